"""Checks that need more than one file: a scenario against its rubric, and its beat graph."""

from __future__ import annotations

from collections import Counter

from roleplay.content.yaml_source import YamlDocument
from roleplay.domain.common import END, RESTRAINT
from roleplay.domain.rubric import Rubric
from roleplay.domain.scenario import Scenario
from roleplay.errors import Problem


def check_scenario(
    scenario: Scenario, doc: YamlDocument, rubric: Rubric | None, rubric_ids: list[str]
) -> list[Problem]:
    out: list[Problem] = []

    def err(loc: tuple, message: str, severity: str = "error") -> None:
        out.append(Problem(doc.path, doc.line_of(loc), message, severity))

    beat_ids = [b.id for b in scenario.beats]
    for beat_id, count in Counter(beat_ids).items():
        if count > 1:
            index = len(beat_ids) - 1 - beat_ids[::-1].index(beat_id)
            err(
                ("beats", index, "id"),
                f"beat id '{beat_id}' is used {count} times: ids must be unique within a scenario",
            )
    known = set(beat_ids)
    for i, beat in enumerate(scenario.beats):
        if beat.next and beat.next != END and beat.next not in known:
            err(("beats", i, "next"), _dangling(beat.next, beat_ids))
        for j, branch in enumerate(beat.branches):
            if branch.next != END and branch.next not in known:
                err(("beats", i, "branches", j, "next"), _dangling(branch.next, beat_ids))

    if rubric is None:
        shown = ", ".join(sorted(rubric_ids)) or "none loaded"
        err(
            ("rubric",),
            f"rubric '{scenario.rubric}' not found (available: {shown}): "
            "check the id or add the rubric file",
        )
    else:
        out += _check_against_rubric(scenario, doc, rubric)
    out += _check_graph(scenario, doc)
    out += _advice(scenario, doc)
    return out


def _dangling(target: str, beat_ids: list[str]) -> str:
    return f"'{target}' is not a beat of this scenario: use one of {', '.join(beat_ids)} or `{END}`"


def _check_against_rubric(scenario: Scenario, doc: YamlDocument, rubric: Rubric) -> list[Problem]:
    out: list[Problem] = []
    criteria = rubric.criterion_ids
    listed = ", ".join(criteria)
    scale = rubric.scale

    def err(loc: tuple, message: str) -> None:
        out.append(Problem(doc.path, doc.line_of(loc), message))

    for i, skill in enumerate(scenario.skills):
        if skill not in criteria:
            err(
                ("skills", i),
                f"skill '{skill}' is not a criterion of rubric '{rubric.id}' ({listed})",
            )
    for i, beat in enumerate(scenario.beats):
        if beat.invites != RESTRAINT and beat.invites not in criteria:
            err(
                ("beats", i, "invites"),
                f"invites '{beat.invites}': use `{RESTRAINT}` or a "
                f"criterion of rubric '{rubric.id}' ({listed})",
            )
        for j, branch in enumerate(beat.branches):
            for criterion in branch.on or {}:
                if criterion not in criteria:
                    err(
                        ("beats", i, "branches", j, "on", criterion),
                        f"branch condition on '{criterion}', which rubric '{rubric.id}' does not "
                        f"have ({listed})",
                    )
        for j, exemplar in enumerate(beat.exemplars):
            for criterion, score in exemplar.scores.items():
                loc = ("beats", i, "exemplars", j, "scores", criterion)
                if criterion not in criteria:
                    err(
                        loc,
                        f"exemplar scores '{criterion}', which rubric '{rubric.id}' does not "
                        f"have ({listed})",
                    )
                elif score is not None and score not in scale.points:
                    err(
                        loc,
                        f"score {score} is outside the rubric's scale "
                        f"{scale.min}-{scale.max} (use null for 'not used')",
                    )
    return out


def _check_graph(scenario: Scenario, doc: YamlDocument) -> list[Problem]:
    """Every beat reachable from the first, and the end reachable from every reachable beat."""
    beats = {b.id: b for b in scenario.beats}
    edges = {b.id: [t for t in b.targets if t == END or t in beats] for b in scenario.beats}
    # A dangling `next` is reported once, as itself, not again as "can never end".
    dangling = {b.id for b in scenario.beats if any(t != END and t not in beats for t in b.targets)}
    reached: set[str] = set()
    stack = [scenario.beats[0].id]
    while stack:
        node = stack.pop()
        if node in reached or node == END:
            continue
        reached.add(node)
        stack.extend(edges[node])
    out: list[Problem] = []
    for i, beat in enumerate(scenario.beats):
        if beat.id not in reached:
            out.append(
                Problem(
                    doc.path,
                    doc.line_of(("beats", i, "id")),
                    f"beat '{beat.id}' is never reached: no branch or `next` leads to "
                    "it from the first beat",
                )
            )
    # Beats from which the end can be reached (reverse search from END).
    ends: set[str] = {END}
    changed = True
    while changed:
        changed = False
        for node, targets in edges.items():
            if node not in ends and any(t in ends for t in targets):
                ends.add(node)
                changed = True
    for i, beat in enumerate(scenario.beats):
        if beat.id in reached and beat.id not in ends and not dangling:
            out.append(
                Problem(
                    doc.path,
                    doc.line_of(("beats", i, "id")),
                    f"from beat '{beat.id}' the session can never end: give some path "
                    f"a `next: {END}`",
                )
            )
    return out


def _advice(scenario: Scenario, doc: YamlDocument) -> list[Problem]:
    """Weak content: valid, but a class will get less from it. Warnings never fail validation."""
    out: list[Problem] = []
    for i, beat in enumerate(scenario.beats):
        loc = ("beats", i, "id")
        if beat.invites != RESTRAINT and not beat.exemplars:
            out.append(
                Problem(
                    doc.path,
                    doc.line_of(loc),
                    f"beat '{beat.id}' invites "
                    f"{beat.invites} but has no exemplars: trainees asking for an "
                    "example will see none",
                    "warning",
                )
            )
        if beat.invites != RESTRAINT and beat.branches:
            weak = any(b.on and _covers(b.on.get(beat.invites), "weak") for b in beat.branches)
            if not weak:
                out.append(
                    Problem(
                        doc.path,
                        doc.line_of(loc),
                        f"beat '{beat.id}' has no branch "
                        f"for a weak {beat.invites}: the client will not react to a "
                        "harmful response",
                        "warning",
                    )
                )
        if beat.branches and not any(b.otherwise for b in beat.branches) and not beat.next:
            out.append(
                Problem(
                    doc.path,
                    doc.line_of(loc),
                    f"beat '{beat.id}' has no "
                    "`otherwise: true` branch: unmatched responses end the session",
                    "warning",
                )
            )
    return out


def _covers(wanted: object, outcome: str) -> bool:
    if wanted is None:
        return False
    return outcome == wanted or (isinstance(wanted, list) and outcome in wanted)
