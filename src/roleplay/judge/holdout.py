"""The labelled corpus's frozen holdout, as `roleplay calibrate --holdout` reads it.

The split is decided by rule (the corpus's own `corpus/split.py` implements the same rule and
the fitting script imports it): a line is in the holdout iff sha256 of its `moment` is divisible
by 4, so every paraphrase written for one moment falls on the same side. The offline judge's
weights are never fitted or tuned on these lines.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from roleplay.content.library import ContentLibrary
from roleplay.domain.moment import Line, Moment
from roleplay.errors import ContentError, Problem
from roleplay.judge.calibrate import moment_for

HOLDOUT_MODULUS = 4
_SPEAKERS = {"client": "client", "seeker": "client", "trainee": "trainee", "supporter": "trainee"}


def in_holdout(moment: str) -> bool:
    digest = hashlib.sha256(moment.encode("utf-8")).hexdigest()
    return int(digest, 16) % HOLDOUT_MODULUS == 0


@dataclass(frozen=True)
class LabelledLine:
    id: str
    moment_id: str
    rubric: str
    moment: Moment
    response: str
    labels: dict[str, int | None] = field(default_factory=dict)


def parse_labelled(
    text: str, name: str, library: ContentLibrary, holdout_only: bool = True
) -> list[LabelledLine]:
    """Corpus lines (see corpus/README.md), holdout lines only unless told otherwise."""
    lines: list[LabelledLine] = []
    problems: list[Problem] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            data = json.loads(raw)
            if holdout_only and not in_holdout(data["moment"]):
                continue
            lines.append(_line(data, library))
        except (ValueError, KeyError, TypeError) as exc:
            problems.append(Problem(name, number, f"not a labelled corpus line ({exc})"))
    if problems:
        raise ContentError(problems, "see corpus/README.md for the line format")
    return lines


def _line(data: dict, library: ContentLibrary) -> LabelledLine:
    context = [
        Line(speaker=_SPEAKERS.get(c["speaker"], "client"), text=c["text"])
        for c in data.get("context") or []
    ]
    if data.get("scenario") and data.get("beat"):
        scenario = library.scenario(data["scenario"]).scenario
        moment = moment_for(scenario, scenario.beat(data["beat"]))
        moment = moment.model_copy(update={"context": context})
    else:
        moment = Moment(
            client_line=data.get("client_line") or "",
            cue=data.get("cue"),
            invites=data.get("invites"),
            context=context,
        )
    labels = {str(k): (None if v is None else int(v)) for k, v in dict(data["labels"]).items()}
    return LabelledLine(
        str(data["id"]),
        str(data["moment"]),
        str(data.get("rubric") or "disclosure-immediacy"),
        moment,
        str(data["response"]),
        labels,
    )
