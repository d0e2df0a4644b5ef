"""Typed errors that reach the user as a sentence and a next step, never a traceback."""

from __future__ import annotations

from dataclasses import dataclass


class RoleplayError(Exception):
    """Base error: `message` says what went wrong, `hint` what to do next."""

    exit_code = 1
    title = "Something went wrong"

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message} ({self.hint})"


@dataclass(frozen=True, order=True)
class Problem:
    """One problem in a content file: `path:line: message`. `line` is 1-based, None if unknown."""

    path: str
    line: int | None
    message: str
    severity: str = "error"  # "error" fails validation; "warning" is advice

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        prefix = "warning: " if self.severity == "warning" else ""
        return f"{where}: {prefix}{self.message}"


class ContentError(RoleplayError):
    """A scenario or rubric file is malformed. Carries every problem found, each with its line."""

    exit_code = 2
    title = "Content error"

    def __init__(self, problems: list[Problem], hint: str | None = None) -> None:
        self.problems = sorted(problems, key=lambda p: (p.path, p.line or 0, p.message))
        first = str(self.problems[0]) if self.problems else "invalid content"
        more = len(self.problems) - 1
        message = first if more <= 0 else f"{first} (and {more} more)"
        super().__init__(
            message, hint or "run `roleplay validate` on the file to see every problem"
        )


class UsageError(RoleplayError):
    """Bad input on the command line or in an input file (exit 2)."""

    exit_code = 2
    title = "Bad input"


class ResponseTooLong(UsageError):
    """A response past the length every entry point accepts (a turn is a few sentences)."""

    def __init__(self, length: int, limit: int) -> None:
        super().__init__(
            f"The response is {length:,} characters; the limit is {limit:,}.",
            "a turn in a session is a few sentences: shorten it",
        )
        self.length = length
        self.limit = limit


class SettingsError(UsageError):
    """A setting (environment variable or config file) has a value this program cannot use."""

    title = "Bad setting"


class ProviderError(RoleplayError):
    """The LLM server could not be used (after retries). Never carries the API key."""

    title = "Server unavailable"


class StoreError(RoleplayError):
    """A session file could not be read or written."""

    title = "Session store error"


class UnsafeTarget(StoreError):
    """A path roleplay was asked to write is not a plain file it may replace (exit 2)."""

    exit_code = 2
    title = "Will not write there"


def failure_reason(exc: BaseException) -> str:
    """What a fallback tells the user and records: the provider's sentence (already free of
    the key), or only the kind of a bug, whose text could carry anything."""
    if isinstance(exc, ProviderError):
        return exc.message
    return f"unexpected {type(exc).__name__}"
