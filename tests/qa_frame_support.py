"""Moments and scoring helpers shared by tests/test_judge_qa_frame.py (contracting),
tests/test_judge_qa_frame_boundary.py (boundary) and tests/test_judge_qa_im4*.py (immediacy and
rupture repair)."""

from __future__ import annotations

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.domain.session import CriterionResult
from roleplay.judge.calibrate import moment_for
from roleplay.offline.scorer import score_response

LIBRARY = load_library()
RB = LIBRARY.rubric("relationship-boundaries").rubric


def at(scenario: str, beat: str) -> Moment:
    found = LIBRARY.scenario(scenario).scenario
    return moment_for(found, found.beat(beat))


def drill(client_line: str) -> Moment:
    return Moment(client_line=client_line, invites="boundary")


def result_at(moment: Moment, response: str, criterion: str) -> CriterionResult:
    return score_response(RB, moment, response).criteria[criterion]


def score_at(moment: Moment, response: str, criterion: str) -> int | None:
    found = result_at(moment, response, criterion)
    return found.score if found.applicable else None


FIRST = at("first-session-agreement", "how-does-this-work")
CONFIDENTIALITY = at("first-session-agreement", "confidentiality")
ROTA = at("first-session-agreement", "rota")
WHATSAPP = at("first-session-agreement", "whatsapp")
POSTER = at("are-you-a-student", "poster")
WHO_HEARS = at("are-you-a-student", "who-hears")
CHECK_IN = at("how-was-today", "check-in")
ADJUST = at("how-was-today", "adjust")
OFF_BOOKS = at("fees-mid-therapy", "off-the-books")
TEAM_SHEET = at("same-small-town", "team-sheet")
DRIFT = at("same-small-town", "drift")
HUG = at("hug-after-the-diagnosis", "hug")
NEXT_TIME = at("cancelled-session-its-fine", "next-time")
CONTACT_AFTER = at("follow-request-on-instagram", "contact-after")
THE_OFFER = at("ill-fix-your-car", "the-offer")
THE_TIN = at("gift-and-christening-invite", "the-tin")
SAFETY_STEP = at("session-overrun", "safety-step")
PRIVACY = at("same-small-town", "privacy")
