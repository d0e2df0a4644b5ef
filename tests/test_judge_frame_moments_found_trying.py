"""Found trying relationship-boundaries moments as a trainee would (fresh examples written for this
file):
- "I can see why that'd be easier" validates the client; it does not own the trainee's part, so
  it must not put rupture repair in play at a moment with no strain (issue 10, failure 6);
- "the person you talk to every week" describes; only how often the two meet is a term of the
  work, so contracting is not shown at a rupture moment for it;
- "I have to keep an eye on time, it's part of my job" answers a complaint with a defence: rupture
  repair 1-2, not the middle of the scale;
- time refused while a disclosed harm is put off ("we're out of time, let's pick that up next
  week") is the rubric's boundary level 1, whatever floor a refusal would otherwise set.
"""

from __future__ import annotations

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.scorer import score_response

RB = load_library().rubric("relationship-boundaries").rubric


def test_validating_a_request_does_not_put_repair_in_play() -> None:
    moment = Moment(
        client_line="Could I just text you if the bus is late? Saves ringing the front desk.",
        invites="boundary",
    )
    response = (
        "I can see why that'd be handier. I don't text with clients, but the front desk will pass "
        "a message to me straight away."
    )
    assert not score_response(RB, moment, response).criteria["rupture_repair"].applicable


def test_a_weekly_thing_is_not_a_term() -> None:
    moment = Moment(
        client_line="Oh no, that was so weird of me, I'm sorry. Just forget I asked.",
        invites="rupture_repair",
    )
    response = (
        "It's not weird. Wanting to know a bit about the person you talk to every week is really "
        "human. I'd rather we talked about it than have you feel you have to take it all back."
    )
    assert not score_response(RB, moment, response).criteria["contracting"].applicable


def test_how_often_we_meet_is_still_a_term() -> None:
    moment = Moment(
        client_line="Can we drop to every other week? Money's tight.", invites="contracting"
    )
    response = "We can look at meeting every other week. What would you want to keep hold of?"
    assert score_response(RB, moment, response).criteria["contracting"].applicable


def test_a_defence_by_the_job_is_not_a_repair() -> None:
    moment = Moment(
        client_line="You looked at the clock again. Third time this session.",
        invites="rupture_repair",
    )
    response = "I have to keep an eye on the time, it's part of my job."
    result = score_response(RB, moment, response).criteria["rupture_repair"]
    assert result.applicable and (result.score or 5) <= 2


def test_harm_put_off_by_the_clock_is_level_one() -> None:
    moment = Moment(
        client_line="Right, that's time. Oh, and my brother hit me on Saturday. See you Monday.",
        invites="boundary",
    )
    response = "We're out of time now, let's pick that up on Monday."
    result = score_response(RB, moment, response).criteria["boundary"]
    assert result.applicable and result.score == 1


def test_someone_elses_its_fine_is_no_strain_marker() -> None:
    # Found at hug-after-the-diagnosis ("He thinks it's fine"): condolence was read as an
    # apology for a strain nobody voiced, and rupture repair showed at 4.
    moment = Moment(
        client_line="Nobody's held me in years. And I have to ring my son tonight. He thinks "
        "it's fine.",
        invites="immediacy",
    )
    response = (
        "Nobody's held you in years. I'm so sorry. I'd like to stay with that, here with you."
    )
    assert not score_response(RB, moment, response).criteria["rupture_repair"].applicable


def test_the_clients_own_its_fine_still_is() -> None:
    moment = Moment(client_line="It's fine. Honestly. Can we just move on?")
    response = "We can. I'm sorry about last week, though; I'd like to hear how it landed."
    assert score_response(RB, moment, response).criteria["rupture_repair"].applicable


def test_an_overlap_waved_away_is_not_a_boundary_held() -> None:
    # Found at same-small-town: "Small world! ... I'm sure it'll be fine, we'll just act normal"
    # scored boundary 3 on the fitted head alone; the overlap is minimised, with no plan agreed.
    moment = Moment(
        client_line="Funny thing, your son's joined my running club. Small town, eh?",
        invites="boundary",
    )
    response = "Ha, small world! I'm sure it'll be fine, we'll just act normal."
    result = score_response(RB, moment, response).criteria["boundary"]
    assert result.applicable and (result.score or 5) <= 2
    assert "waves the overlap away" in (result.rationale or "")
    assert "it'll be fine" in " ".join(result.evidence)
