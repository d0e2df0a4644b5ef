"""Scenarios: a simulated client, the relationship so far, and the beats of one practice session.

A beat is a moment: the client says something (with a nonverbal cue), the trainee responds, and the
branch matching how the response came out decides the client's next line and the next beat.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StringConstraints, model_validator

from roleplay.domain.common import (
    END,
    ContentModel,
    CriterionId,
    Difficulty,
    Identifier,
    Outcome,
    ShortText,
    Text,
)

Style = Literal["plain", "guarded", "verbose", "pleasing", "hostile", "tangential"]
Alliance = Literal["new", "developing", "established", "strained", "ruptured"]
# What a beat asks of the trainee: one of the rubric's criteria, or holding back.
Invites = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$", max_length=60)]
BeatRef = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=80)]

# The trainee moves a client can react to; both engines use them (offline: as the client's cue).
Reaction = Literal[
    "helpful_disclosure",
    "therapist_centred_disclosure",
    "advice_through_disclosure",
    "one_upping",
    "no_disclosure",
    "tentative_immediacy",
    "accusatory_immediacy",
    "missed_marker",
    "held_back",
    "boundary_held",
    "boundary_crossed",
    "rupture_repaired",
]
REACTIONS: tuple[str, ...] = Reaction.__args__  # type: ignore[attr-defined]
# What each move is, as a phrase completing "the trainee ..." (for the LLM judge and client).
REACTION_MEANINGS: dict[str, str] = {
    "helpful_disclosure": "shares something brief, past and resolved from their own life for the "
    "client's sake, then hands the focus back",
    "therapist_centred_disclosure": "discloses in a way that puts their own needs, feelings or "
    "current struggle at the centre",
    "advice_through_disclosure": "tells the client what to do through their own story",
    "one_upping": "outdoes, compares or equates their experience with the client's",
    "no_disclosure": "does not disclose where the moment invited it",
    "tentative_immediacy": "talks tentatively and in an owned way about what is happening "
    "between them now",
    "accusatory_immediacy": "talks about the relationship in a way that blames or labels the "
    "client, or voices their own need",
    "missed_marker": "steps past a marker in the room (a silence, a complaint, a question about "
    "them) that invited talk about the relationship",
    "held_back": "holds back where the moment called for it and keeps the focus on the client",
    "boundary_held": "keeps a professional boundary, warmly",
    "boundary_crossed": "crosses a professional boundary (personal contact, gifts, intimate "
    "detail)",
    "rupture_repaired": "acknowledges their own part in a strain and invites the client's view",
}


class HiddenFact(ContentModel):
    fact: Text
    reveal_when: Text


class Client(ContentModel):
    name: ShortText
    age: int | None = Field(None, ge=5, le=110)
    pronouns: ShortText | None = None
    presenting_concern: Text
    background: Text
    style: Style = "plain"
    voice: Text | None = None  # how they talk: rhythm, words they use, what they avoid
    hidden_facts: list[HiddenFact] = []
    reactions: dict[Reaction, Text] = {}


class Relationship(ContentModel):
    session_number: int = Field(1, ge=1, le=500)
    alliance: Alliance = "developing"
    history: Text | None = None


class Exemplar(ContentModel):
    response: Text
    scores: dict[CriterionId, int | None]
    why: Text
    label: Literal["strong", "mixed", "harmful", "absent", "restraint"] | None = None


class Branch(ContentModel):
    """`on` maps criteria to the outcome(s) that take this branch; `moves` names trainee moves
    (any of them) that take it; `otherwise` is the fallback. `on` and `moves` together must
    both hold."""

    on: dict[CriterionId, Outcome | list[Outcome]] | None = None
    moves: list[Reaction] | None = None
    otherwise: bool = False
    client: Text | None = None
    cue: ShortText | None = None
    next: BeatRef

    @model_validator(mode="after")
    def _one_condition(self) -> Branch:
        conditional = bool(self.on) or bool(self.moves)
        if self.otherwise and conditional:
            raise ValueError("a branch has either `on:`/`moves:` or `otherwise: true`, not both")
        if not self.otherwise and not conditional:
            raise ValueError(
                "a branch needs `on: {criterion: outcome}`, `moves: [move]` or `otherwise: true`"
            )
        return self

    def matches(self, outcomes: dict[str, Outcome], moves: list[str] | None = None) -> bool:
        if self.otherwise:
            return True
        if self.moves and not set(self.moves) & set(moves or []):
            return False
        for criterion, wanted in (self.on or {}).items():
            allowed = [wanted] if isinstance(wanted, str) else wanted
            if outcomes.get(criterion, "absent") not in allowed:
                return False
        return True


class Beat(ContentModel):
    id: Identifier
    client: Text
    cue: ShortText | None = None
    # What the moment is about, for the LLM client and for the trainee's feedback.
    intent: Text | None = None
    invites: Invites
    exemplars: list[Exemplar] = []
    branches: list[Branch] = []
    # Where to go when no branch is given (or none matches); `end` closes the session.
    next: BeatRef | None = None
    # A moment likely to stir the trainee's own material: the practice room offers a pause
    # before answering (PAUSE_QUESTIONS in domain/session.py), to notice whose need is speaking
    # (Hayes, Gelso & Hummel 2011 on managing countertransference; Williams & Fauth 2005).
    pause: bool = False

    @model_validator(mode="after")
    def _has_a_way_on(self) -> Beat:
        if not self.branches and not self.next:
            raise ValueError(
                f"beat '{self.id}' has no way on: add `branches:` or `next:` (a beat id or `end`)"
            )
        return self

    def route(self, outcomes: dict[str, Outcome], moves: list[str] | None = None) -> Branch:
        """The branch this response takes: the first that matches, else `next` as a plain step."""
        for branch in self.branches:
            if branch.matches(outcomes, moves):
                return branch
        return Branch(otherwise=True, next=self.next or END)

    @property
    def targets(self) -> list[str]:
        found = [b.next for b in self.branches]
        if self.next:
            found.append(self.next)
        return found


class Scenario(ContentModel):
    id: Identifier
    title: ShortText
    summary: Text | None = None
    skills: list[CriterionId] = Field(min_length=1)
    difficulty: Difficulty
    estimated_minutes: int | None = Field(None, ge=1, le=240)
    rubric: Identifier = "disclosure-immediacy"
    client: Client
    relationship: Relationship = Relationship()
    beats: list[Beat] = Field(min_length=1)
    references: list[ShortText] = []

    @property
    def first_beat(self) -> Beat:
        return self.beats[0]

    def beat(self, beat_id: str) -> Beat:
        for beat in self.beats:
            if beat.id == beat_id:
                return beat
        raise KeyError(beat_id)

    @property
    def minutes(self) -> int:
        """Instructor's estimate, else about three minutes a beat."""
        return self.estimated_minutes or max(5, 3 * len(self.beats))
