"""Fit the offline judge's weights: `python scripts/fit_judge.py` (needs the `fit` extra).

Reads the labelled corpus (corpus/*.jsonl, never its frozen holdout: corpus/split.py decides)
and the dev sets in tests/data, computes each response's feature vectors with the run-time
code (roleplay.offline.scorer.feature_vectors), and fits per criterion:
- `used`: logistic regression on whether the criterion was used (label not null);
- `level`: ridge regression of the 1-5 label on the rows where it was used.
Each criterion's fitted heads are compared with its rule reading by cross-validation grouped
by moment (paraphrases of one moment stay on one side); the file keeps the fitted heads only
where they are no worse, and says which it chose ("source": "fitted" or "rule") with the
cross-validated dev figures beside it. The ESConv / MI data is never read here.

The cross-validated figures score what the judge does: the fitted heads, the named features a
criterion may trust on its own ("sure_used", kept only where precise on the training rows of
the fold), the harm cap and the level floors (level_bounds.bounded_level). `--errors
CRITERION` lists the cross-validation mistakes (train split only) to read what the judge gets
wrong.
`--by-author` cross-validates with every corpus author's lines kept together instead (each
author's batches, and the lines later ruled on them, on one side of a fold; tests/data as one
more "author"), prints the figures and writes nothing: how the judge does on the lines of an
author it was not fitted on, which is what the independent held-out sets ask of it.

Writes src/roleplay/offline/weights/judge.json (small, sorted, deterministic).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO))

from roleplay.content.library import load_library  # noqa: E402
from roleplay.domain.moment import Line, Moment  # noqa: E402
from roleplay.offline.fitting import Row, fit, weights_text  # noqa: E402

OUT = REPO / "src" / "roleplay" / "offline" / "weights" / "judge.json"
SPEAKERS = {"client": "client", "seeker": "client", "trainee": "trainee", "supporter": "trainee"}


def in_holdout(moment: str) -> bool:
    """The corpus's split rule (corpus/split.py), used from there when it exists."""
    try:
        from corpus.split import in_holdout as rule  # type: ignore[import-not-found]
    except ImportError:
        return int(hashlib.sha256(moment.encode()).hexdigest(), 16) % 4 == 0
    return rule(moment)


def _moment(row: dict, library) -> Moment:
    scenario_id, beat_id = row.get("scenario"), row.get("beat")
    context = [
        Line(speaker=SPEAKERS.get(c["speaker"], "client"), text=c["text"])
        for c in row.get("context") or []
    ]
    if scenario_id and beat_id:
        beat = library.scenario(scenario_id).scenario.beat(beat_id)
        return Moment(client_line=beat.client, cue=beat.cue, invites=beat.invites, context=context)
    return Moment(
        client_line=row.get("client_line") or "",
        cue=row.get("cue"),
        invites=row.get("invites"),
        context=context,
    )


def author_of(line_id: str) -> str:
    """The author whose batch a corpus line came from: the letter its id starts with."""
    return line_id.split("-", 1)[0]


def corpus_rows(library, by_author: bool = False) -> tuple[list[Row], int]:
    """The training side of the corpus, one Row per line, grouped for cross-validation by
    moment (or, `by_author`, by the author of the line's batch)."""
    rows, held = [], 0
    for path in sorted((REPO / "corpus").glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if not line.strip():
                continue
            data = json.loads(line)
            if in_holdout(data["moment"]):
                held += 1
                continue  # the frozen holdout is never read for fitting
            rows.append(
                Row(
                    f"author/{author_of(data['id'])}" if by_author else data["moment"],
                    data.get("rubric") or "disclosure-immediacy",
                    _moment(data, library),
                    data["response"],
                    dict(data["labels"]),
                )
            )
    return rows, held


def dev_rows(library, by_author: bool = False) -> list[Row]:
    rows = []
    for path in sorted((REPO / "tests" / "data").glob("devset*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if not line.strip():
                continue
            data = json.loads(line)
            labels = {
                cid: (label["score"] if label["present"] else None)
                for cid, label in data["labels"].items()
            }
            rows.append(
                Row(
                    "author/tests-data" if by_author else f"dev/{data.get('client_line', '')}",
                    "disclosure-immediacy",
                    _moment(data, library),
                    data["response"],
                    labels,
                )
            )
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--name", default="judge-fitted")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument(
        "--errors",
        metavar="CRITERION",
        action="append",
        default=[],
        help="print the cross-validation mistakes for CRITERION (train split only; repeatable, "
        "'all' for every criterion)",
    )
    parser.add_argument(
        "--by-author",
        action="store_true",
        help="cross-validate with each author's lines kept together; print, write nothing",
    )
    args = parser.parse_args()
    library = load_library()
    corpus, held = corpus_rows(library, args.by_author)
    dev = dev_rows(library, args.by_author)
    print(
        f"fitting on {len(corpus)} corpus lines (holdout: {held} set aside) + {len(dev)} dev lines"
    )
    mistakes: list[str] = []

    def on_mistake(cid: str, row: Row, label: int | None, used: bool, level: int) -> None:
        if cid in args.errors or "all" in args.errors:
            said = "-" if label is None else str(label)
            judged = str(level) if used else "-"
            mistakes.append(f"{cid:<16} label {said} judged {judged}  [{row.group}] {row.response}")

    weights = fit(corpus + dev, library, args.name, args.folds, on_mistake)
    if mistakes:
        print(f"{len(mistakes)} cross-validation mistakes (train split only):")
        print("\n".join(sorted(mistakes)))
    for cid, spec in weights["criteria"].items():
        figures = spec.get("dev_cross_validated", spec.get("why"))
        print(f"  {cid:<16} {spec['source']:<7} rows {spec['rows']:>5}  {figures}")
    if args.by_author:
        print("cross-validated by author: nothing written")
        return 0
    text = weights_text(weights)
    args.out.write_text(text, "utf-8")
    print(f"wrote {args.out} ({len(text):,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
