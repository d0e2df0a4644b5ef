"""The trainee's sessions as the practice room sees them: read once, off the UI thread, then kept.

Reading and validating every session file is slow with many sessions, so the app reads them in a
thread worker at start-up (`SessionIndex.read`) and afterwards updates this index from the
records it changes itself; filters and keypresses only look at what is in memory.
"""

from __future__ import annotations

from roleplay.domain.session import Session
from roleplay.store.sessions import SessionStore
from roleplay.tui.records import has_typed_words, unusable


class SessionIndex:
    def __init__(self, sessions: list[Session] | None = None, *, loaded: bool = False) -> None:
        self._by_id = {s.id: s for s in sessions or []}
        # False until the first read has finished: the screens say so rather than show nothing.
        self.loaded = loaded

    @classmethod
    def read(cls, store: SessionStore) -> SessionIndex:
        """Every readable, usable record in the store (blocking: call it from a thread)."""
        found = [s.session for s in store.iter_sessions() if unusable(s.session) is None]
        return cls(found, loaded=True)

    def sessions(self) -> list[Session]:
        return list(self._by_id.values())

    def get(self, session_id: str) -> Session | None:
        return self._by_id.get(session_id)

    def unfinished(self, trainee: str, scenario: str | None = None) -> list[Session]:
        """Sessions this trainee left open that hold something they typed, newest first."""
        found = [
            s
            for s in self._by_id.values()
            if s.status == "in_progress"
            and s.trainee == trainee
            and (scenario is None or s.scenario.id == scenario)
            and has_typed_words(s)
        ]
        return sorted(found, key=lambda s: s.started_at, reverse=True)

    def note(self, record: Session) -> None:
        """Keep a record the app changed: listed once it holds typed words, dropped otherwise."""
        if has_typed_words(record) and unusable(record) is None:
            self._by_id[record.id] = record
        else:
            self._by_id.pop(record.id, None)

    def forget(self, session_id: str) -> None:
        self._by_id.pop(session_id, None)
