"""What machine a figure came from, printed above every benchmark's results."""

from __future__ import annotations

import os
import platform
import resource
import sys
from pathlib import Path


def describe() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with Path("/proc/cpuinfo").open(encoding="utf-8") as handle:
            names = [
                line.split(":", 1)[1].strip() for line in handle if line.startswith("model name")
            ]
        if names:
            cpu = names[0]
    except OSError:
        pass
    return (
        f"{platform.system()} {platform.release()} · {cpu} · {os.cpu_count()} cores · "
        f"Python {sys.version.split()[0]}"
    )


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports KB)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / (1024 * 1024)


def header(title: str) -> None:
    print(f"\n== {title} ==")
    print(f"machine: {describe()}")
