"""Safe YAML loading that remembers where every value came from.

PyYAML's composer gives nodes with marks; we build plain Python values from them ourselves so we
can (a) record the line of every key and value, (b) refuse duplicate keys, which PyYAML silently
overwrites, and (c) bound the work an alias bomb can cause. Only safe scalar tags are constructed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from roleplay.errors import Problem
from roleplay.regular_files import RefusedFile, read_regular

MAX_BYTES = 1_000_000  # a scenario is a few tens of KB; anything this large is a mistake
MAX_NODES = 200_000  # values constructed, counting every alias expansion
MAX_DEPTH = 64

Loc = tuple[str | int, ...]

try:  # the C composer is several times faster; marks are the same
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - libyaml missing
    _Loader = yaml.SafeLoader


@dataclass
class YamlDocument:
    path: str
    data: Any
    value_lines: dict[Loc, int] = field(default_factory=dict)
    key_lines: dict[Loc, int] = field(default_factory=dict)

    def line_of(self, loc: Loc, *, key: bool = False) -> int | None:
        """Line of the deepest known node on `loc` (the key itself when `key` is set)."""
        if key and loc in self.key_lines:
            return self.key_lines[loc]
        for end in range(len(loc), -1, -1):
            prefix = loc[:end]
            if prefix in self.value_lines:
                return self.value_lines[prefix]
        return None


class YamlProblem(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def read_text(path: Path) -> str:
    """Read a content file as UTF-8, refusing huge, binary and non-UTF-8 files with a line."""
    shown = str(path)
    try:
        raw = read_regular(path, MAX_BYTES, "a content file")
    except RefusedFile as exc:
        raise YamlProblem(Problem(shown, None, f"{exc.reason} (is this the right file?)")) from exc
    except OSError as exc:
        raise YamlProblem(Problem(shown, None, f"cannot read file: {exc.strerror}")) from exc
    if b"\x00" in raw:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        raise YamlProblem(
            Problem(shown, line, "file contains NUL bytes: it looks binary, not YAML")
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise YamlProblem(
            Problem(
                shown, line, f"byte 0x{raw[exc.start]:02x} is not UTF-8: save the file as UTF-8"
            )
        ) from exc


def load_document(path: Path) -> YamlDocument:
    text = read_text(path)
    shown = str(path)
    if not text.strip():
        raise YamlProblem(Problem(shown, None, "file is empty: a scenario or rubric is expected"))
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        what = exc.problem or "invalid YAML"
        if exc.context and exc.context_mark and exc.context_mark.line + 1 != line:
            what += f" ({exc.context} that starts on line {exc.context_mark.line + 1})"
        raise YamlProblem(Problem(shown, line, f"YAML syntax error: {what}")) from exc
    except yaml.YAMLError as exc:  # e.g. several documents in one file
        raise YamlProblem(Problem(shown, None, f"YAML error: {exc}")) from exc
    if node is None:
        raise YamlProblem(Problem(shown, None, "file holds no YAML value"))
    doc = YamlDocument(shown, None)
    builder = _Builder(doc)
    doc.data = builder.build(node, (), 0)
    return doc


class _Builder:
    def __init__(self, doc: YamlDocument) -> None:
        self.doc = doc
        self.nodes = 0
        self.constructor = yaml.SafeLoader("")  # only used to resolve scalar tags safely

    def _fail(self, node: yaml.Node, message: str) -> YamlProblem:
        return YamlProblem(Problem(self.doc.path, node.start_mark.line + 1, message))

    def build(self, node: yaml.Node, loc: Loc, depth: int) -> Any:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise self._fail(node, "too many values (an alias bomb?): refusing to expand anchors")
        if depth > MAX_DEPTH:
            raise self._fail(node, f"nesting is deeper than {MAX_DEPTH} levels")
        self.doc.value_lines.setdefault(loc, node.start_mark.line + 1)
        if isinstance(node, yaml.ScalarNode):
            try:
                return self.constructor.construct_object(node, deep=True)
            except yaml.constructor.ConstructorError as exc:
                raise self._fail(node, f"unsupported value: {exc.problem}") from exc
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*loc, i), depth + 1) for i, item in enumerate(node.value)]
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, loc, depth)
        raise self._fail(node, "unsupported YAML node")  # pragma: no cover

    def _mapping(self, node: yaml.MappingNode, loc: Loc, depth: int) -> dict[Any, Any]:
        try:
            self.constructor.flatten_mapping(node)  # resolves `<<` merge keys
        except yaml.constructor.ConstructorError as exc:
            raise self._fail(node, f"bad merge key: {exc.problem}") from exc
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise self._fail(key_node, "a key must be a plain value, not a list or mapping")
            key = self.constructor.construct_object(key_node)
            if isinstance(key, bool):  # YAML 1.1 reads `on:`/`yes:` keys as booleans
                key = key_node.value
            if key in result:
                first = self.doc.key_lines.get((*loc, key))
                raise self._fail(
                    key_node,
                    f"key '{key}' appears twice in the same mapping"
                    + (f" (first on line {first})" if first else "")
                    + ": remove or rename one",
                )
            self.doc.key_lines[(*loc, key)] = key_node.start_mark.line + 1
            result[key] = self.build(value_node, (*loc, key), depth + 1)
        return result
