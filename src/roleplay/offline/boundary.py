"""Reading the `boundary` criterion (relationship-boundaries rubric).

The client asks for something outside the frame (friendship, contact, a meeting, a gift, personal
details) or the terms of the work are being set out. Done well (Gutheil & Gabbard, 1998; Zur,
2007), the response acknowledges the wish, answers clearly, gives a reason about the client's
care and returns to the work, neither too loose (granting it) nor too rigid (policy, shame). A
response that walks past the request is "not used", as the rubric's applies_when says.
"""

from __future__ import annotations

import re

from roleplay.offline import lexicon as lx
from roleplay.offline.answer import AGREES_TO_END, answering_sentences, ends_on_time
from roleplay.offline.boundary_words import (
    ACCEPTS,
    ACKNOWLEDGES,
    ASKS_NOT,
    CARE_REASON,
    CONFIRMS_FACT,
    GLOSSES_OVERLAP,
    GRACIOUS,
    HINTS_YES,
    HOLDS,
    JARGON,
    LECTURE,
    MOVES_ON,
    OFFERS_ALTERNATIVE,
    OWN_STRUGGLE,
    PERSONAL_REQUEST,
    REFERS_ON,
    REQUEST,
    RETURNS,
    RIGID,
    SHAMES,
    TRAINEE_CENTRED,
    VALUABLE_GIFT,
)
from roleplay.offline.cues import GIFT
from roleplay.offline.declining import DECLINES
from roleplay.offline.reading import SkillReading, quote_match
from roleplay.offline.risk import checks_safety_after_harm, ignores_harm, puts_off_harm
from roleplay.offline.text import Sentence, normalise

BOUNDARY = "boundary"
_DEMANDS = re.compile(r"\byou(?:'ll| will) (?:have|need) to\b")


def grants_request(sentences: list[Sentence], moment_or_client: object) -> bool:
    """Whether the response says yes to something outside the frame (whatever the rubric)."""
    client_text = getattr(moment_or_client, "context_text", str(moment_or_client))
    invites = getattr(moment_or_client, "invites", None)
    if not sentences or not (
        invites in {BOUNDARY, "restraint"} or REQUEST.search(normalise(client_text))
    ):
        return False
    sentences = answering_sentences(sentences)
    offer = quote_match(lx.CONTACT_OFFER, sentences)
    if offer and not lx.REFUSAL.search(offer.lower()):
        return True
    yes = quote_match(ACCEPTS, sentences[:2])
    if not yes or any(yes in s.text and CONFIRMS_FACT.search(s.norm) for s in sentences[:2]):
        return False  # "Yes, they are waiting." confirms a fact; it grants nothing
    return not any(HOLDS.search(s.norm) for s in sentences)


def hint_yes(reading: SkillReading, sentences: list[Sentence]) -> None:
    """A no with flattery or a "while" beside it: the rubric's hint of yes (HINTS_YES)."""
    if not reading.has("hints_yes") and reading.note(
        HINTS_YES, sentences, "hints_yes", "it hints the answer could be yes one day", -1.5
    ):
        reading.score = max(1.0, reading.score - 1.5)


def read_boundary(sentences: list[Sentence], client_text: str, invites: str | None) -> SkillReading:
    client = normalise(client_text)  # once: every check below reads the client's words
    asked = invites == BOUNDARY or bool(REQUEST.search(client))
    reading = SkillReading(present=False, strength=0.0, score=0.0)
    if not asked or not sentences:
        return reading
    # a gift in the client's words ("this is for you", "I got you these"), as the cues read it
    gift = bool(
        re.search(r"\b(?:gift|made|baked|biscuits|cake|card|present|brought)\b", client)
        or GIFT.search(client)
    )
    # "I got you these earrings. They're real silver.": a gift, and beyond a token
    valuable = bool(
        (gift or re.search(r"\b(?:got|bought) (?:you|u)\b|\bwant you to have\b", client))
        and VALUABLE_GIFT.search(client)
    )
    answering = answering_sentences(sentences)
    accepts = (
        quote_match(ACCEPTS, answering[:2])
        or quote_match(lx.CONTACT_OFFER, answering)
        # the thanks may follow a line or two about the gift ("Oh, Eleni. Your mother's recipe.
        # Thank you, I'll take them gladly.")
        or (quote_match(GRACIOUS, sentences[:3]) if gift or valuable else None)
    )
    personal = bool(PERSONAL_REQUEST.search(client))
    if (
        personal
        and not accepts
        and sentences
        and lx.PERSONAL_ANSWER.search(sentences[0].norm)
        and not HOLDS.search(sentences[0].norm)
        # "I'm going to leave my own life outside this room": the detail declined, not given
        # (not "I'm not seeing anyone, no, but that's not what we're here for")
        and not DECLINES.match(sentences[0].norm)
    ):
        accepts = sentences[0].text  # "Ha, no, single at the moment": the detail was given
    if accepts and (
        lx.REFUSAL.search(accepts.lower())
        # "Yes, they are waiting.": a yes that confirms a fact about someone else grants nothing
        or any(accepts in s.text and CONFIRMS_FACT.search(s.norm) for s in sentences)
        or ends_on_time(accepts, sentences)
        or any(
            accepts in s.text
            and (
                lx.REFUSAL.search(s.norm)
                or HOLDS.search(s.norm)
                or AGREES_TO_END.search(s.norm)
                or ASKS_NOT.search(s.norm)
            )
            for s in sentences
        )
    ):
        accepts = None  # "I'm not allowed to give out my number" names the number, refusing it
    holds = quote_match(HOLDS, sentences)
    if not holds and personal and not accepts:
        # a personal detail asked for and declined is the boundary held
        holds = quote_match(DECLINES, sentences)
    shames = quote_match(SHAMES, sentences)
    rigid = quote_match(RIGID, sentences) or quote_match(JARGON, sentences) or shames
    refers = quote_match(REFERS_ON, sentences)
    rigid = rigid or refers
    put_off = puts_off_harm(sentences, client)
    safety_check = checks_safety_after_harm(sentences, client)
    if not put_off and ignores_harm(sentences, client):
        # Named even where the response walks past the request: the fitted heads may still call
        # the boundary, and a disclosure of harm left unchecked is never a boundary well held
        # (level_bounds.LEVEL_CEILINGS; the rubric's "no attention to what the request meant").
        reading.add(
            "ignores_harm",
            "it leaves what they disclosed without checking they are safe",
            -2.5,
        )
    glosses = quote_match(GLOSSES_OVERLAP, sentences)
    if not (
        accepts or holds or rigid or put_off or glosses or quote_match(ACKNOWLEDGES, sentences)
    ):
        return reading  # the response walks past the request
    reading.present, reading.strength = True, 1.0
    reading.spans = [
        s
        for s in sentences
        if HOLDS.search(s.norm)
        or ACCEPTS.search(s.norm)
        or RIGID.search(s.norm)
        or lx.CONTACT_OFFER.search(s.norm)
        or GLOSSES_OVERLAP.search(s.norm)
    ] or ([s for s in sentences if s.words > 2][:1] or sentences[:1])  # quote words, not "Oh."
    score = 3.0
    if accepts and not holds:
        # a token received graciously, unless contact outside is offered with it ("Thank you! We
        # should swap numbers so you can tell me how it goes")
        offered = quote_match(lx.CONTACT_OFFER, answering)
        if offered and lx.REFUSAL.search(offered.lower()):
            offered = None
        if gift and not valuable and not offered:
            reading.add("proportionate", "you received a small gesture graciously", 1.0, accepts)
        else:
            reading.add(
                "too_loose",
                "it grants what would change the relationship",
                -2.5,
                offered or accepts,
            )
    elif holds:
        reading.add("clear", "the answer is clear", 0.5, holds)
        # Something the client can have instead, within the frame (the office, the crisis line,
        # next session): the rubric's better refusals offer one.
        reading.note(
            OFFERS_ALTERNATIVE,
            sentences,
            "offers_alternative",
            "you offered what the service can do instead",
            0.25,
        )
    elif glosses:
        reading.add(
            "glosses_overlap",
            "it waves the overlap away without agreeing how you will handle it",
            -1.5,
            glosses,
        )
    elif safety_check:
        # After a disclosure of harm, asking whether the client is safe is the first answer the
        # frame owes (offline/risk.py), not an answer left open.
        reading.add("checks_safety", "you checked their safety first", 0.5, safety_check)
    elif rigid:
        # "Physical contact with clients is not permitted": clear enough, but the rule answers
        # for the trainee; the rationale names that, not a door left open (same feature, so the
        # fitted weights read it as before).
        reading.add("unclear", "the rule gives the answer, not you", -0.75, rigid)
    elif not quote_match(AGREES_TO_END, sentences):
        # ("Okay. See you next week." ends on time: no door left open, whatever else it misses)
        reading.add("unclear", "the answer leaves the door open", -0.75)
    reading.note(
        ACKNOWLEDGES,
        sentences,
        "acknowledges_wish",
        "you acknowledged the wish warmly",
        0.75,
    )
    reading.note(
        CARE_REASON,
        sentences,
        "care_rationale",
        "you explained it in terms of the client's care",
        0.75,
    )
    if rigid:
        reading.add("too_rigid", "it leans on rules or sounds cold", -1.25, rigid)
    if holds:
        hint_yes(reading, sentences)
    reading.note(
        TRAINEE_CENTRED, sentences, "trainee_centred", "it centres your own comfort", -1.25
    )
    reading.note(
        OWN_STRUGGLE,
        sentences,
        "own_struggle",
        "it gives your own difficulty as the reason, for the client to worry about",
        -1.5,
    )
    reading.note(
        RETURNS,
        sentences[1:] or sentences,
        "returns_to_work",
        "you brought it back to the work",
        0.5,
    )
    if refers:
        reading.add(
            "refers_on",
            "it ends or moves the work over an overlap that could be managed",
            -1.5,
            refers,
        )
    if put_off:
        reading.add(
            "puts_off_harm",
            "it puts off what they disclosed without checking they are safe",
            -2.5,
            put_off,
        )
    warm = ("acknowledges_wish", "care_rationale", "returns_to_work")
    lecture = quote_match(JARGON, sentences) or quote_match(LECTURE, sentences) or refers
    # "You'll need to keep checking your texts from the office" tells them what to do; it
    # offers nothing, whatever it names.
    offers = bool(
        OFFERS_ALTERNATIVE.search(
            " ".join(s.norm for s in sentences if not _DEMANDS.search(s.norm))
        )
    )
    warmth = [name for name in warm if reading.has(name)]
    if warmth == ["returns_to_work"] and all(
        MOVES_ON.search(s.norm) for s in sentences if s.is_question
    ):
        warmth = []  # "...isn't appropriate, I'm afraid. Shall we continue?" moves on, coldly
    if (lecture or shames) and not warmth and (shames or not offers):
        reading.add("cold_rule", "a lecture or rule with no warmth and no reason about them", -0.5)
    elif (
        holds
        and sum(s.words for s in sentences) <= 15
        and not any(reading.has(name) for name in warm)
        and not any(s.is_question for s in sentences)
        and not offers
    ):
        # "I'd prefer not to." A clear no, but curt: nothing for the client to hold on to ("the
        # office will ring you" gives them something).
        reading.add("curt", "a bare no, with no warmth or reason", 0.0)

    reading.score = max(1.0, min(5.0, score + sum(f.effect for f in reading.features)))
    return reading
