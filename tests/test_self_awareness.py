"""Self-awareness: the pause before answering, the reflection after, supervision preparation."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from practice_helpers import GRIEF, SESSION_RESPONSES
from roleplay.cli import main
from roleplay.errors import UsageError
from roleplay.factory import Services

PAUSED = (
    "pause> feeling: a lump in my throat, my own dad\n"
    "pause> want: to tell her I know exactly how it feels\n"
    "pause> whose need: mine, mostly\n" + SESSION_RESPONSES[0]
)


@pytest.fixture
def responses(tmp_path: Path) -> Path:
    path = tmp_path / "r.txt"
    path.write_text("\n---\n".join([PAUSED, *SESSION_RESPONSES[1:]]) + "\n", encoding="utf-8")
    return path


def test_pause_notes_and_reflection_are_stored_with_the_session(
    responses: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["practice", GRIEF, "--responses", str(responses), "--offline", "--json"]
    assert main([*argv, "--reflection", "I wanted to rescue her."]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["reflection"] == "I wanted to rescue her."
    first = record["turns"][0]["attempts"][0]
    assert first["pause"] == {
        "feeling": "a lump in my throat, my own dad",
        "want": "to tell her I know exactly how it feels",
        "whose_need": "mine, mostly",
    }
    assert first["response"] == SESSION_RESPONSES[0]  # the pause lines are not the response
    assert record["turns"][1]["attempts"][0]["pause"] is None


def test_prep_brings_pauses_rating_reflection_and_moments_to_discuss(
    responses: Path, tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["practice", GRIEF, "--responses", str(responses), "--offline"]
    assert main([*argv, "--reflection", "I wanted to rescue her."]) == 0
    capsys.readouterr()
    out = tmp_path / "prep.md"
    assert main(["prep", str(data_dir), "--out", str(out)]) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = out.read_text(encoding="utf-8")
    assert "## Moments I paused at" in text
    assert "- *Whose need is that?* mine, mostly" in text
    assert "rated the session (0-10)" in text and "I felt heard" in text
    assert "## My reflection\n\nI wanted to rescue her." in text
    assert "## Worth discussing" in text


async def test_a_reflection_has_a_length_limit(services: Services) -> None:
    session = services.start(GRIEF, "t-1", None)
    with pytest.raises(UsageError, match="reflection"):
        session.reflect("x" * 5000)
    session.reflect("Short and honest.")
    assert session.record.reflection == "Short and honest."


def test_a_scenario_can_mark_a_moment_for_a_pause(tmp_path: Path, capsys) -> None:
    source = Path(__file__).resolve().parent.parent / "scenarios" / f"{GRIEF}.yaml"
    # The shipped file marks its own pauses; take them out, then mark the first disclosure beat.
    text = source.read_text(encoding="utf-8").replace("    pause: true\n", "")
    marked = text.replace(
        "    invites: self_disclosure", "    pause: true\n    invites: self_disclosure", 1
    )
    assert marked != text
    path = tmp_path / "marked.yaml"
    path.write_text(marked.replace(f"id: {GRIEF}", "id: marked-copy", 1), encoding="utf-8")
    assert main(["validate", str(path)]) == 0
