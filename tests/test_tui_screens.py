"""Each screen of the practice room driven with Pilot: home, summary, history, help, palette."""

from __future__ import annotations

from pathlib import Path

from practice_helpers import GOOD_DISCLOSURE, GRIEF, HELD_BACK, answer, good_disclosure_score
from roleplay.factory import Services
from roleplay.store.profile import load_profile
from roleplay.tui.app import RoleplayApp
from roleplay.tui.screens.dialogs import ErrorScreen, HelpScreen
from roleplay.tui.screens.history import HistoryScreen
from roleplay.tui.screens.home import HomeScreen
from roleplay.tui.screens.session import SessionScreen
from roleplay.tui.screens.summary import SummaryScreen
from roleplay.tui.widgets.chart import ProgressChart, chart_text
from roleplay.tui.widgets.response import ResponseBox
from tui_helpers import palette_titles, respond, settle, shown


def _option_ids(app: RoleplayApp) -> list[str]:
    options = app.screen.query_one("#scenarios")
    return [options.get_option_at_index(i).id for i in range(options.option_count)]


async def test_home_filters_by_skill_and_difficulty(services: Services) -> None:
    app = RoleplayApp(services)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        everything = _option_ids(app)
        assert len(everything) == len(services.library.scenarios)
        await pilot.press("s")  # first skill in the library
        skill = app.screen.skill
        only = _option_ids(app)
        assert 0 < len(only) < len(everything)
        for option_id in only:
            assert skill in services.library.scenario(option_id.split(":")[1]).scenario.skills
        await pilot.press("d")
        assert app.screen.difficulty == "beginner"
        for option_id in _option_ids(app):
            entry = services.library.scenario(option_id.split(":")[1]).scenario
            assert entry.difficulty == "beginner" and skill in entry.skills
        assert "beginner" in str(app.screen.query_one("#filters").render())
        for _ in range(3):
            await pilot.press("d")
        assert app.screen.difficulty is None


async def test_home_shows_the_engine_and_marks_done_scenarios(services: Services) -> None:
    session = services.start(GRIEF)
    await answer(session, GOOD_DISCLOSURE)
    session.finish()
    app = RoleplayApp(services)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "offline engine" in str(app.screen.query_one("#engine").render())
        options = app.screen.query_one("#scenarios")
        prompt = str(options.get_option(f"start:{GRIEF}").prompt)
        assert "\u2713 done" in prompt and "~15 min" in prompt and "self-disclosure" in prompt


async def test_trainee_and_cohort_are_remembered(services: Services, data_dir: Path) -> None:
    app = RoleplayApp(services)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        trainee = app.screen.query_one("#trainee")
        assert app.focused is trainee
        trainee.value = ""
        await pilot.press(*"t-042", "tab", *"autumn", "enter")
        await settle(pilot)
        assert app.trainee == "t-042" and app.cohort == "autumn"
        await pilot.press("enter")  # start the highlighted scenario as the new trainee
        await settle(pilot)
        assert app.screen.session.record.trainee == "t-042"
        assert app.screen.session.record.cohort == "autumn"
    profile = load_profile(data_dir)
    assert (profile.trainee, profile.cohort) == ("t-042", "autumn")


async def test_an_empty_trainee_id_is_refused(services: Services) -> None:
    app = RoleplayApp(services)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        app.screen.query_one("#trainee").value = "  "
        await pilot.press("enter")
        await settle(pilot)
        assert app.trainee == "t-001"
        assert app.screen.query_one("#trainee").value == "t-001"


async def test_finish_shows_the_summary_and_exports_markdown(
    services: Services, data_dir: Path
) -> None:
    app = RoleplayApp(services, scenario=GRIEF)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await respond(pilot, GOOD_DISCLOSURE)
        await respond(pilot, HELD_BACK)
        session = app.screen.session
        await pilot.press("ctrl+f")
        await settle(pilot)
        assert isinstance(app.screen, SummaryScreen)
        assert session.record.status == "abandoned"  # ended before the last line
        turns = shown(app.screen.query_one("#summary-turns"))
        assert f"{good_disclosure_score()}/5" in turns
        notes = str(app.screen.query_one("#summary-notes").render())
        assert "Strengths" in notes and "Growth edges" in notes
        practice = str(app.screen.query_one("#summary-practice").render())
        assert "2 answered across 2 turn(s)" in practice and session.path.name in practice
        await pilot.press("m")
        await settle(pilot)
        exported = app.screen.exported
        assert exported == data_dir / "transcripts" / f"{session.record.id}.md"
        assert exported.stat().st_mode & 0o777 == 0o600
        assert "# Have you ever lost a parent?" in exported.read_text()
        # Back to the transcript to rewind: the session is open again.
        await pilot.press("b")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, SessionScreen)
        assert session.record.status == "in_progress"
        assert isinstance(app.focused, ResponseBox)


async def test_the_end_of_a_scenario_offers_the_summary(services: Services) -> None:
    app = RoleplayApp(services, scenario=GRIEF)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        for text in [
            GOOD_DISCLOSURE,
            HELD_BACK,
            "It isn't awful. When my grandmother died I felt relief too. How is it for you?",
            "It isn't stupid. It's his voice. Take your time.",
        ]:
            if screen.session.finished:
                break
            await respond(pilot, text)
        assert screen.session.finished and screen.session.record.status == "completed"
        assert screen.query_one(ResponseBox).disabled
        assert "summary" in str(screen.query_one("#status").render())
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, SummaryScreen)
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)


async def test_history_lists_sessions_filters_and_charts(services: Services) -> None:
    for text in (GOOD_DISCLOSURE, "Yes, I lost my dad and I still cry every day. You should too."):
        session = services.start(GRIEF)
        await answer(session, text)
        session.finish()
    other = services.start("am-i-boring-you")
    await answer(other, "I notice you went quiet just now; I wonder what happened for you?")
    app = RoleplayApp(services)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("n")  # not now: the unfinished session can wait
        await pilot.press("h")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, HistoryScreen)
        assert screen.query_one("#sessions").row_count == 3
        charts = {c.title_text: c.values for c in screen.query(ProgressChart)}
        assert len(charts["Self-disclosure"]) == 2 and len(charts["Immediacy"]) == 1
        await pilot.press("f")
        assert screen.scenario_filter is not None
        assert screen.query_one("#sessions").row_count in (1, 2)
        while screen.scenario_filter != GRIEF:
            await pilot.press("f")
        assert screen.query_one("#sessions").row_count == 2
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, SummaryScreen)
        assert not app.screen.over_session
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is screen


def test_chart_draws_bars_on_the_scale() -> None:
    text = chart_text("Immediacy", [1.0, 2.5, 5.0], 1, 5, 40).plain
    lines = text.splitlines()
    assert lines[0] == "Immediacy"
    assert lines[1] == " 5     \u2588 "  # only the last session reaches 5
    assert lines[3] == " 3   \u2584 \u2588 "  # 2.5 shows as a half block at 3
    assert lines[5] == " 1 \u2588 \u2588 \u2588 "
    assert lines[7] == "   3 sessions: 1.0 \u2192 5.0"
    assert chart_text("X", [4.0], 1, 5, 40).plain.endswith("1 session: 4.0")
    assert "no scored sessions" in chart_text("X", [], 1, 5, 40).plain
    narrow = chart_text("X", [3.0] * 30, 1, 5, 20).plain
    assert "(last 8 shown)" in narrow


async def test_help_palette_and_theme(services: Services, data_dir: Path) -> None:
    app = RoleplayApp(services, scenario=GRIEF)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        titles = await palette_titles(app)
        for wanted in (
            "Retry this moment",
            "Rewind to a turn",
            "Exemplars",
            "Finish session",
            "Help",
            "History",
            "Theme",
            "Turn self-rating on",
        ):
            assert wanted in titles
        app.theme = "nord"
        await settle(pilot)
    assert load_profile(data_dir).theme == "nord"
    again = RoleplayApp(services)
    async with again.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert again.theme == "nord"
        titles = await palette_titles(again, "start")
        assert any(t.startswith("Start: ") for t in titles)
        assert "Filter by skill" in await palette_titles(again)


async def test_stored_markup_and_controls_are_shown_literally(services: Services) -> None:
    session = services.start(GRIEF)
    await answer(session, "[bold red]I hear you[/] and I lost my mum once.")
    session.record.turns[0].attempts[0].response += "\x1b[2J\x07"  # a hand-edited file
    services.store.save(session.record)
    app = RoleplayApp(services)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        bubble = str(app.screen.query("TraineeBubble").first().render())
        assert "[bold red]I hear you[/]" in bubble
        assert "\x1b" not in bubble and "\x07" not in bubble


async def test_ended_early_then_carry_on(services: Services) -> None:
    app = RoleplayApp(services, scenario=GRIEF)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await respond(pilot, GOOD_DISCLOSURE)
        screen = app.screen
        await pilot.press("ctrl+f")
        await settle(pilot)
        assert isinstance(app.screen, SummaryScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is screen
        box = screen.query_one(ResponseBox)
        assert box.disabled and "Ended early" in str(screen.query_one("#status").render())
        assert screen.session.record.status == "abandoned"
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert screen.session.record.status == "in_progress"
        assert not box.disabled and app.focused is box
        await respond(pilot, HELD_BACK)
        assert len(screen.session.turns) == 3


async def test_a_broken_session_file_is_skipped_and_opening_it_explains(
    services: Services, data_dir: Path
) -> None:
    session = services.start(GRIEF)
    await answer(session, GOOD_DISCLOSURE)
    session.finish()
    (data_dir / "sessions" / "broken.json").write_text("{not json")
    app = RoleplayApp(services)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("h")
        await settle(pilot)
        assert app.screen.query_one("#sessions").row_count == 1
        app.open_session("broken")
        await settle(pilot)
        assert isinstance(app.screen, ErrorScreen)
        # Words, not lines: the message starts with the file's path, whose length (and so
        # where the text wraps) depends on the temp dir, e.g. under xdist.
        said = " ".join(shown(app.screen.query("Static")[1]).split())
        assert "not a roleplay session record" in said
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, HistoryScreen)
