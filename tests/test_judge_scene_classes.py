"""Classes the judge misread at the shipped scenarios' own moments, found on the fresh-scenes
development set (bench/data/fresh_scenes/, written blind by new authors): the client's apology to
the trainee as a remark about them; the therapy's rules or the trainee's conduct defended at a
strain; the client's state stated as fact; talk about "us" and "these sessions"; declines said as
a deferral, a brush-off or a turn from caretaking; the strain put down to the client's history;
a rule bent in the same breath. Fresh examples written for this file, none a line of that set."""

from __future__ import annotations

import pytest

from judge_at_moment import DI, RB
from judge_at_moment import criterion_at as _score
from roleplay.offline.immediacy_remarks import asks_about_trainee

# --- immediacy: the client's apology to the trainee, and what the trainee makes of a strain ----


@pytest.mark.parametrize(
    "client",
    [
        "Sorry, that was so forward of me. Forget I asked.",
        "God, that was really out of line, I'm sorry.",
    ],
)
def test_an_apology_to_the_trainee_for_overstepping_is_a_remark_about_them(client: str) -> None:
    assert asks_about_trainee(client)
    verdict = _score(RB, client, "No, you're not being weird at all, honestly.", None, "immediacy")
    assert verdict.applicable


@pytest.mark.parametrize(
    "response",
    [
        "It's only for my supervision, I have to keep notes on everyone.",
        "Most clients find the structure really helpful, to be fair.",
        "The details were sent to you before we started, so you should have known.",
    ],
)
def test_the_rules_defended_at_a_strain_are_immediacy_done_badly(response: str) -> None:
    client = "You keep scribbling while I talk. It makes me feel like a case file."
    verdict = _score(RB, client, response, "rupture_repair", "immediacy")
    assert verdict.applicable and verdict.score <= 2


def test_owning_that_they_should_have_known_is_no_defence() -> None:
    # found trying the app: the scenario's own strong exemplar had been read as blaming her
    verdict = _score(
        RB,
        "Are you a student? Because nobody told me that.",
        "Yes, I'm a trainee, and I'm sorry I didn't make that clear: you should have known. What's "
        "it like to hear it now?",
        "contracting",
        "rupture_repair",
    )
    assert verdict.applicable and verdict.score >= 4
    assert "defends" not in verdict.rationale


def test_the_clients_state_stated_as_fact_is_a_label() -> None:
    verdict = _score(
        RB,
        "Fine. Whatever. Let's just do the exercise.",
        "Your body language says otherwise. You're obviously still annoyed.",
        "rupture_repair",
        "immediacy",
    )
    assert verdict.applicable and verdict.score <= 2


@pytest.mark.parametrize(
    "response",
    [
        "Before we go on, could we talk about us for a minute? How have these last few sessions "
        "been for you?",
        "You've gone quiet since I mentioned your brother. Is that what's happening with me, too?",
    ],
)
def test_talk_about_the_two_of_them_in_other_words_is_immediacy(response: str) -> None:
    verdict = _score(DI, "...Yeah. Anyway.", response, "immediacy", "immediacy")
    assert verdict.applicable


# --- declining -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("response", "at_most"),
    [
        ("Ha, I'll tell you all about it at our final session, deal?", 1),
        ("That's not something we can discuss in here, I'm afraid.", 2),
        ("My relationships aren't what we're here to talk about.", 2),
    ],
)
def test_deferrals_and_brush_offs_are_declines_done_badly(response: str, at_most: int) -> None:
    verdict = _score(
        DI, "Are you married? Go on, you can tell me.", response, "declining", "declining"
    )
    assert verdict.applicable and verdict.score <= at_most


def test_a_caretaking_question_turned_back_to_the_client_is_a_decline() -> None:
    verdict = _score(
        DI,
        "Wait, what about you? Is that still hard for you, your dad?",
        "You don't need to look after me in here. This hour's for you. What happened next?",
        "restraint",
        "declining",
    )
    assert verdict.applicable and verdict.score >= 3


# --- rupture repair: the strain put down to the client's history ------------------------------


@pytest.mark.parametrize(
    "response",
    [
        "I wonder if that's how your mum made you feel, growing up.",
        "This is exactly what happens with your dad, isn't it? You go quiet.",
        "Maybe blaming yourself is something you do a lot.",
    ],
)
def test_the_strain_put_down_to_the_clients_history_is_repair_done_badly(response: str) -> None:
    client = "Last week you made me feel like I was being diagnosed. I didn't like it."
    verdict = _score(RB, client, response, "rupture_repair", "rupture_repair")
    assert verdict.applicable and verdict.score <= 2


# --- boundary: a rule bent in the same breath -----------------------------------------------------


@pytest.mark.parametrize(
    "response",
    [
        "I'm not really supposed to... but maybe just for emergencies, then?",
        "I probably shouldn't. Leave it with me and I'll see.",
        "We'll square it later, don't worry about the money now.",
    ],
)
def test_a_rule_bent_in_the_same_breath_is_no_refusal(response: str) -> None:
    client = "Could I just text you if I'm running late? It'd be so much easier."
    verdict = _score(RB, client, response, "boundary", "boundary")
    assert verdict.applicable and verdict.score <= 2


# --- contracting: terms that mislead or coerce ----------------------------------------------------


@pytest.mark.parametrize(
    "response",
    [
        # the limits of confidentiality stated wider than they are
        "Just so you know, everything to do with self-harm has to be reported. Anyway, go on.",
        # secrecy promised
        "Nobody outside this room will ever find out what you tell me, I promise.",
        # a charge waived on the quiet
        "Honestly, the clinic never really chases cancellation fees, so don't stress about it.",
        # the client's choice made a risk to them
        "If you drop to monthly I can't promise you won't slip back. Is that a risk you want to "
        "take?",
    ],
)
def test_terms_that_mislead_or_coerce_are_contracting_1(response: str) -> None:
    client = "Can we talk about how this works? Who hears what I say, and what if I go monthly?"
    verdict = _score(RB, client, response, "contracting", "contracting")
    assert verdict.applicable and verdict.score == 1


def test_the_limits_of_confidentiality_stated_fairly_are_not_overstated() -> None:
    verdict = _score(
        RB,
        "Who hears what I say in here?",
        "What you say stays between us and my supervisor, who helps me help you. The one "
        "exception is if I thought you or someone else were at serious risk; I'd talk to you "
        "first. Does that feel okay?",
        "contracting",
        "contracting",
    )
    assert verdict.applicable and verdict.score >= 4


# --- immediacy at a moment that asked for restraint, with nothing calling for it -----------------


def test_relationship_talk_where_nothing_called_for_it_is_at_most_3() -> None:
    client = "We lost her at nine weeks. Nobody knows. I still have the app that counts the days."
    verdict = _score(
        DI,
        client,
        "I notice I feel really close to you right now. What's it like to sit here with me?",
        "restraint",
        "immediacy",
    )
    assert verdict.applicable and verdict.score <= 3
    assert "nothing in the moment called for" in verdict.rationale


def test_a_bound_only_reading_moves_no_fitted_weight() -> None:
    from roleplay.offline.level_bounds import BOUNDS_ONLY
    from roleplay.offline.model import shipped_weights

    weights = shipped_weights()
    model = weights.model("immediacy")
    assert model is not None
    assert not BOUNDS_ONLY & (set(model.used.weights) | set(model.level.weights))
