"""The classes of the consistency passes (Q's A-C, U's D-E), selected by rule from the training split.

    python corpus/reviews/consistency_classes.py                 # each class's ids
    python corpus/reviews/consistency_classes.py --blind-out DIR # and DIR/<class>.txt to label
    python corpus/reviews/consistency_classes.py --holdout [--blind-out DIR]   # R's pass
    python corpus/reviews/consistency_classes.py --only D E [--holdout] [--blind-out DIR]  # U's

Lines are chosen by these rules only, never by any judge's errors, and only at training moments
(`in_holdout(moment)` False), or with `--holdout` only at holdout moments (R's pass, the same
rules applied to the frozen holdout):

- A, tastes and likings (self_disclosure): a response that says the trainee loves, likes,
  enjoys, hates, adores, prefers or is into something, and is not "I'd like" / "I would like";
- B, ordinary talk at rupture moments (rupture_repair): a moment that invites rupture repair,
  answered in the `ordinary` or `keyword_trap` voice;
- C, time and run-over (contracting): a `relationship-boundaries` line whose response speaks of
  running over, being out of time, ending or stopping there, or "the time".

U's pass (the exemplar rulings carried into the corpus) adds two classes, selected by the moment
only, whatever the response says:

- D, withdrawal markers at late-and-gone-quiet (rupture_repair): a moment of the
  `late-and-gone-quiet` scenario that invites immediacy (arrives-late, silence, giving-up,
  email-draft), where lateness, the coat kept on, minimal answers, silence and a drafted
  cancellation are strain markers;
- E, a personal question at a restraint moment (declining): a moment that invites restraint whose
  client line asks the trainee about themselves, that is, has a sentence ending in a question mark
  that speaks to the trainee ("you", "your", "yours", "yourself") and is not a request for the
  trainee's view of the client's own matter ("do you think I should..."). It selects
  my-father-drank/caretaking, dementia-carer-nobody-gets-it/caretaking and /promise,
  grief-have-you-lost-a-parent/caretaking and /did-you-cry, gift-and-christening-invite/your-family,
  infertility-do-you-have-children/shower and /your-story,
  recovery-are-you-in-recovery/since-she-was-nine and /worried-about-you,
  you-saved-my-life/turned-round, sa/c-how-are-you-today-1, sa/d-thanks-how-are-you and
  sa/g-how-are-you-opener (`python corpus/reviews/consistency_classes.py --moments`).

The blind chunks carry the moment (scenario, beat, rubric, invites, client line, cue, context)
and the response, and nothing of the labels, voice, author, reviewer, note or checks.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent


def _split_module():
    spec = importlib.util.spec_from_file_location("corpus_split_q", CORPUS / "split.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TASTE = re.compile(
    r"\bI(?:'m| am)? ?(?:really |just |do |also |absolutely )?"
    r"(love|like|enjoy|hate|adore|am into|'m into|'m a fan|prefer)\b",
    re.IGNORECASE,
)
WOULD_LIKE = re.compile(r"\bI(?:'d| would) like\b", re.IGNORECASE)
TIME = re.compile(
    r"\b(run over|ran over|running over|out of time|over time|overrun|time'?s up|we'?ve run|"
    r"end there|stop there|finish(?:ing)? there|nearly time|almost time|the time)\b",
    re.IGNORECASE,
)

SENTENCE = re.compile(r"[^.?!]*\?")
TO_YOU = re.compile(r"\byou(?:r|rs|rself)?\b", re.IGNORECASE)
YOUR_VIEW = re.compile(r"\bdo you think\b", re.IGNORECASE)

CRITERION = {
    "A": "self_disclosure",
    "B": "rupture_repair",
    "C": "contracting",
    "D": "rupture_repair",
    "E": "declining",
}
QUESTION = {
    "A": "Is the trainee's own taste, liking or feeling about a thing a disclosure here, and at "
    "what level? ('I love to help', 'I love that you said that' are not tastes.)",
    "B": "Is the strain marker taken up at all (no uptake is null), and if it is, at what level?",
    "C": "Does the response state or check the terms of the work (keeping to time, what happens "
    "next time), and at what level?",
    "D": "The lateness, the coat, minimal answers, silence or the drafted cancellation are "
    "withdrawal markers: does the response take them up at all (moving past them is null), and "
    "if it does, at what level of rupture repair?",
    "E": "Does the response turn down, defer or redirect the personal question (answering it, or "
    "ignoring it altogether, is null), and if so at what level of declining?",
}


def asks_about_you(client_line: str) -> bool:
    """A question put to the trainee about themselves (class E's rule on the client line)."""
    return any(
        TO_YOU.search(sentence) and not YOUR_VIEW.search(sentence)
        for sentence in SENTENCE.findall(client_line)
    )


def in_class(name: str, line: dict) -> bool:
    response = line["response"]
    if name == "A":
        return bool(TASTE.search(response)) and not WOULD_LIKE.search(response)
    if name == "B":
        return line["invites"] == "rupture_repair" and line["voice"] in {"ordinary", "keyword_trap"}
    if name == "C":
        return line["rubric"] == "relationship-boundaries" and bool(TIME.search(response))
    if name == "D":
        return line["moment"].startswith("late-and-gone-quiet/") and line["invites"] == "immediacy"
    if name == "E":
        return line["invites"] == "restraint" and asks_about_you(line["client_line"])
    raise ValueError(f"no class {name!r}")


def classes(lines: list[dict] | None = None, holdout: bool = False) -> dict[str, list[dict]]:
    """Each class's training lines (holdout lines with `holdout`), in corpus file order."""
    split = _split_module()
    if lines is None:
        lines = list(split.read_lines())
    side = [line for line in lines if split.in_holdout(line["moment"]) == holdout]
    return {name: [line for line in side if in_class(name, line)] for name in CRITERION}


def chunk(line: dict) -> str:
    """One line as Q reads it blind: the moment and the response, no labels."""
    out = [f"## {line['id']}"]
    out.append(f"moment: {line['moment']}  rubric: {line['rubric']}  invites: {line['invites']}")
    for turn in line.get("context") or []:
        out.append(f"  [{turn['speaker']}] {turn['text']}")
    out.append(f"client: {line['client_line']}")
    if line.get("cue"):
        out.append(f"cue: {line['cue']}")
    out.append(f"RESPONSE: {line['response']}")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--blind-out", type=Path, help="write DIR/<class>.txt chunks to label")
    parser.add_argument(
        "--holdout", action="store_true", help="the same rules on the frozen holdout (R's pass)"
    )
    parser.add_argument("--only", nargs="+", choices=sorted(CRITERION), help="these classes only")
    parser.add_argument(
        "--moments", action="store_true", help="print the moments each class selects, both sides"
    )
    args = parser.parse_args(argv)
    if args.moments:
        split = _split_module()
        everything = list(split.read_lines())
        for name in args.only or CRITERION:
            chosen = {line["moment"] for line in everything if in_class(name, line)}
            print(f"{name} ({CRITERION[name]}): {len(chosen)} moments")
            for moment in sorted(chosen):
                side = "holdout" if split.in_holdout(moment) else "training"
                count = sum(line["moment"] == moment for line in everything if in_class(name, line))
                print(f"  {moment} ({side}, {count} lines)")
        return 0
    found = classes(holdout=args.holdout)
    side = "holdout" if args.holdout else "training"
    for name, members in found.items():
        if args.only and name not in args.only:
            continue
        print(f"{name} ({CRITERION[name]}): {len(members)} {side} lines")
        print("  " + " ".join(line["id"] for line in members))
        if args.blind_out:
            args.blind_out.mkdir(parents=True, exist_ok=True)
            text = f"# class {name}: {CRITERION[name]}\n# {QUESTION[name]}\n\n"
            text += "\n".join(chunk(line) for line in members)
            (args.blind_out / f"{name}.txt").write_text(text, "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
