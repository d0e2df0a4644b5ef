"""Immediacy and rupture repair, second round of play (hurried typing, English as a second
language, very short and very long replies) at you-did-it-again, this-isnt-working,
hug-after-the-diagnosis, fees-mid-therapy, coming-out-are-you-gay, same-small-town,
gift-and-christening-invite and the rupture-repair drill. Every example here is fresh, written for
this file in other words than the ones found.

1. Closing the hour ("We'll end the session there for today", this-isnt-working/patronising and
   gift-and-christening-invite/goodbye) was read as immediacy 3, "it stays with what is happening
   now": naming the session only to end it is housekeeping, not the two of them.
2. How the trainee has come across, asked or wondered about with no "you" in it ("I wonder if it
   feels like I'm one more person who says things and doesn't mean them?", you-did-it-again/again;
   "have I been coming across like a teacher?", this-isnt-working/patronising) was told "it
   moves on without exploring"; put alone it was not read as repair or immediacy at all.
3. The trainee's intent or the rules put beside the apology ("I'm sorry if I made you feel
   rejected, that wasn't my intention at all, I just have rules I have to follow",
   hug-after-the-diagnosis/rejected) scored rupture repair 4; the rubric's level 2 "explains or
   justifies first".
4. The trainee's own overwhelm put in the room ("Honestly I'm a bit overwhelmed myself right
   now", hug-after-the-diagnosis/composure) was "not used": it hands the client the trainee's
   distress (immediacy done badly, at most 2).
5. Sorry for how the trainee's own move landed, with the choice left to the client beside a way
   found together ("I'm sorry the fee talk felt like pressure. It's your decision, and I'd like us
   to find something that works for you", fees-mid-therapy/guilt) scored rupture repair 1, "it
   brushes the strain off".
6. A plain no to the client's fear for the relationship typed without apostrophes ("i wouldnt be
   disappointed in u at all", coming-out-are-you-gay/disappointed) was "not used"; the fear put as
   a belief ("I thought you'd dropped me", the rupture-repair drill) was not read as a question
   about the relationship.
7. The client's own marker word quoted back ('"whatever" - sounds like the money talk left you
   feeling something. do u want to say more?', fees-mid-therapy/guilt) names the withdrawal; it
   was read as not turning to the strain at all (the reply was told to invite what it invited).
8. A promise owned as broken ('"Your words." Yeah. They were. And I broke them.',
   you-did-it-again/again) was not read as the trainee taking their share.
9. A plain reflection about people at large at a relationship moment ("You seem worried that
   you're a burden on people", laughing-it-off/brighter; "You seem worried that people in town
   will find out", same-small-town/privacy) was scored immediacy 2: it is about the client's
   life, not the room.
10. A habit in the room pinned on the client ("You do that a lot, you know, change the subject
    when it gets real", laughing-it-off/brighter; "Jess is right, you do joke about
    everything", laughing-it-off/awful) was "not used"; the rubric's level 1-2 labels.
"""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.domain.session import CriterionResult
from roleplay.offline import relational
from roleplay.offline.scorer import gated_feature_vectors, score_response
from roleplay.offline.text import split_sentences

RB = load_library().rubric("relationship-boundaries").rubric


def judged(moment: Moment, response: str, criterion: str) -> CriterionResult:
    return score_response(RB, moment, response).criteria[criterion]


# 1. Closing the hour is no relationship talk.
WORKSHEETS = Moment(
    client_line="These exercises are childish. Marking my mood out of ten like a school report.",
    invites="rupture_repair",
)


@pytest.mark.parametrize(
    "response", ["Let's stop the session here for today.", "That's our session over for today."]
)
def test_closing_the_hour_is_no_immediacy(response: str) -> None:
    assert not judged(WORKSHEETS, response, "immediacy").applicable


def test_near_miss_the_hour_closed_beside_the_two_of_them_is_still_immediacy() -> None:
    result = judged(
        WORKSHEETS,
        "Before we end the session there for today, I noticed something shifted between us. "
        "Can we look at it?",
        "immediacy",
    )
    assert result.applicable
    assert (result.score or 0) >= 4


# 2. How the trainee came across, asked without "you".
BROKEN_WORD = Moment(
    client_line="You interrupted me again. You promised you'd stop doing that.",
    invites="rupture_repair",
)


@pytest.mark.parametrize(
    "response",
    [
        "I did, sorry. I wonder if it seemed like I'm another person who doesn't keep their word?",
        "That's fair. Have I been sounding like a headteacher lately?",
    ],
)
def test_how_the_trainee_came_across_asked_explores(response: str) -> None:
    result = judged(BROKEN_WORD, response, "rupture_repair")
    assert result.applicable
    assert (result.score or 0) >= 3
    assert "moves on without exploring" not in result.rationale


def test_how_the_trainee_came_across_asked_is_relationship_talk() -> None:
    (sentence,) = split_sentences("Am I coming across like your old PE teacher?")
    assert relational.strength(sentence) >= 0.55


def test_near_miss_a_question_about_the_trainee_elsewhere_explores_nothing() -> None:
    result = judged(
        BROKEN_WORD, "Did I mention the fee goes up in May? Anyway, how's work?", "rupture_repair"
    )
    assert "you invited their experience" not in result.rationale


# 3. Intent or the rules beside the apology.
SHAMED = Moment(
    client_line="How embarrassing. Forget I asked. I don't know what came over me.",
    invites="rupture_repair",
)


def test_the_rules_beside_the_apology_defend() -> None:
    result = judged(
        SHAMED,
        "I'm sorry if that made you feel awkward, it was never my intention, I have to stick to "
        "the guidelines.",
        "rupture_repair",
    )
    assert result.applicable
    assert (result.score or 5) <= 2
    assert "defends or explains" in result.rationale


@pytest.mark.parametrize(
    "response",
    [
        "im sorry if i made u feel daft, that really wasnt my intention",
        "I'm sorry if I made you feel foolish, it was never my intention. What was it like when I "
        "said no?",
    ],
)
def test_intent_beside_the_apology_is_read_as_explaining(response: str) -> None:
    # The reading is named for the head; the level it gives (4-5 on the shipped weights, the
    # rubric's 2-3) would need a ceiling in level_bounds.LEVEL_CEILINGS, which is not this reader's.
    x, _ = gated_feature_vectors(RB, SHAMED, response)["rupture_repair"]
    assert x.get("f.explains_intent")


def test_near_miss_a_plain_apology_that_explores_is_not_defending() -> None:
    result = judged(
        SHAMED, "I'm sorry I said no so sharply. What was that like for you?", "rupture_repair"
    )
    assert (result.score or 0) >= 4
    assert "explains what you meant" not in result.rationale
    assert "defends you" not in result.rationale


# 4. The trainee's own overwhelm.
SCENE = Moment(
    client_line="Look at me, blubbering all over the place. I'm so sorry.",
    cue="wiping her eyes, flustered",
    invites="immediacy",
)


@pytest.mark.parametrize(
    "response", ["To be honest I'm quite overwhelmed myself.", "im a bit emotional myself tbh"]
)
def test_the_trainees_own_overwhelm_is_immediacy_done_badly(response: str) -> None:
    result = judged(SCENE, response, "immediacy")
    assert result.applicable
    assert (result.score or 5) <= 2


def test_near_miss_a_feeling_shared_and_handed_back_is_no_distress() -> None:
    result = judged(SCENE, "I'm touched you let me see this. How is it to cry here?", "immediacy")
    assert "your own distress" not in result.rationale
    assert (result.score or 0) >= 3


# 5. Sorry for how the trainee's move landed, and a way found together.
GUILT = Moment(
    client_line="Whatever. I'll sort the money somehow. Don't want to waste all your effort.",
    invites="rupture_repair",
)


@pytest.mark.parametrize(
    "response",
    [
        "Sorry the homework came across as a test. It's your call, and we can find a way that "
        "works for you.",
        "I'm sorry my question about money felt like a push. It's up to you, and I'd like us to "
        "work out something that works for you.",
    ],
)
def test_owning_how_it_landed_with_the_choice_theirs_is_no_brush_off(response: str) -> None:
    result = judged(GUILT, response, "rupture_repair")
    assert result.applicable
    assert (result.score or 0) >= 3
    assert "brushes the strain off" not in result.rationale


def test_near_miss_the_choice_left_to_them_alone_still_brushes_it_off() -> None:
    result = judged(GUILT, "It's your decision. If you'd rather stop, fine.", "rupture_repair")
    assert (result.score or 5) <= 2


# 6. A plain no typed in a hurry; the fear put as a belief.
CHICKEN = Moment(
    client_line="You'll be so disappointed in me if I bottle it, won't you?",
    invites="immediacy",
)


@pytest.mark.parametrize("response", ["i wouldnt be let down by u", "i wont think any less of u"])
def test_a_plain_no_typed_in_a_hurry_answers_the_fear(response: str) -> None:
    (sentence,) = split_sentences(response)
    assert relational.strength(sentence, relational_question=True, first=True) >= 0.55


@pytest.mark.parametrize(
    "line",
    [
        "I rang twice and nobody got back to me. I figured you'd had enough of me.",
        "When the letter didn't come I assumed you had given up on me.",
    ],
)
def test_the_fear_put_as_a_belief_asks_about_the_relationship(line: str) -> None:
    assert relational.asks_about_relationship(line)


def test_near_miss_the_fear_about_someone_else_is_no_question_about_the_trainee() -> None:
    assert not relational.asks_about_relationship(
        "My sister never rang back. I thought she'd dropped me."
    )


def test_near_miss_a_plain_no_about_something_else_is_not_immediacy() -> None:
    moment = Moment(client_line="I've got my driving test tomorrow.", invites="restraint")
    assert not judged(moment, "i wouldnt worry about the test", "immediacy").applicable


# 7. The client's marker word quoted back.
SHRUG = Moment(
    client_line="Fine. Forget it. I'll just get on with the homework then.",
    invites="rupture_repair",
)


@pytest.mark.parametrize(
    "response",
    [
        "'Forget it' - I don't want to just forget it. Something I said seems to have stung?",
        '"fine" didnt sound very fine. what happened for u just then?',
    ],
)
def test_the_clients_marker_word_quoted_back_turns_to_the_strain(response: str) -> None:
    result = judged(SHRUG, response, "rupture_repair")
    assert result.applicable
    assert (result.score or 0) >= 3
    x, _ = gated_feature_vectors(RB, SHRUG, response)["rupture_repair"]
    assert x.get("rule.present")


def test_near_miss_a_quote_of_the_clients_plan_is_no_marker() -> None:
    response = '"Get on with the homework" - which part will you start with?'
    x, _ = gated_feature_vectors(RB, SHRUG, response)["rupture_repair"]
    assert not x.get("rule.present")


# 8. A promise owned as broken.
PROMISE = Moment(
    client_line="You said you'd ring me back about the time change. You never did.",
    invites="rupture_repair",
)


@pytest.mark.parametrize(
    "response",
    ["I went back on what I said, and that's not okay.", "i didnt keep my word. im sorry"],
)
def test_a_promise_owned_as_broken_takes_a_share(response: str) -> None:
    x, _ = gated_feature_vectors(RB, PROMISE, response)["rupture_repair"]
    assert x.get("f.takes_responsibility")


def test_near_miss_the_clients_broken_promise_is_not_the_trainees_share() -> None:
    response = "You broke your promise to yourself about the gym, then?"
    x, _ = gated_feature_vectors(RB, PROMISE, response)["rupture_repair"]
    assert not x.get("f.takes_responsibility")


# 9. A reflection about people at large is not relationship talk.
TOO_MUCH = Moment(
    client_line="Sorry, I'm going on and on. You must have heard far worse. Anyway!",
    cue="bright, quick glance at you",
    invites="immediacy",
)


@pytest.mark.parametrize(
    "response",
    [
        "It sounds like you worry about being too much for everyone.",
        "You seem scared that somebody will think less of you.",
    ],
)
def test_a_reflection_about_people_at_large_is_not_immediacy(response: str) -> None:
    assert not judged(TOO_MUCH, response, "immediacy").applicable


def test_near_miss_people_beside_the_trainee_is_not_set_aside() -> None:
    x, _ = gated_feature_vectors(
        RB, TOO_MUCH, "You're always chasing everyone's praise, even mine."
    )["immediacy"]
    assert not x.get("f.elsewhere_only")


def test_near_miss_people_beside_the_two_of_them_is_still_immediacy() -> None:
    result = judged(
        TOO_MUCH,
        "I notice you checked my face just then, as if I might be like other people who found "
        "you too much. Is that what happened?",
        "immediacy",
    )
    assert result.applicable


# 10. A habit in the room pinned on the client.
@pytest.mark.parametrize(
    "response",
    [
        "You do this all the time, deflect the second it matters.",
        "u always brush things off with a joke tbh",
    ],
)
def test_a_habit_pinned_on_the_client_is_immediacy_done_badly(response: str) -> None:
    result = judged(TOO_MUCH, response, "immediacy")
    assert result.applicable
    assert (result.score or 5) <= 2


def test_near_miss_the_change_of_subject_noticed_and_asked_about_is_no_label() -> None:
    result = judged(
        TOO_MUCH,
        "I noticed we moved on to the trip quite fast. What happened for you?",
        "immediacy",
    )
    assert "labels their reaction" not in result.rationale
    assert (result.score or 0) >= 3
