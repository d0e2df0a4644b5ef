"""The session engine: order of events, autosave, retry, rewind, cancel, resume."""

from __future__ import annotations

import asyncio
import contextlib
import json

import pytest

from roleplay.domain.common import END
from roleplay.domain.counted import counted_turn
from roleplay.errors import UsageError
from roleplay.factory import Services
from roleplay.practice.events import ClientSpoke, Evaluated, Saved
from roleplay.practice.session import PracticeSession
from roleplay.store.sessions import read_session

GOOD = (
    "I did lose my mother some years ago, so I have some sense of how heavy this is. "
    "What has it been like for you?"
)


async def submit(session: PracticeSession, text: str) -> list:
    return [event async for event in session.submit(text)]


async def test_events_come_in_order_and_the_response_is_saved_first(services: Services) -> None:
    session = services.start("grief-have-you-lost-a-parent")
    events = await submit(session, GOOD)
    kinds = [type(e) for e in events]
    assert kinds[0] is Saved
    assert kinds.index(Evaluated) < kinds.index(ClientSpoke)
    on_disk = read_session(session.path)
    attempt = on_disk.turns[0].attempts[0]
    assert attempt.response == GOOD
    assert set(attempt.evaluation.criteria) >= {"self_disclosure", "immediacy"}
    assert len(on_disk.turns) == 2


async def test_response_is_on_disk_before_judging(services: Services) -> None:
    session = services.start("grief-have-you-lost-a-parent")
    stream = session.submit(GOOD)
    first = await anext(stream)
    assert isinstance(first, Saved)
    stored = json.loads(session.path.read_text())
    assert stored["turns"][0]["attempts"][0]["response"] == GOOD
    assert stored["turns"][0]["attempts"][0]["evaluation"] is None
    await stream.aclose()


async def test_a_whole_scenario_reaches_its_end(services: Services) -> None:
    session = services.start("grief-have-you-lost-a-parent")
    for _ in range(20):
        if session.finished:
            break
        await submit(session, GOOD)
    assert session.finished
    assert session.record.status == "completed"
    assert session.current.beat == END
    assert session.record.ended_at is not None


async def test_retry_keeps_the_first_attempt_and_sets_later_turns_aside(services: Services) -> None:
    session = services.start("grief-have-you-lost-a-parent")
    await submit(session, "When my dad died I fell apart, I still can't talk about it.")
    assert len(session.turns) == 2
    assert session.retry() == 0
    assert len(session.turns) == 1
    assert len(session.record.discarded) == 1
    await submit(session, GOOD)
    attempts = session.turns[0].attempts
    assert len(attempts) == 2
    counted = counted_turn(session.turns[0], session.rubric.scale)
    assert counted is not None
    assert counted.scores["self_disclosure"] == max(
        a.evaluation.criteria["self_disclosure"].score for a in attempts
    )


async def test_rewind_reopens_a_completed_session(services: Services) -> None:
    session = services.start("grief-have-you-lost-a-parent")
    while not session.finished:
        await submit(session, GOOD)
    session.rewind(1)
    assert session.record.status == "in_progress"
    assert len(session.turns) == 2
    assert session.record.discarded


async def test_bad_responses_are_refused_before_anything_is_written(services: Services) -> None:
    session = services.start("grief-have-you-lost-a-parent")
    with pytest.raises(UsageError, match="empty"):
        await submit(session, "   \n ")
    with pytest.raises(UsageError, match="limit"):
        await submit(session, "x" * 50_000)
    assert read_session(session.path).turns[0].attempts == []


async def test_control_characters_and_escapes_are_stripped(services: Services) -> None:
    session = services.start("grief-have-you-lost-a-parent")
    await submit(session, "I hear you.\x1b[2J\x1b]0;pwned\x07 What was it like?\x00")
    assert session.turns[0].attempts[0].response == "I hear you. What was it like?"


async def test_cancelling_withdraws_the_attempt_but_keeps_it(services: Services) -> None:
    session = services.start("grief-have-you-lost-a-parent")
    saved = asyncio.Event()

    async def consume() -> None:
        async with contextlib.aclosing(session.submit(GOOD)) as events:
            async for event in events:
                if isinstance(event, Saved):
                    saved.set()
                    await asyncio.Event().wait()  # the trainee presses Escape while we wait

    task = asyncio.create_task(consume())
    await saved.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    stored = read_session(session.path)
    assert stored.turns[0].attempts[0].withdrawn
    assert stored.turns[0].attempts[0].response == GOOD
    assert len(stored.turns) == 1
    assert not session.busy


async def test_a_pending_attempt_is_finished_on_resume(services: Services) -> None:
    session = services.start("grief-have-you-lost-a-parent")
    stream = session.submit(GOOD)
    await anext(stream)  # saved, then the program "dies" before judging
    resumed = services.resume(session.record.id)
    assert resumed.pending_attempt == (0, 0)
    events = [e async for e in resumed.resume_pending()]
    assert any(isinstance(e, Evaluated) for e in events)
    assert read_session(resumed.path).turns[0].attempts[0].evaluation is not None
    await stream.aclose()


async def test_resume_uses_the_frozen_scenario(services: Services) -> None:
    session = services.start("grief-have-you-lost-a-parent")
    record = session.record
    record.scenario.frozen["title"] = "Edited later"
    services.store.save(record)
    assert services.resume(record.id).scenario.title == "Edited later"


async def test_self_rating_is_checked_and_recorded(services: Services) -> None:
    session = services.start("grief-have-you-lost-a-parent")
    with pytest.raises(UsageError):
        await anext(session.submit(GOOD, {"self_disclosure": 9}))
    events = [e async for e in session.submit(GOOD, {"self_disclosure": 4})]
    assert events and session.turns[0].attempts[-1].self_rating == {"self_disclosure": 4}
