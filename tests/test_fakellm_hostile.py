"""The fake server's misbehaving modes do what the hostile-server tests rely on."""

from __future__ import annotations

import http.client
import json
from collections.abc import Iterator

import pytest

from fakellm import KEY_ECHO, FakeLLM, Fault

BODY = {"model": "m", "messages": [{"role": "user", "content": "hi"}]}


@pytest.fixture
def llm() -> Iterator[FakeLLM]:
    with FakeLLM() as server:
        yield server


def post(
    llm: FakeLLM, body: dict, auth: str = "Bearer sk-echo-me-1234"
) -> http.client.HTTPResponse:
    conn = http.client.HTTPConnection("127.0.0.1", llm.port, timeout=10)
    conn.request(
        "POST",
        "/v1/chat/completions",
        json.dumps(body),
        {"Content-Type": "application/json", "Authorization": auth},
    )
    return conn.getresponse()


def test_trickle_sends_the_whole_reply_a_byte_at_a_time(llm: FakeLLM) -> None:
    llm.faults.append(Fault("trickle", interval=0.0, reply="slowly"))
    response = post(llm, BODY)
    assert response.status == 200
    body = json.loads(response.read())
    assert body["choices"][0]["message"]["content"] == "slowly"
    assert llm.stats.hostile_bytes == int(response.getheader("Content-Length"))


def test_huge_body_announces_its_size(llm: FakeLLM) -> None:
    llm.faults.append(Fault("huge_body", size=3 * 65536 + 5))
    response = post(llm, BODY)
    assert int(response.getheader("Content-Length")) == 3 * 65536 + 5
    assert len(response.read()) == 3 * 65536 + 5


def test_endless_streams_words_until_the_client_hangs_up(llm: FakeLLM) -> None:
    llm.faults.append(Fault("endless", interval=0.0))
    response = post(llm, {**BODY, "stream": True, "max_tokens": 5})
    seen = b""
    for _ in range(10_000):  # bounded: a broken fake fails here instead of hanging
        seen += response.read1(4096)
        if seen.count(b"data: ") > 200:  # far past max_tokens, and still going
            break
    response.close()
    assert seen.count(b"data: ") > 200
    assert seen.count(b'"and "') > 150


def test_key_echo_repeats_the_authorization_header(llm: FakeLLM) -> None:
    llm.echo_key = True
    llm.reply_with(f"you sent {KEY_ECHO}")
    response = post(llm, BODY)
    assert response.getheader("x-request-id").endswith(" Bearer sk-echo-me-1234")
    assert json.loads(response.read())["choices"][0]["message"]["content"] == (
        "you sent Bearer sk-echo-me-1234"
    )
    llm.faults.append(Fault("server_error", status=400, message=f"bad {KEY_ECHO}"))
    error = post(llm, BODY)
    assert json.loads(error.read())["error"]["message"] == "bad Bearer sk-echo-me-1234"
    llm.reset()
    assert llm.echo_key is False


def test_refuse_json_schema_with_a_bare_status(llm: FakeLLM) -> None:
    llm.refuse_json_schema = 500
    schema = {"type": "json_schema", "json_schema": {"name": "v", "schema": {}}}
    assert post(llm, {**BODY, "response_format": schema}).status == 500
    assert post(llm, {**BODY, "response_format": {"type": "json_object"}}).status == 200
