"""End of a session: every turn's scores, strengths and growth edges, attempts, calibration."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from rich.table import Table
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Header, Static

from roleplay.domain.common import RESTRAINT
from roleplay.errors import RoleplayError
from roleplay.practice.review import Review, review_session
from roleplay.practice.session import PracticeSession
from roleplay.store.reviews import load_reviews
from roleplay.tui.base import RoleplayScreen
from roleplay.tui.commands import EntriesProvider, Entry
from roleplay.tui.screens.reflect import (
    ReflectionScreen,
    client_rating_text,
    supervisor_reviews_text,
)
from roleplay.tui.widgets.footer import KeyFooter
from roleplay.tui.widgets.text import clip, plain

STATUS = {
    "completed": "completed",
    "abandoned": "ended early",
    "in_progress": "in progress",
}


def turns_table(review: Review, session: PracticeSession) -> Table:
    rubric = session.rubric
    # Only the skills this session scored get a column (a rubric may have six); the others are
    # named under the table, so a small terminal keeps room for the moment and whole headers.
    scored = [
        c for c in rubric.criteria if any(r.scores.get(c.id) is not None for r in review.turns)
    ]
    shown = scored or list(rubric.criteria)
    unused = [c.name for c in rubric.criteria if c not in shown]
    # Collapsed padding: one space between columns leaves the moment room at 80 columns.
    table = Table(
        expand=True,
        box=None,
        pad_edge=False,
        collapse_padding=True,
        header_style="bold",
        caption=plain("Not used in this session: " + ", ".join(unused)) if unused else None,
        caption_justify="left",
        caption_style="dim",
    )
    table.add_column("Turn", width=4, justify="right")
    table.add_column("Moment", ratio=1, overflow="ellipsis", no_wrap=True)
    for criterion in shown:
        # Long names wrap onto a second header line rather than being cut at 80 columns.
        widest_word = max(len(word) for word in criterion.name.split())
        table.add_column(
            plain(criterion.name), justify="center", max_width=max(11, widest_word), min_width=3
        )
    table.add_column("Tries", justify="right", width=5)
    for row in review.turns:
        asks = "restraint" if row.invites == RESTRAINT else (row.invites or "").replace("_", "-")
        cells = [
            "\u2013" if row.scores.get(c.id) is None else f"{row.scores[c.id]}/{rubric.scale.max}"
            for c in shown
        ]
        if row.restraint_held is not None:
            asks += " \u2713" if row.restraint_held else " \u2717"
        table.add_row(
            str(row.number),
            Text(f"{asks}: ", style="dim") + plain(clip(row.client, 60)),
            *cells,
            str(row.attempts),
        )
    return table


def notes_text(review: Review) -> Text:
    out = Text()
    out.append("Strengths\n", style="bold")
    if not review.strengths:
        out.append("  None yet: scores of 4 or more, or holding back when it was asked.\n", "dim")
    for note in review.strengths:
        out.append("  + ")
        out.append_text(plain(note.text))
        out.append("\n")
    out.append("\nGrowth edges\n", style="bold")
    if not review.growth_edges:
        out.append("  Nothing stood out: try a harder scenario.\n", style="dim")
    for note in review.growth_edges:
        out.append("  \u2192 ")
        out.append_text(plain(note.text))
        out.append("\n")
    return out


def practice_text(review: Review, session: PracticeSession) -> Text:
    out = Text()
    out.append("Attempts: ", style="bold")
    out.append(
        f"{review.attempts} answered across {len(review.turns)} turn(s); "
        f"{review.retried_turns} moment(s) retried. The best attempt at each moment counts.\n"
    )
    out.append("Self-rating: ", style="bold")
    out.append(review.calibration.verdict())
    for criterion in session.rubric.criteria:
        gap = review.calibration.mean_gap(criterion.id)
        if gap is not None:
            n = len(review.calibration.comparable(criterion.id))
            out.append(f"\n  {criterion.name}: {gap:+.1f} over {n} rating(s)", style="dim")
    out.append("\nSaved to: ", style="bold")
    out.append(str(session.path))
    return out


class SummaryCommands(EntriesProvider):
    def entries(self) -> Iterable[Entry]:
        screen = self.screen
        if not isinstance(screen, SummaryScreen):
            return
        yield Entry("Export transcript as Markdown", "A 0600 file", screen.action_export)
        yield Entry("Back to the transcript", "Retry or rewind from there", screen.action_back)
        yield Entry("History", "Every past session and progress", screen.action_history)
        yield Entry("Home", "Choose another scenario", screen.action_home)


class SummaryScreen(RoleplayScreen):
    BINDINGS = [
        Binding("m", "export", "Save .md", tooltip="save the transcript as Markdown"),
        Binding("r", "retry", "Retry", tooltip="retry the last moment"),
        Binding("b", "rewind", "Rewind", tooltip="rewind to an earlier turn"),
        Binding("h", "history", "History", tooltip="your history"),
        Binding("w", "reflect", "Reflect", tooltip="write your reflection on the session"),
        Binding("n", "home", "Home", tooltip="back to the scenario list"),
        Binding("escape", "back", "Back", show=False, tooltip="back to the transcript"),
    ]
    COMMANDS = {SummaryCommands}

    def __init__(self, session: PracticeSession, *, over_session: bool = True) -> None:
        super().__init__()
        self.session = session
        # True when the session's own screen is underneath (opened from the session, not history).
        self.over_session = over_session
        self.review = review_session(session.record, session.scenario, session.rubric)
        self.exported: Path | None = None

    def compose(self) -> ComposeResult:
        record = self.session.record
        yield Header()
        with VerticalScroll(id="summary"):
            title = plain(self.session.scenario.title, "bold")
            title.append(f"  \u00b7  {STATUS.get(record.status, record.status)}", style="dim")
            title.append(f"  \u00b7  {record.trainee}", style="dim")
            yield Static(title, id="summary-title")
            yield Static(turns_table(self.review, self.session), id="summary-turns")
            yield Static(notes_text(self.review), id="summary-notes")
            yield Static(practice_text(self.review, self.session), id="summary-practice")
            yield Static(
                client_rating_text(self.session.scenario.client.name, record.client_rating),
                id="summary-client-rating",
            )
            yield Static(self._reflection_text(), id="summary-reflection")
            yield Static(self._reviews_text(), id="summary-reviews")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#summary").focus()
        if self.session.record.client_rating is not None:
            self.ask_client_rating()

    @work(exclusive=True, group="client-rating", exit_on_error=False)
    async def ask_client_rating(self) -> None:
        """On a server, the client rates the session in character (the offline reading until
        then, and if it fails); the line updates when the answer comes."""
        try:
            rating = await self.session.ask_client_rating()
        except RoleplayError:
            return
        name = self.session.scenario.client.name
        self.query_one("#summary-client-rating", Static).update(client_rating_text(name, rating))

    def _reviews_text(self) -> Text:
        """What a supervisor said about this session (review files in the data dir's reviews/,
        written beside the sessions or brought in with `roleplay import-reviews`)."""
        reviews, _ = load_reviews([self.roleplay.data_dir])
        return supervisor_reviews_text(self.session.record, self.session.rubric, reviews)

    def _reflection_text(self) -> Text:
        reflection = self.session.record.reflection
        text = Text("Your reflection", style="bold")
        if reflection:
            return text.append(f"\n  {reflection}")
        return text.append("  w: write one (kept with the session, for supervision)", style="dim")

    def action_reflect(self) -> None:
        self.app.push_screen(
            ReflectionScreen(self.session.record.reflection), self._after_reflection
        )

    def _after_reflection(self, text: str | None) -> None:
        if text is None:
            return
        try:
            self.session.reflect(text)
        except RoleplayError as exc:
            self.notify(exc.message, severity="error", markup=False)
            return
        self.query_one("#summary-reflection", Static).update(self._reflection_text())
        self.notify("Reflection saved with the session.")

    def action_export(self) -> None:
        path = self.roleplay.export_markdown(self.session)
        if path is not None:
            self.exported = path
            self.notify(f"Transcript saved as {path}", timeout=10, markup=False)

    def action_back(self) -> None:
        self.app.pop_screen()

    async def _in_session(self, action: str) -> None:
        if self.over_session:
            self.app.pop_screen()
        else:
            await self.roleplay.open_session_screen(self.session)
        await self.app.screen.run_action(action)

    async def action_retry(self) -> None:
        await self._in_session("retry")

    async def action_rewind(self) -> None:
        await self._in_session("rewind")

    def action_history(self) -> None:
        self.roleplay.show_history()

    def action_home(self) -> None:
        self.roleplay.go_home()
