"""The test server (tests/fakellm) as its own process, so the bench's client does not share a
GIL with it, as with any real server. Prints its base URL, serves until stdin closes, then
prints how many requests it answered.

    python -m bench.fake_server LATENCY
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fakellm import FakeLLM
from llmkit import judge_and_client


def main() -> None:
    with FakeLLM(latency=float(sys.argv[1])) as llm:
        judge_and_client(llm)
        print(llm.base_url, flush=True)
        sys.stdin.read()  # until the bench closes our stdin
        print(len(llm.requests), flush=True)


if __name__ == "__main__":
    main()
