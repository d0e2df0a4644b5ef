"""The words the rupture-repair reader looks for: the client's strain markers, and the ways a
reply answers them well (naming, validating, owning, adjusting, taking the strain up). The ways
of answering badly are in `rupture_harms.py`; the reading logic is in `rupture.py`."""

from __future__ import annotations

import re

from roleplay.offline.text import any_of

RUPTURE_MARKER = any_of(
    r"\byou said\b",
    r"\blast (?:week|session)\b",
    r"\blast time (?:you|we|i)\b",
    r"\byou (?:don't|didn't) (?:get|listen|"
    r"understand|care|hear)\b",
    r"\bjust like (?:everyone|all)\b",
    r"\bwhatever\b",
    # the client's own "it's fine", not someone else's view reported ("he thinks it's fine")
    r"\b(?<!thinks )(?<!think )(?<!says )(?<!said )it'?s fine\b",
    r"\bpointless\b",
    r"\bcancel\w*\b",
    r"\bfelt like\b.{0,30}\b(?:diagnosed|judged|lectured|"
    r"criticised|criticized)\b",
    r"\bwhy (?:did|do) you\b",
    r"\byou (?:always|never)\b",
    r"\bnot (?:helping|working)\b",
    r"\bwaste of time\b",
    r"\bi (?:want|think i want) to stop\b",
)

# The trainee's own life elsewhere ("Years ago I went through something like this with my own
# mum", "When I moved here nobody asked me either"): a disclosure, never what happened between
# them, whatever its "I went" or "I moved".
OWN_LIFE_ELSEWHERE = any_of(
    r"\b(?:years ago|when i was (?:a |younger|little|at|your age)|my own (?:mum|mom|dad|father|"
    r"mother|family|parents|kids|children|life|experience|therapy)|i moved (?:here|to|away|out)|"
    r"i grew up|in my own life)\b"
)

NAMES = any_of(
    r"\bi think i\b",
    r"\bi (?:may|might) have\b",
    r"\bi (?:got|came|went|pushed|rushed|missed|"
    r"cancelled|said)\b",
    r"\b(?:when|after) i (?:said|cancelled|suggested|asked)\b",
    # what the trainee did, named as the moment to explore: "what happened for you when I did
    # that?", "after I interrupted"
    r"\b(?:when|after|as) i (?:did|do|interrupted|talked|cut|laughed|looked|checked|wrote|moved|"
    r"forgot|smiled|yawned)\b",
    r"\bsomething (?:happened|shifted|changed)\b",
    r"\bbetween us\b",
    # ("has anything changed since our last session?" asks for news)
    r"\b(?<!since our )(?<!since the )last (?:week|session)\b",
    r"\bit came across\b",
    r"\bi wasn't (?:there|here|available)\b",
    r"\bit was me\b",
    r"\bi(?:'m| am) sorry (?:that )?(?:i|it was me)\b",
    r"\b(?:that|it) (?:hurt|landed|felt)\b",
    r"\bthe (?:cancellation|"
    r"complaint|comment)\b",
    r"\bi can see (?:that|how|why)\b",
)

VALIDATES = any_of(
    r"\byou(?:'re| are) right\b",
    r"\b(?:it|that) makes sense\b",
    r"\bof course you\b",
    r"\bi can (?:see|understand) why\b",
    # ("to be fair, the office should have rung you" argues; it validates nothing)
    r"\b(?<!to be )(?<!in all )fair\b",
    r"\bthank(?:s| you) for (?:telling|saying|"
    r"bringing|being (?:honest|straight|so honest)|your honesty)\b",
    r"\bunderstandabl[ey]\b",
    r"\bi(?:'m| am) (?:really |so |very |genuinely )?glad you (?:said|told|brought)\b",
    # the complaint welcomed: "I'd rather you said so than sat with it"
    r"\b(?:i'd|id|i would) (?:much |really |honestly )?rather (?:you|u) (?:said|say|told|tell|"
    r"brought|bring)\b",
)

ADJUSTS = any_of(
    r"\bdifferently\b",
    r"\bwhat would (?:help|work|be more)\b",
    r"\btell me (?:if|when) i\b",
    r"\bwork out together\b",
    r"\bfrom now on\b",
    r"\bslow (?:down|it down)\b",
    r"\bby your values\b",
    r"\bhow (?:should|could|would) we\b",
    r"\bwhat (?:do|would) you (?:want|need) from\b",
    r"\blet'?s\b",
    r"\bcan we (?:try|do|find|make)\b",
    # a way found together: "I'd like us to find something that works for you"
    r"\bi(?:'d| would) like (?:us|for us) to (?:find|work out|figure|think|look)\b",
    r"\b(?:find|work out|figure out) (?:something|a way|what|an arrangement) (?:that )?"
    r"(?:works|would work) for (?:you|u|us|both)\b",
    # a way of working built with them: "what if we build something together from what you
    # track?", "what if you showed me..., and we worked out together what to try?"
    r"\bwhat if (?:we|you|u) (?:\w+ ){0,4}(?:together|showed|show|tell|told|start|started|build|"
    r"built|tried|try|worked|design|designed)\b",
    r"\bhow would (?:you|u) (?:want|like) (?:to|us to) (?:decide|do|work|choose|go about)\b",
)
# The client's experience of the strain, or of the trainee, invited or welcomed (Safran & Muran
# 2000: exploring the rupture; Eubanks' 3RS: inviting the client to say more, exploring what made
# it hard to say): "What made it hard to say that just now?", "what made you worry I would?",
# "What would have felt more real from me?", "I'd really like to know what made it hard to face",
# "did I make it sound like you'd be letting me down?",
# "I'm wondering if that long silence felt like me giving up on you", "What do you actually make
# of the idea?". Each had left the reader finding no repair, and a fine repair was told the judge
# could point to no phrase in it.
EXPLORES_STRAIN = any_of(
    r"\bwhat(?:'s| has| is|s)? (?:made|makes|making|been making) (?:it|this|that|these|today|"
    r"them|coming) (?:\w+ ){0,3}(?:hard|harder|difficult|tricky|scary|awkward|not worth|feel)\b",
    # (not "what made you want to know?": at a personal question that turns it back, declining)
    r"\bwhat (?:made|makes) (?:you|u) (?:\w+ ){0,2}(?:worry|feel|think|say|wonder|decide|choose)\b",
    r"\bwhat would have (?:made|felt|helped|been|worked)\b",
    r"\b(?:i|i'd|id|i would) (?:really |genuinely |rly |honestly )?(?:like|love|want|wanna) to "
    r"(?:know|hear|understand) (?:what|how|more|it|that|about (?:it|that|what|how))\b",
    r"\bdid i (?:make|say|do|come across|sound|seem|leave|give|miss)\b",
    r"\b(?:felt|feel|feels|feeling) like (?:me|i) (?:was |were )?\w+",
    r"\bwhat (?:you|u) imagine (?:goes on|is going on|happens|i)\b",
    r"\bwhat(?:'s| is| was) it (?:been )?like,? (?:for (?:you|u),? )?(?:sitting|waiting|trying|"
    r"hearing|being|getting|seeing|letting|having|coming|saying|telling|finding|doing)\b",
    r"\bwhat (?:do|did) (?:you|u) (?:actually |really |honestly )?make of\b",
    r"\bcaught my (?:ear|attention|eye)\b",
)
# What would lift a lukewarm verdict on the sessions, asked: "what would have made it a seven or
# an eight?" (how-was-today/a-six's exemplar, repair 4), "what would you want different?". The
# strain taken up by asking how to change the work (rubric v2: indirect repair).
WHAT_WOULD_LIFT = any_of(
    r"\bwhat would (?:have )?(?:made|make) (?:it|today|this|that|things|them|these(?: sessions)?|"
    r"next (?:week|time|session)|the (?:next )?sessions?) (?:\w+ ){0,2}"
    r"(?:better|more \w+|a (?:five|six|seven|eight|nine|ten|\d+)|higher|worth it)\b",
    r"\bwhat would you (?:want|like|need) (?:to be )?(?:different|to change|changed)\b",
    # what kept it from higher, asked: "a six, hm. what's missing?" (qa4, how-was-today/a-six:
    # repair not attempted)
    r"\bwhat(?:'s| is|s| has been| was|'s been) (?:been )?(?:missing|lacking|not working|not "
    r"helping|getting in the way)\b",
)

# Sympathy as for news ("I'm sorry to hear that", "sorry for your loss"): said to a complaint
# about the trainee it treats the strain as something that happened elsewhere, not an apology.
# So is sorrow for the client's life or for someone else's doing: "I'm sorry your mum had such a
# hard time", "sorry the GP was so useless", "I'm sorry you've had such a rough week", "sorry
# you've been feeling so lonely", "sorry that happened to you" (qa4: each had read as an apology,
# rupture repair 2-3 and immediacy 2-3, at complaint-about-last-session, just-like-everyone-else,
# you-did-it-again, how-was-today). Where the rest of the sentence names the trainee, the two of
# them or the sessions it is an apology after all ("I'm sorry your time here felt wasted", "sorry
# you've had a rough time with me"), and so is sorrow for a feeling the trainee may have caused
# ("sorry you felt judged").
_NOT_ABOUT_US = (
    r"(?![^.!?]*\b(?:i|i'm|i've|i'd|im|me|my|we|we've|us|our|here|sessions?|therapy|counsel+ing|"
    r"last (?:week|time))\b)"
)
# Whose doing the sorrow is for: someone or something in the client's life ("the rota", "money",
# "your week", "he"), never the trainee, the therapy's own tools or the service.
_NOT_THE_WORK = (
    r"(?!(?:worksheets?|sessions?|homework|exercises?|clock|notes?|notepad|recording|poster|fees?|"
    r"questionnaires?|forms?|scores?|ratings?|wait|waiting|cancellation|message|email|text|advice|"
    r"suggestion|comment|words?|questions?|time|hour|room|therapy|way|office|clinic|service|"
    r"receptionist|admin|centre)\b)"
)
_NOT_A_SUBJECT = (
    r"(?!(?:i|i'm|im|it|it's|its|that|this|we|we've|you|u|about|for|if|again|to|but|and|mate|"
    r"love|hun|though|so|too|sorry|not|what|how|nobody|no one)\b)"
)
SYMPATHY_FOR_NEWS = re.compile(
    r"\bsorry " + _NOT_ABOUT_US + r"(?:to hear|for (?:your|ur) loss|about (?:your|ur)|for what "
    r"(?:you|u)(?:'re| are|r) going through|"
    r"(?:that )?(?:your|ur) " + _NOT_THE_WORK + r"\w+|"
    # someone or something else did it: "sorry the GP was so useless", "sorry the rota cut your
    # shifts", "sorry money's been so tight", "sorry he said that"
    r"(?:that )?"
    + _NOT_A_SUBJECT
    + r"(?:(?:the|his|her|their|all|those|these) )?"
    + _NOT_THE_WORK
    + r"[a-z]+(?:'s|'ve|'re| is| was| has| have| had| are| were| kept| keeps| made| makes| cut| "
    r"treated| treats| did| didn't| doesn't| does| went| got| let| left| put| took| gave| said| "
    r"says| hurt| hurts| hit| pushed| dropped| ignored| lied| shouted| yelled| walked| called| "
    r"told| tells| blamed| blames| never| won't| can't| couldn't| wouldn't)\b|"
    r"(?:that )?(?:you|u)(?:'ve| have|ve|'re| are|r)? (?:had|been having|having|going through|"
    r"been going through|been through|went through|dealing with|been dealing with|lost|got)\b|"
    r"(?:that )?(?:you|u)(?:'ve| have|ve|'re| are|r)? (?:been )?(?:(?:feeling|felt|feel) )?(?:so |"
    r"really |very |quite |a bit |a little |pretty )?(?:lonely|low|down|unwell|ill|sick|poorly|"
    r"rough|awful|exhausted|tired|stressed|anxious|overwhelmed|isolated|alone|run down|worn out|"
    r"drained|fed up|miserable|sad|flat|burnt out|burned out|under the weather)\b|"
    r"(?:that|this|it) (?:happened|happens) to (?:you|u)\b)"
)


# Going along with what the client asked for instead ("Okay, I'll bring some worksheets"):
# accepting is uptake, rupture repair 2-3 by the corpus ruling, however little it explores.
ACCEPTS = any_of(
    r"\bi(?:'ll| will) (?:bring|try|change|swap|switch|send) (?:some|a|an|the|that|it|them)\b",
)

# Owning the lapse in plain words: "that was my doing", "thats on me", "I should have".
OWNS_LAPSE = any_of(
    r"\bthats on me\b|\bmy (?:fault|doing|mistake)\b",
    r"\bi (?:should|shd|shld) have\b",
    # the omission owned from the client's side: "you should have heard that from me first",
    # "you deserved to know sooner" (not "so you should have known", which blames)
    r"\b(?<!so )(?:you|u) (?:should|shd|ought to) have (?:heard|been told|known|found out|had) "
    r"(?:(?:that|this|it|about it) )?(?:from me|by me|sooner|earlier|first|at the start|straight "
    r"away)\b",
    r"\b(?:you|u) deserved to (?:hear|know|be told) (?:(?:that|this|it) )?(?:from me|sooner|"
    r"earlier|first|at the start)\b",
    # a promise owned as broken: "And I broke them" (the client's "Your words"), "I went back on
    # what I said", "i didnt keep my word"
    r"\bi (?:broke|have broken|'ve broken|went back on|didn'?t keep|did not keep|failed to keep) "
    r"(?:it|them|that|my (?:word|promise)|the promise|what i (?:said|promised))\b",
    # sorry for how the trainee's own move landed: "I'm sorry the fee talk felt like pressure",
    # "sorry my question came across as a test"
    r"\b(?:i'?m |i am )?(?:so |really )?sorry (?:that )?(?:my|our|the (?:\w+ )?(?:talk|question|"
    r"questions|comment|bit|way i|referral|worksheets?|sheets?|homework|exercise|fee|fees|"
    r"suggestion|no|clock|session|interruption)) (?:\w+ ){0,3}(?:felt|came across|sounded|"
    r"landed|seemed|came out)\b",
    # how the trainee's own words landed, owned: "I put that badly", "it sounded like I was
    # guilting you" (fees-mid-therapy/guilt's strong exemplar had been read as brushing it off)
    r"\bi (?:put|said|phrased|worded) (?:that|it) (?:badly|clumsily|poorly|wrong(?:ly)?|"
    r"carelessly)\b",
    r"\b(?:it|that) (?:sounded|came across|came out) (?:like|as if) i (?:was|were) "
    r"(?:\w+ing|being)\b",
)


# The trainee taking up the strain in words the lists above miss: owning it in text-speak,
# reassuring about their own conduct ("I'm not moving you on", "I'm staying"), asking what they
# did, wondering whether it is harder with them now, or whether their part is in it ("I suspect
# I've been missing something you came for", "it might be about me rather than you").
# How the trainee has come across, asked or wondered about: "have I been coming across like a
# teacher?", "I wonder if it feels like I'm one more person who lets you down?" (found playing
# you-did-it-again and this-isnt-working: an invitation with no "you" in it)
COMES_ACROSS = any_of(
    r"\b(?:have|am|was|did|do) i (?:been |also )?(?:coming across|come across|came across|"
    r"sounding|seeming|being|acting|talking down|lecturing)\b",
    r"\b(?:feels?|felt|seems?|seemed|looks?|looked|sounds?|sounded) (?:a bit |a little )?like "
    r"i(?:'m| am| was|'ve| have| don't| didn't| do not)\b",
)
TAKES_UP = any_of(
    OWNS_LAPSE.pattern,
    COMES_ACROSS.pattern,
    r"\bi(?:'m| am|m)? not (?:moving|rushing|pushing|hurrying) (?:you|u) on\b",
    r"\bi(?:'m| am|m) (?:staying|not going anywhere)\b",
    r"\bwhat (?:have|did) i (?:done|do|said|say)\b",
    r"\bharder to (?:talk|say it|be here) (?:to|with) me\b",
    r"\bi (?:think|suspect|wonder if|wonder whether|guess) i(?:'ve| have|ve)? (?:been )?"
    r"(?:missing|going somewhere|let (?:that|it|us|this)|made (?:it|that|this) "
    r"(?:sound|feel|seem)|came across|come across|been (?:pushing|rushing|talking|going))\b",
    r"\bi(?:'ve| have)? let (?:that|it|us|this) (?:happen|slide|slip|drift)\b",
    r"\babout me(?:,)? (?:rather than|not) (?:about )?(?:you|u)\b",
    r"\bi deserved that\b",
    r"\bwithout asking (?:you|u|what (?:suits|works for) (?:you|u))\b",
)


# More ways of taking the strain up, each an answer to the marker itself (the corpus ruling:
# rupture repair is in play once the reply answers the marker, and not when it moves past it;
# Safran & Muran 2000, attending to the marker is the first stage):
# naming the trainee's own conduct ("I moved our day without really asking you", "did something
# I did make you feel...", "my cancelling may have landed harder", "I overreacted");
OWNS_CONDUCT = any_of(
    r"\bi (?:moved|reached|jumped|cut|skipped|interrupted|rushed|changed|forgot|overreacted|"
    r"brushed|glossed)\b",
    r"\b(?:something|anything) i (?:did|said|do|say)\b|\bbecause of me\b",
    r"\bthat was my (?:interpretation|assumption|misreading|agenda)\b|\bno excuse\b",
    r"\bmy (?:\w+ )?(?:may have |might have )?(?:landed|came across|missed)\b",
    r"\b(?:that|it) came out (?:as|wrong|badly)\b",
)
# checking the withdrawal or the appeasing yes ("are you sure you're fine?", "that didn't sound
# like a yes", "you don't seem fine");
CHECKS_MARKER = any_of(
    # doubting the appeasing word: "I wonder whether 'no problem' is the whole story"
    r"\b(?:is|was|isn't|wasn't|is not|was not) (?:quite |really )?(?:the whole story|all of it|"
    r"all there is to it|the full story)\b",
    r"\bi(?:'m| am) not (?:so )?sure (?:it|that)(?: (?:is|was|it is|that is)|'s)?[.?!]*$",
    r"\b(?:are you|r u|you|u) (?:sure|ok|okay|alright|all right)\b\??",
    r"\b(?:you|u) (?:don't|do not|dont) (?:seem|sound|look) (?:\w+ )?(?:fine|okay|ok|convinced|"
    r"sure|happy)\b",
    r"\bi (?:don't|do not|dont) think (?:you're|you are|ur|u r) (?:fine|okay|ok)\b",
    r"\b(?:didn't|did not|didnt) sound like a yes\b",
)
# reflecting the strain itself ("you seem annoyed", "you're thinking of leaving", "you've gone
# quiet", "you're apologising a lot");
REFLECTS_MARKER = any_of(
    r"\b(?:you|u) (?:seem|sound|look) (?:\w+ )?(?:annoyed|fed up|frustrated|angry|embarrassed|"
    r"upset|hurt|worried|let down|cross|irritated|unconvinced|disappointed)\b",
    r"\b(?:you're|you are|ur) thinking (?:of|about) (?:leaving|going|stopping|quitting)\b",
    r"\b(?:you've|you have|uve) gone (?:quiet|silent)\b",
    r"\b(?:you're|you are|ur) (?:apologi[sz]ing|saying sorry)\b",
    r"\b(?:you're|you are|ur) (?:frustrated|annoyed|fed up|angry) with me\b",
)
# reassuring about the self-criticism or the offer to appease ("you're not wasting my time",
# "you don't need a list for me", "don't cancel"): uptake that settles it (rupture repair 2-3);
REASSURES_CLIENT = any_of(
    r"\b(?:you're|you are|ur|u r) not (?:wasting|being difficult|difficult|useless|a burden|"
    r"boring|a bad)\b",
    r"\b^not useless\b|\b^(?:no need|not at all|don't be silly)\b",
    r"\bi (?:don't|do not|dont) (?:dread|mind)\b",
    r"\b(?:you|u) (?:don't|do not|dont) (?:need|have) to (?:do that|prepare|bring|make|stop|"
    r"apologi[sz]e|worry|write)\b|\b(?:you|u) (?:don't|dont) need a list\b",
    r"\b(?:don't|do not|dont) cancel\b|\blet'?s not cancel\b|\bdon'?t worry about me\b",
)
# or changing the task because of it ("let's try something else", "we don't have to").
CHANGES_TASK = any_of(
    r"\b(?:something|anything) (?:else|different|lighter)\b",
    r"\ba different (?:approach|technique|worksheet|way|exercise|tack)\b",
    r"\b(?:we|you|u) (?:don't|do not|dont) have to (?:do|talk|go|use|keep)\b",
    r"\blet'?s (?:skip|scale|drop|park|put (?:that|it|the \w+) (?:down|away|aside))\b",
    r"\b(?:we can|we could|let'?s) (?:just )?(?:talk|focus on|go to|sit)\b",
    # the pace changed as asked: "We can slow down" (qa4, the rupture drill's rr-b-too-fast: repair
    # not attempted)
    r"\b(?:we can|we could|let'?s|i(?:'ll| will| can)) (?:just )?(?:slow (?:down|it down|things "
    r"down)|take it slower|go slower)\b",
    # ("I can put the notepad down", "I could put them away": qa4, just-like-everyone-else/
    # the-notepad, had read as repair not attempted)
    r"\bi(?:'ll|ll| will| can| could)? put (?:this|it|that|them|the \w+|my \w+) (?:away|down)\b",
    # the thing complained of put away, said as done: "Okay. Pad's down.", "we can take the clock
    # down altogether" (a supervisor's review: the 3RS change of task, not "repair not attempted")
    r"\b(?:pad|notepad|notebook|notes|pen|laptop|clipboard|phone)(?:'s| is| are)? (?:down|away|"
    r"off)\b",
    r"\b(?:take|turn|put|move) the clock (?:down|round|around|away)\b",
)
UPTAKE = (OWNS_CONDUCT, CHECKS_MARKER, REFLECTS_MARKER, CHANGES_TASK)


# A question that leaves the strain for something else ("Anyway, you were telling me about your
# placement?", "So how's your week been?", "what do you want to talk about instead?"): it asks,
# but not about what happened between them, so it explores nothing of the rupture (Safran & Muran
# 2000: exploring the rupture experience is the second stage, after attending to the marker).
ASKS_ELSEWHERE = any_of(
    # ("Ok." on its own turns nowhere: "Patronising. Ok. Say more?")
    r"\b^(?:anyway|anyhow|so|right|ok(?:ay)?|moving on)\b(?!\W*$)(?!.{0,40}\b(?:me|i|us|we|"
    r"between|happened|that|it)\b)",
    r"\b(?:you|u) were (?:just )?(?:telling|saying|talking|describing)\b",
    r"\bhow(?:'s| is| was| has| have)? (?:\w+ )?(?:your|the|ur) (?:week|weekend|day|morning|"
    r"work|job|thesis|sleep|family)\b",
    r"\bwhat (?:would|do|did) (?:you|u) (?:like|want|wanna) to (?:talk|focus|work|start) "
    r"(?:about|on|with)\b",
    # the agenda asked for ("What would you like to bring?"; qa4 at this-isnt-working/red-pen it
    # had read as "you invited their experience of it")
    r"\bwhat (?:would|do|did) (?:you|u) (?:like|want|wanna) to (?:bring|cover|discuss|use (?:the|"
    r"our|this|today's) (?:time|session|hour) for)\b",
    r"\bwhere were we\b",
    # back to the story or the agenda: "where did we leave things with the job centre?", "what
    # happened after?" (not "what happened for you in that silence?")
    r"\bwhere (?:did|do|had) we (?:leave|get to|got to|stop|end|finish)\b",
    r"\bwhat happened (?:after|afterwards|next|then|with (?:the|your|ur|him|her|them)\b)",
    r"\b(?:go|get|come|going|getting|coming) back to (?:the|your|ur|what (?:you|u) were|work|"
    r"where)\b",
    # the next appointment: "So we're still on for Tuesday at four?", "Same time next week?"
    r"\b(?:(?:are|r) we|we'?re) (?:still )?on for\b|\bsame time(?: next week)?\?",
    r"\b(?:shall|should|can|could) (?:we|i) (?:book|pencil|schedule)\b",
    r"\bdoes (?:\w+ ){0,2}(?:monday|tuesday|wednesday|thursday|friday|next week|that time|the "
    r"same time) (?:still )?(?:work|suit)\b",
)
# An invitation with no "you" in it that still asks after their experience of it: "What's it
# like to hear that?", "How does that land?", "What was that like?"
# A question typed without its question mark: "what was it like when u saw me do that"
UNMARKED_QUESTION = re.compile(
    r"^(?:(?:and|so|ok|okay|sorry|soz|yeah)[,.]? )?(?:what|how|whats|hows|which)\b"
    r"(?! (?:a|an|awful|sad|"
    r"hard|horrible|terrible|lovely|great|brave|rough)\b)"
)
INVITES_WITHOUT_YOU = any_of(
    # which part of it was too much, asked: "Which question felt like too much?"
    r"\bwhich (?:\w+ ){0,3}(?:felt|feels|seemed|was|were) (?:like )?(?:too|the most|most|hardest|"
    r"worst|wrong|off)\b",
    r"\bwhat(?:'s| is| was|s) (?:it|that) (?:been )?like\b",
    r"\bwhat (?:it|that) (?:was|is|'s|has been) like\b|\bwhat has (?:it|that) been like\b",
    # what has gone wrong in the work, asked: "can I ask what's not working, so I understand?"
    r"\bwhat(?:'s| is|s| has been| was|'s been) (?:not working|not helping|been missing|missing|"
    r"lacking|gone wrong)\b",
    # a bare "say more?" after the client's word echoed ("Patronising. Ok. Say more?")
    r"\b^(?:(?:ok(?:ay)?|so|yeah|and|please)[,.]? )?(?:say|tell me) (?:a (?:bit|little) )?more\b",
    # wondering aloud about the strain: "I wonder if last week is part of that?"
    r"\bi(?:'m| am)? (?:wonder|wondering|curious)\b.{0,40}\b(?:last (?:week|time|session)|"
    r"between us|part of (?:it|that|this)|about (?:us|me))\b",
    r"\bhow (?:does|did|is|was) (?:that|it|this) (?:land|sit|feel|sound)\w*\b",
    # the client's hearing of what the trainee just owned: "How is it to hear that now?"
    r"\bhow(?:'s| is| was| does| did) (?:that|it|this) (?:feel )?to hear\b",
    r"\bwhat (?:did|does|do|would) (?:it|that|this) (?:feel|seem|sound) like\b",
    # a question about the trainee's own part: "What have I been getting wrong?", "What would
    # defensive look like from me?"
    r"\bwhat (?:have|did) i\b|\bwhat am i (?:getting|doing|missing)\b",
    r"\b(?:look|looks|sound|sounds|seem|seems|feel|feels) like (?:from|with|to) me\b",
    COMES_ACROSS.pattern,
)
