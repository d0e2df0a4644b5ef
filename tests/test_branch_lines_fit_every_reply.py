"""A client line reached by a branch must fit every reply that can reach it, not only the exemplar.

Branches follow how the response scored (strong, mixed, weak, otherwise, or a move), never what it
said. A line written after the beat's strong exemplar ("Ring my mobile", "Put it there",
"Fortnightly could work") answers an offer that many replies reaching the same branch never
made. Each case below is a fresh reply that reaches the branch without making the offer, asking
the question or giving the detail the old line took up; the client's line (and cue) must not
presume it. The expected next beat is asserted too, so a change in routing shows up here instead
of the case passing by reaching another branch.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import pytest

from roleplay.content.library import load_library
from roleplay.domain.routing import Step, plan_step
from roleplay.judge.calibrate import moment_for
from roleplay.offline.scorer import score_response

LIBRARY = load_library()


def step_after(scenario_id: str, beat_id: str, response: str) -> Step:
    scenario = LIBRARY.scenario(scenario_id).scenario
    rubric = LIBRARY.rubric(scenario.rubric).rubric
    beat = scenario.beat(beat_id)
    reading = score_response(rubric, moment_for(scenario, beat), response)
    return plan_step(scenario, beat.id, reading, rubric.scale)


class Case(NamedTuple):
    scenario: str
    beat: str
    reply: str
    next_beat: str
    presumes: str  # a pattern for what the reply did not say, in the line or the cue


CASES = {
    # A strong here-and-now reply that says nothing about moving the clock.
    "clock-not-offered": Case(
        "you-did-it-again",
        "the-clock",
        "Thank you for telling me that, Tasha. I'm not going anywhere. I'm here with you right "
        "now, and I'm glad you said it.",
        "end",
        r"\bput it there\b",
    ),
    # A strong repair that owns the clock without the exemplar's "worthless".
    "worthless-not-said": Case(
        "you-did-it-again",
        "again",
        "You're right, I looked at the clock again. I'm sorry. That's mine to own. How did it "
        "land with you?",
        "sorry-is-easy",
        r"\bworthless\b",
    ),
    # A strong check-in that names no dimensions and asks for no numbers.
    "check-in-without-dimensions": Case(
        "how-was-today",
        "check-in",
        "Before you go, can we check in about how today was? I want this to fit you, so honest "
        "feedback really helps.",
        "a-six",
        r"\bheard, an eight\b|\bthe rest, sevens\b",
    ),
    # A mixed check-in that puts feedback off to next week: no rating asked, nothing "helpful".
    "rating-not-asked": Case(
        "how-was-today",
        "check-in",
        "Yes, same time next week. Next time we'll do a quick feedback form at the end.",
        "a-six",
        r"\bI'd give it\b|\breally helpful\b",
    ),
    # Stops the overrun and plans next week; no question about support tonight.
    "support-not-asked": Case(
        "session-overrun",
        "over-time",
        "We're well over time now, and I'm glad you told me. Let's stop here and make this the "
        "first thing we come back to next week.",
        "end",
        r"^Yes\. My sister\b|\bcall her\b",
    ),
    # Options opened with him, but fortnightly never named.
    "fortnightly-not-offered": Case(
        "fees-mid-therapy",
        "monthly",
        "Thanks for telling me straight. Money's a real worry. Let's think it through together: "
        "what matters most to you about keeping these going?",
        "off-the-books",
        r"\bfortnightly\b",
    ),
    # A clear no to WhatsApp with the clinic email as the route, not a text line.
    "email-not-text-line": Case(
        "first-session-agreement",
        "whatsapp",
        "That makes sense. I keep my personal phone separate from work so your information stays "
        "secure; if you're running late, the clinic email is the best way and it comes straight "
        "to me.",
        "confidentiality",
        r"\btext line\b",
    ),
    # The limit held and the office will email her: no phone call offered.
    "email-not-phone-call": Case(
        "cancelled-session-its-fine",
        "next-time",
        "I understand why; you need to know in time to keep your shift. I won't message from my "
        "own phone, because everything about our sessions should go through one reliable place. "
        "I'll ask the office to email you the moment anything changes, and offer the first free "
        "slot. Would that work?",
        "end",
        r"\bA phone call\. (?:Yes\. )?That is fair\b",
    ),
    # Terms agreed for a dropped call by email: nobody offered to ring her mobile.
    "mobile-not-offered": Case(
        "telehealth-from-the-car",
        "car-park",
        "Good to see you. Before we start, can we agree a couple of things so these calls work "
        "for you? I'd like you to be somewhere nobody can overhear, and if we get cut off I'll "
        "email you to rearrange. Is the car the most private place you have?",
        "dean",
        r"\bring my mobile\b",
    ),
    # A safety plan asked about, no number given.
    "number-not-given": Case(
        "telehealth-from-the-car",
        "dean",
        "You laughed, but I'm not. Could we make a plan together for if it gets bad, including "
        "when and where our calls happen, so you feel safer?",
        "end",
        r"\bput the number\b",
    ),
    # A repair that never puts the pad down.
    "pad-kept": Case(
        "just-like-everyone-else",
        "the-notepad",
        "You're right to call that out. It sounds like my writing has felt like being processed "
        "all over again. Can you tell me more about how that's been for you here?",
        "whats-in-it",
        r"\bon the floor\b|\bput the pad down\b",
    ),
    # Marks the shift, with no pad in it anywhere.
    "pad-never-mentioned": Case(
        "just-like-everyone-else",
        "kerry",
        "I'm glad. Something feels different between us compared to when you came in. What do "
        "you think changed?",
        "end",
        r"\bpad\b",
    ),
    # A weak, hurried answer that says nothing is recorded.
    "nothing-recorded": Case(
        "are-you-a-student",
        "poster",
        "I'm a trainee, yes. We don't record anything here. Anyway, let's get going.",
        "tricked",
        r"\bbeing recorded\b",
    ),
    # A repair that owns its part and asks nothing about how it felt.
    "feeling-not-asked": Case(
        "complaint-about-last-session",
        "you-said",
        "Thank you for telling me. I think I jumped to a tidy idea before I understood your "
        "family, and that's on me. I'm sorry.",
        "where-from",
        r"^\.\.\.Honestly\?",
    ),
    # A question about his week: nothing said about his tickets, and the line must not say so.
    "tickets-non-sequitur": Case(
        "late-and-gone-quiet",
        "arrives-late",
        "Okay. Tell me about your week.",
        "silence",
        r"\bnobody said anything about my tickets\b",
    ),
    # An over-long disclosure about the trainee's mother, not a father.
    "mother-not-father": Case(
        "my-father-drank",
        "key-in-the-door",
        "Yeah, my mum drank too, for years. I spent most of my teens cleaning up after her and I "
        "still find it hard to talk about, honestly.",
        "caretaking",
        r"\bsee him\b",
    ),
    # A disclosure about a grandmother who has died.
    "relative-has-died": Case(
        "dementia-carer-nobody-gets-it",
        "nobody-gets-it",
        "Yes, my nan had Alzheimer's years ago and she died in a home. It was awful for all of us "
        "and I still feel guilty about it, to be honest.",
        "caretaking",
        r"\bhow are they doing\b|\bstill at home\b",
    ),
    # A weak disclosure about a dark patch years ago: no "tough year".
    "no-tough-year": Case(
        "you-saved-my-life",
        "saved",
        "Thank you! Honestly, my own counsellor saved me years ago, so I know exactly how you "
        "feel.",
        "turned-round",
        r"\btough year\b",
    ),
}


def assert_line_fits(case: Case) -> None:
    """The reply reaches the branch under test, and the line and cue there do not presume."""
    step = step_after(case.scenario, case.beat, case.reply)
    assert step.next_beat == case.next_beat, "the reply no longer reaches the branch under test"
    said = f"{step.line}\n{step.cue or ''}"
    assert not re.search(case.presumes, said, re.I | re.M), said


@pytest.mark.parametrize("case", CASES.values(), ids=list(CASES))
def test_the_client_line_reached_does_not_presume_what_the_reply_did_not_say(case: Case) -> None:
    assert_line_fits(case)
