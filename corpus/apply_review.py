"""Apply a cross-review to an author's corpus lines.

`python corpus/apply_review.py corpus/review-b-of-a.jsonl B` reads the reviewer's own labels for a
sample of another author's lines (written blind to the author's labels) and, for each reviewed line:

- agreement (the same used / not-used decision and scores within one point on every criterion):
  the line's `reviewer` becomes the reviewer's name;
- disagreement: the line is moved out of the corpus into `corpus/disputed/disputed.jsonl`, with
  both sets of labels, to be discussed; it is neither fitted on nor measured until it is resolved.

Review files and disputed lines live in subfolders (`corpus/reviews/`, `corpus/disputed/`), so
the corpus loader (`split.py`, which reads `corpus/*.jsonl`) never takes them for corpus lines.

It prints per-criterion agreement between the two authors on the reviewed sample. Lines nobody
reviewed keep `reviewer: null`. Run once per review file; running it again changes nothing.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent


def agrees(a: int | None, b: int | None) -> bool:
    if (a is None) != (b is None):
        return False
    return a is None or b is None or abs(a - b) <= 1


def main(review_file: str, reviewer: str) -> int:
    reviews = {}
    for raw in Path(review_file).read_text(encoding="utf-8").splitlines():
        if raw.strip():
            item = json.loads(raw)
            reviews[item["id"]] = item
    used = defaultdict(lambda: [0, 0])  # criterion -> [same used/not-used, compared]
    within = defaultdict(lambda: [0, 0])  # criterion -> [within one, both scored]
    disputed: list[dict] = []
    seen = 0
    for path in sorted(HERE.glob("*.jsonl")):
        kept: list[str] = []
        changed = False
        for raw in path.read_text(encoding="utf-8").splitlines():
            line = json.loads(raw)
            review = reviews.get(line["id"])
            if review is None:
                kept.append(raw)
                continue
            seen += 1
            theirs, mine = line["labels"], review["labels"]
            ok = True
            for criterion, score in theirs.items():
                other = mine.get(criterion)
                used[criterion][1] += 1
                used[criterion][0] += (score is None) == (other is None)
                if score is not None and other is not None:
                    within[criterion][1] += 1
                    within[criterion][0] += abs(score - other) <= 1
                ok = ok and agrees(score, other)
            if ok:
                if line.get("reviewer") != reviewer:
                    line["reviewer"] = reviewer
                    changed = True
                kept.append(json.dumps(line, ensure_ascii=False))
            else:
                disputed.append(
                    {**line, "review": {"by": reviewer, "labels": mine, "note": review.get("note")}}
                )
                changed = True
        if changed:
            path.write_text("".join(f"{k}\n" for k in kept), encoding="utf-8")
    if disputed:
        target = HERE / "disputed" / "disputed.jsonl"
        target.parent.mkdir(exist_ok=True)
        with target.open("a", encoding="utf-8") as out:
            for line in disputed:
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"reviewed {seen} line(s); {len(disputed)} set aside as disputed")
    print(f"{'criterion':<16}{'used agree':>12}{'within one':>12}")
    for criterion in sorted(used):
        u, n = used[criterion]
        w, m = within[criterion]
        within_text = f"{w / m:.3f} ({m})" if m else "n/a"
        print(f"{criterion:<16}{u / n:>12.3f}{within_text:>12}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
