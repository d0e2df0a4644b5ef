"""Small modal screens: an error with a next step, help, resume, and rewind to a turn."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Markdown, OptionList, Static
from textual.widgets.option_list import Option

from roleplay.domain.counted import counted_turn
from roleplay.practice.session import PracticeSession
from roleplay.store.sessions import StoredSession
from roleplay.tui.widgets.text import clip, plain

NOT_USED = "\u2013"


class ErrorScreen(ModalScreen[None]):
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


HELP = """\
# How practice works

1. **Pick a scenario** on the home screen (filter with **s** skill and **d** difficulty).
2. **Read the client's line** and the cue in brackets (what they do, not what they say).
3. **Type your response** in the box. **Enter** sends it; **ctrl+j** starts a new line.
4. **Read the feedback**: a score for each skill (or *not used*), the rubric level, why,
   your own words that earned it (highlighted), and something to try.
5. **Try again** with **ctrl+r**, or go on: the client answers what you said.

## Keys in a session

| key | does |
|---|---|
| Enter | send your response |
| ctrl+j | new line in your response |
| Escape | cancel a reply that is on its way; your words go back in the box |
| ctrl+r | retry the last moment (earlier attempts are kept; the best one counts) |
| ctrl+b | rewind to any earlier turn and take the session another way |
| ctrl+o | the instructor's exemplars for the moment you just answered |
| ctrl+t | your attempts at that moment side by side |
| ctrl+g | self-rating on or off: rate yourself before the scores appear |
| ctrl+f | finish and see the summary |
| ctrl+n | carry on after finishing early |
| PageUp / PageDown | scroll the transcript while you type |

## Everywhere

| key | does |
|---|---|
| f1 | this help |
| ctrl+p | every action by name (and **Theme** to change colours) |
| ctrl+q | quit; the session is saved after every response |

On the home screen: **Enter** starts or resumes, **h** shows your history, **t** edits your
trainee id and cohort. In the summary: **m** saves the transcript as Markdown, **r** retries
the last moment, **b** rewinds, **h** opens your history, **n** goes home. In the history:
**f** filters by scenario, **Enter** opens a session's summary.
"""


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,f1,q", "dismiss", "Close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog help"):
            yield Markdown(HELP)
        yield Footer()


def _session_label(stored: StoredSession) -> Text:
    s = stored.session
    answered = sum(1 for t in s.turns if any(a.counts for a in t.attempts))
    label = Text()
    label.append(clip(s.scenario.title, 60), style="bold")
    pending = s.turns and s.turns[-1].attempts and not s.turns[-1].attempts[-1].counts
    waiting = " \u00b7 a response is waiting for its scores" if pending else ""
    label.append(
        f"\n  started {s.started_at:%Y-%m-%d %H:%M} \u00b7 {answered} turn(s) answered{waiting}",
        style="dim",
    )
    return label


class ResumeScreen(ModalScreen[str | None]):
    """Offered at start-up when a session was left unfinished (closed, or interrupted)."""

    BINDINGS = [
        Binding("escape,n", "dismiss(None)", "Not now"),
    ]

    def __init__(self, sessions: list[StoredSession]) -> None:
        super().__init__()
        self.sessions = sessions

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static("You have an unfinished session", classes="dialog-title")
            yield OptionList(
                *[Option(_session_label(s), id=s.session.id) for s in self.sessions[:9]],
                id="resume-list",
            )
            yield Static("Enter resumes \u00b7 n or Escape: not now", classes="dialog-keys")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.highlighted = 0
        options.focus()

    def action_resume(self) -> None:
        options = self.query_one(OptionList)
        if options.highlighted is not None:
            self.dismiss(options.get_option_at_index(options.highlighted).id)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)


class RewindScreen(ModalScreen[int | None]):
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
            label.append(clip(turn.client.text, 70), style="italic")
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
