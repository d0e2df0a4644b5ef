"""The trainee's conduct in the work conceded or denied ("I did forget, and I'm sorry", "I did give
notice", "I did drift a bit there", "I was far too strict with you at the start") is the role's
act, weighed by the rupture and immediacy readers, not a life told: each had been read as a
disclosure "in the past". A life told with the same "did" still is one. Fresh examples written
for this file, none a line of any labelled set."""

from __future__ import annotations

import pytest

from judge_at_moment import DI, RB
from judge_at_moment import criterion_at as _score


@pytest.mark.parametrize(
    ("client", "response"),
    [
        (
            "You said you'd bring the leaflet about the carers' group. You forgot, didn't you?",
            "I did forget, and I'm sorry. What was it like, coming in and finding I hadn't?",
        ),
        (
            "You cancelled at an hour's notice last week.",
            "I did give notice. An hour is still notice.",
        ),
        (
            "Honestly you seemed miles away when I was talking about Dad.",
            "I did drift a bit there, and I'm sorry. Can you tell me what I missed?",
        ),
        (
            "I nearly didn't come back after the first session.",
            "I was far too strict with you at the start. What made you come back?",
        ),
    ],
)
def test_conduct_in_the_work_conceded_is_no_disclosure(client: str, response: str) -> None:
    assert not _score(RB, client, response, "rupture_repair", "self_disclosure").applicable


@pytest.mark.parametrize(
    ("client", "response"),
    [
        (
            "Nobody gets how scary it is to stop drinking.",
            "I did stop, years ago, and it was hard.",
        ),
        (
            "Have you ever felt this low?",
            "Everyone has bad patches; you'll come through it like I did.",
        ),
    ],
)
def test_near_miss_a_life_told_with_did_is_still_a_disclosure(client: str, response: str) -> None:
    assert _score(DI, client, response, None, "self_disclosure").applicable
