"""Run every benchmark module in bench/ (each in its own process, so memory figures are its own)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    modules = sorted(p.stem for p in HERE.glob("bench_*.py"))
    if len(sys.argv) > 1:
        modules = [m for m in modules if any(arg in m for arg in sys.argv[1:])]
    failed = 0
    for module in modules:
        result = subprocess.run(
            [sys.executable, "-m", f"bench.{module}"], cwd=HERE.parent, check=False
        )
        failed += result.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
