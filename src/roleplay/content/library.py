"""The content library: shipped scenarios and rubrics plus any instructor directories.

Later directories override earlier ones by id, so an instructor's `grief-...` replaces the shipped
one; each entry remembers where it came from and what it overrides, and the UI can say so.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from roleplay.content.checked_scenarios import check_scenario_once
from roleplay.content.checks import check_scenario
from roleplay.content.drill_checks import check_drill, drill_advice
from roleplay.content.loader import Loaded, Reading
from roleplay.content.outline import (
    deck_outline,
    raw_deck_outline,
    raw_scenario_outline,
    scenario_outline,
)
from roleplay.content.parsed_files import read_content_once
from roleplay.content.yaml_source import YamlDocument
from roleplay.domain.drill import DrillDeck
from roleplay.domain.hashing import content_hash
from roleplay.domain.rubric import Rubric
from roleplay.domain.scenario import Scenario
from roleplay.errors import ContentError, Problem, UsageError

SHIPPED = "shipped"
SUFFIXES = (".yaml", ".yml")


def shipped_dir() -> Path:
    """Content inside the wheel, or at the top of the source checkout in an editable install."""
    here = Path(__file__).resolve().parent.parent
    packaged = here / "shipped"
    if (packaged / "scenarios").is_dir():
        return packaged
    return here.parent.parent  # src/roleplay -> repository root


def corpus_dir() -> Path | None:
    """The labelled corpus (for `roleplay fit`): inside the wheel, or at the top of a checkout."""
    found = shipped_dir() / "corpus"
    return found if found.is_dir() else None


@dataclass(frozen=True)
class ScenarioEntry:
    scenario: Scenario
    path: Path
    origin: str
    sha256: str
    doc: YamlDocument
    overrides: Path | None = None


@dataclass(frozen=True)
class RubricEntry:
    rubric: Rubric  # with inherited criteria resolved
    path: Path
    origin: str
    sha256: str
    doc: YamlDocument
    overrides: Path | None = None


@dataclass(frozen=True)
class DrillEntry:
    deck: DrillDeck
    path: Path
    origin: str
    sha256: str
    doc: YamlDocument


@dataclass
class ContentLibrary:
    scenarios: dict[str, ScenarioEntry] = field(default_factory=dict)
    rubrics: dict[str, RubricEntry] = field(default_factory=dict)
    drills: dict[str, DrillEntry] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    def scenario(self, scenario_id: str) -> ScenarioEntry:
        if scenario_id in self.scenarios:
            return self.scenarios[scenario_id]
        close = difflib.get_close_matches(scenario_id, list(self.scenarios), n=3)
        hint = "`roleplay scenarios` lists every scenario id"
        if close:
            hint = f"did you mean {', '.join(close)}? {hint}"
        raise UsageError(f"no scenario with id '{scenario_id}'", hint)

    def drill_for(self, skill: str) -> DrillEntry:
        """The deck that practises `skill` (a criterion id) or has that id."""
        for entry in self.drills.values():
            if skill in (entry.deck.skill, entry.deck.id):
                return entry
        known = ", ".join(sorted(e.deck.skill for e in self.drills.values())) or "none"
        raise UsageError(f"no drill deck for '{skill}'", f"available skills: {known}")

    def rubric(self, rubric_id: str) -> RubricEntry:
        if rubric_id in self.rubrics:
            return self.rubrics[rubric_id]
        known = ", ".join(sorted(self.rubrics)) or "none"
        raise UsageError(f"no rubric with id '{rubric_id}'", f"available: {known}")

    def sorted_scenarios(self) -> list[ScenarioEntry]:
        order = {"beginner": 0, "intermediate": 1, "advanced": 2}
        return sorted(
            self.scenarios.values(),
            key=lambda e: (order[e.scenario.difficulty], e.scenario.title.lower()),
        )


def describe_source(entry: ScenarioEntry | RubricEntry) -> str:
    """Where a scenario or rubric in use comes from, for the UI: shipped, or which file."""
    if entry.origin == SHIPPED:
        return "shipped"
    text = str(entry.path)
    if entry.overrides is not None:
        replaced = "the shipped one" if _is_shipped(entry.overrides) else str(entry.overrides)
        text += f", replacing {replaced}"
    return text


def _is_shipped(path: Path) -> bool:
    try:
        path.resolve().relative_to(shipped_dir().resolve())
    except ValueError:
        return False
    return True


def yaml_files(path: Path) -> list[Path]:
    if not path.is_dir():  # a named FIFO or device is refused by the reader, with its name
        return [path]
    return sorted(p for p in path.rglob("*") if p.suffix in SUFFIXES and p.is_file())


def content_files(directory: Path) -> list[Path]:
    """`scenarios/` and `rubrics/` under a content directory, or its YAML files directly."""
    subdirs = [directory / "rubrics", directory / "scenarios", directory / "drills"]
    if any(d.is_dir() for d in subdirs):
        return [f for d in subdirs if d.is_dir() for f in yaml_files(d)]
    return yaml_files(directory)


def load_library(
    directories: Sequence[tuple[Path, str]] = (),
    extra_files: Iterable[Path] = (),
    *,
    include_shipped: bool = True,
    strict_duplicates: bool = False,
) -> ContentLibrary:
    """Load shipped content, then each (directory, origin label), then `extra_files`.

    Broken files are skipped with their problems recorded, so one bad instructor file never hides
    the rest. With `strict_duplicates`, two files in the same source with the same id are errors.
    """
    sources: list[tuple[str, list[Path]]] = []
    if include_shipped:
        sources.append((SHIPPED, content_files(shipped_dir())))
    for directory, origin in directories:
        if not directory.is_dir():
            raise UsageError(
                f"content directory {directory} does not exist",
                "check --content or the content_dirs setting",
            )
        sources.append((origin, content_files(directory)))
    extra = list(extra_files)
    if extra:
        # A file named on the command line is read once, as itself, even if it is also shipped.
        named = {p.resolve() for p in extra}
        sources = [
            (origin, [f for f in files if f.resolve() not in named]) for origin, files in sources
        ]
        sources.append(("command line", extra))

    library = ContentLibrary()
    loaded_scenarios: dict[str, tuple[Loaded, str, Path | None]] = {}
    loaded_drills: dict[str, tuple[Loaded, str]] = {}
    raw_rubrics: dict[str, tuple[Loaded, str, Path | None]] = {}
    broken: list[Reading] = []  # read, with errors: still checked against the rest below
    for origin, files in sources:
        in_this_source: dict[tuple[str, str], Path] = {}
        for path in files:
            resolved = path.resolve()
            try:
                reading = read_content_once(path)
            except ContentError as exc:
                library.problems += exc.problems
                continue
            if reading.model is None or reading.problems:
                library.problems += reading.problems
                broken.append(reading)
                continue
            loaded = Loaded(reading.kind, reading.model, reading.doc, path)
            model_id = loaded.model.id
            first = in_this_source.get((loaded.kind, model_id))
            if first is not None and strict_duplicates:
                library.problems.append(
                    Problem(
                        str(path),
                        loaded.doc.line_of(("id",)),
                        f"{loaded.kind} id '{model_id}' is also used by {first}: "
                        "ids must be unique",
                    )
                )
                continue
            in_this_source[(loaded.kind, model_id)] = path
            if loaded.kind == "drill":
                loaded_drills[model_id] = (loaded, origin)
                continue
            table = loaded_scenarios if loaded.kind == "scenario" else raw_rubrics
            previous = table.get(model_id)
            overrides = None
            if previous is not None and previous[0].path.resolve() != resolved:
                overrides = previous[0].path
            table[model_id] = (loaded, origin, overrides)

    for rubric_id, (loaded, origin, overrides) in raw_rubrics.items():
        resolved_rubric = _resolve_rubric(rubric_id, raw_rubrics, library.problems, [])
        if resolved_rubric is not None:
            library.rubrics[rubric_id] = RubricEntry(
                resolved_rubric,
                loaded.path,
                origin,
                content_hash(resolved_rubric),
                loaded.doc,
                overrides,
            )

    unusable = _unusable_rubrics(raw_rubrics, broken, library)
    for scenario_id, (loaded, origin, overrides) in loaded_scenarios.items():
        scenario = loaded.model
        assert isinstance(scenario, Scenario)
        rubric = library.rubrics.get(scenario.rubric)
        checked = check_scenario_once(
            scenario,
            loaded.doc,
            rubric.rubric if rubric else None,
            rubric.sha256 if rubric else None,
            list(library.rubrics),
            unusable,
        )
        library.problems += checked.problems
        if any(p.severity == "error" for p in checked.problems):
            continue
        library.scenarios[scenario_id] = ScenarioEntry(
            scenario, loaded.path, origin, checked.sha256, loaded.doc, overrides
        )

    for deck_id, (loaded, origin) in loaded_drills.items():
        deck = loaded.model
        assert isinstance(deck, DrillDeck)
        deck_rubric = library.rubrics.get(deck.rubric)
        problems = check_drill(
            deck_outline(deck), loaded.doc, deck_rubric.rubric if deck_rubric else None, unusable
        )
        if deck_rubric is not None:
            problems += drill_advice(deck, loaded.doc)
        library.problems += problems
        if not any(p.severity == "error" for p in problems):
            library.drills[deck_id] = DrillEntry(
                deck, loaded.path, origin, content_hash(deck), loaded.doc
            )

    for reading in broken:  # what their own errors do not hide: the graph, the rubric's criteria
        library.problems += _cross_checks(reading, library, unusable)
    return library


def _unusable_rubrics(
    raw: dict[str, tuple[Loaded, str, Path | None]], broken: list[Reading], library: ContentLibrary
) -> dict[str, str]:
    """Ids of rubrics that were read but cannot be used (errors of their own, or an `extends`
    that fails), with their files: a scenario naming one is told so, not "not found"."""
    found = {rubric_id: str(item[0].path) for rubric_id, item in raw.items()}
    for reading in broken:
        data = reading.doc.data
        if reading.kind == "rubric" and isinstance(data.get("id"), str):
            found.setdefault(data["id"].strip(), str(reading.path))
    return {k: v for k, v in found.items() if k not in library.rubrics}


def _cross_checks(
    reading: Reading, library: ContentLibrary, unusable: dict[str, str]
) -> list[Problem]:
    """The cross-file and graph errors of a file whose own errors kept it out of the library,
    read from its model if that validated, else from its raw mapping."""
    rubrics = library.rubrics
    if reading.kind == "scenario":
        model = reading.model
        outline = (
            scenario_outline(model)
            if isinstance(model, Scenario)
            else raw_scenario_outline(reading.doc.data)
        )
        entry = rubrics.get(outline.rubric) if outline.rubric else None
        return check_scenario(
            outline,
            reading.doc,
            entry.rubric if entry else None,
            list(rubrics),
            unusable,
        )
    if reading.kind == "drill":
        model = reading.model
        deck = deck_outline(model) if isinstance(model, DrillDeck) else None
        deck = deck or raw_deck_outline(reading.doc.data)
        entry = rubrics.get(deck.rubric) if deck.rubric else None
        return check_drill(deck, reading.doc, entry.rubric if entry else None, unusable)
    return []


def _resolve_rubric(
    rubric_id: str,
    raw: dict[str, tuple[Loaded, str, Path | None]],
    problems: list[Problem],
    chain: list[str],
) -> Rubric | None:
    loaded = raw[rubric_id][0]
    rubric = loaded.model
    assert isinstance(rubric, Rubric)
    if rubric.extends is None:
        return rubric
    line = loaded.doc.line_of(("extends",))
    if rubric.extends in [*chain, rubric_id]:
        problems.append(
            Problem(
                str(loaded.path),
                line,
                f"rubric '{rubric_id}' extends itself through "
                f"{' -> '.join([*chain, rubric_id, rubric.extends])}",
            )
        )
        return None
    if rubric.extends not in raw:
        problems.append(
            Problem(
                str(loaded.path),
                line,
                f"extends '{rubric.extends}', which is not a loaded rubric "
                f"(available: {', '.join(sorted(raw))})",
            )
        )
        return None
    parent = _resolve_rubric(rubric.extends, raw, problems, [*chain, rubric_id])
    if parent is None:
        return None
    if parent.scale != rubric.scale:
        problems.append(
            Problem(
                str(loaded.path),
                loaded.doc.line_of(("scale",)),
                f"scale {rubric.scale.min}-{rubric.scale.max} differs from "
                f"'{parent.id}' ({parent.scale.min}-{parent.scale.max}): "
                "an extending rubric keeps its parent's scale",
            )
        )
        return None
    own = {c.id for c in rubric.criteria}
    criteria = [c for c in parent.criteria if c.id not in own] + list(rubric.criteria)
    return rubric.model_copy(update={"criteria": criteria})
