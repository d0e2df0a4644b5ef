"""How `roleplay rescore` uses concurrency: 200 stored attempts re-judged at 1, 8 and 32 in flight.

Throughput is printed beside its bound, N x latency / concurrency seconds (what a judge with that
fixed latency allows when nothing else costs time), as the fraction of the bound achieved.

Two judges, both with a fixed latency:
- `sleep`: `asyncio.sleep(latency)`, the rescore machinery alone (queue, re-building moments,
  the offline reading every request carries, integrity stamps, atomic saves);
- `loopback`: a real HTTP round trip per attempt to tests/fakellm (an OpenAI-compatible server on
  127.0.0.1 answering after `latency`) through the openai SDK. This stands in for the LLM judge
  (roleplay.judge.llm), which is built on another branch; once merged, run the real one the same
  way.
"""

from __future__ import annotations

import asyncio
import shutil
import sys
import tempfile
import time
from pathlib import Path

from bench.bench_export import make_templates
from bench.machine import header, peak_rss_mb
from roleplay.domain.session import Evaluation
from roleplay.export.rescore import rescore
from roleplay.judge.base import JudgeRequest
from roleplay.store.collect import collect_sessions
from roleplay.store.sessions import dump_session

ATTEMPTS = 200
LATENCY = 0.05
CONCURRENCY = (1, 8, 32)
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
    summary = await rescore(
        found, judge, judge_model="bench", concurrency=concurrency, on_progress=progress
    )
    seconds = time.perf_counter() - began
    assert summary.done == seen["n"], "progress and summary disagree"
    return seconds, summary.done


def run(label: str, make_judge, source: Path, work: Path) -> None:
    print(f"\n{label} judge, latency {LATENCY * 1000:.0f} ms, {ATTEMPTS} attempts:")
    print("  concurrency   seconds   attempts/s   bound (s)   fraction of bound")
    for concurrency in CONCURRENCY:
        data = work / f"{label}-{concurrency}"
        shutil.copytree(source, data)
        judge = make_judge()
        seconds, done = asyncio.run(timed(data, judge, concurrency))
        bound = done * LATENCY / concurrency
        print(
            f"  {concurrency:11d} {seconds:9.2f} {done / seconds:12.1f} {bound:11.2f} "
            f"{bound / seconds:15.0%}"
        )


def main() -> None:
    header("rescore: re-judging stored attempts (roleplay.export.rescore)")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        source = work / "cohort"
        stored = make_cohort(source)
        assert stored == ATTEMPTS
        run("sleep", SleepJudge, source, work)
        sys.path.insert(0, str(TESTS))
        from fakellm import FakeLLM

        with FakeLLM(latency=LATENCY, reply="ok") as server:
            run("loopback", lambda: LoopbackJudge(server.base_url), source, work)
    print(f"\npeak RSS {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
