"""Running `python -m bench.bench_ordinary` as a separate process, as a user would."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import REPO


def run_ordinary_bench(**env: str) -> subprocess.CompletedProcess[str]:
    """The benchmark with these environment variables added; it must exit 0."""
    result = subprocess.run(
        [sys.executable, "-m", "bench.bench_ordinary"],
        cwd=REPO,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result
