"""The offline scorer: an explainable feature model of self-disclosure and immediacy.

Features read (see lexicon.py for the words behind each):
- self-disclosure: first-person clauses that report the helper's life (helping acts such as "I'm
  sorry", "I wonder", "I'd suggest" excluded); brevity; past tense and signs of resolution; current,
  unresolved struggle; intimacy; one-upping; advice through one's own story; therapist-centred
  content; the focus handed back to the client; a normalising or validating aim; overlap with what
  the client said; over-identification; whether the moment invited disclosure at all.
- immediacy: references to the trainee-client relationship in the present ("between us", "what I
  said just now", "angry with me"); owned observations of the client in the moment; tentative and
  owned language; an invitation to the client's view; a marker in the client's words or cue;
  accusation, the therapist's own needs, boundary crossings and defensiveness; taking one's part.
- text addressed to the evaluator is set aside first and never counts.

Each present skill starts at a neutral score and every feature found moves it; the result maps onto
the rubric's scale and its level descriptor. Evidence quotes are exact substrings of the response.

Limits, honestly: it reads words, not meaning. Irony, unusual phrasing, disclosures without first-
person words ("same here"), languages other than English, and whether a disclosure is *true* or
*wise for this client* are beyond it. It cannot judge tone of voice or timing across a whole
session. Treat its scores as a practice signal; use an LLM judge or a supervisor for grading.
"""

from __future__ import annotations

from roleplay.domain.common import IMMEDIACY, RESTRAINT, SELF_DISCLOSURE
from roleplay.domain.moment import MAX_RESPONSE_CHARS, Moment
from roleplay.domain.rubric import Criterion, Rubric
from roleplay.domain.session import CriterionResult, Evaluation, Restraint, outcome_of
from roleplay.errors import ResponseTooLong
from roleplay.offline.boundary import BOUNDARY, grants_request, read_boundary
from roleplay.offline.disclosure import read_disclosure
from roleplay.offline.guard import split_injection
from roleplay.offline.immediacy import PRESENCE_THRESHOLD as IMMEDIACY_THRESHOLD
from roleplay.offline.immediacy import read_immediacy
from roleplay.offline.immediacy import strengths as immediacy_strengths
from roleplay.offline.reading import SkillReading
from roleplay.offline.rupture import RUPTURE, read_rupture
from roleplay.offline.text import split_sentences

SCORER_VERSION = "offline-1"
MAX_QUOTE = 200

_SUGGESTIONS = {
    "one_upping": "Drop the comparison: say what you share, not whose was worse, then ask about "
    "theirs.",
    "therapist_centred": "Choose something you have worked through, so the client never has to "
    "look after you.",
    "current": "Disclose something past and resolved, not something you are still in the middle "
    "of.",
    "advice": "Keep your story as a story: instead of 'you should', ask what might fit for them.",
    "long": "Keep a disclosure to one or two sentences, then turn back to the client.",
    "focus_kept": "End by handing the focus back, e.g. 'What has it been like for you?'",
    "focus_unclear": "Close with a question about the client's experience so the focus returns "
    "to them.",
    "intimate": "Share less: the fact of a similar experience is usually enough.",
    "uninvited": "This moment called for holding back: acknowledge the question warmly and "
    "return to the client without disclosing.",
    "over_identifies": "Say what is similar without claiming it is the same: 'something like "
    "that', not 'exactly'.",
    "longish": "Trim the disclosure to its core and give the rest of the turn to the client.",
    "accusatory": "Describe what you notice without blame, tentatively: 'I notice ... I wonder "
    "what is happening for you?'",
    "therapist_need": "Keep your own needs out: focus on what the moment is like for the client.",
    "boundary_crossing": "Hold the frame: express care through the work, not through a personal "
    "relationship.",
    "defensive": "Instead of defending yourself, get curious: 'Tell me more about how that "
    "landed for you.'",
    "no_invitation": "Finish with an invitation: 'How is it for you to hear that?'",
    "unprompted": "Save relationship talk for a marker (a silence, a complaint, a strong reaction) "
    "in the room.",
    "no_return": "Turn back to the client at the end.",
    "too_loose": "Decline what would change the relationship, warmly, and say why it protects "
    "their care.",
    "too_rigid": "Drop the policy language: say what the limit protects for them, and stay warm.",
    "trainee_centred": "Give the reason in terms of the client's care, not your comfort.",
    "unclear": "Make the answer clear so they know what will and will not happen.",
    "defends_or_blames": "Before explaining, ask what it was like for them; take your share.",
    "collapses": "One plain apology is enough; then turn to their experience.",
    "glosses": "Name what happened between you and ask how it was for them.",
}
_STRONG_NEXT = {
    BOUNDARY: "Well held. Keep the warmth and the reason about their care.",
    RUPTURE: "Well repaired. Check back later in the session on how it has landed.",
    SELF_DISCLOSURE: "Well judged. Keep disclosures this brief and keep handing the focus back.",
    IMMEDIACY: "Well judged. After the client answers, stay with what they say about the two of "
    "you.",
}
_ABSENT_INVITED = {
    BOUNDARY: "The client asked for something outside the frame: answer it warmly and clearly, "
    "with a reason about their care, then return to the work.",
    RUPTURE: "Something strained between you: name it, ask how it was for them, and take your "
    "share before moving on.",
    SELF_DISCLOSURE: "The client asked to know you a little: a brief, past disclosure that turns "
    "back to them ('I have lost someone too, so I know a little of how heavy it "
    "is. What has it been like for you?') may help here.",
    IMMEDIACY: "There was a marker in the room: try naming it tentatively and asking about it, "
    "e.g. 'I notice you went quiet just now. I wonder what happened for you?'",
}


def score_response(rubric: Rubric, moment: Moment, response: str) -> Evaluation:
    """Evaluate one response against every criterion of `rubric`. Pure and deterministic.

    Raises ResponseTooLong past MAX_RESPONSE_CHARS (every entry point checks first and says so).
    """
    if len(response) > MAX_RESPONSE_CHARS:
        raise ResponseTooLong(len(response), MAX_RESPONSE_CHARS)
    sentences, ignored = split_injection(split_sentences(response))
    relational = immediacy_strengths(sentences, moment.client_line)
    in_session = [w >= IMMEDIACY_THRESHOLD for w in relational]
    readings: dict[str, SkillReading] = {
        SELF_DISCLOSURE: read_disclosure(
            sentences, moment.context_text, moment.invites, in_session
        ),
        IMMEDIACY: read_immediacy(sentences, moment.context_text, moment.invites, relational),
    }
    ids = set(rubric.criterion_ids)
    if BOUNDARY in ids:
        readings[BOUNDARY] = read_boundary(sentences, moment.context_text, moment.invites)
    if RUPTURE in ids:
        readings[RUPTURE] = read_rupture(sentences, moment.context_text, moment.invites)
    granted = grants_request(sentences, moment)
    notes = []
    if ignored:
        notes.append(
            f"Text addressed to the evaluator was ignored: \u201c{_clip(ignored[0].text)}\u201d."
        )
    criteria: dict[str, CriterionResult] = {}
    for criterion in rubric.criteria:
        reading = readings.get(criterion.id)
        if reading is None:
            criteria[criterion.id] = CriterionResult(
                applicable=False,
                rationale="The offline engine does not score this criterion; use an LLM judge.",
            )
            continue
        criteria[criterion.id] = _result(criterion, reading, rubric, moment, notes)
    evaluation = Evaluation(
        judge="offline",
        rubric_id=rubric.id,
        rubric_version=rubric.version,
        criteria=criteria,
        prompt_version=SCORER_VERSION,
        moves=_moves(readings, moment, granted),
        restraint=_restraint(readings, moment, granted),
    )
    return evaluation


def _result(
    criterion: Criterion, reading: SkillReading, rubric: Rubric, moment: Moment, notes: list[str]
) -> CriterionResult:
    skill = criterion.id
    if not reading.present:
        rationale = _absent_rationale(skill, moment)
        suggestion = _ABSENT_INVITED.get(skill) if moment.invites == skill else None
        return CriterionResult(
            applicable=False, rationale=" ".join([*notes, rationale]), suggestion=suggestion
        )
    score = rubric.scale.from_unit((reading.score - 1) / 4)
    result = CriterionResult(
        applicable=True,
        score=score,
        rationale=" ".join([*notes, _present_rationale(skill, reading)]),
        evidence=_evidence(reading),
        suggestion=_suggestion(skill, reading, outcome_of_score(rubric, score)),
        checks=_checks(criterion, reading),
    )
    return result


# Features answer the rubric's yes/no checks: (check id, answer when the feature is seen).
# For a warning-sign check (good: false) the answer says whether the sign is present.
FEATURE_CHECKS: dict[str, tuple[str, bool]] = {
    "aim": ("client_serving_aim", True),
    "brief": ("brief", True),
    "long": ("brief", False),
    "longish": ("brief", False),
    "past": ("past_resolved", True),
    "resolved": ("past_resolved", True),
    "current": ("past_resolved", False),
    "current_partly": ("past_resolved", False),
    "recent": ("past_resolved", False),
    "similar": ("similar_relevant", True),
    "focus_returned": ("focus_returned", True),
    "focus_kept": ("focus_returned", False),
    "focus_unclear": ("focus_returned", False),
    "advice": ("advice_through_story", True),
    "suggestion": ("advice_through_story", True),
    "one_upping": ("one_upping", True),
    "therapist_centred": ("burdens_client", True),
    "marker": ("marker_present", True),
    "tentative": ("tentative", True),
    "owned": ("owned", True),
    "here_and_now": ("here_and_now", True),
    "invites_view": ("invites_view", True),
    "no_invitation": ("invites_view", False),
    "accusatory": ("accusatory", True),
    "therapist_need": ("therapist_need", True),
    "boundary_crossing": ("overreaches", True),
    "demanding": ("overreaches", True),
    "unclear": ("clear", False),
}


def _checks(criterion: Criterion, reading: SkillReading) -> dict[str, bool]:
    known = {check.id for check in criterion.checks}
    answers: dict[str, bool] = {}
    for feature in reading.features:
        check, answer = FEATURE_CHECKS.get(feature.name, (feature.name, True))
        if check in known:
            answers[check] = answer
    return answers


def outcome_of_score(rubric: Rubric, score: int) -> str:
    return outcome_of(CriterionResult(applicable=True, score=score), rubric.scale)


def _absent_rationale(skill: str, moment: Moment) -> str:
    what = (
        "You did not disclose anything about yourself."
        if skill == SELF_DISCLOSURE
        else "You did not talk about what is happening between you and the client."
    )
    if moment.invites == skill:
        return f"{what} This moment invited it."
    if moment.invites == RESTRAINT:
        return f"{what} This moment called for holding back, so that fits."
    return what


def _present_rationale(skill: str, reading: SkillReading) -> str:
    quote = _clip(reading.spans[0].text)
    opener = "You disclosed: " if skill == SELF_DISCLOSURE else "You spoke to the relationship: "
    good = [f.label for f in reading.features if f.effect > 0]
    bad = [f.label for f in reading.features if f.effect < 0]
    parts = [f"{opener}\u201c{quote}\u201d."]
    if good:
        parts.append("What worked: " + "; ".join(good) + ".")
    if bad:
        parts.append("What took away: " + "; ".join(bad) + ".")
    return " ".join(parts)


def _suggestion(skill: str, reading: SkillReading, outcome: str) -> str:
    worst = sorted((f for f in reading.features if f.effect < 0), key=lambda f: f.effect)
    for feature in worst:
        if feature.name in _SUGGESTIONS:
            return _SUGGESTIONS[feature.name]
    if outcome == "strong":
        return _STRONG_NEXT[skill]
    if skill == SELF_DISCLOSURE:
        return "Make the purpose clear (normalise, validate) and close with a question about them."
    if skill == BOUNDARY:
        return "Acknowledge what the request means to them and give a reason about their care."
    if skill == RUPTURE:
        return "Invite their experience of what happened and offer to work differently."
    return "Name what you notice tentatively, own it ('I notice', 'I wonder'), and ask their view."


def _evidence(reading: SkillReading) -> list[str]:
    quotes: list[str] = []
    for span in reading.spans[:2]:
        quotes.append(_clip(span.text))
    for feature in reading.features:
        if feature.quote and not any(feature.quote in q for q in quotes):
            quotes.append(_clip(feature.quote))
    return quotes[:4]


def _clip(text: str) -> str:
    """A prefix is still an exact substring, so long quotes are cut, never paraphrased."""
    text = text.strip()
    if len(text) <= MAX_QUOTE:
        return text
    cut = text[:MAX_QUOTE].rsplit(" ", 1)[0]
    return cut or text[:MAX_QUOTE]


def _moves(readings: dict[str, SkillReading], moment: Moment, granted: bool) -> list[str]:
    moves: list[str] = []
    sd, im = readings[SELF_DISCLOSURE], readings[IMMEDIACY]
    if sd.present:
        if sd.has("one_upping"):
            moves.append("one_upping")
        if sd.has("advice"):
            moves.append("advice_through_disclosure")
        if (
            sd.has("therapist_centred")
            or sd.has("current")
            or (sd.has("long") and sd.has("focus_kept"))
        ):
            moves.append("therapist_centred_disclosure")
        if sd.score >= 4 and not moves:
            moves.append("helpful_disclosure")
    elif moment.invites == SELF_DISCLOSURE:
        moves.append("no_disclosure")
    if im.present:
        if im.has("boundary_crossing"):
            moves.append("boundary_crossed")
        if im.has("accusatory") or im.has("therapist_need"):
            moves.append("accusatory_immediacy")
        elif im.score >= 4:
            moves.append("tentative_immediacy")
    elif moment.invites == IMMEDIACY:
        moves.append("missed_marker")
    if (
        moment.invites == RESTRAINT
        and not sd.present
        and not im.has("boundary_crossing")
        and (not granted)
    ):
        moves.append("held_back")
    if granted:
        moves.append("boundary_crossed")
    boundary, rupture = readings.get(BOUNDARY), readings.get(RUPTURE)
    if boundary and boundary.present:
        if boundary.has("too_loose") and not granted:
            moves.append("boundary_crossed")
        elif boundary.score >= 4 and not granted:
            moves.append("boundary_held")
    if rupture and rupture.present and rupture.score >= 4:
        moves.append("rupture_repaired")
    return moves


def _restraint(
    readings: dict[str, SkillReading], moment: Moment, granted: bool
) -> Restraint | None:
    if moment.invites != RESTRAINT:
        return None
    sd, im = readings[SELF_DISCLOSURE], readings[IMMEDIACY]
    crossed = im.has("boundary_crossing") or granted
    if not sd.present and not crossed:
        return Restraint(
            invited=True,
            held=True,
            note="This moment called for holding back, and you did: nothing about "
            "your own life, the focus stayed on the client.",
        )
    what = "crossed a boundary" if crossed else "disclosed about yourself"
    return Restraint(
        invited=True, held=False, note=f"This moment called for holding back, and you {what}."
    )
