"""How `roleplay rescore` uses concurrency: 200 stored attempts re-judged at 1, 8 and 32 in flight.

Throughput is printed beside its bound, N x latency / concurrency seconds (what a judge with that
fixed latency allows when nothing else costs time), as the fraction of the bound achieved.

Judges, each with a fixed latency:
- `sleep`: `asyncio.sleep(latency)`, the rescore machinery alone (queue, re-building moments,
  the offline reading every request carries, integrity stamps, atomic saves);
- `loopback`: a real HTTP round trip per attempt to tests/fakellm (an OpenAI-compatible server on
  127.0.0.1 answering after `latency`) through the openai SDK, the server in this process;
- `LLM judge`: when roleplay.judge.llm and bench/fake_server.py exist (the LLM branch), the real
  judge, wired by the factory as `roleplay rescore` wires it, against the fake server in its own
  process answering valid verdicts.
"""

from __future__ import annotations

import asyncio
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.bench_export import make_templates
from bench.machine import header, peak_rss_mb
from roleplay.domain.session import Evaluation
from roleplay.export.rescore import rescore
from roleplay.judge.base import JudgeRequest
from roleplay.store.collect import collect_sessions
from roleplay.store.sessions import dump_session

ATTEMPTS = 200
# BENCH_LATENCY=0.5 BENCH_CONCURRENCY=8,32 shows the same machinery under a realistic latency.
LATENCY = float(os.environ.get("BENCH_LATENCY", "0.05"))
CONCURRENCY = tuple(int(c) for c in os.environ.get("BENCH_CONCURRENCY", "1,8,32").split(","))
TESTS = Path(__file__).resolve().parent.parent / "tests"


class SleepJudge:
    kind = "llm"

    def describe(self) -> str:
        return f"sleep {LATENCY}s"

    async def evaluate(self, request: JudgeRequest) -> Evaluation:
        await asyncio.sleep(LATENCY)
        return request.offline.model_copy(update={"judge": "llm", "model": "bench"})


class LoopbackJudge:
    """One chat completion per attempt against the loopback server; the offline reading kept."""

    kind = "llm"

    def __init__(self, base_url: str) -> None:
        import openai

        self.client = openai.AsyncOpenAI(base_url=base_url, api_key="bench", max_retries=0)

    def describe(self) -> str:
        return "loopback HTTP"

    async def aclose(self) -> None:
        await self.client.close()

    async def evaluate(self, request: JudgeRequest) -> Evaluation:
        await self.client.chat.completions.create(
            model="bench",
            messages=[{"role": "user", "content": request.response}],
        )
        return request.offline.model_copy(update={"judge": "llm", "model": "bench"})


def make_cohort(target: Path) -> int:
    """Copies of real offline sessions until exactly ATTEMPTS counted attempts are stored."""
    templates = make_templates(target / "templates")
    sessions = target / "sessions"
    sessions.mkdir(parents=True)
    total, i = 0, 0
    while total < ATTEMPTS:
        record = templates[i % len(templates)].model_copy(deep=True)
        record.id = f"b{i:04d}"
        for turn in record.turns:
            turn.attempts = [a for a in turn.attempts if a.counts][: max(0, ATTEMPTS - total)]
            total += len(turn.attempts)
        (sessions / f"{record.id}.json").write_bytes(dump_session(record))
        i += 1
    shutil.rmtree(target / "templates")
    return total


async def timed(data: Path, judge, concurrency: int) -> tuple[float, int]:
    found, _ = collect_sessions([data])
    seen = {"n": 0}

    def progress(done: int, total: int) -> None:
        seen["n"] = done

    began = time.perf_counter()
    try:
        summary = await rescore(
            found, judge, judge_model="bench", concurrency=concurrency, on_progress=progress
        )
    finally:
        close = getattr(judge, "aclose", None)  # connections close in the loop that made them
        if close is not None:
            await close()
    seconds = time.perf_counter() - began
    assert summary.done == seen["n"], "progress and summary disagree"
    return seconds, summary.done


Measure = Callable[[Path, int], tuple[float, int]]  # (data dir, concurrency) -> (seconds, done)


def run(label: str, measure: Measure, source: Path, work: Path) -> None:
    print(f"\n{label}, latency {LATENCY * 1000:.0f} ms, {ATTEMPTS} attempts:")
    print("  concurrency   seconds   attempts/s   bound (s)   fraction of bound")
    for concurrency in CONCURRENCY:
        data = work / f"{label.split()[0]}-{concurrency}"
        shutil.copytree(source, data)
        seconds, done = measure(data, concurrency)
        bound = done * LATENCY / concurrency
        print(
            f"  {concurrency:11d} {seconds:9.2f} {done / seconds:12.1f} {bound:11.2f} "
            f"{bound / seconds:15.0%}"
        )


def with_judge(make_judge: Callable[[], object]) -> Measure:
    return lambda data, concurrency: asyncio.run(timed(data, make_judge(), concurrency))


async def _timed_llm(data: Path, base_url: str, concurrency: int) -> tuple[float, int]:
    from roleplay.factory import build_services
    from roleplay.settings import Settings

    settings = Settings(
        data_dir=data / "home", base_url=base_url, api_key="bench", model="fake-model"
    )
    services = build_services(settings)  # the judge `roleplay rescore` would use
    return await timed(data, services.judge, concurrency)


def run_llm_judge(source: Path, work: Path) -> None:
    here = Path(__file__).resolve().parent
    if (
        importlib.util.find_spec("roleplay.judge.llm") is None
        or not (here / "fake_server.py").exists()
    ):
        print("\nLLM judge: roleplay.judge.llm is not in this branch; skipped")
        return
    server = subprocess.Popen(
        [sys.executable, "-m", "bench.fake_server", str(LATENCY)],
        cwd=here.parent,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        base_url = server.stdout.readline().strip()
        run(
            "LLM judge (fake server in its own process)",
            lambda data, c: asyncio.run(_timed_llm(data, base_url, c)),
            source,
            work,
        )
    finally:
        if server.stdin:
            server.stdin.close()
        server.wait(timeout=10)


def main() -> None:
    header("rescore: re-judging stored attempts (roleplay.export.rescore)")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        source = work / "cohort"
        stored = make_cohort(source)
        assert stored == ATTEMPTS
        run("sleep judge", with_judge(SleepJudge), source, work)
        sys.path.insert(0, str(TESTS))
        from fakellm import FakeLLM

        with FakeLLM(latency=LATENCY, reply="ok") as server:
            run(
                "loopback judge (openai SDK, server in this process)",
                with_judge(lambda: LoopbackJudge(server.base_url)),
                source,
                work,
            )
        run_llm_judge(source, work)
    print(f"\npeak RSS {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
