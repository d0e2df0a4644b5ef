"""Supervisors' reviews beside the judge's scores, for exports and the cohort report.

Reviews are found in the `reviews/` folders beside the sessions being exported. A rating joins an
export row only when it was made on the same words (the response's sha256 matches), so a
response edited after the review never carries a rating that was not given to it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from statistics import fmean

from roleplay.domain.hashing import text_sha256
from roleplay.domain.review import ResponseReview, Review
from roleplay.store.reviews import load_reviews, reviews_dir_for


@dataclass(frozen=True)
class ReviewIndex:
    """Every review by session id; `problems` names files that could not be read."""

    by_session: Mapping[str, list[Review]]
    problems: list[str]

    def items_for(
        self, session_id: str, turn: int, attempt: int, response: str
    ) -> list[tuple[str, ResponseReview]]:
        """(reviewer, rating) for one response, only where the words rated are these words."""
        digest = text_sha256(response)
        found = []
        for review in self.by_session.get(session_id, []):
            item = review.item(turn, attempt)
            if item is not None and item.response_sha256 == digest:
                found.append((review.reviewer, item))
        return found


def find_reviews(paths: Iterable[Path], session_files: Iterable[Path]) -> ReviewIndex:
    """Reviews beside the named paths and beside each session file found under them."""
    folders = {p for p in paths if p.is_dir()}
    folders |= {reviews_dir_for(f) for f in session_files}
    reviews, problems = load_reviews(sorted(folders))
    by_session: dict[str, list[Review]] = defaultdict(list)
    for review in reviews:
        by_session[review.session_id].append(review)
    return ReviewIndex(dict(by_session), problems)


@dataclass(frozen=True)
class SupervisorCells:
    reviewers: str  # ids joined by "+", empty when nobody reviewed the response
    scores: dict[str, float | None]  # criterion -> the supervisors' mean rating when in play
    flagged: bool
    differ: bool | None  # two or more supervisors: did they disagree? None with fewer
    comments: str  # "reviewer: comment" joined by " | "


def supervisor_cells(
    rated: Sequence[tuple[str, ResponseReview]], criteria: Sequence[str]
) -> SupervisorCells:
    scores: dict[str, float | None] = {}
    differ = False
    for cid in criteria:
        given = [item.ratings[cid] for _, item in rated if cid in item.ratings]
        in_play = [g for g in given if g is not None]
        scores[cid] = round(fmean(in_play), 2) if in_play else None
        if len(given) >= 2:
            used = {g is None for g in given}
            spread = max(in_play) - min(in_play) if in_play else 0
            differ = differ or len(used) > 1 or spread > 1
    return SupervisorCells(
        reviewers="+".join(sorted({who for who, _ in rated})),
        scores=scores,
        flagged=any(item.flag for _, item in rated),
        differ=differ if len(rated) >= 2 else None,
        comments=" | ".join(f"{who}: {item.comment}" for who, item in rated if item.comment),
    )
