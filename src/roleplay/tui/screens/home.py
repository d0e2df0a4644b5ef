"""Home: the scenarios, and which engine is active."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from roleplay.content.library import ScenarioEntry


def scenario_label(entry: ScenarioEntry) -> Text:
    s = entry.scenario
    label = Text()
    label.append(s.title, style="bold")
    skills = ", ".join(k.replace("_", " ") for k in s.skills)
    label.append(f"\n  {s.difficulty} \u00b7 {skills} \u00b7 ~{s.minutes} min", style="dim")
    if entry.origin != "shipped":
        label.append(f" \u00b7 from {entry.origin}", style="dim")
    return label


class HomeScreen(Screen):
    BINDINGS = [Binding("enter", "start", "Start", show=True)]

    def compose(self) -> ComposeResult:
        services = self.app.services
        yield Header()
        with Vertical(id="home"):
            yield Static(
                Text.assemble(("Engine: ", "bold"), services.describe_engine()), id="engine"
            )
            yield OptionList(
                *[
                    Option(scenario_label(e), id=e.scenario.id)
                    for e in services.library.sorted_scenarios()
                ],
                id="scenarios",
            )
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#scenarios", OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.app.start_scenario(event.option.id)

    def action_start(self) -> None:
        options = self.query_one("#scenarios", OptionList)
        if options.highlighted is not None:
            option = options.get_option_at_index(options.highlighted)
            if option.id:
                self.app.start_scenario(option.id)
