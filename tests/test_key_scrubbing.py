"""The key, all of it: nothing of it (no run of 6 or more of its characters) in stdout, stderr,
logs at DEBUG or any file in the data dir, whatever a server echoes back and wherever."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

from fakellm import KEY_ECHO, FakeLLM, Fault, RecordedRequest
from llmkit import verdict
from practice_helpers import SESSION_RESPONSES
from roleplay.cli import main
from roleplay.errors import ProviderError
from roleplay.llm.provider import Provider
from roleplay.llm.secrets import MIN_FRAGMENT, KeyScrubber
from roleplay.settings import Settings

KEY = "sk-proj-Zq8xVw3LpT6nRb2YkH5mJc9D"
SCENARIO = "grief-have-you-lost-a-parent"


def leaks(text: str, key: str = KEY) -> list[str]:
    """Every run of MIN_FRAGMENT characters of the key found in `text`."""
    return [
        key[i : i + MIN_FRAGMENT]
        for i in range(len(key) - MIN_FRAGMENT + 1)
        if key[i : i + MIN_FRAGMENT] in text
    ]


@pytest.fixture
def llm() -> Iterator[FakeLLM]:
    with FakeLLM() as server:
        yield server


# -- the scrubber ------------------------------------------------------------------------------


def test_the_whole_key_and_any_long_enough_part_of_it_is_masked() -> None:
    scrub = KeyScrubber([KEY])
    assert scrub(f"Authorization: Bearer {KEY}") == "Authorization: Bearer ***"
    assert scrub(f"key ends {KEY[-9:]}.") == "key ends ***."
    assert scrub(f"starts {KEY[:6]} and {KEY[10:17]}") == "starts *** and ***"
    assert (
        scrub(f"{KEY[:5]} is too short to say anything")
        == f"{KEY[:5]} is too short to say anything"
    )
    assert scrub("I hear you. What was that like?") == "I hear you. What was that like?"
    assert not KeyScrubber(["no-key"])  # a placeholder is not a secret, and scrubs nothing
    assert scrub.deep({"a": [KEY, 3, {"b": KEY[2:12]}]}) == {"a": ["***", 3, {"b": "***"}]}


async def test_a_key_split_across_streamed_pieces_is_masked_at_every_split() -> None:
    scrub = KeyScrubber([KEY])
    text = f"Here it is: {KEY} and again {KEY[4:20]}, done."

    async def pieces(cuts: list[int]) -> AsyncIterator[str]:
        at = 0
        for cut in [*cuts, len(text)]:
            yield text[at:cut]
            at = cut

    for first in range(1, len(text), 3):
        for second in (first + 1, first + 7, first + 19):
            cuts = [c for c in (first, second) if c < len(text)]
            out = [piece async for piece in scrub.stream(pieces(cuts))]
            assert not any(leaks(piece) for piece in out), cuts
            assert "".join(out) == scrub(text)


# -- error text: scrubbed before it is clipped ---------------------------------------------------


async def test_an_error_quoting_the_header_past_the_clip_leaks_nothing(llm: FakeLLM) -> None:
    llm.echo_key = True
    # The key starts near the 160th character, where the message used to be clipped first.
    llm.faults.append(
        Fault("server_error", status=400, message=f"{'x' * 140} Authorization: {KEY_ECHO}")
    )
    provider = Provider.from_settings(
        Settings(base_url=llm.base_url, api_key=KEY, max_attempts=1, timeout=2)
    )
    try:
        with pytest.raises(ProviderError) as caught:
            async for _ in provider.stream_text([{"role": "user", "content": "hi"}], "m"):
                pass
    finally:
        await provider.aclose()
    assert "refused the request (400 Bad Request)" in caught.value.message
    assert leaks(caught.value.message) == []
    assert leaks(str(caught.value)) == []


# -- a whole session against a server that echoes the key everywhere --------------------------


def echoing_verdict(request: RecordedRequest) -> dict[str, Any]:
    answer = verdict(request, scores={"self_disclosure": 4, "immediacy": 3})
    for cid, result in answer["criteria"].items():
        result["rationale"] = f"Your key is {KEY_ECHO}; {cid} rationale."
        result["suggestion"] = f"Try saying {KEY_ECHO[1:]} less."  # a partial echo
        result["evidence"] = [*result["evidence"], KEY_ECHO]
    return answer


def test_nothing_of_the_key_reaches_the_screen_the_logs_or_the_data_dir(
    llm: FakeLLM,
    tmp_path: Path,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", llm.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("ROLEPLAY_RETRY_BACKOFF", "0.01")
    monkeypatch.setenv("ROLEPLAY_TIMEOUT", "2")
    llm.echo_key = True  # every response also carries the header back in x-request-id
    llm.route(lambda r: r.wants_json, echoing_verdict)
    llm.route(lambda r: r.stream, f"You asked me for {KEY_ECHO}, and I... I don't know.")
    llm.faults.extend(
        [
            Fault("server_error", status=500, message=f"upstream said {KEY_ECHO}"),
            Fault("rate_limit", retry_after=0.01, message=f"slow down, {KEY_ECHO}"),
        ]
    )
    answers = tmp_path / "answers.txt"
    answers.write_text("\n---\n".join(SESSION_RESPONSES) + "\n", encoding="utf-8")
    caplog.set_level(logging.DEBUG)
    code = main(["practice", SCENARIO, "--responses", str(answers), "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert llm.requests[0].authorization == f"Bearer {KEY}"  # the server did get it
    record = json.loads(out)
    attempts = [a for turn in record["turns"] for a in turn["attempts"]]
    assert {a["evaluation"]["judge"] for a in attempts} == {"llm"}
    first = attempts[0]["evaluation"]["criteria"]["self_disclosure"]
    assert first["rationale"] == "Your key is Bearer ***; self_disclosure rationale."
    assert "***" not in "".join(first["evidence"])  # a quote that is not the response's: dropped
    client_line = record["turns"][1]["client"]
    assert client_line["source"] == "llm"  # the line is kept, without the key
    assert client_line["text"].startswith("You asked me for Bearer")
    assert leaks(client_line["text"]) == []
    # The DEBUG log did see the echoed header (httpcore prints response headers): masked.
    assert "req_fake" in caplog.text
    assert leaks(out) == []
    assert leaks(err) == []
    assert leaks(caplog.text) == []
    assert all(leaks(r.getMessage()) == [] for r in caplog.records)
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert files
    for path in files:
        assert leaks(path.read_bytes().decode("utf-8", "replace")) == [], path


async def test_a_key_hidden_behind_json_escapes_is_masked_too(llm: FakeLLM) -> None:
    from pydantic import BaseModel

    class Said(BaseModel):
        reason: str

    escaped = "".join(f"\\u{ord(c):04x}" for c in KEY)  # the same key once parsed
    llm.reply_with(f'{{"reason": "the key is {escaped}"}}')
    provider = Provider.from_settings(Settings(base_url=llm.base_url, api_key=KEY, timeout=2))
    try:
        said = await provider.complete_json(
            [{"role": "user", "content": "hi"}], "m", schema=Said, name="said"
        )
    finally:
        await provider.aclose()
    assert said.reason == "the key is ***"
