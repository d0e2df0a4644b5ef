"""Here-and-now relationship talk, and the ordinary invitations that only look like it.

Immediacy (Hill, 2014; Kasper, Hill & Kivlighan, 2008; Safran & Muran's metacommunication) is
talk about the two people in the room, now: what is happening between them, the helper's own
feeling toward the client as it arises, the helper's part in what just happened, and how the
client experiences the helper and the sessions. Helpers also say "talk to me", "tell me more",
"I'm here for you", "I'm listening" and wonder about people outside the room; these invite the
client to go on, and speak about no one's relationship (Hill's open questions and approval /
reassurance, not immediacy).
"""

from __future__ import annotations

import re
from dataclasses import replace

from roleplay.offline.relational_questions import FRAMING
from roleplay.offline.relational_words import ME, US
from roleplay.offline.text import Gated, Sentence, any_of

_YOU = r"(?:you|u)"
# Plain here-and-now relationship talk: precise enough to count on its own.
# The helper's own feeling, said as theirs now (see HERE_NOW): the words before the feeling.
_FEELING_LEAD = (
    r"\bi(?:'m| am| feel| felt|'m feeling| am feeling| was feeling| notice i'?m| notice i feel|"
    r" noticed i felt| find i'?m)(?: (?:really|so|quite|very|a bit|a little|kind of|kinda|sort "
    r"of|pretty|honestly|genuinely|actually|just|more|deeply|truly))* "
)
FEELING_NOW = _FEELING_LEAD + (
    r"(?:sad|scared|frightened|moved|touched|protective|emotional|tearful|teary|tearing up|"
    r"welling up|honou?red|grinning|smiling|choked up)\b"
)
# What the feeling comes with: hearing or seeing it, where the clause ends there ("hearing that.",
# "seeing you like this,"), not sadness at the story ("reading about what happened to your
# brother" is empathy about their life).
_HEARING_IT = (
    r"(?:hearing|seeing|listening to|watching|reading)(?: (?:that|this|it|all (?:this|that)|"
    rf"{_YOU}(?: (?:say|tell|talk)\w*(?: (?:that|this|it))?| like (?:this|that))?))?(?: (?:tbh|"
    r"honestly|a little|a bit))?\s*(?:[.,;:!?]|$|and\b|but\b)"
)
# ...and being moved by what the client has just done with them ("I'm touched that you'd...")
FEELING_NOW_MOVED = _FEELING_LEAD + r"(?:moved|touched|emotional|honou?red)\b"

HERE_NOW = any_of(
    # what is happening between the two of them
    r"\b(?:something|what)(?:'s| is| has| just)? (?:just |been )?(?:happen\w*|going on|shift\w*|"
    r"chang\w*) (?:just now |right now )?between (?:us|you and me|the two of us)\b",
    r"\b(?:it|this|that) (?:feels|seems) like (?:we(?:'ve| have| are|'re)|there's something) "
    r"(?:\w+ ){0,3}(?:between us|stuck|slipped|drifted|going round)\b",
    # how the client experiences the helper or the sessions
    rf"\b(?:what|how)(?:'s| is| was| has| does| did)? (?:it|this|that)? ?(?:been |feel |like )?"
    rf"(?:like )?for {_YOU},? (?:\w+ ){{0,3}}(?:with me|here with me|in here|in this room|"
    rf"(?:talking|speaking) (?:to|with) me|telling me|hearing (?:that|this|it) from me|"
    rf"sitting (?:here )?with me|asking me)\b",
    # the act of telling the trainee, or the trainee's view of them, as the client meets it now:
    # "I wonder how it feels telling me this", "Do you worry what I think of you now?"
    rf"\bhow (?:it|this|that) (?:feels|felt|is|was) (?:for {_YOU} )?(?:telling|saying (?:it|this|"
    rf"that) to|showing|asking) me\b",
    rf"\b(?:worry|worried|wonder|wondering|afraid|scared) (?:about )?what i (?:think|thought|make) "
    rf"of {_YOU}\b",
    # "what's happening for you, here with me?": the client's experience now, in the room
    rf"\bwhat(?:'s| is) (?:happening|going on) (?:for|in|inside|with) {_YOU},? (?:\w+,? ){{0,3}}"
    r"(?:with me|in here|in this room|between us)\b",
    rf"\bhow (?:are|have) {_YOU} (?:been )?(?:finding|found|experiencing) (?:our|these|the|this|"
    rf"coming to) (?:sessions?|work|time together|counsel+ing|therapy|hour)\b",
    r"\bhow (?:do|did|am|have) (?:i|my \w+) (?:come|came|been coming) across\b",
    r"\b(?:comes?|came|coming|lands?|landed|landing) (?:across )?(?:\w+ ){0,2}(?:from me|"
    r"when i (?:say|said|do|did|ask|asked))\b",
    # (either word order: "what's it like..." and "I'd like to hear what it was like...")
    rf"\bwhat(?:(?: is| was|'s|s) (?:it|that)| (?:it|that)(?: is| was|'s| has been)) like,? "
    rf"(?:for {_YOU},? )?(?:to|when {_YOU}) (?:\w+ ){{0,2}}"
    r"(?:ask|asking|say|saying|tell|telling|hear|hearing|see|seeing) (?:me|that from me|(?:this|"
    r"that|it) to me|it from me)\b",
    # the helper's own feeling toward the client, as it arises now
    # ("i'm noticing" and "i'm aware" join the "i" with no space between)
    r"\bi(?: notice| noticed|'m aware| am aware| find| found| can feel|'m noticing| am noticing) "
    r"(?:that )?(?:i(?:'m| am)? |myself )(?:feel\w*|getting|becoming|a bit|quite|really)\b",
    r"\b(?:right now|just now|in this moment|as we (?:talk|speak|sit)|as (?:you|u) (?:say|said|"
    r"speak|talk|tell me)\w*),? i(?:'m| am)? (?:\w+ )?(?:feel\w*|notic\w*|aware|find|moved|"
    r"touched)\b",
    r"\bi (?:feel|felt|'m feeling|am feeling) (?:\w+ ){0,2}(?:moved|touched|sad|emotional|"
    r"protective|close|tense|warm|hopeful|worried|lost|stuck|pushed away|shut out|closer)"
    # toward the client now; "I feel sad hearing what happened" is empathy about their story
    rf"(?:(?: (?:of|to|toward|towards|for|with) {_YOU})?,? (?:right now|just now|in this moment|"
    rf"as we (?:talk|sit|speak))| (?:of|to|toward|towards|with) {_YOU},? (?:as {_YOU}|when {_YOU}|"
    rf"hearing|seeing|watching|reading (?:this|that|it)))\b",
    # the helper's feeling now, as the client speaks ("I feel really sad hearing that", "I'm
    # scared for you, hearing that", "I notice I'm grinning, hearing that", "I feel quite emotional
    # that you'd do this for me"): the rubric's "I felt sad just now when you laughed" (v2,
    # shares_feeling); every such line in the corpus and the development sets is labelled
    # immediacy, and none of the ESConv development turns has the form
    rf"{FEELING_NOW}(?=.{{0,25}}\b(?:{_HEARING_IT}|(?:as|when|for|with) {_YOU}\b|right now\b|"
    r"just now\b))",
    rf"{FEELING_NOW_MOVED}(?=.{{0,6}}\b(?:that {_YOU}|{_YOU}(?:'d|'ve|'re| would| have| are)?)\b)",
    # what happens in the room read as between the two of them, asked: "Is that what's happening
    # with me?"; the timing of a telling noticed: "I notice you've waited until your hand's on the
    # door to tell me this"
    r"\b(?:is|was) (?:that|this|it) what(?:'s| is| was) (?:happening|going on) (?:here )?(?:with|"
    r"between) (?:me|us)\b",
    rf"\bi (?:notice|noticed|'m noticing|am noticing|see) (?:that )?{_YOU}(?:'ve| have)? (?:waited|"
    r"left it|kept it) (?:until|till|til) (?:[\w']+ ){0,6}(?:to )?(?:tell|say|mention|ask)\b",
    # what the client's confiding, just now, means to the helper ("It means a lot that you'd share
    # this with me"; not the courtesy "it means a lot that you reached out")
    rf"\b(?:it|that) (?:really )?means (?:a lot|so much|a great deal)(?: to me)? that {_YOU}"
    r"(?:'d| would| could| can|'ve| have)? (?:\w+ )?(?:share|shared|tell|told|trust|trusted|"
    r"confide|confided|open(?:ed)? up)\b.{0,20}\bme\b",
    # the helper's part in what just happened, owned now
    r"\bi (?:wonder if |think |suspect |realise |realize )?i (?:jumped|pushed|rushed|missed|"
    r"overreacted|moved (?:on )?too|went (?:in )?too|came across|cut (?:you|u) off|got (?:that|it) "
    r"wrong|didn't (?:hear|listen|notice)|talked too much|said too much|interrupted (?:you|u))\b",
)
# Immediacy done badly (Hill, 2014: immediacy that is punitive or serves the helper): a rebuke of
# how the client is with the helper now, or the helper's own upset laid on the client. Each is
# relationship talk, and each takes the score down (the reader names "accusatory" and
# "therapist_need").
REBUKE = any_of(
    r"\b(?:there's |there is )?no need (?:for that tone|to be (?:sarcastic|rude|like that|"
    r"so \w+))\b",
    r"\b(?:that|this|it)(?:'s| is) (?:really |quite |a bit )?(?:rude|creepy|"
    r"inappropriate of you)\b",
    r"\bdon't (?:take|use) that tone\b",
    # the client's tone in the room labelled: "Wow. That's quite hostile.", "that's a bit
    # aggressive, to be honest" (just-like-everyone-else/just-like-everyone)
    r"\b(?:that|this)(?:'s| is| was|s) (?:really |quite |a bit |a little |pretty |very |rather |"
    r"incredibly )?(?:hostile|aggressive|passive[- ]aggressive|uncalled[- ]for|disrespectful|"
    r"hurtful to me)(?: of (?:you|u)| to(?:wards?)? me)?"
    r"(?=,? (?:to be honest|honestly|tbh)| ?[.!?]|$)",
    # the client's conduct in the room named as a fault or a pattern: "there you go again,
    # shutting down", "you always do this", "I can't read your mind", "I've apologised twice"
    r"\bthere (?:you|u) go,? (?:again|shutting|closing|laughing|joking)\b",
    r"\b(?<!everything )(?<!everything's )(?<!starts )(?<!started )(?<!is )(?<!are )(?<!were )"
    r"(?:shutting|closing) down (?:again|on me)\b",
    r"\b(?:you|u) (?:always|keep) (?:do(?:ing)? (?:this|that)|shutting|closing|pushing)\b",
    r"\b(?:it's|that's|this is) (?:a|your|the same|another) pattern(?= ?[,.!?]|$)",
    # the client's way in the room labelled ("a bit of a people-pleasing pattern") or put down to
    # avoidance ("you're interrogating me because you don't want to look at your drinking")
    r"\b(?:it's|that's|this is) (?:a bit of |quite |very much )?(?:a|an|your|the same|another|"
    r"such a) [\w-]+ pattern\b",
    r"\b(?:you|u)(?:'re| are|r) \w+ing me because (?:you|u) (?:don't|do not|can't) want to\b",
    r"\bi can't read (?:your|ur) mind\b",
    # "Just don't do it again, okay?", "These silences are getting a bit much"
    r"\bjust don'?t (?:do (?:it|that) again|let it happen again)\b",
    r"\b(?:these|your|the) (?:silences|pauses|jokes|one[- ]word answers) are (?:getting )?"
    r"(?:a bit |really |quite )?(?:much|too much|hard work|frustrating|annoying|tiring)\b",
    r"\bi(?:'ve| have|ve)? (?:apologi[sz]ed|said sorry) (?:twice|two times|three times|already)\b",
    r"\bi don't appreciate (?:the|your|that|being)\b",
    # the client told off for how they speak to the trainee: "Calm down, Gareth", "can we talk
    # about how you spoke to me?" (qa4: immediacy 3, rupture repair 4)
    r"\b^(?:(?:please|just|ok|okay|hey|look|right|now|alright|mate)[,.]? )*calm down\b",
    r"\b(?:you|u) (?:need|have|got|ought) to calm down\b",
    r"\bhow (?:you|u) (?:spoke|speak|talked|talk|have spoken|'ve spoken) to me\b",
    r"\bnot sure what (?:more|else) (?:you|u) want\b",
    r"\b(?:you|u)(?:'re| are|r) not the only (?:client|one|person) i\b",
    r"\b(?:you|u)(?:'re| are|r) not (?:really )?giving me (?:much|anything)\b",
    r"\b(?:you|u)(?:'ll| will) have to trust me\b",
    r"\b(?:you|u)(?:'re| are|r) (?:definitely |certainly )?the most (?:challenging|difficult)\b",
    r"\bwhile (?:you|u)(?:'re| are|r) (?:speaking|talking) to me like (?:this|that)\b",
    # the client's way with the trainee put down to a fault of theirs: "whenever you don't get
    # your way", "it's hard to work like that", "I'm not going to play along with that"
    r"\bwhenever (?:you|u) (?:don't|do not|can't) get (?:your|ur) (?:own )?way\b",
    r"\b(?:it's|that's|it is|that is|its|thats) (?:really |quite |very |a bit )?(?:hard|difficult|"
    r"impossible) to work (?:like (?:that|this)|with (?:you|u|that|this))\b",
    r"\bi(?:'m| am|m) not (?:going to|gonna) play along\b",
    # the label put back after the client's complaint about it: "Well, you were avoiding it
    # though." (the immediacy drill's "Last week you said I was avoiding things")
    r"\b(?:you|u) (?:were|are|'re|r) (?:still |definitely |kind of |a bit )?(?:avoiding|dodging|"
    r"deflecting|resisting|being (?:a bit |quite |very |really |so )?(?:avoidant|defensive|"
    r"resistant))\b[^.?!]{0,20}\b(?:though|"
    r"tho|to be fair|tbh|if i'm honest)\b",
)
# Said to the client about the client ("it upsets me when you..."); "that really upsets me",
# said about their story, is empathy and is left out.
HELPER_UPSET = Gated(
    (
        ("me when",),
        r"\b(?:it|that|this) (?:really |quite )?(?:upsets|frightens|scares|annoys|irritates|"
        r"bothers) me when (?:you|u|clients)\b",
    ),
    (
        ("uncomfortable", "awkward"),
        r"\b(?:it )?makes me (?:quite |really |a bit |very )?uncomfortable (?:that|when) "
        r"(?:you|u)\b|\bi feel (?:a bit |quite |really )?(?:uncomfortable|awkward) (?:being "
        r"asked|when you ask)\b",
    ),
    (
        ("disappointed",),
        r"\bi(?:'m| am) (?:\w+ )?disappointed(?: in (?:you|u))?,? (?:to be honest|honestly|"
        r"i thought we)\b",
    ),
    # the trainee's hurt, strain or need laid on the client: "I felt quite hurt by that", "when
    # you cancel it really stresses me out", "you've kept me going this year"
    (
        ("hurt",),
        r"\bi (?:felt|feel) (?:quite |really |a bit |a little |so )?hurt by (?:that|this|"
        r"what (?:you|u))\b|"
        r"\b(?:that|it) (?:really |honestly )?hurts(?: me)?,? (?:a bit|a little|that (?:you|u))\b",
    ),
    (
        ("es me",),
        r"\bwhen (?:you|u)\b[^.!?]{0,40}\b(?:stresses|annoys|frustrates|upsets|irritates|"
        r"bothers) me\b",
    ),
    (("kept me going",), r"\b(?:you've|you have|u've|uve) kept me going\b"),
    (
        ("do without",),
        r"\b(?<![\"'“‘])i don't know what i(?:'ll| will|'d| would)? do without (?:you|u|our)\b",
    ),
    (("of my week", "of my day"), r"\b(?:the )?(?:highlight|best part) of my (?:week|day)\b"),
    (("trying to help",), r"\bi(?:'m| am| was) (?:only |just )?trying to help\b"),
    # the rating heard as a letdown for the trainee: "A six is a bit disappointing for me"
    (
        ("disappointing",),
        r"\b(?:a bit |quite |rather |really |pretty |very |a little )?disappointing "
        r"(?:for|to) me\b",
    ),
    # the trainee's letdown at the client's rating, said to them: "Hmm, I'd have hoped for higher,
    # to be honest" (how-was-today/a-six; "lower than I'd hoped" is read in the lexicon)
    (
        ("hoped", "hoping"),
        r"\bi(?:'d| would| had)?(?: have)? (?:hoped|been hoping|was hoping) for (?:a |something )?"
        r"(?:higher|more|better|a higher (?:number|score|mark|rating))"
        r"(?=,? (?:to be honest|honestly|"
        r"tbh)| ?[,.!?]|$)",
    ),
)

# Invitations to go on and reassurance of availability: about no one's relationship.
ORDINARY_INVITATION = any_of(
    r"\b^(?:please |so |ok(?:ay)?,? |hey,? )?(?:talk to me|tell me (?:more|about|what|how|"
    r"everything)|go on|keep going|take your time|say more)\b",
    r"\bi(?:'m| am) (?:always |just |right )?(?:here|listening)(?: (?:for you|to (?:listen|help|"
    r"support)|if you (?:need|want)|whenever)\b|[.!,]|$)",
    r"\b(?:you can|feel free to|don't hesitate to) (?:always )?(?:talk|share|tell|come|speak|vent|"
    r"reach out)(?: (?:more|anything|it))? (?:to|with) me\b",
    r"\bthank(?:s| you) for (?:sharing|telling me|opening up|trusting me)\b",
    r"\bi (?:wonder|'m wondering|am wondering|'m curious|am curious) (?:what|how|if|whether|why) "
    r"(?:it(?:'s| is) like )?(?:when )?(?:your|he|she|they|his|her|their)\b",
)
_ME = re.compile(r"\b(?:me|i|i'm|my|us|we|our)\b")


_FEELING_NOW = re.compile(FEELING_NOW)


def is_feeling_now(words: str) -> bool:
    """The here-and-now words are the helper's own feeling (FEELING_NOW)."""
    return bool(_FEELING_NOW.match(words))


def here_now(sentence: Sentence) -> str | None:
    """The words that speak to the relationship now, or None."""
    match = HERE_NOW.search(sentence.norm)
    return match.group(0) if match else None


def in_room_fault(sentence: Sentence) -> str | None:
    """ "rebuke" or "upset" when the sentence faults the client, or burdens them, in the room."""
    if REBUKE.search(sentence.norm):
        return "rebuke"
    if HELPER_UPSET.search(sentence.norm):
        return "upset"
    return None


def only_ordinary(sentence: Sentence) -> bool:
    """The sentence invites the client to go on and says nothing else about the two of them."""
    norm = sentence.norm
    if not ORDINARY_INVITATION.search(norm) or HERE_NOW.search(norm):
        return False
    # "tell me more about what happened between us" still names the relationship elsewhere.
    rest = ORDINARY_INVITATION.sub(" ", norm)
    return not _ME.search(rest)


# What was noticed in the room then read as a practical matter ("I notice you've kept your coat
# on. Are you cold?", "I notice you looked at the clock. We've plenty of time.", "I notice you've
# got your keys out. Drive safely."): the marker is named and at once explained away, so nothing
# about the two of them is said (rubric: "I notice the time" is not immediacy; the corpus labels
# every such line not in play).
# The same marker turned at once to the client's story elsewhere ("I notice you said 'ghost' very
# quietly. What does that word mean to you?", "I notice you keep looking at the clock. Is
# something waiting for you at home?", "...What used to fill it, back at the firm?"): a question
# about their life, nothing about the two of them now; the development sets' authors leave such
# replies out of immediacy. A habit named ("you always apologise", "you say sorry a lot") is a
# label, immediacy done badly, and stays.
STORY_READING = any_of(
    r"\b(?:at home|back (?:at|then|when|in)|used to|that word|the word|mean to (?:you|u)|after "
    r"this|out there|the worst|waiting for (?:you|u)|in your life)\b",
    r"\bwhere (?:does|did) (?:that|it|this) come from\b",
)
_HABIT_NAMED = re.compile(
    r"\b(?:always|a lot|tend to|often|whenever|every time|pattern|again and again)\b"
)


def turned_to_their_story(spans: list[Sentence], sentences: list[Sentence]) -> bool:
    """An observation of the client followed only by a question about their life elsewhere."""
    if any(_HABIT_NAMED.search(s.norm) for s in spans):
        return False
    asked = [s for s in sentences if s.is_question or "?" in s.text]
    return bool(asked) and all(STORY_READING.search(s.norm) for s in asked)


PRACTICAL_READING = any_of(
    r"\b(?:are|r) (?:you|u) (?:\w+ )?(?:cold|warm enough|too warm|too hot|hot|chilly|comfy|"
    r"comfortable)\b",
    r"\b(?:turn|put|switch) (?:the |up the |on the )?heating\b|\bopen (?:a|the) window\b",
    r"\bdo (?:you|u) need (?:to (?:go|leave|get off|head off)|the (?:loo|toilet|bathroom))\b",
    r"\bwe(?:'ve| have|ve)? (?:got )?(?:plenty of|lots of|loads of) time\b",
    r"\bdrive safe(?:ly)?\b|\bget home safe(?:ly)?\b",
    # the rubric's own example: "I notice the time"
    r"\b(?:notice|noticing|aware of|conscious of|mindful of) the time\b",
    r"\bwe(?:'ve| have|ve)? (?:only )?(?:got |have )?(?:about |just )?(?:\w+ )?(?:mins?|minutes) "
    r"left\b",
)


# Words the trainee offers the client to say to someone else ('you could say something like, "I
# need you to see that I'm trying"'): the client's lines for another relationship, not this one.
_SUGGESTED_SPEECH = re.compile(
    r"\b((?:say|tell (?:him|her|them)|something like|write|text (?:him|her|them))[,:]? )"
    r"\"[^\"]{8,}(?:\"|$)"
)


def without_suggested_speech(sentence: Sentence) -> Sentence:
    """The sentence with any words offered for the client to say to someone else blanked."""
    if '"' not in sentence.norm:
        return sentence
    norm = _SUGGESTED_SPEECH.sub(
        lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), sentence.norm
    )
    return sentence if norm == sentence.norm else replace(sentence, norm=norm)


NOTICING = re.compile(r"\bi(?:'m| am)? (?:notice|noticed|noticing|see|can see|saw|spotted)\b")


def read_as_practical(spans: list[Sentence], sentences: list[Sentence]) -> bool:
    """An observation of the client in the room, then a practical reading of it or a question
    about their story elsewhere, with nothing of the trainee or the two of them
    beyond "I notice"."""
    if not any(PRACTICAL_READING.search(s.norm) for s in sentences) and not (
        turned_to_their_story(spans, sentences)
    ):
        return False
    return not any(
        ME.search(NOTICING.sub(" ", FRAMING.sub(" ", s.norm))) or US.search(s.norm)
        for s in spans
        if not PRACTICAL_READING.search(s.norm)
    )
