"""The readers of the `relationship-boundaries` criteria in the reading context: boundary,
rupture repair, declining and contracting. Each adapts its reader (boundary.py, rupture.py,
declining.py, contracting.py) to what the moment shows and how the response answers a request;
the registry in criteria.py names them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from roleplay.domain.common import IMMEDIACY
from roleplay.offline import lexicon as lx
from roleplay.offline.answer import REFUSAL, answering_sentences, without_suggestions
from roleplay.offline.boundary import hint_yes, read_boundary
from roleplay.offline.boundary_words import CONFIRMS_FACT, HOLDS, REFLECTS_WISH
from roleplay.offline.client_line import asks_follow_up
from roleplay.offline.contracting import CONTRACTING, loosens_terms, read_contracting
from roleplay.offline.contracting_words import explores_only
from roleplay.offline.cues import WITHDRAWAL
from roleplay.offline.declining import read_declining
from roleplay.offline.disclosure_presence import answers_personal_question
from roleplay.offline.helping import CORRECTS, EXCUSE
from roleplay.offline.immediacy import PRESENCE_THRESHOLD as IMMEDIACY_THRESHOLD
from roleplay.offline.reading import SkillReading, drop_features, quote_match
from roleplay.offline.rupture import RUPTURE, read_rupture
from roleplay.offline.rupture_moves import moves_past, takes_marker_up
from roleplay.offline.text import normalise

if TYPE_CHECKING:
    from roleplay.offline.criteria import ReadingContext


def boundary_reading(ctx: ReadingContext) -> SkillReading:
    reading = read_boundary(
        [without_suggestions(s) for s in ctx.sentences],
        ctx.text,
        ctx.invites if ctx.asked_outside_frame else None,
    )
    answer = ctx.answer
    if not ctx.asked_outside_frame:
        return SkillReading(present=False, strength=0.0, score=0.0)
    if (
        not reading.present
        and ctx.sentences
        and (
            not answering_sentences(ctx.sentences)
            # "Would it really be easier?", "Can't we?": only questions, and none grants or
            # refuses; the press is handed back, not answered ("Shall we just sit together
            # instead?" offers something in its place, and is left to the heads)
            or (
                all(s.is_question for s in ctx.sentences)
                and answer.kind == "none"
                and not any(_OFFERS_INSTEAD.search(s.norm) for s in ctx.sentences)
            )
        )
    ):
        # Only questions about what the wish means: the press is explored, not answered
        # (corpus ruling O: boundary null), however the heads would read its words.
        return SkillReading(
            present=False, strength=0.0, score=0.0, veto="explores the request without answering"
        )
    if answer.kind in {"hedged_grant", "deferred"} and not _wish_reflected(ctx, answer.quote):
        what = "a yes with a hedge" if answer.kind == "hedged_grant" else "a yes for later"
        reading = SkillReading(present=True, strength=1.0, score=1.5)
        reading.spans = [s for s in ctx.sentences if answer.quote and answer.quote in s.text]
        reading.add(
            answer.kind, f"it is {what}, which changes the relationship", -2.0, answer.quote
        )
        return reading
    if (
        answer.kind == "granted"
        and answer.quote
        and not any(answer.quote in s.text and CONFIRMS_FACT.search(s.norm) for s in ctx.sentences)
        and not reading.has("proportionate")
        and not reading.has("clear")
        and not any(_refuses(s.norm) for s in ctx.sentences)
    ):
        # A yes to a favour, an offer or contact ("Saturday's fine, I'll bring it round").
        reading.present, reading.strength = True, 1.0
        reading.spans = reading.spans or [s for s in ctx.sentences if answer.quote in s.text]
        drop_features(reading, {"clear", "unclear", "too_loose"})
        reading.add("too_loose", "it grants what would change the relationship", -2.5, answer.quote)
        reading.score = max(1.0, min(5.0, reading.score - 2.5))
        return reading
    bare_no = answer.kind == "refused" and normalise(answer.quote or "").strip(" ,.!") == "no"
    waiver = loosens_terms(ctx.sentences) if bare_no else None
    if bare_no and reading.has("too_loose") and not reading.has("clear"):
        # "No, no, we can stay on a bit longer": the "no" answers "have I kept you?" and the
        # rest grants it; the reader's yes stands.
        return reading
    if waiver:
        # "No, of course not, I won't charge you": the "no" answers "am I going to be charged?"
        # and the waiver grants the press on the agreed fee (boundary 1, the rota exemplar).
        reading.present, reading.strength = True, 1.0
        reading.spans = reading.spans or [s for s in ctx.sentences if waiver in s.text]
        if not reading.has("too_loose"):
            drop_features(reading, {"clear", "unclear"})
            reading.add("too_loose", "it grants what would change the relationship", -2.5, waiver)
            reading.score = max(1.0, min(5.0, reading.score - 2.5))
        return reading
    if answer.kind == "refused":
        if not reading.present:
            reading.present, reading.strength = True, 1.0
            reading.spans = [s for s in ctx.sentences if answer.quote and answer.quote in s.text]
            reading.score = 3.0
        drop_features(reading, {"too_loose", "unclear", "proportionate"})
        if not reading.has("clear"):
            reading.add("clear", "the answer is clear", 0.5, answer.quote)
            reading.score = min(5.0, reading.score + 0.5)
    if not reading.has("too_loose"):
        # (also where only the heads will find the no: "...But I'm your therapist, so no.")
        hint_yes(reading, ctx.sentences)
    return reading


_OFFERS_INSTEAD = re.compile(r"\b(?:instead|rather|shall we|how about|what about)\b")


def _refuses(norm: str) -> bool:
    """A refusal in either reading of one (the request answer's and the lexicon's)."""
    return bool(REFUSAL.search(norm) or lx.REFUSAL.search(norm))


def _wish_reflected(ctx: ReadingContext, quote: str | None) -> bool:
    """The words read as "yes, later" sit in the client's wish put back to them ("I can hear how
    much you'd like to keep a thread after we finish"), and another sentence says no: the
    reflection names the wish and promises nothing."""
    if not quote:
        return False
    home = [s for s in ctx.sentences if quote in s.text]
    return (
        bool(home)
        and all(REFLECTS_WISH.search(s.norm) for s in home)
        and any(s not in home and (_refuses(s.norm) or HOLDS.search(s.norm)) for s in ctx.sentences)
    )


def strained_between_you(ctx: ReadingContext) -> bool:
    """A strain between client and trainee (the rubric's markers: a complaint, a withdrawal at a
    moment about the relationship), not any pause or "it's fine": a client trailing off about
    her mother or her diagnosis has not withdrawn from the trainee. Within the heads' gate, by
    construction."""
    return (
        ctx.invites == RUPTURE
        or strain_in_line(ctx)
        or (ctx.cues.withdrawal and ctx.invites == IMMEDIACY)
    )


def strain_in_line(ctx: ReadingContext) -> bool:
    """The client's own line complains, appeases, is let down or charges the trainee (cues.py)."""
    cues = ctx.cues
    return cues.complaint or cues.appeasing or cues.let_down or cues.charged


NO_UPTAKE = "it leaves the strain untouched"
# Words that bring the trainee or the client's own words into the reply: without any of them a
# reply at a strain marker talks only of something else ("How was your week?", "Four hours. Is
# that every night?"). Where the reader found no repair but a reply has them, the heads decide:
# a repair the reader missed ("I opened with a rulebook...") must never be told it did none.
_ENGAGES = re.compile(
    r"\b(?:i|i'm|i've|i'd|i'll|me|my|mine|myself|we|we're|we've|we'll|us|our)\b|"
    r"\byou (?:said|say|says|mean|felt|feel|feeling|sound|seem|told)\b|\bsounds? like\b|"
    r"\bmust (?:be|have|feel)\b|\bhear (?:you|that)\b"
)


def _no_uptake(ctx: ReadingContext) -> SkillReading:
    """A reply to a strain marker that neither names nor takes up the strain ("How was your
    week?" to "You did it again"): repair not attempted, which the rubric scores at the low end
    (1-2), not "not in play" (rubric v2, applies_when). Not `present`: no repair was found; the
    heads decide from the moment, and the rationale quotes the words that moved on."""
    first = ctx.sentences[0] if ctx.sentences else None
    reading = SkillReading(present=False, strength=0.0, score=0.0)
    if first is not None:
        reading.spans = [first]
    reading.opener = f"Repair not attempted: {NO_UPTAKE}, moving on with "
    reading.add("no_uptake", NO_UPTAKE, -1.0, first.text if first else None)
    return reading


def rupture_reading(ctx: ReadingContext) -> SkillReading:
    reading = _rupture_reading(ctx)
    if (ctx.invites == RUPTURE or strain_in_line(ctx)) and not reading.veto:
        # a named feature for the heads: the moment or the client's own line carries a strain
        # marker, so by rubric v2 any reply to it is scored (W's convention), whatever the
        # reply's own words (a withdrawal alone is left to the heads: "weeping quietly" is grief)
        reading.add("strain_marker", "the client's turn carries a strain marker", 0.0)
    return reading


def _rupture_reading(ctx: ReadingContext) -> SkillReading:
    # Withdrawal shown in the client's manner (late, coat on, looking away), not a word in their
    # line: "He thinks it's fine" reports someone else and strains nothing.
    shown = ctx.moment.cue and WITHDRAWAL.search(normalise(ctx.moment.cue))
    # the reader also reads a repair where the client's own line complains, appeases or rates
    # the sessions lukewarm (cues.py), not only where the scenario marked the moment or the cue
    # shows a withdrawal ("He thinks it's fine" reports someone else: no marker)
    reading = read_rupture(
        ctx.sentences,
        ctx.text,
        ctx.invites,
        bool(shown) or strain_in_line(ctx),
    )
    untouched = not reading.present and max(ctx.relational, default=0.0) < IMMEDIACY_THRESHOLD
    if untouched and moves_past(ctx.sentences) and takes_marker_up(ctx.sentences):
        # "Okay, let's try something else then" moves on but takes the marker up first
        # (accepting or adjusting is rupture repair 2-3): left to the heads, named.
        reading.add("moves_past", "it moves on past the strain", 0.0)
        return reading
    # (not in a question, nor beside the trainee's own part owned or the client's experience
    # asked: "I said I'd ring and I didn't... What did you make of it when the phone didn't go?"
    # and "I did mention the time just then, and I wonder if that made it feel..." explain
    # nothing away)
    owned = any(
        reading.has(n) for n in ("takes_responsibility", "names_own_part", "explores_experience")
    )
    stated = [] if owned else [s for s in ctx.sentences if "?" not in s.text]
    excuse = quote_match(EXCUSE, stated)
    corrects = None if excuse else quote_match(CORRECTS, stated)
    if (
        untouched
        and not corrects
        and strained_between_you(ctx)
        and (moves_past(ctx.sentences) or not any(_ENGAGES.search(s.norm) for s in ctx.sentences))
    ):
        return _no_uptake(ctx)
    strained = ctx.invites == RUPTURE or ctx.cues.complaint
    if (excuse or corrects) and strained:
        said = EXCUSE if excuse else CORRECTS
        if not reading.present:
            reading.present, reading.strength, reading.score = True, 1.0, 2.5
            reading.spans = [s for s in ctx.sentences if said.search(s.norm)]
            reading.opener = "You answered the strain with an explanation: "
        if excuse:
            reading.add("excuse", "it explains it away instead of hearing them", -1.5, excuse)
        else:
            reading.add("corrects", "it corrects or explains before hearing them", -1.5, corrects)
        reading.score = max(1.0, min(5.0, reading.score - 1.5))
    return reading


def declining_reading(ctx: ReadingContext) -> SkillReading:
    answered = answers_personal_question(ctx.sentences, ctx.text)
    # "Did it work out? Because if yours did...": asked about the trainee's life, though the
    # moment's cue leaves it out (as a cue it cost immediacy; here it only lets a decline count)
    asked = ctx.cues.personal_question or asks_follow_up(normalise(ctx.text))
    return read_declining(ctx.sentences, asked, answered)


def contracting_reading(ctx: ReadingContext) -> SkillReading:
    asked = ctx.invites == CONTRACTING or ctx.cues.terms
    reading = read_contracting(ctx.sentences, asked, ctx.asked_outside_frame)
    if asked and not reading.present and explores_only(ctx.sentences):
        # "What worries you most about her hearing?": the worry about the terms explored, no
        # term stated or discussed (rubric v2 applies_when: not in play).
        return SkillReading(
            present=False, strength=0.0, score=0.0, veto="reflects or asks; states no term"
        )
    return reading
