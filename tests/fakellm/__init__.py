"""A fake OpenAI-compatible LLM server for tests: real HTTP on 127.0.0.1, faults on demand.

As a pytest fixture::

    @pytest.fixture
    def llm() -> Iterator[FakeLLM]:
        with FakeLLM() as server:
            yield server

    async def test_judge(llm: FakeLLM) -> None:
        llm.route(lambda r: r.wants_json, {"score": 3})
        llm.faults.append(Fault("rate_limit", retry_after=0.05))
        client = openai.AsyncOpenAI(base_url=llm.base_url, api_key="k")
        ...
        assert llm.last_request.headers["Authorization"] == "Bearer k"
"""

from .models import Answer, Fault, FaultKind, Handler, Headers, RecordedRequest, Reply, Stats
from .server import DEFAULT_MODEL, DEFAULT_TEXT, KEY_ECHO, FakeLLM

__all__ = [
    "DEFAULT_MODEL",
    "DEFAULT_TEXT",
    "KEY_ECHO",
    "Answer",
    "FakeLLM",
    "Fault",
    "FaultKind",
    "Handler",
    "Headers",
    "RecordedRequest",
    "Reply",
    "Stats",
]
