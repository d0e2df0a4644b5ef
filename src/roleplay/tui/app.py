"""The Textual app: one factory-built Services object, screens that talk to the session engine."""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.binding import Binding

from roleplay.errors import RoleplayError
from roleplay.factory import Services
from roleplay.store.profile import Profile, load_profile, save_profile
from roleplay.tui.screens.home import HomeScreen
from roleplay.tui.screens.session import SessionScreen


class RoleplayApp(App):
    CSS_PATH = Path(__file__).with_name("app.tcss")
    TITLE = "roleplay"
    SUB_TITLE = "practise self-disclosure and immediacy"
    BINDINGS = [Binding("ctrl+q", "quit", "Quit", priority=True)]

    def __init__(
        self,
        services: Services,
        *,
        scenario: str | None = None,
        trainee: str | None = None,
        cohort: str | None = None,
    ) -> None:
        super().__init__()
        self.services = services
        self.initial_scenario = scenario
        self.trainee = trainee or services.default_trainee()
        self.cohort = cohort if cohort is not None else services.default_cohort()

    def on_mount(self) -> None:
        self.push_screen(HomeScreen())
        if self.initial_scenario:
            self.start_scenario(self.initial_scenario)

    async def on_unmount(self) -> None:
        await self.services.aclose()

    def start_scenario(self, scenario_id: str) -> None:
        try:
            session = self.services.start(scenario_id, self.trainee, self.cohort)
        except RoleplayError as exc:
            self.notify(
                exc.message + (f" ({exc.hint})" if exc.hint else ""), severity="error", timeout=10
            )
            return
        self.push_screen(SessionScreen(session))


def run_app(
    services: Services,
    *,
    scenario: str | None = None,
    trainee: str | None = None,
    cohort: str | None = None,
) -> int:
    if trainee or cohort:
        profile = load_profile(services.settings.data_dir)
        save_profile(
            services.settings.data_dir,
            Profile(
                trainee=trainee or profile.trainee,
                cohort=cohort or profile.cohort,
                theme=profile.theme,
            ),
        )
    if scenario:
        services.library.scenario(scenario)  # a wrong id is a CLI error (exit 2), not a toast
    RoleplayApp(services, scenario=scenario, trainee=trainee, cohort=cohort).run()
    return 0
