"""Facts of the client's line that more than one reader asks, each read once per line.

The cues (cues.py), the answer to a question about the helper (answering.py), the declining
reader and the immediacy readers ask some of the same questions of the same line: a personal
question, a follow-up, a remark about the trainee. Cached here on the text each is asked of, so a
new moment costs one search per question, not one per reader that asks it.
"""

from __future__ import annotations

from functools import lru_cache

from roleplay.offline import lexicon as lx
from roleplay.offline.relational_questions import ABOUT_THE_TRAINEE, FORGOTTEN


@lru_cache(maxsize=512)
def asks_personal_question(client_norm: str) -> bool:
    """A question about the helper's own life (`client_norm`: the line as normalise() leaves it)."""
    return bool(lx.PERSONAL_QUESTION.search(client_norm))


@lru_cache(maxsize=512)
def asks_follow_up(client_norm: str) -> bool:
    """A follow-up about the helper ("And you?"), on the normalised line."""
    return bool(lx.FOLLOW_UP_QUESTION.search(client_norm))


@lru_cache(maxsize=512)
def remarks_on_trainee(client_lowered: str) -> bool:
    """A remark about the trainee's view, attention or state, or their forgetting something
    (`client_lowered`: the line lower-cased, curly apostrophes straightened)."""
    return bool(ABOUT_THE_TRAINEE.search(client_lowered) or FORGOTTEN.search(client_lowered))
