"""Rupture repair: classes of wrong verdict found playing the scenarios and drills as trainees
would (complaint-about-last-session, this-isnt-working, you-did-it-again, just-like-everyone-else,
late-and-gone-quiet, cancelled-session-its-fine, the rupture-repair drill). Every example here is
fresh, written for this file in other words than the ones found; the immediacy classes are in
tests/test_judge_qa_im.py.

10. A question that turns to something else ("Anyway, you were telling me about your
    placement?", "So how's your week been?") was credited "you invited their experience of it";
    an invitation without "you" ("What's it like to hear that?") was not, and the reply was told
    "it moves on without exploring".
11. The strain charged to the client ("It makes me wonder how committed you are", "I don't
    know what else you want me to say. I've apologised twice", "It does make it hard to work
    with you") read as rupture repair 3; the rubric's level 1 blames.
12. Credentials in answer to a complaint ("I'm a trained professional") defend (level 1-2).
13. "I'm fine" (not only "it's fine") is a withdrawal marker; "Great, thanks." takes it at its
    word (you-did-it-again/withdrawn: read as 3).
14. The client's leaving accepted with no word about it ("Okay, if that's what you want. I'll
    close your file.", rupture drill rr-a-quit) was "not used"; it brushes the strain aside.
24. Doubting the appeasing word ("I wonder whether 'no problem' is the whole story",
    cancelled-session-its-fine/its-fine) checks the withdrawal: repair in play (was not read),
    and not "it moves on without exploring".
26. Found in the rupture-repair drill (advanced): a question about the trainee's own part with
    no "you" ("What have I been getting wrong?", "What would defensive look like from me?") was
    told "it moves on without exploring"; "There's no need to be abusive" was not read as
    brushing the strain off.
27. From the relationship-boundaries exemplars (roleplay --offline calibrate): the choice left
    to the client after owning a lapse ("I put that badly... I'm sorry. It's your decision",
    fees-mid-therapy/guilt, instructor 5) read as 1 ("it brushes the strain off"); the trainee's
    own number given in answer to the strain ("Just text me next time, 07700...",
    late-and-gone-quiet/arrives-late, instructor 2) read as 4; regret pinned on the rules ("I
    probably shouldn't have done that. It's against the rules.", hug-after-the-diagnosis/
    composure, instructor 1) was not read; "I'm really glad you told me" did not validate.
28. Hurried typing (a round of text-speak replies): "soz, long day. anyway" after "You did it
    again" was "not used" (the apology was not read as one); "i wonder if it was more of a
    problem than u let on?" was told "it moves on without exploring" ("u" was not read as
    "you").
25. "Has anything changed since our last session?" (cancelled-session-its-fine/polite-wall)
    asks for news: it names no strain ("you named what happened between you", read as 4).
"""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.domain.session import CriterionResult
from roleplay.offline.scorer import score_response

RB = load_library().rubric("relationship-boundaries").rubric


def rupture(moment: Moment, response: str) -> CriterionResult:
    return score_response(RB, moment, response).criteria["rupture_repair"]


# 10. A question that turns elsewhere explores nothing; one without "you" may.
SNAPPED = Moment(
    client_line="You talked right over me just now. Like my boss does.",
    invites="rupture_repair",
)


@pytest.mark.parametrize(
    "response",
    ["Sorry about that. Right, how was the weekend?", "Oops, sorry. Where were we?"],
)
def test_a_question_that_turns_elsewhere_is_not_exploring(response: str) -> None:
    result = rupture(SNAPPED, response)
    assert result.applicable
    assert (result.score or 5) <= 3
    assert "you invited their experience" not in result.rationale


@pytest.mark.parametrize(
    "response",
    [
        "I did talk over you, and I'm sorry. What was that like?",
        "I cut across you, I'm sorry. How did that land?",
        "yeah, i did talk over you. sorry. what did that feel like?",
    ],
)
def test_an_invitation_without_you_still_explores(response: str) -> None:
    result = rupture(SNAPPED, response)
    assert "you invited their experience" in result.rationale
    assert (result.score or 0) >= 3


def test_near_miss_a_so_question_about_what_happened_still_explores() -> None:
    result = rupture(SNAPPED, "So what happened for you when I did that?")
    assert "you invited their experience" in result.rationale


# 11. The strain charged to the client.
LATE = Moment(client_line="Sorry I'm late. Buses.", cue="coat still on", invites="rupture_repair")


@pytest.mark.parametrize(
    "response",
    [
        "I do question how serious you are about coming.",
        "I'm not sure what more you expect from me. I've said sorry more than once.",
        "Being late like this makes it really difficult to work with you.",
    ],
)
def test_the_strain_charged_to_the_client_is_repair_done_badly(response: str) -> None:
    result = rupture(LATE, response)
    assert result.applicable
    assert (result.score or 5) <= 2


def test_near_miss_the_trainee_owning_their_own_lateness_is_not_blame() -> None:
    result = rupture(LATE, "I was late again myself last week, and I'm sorry. How was the wait?")
    assert "client's fault" not in result.rationale


# 12. Credentials in answer to a complaint.
def test_credentials_offered_in_answer_to_a_complaint_defend() -> None:
    result = rupture(SNAPPED, "I'm an accredited therapist, so I'd ask you to trust the process.")
    assert result.applicable
    assert (result.score or 5) <= 2


# 13. "I'm fine", taken at its word.
FINE = Moment(
    client_line="Honestly, I'm fine. Carry on. What did you want to ask?",
    cue="flat voice",
    invites="rupture_repair",
)


def test_im_fine_taken_at_its_word_is_repair_done_badly() -> None:
    result = rupture(FINE, "Lovely, thank you.")
    assert result.applicable
    assert (result.score or 5) <= 2
    assert "at its word" in result.rationale


def test_near_miss_fine_with_a_plan_is_no_withdrawal_marker() -> None:
    moment = Moment(client_line="I'm fine with trying the diary this week.", invites="restraint")
    assert "at its word" not in rupture(moment, "Lovely, thank you.").rationale


# 14. The leaving accepted with no word about it.
def test_the_leaving_accepted_without_a_word_is_repair_done_badly() -> None:
    moment = Moment(
        client_line="I think I'm done with this. It isn't doing anything.",
        invites="rupture_repair",
    )
    result = rupture(moment, "Alright, if that's what you think is best. I'll end the sessions.")
    assert result.applicable
    assert (result.score or 5) <= 2


# 24. Doubting the appeasing word.
NO_PROBLEM = Moment(
    client_line="No, it was no problem. Really. Things come up.", invites="rupture_repair"
)


@pytest.mark.parametrize(
    "response",
    [
        "Thanks. I'm not sure 'no problem' is all of it, though.",
        "I wonder if fine isn't quite the whole story.",
    ],
)
def test_doubting_the_appeasing_word_checks_the_withdrawal(response: str) -> None:
    result = rupture(NO_PROBLEM, response)
    assert result.applicable
    assert (result.score or 0) >= 3
    assert "moves on without exploring" not in result.rationale


def test_near_miss_asking_for_the_whole_story_of_something_else_is_no_check() -> None:
    result = rupture(NO_PROBLEM, "Lovely. Tell me the whole story of the move, then.")
    assert "you checked what they said" not in result.rationale


# 25. News since the last session names no strain.
WALL = Moment(client_line="Mm. Same as always. Nothing to report.", invites="rupture_repair")


@pytest.mark.parametrize(
    "response",
    ["Has much happened since our last session?", "Anything new since the last session?"],
)
def test_news_since_the_last_session_names_no_strain(response: str) -> None:
    result = rupture(WALL, response)
    assert "you named what happened between you" not in result.rationale
    assert (result.score or 0) <= 3


def test_near_miss_the_last_session_owned_still_names_it() -> None:
    result = rupture(WALL, "Last session I think I pushed too hard. How was that for you?")
    assert "you named what happened between you" in result.rationale


# 26. A question about the trainee's part explores; "no need to be insulting" dismisses.
RAGE = Moment(client_line="You're useless. Total waste of money.", invites="rupture_repair")


@pytest.mark.parametrize(
    "response",
    [
        "Some of that may be fair. What am I missing?",
        "I hear it. What did I do today that made it feel like that?",
    ],
)
def test_a_question_about_the_trainees_part_explores(response: str) -> None:
    result = rupture(RAGE, response)
    assert "you invited their experience" in result.rationale
    assert "moves on without exploring" not in result.rationale


@pytest.mark.parametrize("response", ["No need to be insulting.", "There's no need for that tone."])
def test_telling_the_client_off_for_the_strain_is_repair_done_badly(response: str) -> None:
    result = rupture(RAGE, response)
    assert result.applicable
    assert (result.score or 5) <= 2


# 27. The choice left to them, after owning; the trainee's number; regret on the rules.
GUILT = Moment(client_line="You made me feel guilty for wanting to stop.", invites="rupture_repair")


@pytest.mark.parametrize(
    "response",
    [
        "I said that clumsily and it sounded like pressure. I'm sorry. It's your decision, "
        "and I'd like to hear what's behind it.",
        "You're right, I leaned on you. If you'd rather stop, that's yours to choose - "
        "what's made you want to?",
    ],
)
def test_the_choice_left_to_them_after_owning_respects_autonomy(response: str) -> None:
    result = rupture(GUILT, response)
    assert (result.score or 0) >= 4
    assert "brushes the strain off" not in result.rationale


def test_near_miss_the_choice_left_to_them_alone_brushes_it_off() -> None:
    result = rupture(GUILT, "It's your decision.")
    assert result.applicable
    assert (result.score or 5) <= 2


WAITED = Moment(
    client_line="You didn't come out for me last week. I stood in the corridor for ten minutes.",
    invites="rupture_repair",
)


@pytest.mark.parametrize(
    "response",
    [
        "Sorry! Here's my mobile, 07700 900123, just text me if it happens again.",
        "Oh no, sorry. My personal number is 07700 900456 - message me whenever.",
    ],
)
def test_the_trainees_own_number_given_for_the_strain_is_no_repair(response: str) -> None:
    result = rupture(WAITED, response)
    assert result.applicable
    assert (result.score or 5) <= 2


def test_near_miss_being_glad_they_said_it_validates() -> None:
    result = rupture(
        WAITED, "I'm so glad you told me. Ten minutes in a corridor - what was that like?"
    )
    assert (result.score or 0) >= 4


@pytest.mark.parametrize(
    "response",
    [
        "I probably shouldn't have done it. We're not really supposed to.",
        "I shouldn't have done that - it's against the rules and I feel awful.",
    ],
)
def test_regret_pinned_on_the_rules_is_repair_done_badly(response: str) -> None:
    moment = Moment(
        client_line="You hugged me last time and now it's weird.", invites="rupture_repair"
    )
    result = rupture(moment, response)
    assert result.applicable
    assert (result.score or 5) <= 2


# 28. Hurried typing.
AGAIN = Moment(client_line="You did it again. You looked at your phone.", invites="rupture_repair")


@pytest.mark.parametrize("response", ["sry, busy morning. anyway", "soz!! where were we"])
def test_a_hurried_apology_and_on_is_repair_done_thinly(response: str) -> None:
    result = rupture(AGAIN, response)
    assert result.applicable
    assert (result.score or 5) <= 3


@pytest.mark.parametrize(
    "response",
    [
        "ugh ur right, i did. sorry. i wonder how that was for u?",
        "yeah i did look at it, sorry. what was it like when u saw me do that",
    ],
)
def test_text_speak_invitations_still_explore(response: str) -> None:
    result = rupture(AGAIN, response)
    assert "you invited their experience" in result.rationale
    assert "moves on without exploring" not in result.rationale
