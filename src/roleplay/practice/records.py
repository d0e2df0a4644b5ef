"""Starting a session record: the scenario and rubric frozen into it, the client's first line."""

from __future__ import annotations

from roleplay.content.library import RubricEntry, ScenarioEntry
from roleplay.domain.replay import thaw
from roleplay.domain.session import (
    ClientLine,
    EngineInfo,
    RubricRef,
    ScenarioRef,
    Session,
    Turn,
    utcnow,
)
from roleplay.store.sessions import new_session_id

__all__ = ["new_record", "thaw"]


def new_record(
    scenario: ScenarioEntry,
    rubric: RubricEntry,
    trainee: str,
    cohort: str | None,
    engine: EngineInfo,
) -> Session:
    now = utcnow()
    first = scenario.scenario.first_beat
    return Session(
        id=new_session_id(scenario.scenario.id, now),
        trainee=trainee,
        cohort=cohort,
        started_at=now,
        scenario=ScenarioRef(
            id=scenario.scenario.id,
            title=scenario.scenario.title,
            difficulty=scenario.scenario.difficulty,
            sha256=scenario.sha256,
            frozen=scenario.scenario.model_dump(mode="json"),
            origin=scenario.origin,
        ),
        rubric=RubricRef(
            id=rubric.rubric.id,
            version=rubric.rubric.version,
            sha256=rubric.sha256,
            frozen=rubric.rubric.model_dump(mode="json"),
        ),
        engine=engine,
        turns=[Turn(beat=first.id, client=ClientLine(text=first.client, cue=first.cue))],
    )
