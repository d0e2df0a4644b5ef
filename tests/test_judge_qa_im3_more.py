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


# 16. The client's fear named as an impression the trainee gave is no charge against them
# (am-i-boring-you/notes: "I'm sorry if I gave you the idea you were wasting my time" scored 1,
# "it blames the client").
NOTES = Moment(
    client_line="I shall bring a list next time, so as not to take up your afternoon.",
    invites="immediacy",
)


@pytest.mark.parametrize(
    "response",
    [
        "I'm sorry if I left you with the impression you were wasting my time.",
        "sorry if i gave u the feeling ur wasting my time. ur not.",
        # the same in the present tense had read as the trainee's own charge (helping.BLAME)
        "Sorry if I gave you the feeling you're wasting my time. You're not.",
    ],
)
def test_the_fear_as_an_impression_given_blames_no_one(response: str) -> None:
    assert "accusatory" not in features(NOTES, response, "immediacy")
    result = judged(NOTES, response, "immediacy")
    assert result.applicable and result.score is not None and result.score >= 3


@pytest.mark.parametrize(
    "response",
    ["Honestly, you are wasting my time.", "I get the sense you think you're better than me."],
)
def test_near_miss_the_charge_itself_still_blames(response: str) -> None:
    assert "accusatory" in features(NOTES, response, "immediacy")


# 17. The client's question echoed first, then answered (the mirroring voice at
# late-and-gone-quiet/giving-up: "Give up on you? No chance mate." was not read).
DROP_ME = Moment(
    client_line="You're not going to, like, drop me? Everyone else has by now.",
    invites="immediacy",
)


@pytest.mark.parametrize("response", ["Drop you? Never.", "Drop you? No. Not a chance."])
def test_an_answer_after_the_echo_answers_the_relationship(response: str) -> None:
    assert present(DROP_ME, response, "immediacy")


def test_near_miss_an_echo_alone_answers_nothing() -> None:
    assert "answers_relational_question" not in {
        f for f in features(DROP_ME, "Everyone else?", "immediacy")
    }


# 18. The trainee's staying put on the client ("Well, that depends on you really.").
@pytest.mark.parametrize("response", ["That's down to you, mostly.", "it depends on u really"])
def test_staying_put_on_them_is_immediacy_done_badly(response: str) -> None:
    assert "stay_or_go" in features(DROP_ME, response, "immediacy")
    result = judged(DROP_ME, response, "immediacy")
    assert result.applicable and result.score is not None and result.score <= 2


def test_near_miss_a_choice_about_the_topic_is_not_staying_put_on_them() -> None:
    moment = Moment(client_line="What should we talk about today?", invites="contracting")
    assert "stay_or_go" not in features(moment, "It depends on you and what's on top.", "immediacy")


# 19. The trainee's reaction to what the client said, owned (same-small-town/refer-rupture: "i
# panicked a bit when u said it, thats mine not yours" was read with no phrase).
@pytest.mark.parametrize(
    "response",
    ["I froze a little when you told me. That one's mine, not yours.", "that was all mine not urs"],
)
def test_a_reaction_to_them_owned_is_the_trainees_part(response: str) -> None:
    moment = Moment(
        client_line="I wish I'd kept my mouth shut about the baby.", invites="rupture_repair"
    )
    assert present(moment, response, "immediacy")


def test_near_miss_freezing_somewhere_else_is_not_the_room() -> None:
    moment = Moment(client_line="Have you ever done public speaking?", invites="self_disclosure")
    assert not present(moment, "I froze when I gave my first talk at uni.", "immediacy")


# 20. "Am I tiresome?" in other words is a question about the relationship (a known miss from the
# last round: "Oh goodness, no. Take your time." sat at P = 0.50).
@pytest.mark.parametrize(
    "client", ["Am I being a nuisance, ringing the office?", "Am I too slow for you?"]
)
def test_other_words_for_am_i_boring_you_ask_about_the_relationship(client: str) -> None:
    moment = Moment(client_line=client, invites="immediacy")
    assert present(moment, "Gosh, no.", "immediacy")


# 21. The client made one of many ("Sorry, so many clients." after a forgotten name, the
# immediacy drill) was "not used"; the corpus labels "I see a lot of people, so honestly it's hard
# to say" 1.
FORGOT_HER = Moment(
    client_line="No, it's fine that you got my son's name wrong. Really.", invites="immediacy"
)


@pytest.mark.parametrize(
    "response", ["Oops, sorry. Too many clients!", "i have loads of people, so it slips sometimes"]
)
def test_the_client_made_one_of_many_is_immediacy_done_badly(response: str) -> None:
    assert "brushes_off" in features(FORGOT_HER, response, "immediacy")
    result = judged(FORGOT_HER, response, "immediacy")
    assert result.applicable and result.score is not None and result.score <= 2


def test_near_miss_other_people_feeling_the_same_is_not_the_client_made_one_of_many() -> None:
    moment = Moment(client_line="I feel so stupid for still grieving.", invites="immediacy")
    assert "brushes_off" not in features(
        moment, "So many people feel that way, you're not alone.", "immediacy"
    )


# 22. The label put back after the client's complaint about it ("Well, you were avoiding it
# though.", the immediacy drill's "Last week you said I was avoiding things") was "not used" for
# both immediacy and rupture repair.
LABEL_COMPLAINT = Moment(
    client_line="You called me defensive last time. It stung for days.", invites="rupture_repair"
)


@pytest.mark.parametrize(
    "response", ["You were being a bit defensive, to be fair.", "u were deflecting tho"]
)
def test_the_label_put_back_is_blame(response: str) -> None:
    assert "accusatory" in features(LABEL_COMPLAINT, response, "immediacy")
    # (the label put back makes the strain the client's problem: named as such since the
    # rupture reader told a defence from a pathologising)
    assert "pathologises" in features(LABEL_COMPLAINT, response, "rupture_repair")


def test_near_miss_the_label_owned_as_the_trainees_is_not_blame() -> None:
    response = "I called you defensive, and I think that was me being defensive. I'm sorry."
    found = features(LABEL_COMPLAINT, response, "rupture_repair")
    assert "defends_or_blames" not in found and "pathologises" not in found


# 30. The relationship defined coldly with neither "I" nor "you" ("Look, we're not friends.",
# late-and-gone-quiet/shut-down; a known miss from the last round, "we're not mates") was "not
# used"; it is relationship talk done badly, as "I'm your therapist, not your mate" is.
@pytest.mark.parametrize("response", ["Right. We are not mates.", "we're not friends ok. its work"])
def test_we_are_not_friends_is_cold_relationship_talk(response: str) -> None:
    moment = Moment(client_line="Can we just talk about work or something.", invites="immediacy")
    result = judged(moment, response, "immediacy")
    assert result.applicable and result.score is not None and result.score <= 2


def test_near_miss_the_clients_friends_are_not_the_relationship() -> None:
    moment = Moment(client_line="Me and Dean aren't talking.", invites="immediacy")
    assert not present(moment, "So you and Dean aren't friends at the moment?", "immediacy")
