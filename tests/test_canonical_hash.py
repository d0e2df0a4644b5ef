"""One canonical hash for scenarios, rubrics and evaluations, with the same values as before."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from roleplay.domain.hashing import canonical_json, content_hash, sha256_of
from roleplay.domain.integrity import integrity_of
from roleplay.domain.session import CriterionResult, Evaluation
from roleplay.factory import Services

SRC = Path(__file__).resolve().parent.parent / "src" / "roleplay"


def test_the_hash_ignores_key_order_and_keeps_unicode() -> None:
    assert canonical_json({"b": [1, 2], "a": "é"}) == '{"a":"é","b":[1,2]}'
    assert sha256_of({"b": [1, 2], "a": "é"}) == sha256_of({"a": "é", "b": [1, 2]})
    expected = hashlib.sha256('{"a":"é","b":[1,2]}'.encode()).hexdigest()
    assert sha256_of({"a": "é", "b": [1, 2]}) == expected


def test_scenario_and_rubric_hashes_are_the_canonical_hash(services: Services) -> None:
    entry = services.library.scenario("grief-have-you-lost-a-parent")
    frozen = entry.scenario.model_dump(mode="json")
    assert entry.sha256 == content_hash(entry.scenario) == sha256_of(frozen)
    # What a session freezes hashes the same once it has been through a file and back.
    assert sha256_of(json.loads(json.dumps(frozen, indent=1))) == entry.sha256


def test_the_integrity_hash_keeps_its_scheme_and_value() -> None:
    evaluation = Evaluation(
        judge="offline",
        rubric_id="disclosure-immediacy",
        rubric_version=2,
        criteria={"self_disclosure": CriterionResult(applicable=True, score=4)},
    )
    payload = (
        '{"criteria":{"self_disclosure":[true,4]},"judge":"offline","model":null,'
        '"response":"I hear you.","restraint":null,"rubric":["disclosure-immediacy",2],'
        '"scheme":"v1"}'
    )
    expected = "v1:" + hashlib.sha256(payload.encode()).hexdigest()
    assert integrity_of(evaluation, "I hear you.") == expected


def test_no_module_hashes_canonical_json_on_its_own() -> None:
    """Hashing sorted-key JSON happens in domain/hashing only (other sha256 uses hash plain
    bytes: a weights file, a split key, the keyed pseudonyms)."""
    users = sorted(
        str(path.relative_to(SRC))
        for path in SRC.rglob("*.py")
        if re.search(r"^\s*(import hashlib|from hashlib)", text := path.read_text("utf-8"), re.M)
        and "sort_keys" in text
    )
    assert users == ["domain/hashing.py"]
