"""Uptake at a moment of strain, answers that stay elsewhere, and the gate before the fitted heads
(issues 10 and 13), on fresh examples written for this file:
- an answer that stays with other people in the client's life is not immediacy, whatever the
  moment invited;
- at a rupture marker, walking on past it (to the agenda, to the end of the session) is no
  repair, while taking it up however briefly ("okay, we can skip it then") is, and is left to
  the heads (the corpus ruling: no uptake at all is null, accepting is rupture repair 2-3);
- lecturing on the method in answer to the strain defends the therapist's choice;
- going along with what the client asked for is uptake;
- owning one's part is read as repair even where the client's line does not mark the strain;
- a goodbye at the end of a session states no term of the work;
- the trainee's feeling toward the client now ("I'm touched"), staying, and owning what they did
  in the room are immediacy;
- a life told beside the client ("as you describe", "been in your shoes", "near my flat") is
  disclosure, a hypothesis is not;
- cross-validation counts a closed gate as "not used", as the running judge does.
"""

from __future__ import annotations

from importlib.util import find_spec

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.criteria import build_context
from roleplay.offline.scorer import gated_feature_vectors, score_response
from roleplay.offline.text import split_sentences

LIBRARY = load_library()
DI = LIBRARY.rubric("disclosure-immediacy").rubric
RB = LIBRARY.rubric("relationship-boundaries").rubric

ABOUT_US = Moment(
    client_line="My brother says I've turned into a hermit. I suppose in here I'm not one, am I?",
    cue="glances up, then down at his hands",
    invites="immediacy",
)
HOMEWORK_STRAIN = Moment(
    client_line="Honestly these thought records feel like school. I didn't do it. Again.",
    cue="arms folded",
    invites="rupture_repair",
)


def _reading(moment: Moment, response: str, criterion: str):
    return build_context(moment, split_sentences(response)).reading(criterion)


@pytest.mark.parametrize(
    "response",
    [
        "Your brother thinks you've gone into hiding. What did you say to him?",
        "He said that at dinner with the whole family there? How did they react?",
    ],
)
def test_an_answer_that_stays_with_other_people_is_not_immediacy(response: str) -> None:
    reading = _reading(ABOUT_US, response, "immediacy")
    assert reading.has("elsewhere_only")
    assert reading.veto
    assert not score_response(DI, ABOUT_US, response).criteria["immediacy"].applicable


def test_the_same_moment_answered_about_the_two_of_you_is_immediacy() -> None:
    response = "No, not in here. I notice you talk more freely with me. What's that like?"
    reading = _reading(ABOUT_US, response, "immediacy")
    assert reading.present and not reading.veto


@pytest.mark.parametrize(
    "response",
    [
        "Let's go through the week first. Which evening was the worst?",
        "We're out of time now, so let's leave it there. Same time next week?",
    ],
)
def test_walking_on_past_the_strain_is_repair_not_attempted(response: str) -> None:
    # rubric v2: every reply to a strain marker is scored; stepping past it is the low end
    reading = _reading(HOMEWORK_STRAIN, response, "rupture_repair")
    assert reading.has("no_uptake") and not reading.veto
    evaluation = score_response(RB, HOMEWORK_STRAIN, response)
    result = evaluation.criteria["rupture_repair"]
    assert result.applicable and (result.score or 5) <= 2
    assert result.rationale.startswith("Repair not attempted")
    assert "missed_marker" in evaluation.moves


@pytest.mark.parametrize(
    "response",
    [
        "Okay, we don't have to do the records then. What did you do with the week?",
        "Right, thanks for saying. So let's try something different this week.",
    ],
)
def test_taking_the_strain_up_before_moving_on_is_left_to_the_heads(response: str) -> None:
    reading = _reading(HOMEWORK_STRAIN, response, "rupture_repair")
    assert reading.veto is None


def test_lecturing_on_the_method_in_answer_to_the_strain_defends_the_therapists_choice() -> None:
    response = "Exposure works best if you stay with it; that's what the evidence shows."
    reading = _reading(HOMEWORK_STRAIN, response, "rupture_repair")
    assert reading.present and reading.has("defends_or_blames")
    assert reading.score <= 2


def test_going_along_with_what_they_asked_is_uptake() -> None:
    reading = _reading(HOMEWORK_STRAIN, "Fine, I'll send a shorter form instead.", "rupture_repair")
    assert reading.present and reading.has("goes_along")


def test_owning_ones_part_is_read_as_repair_where_the_line_does_not_mark_the_strain() -> None:
    request = Moment(
        client_line="Can you text me yourself if it moves again? Then I'm not the last to know.",
        invites="boundary",
    )
    owned = "You should have heard it from me, that was my mistake. The office will ring you."
    reading = _reading(request, owned, "rupture_repair")
    assert reading.present and reading.has("takes_responsibility")
    plain = "The office will ring you as soon as anything changes."
    assert not _reading(request, plain, "rupture_repair").present


@pytest.mark.parametrize(
    "response", ["Yep, Monday. Have a good weekend.", "See you then. Safe home, it's icy out."]
)
def test_a_goodbye_at_the_end_states_no_term(response: str) -> None:
    leaving = Moment(
        client_line="That's us done, isn't it? Monday again?", cue="coat on", invites="contracting"
    )
    assert _reading(leaving, response, "contracting").veto == "a goodbye"
    assert not score_response(RB, leaving, response).criteria["contracting"].applicable


def test_a_closed_gate_is_what_the_running_judge_decides() -> None:
    # the gate the fitting reads is the one the scorer applies: closed means "not used"
    ordinary = Moment(client_line="I finally booked the driving test for March.")
    response = "March! How are you feeling about it?"
    gated = gated_feature_vectors(RB, ordinary, response)
    evaluation = score_response(RB, ordinary, response)
    for criterion, (_, closed) in gated.items():
        if closed:
            assert not evaluation.criteria[criterion].applicable, criterion


@pytest.mark.skipif(find_spec("sklearn") is None, reason="fitting needs the fit extra")
def test_cross_validation_counts_a_closed_gate_as_not_used() -> None:
    from roleplay.offline.fitting import Row, fit

    rows = []
    for k in range(30):
        strain = Moment(
            client_line=f"You went past what I said about my sister, again ({k}).",
            invites="rupture_repair",
        )
        rows.append(
            Row(
                f"u{k}",
                RB.id,
                strain,
                "You're right, I did. What was that like?",
                {"rupture_repair": 4},
            )
        )
        rows.append(Row(f"n{k}", RB.id, strain, "How was the week?", {"rupture_repair": None}))
        plain = Moment(client_line=f"I booked the test for week {k}.")
        # Labelled "used" where the moment calls for nothing and the response does nothing:
        # the gate closes, so the fitted judge can only say "not used" here.
        rows.append(Row(f"p{k}", RB.id, plain, "Good luck with it.", {"rupture_repair": 3}))
    mistakes: list[tuple[str, bool]] = []
    fit(
        rows,
        LIBRARY,
        "t",
        3,
        lambda cid, row, label, used, level: mistakes.append((row.group, used)),
    )
    closed = [(group, used) for group, used in mistakes if group.startswith("p")]
    assert len(closed) == 30
    assert not any(used for _, used in closed)


@pytest.mark.parametrize(
    "response",
    [
        # the client is the measure of a comparison, not the subject of relationship talk
        "Some winters I have struggled with exactly the low mood you describe.",
        "I've been in your shoes with a landlord like that, and it wore me down.",
        "The café near my flat does a quiz night, funnily enough.",
    ],
)
def test_a_life_told_beside_the_client_is_disclosure(response: str) -> None:
    plain = Moment(client_line="The flat's freezing and the landlord won't answer my emails.")
    assert _reading(plain, response, "self_disclosure").present


@pytest.mark.parametrize(
    "response",
    [
        "If I were in your shoes I'd put it in writing to the landlord.",
        "I wonder how you are right now, sitting with all of that.",
    ],
)
def test_a_hypothesis_or_a_question_about_them_is_still_no_disclosure(response: str) -> None:
    plain = Moment(client_line="The flat's freezing and the landlord won't answer my emails.")
    assert not _reading(plain, response, "self_disclosure").present


@pytest.mark.parametrize(
    "response",
    [
        "Oh, I'm really touched you'd make this for me. What was it like, deciding to?",
        "You haven't ruined anything. I'm staying. What's the scariest part?",
        "I think I gave you more of my week than you needed. Can we come back to yours?",
        "I've let us drift into small talk, and that's my doing. Where were we?",
    ],
)
def test_the_trainees_feeling_now_or_their_part_in_it_is_immediacy(response: str) -> None:
    # a feeling toward the client now, staying, or owning what the trainee did in the room
    # (Hill & Knox 2009; the corpus ruling: feelings about the client and the work are immediacy)
    moment = Moment(
        client_line="I've ruined it now, haven't I. Saying all that.", invites="immediacy"
    )
    assert _reading(moment, response, "immediacy").present


@pytest.mark.parametrize(
    "response",
    [
        "I notice we keep circling your dad and then both stepping back, me too. What's that like?",
        "I wonder if I've been pushing too fast today. How has it been, sitting here with me?",
    ],
)
def test_immediacy_with_every_mark_of_level_five_is_never_scored_below_four(response: str) -> None:
    # owned or tentative, about the room now, and the client's view invited, with no lapse: the
    # rubric's level 5 (level_bounds.LEVEL_FLOORS holds the fitted level at 4 or above)
    moment = Moment(client_line="Mm. Anyway.", cue="looks at the window", invites="immediacy")
    reading = _reading(moment, response, "immediacy")
    assert reading.has("meets_level_five")
    assert score_response(DI, moment, response).criteria["immediacy"].score >= 4


def test_a_lapse_takes_away_the_marks_of_level_five() -> None:
    moment = Moment(client_line="Mm. Anyway.", cue="looks at the window", invites="immediacy")
    response = "You always go quiet when I'm right. What's that about?"
    reading = _reading(moment, response, "immediacy")
    assert reading.has("accusatory") and not reading.has("meets_level_five")
    assert score_response(DI, moment, response).criteria["immediacy"].score <= 2


def test_a_marker_for_the_heads_is_never_named_as_what_took_away() -> None:
    # "every mark of level 5" is a marker the heads read, not a move with a sign: the rationale
    # must not tell a trainee it took away
    moment = Moment(client_line="Mm. Anyway.", cue="looks at the window", invites="immediacy")
    response = (
        "I wonder if I've been pushing too fast today. How has it been, sitting here with me?"
    )
    rationale = score_response(DI, moment, response).criteria["immediacy"].rationale
    assert "every mark" not in rationale
