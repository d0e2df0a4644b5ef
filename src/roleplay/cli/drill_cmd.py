"""`roleplay drill [SKILL]`: deliberate-practice drills, headless from a file or in the TUI."""

from __future__ import annotations

import argparse
import asyncio
import sys
import textwrap

from roleplay.cli import render
from roleplay.cli.practice_cmd import split_responses
from roleplay.cli.shared import read_input, services_from
from roleplay.domain.drill import RATING_LABELS, Rating
from roleplay.errors import UsageError
from roleplay.factory import Services, start_drill
from roleplay.practice.drill import DrillSession, drill_feedback


def run(args: argparse.Namespace) -> int:
    services = services_from(args)
    services.library.drill_for(args.skill)  # an unknown skill is a usage error before anything
    if not args.responses:
        from roleplay.tui.app import run_app

        return run_app(
            services,
            trainee=args.trainee,
            cohort=args.cohort,
            drill=(args.skill, args.level),
        )
    responses = split_responses(read_input(args.responses))
    if not responses:
        raise UsageError(
            f"{args.responses}: no responses found",
            "write one response per block, blocks separated by a line '---'",
        )
    drill = start_drill(services, args.skill, args.level, args.trainee, args.cohort)
    out = sys.stderr if args.json else sys.stdout
    asyncio.run(_play_then_close(services, drill, responses, args.rating, quiet=args.json, out=out))
    if args.json:
        sys.stdout.write(drill.record.model_dump_json(indent=2) + "\n")
    print(f"drill saved: {drill.path}", file=sys.stderr)
    return 0


async def _play_then_close(services: Services, drill: DrillSession, *args, **kw) -> None:
    try:
        await _play(drill, *args, **kw)
    finally:
        drill.finish()
        await services.aclose()


async def _play(
    drill: DrillSession, responses: list[str], rating: Rating, *, quiet: bool, out
) -> None:
    say = (lambda *_: None) if quiet else (lambda text: print(text, file=out))
    say(f"== {drill.deck.title}: {drill.level} set ==")
    for used, response in enumerate(responses, start=1):
        statement = drill.statement
        say(f"[{statement.level}] Client: {statement.client}")
        if statement.cue:
            say(f"  ({statement.cue})")
        say(render.trainee_line(response))
        evaluation = await drill.answer(response)
        say(render.feedback(drill_feedback(drill, evaluation)))
        say(
            textwrap.fill(
                f"Exemplar: {statement.exemplar}",
                render.WIDTH,
                initial_indent="  ",
                subsequent_indent="    ",
            )
        )
        if used == len(responses):
            break
        if not drill.advance():
            level = drill.rate(rating)
            say(f"== set rated {RATING_LABELS[rating]} (next set: {level}) ==")
