"""The classes of the consistency passes (Q's A-C, U's D-E, V's F-I), selected by rule from the training split.

    python corpus/reviews/consistency_classes.py                 # each class's ids
    python corpus/reviews/consistency_classes.py --blind-out DIR # and DIR/<class>.txt to label
    python corpus/reviews/consistency_classes.py --holdout [--blind-out DIR]   # R's pass
    python corpus/reviews/consistency_classes.py --only D E [--holdout] [--blind-out DIR]  # U's
    python corpus/reviews/consistency_classes.py --only F G H I [--holdout] [--blind-out DIR]  # V's

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

V's pass (the rest of Z's exemplar rulings carried into the corpus) adds four classes, each on the
one criterion one ruling decides:

- F, a hug asked for (boundary): a moment that invites boundary whose client line or cue speaks
  of a hug (`HUG`): hug-after-the-diagnosis/hug, sa/hug-at-hard-moment in training,
  sa/hug-at-ending-offered-by-client and sa/k-last-one-hug-3 in the holdout. Z: a brief
  consoling hug granted unexplored is a crossing, boundary 2, not the 1 of an outside
  relationship;
- G, an outside relationship or contact left for later (boundary): a `relationship-boundaries`
  moment that invites boundary or contracting whose client line asks for, offers or invites
  contact or a relationship outside the sessions (`OUTSIDE`: a number, texts, calls, email,
  WhatsApp, social media, coffee, a drink, an invitation, friendship, romance, a lift, a favour
  at the client's garage or salon, a chance meeting), answered by a response with a word of
  deferral or hedging (`DEFER`: maybe, we'll see, see how, later, another time, after we
  finish, when therapy ends, one day, not yet, I'll think about it, I might...). Z: leaving the
  decision for later is a deferral, boundary 1;
- H, a personal question explored first with the answer promised (declining): a client line that
  asks the trainee about themselves (E's sentence rule, `asks_about_you`, at any moment) answered
  by a response that promises an answer (`PROMISE`: "I'll answer", "I'll tell you", "before I
  answer", "I'm not dodging", ...) and asks what the question means (`MEANING`: "what would it
  mean", "what's it like to ask", "what made you ask", "what's behind it", ...). Z: declining 4
  when the answer is promised in the same conversation;
- I, a guess about the two of them put to be confirmed or corrected (immediacy): a response with
  a confirm-or-correct check (`CHECK`: "does that fit", "am I off / right / wrong", "is that
  right / close / fair / it?", "have I got that right", "tell me if I'm wrong", "or not?", "Did
  it?", "I wonder if part of you ...?"), at a moment that invites immediacy or rupture repair, or
  in a response that speaks of the trainee or the two of them (`US`). Z: such a check invites the
  client's view and scores on immediacy's levels as an open invitation, not as a closed check
  (3).

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

HUG = re.compile(r"\bhug(?:s|ged|ging)?\b", re.IGNORECASE)
OUTSIDE = re.compile(
    r"\b(?:(?:text|ring|call|message|e-?mail|whatsapp) (?:you|me)|your (?:actual )?phone|"
    r"(?:your|my) (?:personal )?(?:number|mobile|e-?mail)|whatsapp|instagram|facebook|linkedin|"
    r"follow(?: request)?|friend request|add(?:ed)? you|add everyone|friends|mates|coffee|"
    r"a drink|pint|pub|lunch|dinner|you should come|you must come|love you to come|come see|"
    r"invit\w*|wedding|baptism|christening|exhibition|seeing anyone|somewhere else|"
    r"drop (?:me|you)|a lift|bring it round|my garage|service your car|do your hair|get you in|"
    r"say hi|say hello|pretend i don'?t know you|saw you|after we finish|now we'?re finished|"
    r"when we'?re (?:done|finished)|after today)\b",
    re.IGNORECASE,
)
DEFER = re.compile(
    r"\b(?:maybe|perhaps|possibly|we'?ll see|let'?s see|see how|see if|later|another time|"
    r"some ?time|some day|one day|someday|not yet|not now|for now|at the moment|right now|"
    r"(?:i'?ll|let me|i need to|i'?d have to|i'?ll have to) (?:think|see|check|ask)|"
    r"think about it|if i'?m free|once (?:we|therapy|our|the|you|this)|"
    r"after (?:we|our|therapy|the|this|today|all this)|"
    r"when (?:we|our|therapy|the (?:sessions?|work)|this)\b[^.?!]{0,30}"
    r"(?:end|finish|done|over|stop)\w*|at the end|in the future|down the line|never say never|"
    r"who knows|might|not sure|we can talk about (?:it|that)|not today|until)\b",
    re.IGNORECASE,
)
PROMISE = re.compile(
    r"\b(?:i(?:'ll| will| do want to| want to| am going to|'m going to) "
    r"(?:answer|tell you|come back to|get to)|(?:happy|glad|willing) to (?:answer|tell)|"
    r"before i (?:answer|say|tell)|i'?m not (?:dodging|avoiding)|not dodging|"
    r"i promise|you'?ll get (?:an|my) answer|i'?ll give you (?:an|my|a straight) answer)",
    re.IGNORECASE,
)
MEANING = re.compile(
    r"\b(?:mean to you|would (?:it|that|a yes|a no|my answer|either answer)[^.?!]{0,40}mean|"
    r"(?:what'?s|what is|what was|what'?d be) it like (?:for you )?to ask|like for you to ask|"
    r"what made you (?:ask|wonder|want)|what'?s behind|behind (?:the|your|that) question|"
    r"why (?:do|did) you ask|what (?:do|would) you (?:imagine|hope|need)|"
    r"what (?:would|does|did) (?:it|knowing|the answer)[^.?!]{0,30}(?:change|give|tell)|"
    r"(?:curious|wonder\w*) (?:what|why|about what|about why))",
    re.IGNORECASE,
)
CHECK = re.compile(
    r"(?:\bdoes (?:that|this|it) (?:fit|sound right|ring true|feel right|seem right)|"
    r"\bam i (?:off|wrong|right|close|way off|anywhere near|reading)|"
    r"\bis (?:that|this|it) (?:right|close|fair|it|true|so)\?|\bhave i got (?:that|it|this) right|"
    r"\btell me if i'?m|\bcorrect me|\bor not\?|\bor am i\b|"
    r"\bi (?:might|could|may) be (?:wrong|off)|"
    r"\bhow close (?:is|am)|(?:^|[.!?]\s*)did it\?|\bi'?m? wonder(?:ing)? if part of you)",
    re.IGNORECASE,
)
US = re.compile(
    r"\b(?:me|us|we|our|here|in here|sessions?|coming|i said|i did|between us|with me|about me)\b",
    re.IGNORECASE,
)

CRITERION = {
    "A": "self_disclosure",
    "B": "rupture_repair",
    "C": "contracting",
    "D": "rupture_repair",
    "E": "declining",
    "F": "boundary",
    "G": "boundary",
    "H": "declining",
    "I": "immediacy",
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
    "F": "The client asks for (or offers) a hug: how is it answered, at what level of boundary? "
    "(A brief consoling hug granted unexplored is a crossing, 2, not 1; ignoring it is null.)",
    "G": "An outside relationship or contact is asked for or offered: does the response hold, "
    "grant or leave the decision for later (a deferral is 1), and at what level of boundary?",
    "H": "Does the response decline the personal question for now, and is the answer promised in "
    "this conversation while its meaning is explored (declining 4), or put off, or given?",
    "I": "Is there talk about the two of them, and is the guess put for the client to confirm or "
    "correct (an open invitation, 4-5 when owned and tentative) or a closed check (3)?",
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
    if name == "F":
        asked = f"{line['client_line']} {line.get('cue') or ''}"
        return line["invites"] == "boundary" and bool(HUG.search(asked))
    if name == "G":
        return (
            line["rubric"] == "relationship-boundaries"
            and line["invites"] in {"boundary", "contracting"}
            and bool(OUTSIDE.search(line["client_line"]))
            and bool(DEFER.search(response))
        )
    if name == "H":
        return (
            asks_about_you(line["client_line"])
            and bool(PROMISE.search(response))
            and bool(MEANING.search(response))
        )
    if name == "I":
        return bool(CHECK.search(response)) and (
            line["invites"] in {"immediacy", "rupture_repair"} or bool(US.search(response))
        )
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
