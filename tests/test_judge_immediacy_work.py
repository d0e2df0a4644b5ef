"""Immediacy the judge did not see: the client's view of the work asked now, and the trainee's
lapse owned in plain words. Found in the cross-validation mistakes of the training split (the
corpus and the scenarios' exemplars score both as immediacy); every example here is fresh.

1. Asking, now, how the sessions are for the client ("Was that useful today, do you think?",
   how-was-today/check-in; "what would make it an eight?" after a rating) was read as contracting
   only: a rule set immediacy aside for any request for feedback, though the rubric counts
   "asking how the client is experiencing the trainee or the therapy" and how-was-today's own
   exemplars score the check-in immediacy 3-4. A routine promised for later ("at the end of each
   session I'll ask how it went") asks nothing now and stays contracting alone.
2. A lapse owned in plain words ("I dodged it a minute ago", "that's on me", "I let us run on",
   "that came out wrong") was not read as the trainee's part in what just happened between them.
3. The trainee's lapse justified in answer to the client's strain ("Well, I was ill. I couldn't
   help it", cancelled-session-its-fine/the-bus; "It was on the intake form though",
   are-you-a-student; "It's more for insurance reasons, really") was "not used": the corpus and
   the development probe set label it immediacy done badly (1-2), as they do the defences the
   reader already knew ("therapy takes time", "it's just the guidelines").
"""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.domain.session import CriterionResult
from roleplay.offline import relational
from roleplay.offline.relational_work import asks_about_the_work
from roleplay.offline.scorer import score_response
from roleplay.offline.text import split_sentences

RB = load_library().rubric("relationship-boundaries").rubric


def judged(moment: Moment, response: str, criterion: str) -> CriterionResult:
    return score_response(RB, moment, response).criteria[criterion]


def relational_strength(text: str) -> float:
    return max(relational.strength(s) for s in split_sentences(text))


# 1. The client's view of the work, asked now.
END_OF_HOUR = Moment(
    client_line="Right, that's the time. Same again next Thursday?", invites="contracting"
)
RATED = Moment(
    client_line="Honestly? Out of ten... a five. Sorry. It was fine, just, I don't know.",
    invites="immediacy",
)


@pytest.mark.parametrize(
    "response",
    [
        "Yes, same time. Before you head off, was today useful for you?",
        "quick q before u go: did u feel listened to today?",
        "Same time. Can I check how this session went for you, out of ten?",
    ],
)
def test_the_work_asked_about_now_is_immediacy(response: str) -> None:
    result = judged(END_OF_HOUR, response, "immediacy")
    assert result.applicable
    assert (result.score or 0) >= 3
    # still the contracting move it always was
    assert judged(END_OF_HOUR, response, "contracting").applicable


@pytest.mark.parametrize(
    "response",
    [
        "Don't be sorry, a five is useful to know. What would take it up to a seven?",
        "thanks for being straight w me. what would make it a 7?",
    ],
)
def test_asking_what_would_raise_the_rating_is_immediacy(response: str) -> None:
    result = judged(RATED, response, "immediacy")
    assert result.applicable
    assert (result.score or 0) >= 3


def test_near_miss_a_routine_promised_for_later_is_contracting_alone() -> None:
    response = "Yes. From next week I'll ask at the end of each session how it went."
    assert not judged(END_OF_HOUR, response, "immediacy").applicable
    assert judged(END_OF_HOUR, response, "contracting").applicable


@pytest.mark.parametrize(
    "text",
    [
        "On a scale of nought to ten, how bad has the craving been this week?",
        "Was that helpful, talking to your sister?",
        "How was the wedding?",
        "The session's recorded for supervision, is that okay?",
        # the client's mood rated, not the sessions
        "How are you feeling this morning, out of ten?",
        "So how low is your mood today, one to ten?",
    ],
)
def test_near_miss_ratings_and_questions_about_elsewhere_ask_nothing_about_the_work(
    text: str,
) -> None:
    assert not any(asks_about_the_work(s) for s in split_sentences(text))


def test_a_rating_of_the_sessions_with_the_mood_word_still_asks_about_the_work() -> None:
    assert asks_about_the_work(
        split_sentences("How are you feeling about this session, out of ten?")[0]
    )


# 2. A lapse owned in plain words.
UNANSWERED = Moment(
    client_line="You never answered my question last week. About whether you've got kids.",
    invites="rupture_repair",
)


@pytest.mark.parametrize(
    "text",
    [
        "You're right, I sidestepped it, and that probably felt like a brush-off.",
        "that one's on me.",
        "I let us run on again.",
        "Sorry, that came out all wrong.",
        "i worded that badly.",
    ],
)
def test_a_lapse_owned_in_plain_words_is_the_trainees_part(text: str) -> None:
    assert relational_strength(text) >= 0.55


def test_a_lapse_owned_with_the_clients_experience_invited_scores_high() -> None:
    result = judged(
        UNANSWERED,
        "You're right, I sidestepped it, and that probably felt like a brush-off. What was "
        "that like?",
        "immediacy",
    )
    assert result.applicable
    assert (result.score or 0) >= 4


@pytest.mark.parametrize(
    "text",
    [
        "My mistake was leaving it so long with my brother.",
        "I avoided it for years with my own dad, so I get it.",
    ],
)
def test_near_miss_a_mistake_in_the_trainees_own_life_is_no_lapse_in_the_room(text: str) -> None:
    assert relational_strength(text) < 0.55


# 3. The trainee's lapse justified in answer to the strain.
CANCELLED_AGAIN = Moment(
    client_line="You cancelled on me again. That's the third time. Do you even want to see me?",
    invites="rupture_repair",
)


@pytest.mark.parametrize(
    "response",
    [
        "I was really unwell, I couldn't have made it in.",
        "It's all in the agreement you signed, to be fair.",
        "The forms are just so we can track how you're doing, the service insists on them.",
    ],
)
def test_a_lapse_justified_at_a_strain_is_immediacy_done_badly(response: str) -> None:
    result = judged(CANCELLED_AGAIN, response, "immediacy")
    assert result.applicable
    assert (result.score or 5) <= 2
    assert "defends you" in result.rationale


def test_near_miss_no_choice_in_the_trainees_own_story_is_no_relationship_talk() -> None:
    moved = Moment(
        client_line="We have to move again. The landlord's selling. I hate it.",
        invites="self_disclosure",
    )
    response = "I had no choice but to move house last year, so I know how unsettling it is."
    assert not judged(moved, response, "immediacy").applicable


# 4. The rationale quotes the talk about the two of them, not the opening "Not at all".
TIRESOME = Moment(client_line="Sorry, I keep rambling. Am I boring you?", invites="immediacy")


def test_the_rationale_quotes_the_relationship_talk_over_a_bare_answer() -> None:
    result = judged(
        TIRESOME,
        "No, not at all. I noticed you looked away just then. What do you imagine I'm thinking?",
        "immediacy",
    )
    assert result.applicable
    assert "\u201cI noticed you looked away just then.\u201d" in result.rationale


def test_near_miss_a_bare_answer_alone_is_still_what_is_quoted() -> None:
    result = judged(TIRESOME, "No, not at all. Carry on.", "immediacy")
    if result.applicable:
        assert "\u201cNo, not at all.\u201d" in result.rationale


# 5. A lexicon branch had lost its second half ("do you even know " ran into the next branch),
#    so the trainee's hurt put to the client as a question was not read as their own need.
@pytest.mark.parametrize(
    "text",
    ["Do you even know how that made me feel?", "do you know how it feels, being stood up?"],
)
def test_the_trainees_hurt_put_as_a_question_is_their_own_need(text: str) -> None:
    from roleplay.offline import lexicon as lx

    assert any(lx.THERAPIST_NEED.search(s.norm) for s in split_sentences(text))


def test_near_miss_asking_what_the_client_knows_is_no_need_of_the_trainees() -> None:
    from roleplay.offline import lexicon as lx

    text = "Do you know how your mum felt about it?"
    assert not any(lx.THERAPIST_NEED.search(s.norm) for s in split_sentences(text))
