"""The client's own end-of-session rating: driven by what the trainee did, with the reasons."""

from __future__ import annotations

import json

from practice_helpers import GRIEF, SESSION_RESPONSES, answer
from roleplay.cli import main
from roleplay.domain.client_rating import ITEMS, offline_client_rating
from roleplay.factory import Services

WARM = [
    "I did lose my mother some years ago, so I have some sense of how heavy this is. "
    "What has it been like for you?",
    "I notice you went quiet just now. I wonder what's happening for you, here with me?",
    "Take your time. What comes up when you hear his voice?",
]
SELF_CENTRED = [
    "When my dad died I fell apart for a year and I still can't talk about it. "
    "Honestly it's still really raw for me, I cried last night.",
    "You should just play the voicemail, that's what I did and it helped me a lot.",
    "Like I said, my grief was worse, at least you had time with him.",
]


async def play(services: Services, responses: list[str]):
    session = services.start(GRIEF, "t-1", None)
    for text in responses:
        if session.finished:
            break
        await answer(session, text)
    session.finish()
    return session.record


async def test_a_client_centred_session_is_rated_higher_than_a_self_centred_one(
    services: Services,
) -> None:
    warm = (await play(services, WARM)).client_rating
    cold = (await play(services, SELF_CENTRED)).client_rating
    assert warm is not None and cold is not None
    assert set(warm.scores) == set(ITEMS) and set(cold.scores) == set(ITEMS)
    assert all(0 <= v <= 10 for v in [*warm.scores.values(), *cold.scores.values()])
    assert warm.scores["heard"] > cold.scores["heard"]
    assert warm.scores["overall"] > cold.scores["overall"]
    # the moments that moved it are named, in the client's words
    assert any(m.delta < 0 for m in cold.moved_by)
    assert all(m.why for m in cold.moved_by)


async def test_a_complaint_answered_with_a_defence_lowers_the_rating(services: Services) -> None:
    # a defence or a telling-off at a complaint ("they're evidence-based, you know") had moved
    # nothing: the client rated the session where the strained alliance started
    session = services.start("this-isnt-working", "t-1", None)
    await answer(
        session, "You're being quite defensive about this. The worksheets do work, you know."
    )
    session.finish()
    rating = session.record.client_rating
    assert rating is not None
    assert rating.scores["heard"] < 5  # a strained alliance starts at 5
    assert any(m.delta < 0 and "told off" in m.why for m in rating.moved_by)


async def test_nothing_answered_means_no_rating(services: Services) -> None:
    session = services.start(GRIEF, "t-1", None)
    assert offline_client_rating(session.record) is None


def test_the_rating_is_stored_in_the_session_record(tmp_path, capsys) -> None:
    responses = tmp_path / "r.txt"
    responses.write_text("\n---\n".join(SESSION_RESPONSES) + "\n", encoding="utf-8")
    assert main(["practice", GRIEF, "--responses", str(responses), "--offline", "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["status"] == "completed"
    rating = record["client_rating"]
    assert rating["source"] == "offline"
    assert set(rating["scores"]) == set(ITEMS)


def test_exports_carry_the_rating_and_the_reflection_only_with_text(
    tmp_path, data_dir, capsys
) -> None:
    import csv
    import io

    responses = tmp_path / "r.txt"
    responses.write_text("\n---\n".join(SESSION_RESPONSES) + "\n", encoding="utf-8")
    argv = ["practice", GRIEF, "--responses", str(responses), "--offline"]
    assert main([*argv, "--reflection", "I rushed the voicemail moment."]) == 0
    capsys.readouterr()
    assert main(["export", str(data_dir)]) == 0
    (row,) = csv.DictReader(io.StringIO(capsys.readouterr().out.lstrip("\ufeff")))
    assert {row[f"client_{item}"] for item in ITEMS} <= {str(n) for n in range(11)}
    assert row["client_rating_by"] == "offline"
    assert row["reflection"] == "I rushed the voicemail moment."
    assert main(["export", str(data_dir), "--no-text"]) == 0
    header = capsys.readouterr().out.splitlines()[0]
    assert "client_overall" in header and "reflection" not in header
