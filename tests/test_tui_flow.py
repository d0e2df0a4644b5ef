"""The practice loop through the TUI: retry, rewind, resume, cancel, self-rating, streaming and
the error paths, each asserted on the screen and in the saved session file."""

from __future__ import annotations

import asyncio
import dataclasses
import shutil
from pathlib import Path

from practice_helpers import GOOD_DISCLOSURE, GRIEF, HELD_BACK, good_disclosure_score
from roleplay.domain.counted import counted_turn
from roleplay.domain.rubric import Scale
from roleplay.domain.session import Attempt, EngineInfo
from roleplay.errors import ProviderError
from roleplay.factory import Services
from roleplay.practice.text import MAX_RESPONSE_CHARS
from roleplay.store.sessions import read_session
from roleplay.tui.app import RoleplayApp
from roleplay.tui.screens.dialogs import ErrorScreen, ResumeScreen, RewindScreen
from roleplay.tui.screens.home import HomeScreen
from roleplay.tui.screens.moment import AttemptsScreen, ExemplarsScreen, SelfRatingScreen
from roleplay.tui.screens.session import SessionScreen
from roleplay.tui.widgets.feedback import FeedbackCard
from roleplay.tui.widgets.response import ResponseBox
from roleplay.tui.widgets.transcript import ClientBubble, TraineeBubble
from tui_helpers import StreamingClient, notified, respond, send, send_held, settle, shown


def _texts(screen) -> list[str]:
    return [str(w.render()) for w in screen.query("#transcript > *")]


async def test_retry_keeps_both_attempts_and_counts_the_best(services: Services) -> None:
    app = RoleplayApp(services, scenario=GRIEF)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await respond(pilot, "Yes. Anyway, tell me more about Luis.")
        screen = app.screen
        assert len(screen.session.turns) == 2
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert len(screen.session.turns) == 1  # back at the moment, the reply set aside
        assert isinstance(app.focused, ResponseBox)
        await respond(pilot, GOOD_DISCLOSURE)
        labels = [b.label for b in screen.query(TraineeBubble)]
        assert labels == ["You (attempt 1)", "You (attempt 2) \u2605 best"]
        assert len(screen.query(FeedbackCard)) == 2
        await pilot.press("ctrl+t")
        await settle(pilot)
        assert isinstance(app.screen, AttemptsScreen)
        columns = [str(w.render()) for w in app.screen.query(".attempt")]
        assert len(columns) == 2 and "best, counted" in columns[1]
        await pilot.press("escape")
        path = screen.session.path
    saved = read_session(path)
    assert [a.response for a in saved.turns[0].attempts][1] == GOOD_DISCLOSURE
    counted = counted_turn(saved.turns[0], Scale())
    assert counted is not None and counted.scores["self_disclosure"] == good_disclosure_score()
    assert saved.discarded and saved.discarded[0].from_turn == 1


async def test_rewind_to_an_earlier_turn_and_branch(services: Services) -> None:
    app = RoleplayApp(services, scenario=GRIEF)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await respond(pilot, GOOD_DISCLOSURE)
        await respond(pilot, HELD_BACK)
        session = app.screen.session
        assert len(session.turns) == 3
        await pilot.press("ctrl+b")
        await settle(pilot)
        assert isinstance(app.screen, RewindScreen)
        await pilot.press("up", "enter")  # from the last answered turn up to turn 1
        await settle(pilot, until=lambda: not isinstance(app.screen, RewindScreen))
        assert len(session.turns) == 1
        assert len(app.screen.query(ClientBubble)) == 1
        assert isinstance(app.focused, ResponseBox)
        await respond(pilot, "Yes, I have, and it was hard. How is it for you?")
        assert len(session.turns) == 2
    saved = read_session(session.path)
    assert len(saved.turns[0].attempts) == 2
    assert saved.discarded[0].from_turn == 1 and len(saved.discarded[0].turns) == 2


async def test_rewind_with_nothing_answered_says_so(services: Services) -> None:
    app = RoleplayApp(services, scenario=GRIEF)
    posted: list = []
    async with app.run_test(size=(80, 24), message_hook=posted.append) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+b", "ctrl+r", "ctrl+o", "ctrl+t")
        await settle(pilot)
        assert isinstance(app.screen, SessionScreen)
        messages = notified(posted)
        assert any("Nothing to rewind" in m for m in messages)
        assert any("Nothing to retry" in m for m in messages)
        assert any("exemplars follow" in m for m in messages)


async def test_startup_offers_to_resume_an_interrupted_session(services: Services) -> None:
    # What a crash leaves: the response saved, never answered.
    session = services.start(GRIEF)
    session.current.attempts.append(Attempt(response=GOOD_DISCLOSURE))
    services.store.save(session.record)
    app = RoleplayApp(services)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ResumeScreen)
        await send(pilot)
        await settle(pilot, until=lambda: len(app.screen.query(FeedbackCard)) == 1)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        assert len(screen.query(ClientBubble)) == 2  # the client answered the saved response
        assert isinstance(app.focused, ResponseBox)
    saved = read_session(session.path)
    assert saved.turns[0].attempts[0].evaluation is not None
    assert len(saved.turns) == 2


async def test_not_now_leaves_the_resume_entry_on_the_home_list(services: Services) -> None:
    session = services.start(GRIEF)
    session.current.attempts.append(Attempt(response=GOOD_DISCLOSURE, withdrawn=True))
    services.store.save(session.record)
    app = RoleplayApp(services)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        first = app.screen.query_one("#scenarios").get_option_at_index(0)
        assert first.id == f"resume:{session.record.id}"
        await send(pilot)
        await settle(pilot)
        assert isinstance(app.screen, SessionScreen)
        assert app.screen.session.record.id == session.record.id


async def test_escape_cancels_a_pending_reply_and_puts_the_words_back(services: Services) -> None:
    gate = asyncio.Event()
    client = StreamingClient(gate)
    slow = dataclasses.replace(services, client=client)
    app = RoleplayApp(slow, scenario=GRIEF)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        await send_held(pilot, client, GOOD_DISCLOSURE)
        assert screen.session.busy
        assert "responding" in str(screen.query_one("#status").render())
        await pilot.press("escape")
        await settle(pilot, until=lambda: not screen.session.busy)
        assert screen.query_one(ResponseBox).text == GOOD_DISCLOSURE
        assert not screen.query(TraineeBubble) and not screen.query(FeedbackCard)
        assert not screen.query_one(ResponseBox).disabled
        path = screen.session.path
    saved = read_session(path)
    assert saved.turns[0].attempts[0].withdrawn  # kept on disk, not counted
    assert len(saved.turns) == 1


async def test_streamed_words_land_in_one_bubble_after_the_scores(services: Services) -> None:
    streaming = dataclasses.replace(services, client=StreamingClient())
    app = RoleplayApp(streaming, scenario=GRIEF)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await respond(pilot, GOOD_DISCLOSURE)
        screen = app.screen
        kinds = [type(w).__name__ for w in screen.query("#transcript > *")]
        assert kinds == ["ClientBubble", "TraineeBubble", "FeedbackCard", "ClientBubble"]
        last = screen.query(ClientBubble).last()
        assert last.line is not None and last.line.source == "llm"
        assert "\u2026" not in str(last.render())  # settled: the streaming ellipsis is gone


async def test_self_rating_comes_before_the_scores_and_is_saved(services: Services) -> None:
    app = RoleplayApp(services, scenario=GRIEF)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+g")
        assert app.self_rating
        screen = app.screen
        screen.query_one(ResponseBox).text = GOOD_DISCLOSURE
        await send(pilot)
        await settle(pilot)
        assert isinstance(app.screen, SelfRatingScreen)
        assert not screen.query(FeedbackCard)  # nothing revealed yet
        # One key per criterion of the rubric: 3 for self-disclosure, 0 (not used) for the rest.
        await pilot.press("3", *["0"] * (len(screen.session.rubric.criteria) - 1))
        await settle(pilot, until=lambda: bool(screen.query(FeedbackCard)))
        card = shown(screen.query(FeedbackCard).first())
        assert f"you rated 3, {3 - good_disclosure_score():+d}" in card
        path = screen.session.path
    assert read_session(path).turns[0].attempts[0].self_rating == {"self_disclosure": 3}
    # remembered for next time
    assert RoleplayApp(services).self_rating


async def test_self_rating_escape_goes_back_to_editing_and_s_skips(services: Services) -> None:
    app = RoleplayApp(services, scenario=GRIEF)
    app.self_rating = True
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        box = screen.query_one(ResponseBox)
        box.text = GOOD_DISCLOSURE
        await send(pilot)
        await settle(pilot)
        await pilot.press("9", "backspace", "escape")
        await settle(pilot)
        assert app.screen is screen and box.text == GOOD_DISCLOSURE
        assert not screen.session.record.attempts
        await send(pilot)
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot, until=lambda: bool(screen.query(FeedbackCard)))
        assert screen.session.record.attempts[0].self_rating is None


async def test_a_failed_save_shows_a_modal_with_a_next_step(
    services: Services, data_dir: Path
) -> None:
    app = RoleplayApp(services, scenario=GRIEF)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        sessions = data_dir / "sessions"
        sessions.parent.mkdir(parents=True, exist_ok=True)  # no session file before a response
        shutil.rmtree(sessions, ignore_errors=True)
        sessions.write_text("not a directory")  # every save now fails, as on a broken disk
        await respond(pilot, GOOD_DISCLOSURE)
        assert isinstance(app.screen, ErrorScreen)
        shown = " ".join(str(w.render()) for w in app.screen.query("Static"))
        assert "cannot" in shown and "back in the box" in shown
        await send(pilot)
        await settle(pilot)
        assert app.screen.query_one(ResponseBox).text == GOOD_DISCLOSURE
        assert not app.screen.query(TraineeBubble)


async def test_a_response_over_the_limit_is_a_warning_not_a_crash(services: Services) -> None:
    app = RoleplayApp(services, scenario=GRIEF)
    posted: list = []
    async with app.run_test(size=(80, 24), message_hook=posted.append) as pilot:
        await settle(pilot)
        long = "word " * (MAX_RESPONSE_CHARS // 4)
        await respond(pilot, long)
        assert isinstance(app.screen, SessionScreen)
        assert app.screen.query_one(ResponseBox).text == long
        assert any("limit" in m for m in notified(posted))


async def test_exemplars_for_the_moment_just_answered(services: Services) -> None:
    app = RoleplayApp(services, scenario=GRIEF)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await respond(pilot, GOOD_DISCLOSURE)
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert isinstance(app.screen, ExemplarsScreen)
        assert app.screen.beat.id == "asks"
        text = shown(app.screen.query_one("#exemplars Static"))
        assert "STRONG" in text and "HARMFUL" in text and "My mum died" in text
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, SessionScreen)
        # ctrl+r from the exemplars goes straight to trying the moment again
        await pilot.press("ctrl+o")
        await settle(pilot)
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert isinstance(app.screen, SessionScreen)
        assert len(app.screen.session.turns) == 1
        assert isinstance(app.focused, ResponseBox)


async def test_quitting_mid_reply_keeps_the_words_for_next_time(services: Services) -> None:
    gate = asyncio.Event()
    slow = dataclasses.replace(services, client=StreamingClient(gate))
    app = RoleplayApp(slow, scenario=GRIEF)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        screen.query_one(ResponseBox).text = GOOD_DISCLOSURE
        await send(pilot)
        for _ in range(50):
            await pilot.pause()
            if screen.session.busy and screen.query(TraineeBubble):
                break
        path = screen.session.path
        await pilot.press("ctrl+q")
    saved = read_session(path)
    assert saved.turns[0].attempts[0].response == GOOD_DISCLOSURE
    assert saved.turns[0].attempts[0].withdrawn

    again = RoleplayApp(services)
    async with again.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(again.screen, ResumeScreen)
        await send(pilot)
        await settle(pilot)
        assert again.screen.query_one(ResponseBox).text == GOOD_DISCLOSURE
        assert not again.screen.query(TraineeBubble)


async def test_scores_stay_in_view_and_the_reply_is_pointed_to(services: Services) -> None:
    app = RoleplayApp(services, scenario=GRIEF)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await respond(pilot, GOOD_DISCLOSURE)
        screen = app.screen
        await settle(pilot, until=lambda: "PageDown" in str(screen.query_one("#status").render()))
        transcript = screen.query_one("#transcript")
        bubble = screen.query(TraineeBubble).last()
        assert bubble.region.y >= transcript.region.y  # the response is on screen, at the top
        assert isinstance(app.focused, ResponseBox)
        for _ in range(10):
            await pilot.press("pagedown")
            if transcript.scroll_y >= transcript.max_scroll_y:
                break
        await settle(pilot)
        assert "PageDown" not in str(screen.query_one("#status").render())
        await pilot.press("pageup")
        assert transcript.scroll_target_y < transcript.max_scroll_y


class _BrokenServerClient(StreamingClient):
    """Streams a few words, then the server drops the connection."""

    async def reply(self, request):
        yield "I was going to "
        raise ProviderError("the server closed the connection")


class _BrokenServerJudge:
    kind = "llm"

    def describe(self) -> str:
        return "failing test judge"

    async def evaluate(self, request):
        raise ProviderError("HTTP 503 from the judge server")


async def test_server_failures_fall_back_offline_and_say_so(services: Services) -> None:
    broken = dataclasses.replace(
        services,
        client=_BrokenServerClient(),
        judge=_BrokenServerJudge(),
        engine=EngineInfo(mode="llm", model="m-1", judge_model="j-1", server="127.0.0.1:9"),
    )
    app = RoleplayApp(broken, scenario=GRIEF)
    posted: list = []
    async with app.run_test(size=(120, 40), message_hook=posted.append) as pilot:
        await settle(pilot)
        screen = app.screen
        assert "127.0.0.1:9 \u00b7 m-1" in str(screen.query_one("#session-header").render())
        await respond(pilot, GOOD_DISCLOSURE)
        card = shown(screen.query(FeedbackCard).first())
        assert "offline practice feedback \u2014 the server failed" in card and "HTTP 503" in card
        reply = screen.query(ClientBubble).last()
        assert reply.line.source == "offline-fallback"
        assert "I was going to" not in str(reply.render())  # the broken stream was replaced
        assert "server did not answer" in str(reply.render())
        warnings = notified(posted, "warning")
        assert any(
            "offline engine scored this response instead of the server" in m for m in warnings
        )
        assert any("scenario's own line instead of the server's" in m for m in warnings)


class _RetryingJudge:
    """Reports a retry the way the provider does, then waits until released."""

    kind = "llm"

    def __init__(self) -> None:
        self.release = asyncio.Event()

    def describe(self) -> str:
        return "retrying test judge"

    async def evaluate(self, request):
        from roleplay import progress

        progress.report(progress.Waiting("answered 429 Too Many Requests", 1, 4, 2.0))
        await self.release.wait()
        return request.offline


async def test_while_the_server_is_retried_the_room_says_why_and_stays_live(
    services: Services,
) -> None:
    judge = _RetryingJudge()
    slow = dataclasses.replace(services, judge=judge)
    app = RoleplayApp(slow, scenario=GRIEF)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        screen.query_one(ResponseBox).text = GOOD_DISCLOSURE
        await send(pilot)
        status = screen.query_one("#status")
        for _ in range(50):
            await pilot.pause()
            if "429" in shown(status):
                break
        said = shown(status)
        assert "Waiting for the judge's server (answered 429 Too Many Requests)" in said
        assert "try 2 of 4" in said and "Esc cancels" in said
        await pilot.press("f1")  # the room still answers keys while it waits
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"
        await pilot.press("escape")
        judge.release.set()
        await settle(pilot, until=lambda: not screen.session.busy)
        assert screen.query(FeedbackCard)
