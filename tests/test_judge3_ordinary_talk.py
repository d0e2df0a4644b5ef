"""Ordinary helping talk is not immediacy (issue 10: false immediacy on real peer support).

On ordinary talk at a moment that does not put the relationship in play, immediacy is read only
where the reader finds words about the two of them: the fitted head alone may not call it (the
thresholds in offline/model.py, chosen on the train-split CV and the ESConv development set).
Fresh examples written for this file; none is an ESConv turn, a corpus line or an exemplar.
"""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.model import shipped_weights
from roleplay.offline.scorer import score_response

DI = load_library().rubric("disclosure-immediacy").rubric

ORDINARY = Moment(client_line="My sister and I haven't spoken since the funeral. It's a mess.")


@pytest.mark.parametrize(
    "response",
    [
        "I'm sorry to hear that. What happened between the two of them at the funeral?",
        "That sounds so hard. What does your sister say when you try to call?",
        "Is there anything else you'd like to talk to me about today?",
        "Any other worries you have for me before we go on?",
        "I feel that a short letter could be a good first step for you.",
        "Maybe it's time to step back from this relationship for a while and look after yourself.",
        "I'm glad to hear you still want to reach out to her.",
    ],
)
def test_ordinary_helping_talk_is_not_immediacy(response: str) -> None:
    assert not score_response(DI, ORDINARY, response).criteria["immediacy"].applicable


@pytest.mark.parametrize(
    "response",
    [
        "I notice you went quiet with me just now. What happened for you?",
        "I wonder if it's hard to tell me this, here, after what happened between us last week?",
    ],
)
def test_relationship_talk_on_ordinary_talk_is_still_immediacy(response: str) -> None:
    assert score_response(DI, ORDINARY, response).criteria["immediacy"].applicable


def test_the_head_alone_decides_only_where_the_moment_puts_the_relationship_in_play() -> None:
    model = shipped_weights().model("immediacy")
    assert model is not None
    usual = model.threshold
    assert model.threshold_for({"invites.immediacy": 1.0}) == usual
    assert model.threshold_for({"cue.complaint": 1.0}) == usual
    assert model.threshold_for({"rule.present": 1.0}) == usual
    assert model.threshold_for({"invites.unknown": 1.0}) >= 1.0  # never from the head alone


def test_a_disclosure_read_in_talk_of_unknown_moment_needs_less_of_the_head() -> None:
    """On plain talk scored on its own the self-disclosure head may say "used" from a lower
    probability where the reader found a disclosure (model.STANDALONE_READ_THRESHOLDS), but not
    where the moment is known, nothing was read, or the client's line asks something of the frame
    or strains the relationship."""
    model = shipped_weights().model("self_disclosure")
    assert model is not None and model.threshold_standalone is not None
    assert model.threshold_standalone < model.threshold
    read = {"rule.present": 1.0, "invites.unknown": 1.0}
    assert model.threshold_for(read) == model.threshold_standalone
    assert model.threshold_for({**read, "cue.personal_question": 1.0}) == model.threshold_standalone
    assert model.threshold_for({**read, "cue.invitation": 1.0}) == model.threshold
    assert model.threshold_for({**read, "cue.complaint": 1.0}) == model.threshold
    assert model.threshold_for({"rule.present": 1.0, "invites.restraint": 1.0}) == model.threshold
    assert model.threshold_for({"invites.unknown": 1.0}) == model.threshold_unread
    # the other heads keep one threshold for reads
    immediacy = shipped_weights().model("immediacy")
    assert immediacy is not None and immediacy.threshold_standalone is None


# --- Casual disclosures in peer-support talk are disclosures (Hill: any statement that reveals
#     something personal), and the look-alikes are not. --------------------------------------

STRESS = Moment(client_line="I've been so stressed about exams and money, I can't switch off.")


@pytest.mark.parametrize(
    "response",
    [
        "I've got a degree in accounting, so I know the money side can feel endless.",
        "I love long walks too! They're my reset.",
        "What really helped me was writing a list before bed.",
        "Try switching your phone off at nine. That's what I do and it helps me a lot.",
        "I'm in Cardiff, so not far from you.",
        "I get migraines from stress as well, they're miserable.",
        "I've had that same panic about money too, honestly.",
        "In my experience of losing my job, the first month is the worst.",
        "I'm a dad with three teenagers, so the noise I understand.",
        "I've been in a very similar situation with a landlord.",
        "The cost of living has hit me hard as well.",
        "One trick I use is a ten-minute timer for the worst task.",
        "I still remember the dread of results day.",
        "I've often felt that kind of panic before deadlines.",
    ],
)
def test_casual_disclosures_are_self_disclosure(response: str) -> None:
    assert score_response(DI, STRESS, response).criteria["self_disclosure"].applicable


@pytest.mark.parametrize(
    "response",
    [
        "I hope you get some proper rest too.",
        "I like to think you'll find a way through it.",
        "I'm in agreement with you that it's too much.",
        "That sounds exhausting. What's the money worry, mostly?",
        "I hope I was able to help a little tonight.",
        "I'm not too bad, thanks! So what's been keeping you up?",
        "I'm good. What would you like to start with?",
        "From what I've seen, people who keep a routine sleep better.",
        "In my experience, when someone snaps like that it's more about them.",
    ],
)
def test_look_alikes_of_casual_disclosure_are_not(response: str) -> None:
    assert not score_response(DI, STRESS, response).criteria["self_disclosure"].applicable
