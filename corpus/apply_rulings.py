"""Apply an adjudicator's rulings to the disputed corpus lines.

`python corpus/apply_rulings.py corpus/reviews/rulings-f.jsonl F` reads one ruling per disputed
line (its id, the ruled labels, a short `why`) and, for each line in
`corpus/disputed/disputed.jsonl` that has a ruling:

- moves it back into the corpus, into `corpus/ruled-<name>.jsonl`, keeping its id, moment,
  author, response and the rest, with the ruled labels, `reviewer: "<NAME> (ruling)"`, the
  ruling's `why` as its note, and under `dispute` the two earlier label sets (the author's labels
  and note, and the review as it stood in disputed.jsonl), so nothing of the dispute is lost;
- leaves every line without a ruling in disputed.jsonl.

The split rule (`split.py`) then puts each ruled line in train or holdout by its moment, as for
every line. Running it again changes nothing: a line already ruled is rewritten with its
ruling's labels, and a ruling for an id that is neither disputed nor ruled is an error.

It prints, per criterion, how often the ruling matched the author's score, the reviewer's, or
neither, over the lines where those two differed on that criterion.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent


class RulingError(Exception):
    """A rulings file that cannot be applied; the message names file:line."""


def _read(path: Path) -> list[dict]:
    if not path.exists():
        return []
    out = []
    for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if text.strip():
            try:
                out.append(json.loads(text))
            except json.JSONDecodeError as exc:
                raise RulingError(f"{path}:{number}: not a JSON object ({exc.msg})") from exc
    return out


def _write(path: Path, lines: list[dict]) -> None:
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), "utf-8")


def _check(ruling: dict, criteria: list[str], where: str) -> None:
    labels = ruling.get("labels")
    if not isinstance(labels, dict) or list(labels) != criteria:
        raise RulingError(f"{where}: labels must be exactly {criteria}")
    for score in labels.values():
        if not (score is None or (isinstance(score, int) and 1 <= score <= 5)):
            raise RulingError(f"{where}: label {score!r} is neither null nor 1-5")
    if not str(ruling.get("why", "")).strip():
        raise RulingError(f"{where}: a ruling needs a why")


def apply(rulings_file: Path, name: str, corpus: Path = HERE) -> dict[str, int]:
    """Move every ruled disputed line into corpus/ruled-<name>.jsonl; returns the counts."""
    rulings: dict[str, tuple[str, dict]] = {}
    for number, ruling in enumerate(_read(rulings_file), start=1):
        rulings[ruling["id"]] = (f"{rulings_file}:{number}", ruling)
    disputed_path = corpus / "disputed" / "disputed.jsonl"
    ruled_path = corpus / f"ruled-{name.lower()}.jsonl"
    ruled = {line["id"]: line for line in _read(ruled_path)}
    still_disputed = []
    for line in _read(disputed_path):
        if line["id"] not in rulings:
            still_disputed.append(line)
            continue
        fields = {k: v for k, v in line.items() if k != "review"}
        fields["dispute"] = {
            "author_labels": line["labels"],
            "author_note": line["note"],
            "review": line["review"],
        }
        ruled[line["id"]] = fields
    for ruling_id, (where, ruling) in rulings.items():
        line = ruled.get(ruling_id)
        if line is None:
            raise RulingError(f"{where}: {ruling_id} is neither disputed nor ruled")
        _check(ruling, list(line["labels"]), where)
        line["labels"] = ruling["labels"]
        line["reviewer"] = f"{name} (ruling)"
        line["note"] = ruling["why"]
    _write(ruled_path, list(ruled.values()))
    _write(disputed_path, still_disputed)
    return {"ruled": len(ruled), "disputed": len(still_disputed)}


def sides(ruled: list[dict]) -> dict[str, dict[str, int]]:
    """Per criterion, over lines where author and reviewer differed: whom the ruling matched."""
    out: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for line in ruled:
        mine = line["dispute"]["author_labels"]
        theirs = line["dispute"]["review"]["labels"]
        for criterion, score in line["labels"].items():
            if mine[criterion] == theirs[criterion]:
                continue
            side = (
                "author"
                if score == mine[criterion]
                else "reviewer"
                if score == theirs[criterion]
                else "neither"
            )
            out[criterion][side] += 1
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python corpus/apply_rulings.py RULINGS.jsonl NAME", file=sys.stderr)
        return 2
    try:
        counts = apply(Path(argv[0]), argv[1])
    except RulingError as exc:
        print(exc, file=sys.stderr)
        return 2
    print(f"{counts['ruled']} line(s) ruled; {counts['disputed']} still disputed")
    ruled = _read(HERE / f"ruled-{argv[1].lower()}.jsonl")
    print(f"{'criterion':<16}{'author':>8}{'reviewer':>10}{'neither':>9}  (where the two differed)")
    for criterion, found in sorted(sides(ruled).items()):
        print(f"{criterion:<16}{found['author']:>8}{found['reviewer']:>10}{found['neither']:>9}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
