"""The LLM client: says the moment the session is moving to, in the client's own words.

Routing between beats stays with the engine (the offline reading picks the branch, instantly);
this client improvises the wording of the planned line, reacting to what the trainee actually
said, and streams it. The model's extras (labels, quotes, stage directions, a therapist line) are
cleaned off as the words arrive.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

from roleplay.domain.client_rating import ClientRating
from roleplay.errors import ProviderError
from roleplay.llm.provider import Provider
from roleplay.simulate.base import ReplyRequest
from roleplay.simulate.cleaning import ReplyCleaner
from roleplay.simulate.llm_prompt import client_messages, first_name
from roleplay.simulate.llm_rating import llm_client_rating
from roleplay.simulate.rating import RatingRequest

TEMPERATURE = 0.8
MAX_TOKENS = 220  # a few spoken sentences; a runaway monologue is cut


class LLMClient:
    kind = "llm"

    def __init__(self, provider: Provider, model: str) -> None:
        self.provider = provider
        self.model = model

    def describe(self) -> str:
        return f"LLM client ({self.model} at {self.provider.server})"

    async def aclose(self) -> None:
        await self.provider.aclose()

    async def rate(self, request: RatingRequest) -> ClientRating:
        """The session rated in character (simulate/llm_rating.py)."""
        return await llm_client_rating(self.provider, self.model, request)

    async def reply(self, request: ReplyRequest) -> AsyncIterator[str]:
        scenario = request.scenario
        cleaner = ReplyCleaner([scenario.client.name, first_name(scenario)])
        stream = self.provider.stream_text(
            client_messages(scenario, request.transcript, request.planned),
            self.model,
            temperature=TEMPERATURE,
            max_tokens=MAX_TOKENS,
        )
        try:
            async for piece in stream:
                text = cleaner.feed(piece)
                if text:
                    yield text
                if cleaner.done:
                    break
        finally:
            await stream.aclose()  # type: ignore[attr-defined]
        rest = cleaner.finish()
        if rest:
            yield rest
        if not cleaner.text:
            raise ProviderError(
                f"the server at {self.provider.server} sent an empty reply for the client",
                "the scenario's own line is used instead",
            )
