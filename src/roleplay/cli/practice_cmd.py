"""`roleplay practice SCENARIO --responses FILE`: a headless session, a dry run of a scenario."""

from __future__ import annotations

import argparse
import asyncio
import re
import sys

from roleplay.cli import render
from roleplay.cli.shared import MAX_RESPONSES_BYTES, read_input, services_from
from roleplay.content.library import SHIPPED, describe_source
from roleplay.domain.session import PauseNotes
from roleplay.errors import ContentError, Problem, UsageError
from roleplay.factory import Services
from roleplay.practice.events import ClientSpoke, Evaluated, Notice, Retrying
from roleplay.practice.feedback_view import beat_of, view_at
from roleplay.practice.session import PracticeSession
from roleplay.practice.text import MAX_RESPONSE_CHARS, clean_response

_SEPARATOR = re.compile(r"^---[ \t]*$", re.MULTILINE)


def split_responses(text: str) -> list[str]:
    return [part for _, part in numbered_responses(text)]


def numbered_responses(text: str) -> list[tuple[int, str]]:
    """(line the block starts on, response) for each non-empty block between '---' lines."""
    found: list[tuple[int, str]] = []
    start, line = 0, 1
    for separator in [*_SEPARATOR.finditer(text), None]:
        end = separator.start() if separator else len(text)
        block = text[start:end]
        part = block.strip()
        if part:
            leading = block[: len(block) - len(block.lstrip())]
            found.append((line + leading.count("\n"), part))
        if separator is not None:
            line += text.count("\n", start, separator.end()) + 1
            start = separator.end() + 1  # past the separator's own newline
    return found


def check_lengths(numbered: list[tuple[int, str]], name: str) -> list[str]:
    """Every response within the engine's limit, checked before anything is echoed or wrapped."""
    problems = [
        Problem(
            name,
            line,
            f"response longer than {MAX_RESPONSE_CHARS:,} characters ({len(cleaned):,})",
        )
        for line, part in numbered
        if len(cleaned := clean_response(split_pause(part)[1])) > MAX_RESPONSE_CHARS
    ]
    if problems:
        raise ContentError(problems, "a turn in a session is a few sentences: shorten it")
    return [part for _, part in numbered]


# A block may open with the self-awareness pause's answers, one per line:
#   pause> feeling: tight in the chest
#   pause> want: to reassure her
#   pause> whose need: mine, I think
_PAUSE_LINE = re.compile(r"^pause>\s*(feeling|want|whose[ _]need)\s*:\s*(.*)$", re.IGNORECASE)


def split_pause(block: str) -> tuple[PauseNotes | None, str]:
    """The pause notes at the top of a response block (if any), and the response itself."""
    lines = block.splitlines()
    notes: dict[str, str] = {}
    while lines and (match := _PAUSE_LINE.match(lines[0].strip())):
        notes[match.group(1).lower().replace(" ", "_")] = match.group(2).strip()
        lines.pop(0)
    return (PauseNotes(**notes) if notes else None), "\n".join(lines).strip()


def run(args: argparse.Namespace) -> int:
    text = read_input(args.responses, MAX_RESPONSES_BYTES, "a responses file")
    responses = check_lengths(numbered_responses(text), args.responses)
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
    if args.reflection:
        session.reflect(args.reflection)
    if args.json:
        sys.stdout.write(session.record.model_dump_json(indent=2) + "\n")
    print(f"session saved: {session.path}", file=sys.stderr)
    return 0


async def _play_then_close(services: Services, session: PracticeSession, *args, **kw) -> None:
    try:
        await _play(session, *args, **kw)
        if session.record.status == "completed":
            rating = await session.ask_client_rating()
            if rating is not None and not kw.get("quiet"):
                print(render.client_rating(session.scenario.client.name, rating), file=kw["out"])
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
        pause, response = split_pause(response)
        say(render.trainee_line(response))
        async for event in session.submit(response, pause=pause):
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
