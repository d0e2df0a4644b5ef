"""The Textual app: one factory-built Services object, screens that talk to the session engine."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from pathlib import Path

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from roleplay.domain.common import Difficulty
from roleplay.domain.session import Session, utcnow
from roleplay.errors import RoleplayError
from roleplay.factory import Services, start_drill
from roleplay.practice.session import PracticeSession
from roleplay.practice.supervision import SupervisionQueue
from roleplay.practice.transcript_md import markdown_transcript
from roleplay.store.files import write_private
from roleplay.store.profile import Profile, load_profile, save_profile
from roleplay.tui.commands import DrillCommands
from roleplay.tui.index import SessionIndex
from roleplay.tui.messages import IdentityChanged, OpenSession, SessionsLoaded, StartScenario
from roleplay.tui.records import has_typed_words, unusable
from roleplay.tui.screens.dialogs import (
    NEW,
    ConfirmScreen,
    ErrorScreen,
    HelpScreen,
    KeySection,
    ResumeScreen,
)
from roleplay.tui.screens.drill import DrillScreen
from roleplay.tui.screens.history import HistoryScreen, SessionTable
from roleplay.tui.screens.home import HomeScreen, ScenarioList
from roleplay.tui.screens.session import SessionScreen
from roleplay.tui.screens.summary import SummaryScreen
from roleplay.tui.screens.supervise import ReviewScreen
from roleplay.tui.terminal import leave_when_hung_up
from roleplay.tui.widgets.feedback import FeedbackCard
from roleplay.tui.widgets.response import ResponseBox
from roleplay.tui.widgets.text import clip

log = logging.getLogger(__name__)

TRANSCRIPTS = "transcripts"


class RoleplayApp(App):
    COMMANDS = App.COMMANDS | {DrillCommands}  # every screen's palette offers the drills
    CSS_PATH = Path(__file__).with_name("app.tcss")
    TITLE = "roleplay"
    SUB_TITLE = "practise self-disclosure and immediacy"
    BINDINGS = [
        Binding(
            "ctrl+q",
            "quit",
            "Quit",
            priority=True,
            tooltip="quit; the session is saved after every response (asks first if a draft "
            "would be lost)",
        ),
        Binding("f1", "help", "Help", tooltip="this help"),
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
        # Read off the UI thread once; after that the app keeps it up to date itself.
        self.sessions = SessionIndex()

    # --- start-up ----------------------------------------------------------------------------
    def on_mount(self) -> None:
        if self._saved_theme and self._saved_theme in self.available_themes:
            self.theme = self._saved_theme
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        leave_when_hung_up(self)
        self.push_screen(HomeScreen())
        self.read_sessions()
        if self.initial_review is not None:
            self.push_screen(ReviewScreen(self.initial_review))
        elif self.initial_drill:
            self.start_drill(*self.initial_drill)

    @work(thread=True, exclusive=True, group="sessions", exit_on_error=False)
    def read_sessions(self) -> None:
        """Read and validate every session file in a thread; one message when it is done."""
        try:
            index = SessionIndex.read(self.services.store)
        except Exception:  # a bad data dir must not stop practice: start with an empty index
            log.exception("reading the sessions failed")
            index = SessionIndex(loaded=True)
        self.post_message(SessionsLoaded(index))

    def on_sessions_loaded(self, message: SessionsLoaded) -> None:
        first = not self.sessions.loaded
        for record in self.sessions.sessions():  # anything changed while the read was running
            message.index.note(record)
        self.sessions = message.index
        self._refresh_home()
        if not first or not isinstance(self.screen, HomeScreen):
            return  # the trainee has already moved on: no offer over what they are doing
        if self.initial_scenario:
            waiting = self.sessions.unfinished(self.trainee, self.initial_scenario)
            if waiting:
                self.push_screen(ResumeScreen(waiting, offer_new=True), self._resume_chosen)
            else:
                self.start_scenario(self.initial_scenario)
            return
        unfinished = self.sessions.unfinished(self.trainee)
        if unfinished:
            self.push_screen(ResumeScreen(unfinished), self._resume_chosen)

    def _resume_chosen(self, choice: str | None) -> None:
        if choice and choice != NEW:
            self.open_session(choice)
        elif self.initial_scenario:  # asked for this scenario: anything but resuming starts it
            self.start_scenario(self.initial_scenario)

    def _refresh_home(self) -> None:
        for screen in self.screen_stack:
            if isinstance(screen, HomeScreen):
                screen.refresh_list()

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
            self.notify(f"Could not remember that: {exc.message}", severity="warning", markup=False)

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
            f"Practising as {message.trainee}" + (f", {message.cohort}" if message.cohort else ""),
            markup=False,
        )
        self._refresh_home()

    # --- sessions ------------------------------------------------------------------------------
    def remember(self, record: Session) -> None:
        """A record this app changed: the index shows it without reading the file again."""
        self.sessions.note(record)

    def confirm_discard(self, record: Session, after: Callable[[str], None] | None = None) -> None:
        """Ask, then set an unfinished session aside so it is no longer offered."""
        answered = sum(1 for t in record.turns if any(a.counts for a in t.attempts))
        detail = (
            f"It leaves the resume list. The {answered} turn(s) you answered stay in your "
            "history, marked ended."
        )

        def chosen(yes: bool | None) -> None:
            if yes and self.discard(record) and after is not None:
                after(record.id)

        self.push_screen(
            ConfirmScreen(
                f"Discard \u201c{clip(record.scenario.title, 50)}\u201d?", detail, "discard"
            ),
            chosen,
        )

    def discard(self, record: Session) -> bool:
        # A copy: if the save fails, the session stays unfinished in the list as on disk.
        ended = record.model_copy(update={"status": "abandoned", "ended_at": utcnow()})
        try:
            self.services.store.save(ended)
        except RoleplayError as exc:
            self.show_error(exc)
            return False
        self.remember(ended)
        self._refresh_home()
        return True

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
            # Nothing is written until the first response: an unanswered session leaves no file.
            session = self.services.start(scenario_id, self.trainee, self.cohort, save=False)
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
            session = self.services.resume(session_id)  # held by this window while it is open
            problem = unusable(session.record)
        except RoleplayError as exc:
            self.show_error(exc)
            return
        except (ValueError, KeyError) as exc:  # a frozen scenario or rubric that does not parse
            log.info("cannot open %s: %s", session_id, exc)
            problem = "its frozen scenario or rubric does not parse"
        if problem is not None:
            self.services.store.release(session_id)
            self.sessions.forget(session_id)
            self._refresh_home()
            self.push_screen(
                ErrorScreen(
                    "This session cannot be opened",
                    f"The file for session {session_id} is damaged: {problem}.",
                    "Start the scenario again; the file stays where it is for your instructor",
                )
            )
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
        self.remember(session.record)
        if not has_typed_words(session.record):
            # Nothing was answered, so there is nothing to sum up and nothing was kept.
            self.go_home()
            self.notify("Nothing was answered, so that session was not kept.")
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

    # --- quitting ------------------------------------------------------------------------------
    def unsent_draft(self) -> str:
        """Words typed in a session's box and not sent (they are not saved anywhere)."""
        for screen in self.screen_stack:
            if isinstance(screen, SessionScreen) and screen.draft:
                return screen.draft
        return ""

    async def action_quit(self) -> None:
        if not self.unsent_draft() or isinstance(self.screen, ConfirmScreen):
            self.exit()
            return
        self.push_screen(
            ConfirmScreen(
                "Quit and lose your draft?",
                "What you typed in the box has not been sent, so it is not saved.",
                "quit",
            ),
            lambda yes: self.exit() if yes else None,
        )

    # --- help and the command palette ----------------------------------------------------------
    def help_sections(self) -> list[KeySection]:
        return [
            KeySection(
                "In a session",
                [*ResponseBox.BINDINGS, *SessionScreen.BINDINGS, *FeedbackCard.BINDINGS],
            ),
            KeySection("Home", [*ScenarioList.BINDINGS, *HomeScreen.BINDINGS]),
            KeySection("Summary", SummaryScreen.BINDINGS),
            KeySection("History", [*SessionTable.BINDINGS, *HistoryScreen.BINDINGS]),
            KeySection("Drill", [*ResponseBox.BINDINGS, *DrillScreen.BINDINGS]),
            KeySection("Supervisor review", ReviewScreen.BINDINGS),
            KeySection(
                "Everywhere",
                [
                    *self.BINDINGS,
                    Binding(
                        "ctrl+p",
                        "command_palette",
                        tooltip="every action by name (and **Theme** to change colours)",
                    ),
                ],
            ),
        ]

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.help_sections()))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Help", "How practice works, and every key", self.action_help)
        yield SystemCommand("History", "Every past session and progress", self.show_history)
        yield SystemCommand("Home", "The scenario list", self.go_home)
        on = "off" if self.self_rating else "on"
        yield SystemCommand(
            f"Turn self-rating {on}", "Rate yourself before the scores", self._toggle_rating
        )

    def _toggle_rating(self) -> None:
        on = self.toggle_self_rating()
        self.notify("Self-rating on." if on else "Self-rating off.")
        if isinstance(self.screen, SessionScreen):
            self.screen.observe_session()


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
