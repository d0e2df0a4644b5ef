"""Immediacy and rupture repair, third round of play: classes 9-15 (see the docstring of
tests/test_judge_qa_im3.py for where each was found). Every example is fresh."""

from __future__ import annotations

import pytest

from qa_im3_support import features, judged, present
from roleplay.domain.moment import Moment

# 9. Thanks for being let off.
ALL_FINE = Moment(
    client_line="Oh, the cancellation? No problem at all. These things happen.",
    invites="rupture_repair",
)


@pytest.mark.parametrize(
    "response",
    ["Thanks for being so good about it.", "I really appreciate you being so forgiving."],
)
def test_thanks_for_letting_the_trainee_off_takes_it_at_face_value(response: str) -> None:
    result = judged(ALL_FINE, response, "rupture_repair")
    assert result.applicable and result.score is not None and result.score <= 2
    assert "takes_at_face_value" in features(ALL_FINE, response, "rupture_repair")


def test_near_miss_thanks_for_telling_me_is_not_taking_it_at_face_value() -> None:
    assert "takes_at_face_value" not in features(
        ALL_FINE,
        "Thank you for telling me. I'm not sure it was no problem, though.",
        "rupture_repair",
    )


# 10. The appeasing word doubted.
@pytest.mark.parametrize(
    "response",
    [
        "Maybe it stung a bit more than you're letting on?",
        "i wonder if it was more of a big deal than u said",
    ],
)
def test_doubting_the_appeasing_word_turns_to_the_strain(response: str) -> None:
    assert present(ALL_FINE, response, "rupture_repair")
    assert "checks_marker" in features(ALL_FINE, response, "rupture_repair")


# 11. A question about someone the client named is no invitation of the strain.
PRIYA = Moment(
    client_line="I'd moved my lunch with Priya for it. Then your message came. It's only lunch.",
    invites="rupture_repair",
)


@pytest.mark.parametrize(
    "response", ["Sorry! Did you rebook with Priya?", "argh sorry. did she mind in the end?"]
)
def test_a_question_about_someone_else_invites_nothing_of_the_strain(response: str) -> None:
    assert "explores_experience" not in features(PRIYA, response, "rupture_repair")


def test_near_miss_a_question_about_the_two_of_them_still_invites() -> None:
    response = "I'm sorry. Did it feel like I'd put you below Priya?"
    assert "explores_experience" in features(PRIYA, response, "rupture_repair")


# 12. The trainee's letdown, and a reaction owned.
RATING = Moment(
    client_line="Out of ten? A five, maybe. Sorry, that's probably me.", invites="immediacy"
)


@pytest.mark.parametrize(
    "response", ["Oh. I'd hoped for more, honestly.", "hm i was hoping for higher tbh"]
)
def test_the_trainees_letdown_at_the_rating_is_immediacy_done_badly(response: str) -> None:
    result = judged(RATING, response, "immediacy")
    assert result.applicable and result.score is not None and result.score <= 2


@pytest.mark.parametrize(
    "response", ["I over-reacted there, sorry.", "I got a bit defensive just now."]
)
def test_a_reaction_owned_is_the_trainees_part(response: str) -> None:
    moment = Moment(
        client_line="Forget it. I shouldn't have said anything.", invites="rupture_repair"
    )
    assert present(moment, response, "immediacy")


def test_near_miss_an_overreaction_in_the_trainees_life_is_not_the_room() -> None:
    moment = Moment(client_line="Did you ever panic about your kids?", invites="self_disclosure")
    response = "When my son left home I overreacted to everything."
    assert not present(moment, response, "immediacy")


# 13. A question answered only with a question.
WHAT_DO_YOU_THINK = Moment(client_line="Be honest. Do you actually like me?", invites="immediacy")


@pytest.mark.parametrize("response", ["What would you like me to say?", "why do u want to know?"])
def test_a_question_turned_back_dodges(response: str) -> None:
    if present(WHAT_DO_YOU_THINK, response, "immediacy"):
        assert "dodges_question" in features(WHAT_DO_YOU_THINK, response, "immediacy")
        result = judged(WHAT_DO_YOU_THINK, response, "immediacy")
        assert result.score is None or result.score <= 3


def test_near_miss_an_answer_then_a_question_is_no_dodge() -> None:
    response = "I do. What made you want to check?"
    assert "dodges_question" not in features(WHAT_DO_YOU_THINK, response, "immediacy")


# 14. Presence offered where the client reached for touch, and only there.
HOLD = Moment(
    client_line="Could you just hold my hand for a minute? Please.",
    cue="reaching across",
    invites="boundary",
)


@pytest.mark.parametrize(
    "response",
    [
        "I won't be holding your hand, but I'm staying right here with you.",
        "i cant do that but im here w u. im not going anywhere.",
    ],
)
def test_presence_offered_in_place_of_touch_is_relationship_talk(response: str) -> None:
    assert present(HOLD, response, "immediacy")
    assert "presence_offered" in features(HOLD, response, "immediacy")


def test_near_miss_im_here_at_a_moment_about_their_life_is_an_ordinary_invitation() -> None:
    moment = Moment(client_line="My sister won't return my calls.", invites="immediacy")
    assert "presence_offered" not in features(moment, "I'm here for you.", "immediacy")


# 15. More found on a last round (how-was-today/a-six, late-and-gone-quiet/complaint,
# this-isnt-working/walking-out, complaint-about-last-session/you-said, the rupture-repair drill).
def test_what_was_missing_asked_after_a_rating_asks_about_the_work() -> None:
    assert present(RATING, "Okay. What felt missing today?", "immediacy")


def test_near_miss_what_was_missing_in_their_childhood_is_not_the_work() -> None:
    moment = Moment(client_line="My dad was never around much.", invites="immediacy")
    assert not present(moment, "What was missing for you growing up?", "immediacy")


def test_explaining_first_announced_is_explaining() -> None:
    response = "Right. Let me just explain why I asked about your dad."
    moment = Moment(
        client_line="It felt like you'd decided what was wrong with me.", invites="rupture_repair"
    )
    assert "explains_self" in features(moment, response, "immediacy")
    assert "explains_intent" in features(moment, response, "rupture_repair")


@pytest.mark.parametrize(
    "response",
    ["I'd be really sad to lose you, and it's your call.", "I would miss working with you."],
)
def test_the_trainees_feeling_at_their_leaving_is_relationship_talk(response: str) -> None:
    moment = Moment(client_line="I think this is my last one. I'm done.", invites="rupture_repair")
    assert present(moment, response, "immediacy")


def test_near_miss_sorry_to_hear_is_empathy_not_the_relationship() -> None:
    moment = Moment(client_line="My cat died on Sunday.", invites="immediacy")
    assert not present(moment, "I'm so sorry to hear that.", "immediacy")


@pytest.mark.parametrize(
    "response", ["I did not honour what you told me. Sorry.", "i didnt take seriously what u said"]
)
def test_something_of_theirs_not_honoured_is_the_trainees_part(response: str) -> None:
    moment = Moment(
        client_line="You brushed off my faith like it was nothing.", invites="rupture_repair"
    )
    assert present(moment, response, "immediacy")


@pytest.mark.parametrize(
    "response",
    [
        "Thanks for saying so. What has it been like, sitting here with that?",
        "You're right to say it. Can I ask what's been missing, so I get it?",
    ],
)
def test_an_invitation_without_you_explores_the_strain(response: str) -> None:
    moment = Moment(
        client_line="Seven weeks and I feel exactly the same. This isn't helping.",
        invites="rupture_repair",
    )
    assert "explores_experience" in features(moment, response, "rupture_repair")
