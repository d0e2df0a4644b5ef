"""Every past session of this trainee, and each criterion's progress over time as a chart."""

from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.widgets import DataTable, Header, Static

from roleplay.domain.session import Session
from roleplay.practice.history import HistoryRow, criterion_series, history
from roleplay.store.reviews import load_reviews
from roleplay.tui.base import RoleplayScreen
from roleplay.tui.commands import EntriesProvider, Entry
from roleplay.tui.messages import OpenSession
from roleplay.tui.widgets.chart import ProgressChart
from roleplay.tui.widgets.footer import KeyFooter
from roleplay.tui.widgets.text import clip, plain

STATUS = {"completed": "done", "abandoned": "ended", "in_progress": "open"}


class SessionTable(DataTable):
    """The sessions table, with Enter named in the footer."""

    BINDINGS = [
        Binding("enter", "select_cursor", "Open summary", tooltip="the session's summary"),
    ]


class HistoryCommands(EntriesProvider):
    def entries(self) -> Iterable[Entry]:
        screen = self.screen
        if not isinstance(screen, HistoryScreen):
            return
        yield Entry("Filter history by scenario", "Cycle through scenarios", screen.action_filter)
        yield Entry("Open session summary", "The highlighted session", screen.action_open)


class HistoryScreen(RoleplayScreen):
    BINDINGS = [
        Binding("f", "filter", "Filter scenario", tooltip="filter by scenario (cycles)"),
        Binding("escape", "back", "Back", tooltip="back"),
    ]
    COMMANDS = {HistoryCommands}

    # Which scenario the table and charts show (None: all); the watcher redraws from memory.
    scenario_filter: reactive[str | None] = reactive(None, init=False)

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[HistoryRow] = []
        self.reviewed: set[str] = set()  # sessions a supervisor has reviewed (read once)

    def watch_scenario_filter(self) -> None:
        self.refresh_rows()

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="history"):
            yield Static(id="history-filter")
            yield Horizontal(id="charts")
            yield SessionTable(id="sessions", cursor_type="row", zebra_stripes=True)
        yield KeyFooter()

    @property
    def all_sessions(self) -> list[Session]:
        return self.roleplay.sessions.sessions()

    def on_mount(self) -> None:
        reviews, _ = load_reviews([self.roleplay.data_dir])
        self.reviewed = {r.session_id for r in reviews}
        self.refresh_rows()
        self.query_one(DataTable).focus()

    @property
    def scenario_ids(self) -> list[str]:
        seen: dict[str, str] = {}
        for s in self.all_sessions:
            seen.setdefault(s.scenario.id, s.scenario.title)
        return sorted(seen, key=lambda i: seen[i].lower())

    def refresh_rows(self) -> None:
        app = self.roleplay
        self.rows = history(self.all_sessions, trainee=app.trainee, scenario=self.scenario_filter)
        title = next((r.title for r in self.rows), self.scenario_filter)
        label = "all scenarios" if self.scenario_filter is None else clip(title or "", 50)
        # Trainee ids and titles are data: shown literally, never as markup.
        self.query_one("#history-filter", Static).update(
            plain(
                f"{clip(app.trainee, 30)}: {len(self.rows)} session(s) of {label} (f changes) "
                "\u00b7 bars: mean best score"
            )
        )
        if not app.sessions.loaded:
            self.query_one("#history-filter", Static).update(plain("Reading your sessions\u2026"))
        self._charts()
        table = self.query_one(DataTable)
        table.clear(columns=True)
        criteria = list(self.rows[0].means) if self.rows else []
        names = self._names()
        headings = [Text(h) for h in ("Started", "Scenario", "Status", "Turns")]
        headings += [plain(clip(names.get(cid, cid), 10)) for cid in criteria]
        # Every cell is a Text: a DataTable parses plain strings as markup.
        cells = [
            [
                Text(f"{row.started_at:%Y-%m-%d}"),
                plain(clip(row.title, 22)),
                plain(
                    STATUS.get(row.status, row.status)
                    + (" \u270e" if row.session_id in self.reviewed else "")
                ),
                # answered turns, and "+n" for the extra tries at them
                Text(
                    f"{row.turns}"
                    + (f" +{row.attempts - row.turns}" if row.attempts > row.turns else "")
                ),
                *[
                    Text("\u2013" if row.means[c] is None else f"{row.means[c]:.1f}")
                    for c in criteria
                ],
            ]
            for row in self.rows
        ]
        keys = [None, None, None, None, *criteria]
        for column, (heading, key) in enumerate(zip(headings, keys, strict=True)):
            # Widths set here: the table under-measures Text cells and would cut the dates.
            width = max([heading.cell_len, *(line[column].cell_len for line in cells)])
            table.add_column(heading, width=width, key=key)
        for row, line in zip(self.rows, cells, strict=True):
            table.add_row(*line, key=row.session_id)

    def _names(self) -> dict[str, str]:
        names: dict[str, str] = {}
        for rubric in self.services.library.rubrics.values():
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

    def on_screen_resume(self) -> None:
        self.refresh_rows()
