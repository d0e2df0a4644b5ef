"""The offline scorer: named feature readers, fitted weights, and feedback that quotes the trainee.

How a response is read (see criteria.py, features.py, model.py):
1. Text addressed to the evaluator is set aside first and never counts (guard.py).
2. The current moment's cues (a personal question, a request for contact, a romantic
   declaration, a complaint, a silence) are read from the client's line and cue *now*.
3. Each criterion of the rubric has a reader in the registry: it finds the skill's spans and
   named features with the exact words found (first-person disclosure, tense and resolution,
   focus handed back, advice through one's story; relationship talk, tentative and owned
   language, accusation, dodging a question; refusals, deferrals and hedged grants...).
4. The fitted heads (weights shipped as JSON, fitted by scripts/fit_judge.py) decide whether the
   skill was used and at what level, from those features crossed with what the moment invites.
   The rationale names what moved the score; near a decision boundary it says it is unsure.

Limits, honestly: it reads words, not meaning. Irony, unusual phrasing, languages other than
English, and whether a disclosure is *true* or *wise for this client* are beyond it. Its scores
are practice feedback, not grades: use an LLM judge or a supervisor for grading.
"""

from __future__ import annotations

from roleplay.domain.common import IMMEDIACY, RESTRAINT, SELF_DISCLOSURE
from roleplay.domain.moment import MAX_RESPONSE_CHARS, Moment
from roleplay.domain.rubric import Criterion, Rubric
from roleplay.domain.session import CriterionResult, Evaluation
from roleplay.errors import ResponseTooLong
from roleplay.offline.criteria import READERS, CriterionReader, ReadingContext, build_context
from roleplay.offline.declining import DECLINING
from roleplay.offline.disclosure import PAST_TENSE
from roleplay.offline.features import vector
from roleplay.offline.feedback_text import (
    CHECK_ALIASES,
    FEATURE_CHECKS,
    PRACTICE_NOTE,
    clip,
    invited_hint,
    said_as,
)
from roleplay.offline.guard import split_injection
from roleplay.offline.level_bounds import bounded_level
from roleplay.offline.level_reasons import MIN_SAID, name_capping_faults
from roleplay.offline.model import (
    HARM,
    UNSURE_LEVEL,
    UNSURE_PROBABILITY,
    Weights,
    shipped_weights,
    sure_used,
)
from roleplay.offline.moves import response_moves, restraint_of, what_broke_it
from roleplay.offline.next_step import hold_back_from, try_line
from roleplay.offline.reading import SkillReading
from roleplay.offline.relational_questions import DIRECT_ANSWER
from roleplay.offline.rupture import RUPTURE
from roleplay.offline.text import Sentence, split_sentences
from roleplay.offline.verdict import Verdict

SCORER_VERSION = "offline-2"
MAX_QUOTE = 200


def score_response(
    rubric: Rubric, moment: Moment, response: str, weights: Weights | None = None
) -> Evaluation:
    """Evaluate one response against every criterion of `rubric`. Pure and deterministic.

    Raises ResponseTooLong past MAX_RESPONSE_CHARS (every entry point checks first and says so).
    """
    if len(response) > MAX_RESPONSE_CHARS:
        raise ResponseTooLong(len(response), MAX_RESPONSE_CHARS)
    weights = weights or shipped_weights()
    sentences, ignored = split_injection(split_sentences(response))
    ctx = build_context(moment, sentences)
    notes = []
    if ignored:
        notes.append(
            f"Text addressed to the evaluator was ignored: \u201c{clip(ignored[0].text)}\u201d."
        )
    verdicts: dict[str, Verdict] = {}
    criteria: dict[str, CriterionResult] = {}
    for criterion in rubric.criteria:
        reader = READERS.get(criterion.id)
        if reader is None:
            criteria[criterion.id] = CriterionResult(
                applicable=False,
                rationale="The offline engine does not score this criterion; use an LLM judge.",
            )
            continue
        verdict = _decide(reader, ctx.reading(criterion.id), ctx, weights)
        verdicts[criterion.id] = verdict
        criteria[criterion.id] = _result(criterion, verdict, rubric, ctx, notes)
    moves = response_moves(verdicts, ctx)
    return Evaluation(
        judge="offline",
        rubric_id=rubric.id,
        rubric_version=rubric.version,
        criteria=criteria,
        prompt_version=SCORER_VERSION,
        weights=weights.label,
        moves=moves,
        restraint=restraint_of(verdicts, ctx, moves),
    )


def feature_vectors(rubric: Rubric, moment: Moment, response: str) -> dict[str, dict[str, float]]:
    """Per criterion, the feature vector its fitted heads read (what scripts/fit_judge.py fits)."""
    return {cid: x for cid, (x, _) in gated_feature_vectors(rubric, moment, response).items()}


def gated_feature_vectors(
    rubric: Rubric, moment: Moment, response: str
) -> dict[str, tuple[dict[str, float], bool]]:
    """Per criterion, its feature vector and whether the gate before the heads is closed.

    A closed gate (a veto, or a criterion the moment does not call for and the response does not
    do) decides "not used" before any weight is read, as `_decide` does; fitting leaves those rows
    out of the used head and counts them as "not used", so cross-validation measures the judge
    that runs.
    """
    sentences, _ = split_injection(split_sentences(response[:MAX_RESPONSE_CHARS]))
    ctx = build_context(moment, sentences)
    out = {}
    for criterion in rubric.criteria:
        reader = READERS.get(criterion.id)
        if reader is not None:
            reading = ctx.reading(criterion.id)
            out[criterion.id] = (
                vector(reading, ctx, criterion.id),
                _gate_closed(reader, reading, ctx),
            )
    return out


def _gate_closed(reader: CriterionReader, reading: SkillReading, ctx: ReadingContext) -> bool:
    opens = reader.gate or reader.in_play
    return bool(reading.veto) or not (reading.present or opens(ctx))


def _decide(
    reader: CriterionReader, reading: SkillReading, ctx: ReadingContext, weights: Weights
) -> Verdict:
    model = weights.model(reader.id)
    rule_level = 1 + round(max(0.0, min(4.0, (reading.score or 3.0) - 1.0)))
    rule_moved = [(f.label, f.effect, f.quote) for f in reading.features]
    if model is None:  # not fitted: the rule reading, as read
        unsure = None
        if reading.present and reading.strength < 0.7:
            unsure = "it is not sure this counts as using the skill"
        # The rule score is continuous; map it as the rubric scale maps a 0..1 judgement.
        return Verdict(reader, reading, reading.present, float(rule_level), rule_moved, unsure)
    if _gate_closed(reader, reading, ctx):
        # Vetoed, or a criterion this moment does not call for and the response does not do:
        # not used, whatever the weights would say (and no time spent asking them).
        return Verdict(reader, reading, False, float(rule_level), rule_moved, None)
    x = vector(reading, ctx, reader.id)
    unsure = None
    if model.fitted_used:
        probability = model.probability(x)
        sure = sure_used(x, model.sure, reader.id)
        threshold = model.threshold_for(x)
        used = probability >= threshold or sure
        if abs(probability - threshold) < UNSURE_PROBABILITY and not sure:
            unsure = f"it is unsure whether this counts as using the skill (P = {probability:.2f})"
    else:
        used = reading.present
    if not model.fitted_level:
        return Verdict(reader, reading, used, float(rule_level), rule_moved, unsure)
    fitted_level, margin = model.level_of(model.level.raw(x))
    level = bounded_level(reader.id, x, fitted_level)
    # What each feature found moved the level by, in the fitted model: its effect through the
    # rule reading (rule.level is half the sum of the rule effects) plus its own fitted weight.
    # Kept only where it agrees in sign with the reader's own effect: the rationale never tells
    # a trainee that a move the rubric credits took away, or that a named fault helped (thin
    # data can pull a weight the wrong way), so such a move is left unsaid, not said backwards.
    through_rule = model.level.weights.get("rule.level", 0.0) / 2.0
    moved: list[tuple[str, float, str | None]] = []
    for f in reading.features:
        if f.effect == 0:
            continue  # a marker for the heads ("every mark of level 5"), not a move with a sign
        effect = f.effect * through_rule + model.level.weights.get(f"f.{f.name}", 0.0)
        if f.effect <= HARM:
            # a harm the rubric names is said, however little its own weight moved the level:
            # a low score must come with its reason
            effect = min(effect, -MIN_SAID)
        if f.effect * effect >= 0:
            moved.append((f.label, effect, f.quote))
    moved.sort(key=lambda item: -abs(item[1]))
    moved = name_capping_faults(reader.id, reading, moved, fitted_level, level)
    moved = [item for item in moved if abs(item[1]) >= MIN_SAID]
    if unsure is None and used and margin < UNSURE_LEVEL:
        unsure = f"the reading is close to the line between two levels ({level} given)"
    return Verdict(reader, reading, used, float(level), moved, unsure)


def _result(
    criterion: Criterion,
    verdict: Verdict,
    rubric: Rubric,
    ctx: ReadingContext,
    notes: list[str],
) -> CriterionResult:
    reader, reading = verdict.reader, verdict.reading
    in_play = reader.in_play(ctx) or verdict.used
    if not verdict.used:
        rationale = _absent_rationale(reader, ctx, in_play)
        suggestion = None
        if ctx.invites == reader.id:
            declined = reader.id == SELF_DISCLOSURE and ctx.reading(DECLINING).has("declines")
            suggestion = invited_hint(reader, ctx.cues, declined)
        elif ctx.invites == RESTRAINT and reader.id == SELF_DISCLOSURE and ctx.breakers:
            suggestion = hold_back_from(ctx.breakers[0][0])
        return CriterionResult(
            applicable=False,
            rationale=" ".join([*notes, rationale]),
            suggestion=suggestion,
            in_play=in_play,
        )
    score = rubric.scale.from_unit((round(verdict.level) - 1) / 4)
    outcome_unit = rubric.scale.to_unit(score)
    said = _present_rationale(verdict, ctx)
    suggestion, fault = try_line(
        reader,
        reading,
        outcome_unit >= 0.75,
        asked=any("?" in s.text for s in ctx.sentences),
        questioned=ctx.cues.personal_question,
        focus_on_client=(
            ("declaration" if ctx.cues.romantic else "restraint")
            if reader.id == IMMEDIACY and (ctx.invites == RESTRAINT or ctx.cues.romantic)
            else None
        ),
    )
    parts = [*notes, said]
    if fault is not None and said_as(fault.label) not in said:
        # The Try line fixes a fault the words above never named (the fitted level did not move
        # on it): say what it is, without claiming it moved the score.
        parts.append(f"Worth changing: {said_as(fault.label)}.")
    if verdict.unsure:
        parts.append(f"The offline judge is unsure here: {verdict.unsure}; read it as a hint.")
    return CriterionResult(
        applicable=True,
        score=score,
        rationale=" ".join(parts),
        evidence=_evidence(reading, verdict),
        suggestion=suggestion,
        checks=_checks(criterion, reading),
        in_play=True,
        unsure=verdict.unsure is not None,
    )


def _checks(criterion: Criterion, reading: SkillReading) -> dict[str, bool]:
    known = {check.id for check in criterion.checks}
    answers: dict[str, bool] = {}
    for feature in reading.features:
        for check, answer in (
            FEATURE_CHECKS.get(feature.name, (feature.name, True)),
            CHECK_ALIASES.get(feature.name, (feature.name, True)),
        ):
            if check in known:
                answers[check] = answer
                break
    return answers


def _absent_rationale(reader: CriterionReader, ctx: ReadingContext, in_play: bool) -> str:
    if not in_play:
        return reader.not_in_play
    if ctx.invites == reader.id:
        return f"{reader.not_used} This moment invited it."
    if ctx.invites == RESTRAINT and reader.id in {SELF_DISCLOSURE, IMMEDIACY}:
        if ctx.breakers:
            # Advice or reassurance is not holding back: never call it a fit (issue 10, class 3).
            return (
                f"{reader.not_used} This moment called for holding back, but you "
                f"{what_broke_it(ctx)}."
            )
        return f"{reader.not_used} This moment called for holding back, so that fits."
    return reader.not_used


def _leading_span(verdict: Verdict, ctx: ReadingContext) -> Sentence:
    """The sentence the rationale quotes: for immediacy the one that speaks most plainly about
    the two of them ("I noticed you looked at the clock just then" over an opening "Not at
    all"), for rupture repair the one with its strongest step, otherwise the reader's first."""
    spans = verdict.reading.spans
    if len(spans) < 2:
        return spans[0]
    if verdict.reader.id == RUPTURE:
        # the sentence that holds the strongest step of the repair ("that's on me") over an
        # opening "That makes sense."
        steps = [
            (f.effect, s)
            for f in verdict.reading.features
            if f.effect > 0 and f.quote
            for s in spans
            if f.quote in s.text
        ]
        return max(steps, key=lambda step: step[0])[1] if steps else spans[0]
    if verdict.reader.id != IMMEDIACY:
        return spans[0]
    weight = {id(s): w for s, w in zip(ctx.sentences, ctx.relational, strict=True)}
    # On a tie, an opening answer to the client's question ("Not at all") gives way to the talk
    # about the two of them that follows it.
    return max(spans, key=lambda s: (weight.get(id(s), 0.0), not DIRECT_ANSWER.search(s.norm)))


def _quoted(opener: str, text: str) -> str:
    quoted = clip(text)
    stop = "" if quoted.endswith((".", "!", "?", "\u2026")) else "."
    return f"{opener}\u201c{quoted}\u201d{stop}"


_SAID_BY = {
    "it hands the client your own distress to manage": (
        "it hands the client your distress at what they told you"
    ),
}


def _present_rationale(verdict: Verdict, ctx: ReadingContext) -> str:
    reading = verdict.reading
    opener = reading.opener or verdict.reader.opener
    if reading.spans and not reading.present:
        # The words that moved on from what the moment called for ("Repair not attempted: ...
        # moving on with ..."): the opener says what scored it; there is no skill to credit.
        return _quoted(opener, reading.spans[0].text)
    if not reading.spans and verdict.reader.unread_low and round(verdict.level) <= 2:
        # scored low with none of the skill's words found (CriterionReader.unread_low)
        parts = [verdict.reader.unread_low]
    elif reading.spans:
        parts = [_quoted(opener, _leading_span(verdict, ctx).text)]
    else:
        # The heads found the skill where the reader found no words to point to: say so, rather
        # than quote the first sentence as if it were the evidence.
        parts = [
            "The offline judge reads the skill in the reply as a whole, at this moment, without "
            "a phrase it can point to."
        ]
    # (what the opener already says is no quality of the reply: "You set out the terms: ..." is
    # not followed by "What worked: you set out the terms", least of all on a harmful reply)
    named = opener.strip().rstrip(":").lower()
    # Nor is the manner of a sentence that harms ("I notice you always make jokes to deflect" is
    # no credit for owning or tentativeness): a credit quoted inside a harm's quote goes unsaid.
    harmed = [f.quote for f in reading.features if f.effect <= HARM and f.quote]
    # (the past tense feeds the heads but is never told as what worked: disclosure.PAST_TENSE)
    credited = [m for m in verdict.moved if m[0] != PAST_TENSE]
    good = [
        said_as(label)
        for label, effect, quote in credited
        if effect > 0
        and said_as(label).lower() != named
        and not (quote and any(quote in harm for harm in harmed))
    ]
    bad = [said_as(label) for label, effect, _ in verdict.moved if effect < 0]
    # (a harm said in two readings, one the narrower: "your distress at what they told you" says
    # all that "your own distress to manage" would)
    bad = [b for b in bad if not any(b != o and _SAID_BY.get(b) == o for o in bad)]
    if good:
        parts.append("What worked: " + "; ".join(good[:3]) + ".")
    if bad:
        parts.append("What took away: " + "; ".join(bad[:3]) + ".")
    top = next(((label, e, q) for label, e, q in credited if q), None)
    if top:
        sign = "+" if top[1] > 0 else "\u2212"
        said = said_as(top[0])
        parts.append(
            f"Moved most by: {said} ({sign}{abs(top[1]):.1f}, \u201c{clip(top[2])}\u201d)."
        )
    return " ".join(parts)


def _evidence(reading: SkillReading, verdict: Verdict) -> list[str]:
    quotes: list[str] = [clip(span.text) for span in reading.spans[:2]]
    for _, _, quote in verdict.moved:
        if quote and not any(quote in q for q in quotes):
            quotes.append(clip(quote))
    for feature in reading.features:
        if feature.quote and not any(feature.quote in q for q in quotes):
            quotes.append(clip(feature.quote))
    return quotes[:4]


__all__ = ["MAX_QUOTE", "PRACTICE_NOTE", "SCORER_VERSION", "score_response"]
