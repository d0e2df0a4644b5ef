"""The trainee's remembered id and cohort, so they need not type them every time."""

from __future__ import annotations

import getpass
import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from roleplay.regular_files import MAX_SMALL_BYTES, read_regular
from roleplay.store.files import atomic_write

PROFILE = "profile.json"


class Profile(BaseModel):
    model_config = ConfigDict(extra="ignore")

    trainee: str | None = None
    cohort: str | None = None
    theme: str | None = None
    # Rate your own response before the scores are shown (the practice room remembers the choice).
    self_rating: bool | None = None


def load_profile(data_dir: Path) -> Profile:
    try:
        raw = read_regular(data_dir / PROFILE, MAX_SMALL_BYTES, "the profile")
        return Profile.model_validate(json.loads(raw.decode("utf-8")))
    except (OSError, ValueError, ValidationError):
        return Profile()


def save_profile(data_dir: Path, profile: Profile) -> None:
    atomic_write(data_dir / PROFILE, profile.model_dump_json(indent=1).encode("utf-8"))


def default_trainee() -> str:
    try:
        return getpass.getuser()
    except Exception:  # pragma: no cover - no login name in some containers
        return "trainee"
