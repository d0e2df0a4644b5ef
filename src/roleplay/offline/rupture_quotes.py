"""The client's own marker word quoted back at a rupture, doubted, or thanked for (split from
rupture_words.py, which had reached 400 lines). Found playing fees-mid-therapy/guilt: '"Whatever"
- sounds like the money talk left you feeling something' names the withdrawal in the client's
words (Safran & Muran 2000: attend to the marker), and was read as not turning to the strain at
all.
"""

from __future__ import annotations

import re

from roleplay.offline.text import Sentence, any_of

# A quoted span: in double quotes, or in single quotes that are not an apostrophe.
QUOTED = re.compile(r"\"([^\"]{2,60})\"|(?:^|\s)'(.{2,60}?)'(?=[\s.,!?;:-]|$)")
MARKER_WORDS = any_of(
    r"\bwhatever\b",
    r"\bfine\b",
    r"\bforget it\b",
    r"\bnever ?mind\b",
    r"\bnothing\b",
    r"\bno problem\b",
    r"\bdoesn'?t matter\b",
    r"\bsorry'?s easy\b",
    r"\byour words\b",
    r"\bpatronising\b",
    r"\bwaste\b",
)


# The client's complaint word echoed back on its own, without quotes: "Patronising. Ok. Say
# more?" (this-isnt-working/patronising), "Diagnosed?" (late-and-gone-quiet/complaint). Only
# words of complaint: an echoed "Fine." or "No problem." is as often the trainee's own assent.
COMPLAINT_ECHO = any_of(
    r"\bpatroni[sz]\w*\b",
    r"\bcondescend\w*\b",
    r"\bwaste\b",
    r"\byour words\b",
    r"\bsorry'?s easy\b",
    r"\bdiagnos\w*\b",
    r"\bmarked\b",
    r"\bjudged\b",
    r"\blectured\b",
    r"\bpointless\b",
    r"\buseless\b",
    r"\brubbish\b",
    # how the client felt the trainee treated them ("Put you off how?", "Let down how?")
    r"\bput (?:you |u )?off\b",
    r"\blet down\b",
    r"\b(?:rushed|fobbed off|brushed off|dismissed|ignored|distracted|hurt|upset)\b",
)
_ECHO_WORDS = re.compile(r"[a-z']+")
# An open prompt to say more, with nothing else in it: "Say more?", "Tell me more about that",
# "What do you mean?", "In what way?".
_OPEN_PROMPT = re.compile(
    r"^(?:(?:ok|okay|right|mm|hm|hmm|sure|so|and)[,.]? )*(?:say more|tell me (?:a bit )?more|go on|"
    r"what do (?:you|u) mean|how do (?:you|u) mean|in what way|can (?:you|u) (?:say|tell me) (?:a "
    r"bit )?more)"
    # and nothing after it but "about that": "Go on, how was the weekend?" turns elsewhere
    r"(?: about (?:that|it|this|what happened))?\W*$"
)


def explores_marker(sentence: Sentence, client: str) -> bool:
    """The sentence asks the client to say more about the strain itself: the marker word of
    theirs asked about ("Patronising how?", "Can you say more about what felt patronising?"), or
    an open prompt with nothing else in it ("Say more?"). Safran & Muran (2000): attending to
    the marker is the first stage of repair; the corpus scores it 3 ("Put you off how?")."""
    norm = sentence.norm
    if _OPEN_PROMPT.search(norm):
        return True
    asks = "?" in sentence.text or norm.startswith(("what", "how", "can you", "could you"))
    return asks and any(
        m.group(0) in client or _turned_round(m.group(0)) in client or _stem_in(m.group(0), client)
        for m in COMPLAINT_ECHO.finditer(norm)
    )


# The strain said back to the client in their own words, or its weight named: "You feel stupid,
# like everyone knew except you", "You shouldn't have said anything? Why not?", "It sounds like
# more than only a Saturday", "Feels like it's hard to talk today". Q's convention: a reply that
# reflects the strain itself acknowledges it briefly (rupture repair 3), not "repair not
# attempted" (Safran & Muran 2000: attending to the marker is the first stage).
_LEAD = r"^(?:(?:so|and|hm+|oh|ok(?:ay)?)[,.]? )?"
_SAID_BACK = (
    r"(?:you|u) (?:feel|felt|'re feeling|are feeling|re feeling|shouldn't|should not|wish|"
    r"don't want|do not want|think)\b|(?:it )?(?:sounds|feels|seems) like\b"
)
_REFLECTION = re.compile(_LEAD + r"(?:(?:you|u) (?:sound|seem)\b|" + _SAID_BACK + ")")
# ("You seem annoyed", "You sound fed up" read the client's state in the room: left out)
_SAYS_BACK = re.compile(_LEAD + "(?:" + _SAID_BACK + ")")
_WEIGHT_NAMED = re.compile(
    r"\b(?:sounds|feels|seems) like (?:it's|its|it is|this is) (?:really |been )?(?:hard|"
    r"difficult|tough) to (?:talk|say|be here|come|open up|find the words)\b|\b(?:sounds|feels|"
    r"seems) like (?:(?:it|that|this) (?:was|is|'s) |it's )?(?:a lot |much |far )?more than\b"
)
_STOP = frozenset(
    {
        "that",
        "this",
        "with",
        "what",
        "have",
        "like",
        "just",
        "your",
        "they",
        "them",
        "then",
        "there",
        "were",
        "been",
        "about",
        "would",
        "could",
        "should",
        "really",
        "feel",
        "felt",
        "sounds",
        "seems",
        "feels",
    }
)


def says_back(sentence: Sentence) -> bool:
    """The sentence says the client's words back ("You feel stupid, like...", "You shouldn't have
    said anything?") or names the weight of what they said: read alone, without their line."""
    return bool(_SAYS_BACK.match(sentence.norm) or _WEIGHT_NAMED.search(sentence.norm))


def says_strain_back(sentence: Sentence, client: str) -> bool:
    """The sentence says the client's strain back to them (_REFLECTION sharing two of their
    words), or names its weight (_WEIGHT_NAMED)."""
    norm = sentence.norm
    if _WEIGHT_NAMED.search(norm):
        return True
    if not _REFLECTION.match(norm):
        return False
    words = {w for w in _ECHO_WORDS.findall(norm) if len(w) >= 4 and w not in _STOP}
    return len(words & set(_ECHO_WORDS.findall(client))) >= 2


def _stem_in(word: str, client: str) -> bool:
    """The client's word asked back in another form ("Which bit felt like a diagnosis?" to "like
    being diagnosed"; qa4, late-and-gone-quiet/complaint)."""
    return (
        len(word) >= 7 and " " not in word and bool(re.search(rf"\b{re.escape(word[:6])}", client))
    )


def _turned_round(words: str) -> str:
    """The client's words as the trainee says them back ("put you off" for "put me off")."""
    return re.sub(r"\b(?:you|u)\b", "me", words)


def quotes_marker(norm: str, client: str) -> bool:
    """The sentence quotes back a withdrawal or complaint word the client just used."""
    for match in QUOTED.finditer(norm):
        quoted = (match.group(1) or match.group(2) or "").strip(" .,!?")
        if quoted and quoted in client and MARKER_WORDS.search(quoted):
            return True
    words = _ECHO_WORDS.findall(norm)
    return (
        0 < len(words) <= 3
        and bool(COMPLAINT_ECHO.search(norm))
        and all(re.search(rf"\b{re.escape(w)}\b", client) for w in words)
    )


# The apology made for the client's feeling rather than for anything the trainee did: "I'm sorry
# you feel that way" (this-isnt-working/patronising), whose rationale said "it explains what you
# meant" though nothing was explained.
_FOR_THEIR_FEELING = re.compile(
    r"\bsorry (?:if |that )?(?:you|u) (?:feel|felt|took it|see it)\b|\bsorry if (?:i|it|that|this) "
    r"(?:\w+ )?(?:made|makes|make) (?:you|u) feel\b",
    re.IGNORECASE,
)


def apology_label(quote: str) -> str:
    """What the rationale says of an apology with something beside it (feature unchanged)."""
    if _FOR_THEIR_FEELING.search(quote):
        return "the apology is for how they feel, not for what you did"
    return "it explains what you meant beside the apology"


# The appeasing word doubted, gently: "I wonder whether it was more of a problem than you're
# letting me see" (cancelled-session-its-fine/its-fine), "maybe it bothered you more than you're
# saying". It treats the withdrawal as something between them (the rubric's recognises_withdrawal)
# and was read as no repair at all.
DOUBTS_MARKER = any_of(
    r"\bmore (?:of a (?:problem|deal|big deal|thing|blow)|upsetting|annoying|hurtful|difficult) "
    r"(?:for (?:you|u) )?than (?:you(?:'re| are|r)? |u(?:'re| are|r)? )?(?:letting (?:on|me see)|"
    r"saying|showing|let on|said)\b",
    r"\b(?:bothered|hurt|upset|mattered|affected|annoyed|stung)(?: (?:you|u))? (?:a bit |a little |"
    r"rather )?more "
    r"than (?:you(?:'re| are|r)? |u(?:'re| are|r)? )?(?:letting on|letting me see|saying|let on|"
    r"showing|said)\b",
)
# Thanks for the client's letting the trainee off ("thank you for being so understanding about
# last week", "I appreciate you being so good about it"): the appeasing taken at face value, the
# rubric's level 2 (accepts an appeasing offer as the solution); it had scored 4, "you named what
# happened between you".
THANKS_FOR_LETTING_OFF = any_of(
    r"\bthank(?:s| you) (?:so much |again |very much )?(?:for |4 )(?:being (?:so |really |very )?)?"
    r"(?:understanding|patient|gracious|good|kind|nice|lovely|forgiving|cool)(?: about| with| over|"
    r"[.!,]|$)",
    r"\bi (?:really |do )?appreciate (?:you|your|u) (?:being )?(?:so |really |very )?"
    r"(?:understanding|"
    r"patience|patient|gracious|good|kind|forgiving)\b",
)


# A question about someone in the client's life, with nothing of the two of them in it ("did u
# get to see marta in the end?" after "I changed my Saturday with Marta",
# cancelled-session-its-fine/
# the-bus): it asks after their life elsewhere, not their experience of the strain (it had scored
# rupture repair 5, "you invited their experience of it").
_THEM = re.compile(
    r"\b(?:he|she|him|her|his|hers)\b|"
    # the client's own people: "How's your mum?" asks after her, not after the strain
    r"\b(?:your|ur) (?:mum|mom|dad|mother|father|parents|sister|brother|partner|husband|wife|"
    r"boyfriend|girlfriend|kids?|children|son|daughter|family|friends?|boss|manager|colleagues?)\b"
)
_US = re.compile(r"\b(?:i|i'm|i've|i'd|im|me|my|we|us|our|here|this room)\b")
_CAPITALISED = re.compile(r"(?<=[\w,] )[A-Z][a-z]{2,}\b")


def asks_after_someone_else(sentence: Sentence, client_text: str) -> bool:
    """The sentence asks about a third person (one the client named, or he / she; "they" is as
    often the sessions: "what would make them worth coming to?") and says
    nothing of the trainee or the two of them."""
    norm = sentence.norm
    if _US.search(norm):
        return False
    if _THEM.search(norm):
        return True
    names = {name.lower() for name in _CAPITALISED.findall(client_text)}
    return any(re.search(rf"\b{re.escape(name)}\b", norm) for name in names)
