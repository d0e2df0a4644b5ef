"""`roleplay report`: one self-contained HTML file about a cohort, with inline SVG charts.

No scripts, stylesheets, fonts or images are fetched: the file opens offline and can be mailed.
It never contains what trainees typed (only scores), so `--no-text` changes nothing here; with a
pseudonymizer, trainee ids never appear.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from statistics import fmean

from roleplay.export import svg
from roleplay.export.records import SessionSummary
from roleplay.export.report_supervision import SupervisionSummary, supervision_section
from roleplay.export.rows import progress
from roleplay.export.stats import SessionStats, criteria_of, stats_of
from roleplay.export.svg import esc

_STYLE = """
body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:70rem;color:#222;padding:0 1rem}
h1{font-size:1.6rem}h2{margin-top:2.2rem;border-bottom:1px solid #ccc}
.grid{display:flex;flex-wrap:wrap;gap:1.2rem}.card{border:1px solid #ddd;padding:.6rem}
.card h3{font-size:1rem;margin:.2rem 0 .4rem}table{border-collapse:collapse;margin:.8rem 0}
td,th{border:1px solid #ddd;padding:.25rem .5rem;text-align:left}td.n{text-align:right}
.legend .key{margin-right:1rem}.swatch{display:inline-block;width:.8rem;height:.8rem;
margin-right:.3rem;vertical-align:middle}.muted{color:#666}
"""


def build_report(
    sessions: Sequence[SessionSummary],
    *,
    pseudonym: Callable[[str], str] | None = None,
    rescored: bool = False,
    title: str = "Cohort report",
    now: datetime | None = None,
    supervision: SupervisionSummary | None = None,
) -> str:
    def shown_id(s: SessionSummary) -> str:
        return pseudonym(s.trainee) if pseudonym else s.trainee

    ordered = sorted(sessions, key=lambda s: (s.cohort or "", shown_id(s), s.started_at, s.id))
    stats = [stats_of(s, rescored) for s in ordered]
    criteria = criteria_of(ordered)
    names = _criterion_names(ordered)
    low, high = _scale(ordered)
    shown = [names.get(c, c) for c in criteria]
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{esc(title)}</h1>",
        _overview(stats, now or datetime.now(UTC)),
        svg.legend(shown),
        _distributions(stats, criteria, shown, low, high),
        _struggles(stats, criteria, shown, low, high),
        _progress(stats, criteria, shown, low, high, pseudonym),
        supervision_section(supervision, names),
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def _criterion_names(sessions: Sequence[SessionSummary]) -> dict[str, str]:
    names: dict[str, str] = {}
    for session in sessions:
        for criterion in session.rubric.frozen.criteria if session.rubric.frozen else []:
            names.setdefault(criterion.id, criterion.name or criterion.id)
    return names


def _scale(sessions: Sequence[SessionSummary]) -> tuple[int, int]:
    for session in sessions:
        if session.rubric.frozen:
            return session.rubric.frozen.scale.min, session.rubric.frozen.scale.max
    return 1, 5


def _overview(stats: Sequence[SessionStats], now: datetime) -> str:
    sessions = [s.session for s in stats]
    trainees = {(s.cohort, s.trainee) for s in sessions}
    cohorts = sorted({s.cohort or "(none)" for s in sessions})
    judges = sorted({j for s in stats for j in s.judges})
    dates = sorted(s.started_at for s in sessions)
    span = f"{dates[0]:%Y-%m-%d} to {dates[-1]:%Y-%m-%d}" if dates else "no sessions"
    completed = sum(s.status == "completed" for s in sessions)
    note = ""
    if any(j.startswith("offline") for j in judges):
        note = (
            '<p class="muted">Some scores come from the offline engine, a word-based heuristic: '
            "treat them as a practice signal, not a grade.</p>"
        )
    return (
        f"<p>{len(sessions)} session(s) ({completed} completed) by {len(trainees)} trainee(s); "
        f"cohort(s): {esc(', '.join(cohorts))}; {esc(span)}; judge: "
        f"{esc(', '.join(judges) or 'none')}. Generated {now:%Y-%m-%d %H:%M} UTC.</p>{note}"
    )


def _distributions(
    stats: Sequence[SessionStats], criteria: list[str], shown: list[str], low: int, high: int
) -> str:
    cards = []
    for i, cid in enumerate(criteria):
        counts = dict.fromkeys(range(low, high + 1), 0)
        for s in stats:
            for score in s.scores.get(cid, []):
                counts[score] = counts.get(score, 0) + 1
        total = sum(counts.values())
        mean = fmean(v for s in stats for v in s.scores.get(cid, [])) if total else None
        caption = f"{total} scored moment(s)" + (f", mean {mean:.2f}" if mean else "")
        chart = svg.histogram(f"{shown[i]}: score distribution", counts, svg.colour(i))
        cards.append(
            f'<div class="card"><h3>{esc(shown[i])}</h3>{chart}'
            f'<div class="muted">{esc(caption)}</div></div>'
        )
    return (
        "<h2>Score distributions</h2><p>Every scored moment, per criterion: where a trainee "
        "tried a moment more than once, the best attempt counts (the one with the highest mean "
        "score; a tie goes to the later one).</p>"
        f'<div class="grid">{"".join(cards)}</div>'
    )


def _struggles(
    stats: Sequence[SessionStats], criteria: list[str], shown: list[str], low: int, high: int
) -> str:
    by_scenario: dict[str, list[SessionStats]] = {}
    for s in stats:
        by_scenario.setdefault(s.session.scenario.id, []).append(s)
    table = []
    for scenario_id, group in by_scenario.items():
        pooled = [[v for s in group for v in s.scores.get(c, [])] for c in criteria]
        means = [_mean(values) for values in pooled]
        bests = [max(values, default=None) for values in pooled]
        present = [m for m in means if m is not None]
        overall = round(fmean(present), 2) if present else None
        table.append((overall, scenario_id, group, means, bests))
    table.sort(key=lambda r: (r[0] is None, r[0] if r[0] is not None else 0, r[1]))
    chart = svg.grouped_bars(
        "Mean score per scenario and criterion, lowest first",
        [(r[2][0].session.scenario.title, r[3]) for r in table],
        shown,
        low,
        high,
    )
    head = "".join(f"<th>{esc(n)} mean / best</th>" for n in shown)
    body = []
    for overall, scenario_id, group, means, bests in table:
        scenario = group[0].session.scenario
        trainees = len({(s.session.cohort, s.session.trainee) for s in group})
        completed = sum(s.session.status == "completed" for s in group)
        cells = "".join(
            f'<td class="n">{_fmt(m)} / {_fmt(b)}</td>' for m, b in zip(means, bests, strict=True)
        )
        body.append(
            f"<tr><td>{esc(scenario.title)}<br><span class='muted'>{esc(scenario_id)} · "
            f"{esc(scenario.difficulty)}</span></td><td class='n'>{len(group)}</td>"
            f"<td class='n'>{trainees}</td><td class='n'>{completed}</td>{cells}"
            f"<td class='n'>{_fmt(overall)}</td></tr>"
        )
    return (
        "<h2>Where the cohort struggles</h2>"
        "<p>Scenarios ordered by their mean score across criteria, lowest first.</p>"
        f"{chart}<table><tr><th>Scenario</th><th>Sessions</th><th>Trainees</th>"
        f"<th>Completed</th>{head}<th>Overall mean</th></tr>{''.join(body)}</table>"
    )


def _progress(
    stats: Sequence[SessionStats],
    criteria: list[str],
    shown: list[str],
    low: int,
    high: int,
    pseudonym: Callable[[str], str] | None,
) -> str:
    groups: dict[tuple[str, str], list[SessionStats]] = {}
    for s in stats:
        groups.setdefault((s.session.cohort or "", s.session.trainee), []).append(s)
    cards = []
    for (cohort, trainee), group in groups.items():
        who = pseudonym(trainee) if pseudonym else trainee
        series = [(shown[i], [s.mean(c) for s in group]) for i, c in enumerate(criteria)]
        series = [(n, v) for n, v in series if any(x is not None for x in v)]
        chart = svg.progress_lines(f"{who}: mean score per session", series, low, high)
        changes = []
        for i, cid in enumerate(criteria):
            _, first, last, change = progress(group, cid)
            if first is not None:
                changes.append(f"{shown[i]} {first} → {last} ({change:+})")
        label = f"{who} ({cohort})" if cohort else who
        cards.append(
            f'<div class="card"><h3>{esc(label)}</h3>{chart}<div class="muted">'
            f"{len(group)} session(s): {esc('; '.join(changes) or 'no scores yet')}</div></div>"
        )
    return (
        "<h2>Each trainee's progress</h2>"
        "<p>Mean score per session, in the order the sessions were started "
        "(x: session number).</p>"
        f'<div class="grid">{"".join(cards)}</div>'
    )


def _mean(values: list[int]) -> float | None:
    return round(fmean(values), 2) if values else None


def _fmt(value: float | int | None) -> str:
    return "–" if value is None else f"{value:g}"
