"""How fast `roleplay export` reads a cohort: N synthetic session files, timed end to end.

The files are copies of real sessions played by the offline engine (full size, frozen scenario
and rubric included), with ids, trainees, cohorts and dates varied. Each export runs as a user
runs it, `python -m roleplay export ...` in its own process, so the time includes start-up and
the memory figure is that process's own peak. Nothing is asserted; figures are printed.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.machine import header
from roleplay.domain.session import Session
from roleplay.factory import build_services
from roleplay.settings import Settings
from roleplay.store.sessions import dump_session

SIZES = (1_000, 10_000)
SCENARIOS = ("grief-have-you-lost-a-parent", "am-i-boring-you", "late-and-gone-quiet")
RESPONSES = (
    "I did lose my mother some years ago, so I have some sense of how heavy this is. "
    "What has it been like for you?",
    "I notice you went quiet just now. I wonder what's happening for you, here with me?",
    "That sounds really hard. Tell me more about that.",
    "When my dad died I fell apart for a year and I still can't talk about it.",
    "What would you like to take from today?",
    "I hear you.",
)


async def _play(data_dir: Path, scenario: str, shift: int) -> Session:
    services = build_services(Settings(data_dir=data_dir, offline=True))
    session = services.start(scenario, trainee="template", cohort="bench")
    for response in RESPONSES[shift:] + RESPONSES[:shift]:
        if session.finished:
            break
        async with contextlib.aclosing(session.submit(response)) as events:
            async for _ in events:
                pass
    return session.record


def make_templates(work: Path) -> list[Session]:
    return [
        asyncio.run(_play(work / "templates", scenario, shift))
        for scenario in SCENARIOS
        for shift in range(3)
    ]


def write_cohort(templates: list[Session], n: int, target: Path) -> int:
    sessions = target / "sessions"
    sessions.mkdir(parents=True)
    start = datetime(2026, 1, 5, 9, tzinfo=UTC)
    size = 0
    for i in range(n):
        record = templates[i % len(templates)].model_copy(
            update={
                "id": f"s{i:06d}",
                "trainee": f"trainee-{i % 400:03d}",
                "cohort": f"cohort-{i % 7}",
                "started_at": start + timedelta(minutes=37 * i),
            }
        )
        data = dump_session(record)
        size += len(data)
        (sessions / f"s{i:06d}.json").write_bytes(data)
    return size


def run_export(data: Path, out: Path, *flags: str) -> tuple[float, float]:
    """Wall time and this child's own peak RSS in MB (os.wait4 reports it per process)."""
    command = [sys.executable, "-m", "roleplay", "export", str(data), "--out", str(out), *flags]
    began = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - began
    if os.waitstatus_to_exitcode(status) not in (0, 1):  # 1: --verify flagged something
        raise SystemExit(f"export failed: {child.stderr.read().decode() if child.stderr else ''}")
    return seconds, usage.ru_maxrss / 1024


def main() -> None:
    header("export: session files to a gradebook (python -m roleplay export)")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        templates = make_templates(work)
        runs = [
            ("session csv", ("--level", "session"), "csv"),
            ("turn csv (with text)", ("--level", "turn"), "csv"),
            ("turn csv --no-text", ("--level", "turn", "--no-text"), "csv"),
            ("turn jsonl (with text)", ("--level", "turn"), "jsonl"),
            ("trainee csv --pseudonymize", ("--level", "trainee", "--pseudonymize"), "csv"),
            ("session xlsx", ("--level", "session"), "xlsx"),
            ("session csv --verify", ("--level", "session", "--verify"), "csv"),
        ]
        for n in SIZES:
            data = work / f"cohort-{n}"
            size = write_cohort(templates, n, data)
            print(f"\n{n:,} sessions, {size / n / 1024:.0f} KB each on average:")
            for label, flags, fmt in runs:
                seconds, peak = run_export(data, work / f"out-{n}.{fmt}", *flags)
                print(
                    f"  {label:28} {seconds:6.2f} s  {n / seconds:8,.0f} sessions/s  "
                    f"peak RSS {peak:5.0f} MB"
                )


if __name__ == "__main__":
    main()
