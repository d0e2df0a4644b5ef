"""The Textual app: one factory-built Services object, screens that talk to the session engine."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from roleplay.domain.common import Difficulty
from roleplay.domain.session import Session
from roleplay.errors import RoleplayError
from roleplay.factory import Services, start_drill
from roleplay.practice.history import done_scenarios
from roleplay.practice.session import PracticeSession
from roleplay.practice.supervision import SupervisionQueue
from roleplay.practice.transcript_md import markdown_transcript
from roleplay.store.files import write_private
from roleplay.store.profile import Profile, load_profile, save_profile
from roleplay.store.sessions import StoredSession
from roleplay.tui.messages import IdentityChanged, OpenSession, StartScenario
from roleplay.tui.screens.dialogs import ErrorScreen, HelpScreen, ResumeScreen
from roleplay.tui.screens.drill import DrillScreen
from roleplay.tui.screens.history import HistoryScreen
from roleplay.tui.screens.home import HomeScreen
from roleplay.tui.screens.session import SessionScreen
from roleplay.tui.screens.summary import SummaryScreen
from roleplay.tui.screens.supervise import ReviewScreen

TRANSCRIPTS = "transcripts"


class RoleplayApp(App):
    CSS_PATH = Path(__file__).with_name("app.tcss")
    TITLE = "roleplay"
    SUB_TITLE = "practise self-disclosure and immediacy"
    BINDINGS = [
        Binding("ctrl+q", "quit", "Quit", priority=True),
        Binding("f1", "help", "Help"),
    ]

    def __init__(
        self,
        services: Services,
        *,
        scenario: str | None = None,
        trainee: str | None = None,
        cohort: str | None = None,
        drill: tuple[str, Difficulty] | None = None,
        review: SupervisionQueue | None = None,
        blink: bool = True,
    ) -> None:
        super().__init__()
        self.services = services
        self.initial_scenario = scenario
        self.initial_drill = drill
        self.initial_review = review
        self.trainee = trainee or services.default_trainee()
        self.cohort = cohort if cohort is not None else services.default_cohort()
        # Snapshot tests turn the cursor blink off so every frame is the same.
        self.blink = blink
        profile = self._profile()
        self.self_rating = bool(profile.self_rating)
        self._saved_theme = profile.theme

    # --- start-up ----------------------------------------------------------------------------
    def on_mount(self) -> None:
        if self._saved_theme and self._saved_theme in self.available_themes:
            self.theme = self._saved_theme
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        self.push_screen(HomeScreen())
        if self.initial_review is not None:
            self.push_screen(ReviewScreen(self.initial_review))
            return
        if self.initial_drill:
            self.start_drill(*self.initial_drill)
            return
        if self.initial_scenario:
            self.start_scenario(self.initial_scenario)
            return
        unfinished = self.unfinished_sessions()
        if unfinished:
            self.push_screen(ResumeScreen(unfinished), self._resume_chosen)

    def _resume_chosen(self, session_id: str | None) -> None:
        if session_id:
            self.open_session(session_id)

    # --- profile -----------------------------------------------------------------------------
    @property
    def data_dir(self) -> Path:
        return self.services.settings.data_dir

    def _profile(self) -> Profile:
        return load_profile(self.data_dir)

    def _save_profile(self, **changes: object) -> None:
        try:
            save_profile(self.data_dir, self._profile().model_copy(update=changes))
        except RoleplayError as exc:
            self.notify(f"Could not remember that: {exc.message}", severity="warning")

    def _remember_theme(self, theme: object) -> None:
        self._save_profile(theme=getattr(theme, "name", None))

    def toggle_self_rating(self) -> bool:
        self.self_rating = not self.self_rating
        self._save_profile(self_rating=self.self_rating)
        return self.self_rating

    def on_identity_changed(self, message: IdentityChanged) -> None:
        self.trainee, self.cohort = message.trainee, message.cohort
        self._save_profile(trainee=message.trainee, cohort=message.cohort)
        self.notify(
            f"Practising as {message.trainee}" + (f", {message.cohort}" if message.cohort else "")
        )
        if isinstance(self.screen, HomeScreen):
            self.screen.refresh_list()

    # --- sessions on disk ----------------------------------------------------------------------
    def load_sessions(self) -> list[Session]:
        return [s.session for s in self.services.store.iter_sessions()]

    def unfinished_sessions(self) -> list[StoredSession]:
        return self.services.store.in_progress(self.trainee)

    def scenario_marks(self) -> dict[str, str]:
        return done_scenarios(self.load_sessions(), self.trainee)

    # --- navigation ----------------------------------------------------------------------------
    def on_start_scenario(self, message: StartScenario) -> None:
        self.start_scenario(message.scenario_id)

    def on_open_session(self, message: OpenSession) -> None:
        self.open_session(message.session_id, summary=message.summary)

    def show_error(self, exc: RoleplayError) -> None:
        self.push_screen(ErrorScreen(exc.title, exc.message, exc.hint))

    async def on_unmount(self) -> None:
        await self.services.aclose()

    def start_scenario(self, scenario_id: str) -> None:
        try:
            session = self.services.start(scenario_id, self.trainee, self.cohort)
        except RoleplayError as exc:
            self.show_error(exc)
            return
        self.push_screen(SessionScreen(session))

    def start_drill(self, skill: str, level: Difficulty = "beginner") -> None:
        try:
            drill = start_drill(self.services, skill, level, self.trainee, self.cohort)
        except RoleplayError as exc:
            self.show_error(exc)
            return
        self.push_screen(DrillScreen(drill))

    def open_session(self, session_id: str, *, summary: bool = False) -> None:
        try:
            session = self.services.resume(session_id)
        except RoleplayError as exc:
            self.show_error(exc)
            return
        if summary:
            self.push_screen(SummaryScreen(session, over_session=False))
        else:
            self.push_screen(SessionScreen(session))

    async def open_session_screen(self, session: PracticeSession) -> None:
        """From a summary opened in history: replace it with the session itself."""
        self.pop_screen()
        await self.push_screen(SessionScreen(session))

    def show_summary(self, session: PracticeSession, *, finish: bool) -> None:
        if finish and not session.finished:
            try:
                session.finish("abandoned")  # ended before the scenario's last line
            except RoleplayError as exc:
                self.show_error(exc)
                return
        self.push_screen(SummaryScreen(session))

    def show_history(self) -> None:
        if not isinstance(self.screen, HistoryScreen):
            self.push_screen(HistoryScreen())

    def go_home(self) -> None:
        while len(self.screen_stack) > 2 and not isinstance(self.screen, HomeScreen):
            self.pop_screen()

    def export_markdown(self, session: PracticeSession) -> Path | None:
        path = self.data_dir / TRANSCRIPTS / f"{session.record.id}.md"
        text = markdown_transcript(session.record, session.scenario, session.rubric)
        try:
            write_private(path, text.encode("utf-8"))
        except RoleplayError as exc:
            self.show_error(exc)
            return None
        return path

    # --- help and the command palette ----------------------------------------------------------
    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Help", "How practice works, and every key", self.action_help)
        yield SystemCommand("History", "Every past session and progress", self.show_history)
        yield SystemCommand("Home", "The scenario list", self.go_home)
        for entry in self.services.library.drills.values():
            deck = entry.deck
            yield SystemCommand(
                f"Drill: {deck.title}",
                "Short statements, answered and repeated; the level follows how each set felt",
                lambda skill=deck.skill: self.start_drill(skill),
            )
        on = "off" if self.self_rating else "on"
        yield SystemCommand(
            f"Turn self-rating {on}", "Rate yourself before the scores", self._toggle_rating
        )
        commands = getattr(screen, "palette_commands", None)
        if commands is not None:
            yield from commands()

    def _toggle_rating(self) -> None:
        on = self.toggle_self_rating()
        self.notify("Self-rating on." if on else "Self-rating off.")
        if isinstance(self.screen, SessionScreen):
            self.screen.sync_state()


def run_app(
    services: Services,
    *,
    scenario: str | None = None,
    trainee: str | None = None,
    cohort: str | None = None,
    drill: tuple[str, Difficulty] | None = None,
    review: SupervisionQueue | None = None,
) -> int:
    if trainee or cohort:
        profile = load_profile(services.settings.data_dir)
        save_profile(
            services.settings.data_dir,
            profile.model_copy(
                update={"trainee": trainee or profile.trainee, "cohort": cohort or profile.cohort}
            ),
        )
    if scenario:
        services.library.scenario(scenario)  # a wrong id is a CLI error (exit 2), not a toast
    RoleplayApp(
        services, scenario=scenario, trainee=trainee, cohort=cohort, drill=drill, review=review
    ).run()
    return 0
