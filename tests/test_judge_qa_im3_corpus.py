"""Immediacy, third round: strong replies in the training corpus (labelled immediacy 3-5) in which
the reader found no relationship words, so the used head could not say used on fresh text of the
same kind (train CV, `scripts/fit_judge.py --errors immediacy`). Each class is tested on fresh
examples written for this file, with a near miss.

23. The trainee's promise or decision owned: "I said I would and I didn't" (label 4), "I moved
    our day without really asking you" (label 5), "that was me making it about my work" (label 4),
    "I've probably done some of the nodding" (label 4).
24. How the trainee's words landed, and what the client braces for from them: "It sounds like
    sympathy from me lands badly" (label 4), "'choose' landed as blame" (labels 4-5), "You're
    braced for me to tell you off" (label 4).
25. Hurried typing: "weve gone quiet again" (label 4), "i shd have told u" (label 4), and "i
    shouldve checked if they actually fit u" (the development probe set, label 4).
"""

from __future__ import annotations

import pytest

from qa_im3_support import present
from roleplay.domain.moment import Moment

STRAIN = Moment(
    client_line="You changed my time again and just emailed me about it. Whatever.",
    invites="rupture_repair",
)


@pytest.mark.parametrize(
    "response",
    [
        "I told you I'd call, but I didn't. That matters.",
        "I switched your slot without checking with you first.",
        "That was me putting the clinic first, and I'm sorry.",
        "i've definitely been doing some of that, the rushing.",
    ],
)
def test_a_promise_or_decision_owned_is_the_trainees_part(response: str) -> None:
    assert present(STRAIN, response, "immediacy")


def test_near_miss_a_decision_about_their_life_is_not_the_trainees_part() -> None:
    moment = Moment(client_line="My boss moved my shifts.", invites="immediacy")
    assert not present(moment, "He changed them without asking you?", "immediacy")


@pytest.mark.parametrize(
    "response",
    [
        "It sounds like advice from me comes across as pressure.",
        "Maybe 'cope' came across as a criticism.",
        "You look ready for me to say you've failed.",
    ],
)
def test_how_the_trainees_words_landed_is_the_clients_experience_of_them(response: str) -> None:
    assert present(STRAIN, response, "immediacy")


def test_near_miss_how_someone_elses_words_landed_is_not_the_room() -> None:
    moment = Moment(client_line="My sister said I was selfish.", invites="immediacy")
    assert not present(moment, "Her comment came across as a criticism.", "immediacy")


@pytest.mark.parametrize(
    "response", ["weve gone really quiet", "i shd have asked u first", "i shouldve told u sooner"]
)
def test_hurried_typing_of_relationship_talk_is_read(response: str) -> None:
    moment = Moment(client_line="...", cue="silence", invites="immediacy")
    assert present(moment, response, "immediacy")
