"""A bar chart of one criterion's scores over sessions, drawn with block characters.

Hand-drawn rather than a plotting library: a column per session on a 1..5 scale is a few lines
of block characters, fits 80 columns, and renders identically in snapshot tests.
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static


def chart_text(title: str, values: list[float], low: int, high: int, width: int) -> Text:
    out = Text()
    out.append(title, style="bold")
    if not values:
        out.append("\n  no scored sessions yet", style="dim")
        return out
    room = max(1, (width - 4) // 2)
    shown = values[-room:]
    for level in range(high, low - 1, -1):
        out.append(f"\n{level:>2} ", style="dim")
        for value in shown:
            if value >= level:
                out.append("\u2588", style="bold")
            elif value >= level - 0.5:
                out.append("\u2584", style="bold")
            else:
                out.append(" ")
            out.append(" ")
    out.append("\n   " + "\u2500" * (2 * len(shown)), style="dim")
    if len(values) == 1:
        caption = f"1 session: {values[0]:.1f}"
    else:
        caption = f"{len(values)} sessions: {values[0]:.1f} \u2192 {values[-1]:.1f}"
        if len(shown) < len(values):
            caption += f" (last {len(shown)} shown)"
    out.append("\n   " + caption, style="dim")
    return out


class ProgressChart(Static):
    DEFAULT_CLASSES = "chart"

    def __init__(self, title: str, values: list[float], low: int = 1, high: int = 5, **kw) -> None:
        super().__init__(**kw)
        self.title_text = title
        self.values = values
        self.low, self.high = low, high

    def render(self) -> Text:
        return chart_text(self.title_text, self.values, self.low, self.high, self.size.width or 40)
