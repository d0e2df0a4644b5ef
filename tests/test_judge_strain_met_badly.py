"""A strain answered badly is a repair done badly, never "Repair not attempted".

At a complaint, a reply that defends with the facts ("I did send it, it must be in your junk"),
puts the lapse down to the service or the trainee's week, promises to do better without asking
what happened, holds up the method ("the diary is really important for CBT to work"), reads the
complaint as the client's sensitivity or avoidance, or threatens a sanction has answered the
strain: the rubric scores it low (defending or explaining first is level 2; blaming,
pathologising or a threat is level 1), and as talk about the two of them it is immediacy done
badly (Z's convention pass, corpus/README.md). The judge had told most of these "Repair not
attempted: you did not turn to the strain between you" and left immediacy out. Fresh examples
written for this file, none a line of any labelled set."""

from __future__ import annotations

import pytest

from judge_at_moment import RB
from judge_at_moment import criterion_at as _score

FORGOT = "You said you'd send me that sleep diary on Monday. It never came. Again."
LATE_AGAIN = "Sorry. Late again. The buses are a nightmare round mine."
FEE = "So the fee's going up and nobody said a word to me about it in here?"
NOT_TO_BLAME = "did not turn to the strain"


def _both(client: str, response: str):
    repair = _score(RB, client, response, "rupture_repair", "rupture_repair")
    immediacy = _score(RB, client, response, "rupture_repair", "immediacy")
    return repair, immediacy


@pytest.mark.parametrize(
    "response",
    [
        "I did send it on Monday, it must be sitting in your junk folder.",
        "The diaries are really important for CBT to work, so let's make sure you get one today.",
        "It's the service's rule, I'm afraid, not mine.",
    ],
)
def test_a_defence_or_an_explanation_first_is_repair_and_immediacy_at_two(response: str) -> None:
    client = FEE if "service" in response else FORGOT
    repair, immediacy = _both(client, response)
    assert repair.applicable and repair.score == 2
    assert NOT_TO_BLAME not in repair.rationale
    assert immediacy.applicable and immediacy.score == 2
    # the low immediacy score comes with its reason
    assert "What took away" in immediacy.rationale or "Worth changing" in immediacy.rationale


def test_a_promise_in_place_of_asking_is_named_and_kept_low() -> None:
    repair, immediacy = _both(FORGOT, "I'll do better next time, I promise.")
    assert repair.applicable and repair.score <= 2
    assert "promises to do better" in repair.rationale
    assert immediacy.applicable and immediacy.score <= 2
    assert "promises to do better" in immediacy.rationale


@pytest.mark.parametrize(
    "response",
    [
        "You might be a bit sensitive to being let down, given your history.",
        "I'd see this as avoidance, honestly, and we should look at that.",
        "It's interesting that you experience the diary as a test. Perhaps that's school again.",
    ],
)
def test_the_complaint_read_as_the_clients_problem_is_level_one(response: str) -> None:
    repair, immediacy = _both(FORGOT, response)
    assert repair.applicable and repair.score == 1
    assert "client's problem" in repair.rationale
    assert immediacy.applicable and immediacy.score <= 2
    # the fix for an interpretation, not for an explanation ("Before explaining, ...")
    assert repair.suggestion and "interpretation" in repair.suggestion


def test_a_sanction_for_the_lapse_is_level_one_with_its_own_fix() -> None:
    repair, immediacy = _both(
        LATE_AGAIN, "If it happens again we'll need to give your slot to someone else."
    )
    assert repair.applicable and repair.score == 1
    assert "a charge or a sanction" in repair.rationale
    assert immediacy.applicable and immediacy.score <= 2
    # nobody is leaving: the fix is to welcome them first, not "without pressing them to stay"
    assert repair.suggestion and "stay" not in repair.suggestion


def test_near_miss_a_promise_beside_owning_and_asking_is_not_capped() -> None:
    repair, _ = _both(
        FORGOT,
        "You're right, I forgot, and that's on me. I'll do better. What was it like when it "
        "didn't come?",
    )
    assert repair.applicable and repair.score >= 3
    assert "promises to do better" not in repair.rationale


@pytest.mark.parametrize(
    "response",
    [
        # asking what happens for them is exploring, not an interpretation
        "What happens for you, in that moment when it doesn't arrive?",
        # the trainee declining to take offence is not charging the client with it
        "I won't take that personally. What would have helped on Monday?",
    ],
)
def test_near_miss_questions_about_their_experience_are_not_pathologising(response: str) -> None:
    repair, _ = _both(FORGOT, response)
    assert repair.applicable
    assert "client's problem" not in repair.rationale


@pytest.mark.parametrize(
    ("client", "response", "said"),
    [
        (FORGOT, "Well, I can only work with what you give me.", "client's fault"),
        (FORGOT, "I can't help you if you won't tell me what's going on.", "client's fault"),
        (
            "Did you just check your phone? Am I that dull?",
            "You do go into everything in a lot of depth, to be fair.",
            "client's fault",
        ),
        (
            "I think I might stop coming. It's not doing much.",
            "It would really hurt if you stopped now. I need you to commit to this.",
            "your own hurt",
        ),
    ],
)
def test_the_strain_put_back_on_the_client_is_level_one(
    client: str, response: str, said: str
) -> None:
    repair, immediacy = _both(client, response)
    assert repair.applicable and repair.score == 1
    assert said in repair.rationale
    assert immediacy.applicable and immediacy.score <= 2


@pytest.mark.parametrize(
    "response",
    [
        # owning the lapse, with the circumstance beside it, then asking
        "You're right, I said I'd send it and the system didn't remind me, but that's on me. "
        "What was it like, waiting for it?",
        # "I did..." that owns and wonders, in a question
        "I did mention the diary in a rush at the end, and I wonder if that left you feeling "
        "it didn't matter much to me?",
    ],
)
def test_near_miss_owning_or_asking_is_not_explaining_it_away(response: str) -> None:
    repair, _ = _both(FORGOT, response)
    assert repair.applicable and repair.score >= 3
    assert "explains it away" not in repair.rationale
