"""The client reacts to what the trainee actually did, and the "↳" note under its line is
written for the trainee, never the instructor's raw (often conditional) reaction notes."""

from __future__ import annotations

from pathlib import Path

import pytest

from roleplay.cli import main
from roleplay.content.library import load_library
from roleplay.domain.routing import SEEN, plan_step
from roleplay.offline.scorer import score_response

LIBRARY = load_library()
SCENARIO = LIBRARY.scenario("follow-request-on-instagram").scenario
RUBRIC = LIBRARY.rubric(SCENARIO.rubric).rubric
FIRST = SCENARIO.first_beat
CROSSED = next(b for b in FIRST.branches if b.moves == ["boundary_crossed"])


def step_for(response: str):
    from roleplay.judge.calibrate import moment_for

    reading = score_response(RUBRIC, moment_for(SCENARIO, FIRST), response)
    return reading, plan_step(SCENARIO, FIRST.id, reading, RUBRIC.scale)


@pytest.mark.parametrize(
    "refusal",
    [
        "No, I won't be accepting it. I keep my social media separate from clients.",
        "I'm not going to accept that one, though I'm really glad you told me. What made you want "
        "to send it?",
    ],
)
def test_a_refusal_never_takes_the_path_of_a_granted_request(refusal: str) -> None:
    reading, step = step_for(refusal)
    assert "boundary_crossed" not in reading.moves
    assert step.line != CROSSED.client


def test_a_hedged_yes_takes_the_path_of_a_granted_request() -> None:
    reading, step = step_for("Ha, I suppose that's fine, we've nearly finished anyway.")
    assert "boundary_crossed" in reading.moves
    assert step.line == CROSSED.client


def test_the_note_under_the_client_line_is_for_the_trainee() -> None:
    _, step = step_for("No, I won't be accepting it. I keep my social media separate from clients.")
    assert step.reaction_key is not None
    assert step.seen is not None and SEEN[step.reaction_key] in step.seen
    assert step.seen.startswith(SCENARIO.client.name)
    for raw in SCENARIO.client.reactions.values():
        assert raw not in step.seen


def test_practice_never_prints_the_instructors_reaction_notes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    responses = tmp_path / "r.txt"
    responses.write_text(
        "No, I won't be accepting it, and it isn't about you. What made you want to send it?\n"
        "---\nYou sound embarrassed. What's that like?\n---\nI'd rather keep that to myself.\n"
        "---\nI notice our ending is close. What is that like for you?\n---\nNo, I won't.\n",
        "utf-8",
    )
    assert main(["practice", SCENARIO.id, "--offline", "--responses", str(responses)]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "\u21b3" in out
    for raw in SCENARIO.client.reactions.values():
        assert " ".join(raw.split()) not in out


def test_a_moment_that_invites_disclosure_without_asking_claims_no_question() -> None:
    # grief's "relief" invites disclosure, but "Does everyone feel that?" asks nothing about the
    # trainee: feedback and the note must not say the client asked (found playing it as a trainee)
    from roleplay.judge.calibrate import moment_for

    grief = LIBRARY.scenario("grief-have-you-lost-a-parent").scenario
    relief = grief.beat("relief")
    response = "It isn't awful. Relief is a very common feeling after a long illness. Tell me more?"
    reading = score_response(RUBRIC, moment_for(grief, relief), response)
    disclosure = reading.criteria["self_disclosure"]
    assert not disclosure.applicable
    for said in (disclosure.rationale, disclosure.suggestion or ""):
        assert "asked" not in said
    step = plan_step(grief, relief.id, reading, RUBRIC.scale)
    assert step.seen is None or "asked" not in step.seen


def test_the_trainees_own_need_is_not_called_blame_under_the_clients_line() -> None:
    # you-saved-my-life: "these sessions helped me get through it too" voiced the trainee's need
    # (immediacy 1), and the note said "what you said about the two of you landed as blame"
    from roleplay.judge.calibrate import moment_for

    saved = LIBRARY.scenario("you-saved-my-life").scenario
    first = saved.first_beat
    reading = score_response(
        RUBRIC,
        moment_for(saved, first),
        "Honestly, our sessions have kept me going through a hard year of my own as well.",
    )
    assert "accusatory_immediacy" not in reading.moves
    step = plan_step(saved, first.id, reading, RUBRIC.scale)
    assert step.seen is None or "blame" not in step.seen


def test_the_note_claims_no_tentativeness_the_reply_did_not_have() -> None:
    # am-i-boring-you: "Not at all, honestly. ... I'd like to hear the rest." was told "you named
    # what is happening between you, tentatively": the move is named for the rubric's 4-5, and
    # not every reply there is tentative (found trying the app)
    from roleplay.judge.calibrate import moment_for

    boring = LIBRARY.scenario("am-i-boring-you").scenario
    first = boring.first_beat
    rubric = LIBRARY.rubric(boring.rubric).rubric
    reading = score_response(
        rubric,
        moment_for(boring, first),
        "You're not boring me. I'm here with you and I want to hear it. What's it like to ask me?",
    )
    step = plan_step(boring, first.id, reading, rubric.scale)
    assert "tentative_immediacy" in reading.moves
    assert step.seen is None or "tentatively" not in step.seen
