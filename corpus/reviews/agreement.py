"""Agreement of a cross-review with the original author's labels.

    python corpus/reviews/agreement.py corpus/reviews/review-b-of-a.jsonl DIR_WITH_A_FILES [-v]
    python corpus/reviews/agreement.py corpus/reviews/review-*.jsonl corpus   # every review, pooled

Per criterion: used/not-used agreement (both null or both scored) over every reviewed line, and
within-one and exact agreement over the lines both scored. A line agrees when every criterion has
the same used/not-used reading and, where both scored, is within one point; -v lists the others.
Given several reviews, it pools them: how far two trained labellers agree, blind, which bounds
what any judge measured against one of them can show.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

CRITERIA = (
    "self_disclosure",
    "immediacy",
    "declining",
    "boundary",
    "rupture_repair",
    "contracting",
)


def main(argv: list[str]) -> int:
    paths_given = [Path(a) for a in argv if a != "-v"]
    review_paths, author_dir = paths_given[:-1], paths_given[-1]
    original = {}
    # Once a review is applied its disagreeing lines live in disputed/ (with the author's labels
    # still under "labels"), so they are read from there too and the figures do not change; once
    # ruled (apply_rulings.py) they are back in the corpus with the author's labels kept under
    # "dispute", which is what the review is compared with.
    paths = sorted(author_dir.glob("*.jsonl")) + sorted(author_dir.glob("disputed/*.jsonl"))
    for path in paths:
        for text in path.read_text("utf-8").splitlines():
            line = json.loads(text)
            if "dispute" in line:
                line = {**line, "labels": line["dispute"]["author_labels"]}
            elif "consistency" in line or "convention" in line:
                # Q's and R's consistency passes (apply_consistency.py) and the convention passes
                # (apply_convention.py) came after the reviews: compare with the labels as they
                # stood when the line was reviewed (the earliest pass's record wins).
                before = {}
                for record in reversed(line.get("convention", [])):
                    before.update(record["before"])
                before.update(line.get("consistency", {}).get("before", {}))
                line = {**line, "labels": {**line["labels"], **before}}
            original.setdefault(line["id"], line)
    reviews = [json.loads(t) for path in review_paths for t in path.read_text("utf-8").splitlines()]
    used = defaultdict(lambda: [0, 0])
    within = defaultdict(lambda: [0, 0])
    exact = defaultdict(lambda: [0, 0])
    disagree = []
    for review in reviews:
        theirs = original[review["id"]]["labels"]
        agrees = True
        for criterion, mine in review["labels"].items():
            other = theirs[criterion]
            used[criterion][1] += 1
            used[criterion][0] += (mine is None) == (other is None)
            if mine is not None and other is not None:
                within[criterion][1] += 1
                within[criterion][0] += abs(mine - other) <= 1
                exact[criterion][1] += 1
                exact[criterion][0] += mine == other
                agrees &= abs(mine - other) <= 1
            else:
                agrees &= (mine is None) == (other is None)
        if not agrees:
            disagree.append(review)
    n = len(reviews)
    print(
        f"lines reviewed: {n}; agreeing on every criterion: {n - len(disagree)} "
        f"({(n - len(disagree)) / n:.1%})"
    )
    print(f"{'criterion':16} {'used/not-used':>16} {'within-one':>16} {'exact':>16}")
    for c in CRITERIA:
        cells = [used[c], within[c], exact[c]]
        print(f"{c:16} " + " ".join(f"{a / max(b, 1):>8.1%} ({b:4})" for a, b in cells))
    if "-v" in argv:
        for review in disagree:
            line = original[review["id"]]
            a = {k: v for k, v in line["labels"].items() if v is not None}
            b = {k: v for k, v in review["labels"].items() if v is not None}
            print(f"{line['id']} author {a} reviewer {b} | {line['response'][:80]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
