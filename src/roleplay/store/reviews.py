"""Review files: a supervisor's ratings of one session, in `reviews/` beside the sessions.

For a data dir (`DIR/sessions/*.json`) reviews go to `DIR/reviews/`; for any other folder of
session files, to its `reviews/` subfolder. One file per session and reviewer, written atomically
and privately like a session, stamped with an integrity hash on every save.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from roleplay.domain.hashing import text_sha256
from roleplay.domain.review import REVIEW_SCHEMA_VERSION, Review, review_integrity
from roleplay.errors import StoreError
from roleplay.store.collect import REVIEWS
from roleplay.store.files import atomic_write
from roleplay.store.sessions import SESSIONS, read_versioned

SUFFIX = ".review.json"
_SAFE = re.compile(r"[^A-Za-z0-9_.-]")


def reviews_dir_for(session_path: Path) -> Path:
    folder = session_path.parent
    return folder.parent / REVIEWS if folder.name == SESSIONS else folder / REVIEWS


def review_file_name(session_id: str, reviewer: str) -> str:
    safe = _SAFE.sub("-", reviewer)[:60].strip(".-") or "reviewer"
    if safe != reviewer:  # two ids that clean to the same name must not share a file
        safe += "-" + text_sha256(reviewer)[:8]
    return f"{_SAFE.sub('-', session_id)[:120]}.{safe}{SUFFIX}"


def review_path(session_path: Path, session_id: str, reviewer: str) -> Path:
    return reviews_dir_for(session_path) / review_file_name(session_id, reviewer)


def save_review(path: Path, review: Review) -> Path:
    review.updated_at = datetime.now(UTC)
    review.integrity = review_integrity(review)
    atomic_write(path, review.model_dump_json(indent=1).encode("utf-8"))
    return path


def read_review(path: Path) -> Review:
    return read_versioned(path, Review, REVIEW_SCHEMA_VERSION, "a review file")


def review_files(folders: Iterable[Path]) -> Iterator[Path]:
    """Review files in `folders` (each a reviews dir, a data dir, or a folder holding one)."""
    seen: set[Path] = set()
    for folder in folders:
        for candidate in (folder, folder / REVIEWS):
            if candidate.is_dir():
                for path in sorted(candidate.glob(f"*{SUFFIX}")):
                    if path.is_file() and path.resolve() not in seen:
                        seen.add(path.resolve())
                        yield path


def load_reviews(folders: Iterable[Path]) -> tuple[list[Review], list[str]]:
    """Every readable review under `folders`, and a sentence for each file that is not one."""
    reviews: list[Review] = []
    problems: list[str] = []
    for path in review_files(folders):
        try:
            reviews.append(read_review(path))
        except StoreError as exc:
            problems.append(exc.message)
    return reviews, problems
