"""One practice session: the turn loop, attempts, retries and rewinds, saved after every step.

The order inside a submitted response is the promise this module keeps: the response is on disk
first; then the judge and the client run at the same time; every result is saved as it lands; a
failure of the server falls back to the offline engine for that turn, labelled, and never loses
what the trainee typed.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncGenerator, AsyncIterator
from pathlib import Path

from roleplay import progress
from roleplay.domain.common import END
from roleplay.domain.integrity import stamped
from roleplay.domain.moment import Line, Moment
from roleplay.domain.replay import moment_at, transcript_before
from roleplay.domain.routing import Step, plan_step
from roleplay.domain.rubric import Rubric
from roleplay.domain.scenario import Scenario
from roleplay.domain.session import (
    Attempt,
    ClientLine,
    DiscardedTurns,
    Evaluation,
    PauseNotes,
    Session,
    Turn,
)
from roleplay.errors import UsageError, failure_reason
from roleplay.judge.base import Judge, JudgeRequest, Reader
from roleplay.offline.scorer import score_response
from roleplay.practice.ending import SessionEnding
from roleplay.practice.events import (
    ClientDelta,
    ClientRestart,
    ClientSpoke,
    Evaluated,
    Event,
    Notice,
    Retrying,
    Saved,
)
from roleplay.practice.text import (
    check_response,
    check_self_rating,
    clean_pause,
)
from roleplay.simulate.base import ClientSimulator, ReplyRequest
from roleplay.store.sessions import SessionStore, dump_session

log = logging.getLogger(__name__)
FALLBACK = "offline-fallback"
# After this many turns in a row that the server could not serve, stop waiting on it.
MAX_CONSECUTIVE_FAILURES = 2


class PracticeSession(SessionEnding):
    def __init__(
        self,
        record: Session,
        scenario: Scenario,
        rubric: Rubric,
        judge: Judge,
        client: ClientSimulator,
        store: SessionStore,
        offline_judge: Judge,
        offline_client: ClientSimulator,
        reader: Reader = score_response,
    ) -> None:
        # The offline reading that routes between beats (with a course's weights, if any).
        self.reader = reader
        self.record = record
        self.scenario = scenario
        self.rubric = rubric
        self.judge = judge
        self.client = client
        self.store = store
        self._offline_judge = offline_judge
        self._offline_client = offline_client
        self._write_lock = asyncio.Lock()
        self._failures = 0
        self.busy = False

    # --- state -----------------------------------------------------------------------------
    @property
    def path(self) -> Path:
        return self.store.path_for(self.record.id)

    @property
    def turns(self) -> list[Turn]:
        return self.record.turns

    @property
    def current(self) -> Turn:
        return self.record.turns[-1]

    @property
    def finished(self) -> bool:
        return self.record.status != "in_progress" or self.current.beat == END

    @property
    def pending_attempt(self) -> tuple[int, int] | None:
        """An attempt on disk that was never fully answered (the program stopped mid-turn):
        not judged, or judged but the client's reply not yet recorded."""
        if self.finished or not self.current.attempts:
            return None
        last = self.current.attempts[-1]
        if last.withdrawn or last.replied:
            return None
        return len(self.turns) - 1, len(self.current.attempts) - 1

    @property
    def pause_marked(self) -> bool:
        """The scenario marks the current moment for a self-awareness pause before answering."""
        beat = self.current.beat
        return any(b.id == beat and b.pause for b in self.scenario.beats)

    def moment(self, turn_index: int) -> Moment:
        return moment_at(self.scenario, self.turns, turn_index)

    def transcript(self, upto: int) -> list[Line]:
        """Client lines and the trainee's latest counted answer, for turns before `upto`."""
        return transcript_before(self.turns, upto)

    # --- a response --------------------------------------------------------------------------
    async def submit(
        self,
        response: str,
        self_rating: dict[str, int] | None = None,
        pause: PauseNotes | None = None,
    ) -> AsyncGenerator[Event, None]:
        """Record a response to the current turn, then judge it and hear the client's reply.

        Iterate it inside `contextlib.aclosing(...)`: if the consumer is cancelled (Escape), the
        generator is closed at once, pending work stops and the attempt is marked withdrawn.
        """
        if self.finished:
            raise UsageError("This session has ended.", "start a new session or rewind a turn")
        if self.busy:
            raise UsageError("Still answering the last response.", "wait, or press Escape")
        text = check_response(response)
        check_self_rating(self.rubric, self_rating)
        turn_index = len(self.turns) - 1
        notes = clean_pause(pause)
        self.current.attempts.append(Attempt(response=text, self_rating=self_rating, pause=notes))
        attempt_index = len(self.current.attempts) - 1
        self.busy = True
        answered = False
        try:
            await self._persist()
            yield Saved(self.path, turn_index, attempt_index)
            async for event in self._answer(turn_index, attempt_index):
                yield event
            answered = True
        finally:
            self.busy = False
            if not answered:
                self._withdraw(self.turns[turn_index].attempts[attempt_index])

    async def resume_pending(self) -> AsyncGenerator[Event, None]:
        """Finish an attempt that was saved but never answered (after a crash or a kill)."""
        pending = self.pending_attempt
        if pending is None:
            return
        self.busy = True
        try:
            async for event in self._answer(*pending):
                yield event
        finally:
            self.busy = False  # an interrupted resume stays pending, to be finished next time

    async def _answer(self, turn_index: int, attempt_index: int) -> AsyncIterator[Event]:
        turn = self.turns[turn_index]
        attempt = turn.attempts[attempt_index]
        moment = self.moment(turn_index)
        # Pure CPU work: in a thread, so a long response never stalls the event loop.
        reading = await asyncio.to_thread(self.reader, self.rubric, moment, attempt.response)
        step = plan_step(self.scenario, turn.beat, reading, self.rubric.scale)
        skipped = self._skip_server()
        judge, client = (
            (self._offline_judge, self._offline_client) if skipped else (self.judge, self.client)
        )
        request = JudgeRequest(self.rubric, moment, attempt.response, reading, reader=self.reader)
        reply = ReplyRequest(
            self.scenario,
            turn.beat,
            [
                *self.transcript(turn_index),
                Line(speaker="client", text=turn.client.text),
                Line(speaker="trainee", text=attempt.response),
            ],
            step,
        )
        queue: asyncio.Queue[Event | _JudgeDone | _ClientDone | None] = asyncio.Queue()
        if skipped:
            await queue.put(Notice(f"{skipped[0].upper()}{skipped[1:]}."))
        if attempt.evaluation is None:
            judge_task = asyncio.create_task(self._judge(judge, request, queue, skipped))
        else:  # resuming after a stop: the verdict is already on disk, only the reply is missing
            judge_task = asyncio.create_task(queue.put(_JudgeDone(attempt.evaluation)))
        client_task = asyncio.create_task(self._speak(client, reply, queue, skipped))
        try:
            evaluation, line = None, None
            pending_spoke: ClientLine | None = None
            while evaluation is None or line is None:
                event = await queue.get()
                if isinstance(event, _JudgeDone):
                    if attempt.evaluation is event.evaluation:  # resumed: already on disk
                        evaluation = event.evaluation
                    else:
                        evaluation = stamped(event.evaluation, attempt.response)
                        attempt.evaluation = evaluation
                        await self._persist()
                    yield Evaluated(evaluation, turn_index, attempt_index)
                    if pending_spoke is not None:
                        yield await self._record_reply(attempt, pending_spoke, step)
                elif isinstance(event, _ClientDone):
                    line = event.line
                    if evaluation is None:
                        pending_spoke = line  # scores first, then the client's next line
                    else:
                        yield await self._record_reply(attempt, line, step)
                elif event is not None:
                    yield event
        finally:
            judge_task.cancel()
            client_task.cancel()

    async def _judge(
        self,
        judge: Judge,
        request: JudgeRequest,
        queue: asyncio.Queue[Event | _JudgeDone | _ClientDone | None],
        skipped: str | None = None,
    ) -> None:
        try:
            with progress.listening(_relay(queue, "judge")):
                evaluation = await judge.evaluate(request)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # a judge without the fallback wrapper: never lose the turn
            log.info("judge failed, falling back to offline: %s", failure_reason(exc))
            evaluation = request.offline.model_copy(
                update={"judge": FALLBACK, "fallback_reason": failure_reason(exc)}
            )
        if skipped:  # the server was given a rest; the next response tries it again
            self._failures = 0
            evaluation = evaluation.model_copy(
                update={"judge": FALLBACK, "fallback_reason": skipped}
            )
        elif evaluation.judge == FALLBACK:  # the server failed and the offline judge answered
            self._failures += 1
            await queue.put(
                Notice(
                    "The offline engine scored this response instead of the server: "
                    f"{evaluation.fallback_reason}."
                )
            )
        else:
            self._failures = 0
        await queue.put(_JudgeDone(evaluation))

    async def _speak(
        self,
        client: ClientSimulator,
        request: ReplyRequest,
        queue: asyncio.Queue[Event | _JudgeDone | _ClientDone | None],
        skipped: str | None = None,
    ) -> None:
        step = request.planned
        parts: list[str] = []
        source = "offline-fallback" if skipped else "script" if client.kind == "offline" else "llm"
        reason: str | None = None
        stream = client.reply(request)
        try:
            with progress.listening(_relay(queue, "client")):
                async for piece in stream:
                    said = getattr(stream, "fallback_reason", None)  # FallbackClient's word
                    if said is not None and reason is None:
                        reason = said
                        if getattr(stream, "taken_back", False):
                            await queue.put(ClientRestart())
                        parts.clear()
                    parts.append(piece)
                    if client.kind != "offline" and reason is None:
                        await queue.put(ClientDelta(piece))
            text = "".join(parts).strip() or step.line
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # a client without the fallback wrapper: the script speaks
            reason = failure_reason(exc)
            if parts:
                await queue.put(ClientRestart())
            text = step.line
        finally:
            close = getattr(stream, "aclose", None)
            if close is not None:
                await close()
        if reason is not None:
            log.info("client failed, falling back to the script: %s", reason)
            await queue.put(
                Notice(
                    f"The client spoke the scenario's own line instead of the server's: {reason}."
                )
            )
            text, source = step.line, "offline-fallback"
        await queue.put(
            _ClientDone(
                ClientLine(
                    text=text,
                    cue=step.cue,
                    source=source,
                    reaction=step.reaction_key,
                    reaction_note=step.seen,
                )
            )
        )

    async def _record_reply(self, attempt: Attempt, line: ClientLine, step: Step) -> ClientSpoke:
        turn = Turn(beat=step.next_beat, client=line)
        self.record.turns.append(turn)
        attempt.replied = True
        if step.ends:
            self._close("completed")
        await self._persist()
        return ClientSpoke(turn, len(self.turns) - 1, step.ends)

    def _skip_server(self) -> str | None:
        """After failures in a row, one turn goes to the offline engine without waiting on the
        server (labelled as a fallback); the turn after tries the server again."""
        if self._failures < MAX_CONSECUTIVE_FAILURES or self.judge.kind == "offline":
            return None
        return (
            f"the server failed on the last {self._failures} responses, so the offline engine "
            "answered this one; the next response tries the server again"
        )

    # --- retry, rewind, finish ---------------------------------------------------------------
    def retry(self) -> int:
        """Try the last answered moment again; returns the turn index now current."""
        answered = [i for i, t in enumerate(self.turns) if t.live_attempts]
        if not answered:
            raise UsageError("Nothing to retry yet.", "respond to the client first")
        return self.rewind(answered[-1])

    def rewind(self, turn_index: int) -> int:
        """Go back to `turn_index`: later turns are set aside (kept in the file), not deleted."""
        if self.busy:
            raise UsageError("Still answering the last response.", "wait, or press Escape")
        if not 0 <= turn_index < len(self.turns) or self.turns[turn_index].beat == END:
            raise UsageError(f"There is no turn {turn_index + 1} to go back to.")
        later = self.record.turns[turn_index + 1 :]
        if later:
            self.record.discarded.append(DiscardedTurns(from_turn=turn_index + 1, turns=later))
            del self.record.turns[turn_index + 1 :]
        self.record.status = "in_progress"
        self.record.ended_at = None
        self.store.save(self.record)
        return turn_index

    # --- saving ------------------------------------------------------------------------------
    async def _persist(self) -> None:
        """Snapshot in the loop, write in a thread, one write at a time and in order."""
        data = dump_session(self.record)
        async with self._write_lock:
            await asyncio.to_thread(self.store.write, self.record.id, data)

    def _withdraw(self, attempt: Attempt) -> None:
        """A cancelled attempt stays on disk, marked, so nothing typed is lost."""
        attempt.withdrawn = True
        with contextlib.suppress(Exception):
            self.store.save(self.record)


class _JudgeDone:
    def __init__(self, evaluation: Evaluation) -> None:
        self.evaluation = evaluation


class _ClientDone:
    def __init__(self, line: ClientLine) -> None:
        self.line = line


def _relay(
    queue: asyncio.Queue[Event | _JudgeDone | _ClientDone | None], role: str
) -> progress.Listener:
    """Turn a provider's retry report into an event for the UI, in order with the rest."""
    return lambda w: queue.put_nowait(Retrying(role, w.reason, w.attempt, w.of, w.seconds))
