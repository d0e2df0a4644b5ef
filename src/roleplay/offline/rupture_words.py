"""The words the rupture-repair reader looks for: the client's strain markers, and the ways a
reply answers them, well (naming, validating, owning, adjusting) or badly (defending, blaming,
explaining away, collapsing). Kept apart from the reading logic in `rupture.py`."""

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
    r"\bfair\b",
    r"\bthank(?:s| you) for (?:telling|saying|"
    r"bringing|being (?:honest|straight|so honest)|your honesty)\b",
    r"\bunderstandabl[ey]\b",
    r"\bi(?:'m| am) (?:really |so |very |genuinely )?glad you (?:said|told|brought)\b",
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
)
# What would lift a lukewarm verdict on the sessions, asked: "what would have made it a seven or
# an eight?" (how-was-today/a-six's exemplar, repair 4), "what would you want different?". The
# strain taken up by asking how to change the work (rubric v2: indirect repair).
WHAT_WOULD_LIFT = any_of(
    r"\bwhat would (?:have )?(?:made|make) (?:it|today|this|that|things|them|these(?: sessions)?|"
    r"next (?:week|time|session)|the (?:next )?sessions?) (?:\w+ ){0,2}"
    r"(?:better|more \w+|a (?:seven|eight|nine|ten|\d+)|higher|worth it)\b",
    r"\bwhat would you (?:want|like|need) (?:to be )?(?:different|to change|changed)\b",
)

# Going along with what the client asked for instead ("Okay, I'll bring some worksheets"):
# accepting is uptake, rupture repair 2-3 by the corpus ruling, however little it explores.
ACCEPTS = any_of(
    r"\bi(?:'ll| will) (?:bring|try|change|swap|switch|send) (?:some|a|an|the|that|it|them)\b",
)

# Lecturing on the method in answer to the strain ("CBT works best when you stick with the
# structure; it's what the research shows"): a rationale before any exploration defends the
# therapist's choice (Safran & Muran 2000; Eubanks et al. 2018: a rationale after exploring).
LECTURES = any_of(
    r"\bworks best (?:when|if)\b",
    r"\bwhat the (?:research|evidence|studies) (?:shows?|says?|suggests?)\b",
    r"\bthe (?:foundation|basis) (?:of|for) (?:any|all|the|every)\b",
    r"\bevidence[- ]based\b",
)

# Explaining the strain away: the rules, the method's timetable, "it's only ten minutes". An
# answer to the marker, so in use, and a defence (the rubric's level 2).
EXPLAINS_AWAY = any_of(
    r"\bstandard (?:practice|procedure)\b|\beveryone does (?:it|that)\b",
    r"\b(?:it's|it is) (?:required|compulsory|mandatory)\b|\brequired by\b",
    r"\b(?:just|only) (?:the )?(?:rules|policy|guidelines|procedure)\b",
    r"\bprofessional guidelines\b|\b(?:it's|it is) not personal\b",
    r"\b(?:it's|it was) only (?:\w+ )?(?:minutes?|once|a few)\b",
    r"\b(?:therapy|it|this) (?:usually |often |can )?takes? (?:a while|time|a few|some)\b",
    r"\bnot a quick fix\b|\bput the work in\b",
    r"\bi can do both\b",
    # the blame moved elsewhere: "the office should have rung you", "I did ask them to"
    r"\bthe (?:office|clinic|service|admin|reception|system) should have\b",
    r"\bi did (?:ask|tell|email|send|let|try)\b",
    r"\bi (?:didn't|did not) (?:smile|yawn|laugh|go past|look)\b",
)

COLLAPSES = any_of(
    r"\bi(?:'m| am) so(?: so)? sorry\b.{0,60}\b(?:terrible|awful|useless|failure|learning)\b",
    r"\bi feel (?:terrible|awful|so bad|dreadful|like a failure)\b",
    r"\bi(?:'m| am) (?:still "
    r"learning|useless|a terrible)\b",
    r"\bi(?:'m| am) always doing this\b",
    r"\bthat was (?:awful|terrible|unforgivable) of me\b",
)

PATHOLOGISES = any_of(
    r"\binteresting that you(?:'re| are)\b",
    r"\bpart of the pattern\b",
    r"\b(?:you (?:might )?do|you did|you are|you treat \w+|same (?:thing|pattern)) (?:with|like) "
    r"your (?:mother|father|mum|dad|ex)\b",
    r"\btransference\b",
    r"\b(?<!told )(?<!say )(?<!saying )(?<!said )(?<!that )you(?:'re| are) (?:\w+ )?"
    r"(?:avoiding|deflecting|resisting|projecting|transferring)\b",
    # the same put as a guess: "it sounds like you might be resisting the work"
    r"\byou (?:might|may|could|must) be (?:\w+ )?(?:avoiding|deflecting|resisting|projecting|"
    r"transferring)\b",
    # the complaint read as a symptom: "interesting that it's the pad you've picked on", "often
    # when people feel out of control they fix on small things"
    r"\binteresting that it(?:'s| is)\b",
    r"\b(?:often|usually|sometimes) when (?:people|clients|we) (?:feel|get|are)\b[^.?!]{0,40}"
    r"\bthey\b",
)

# Responses that deepen a rupture (Safran & Muran, 2000; Eubanks, Muran & Safran's 3RS):
# making the strain the client's fault, holding to the task against the client, and pressure.
# Each answers the strain, badly: the criterion is in use and scored low, not "not used".
EXACERBATES = (
    (
        "blames_client",
        "it makes the strain the client's fault",
        any_of(
            r"\byou(?:'re| are) being (?:very |a bit |so |really |quite )?(?:difficult|defensive|"
            r"rude|childish|dramatic|silly|unfair|unreasonable|awkward|stubborn|resistant|hostile|"
            r"paranoid|sensitive|touchy|negative|obstructive|passive|aggressive|manipulative|"
            r"ridiculous|hard work|a bit much|over the top|self-critical)\b",
            r"\b(?:frustrating|annoying|exhausting|tiring) for me\b",
            r"\byou(?:'ve| have) (?:gone|shut down|switched off|clammed up) (?:\w+ )?again\b",
            r"\byou (?:go|get|shut down|clam up) (?:\w+ )?whenever (?:we|i)\b",
            r"\b(?:it's|it is) (?:hard|difficult|impossible) to work "
            r"(?:like this|like that|with)\b",
            r"\byou (?:always|do tend to|tend to|keep) (?!\w+ me\b)\w+",
            r"\bthinking (?:error|trap)\b|\ball-or-nothing\b|\bcatastrophi[sz]\w*\b",
            r"\bit would help if you\b|\byou need to (?:engage|try|meet|trust|stop)\b",
            r"\bmeet me halfway\b|\btaking it out on me\b|"
            r"\bthat's not fair\b(?! (?:on|to) (?:you|u)\b)",
            r"\bi can't be responsible\b|\bi(?:'m| am) only trying to help\b",
            # the strain charged to the client's commitment or to how they are with the trainee:
            # "it makes me wonder how committed you are", "it does make it hard to work with you"
            r"\b(?:how|whether|if) (?:committed|motivated|serious|invested) (?:you are|you're|"
            r"u r)\b",
            r"\b(?:your|ur) (?:commitment|motivation|attitude|lateness|tone)\b",
            r"\b(?<!i was )(?<!i'm )(?<!i am )(?:late|missed|cancelled) again\b",
            r"\bmakes? it (?:really |quite |very )?(?:hard|difficult|impossible) to work with "
            r"(?:you|u)\b",
        ),
    ),
    (
        "holds_to_task",
        "it holds to the task instead of turning to what happened",
        any_of(
            # "let's just carry on" glosses (a smaller fault, named "glosses"); these insist
            r"\bpush through\b|\b(?:is|are) the (?:method|approach|model)\b",
            r"\bneeds? the structure\b|\bwe've only (?:done|had|got)\b",
        ),
    ),
    (
        "dismisses",
        "it brushes the strain off or tells the client off for it",
        any_of(
            r"\bno need (?:to be|for) (?:\w+ )?(?:sarcas\w*|rude|nasty|like that|abusive|"
            r"aggressive|hostile|personal|insulting|shouty|horrible|that tone)\b",
            r"\bi (?:don't|do not) appreciate\b",
            r"\b(?:the )?door(?:'s| is) (?:there|open)\b",
            r"\bif you (?:don't|do not) want to be here\b|\bnobody(?:'s| is) forcing you\b",
            r"\bthere you go(?: again)?\b|\bshutting down again\b",
            r"\byou seem (?:quite |very |a bit |really )?(?:suspicious|paranoid|defensive|hostile|"
            r"touchy|sensitive|angry)\b",
            r"\bi can't read your mind\b|\bi(?:'m| am) doing my best\b",
            r"\b(?:i )?(?:don't|do not|dont|not sure) (?:know )?what (?:else|more) (?:you|u) "
            r"(?:want|expect)\b",
            # the leaving accepted without a word about it: "okay, if that's what you want"
            r"\b(?:okay|ok|fine|alright|all right|sure),? if (?:that's|that is|thats) what "
            r"(?:you|u) (?:want|need|decide|think is best)\b",
            r"\bi(?:'ll| will) (?:close|end) (?:your|the) (?:file|case|referral|sessions)\b",
            # a client leaving thanked and let go: "Fair enough. Thanks for coming."
            r"\bthank(?:s| you) for coming(?: in| today)?[.!]*$",
        ),
    ),
    (
        "pressures",
        "it pressures the client to stay or comply",
        any_of(
            r"\b(?:you'll|you will) (?:be charged|still pay|lose)\b",
            r"\bif you(?:'re| are) going to be (?:difficult|like that)\b",
            r"\bif you (?:leave|stop|go) now\b",
            r"\bi(?:'ve| have) (?:already )?said sorry\b",
            r"\bi(?:'ve| have|ve)? (?:already )?(?:apologi[sz]ed|said sorry) (?:twice|two times|"
            r"three times|already|more than once|enough)\b",
        ),
    ),
)


# The choice left to the client ("it's your decision", "if you'd rather stop..."): with nothing
# owned, validated or asked, it brushes the strain off; after "I put that badly, I'm sorry" it
# respects their autonomy (fees-mid-therapy/guilt, instructor 5). rupture.py decides which.
LEAVES_IT_TO_THEM = any_of(
    r"\bif you(?:'d| would)? (?:rather|want to) (?:cancel|leave|go|stop|quit)\b",
    r"\b(?:that's|it's|that is|it is) (?:up to you|your (?:choice|call|decision))\b",
)
# The client plays the strain down ("it's no problem, things happen"): a withdrawal marker
# (Safran & Muran 2000; Eubanks' 3RS: minimising, appeasing). Taking it at its word and moving on
# ("good, glad that was okay") leaves the rupture where it was: repair attempted at most weakly
# (the rubric's check: does it treat a withdrawal "rather than accepting it at face value?").
MINIMISES = any_of(
    r"\b(?:it's|it is|that's|that is) (?:fine|okay|ok|alright|all right|nothing)\b",
    r"\b(?:i'm|i am) (?:fine|okay|ok|alright|all right)\b(?! with)",
    r"\bno problem\b",
    r"\bthings happen\b",
    r"\bdon't worry\b",
    r"\b(?:not|no) a big deal\b",
    r"\bforget (?:it|about it)\b",
)
TAKES_AT_FACE_VALUE = any_of(
    r"\b(?:good|great|glad|phew|lovely)\b.{0,30}\b(?:(?:was|is|were|are) (?:okay|ok|fine|alright|"
    r"all right|no problem)|you(?:'re| are) (?:okay|ok|fine|alright))\b",
    r"\b(?:no worries|no harm done)\b",
    # a bare acceptance and on to the next thing: "Fine. What happened at work this week?"
    r"\b^(?:fine|okay|ok|alright|all right|no problem|no bother|sure|that's fine|that's ok(?:ay)?)"
    r"[.,!]*$",
    r"\b^(?:great|good|lovely|perfect|brilliant|cool)(?:,? (?:thanks|thank you))?[.,!]*$",
)


# Owning the lapse in plain words: "that was my doing", "thats on me", "I should have".
OWNS_LAPSE = any_of(
    r"\bthats on me\b|\bmy (?:fault|doing|mistake)\b",
    r"\bi (?:should|shd|shld) have\b",
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
    r"\bi'?ll put (?:this|it|that|the \w+) (?:away|down)\b",
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
    r"\bwhere were we\b",
    r"\b(?:go|get|come|going|getting|coming) back to (?:the|your|ur|what (?:you|u) were|work|"
    r"where)\b",
)
# An invitation with no "you" in it that still asks after their experience of it: "What's it
# like to hear that?", "How does that land?", "What was that like?"
# A question typed without its question mark: "what was it like when u saw me do that"
UNMARKED_QUESTION = re.compile(
    r"^(?:(?:and|so|ok|okay|sorry|soz|yeah)[,.]? )?(?:what|how|whats|hows)\b(?! (?:a|an|awful|sad|"
    r"hard|horrible|terrible|lovely|great|brave|rough)\b)"
)
INVITES_WITHOUT_YOU = any_of(
    r"\bwhat(?:'s| is| was|s) (?:it|that) (?:been )?like\b",
    r"\bwhat (?:it|that) (?:was|is|'s|has been) like\b|\bwhat has (?:it|that) been like\b",
    # what has gone wrong in the work, asked: "can I ask what's not working, so I understand?"
    r"\bwhat(?:'s| is|s| has been) (?:not working|not helping|been missing|missing|gone wrong)\b",
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
