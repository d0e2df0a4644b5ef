"""Reading immediacy: talk about the here-and-now relationship between trainee and client.

Presence needs the relationship in the sentence: both parties ("you ... me/us", "between us",
"what I said just now", "our work") or an owned observation of the client in this very moment ("I
notice you went quiet just now"). Quality follows Hill et al. (2014) and Kasper, Hill & Kivlighan
(2008): prompted by a marker, tentative and owned, in the present, inviting the client's view;
accusation, the therapist's own need and boundary crossings take away.
"""

from __future__ import annotations

import re

from roleplay.offline import lexicon as lx
from roleplay.offline.reading import SkillReading, quote_match
from roleplay.offline.text import Sentence

_SECOND_PERSON = re.compile(r"\byou(?:'re|'ve|'d|'ll|r|rs|rself)?\b")
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|me|my|myself)\b")

# The relationship named outright: enough on its own.
_RELATIONSHIP_NAMED = re.compile(
    r"\bbetween (?:us|you and me|you and i|the two of us)\b|\byou and (?:i|me)\b|\bour "
    r"(?:relationship|work|sessions?|connection|time together|work together|alliance|last session|"
    r"first session|conversations?|meetings?|ending|time)\b|\bin this room\b|\bin here\b|"
    r"\bhere with me\b|\bwe (?:both|keep|seem to|kind of|sort of)\b|\bhow we(?:'ve| have)? "
    r"(?:been )?(?:working|work|talk|talking|are|get on|getting on)\b|\bwe(?:'ve| have) been "
    r"(?:working|doing|talking|meeting|going)\b|\bwe(?:'re| are) (?:finishing|ending|stuck|"
    r"getting|doing|working|talking|sitting)\b|\b(?:working|work) with (?:you|me)\b|"
    r"\bcoming (?:here|to see me|to sessions)\b|\bthis (?:session|hour)\b|\brupture\b|"
    r"\bsaying goodbye\b|\bme included\b|\bbeing here\b"
)
# The client toward the trainee ("angry with me", "what you told me", "hear that from me").
_TOWARD_ME = re.compile(
    r"\b(?:at|with|toward|towards|about|of|from|around|in front of|to|by) me\b|"
    r"\b(?:like|hard|easy|feel|okay|ok|safe|scary|strange|weird) to (?:tell|say|share|show)\w*"
    r"(?: (?:this|that|it|something|these things))?(?: \w+){0,2} (?:with |to )?me\b|"
    r"\b(?:show|showing|treating|treat|testing|trust|trusting|judge|judging|"
    r"blame|blaming|like|hate|need|needing|protecting|push|pushing|asked|asking|ask) me\b|"
    r"\b(?:makes?|made) you (?:think|feel|wonder|worry|believe|say|ask) (?:that )?i\b|"
    r"\bthat i (?:might|may|can't|won't|couldn't|wouldn't|am|'m|was|wasn't) (?:not )?"
    r"(?:be able to )?(?:help|understand|get|judge|fully|listening|bored|interested|here)|"
    r"\bsomeone (?:like me|my age|who (?:isn't|is not|doesn't|does not|hasn't|has not))\b"
)
_NOT_TOWARD_ME = re.compile(
    r"\b(?:can|could|would|will) you (?:\w+ )?(?:tell|show|walk|help|give) me\b|"
    r"\byou (?:can|could|might) (?:\w+ )?(?:tell|show|walk|help|give) me\b|"
    r"^(?:tell|show|help|give|walk) me\b|\blet me\b|\bexcuse me\b|\bthank(?:s| you)\b.{0,40}"
    r"\bme\b|\bhelp me understand\b|\bsounds to me\b|\bseems to me\b|\bstrikes me\b"
)
# The trainee toward the client, now ("I'm judging you", "I'm on your side").
_TOWARD_YOU = re.compile(
    r"\bi(?:'m| am)? (?:[\w']+ ){0,3}?(?:(?:judg\w*|trust\w*|like|care about|respect|proud of|"
    r"worried about|close to|touched by|moved by|glad|grateful|sad that|(?:enjoy|enjoyed|value|"
    r"valued) (?:working|being|talking) with)\b.{0,12}\byou\b|on your side|with you)\b|"
    r"\b(?:makes?|made) you (?:ask|want to know|curious)\b|\bi (?:got|get) (?:that|it) wrong\b|\bthe way i (?:said|put|phrased|asked)\b|"
    r"\bi (?:wasn't|was not|haven't been|have not been) (?:really |fully )?(?:here|present|"
    r"listening|holding)\b|\b(?:when|since|after|as|before) i (?:said|asked|ask|mention|mentioned|used|"
    r"brought up|raised|suggested|named|pushed|interrupted|came in|spoke|said it)\b|"
    r"\bwhat i (?:just )?(?:said|asked|suggested)\b|\bwhat i just did\b"
)
_GREETING_THANKS = re.compile(
    r"^(?:thank(?:s| you)|i (?:really )?appreciate (?:you|it)|it'?s (?:good|nice|great) to "
    r"(?:see|meet)|nice to meet)\b"
)
_RELATIONSHIP_ELSEWHERE = re.compile(
    r"\b(?:my|your|his|her|their) (?:sister|brother|mother|mum|mom|father|dad|partner|husband|"
    r"wife|boss|friend|friends|family|kids|children|son|daughter|ex|nan|gran)\b"
)
# "Right now" that means this moment, not "these days" ("how your days go right now").
_HERE_NOW_STRICT = re.compile(
    r"\bas you (?:told|tell|were telling|said|say) me\b|\bjust now\b|\bin this moment\b|\bat this moment\b|\ba moment ago\b|\b(?:as|while) we "
    r"(?:talk|sit|speak)\b|\bhere with me\b|\bin (?:the|this) room\b|\b(?:happening|going on|"
    r"feeling|notice|noticing|sense|sensing|coming up|feel)\b.{0,25}\bright now\b|\bright now\b"
    r".{0,25}\b(?:happening|going on|feeling|between|here|in here|with me)\b"
)
_IM_HERE_FOR_YOU = re.compile(r"\bi(?:'m| am) (?:always )?here (?:for|to)\b")
PRESENCE_THRESHOLD = 0.55


def sentence_strength(sentence: Sentence) -> float:
    """0 (no relationship talk) .. 1 (clearly about the two of them, now)."""
    norm = sentence.norm
    has_you = bool(_SECOND_PERSON.search(norm))
    has_me = bool(_FIRST_PERSON.search(norm))
    if _GREETING_THANKS.search(norm) and not lx.HERE_NOW.search(norm):
        return 0.0
    strength = 0.0
    if lx.BOUNDARY_CROSSING.search(norm) or lx.THERAPIST_NEED.search(norm):
        strength = 0.85
    if (lx.DEFENSIVE.search(norm) or _accusation_in(norm)) and (has_you or has_me):
        strength = max(strength, 0.8)
    if _RELATIONSHIP_NAMED.search(norm):
        strength = max(strength, 0.9)
    toward_me = _TOWARD_ME.search(norm) and not _NOT_TOWARD_ME.search(norm)
    if (toward_me and (has_you or sentence.is_question)) or (_TOWARD_YOU.search(norm) and has_you):
        strength = max(strength, 0.85)
    if lx.OWNS_PART.search(norm) or (
        has_you and has_me and _HERE_NOW_STRICT.search(norm) and not _IM_HERE_FOR_YOU.search(norm)
    ):
        strength = max(strength, 0.6)
    if (
        0 < strength < 0.85
        and _RELATIONSHIP_ELSEWHERE.search(norm)
        and not (_RELATIONSHIP_NAMED.search(norm) or lx.HERE_NOW.search(norm))
    ):
        strength = min(strength, 0.5)  # "your sister was angry with me" is a story, not now
    return strength


def _accusation_in(norm: str) -> bool:
    match = lx.ACCUSATORY.search(norm)
    if not match:
        return False
    if re.match(r"you (?:always|never|keep)", match.group(0)):
        return bool(_RELATIONAL_NEARBY.search(norm))
    return True


def read_immediacy(
    sentences: list[Sentence], context_text: str, invites: str | None
) -> SkillReading:
    strengths = [sentence_strength(s) for s in sentences]
    spans = [s for s, w in zip(sentences, strengths, strict=True) if w >= PRESENCE_THRESHOLD]
    reading = SkillReading(
        present=bool(spans), strength=max(strengths, default=0.0), score=0.0, spans=spans
    )
    if spans:
        _score(reading, sentences, context_text, invites)
    return reading


_MARKER_IN_CONTEXT = re.compile(
    r"\b(?:whatever|fine|pointless|waste|useless|don't know why i (?:come|bother)|like everyone|"
    r"just like|you don't (?:get|understand|care)|you people|you're (?:just|not)|last (?:week|"
    r"session|time)|late|sorry i'm late|quiet|silent|silence|nothing|doesn't matter|laugh\w*|ha+\b|"
    r"lol|tears?|crying|cries|shrugs?|looks away|arms crossed|sighs?|pauses?|\.\.\.)"
)


def _score(
    reading: SkillReading, sentences: list[Sentence], context_text: str, invites: str | None
) -> None:
    spans = reading.spans
    score = 2.5
    tentative = quote_match(lx.TENTATIVE, spans)
    owned = quote_match(lx.OWNED, spans)
    invite = _invitation(spans, sentences)
    here = quote_match(lx.HERE_NOW, spans) or quote_match(lx.PROCESS_OBSERVATION, spans)
    if tentative:
        reading.add("tentative", "it is tentative", 0.75, tentative)
    if owned:
        reading.add("owned", "you own it as your own perception", 0.5, owned)
    if invite:
        reading.add("invites_view", "it invites the client's view", 1.0, invite)
    else:
        reading.add("no_invitation", "it tells rather than asks the client's view", -0.5)
    if here:
        reading.add("here_and_now", "it stays with what is happening now", 0.5, here)
    if _MARKER_IN_CONTEXT.search(context_text.lower()) or invites == "immediacy":
        reading.add("marker", "it responds to something that just happened between you", 0.25)
    demanding = quote_match(lx.DEMANDING, sentences)
    if demanding:
        reading.add("demanding", "it presses the client instead of inviting", -2.0, demanding)
    owns_part = quote_match(lx.OWNS_PART, sentences)
    if owns_part:
        reading.add("owns_part", "you take your share of what happened", 0.5, owns_part)

    accusation = _accusation(sentences)
    if accusation:
        reading.add("accusatory", "it blames the client", -2.5, accusation)
    need = quote_match(lx.THERAPIST_NEED, sentences)
    if need:
        reading.add("therapist_need", "it is about your needs, not the client's", -2.5, need)
    crossing = quote_match(lx.BOUNDARY_CROSSING, sentences)
    if crossing:
        reading.add("boundary_crossing", "it crosses a professional boundary", -3.0, crossing)
    defensive = quote_match(lx.DEFENSIVE, sentences)
    if defensive:
        reading.add("defensive", "it defends you instead of exploring", -1.5, defensive)
    words = sum(s.words for s in spans)
    if words > 80:
        reading.add("long", "it becomes a speech", -0.5)
    score += sum(f.effect for f in reading.features)
    reading.score = max(1.0, min(5.0, score))


def _invitation(spans: list[Sentence], sentences: list[Sentence]) -> str | None:
    start = sentences.index(spans[0])
    for sentence in sentences[start:]:
        if lx.INVITES_VIEW.search(sentence.norm) and not lx.DEMANDING.search(sentence.norm):
            return sentence.text
    return None


_RELATIONAL_NEARBY = re.compile(
    r"\b(?:me|here|session|sessions|late|come|coming|us|this room|i ask|i said|i mention)\b"
)


def _accusation(sentences: list[Sentence]) -> str | None:
    """The first accusation; "you always put others first" is a reflection, not one."""
    for sentence in sentences:
        if _accusation_in(sentence.norm):
            return quote_match(lx.ACCUSATORY, [sentence])
    return None
