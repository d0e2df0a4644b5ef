"""Drill records: one private JSON file per drill session in the data dir's `drills/`."""

from __future__ import annotations

import secrets
from datetime import datetime
from pathlib import Path

from roleplay.domain.drill import DRILL_SCHEMA_VERSION, DrillRecord
from roleplay.errors import StoreError
from roleplay.store.files import atomic_write, ensure_private_dir
from roleplay.store.sessions import read_versioned

DRILLS = "drills"


def new_drill_id(deck_id: str, now: datetime) -> str:
    return f"{now:%Y%m%d-%H%M%S}-{deck_id[:40]}-{secrets.token_hex(3)}"


class DrillStore:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.drills_dir = data_dir / DRILLS

    def path_for(self, drill_id: str) -> Path:
        if "/" in drill_id or "\\" in drill_id or drill_id.startswith("."):
            raise StoreError(f"invalid drill id {drill_id!r}")
        return self.drills_dir / f"{drill_id}.json"

    def save(self, record: DrillRecord) -> Path:
        ensure_private_dir(self.data_dir)
        ensure_private_dir(self.drills_dir)
        path = self.path_for(record.id)
        atomic_write(path, record.model_dump_json(indent=1).encode("utf-8"))
        return path

    def load(self, drill_id: str) -> DrillRecord:
        path = self.path_for(drill_id)
        return read_versioned(path, DrillRecord, DRILL_SCHEMA_VERSION, "a drill record")
