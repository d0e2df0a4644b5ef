"""Ways of speaking to the relationship that its other word lists miss.

The trainee's own feeling about the ending of the work ("I'll feel sad too when we finish", "I feel
a bit sad about it ending too"): a feeling toward the client and the work, shared now (Hill & Knox
2009; Hill et al. 2014: the therapist's immediate feelings about the relationship, the ending
included), as "I'll miss our Tuesdays" already is.

Presence offered in words where the client has reached for touch ("Could I just have a hug?",
"I haven't been held since Peter died"): "I'm not going to hug you, but I'm right here", "I'm here
with you. Sit with me?". At that moment it answers what the client asked of the relationship with
what the trainee can give in it, now: relationship talk, where the same "I'm here" said at a
moment about the client's life elsewhere only invites them to go on (here_now.py).
"""

from __future__ import annotations

from roleplay.offline.text import any_of

_FEELING = r"(?:sad|sadness|emotional|wistful|a (?:pang|lump)|a bit (?:sad|emotional|wistful)|torn)"
_THE_END = (
    r"(?:when we (?:finish|end|stop|say goodbye|part)|(?:about |that )?(?:it|this|we|us|our "
    r"(?:work|"
    r"sessions?|time(?: together)?|meetings?)) (?:is |are |'s |s )?(?:coming to an end|ending|"
    r"finishing|stopping|end|finish)|(?:to|when we) say goodbye|(?:about |at )?(?:the|our) "
    r"(?:ending|goodbye|last session))"
)
ENDING_FEELING = any_of(
    rf"\bi(?:'ll| will|'m| am|m|'d| would)? (?:\w+ )?(?:feel|be|get|felt|had) (?:\w+ )?{_FEELING}"
    rf"(?: too| as well)?,? {_THE_END}\b",
    rf"\b(?:it|that)(?:'ll| will|'s going to| is going to) (?:\w+ )?be (?:\w+ )?"
    r"(?:sad|hard|strange) "
    rf"for me(?: too| as well)?,? {_THE_END}\b",
    # the client's leaving felt now: "I'd be sorry to see you go", "I'd miss working with you"
    r"\bi(?:'d| would|'ll| will)? (?:\w+ )?be (?:really |very |so |a bit )?(?:sorry|sad|gutted) to "
    r"(?:see (?:you|u) go|lose (?:you|u)|stop (?:seeing|working with) (?:you|u))\b",
    r"\bi(?:'d| would|'ll| will|ll) (?:really |definitely |genuinely |honestly )?miss (?:you|u|"
    r"working with (?:you|u)|our|these|this)\b",
)

# The client reaches for touch, asks for it or names its lack.
TOUCH_MOMENT = any_of(
    r"\bhug\b",
    r"\bhold (?:me|my hand)\b",
    r"\barms (?:half )?(?:open|out)\b",
    r"\b(?:been|be) held\b",
    r"\breach(?:es|ing)? (?:out )?for (?:you|your hand)\b",
)
# Presence offered in words.
PRESENCE_OFFERED = any_of(
    r"\b(?:i'm|i am|im) (?:right |still |just )?here\b"
    r"(?! (?:to (?:help|listen|support)|for (?:the|a|"
    r"your (?:session|appointment))))",
    r"\b(?:i'm|i am|im) not going anywhere\b",
    r"\b(?:i'm|i am|im) (?:staying|stopping) (?:right )?here\b",
    r"\b(?:sit|stay|be) (?:here |down |a (?:moment|minute|while) )?(?:with|w) me\b",
    r"\b(?:i'm|i am|im) (?:right )?(?:here )?(?:with|w) (?:you|u)\b",
    r"\byou(?:'re| are|re) not (?:on your own|alone) (?:right now|in here|here|with this now)\b",
)

# How the trainee's words landed, named ("It sounds like sympathy from me lands badly", "it sounds
# like 'choose' landed as blame"), and the client's expectation of the trainee ("You're braced for
# me to tell you off"): the client's experience of the trainee now (Hill 2020).
LANDED = any_of(
    r"\bfrom me (?:lands?|landed|comes? across|came across|feels?|felt|sounds?|sounded)\b",
    r"\b(?:landed|lands|came across|comes across) as (?:a |an )?(?:blame|criticism|judgement|"
    r"judgment|attack|pressure|telling-off|telling off|dismissive|lecture|verdict)\b",
    r"\b(?:braced|bracing|waiting|ready|expecting|steeling yourself) for me to\b",
)

# The relationship defined coldly with neither "I" nor "you" in it ("Look, we're not friends.",
# a known miss from the last round: "we're not mates" was not read as relationship talk, while
# "I'm your therapist, not your mate" was). Only the lexicon's defensive words say it is cold.
NOT_FRIENDS = any_of(r"\bwe(?:'re| are|re) not (?:friends|mates|pals|buddies)\b")
