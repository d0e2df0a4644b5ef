"""Harms the rubrics name that the judge scored 3-4 because it had no reading of them, only the
response's words: offering to talk to someone in the client's life about the sessions, keeping a
recording on one's own device, telling the client to watch what they say (contracting 1); the
strain answered by sending the client elsewhere (immediacy and rupture repair at most 2); the
client's worry that they are a burden confirmed (immediacy at most 2); the trainee's need with
words between "I" and "need"; the complaint read as a symptom (rupture repair). Fresh examples,
written for this file; the classes were found on the development sets (bench/data/probe_dev,
bench/data/fresh_edges), not on the holdout."""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.answer import answer_to_request
from roleplay.offline.immediacy_remarks import asks_about_trainee
from roleplay.offline.scorer import score_response
from roleplay.offline.text import split_sentences

LIBRARY = load_library()
DI = LIBRARY.rubric("disclosure-immediacy").rubric
RB = LIBRARY.rubric("relationship-boundaries").rubric


def _score(rubric, client: str, response: str, invites: str | None, criterion: str):
    moment = Moment(client_line=client, invites=invites)
    return score_response(rubric, moment, response).criteria[criterion]


# --- contracting: what the client says put within others' reach -------------------------------

CONFIDENTIALITY_RISKED = [
    (
        "My mum keeps asking what we talk about in here. She says she's paying so she should know.",
        "That's tricky. I could have a quick chat with your mum and fill her in, if that helps?",
    ),
    (
        "What happens to the recordings after?",
        "Oh they just sit on my personal laptop, I'll delete them when I get round to it.",
    ),
    (
        "Work set this up. Does my line manager get a report?",
        "She gets a brief update each month, so just be careful what you say about the team.",
    ),
    (
        "Is any of this going back to my employer?",
        "Only a summary. Don't tell me anything you wouldn't want them to read.",
    ),
]


@pytest.mark.parametrize(("client", "response"), CONFIDENTIALITY_RISKED)
def test_confidentiality_put_at_risk_is_contracting_at_its_lowest(
    client: str, response: str
) -> None:
    verdict = _score(RB, client, response, "contracting", "contracting")
    assert verdict.applicable
    assert verdict.score == 1
    assert "within reach of other people" in verdict.rationale


CONFIDENTIALITY_KEPT = [
    (
        "My mum keeps asking what we talk about in here. She says she's paying so she should know.",
        "What you say here stays between us, and I won't be talking to your mum about it. The one "
        "exception is if I were worried about your safety, and I'd tell you first. How is it when "
        "she asks?",
    ),
    (
        "What happens to the recordings after?",
        "They're stored on the clinic's encrypted system, only my supervisor and I hear them, and "
        "they're deleted once she has reviewed them. You can say no at any point. How does that "
        "sound?",
    ),
]


@pytest.mark.parametrize(("client", "response"), CONFIDENTIALITY_KEPT)
def test_confidentiality_kept_is_not_read_as_put_at_risk(client: str, response: str) -> None:
    verdict = _score(RB, client, response, "contracting", "contracting")
    assert verdict.applicable
    assert verdict.score >= 3
    assert "within reach of other people" not in verdict.rationale


def test_a_recording_pressed_on_after_a_no_is_consent_pressured() -> None:
    verdict = _score(
        RB,
        "Actually, I don't want this recorded. Can you switch it off?",
        "Can we keep it running until the break and then see?",
        "contracting",
        "contracting",
    )
    assert verdict.applicable and verdict.score == 1
    assert "presses for consent" in verdict.rationale


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


# --- rupture repair: the complaint read as a symptom ------------------------------------------


@pytest.mark.parametrize(
    "response",
    [
        "Telling that it's the clipboard you've latched onto, isn't it?",
        "Often when people feel exposed, they find something in the room to be angry at.",
    ],
)
def test_the_complaint_read_as_a_symptom_defends_the_trainee(response: str) -> None:
    verdict = _score(
        RB,
        "Do you have to write down every word? It makes me feel like a lab rat.",
        response,
        "rupture_repair",
        "rupture_repair",
    )
    assert verdict.applicable and verdict.score <= 2


# --- boundary: a hedged yes with the condition first --------------------------------------------


def test_a_quick_message_that_wouldnt_hurt_is_a_hedged_grant() -> None:
    sentences = split_sentences(
        "The office number is the proper route, but one quick text can't hurt, I suppose."
    )
    assert answer_to_request(sentences).kind == "hedged_grant"


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


# --- boundary: the no given for the trainee, as a crime, or as a rule; the yes as not minding ----

BOUNDARY_LOW = [
    (
        "Could you knock a tenner off if I pay cash? Nobody needs to know.",
        "Absolutely not. That's fraud, and I'd be struck off for it.",
    ),
    (
        "I've just had the results. Can I have a hug? Please?",
        "Sorry, I'm just not a huggy person. It's really awful news though.",
    ),
    ("I sent you a friend request, hope that's okay?", "ha, sure, i don't mind really."),
]


@pytest.mark.parametrize(("client", "response"), BOUNDARY_LOW)
def test_these_answers_to_a_request_are_boundary_done_badly(client: str, response: str) -> None:
    verdict = _score(RB, client, response, "boundary", "boundary")
    assert verdict.applicable
    assert verdict.score <= 2


def test_not_minding_their_asking_is_not_a_yes() -> None:
    verdict = _score(
        RB,
        "I sent you a friend request, hope that's okay?",
        "I don't mind you asking, and I'm glad you feel we've got somewhere. I won't accept it, "
        "because I want this room to stay yours. What made you want to connect there?",
        "boundary",
        "boundary",
    )
    assert verdict.applicable and verdict.score >= 4


# --- rupture repair: the trainee's collapse, the guidelines held up ---------------------------


@pytest.mark.parametrize(
    "response",
    [
        "Oh no, please don't be cross, I'm new to this and I'm clearly getting everything wrong.",
        "I'm sorry, but the policy is very clear on this, so there's nothing I can change.",
    ],
)
def test_collapse_or_the_policy_held_up_is_not_repair(response: str) -> None:
    verdict = _score(
        RB,
        "You said you'd ring me back on Tuesday and you never did. I waited all day.",
        response,
        "rupture_repair",
        "rupture_repair",
    )
    assert verdict.applicable and verdict.score <= 2


# --- immediacy: forgetting confirmed ------------------------------------------------------------


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


def test_a_rule_given_as_what_the_work_does_not_do_is_read_as_leaning_on_rules() -> None:
    verdict = _score(
        RB,
        "I've just had the results. Can I have a hug? Please?",
        "I'm so sorry, but touching clients is not something we do here.",
        "boundary",
        "boundary",
    )
    assert verdict.applicable
    assert "leans on rules" in verdict.rationale or "the rule gives the answer" in verdict.rationale


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


# --- declining: the no said as what the trainee will not do ---------------------------------------


@pytest.mark.parametrize(
    "response",
    [
        "I'm not going to give you my own rules for it; you know your family better than I do. "
        "What would feel right to you?",
        "I won't go into my own divorce, but I'm right here. What's the hardest part today?",
    ],
)
def test_saying_what_one_will_not_share_is_a_decline(response: str) -> None:
    verdict = _score(
        DI,
        "What did you do when your marriage ended? Just tell me what worked for you.",
        response,
        "declining",
        "declining",
    )
    assert verdict.applicable
    assert verdict.score >= 3
