"""`roleplay export --verify`: catch scores edited by hand in session files, where that is possible.

Two checks, each honest about its reach:
- every evaluation's integrity hash (domain/integrity.py) is recomputed; a mismatch means the
  scores, judge or response changed after judging. The hash is not keyed, so anyone with the
  program can recompute it: it catches naive edits only.
- attempts judged offline are re-scored with the session's frozen rubric and the moment as the
  trainee saw it; the offline scorer is deterministic, so any difference is an edit (or a
  different scorer version, which is reported as unchecked rather than flagged).
The frozen scenario and rubric are checked against the hashes stored beside them, since an edit
there would change what re-scoring sees.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from roleplay.domain.hashing import sha256_of
from roleplay.domain.integrity import intact
from roleplay.domain.replay import moment_at, thaw
from roleplay.domain.rubric import Rubric
from roleplay.domain.scenario import Scenario
from roleplay.domain.session import Evaluation, Session
from roleplay.errors import ResponseTooLong
from roleplay.offline.model import shipped_weights
from roleplay.offline.scorer import SCORER_VERSION, score_response
from roleplay.store.collect import Found

OFFLINE_KINDS = ("offline", "offline-fallback")


@dataclass(frozen=True)
class Flag:
    path: Path
    session_id: str
    turn: int | None  # 1-based, as a person counts; None for the session as a whole
    attempt: int | None
    problem: str

    def __str__(self) -> str:
        where = f"turn {self.turn}, attempt {self.attempt}: " if self.turn else ""
        return f"{self.path}: {where}{self.problem}"


@dataclass
class Verdict:
    checked: int = 0
    flags: list[Flag] = field(default_factory=list)

    @property
    def status(self) -> str:
        if self.flags:
            return "flagged"
        return "ok" if self.checked else "unchecked"

    def for_attempt(self, turn: int, attempt: int) -> list[Flag]:
        return [f for f in self.flags if f.turn == turn and f.attempt == attempt]


def verify_session(found: Found) -> Verdict:
    session, path = found.session, found.path
    verdict = Verdict()

    def flag(problem: str, turn: int | None = None, attempt: int | None = None) -> None:
        verdict.flags.append(Flag(path, session.id, turn, attempt, problem))

    frozen_ok = _check_frozen(session, flag)
    try:
        scenario, rubric = thaw(session)
    except ValueError as exc:
        flag(f"the frozen scenario or rubric cannot be read ({_first_line(exc)})")
        scenario, rubric = None, None
    for t, turn in enumerate(session.turns):
        for a, attempt in enumerate(turn.attempts):
            evaluations = [("", attempt.evaluation)] if attempt.evaluation else []
            evaluations += [(f"rescore {k}: ", e) for k, e in enumerate(attempt.rescores, 1)]
            for label, evaluation in evaluations:
                problems = _check_hash(evaluation, attempt.response)
                rescore_ok = frozen_ok and scenario is not None and rubric is not None
                if evaluation.judge in OFFLINE_KINDS and rescore_ok:
                    assert scenario is not None and rubric is not None
                    found_problems = _rescore(scenario, rubric, session, t, evaluation, attempt)
                    if found_problems is not None:  # None: another scorer version, unchecked
                        # Re-scoring is the stronger check: a missing hash is then no concern.
                        problems = [p for p in problems if "no integrity hash" not in p]
                        problems += found_problems
                for problem in problems:
                    flag(label + problem, t + 1, a + 1)
                verdict.checked += 1
    for group in session.discarded:
        for turn in group.turns:
            for attempt in turn.attempts:
                if attempt.evaluation:
                    for problem in _check_hash(attempt.evaluation, attempt.response):
                        flag(f"a set-aside turn ({turn.beat}): {problem}")
                    verdict.checked += 1
    return verdict


def _check_frozen(session: Session, flag) -> bool:
    ok = True
    if sha256_of(session.scenario.frozen) != session.scenario.sha256:
        flag("the frozen scenario was changed after the session started (its hash differs)")
        ok = False
    frozen = session.rubric.frozen
    if frozen is not None and sha256_of(frozen) != session.rubric.sha256:
        flag("the frozen rubric was changed after the session started (its hash differs)")
        ok = False
    return ok


def _check_hash(evaluation: Evaluation, response: str) -> list[str]:
    state = intact(evaluation, response)
    if state is False:
        return ["integrity hash does not match: scores, judge or response were edited"]
    if state is None:
        return ["no integrity hash: cannot tell whether the scores were edited"]
    return []


def _rescore(
    scenario: Scenario,
    rubric: Rubric,
    session: Session,
    turn_index: int,
    evaluation: Evaluation,
    attempt,
) -> list[str] | None:
    """Differences from a fresh offline scoring, or None when this evaluation cannot be re-run."""
    if evaluation.prompt_version != SCORER_VERSION or (
        evaluation.rubric_id,
        evaluation.rubric_version,
    ) != (rubric.id, rubric.version):
        return None
    if evaluation.weights is not None and evaluation.weights != shipped_weights().label:
        return None  # judged by other fitted weights: a fresh reading need not agree
    try:
        moment = moment_at(scenario, session.turns, turn_index)
    except KeyError as exc:
        return [f"beat {exc} is not in the frozen scenario"]
    try:
        fresh = score_response(rubric, moment, attempt.response)
    except ResponseTooLong as exc:
        return [f"not re-run: {exc.message}"]
    problems = []
    for cid in sorted(set(fresh.criteria) | set(evaluation.criteria)):
        stored, expected = evaluation.criteria.get(cid), fresh.criteria.get(cid)
        got = _shown(stored.applicable, stored.score) if stored else "missing"
        want = _shown(expected.applicable, expected.score) if expected else "missing"
        if got != want:
            problems.append(f"{cid} is stored as {got}; the offline scorer gives {want}")
    return problems


def _shown(applicable: bool, score: int | None) -> str:
    return str(score) if applicable and score is not None else "not used"


def _first_line(exc: Exception) -> str:
    return str(exc).splitlines()[0]
