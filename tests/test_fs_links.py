"""`roleplay new` never writes through a symbolic link, nor creates a dangling link's target."""

from __future__ import annotations

from pathlib import Path

import pytest

from roleplay.cli import main


def _content_dir(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    (root / "scenarios").mkdir(parents=True)
    return root


@pytest.mark.parametrize("force", [False, True])
def test_new_refuses_a_link_to_an_existing_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], force: bool
) -> None:
    root = _content_dir(tmp_path)
    victim = tmp_path / "elsewhere" / "notes.txt"
    victim.parent.mkdir()
    victim.write_text("an instructor's notes", "utf-8")
    link = root / "scenarios" / "moving-cities.yaml"
    link.symlink_to(victim)
    argv = ["new", "scenario", "moving-cities", "--dir", str(root)]
    assert main(argv + (["--force"] if force else [])) == 2
    err = capsys.readouterr().err
    assert f"{link} is a symbolic link; `roleplay new` never writes through links" in err
    assert victim.read_text("utf-8") == "an instructor's notes"
    assert link.is_symlink()
    assert not (root / "schemas").exists()  # nothing at all was written


def test_new_does_not_create_a_dangling_links_target(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _content_dir(tmp_path)
    outside = tmp_path / "outside" / "planted.yaml"
    outside.parent.mkdir()
    (root / "scenarios" / "moving-cities.yaml").symlink_to(outside)
    assert main(["new", "scenario", "moving-cities", "--dir", str(root)]) == 2
    assert "never writes through links" in capsys.readouterr().err
    assert not outside.exists()


def test_new_refuses_a_linked_schema_file_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _content_dir(tmp_path)
    (root / "schemas").mkdir()
    outside = tmp_path / "outside.json"
    (root / "schemas" / "rubric.schema.json").symlink_to(outside)
    assert main(["new", "rubric", "my-rubric", "--dir", str(root)]) == 2
    assert "never writes through links" in capsys.readouterr().err
    assert not outside.exists()
    assert not (root / "rubrics" / "my-rubric.yaml").exists()


def test_new_refuses_a_dangling_folder_link(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "content"
    root.mkdir()
    outside = tmp_path / "outside-dir"
    (root / "scenarios").symlink_to(outside)
    assert main(["new", "scenario", "moving-cities", "--dir", str(root)]) == 2
    assert "does not lead to a directory" in capsys.readouterr().err
    assert not outside.exists()


def test_new_still_writes_ordinary_files(tmp_path: Path) -> None:
    root = _content_dir(tmp_path)
    assert main(["new", "scenario", "moving-cities", "--dir", str(root)]) == 0
    written = root / "scenarios" / "moving-cities.yaml"
    assert "moving-cities" in written.read_text("utf-8") and not written.is_symlink()
    assert main(["validate", str(written)]) == 0


def test_rescore_writes_a_linked_record_back_to_its_real_file(tmp_path: Path) -> None:
    import json
    import shutil

    from test_fs_writes import _one_session

    real = tmp_path / "submitted"
    real.mkdir()
    real.chmod(0o755)
    record = real / "a.json"
    shutil.copy(_one_session(tmp_path / "made"), record)
    cohort = tmp_path / "cohort"
    cohort.mkdir()
    (cohort / "a.json").symlink_to(record)
    assert main(["rescore", str(cohort), "--offline"]) == 0
    assert (cohort / "a.json").is_symlink()  # the link is kept, not replaced by a copy
    attempts = [a for t in json.loads(record.read_text("utf-8"))["turns"] for a in t["attempts"]]
    assert any(a.get("rescores") for a in attempts)
    assert real.stat().st_mode & 0o777 == 0o755
