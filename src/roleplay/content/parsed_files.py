"""Parsed content files, remembered by their exact bytes.

Parsing YAML with line numbers and validating it is most of the cost of loading the library
(about 0.3 s for the shipped files), and a process loads the same files many times: the practice
room, the drill screen, `validate` after `practice`, every test. A file is parsed again only when
its bytes change: the key is the path as given (it is in every message) and the sha256 of the bytes
read through the same capped, regular-files-only reader, so an edited file is never served stale,
whatever its timestamp says. A file that cannot be read as content at all is not remembered (its
error is read afresh); one that parses with problems is, problems included, since the same bytes
at the same path give the same problems. Parsed models are frozen, so sharing them is safe.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from pathlib import Path

from roleplay.content.loader import Reading, read_content
from roleplay.content.yaml_source import MAX_BYTES
from roleplay.regular_files import read_regular

# Enough for several content directories' worth of files; the oldest are forgotten first.
MAX_REMEMBERED = 512

_parsed: OrderedDict[tuple[str, bytes], Reading] = OrderedDict()


def read_content_once(path: Path) -> Reading:
    """`read_content(path)`, reusing the reading of identical bytes at the same path."""
    try:
        raw = read_regular(path, MAX_BYTES, "a content file")
    except OSError:
        return read_content(path)  # the loader reports the refusal with its own wording
    key = (str(path), hashlib.sha256(raw).digest())
    hit = _parsed.get(key)
    if hit is not None:
        _parsed.move_to_end(key)
        return hit
    reading = read_content(path)
    _parsed[key] = reading
    if len(_parsed) > MAX_REMEMBERED:
        _parsed.popitem(last=False)
    return reading
