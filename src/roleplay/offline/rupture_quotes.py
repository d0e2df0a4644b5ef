"""The client's own marker word quoted back at a rupture (split from rupture_words.py, which had
reached 400 lines). Found playing fees-mid-therapy/guilt: '"Whatever" - sounds like the money talk
left you feeling something' names the withdrawal in the client's words (Safran & Muran 2000: attend
to the marker), and was read as not turning to the strain at all.
"""

from __future__ import annotations

import re

from roleplay.offline.text import any_of

# A quoted span: in double quotes, or in single quotes that are not an apostrophe.
QUOTED = re.compile(r"\"([^\"]{2,60})\"|(?:^|\s)'(.{2,60}?)'(?=[\s.,!?;:-]|$)")
MARKER_WORDS = any_of(
    r"\bwhatever\b",
    r"\bfine\b",
    r"\bforget it\b",
    r"\bnever ?mind\b",
    r"\bnothing\b",
    r"\bno problem\b",
    r"\bdoesn'?t matter\b",
    r"\bsorry'?s easy\b",
    r"\byour words\b",
    r"\bpatronising\b",
    r"\bwaste\b",
)


def quotes_marker(norm: str, client: str) -> bool:
    """The sentence quotes back a withdrawal or complaint word the client just used."""
    for match in QUOTED.finditer(norm):
        quoted = (match.group(1) or match.group(2) or "").strip(" .,!?")
        if quoted and quoted in client and MARKER_WORDS.search(quoted):
            return True
    return False
