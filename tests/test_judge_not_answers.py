"""Short replies that tell nothing of the trainee's life, read as disclosures: the client's own
words said back ("Your son."), time given ("Take your time."), and "same" that is no me-too
("Same old worries", "same day"), the client's "I'm fine" returned in kind ("Same here, all
good!") and what the trainee was doing while quiet ("I was just thinking"). Each had been told
"You disclosed". Fresh examples written for
this file, none a line of any labelled set."""

from __future__ import annotations

import pytest

from judge_at_moment import DI, RB
from judge_at_moment import criterion_at as _score


@pytest.mark.parametrize(
    ("client", "response", "invites"),
    [
        (
            "How old are you, anyway? You look about my son's age.",
            "Your son. What's he like these days?",
            "self_disclosure",
        ),
        (
            "Are you religious yourself? It would help to know before I say the rest.",
            "Take your time. There's no rush.",
            "self_disclosure",
        ),
        (
            "I'm fine, thanks for asking. Are you over your cold? Anyway. The job hunt.",
            "Me too, all good! So, the job hunt. Where are you with it?",
            "rupture_repair",
        ),
        (
            "Are you bored? You've gone really quiet on me.",
            "Not at all, I was just taking that in. Go on.",
            "immediacy",
        ),
        (
            "You must be sick of me by now. Same worries every single week.",
            "Same old worries. What's come up this week?",
            "immediacy",
        ),
    ],
)
def test_a_short_reply_about_the_client_discloses_nothing(
    client: str, response: str, invites: str
) -> None:
    assert not _score(DI, client, response, invites, "self_disclosure").applicable


def test_the_same_slot_agreed_discloses_nothing() -> None:
    client = "Could we go to every other week from now on?"
    verdict = _score(
        RB, client, "Yes, fortnightly then. Same day.", "contracting", "self_disclosure"
    )
    assert not verdict.applicable


@pytest.mark.parametrize(
    ("client", "response"),
    [
        ("I hate the dentist. I cancelled again.", "Same! I put mine off for a year."),
        ("How old are you, anyway?", "Twenty-six."),
        ("You've gone quiet.", "Sorry, I was thinking about something of my own at home."),
    ],
)
def test_near_miss_a_me_too_and_a_bare_fact_still_disclose(client: str, response: str) -> None:
    assert _score(DI, client, response, None, "self_disclosure").applicable
