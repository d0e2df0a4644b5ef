"""Checks that need more than one file: a scenario against its rubric, and its beat graph."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from roleplay.content.outline import ScenarioOutline
from roleplay.content.yaml_source import YamlDocument
from roleplay.domain.common import END, RESTRAINT
from roleplay.domain.endings import takeable
from roleplay.domain.rubric import Rubric
from roleplay.domain.scenario import Beat, Scenario
from roleplay.errors import Problem


def check_scenario(
    outline: ScenarioOutline,
    doc: YamlDocument,
    rubric: Rubric | None,
    rubric_ids: list[str],
    unusable: Mapping[str, str] | None = None,
) -> list[Problem]:
    """Errors in a scenario's beat graph and against its rubric, from what could be read of it
    (`outline`), so they are found even when the file has other errors. `unusable` maps the ids
    of rubrics that were read but are broken to their files."""
    out: list[Problem] = []

    def err(loc: tuple, message: str, severity: str = "error") -> None:
        out.append(Problem(doc.path, doc.line_of(loc), message, severity))

    beat_ids = [b.id for b in outline.beats if b.id is not None]
    for beat_id, count in Counter(beat_ids).items():
        if count > 1:
            index = max(i for i, b in enumerate(outline.beats) if b.id == beat_id)
            err(
                ("beats", index, "id"),
                f"beat id '{beat_id}' is used {count} times: ids must be unique within a scenario",
            )
    known = set(beat_ids)
    for i, beat in enumerate(outline.beats):
        if beat.next and beat.next != END and beat.next not in known:
            err(("beats", i, "next"), _dangling(beat.next, beat_ids))
        for j, branch in enumerate(beat.branches):
            if branch.next is not None and branch.next != END and branch.next not in known:
                err(("beats", i, "branches", j, "next"), _dangling(branch.next, beat_ids))

    if outline.rubric is None:
        pass  # not readable: pydantic has said what is wrong with `rubric:`
    elif rubric is None:
        broken = (unusable or {}).get(outline.rubric)
        err(
            ("rubric",),
            f"rubric '{outline.rubric}' in {broken} has errors of its own: fix that file first"
            if broken
            else f"rubric '{outline.rubric}' not found (available: "
            f"{', '.join(sorted(rubric_ids)) or 'none loaded'}): "
            "check the id or add the rubric file",
        )
    else:
        out += _check_against_rubric(outline, doc, rubric)
    if outline.readable:
        out += _check_graph(outline, doc)
    return out


def _dangling(target: str, beat_ids: list[str]) -> str:
    listed = ", ".join(dict.fromkeys(beat_ids))  # a repeated id is listed once
    return f"'{target}' is not a beat of this scenario: use one of {listed} or `{END}`"


def _check_against_rubric(
    outline: ScenarioOutline, doc: YamlDocument, rubric: Rubric
) -> list[Problem]:
    out: list[Problem] = []
    criteria = rubric.criterion_ids
    listed = ", ".join(criteria)
    scale = rubric.scale

    def err(loc: tuple, message: str) -> None:
        out.append(Problem(doc.path, doc.line_of(loc), message))

    for i, skill in enumerate(outline.skills):
        if skill is not None and skill not in criteria:
            err(
                ("skills", i),
                f"skill '{skill}' is not a criterion of rubric '{rubric.id}' ({listed})",
            )
    for i, beat in enumerate(outline.beats):
        if beat.invites is not None and beat.invites != RESTRAINT and beat.invites not in criteria:
            err(
                ("beats", i, "invites"),
                f"invites '{beat.invites}': use `{RESTRAINT}` or a "
                f"criterion of rubric '{rubric.id}' ({listed})",
            )
        for j, branch in enumerate(beat.branches):
            for criterion in branch.on:
                if criterion not in criteria:
                    err(
                        ("beats", i, "branches", j, "on", criterion),
                        f"branch condition on '{criterion}', which rubric '{rubric.id}' does not "
                        f"have ({listed})",
                    )
        for j, scores in enumerate(beat.exemplar_scores):
            for criterion, score in scores.items():
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


def _check_graph(outline: ScenarioOutline, doc: YamlDocument) -> list[Problem]:
    """Every beat reachable from the first, and the end reachable from every reachable beat."""
    beats = {b.id: b for b in outline.beats if b.id is not None}
    edges = {i: [t for t in b.targets if t == END or t in beats] for i, b in beats.items()}
    # A dangling `next` is reported once, as itself, not again as "can never end".
    dangling = any(t != END and t not in beats for b in outline.beats for t in b.targets)
    reached: set[str] = set()
    stack = [outline.beats[0].id]
    while stack:
        node = stack.pop()
        if node is None or node in reached or node == END:
            continue
        reached.add(node)
        stack.extend(edges[node])
    out: list[Problem] = []
    for i, beat in enumerate(outline.beats):
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
    for i, beat in enumerate(outline.beats):
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


def scenario_advice(scenario: Scenario, doc: YamlDocument) -> list[Problem]:
    """Weak content: valid, but a class will get less from it. Warnings never fail validation.
    (Only for a scenario that validated: they need the whole model.)"""
    out: list[Problem] = []

    def warn(loc: tuple, message: str) -> None:
        out.append(Problem(doc.path, doc.line_of(loc), message, "warning"))

    for i, beat in enumerate(scenario.beats):
        loc = ("beats", i, "id")
        inviting = beat.invites != RESTRAINT
        if inviting and not beat.exemplars:
            warn(
                loc,
                f"beat '{beat.id}' invites {beat.invites} but has no exemplars: add two or three "
                "(strong, mixed, harmful) with `scores` and `why`, so trainees asking for an "
                "example see one and the judge can be calibrated here",
            )
        if inviting:
            advice = _harm_advice(beat)
            if advice:
                warn(loc, advice)
        if beat.branches and not beat.next and _falls_through(beat):
            warn(
                loc,
                f"beat '{beat.id}' has no `otherwise: true` branch: unmatched responses end "
                "the session",
            )
    fit = difficulty_advice(scenario)
    if fit:
        warn(("difficulty",), fit)
    return out


def _falls_through(beat: Beat) -> bool:
    """Some reading matches none of the beat's branches (no `otherwise`, and the conditions
    leave a reading uncovered): a beat whose branches cover every outcome never falls through."""
    if any(b.otherwise for b in beat.branches):
        return False
    return any(route.branch is None for route in takeable(beat))


def _harm_advice(beat: Beat) -> str | None:
    """An inviting beat should answer a harmful response differently from a missing one."""
    skill = beat.invites
    add = (
        f"add a branch `on: {{{skill}: weak}}` whose client line shows how a harmful "
        f"{skill} lands (see the client's `reactions`)"
    )
    if not beat.branches:
        return (
            f"beat '{beat.id}' invites {skill} but has no branches, so the client answers a "
            f"harmful response exactly as a helpful one: {add}"
        )
    weak, absent = beat.route({skill: "weak"}), beat.route({skill: "absent"})
    if weak.on and _covers(weak.on.get(skill), "weak"):
        return None
    if weak is absent or (weak.otherwise and absent.otherwise):
        return (
            f"beat '{beat.id}': a harmful {skill} (weak) and no {skill} at all both take the "
            f"`otherwise` branch, so the client reacts to them the same way: {add}"
        )
    return f"beat '{beat.id}' has no branch for a weak {skill}: {add}"


def _covers(wanted: object, outcome: str) -> bool:
    if wanted is None:
        return False
    return outcome == wanted or (isinstance(wanted, list) and outcome in wanted)


# How much a scenario asks of a trainee, from what its file says (docs/authoring.md, Difficulty).
_ALLIANCE_LOAD = {"strained": 1, "ruptured": 2}
_STYLE_LOAD = {"guarded": 1, "tangential": 1, "hostile": 2}
BEGINNER_MAX_LOAD = 2
INTERMEDIATE_MAX_LOAD = 3


def difficulty_load(scenario: Scenario) -> int:
    """0 for a plain client, a sound alliance and one skill; each complication adds to it."""
    skills = {b.invites for b in scenario.beats if b.invites != RESTRAINT}
    return (
        _ALLIANCE_LOAD.get(scenario.relationship.alliance, 0)
        + _STYLE_LOAD.get(scenario.client.style, 0)
        + min(max(len(skills) - 1, 0), 2)
    )


def fitting_difficulties(scenario: Scenario) -> list[str]:
    load = difficulty_load(scenario)
    inviting = [b for b in scenario.beats if b.invites != RESTRAINT]
    skills = {b.invites for b in inviting}
    fits = []
    if (
        load <= BEGINNER_MAX_LOAD
        and scenario.relationship.alliance != "ruptured"
        and scenario.client.style != "hostile"
        and len(skills) <= 2
    ):
        fits.append("beginner")
    if load <= INTERMEDIATE_MAX_LOAD:
        fits.append("intermediate")
    if inviting and not (load == 0 and len(inviting) < 2):
        fits.append("advanced")
    return fits


def difficulty_advice(scenario: Scenario) -> str | None:
    fits = fitting_difficulties(scenario)
    if scenario.difficulty in fits:
        return None
    load = difficulty_load(scenario)
    skills = sorted({b.invites for b in scenario.beats if b.invites != RESTRAINT})
    facts = (
        f"alliance {scenario.relationship.alliance}, a {scenario.client.style} client, "
        f"{len(skills)} skill(s) invited ({', '.join(skills) or 'only restraint'}): load {load}"
    )
    if not fits:
        return (
            f"no difficulty fits this scenario ({facts}): it asks a lot of a trainee yet invites "
            "no skill the rubric scores; add a beat that invites one, or ease the relationship"
        )
    return (
        f"difficulty: {scenario.difficulty} does not fit what the scenario asks ({facts}); "
        f"it reads as {' or '.join(fits)}. Change `difficulty`, or adjust the alliance, the "
        "client's style or the skills invited (docs/authoring.md, Difficulty)"
    )
