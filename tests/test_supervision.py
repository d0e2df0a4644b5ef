"""The supervisor's loop, first part: review files beside sessions, the review screen, import.

Review files are separate from the trainee's record, private, resumable, tied to the session and
the words rated by hash, and carry an integrity hash that a hand edit breaks.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from practice_helpers import GRIEF, SESSION_RESPONSES, answer
from roleplay.cli import main
from roleplay.domain.review import review_intact
from roleplay.factory import Services
from roleplay.practice.supervision import SupervisionQueue, open_for_review
from roleplay.store.reviews import read_review, review_files
from roleplay.store.sessions import read_session
from roleplay.tui.app import RoleplayApp
from roleplay.tui.screens.supervise import ReviewScreen
from tui_helpers import settle


async def played(services: Services, responses: list[str]) -> Path:
    session = services.start(GRIEF, "t-7", "spring")
    for text in responses:
        if session.finished:
            break
        await answer(session, text)
    return session.finish()


def queue_for(paths: list[Path], reviewer: str = "sup-1") -> SupervisionQueue:
    return open_for_review([(p, read_session(p)) for p in paths], reviewer)


async def test_ratings_are_saved_beside_the_sessions_and_never_inside(services: Services) -> None:
    path = await played(services, SESSION_RESPONSES[:3])
    before = path.read_bytes()
    queue = queue_for([path])
    assert len(queue.targets) == 3
    queue.rate("self_disclosure", 4)
    queue.rate("immediacy", None)
    queue.comment("Warm, and brief. Hand the focus back sooner.")
    assert queue.toggle_flag() is True
    assert path.read_bytes() == before  # the trainee's record is only read
    (review_path,) = review_files([services.settings.data_dir])
    assert review_path.parent == services.settings.data_dir / "reviews"
    assert stat.S_IMODE(review_path.stat().st_mode) == 0o600
    review = read_review(review_path)
    assert review.reviewer == "sup-1" and review.session_id == read_session(path).id
    (item,) = review.items
    assert (item.turn, item.attempt) == (0, 0)
    assert item.ratings == {"self_disclosure": 4, "immediacy": None}
    assert item.flag and item.comment.startswith("Warm")
    assert review_intact(review) is True


async def test_reopening_resumes_at_the_first_unrated_response(services: Services) -> None:
    path = await played(services, SESSION_RESPONSES[:3])
    queue = queue_for([path])
    queue.agree_with_judge()
    assert queue.move(1)
    queue.rate("self_disclosure", 2)
    again = queue_for([path])
    assert again.index == 2 and again.rated == 2
    other = queue_for([path], reviewer="sup-2")  # a second supervisor has a file of their own
    assert other.rated == 0
    other.rate("immediacy", 3)
    assert len(list(review_files([services.settings.data_dir]))) == 2


async def test_agreeing_takes_the_judges_scores(services: Services) -> None:
    path = await played(services, SESSION_RESPONSES[:1])
    queue = queue_for([path])
    queue.agree_with_judge()
    evaluation = queue.current.attempt.evaluation
    assert evaluation is not None
    item = queue.item_of(queue.current)
    assert item is not None
    for cid, result in evaluation.criteria.items():
        expected = result.score if result.applicable else None
        assert item.ratings[cid] == expected


async def test_a_score_off_the_scale_or_an_unknown_criterion_is_refused(
    services: Services,
) -> None:
    from roleplay.errors import UsageError

    path = await played(services, SESSION_RESPONSES[:1])
    queue = queue_for([path])
    with pytest.raises(UsageError, match="outside the scale"):
        queue.rate("self_disclosure", 9)
    with pytest.raises(UsageError, match="not a criterion"):
        queue.rate("charisma", 3)


async def test_hand_edits_and_later_session_changes_are_detected(services: Services) -> None:
    path = await played(services, SESSION_RESPONSES[:2])
    queue = queue_for([path])
    queue.rate("self_disclosure", 2)
    (review_path,) = review_files([services.settings.data_dir])
    data = json.loads(review_path.read_text(encoding="utf-8"))
    data["items"][0]["ratings"]["self_disclosure"] = 5
    review_path.write_text(json.dumps(data), encoding="utf-8")
    assert review_intact(read_review(review_path)) is False
    record = json.loads(path.read_text(encoding="utf-8"))
    record["cohort"] = "edited"
    path.write_text(json.dumps(record), encoding="utf-8")
    assert queue_for([path]).sessions[0].stale is True


async def test_export_does_not_mistake_review_files_for_sessions(
    services: Services, capsys
) -> None:
    path = await played(services, SESSION_RESPONSES[:2])
    queue_for([path]).agree_with_judge()
    assert main(["export", str(services.settings.data_dir), "--no-text"]) == 0
    assert "skipped" not in capsys.readouterr().err


async def test_import_reviews_copies_them_into_the_trainees_data_dir(
    services: Services, tmp_path: Path, capsys
) -> None:
    path = await played(services, SESSION_RESPONSES[:2])
    queue_for([path]).agree_with_judge()
    trainee_dir = tmp_path / "trainee"
    argv = ["import-reviews", str(services.settings.data_dir / "reviews")]
    assert main([*argv, "--data-dir", str(trainee_dir)]) == 0
    (copied,) = review_files([trainee_dir])
    assert stat.S_IMODE(copied.stat().st_mode) == 0o600
    assert "imported 1 review file(s)" in capsys.readouterr().err
    assert main([*argv, "--data-dir", str(trainee_dir)]) == 0  # again: nothing newer to take
    assert "imported 0 review file(s)" in capsys.readouterr().err


def test_review_needs_a_reviewer_id(capsys) -> None:
    assert main(["review"]) == 2
    assert "a reviewer id is needed" in capsys.readouterr().err


WRITER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from roleplay.practice.supervision import open_for_review
    from roleplay.store.sessions import read_session

    path = Path(sys.argv[1])
    queue = open_for_review([(path, read_session(path))], "sup-kill")
    n = 0
    while True:  # rewrite a growing review until killed
        n += 1
        queue.comment("x" * (n % 3000))
        if n == 3:
            print("writing", flush=True)
""")


def test_sigkill_mid_write_leaves_a_readable_review(services: Services) -> None:
    path = asyncio.run(played(services, SESSION_RESPONSES[:1]))
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)],
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == b"writing"  # it is in its write loop
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    (review_path,) = review_files([services.settings.data_dir])
    assert review_intact(read_review(review_path)) is True


async def test_the_review_screen_rates_comments_flags_and_moves(services: Services) -> None:
    path = await played(services, SESSION_RESPONSES[:3])
    queue = queue_for([path])
    app = RoleplayApp(services, review=queue, blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, until=lambda: isinstance(app.screen, ReviewScreen))
        await pilot.press("a")  # the judge's scores, for the first response
        await pilot.press("n")
        await pilot.press("2", "0")  # second response: self-disclosure 2, immediacy not in play
        await pilot.press("f", "c")
        app.screen.query_one("#review-comment").value = "Too much about you here."
        await pilot.press("enter")
        await pilot.press("n", "4")
        await pilot.press("escape")
        await settle(pilot, until=lambda: not isinstance(app.screen, ReviewScreen))
    (review_path,) = review_files([services.settings.data_dir])
    items = {(i.turn, i.attempt): i for i in read_review(review_path).items}
    second = items[queue.targets[1].turn_index, queue.targets[1].attempt_index]
    assert second.ratings == {"self_disclosure": 2, "immediacy": None}
    assert second.flag and second.comment == "Too much about you here."
    third = items[queue.targets[2].turn_index, queue.targets[2].attempt_index]
    assert third.ratings == {"self_disclosure": 4}
    assert len(items) == 3


async def test_calibrate_against_reviews_pairs_judge_and_supervisors(
    services: Services, capsys
) -> None:
    from roleplay.judge.review_agreement import (
        between_supervisors,
        judge_reviewed,
        judge_vs_supervisors,
        reviewed_responses,
    )
    from roleplay.store.reviews import load_reviews

    path = await played(services, SESSION_RESPONSES[:4])
    agreeing = queue_for([path], "sup-agrees")
    for _ in agreeing.targets:
        agreeing.agree_with_judge()
        agreeing.move(1)
    harsh = queue_for([path], "sup-harsh")
    for _ in harsh.targets:
        harsh.rate("self_disclosure", 1)
        harsh.rate("immediacy", 1)
        harsh.move(1)
    reviews, problems = load_reviews([services.settings.data_dir])
    assert problems == [] and len(reviews) == 2
    items, stale = reviewed_responses([read_session(path)], reviews)
    assert stale == 0 and len(items) == 2 * len(agreeing.targets)
    judged = await judge_reviewed(items, services.judge)
    scale = agreeing.current.session.rubric.scale
    criteria = ["self_disclosure", "immediacy"]
    mine = [j for j in judged if j.item.review.reviewer == "sup-agrees"]
    for a in judge_vs_supervisors(mine, criteria, scale).values():
        assert a.presence == 1.0  # the same judge, the same words: full agreement
    theirs = [j for j in judged if j.item.review.reviewer == "sup-harsh"]
    harsh_sd = judge_vs_supervisors(theirs, criteria, scale)["self_disclosure"]
    assert harsh_sd.presence < 1.0 or harsh_sd.exact < 1.0
    pairs = between_supervisors(items, criteria, scale)
    assert pairs["self_disclosure"].items == len(agreeing.targets)


def test_calibrate_reviews_prints_both_tables_and_the_disagreements(
    services: Services, capsys
) -> None:
    path = asyncio.run(played(services, SESSION_RESPONSES[:3]))
    agreeing = queue_for([path], "sup-agrees")
    agreeing.agree_with_judge()
    harsh = queue_for([path], "sup-harsh")
    harsh.rate("self_disclosure", 1)
    harsh.rate("immediacy", 1)
    assert main(["calibrate", "--reviews", str(services.settings.data_dir / "reviews")]) == 0
    out = capsys.readouterr().out
    assert "Judge against supervisors" in out
    assert "Supervisor against supervisor (same responses)" in out
    assert "Disagreements on self_disclosure" in out and "sup-harsh" in out


def _two_reviews(services: Services) -> Path:
    path = asyncio.run(played(services, SESSION_RESPONSES[:3]))
    agreeing = queue_for([path], "sup-agrees")
    agreeing.agree_with_judge()
    agreeing.comment("Warm and brief.")
    harsh = queue_for([path], "sup-harsh")
    harsh.rate("self_disclosure", 1)
    harsh.rate("immediacy", None)
    harsh.toggle_flag()
    return path


def test_turn_exports_carry_supervisors_beside_the_judge(services: Services, capsys) -> None:
    import csv
    import io

    path = _two_reviews(services)
    data = str(services.settings.data_dir)
    assert main(["export", data, "--level", "turn"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out.lstrip("\ufeff"))))
    first = next(r for r in rows if r["turn"] == "1" and r["attempt"] == "1")
    assert first["reviewers"] == "sup-agrees+sup-harsh"
    judge_score = first["self_disclosure"]
    expected = (int(judge_score) + 1) / 2 if judge_score else 1.0
    assert float(first["self_disclosure_supervisor"]) == expected
    assert first["supervisor_flag"] == "true" and first["supervisors_differ"] == "true"
    assert "sup-agrees: Warm and brief." in first["supervisor_comments"]
    second = next(r for r in rows if r["turn"] == "2")
    assert second["reviewers"] == "" and second["self_disclosure_supervisor"] == ""
    assert main(["export", data, "--level", "turn", "--no-text"]) == 0
    header = capsys.readouterr().out.splitlines()[0]
    assert "self_disclosure_supervisor" in header and "supervisor_comments" not in header
    assert read_session(path).id in {r["session_id"] for r in rows}


def test_verify_flags_a_review_edited_by_hand(services: Services, capsys) -> None:
    _two_reviews(services)
    data = services.settings.data_dir
    assert main(["export", str(data), "--verify", "--no-text"]) == 0
    capsys.readouterr()
    edited = next(p for p in review_files([data]) if "sup-harsh" in p.name)
    record = json.loads(edited.read_text(encoding="utf-8"))
    record["items"][0]["ratings"]["self_disclosure"] = 5
    edited.write_text(json.dumps(record), encoding="utf-8")
    assert main(["export", str(data), "--verify", "--no-text"]) == 1
    err = capsys.readouterr().err
    assert "by sup-harsh: edited by hand" in err and "1 review file(s) edited by hand" in err


def test_the_report_shows_supervisor_agreement(services: Services, tmp_path: Path) -> None:
    _two_reviews(services)
    out = tmp_path / "report.html"
    assert main(["report", str(services.settings.data_dir), "--out", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert "<h2>Supervisors and the judge</h2>" in html
    assert "rated in 2 review file(s) by 2 supervisor(s)" in html
    assert "Supervisor against supervisor (the same responses)" in html


async def test_the_trainees_summary_shows_the_supervisors_ratings_and_comments(
    services: Services,
) -> None:
    from roleplay.tui.screens.summary import SummaryScreen
    from tui_helpers import shown

    session = services.start(GRIEF, "t-7", "spring")
    await answer(session, SESSION_RESPONSES[0])
    path = session.finish()
    queue = queue_for([path])
    queue.rate("self_disclosure", 4)
    queue.comment("Lovely and brief; hand back a beat sooner.")
    queue.toggle_flag()
    app = RoleplayApp(services, blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.push_screen(SummaryScreen(services.open(read_session(path)), over_session=False))
        await settle(pilot, until=lambda: isinstance(app.screen, SummaryScreen))
        text = " ".join(shown(app.screen.query_one("#summary-reviews")).split())
    assert "Reviewed by sup-1" in text
    assert "Self-disclosure 4 (judge" in text and "to discuss" in text
    assert "Lovely and brief; hand back a beat sooner." in text
