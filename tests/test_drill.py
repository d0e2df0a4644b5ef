"""Deliberate-practice drills: decks as content, the adaptive set logic, the drill engine, the
headless command and the drill screen."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from pydantic import ValidationError

from roleplay.cli import main
from roleplay.domain.drill import DrillDeck, next_level, pick_set
from roleplay.domain.session import Evaluation
from roleplay.factory import Services, start_drill
from roleplay.judge.base import JudgeRequest
from roleplay.judge.offline import OfflineJudge
from roleplay.practice.drill import DrillSession
from roleplay.store.drills import DrillStore
from roleplay.tui.app import RoleplayApp
from roleplay.tui.screens.drill import DrillRatingScreen, DrillScreen
from roleplay.tui.widgets.feedback import FeedbackCard
from tui_helpers import respond, settle

GOOD = "I was nervous starting out too, and it passed. What's it like for you this week?"


def deck(levels: list[str]) -> DrillDeck:
    return DrillDeck.model_validate(
        {
            "id": "test-deck",
            "title": "Test",
            "skill": "self_disclosure",
            "rubric": "disclosure-immediacy",
            "statements": [
                {"id": f"s-{i}", "level": level, "client": f"Line {i}?", "exemplar": "Answer."}
                for i, level in enumerate(levels)
            ],
        }
    )


# --- the adaptive logic ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("level", "rating", "expected"),
    [
        ("beginner", "too_easy", "intermediate"),
        ("intermediate", "too_easy", "advanced"),
        ("advanced", "too_easy", "advanced"),
        ("advanced", "too_hard", "intermediate"),
        ("beginner", "too_hard", "beginner"),
        ("intermediate", "good_challenge", "intermediate"),
    ],
)
def test_the_next_set_follows_how_the_last_one_felt(level, rating, expected) -> None:
    assert next_level(level, rating) == expected


def test_a_set_takes_fresh_statements_first_then_repeats_the_least_recent() -> None:
    d = deck(["beginner"] * 7)
    first = [s.id for s in pick_set(d, "beginner", [])]
    assert first == ["s-0", "s-1", "s-2", "s-3", "s-4"]
    second = [s.id for s in pick_set(d, "beginner", first)]
    assert second == ["s-5", "s-6", "s-0", "s-1", "s-2"]


def test_a_level_with_no_statements_borrows_the_nearest_level() -> None:
    d = deck(["beginner", "advanced"])
    assert [s.level for s in pick_set(d, "intermediate", [])] in (["beginner"], ["advanced"])
    assert [s.id for s in pick_set(d, "advanced", [])] == ["s-1"]


def test_statement_ids_are_unique_in_a_deck() -> None:
    with pytest.raises(ValidationError, match="used twice"):
        DrillDeck.model_validate(
            {
                "id": "d",
                "title": "D",
                "skill": "immediacy",
                "rubric": "disclosure-immediacy",
                "statements": [
                    {"id": "a", "level": "beginner", "client": "x", "exemplar": "y"},
                    {"id": "a", "level": "beginner", "client": "x", "exemplar": "y"},
                ],
            }
        )


# --- content -----------------------------------------------------------------------------------
def test_shipped_decks_validate_and_cover_every_level(capsys) -> None:
    drills = Path(__file__).resolve().parent.parent / "drills"
    assert main(["validate", str(drills)]) == 0
    assert "drill deck(s) valid; no errors, 0 warning(s)" in capsys.readouterr().err


def test_a_deck_whose_skill_is_not_in_its_rubric_is_a_located_error(tmp_path, capsys) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(
        "id: bad-deck\ntitle: Bad\nskill: empathy\nrubric: disclosure-immediacy\n"
        "statements:\n  - {id: a, level: beginner, client: Hi?, exemplar: Hello.}\n",
        encoding="utf-8",
    )
    assert main(["validate", str(path)]) == 2
    out = capsys.readouterr().out
    assert f"{path}:3: skill 'empathy' is not a criterion of rubric 'disclosure-immediacy'" in out


# --- the engine --------------------------------------------------------------------------------
class ReadsTheFileFirst:
    """A judge that checks the response is already on disk when it is asked to judge."""

    kind = "offline"

    def __init__(self, store: DrillStore, drill_id: list[str]) -> None:
        self.store, self.drill_id, self.seen_on_disk = store, drill_id, []

    def describe(self) -> str:
        return "test judge"

    async def evaluate(self, request: JudgeRequest) -> Evaluation:
        record = self.store.load(self.drill_id[0])
        answered = [a.response for s in record.sets for i in s.items for a in i.attempts]
        self.seen_on_disk.append(request.response in answered)
        return await OfflineJudge().evaluate(request)


async def test_an_answer_is_on_disk_before_it_is_judged_and_repeats_stack_up(
    services: Services,
) -> None:
    drill = start_drill(services, "self_disclosure", "beginner")
    judge = ReadsTheFileFirst(DrillStore(services.settings.data_dir), [drill.record.id])
    drill.judge = judge
    await drill.answer(GOOD)
    await drill.answer("Me too. Anyway.")  # said again: a second attempt at the same statement
    assert judge.seen_on_disk == [True, True]
    stored = DrillStore(services.settings.data_dir).load(drill.record.id)
    item = stored.sets[0].items[0]
    assert [a.response for a in item.attempts] == [GOOD, "Me too. Anyway."]
    assert all(a.evaluation is not None for a in item.attempts)
    assert stat.S_IMODE(drill.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(drill.path.parent.stat().st_mode) == 0o700


async def test_rating_a_set_starts_the_next_at_its_level(services: Services) -> None:
    drill = start_drill(services, "self_disclosure", "beginner")
    await drill.answer(GOOD)
    while drill.advance():
        pass
    assert drill.rate("too_easy") == "intermediate"
    assert drill.record.sets[0].rating == "too_easy"
    assert drill.level == "intermediate" and drill.position == 0
    assert drill.statement.level == "intermediate"
    drill.finish()  # the new set has no answers: it is not kept
    assert len(DrillStore(services.settings.data_dir).load(drill.record.id).sets) == 1


async def test_a_failing_server_judge_never_loses_the_answer(services: Services) -> None:
    from roleplay.judge.fallback import FallbackJudge
    from roleplay.judge.offline import OfflineJudge

    class Broken:
        kind = "llm"

        def describe(self) -> str:
            return "broken"

        async def evaluate(self, request: JudgeRequest) -> Evaluation:
            raise ConnectionError("sk-secret-should-not-be-stored")

    drill: DrillSession = start_drill(services, "self_disclosure", "beginner")
    drill.judge = FallbackJudge(Broken(), OfflineJudge())
    evaluation = await drill.answer(GOOD)
    assert evaluation.judge == "offline-fallback"
    assert drill.item.attempts[-1].response == GOOD
    assert "sk-secret" not in drill.path.read_text(encoding="utf-8")


# --- headless ----------------------------------------------------------------------------------
def test_headless_drill_adapts_the_level_and_saves_json(tmp_path, capsys) -> None:
    responses = tmp_path / "r.txt"
    responses.write_text("\n---\n".join([GOOD] * 6) + "\n", encoding="utf-8")
    argv = ["drill", "self_disclosure", "--responses", str(responses), "--offline"]
    assert main([*argv, "--rating", "too_easy", "--json", "--trainee", "t-9"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["kind"] == "drill" and record["trainee"] == "t-9"
    assert [s["level"] for s in record["sets"]][:2] == ["beginner", "intermediate"]
    assert record["sets"][0]["rating"] == "too_easy"
    scores = [
        a["evaluation"]["criteria"]["self_disclosure"]
        for s in record["sets"]
        for i in s["items"]
        for a in i["attempts"]
    ]
    assert len(scores) == 6


def test_headless_drill_prints_the_exemplar(tmp_path, capsys) -> None:
    responses = tmp_path / "r.txt"
    responses.write_text(GOOD + "\n", encoding="utf-8")
    assert main(["drill", "immediacy", "--responses", str(responses), "--offline"]) == 0
    out = capsys.readouterr().out
    assert "[beginner] Client:" in out and "Exemplar:" in out and "Immediacy" in out


def test_an_unknown_skill_is_a_usage_error(capsys) -> None:
    assert main(["drill", "juggling", "--responses", "-", "--offline"]) == 2
    assert "no drill deck for 'juggling'" in capsys.readouterr().err


# --- the drill screen ----------------------------------------------------------------------------
async def test_the_drill_screen_scores_repeats_and_moves_up_a_level(services: Services) -> None:
    app = RoleplayApp(services, drill=("self_disclosure", "beginner"), blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, until=lambda: isinstance(app.screen, DrillScreen))
        screen = app.screen
        assert isinstance(screen, DrillScreen)
        await respond(pilot, GOOD)
        await settle(pilot, until=lambda: bool(screen.query(FeedbackCard)))
        assert screen.answered
        await pilot.press("ctrl+r")  # again: same statement, feedback cleared
        await settle(pilot, until=lambda: not screen.query(FeedbackCard))
        assert screen.drill.position == 0
        for _ in range(len(screen.drill.current_set.items) - 1):
            await pilot.press("ctrl+n")
        await pilot.press("ctrl+n")  # the end of the set asks how it felt
        await settle(pilot, until=lambda: isinstance(app.screen, DrillRatingScreen))
        await pilot.press("1")  # too easy
        await settle(pilot, until=lambda: app.screen is screen)
        assert screen.drill.level == "intermediate"
        await pilot.press("escape")
        await settle(pilot, until=lambda: app.screen is not screen)
    saved = DrillStore(services.settings.data_dir).load(screen.drill.record.id)
    assert saved.sets[0].rating == "too_easy"
    assert saved.ended_at is not None
