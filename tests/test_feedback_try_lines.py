"""Try lines that know what the reply already did (issue 10, build item 7: one thing to try).

Helpers who played the app were told to "ask what it means" after asking what it meant, and to
"invite their experience" after inviting it; and a rationale said "it offers what worked for you
as a strategy" of "These sessions helped me get through it too". On fresh examples written for
this file, per class, and a near miss where the line must stay as it was:
- a criterion's next step leaves out the parts the reading shows done;
- a strong reply's next step does not presume a move the reply did not make;
- a fault's fix leaves out the parts the reply already made;
- a fix is said in the criterion's own terms (a long decline is not a long disclosure), and a
  fault without a fix of its own no longer falls to the whole generic line;
- the rationale names no move that is not in the words;
- after a declaration of feelings no disclosure is invited.
"""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.scorer import score_response

LIBRARY = load_library()
DI = LIBRARY.rubric("disclosure-immediacy").rubric
RB = LIBRARY.rubric("relationship-boundaries").rubric


def _result(rubric, criterion: str, client: str, response: str):
    moment = Moment(client_line=client, invites=criterion)
    return score_response(rubric, moment, response).criteria[criterion]


def _try(rubric, criterion: str, client: str, response: str) -> str:
    return _result(rubric, criterion, client, response).suggestion or ""


def _disclosure_try(invites: str, client: str, response: str) -> str:
    moment = Moment(client_line=client, invites=invites)
    return score_response(DI, moment, response).criteria["self_disclosure"].suggestion or ""


# --- a criterion's next step, without the parts already done -------------------------------------


@pytest.mark.parametrize(
    ("client", "response"),
    [
        ("Have you got kids?", "Ha, I'd rather not say. What made you ask?"),
        ("Do you smoke?", "I'd rather not say. What made you wonder?"),
    ],
)
def test_a_decline_that_asked_what_it_means_is_told_the_reason_not_to_ask(client, response):
    said = _try(DI, "declining", client, response)
    assert said == "Give a reason about their care ('so this hour stays yours')."
    assert "ask what" not in said.lower()


def test_a_bare_decline_is_not_told_to_decline() -> None:
    said = _try(DI, "declining", "Have you got a girlfriend?", "I won't say.")
    assert not said.lower().startswith("decline")
    assert "reason about their care" in said and "What made you wonder?" in said


@pytest.mark.parametrize(
    ("client", "response"),
    [
        (
            "How does this work?",
            "Sessions are weekly. Fees are thirty pounds. Cancellations need "
            "a day's notice. Any questions?",
        ),
        (
            "What are the rules?",
            "Fifty minutes a week. Twenty-four hours' notice to cancel. Is that alright?",
        ),
    ],
)
def test_terms_stated_and_checked_are_told_only_the_reason(client, response) -> None:
    assert _try(RB, "contracting", client, response) == "Say why the terms matter to them."


@pytest.mark.parametrize(
    ("client", "response"),
    [
        ("Anyway. That's my week.", "How are you finding it, talking to me?"),
        ("Anyway. That's my week.", "How was it for you, today, out of ten?"),
    ],
)
def test_relationship_talk_that_asked_their_view_is_not_told_to_ask_it(client, response) -> None:
    said = _try(DI, "immediacy", client, response)
    assert _result(DI, "immediacy", client, response).score == 3
    assert said == "Name what you notice tentatively and own it ('I notice', 'I wonder')."
    assert "ask their view" not in said


def test_near_miss_a_repair_with_no_move_read_keeps_the_whole_next_step() -> None:
    # nothing of the line is done, so the criterion's own words stand
    said = _try(
        RB, "rupture_repair", "You keep finishing my sentences.", "Fine, I won't, let's keep going."
    )
    assert said == "Invite their experience of what happened and offer to work differently."


# --- a strong reply's next step presumes nothing ----------------------------------------------


def test_a_strong_decline_that_asked_nothing_is_told_to_get_curious_not_to_stay() -> None:
    result = _result(
        DI, "declining", "Do you vote?", "I'll keep my vote private, so this hour stays yours."
    )
    assert result.score is not None and result.score >= 4
    assert result.suggestion == (
        "Well declined. Next, get curious about what the question means to them: 'What made "
        "you wonder?'"
    )


@pytest.mark.parametrize(
    ("client", "response"),
    [
        # a question, but not one the reader takes for curiosity about theirs: neither "stay
        # curious" (presumed) nor "get curious" (it may have been)
        (
            "Have you got a dog?",
            "I'll keep that to myself so this hour stays yours. How's your week been with yours?",
        ),
        (
            "How's your year been?",
            "That's kind of you to ask. I'd like to keep this time for "
            "you, though. What made you want to ask today?",
        ),
    ],
)
def test_a_strong_decline_with_another_question_is_not_told_to_stay_curious(client, response):
    result = _result(DI, "declining", client, response)
    assert result.score is not None and result.score >= 4
    assert result.suggestion == (
        "Well declined. When they answer, stay with what the question means to them."
    )


def test_near_miss_a_strong_curious_decline_is_still_told_to_stay_curious() -> None:
    said = _try(
        DI,
        "declining",
        "Have you got a dog?",
        "I'll keep that to myself so this hour stays yours. What made you ask?",
    )
    assert said == "Well declined. Stay curious about what the question meant to them."


@pytest.mark.parametrize(
    "response",
    [
        "I won't give out my email, so this hour stays yours.",
        # the boundary reader misses this reason about their care, so the line must not say
        # it was missing
        "I won't be adding you, so this stays a space just for you. What made you want to?",
    ],
)
def test_near_miss_a_boundary_held_keeps_its_line(response) -> None:
    result = _result(RB, "boundary", "Can I add you on Facebook?", response)
    assert result.score is not None and result.score >= 4
    assert result.suggestion == "Well held. Keep the warmth and the reason about their care."


# --- a fault's fix, without the parts already made -----------------------------------------------


def test_a_heavy_apology_that_asked_is_not_told_to_turn_to_their_experience() -> None:
    said = _try(
        RB,
        "rupture_repair",
        "You cut me off last week.",
        "I'm so sorry, I'm so, so sorry, I feel terrible, I'm awful at this. How was that for you?",
    )
    assert said.startswith("One plain apology is enough")
    assert "turn to their experience" not in said


def test_near_miss_a_heavy_apology_alone_keeps_the_whole_fix() -> None:
    said = _try(
        RB,
        "rupture_repair",
        "You cut me off last week.",
        "I'm so sorry, I'm so, so sorry, I feel terrible, I'm awful at this.",
    )
    assert said == "One plain apology is enough; then turn to their experience."


def test_an_explanation_beside_a_question_is_not_told_to_ask() -> None:
    said = _try(
        RB,
        "rupture_repair",
        "You said my essay plan was too ambitious. That really stung.",
        "I didn't mean it like that, it was just a suggestion. What was it like hearing it?",
    )
    assert "ask what it was like" not in said
    assert "take your share" in said


def test_near_miss_an_explanation_alone_keeps_the_whole_fix() -> None:
    said = _try(
        RB,
        "rupture_repair",
        "You said my essay plan was too ambitious. That really stung.",
        "I didn't mean it like that, it was just a suggestion.",
    )
    assert said == "Before explaining, ask what it was like for them; take your share."


def test_a_policy_recital_that_asked_is_told_to_drop_the_recital_not_to_ask() -> None:
    said = _try(
        DI,
        "declining",
        "Where do you go on holiday?",
        "I'm not allowed to share that, it's the service's policy. What made you wonder?",
    )
    assert said.startswith("Drop the policy recital")
    assert "get curious" not in said


def test_near_miss_a_bare_policy_recital_keeps_the_whole_fix() -> None:
    said = _try(
        DI,
        "declining",
        "Where do you go on holiday?",
        "I'm not allowed to share that, it's the service's policy.",
    )
    assert said == (
        "Drop the policy recital: give a reason about their care and get curious about the "
        "question."
    )


# --- a fix in the criterion's own terms; a fault with a fix of its own ---------------------------


def test_a_long_decline_is_not_told_about_a_disclosure_nor_to_ask_again() -> None:
    said = _try(
        DI,
        "declining",
        "Are you married?",
        "Well, I'd rather not say, because I think "
        "it's really important in this kind of work that we keep things professional "
        "between us, and there are a lot of reasons for that which I could go into at "
        "some length if you like, about boundaries and roles and how the focus of the "
        "work can drift when a counsellor starts talking about their own life, but "
        "mainly it's about keeping the focus where it belongs, on you and what you bring. "
        "What made you ask?",
    )
    assert "disclosure" not in said
    assert said.startswith("Cut the decline to one sentence")


def test_pressing_for_an_answer_is_told_to_invite_not_to_ask_their_view() -> None:
    said = _try(
        DI,
        "immediacy",
        "Sorry, I'm rubbish at this.",
        "Tell me now what you feel about me. You have to answer.",
    )
    assert "ask their view" not in said
    assert said.startswith("Invite rather than press")


# --- the rationale names only moves in the words ------------------------------------------------


@pytest.mark.parametrize(
    ("client", "response"),
    [
        ("Have you ever moved abroad?", "These sessions helped me settle too."),
        (
            "Have you ever moved abroad?",
            "What helped me was joining a choir when I moved, and I found it useful.",
        ),
    ],
)
def test_what_helped_the_trainee_is_not_called_a_strategy_offered(client, response) -> None:
    rationale = _result(DI, "self_disclosure", client, response).rationale
    assert "as a strategy" not in rationale
    assert "it brings in what helped you" in rationale


def test_near_miss_advice_is_still_called_advice() -> None:
    rationale = _result(
        DI,
        "self_disclosure",
        "Have you ever moved abroad?",
        "I moved to Lyon once. You should join a choir, that's what I did.",
    ).rationale
    assert "it turns your story into advice" in rationale


# --- after a declaration of feelings, no disclosure is invited ----------------------------------


@pytest.mark.parametrize(
    ("client", "response"),
    [
        (
            "Do you fancy me? I think I'm falling for you.",
            "Thank you for telling me; it took "
            "courage. I'm your counsellor, and that's the care I can give. What's it like, having "
            "said it?",
        ),
        (
            "I think I'm falling for you. Is that mad?",
            "I'm glad you could say it. I care about "
            "you as your counsellor, and that won't change into more. Can we understand together "
            "what it's about?",
        ),
    ],
)
def test_no_disclosure_is_invited_after_a_declaration(client, response) -> None:
    result = _result(DI, "self_disclosure", client, response)
    assert not result.applicable
    assert result.suggestion is None


def test_near_miss_a_question_about_the_trainee_still_invites_a_little_of_them() -> None:
    result = _result(
        DI,
        "self_disclosure",
        "Have you ever had a panic attack?",
        "It's been a hard one for you. What's it been like?",
    )
    assert not result.applicable
    assert (result.suggestion or "").startswith("This moment invited a little of you")


def test_blame_put_on_the_client_is_told_to_take_it_off_and_keep_the_question() -> None:
    said = _try(
        RB,
        "rupture_repair",
        "I don't want to do this any more.",
        "You're being very difficult today. What's going on for you?",
    )
    assert said == "Take the blame off them: say what you did, and keep your question about them."


def test_near_miss_blame_alone_is_told_to_ask_as_well() -> None:
    said = _try(
        RB,
        "rupture_repair",
        "I don't want to do this any more.",
        "You're being very difficult today.",
    )
    assert said == "Take the blame off them: say what you did, and ask how it was for them."


@pytest.mark.parametrize(
    "response",
    [
        "No, I'm not a student, I'm fully qualified.",
        "I'm actually qualified, don't worry. How can I help?",
    ],
)
def test_training_hidden_is_told_to_say_it_not_to_state_the_terms(response) -> None:
    # it fell through to "State the terms plainly, ..." after a reply that stated terms
    said = _try(RB, "contracting", "Are you a student?", response)
    assert said.startswith("Say plainly that you are in training and supervised")


# --- a warm decline is not told the moment wanted a disclosure ----------------------------------


@pytest.mark.parametrize(
    ("client", "response"),
    [
        (
            "Have you ever had a breakdown? You seem so calm.",
            "I'm going to keep my own health "
            "out of here, so this hour stays yours. What made you wonder?",
        ),
        (
            "Do you have a big family? You seem like you would.",
            "I'd rather not say, so the "
            "focus stays on you. I'm curious what it would mean to you if I did?",
        ),
    ],
)
def test_a_decline_at_a_disclosure_moment_is_not_told_a_disclosure_was_wanted(client, response):
    result = _result(DI, "self_disclosure", client, response)
    assert not result.applicable
    assert not (result.suggestion or "").startswith("This moment invited a little of you")
    assert (result.suggestion or "").startswith("Declining was a fair choice here.")


# --- at a moment that called for holding back, holding back comes first -------------------------

ASKED_AT_RESTRAINT = "Did you cry at the funeral? Sorry. I just wonder."


@pytest.mark.parametrize(
    "response",
    [
        # was told "End by handing the focus back": a better disclosure, where none was called for
        "I did cry, a lot, at my nan's funeral.",
        # was told "Disclose something past and resolved"
        "Yes, and honestly I still cry about my nan most nights.",
    ],
)
def test_a_disclosure_where_holding_back_was_called_for_is_told_to_hold_back(response) -> None:
    said = _disclosure_try("restraint", ASKED_AT_RESTRAINT, response)
    assert said == (
        "This moment called for holding back: acknowledge the question warmly and return to "
        "the client without disclosing."
    )


def test_holding_back_is_said_of_what_they_brought_where_they_asked_nothing() -> None:
    moment = Moment(
        client_line="She rings at two in the morning and I always pick up.", invites="restraint"
    )
    result = score_response(DI, moment, "My mum rings me at all hours too. I always pick up.")
    said = result.criteria["self_disclosure"].suggestion or ""
    assert "the question" not in said
    assert said.startswith("This moment called for holding back")


def test_near_miss_the_same_disclosure_where_it_was_invited_is_told_to_hand_back() -> None:
    said = _disclosure_try(
        "self_disclosure", ASKED_AT_RESTRAINT, "I did cry, a lot, at my nan's funeral."
    )
    assert said == "End by handing the focus back, e.g. 'What has it been like for you?'"


# --- advice where holding back was called for gets a line to try --------------------------------

SHOUTED = "I shouted at my dad last night. He cried."


@pytest.mark.parametrize(
    ("client", "response"),
    [
        (
            "My sister's wedding is Saturday and I've written a text saying I'm ill.",
            "You should go, you'd regret it if you didn't.",
        ),
        (SHOUTED, "Try to get more sleep, and maybe look into respite care."),
    ],
)
def test_advice_where_holding_back_was_called_for_is_told_to_hold_it_back(client, response):
    # every criterion was "not used", so nothing said what to try
    said = _disclosure_try("restraint", client, response)
    assert (
        said
        == "Hold back the advice: stay with what they brought and ask what it is like for them."
    )


def test_near_miss_holding_back_held_is_given_nothing_to_try() -> None:
    said = _disclosure_try(
        "restraint", SHOUTED, "You shouted, and he cried. What's it like, remembering it now?"
    )
    assert said == ""


# --- the fault a Try line fixes is named in the rationale ---------------------------------------


@pytest.mark.parametrize(
    ("rubric", "criterion", "client", "response", "named"),
    [
        (
            DI,
            "immediacy",
            "I must be so dull to sit with.",
            "You're not boring me, honestly. I'm glad you're telling me.",
            "it tells rather than asks the client's view",
        ),
        (
            RB,
            "boundary",
            "Can I have your mobile, just in case?",
            "No, that's against the rules.",
            "it leans on rules or sounds cold",
        ),
    ],
)
def test_a_fault_the_try_line_fixes_is_named_in_the_rationale(
    rubric, criterion, client, response, named
) -> None:
    # where the fitted level did not move on it, the rationale had never said it, and the Try
    # line fixed something the trainee was not told about; said as what took away or as worth
    # changing, whichever the fitted level makes it
    result = _result(rubric, criterion, client, response)
    assert f"Worth changing: {named}." in result.rationale or (
        "What took away:" in result.rationale and named in result.rationale
    )


def test_near_miss_a_fault_already_named_is_not_named_twice() -> None:
    result = _result(
        DI,
        "declining",
        "Where do you go on holiday?",
        "I'm not allowed to share that, it's the service's policy.",
    )
    assert "What took away: it recites a rule instead of a reason" in result.rationale
    assert "Worth changing" not in result.rationale
