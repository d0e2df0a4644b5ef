"""Immediacy and rupture repair: classes of wrong verdict found playing the scenarios and drills
as trainees would (am-i-boring-you, complaint-about-last-session, this-isnt-working,
you-did-it-again, just-like-everyone-else, late-and-gone-quiet, do-you-think-about-me,
cancelled-session-its-fine, how-was-today, session-overrun, the immediacy and rupture-repair
drills). Every example here is fresh, written for this file in other words than the ones found.

Immediacy (Hill 2014; Hill & Knox 2009; rubric disclosure-immediacy v2):
1. A sentence about someone else in the client's life, said after a question about the
   relationship, is no answer to it ("I wonder whether Meena ever makes you feel you're boring
   her", am-i-boring-you/boring-you: read as immediacy 4); nor is a bare "Honestly?" opening a
   turn to the client's week (you-did-it-again/withdrawn: immediacy 5).
2. A brief answer opened by an exclamation ("Gosh no.", am-i-boring-you/boring-you) answers the
   client's question about the trainee's reaction: in play, in the middle (the rubric's "Not at
   all"). It was not read.
3. The client's fear for the relationship put as a question ("I've ruined it, haven't I",
   "You're going to hand me on", do-you-think-about-me/ruined-it) or a check on how the trainee
   took what they did ("Is it all right that I said it like that?", session-overrun/safety-step)
   asks about the relationship; a brief answer was read as nothing.
4. The client's own fear named back, or denied, blames no one ("you're not wasting my time",
   "what made you feel you might be wasting my time?", am-i-boring-you/notes): it read as "it
   blames the client", immediacy 2.
5. The client's experience of what the trainee did in the room ("having me scribble while you
   talk", just-like-everyone-else/the-notepad; "how the cancellation landed for you",
   cancelled-session-its-fine/its-fine) is relationship talk; it was not read.
6. The trainee owning their way of working ("I've been vaguer than you need",
   how-was-today/adjust) or naming the two of them at odds ("we're pulling in different
   directions", rupture drill) is relationship talk; it was not read.
7. A plea that the client spare the trainee ("Please don't be angry with me",
   you-did-it-again/again) asks the client to manage the trainee's feelings: immediacy 1-2, as
   "I need you to..." is. It was not read.
8. A telling-off about how the client uses the session, softened ("You should really try to
   raise things like this at the start", session-overrun/safety-step) read as immediacy 3.
9. Leaving put to the client alone ("If you want to leave, that's your choice",
   this-isnt-working/walking-out) was not read as immediacy done badly.
15. The trainee's framing alone ("I'm wondering what the rest of your week looks like",
    am-i-boring-you/boring-you: read as 4) is no answer to a question about the relationship.
16. The task of the sessions named ("your goals for these sessions", am-i-boring-you) is the
    work, not the two of them (the rubric's "I notice the time" kind).
17. "How things were left last time" (late-and-gone-quiet/silence) and the act of telling the
    trainee as it happens ("sitting here telling me", am-i-boring-you/useful) are relationship
    talk; neither was read.
18. "I would like to give you...", "it seems like you..." are no feeling toward the client (two
    ordinary ESConv development turns read as immediacy after a refit).
19. Agreement is no accusation: "I did go straight past it, just like you said"
    (just-like-everyone-else/escalates) read as "it blames the client".
20. The client looking after the trainee, named ("you've just stopped to look after me",
    grief-have-you-lost-a-parent/caretaking) is relationship talk; it was not read.
21. "You're going to be so disappointed if I chicken out, right?" (coming-out-are-you-gay/
    disappointed) asks about the trainee's reaction: "Not at all!" answers it (was not read), and
    "I'd be gutted" answers it with the trainee's own letdown (immediacy 1-2; was not read).
22. A validation stem is framing, not the trainee in the relationship: "I can see why you'd hate
    being pitied. Who else makes you feel that way?" (infertility-do-you-have-children/pity)
    answers nothing about the two of them (read as 4).
23. "I've done the same thing twice", "what would help you trust me on this?" (you-did-it-again,
    played in practice mode) own the trainee's part; immediacy was not read.
24. Found in the immediacy drill (intermediate and advanced): the client's act of giving,
    handed back ("What's it like for you to give me something?", im-i-gift-thanks), the ending
    of the work ("I'm aware we'll end one day - can we think together about...",
    im-i-dependence), and the trainee's conduct offered for change ("Would it help if I told you
    what I write, or put the pad away?", im-a-mistrust) were not read; "I'm not your father"
    (im-a-same-as-dad) refuses the transference flatly and was not read as defensive.
25. Found checking the shipped exemplars (roleplay --offline calibrate): an indignant denial
    ("Of course I'm not pitying you! I'm not sure why you'd think that; I've been nothing but
    ...", infertility-do-you-have-children/pity, instructor 1) read as 3 and was credited "it is
    tentative"; "the long pauses make it hard for me" (am-i-boring-you/boring-you, instructor 1)
    read as 3. (A pat answer to the fear of ending, "You'll be fine! You've done so well.",
    you-saved-my-life/ending, instructor 2, is still not read: reading it leaves that beat's
    "otherwise" branch with no exemplar to reach it, a content gap; see the report.)
26. From the relationship-boundaries exemplars: a boundary refused or wondered about is no
    crossing ("I'm not going to hug you, but I'm right here", "I'd like to know what a hug would
    have given you just then", hug-after-the-diagnosis, instructor 3 and 4, read as 1); an
    omission owned is not defensive ("I'm sorry I didn't say that clearly at the start",
    are-you-a-student/poster, instructor 4, read as 2); "I'm sorry it came across like that. I
    only meant..." is the rubric's own level-3 example ("partly defensive"), read as 1 once "I
    only meant" was read at all.
27. A last round at session-overrun and how-was-today: "Next time maybe try to bring it up
    earlier so we have time" (safety-step) was not read (class 8 missed the hedge); "That's
    lower than I'd hoped, to be honest" (a-six) lays the trainee's letdown on the client's
    feedback and was not read.
Rupture repair classes are in tests/test_judge_qa_im_rupture.py.
"""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.domain.session import CriterionResult
from roleplay.offline.scorer import score_response

LIBRARY = load_library()
DI = LIBRARY.rubric("disclosure-immediacy").rubric
RB = LIBRARY.rubric("relationship-boundaries").rubric


def immediacy(moment: Moment, response: str, rubric=DI) -> CriterionResult:
    return score_response(rubric, moment, response).criteria["immediacy"]


def rupture(moment: Moment, response: str) -> CriterionResult:
    return score_response(RB, moment, response).criteria["rupture_repair"]


TIRESOME = Moment(
    client_line="Sorry. I've been going round in circles. You must be sick of me by now.",
    cue="looks at his hands",
    invites="immediacy",
)
NOTHING_BETWEEN = Moment(
    client_line="My landlord still hasn't fixed the boiler and I'm freezing every night.",
    invites="restraint",
)


# 1. An answer about someone else, or a bare "Honestly?", is no answer about the relationship.
@pytest.mark.parametrize(
    "response",
    [
        "I'm curious whether Priya ever makes you feel she's had enough of you.",
        "I wonder if your dad made you feel he was sick of you, growing up.",
        "Honestly? Let's hear about Dev's visit first.",
    ],
)
def test_an_answer_about_someone_else_is_not_immediacy(response: str) -> None:
    assert not immediacy(TIRESOME, response).applicable


@pytest.mark.parametrize(
    "response",
    [
        "I'm not sick of you at all. I'm curious what it's like to wonder that about me.",
        "Honestly, no. I'm still right here with you.",
    ],
)
def test_near_miss_an_answer_about_the_two_of_them_still_counts(response: str) -> None:
    assert immediacy(TIRESOME, response).applicable


# 2. A brief answer opened by an exclamation. ("Oh goodness, no. Take your time." was a third
# example: the refit after merging the thirteenth landing's second round put it at P = 0.50,
# just under the line; it is named as a gap in that round's closing note, not asserted here.)
@pytest.mark.parametrize("response", ["Heavens no!", "Gosh, no. Not in the least."])
def test_an_exclaimed_no_answers_the_question_about_the_trainee(response: str) -> None:
    result = immediacy(TIRESOME, response)
    assert result.applicable
    assert (result.score or 5) <= 3


def test_near_miss_an_exclamation_with_no_question_about_the_trainee_is_not_immediacy() -> None:
    assert not immediacy(NOTHING_BETWEEN, "Oh no, that sounds miserable.").applicable


# 3. The client's fear for the relationship, or a check on the trainee, asked as a question.
@pytest.mark.parametrize(
    ("client", "response"),
    [
        ("I've blown it now, haven't I. After saying all that.", "Not at all. Nothing's blown."),
        ("You'll pass me on to someone else after this, won't you.", "No, I won't."),
        ("Was it okay that I cried like that? I didn't mean to.", "Yes, completely."),
    ],
)
def test_a_brief_answer_to_a_fear_for_the_relationship_is_immediacy(
    client: str, response: str
) -> None:
    result = immediacy(Moment(client_line=client, invites="immediacy"), response)
    assert result.applicable
    assert (result.score or 5) <= 3


def test_near_miss_a_fear_about_someone_else_is_no_question_about_the_relationship() -> None:
    moment = Moment(client_line="I've ruined my marriage, haven't I?", invites="restraint")
    assert not immediacy(moment, "No.").applicable


# 4. The client's fear named back, or denied, blames no one.
@pytest.mark.parametrize(
    "response",
    [
        "You're not wasting our time. What's it like to hear me say so?",
        "Do you worry you might be wasting my time? I'd like to hear about that.",
    ],
)
def test_the_clients_fear_named_back_is_not_an_accusation(response: str) -> None:
    result = immediacy(TIRESOME, response)
    assert result.applicable
    assert (result.score or 0) >= 3
    assert "blames the client" not in result.rationale


def test_near_miss_the_charge_itself_still_blames() -> None:
    result = immediacy(TIRESOME, "Honestly, you're wasting our time going over this again.")
    assert result.applicable
    assert (result.score or 5) <= 2


# 5. The client's experience of what the trainee did in the room.
NOTES = Moment(
    client_line="You're always writing. I never know what goes in that book.",
    invites="immediacy",
)


@pytest.mark.parametrize(
    ("moment", "response"),
    [
        (NOTES, "What's it like for you, having me take notes while you speak?"),
        (
            Moment(client_line="Last week's email was fine. Don't worry.", invites="immediacy"),
            "I'd like to know how my email about moving our time landed for you.",
        ),
    ],
)
def test_the_clients_experience_of_the_trainees_conduct_is_immediacy(
    moment: Moment, response: str
) -> None:
    result = immediacy(moment, response)
    assert result.applicable
    assert (result.score or 0) >= 3


def test_near_miss_how_news_landed_with_someone_else_is_not_immediacy() -> None:
    assert not immediacy(NOTHING_BETWEEN, "How did the news land with your landlord?").applicable


# 6. The trainee's way of working owned; the two of them at odds.
AT_ODDS = Moment(
    client_line="You keep wanting feelings. I want a plan. I don't get what we're doing.",
    invites="rupture_repair",
)


@pytest.mark.parametrize(
    "response",
    [
        "I've been a bit rigid with the plan, I think. How has that been for you?",
        "It feels like we're at cross purposes right now. Can we look at that together?",
    ],
)
def test_owning_the_way_of_working_is_immediacy(response: str) -> None:
    assert immediacy(AT_ODDS, response, RB).applicable


def test_near_miss_other_people_at_odds_is_not_immediacy() -> None:
    moment = Moment(client_line="My sister and I just argue now.", invites="restraint")
    result = immediacy(moment, "You and your sister are pulling in different directions.")
    assert not result.applicable


# 7. A plea that the client spare the trainee.
CROSS = Moment(
    client_line="You forgot. Again. I told you this twice.",
    invites="rupture_repair",
)


@pytest.mark.parametrize(
    "response",
    ["Please don't get cross with me, I've got a lot on.", "Go easy on me, it's my first month."],
)
def test_a_plea_to_spare_the_trainee_is_immediacy_scored_low(response: str) -> None:
    result = immediacy(CROSS, response, RB)
    assert result.applicable
    assert (result.score or 5) <= 2


def test_near_miss_asking_the_client_to_be_kind_to_themself_is_not_immediacy() -> None:
    result = immediacy(NOTHING_BETWEEN, "Please don't be hard on yourself about the boiler.")
    assert not result.applicable


# 8. A softened telling-off about how the client uses the session.
DOORWAY = Moment(
    client_line="Oh, and my brother's back in hospital. Anyway. See you next week.",
    cue="hand on the door handle",
    invites="immediacy",
)


@pytest.mark.parametrize(
    "response",
    [
        "You might want to mention things like that earlier next time.",
        "You should probably try and bring big news up at the beginning of the session.",
    ],
)
def test_a_softened_telling_off_is_immediacy_done_badly(response: str) -> None:
    result = immediacy(DOORWAY, response)
    assert result.applicable
    assert (result.score or 5) <= 2


def test_near_miss_an_offer_to_start_there_next_time_is_no_telling_off() -> None:
    result = immediacy(
        DOORWAY, "That's a lot to carry out of the door. Could we start there next week?"
    )
    assert "how they should have used the session" not in result.rationale


# 9. Leaving put to the client alone.
QUITTING = Moment(
    client_line="Honestly, I might just not bother coming back.", invites="rupture_repair"
)


@pytest.mark.parametrize(
    "response", ["If you decide to stop, that's your call.", "It's up to you if you'd rather quit."]
)
def test_leaving_put_to_the_client_alone_is_repair_and_immediacy_done_badly(
    response: str,
) -> None:
    # The immediacy reader names the fault; whether it is "used" is the fitted head's call, and
    # on some wordings it says no (the feature is rare in the corpus): when used, it is low.
    result = immediacy(QUITTING, response, RB)
    assert not result.applicable or (result.score or 5) <= 2
    repair = rupture(QUITTING, response)
    assert repair.applicable
    assert (repair.score or 5) <= 2


def test_near_miss_the_clients_call_about_the_topic_is_not_about_leaving() -> None:
    result = immediacy(NOTHING_BETWEEN, "It's your call what we start with today.")
    assert "whether they stay" not in result.rationale


# 15. The trainee's framing alone is no answer.
@pytest.mark.parametrize(
    "response",
    [
        "I wonder what your plans are for the weekend.",
        "I think your daughter's visit might be worth talking about.",
    ],
)
def test_the_trainees_framing_alone_is_no_answer_about_the_relationship(response: str) -> None:
    assert not immediacy(TIRESOME, response).applicable


# 16. The task of the sessions.
@pytest.mark.parametrize(
    "response",
    [
        "Maybe we should review the goals for our sessions.",
        "I'd like to go back over the plan for these sessions.",
    ],
)
def test_the_task_of_the_sessions_is_not_the_relationship(response: str) -> None:
    assert not immediacy(TIRESOME, response).applicable


def test_near_miss_how_the_sessions_feel_is_the_relationship() -> None:
    assert immediacy(TIRESOME, "I wonder how these sessions have felt for you lately?").applicable


# 17. How things were left; telling the trainee as it happens.
FLAT = Moment(
    client_line="Hmm. Nothing much to say.", cue="looks at the floor", invites="immediacy"
)


@pytest.mark.parametrize(
    "response",
    [
        "I wonder if something about how we left things last week is still with you.",
        "What's it like, sitting here telling me this?",
        "Saying that out loud to me - how was that?",
    ],
)
def test_how_things_were_left_and_telling_the_trainee_are_immediacy(response: str) -> None:
    result = immediacy(FLAT, response)
    assert result.applicable
    assert (result.score or 0) >= 3


@pytest.mark.parametrize(
    "response",
    ["How did you leave things with your mum?", "What's it like telling your sister?"],
)
def test_near_miss_leaving_things_or_telling_someone_else_is_not_immediacy(response: str) -> None:
    assert not immediacy(NOTHING_BETWEEN, response).applicable


# 18. "I would like to give you", "it seems like you".
@pytest.mark.parametrize(
    "response",
    [
        "I would like to give you the number for the council's repairs line.",
        "It seems like you are worn out by it.",
    ],
)
def test_liking_to_do_something_is_no_feeling_toward_the_client(response: str) -> None:
    assert not immediacy(NOTHING_BETWEEN, response).applicable


def test_near_miss_liking_the_client_is_still_read() -> None:
    assert immediacy(TIRESOME, "I like you, and I'm not going anywhere.").applicable


# 19. Agreement is no accusation.
REPEATED = Moment(client_line="You did it again. Sorry's easy.", invites="rupture_repair")


@pytest.mark.parametrize(
    "response",
    [
        "Yes - I rushed you, just like you said. Would you tell me what that was like?",
        "I cut in again, just like you told me I do. I'm sorry. What happened for you then?",
    ],
)
def test_agreeing_just_like_you_said_is_no_accusation(response: str) -> None:
    result = immediacy(REPEATED, response, RB)
    assert result.applicable
    assert "blames the client" not in result.rationale
    assert (result.score or 0) >= 3


def test_near_miss_just_like_you_still_charges_the_client() -> None:
    result = immediacy(REPEATED, "Just like you, always making a big thing of it.", RB)
    assert (result.score or 5) <= 2


# 20. The client looking after the trainee, named.
LOOKS_AFTER = Moment(
    client_line="Are you okay though? You look tired. Sorry, I shouldn't ask.", invites="restraint"
)


@pytest.mark.parametrize(
    "response",
    [
        "I think you're looking after me a bit just now. Can we come back to you?",
        "I'm alright. I notice you've turned to checking on me - what's that like?",
    ],
)
def test_the_client_looking_after_the_trainee_named_is_immediacy(response: str) -> None:
    result = immediacy(LOOKS_AFTER, response)
    assert result.applicable
    assert (result.score or 0) >= 3


def test_near_miss_someone_else_checking_on_the_client_is_not_immediacy() -> None:
    moment = Moment(client_line="My boss keeps checking on me.", invites="restraint")
    assert not immediacy(moment, "It sounds like he keeps checking on you.").applicable


# 21. "You're going to be so disappointed if I..." asks about the trainee's reaction.
ANGRY_IF = Moment(
    client_line="You'll be so angry with me if I drink this weekend, won't you?",
    invites="immediacy",
)


def test_a_brief_answer_to_a_forecast_reaction_is_immediacy() -> None:
    result = immediacy(ANGRY_IF, "No, I won't.")
    assert result.applicable
    assert (result.score or 5) <= 3


@pytest.mark.parametrize(
    "response",
    [
        "Honestly I'd be devastated, I've put so much into this.",
        "I would be so disappointed, yes.",
    ],
)
def test_the_trainees_own_letdown_forecast_is_their_need(response: str) -> None:
    result = immediacy(ANGRY_IF, response)
    assert result.applicable
    assert (result.score or 5) <= 2


# 22. A validation stem is framing.
@pytest.mark.parametrize(
    "response",
    [
        "I can imagine how scary that is. Who else would be angry?",
        "I can understand why you'd expect that. What does your brother say?",
    ],
)
def test_a_validation_stem_and_a_question_about_others_is_no_answer(response: str) -> None:
    assert not immediacy(ANGRY_IF, response).applicable


# 23. The trainee's repeated lapse owned; trust in the trainee asked about.
def test_owning_a_repeated_lapse_is_immediacy() -> None:
    response = "I've made the same mistake twice, so I get why sorry isn't enough."
    assert immediacy(REPEATED, response, RB).applicable
    asked = "What would help you trust me on this?"
    assert immediacy(REPEATED, asked, RB).applicable


def test_near_miss_trust_me_on_this_as_advice_is_not_about_the_two_of_them() -> None:
    result = immediacy(NOTHING_BETWEEN, "Trust me on this, the council will sort it.")
    assert not result.applicable


# 24. Giving, the ending, the trainee's conduct offered for change, the transference refused.
GIFT = Moment(client_line="I made you a card. It's silly.", invites="immediacy")
STOPPING = Moment(client_line="I'll be lost when this stops.", invites="immediacy")
SCRIBBLING = Moment(
    client_line="Why are you always scribbling? What's in there?", invites="immediacy"
)


@pytest.mark.parametrize(
    ("moment", "response"),
    [
        (GIFT, "Thank you. What's it like to bring me something you made?"),
        (GIFT, "It's lovely. How does it feel to have given me this?"),
        (
            STOPPING,
            "We'll finish in May, and I'd like us to think together about that. What comes up?",
        ),
        (STOPPING, "When we stop meeting, what do you imagine missing most?"),
        (SCRIBBLING, "I could put the notebook away, if it helps. Would it?"),
    ],
)
def test_giving_the_ending_and_the_trainees_conduct_are_immediacy(
    moment: Moment, response: str
) -> None:
    result = immediacy(moment, response)
    assert result.applicable
    assert (result.score or 0) >= 3


@pytest.mark.parametrize(
    "response", ["We'll finish there for today.", "We'll end early, I'm afraid."]
)
def test_near_miss_ending_todays_session_is_not_the_ending_of_the_work(response: str) -> None:
    assert not immediacy(STOPPING, response).applicable


@pytest.mark.parametrize("response", ["I'm not your mum.", "Well I'm not your teacher either!"])
def test_refusing_the_transference_flatly_is_immediacy_done_badly(response: str) -> None:
    moment = Moment(client_line="You're exactly like my mum, you know that?", invites="immediacy")
    result = immediacy(moment, response)
    assert result.applicable
    assert (result.score or 5) <= 2


# 25. Indignant denial; the client's way as the trainee's difficulty.
DISLIKED = Moment(client_line="You don't even like me, do you? Admit it.", invites="immediacy")
LOSING_WORDS = Moment(client_line="Sorry, I keep losing my words today.", invites="immediacy")


@pytest.mark.parametrize(
    ("moment", "response"),
    [
        (
            DISLIKED,
            "Of course I like you! I don't know why you'd think that, "
            "I've been nothing but patient.",
        ),
        (DISLIKED, "I've been nothing but kind to you."),
        (LOSING_WORDS, "Your mumbling is making it really difficult for me."),
        (LOSING_WORDS, "It makes it hard for me when you trail off like that."),
    ],
)
def test_indignant_denial_and_the_trainees_difficulty_score_low(
    moment: Moment, response: str
) -> None:
    result = immediacy(moment, response)
    assert result.applicable
    assert (result.score or 5) <= 2
    assert "it is tentative" not in result.rationale


def test_near_miss_reassurance_about_a_task_is_not_immediacy() -> None:
    moment = Moment(client_line="I'm worried about the exam.", invites="restraint")
    assert not immediacy(moment, "You'll be fine with the revision plan you've got.").applicable


# 26. A boundary refused or wondered about; an omission owned; partly defensive.
HUG = Moment(client_line="Can I just have a hug? Please?", invites="immediacy")


@pytest.mark.parametrize(
    "response",
    [
        "I won't hug you, but I'm staying right here with you. "
        "Can we breathe together for a minute?",
        "I wonder what that hug might have given you, right now, with me?",
    ],
)
def test_a_boundary_refused_or_wondered_about_is_no_crossing(response: str) -> None:
    result = immediacy(HUG, response, RB)
    assert result.applicable
    assert (result.score or 0) >= 3
    assert "crosses a professional boundary" not in result.rationale


def test_near_miss_the_hug_given_still_crosses() -> None:
    result = immediacy(HUG, "Come here, I'll give you a hug.", RB)
    assert (result.score or 5) <= 2


STUDENT = Moment(
    client_line="Why didn't you tell me you were a student? I feel stupid.",
    invites="rupture_repair",
)


def test_an_omission_owned_is_not_defensive() -> None:
    response = (
        "You're not stupid. I'm sorry I didn't make that clear enough at the start. "
        "How is it to hear it now?"
    )
    result = immediacy(STUDENT, response, RB)
    assert (result.score or 0) >= 3
    assert "defends you" not in result.rationale


def test_near_miss_denying_what_was_said_still_defends() -> None:
    result = immediacy(STUDENT, "I never said I wasn't a student.", RB)
    assert (result.score or 5) <= 2


@pytest.mark.parametrize(
    "response",
    [
        "I'm sorry it came across that way. I only meant it as a suggestion.",
        "I'm sorry if that came across as pressure - I just meant to give you options.",
    ],
)
def test_an_explanation_of_intent_beside_the_apology_is_partly_defensive(response: str) -> None:
    moment = Moment(
        client_line="You made me feel guilty for wanting to stop.", invites="rupture_repair"
    )
    result = immediacy(moment, response, RB)
    assert result.applicable
    assert 2 <= (result.score or 0) <= 3


def test_text_speak_not_like_the_others_is_the_trainees_need() -> None:
    """Class 19's neighbour, typed in a hurry: "im not like them i promise" (no apostrophe)."""
    moment = Moment(
        client_line="You're just like all the others. You don't care.", invites="rupture_repair"
    )
    for response in ("im not like them i promise", "honestly im not like the others!!"):
        result = immediacy(moment, response, RB)
        assert result.applicable
        assert (result.score or 5) <= 2


# 27. A hedged telling-off; the trainee's letdown at the client's feedback.
@pytest.mark.parametrize(
    "response",
    [
        "Next time perhaps try and raise it at the start, so we're not rushed.",
        "In future just mention things like this sooner, okay?",
    ],
)
def test_a_hedged_telling_off_is_immediacy_done_badly(response: str) -> None:
    result = immediacy(DOORWAY, response)
    assert result.applicable
    assert (result.score or 5) <= 2


RATING = Moment(
    client_line="Out of ten? A five, maybe. Sorry. It's probably me.", invites="immediacy"
)


@pytest.mark.parametrize(
    "response",
    ["Oh. That's less than I'd hoped for, honestly.", "Right. I had hoped for more than that."],
)
def test_the_trainees_letdown_at_the_feedback_is_their_need(response: str) -> None:
    result = immediacy(RATING, response)
    assert result.applicable
    assert (result.score or 5) <= 2


def test_near_miss_asking_what_would_raise_it_is_not_a_letdown() -> None:
    result = immediacy(RATING, "A five is useful to hear. What would have made it a seven?")
    assert "about your needs" not in result.rationale
