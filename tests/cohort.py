"""A small cohort of real session files, made by the offline engine as trainees would make them."""

from __future__ import annotations

import asyncio
import contextlib
import json
from pathlib import Path
from typing import Any

from roleplay.factory import build_services
from roleplay.settings import Settings

TRAINEES = ("alice.liddell", "bob.marley", "carol.king")
SCENARIO_IDS = ("grief-have-you-lost-a-parent", "am-i-boring-you")
COHORT = "spring-2026"
RESPONSES = (
    "I did lose my mother some years ago, so I have some sense of how heavy this is. "
    "What has it been like for you?",
    "I notice you went quiet just now. I wonder what's happening for you, here with me?",
    '=HYPERLINK("http://evil.invalid") That sounds really hard. Tell me more about that.',
    "When my dad died I fell apart for a year and I still can't talk about it.",
    "What would you like to take from today?",
    "I hear you.",
    "Mm.",
    "Go on.",
)


async def _play(data_dir: Path, trainee: str, scenario: str, responses: tuple[str, ...]) -> Path:
    services = build_services(Settings(data_dir=data_dir, offline=True))
    session = services.start(scenario, trainee=trainee, cohort=COHORT)
    for i, response in enumerate(responses):
        if session.finished:
            break
        async with contextlib.aclosing(session.submit(response)) as events:
            async for _ in events:
                pass
        if i == 0:  # one retry per session, so turns have more than one attempt
            session.retry()
            async with contextlib.aclosing(session.submit(response + " Take your time.")) as ev:
                async for _ in ev:
                    pass
    return session.path


def make_cohort(data_dir: Path) -> list[Path]:
    """3 trainees x 2 scenarios = 6 session files in `data_dir`/sessions."""
    paths = []
    for n, trainee in enumerate(TRAINEES):
        for scenario in SCENARIO_IDS:
            # Each trainee answers a little differently, so their scores differ.
            responses = RESPONSES[n:] + RESPONSES[:n]
            paths.append(asyncio.run(_play(data_dir, trainee, scenario, responses)))
    return paths


def load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text("utf-8"))


def save(path: Path, record: dict[str, Any]) -> None:
    path.write_text(json.dumps(record, indent=1), encoding="utf-8")


def free_text(record: dict[str, Any]) -> set[str]:
    """Every piece of free text in a record that an export could carry."""
    found: set[str] = set()
    for turn in record["turns"]:
        found.add(turn["client"]["text"])
        if turn["client"].get("cue"):
            found.add(turn["client"]["cue"])
        for attempt in turn["attempts"]:
            found.add(attempt["response"])
            evaluation = attempt.get("evaluation") or {}
            for result in evaluation.get("criteria", {}).values():
                found.update(q for q in result["evidence"])
                found.update(t for t in (result["rationale"], result.get("suggestion")) if t)
            if evaluation.get("restraint"):
                found.add(evaluation["restraint"]["note"])
    return {t for t in found if len(t) > 12}
