"""Scoring stays linear in the response, lengths are capped at every entry point, and the offline
judge scores off the event loop (issue 11, item 6)."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from pathlib import Path

import pytest

from roleplay.cli import main
from roleplay.content.library import load_library
from roleplay.domain.moment import MAX_RESPONSE_CHARS, Moment
from roleplay.errors import ResponseTooLong
from roleplay.judge.base import JudgeRequest
from roleplay.judge.offline import OfflineJudge, offline_request
from roleplay.offline import scorer
from roleplay.offline.text import MAX_SENTENCE_CHARS, split_sentences

RUBRIC = load_library().rubric("relationship-boundaries").rubric
ASKS = Moment(client_line="Do you have kids yourself?", invites="self_disclosure")


def test_a_run_on_sentence_is_read_in_bounded_pieces_that_cover_it() -> None:
    text = "i i i i " * 3000 + "my dad and me"
    pieces = split_sentences(text)
    assert len(pieces) > 10
    assert all(len(p.text) <= MAX_SENTENCE_CHARS for p in pieces)
    assert all(text[p.start : p.end] == p.text for p in pieces)
    assert "".join(p.text for p in pieces).replace(" ", "") == text.replace(" ", "")


def test_a_word_longer_than_a_piece_is_still_cut() -> None:
    text = "x" * (3 * MAX_SENTENCE_CHARS)
    pieces = split_sentences(text)
    assert [len(p.text) for p in pieces] == [MAX_SENTENCE_CHARS] * 3


def test_many_first_person_words_score_in_linear_time(monkeypatch: pytest.MonkeyPatch) -> None:
    # 16,000 characters of "i i i" took 40 s when every "I" re-scanned the rest of the clause.
    # The bound is generous on purpose: it catches the quadratic blow-up, not a slow machine.
    monkeypatch.setattr(scorer, "MAX_RESPONSE_CHARS", 100_000)
    start = time.perf_counter()
    scorer.score_response(RUBRIC, ASKS, "i i i i " * 2000)
    assert time.perf_counter() - start < 20


def test_the_scorer_refuses_a_response_past_the_cap_with_a_sentence() -> None:
    with pytest.raises(ResponseTooLong) as raised:
        scorer.score_response(RUBRIC, ASKS, "a" * (MAX_RESPONSE_CHARS + 1))
    assert f"{MAX_RESPONSE_CHARS:,}" in raised.value.message
    assert raised.value.exit_code == 2


def test_score_names_the_line_of_a_response_past_the_cap(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        {"id": 1, "client_line": "Hi", "response": "Hello, what brings you here?"},
        {"id": 2, "client_line": "Hi", "response": "word " * 1000},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), "utf-8")
    code = main(["score", str(path), "--offline"])
    err = capsys.readouterr().err
    assert code == 2
    assert f"{path}:2:" in err
    assert str(MAX_RESPONSE_CHARS) in err.replace(",", "")


async def test_the_offline_judge_scores_in_a_worker_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    real = scorer.score_response

    def recording(rubric, moment, response):
        seen.append(threading.current_thread().name)
        return real(rubric, moment, response)

    monkeypatch.setattr("roleplay.judge.offline.score_response", recording)
    evaluation = await OfflineJudge().evaluate(JudgeRequest(RUBRIC, ASKS, "I do, two of them."))
    assert evaluation.criteria["self_disclosure"].applicable
    assert seen and seen[0] != threading.main_thread().name


async def test_the_event_loop_keeps_running_while_the_offline_judge_scores(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    release = threading.Event()
    real = scorer.score_response

    def blocking(rubric, moment, response):
        release.wait(timeout=30)  # holds the scorer until the loop has shown it is free
        return real(rubric, moment, response)

    monkeypatch.setattr("roleplay.judge.offline.score_response", blocking)
    task = asyncio.create_task(OfflineJudge().evaluate(JudgeRequest(RUBRIC, ASKS, "I do.")))
    await asyncio.sleep(0)  # the loop turns while the scorer is blocked
    assert not task.done()
    release.set()
    assert (await task).criteria["self_disclosure"].applicable


def test_a_request_without_a_reader_says_so_instead_of_importing_one() -> None:
    with pytest.raises(LookupError):
        _ = JudgeRequest(RUBRIC, ASKS, "I do.").offline
    assert offline_request(RUBRIC, ASKS, "I do.").offline.criteria["self_disclosure"].applicable


async def test_a_practice_turn_reads_the_response_off_the_event_loop(
    services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The session's routing read runs in a worker thread: the loop keeps turning meanwhile."""
    loop = asyncio.get_running_loop()
    reading_started = asyncio.Event()
    release = threading.Event()
    threads: list[threading.Thread] = []
    real = scorer.score_response

    def slow(rubric, moment, response):
        threads.append(threading.current_thread())
        loop.call_soon_threadsafe(reading_started.set)
        # On the loop's own thread this would block the loop: fail fast instead of hanging.
        if threading.current_thread() is not threading.main_thread():
            release.wait(timeout=30)
        return real(rubric, moment, response)

    session = services.start("grief-have-you-lost-a-parent")
    session.reader = slow  # the session's routing reader (a course's weights would go here too)

    async def run_turn() -> list:
        return [event async for event in session.submit("I have, years ago. And you?")]

    turn = asyncio.create_task(run_turn())
    await asyncio.wait_for(reading_started.wait(), timeout=30)  # the reader is in the scorer
    ticks = 0
    for _ in range(5):  # ... and keeps running while it is there
        await asyncio.sleep(0)
        ticks += 1
    assert ticks == 5 and not turn.done()
    release.set()
    events = await turn
    assert events
    assert threads and all(t is not threading.main_thread() for t in threads)
