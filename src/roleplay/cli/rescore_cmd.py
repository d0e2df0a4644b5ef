"""`roleplay rescore PATH…`: re-judge stored attempts with the active judge, with a progress bar.

The bar is rich's (already installed with Textual, and well kept): it draws on stderr, shows
done/total, rate and ETA, and stays quiet when stderr is not a terminal, where a closing summary
line says the same.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from roleplay.cli.output import unwrapped
from roleplay.cli.shared import services_from
from roleplay.domain.session import Session
from roleplay.errors import UsageError
from roleplay.export.rescore import RescoreSummary, rescore
from roleplay.store.collect import collect_sessions
from roleplay.store.files import sweep_temp_files

MAX_PROBLEMS_SHOWN = 20


class RateColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("-- /s" if speed is None else f"{speed:.1f}/s")


def run(args: argparse.Namespace) -> int:
    if args.concurrency < 1:
        raise UsageError("--concurrency must be at least 1")
    services = services_from(args)
    rubric = services.library.rubric(args.rubric).rubric if args.rubric else None
    found, skipped = collect_sessions([Path(p).expanduser() for p in args.paths], Session)
    for item in skipped:
        print(f"roleplay: warning: {item}", file=sys.stderr)
    # rescore writes into these folders: clear what an earlier, killed rescore left there.
    for folder in sorted({f.path.resolve().parent for f in found}):
        sweep_temp_files(folder)
    judge = services.judge
    model = services.engine.judge_model if not services.offline else None
    # The bar draws with escapes on purpose, under the stripped stderr; its text is all numbers.
    console = Console(file=unwrapped(sys.stderr))
    columns = (
        TextColumn("rescoring"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TextColumn("elapsed"),
        TimeElapsedColumn(),
        TextColumn("eta"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=console) as progress:
        task = progress.add_task("rescore", total=None)

        def update(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        async def main() -> RescoreSummary:
            try:
                return await rescore(
                    found,
                    judge,
                    judge_model=model,
                    rubric=rubric,
                    concurrency=args.concurrency,
                    on_progress=update,
                )
            finally:
                # Close the server connections inside the loop that opened them (the LLM
                # engines' Services.aclose; absent where only the offline engine exists).
                close = getattr(services, "aclose", None)
                if close is not None:
                    await close()

        summary = asyncio.run(main())
    for problem in summary.problems[:MAX_PROBLEMS_SHOWN]:
        print(f"roleplay: {problem}", file=sys.stderr)
    if len(summary.problems) > MAX_PROBLEMS_SHOWN:
        print(f"roleplay: … and {len(summary.problems) - MAX_PROBLEMS_SHOWN} more", file=sys.stderr)
    print(
        f"roleplay: rescored {summary.done} of {summary.to_do} attempt(s) in "
        f"{summary.sessions} session(s) with {judge.describe()} in {summary.seconds:.1f}s "
        f"({summary.rate:.1f}/s, concurrency {args.concurrency}); {summary.already} already "
        f"rescored earlier; {summary.failed} failed; {summary.fell_back} scored offline "
        f"because the server failed (run again to retry them); {summary.saved} file(s) saved; "
        f"{summary.in_use} session(s) skipped because they are open in another window",
        file=sys.stderr,
    )
    return 1 if summary.failed or summary.fell_back or summary.in_use else 0
