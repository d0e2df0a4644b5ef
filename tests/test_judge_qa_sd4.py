"""Self-disclosure, fourth round of play: the helper's conduct in the talk is not a life (fresh
examples, written for this file after the fixes, in other words than the lines that found them).

Found playing `roleplay --offline score` with only a client line (no scenario, no beat), as
outside raters use it, right after the change that reads a plain past event and a taste of one's
own as disclosures (lexicon/presence.py, disclosure_presence.py):

1. The helping role's own acts in this conversation, told in the simple past, read as past events
   of a life: "I paused because I wanted to let that sink in", "I explained it badly", "I copied
   the number into the chat above", "I really enjoyed that", "I worried that might come across as
   harsh" (and, from before that change, "I jumped in too fast", "I found a couple of links that
   might help"). Hill & Knox (2002): talk about the session is not self-disclosure. A clause with
   a mark of a life outside the talk ("once", "for two years", "my cousin", "to someone") stays a
   disclosure.
2. A liking for what the client said or for the options before them ("I like the honesty in
   that", "I like both of those ideas", "I like the second option better"), and "I like to" as a
   frame for an opinion or the helper's way of working ("I like to think it can mend", "I like to
   give people a choice", "I like to be upfront about these things") read as a taste of one's own.
   A pastime or a taste ("I like to bake", "I prefer tea") stays a disclosure.
3. The helper's own therapist named in passing ("I'd probably give my own therapist a six most
   weeks!", bench/data/probe_dev s-050, a development line) sat on a weak sign and came and went
   with a refit: one's own therapy is a fact of one's life, like "my own therapy".
4. A helping act the helper meant to do ("I was going to suggest a timetable", read at level 1)
   and a reaction to the client's words as they came ("I felt a bit overwhelmed just reading it")
   read as the helper's life.
"""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.disclosure_past import conduct_in_talk, past_event
from roleplay.offline.scorer import score_response

DI = load_library().rubric("disclosure-immediacy").rubric
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
