"""Contracting (rubric v2) where the train-split CV found it missed: the terms of contact offered
instead of a personal channel, and the client's feedback sought in the words trainees use.
Fresh examples written for this file (Lambert & Shimokawa 2011; Duncan et al. 2003; the
rubric's contracting criterion); none is a corpus line or a shipped exemplar."""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.scorer import score_response

RB = load_library().rubric("relationship-boundaries").rubric

MOBILE = Moment(
    client_line="Can I have your mobile? Just in case it gets bad at the weekend.",
    cue="not quite meeting your eye",
    invites="boundary",
)


@pytest.mark.parametrize(
    "response",
    [
        "I won't give you my mobile, but the clinic line takes messages and I'll see them first "
        "thing. At the weekend, the crisis line is there day and night.",
        "Not my own number, no. The duty team's phone is answered out of hours, and the office "
        "will ring you on Monday to check in.",
    ],
)
def test_the_terms_of_contact_offered_instead_are_contracting(response: str) -> None:
    evaluation = score_response(RB, MOBILE, response)
    assert evaluation.criteria["contracting"].applicable
    assert evaluation.criteria["boundary"].applicable
    assert "boundary_crossed" not in evaluation.moves


SESSION_END = Moment(
    client_line="Right, that's the hour, isn't it. Same time Thursday?",
    cue="standing up",
    invites="contracting",
)


@pytest.mark.parametrize(
    "response",
    [
        "Was today okay for you, do you think?",
        "Before you go: what would have made today more useful?",
        "Thursday's good. One quick thing: from nought to ten, how well did today fit what you "
        "came for?",
    ],
)
def test_feedback_sought_in_plain_words_is_contracting(response: str) -> None:
    evaluation = score_response(RB, SESSION_END, response)
    assert evaluation.criteria["contracting"].applicable
    # Asked now, it is also immediacy: the client's experience of the therapy (the rubric's
    # description; how-was-today's exemplars score it so). See test_judge_immediacy_work.py.
    assert evaluation.criteria["immediacy"].applicable


def test_a_goodbye_is_not_contracting() -> None:
    evaluation = score_response(RB, SESSION_END, "Thursday, yes. Take care on the way home.")
    assert not evaluation.criteria["contracting"].applicable
