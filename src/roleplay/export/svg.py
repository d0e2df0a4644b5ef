"""Small inline SVG charts for the cohort report: no scripts, no fonts, no network.

Every piece of text goes through `esc`; nothing here fetches or links anything.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

PALETTE = ("#3366aa", "#cc6633", "#339966", "#9955aa", "#aa3344", "#777733")
INK, GRID, MUTED = "#222", "#ddd", "#666"


def esc(value: object) -> str:
    return escape(str(value), quote=True)


def colour(index: int) -> str:
    return PALETTE[index % len(PALETTE)]


def _svg(width: int, height: int, body: list[str], label: str) -> str:
    return (
        f'<svg role="img" aria-label="{esc(label)}" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="11">'
        f"<title>{esc(label)}</title>{''.join(body)}</svg>"
    )


def histogram(label: str, counts: dict[int, int], fill: str) -> str:
    """Vertical bars: how many scores fell on each point of the scale."""
    width, height, left, bottom, top = 260, 150, 30, 24, 16
    points = sorted(counts)
    peak = max(counts.values(), default=0) or 1
    slot = (width - left - 8) / max(len(points), 1)
    plot = height - bottom - top
    body = [
        f'<line x1="{left}" y1="{height - bottom}" x2="{width - 4}" y2="{height - bottom}" '
        f'stroke="{INK}"/>'
    ]
    for i, point in enumerate(points):
        n = counts[point]
        bar = plot * n / peak
        x = left + i * slot + slot * 0.15
        y = height - bottom - bar
        body.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{slot * 0.7:.1f}" height="{bar:.1f}" '
            f'fill="{fill}"><title>{esc(f"score {point}: {n}")}</title></rect>'
        )
        cx = x + slot * 0.35
        body.append(
            f'<text x="{cx:.1f}" y="{height - bottom + 14}" text-anchor="middle">{point}</text>'
        )
        body.append(
            f'<text x="{cx:.1f}" y="{y - 3:.1f}" text-anchor="middle" fill="{MUTED}">{n}</text>'
        )
    return _svg(width, height, body, label)


def progress_lines(
    label: str,
    series: Sequence[tuple[str, Sequence[float | None]]],
    low: int,
    high: int,
) -> str:
    """One line per criterion across a trainee's sessions (x: session number, y: mean score)."""
    width, height, left, right, top, bottom = 320, 160, 28, 10, 10, 24
    count = max((len(values) for _, values in series), default=0)
    span_x = width - left - right
    plot = height - top - bottom

    def x_of(i: int) -> float:
        return left + (span_x * i / (count - 1) if count > 1 else span_x / 2)

    def y_of(v: float) -> float:
        return top + plot * (1 - (v - low) / ((high - low) or 1))

    body: list[str] = []
    for level in range(low, high + 1):
        y = y_of(level)
        body.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" stroke="{GRID}"/>'
        )
        body.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{level}</text>')
    for i in range(count):
        body.append(
            f'<text x="{x_of(i):.1f}" y="{height - 8}" text-anchor="middle" '
            f'fill="{MUTED}">{i + 1}</text>'
        )
    for index, (name, values) in enumerate(series):
        fill = colour(index)
        points = [(x_of(i), y_of(v), v) for i, v in enumerate(values) if v is not None]
        if len(points) > 1:
            path = " ".join(f"{x:.1f},{y:.1f}" for x, y, _ in points)
            body.append(f'<polyline points="{path}" fill="none" stroke="{fill}" stroke-width="2"/>')
        for x, y, v in points:
            body.append(
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{fill}">'
                f"<title>{esc(f'{name}: {v}')}</title></circle>"
            )
    return _svg(width, height, body, label)


def grouped_bars(
    label: str,
    rows: Sequence[tuple[str, Sequence[float | None]]],
    names: Sequence[str],
    low: int,
    high: int,
) -> str:
    """Horizontal bars, one group per row (a scenario), one bar per criterion (its mean)."""
    label_w, bar_h, gap, width = 230, 9, 10, 620
    group_h = bar_h * max(len(names), 1) + gap
    height = 22 + group_h * len(rows)
    span = width - label_w - 40
    body: list[str] = []
    for level in range(low, high + 1):
        x = label_w + span * (level - low) / ((high - low) or 1)
        body.append(
            f'<line x1="{x:.1f}" y1="12" x2="{x:.1f}" y2="{height}" stroke="{GRID}"/>'
            f'<text x="{x:.1f}" y="10" text-anchor="middle" fill="{MUTED}">{level}</text>'
        )
    for r, (row_label, values) in enumerate(rows):
        y0 = 16 + r * group_h
        shown = row_label if len(row_label) <= 38 else row_label[:37] + "…"
        body.append(
            f'<text x="{label_w - 6}" y="{y0 + group_h / 2:.1f}" text-anchor="end">'
            f"{esc(shown)}<title>{esc(row_label)}</title></text>"
        )
        for i, value in enumerate(values):
            if value is None:
                continue
            w = span * (value - low) / ((high - low) or 1)
            body.append(
                f'<rect x="{label_w}" y="{y0 + i * bar_h:.1f}" width="{max(w, 1):.1f}" '
                f'height="{bar_h - 1}" fill="{colour(i)}">'
                f"<title>{esc(f'{names[i]}: {value}')}</title></rect>"
            )
    return _svg(width, height, body, label)


def legend(names: Sequence[str]) -> str:
    items = "".join(
        f'<span class="key"><span class="swatch" style="background:{colour(i)}"></span>'
        f"{esc(name)}</span>"
        for i, name in enumerate(names)
    )
    return f'<p class="legend">{items}</p>'
