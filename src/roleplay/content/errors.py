"""Turn pydantic validation errors into `file:line: what is wrong and how to fix it`."""

from __future__ import annotations

import difflib
import re
import types
import typing
from typing import Any, get_args, get_origin

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from roleplay.content.yaml_source import Loc, YamlDocument
from roleplay.errors import Problem


def describe_loc(loc: Loc) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out or "(top level)"


def problems_from_validation(
    doc: YamlDocument, exc: ValidationError, model: type[BaseModel], *, skip_root: bool = False
) -> list[Problem]:
    """One problem per pydantic error; with `skip_root`, not the model's own whole-file check
    (the caller runs it on the raw mapping, where it can report every finding)."""
    problems: list[Problem] = []
    for error in exc.errors(include_url=False):
        if skip_root and not error["loc"]:
            continue
        loc = _data_loc(doc.data, tuple(error["loc"]))
        kind = error["type"]
        loc = _narrow(doc.data, loc, str(error.get("msg", "")))
        line: int | None
        if kind == "missing" and loc[:-1] in doc.key_lines:
            line = doc.key_lines[loc[:-1]]  # the mapping that lacks the key, by its own key
        else:
            line = doc.line_of(loc, key=kind == "extra_forbidden")
        problems.append(Problem(doc.path, line, _message(error, loc, model)))
    return _dedupe(problems)


def _narrow(data: Any, loc: Loc, message: str) -> Loc:
    """A model-level error that names a criterion points at that criterion's levels."""
    match = re.search(r"criterion '([a-z0-9_]+)'", message)
    if loc or not match or not isinstance(data, dict) or not isinstance(data.get("criteria"), list):
        return loc
    for index, item in enumerate(data["criteria"]):
        if isinstance(item, dict) and item.get("id") == match.group(1):
            return ("criteria", index, "levels") if "levels" in item else ("criteria", index)
    return loc


def _data_loc(data: Any, loc: Loc) -> Loc:
    """Drop pydantic's union/function tags from `loc`, keeping only steps that exist in the data."""
    kept: list[str | int] = []
    node = data
    for part in loc:
        present = (isinstance(node, dict) and part in node) or (
            isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
        )
        if present:
            kept.append(part)
            node = node[part]
        elif isinstance(node, dict) and isinstance(part, str) and not kept_is_tag(part):
            kept.append(part)  # a missing key: keep it so the message can name it
            node = None
        else:
            continue
    return tuple(kept)


def kept_is_tag(part: str) -> bool:
    return "[" in part or part in {"str", "int", "list", "dict", "function-after", "literal"}


def _message(error: ErrorDetails, loc: Loc, model: type[BaseModel]) -> str:
    kind = error["type"]
    where = describe_loc(loc)
    ctx = error.get("ctx") or {}
    if kind == "missing":
        return f"{where}: required key is missing: add `{loc[-1]}:`"
    if kind == "extra_forbidden":
        allowed = _allowed_keys(model, loc[:-1])
        hint = ""
        if allowed:
            close = difflib.get_close_matches(str(loc[-1]), allowed, n=1)
            hint = (
                f" (did you mean `{close[0]}`?)" if close else f" (allowed: {', '.join(allowed)})"
            )
        return f"{where}: unknown key `{loc[-1]}`{hint}"
    if kind == "string_pattern_mismatch":
        value = error.get("input")
        return (
            f"{where}: '{value}' is not a valid id: use lowercase letters, digits and single "
            f"hyphens (e.g. '{_slug(str(value))}')"
            if "a-z0-9]+(?:-" in str(ctx.get("pattern", ""))
            else f"{where}: '{value}' is not a valid name: use lowercase letters, digits and "
            f"underscores (e.g. '{_slug(str(value)).replace('-', '_')}')"
        )
    if kind == "literal_error":
        return (
            f"{where}: got {error.get('input')!r}; expected {ctx.get('expected', 'another value')}"
        )
    if kind in {"string_too_short"}:
        return f"{where}: must not be empty"
    if kind == "string_too_long":
        return f"{where}: too long (at most {ctx.get('max_length')} characters)"
    if kind == "too_short":
        return f"{where}: needs at least {ctx.get('min_length')} item(s)"
    if kind in {"int_parsing", "int_type", "int_from_float"}:
        return f"{where}: expected a whole number, got {error.get('input')!r}"
    if kind in {"string_type"}:
        return f"{where}: expected text, got {_kind_of(error.get('input'))} (quote it if needed)"
    if kind in {"list_type"}:
        got = _kind_of(error.get("input"))
        return f"{where}: expected a list (lines starting with `- `), got {got}"
    if kind in {"dict_type", "model_type", "model_attributes_type"}:
        return (
            f"{where}: expected a mapping of `key: value` lines, got {_kind_of(error.get('input'))}"
        )
    if kind in {"greater_than_equal", "less_than_equal", "greater_than", "less_than"}:
        return f"{where}: {error['msg'].lower()}, got {error.get('input')!r}"
    if kind in {"bool_parsing", "bool_type"}:
        return f"{where}: expected true or false, got {error.get('input')!r}"
    if kind == "value_error":
        msg = str(error["msg"]).removeprefix("Value error, ")
        return f"{where}: {msg}"
    return f"{where}: {error['msg']}"


def _kind_of(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return f"{type(value).__name__} {value!r}"


def _slug(value: str) -> str:
    out = "".join(ch if ch.isalnum() else "-" for ch in value.lower())
    return "-".join(part for part in out.split("-") if part) or "my-id"


def _allowed_keys(model: type[BaseModel], loc: Loc) -> list[str]:
    """Walk the model's fields along `loc` to list the keys valid at that place."""
    current: Any = model
    for part in loc:
        current = _step(current, part)
        if current is None:
            return []
    current = _unwrap_model(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []


def _unwrap_model(tp: Any) -> Any:
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return tp
    origin = get_origin(tp)
    if origin in (typing.Union, types.UnionType) or origin is typing.Annotated:
        for arg in get_args(tp):
            found = _unwrap_model(arg)
            if found is not None:
                return found
    return None


def _step(tp: Any, part: str | int) -> Any:
    model = _unwrap_model(tp)
    if model is not None and isinstance(part, str):
        field = model.model_fields.get(part)
        return field.annotation if field else None
    origin = get_origin(tp)
    if origin in (typing.Union, types.UnionType, typing.Annotated):
        for arg in get_args(tp):
            found = _step(arg, part)
            if found is not None:
                return found
        return None
    if origin is list and isinstance(part, int):
        return get_args(tp)[0]
    if origin is dict:
        return get_args(tp)[1]
    return None


def _dedupe(problems: list[Problem]) -> list[Problem]:
    seen: set[tuple[int | None, str]] = set()
    out = []
    for p in problems:
        if (p.line, p.message) not in seen:
            seen.add((p.line, p.message))
            out.append(p)
    return out
