"""Cold start: `roleplay --help`, and the TUI's first screen (headless), each in a new process.

Each run is a fresh interpreter, so imports are paid every time (the OS file cache is warm after
the first run, as it is for a trainee opening the app twice). Prints median and best wall time
over N runs, and the peak memory of one run. Run: `.venv/bin/python -m bench.bench_startup`.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

from bench.machine import header

RUNS = int(os.environ.get("BENCH_RUNS", "10"))

HELP = """
import resource, runpy, sys
sys.argv = ["roleplay", "--help"]
try:
    runpy.run_module("roleplay", run_name="__main__")
except SystemExit:
    pass
print("PEAK", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
"""

FIRST_SCREEN = """
import asyncio, resource, sys
from roleplay.factory import build_services
from roleplay.settings import Settings
from roleplay.tui.app import RoleplayApp

async def main():
    app = RoleplayApp(build_services(Settings(offline=True)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert type(app.screen).__name__ == "HomeScreen"

asyncio.run(main())
print("PEAK", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
"""


def measure(code: str, env: dict[str, str]) -> tuple[list[float], float]:
    times, peak = [], 0.0
    for _ in range(RUNS):
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
        )
        times.append(time.perf_counter() - start)
        for line in done.stderr.splitlines():
            if line.startswith("PEAK"):
                peak = max(peak, int(line.split()[1]) / 1024)
    return times, peak


def main() -> None:
    header(f"cold start ({RUNS} runs each, new process every run)")
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "ROLEPLAY_DATA_DIR": data}
        for label, code in (("roleplay --help", HELP), ("TUI first screen", FIRST_SCREEN)):
            times, peak = measure(code, env)
            print(
                f"  {label:<18} median {statistics.median(times) * 1000:6.0f} ms   best "
                f"{min(times) * 1000:6.0f} ms   peak memory {peak:5.0f} MB"
            )
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    print(f"  (a bare Python start here takes {(time.perf_counter() - started) * 1000:.0f} ms)")


if __name__ == "__main__":
    main()
