"""`roleplay fit`: the offline judge refitted on the corpus plus a course's reviews, written into
an instructor content directory, and used by every session that loads that directory."""

from __future__ import annotations

import asyncio
import json
import stat
from importlib.resources import files
from importlib.util import find_spec
from pathlib import Path

import pytest

from practice_helpers import GRIEF, SESSION_RESPONSES, answer
from roleplay.cli import main
from roleplay.factory import Services, build_services
from roleplay.practice.supervision import open_for_review
from roleplay.settings import Settings
from roleplay.store.sessions import read_session

# Found, not imported: importing scikit-learn costs every xdist worker 1.6 s at collection.
pytestmark = pytest.mark.skipif(
    find_spec("sklearn") is None, reason="fit needs the fit extra, which make test installs"
)

SHIPPED_WEIGHTS = files("roleplay.offline") / "weights" / "judge.json"

VARIANTS = [
    "I did lose my mum, years ago now. What's it been like for you?",
    "Yes. My father died when I was twenty, and it still hurts every day, honestly.",
    "I notice you went quiet just now. What's happening for you, here with me?",
    "That sounds so hard. Tell me more.",
    "When my dad died I fell apart for a year and I still can't talk about it.",
    "I wonder what it's like to ask me that?",
    "I hear you. What would help today?",
    "My own loss taught me you should just cry it out, that's what worked for me.",
]


async def _play(services: Services, start: int) -> Path:
    session = services.start(GRIEF, f"t-{start}", "spring")
    for k in range(4):
        if session.finished:
            break
        await answer(session, VARIANTS[(start + k) % len(VARIANTS)])
    return session.finish()


def _strict_reviews(services: Services, sessions: int) -> Path:
    """A course stricter than the judge: every skill the judge scores, rated two points lower."""
    paths = [asyncio.run(_play(services, n)) for n in range(sessions)]
    for path in paths:
        queue = open_for_review([(path, read_session(path))], "sup-strict")
        for target in queue.targets:
            queue.index = queue.targets.index(target)
            evaluation = target.attempt.evaluation
            assert evaluation is not None
            for cid, result in evaluation.criteria.items():
                if result.applicable and result.score is not None:
                    queue.rate(cid, max(1, result.score - 2))
                else:
                    queue.rate(cid, None)
    return services.settings.data_dir


def test_too_few_reviews_is_refused(services: Services, tmp_path: Path, capsys) -> None:
    data = _strict_reviews(services, 2)
    argv = ["fit", "--reviews", str(data / "reviews"), "--out", str(tmp_path / "course")]
    assert main(argv) == 2
    assert "too few reviews to say anything" in capsys.readouterr().err
    assert not (tmp_path / "course").exists()


def test_fit_writes_course_weights_that_change_agreement_and_are_used(
    services: Services, tmp_path: Path, capsys
) -> None:
    data = _strict_reviews(services, 10)
    course = tmp_path / "course"
    argv = ["fit", "--reviews", str(data / "reviews"), "--out", str(course), "--name", "strict"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    weights = course / "weights" / "judge.json"
    assert weights.is_file() and stat.S_IMODE(weights.stat().st_mode) == 0o644
    assert json.loads(weights.read_text())["name"] == "strict"
    assert "Held-back reviews" in out and "Shipped corpus holdout" in out
    # before and after are reported on the held-back reviews for each criterion; the refit
    # moved the fitted heads. (Whether the few held-back items change their reading depends on
    # which sessions the id hash holds back, and session ids carry a random part: asserting it
    # made this test pass or fail by chance.)
    table = out.split("Held-back reviews")[1].split("Shipped corpus holdout")[0]
    rows = [line.split() for line in table.splitlines() if line.startswith(("self_", "immed"))]
    assert len(rows) == 2 and all(len(r) == 7 for r in rows)
    fitted = json.loads(weights.read_text())["criteria"]["self_disclosure"]
    shipped = json.loads(SHIPPED_WEIGHTS.read_text())["criteria"]["self_disclosure"]
    assert fitted["level"] != shipped["level"]

    # Every session that loads the course's content dir is judged by its weights.
    settings = Settings(data_dir=tmp_path / "d2", offline=True, trainee="t-x")
    course_services = build_services(settings, content_dirs=[course])
    assert course_services.weights is not None
    session = course_services.start(GRIEF)
    asyncio.run(answer(session, SESSION_RESPONSES[0]))
    evaluation = session.record.turns[0].attempts[0].evaluation
    assert evaluation is not None and evaluation.weights.startswith("strict@")
