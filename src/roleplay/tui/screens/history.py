"""Every past session of this trainee, and each criterion's progress over time as a chart."""

from __future__ import annotations

from collections.abc import Iterable

from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from roleplay.practice.history import HistoryRow, criterion_series, history
from roleplay.tui.messages import OpenSession
from roleplay.tui.widgets.chart import ProgressChart
from roleplay.tui.widgets.text import clip

STATUS = {"completed": "done", "abandoned": "ended", "in_progress": "open"}


class SessionTable(DataTable):
    """The sessions table, with Enter named in the footer."""

    BINDINGS = [Binding("enter", "select_cursor", "Open summary")]


class HistoryScreen(Screen):
    BINDINGS = [
        Binding("f", "filter", "Filter scenario"),
        Binding("escape", "back", "Back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.scenario_filter: str | None = None
        self.rows: list[HistoryRow] = []

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="history"):
            yield Static(id="history-filter")
            yield Horizontal(id="charts")
            yield SessionTable(id="sessions", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        self.all_sessions = self.app.load_sessions()
        self.refresh_rows()
        self.query_one(DataTable).focus()

    @property
    def scenario_ids(self) -> list[str]:
        seen: dict[str, str] = {}
        for s in self.all_sessions:
            seen.setdefault(s.scenario.id, s.scenario.title)
        return sorted(seen, key=lambda i: seen[i].lower())

    def refresh_rows(self) -> None:
        app = self.app
        self.rows = history(self.all_sessions, trainee=app.trainee, scenario=self.scenario_filter)
        title = next((r.title for r in self.rows), self.scenario_filter)
        label = "all scenarios" if self.scenario_filter is None else clip(title or "", 50)
        self.query_one("#history-filter", Static).update(
            f"{app.trainee}: {len(self.rows)} session(s) of {label} (f changes) \u00b7 "
            "bars: mean best score"
        )
        self._charts()
        table = self.query_one(DataTable)
        table.clear(columns=True)
        criteria = list(self.rows[0].means) if self.rows else []
        names = self._names()
        table.add_columns("Started", "Scenario", "Status", "Turns")
        for cid in criteria:
            table.add_column(clip(names.get(cid, cid), 10), key=cid)
        for row in self.rows:
            table.add_row(
                f"{row.started_at:%Y-%m-%d}",
                clip(row.title, 22),
                STATUS.get(row.status, row.status),
                # answered turns, and "+n" for the extra tries at them
                f"{row.turns}"
                + (f" +{row.attempts - row.turns}" if row.attempts > row.turns else ""),
                *["\u2013" if row.means[c] is None else f"{row.means[c]:.1f}" for c in criteria],
                key=row.session_id,
            )

    def _names(self) -> dict[str, str]:
        names: dict[str, str] = {}
        for rubric in self.app.services.library.rubrics.values():
            for criterion in rubric.rubric.criteria:
                names.setdefault(criterion.id, criterion.name)
        return names

    def _charts(self) -> None:
        charts = self.query_one("#charts", Horizontal)
        charts.remove_children()
        names = self._names()
        series = criterion_series(self.rows)
        if not series:
            charts.mount(
                Static("No scored sessions yet: your progress appears here.", classes="chart")
            )
            return
        for cid, points in series.items():
            charts.mount(ProgressChart(names.get(cid, cid), [p.value for p in points]))

    def action_filter(self) -> None:
        ids = [None, *self.scenario_ids]
        position = ids.index(self.scenario_filter) if self.scenario_filter in ids else 0
        self.scenario_filter = ids[(position + 1) % len(ids)]
        self.refresh_rows()

    def action_open(self) -> None:
        table = self.query_one(DataTable)
        if not self.rows or table.cursor_row is None:
            return
        row = self.rows[table.cursor_row]
        self.post_message(OpenSession(row.session_id, summary=True))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value:
            self.post_message(OpenSession(event.row_key.value, summary=True))

    def action_back(self) -> None:
        self.app.pop_screen()

    def palette_commands(self) -> Iterable[SystemCommand]:
        yield SystemCommand(
            "Filter history by scenario", "Cycle through scenarios", self.action_filter
        )
        yield SystemCommand("Open session summary", "The highlighted session", self.action_open)
