"""Credit given for what a reply did not do, at a strain.

A supervisor reading the judge's feedback found "you validated their reaction" said of "To be
fair, the office should have rung you" (it argues), "you invited their experience of it" said of
a tag or a dig ("You know you're charged for missed sessions, right?", "..., is it?"), the
client's own word said back read as the trainee's charge ("Catastrophising is just a term
for..."), and the time left named to hold to the task read as talk about the two of them. Fresh
examples written for this file, none a line of any labelled set."""

from __future__ import annotations

import pytest

from judge_at_moment import RB
from judge_at_moment import criterion_at as _score

FORGOT = "You said you'd send me that sleep diary on Monday. It never came. Again."
MISSED = "Yeah. I wasn't here the last two weeks. Work stuff."
LABELLED = "You called my thinking 'all-or-nothing' last week. It really stung."


def _repair(client: str, response: str):
    return _score(RB, client, response, "rupture_repair", "rupture_repair")


def test_to_be_fair_argues_it_does_not_validate() -> None:
    verdict = _repair(FORGOT, "To be fair, the admin team were meant to post it out to you.")
    assert verdict.applicable and verdict.score <= 2
    assert "validated" not in verdict.rationale


def test_near_miss_that_is_fair_still_validates() -> None:
    verdict = _repair(FORGOT, "That's fair. I said Monday and it didn't come. What was that like?")
    assert "you validated their reaction" in verdict.rationale


@pytest.mark.parametrize(
    ("client", "response"),
    [
        (MISSED, "You do know missed sessions are still charged, right?"),
        (MISSED, "You do tend to disappear when it gets hard, don't you?"),
    ],
)
def test_a_tag_question_invites_nothing(client: str, response: str) -> None:
    verdict = _repair(client, response)
    assert verdict.applicable and verdict.score <= 2
    assert "invited their experience" not in verdict.rationale


def test_the_clients_own_word_said_back_is_not_the_trainees_charge() -> None:
    verdict = _repair(
        LABELLED,
        "I didn't mean it as a dig. All-or-nothing is just a name for a pattern lots of "
        "people have.",
    )
    assert verdict.applicable and verdict.score == 2
    assert "client's fault" not in verdict.rationale


def test_the_time_left_held_to_is_not_talk_about_the_two_of_you() -> None:
    verdict = _score(
        RB,
        "Are you going to keep bringing up my mother every week?",
        "We've only got fifteen minutes left, so let's leave that for now.",
        "rupture_repair",
        "immediacy",
    )
    assert not verdict.applicable


@pytest.mark.parametrize(
    ("client", "response"),
    [
        # the time left today is not the length of the sessions
        (
            "Are you going to keep bringing up my mother every week?",
            "We've only got a few minutes left, so let's come back to it next time.",
        ),
        # the lapse excused, the decision put elsewhere: no term of the work stated
        (FORGOT, "I did email the office on Friday, so they should have sent it on."),
        (
            "So the fee goes up and nobody thought to tell me in here?",
            "The fee rise was set by the clinic, not me, so there wasn't much I could say.",
        ),
    ],
)
def test_no_term_is_set_out_by_an_excuse_or_the_time_left(client: str, response: str) -> None:
    verdict = _score(RB, client, response, "rupture_repair", "contracting")
    assert not verdict.applicable
    assert "You set out the terms" not in verdict.rationale


def test_near_miss_a_way_of_keeping_time_offered_is_contracting() -> None:
    verdict = _score(
        RB,
        "When you look at the clock it feels like you want me gone.",
        "I'd like the way I keep time to stop feeling like that. Would it help if I told you "
        "when we've ten minutes left, so it isn't a surprise?",
        "rupture_repair",
        "contracting",
    )
    assert verdict.applicable


def test_a_word_like_cancel_in_the_clients_question_is_no_strain_to_repair() -> None:
    # a first question about the cancellation terms strains nothing between them: "I think I"
    # and "last week" in the reply name no rupture there
    verdict = _score(
        RB,
        "What happens if I have to cancel? The leaflet said forty-eight hours.",
        "I'm sorry, I think I made the rules sound rigid just now. How did that land for you?",
        "contracting",
        "rupture_repair",
    )
    assert not verdict.applicable
