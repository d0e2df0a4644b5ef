"""The trainee's own hurt, strain or need laid on the client, blaming the client's part in the
work, and labelling their reaction are immediacy done badly (Hill & Knox 2009; Hill 2014), and
the corpus labels them immediacy 1-2. Fresh examples written for this file; none is a corpus
line or a shipped exemplar.
"""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.criteria import build_context
from roleplay.offline.scorer import score_response
from roleplay.offline.text import split_sentences

RB = load_library().rubric("relationship-boundaries").rubric
SHARP = Moment(
    client_line="You just sit there nodding. I could talk to a wall for free.",
    cue="jaw tight, not looking at you",
    invites="immediacy",
)


def _immediacy(response: str):
    return build_context(SHARP, split_sentences(response)).reading("immediacy")


@pytest.mark.parametrize(
    ("response", "fault"),
    [
        ("I felt a bit hurt by that, honestly.", "therapist_need"),
        ("When you talk to me like that it really frustrates me.", "therapist_need"),
        ("I was only trying to help, you know.", "therapist_need"),
        ("Well, you're not the only client I have this afternoon.", "accusatory"),
        ("You'll have to trust me a bit if this is going to work.", "accusatory"),
        ("I think you're projecting your dad onto me.", "labels_reaction"),
    ],
)
def test_the_trainees_need_or_blame_in_the_room_is_immediacy_done_badly(response, fault) -> None:
    assert _immediacy(response).has(fault)
    result = score_response(RB, SHARP, response).criteria["immediacy"]
    assert result.applicable and result.score <= 2


def test_the_clients_own_words_quoted_back_are_not_the_trainees_need() -> None:
    response = "I'm curious about \"I don't know what I'd do without you\". What is that like?"
    assert not _immediacy(response).has("therapist_need")


def test_normalising_is_not_blaming() -> None:
    assert not _immediacy("Lots of people feel that, you're not the only one.").has("accusatory")
