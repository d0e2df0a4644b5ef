"""The client's end-of-session rating from the LLM client, in character, and its fallback."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from fakellm import FakeLLM, Fault
from llmkit import is_rating, judge_and_client
from practice_helpers import GRIEF, SESSION_RESPONSES
from roleplay.cli import main

KEY = "sk-roleplay-rating-test-5b1e9a7c"


RATING = {
    "heard": 8,
    "goals": 6,
    "approach": 7,
    "overall": 7,
    "comment": "You let me talk about Dad without rushing me.",
    "moments": [
        {"turn": 1, "item": "heard", "delta": 2, "why": "You didn't make it about you."},
        {"turn": 99, "item": "goals", "delta": -1, "why": "a turn that never happened"},
    ],
}


@pytest.fixture
def llm(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeLLM]:
    with FakeLLM() as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        monkeypatch.setenv("OPENAI_API_KEY", KEY)
        monkeypatch.setenv("ROLEPLAY_RETRY_BACKOFF", "0.01")
        monkeypatch.setenv("ROLEPLAY_TIMEOUT", "2")
        yield server


@pytest.fixture
def responses(tmp_path: Path) -> Path:
    path = tmp_path / "r.txt"
    path.write_text("\n---\n".join(SESSION_RESPONSES) + "\n", encoding="utf-8")
    return path


def test_the_llm_client_rates_the_session_in_character(
    llm: FakeLLM, responses: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    llm.route(is_rating, RATING)
    judge_and_client(llm)
    assert main(["practice", GRIEF, "--responses", str(responses), "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["status"] == "completed"
    rating = record["client_rating"]
    assert rating["source"] == "llm"
    assert rating["scores"] == {"heard": 8, "goals": 6, "approach": 7, "overall": 7}
    assert rating["comment"] == RATING["comment"]
    # turn numbers are 1-based for the model, 0-based in the record; a made-up turn is dropped
    assert rating["moved_by"] == [
        {"turn": 0, "item": "heard", "delta": 2, "why": "You didn't make it about you."}
    ]
    (asked,) = [r for r in llm.requests if is_rating(r)]
    user = " ".join(asked.texts("user"))
    assert "<therapist>" in user and SESSION_RESPONSES[0][:30] in user


def test_a_failing_server_leaves_the_offline_rating_labelled(
    llm: FakeLLM, responses: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    llm.route(is_rating, Fault("server_error", status=500))
    judge_and_client(llm)
    assert main(["practice", GRIEF, "--responses", str(responses), "--json"]) == 0
    rating = json.loads(capsys.readouterr().out)["client_rating"]
    assert rating["source"] == "offline-fallback"
    assert set(rating["scores"]) == {"heard", "goals", "approach", "overall"}


def test_the_transcript_shows_the_rating(tmp_path: Path, responses: Path, capsys) -> None:
    assert main(["practice", GRIEF, "--responses", str(responses), "--offline"]) == 0
    out = capsys.readouterr().out
    assert "rating of the session, 0-10 (offline engine)" in out
    assert "I felt heard, understood and respected:" in out
