"""Turn time against an LLM server with a fixed latency: about one round trip, not two.

A loopback OpenAI-compatible server (tests/fakellm, in its own process: bench/fake_server.py)
answers every request after a fixed latency.
Each turn runs the judge and the client at the same time, so a turn should cost one latency plus
the engine's own work; the ratio turn/latency is the figure to watch (target <= 1.05).

    python -m bench bench_turn            # or: make bench
    BENCH_LATENCIES=0.5 BENCH_TURNS=40 python -m bench.bench_turn

The fake server sends a reply's chunks all at once after the latency, so the SDK's parsing of
every chunk lands inside the turn; a real server spreads it over the generation time.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

from bench.machine import header, peak_rss_mb  # noqa: E402
from roleplay.factory import build_services  # noqa: E402
from roleplay.practice.events import ClientDelta, Evaluated  # noqa: E402
from roleplay.settings import Settings  # noqa: E402

LATENCIES = [float(x) for x in os.environ.get("BENCH_LATENCIES", "0.25,0.5,1.0").split(",")]
TURNS = int(os.environ.get("BENCH_TURNS", "20"))
SCENARIO = "grief-have-you-lost-a-parent"
RESPONSES = [
    "I did lose my mother some years ago, so I have some sense of how heavy this is. "
    "What has it been like for you?",
    "That sounds really hard. Tell me more about that.",
    "I notice you went quiet just now. I wonder what's happening for you, here with me?",
    "What would you like to take from today?",
]


async def run(base_url: str, data_dir: Path) -> dict[str, list[float]]:
    settings = Settings(base_url=base_url, api_key="bench-key", data_dir=data_dir, trainee="bench")
    services = build_services(settings)
    figures: dict[str, list[float]] = {"turn": [], "first_words": [], "evaluated": []}
    try:
        session = services.start(SCENARIO)
        while len(figures["turn"]) < TURNS + 1:
            if session.finished:
                session = services.start(SCENARIO)
            text = RESPONSES[len(figures["turn"]) % len(RESPONSES)]
            started = time.perf_counter()
            first_words = evaluated = None
            async with contextlib.aclosing(session.submit(text)) as events:
                async for event in events:
                    now = time.perf_counter() - started
                    if isinstance(event, ClientDelta) and first_words is None:
                        first_words = now
                    elif isinstance(event, Evaluated):
                        evaluated = now
            figures["turn"].append(time.perf_counter() - started)
            figures["first_words"].append(first_words or float("nan"))
            figures["evaluated"].append(evaluated or float("nan"))
    finally:
        await services.aclose()
    return figures


def main() -> None:
    for latency in LATENCIES:
        measure(latency)
    print(f"peak memory:              {peak_rss_mb():7.1f} MB")


def measure(latency: float) -> None:
    header(f"turn time against a server with {latency:g} s fixed latency ({TURNS} turns)")
    server = subprocess.Popen(
        [sys.executable, "-m", "bench.fake_server", str(latency)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=HERE.parent,
    )
    assert server.stdin and server.stdout
    try:
        base_url = server.stdout.readline().strip()
        with tempfile.TemporaryDirectory() as tmp:
            figures = asyncio.run(run(base_url, Path(tmp)))
    finally:
        server.stdin.close()
        requests = int(server.stdout.readline() or 0)
        server.wait(10)
    # The first turn opens the connections and loads the SDK's lazy modules: shown apart.
    first = figures["turn"][0]
    figures = {name: values[1:] for name, values in figures.items()}
    turn = figures["turn"]
    mean, median = statistics.fmean(turn), statistics.median(turn)
    print(f"server latency (fixed):   {latency * 1000:7.1f} ms")
    print(f"first turn (connecting):  {first * 1000:7.1f} ms (not in the figures below)")
    print(f"turn wall time, mean:     {mean * 1000:7.1f} ms")
    print(f"turn wall time, median:   {median * 1000:7.1f} ms")
    print(f"turn wall time, max:      {max(turn) * 1000:7.1f} ms")
    print(f"first client words, mean: {statistics.fmean(figures['first_words']) * 1000:7.1f} ms")
    print(f"evaluation shown, mean:   {statistics.fmean(figures['evaluated']) * 1000:7.1f} ms")
    ratios = f"{mean / latency:7.3f} (mean), {median / latency:.3f} (median)"
    print(f"ratio turn/latency:       {ratios}")
    print(f"overhead over latency:    {(mean - latency) * 1000:7.1f} ms (mean)")
    print(f"requests to the server:   {requests} ({requests / (len(turn) + 1):.1f} per turn)")


if __name__ == "__main__":
    main()
