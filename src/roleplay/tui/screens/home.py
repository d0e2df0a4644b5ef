"""Home: who is practising, which engine is on, the scenarios (filtered), and resume."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.widgets import Header, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from roleplay.content.library import ScenarioEntry
from roleplay.domain.common import DIFFICULTIES, IMMEDIACY, SELF_DISCLOSURE
from roleplay.domain.session import Session
from roleplay.practice.history import done_scenarios
from roleplay.tui.base import RoleplayScreen
from roleplay.tui.commands import EntriesProvider, Entry
from roleplay.tui.messages import IdentityChanged, OpenSession, StartScenario
from roleplay.tui.widgets.footer import KeyFooter
from roleplay.tui.widgets.text import clip, plain

MARK = {"done": "\u2713 done", "in progress": "\u25cb in progress"}


def scenario_label(entry: ScenarioEntry, mark: str | None) -> Text:
    s = entry.scenario
    label = plain(s.title, "bold")
    if mark:
        label.append(f"  {MARK[mark]}", style="italic")
    skills = ", ".join(k.replace("_", "-") for k in s.skills)
    label.append(f"\n  {skills} \u00b7 {s.difficulty} \u00b7 ~{s.minutes} min", style="dim")
    if entry.origin != "shipped":
        label.append(f" \u00b7 from {clip(entry.origin, 30)}", style="dim")
    return label


def resume_label(s: Session) -> Text:
    answered = sum(1 for t in s.turns if any(a.counts for a in t.attempts))
    label = Text("\u21bb Resume: ", style="bold")
    label.append_text(plain(clip(s.scenario.title, 56), "bold"))
    label.append(
        f"\n  started {s.started_at:%Y-%m-%d %H:%M} \u00b7 {answered} turn(s) answered"
        " \u00b7 x discards",
        style="dim",
    )
    return label


class ScenarioList(OptionList):
    """The option list, with Enter named in the footer."""

    BINDINGS = [
        Binding("enter", "select", "Start / resume", tooltip="start the scenario, or resume"),
    ]


class HomeCommands(EntriesProvider):
    def entries(self) -> Iterable[Entry]:
        screen = self.screen
        if not isinstance(screen, HomeScreen):
            return
        yield Entry("Filter by skill", "Cycle the skill filter", screen.action_cycle_skill)
        yield Entry(
            "Filter by difficulty", "Cycle the difficulty filter", screen.action_cycle_difficulty
        )
        yield Entry("Edit trainee id and cohort", "Remembered", screen.action_identity)
        for record in screen.unfinished():
            sid = record.id
            yield Entry(
                f"Resume: {record.scenario.title}",
                f"started {record.started_at:%Y-%m-%d %H:%M}",
                partial(screen.post_message, OpenSession(sid)),
            )
            yield Entry(
                f"Discard: {record.scenario.title}",
                f"started {record.started_at:%Y-%m-%d %H:%M}",
                partial(screen.roleplay.confirm_discard, record),
                discover=False,
            )
        for entry in screen.visible_scenarios():
            sid = entry.scenario.id
            yield Entry(
                f"Start: {entry.scenario.title}",
                f"{entry.scenario.difficulty} \u00b7 {', '.join(entry.scenario.skills)}",
                partial(screen.post_message, StartScenario(sid)),
                discover=False,
            )


class HomeScreen(RoleplayScreen):
    BINDINGS = [
        Binding("s", "cycle_skill", "Skill", tooltip="filter by skill (cycles)"),
        Binding("d", "cycle_difficulty", "Difficulty", tooltip="filter by difficulty (cycles)"),
        Binding("h", "history", "History", tooltip="your past sessions and progress"),
        # Not in the footer (no room at 80 columns): each resume row names the key instead.
        Binding(
            "x",
            "discard",
            "Discard",
            show=False,
            tooltip="discard the highlighted unfinished session",
        ),
        Binding("t", "identity", "Trainee", show=False, tooltip="edit your trainee id and cohort"),
        Binding("escape", "list", "Scenarios", show=False, tooltip="back to the scenario list"),
    ]
    COMMANDS = {HomeCommands}
    # Keys typed while the app starts go to the list, never into the trainee id field.
    AUTO_FOCUS = "#scenarios"

    # The filters: changing one redraws the list from memory (the watchers), never from disk.
    skill: reactive[str | None] = reactive(None, init=False)
    difficulty: reactive[str | None] = reactive(None, init=False)

    def watch_skill(self) -> None:
        self.refresh_list()

    def watch_difficulty(self) -> None:
        self.refresh_list()

    def compose(self) -> ComposeResult:
        app = self.roleplay
        yield Header()
        with Vertical(id="home"):
            with Horizontal(id="identity"):
                yield Label("Trainee")
                yield Input(app.trainee, id="trainee", placeholder="your id")
                yield Label("Cohort")
                yield Input(app.cohort or "", id="cohort", placeholder="optional")
            yield Static(
                Text.assemble(("Engine: ", "bold"), app.services.describe_engine()), id="engine"
            )
            yield Static(id="filters")
            yield ScenarioList(id="scenarios")
        yield KeyFooter()

    def on_mount(self) -> None:
        for field in self.query(Input):
            field.cursor_blink = self.roleplay.blink
        self.refresh_list()
        self.query_one("#scenarios", OptionList).focus()

    def on_screen_resume(self) -> None:
        self.refresh_list()  # from the index in memory: a session just played is already in it

    def unfinished(self) -> list[Session]:
        return self.roleplay.sessions.unfinished(self.roleplay.trainee)

    @property
    def skills(self) -> list[str]:
        """The two core skills first, then any others the library's scenarios practise."""
        found: list[str] = [SELF_DISCLOSURE, IMMEDIACY]
        for entry in self.services.library.sorted_scenarios():
            found += [s for s in entry.scenario.skills if s not in found]
        return found

    def visible_scenarios(self) -> list[ScenarioEntry]:
        # Not `visible`: that is Textual's own property on every widget and screen.
        return [
            e
            for e in self.services.library.sorted_scenarios()
            if (self.skill is None or self.skill in e.scenario.skills)
            and (self.difficulty is None or e.scenario.difficulty == self.difficulty)
        ]

    def refresh_list(self) -> None:
        options = self.query_one("#scenarios", OptionList)
        keep = options.highlighted
        index = self.roleplay.sessions
        marks = done_scenarios(index.sessions(), self.roleplay.trainee)
        entries: list[Option | None] = [
            Option(resume_label(s), id=f"resume:{s.id}") for s in self.unfinished()
        ]
        if entries:
            entries.append(None)  # a separator between resuming and starting
        shown = self.visible_scenarios()
        entries += [
            Option(scenario_label(e, marks.get(e.scenario.id)), id=f"start:{e.scenario.id}")
            for e in shown
        ]
        options.set_options(entries)
        if options.option_count:
            options.highlighted = min(keep or 0, options.option_count - 1)
        skill = (self.skill or "all").replace("_", "-")
        self.query_one("#filters", Static).update(
            Text.assemble(
                ("Skill: ", "bold"),
                skill,
                " (s)   ",
                ("Difficulty: ", "bold"),
                self.difficulty or "all",
                " (d)   ",
                (f"{len(shown)} scenario(s)", "dim"),
                ("" if index.loaded else "   reading your sessions\u2026", "dim"),
            )
        )

    def _choose(self, option_id: str | None) -> None:
        if not option_id:
            return
        kind, _, value = option_id.partition(":")
        if kind == "resume":
            self.post_message(OpenSession(value))
        else:
            self.post_message(StartScenario(value))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self._choose(event.option.id)

    def action_start(self) -> None:
        options = self.query_one("#scenarios", OptionList)
        if options.highlighted is not None:
            self._choose(options.get_option_at_index(options.highlighted).id)

    def action_cycle_skill(self) -> None:
        choices = [None, *self.skills]
        self.skill = choices[(choices.index(self.skill) + 1) % len(choices)]

    def action_cycle_difficulty(self) -> None:
        choices: list[str | None] = [None, *DIFFICULTIES]
        self.difficulty = choices[(choices.index(self.difficulty) + 1) % len(choices)]

    def action_history(self) -> None:
        self.roleplay.show_history()

    def action_discard(self) -> None:
        options = self.query_one("#scenarios", OptionList)
        if options.highlighted is None:
            return
        kind, _, value = (options.get_option_at_index(options.highlighted).id or "").partition(":")
        record = self.roleplay.sessions.get(value) if kind == "resume" else None
        if record is None:
            self.notify("Highlight an unfinished session (\u21bb Resume) to discard it.")
            return
        self.roleplay.confirm_discard(record)

    def action_identity(self) -> None:
        self.query_one("#trainee", Input).focus()

    def action_list(self) -> None:
        self.query_one("#scenarios", OptionList).focus()

    def _identity_changed(self) -> None:
        trainee = self.query_one("#trainee", Input).value.strip()
        cohort = self.query_one("#cohort", Input).value.strip() or None
        if not trainee:
            self.query_one("#trainee", Input).value = self.roleplay.trainee
            self.notify("A trainee id is needed; kept the previous one.", severity="warning")
            return
        if trainee != self.roleplay.trainee or cohort != self.roleplay.cohort:
            self.post_message(IdentityChanged(trainee, cohort))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self._identity_changed()
        self.query_one("#scenarios", OptionList).focus()

    def on_input_blurred(self, event: Input.Blurred) -> None:
        self._identity_changed()
