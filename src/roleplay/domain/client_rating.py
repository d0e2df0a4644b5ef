"""The client's own feedback: a brief alliance rating at the end of a session.

Modelled on the Session Rating Scale (Duncan, Miller, Sparks et al. 2003), which clients fill in at
the end of each session: four 0-10 lines for feeling heard, working on what the client wanted, an
approach that fits, and the session overall. Asking for it, and hearing it, is part of the skill
(Miller, Duncan & Hubble 2005; Lambert & Shimokawa 2011).

The offline rating is driven by what the trainee did at each moment, read as the client would take
it: the trainee's moves (the scenario's reaction vocabulary) move the lines from where the
relationship started. The moments that moved it are kept, with the client's reason, so the summary
can say why. It is the client's view, not the supervisor's: it complements the rubric scores.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import Field

from roleplay.domain.common import RecordModel

if TYPE_CHECKING:  # the session record holds a ClientRating, so this module cannot import it
    from roleplay.domain.session import Session

RatingItem = Literal["heard", "goals", "approach", "overall"]
ITEMS: tuple[RatingItem, ...] = ("heard", "goals", "approach", "overall")
ITEM_LABELS: dict[RatingItem, str] = {
    "heard": "I felt heard, understood and respected",
    "goals": "We worked on what I wanted to work on",
    "approach": "The approach fitted me",
    "overall": "Overall, today was right for me",
}
LOW, HIGH = 0, 10

# Where each line starts, from the alliance the scenario describes.
STARTING_POINT = {"new": 6, "developing": 7, "established": 8, "strained": 5, "ruptured": 4}

# How the client takes each move: which lines it moves, and why, in the client's words.
MOVE_EFFECTS: dict[str, tuple[dict[RatingItem, int], str]] = {
    "helpful_disclosure": ({"heard": 1}, "You shared a little of yourself and came back to me."),
    "therapist_centred_disclosure": (
        {"goals": -2, "heard": -1},
        "For a while it felt like we were talking about you, not me.",
    ),
    "advice_through_disclosure": (
        {"approach": -1, "heard": -1},
        "You told me what worked for you; it didn't feel like it was about me.",
    ),
    "one_upping": ({"heard": -2}, "It felt like my experience was being compared."),
    "tentative_immediacy": (
        {"heard": 1, "approach": 1},
        "You noticed what was happening between us and asked me about it.",
    ),
    "accusatory_immediacy": (
        {"heard": -2, "approach": -1},
        "It felt like I was being told off for how I am with you.",
    ),
    "missed_marker": ({"heard": -1}, "Something happened between us and we moved past it."),
    "held_back": ({"goals": 1}, "You kept the time on what I came to talk about."),
    "boundary_held": ({"approach": 1}, "You said no kindly, and I knew where I stood."),
    "boundary_crossed": (
        {"approach": -1},
        "Afterwards I wasn't sure what the rules between us were.",
    ),
    "rupture_repaired": (
        {"heard": 2, "overall": 1},
        "When I said it wasn't working, you took it seriously and we sorted it out.",
    ),
}


class RatingMove(RecordModel):
    turn: int = Field(ge=0, le=10_000)
    item: RatingItem
    delta: int = Field(ge=-10, le=10)
    why: str = Field(max_length=300)


class ClientRating(RecordModel):
    source: Literal["offline", "llm", "offline-fallback"] = "offline"
    # Bounded like every number in a record (domain/bounds.py): a crafted file is refused.
    scores: dict[RatingItem, Annotated[int, Field(ge=LOW, le=HIGH)]] = Field(default_factory=dict)
    moved_by: list[RatingMove] = Field(default_factory=list, max_length=10_000)
    comment: str | None = Field(default=None, max_length=2000)


def _clamp(value: int) -> int:
    return max(LOW, min(HIGH, value))


def offline_client_rating(session: Session, alliance: str = "developing") -> ClientRating | None:
    """The client's rating of a session, or None when nothing was answered.

    The client lived through the conversation as it went on, so at each moment it is the attempt
    the client answered (the last one that counts) that moves the rating, not a retry set aside.
    """
    start = STARTING_POINT.get(alliance, 7)
    totals: dict[RatingItem, int] = {"heard": 0, "goals": 0, "approach": 0, "overall": 0}
    moved: list[RatingMove] = []
    answered = 0
    for index, turn in enumerate(session.turns):
        counted = [a for a in turn.attempts if a.counts]
        if not counted:
            continue
        answered += 1
        evaluation = counted[-1].evaluation
        assert evaluation is not None
        for move in evaluation.moves:
            effect = MOVE_EFFECTS.get(move)
            if effect is None:
                continue
            deltas, why = effect
            for item, delta in deltas.items():
                totals[item] += delta
                moved.append(RatingMove(turn=index, item=item, delta=delta, why=why))
    if not answered:
        return None
    scores: dict[RatingItem, int] = {
        item: _clamp(start + totals[item]) for item in ("heard", "goals", "approach")
    }
    base = round(sum(scores.values()) / 3)
    scores["overall"] = _clamp(base + totals["overall"])
    return ClientRating(source="offline", scores=scores, moved_by=moved)
