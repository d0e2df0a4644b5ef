"""Small modal screens: an error with a next step, a yes-or-no, help, resume, rewind."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Markdown, OptionList, Static
from textual.widgets.option_list import Option

from roleplay.domain.counted import counted_turn
from roleplay.domain.session import Session
from roleplay.practice.session import PracticeSession
from roleplay.tui.base import RoleplayModal
from roleplay.tui.widgets.footer import KeyFooter
from roleplay.tui.widgets.text import clip, plain

NOT_USED = "\u2013"


class ErrorScreen(RoleplayModal):
    """What went wrong in a sentence, and what to do next. Never a traceback."""

    BINDINGS = [Binding("escape,enter", "dismiss", "OK")]

    def __init__(self, title: str, message: str, hint: str | None = None) -> None:
        super().__init__()
        self.title_text, self.message, self.hint = title, message, hint

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog error"):
            yield Static(plain(self.title_text, "bold"), classes="dialog-title")
            yield Static(plain(self.message))
            if self.hint:
                yield Static(Text.assemble(("Next: ", "bold"), plain(self.hint)))
            yield Static("Enter or Escape closes this.", classes="dialog-keys")


INTRO = """\
# How practice works

1. **Pick a scenario** on the home screen (filter by skill and difficulty).
2. **Read the client's line** and the cue in brackets (what they do, not what they say).
3. **Type your response** in the box and send it.
4. **Read the feedback**: a score for each skill (or *not used*), the rubric level, why,
   your own words that earned it (highlighted), and something to try.
5. **Try again**, or go on: the client answers what you said. The best attempt at each
   moment counts.

A session is saved after every response you send; one you never answered is not kept.
"""


@dataclass(frozen=True)
class KeySection:
    """One table of the help: a heading and the bindings of one screen or widget."""

    title: str
    bindings: list[BindingType]


def key_name(binding: Binding) -> str:
    if binding.key_display:
        return binding.key_display
    return " / ".join(k.strip() for k in binding.key.split(","))


def help_markdown(sections: list[KeySection]) -> str:
    """The help text, its key tables built from the bindings themselves so they cannot drift."""
    out = [INTRO]
    for section in sections:
        out.append(f"\n## {section.title}\n\n| key | does |\n|---|---|")
        for entry in section.bindings:
            # One row per binding as written: "ctrl+j,alt+enter" stays one row of alternatives.
            binding = entry if isinstance(entry, Binding) else Binding(*entry)
            if binding.system:
                continue
            does = binding.tooltip or binding.description or binding.action
            out.append(f"| {key_name(binding)} | {does} |")
    return "\n".join(out) + "\n"


class HelpScreen(RoleplayModal):
    BINDINGS = [Binding("escape,f1,q", "dismiss", "Close")]

    def __init__(self, sections: list[KeySection]) -> None:
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog help", id="help"):
            yield Markdown(help_markdown(self.sections))
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#help").focus()  # so the arrows and PageDown scroll the key tables


class ConfirmScreen(RoleplayModal):
    """A yes-or-no question before something that cannot be undone; dismissed with the answer."""

    BINDINGS = [
        Binding("y", "dismiss(True)", "Yes"),
        Binding("n,escape", "dismiss(False)", "No"),
    ]

    def __init__(self, question: str, detail: str, yes: str) -> None:
        super().__init__()
        self.question, self.detail, self.yes = question, detail, yes

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog confirm"):
            yield Static(plain(self.question, "bold"), classes="dialog-title")
            yield Static(plain(self.detail))
            yield Static(f"y: {self.yes} \u00b7 n or Escape: no", classes="dialog-keys")


def session_label(record: Session) -> Text:
    answered = sum(1 for t in record.turns if any(a.counts for a in t.attempts))
    label = Text()
    label.append_text(plain(clip(record.scenario.title, 60), "bold"))
    last = record.turns[-1].attempts if record.turns else []
    waiting = " \u00b7 a response is waiting for its scores" if last and not last[-1].counts else ""
    label.append(
        f"\n  started {record.started_at:%Y-%m-%d %H:%M} \u00b7 "
        f"{answered} turn(s) answered{waiting}",
        style="dim",
    )
    return label


NEW = "new"  # the resume offer's "start afresh" choice (with --scenario)


class ResumeScreen(RoleplayModal):
    """Offered at start-up when a session was left unfinished (closed, or interrupted).

    Dismissed with a session id to resume, `NEW` to start afresh (offered when the trainee asked
    for one scenario), or None: not now.
    """

    BINDINGS = [
        Binding("escape,n", "dismiss(None)", "Not now"),
        Binding("x,delete", "discard", "Discard"),
    ]

    def __init__(self, sessions: list[Session], *, offer_new: bool = False) -> None:
        super().__init__()
        self.sessions = sessions[:9]
        self.offer_new = offer_new

    def compose(self) -> ComposeResult:
        options = [Option(session_label(s), id=s.id) for s in self.sessions]
        if self.offer_new:
            options.append(Option(Text("Start a new session", style="bold"), id=NEW))
        title = (
            "Carry on where you stopped?" if self.offer_new else "You have an unfinished session"
        )
        with Vertical(classes="dialog"):
            yield Static(title, classes="dialog-title")
            yield OptionList(*options, id="resume-list")
            later = "start a new session" if self.offer_new else "not now"
            yield Static(
                f"Enter chooses \u00b7 x discards \u00b7 n or Escape: {later}",
                classes="dialog-keys",
            )

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.highlighted = 0
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_discard(self) -> None:
        options = self.query_one(OptionList)
        if options.highlighted is None:
            return
        option_id = options.get_option_at_index(options.highlighted).id
        record = next((s for s in self.sessions if s.id == option_id), None)
        if record is not None:
            self.roleplay.confirm_discard(record, self._discarded)

    def _discarded(self, session_id: str) -> None:
        self.sessions = [s for s in self.sessions if s.id != session_id]
        if not self.sessions:
            self.dismiss(NEW if self.offer_new else None)
            return
        options = self.query_one(OptionList)
        options.remove_option(session_id)
        options.highlighted = 0


class RewindScreen(RoleplayModal):
    """Pick an earlier turn; the turns after it are set aside (kept in the file) and you go on."""

    BINDINGS = [
        Binding("escape", "dismiss(None)", "Cancel"),
    ]

    def __init__(self, session: PracticeSession) -> None:
        super().__init__()
        self.session = session

    def compose(self) -> ComposeResult:
        rubric = self.session.rubric
        options = []
        for index, turn in enumerate(self.session.turns):
            if not any(a.counts for a in turn.attempts):
                continue
            label = Text()
            label.append(f"Turn {index + 1}  ", style="bold")
            scores = []
            counted = counted_turn(turn, rubric.scale)
            for criterion in rubric.criteria:
                best = counted.scores.get(criterion.id) if counted else None
                scores.append(f"{criterion.name} {NOT_USED if best is None else best}")
            label.append(" \u00b7 ".join(scores), style="dim")
            label.append("\n  ")
            label.append_text(plain(clip(turn.client.text, 70), "italic"))
            options.append(Option(label, id=str(index)))
        with Vertical(classes="dialog"):
            yield Static("Rewind to which turn?", classes="dialog-title")
            yield Static(
                "You answer that moment again; what came after is set aside, not deleted.",
                classes="dialog-keys",
            )
            yield OptionList(*options, id="rewind-list")
            yield Static("Enter rewinds \u00b7 Escape cancels", classes="dialog-keys")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        if options.option_count:
            options.highlighted = options.option_count - 1
        options.focus()

    def action_choose(self) -> None:
        options = self.query_one(OptionList)
        if options.highlighted is not None:
            self._pick(options.get_option_at_index(options.highlighted).id)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self._pick(event.option.id)

    def _pick(self, option_id: str | None) -> None:
        if option_id is not None:
            self.dismiss(int(option_id))
