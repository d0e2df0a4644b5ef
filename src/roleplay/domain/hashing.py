"""The one canonical hash: sha256 over canonical JSON (sorted keys, no spaces, UTF-8).

Scenario and rubric hashes (frozen into each session and checked by `export --verify`) and the
evaluations' integrity hashes all use it, so formatting, key order and comments never change a
hash and the same data always hashes the same way, in every module.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from pydantic import BaseModel


def canonical_json(data: Any) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def sha256_of(data: Any) -> str:
    """Hex sha256 of `data`'s canonical JSON (`data` is JSON-ready: dicts, lists, scalars)."""
    return hashlib.sha256(canonical_json(data).encode("utf-8")).hexdigest()


def text_sha256(text: str) -> str:
    """Hex sha256 of a text's UTF-8 bytes (the words a supervisor rated, a reviewer's name)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def content_hash(model: BaseModel) -> str:
    """sha256 of a model's canonical JSON: a scenario or rubric, whatever file it came from."""
    return sha256_of(model.model_dump(mode="json"))
