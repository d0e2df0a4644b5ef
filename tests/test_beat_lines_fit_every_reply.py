"""A beat's own client line must fit every reply that can reach the beat, not only the exemplar.

Branches follow how the response scored (strong, mixed, weak, otherwise, or a move), never what it
said. The beat's `client` line is the moment that `roleplay score --scenario/--beat`, `roleplay
calibrate` and the labelled corpus judge against, and the beat's exemplars are written to it; it is
also what the client says when a branch routing there has no line of its own. A beat line written
after one earlier reply ("Has it been a tough year?", "how did your mom take it?", "How are they
doing?", "A six, I suppose") presumes something many replies reaching the beat never said. Each
case below is a fresh reply that reaches the beat without saying it; neither the beat's line and
cue nor the line spoken on the way may presume it. The expected next beat is asserted too, so a
change in routing shows up here instead of the case passing by reaching another beat. The branch
lines themselves are held to the same in test_branch_lines_fit_every_reply.py and _2.py.
"""

from __future__ import annotations

import re

import pytest

# The same routing and case shape as the branch-line files.
from test_branch_lines_fit_every_reply import LIBRARY, Case, assert_line_fits, step_after

CASES = {
    # Chatty weak disclosure at saved: no struggle told, nothing hidden to "never show".
    "saved-no-struggle": Case(
        "you-saved-my-life",
        "saved",
        # (without an answer to the praise: "Aw, stop, you'll make me blush!" takes it up, which
        # is relationship talk, and reaches the immediacy branch before this one)
        "Honestly, I'm the same with my personal trainer, I tell her she's changed my life every "
        "week.",
        "turned-round",
        r"\btough year\b|\bhard year\b|\bnever show it\b",
    ),
    # No children and no wish for them: no fertility story to turn out or work out.
    "kids-no-fertility-story": Case(
        "infertility-do-you-have-children",
        "do-you-have-kids",
        "I don't, and honestly I've never wanted them, I love my nieces but I always hand them "
        "back at the end of the day.",
        "your-story",
        r"\bturn(?:ed)? out\b|\bwork(?:ed)? out\b",
    ),
    # A weak disclosure with no coming out to a mother in it: nobody to "come round".
    "gay-no-mom-told": Case(
        "coming-out-are-you-gay",
        "are-you-gay",
        "I'm bi! Honestly I've never bothered telling my family, I just bring whoever I'm dating "
        "to Christmas and let them work it out, ha. You should try that.",
        "your-mom",
        r"\byour mom\b|\bcome round\b|\btake it\b",
    ),
    # Nobody in the trainee's family needs care: nothing to be sorry about, no "they" to ask after.
    "carer-no-relative-ill": Case(
        "dementia-carer-nobody-gets-it",
        "nobody-gets-it",
        "Honestly no, my family are all fit as fiddles, my gran's ninety-two and still does her "
        "own shopping, so I can't say I've been there.",
        "caretaking",
        r"\bsorry to hear\b|\bhow are they\b",
    ),
    # A check-in that asks about today without any scale: her six must bring its own ten.
    "check-in-no-scale": Case(
        "how-was-today",
        "check-in",
        "Same time next week, yes. Before you go, though, how did today feel for you?",
        "a-six",
        r"^\W*a six\b",
    ),
    # A loose 'is this working?': no number asked for either.
    "check-in-no-number": Case(
        "how-was-today",
        "check-in",
        "Yes, see you then. Oh, one thing: is this working for you so far?",
        "a-six",
        r"^\W*a six\b",
    ),
    # Other beat lines reached only through branches, found reading every scenario's routing.
    # A strong agreement that names no cancellation notice: the forty-eight hours is the website's.
    "agreement-no-notice-named": Case(
        "first-session-agreement",
        "how-does-this-work",
        "Ask away. We meet once a week for fifty minutes, it's your time, and what you say stays "
        "between us except in a couple of rare situations. What's your first question?",
        "rota",
        r"^\W*forty-eight hours\.",
    ),
    # A weak disclosure about a mother who drinks: no "him" to still see.
    "drink-mother-not-father": Case(
        "my-father-drank",
        "key-in-the-door",
        "I totally get it, my mum's the same with wine, every single night, we all just pretend "
        "it's normal.",
        "caretaking",
        r"\bsee him\b",
    ),
}


@pytest.mark.parametrize("case", CASES.values(), ids=list(CASES))
def test_the_beat_line_reached_does_not_presume_what_the_reply_did_not_say(case: Case) -> None:
    assert_line_fits(case)  # the line spoken on the way there
    beat = LIBRARY.scenario(case.scenario).scenario.beat(case.next_beat)
    said = f"{beat.client}\n{beat.cue or ''}"  # the moment the beat is judged against
    assert not re.search(case.presumes, said, re.I | re.M), said


# The beats above: every branch that routes there speaks its own line, so the beat line is the
# moment the reply is judged against rather than words the trainee hears. If a branch without a
# line is added, the beat line becomes what the trainee sees there, and the case above keeps it
# honest; this list records which it is now.
BEATS = sorted({(c.scenario, c.next_beat) for c in CASES.values()})


@pytest.mark.parametrize(("scenario_id", "beat_id"), BEATS, ids=[f"{s}/{b}" for s, b in BEATS])
def test_each_beat_is_reached_only_through_branches_with_their_own_line(
    scenario_id: str, beat_id: str
) -> None:
    scenario = LIBRARY.scenario(scenario_id).scenario
    routes = [
        (beat.id, branch)
        for beat in scenario.beats
        for branch in beat.branches
        if branch.next == beat_id
    ]
    assert routes
    assert all(branch.client for _, branch in routes), [b for b, br in routes if not br.client]
    assert not any(beat.next == beat_id and not beat.branches for beat in scenario.beats)


# Where a beat is reached with no branch line, the trainee sees the beat's own line and cue.
UNSPOKEN = {
    "turned-round-to-ending": (
        "you-saved-my-life",
        "turned-round",
        "Oh, I'm okay. Anyway, you were saying.",
        "ending",
    ),
    "caretaking-to-footsteps": (
        "my-father-drank",
        "caretaking",
        "I'm fine, thanks for asking. Tell me more about Fridays.",
        "footsteps",
    ),
}


@pytest.mark.parametrize(
    ("scenario_id", "beat_id", "reply", "next_beat"), UNSPOKEN.values(), ids=list(UNSPOKEN)
)
def test_a_beat_reached_without_a_branch_line_shows_its_own_line(
    scenario_id: str, beat_id: str, reply: str, next_beat: str
) -> None:
    step = step_after(scenario_id, beat_id, reply)
    target = LIBRARY.scenario(scenario_id).scenario.beat(next_beat)
    assert step.next_beat == next_beat
    assert (step.line, step.cue) == (target.client, target.cue)
