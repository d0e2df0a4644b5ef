"""The trainee's feeling now, in reaction to the client ("When you laughed I felt myself relax",
"I'm struggling to hold it together hearing that"), is immediacy (the rubric's applies_when for
self-disclosure leaves out "what is happening between trainee and client right now"), and a
distress handed to the client is immediacy done badly. A supervisor reviewing the judge's feedback
found both read as self-disclosure ("it sounds like something you are still in the middle of";
"You disclosed ... What worked: you handed the focus back"). Fresh examples written for this file,
none a line of any labelled set."""

from __future__ import annotations

from judge_at_moment import DI
from judge_at_moment import criterion_at as _score


def test_a_feeling_now_toward_the_client_is_not_a_disclosure() -> None:
    verdict = _score(
        DI,
        "Sorry. I've gone quiet again. You must think I'm hopeless.",
        "Not at all. When you went quiet I felt myself slow down with you. What was happening "
        "for you just then?",
        "immediacy",
        "self_disclosure",
    )
    assert not verdict.applicable


def test_distress_at_what_the_client_said_is_immediacy_done_badly_not_a_disclosure() -> None:
    client = "He used to lock me in the shed when I cried. I was six."
    response = "God. I'm trying to keep it together listening to this."
    assert not _score(DI, client, response, "restraint", "self_disclosure").applicable
    immediacy = _score(DI, client, response, "restraint", "immediacy")
    assert immediacy.applicable
    assert immediacy.score <= 2
    assert "your distress at what they told you" in immediacy.rationale
    # said once, by the narrower reading
    assert "your own distress to manage;" not in immediacy.rationale


def test_near_miss_a_struggle_of_the_trainees_own_is_still_a_disclosure() -> None:
    verdict = _score(
        DI,
        "My mum's dementia is getting worse. I don't know how much longer I can do this.",
        "I'm struggling to hold it together with my own dad's illness at the moment.",
        "restraint",
        "self_disclosure",
    )
    assert verdict.applicable
    assert verdict.score <= 2
