"""Messages screens post to the app: what the trainee chose, never how it is carried out."""

from __future__ import annotations

from textual.message import Message

from roleplay.tui.index import SessionIndex


class StartScenario(Message):
    """Begin a new session of this scenario."""

    def __init__(self, scenario_id: str) -> None:
        super().__init__()
        self.scenario_id = scenario_id


class OpenSession(Message):
    """Open a stored session: resume it when it is in progress, else show its summary."""

    def __init__(self, session_id: str, *, summary: bool = False) -> None:
        super().__init__()
        self.session_id = session_id
        self.summary = summary


class IdentityChanged(Message):
    """The trainee typed a new id or cohort on the home screen (remembered in the profile)."""

    def __init__(self, trainee: str, cohort: str | None) -> None:
        super().__init__()
        self.trainee = trainee
        self.cohort = cohort


class SessionsLoaded(Message):
    """The session index has been read (off the UI thread) and is ready to show."""

    def __init__(self, index: SessionIndex) -> None:
        super().__init__()
        self.index = index
