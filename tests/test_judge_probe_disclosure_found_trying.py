"""Self-disclosure misreadings found scoring a blind probe set of fresh trainee responses
(dev use only), each tested here with fresh examples:
- a current struggle in the present perfect ("I've been battling...", "it's keeping me up") was
  read as "in the past" and scored as a settled disclosure;
- a laugh on its own ("Ha!") was taken for a short answer about the trainee's life;
- "long story" turns the question aside (declining), it discloses nothing;
- "No, my dad never drank" answers a question about the trainee's life at a moment that asked
  for restraint; the "no" was read as refusing a request and the answer disappeared;
- "I trained in Bristol" answers "Where did you train?";
- "it helps to know you get it" is the trainee's need, not advice to the client.
"""

from __future__ import annotations

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.scorer import score_response

DI = load_library().rubric("disclosure-immediacy").rubric
HOW_DO_YOU_COPE = Moment(
    client_line="Do you ever get people like me stuck in your head? Where do you put it all?",
    invites="self_disclosure",
)
WORRIED = Moment(
    client_line="Hang on, are you alright yourself? You look shattered.",
    invites="restraint",
)
DRANK = Moment(
    client_line="Was it the same for you? A dad who drank? Is that why you do this?",
    invites="restraint",
)
TRAINED = Moment(
    client_line="So where did you train? How long have you been doing this?",
    invites="self_disclosure",
)


def sd(moment: Moment, response: str):
    return score_response(DI, moment, response).criteria["self_disclosure"]


def test_a_struggle_still_going_on_is_current_not_past() -> None:
    reading = sd(
        HOW_DO_YOU_COPE,
        "Honestly? I've been doubting myself at work for weeks.",
    )
    assert reading.applicable
    assert (reading.score or 5) <= 2


def test_a_laugh_is_not_an_answer_about_oneself() -> None:
    assert not sd(WORRIED, "Ha! Don't you fret about me. Anyway, the new job?").applicable


def test_long_story_declines_and_discloses_nothing() -> None:
    result = score_response(DI, WORRIED, "Haha, long story. Maybe another day! Back to you.")
    assert not result.criteria["self_disclosure"].applicable
    assert result.criteria["declining"].applicable


def test_a_plain_no_about_ones_own_life_is_an_answer() -> None:
    assert sd(DRANK, "No, my mum and dad didn't drink.").applicable


def test_where_one_trained_answers_the_question() -> None:
    reading = sd(TRAINED, "I trained in Bristol and I've been qualified two years. Why do you ask?")
    assert reading.applicable


def test_the_trainees_need_to_be_understood_is_not_advice() -> None:
    result = score_response(
        DI, WORRIED, "I'm fine, thank you. It helps to know you get it, though."
    )
    assert "gave advice" not in (result.restraint.note if result.restraint else "")


def test_gladness_at_the_clients_news_is_not_an_answer_about_oneself() -> None:
    from roleplay.offline import lexicon as lx

    assert not lx.PERSONAL_ANSWER.search("good, i'm so glad to hear that.")
    assert not lx.PERSONAL_ANSWER.search("oh, i'm glad that went okay.")
    assert lx.PERSONAL_ANSWER.search("i'm fine now, thanks.")
