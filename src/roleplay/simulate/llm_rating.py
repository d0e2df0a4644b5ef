"""The LLM client rates the session in character, on the Session Rating Scale's four lines.

It sees who it is (the scenario's part), the whole session with the trainee's words inside tags
(what was said in the room, never instructions), and answers as structured output: four 0-10
scores, a sentence in its own voice, and the moments that moved it. Moments naming a turn that
does not exist are dropped; scores outside 0-10 are refused by the schema.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from roleplay.domain.client_rating import ITEM_LABELS, ClientRating, RatingMove
from roleplay.llm.provider import Provider
from roleplay.llm.structured import ChatMessage
from roleplay.simulate.llm_prompt import THERAPIST_TAG, _neutralise, first_name, system_prompt
from roleplay.simulate.rating import RatingRequest

PROMPT_VERSION = "llm-client-rating-1"


class _Moment(BaseModel):
    model_config = ConfigDict(extra="forbid")

    turn: int = Field(ge=1, le=1000, description="the turn number, as numbered in the session")
    item: Literal["heard", "goals", "approach", "overall"]
    delta: int = Field(ge=-3, le=3, description="how far this moment moved that line")
    why: str = Field(max_length=200, description="in your own words, as the client")


class _Answer(BaseModel):
    model_config = ConfigDict(extra="forbid")

    heard: int = Field(ge=0, le=10)
    goals: int = Field(ge=0, le=10)
    approach: int = Field(ge=0, le=10)
    overall: int = Field(ge=0, le=10)
    comment: str = Field(max_length=300)
    moments: list[_Moment] = Field(max_length=8)


def rating_messages(request: RatingRequest) -> list[ChatMessage]:
    scenario, session = request.scenario, request.session
    first = first_name(scenario)
    lines = []
    for number, turn in enumerate(session.turns, start=1):
        lines.append(f"Turn {number}. {first}: {turn.client.text}")
        live = turn.live_attempts
        if live:
            said = _neutralise(live[-1].response)
            lines.append(f"Turn {number}. Therapist: <{THERAPIST_TAG}>{said}</{THERAPIST_TAG}>")
    scale = "\n".join(f"- {item}: {label} (0-10)" for item, label in ITEM_LABELS.items())
    ask = (
        "The session is over. As " + first + ", fill in the short feedback form the therapist "
        "gives at the end of each session, honestly, from how the session felt to you:\n"
        + scale
        + "\nThen one or two sentences in your own voice about the session, and the moments "
        "(by turn number) that moved your scores, up or down. Rate what the therapist actually "
        "did; a kind therapist who made the session about themselves, or pushed you, would not "
        "get top marks from you."
    )
    return [
        {"role": "system", "content": system_prompt(scenario)},
        {"role": "user", "content": "The session:\n" + "\n".join(lines) + "\n\n" + ask},
    ]


async def llm_client_rating(provider: Provider, model: str, request: RatingRequest) -> ClientRating:
    answer = await provider.complete_json(
        rating_messages(request), model, schema=_Answer, name="client_rating", temperature=0.3
    )
    turns = len(request.session.turns)
    moves = [
        RatingMove(turn=m.turn - 1, item=m.item, delta=m.delta, why=m.why)
        for m in answer.moments
        if 1 <= m.turn <= turns
    ]
    return ClientRating(
        source="llm",
        scores={
            "heard": answer.heard,
            "goals": answer.goals,
            "approach": answer.approach,
            "overall": answer.overall,
        },
        moved_by=moves,
        comment=answer.comment or None,
    )
