"""The probe set's second labelling (bench/data/probe_dev/second/): how far two blind labellers
agree, and how the offline judge does on the lines where they agree.

R1 labelled `s.jsonl` and `t.jsonl`, R2 `v.jsonl`, each blind to the first labels and to the
judge (bench/data/probe_dev/README.md). Per criterion: used / not used agreement, and within one
and exact on lines both scored, for the two labellers; then the judge against the first labels
on the lines where the two labellers agree that the skill was or was not used (the judge cannot
be blamed for a line the labellers themselves split on).

    python -m bench.probe_agreement
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from roleplay.content.library import load_library
from roleplay.judge.holdout import parse_labelled
from roleplay.offline.scorer import score_response

PROBE = Path(__file__).resolve().parent / "data" / "probe_dev"
SECOND = PROBE / "second"


def _rates(pairs: list[tuple[int | None, int | None]]) -> tuple[int, float, float, float]:
    """(lines, used agreement, within one, exact) of (first, second) label pairs."""
    both = [(a, b) for a, b in pairs if a is not None and b is not None]
    used = sum((a is None) == (b is None) for a, b in pairs) / len(pairs)
    within = sum(abs(a - b) <= 1 for a, b in both) / len(both) if both else float("nan")
    exact = sum(a == b for a, b in both) / len(both) if both else float("nan")
    return len(pairs), used, within, exact


def _table(title: str, pairs: dict[str, list[tuple[int | None, int | None]]]) -> None:
    print(title)
    print(f"  {'criterion':<16} {'pairs':>5} {'used':>6} {'within1':>8} {'exact':>6}")
    rows = [(cid, pairs[cid]) for cid in sorted(pairs)]
    rows.append(("all", [p for cid in sorted(pairs) for p in pairs[cid]]))
    for cid, found in rows:
        n, used, within, exact = _rates(found)
        print(f"  {cid:<16} {n:>5} {used:>6.3f} {within:>8.3f} {exact:>6.3f}")


def main() -> int:
    library = load_library()
    second: dict[str, dict[str, int | None]] = {}
    for path in sorted(SECOND.glob("*.jsonl")):
        for raw in path.read_text("utf-8").splitlines():
            data = json.loads(raw)
            second[data["id"]] = data["labels"]
    labellers: dict[str, list[tuple[int | None, int | None]]] = defaultdict(list)
    judged: dict[str, list[tuple[int | None, int | None]]] = defaultdict(list)
    for path in sorted(PROBE.glob("*.jsonl")):
        text = path.read_text("utf-8")
        for line in parse_labelled(text, path.name, library, holdout_only=False):
            other = second.get(line.id)
            if other is None:
                continue
            rubric = library.rubric(line.rubric).rubric
            result = score_response(rubric, line.moment, line.response)
            for cid, first in line.labels.items():
                labellers[cid].append((first, other.get(cid)))
                if (first is None) == (other.get(cid) is None):
                    verdict = result.criteria[cid]
                    judge = verdict.score if verdict.applicable else None
                    judged[cid].append((first, judge))
    _table("Two blind labellers on the probe set (first against second):", labellers)
    _table("The offline judge against the first labels, where the labellers agree on use:", judged)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
