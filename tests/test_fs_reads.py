"""Reading files handed to us: regular files only, with a size cap, lengths checked first.

Real FIFOs, links to /dev/zero, sparse oversized files. Where a bug would hang (a FIFO), the
command runs in its own process with a generous timeout, so a regression fails instead of hanging.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from roleplay.cli import main
from roleplay.domain.review import REVIEW_SCHEMA_VERSION, Review
from roleplay.errors import StoreError
from roleplay.factory import build_services
from roleplay.regular_files import MAX_RECORD_BYTES, RefusedFile, read_regular
from roleplay.settings import Settings
from roleplay.store.drills import DrillStore
from roleplay.store.reviews import load_reviews, save_review
from roleplay.store.sessions import SessionStore
from test_fs_writes import _one_session

HANG = 120  # seconds: only a hang gets anywhere near this


def _roleplay(*argv: str, data: Path, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "ROLEPLAY_DATA_DIR": str(data), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(
        [sys.executable, "-m", "roleplay", *argv],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=HANG,
        env=env,
        check=False,
    )


@pytest.fixture
def hostile_cohort(tmp_path: Path) -> Path:
    """A cohort folder: one good record, a FIFO, a link to /dev/zero and a 17 MB sparse file."""
    good = _one_session(tmp_path / "made")
    cohort = tmp_path / "cohort"
    cohort.mkdir()
    shutil.copy(good, cohort / good.name)
    os.mkfifo(cohort / "x.json")
    (cohort / "zero.json").symlink_to("/dev/zero")
    with (cohort / "big.json").open("wb") as handle:
        handle.truncate(MAX_RECORD_BYTES + 1)
    return cohort


def test_special_and_huge_files_in_a_cohort_are_skipped_not_read(
    tmp_path: Path, hostile_cohort: Path
) -> None:
    runs = {
        "export": ["export", str(hostile_cohort)],
        "verify": ["export", str(hostile_cohort), "--verify", "--out", str(tmp_path / "v.csv")],
        "report": ["report", str(hostile_cohort), "--out", str(tmp_path / "r.html")],
        "rescore": ["rescore", str(hostile_cohort), "--offline"],
    }
    for name, argv in runs.items():
        done = _roleplay(*argv, data=tmp_path / "data")
        assert done.returncode == 0, (name, done.stderr)
        err = done.stderr
        assert "Traceback" not in err and "MemoryError" not in err, name
        assert f"{hostile_cohort / 'x.json'}: skipped, is a FIFO (named pipe)" in err, name
        assert f"{hostile_cohort / 'zero.json'}: skipped, is a device" in err, name
        assert (
            f"{hostile_cohort / 'big.json'}: skipped, is {MAX_RECORD_BYTES + 1:,} bytes; "
            f"a session record is limited to {MAX_RECORD_BYTES:,} bytes"
        ) in err, name
    assert "1 session(s)" in _roleplay(*runs["export"], data=tmp_path / "data").stderr


def test_a_fifo_named_on_the_command_line_is_skipped_with_a_reason(tmp_path: Path) -> None:
    fifo = tmp_path / "x.json"
    os.mkfifo(fifo)
    done = _roleplay("export", str(fifo), data=tmp_path / "data")
    assert done.returncode == 0, done.stderr
    assert f"{fifo}: skipped, is a FIFO (named pipe), not a regular file" in done.stderr


def test_the_store_skips_a_fifo_and_says_so(tmp_path: Path) -> None:
    data = tmp_path / "data"
    good = _one_session(data)
    os.mkfifo(good.parent / "a-fifo.json")
    script = (
        "import sys; from pathlib import Path; from roleplay.store.sessions import SessionStore\n"
        "store = SessionStore(Path(sys.argv[1]))\n"
        "print(len(list(store.iter_sessions()))); print(store.problems)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(data)],
        capture_output=True,
        text=True,
        timeout=HANG,
        check=True,
    )
    count, problems = done.stdout.splitlines()
    assert count == "1"
    assert "a-fifo.json: it is a FIFO (named pipe), not a regular file" in problems


def test_inputs_must_be_regular_files(tmp_path: Path) -> None:
    fifo = tmp_path / "in.jsonl"
    os.mkfifo(fifo)
    scenario = tmp_path / "scenarios" / "x.yaml"
    scenario.parent.mkdir()
    os.mkfifo(scenario)
    runs = (
        ["score", str(fifo), "--offline"],
        ["practice", "am-i-boring-you", "--responses", str(fifo), "--offline"],
        ["validate", str(scenario)],
    )
    for argv in runs:
        done = _roleplay(*argv, data=tmp_path / "data")
        assert done.returncode == 2, (argv, done.stderr)
        assert "is a FIFO (named pipe), not a regular file" in done.stderr + done.stdout, argv
        assert "Traceback" not in done.stderr


def test_read_regular_refuses_devices_and_growth_past_the_cap(tmp_path: Path) -> None:
    with pytest.raises(RefusedFile, match="is a device, not a regular file"):
        read_regular("/dev/zero", 10)
    small = tmp_path / "f"
    small.write_bytes(b"x" * 11)
    with pytest.raises(RefusedFile, match="is 11 bytes; a thing is limited to 10 bytes"):
        read_regular(small, 10, "a thing")
    assert read_regular(small, 11) == b"x" * 11
    link = tmp_path / "link"
    link.symlink_to(small)  # a link to a regular file is an ordinary way to hand one in
    assert read_regular(link, 11) == b"x" * 11


def test_profile_and_key_links_to_devices_are_not_read(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "profile.json").symlink_to("/dev/zero")
    services = build_services(Settings(data_dir=data, offline=True))
    assert services.default_cohort() is None  # an unreadable profile is an empty one
    (data / "pseudonym.key").symlink_to("/dev/zero")
    from roleplay.export.pseudonym import load_key

    with pytest.raises(StoreError, match="cannot read the pseudonym key"):
        load_key(data, None)


# --- lengths first (item 8) -----------------------------------------------------------------


def test_score_refuses_long_lines_before_parsing_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "in.jsonl"
    good = json.dumps({"id": 1, "response": "I hear you."})
    long_response = json.dumps({"id": 2, "response": "a" * 4001})
    at_limit = json.dumps({"id": 3, "response": "b" * 4000})
    with path.open("w", encoding="utf-8") as handle:
        handle.write(good + "\n")
        handle.write('{"id": 9, "response": "' + "x" * (5 * 1024 * 1024) + '"}\n')
        handle.write(long_response + "\n")
        handle.write(at_limit + "\n")
    assert main(["score", str(path), "--offline"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""  # nothing was scored
    lines = captured.err.splitlines()
    assert f"{path}:2: line longer than 1,048,576 bytes" in lines[0]
    assert f"{path}:3: response longer than 4,000 characters (4,001)" == lines[1]
    assert len(lines) == 2  # line 4, exactly at the limit, is fine


def test_score_reads_stdin_lines_bounded(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    text = json.dumps({"id": 1, "response": "Go on."}) + "\n" + "y" * (2 * 1024 * 1024) + "\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    assert main(["score", "-", "--offline"]) == 2
    assert "-:2: line longer than" in capsys.readouterr().err


def test_practice_checks_lengths_before_echoing_anything(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    path = tmp_path / "responses.txt"
    path.write_text("Tell me more.\n---\n\n" + "z" * 4001 + "\n---\nGo on.\n", "utf-8")
    argv = ["practice", "am-i-boring-you", "--responses", str(path), "--offline"]
    assert main([*argv, "--data-dir", str(data)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""  # no transcript line was echoed or wrapped
    assert f"{path}:4: response longer than 4,000 characters (4,001)" in captured.err
    assert not (data / "sessions").exists()  # and no session was started

    path.write_text("w" * (1024 * 1024 + 1), "utf-8")
    assert main([*argv, "--data-dir", str(data)]) == 2
    err = capsys.readouterr().err
    assert "is 1,048,577 bytes; a responses file is limited to 1,048,576 bytes" in err
    assert "split it into smaller files" in err


# --- newer records (item 14) ----------------------------------------------------------------


def _from_the_future(path: Path) -> None:
    record = json.loads(path.read_text("utf-8"))
    record["schema_version"] = 999
    path.write_text(json.dumps(record, indent=1), "utf-8")


def test_a_newer_schema_version_is_refused_by_every_reader(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    path = _one_session(data)
    _from_the_future(path)
    before = path.read_bytes()
    session_id = path.stem
    says = "written with schema_version 999, newer than this build of roleplay reads"

    store = SessionStore(data)
    assert list(store.iter_sessions()) == []  # TUI history and the resume offer
    assert says in store.problems[0] and "(schema_version 1)" in store.problems[0]
    with pytest.raises(StoreError, match="schema_version 999") as refused:
        build_services(Settings(data_dir=data, offline=True)).resume(session_id)
    assert "update roleplay" in str(refused.value.hint)

    for argv in (["export", str(data)], ["rescore", str(data), "--offline"]):
        main(argv)
        err = capsys.readouterr().err
        assert f"{path}: skipped, {says} (schema_version 1)" in err, argv
    assert path.read_bytes() == before  # never rewritten by rescore


def test_a_newer_version_key_anywhere_in_the_record_is_refused(tmp_path: Path) -> None:
    path = _one_session(tmp_path / "data")
    record = json.loads(path.read_text("utf-8"))
    version = record.pop("schema_version")
    record["schema_version"] = version + 1  # moved to the end, past where a prefix scan looks
    record["trainee"] = "t" * 5000
    path.write_text(json.dumps(record), "utf-8")
    with pytest.raises(StoreError, match=f"schema_version {version + 1}"):
        SessionStore(tmp_path / "data").load(path.stem)


def _review() -> Review:
    return Review(
        session_id="s-1",
        session_sha256="0" * 64,
        trainee="t-1",
        scenario_id="am-i-boring-you",
        rubric_id="disclosure-immediacy",
        rubric_version=1,
        reviewer="sup-1",
    )


def test_review_files_are_read_with_the_same_care(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "reviews"
    good = save_review(folder / "s-1.sup-1.review.json", _review())
    newer = folder / "s-2.sup-1.review.json"
    record = json.loads(good.read_text("utf-8"))
    record["schema_version"] = REVIEW_SCHEMA_VERSION + 1
    newer.write_text(json.dumps(record), "utf-8")
    (folder / "z.sup-1.review.json").symlink_to("/dev/zero")

    reviews, problems = load_reviews([folder])
    assert [r.session_id for r in reviews] == ["s-1"]
    assert any(
        f"written with schema_version {REVIEW_SCHEMA_VERSION + 1}" in p and str(newer) in p
        for p in problems
    )
    # A link to a device is not even a candidate (not a regular file), so nothing hangs.
    assert not any("z.sup-1" in p for p in problems)

    fifo = tmp_path / "x.review.json"
    os.mkfifo(fifo)
    done = _roleplay("import-reviews", str(fifo), data=tmp_path / "data")
    assert done.returncode == 0, done.stderr
    assert f"{fifo}: is a FIFO (named pipe), not a regular file: skipped" in done.stderr


def test_a_newer_drill_record_is_refused(tmp_path: Path) -> None:
    store = DrillStore(tmp_path)
    store.drills_dir.mkdir(parents=True)
    path = store.path_for("d-1")
    path.write_text(json.dumps({"schema_version": 7, "id": "d-1"}), "utf-8")
    with pytest.raises(StoreError, match="schema_version 7, newer than"):
        store.load("d-1")
