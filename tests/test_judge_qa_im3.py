"""Immediacy and rupture repair, third round of play near the used / not-used line (the anxious
over-explainer, the jokey trainee, the clipped professional, the over-warm friend, literal
second-language English, question-only and mirroring replies) at am-i-boring-you,
late-and-gone-quiet, just-like-everyone-else, you-did-it-again, this-isnt-working,
complaint-about-last-session, cancelled-session-its-fine, how-was-today, same-small-town,
hug-after-the-diagnosis and both drills. Every example here is fresh, written for this file in
other words than the ones found.

1. The trainee's own feeling about the ending of the work ("I feel sad about it ending too",
   follow-request-on-instagram/contact-after) was not read as relationship talk at all.
2. A warm yes to the fear of being forgotten ("Of course I will." to "Will you remember me?")
   was not read as an answer to a question about the relationship.
3. Going past what the client said, owned or asked ("I went straight past something... Which
   bit did I skip?", just-like-everyone-else/escalates) was not read as the trainee's part.
4. The trainee counted, now, among those the client complains of ("right now I'm one of them",
   just-like-everyone-else/just-like-everyone) was read as no immediacy and no repair.
5. The client's tone labelled ("Wow. OK. That's quite hostile.") was not read as immediacy done
   badly.
6. The anxious over-explainer ("I always go quiet when I'm thinking... it's honestly just how I
   process things, I hope that didn't come across badly?", am-i-boring-you/boring-you) scored
   immediacy 5 and repair 5: explaining oneself is the rubric's level 2.
7. "I'm sorry you feel that way" was told "it explains what you meant beside the apology".
8. The client's complaint word echoed back on its own ("Patronising. Ok. Say more?",
   this-isnt-working/patronising) was read as not turning to the strain, and a bare "Ok." as
   turning to something else.
9. Thanks for the client's letting the trainee off ("thank you for being so understanding about
   last week", cancelled-session-its-fine/its-fine) scored repair 4; it takes the appeasing at
   its word (level 2).
10. The appeasing word doubted ("I do wonder whether it was more of a problem than you're letting
    me see") was read as no repair.
11. A question about someone the client named ("did u get to see marta in the end?",
    cancelled-session-its-fine/the-bus) was read as inviting their experience of the strain
    (repair 5).
12. The trainee's letdown at the rating ("Hmm, I'd have hoped for higher, to be honest.",
    how-was-today/a-six) and "I overreacted" (same-small-town/refer-rupture) were not read as
    relationship talk.
13. A direct question about the trainee answered only with a question back ("What do you think
    I think?", the immediacy drill's im-b-question-back) scored 4: immediacy used to dodge a
    direct question is the rubric's level 2.
14. Presence offered in place of touch ("I'm not going to hug you, but I'm right here") is read
    as relationship talk at a moment where the client reached for touch, and only there.
15. A last round: "What was missing for you?" after a rating (how-was-today/a-six) was not read
    as asking about the work; "Let me explain what I was trying to do" (late-and-gone-quiet/
    complaint) as no explaining; "I'd be sorry to see you go" (this-isnt-working/walking-out)
    as no feeling toward the client; "I did not respect your root" (a literal second-language
    apology, complaint-about-last-session/you-said) as no part owned; "What has it been like
    coming here...?" and "Can I ask what's not working?" (the rupture-repair drill) as no
    invitation ("it moves on without exploring"); "thanks for saying" as no validation.

Classes 1-8 are tested here, 9-15 in tests/test_judge_qa_im3_more.py.
"""

from __future__ import annotations

import pytest

from qa_im3_support import features, judged, present
from roleplay.domain.moment import Moment

# 1. A feeling about the ending, shared.
LAST_ONE = Moment(
    client_line="So that's it then, after today. Strange, isn't it, not coming on Thursdays.",
    invites="immediacy",
)


@pytest.mark.parametrize(
    "response",
    [
        "It is strange. I'll feel a pang too when we say goodbye.",
        "it's going to be sad for me as well when our sessions finish",
    ],
)
def test_a_feeling_about_the_ending_is_immediacy(response: str) -> None:
    assert present(LAST_ONE, response, "immediacy")
    assert judged(LAST_ONE, response, "immediacy").applicable


def test_near_miss_sadness_about_their_marriage_ending_is_no_immediacy() -> None:
    moment = Moment(client_line="We signed the papers on Monday.", invites="immediacy")
    assert not present(moment, "I feel sad that your marriage is ending.", "immediacy")


# 2. The fear of being forgotten, answered.
FORGOTTEN = Moment(
    client_line="You'll forget all about me once I stop coming, won't you.", invites="immediacy"
)


@pytest.mark.parametrize("response", ["I won't forget you.", "no, i will not. ofc not."])
def test_a_yes_or_no_to_being_forgotten_answers_the_relationship(response: str) -> None:
    result = judged(FORGOTTEN, response, "immediacy")
    assert result.applicable
    assert result.score is not None and 2 <= result.score <= 4


def test_near_miss_remembering_an_errand_is_no_relationship_question() -> None:
    moment = Moment(client_line="Will you remember to send the letter to my GP?")
    assert not present(moment, "Of course I will.", "immediacy")


# 3. Going past what the client said, owned or asked.
WENT_PAST = Moment(
    client_line="I just told you about the funeral and you asked about my job. Typical.",
    invites="rupture_repair",
)


@pytest.mark.parametrize(
    "response",
    [
        "You're right. I skated right over it. Can we go back?",
        "did i just skim past that? sorry. tell me again",
    ],
)
def test_going_past_it_owned_is_the_trainees_part(response: str) -> None:
    assert present(WENT_PAST, response, "immediacy")
    result = judged(WENT_PAST, response, "rupture_repair")
    assert result.applicable and result.score is not None and result.score >= 3


def test_near_miss_going_past_a_place_is_no_lapse() -> None:
    moment = Moment(client_line="How was your journey in?", invites="self_disclosure")
    assert not present(moment, "I went past the station twice, ha.", "immediacy")


# 4. The trainee counted, now, among those the client complains of.
LIKE_THEM = Moment(
    client_line="Doctors, social workers, you lot. All the same. Tick the box and off you go.",
    invites="rupture_repair",
)


@pytest.mark.parametrize(
    "response",
    [
        "And to you right now I'm probably one of them. That's fair to say.",
        "Maybe I've been part of the problem. What have I done that felt like box-ticking?",
    ],
)
def test_the_trainee_among_them_is_relationship_talk(response: str) -> None:
    assert present(LIKE_THEM, response, "immediacy")
    assert judged(LIKE_THEM, response, "rupture_repair").applicable


def test_near_miss_one_of_many_people_is_a_disclosure_not_the_room() -> None:
    moment = Moment(client_line="Do you know anyone with anxiety?", invites="self_disclosure")
    assert not present(moment, "Lots of people have it, and I'm one of them.", "immediacy")


# 5. The client's tone labelled.
@pytest.mark.parametrize(
    "response", ["Okay. That's a bit aggressive, to be honest.", "this is really uncalled for."]
)
def test_a_label_on_their_tone_is_immediacy_done_badly(response: str) -> None:
    result = judged(LIKE_THEM, response, "immediacy")
    assert result.applicable and result.score is not None and result.score <= 2
    assert "accusatory" in features(LIKE_THEM, response, "immediacy")


def test_near_miss_hostile_said_of_someone_else_is_no_rebuke() -> None:
    assert "accusatory" not in features(
        LIKE_THEM, "That's really hostile, what your manager did to you.", "immediacy"
    )


# 6. The over-explainer.
SLOW = Moment(
    client_line="Sorry, I keep stopping. Am I boring you? You look miles away.",
    invites="immediacy",
)


@pytest.mark.parametrize(
    "response",
    [
        "No! Gosh. I always look a bit serious when I'm concentrating, it's just the way I "
        "listen, I hope you didn't think I was bored?",
        "not at all, i tend to go quiet when i'm listening hard, thats just how i work. "
        "hope it didnt come across badly",
    ],
)
def test_explaining_oneself_is_immediacy_done_badly(response: str) -> None:
    assert "explains_self" in features(SLOW, response, "immediacy")
    result = judged(SLOW, response, "immediacy")
    assert result.applicable and result.score is not None and result.score <= 3
    drifting = Moment(
        client_line="You keep drifting off when I talk. It's like you're not even there.",
        invites="rupture_repair",
    )
    assert "explains_intent" in features(drifting, response, "rupture_repair")


def test_near_miss_an_honest_answer_and_curiosity_is_not_explaining() -> None:
    response = "Not at all. I was still thinking about the allotment. What made you wonder?"
    assert "explains_self" not in features(SLOW, response, "immediacy")


# 7. The apology for their feeling: what the rationale says.
WORKSHEETS = Moment(
    client_line="These worksheets are childish. It's like being marked at school.",
    invites="rupture_repair",
)


def test_sorry_you_feel_that_way_is_named_for_what_it_is() -> None:
    result = judged(WORKSHEETS, "I'm sorry you felt that way about the sheets.", "rupture_repair")
    assert "for how they feel" in result.rationale
    assert "explains what you meant" not in result.rationale


def test_near_miss_intent_beside_the_apology_keeps_its_words() -> None:
    result = judged(WORKSHEETS, "Sorry, I only meant them as a starting point.", "rupture_repair")
    assert "for how they feel" not in result.rationale


# 8. The client's complaint word echoed back.
CONDESCENDING = Moment(
    client_line="Honestly, the whole set-up feels condescending.", invites="rupture_repair"
)


@pytest.mark.parametrize("response", ["Condescending?", "Condescending. Okay. Tell me more."])
def test_the_complaint_word_echoed_turns_to_the_strain(response: str) -> None:
    assert present(CONDESCENDING, response, "rupture_repair")
    assert "asks_elsewhere" not in features(CONDESCENDING, response, "rupture_repair")


def test_near_miss_an_echo_of_a_word_that_is_no_complaint_is_not_the_strain() -> None:
    assert not present(CONDESCENDING, "Set-up?", "rupture_repair")
