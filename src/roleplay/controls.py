"""Control characters and terminal escape sequences: the one place that finds and strips them.

Words from files, trainees and servers reach terminals. An escape sequence in them could set the
window title (OSC 0), clear the screen (CSI 2J) or write the clipboard (OSC 52), so every output
boundary strips them (`strip_controls`) and content files refuse them (`first_control`).

What goes: whole escape sequences (CSI, OSC, DCS/SOS/PM/APC strings and two-byte escapes, in
their 7-bit and 8-bit forms), then every other C0 control but newline and tab, DEL, and every C1
control. A carriage return survives only as part of a CRLF line end (CSV uses them); alone it
could overwrite a line already shown.
"""

from __future__ import annotations

import re

# ESC or its 8-bit form, then the body; string sequences run to BEL or ST (ESC \ or 0x9c), or to
# the end of the text when unterminated (a terminal would swallow the rest anyway).
_SEQUENCES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"  # CSI: cursor moves, colours, clear screen
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # OSC, DCS...
    r"|\x1b[ -/]*[0-~]"  # every other escape: ESC c (reset), ESC 7, ESC ( B, ...
)
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\r(?!\n)")
# Used by the checks that refuse controls: CR and LF both count as line ends there.
_REFUSED = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def strip_controls(text: str) -> str:
    """`text` without escape sequences and control characters; newlines and tabs are kept."""
    if _CONTROLS.search(text) is None:  # the common case: one quick scan, nothing to do
        return text
    return _CONTROLS.sub("", _SEQUENCES.sub("", text))


def first_control(text: str) -> str | None:
    """The first refused control character in `text` (ESC, BEL, C1...), or None if it is clean."""
    found = _REFUSED.search(text)
    return found.group() if found else None


def describe(char: str) -> str:
    """`U+001B`, the way `validate` names a character."""
    return f"U+{ord(char):04X}"
