"""Strain markers rubric v2 names for rupture repair, in words the cue lexicon had missed (fresh
examples, written for this file; the classes are those W's convention pass ruled strain at
moments the judge read as calm): the trainee's conduct charged ("You moved my appointment again
without asking"), sarcasm at the therapy ("Oh great, another breathing exercise"), sessions
missed, a wish to stop, and apologising for running over.

At such a moment every reply is scored (W's convention): one that steps past the strain is
repair not attempted, 1-2, and one that owns its part and asks is repair done well. The same
words about someone else in the client's life are no marker.
"""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.cues import read_cues
from roleplay.offline.scorer import score_response

RB = load_library().rubric("relationship-boundaries").rubric

MARKERS = [
    "You moved my appointment again without asking. Third time now.",
    "Your phone's been going the whole time. Should I just leave?",
    "Oh great, another breathing exercise.",
    "Yeah, I wasn't here the last two weeks. Work.",
    "Honestly, I might just save us both the time and stop coming.",
    "Sorry, I've gone way over, haven't I.",
]


@pytest.mark.parametrize("client_line", MARKERS)
def test_the_marker_is_read(client_line: str) -> None:
    assert read_cues(Moment(client_line=client_line)).strain


@pytest.mark.parametrize(
    "client_line",
    [
        "My boss moved my desk again without asking. Third time now.",
        "Oh great, another rainy weekend.",
        "My sister wasn't here for the birthday either.",
    ],
)
def test_the_same_words_about_someone_else_are_no_marker(client_line: str) -> None:
    assert not read_cues(Moment(client_line=client_line)).strain


def repair(client_line: str, response: str):
    moment = Moment(client_line=client_line, invites="immediacy")
    return score_response(RB, moment, response).criteria["rupture_repair"]


@pytest.mark.parametrize("client_line", MARKERS[:3])
@pytest.mark.parametrize(
    "response", ["Right, okay. How's your week been?", "No worries at all! Anyway, where were we?"]
)
def test_stepping_past_the_marker_is_repair_not_attempted(client_line: str, response: str) -> None:
    result = repair(client_line, response)
    assert result.applicable and (result.score or 5) <= 2


@pytest.mark.parametrize("client_line", MARKERS[:3])
def test_owning_the_part_and_asking_is_repair_done_well(client_line: str) -> None:
    result = repair(
        client_line, "You're right, that was me, and I'm sorry. What was that like for you?"
    )
    assert result.applicable and (result.score or 0) >= 4


@pytest.mark.parametrize(
    ("client_line", "response"),
    [
        (
            "The worksheets are patronising. It feels like being back at school.",
            "Can you say more about what felt patronising?",
        ),
        ("The worksheets are patronising. It feels like being back at school.", "Patronising how?"),
        (
            "Honestly these sessions feel pointless. I'm not sure why I keep coming.",
            "Pointless how?",
        ),
        ("You moved my appointment again without asking. Third time now.", "Say more?"),
    ],
)
def test_asking_about_the_strain_itself_is_the_first_stage_of_repair(
    client_line: str, response: str
) -> None:
    # it had been told "Repair not attempted", or "it moves on without exploring"
    result = repair(client_line, response)
    # the corpus scores it 3; the fitted level may read the longer question a point higher
    # (it did after the refit that followed the open-prompt fix), never as no repair
    assert result.applicable and result.score in (3, 4)
    assert "not attempted" not in result.rationale
    assert "without exploring" not in result.rationale


def test_asking_about_someone_else_after_the_strain_is_still_stepping_past() -> None:
    result = repair(
        "The worksheets are patronising. It feels like being back at school.",
        "When else have you felt like that?",
    )
    assert result.applicable and (result.score or 5) <= 2


@pytest.mark.parametrize(
    "response",
    ["Go on then, how was the weekend?", "Tell me more about your weekend."],
)
def test_an_open_prompt_that_turns_elsewhere_still_steps_past(response: str) -> None:
    result = repair("You moved my appointment again without asking. Third time now.", response)
    assert result.applicable and (result.score or 5) <= 2
    assert "You turned to the strain" not in result.rationale
