"""What the client's line shows, read precisely (fresh examples written for this file).

Found listing the cues read at every shipped beat: "a drink" in "I had a drink on Sunday" and
"coffee" anywhere read as a request for contact, "last week" in "Tunde pushed me last week" and
"you don't" in "you don't have to reply" as a complaint about the trainee. And rupture repair was
shown as in play ("You did not turn to the strain between you") wherever a client trailed off
("..."), at a grief moment or a boundary request, where nothing strained the two of them; the
corpus labels rupture repair at none of those moments. Issue 10, class 6: criteria shown where
they do not apply.
"""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.cues import read_cues
from roleplay.offline.scorer import score_response

RB = load_library().rubric("relationship-boundaries").rubric


def cues(line: str):
    return read_cues(Moment(client_line=line))


@pytest.mark.parametrize(
    "line",
    [
        "Fancy going for a pint once this is all done? As mates, like.",
        "Could we grab lunch some time, when we've finished?",
        "Are you on Facebook? I'll add you.",
        "I messaged you on Insta, did you see it?",
    ],
)
def test_asking_to_meet_or_connect_is_a_contact_request(line: str) -> None:
    assert cues(line).contact_request


@pytest.mark.parametrize(
    "line",
    [
        "I had two pints on Friday and then a bottle of wine on my own.",
        "My brother told the whole family on Facebook before he told me.",
        "We used to have coffee together every Sunday, me and Mum.",
        "I eat lunch in the car so I don't have to talk to anyone.",
    ],
)
def test_drink_food_and_platforms_in_the_clients_story_are_no_request(line: str) -> None:
    assert not cues(line).contact_request


@pytest.mark.parametrize(
    "line",
    [
        "It felt like you'd decided I was the problem before I'd finished.",
        "I'm paying for this and I still feel fobbed off.",
        "Honestly it's all a bit vague. I wanted something I could actually do.",
        "You don't even listen. You just nod.",
    ],
)
def test_a_complaint_about_the_work_or_the_trainee_is_read(line: str) -> None:
    assert cues(line).complaint


@pytest.mark.parametrize(
    "line",
    [
        "He shoved me last week. In the kitchen. It's probably nothing.",
        "You don't have to answer this, but did your dad ever hit you?",
        "My nan didn't turn up to the wedding either. Typical.",
    ],
)
def test_last_week_or_you_dont_alone_is_no_complaint(line: str) -> None:
    assert not cues(line).complaint


@pytest.mark.parametrize(
    "moment",
    [
        Moment(
            client_line="She used to sing in the kitchen. ...Anyway. It's fine.",
            cue="looks at the floor",
            invites="restraint",
        ),
        Moment(
            client_line="They said weeks, maybe. ...Could you just sit next to me? Please.",
            cue="reaching out a hand",
            invites="boundary",
        ),
    ],
)
def test_rupture_repair_is_not_in_play_where_nothing_strained_the_two_of_you(
    moment: Moment,
) -> None:
    response = "I'm right here with you. Take all the time you need."
    repair = score_response(RB, moment, response).criteria["rupture_repair"]
    assert not repair.applicable
    assert not repair.in_play
    assert "strain between you" not in repair.rationale


@pytest.mark.parametrize(
    "moment",
    [
        Moment(
            client_line="You checked your watch twice while I was talking. I noticed.",
            invites="rupture_repair",
        ),
        Moment(client_line="It felt like you'd stopped listening halfway through."),
        Moment(client_line="...Whatever. Doesn't matter.", invites="immediacy"),
    ],
)
def test_rupture_repair_stays_in_play_where_the_client_strained_the_relationship(
    moment: Moment,
) -> None:
    response = "Okay. So, how has work been this week?"
    repair = score_response(RB, moment, response).criteria["rupture_repair"]
    assert not repair.applicable
    assert repair.in_play
    assert "strain between you" in repair.rationale


@pytest.mark.parametrize(
    "line",
    [
        "Could I skip next week? Or should I just cancel the whole thing?",
        "Is there a cancellation fee if my shift changes?",
        "Are you still a student? The letter didn't say.",
        "Will these be recorded? I'd rather they weren't.",
    ],
)
def test_the_terms_of_the_work_are_read(line: str) -> None:
    assert cues(line).terms


@pytest.mark.parametrize(
    "line",
    [
        "My sister cancelled on me again. Third time since Easter.",
        "I did the thought record on Tuesday but it just made me feel worse.",
        "Work gave me a day's notice about the new shifts.",
        "I'm a student too, so money's a bit tight generally.",
    ],
)
def test_cancelling_records_and_notice_in_the_clients_life_are_no_terms(line: str) -> None:
    assert not cues(line).terms


def test_the_terms_are_not_in_play_when_the_client_cancels_a_follow_request() -> None:
    moment = Moment(
        client_line="Oh no. You're right, that's weird of me. I'll cancel it now. Sorry.",
        invites="rupture_repair",
    )
    response = "You don't need to be sorry. What was it like to hear me say no?"
    contracting = score_response(RB, moment, response).criteria["contracting"]
    assert not contracting.in_play
