"""A number handed over in place of an answer to a personal question is answered as what it is
(issue 10, failure 8): in the disclosure-immediacy scenarios that branch on `boundary_crossed`,
the client's reply is that branch's line, never the reply to a raw story nobody told."""

from __future__ import annotations

import pytest

from contact_steps import LIBRARY, check_harmful_exemplars_reach, check_no_strong_answer_takes, play

CONTACT_BEATS = [
    (scenario, beat, branch)
    for entry in LIBRARY.scenarios.values()
    if (scenario := entry.scenario).rubric == "disclosure-immediacy"
    for beat in scenario.beats
    for branch in beat.branches
    if branch.moves == ["boundary_crossed"]
]
IDS = [f"{scenario.id}:{beat.id}" for scenario, beat, _ in CONTACT_BEATS]


def test_the_scenarios_that_open_on_a_personal_question_branch_on_a_number() -> None:
    assert {scenario.id for scenario, _, _ in CONTACT_BEATS} >= {
        "grief-have-you-lost-a-parent",
        "recovery-are-you-in-recovery",
        "dementia-carer-nobody-gets-it",
        "laughing-it-off",
        "my-father-drank",
        "infertility-do-you-have-children",
    }


@pytest.mark.parametrize(("scenario", "beat", "branch"), CONTACT_BEATS, ids=IDS)
@pytest.mark.parametrize(
    "response",
    [
        "Tell you what, my mobile is 07700 900999. Message me any time, I don't mind.",
        "you can always email me, it's jo.kent.counsels@example.org, whenever you need to",
    ],
)
def test_contact_given_in_place_of_an_answer_gets_the_reply_to_a_number(
    scenario, beat, branch, response: str
) -> None:
    reading, step = play(scenario, beat, response)
    assert "boundary_crossed" in reading.moves
    assert step.line == branch.client
    assert step.next_beat == branch.next


@pytest.mark.parametrize(("scenario", "beat", "branch"), CONTACT_BEATS, ids=IDS)
def test_a_harmful_exemplar_reaches_the_branch_and_the_clients_reaction_to_it(
    scenario, beat, branch
) -> None:
    check_harmful_exemplars_reach(scenario, beat, branch)


@pytest.mark.parametrize(("scenario", "beat", "branch"), CONTACT_BEATS, ids=IDS)
def test_no_strong_answer_takes_the_branch(scenario, beat, branch) -> None:
    check_no_strong_answer_takes(scenario, beat, branch)
