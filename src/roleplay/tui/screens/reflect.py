"""Self-awareness in the practice room: the pause a scenario marks before a response, the
reflection after a session, and the client's own rating of it (domain/client_rating.py)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static, TextArea

from roleplay.domain.client_rating import ITEM_LABELS, ClientRating
from roleplay.domain.hashing import text_sha256
from roleplay.domain.review import Review
from roleplay.domain.rubric import Rubric
from roleplay.domain.session import PAUSE_QUESTIONS, PauseNotes, Session


class PauseScreen(ModalScreen[PauseNotes | None]):
    """Before the response goes: what are you feeling, what do you want to do, whose need is
    that? Optional: Escape sends without a pause; Enter moves on, and sends from the last box."""

    BINDINGS = [Binding("escape", "skip", "Send without pausing")]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static("A moment to notice, before you answer", classes="dialog-title")
            for field, question in PAUSE_QUESTIONS.items():
                yield Static(question)
                yield Input(id=f"pause-{field}", placeholder="(optional)")
            yield Static(
                "Enter: next question, then send \u00b7 Escape: send without pausing",
                classes="dialog-keys",
            )

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        fields = list(PAUSE_QUESTIONS)
        current = (event.input.id or "").removeprefix("pause-")
        if current in fields and fields.index(current) < len(fields) - 1:
            self.query_one(f"#pause-{fields[fields.index(current) + 1]}", Input).focus()
            return
        self.dismiss(PauseNotes(**{f: self.query_one(f"#pause-{f}", Input).value for f in fields}))

    def action_skip(self) -> None:
        self.dismiss(None)


class ReflectionScreen(ModalScreen[str | None]):
    """A few sentences after the session, kept with it for supervision (`roleplay prep`)."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save"),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, current: str | None) -> None:
        super().__init__()
        self.current = current or ""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static("Your reflection on this session", classes="dialog-title")
            yield Static(
                "What went well? What was hard? What did the client stir in you?",
                classes="dialog-keys",
            )
            yield TextArea(self.current, id="reflection-text")
            yield Static("ctrl+s saves \u00b7 Escape cancels", classes="dialog-keys")

    def on_mount(self) -> None:
        self.query_one(TextArea).focus()

    def action_save(self) -> None:
        self.dismiss(self.query_one(TextArea).text)

    def action_cancel(self) -> None:
        self.dismiss(None)


def client_rating_text(name: str, rating: ClientRating | None) -> Text:
    """The client's rating for the summary: four lines out of ten, their words, what moved it."""
    text = Text()
    if rating is None:
        return text.append("The client rates the session once it has ended.", style="dim")
    text.append(f"How {name} rated the session (0-10)", style="bold")
    if rating.source != "llm":
        text.append("  offline reading", style="dim")
    for item, label in ITEM_LABELS.items():
        if item in rating.scores:
            text.append(f"\n  {label}: {rating.scores[item]}")
    if rating.comment:
        text.append(f"\n  \u201c{rating.comment}\u201d", style="italic")
    for move in rating.moved_by[:6]:
        sign = f"+{move.delta}" if move.delta > 0 else str(move.delta)
        text.append(f"\n  turn {move.turn + 1}, {move.item} {sign}: {move.why}", style="dim")
    return text


def supervisor_reviews_text(session: Session, rubric: Rubric, reviews: list[Review]) -> Text:
    """Supervisors' ratings and comments beside the judge's scores, for the trainee's summary.
    Only ratings given to these very words are shown (the response's sha256 matches)."""
    text = Text()
    mine = [r for r in reviews if r.session_id == session.id]
    if not mine:
        return text
    names = {c.id: c.name for c in rubric.criteria}
    for review in sorted(mine, key=lambda r: r.reviewer):
        text.append(f"\nReviewed by {review.reviewer}", style="bold")
        text.append(f"  {review.updated_at:%Y-%m-%d}", style="dim")
        for item in sorted(review.items, key=lambda i: (i.turn, i.attempt)):
            if item.turn >= len(session.turns):
                continue
            attempts = session.turns[item.turn].attempts
            if item.attempt >= len(attempts):
                continue
            attempt = attempts[item.attempt]
            if text_sha256(attempt.response) != item.response_sha256:
                continue
            judged = attempt.evaluation.criteria if attempt.evaluation else {}
            parts = []
            for cid, score in item.ratings.items():
                result = judged.get(cid)
                judge = result.score if result is not None and result.applicable else None
                said = "not in play" if score is None else str(score)
                parts.append(
                    f"{names.get(cid, cid)} {said} (judge {'not used' if judge is None else judge})"
                )
            text.append(f"\n  turn {item.turn + 1}, attempt {item.attempt + 1}: ")
            text.append(" \u00b7 ".join(parts))
            if item.flag:
                text.append("  \u2691 to discuss", style="bold")
            if item.comment:
                text.append(f"\n    \u201c{item.comment}\u201d", style="italic")
    return text
