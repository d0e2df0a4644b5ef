"""Home: who is practising, which engine is on, the scenarios (filtered), and resume."""

from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from roleplay.content.library import ScenarioEntry
from roleplay.domain.common import DIFFICULTIES, IMMEDIACY, SELF_DISCLOSURE
from roleplay.store.sessions import StoredSession
from roleplay.tui.messages import IdentityChanged, OpenSession, StartScenario
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


def resume_label(stored: StoredSession) -> Text:
    s = stored.session
    answered = sum(1 for t in s.turns if any(a.counts for a in t.attempts))
    label = Text("\u21bb Resume: ", style="bold")
    label.append_text(plain(clip(s.scenario.title, 56), "bold"))
    label.append(
        f"\n  started {s.started_at:%Y-%m-%d %H:%M} \u00b7 {answered} turn(s) answered",
        style="dim",
    )
    return label


class ScenarioList(OptionList):
    """The option list, with Enter named in the footer."""

    BINDINGS = [Binding("enter", "select", "Start / resume")]


class HomeScreen(Screen):
    BINDINGS = [
        Binding("s", "cycle_skill", "Skill"),
        Binding("d", "cycle_difficulty", "Difficulty"),
        Binding("h", "history", "History"),
        Binding("t", "identity", "Trainee", show=False),
        Binding("escape", "list", "Scenarios", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.skill: str | None = None
        self.difficulty: str | None = None

    def compose(self) -> ComposeResult:
        app = self.app
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
        yield Footer()

    def on_mount(self) -> None:
        for field in self.query(Input):
            field.cursor_blink = getattr(self.app, "blink", True)
        self.refresh_list()
        self.query_one("#scenarios", OptionList).focus()

    def on_screen_resume(self) -> None:
        self.refresh_list()

    @property
    def skills(self) -> list[str]:
        """The two core skills first, then any others the library's scenarios practise."""
        found: list[str] = [SELF_DISCLOSURE, IMMEDIACY]
        for entry in self.app.services.library.sorted_scenarios():
            found += [s for s in entry.scenario.skills if s not in found]
        return found

    def visible_scenarios(self) -> list[ScenarioEntry]:
        return [
            e
            for e in self.app.services.library.sorted_scenarios()
            if (self.skill is None or self.skill in e.scenario.skills)
            and (self.difficulty is None or e.scenario.difficulty == self.difficulty)
        ]

    def refresh_list(self) -> None:
        options = self.query_one("#scenarios", OptionList)
        keep = options.highlighted
        marks = self.app.scenario_marks()
        entries: list[Option | None] = [
            Option(resume_label(s), id=f"resume:{s.session.id}")
            for s in self.app.unfinished_sessions()
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
        self.refresh_list()

    def action_cycle_difficulty(self) -> None:
        choices: list[str | None] = [None, *DIFFICULTIES]
        self.difficulty = choices[(choices.index(self.difficulty) + 1) % len(choices)]
        self.refresh_list()

    def action_history(self) -> None:
        self.app.show_history()

    def action_identity(self) -> None:
        self.query_one("#trainee", Input).focus()

    def action_list(self) -> None:
        self.query_one("#scenarios", OptionList).focus()

    def _identity_changed(self) -> None:
        trainee = self.query_one("#trainee", Input).value.strip()
        cohort = self.query_one("#cohort", Input).value.strip() or None
        if not trainee:
            self.query_one("#trainee", Input).value = self.app.trainee
            self.notify("A trainee id is needed; kept the previous one.", severity="warning")
            return
        if trainee != self.app.trainee or cohort != self.app.cohort:
            self.post_message(IdentityChanged(trainee, cohort))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self._identity_changed()
        self.query_one("#scenarios", OptionList).focus()

    def on_input_blurred(self, event: Input.Blurred) -> None:
        self._identity_changed()

    def palette_commands(self) -> Iterable[SystemCommand]:
        yield SystemCommand("Filter by skill", "Cycle the skill filter", self.action_cycle_skill)
        yield SystemCommand(
            "Filter by difficulty", "Cycle the difficulty filter", self.action_cycle_difficulty
        )
        yield SystemCommand("Edit trainee id and cohort", "Remembered", self.action_identity)
        for stored in self.app.unfinished_sessions():
            sid = stored.session.id
            yield SystemCommand(
                f"Resume: {stored.session.scenario.title}",
                f"started {stored.session.started_at:%Y-%m-%d %H:%M}",
                lambda sid=sid: self.post_message(OpenSession(sid)),
            )
        for entry in self.visible_scenarios():
            sid = entry.scenario.id
            yield SystemCommand(
                f"Start: {entry.scenario.title}",
                f"{entry.scenario.difficulty} \u00b7 {', '.join(entry.scenario.skills)}",
                lambda sid=sid: self.post_message(StartScenario(sid)),
                discover=False,
            )
