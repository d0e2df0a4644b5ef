"""Routes that can never be taken: a branch below an `otherwise`, or below branches that together
catch every reading it matches, is a line no trainee will hear (and, if it goes to `end`, an
ending the session never reaches). Judged on the routing graph alone, no judge involved."""

from __future__ import annotations

from roleplay.content.yaml_source import YamlDocument
from roleplay.domain.endings import checkable, reachable_beats, reading_count, routes, takeable
from roleplay.domain.scenario import Scenario
from roleplay.errors import Problem


def check_routes(scenario: Scenario, doc: YamlDocument) -> list[Problem]:
    out: list[Problem] = []
    for i, beat in enumerate(scenario.beats):
        if not checkable(beat):
            out.append(
                Problem(
                    doc.path,
                    doc.line_of(("beats", i, "id")),
                    f"beat '{beat.id}': its branches name too many criteria and moves "
                    f"({reading_count(beat):,} combinations) to check that each can be taken; "
                    "split the moment into two beats",
                    "warning",
                )
            )
            continue
        live = takeable(beat)
        for route in routes(beat):
            if route.branch is None or route in live:
                continue
            what = "an ending the session never reaches" if route.ends else "a line never heard"
            out.append(
                Problem(
                    doc.path,
                    doc.line_of(("beats", i, "branches", route.branch)),
                    f"beat '{beat.id}': branch {route.branch + 1} can never be taken, so it is "
                    f"{what}: a branch above it (an `otherwise`, or conditions that together "
                    "cover it) catches every response it matches; move it up or narrow those",
                )
            )
    out += _reached_only_through_dead_routes(scenario, doc)
    return out


def _reached_only_through_dead_routes(scenario: Scenario, doc: YamlDocument) -> list[Problem]:
    """A beat the graph leads to, but only through branches that can never be taken (a beat
    nothing leads to is reported by the graph check as never reached)."""
    beats = {b.id: b for b in scenario.beats}
    linked: set[str] = set()
    stack = [scenario.beats[0].id]
    while stack:
        beat_id = stack.pop()
        if beat_id not in linked and beat_id in beats:
            linked.add(beat_id)
            stack.extend(beats[beat_id].targets)
    live = reachable_beats(scenario)
    return [
        Problem(
            doc.path,
            doc.line_of(("beats", i, "id")),
            f"beat '{beat.id}' is never reached: the only branches leading to it can never "
            "be taken",
        )
        for i, beat in enumerate(scenario.beats)
        if beat.id in linked and beat.id not in live
    ]
