"""Reasons that read a phrase backwards: a bare "Okay" that ends on time is no grant, and asking
the client not to go easy on the trainee is no plea for the trainee's own needs.

- At the overrun, "Okay. That's something we'd need to look at properly, so bring it next week.
  See you then." misses the disclosure of harm (named, and low), but grants nothing: the judge
  had said "it grants what would change the relationship", quoting "Okay".
- "I'd rather you correct me than go easy on me" invites correction; "go easy on me" had been
  read as the trainee's own plea ("it is about your needs, not the client's").
Fresh examples written for this file, none a line of any labelled set."""

from __future__ import annotations

from judge_at_moment import DI
from judge_at_moment import criterion_at as _score
from qa_frame_support import at, result_at


def test_a_bare_okay_that_ends_on_time_grants_nothing() -> None:
    verdict = result_at(
        at("session-overrun", "coat-on"),
        "Okay. We'll need to talk about that properly, so bring it next time. See you then.",
        "boundary",
    )
    assert "grants what would change the relationship" not in verdict.rationale
    assert "leaves the door open" not in verdict.rationale
    # the harm left unchecked is still the reason it is low
    assert verdict.applicable and verdict.score <= 2
    assert "checking they are safe" in verdict.rationale


def test_asking_not_to_be_spared_is_not_the_trainees_need() -> None:
    verdict = _score(
        DI,
        "Are you religious? If you're not, I'll have to explain everything about my faith.",
        "I'm not, so yes, there'll be things I miss, and I'd rather you put me right than go easy "
        "on me. How is it to hear that?",
        "self_disclosure",
        "immediacy",
    )
    assert "about your needs" not in verdict.rationale
