"""Self-disclosure, fourth round of play: the helper's conduct in the talk is not a life (fresh
examples, written for this file after the fixes, in other words than the lines that found them).

Found playing `roleplay --offline score` with only a client line (no scenario, no beat), as
outside raters use it, right after the change that reads a plain past event and a taste of one's
own as disclosures (lexicon/presence.py, disclosure_presence.py):

1. The helping role's own acts in this conversation, told in the simple past, read as past events
   of a life: "I paused because I wanted to let that sink in", "I explained it badly", "I copied
   the number into the chat above", "I really enjoyed that", "I worried that might come across as
   harsh", "I struggled to find the words for a second there" (and, from before that change, "I
   jumped in too fast", "I found a couple of links that might help"). Hill & Knox (2002): talk
   about the session is not self-disclosure. A clause with a mark of a life outside the talk
   ("once", "for two years", "my cousin", "to someone") stays a disclosure.
2. A liking for what the client said or for the options before them ("I like the honesty in
   that", "I like both of those ideas", "I like the second option better"), and "I like to" as a
   frame for an opinion or the helper's way of working ("I like to think it can mend", "I like to
   give people a choice", "I like to be upfront about these things") read as a taste of one's own.
   A pastime or a taste ("I like to bake", "I prefer tea") stays a disclosure.
3. The helper's own therapist named in passing ("I'd probably give my own therapist a six most
   weeks!", bench/data/probe_dev s-050, a development line) sat on a weak sign and came and went
   with a refit: one's own therapy is a fact of one's life, like "my own therapy".
4. The answer handed back as a question about what it means to the client ("No kids, no. I'm
   curious what it would mean if I did?", "I'm not, no, I'm straight... What would it mean if I
   couldn't?") was read as the focus drifting (drill sd-b-kids, coming-out/are-you-gay): the
   "I" in it is the answer being asked about, not the helper's story going on (Hill 2020).
5. The answer given by echoing the question's word and denying it ("Not married, no.") was not
   read as an answer at all; "Married, yes." and "No kids, no." were.
6. The trainee's own slip or effort in the work, at a strain: "I noticed I did that too" (read as
   a me-too) and "I tried my best, honestly" (read as a past event) quoted as the disclosure
   (you-did-it-again/again, this-isnt-working/patronising).
7. Levels: a memory said to be vivid ("I remember my test like it was yesterday, I stalled at
   the first junction") and a habit answering a state ("I tend to journal when I'm overwhelmed")
   were read as a struggle still going on, level 1; the rubric's level 1 is raw or unresolved
   material, and Hill & Knox (2002) place the harm there, not in a coping routine told plainly.
8. Disclosures without an "I", in peer talk: "mine took two years lol", "that was me in 2019",
   "ya def, my 20s were rough",
   "As someone who's been dumped by text, I feel this" were not read; and "Same thing happens to
   loads of people" (the same said of others) was read as a me-too.
9. "I live here too and nobody ever asks me anything" (same-small-town/privacy) was not read:
   "here" was taken for this room; "I live here", "I grew up here" are the helper's town.
10. At scenario moments that invite disclosure or restraint the head decides even where the
   reader found nothing, and a first-person clause it did not know counted as a weak sign: "I
   paused there because it's a big question, and I want to get it right" (grief/asks, 4), "I read
   somewhere that grief often shows up as irritability" (3), "I worried for a second that I'd say
   the wrong thing" (infertility/grape, 1), "I hesitated because I didn't want to sound like I
   was lecturing" (recovery/sunday, 2), "I wondered if sleep has been affected", "I like the
   sound of a family meeting", "I wasn't sure how to put it".
11. Harmful replies scored high: the trainee's own line offered ("I have. I'm here for you,
   call me anytime on my personal number", grief/asks, 3; the exemplar giving the digits is 1),
   the client's loss measured against the helper's ("eight months with your dad is more than I
   got", 3) and a longing waved away ("Yes, three, and honestly they're a nightmare, you're not
   missing much ha", infertility/do-you-have-kids, 5).
12. A helping act the helper meant to do ("I was going to suggest a timetable", read at level 1),
   a reaction to the client's words as they came ("I felt a bit overwhelmed just reading it",
   "I'm exhausted just hearing about it", level 1) and knowledge from the work cited for a general
   claim ("I know from my work that carer burnout is really common") read as the helper's life.
"""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.judge.calibrate import moment_for
from roleplay.offline.disclosure_past import conduct_in_talk, past_event
from roleplay.offline.scorer import score_response

LIBRARY = load_library()
DI = LIBRARY.rubric("disclosure-immediacy").rubric


def _at(scenario: str, beat: str) -> Moment:
    found = LIBRARY.scenario(scenario).scenario
    return moment_for(found, found.beat(beat))


FLATMATE = Moment(client_line="My flatmate keeps eating my food and I can't bring it up.")
EXAMS = Moment(client_line="I just feel like I'm failing at everything. My exams are in two weeks.")


def disclosure(response: str, moment: Moment = FLATMATE):
    return score_response(DI, moment, response).criteria["self_disclosure"]


@pytest.mark.parametrize(
    "response",
    [
        "I rephrased that because it came out wrong.",
        "I stumbled over my words there.",
        "I hesitated a second there, sorry.",
        "I pasted the details of the housing advice line below.",
        "I looked up the tenancy rules for shared flats.",
        "I valued hearing that.",
        "I skimmed that too fast.",
        "I googled it and there's a template letter.",
        "I tracked down a couple of articles on house rules, want them?",
        "I struggled to know what to say, honestly, that's huge.",
        "Fair. I've been nodding along instead of asking.",
    ],
)
def test_the_helpers_conduct_in_the_talk_is_no_disclosure(response: str) -> None:
    result = disclosure(response)
    assert not result.applicable, result.rationale


@pytest.mark.parametrize(
    "response",
    [
        "I like the bravery in that.",
        "I like both of those routes.",
        "I like the first plan best, honestly.",
        "I like to think most flatmates would rather be told.",
        "I prefer to be clear about this stuff.",
        "I like to let people set the pace here.",
    ],
)
def test_liking_what_was_said_or_a_way_of_working_is_no_taste(response: str) -> None:
    result = disclosure(response)
    assert not result.applicable, result.rationale


@pytest.mark.parametrize(
    "response",
    [
        "I was about to suggest writing it down first, but maybe that's a lot.",
        "I was planning to ask about sleep next, if that's okay.",
        "I got a bit tense just reading that, and I can only guess how it feels to live it.",
        "I'm worn out just listening to that list, honestly.",
        "I know from the work that exam panic is really common.",
    ],
)
def test_a_meant_helping_act_or_a_reaction_to_their_words_is_no_disclosure(response: str) -> None:
    result = disclosure(response, EXAMS)
    assert not result.applicable, result.rationale


@pytest.mark.parametrize(
    "response",
    [
        # near misses: the same verbs with a life outside the talk
        "I explained to my own dad once why I was moving out.",
        "I talked to someone when my marriage ended, and it helped.",
        "I shared a flat with four lads for two years and it was chaos.",
        "I enjoyed living alone at uni more than I expected.",
        "I switched jobs at thirty and never looked back.",
        "I like to bake when I'm stressed.",
        "I prefer tea to coffee, for what it's worth.",
        "I love the sea, it's where I go to think.",
        "I felt the same before my own finals.",
        "I struggled for words for months when my gran died.",
        "I know from experience how lonely a new city gets.",
        "I'm shattered, I was up all night with my little one.",
        "I've been writing poetry since I was a teenager.",
    ],
)
def test_a_life_outside_the_talk_is_still_a_disclosure(response: str) -> None:
    result = disclosure(response)
    assert result.applicable, result.rationale


def test_conduct_and_past_event_readers_split_the_same_verb_by_its_marks() -> None:
    assert conduct_in_talk("i explained it badly.")
    assert not past_event("i explained it badly.")
    assert past_event("i explained it to my sister once.")
    assert not conduct_in_talk("i explained it to my sister once.")
    assert past_event("i finally joined a running club.")
    assert not conduct_in_talk("i finally joined a running club.")


def test_a_meant_suggestion_is_not_scored_as_a_harmful_disclosure() -> None:
    # it had been read as a current life told at level 1
    result = disclosure("I was going to suggest a timetable, but maybe that's too much?", EXAMS)
    assert not result.applicable


@pytest.mark.parametrize(
    "response",
    [
        "Ha, my own counsellor would say the same about me!",
        "I'd tell my own therapist that too, to be fair.",
    ],
)
def test_the_helpers_own_therapist_is_their_life(response: str) -> None:
    assert disclosure(response).applicable


def test_the_helpers_supervisor_is_the_role_not_a_life() -> None:
    assert not disclosure("I'll take that to my supervisor and come back to you.").applicable


ASKED = Moment(client_line="Are you married? Sorry, I'm just curious.", invites="self_disclosure")


@pytest.mark.parametrize(
    "response",
    [
        "Not married, no. I'm wondering what it might mean for you if I was?",
        "I am, yes. Does it matter to you whether I am?",
        "Yes, I am. Would it change anything for you if I wasn't?",
    ],
)
def test_asking_what_the_answer_means_to_them_hands_the_focus_back(response: str) -> None:
    result = disclosure(response, ASKED)
    assert result.applicable
    assert "handed the focus back" in result.rationale, result.rationale


def test_wondering_aloud_about_ones_own_answer_hands_nothing_back() -> None:
    result = disclosure("I am, yes. I wonder if I should have said that.", ASKED)
    assert "handed the focus back" not in result.rationale


@pytest.mark.parametrize(
    ("question", "response"),
    [
        ("Are you religious at all?", "Not religious, no. What's behind the question?"),
        ("Are you a parent yourself?", "Not a parent, no. How come you ask?"),
    ],
)
def test_an_echoed_no_answers_the_question(question: str, response: str) -> None:
    moment = Moment(client_line=question, invites="self_disclosure")
    assert disclosure(response, moment).applicable


AGAIN = Moment(client_line="You're doing it again. Cutting in. I hadn't finished.")


@pytest.mark.parametrize(
    "response",
    [
        "I see I did it again there. Go on, please.",
        "I tried really hard to get that right, and still.",
    ],
)
def test_the_trainees_slip_or_effort_is_not_a_disclosure(response: str) -> None:
    assert not disclosure(response, AGAIN).applicable


def test_a_shared_habit_is_still_a_me_too() -> None:
    assert disclosure("Ha, I do that too, all the time.", AGAIN).applicable


NERVES = Moment(client_line="I start my new job on Monday and I'm terrified.")


@pytest.mark.parametrize(
    "response",
    [
        "I still picture my first day at the bank like it was yesterday, I got lost twice. What's "
        "the scariest part for you?",
        "I go for a run whenever I'm anxious, it clears my head. What helps you?",
    ],
)
def test_a_vivid_memory_or_a_coping_habit_is_not_a_struggle_still_going_on(
    response: str,
) -> None:
    result = disclosure(response, NERVES)
    assert result.applicable
    assert "still in the middle" not in result.rationale, result.rationale
    assert (result.score or 0) >= 2


def test_a_struggle_now_is_still_read_as_one() -> None:
    result = disclosure("I'm anxious about my own job at the moment, honestly.", NERVES)
    assert "still in the middle" in result.rationale or "still going on" in result.rationale


EX = Moment(client_line="I can't stop thinking about my ex. It's been six months.")


@pytest.mark.parametrize(
    "response",
    [
        "Honestly mine dragged on for a year after we split.",
        "Checking their socials at 2am? That was me at uni, for months.",
        "As somebody who's lived through a messy split, I hear you.",
        "Oh, my early 30s were full of that, honestly.",
    ],
)
def test_a_disclosure_without_an_i_is_read(response: str) -> None:
    assert disclosure(response, EX).applicable


@pytest.mark.parametrize(
    "response",
    [
        "Same goes for most people after a long relationship.",
        "Sorry, that was me talking over you.",
    ],
)
def test_the_same_said_of_others_or_the_helper_in_the_room_is_no_disclosure(
    response: str,
) -> None:
    assert not disclosure(response, EX).applicable


TOWN = Moment(client_line="Everyone knows everyone round here. They'll work it out.")


@pytest.mark.parametrize(
    "response",
    [
        "I grew up here myself, so I know how the gossip travels.",
        "I live round here too, as it happens.",
    ],
)
def test_the_helpers_own_town_is_their_life(response: str) -> None:
    assert disclosure(response, TOWN).applicable


def test_being_here_for_them_is_not_a_town() -> None:
    assert not disclosure("I'm here, and what you say stays with me.", TOWN).applicable


GRIEF_ASKS = _at("grief-have-you-lost-a-parent", "asks")
GRAPE = _at("infertility-do-you-have-children", "grape")
SUNDAY = _at("recovery-are-you-in-recovery", "sunday")


@pytest.mark.parametrize(
    ("moment", "response"),
    [
        (GRIEF_ASKS, "I stopped for a second there because I want to answer you properly."),
        (
            GRIEF_ASKS,
            "I once read that grief can look like anger at first. What is it like for you?",
        ),
        (GRAPE, "I worried for a moment that anything I said would sound hollow. I'm so sorry."),
        (SUNDAY, "I held back because I didn't want to seem like I was telling you off."),
        (GRAPE, "I wondered whether you've told anyone at all about the app."),
        (SUNDAY, "I wasn't sure what to say first. What was Sunday like?"),
    ],
)
def test_helping_talk_at_a_moment_that_invites_disclosure_is_no_disclosure(
    moment: Moment, response: str
) -> None:
    result = score_response(DI, moment, response).criteria["self_disclosure"]
    assert not result.applicable, result.rationale


def test_a_plain_answer_at_that_moment_is_still_a_disclosure() -> None:
    result = score_response(
        DI, GRIEF_ASKS, "I have, yes, my dad, some years ago. What's it like for you?"
    ).criteria["self_disclosure"]
    assert result.applicable


KIDS = _at("infertility-do-you-have-children", "do-you-have-kids")


def test_the_trainees_own_line_offered_is_level_one() -> None:
    result = score_response(
        DI, GRIEF_ASKS, "I have, yes. Text me on my own mobile any time it gets bad, okay?"
    ).criteria["self_disclosure"]
    assert result.applicable and result.score == 1


@pytest.mark.parametrize(
    ("moment", "response"),
    [
        (
            GRIEF_ASKS,
            "I lost my dad at six, so you had more than I ever had with mine. How is it now?",
        ),
        (KIDS, "Two kids, and believe me, you're not missing out on much! Why do you ask?"),
    ],
)
def test_a_loss_measured_or_a_longing_waved_away_scores_low(moment: Moment, response: str) -> None:
    result = score_response(DI, moment, response).criteria["self_disclosure"]
    assert result.applicable and (result.score or 5) <= 3
    assert "compares" in result.rationale


def test_a_plain_answer_about_children_is_not_a_comparison() -> None:
    result = score_response(
        DI, KIDS, "I do, two. I wonder what it's like to ask me that. What made you?"
    ).criteria["self_disclosure"]
    assert "compares" not in result.rationale
