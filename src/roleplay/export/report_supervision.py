"""The cohort report's section on supervisors: their ratings against the judge's recorded
scores, and against each other where two supervisors rated the same responses."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from roleplay.export.svg import esc
from roleplay.judge.agreement import Agreement


@dataclass(frozen=True)
class SupervisionSummary:
    reviews: int
    responses: int
    reviewers: int
    judge: Mapping[str, Agreement] = field(default_factory=dict)
    between: Mapping[str, Agreement] = field(default_factory=dict)


def _pct(value: float) -> str:
    return f"{100 * value:.0f}%"


def _table(rows: Mapping[str, Agreement], names: Mapping[str, str]) -> str:
    head = (
        "<tr><th>criterion</th><th>responses</th><th>used / not used agree</th>"
        "<th>both scored</th><th>exact</th><th>within one</th><th>weighted kappa</th></tr>"
    )
    body = "".join(
        f"<tr><td>{esc(names.get(cid, cid))}</td><td class=n>{a.items}</td>"
        f"<td class=n>{_pct(a.presence)}</td><td class=n>{a.pairs}</td>"
        f"<td class=n>{_pct(a.exact) if a.pairs else 'n/a'}</td>"
        f"<td class=n>{_pct(a.within_one) if a.pairs else 'n/a'}</td>"
        f"<td class=n>{f'{a.kappa:.2f}' if a.kappa is not None else 'n/a'}</td></tr>"
        for cid, a in rows.items()
    )
    return f"<table>{head}{body}</table>"


def supervision_section(summary: SupervisionSummary | None, names: Mapping[str, str]) -> str:
    if summary is None:
        return ""
    parts = [
        "<h2>Supervisors and the judge</h2>",
        f"<p>{summary.responses} response(s) rated in {summary.reviews} review file(s) by "
        f"{summary.reviewers} supervisor(s). The judge's scores are the ones the trainees were "
        "shown.</p>",
        _table(summary.judge, names),
    ]
    if summary.between:
        parts += [
            "<h3>Supervisor against supervisor (the same responses)</h3>",
            "<p class=muted>How far two supervisors agree is the ceiling a judge can be held "
            "to.</p>",
            _table(summary.between, names),
        ]
    return "\n".join(parts)
