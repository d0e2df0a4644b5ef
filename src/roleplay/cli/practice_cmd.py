"""`roleplay practice SCENARIO --responses FILE`: a headless session, a dry run of a scenario."""

from __future__ import annotations

import argparse
import asyncio
import re
import sys

from roleplay.cli import render
from roleplay.cli.shared import read_input, services_from
from roleplay.content.library import SHIPPED, describe_source
from roleplay.errors import UsageError
from roleplay.factory import Services
from roleplay.practice.events import ClientSpoke, Evaluated, Notice, Retrying
from roleplay.practice.feedback_view import beat_of, view_at
from roleplay.practice.session import PracticeSession

_SEPARATOR = re.compile(r"^---[ \t]*$", re.MULTILINE)


def split_responses(text: str) -> list[str]:
    parts = [part.strip() for part in _SEPARATOR.split(text)]
    return [part for part in parts if part]


def run(args: argparse.Namespace) -> int:
    responses = split_responses(read_input(args.responses))
    if not responses:
        raise UsageError(
            f"{args.responses}: no responses found",
            "write one response per block, blocks separated by a line '---'",
        )
    services = services_from(args)
    entry = services.library.scenario(args.scenario)
    if entry.origin != SHIPPED:
        print(f"roleplay: scenario '{args.scenario}': {describe_source(entry)}", file=sys.stderr)
    session = services.start(args.scenario, trainee=args.trainee, cohort=args.cohort)
    out = sys.stderr if args.json else sys.stdout
    asyncio.run(_play_then_close(services, session, responses, quiet=args.json, out=out))
    if args.json:
        sys.stdout.write(session.record.model_dump_json(indent=2) + "\n")
    print(f"session saved: {session.path}", file=sys.stderr)
    return 0


async def _play_then_close(services: Services, session: PracticeSession, *args, **kw) -> None:
    try:
        await _play(session, *args, **kw)
    finally:
        await services.aclose()


async def _play(session: PracticeSession, responses: list[str], *, quiet: bool, out) -> None:
    name = session.scenario.client.name
    say = (lambda *_: None) if quiet else (lambda text: print(text, file=out))
    say(f"== {session.scenario.title} ({session.scenario.difficulty}) ==")
    say(render.client_line(name, session.current.client))
    for used, response in enumerate(responses, start=1):
        if session.finished:
            left = len(responses) - used + 1
            print(f"roleplay: the scenario ended; {left} response(s) not used", file=sys.stderr)
            break
        say(render.trainee_line(response))
        async for event in session.submit(response):
            if isinstance(event, Evaluated):
                turn = session.record.turns[event.turn_index]
                beat = beat_of(session.scenario, turn.beat)
                rating = turn.attempts[event.attempt_index].self_rating
                say(render.feedback(view_at(event.evaluation, session.rubric, beat, rating)))
            elif isinstance(event, ClientSpoke):
                say(render.client_line(name, event.turn.client))
                if event.ended:
                    say("== end of session ==")
            elif isinstance(event, Notice | Retrying):
                print(f"roleplay: {event.message}", file=sys.stderr)
