"""Relationship talk done badly that the presence reading alone would miss or praise.

Each is immediacy *used*, at a low level (Hill & Knox 2009; Hill et al. 2014; rubric v2):
- the trainee's own distress handed to the client to manage ("I'm welling up, I'm finding this
  so hard to hear"), as distinct from a brief feeling shared and handed back ("I'm moved");
- talk of whether the client stays in the work framed as their choice alone, or pressure about
  it ("I can't make you stay", "nobody's forcing you");
- a label put on the client's reaction to the trainee ("a classic abandonment trigger"), which
  interprets instead of exploring what happened between them (Safran & Muran 2000).
"""

from __future__ import annotations

import re

from roleplay.offline.text import Sentence, any_of

TRAINEE_DISTRESS = any_of(
    r"\bi(?:'m| am) (?:\w+ )?(?:tearing up|welling up|in tears|crying|shaking|shaken|falling "
    r"apart|choked up|gutted|devastated|heartbroken|reeling)\b",
    r"\bi (?:feel|felt) (?:\w+ )?(?:shaken|devastated|gutted|sick|heartbroken|overwhelmed)\b",
    r"\bi(?:'m| am)? (?:finding|find) (?:this|it|that|all this) (?:\w+ )?(?:hard|difficult|"
    r"upsetting|painful|too much|unbearable) to (?:hear|listen to|take in|sit with)\b",
    r"\b(?:this|that|it)(?:'s| is) (?:\w+ ){0,2}(?:upsetting|hard|difficult|too much|distressing|"
    r"painful) for me\b",
    r"\bi (?:honestly |just |really )?don't know what to (?:say|do)\b",
    r"\bi can't (?:bear|stand) (?:to )?(?:hear|think)\w*\b",
)
STAY_OR_GO = any_of(
    r"\b(?:can't|cannot|won't|not going to) (?:make|force|keep) you (?:to )?(?:stay|come|keep "
    r"coming|continue|be here|here)\b",
    r"\b(?:nobody|no one)(?:'s| is) (?:making|forcing|keeping) you\b",
    r"\b(?:can't|cannot|won't) stop you\b",
    r"\b(?:quit|stop|leave|drop out of|give up on) (?:therapy|coming|the sessions|our sessions|"
    r"counsel+ing|this work)\b.{0,40}\b(?:up to you|your (?:choice|decision|call))\b",
    r"\b(?:are you (?:going to|gonna)|will you) (?:still )?(?:stop coming|quit|come back|cancel|"
    r"send it|delete it)\b",
)
LEAVING = re.compile(
    r"\b(?:stop|quit|cancel\w*|leav\w*|point|bother|come back|coming|drop out|end (?:this|it))\b"
)
LABELS_REACTION = any_of(
    r"\b(?:classic|textbook|typical)\b.{0,30}\b(?:trigger\w*|response|reaction|pattern|schema|"
    r"wound|defen[cs]e|projection|transference)\b",
    r"\byour (?:\w+ ){0,2}(?:attachment|abandonment|rejection)(?: \w+)? (?:history|style|issues?|"
    r"wound|sensitivity|schema|trigger|pattern)\b",
    r"\b(?:being|getting|gets|got) (?:activated|triggered)\b",
    r"\b(?:abandonment|rejection|attachment) (?:schema|trigger|wound|sensitivity|issues?)\b",
    r"\b(?:that's|this is|it's) (?:just |probably )?(?:projection|transference|"
    r"your (?:defen[cs]es?|pattern))\b",
)


def faults(
    sentences: list[Sentence], client_text: str, relational_moment: bool
) -> list[tuple[str, str, Sentence]]:
    """(name, label, sentence) for each fault found, first sentence of each."""
    found: list[tuple[str, str, Sentence]] = []
    checks = [
        ("trainee_distress", "it hands the client your own distress to manage", TRAINEE_DISTRESS)
    ]
    if relational_moment or LEAVING.search(client_text.lower()):
        checks.append(
            ("stay_or_go", "it leaves whether they stay to them alone, or presses it", STAY_OR_GO)
        )
    if relational_moment:
        checks.append(
            (
                "labels_reaction",
                "it labels their reaction to you instead of exploring it",
                LABELS_REACTION,
            )
        )
    joined = " ".join(s.norm for s in sentences)
    for name, label, pattern in checks:
        if not pattern.search(joined):  # one search for the usual case, nothing found
            continue
        hit = next((s for s in sentences if pattern.search(s.norm)), None)
        if hit is not None:
            found.append((name, label, hit))
    return found
