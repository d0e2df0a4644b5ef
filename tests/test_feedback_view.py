"""The feedback view-model, and the same order in the CLI, the Markdown transcript and `score`:
score, the reason in one clause, one thing to try (the instructor's exemplar beside it), then the
level descriptor and the details."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from practice_helpers import GOOD_DISCLOSURE, GRIEF, answer, good_disclosure_score
from roleplay.cli import main, render
from roleplay.domain.rubric import Rubric
from roleplay.domain.scenario import Scenario
from roleplay.domain.session import CriterionResult, Evaluation, Restraint
from roleplay.factory import Services
from roleplay.practice.feedback_view import beat_of, feedback_view, first_clause, view_at
from roleplay.practice.transcript_md import markdown_transcript

SD, IM = "self_disclosure", "immediacy"
OFFLINE_HELD = "you did: nothing about your own life"


@pytest.fixture
def rubric(services: Services) -> Rubric:
    return services.library.rubric("disclosure-immediacy").rubric


@pytest.fixture
def scenario(services: Services) -> Scenario:
    return services.library.scenario(GRIEF).scenario


def _evaluation(
    judge: str = "offline",
    sd: int | None = 3,
    im: int | None = None,
    restraint: Restraint | None = None,
    suggestion: str | None = "Say it shorter, then ask about her.",
) -> Evaluation:
    return Evaluation(
        judge=judge,  # type: ignore[arg-type]
        rubric_id="disclosure-immediacy",
        rubric_version=1,
        criteria={
            SD: CriterionResult(
                applicable=sd is not None,
                score=sd,
                rationale='You disclosed: "I lost my dad. It was hard." It ran long; '
                "the focus stayed on you.",
                evidence=["I lost my dad."] if sd is not None else [],
                suggestion=suggestion,
            ),
            IM: CriterionResult(
                applicable=im is not None,
                score=im,
                rationale="You did not talk about the two of you.",
            ),
        },
        restraint=restraint,
    )


def test_scores_labels_and_reason_in_one_clause(rubric: Rubric) -> None:
    view = feedback_view(_evaluation(), rubric)
    assert view.judge_label == "offline practice feedback"
    sd, im = view.criteria
    assert (sd.score_text, im.score_text) == ("3/5", "not used")
    # The reason stops at the first sentence outside the quoted words.
    assert sd.reason == 'You disclosed: "I lost my dad. It was hard."'
    assert im.reason == "You did not talk about the two of you."
    assert sd.level == rubric.criterion(SD).levels[3] and im.level is None
    labels = {k: feedback_view(_evaluation(judge=k), rubric).judge_label for k in ("llm",)}
    assert labels == {"llm": "LLM judge"}
    fallback = feedback_view(_evaluation(judge="offline-fallback"), rubric).judge_label
    assert fallback.startswith("offline practice feedback") and "server failed" in fallback


def test_below_full_marks_the_reason_is_what_cost_marks(rubric: Rubric) -> None:
    evaluation = _evaluation(sd=2)
    evaluation.criteria[SD].rationale = (
        'You disclosed: "I still cry; every day." What worked: kept it brief. '
        "What took away: it sounds like something you are still in the middle of; "
        "the response ends on you."
    )
    [sd, _] = feedback_view(evaluation, rubric).criteria
    assert sd.reason == "It sounds like something you are still in the middle of."
    evaluation.criteria[SD].score = 5  # full marks: nothing cost marks, the first sentence
    [sd, _] = feedback_view(evaluation, rubric).criteria
    assert sd.reason == 'You disclosed: "I still cry; every day."'


def test_first_clause_never_cuts_a_quote() -> None:
    assert first_clause("You said \u201cI know. I get it.\u201d Then more.") == (
        "You said \u201cI know. I get it.\u201d"
    )
    assert first_clause("You said \u201cI know. I get\u201d and more. Next.") == (
        "You said \u201cI know. I get\u201d and more."
    )
    assert first_clause("Short; and then a second clause.") == "Short"
    assert first_clause("  ") is None


def test_the_exemplar_beside_the_suggestion_is_a_model_answer(
    rubric: Rubric, scenario: Scenario
) -> None:
    asks = scenario.beat("asks")
    strong = next(e.response for e in asks.exemplars if e.label == "strong" and e.scores.get(SD))
    view = view_at(_evaluation(sd=3), rubric, asks)
    assert view.criteria[0].exemplar == strong
    # Full marks: nothing to show; a skill the moment did not invite: no exemplar either.
    assert view_at(_evaluation(sd=5), rubric, asks).criteria[0].exemplar is None
    assert view.criteria[1].exemplar is None
    # Not used where the moment invited it: the model answer is shown.
    assert view_at(_evaluation(sd=None), rubric, asks).criteria[0].exemplar == strong
    # A moment that called for restraint: a disclosure gets the exemplar that holds back, never
    # a mixed or harmful one.
    caretaking = scenario.beat("caretaking")
    [model] = [e for e in caretaking.exemplars if e.label == "strong"]
    assert model.scores[SD] is None  # it does without disclosure
    shown = view_at(_evaluation(sd=2), rubric, caretaking).criteria[0].exemplar
    assert shown == model.response
    unsafe = {e.response for e in caretaking.exemplars if e.label in ("mixed", "harmful")}
    assert unsafe and shown not in unsafe
    # Holding back at that moment: nothing to add.
    assert view_at(_evaluation(sd=None), rubric, caretaking).criteria[0].exemplar is None


def test_llm_scores_never_carry_the_offline_restraint_note(rubric: Rubric) -> None:
    held = Restraint(
        invited=True,
        held=True,
        note="This moment called for holding back, and you did: nothing about your own life, "
        "the focus stayed on the client.",
    )
    disclosed = _evaluation(judge="llm", sd=3, restraint=held)
    view = feedback_view(disclosed, rubric, invites="restraint")
    assert view.restraint_note is not None
    assert OFFLINE_HELD not in view.restraint_note and "brought yourself in" in view.restraint_note
    assert OFFLINE_HELD not in render.feedback(view)
    quiet = feedback_view(_evaluation(judge="llm", sd=None, restraint=held), rubric)
    assert (
        quiet.restraint_note == "This moment called for holding back; the LLM judge found you did."
    )
    # The offline judge's own note stays: it is the offline judge's own reading.
    offline = feedback_view(_evaluation(judge="offline", sd=None, restraint=held), rubric)
    assert offline.restraint_note == held.note


def _in_order(text: str, *parts: str) -> None:
    where = [text.index(part) for part in parts]
    assert where == sorted(where), list(zip(parts, where, strict=True))


def test_cli_feedback_leads_with_score_reason_and_try(rubric: Rubric, scenario: Scenario) -> None:
    text = render.feedback(view_at(_evaluation(sd=3), rubric, scenario.beat("asks")))
    level = rubric.criterion(SD).levels[3].split()[0]
    _in_order(
        text,
        "Self-disclosure: 3/5 \u2014 You disclosed",
        "Try: Say it shorter",
        "Instructor's example:",
        f"Level 3: {level}",
        "Why: You disclosed",
        "\u201cI lost my dad.\u201d",
        "Immediacy: not used",
    )


async def test_markdown_feedback_in_the_same_order(services: Services) -> None:
    session = services.start(GRIEF)
    await answer(session, GOOD_DISCLOSURE)
    text = markdown_transcript(session.record, session.scenario, session.rubric)
    feedback = text[text.index("*Feedback (offline practice feedback)*") :]
    level = good_disclosure_score()
    _in_order(
        feedback,
        f"- **Self-disclosure:** {level}/5 \u2014",
        "  - Try:",
        f"  - Level {level}:",
        "  - Why:",
    )


def test_practice_cli_prints_the_view(data_dir: Path, tmp_path: Path, capsys) -> None:
    answers = tmp_path / "answers.txt"
    answers.write_text(GOOD_DISCLOSURE + "\n")
    assert main(["practice", GRIEF, "--offline", "--responses", str(answers)]) == 0
    out = capsys.readouterr().out
    assert "Feedback (offline practice feedback): This moment invited self-disclosure." in out
    level = good_disclosure_score()
    _in_order(
        out, f"Self-disclosure: {level}/5 \u2014", "Try:", f"Level {level}:", "Immediacy: not used"
    )


def test_a_brief_resolved_disclosure_handed_back_scores_as_a_good_one() -> None:
    # brief, past, for the client, the focus returned: the rubric's level 4-5
    assert good_disclosure_score() >= 4


def test_score_output_adds_level_and_suggestion(tmp_path: Path, rubric: Rubric) -> None:
    src = tmp_path / "in.jsonl"
    line = {"id": 1, "client_line": "Have you lost a parent?", "response": GOOD_DISCLOSURE}
    src.write_text(json.dumps(line) + "\n")
    out = tmp_path / "out.jsonl"
    assert main(["score", str(src), "--offline", "--out", str(out)]) == 0
    [row] = [json.loads(x) for x in out.read_text().splitlines()]
    sd = row["scores"][SD]
    assert list(sd)[:6] == ["applicable", "score", "rationale", "suggestion", "level", "evidence"]
    assert {"in_play", "unsure"} <= set(sd)  # the offline judge also says where it is unsure
    assert sd["level"] == rubric.criterion(SD).levels[sd["score"]]
    assert sd["suggestion"]
    assert row["scores"][IM]["level"] is None  # not used: no level to describe


def test_beat_of_tolerates_the_closing_line(scenario: Scenario) -> None:
    assert beat_of(scenario, "end") is None and beat_of(scenario, "no-such-beat") is None
    assert beat_of(scenario, "asks") is scenario.beat("asks")
