"""Process talk about the two of them now is relationship talk the reader finds (relational_words,
group H): a question about what just happened between them or about the client's experience of
the trainee, the trainee's part named, the trainee's own feeling arising now. Before, the reader
found relationship words in under six in ten of the corpus's labelled immediacy lines, and
missed "what's it like when I do that?", "did something I said make it feel not worth it?" and
"I felt a pang when you said that". Fresh examples written for this file; the ones that must
stay unread are about the client's life elsewhere."""

from __future__ import annotations

import pytest

from roleplay.offline import relational
from roleplay.offline.text import split_sentences


def _read(text: str) -> set[str]:
    return {
        signal.name
        for sentence in split_sentences(text)
        for signal in relational.sentence_signals(sentence, False, False)
    }


@pytest.mark.parametrize(
    "response",
    [
        "What went on for you just then, when I mentioned your brother?",
        "What is it like for you when I go quiet like that?",
        "Was it something I said that made you stop?",
        "What have I done today that felt like being dismissed?",
        "What are you most worried I'll think of you now?",
        "How was that to hear, from me of all people?",
        "I get that it looks different from where you're sitting.",
        "That was careless of me, and I'm sorry.",
        "I felt a jolt of sadness just now, when you laughed.",
        "It really touches me that you brought this in.",
        "I wonder if it's harder to open up to me since last week.",
        "Does it feel like I've stopped listening?",
        "I think I rushed past what you said about the funeral.",
        "is it easier w me than at home?",
    ],
)
def test_process_talk_is_read_as_relationship_talk(response: str) -> None:
    assert "process" in _read(response)


@pytest.mark.parametrize(
    "response",
    [
        "What happened then? Did your dad ring back?",
        "What's it like being at home with the kids now?",
        "I felt a pang of guilt when my sister moved away.",
        "That must have been hard to talk about with your mum.",
        "Something she said really stuck with you.",
    ],
)
def test_talk_about_their_life_elsewhere_is_not_process_talk(response: str) -> None:
    assert "process" not in _read(response)
