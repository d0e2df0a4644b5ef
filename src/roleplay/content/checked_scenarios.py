"""A scenario's checks against its rubric, remembered while the same parsed objects are in use.

The parse cache (`parsed_files`) hands back the same frozen models for the same bytes, so the
library is rebuilt from identical objects on every load (each app start, each test, each
`validate`). Its per-scenario work after parsing (structure, routes, advice, the content hash) is
about as costly as parsing was; it depends only on the scenario, its YAML document, the rubric it
names, the ids of every usable rubric and the unusable ones, so it is remembered under those.
Entries hold the scenario and document they were computed from and are used only when both are the
very same objects (identity, not equality), so an edited file, which parses to new objects, is
checked afresh. The rubric is known by its content hash: one that extends another is resolved
into a new object on every load, with the same content.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from roleplay.content.checks import check_scenario, scenario_advice
from roleplay.content.outline import scenario_outline
from roleplay.content.route_checks import check_routes
from roleplay.content.yaml_source import YamlDocument
from roleplay.domain.hashing import content_hash
from roleplay.domain.rubric import Rubric
from roleplay.domain.scenario import Scenario
from roleplay.errors import Problem

MAX_REMEMBERED = 512  # as many as the parse cache keeps


@dataclass(frozen=True)
class CheckedScenario:
    problems: tuple[Problem, ...]
    sha256: str  # content_hash(scenario)


@dataclass(frozen=True)
class _Entry:
    scenario: Scenario
    doc: YamlDocument
    result: CheckedScenario


_remembered: OrderedDict[tuple, _Entry] = OrderedDict()


def check_scenario_once(
    scenario: Scenario,
    doc: YamlDocument,
    rubric: Rubric | None,
    rubric_sha256: str | None,
    rubric_ids: list[str],
    unusable: dict[str, str],
) -> CheckedScenario:
    """Every check a validated scenario gets in the library, and its content hash
    (`rubric_sha256` is `rubric`'s content hash, None when there is no rubric)."""
    key = (
        id(scenario),
        id(doc),
        rubric_sha256,
        tuple(rubric_ids),
        tuple(sorted(unusable.items())),
    )
    hit = _remembered.get(key)
    if hit is not None and hit.scenario is scenario and hit.doc is doc:
        _remembered.move_to_end(key)
        return hit.result
    problems = check_scenario(scenario_outline(scenario), doc, rubric, rubric_ids, unusable)
    problems += check_routes(scenario, doc)  # branches that can never be taken
    problems += scenario_advice(scenario, doc)
    result = CheckedScenario(tuple(problems), content_hash(scenario))
    _remembered[key] = _Entry(scenario, doc, result)
    if len(_remembered) > MAX_REMEMBERED:
        _remembered.popitem(last=False)
    return result
