"""After a session: the client's own rating (asked of the client that played it) and the
trainee's reflection. A part of `PracticeSession`, kept apart so the turn loop reads alone."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from roleplay.domain.client_rating import ClientRating, offline_client_rating
from roleplay.errors import UsageError
from roleplay.practice.text import MAX_REFLECTION_CHARS, clean_response
from roleplay.simulate.rating import RatingRequest

if TYPE_CHECKING:
    from roleplay.domain.scenario import Scenario
    from roleplay.domain.session import Session, Turn
    from roleplay.simulate.base import ClientSimulator
    from roleplay.store.sessions import SessionStore


class SessionEnding:
    # Provided by PracticeSession.
    record: Session
    scenario: Scenario
    client: ClientSimulator
    store: SessionStore

    if TYPE_CHECKING:

        async def _persist(self) -> None: ...

        @property
        def turns(self) -> list[Turn]: ...

        @property
        def path(self) -> Path: ...

    def finish(self, status: str = "completed") -> Path:
        if self.record.status == "in_progress":
            self._close(status)
        if not any(turn.attempts for turn in self.turns):
            return self.path  # nobody answered: not worth a file (one may exist from before)
        return self.store.save(self.record)

    async def ask_client_rating(self) -> ClientRating | None:
        """Once the session has ended, the client's own rating from the client that played it
        (in character on a server; the offline reading otherwise), saved with the session."""
        offline = self.record.client_rating
        rate = getattr(self.client, "rate", None)
        if offline is None or offline.source != "offline" or rate is None:
            return offline
        rating = await rate(RatingRequest(self.scenario, self.record, offline))
        self.record.client_rating = rating
        await self._persist()
        return rating

    def reflect(self, text: str) -> Path:
        """The trainee's reflection after the session, saved with it (empty clears it)."""
        cleaned = clean_response(text)
        if len(cleaned) > MAX_REFLECTION_CHARS:
            raise UsageError(
                f"The reflection is {len(cleaned):,} characters; the limit is "
                f"{MAX_REFLECTION_CHARS:,}.",
                "a few sentences is enough to bring to supervision",
            )
        self.record.reflection = cleaned or None
        return self.store.save(self.record)

    def _close(self, status: str) -> None:
        """The session is over: when, how, and the client's own rating of it."""
        self.record.status = status  # type: ignore[assignment]
        self.record.ended_at = datetime.now(UTC)
        alliance = self.scenario.relationship.alliance
        self.record.client_rating = offline_client_rating(self.record, alliance)
