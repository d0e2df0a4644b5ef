"""`roleplay export` at cohort scale: rows streamed, an empty export keeps its columns, no PATH
means your own data dir, and `--verify` gives the same verdicts on many cores as on one."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from cohort import make_cohort
from roleplay.cli import main
from roleplay.cli.export_cmd import verify_all
from roleplay.export.rows import Table
from roleplay.export.writers import write_table
from roleplay.store.files import atomic_writer


def _export(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "roleplay", "export", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,  # a hang, not a speed limit
        check=False,
    )


def _header(path: Path) -> list[str]:
    return next(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))


@pytest.mark.parametrize("level", ["session", "turn", "trainee"])
def test_an_empty_export_keeps_its_columns(tmp_path: Path, level: str) -> None:
    empty = tmp_path / "nothing-here"
    empty.mkdir()
    out = tmp_path / "empty.csv"
    assert main(["export", str(empty), "--level", level, "--out", str(out)]) == 0
    header = _header(out)
    # The default rubric's criteria are still columns, so a gradebook template stays intact.
    wanted = {
        "session": "self_disclosure_mean",
        "turn": "self_disclosure",
        "trainee": "self_disclosure_change",
    }[level]
    assert wanted in header and any(c.startswith("immediacy") for c in header)
    assert len(out.read_bytes().decode("utf-8-sig").splitlines()) == 1  # the header, no rows


def test_export_without_a_path_reads_your_own_data_dir(data_dir: Path, tmp_path: Path) -> None:
    paths = make_cohort(data_dir)
    out = tmp_path / "mine.csv"
    env = dict(os.environ, ROLEPLAY_DATA_DIR=str(data_dir))
    result = _export("--out", str(out), env=env)
    assert result.returncode == 0, result.stderr
    assert str(data_dir) in result.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert len(rows) == len(paths) == 6
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_streamed_outputs_match_row_for_row(data_dir: Path, tmp_path: Path) -> None:
    make_cohort(data_dir)
    csv_out, jsonl_out = tmp_path / "t.csv", tmp_path / "t.jsonl"
    assert main(["export", str(data_dir), "--level", "turn", "--out", str(csv_out)]) == 0
    assert main(["export", str(data_dir), "--level", "turn", "--out", str(jsonl_out)]) == 0
    rows = list(csv.DictReader(io.StringIO(csv_out.read_bytes().decode("utf-8-sig"))))
    lines = [json.loads(line) for line in jsonl_out.read_text("utf-8").splitlines()]
    assert len(rows) == len(lines) > 6
    assert [r["response"].lstrip("'") for r in rows] == [line["response"] for line in lines]
    # No temp file is left beside the outputs.
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_rows_are_written_as_they_are_made() -> None:
    """The writers take a generator and consume it once, one row at a time."""
    made: list[int] = []

    def rows():
        for n in range(3):
            made.append(n)
            yield [n, f"row {n}"]

    for fmt in ("csv", "jsonl", "xlsx"):
        made.clear()
        buffer = io.BytesIO()
        assert write_table(Table(["n", "text"], rows()), fmt, buffer) == 3
        assert made == [0, 1, 2] and buffer.getvalue()


def test_a_failed_stream_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "book.csv"
    target.write_bytes(b"previous")

    def rows():
        yield [1]
        raise RuntimeError("broke half-way")

    with pytest.raises(RuntimeError), atomic_writer(target) as handle:
        write_table(Table(["n"], rows()), "csv", handle)
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["book.csv"]


def test_verify_on_many_cores_gives_the_same_verdicts_as_on_one(data_dir: Path) -> None:
    paths = make_cohort(data_dir)
    record = json.loads(paths[0].read_text("utf-8"))
    record["turns"][0]["attempts"][0]["evaluation"]["criteria"]["self_disclosure"]["score"] = 1
    paths[0].write_text(json.dumps(record), encoding="utf-8")
    sessions = [(json.loads(p.read_text("utf-8"))["id"], p) for p in paths]
    serial = verify_all(sessions, parallel_from=len(sessions) + 1)
    parallel = verify_all(sessions, parallel_from=1)
    assert serial.keys() == parallel.keys() == {s for s, _ in sessions}
    for session_id in serial:
        assert serial[session_id].status == parallel[session_id].status
        assert [str(f) for f in serial[session_id].flags] == [
            str(f) for f in parallel[session_id].flags
        ]
    assert parallel[record["id"]].status == "flagged"
    assert sum(v.status == "flagged" for v in parallel.values()) == 1
