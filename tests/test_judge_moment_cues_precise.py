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


# (client line, cue, whether the line shows it)
CUE_READINGS = [
    # asking to meet or connect is a contact request; drink, food and platforms in the
    # client's own story are not
    ("Fancy going for a pint once this is all done? As mates, like.", "contact_request", True),
    ("Could we grab lunch some time, when we've finished?", "contact_request", True),
    ("Are you on Facebook? I'll add you.", "contact_request", True),
    ("I messaged you on Insta, did you see it?", "contact_request", True),
    ("I had two pints on Friday and then a bottle of wine on my own.", "contact_request", False),
    ("My brother told the whole family on Facebook before he told me.", "contact_request", False),
    ("We used to have coffee together every Sunday, me and Mum.", "contact_request", False),
    ("I eat lunch in the car so I don't have to talk to anyone.", "contact_request", False),
    ("Would it be weird if I called you by your first name?", "contact_request", False),
    ("Can I ring you by the weekend if the letter doesn't come?", "contact_request", True),
    # a complaint about the work or the trainee; "last week" or "you don't" alone is none
    ("It felt like you'd decided I was the problem before I'd finished.", "complaint", True),
    ("I'm paying for this and I still feel fobbed off.", "complaint", True),
    ("Honestly it's all a bit vague. I wanted something I could actually do.", "complaint", True),
    ("You don't even listen. You just nod.", "complaint", True),
    ("He shoved me last week. In the kitchen. It's probably nothing.", "complaint", False),
    ("You don't have to answer this, but did your dad ever hit you?", "complaint", False),
    ("My nan didn't turn up to the wedding either. Typical.", "complaint", False),
    # the terms of the work; cancelling, records and notice in the client's life are not
    ("Could I skip next week? Or should I just cancel the whole thing?", "terms", True),
    ("Is there a cancellation fee if my shift changes?", "terms", True),
    ("Are you still a student? The letter didn't say.", "terms", True),
    ("Will these be recorded? I'd rather they weren't.", "terms", True),
    ("My sister cancelled on me again. Third time since Easter.", "terms", False),
    ("I did the thought record on Tuesday but it just made me feel worse.", "terms", False),
    ("Work gave me a day's notice about the new shifts.", "terms", False),
    ("I'm a student too, so money's a bit tight generally.", "terms", False),
]


@pytest.mark.parametrize(("line", "cue", "shown"), CUE_READINGS)
def test_the_clients_line_is_read_for_what_it_shows(line: str, cue: str, shown: bool) -> None:
    assert getattr(read_cues(Moment(client_line=line)), cue) is shown


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
    # rubric v2: a reply that steps past the strain is scored as repair not attempted
    response = "Okay. So, how has work been this week?"
    repair = score_response(RB, moment, response).criteria["rupture_repair"]
    assert repair.applicable and (repair.score or 5) <= 2
    assert repair.in_play
    assert repair.rationale.startswith("Repair not attempted")


def test_the_terms_are_not_in_play_when_the_client_cancels_a_follow_request() -> None:
    moment = Moment(
        client_line="Oh no. You're right, that's weird of me. I'll cancel it now. Sorry.",
        invites="rupture_repair",
    )
    response = "You don't need to be sorry. What was it like to hear me say no?"
    contracting = score_response(RB, moment, response).criteria["contracting"]
    assert not contracting.in_play
