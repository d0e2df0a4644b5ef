"""Which sessions an export covers: filters by cohort, scenario, trainee, status and date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from roleplay.errors import UsageError
from roleplay.export.records import SessionSummary


@dataclass(frozen=True)
class Selection:
    cohorts: frozenset[str] = frozenset()
    scenarios: frozenset[str] = frozenset()
    trainees: frozenset[str] = frozenset()
    statuses: frozenset[str] = frozenset()
    since: datetime | None = None  # inclusive, on started_at
    until: datetime | None = None  # exclusive

    def matches(self, session: SessionSummary) -> bool:
        if self.cohorts and (session.cohort or "") not in self.cohorts:
            return False
        if self.scenarios and session.scenario.id not in self.scenarios:
            return False
        if self.trainees and session.trainee not in self.trainees:
            return False
        if self.statuses and session.status not in self.statuses:
            return False
        started = _aware(session.started_at)
        if self.since is not None and started < self.since:
            return False
        return self.until is None or started < self.until


def parse_bound(text: str, *, end: bool) -> datetime:
    """`2025-03-01` or an ISO date-time, as UTC. A bare date as an end bound includes that day."""
    text = text.strip()
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            moment = datetime.combine(day, time(), tzinfo=UTC)
            return moment + timedelta(days=1) if end else moment
        return _aware(datetime.fromisoformat(text))
    except ValueError:
        flag = "--until" if end else "--since"
        raise UsageError(
            f"{flag} {text!r}: not a date", "write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM"
        ) from None


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
