"""A drill session: statements of one skill answered one at a time, scored, repeated at will,
and rated by set so the next set's difficulty follows the trainee (domain/drill.py).

Like a practice session, a submitted response is on disk before it is judged.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from roleplay.domain.common import Difficulty
from roleplay.domain.drill import (
    DeckRef,
    DrillAttempt,
    DrillDeck,
    DrillItem,
    DrillRecord,
    DrillSet,
    DrillStatement,
    Rating,
    next_level,
    pick_set,
)
from roleplay.domain.moment import Moment
from roleplay.domain.rubric import Rubric
from roleplay.domain.session import EngineInfo, Evaluation
from roleplay.judge.base import Judge, JudgeRequest
from roleplay.practice.feedback_view import FeedbackView, feedback_view
from roleplay.practice.text import check_response
from roleplay.store.drills import DrillStore, new_drill_id


def new_drill_record(
    deck: DrillDeck,
    deck_sha256: str,
    rubric: Rubric,
    trainee: str,
    cohort: str | None,
    engine: EngineInfo,
    now: datetime | None = None,
) -> DrillRecord:
    now = now or datetime.now(UTC)
    return DrillRecord(
        id=new_drill_id(deck.id, now),
        trainee=trainee,
        cohort=cohort,
        started_at=now,
        deck=DeckRef(
            id=deck.id,
            title=deck.title,
            skill=deck.skill,
            sha256=deck_sha256,
            rubric_id=rubric.id,
            rubric_version=rubric.version,
        ),
        engine=engine,
    )


class DrillSession:
    def __init__(
        self,
        record: DrillRecord,
        deck: DrillDeck,
        rubric: Rubric,
        judge: Judge,
        store: DrillStore,
    ) -> None:
        self.record = record
        self.deck = deck
        self.rubric = rubric
        self.judge = judge
        self.store = store
        self.position = 0

    # --- where we are ---------------------------------------------------------------------
    @property
    def current_set(self) -> DrillSet | None:
        return self.record.sets[-1] if self.record.sets else None

    @property
    def level(self) -> Difficulty:
        if self.current_set is None:
            raise RuntimeError("start a set first")
        return self.current_set.level

    @property
    def item(self) -> DrillItem:
        if self.current_set is None:
            raise RuntimeError("start a set first")
        return self.current_set.items[self.position]

    @property
    def statement(self) -> DrillStatement:
        found = self.deck.statement(self.item.statement_id)
        if found is None:  # the record was written from this deck, so this is a bug
            raise RuntimeError(f"statement {self.item.statement_id} is not in the deck")
        return found

    @property
    def at_set_end(self) -> bool:
        drill_set = self.current_set
        return drill_set is not None and self.position >= len(drill_set.items) - 1

    @property
    def path(self) -> Path:
        return self.store.path_for(self.record.id)

    # --- moving through the drill -----------------------------------------------------------
    def start_set(self, level: Difficulty) -> DrillSet:
        statements = pick_set(self.deck, level, self.record.answered_ids())
        drill_set = DrillSet(
            level=level,
            items=[
                DrillItem(statement_id=s.id, client=s.client, level=s.level) for s in statements
            ],
        )
        self.record.sets.append(drill_set)
        self.position = 0
        self.store.save(self.record)
        return drill_set

    def advance(self) -> bool:
        """On to the next statement of the set; False at the end of the set."""
        if self.at_set_end:
            return False
        self.position += 1
        return True

    def rate(self, rating: Rating) -> Difficulty:
        """Close the set with the trainee's rating and start the next one at the level it sets."""
        drill_set = self.current_set
        if drill_set is None:
            raise RuntimeError("no set to rate")
        drill_set.rating = rating
        level = next_level(drill_set.level, rating)
        self.start_set(level)
        return level

    def finish(self) -> Path:
        # A set nobody answered is not worth keeping: drop it before closing.
        if self.current_set is not None and not any(i.attempts for i in self.current_set.items):
            self.record.sets.pop()
        if self.record.ended_at is None:
            self.record.ended_at = datetime.now(UTC)
        return self.store.save(self.record)

    # --- answering --------------------------------------------------------------------------
    def moment(self) -> Moment:
        statement = self.statement
        return Moment(
            client_line=statement.client,
            cue=statement.cue,
            invites=statement.invites or self.deck.skill,
            beat_id=statement.id,
        )

    async def answer(self, text: str) -> Evaluation:
        """Save the response, then judge it; the score is saved beside it."""
        response = check_response(text)
        attempt = DrillAttempt(response=response)
        self.item.attempts.append(attempt)
        await asyncio.to_thread(self.store.save, self.record)
        # The factory's judge falls back to the offline engine itself when a server fails.
        evaluation = await self.judge.evaluate(
            JudgeRequest.build(self.rubric, self.moment(), response)
        )
        attempt.evaluation = evaluation
        await asyncio.to_thread(self.store.save, self.record)
        return evaluation


def drill_feedback(drill: DrillSession, evaluation: Evaluation) -> FeedbackView:
    """The feedback on a drill answer, for the deck's skill only (a drill practises one skill).
    The statement's exemplar is always shown beside it by the caller, so it is not repeated here."""
    statement = drill.statement
    view = feedback_view(evaluation, drill.rubric, invites=statement.invites or drill.deck.skill)
    skill = [c for c in view.criteria if c.id == drill.deck.skill]
    return replace(view, criteria=skill or view.criteria)
