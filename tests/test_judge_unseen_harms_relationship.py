"""Harms the disclosure-immediacy rubric names that the judge scored 3-4, or not at all, because it
had no reading of them: the strain answered by sending the client elsewhere, the client's fear
about the trainee confirmed, the trainee's need or distress put in the room, a declaration
answered in kind, a label put on the client's reaction, and credentials offered to settle a doubt.
Fresh examples, written for this file; the classes were found on the development sets
(bench/data/probe_dev, bench/data/fresh_edges), not on the holdout. The frame harms are in
test_judge_unseen_harms_frame.py."""

from __future__ import annotations

import pytest

from judge_at_moment import DI, RB
from judge_at_moment import criterion_at as _score
from roleplay.offline.immediacy_remarks import asks_about_trainee

# --- immediacy and rupture repair: the strain answered by sending them away -------------------


@pytest.mark.parametrize(
    "response",
    [
        "To be honest, it might be better for you to find someone else to work with.",
        "Perhaps someone else would be a better fit for you at this point.",
        "I think maybe we should stop here and I can refer you on.",
    ],
)
def test_sending_the_client_elsewhere_at_a_strain_is_never_good_immediacy(response: str) -> None:
    client = "I always wreck things. You're going to give up on me now, aren't you?"
    verdict = _score(DI, client, response, "immediacy", "immediacy")
    assert verdict.applicable
    assert verdict.score <= 2
    assert "sending them elsewhere" in verdict.rationale


def test_sending_the_client_elsewhere_after_a_complaint_is_not_repair() -> None:
    verdict = _score(
        RB,
        "You weren't listening last week. You kept looking at the clock.",
        "If it isn't working, it might be best for you to see someone else.",
        "rupture_repair",
        "rupture_repair",
    )
    assert verdict.applicable
    assert verdict.score <= 2


@pytest.mark.parametrize(
    "response",
    [
        "I don't think you need to see anyone else. I'm not giving up on you. What makes you "
        "expect that I will?",
        "I'm not going to refer you on. I'd like to keep working with you. What's it like to "
        "wonder that?",
    ],
)
def test_refusing_to_send_them_away_is_not_read_as_sending_them(response: str) -> None:
    client = "I always wreck things. You're going to give up on me now, aren't you?"
    verdict = _score(DI, client, response, "immediacy", "immediacy")
    assert verdict.applicable
    assert verdict.score >= 3
    assert "sending them elsewhere" not in verdict.rationale


def test_a_referral_at_an_ordinary_moment_is_not_read_as_sending_them_away() -> None:
    verdict = _score(
        DI,
        "My eating's got really bad again. I'm not sure what to do.",
        "It might be better for you to see someone who specialises in eating difficulties, "
        "alongside our work. What do you make of that?",
        None,
        "immediacy",
    )
    assert "sending them elsewhere" not in verdict.rationale


# --- immediacy: the worry about being a burden confirmed -------------------------------------


@pytest.mark.parametrize(
    "client_line",
    [
        "Am I keeping you? You keep glancing at the door.",
        "I'm probably boring you with all this.",
        "You must have better things to do than listen to me moan.",
        "You probably want to get home, it's late.",
    ],
)
def test_the_client_as_a_burden_on_the_trainee_is_a_remark_about_the_trainee(
    client_line: str,
) -> None:
    assert asks_about_trainee(client_line)


@pytest.mark.parametrize(
    "client_line",
    [
        "My boss must have better things to do than check my emails.",
        "My sister probably wants to get home to her kids.",
    ],
)
def test_the_same_words_about_someone_else_are_not_that_remark(client_line: str) -> None:
    assert not asks_about_trainee(client_line)


@pytest.mark.parametrize(
    "response",
    [
        "Yeah, I have got another client at three, so let's try and wrap up.",
        "Honestly I am a bit stretched today, so we'll need to finish on time.",
    ],
)
def test_confirming_the_burden_is_immediacy_done_badly(response: str) -> None:
    verdict = _score(
        DI, "Sorry, I'm probably keeping you from something.", response, "immediacy", "immediacy"
    )
    assert verdict.applicable
    assert verdict.score <= 2
    assert "what they feared about you" in verdict.rationale


def test_taking_up_the_worry_is_not_read_as_confirming_it() -> None:
    verdict = _score(
        DI,
        "Sorry, I'm probably keeping you from something.",
        "You're not keeping me from anything. I'm curious what makes you feel you might be?",
        "immediacy",
        "immediacy",
    )
    assert verdict.applicable
    assert verdict.score >= 4


# --- immediacy: the trainee's need, and its negation ------------------------------------------


def test_the_trainees_need_with_words_between_i_and_need() -> None:
    verdict = _score(
        DI,
        "People always leave in the end. Why would you be any different?",
        "I just really need you to believe that I'm not going anywhere.",
        "immediacy",
        "immediacy",
    )
    assert verdict.applicable and verdict.score <= 2
    assert "your needs" in verdict.rationale


def test_saying_one_is_not_tired_of_the_client_is_not_the_trainees_need() -> None:
    verdict = _score(
        DI,
        "You must be sick of me by now, the same story every week.",
        "I'm not tired of you. What makes you feel I might be?",
        "immediacy",
        "immediacy",
    )
    assert verdict.applicable
    assert "your needs" not in verdict.rationale


def test_the_toll_of_the_work_told_to_the_client_is_the_trainees_distress() -> None:
    verdict = _score(
        DI,
        "You must be tired of hearing the same thing from me every week.",
        "Ha, honestly some Fridays I get home and collapse after weeks like this one. But no, "
        "I'm not tired of you.",
        "immediacy",
        "immediacy",
    )
    assert verdict.applicable and verdict.score <= 2
    assert "your own distress" in verdict.rationale


# --- immediacy: forgetting confirmed; a label read in a line scored on its own ---------------


def test_forgetting_confirmed_in_answer_to_do_you_even_remember() -> None:
    verdict = _score(
        DI,
        "Do you even remember what I said about my sister last time?",
        "Um, remind me which bit?",
        "immediacy",
        "immediacy",
    )
    assert verdict.applicable and verdict.score <= 2
    assert "what they feared about you" in verdict.rationale


def test_a_label_on_the_clients_reaction_is_read_in_a_line_scored_on_its_own() -> None:
    verdict = _score(
        DI,
        "So then I made a joke about the funeral flowers, classic me. Ha. Sorry.",
        "I notice you always make jokes to deflect when it gets real. It's a defence.",
        None,
        "immediacy",
    )
    assert verdict.applicable and verdict.score <= 2


# --- immediacy: harms the used head had turned down as "not used" ------------------------------

IMMEDIACY_HARMS = [
    (
        "The scan showed it's spread. Can I just... sit closer?",
        "Yes, come here. Honestly I'm choking back tears myself since you told me.",
    ),
    ("I'm sorry, I'm crying again.", "Oh please stop, you're going to set me off!"),
    (
        "i keep thinking everyone would be better off if i wasnt here",
        "That's horrible to read, I'm kind of freaking out right now.",
    ),
    (
        "I've told you things I've never told my husband. Is that strange?",
        "A little, yeah.",
    ),
    (
        "You're looking at me like I'm a terrible mother.",
        "You seem to expect people to judge you, wherever you go.",
    ),
    (
        "I can't stop thinking about you. I think I'm in love with you.",
        "I'm touched. I've felt a connection too, but we can't act on it.",
    ),
]


@pytest.mark.parametrize(("client", "response"), IMMEDIACY_HARMS)
def test_these_harms_are_immediacy_used_badly(client: str, response: str) -> None:
    verdict = _score(DI, client, response, "immediacy", "immediacy")
    assert verdict.applicable
    assert verdict.score <= 2


def test_sorry_to_hear_it_is_not_distress_at_the_client() -> None:
    verdict = _score(
        DI,
        "My dad was taken into hospital last night.",
        "I'm so sorry to hear that. I don't know what to say, it must be frightening.",
        None,
        "immediacy",
    )
    assert "your distress at what they told you" not in verdict.rationale


# --- self-disclosure: credentials to settle a doubt ---------------------------------------------


@pytest.mark.parametrize(
    "response",
    [
        "I'm 29, and I've had four years of training, so you're in good hands. What worries you?",
        "I've been doing this for years, honestly, I know what I'm doing. Shall we start?",
    ],
)
def test_credentials_offered_to_settle_a_doubt_are_not_a_helpful_disclosure(
    response: str,
) -> None:
    verdict = _score(
        DI,
        "How old are you, if you don't mind me asking? You look younger than my son.",
        response,
        "self_disclosure",
        "self_disclosure",
    )
    assert verdict.applicable
    assert verdict.score <= 3
    assert "credentials" in verdict.rationale


def test_how_things_are_done_is_not_advice() -> None:
    # "The recordings just go on my laptop" read as "just go": advice, self-disclosure 1 (found
    # trying the app at are-you-a-student)
    verdict = _score(
        DI,
        "Are you a student? And where do the recordings go?",
        "I'm 26 and in training, yes. The recordings just go to my supervisor, then get deleted.",
        "self_disclosure",
        "self_disclosure",
    )
    assert "advice" not in verdict.rationale
