""" "Me too" as the object of a verb ("you're asking me too", "I wonder if you test me too") and
"myself" on a feeling of the trainee's now, in the room ("I'm a bit on edge myself as you tell
it") are relationship talk, not a me-too or a life told: each had been read as a disclosure. A
"me too" said as a reply still is one. Fresh examples written for this file, none a line of any
labelled set."""

from __future__ import annotations

import pytest

from judge_at_moment import DI
from judge_at_moment import criterion_at as _score


@pytest.mark.parametrize(
    ("client", "response"),
    [
        (
            "Everyone keeps asking if I'm coping. Am I? Is something off with me?",
            "It sounds like you might be asking me too, whether I see something off in you. "
            "What's it like to ask me that?",
        ),
        (
            "I test people. My sister says I push until they leave.",
            "I wonder if you test me too, in here, seeing whether I'll stay?",
        ),
        (
            "Every time the phone rings I freeze.",
            "I notice I'm a bit on edge myself as you tell it, and I wonder what's happening "
            "between us right now?",
        ),
    ],
)
def test_me_too_as_an_object_and_myself_now_tell_no_life(client: str, response: str) -> None:
    assert not _score(DI, client, response, "restraint", "self_disclosure").applicable


@pytest.mark.parametrize(
    "response",
    [
        "Me too. I used to dread Sundays.",
        "Honestly, me too, it's a lot.",
        "That's hard for me too.",
    ],
)
def test_near_miss_a_me_too_said_as_a_reply_is_a_disclosure(response: str) -> None:
    client = "I dread Sunday nights. The whole week lands on me."
    assert _score(DI, client, response, None, "self_disclosure").applicable
