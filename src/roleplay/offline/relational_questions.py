"""The client's question about the relationship, and what counts as an answer to it.

Hill (2020): a client's question about the helper's reaction ("Am I boring you?", "You must
think I'm awful") is a marker for immediacy, and a brief, honest answer to it is relationship
talk (rubric v2: "Not at all", "I'd never give up on you" are in play, usually in the middle).
The client's fear for the relationship put as a question ("I've ruined it, haven't I", "You're
going to hand me on now") or a check on how the trainee took something they did ("Is it all
right that I said it like that?") asks the same thing. An answer must be about the two of
them: a sentence about someone else in the client's life ("I wonder whether Meena ever makes you
feel you're boring her") answers nothing about the relationship, and a bare "Honestly?" opens a
reply without answering.
"""

from __future__ import annotations

import re

from roleplay.offline.relational_words import ME, THEIR_PEOPLE, US
from roleplay.offline.text import Sentence, any_of

# The client's line asks about the relationship: an answer to it is relationship talk.
RELATIONAL_QUESTION = any_of(
    r"\b(?:am i|i'm|is this|are you) (?:boring|annoying|bothering|wasting|too much|a burden)\b",
    # the same asked in other words: "Am I tiresome?", "am i being a nuisance?" (a known miss:
    # "Oh goodness, no. Take your time." was not read as an answer)
    r"\bam i (?:being )?(?:a bit |too |very |so |really )?(?:tiresome|tedious|dull|a nuisance|"
    r"a pain|hard work|too slow|exhausting|irritating|tiring|rambling|going on|draining)\b",
    r"\bdo you (?:even |actually |really |honestly )?(?:pity|like|hate|judge|care about|care|"
    r"think i'm|think i am|get bored|"
    r"remember|trust|want|have feelings|feel|find me)\b",
    r"\bare you (?:judging|bored|pitying|"
    r"giving up|angry|annoyed|sick of|tired of|going to leave|leaving|laughing|writing|even|"
    r"disappointed|mad|cross|upset|ashamed)\b",
    r"\b(?:are|were) you (?:\w+ ){0,2}(?:with|in|at|of) me\b",
    r"\b(?:waste|wasting) your time\b",
    r"\byou must (?:think|be|hate|find)\b",
    r"\bwhat do you (?:think of|make of) me\b",
    r"\b(?:just|exactly) like (?:everyone|all the|the others|my)\b",
    r"\byou people\b",
    r"\bwhy (?:are|do) you (?:keep )?(?:writing|taking notes|looking|smiling|staring)\b",
    r"\bis this (?:even )?(?:working|helping|worth)\b",
    r"\bwhat'?s in it for you\b",
    r"\bdo you actually\b",
    r"\bdon't you\b",
    r"\b(?:will|would) you miss\b",
    r"\bam i your\b",
    r"\bwhy (?:do|would) you (?:care|bother)\b",
    r"\byou don't (?:get|care|"
    r"understand|like)\b",
    r"\bit'?s your job\b",
    r"\bthe last (?:one|therapist|counsel+or)\b",
    # the client's fear for the relationship, put to the trainee
    r"\b(?:i've|i have) (?:\w+ )?(?:ruined|wrecked|spoiled|spoilt|blown|messed up|broken) "
    r"(?:it|this|everything|things)\b(?:,? \w+){0,3},? haven't i\b",
    r"\byou(?:'re| are|'ll| will) (?:going to |gonna )?(?:hand|pass|refer|send|palm|fob) me "
    r"(?:on|off|over|to)\b",
    r"\byou(?:'re| are|'ll| will) (?:going to |gonna )?(?:get rid of|drop|stop seeing|dump|"
    r"give up on) me\b",
    r"\byou(?:'re| are|'ll| will|'d| would) (?:going to |gonna )?be (?:so |really |very |well |"
    r"totally )?(?:disappointed|angry|annoyed|upset|cross|mad|bored|fed up|sick|tired) (?:in me|"
    r"with me|of me|at me|if i|when i)\b",
    # the same fear put as a belief the client held: "I thought you'd dropped me", "I figured
    # you'd had enough of me" (the rupture-repair drill's unanswered email)
    r"\b(?:thought|felt|assumed|worried|figured|was sure|decided) (?:that )?(?:you|u)(?:'d| had| "
    r"would|d)? (?:\w+ )?(?:dropped|forgotten|forgot|given up on|gave up on|got rid of|finished "
    r"with|had enough of|washed your hands of) me\b",
    # a check on how the trainee took what the client just did
    r"\b(?:is|was) (?:it|that) (?:all right|alright|ok|okay) (?:that|if) i (?:said|told|did|"
    r"brought|mentioned|cried|asked|left|came|raised|kept|went)\b",
    r"\bdo you mind (?:that|me) (?:i )?(?:said|told|saying|telling|bringing|crying|asking)\b",
)
# The fear of being forgotten once the work ends ("will you remember me?", "you'll forget me the
# minute I'm gone", "I'll just be another name in your files") or of being dropped, put with a
# hedge ("You're not going to, like, give up on me?", late-and-gone-quiet/giving-up). An answer to
# it is relationship talk. The immediacy reader asks this beside RELATIONAL_QUESTION; the moment's
# cues, which every criterion's heads read, are left as they were (adding these there moved
# declining's and self-disclosure's cross-validated figures for no gain).
FORGOTTEN = any_of(
    r"\byou(?:'re| are|'ll| will) not (?:(?:going to|gonna),? )?(?:like,? )?(?:get rid of|drop|"
    r"stop seeing|dump|give up on) me\b",
    r"\b(?:will|would|are|won't|wont) (?:you|u) (?:\w+ )?(?:remember|forget|think of|think about) "
    r"me\b",
    r"\b(?:you|u)(?:'ll| will|ll) (?:\w+ )?forget (?:all about )?me\b",
    r"\bi(?:'ll| will|ll) (?:just )?be (?:just )?(?:another|one more) (?:name|client|file|number|"
    r"face)\b",
)

# A question or remark, spoken or implied, about the trainee's reaction to the client, view of
# them or attention now (Hill 2020: the client's comment on the helper is a marker for
# immediacy; rubric disclosure-immediacy, applies_when). Read by the immediacy reader beside
# FORGOTTEN, for the same reason: the moment's cues, which every criterion's heads read, stay as
# they were.
ABOUT_THE_TRAINEE = any_of(
    # the trainee's view of them: "You must dread Thursdays", "you'll think I'm mad", "You'll look
    # at me differently now", "Would you still listen if you weren't paid?"
    r"\b(?:you|u) must (?:dread|be (?:sick|tired|fed up|bored)|get (?:sick|tired|fed up|bored))\b",
    r"\b(?:you|u)(?:'ll| will|'d| would|ll|d) (?:\w+ )?(?:look at|see|think of|treat|judge) me "
    r"(?:differently|different|badly|less)\b",
    r"\b(?:you|u)(?:'ll| will|'d| would|ll) (?:\w+ )?think (?:i'?m|i am) (?:\w+ )?(?:mad|crazy|"
    r"stupid|an idiot|pathetic|awful|weird|silly|a freak|a bad)\b",
    r"\b(?:you|u)(?:'re| are|r) (?:probably |definitely |so |must be )?(?:sick|tired|fed up|bored) "
    r"(?:of|with) me\b",
    r"\b(?:your|ur) (?:worst|least favourite|most annoying|most boring|hardest|weirdest) "
    r"clients?\b",
    r"\b(?:would|will) (?:you|u) (?:still|even) (?:\w+ ){0,7}if (?:you|u) (?:weren't|wasn't|were "
    r"not|didn't)\b",
    r"\bdo (?:you|u) (?:ever )?get (?:sad|bored|tired|fed up|annoyed|upset|attached)\b",
    r"\bdid i (?:say|do) (?:something|anything) wrong\b",
    r"\bam i (?:doing (?:your|ur) head in|getting on (?:your|ur) nerves|driving (?:you|u) (?:mad|"
    r"crazy|nuts|up the wall)|annoying (?:you|u)|testing (?:your|ur) patience)\b",
    r"\bwhose side are (?:you|u) on\b",
    r"\b(?:you|u) (?:don'?t|do not|doesn'?t|does not|never) (?:seem to )?mind (?:me|my)\b",
    r"\bwhat (?:are|r) (?:you|u) (?:writing|putting|noting)\b|\bwhat(?:'s| does) it say\b",
    # the trainee's attention or state in the room now: "Did you just yawn?", "You seem miles
    # away", "You've gone all serious", "Are you still there?", "the sympathetic face"
    r"\bdid (?:you|u) just (?:yawn|sigh|laugh|smile|smirk|roll|look|check|frown|wince|call)\w*\b",
    r"\b(?:you|u)(?: \w+)? (?:seem|look|sound)(?:ed)? (?:\w+ ){0,2}(?:nervous|distracted|bored|"
    r"tired|fed up|annoyed|irritated|cross|uncomfortable|miles away|far away|elsewhere|impatient|"
    r"shocked|upset|sad|worried|awkward|embarrassed|uneasy|down|low|flat|stressed|exhausted|"
    r"knackered|unwell|poorly|off today)\b",
    r"\b(?:you|u)(?:'ve| have|ve)? (?:gone|went) (?:all |very |really |a bit )?(?:quiet|serious|"
    r"silent|funny|pale|red)\b",
    r"\b(?:are|were|r) (?:you|u) (?:even |actually |really |still )?(?:listening|paying "
    r"attention|awake|here|there)\b",
    r"\b(?:you|u) don'?t (?:even |really )?(?:seem|look) (?:interested|bothered|to care)\b",
    r"\b(?:you|u) (?:can't|cannot|cant) wait (?:for me )?to (?:get rid of me|see the back of me|"
    r"leave|go|finish)\b",
    r"\b(?:you|u) (?:always |keep |just )?(?:look|looking|glance|glancing) at (?:the|your) "
    r"(?:clock|watch|phone|screen)\b|\b(?:your|ur) phone(?:'s| has| is)? (?:gone off|ringing|"
    r"buzzing|going)\b",
    r"\b(?:you|u) (?:just )?called (?:him|her|me|them|my \w+) \w+\b",
    r"\b(?:the|that|your) (?:sympathetic|concerned|sad|pitying|worried|disappointed) (?:face|"
    r"look)\b|\b(?:you've|you have|you) got that look\b",
    # apologising for themselves as a burden to the trainee: "Sorry, I'm going on and on at you",
    # "I've talked your ear off", "I'm making a scene", "you don't need to see this"
    r"\bsorry,? (?:for |about |i'm |i am |i keep |to keep )?(?:\w+ ){0,2}(?:ranting|rambling|"
    r"going on|moaning|venting|whinging|waffling|banging on|offloading)\b",
    r"\b(?:talked|talking|talk) (?:your|ur) ears? off\b",
    r"\b(?:i'?ve|have i|i have) kept (?:you|u)\b|\bkeeping (?:you|u) from\b",
    r"\bmaking a (?:scene|fuss|show of myself)\b|\bwhat came over me\b",
    r"\bi'?m being (?:so |really |very )?(?:difficult|a pain|annoying|dramatic|silly|a nuisance|"
    r"a baby)\b",
    r"\b(?:you|u) (?:don't|dont|do not|shouldn't) (?:need|want|have) to (?:see|hear|deal with) "
    r"(?:this|that|me|all this)\b",
    r"\b(?:wasting|waste|taking up|take up|hogging) (?:all )?(?:of )?(?:your|ur) (?:time|session|"
    r"hour|evening)\b|\bget (?:you|u) (?:in|into) trouble\b",
    # the same in other words: "I've gone on and on", "I promised myself I wouldn't do this in
    # front of you", "sorry, that was a massive essay, you don't have to read it all"
    r"\b(?:i'?ve|i have|i) (?:gone|been going|went|go|keep going) on (?:and on|a bit|for ages|"
    r"forever)\b",
    r"\b(?:do|doing|did|cry|crying|cried|break down|breaking down|lose it|losing it|fall apart|"
    r"falling apart) (?:this |like this )?in front of (?:you|u)\b",
    r"\b(?:you|u) (?:don'?t|do not) (?:have|need) to read (?:it|this|that|all)\b|\bsorry,? (?:for "
    r"|about )?(?:the|that|this|my)(?: was a)? (?:massive |long |huge |big )?(?:essay|wall of text|"
    r"novel)\b",
    # the trainee's view or attention, guessed at: "You probably think I'm pathetic", "you've
    # probably got someone waiting after me", "bet you can't wait to get home", "is that rude?"
    # (of a question just put to them), "is it weird that I tell you more than my wife?"
    r"\b(?:you|u) (?:probably|prob|surely|definitely|already) think (?:i'?m|i am)\b",
    r"\b(?:you|u)(?:'ve| have|ve)? (?:probably |prob |surely )?(?:got|have) (?:someone|somebody|"
    r"people|other clients|another client|a client) (?:else )?(?:waiting|coming|after me)\b",
    r"\b(?:bet|i bet) (?:you|u) (?:can'?t|cannot) wait to (?:get|go) (?:home|out)\b",
    r"\b(?:is|was) (?:that|it) (?:rude|too personal|nosy|weird to ask|ok to ask|okay to ask)\b",
    r"\bis (?:it|that) (?:weird|strange|odd|bad|wrong|mad) that i (?:\w+ ){0,6}(?:you|u)\b",
    # the client as a burden on the trainee's time or interest: "Am I keeping you?", "I'm probably
    # boring you", "you must have better things to do", "you probably want to get home"
    r"\bam i (?:keeping|boring|holding up) (?:you|u)\b",
    # thanks or apology that casts the client as a burden or their words as a blow to the
    # trainee: "thank you for putting up with me", "Sorry, that sounds bad" (of their own rating)
    r"\bput(?:ting)? up with me\b",
    r"\bsorry,? (?:that|it|this) (?:sounds|sounded|came out|must sound) (?:so |really |a bit "
    r"|quite )?(?:bad|harsh|rude|mean|awful|ungrateful|horrible|terrible|critical)\b",
    # what the client tells the trainee beside what they tell others: "I've told you things I've
    # never told my husband"
    r"\bi(?:'ve| have)? (?:told|tell) (?:you|u) (?:things|more|stuff|everything) (?:i|than)\b",
    r"\bi'?m (?:probably |prob |definitely |just |so )?(?:boring|keeping|holding up) (?:you|u)\b",
    r"\b(?:you|u) (?:must|probably|prob|surely)(?: have|'ve got| got|ve got)? (?:better|more "
    r"important|nicer) things to do\b",
    r"\b(?:you|u) (?:probably|prob|must|surely) (?:want|wanna|need) to (?:get|go) (?:home|off)\b",
    # the client's feeling toward the trainee, declared (Hill & Knox 2009: the client's feelings
    # about the therapist are the stuff of immediacy; X's convention pass scores any reply to
    # them): "I think I've got feelings for you", "I'm falling for you", "Miss you, weirdly",
    # "You saved my life", "You're the only one who doesn't seem to mind me being slow", "so much
    # better than my last counsellor", "I don't know what I'd do without you"
    r"\b(?:got|have|had|developed|developing|having|catching|caught) (?:\w+ )?feelings (?:for|"
    r"about|towards?) (?:you|u)\b",
    r"\b(?:falling|fallen|fell|i'?m in love|in love) (?:for|with) (?:you|u)\b",
    r"\bmiss (?:you|u)\b(?! (?:guys|all|both))",
    r"\b(?:you|u) (?:(?:honestly|literally|actually|really) )?(?:(?:saved|changed) my (?:whole )?"
    r"(?:life|year|world)|turned my (?:whole )?(?:life|year|world) (?:a)?round)\b",
    r"\b(?:you'?re|you are|ur|youre) the only (?:one|person)(?: who| that)? (?:[\w']+ ){0,4}?"
    r"(?:understands?|gets?|got|listens?|minds?|cares?|believes?|knows?) me\b",
    # the room as the one place for it ("This is the only place I can say any of it", "Nobody's
    # asked me how I am in a year. Except in here.")
    r"\b(?:this|here|in here|this room|these sessions|coming here|you) (?:is|are|'s|'re|re) the "
    r"only (?:place|time|one|person) (?:where |that |who )?i (?:can|could|get to|feel)\b",
    r"\bexcept (?:in )?here\b|\bexcept (?:with )?(?:you|u)\b(?!r)",
    r"\b(?:better|worse|nicer|kinder|different) than (?:my|the) (?:last|old|previous|other|first) "
    r"(?:one|therapist|counsel+or|psychologist|psychiatrist)s?\b",
    r"\b(?:best|worst) (?:therapist|counsel+or|psychologist) i'?ve (?:ever )?(?:had|seen|met)\b",
    r"\b(?:don'?t|do not) know what i'?d do without (?:you|u)\b",
    # what the client finds easier to say to the trainee than to their own people ("It's easier
    # in here, somehow. Is that strange? Talking to a stranger more than my own wife?")
    r"\btalk(?:ing)? to (?:a stranger|(?:you|u)) more than\b",
    # an apology to the trainee for overstepping with them ("No, you're right, that's so creepy,
    # I'm so sorry. I'll cancel it")
    r"\b(?:that's|that was|it was|i was|thats)(?: so| really| a bit| totally| well)? (?:creepy|"
    r"inappropriate|out of line|rude|cheeky|forward|overstepping)\b.{0,40}\bsorry\b|"
    r"\bsorry\b.{0,40}\b(?:that's|that was|it was|i was|thats)(?: so| really| a bit| totally| "
    r"well)? (?:creepy|inappropriate|out of line|rude|cheeky|forward)\b",
    # whether the trainee will judge them, or how far apart the two of them are (the rubric's
    # "view of them": "I need to know you won't judge me", "You're judging me, aren't you?",
    # "Will you think less of me?", "Are you shocked?", "I need to know how far apart we are",
    # "How could you understand, you've never had kids")
    r"\b(?:you|u)(?:'re|'ll|'d)? (?:[\w']+ ){0,3}(?:judg(?:e|ing)|look(?:ing)? down on|"
    r"think(?:ing)? (?:less|badly|worse|poorly) of) (?:me|us)\b",
    r"\b(?:bet|i bet) (?:you|u) (?:[\w']+ ){0,6}think(?:ing)? (?:i'?m|i am)\b",
    r"\b(?:are|r) (?:you|u) (?:\w+ )?(?:shocked|disgusted|horrified|judging)\b|\b(?:does|did) "
    r"(?:that|this|it) (?:shock|disgust|horrify|scare) (?:you|u)\b",
    r"\bhow (?:far apart|different|alike|similar) we are\b",
    r"\b(?:that's|that is|thats|is that) what (?:you're|you are|ur|youre|u r) (?:really )?"
    r"thinking\b|\b(?:you're|you are|ur|youre) (?:probably |secretly )?thinking (?:that )?i'?m\b",
    r"\bhow (?:can|could|would|will) (?:you|u) (?:possibly |even |ever |really )?(?:understand|"
    r"know what it'?s like|get it|relate)\b",
    r"\bcan (?:you|u) (?:even|really|actually|possibly|honestly) (?:understand|relate|get it|"
    r"know what it'?s like)\b",
)

# A reply that takes up the client's remark about the trainee without a plain yes or no:
# reassurance about it ("Don't worry about it", "Take all the time you need", "You don't need
# to do that"), the trainee's own state owned ("Sorry! Late night", "I'm still here"), or the
# question turned back ("What makes you ask?"). In play under the rubric, usually 2-3.
TAKES_UP_REMARK = re.compile(
    r"^(?:(?:oh|ah|aw|hey|hiya|hi|gosh|god|no+|ha|haha|lol|honestly|well|please)[,!]* )*"
    r"(?:don'?t (?:you )?worry|no need to (?:apologi[sz]e|be sorry|say sorry|worry)|no worries|"
    r"no problem|(?:it'?s|that'?s|you'?re) (?:absolutely |completely |totally |really )?(?:fine|ok|"
    r"okay|alright|all right|not a problem)|take (?:all )?(?:the |your )?time|there'?s no rush|"
    r"(?:you )?don'?t (?:need|have) to (?:do that|apologi[sz]e|be sorry|say sorry|worry)|"
    r"don'?t be (?:sorry|silly|daft|soft)|don'?t (?:you )?(?:dare )?apologi[sz]e|not at all|"
    # the fear in the remark denied: "You're not being dramatic at all", "ur not creepy"
    r"(?:you'?re|you are|ur|youre|u r) not (?:being )?(?:so |too )?(?:dramatic|creepy|weird|boring|"
    r"a burden|too much|a nuisance|a pain|annoying|silly|mad|stupid)|"
    r"sorry\b|(?:i'?m|i am) (?:still )?(?:here|listening|with you)|still here|"
    # the trainee's attention, owned: "I read every word", "I heard all of it"
    r"i (?:read|heard|got|took in|caught) (?:every (?:single )?word|all of (?:it|that|this)|it all|"
    r"everything)|"
    r"i was (?:just )?(?:thinking|listening|taking it in)|"
    r"what makes (?:you|u) (?:ask|think|say|wonder)|why do (?:you|u) ask|"
    # the praise handed back: "it was all your hard work", "you did most of it"
    r"(?:it was|that was|that's|thats|it's|its) (?:all |mostly |really )?(?:your|ur|you) "
    r"(?:own )?(?:hard )?(?:work|doing)|"
    r"(?:you|u) did (?:most of |all of |all )?(?:it|the (?:hard )?work)|"
    # thanks for bearing with them answered: "It's been no hardship", "My pleasure"
    r"(?:(?:it'?s|it has|its) been |it was |that was |that'?s )?(?:no (?:hardship|trouble|bother)|"
    r"(?:a|my) (?:real |genuine )?pleasure|a privilege)|"
    # the remark turned back as a question: "Do I?" (to "You look a bit down today")
    r"(?:do|am|did|was|have) i(?= ?\?))\b"
)

# The first sentence answers the question directly: "No", "Not at all", "Gosh, no", "Oh no, not
# in the least", "I do". ("Honestly?" alone only opens the reply.)
DIRECT_ANSWER = re.compile(
    r"^(?:(?:oh|ah|aw|gosh|god|goodness|heavens|good lord|lord|no|ha|haha|hah|lol|well)[,!]? )*"
    r"(?:no|nope|not at all|not in the least|of course not|never|yes|ofc|i do|i don'?t|i am|"
    r"i'?m not|"
    # the answer in the trainee's own would or will, apostrophes or none: "i wouldnt be
    # disappointed", "I'd never think that", "i wont be"
    r"i (?:wouldn'?t|won'?t|couldn'?t|haven'?t|have not|would never|will never|could never)|i'd "
    r"never|"
    # the answer as the trainee's own would-be feeling: "I'd be a little disappointed, honestly"
    # (not the client's feeling shared: "I'd feel embarrassed too" is a me-too)
    r"i(?:'d| would) (?:be|feel)(?: (?:a (?:little|bit)|quite|really|so|very|pretty))? (?:"
    r"disappointed|upset|hurt|annoyed|offended|bored|fed up|cross|angry|pleased|proud)\b(?! too\b)|"
    # a yes in the trainee's own will: "I will.", "i will, always" (not "I will ask you...")
    r"i (?:will|would|do)(?=\W*$|[,.!] )|"
    r"i'm(?! (?:just )?(?:wondering|curious|guessing|imagining|interested|thinking))|"
    r"honestly(?!\W*$)|absolutely not|not in the slightest|god,? no|gosh,? no|goodness,? no|"
    r"heavens,? no|not one bit|not a bit|"
    # "Awful isn't what I think", "that's not what I see at all"
    r"(?:[\w']+ ){0,2}(?:isn'?t|is not|wasn'?t|was not) what i (?:think|thought|see|feel)|"
    # a brisk answer in other words: "Don't be daft", "Not even close", "Not in a million years"
    r"don'?t be (?:daft|silly|soft|ridiculous|mad)|not even (?:close|slightly|a little)|not in a "
    r"million years|far from it|quite the opposite)\b"
)

# An answer in so many words ("No", "Not at all", "Gosh, no", "Yes"), as against an opening that
# only starts with "I'm" or "I do" and may go anywhere.
PLAIN_ANSWER = re.compile(
    r"^(?:(?:oh|ah|aw|gosh|god|goodness|heavens|good lord|lord|no|ha|haha|hah|lol|well)[,!]? )*"
    r"(?:no|nope|not|never|"
    r"yes|of course|ofc|absolutely)\b"
)

# The trainee's own framing of a question ("I wonder whether...", "I'm curious if..."): the
# trainee speaks, but not about the two of them.
FRAMING = any_of(
    r"\b(?:i(?:'m| am)? (?:just )?(?:wonder|wondering|curious|guessing|imagining)|i (?:guess|"
    r"imagine|suppose|think|reckon|suspect)|i can (?:see|hear|understand|imagine|tell))\b"
    r"(?: (?:what|how|if|whether|why|about|who|when|that))?"
)

# Someone else in the sentence: a third person, or a name ("Meena", "Kerry") past its first word.
_THIRD_PERSON = any_of(r"\b(?:he|she|him|her|his|hers|they|them|their|theirs)\b")
# (not the client's own name said to them: "It was all right, Marguerite.")
_NAME = re.compile(
    r"(?<=[\w,] )(?!I\b|I'|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\b)"
    r"(?<!, )[A-Z][a-z]+\b|(?<=, )[A-Z][a-z]+\b(?! ?[.!?,;:]| ?$)"
)


def about_someone_else(sentence: Sentence) -> bool:
    """The sentence is about a third person (a pronoun or a name), not only the two of them."""
    return bool(_THIRD_PERSON.search(sentence.norm) or _NAME.search(sentence.text))


_MINE = any_of(r"\bmine\b")
_THIRD_PERSON_OR_PEOPLE = any_of(
    r"\b(?:he|she|they|him|her|them|his|their|hers)\b|"
    # people at large: "You seem worried that you're a burden on people" reflects their life,
    # not the room (laughing-it-off/brighter, same-small-town/privacy)
    r"\b(?:people|everyone|everybody|anyone|anybody|others|someone|somebody|nobody|no one)\b"
)


def about_elsewhere_only(sentences: list[Sentence]) -> bool:
    """The reply stays with other people in the client's life and says nothing of the two of them
    ("Meena said you've become a ghost")."""
    norms = [FRAMING.sub(" ", s.norm) for s in sentences]
    if any(ME.search(n) or US.search(n) or _MINE.search(n) for n in norms):
        # ("even mine": "You're always trying to buy people's approval, even mine")
        return False
    return any(
        _THIRD_PERSON_OR_PEOPLE.search(n) or THEIR_PEOPLE.search(n) or about_someone_else(s)
        for n, s in zip(norms, sentences, strict=True)
    )


# Someone else's view of the client's therapy asked ("What does Kerry think about you coming
# here?", "How does your wife feel about these sessions?", "Does your mum know you come here?"):
# it names the sessions, but asks after the client's other relationship, not the two of them
# (rubric: "I wonder what your brother thinks" is not immediacy; qa4 at
# just-like-everyone-else/just-like-everyone it had read as immediacy 3).
THIRD_PARTY_VIEW = any_of(
    r"\b(?:what|how) (?:does|did|do|would|will|might|'s|is) (?!(?:you|u|i|we|it|that|this)\b)"
    r"(?:[\w']+ ){1,5}(?:think|thinks|feel|feels|say|says|said|reckon|make of|see|know|knows|"
    r"view|react|feel about)\b|"
    r"\b(?:does|did|do|would) (?!(?:you|u|i|we|it|that|this)\b)(?:[\w']+ ){1,2}know (?:that )?"
    r"(?:you|u)(?:'re| are| r)? (?:come|coming|came|see|seeing)\b|"
    # "I wonder what your ex-wife would think about you coming here"
    r"\b(?:what|how) (?!(?:you|u|i|we|it|that|this)\b)(?:[\w'-]+ ){1,2}(?:would|might|will|does|"
    r"did|do) (?:think|feel|say|make of|reckon)\b|"
    # a question put about someone else: "Do your mates take the mick out of you for coming here?"
    r"\b^(?:and |so |but )?(?:do|does|did|would|will|has|have|is|are|was|were)(?:n't)? "
    r"(?!(?:you|u|i|we|it|that|this|there|something|anything)\b)(?:[\w'-]+ ){1,3}"
    r"(?:\w+ ){0,6}(?:you|u)\b[^?]*\?"
)


def asks_third_party_view(sentence: Sentence) -> bool:
    """The sentence asks what someone other than the two of them makes of the therapy."""
    return bool(THIRD_PARTY_VIEW.search(sentence.norm)) and (
        about_someone_else(sentence) or bool(THEIR_PEOPLE.search(sentence.norm))
    )
