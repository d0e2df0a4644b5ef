"""The feature vector a criterion's fitted heads read: named, sparse, crossed with the moment.

Every feature comes from a named extractor: the rule reading of the criterion (present, strength,
level), each feature that reading found (with its quote, kept for the rationale), the current
moment's cues, how the response answers a request, and the helping moves that break restraint.
The reading and the answer are crossed with what the *current* moment invites and with its cues,
so the same words can count differently at a moment that asks for them and one that does not.
"""

from __future__ import annotations

from roleplay.offline.criteria import ReadingContext
from roleplay.offline.model import HARM
from roleplay.offline.reading import SkillReading

# Cues only one criterion's heads read, under the column they read them as: appeasing and
# apologising as a burden are rupture markers of their own; feeling let down, a wish to stop and a
# lukewarm verdict are complaints (rubric v2). The other heads were fitted without them, and a new
# column would move their levels on moments where nothing about their skill changed.
OWN_CUES = {
    "appeasing": ("rupture_repair", "appeasing"),
    "let_down": ("rupture_repair", "complaint"),
    "charged": ("rupture_repair", "complaint"),
}


def vector(reading: SkillReading, ctx: ReadingContext, criterion: str = "") -> dict[str, float]:
    present = 1.0 if reading.present else 0.0
    x: dict[str, float] = {"rule.present": present, "rule.strength": reading.strength}
    if reading.present:
        x["rule.level"] = (reading.score - 3.0) / 2.0
        if any(f.effect <= HARM for f in reading.features):
            x["rule.harm"] = 1.0
    for feature in reading.features:
        x[f"f.{feature.name}"] = 1.0
    invites = ctx.invites or "unknown"
    x[f"invites.{invites}"] = 1.0
    x[f"rule.present@invites.{invites}"] = present
    cues = list(
        dict.fromkeys(
            OWN_CUES[c][1] if c in OWN_CUES else c
            for c in ctx.cues.names()
            if c not in OWN_CUES or OWN_CUES[c][0] == criterion
        )
    )
    for cue in cues:
        x[f"cue.{cue}"] = 1.0
        x[f"rule.present@cue.{cue}"] = present
    if not cues:
        # Plain talk, no question about the trainee or the two of them: there the reading's
        # first person is far more often a life than at a moment about the relationship, and
        # the heads may learn to trust it more.
        x["rule.present@cue.none"] = present
        x["rule.strength@cue.none"] = reading.strength
    if ctx.answer.kind != "none":
        x[f"answer.{ctx.answer.kind}"] = 1.0
        x[f"answer.{ctx.answer.kind}@invites.{invites}"] = 1.0
    for name, _, _ in ctx.breakers:
        x[f"move.{name}"] = 1.0
        x[f"move.{name}@invites.{invites}"] = 1.0
    x.update(ctx.lexical)
    words = sum(s.words for s in ctx.sentences)
    x["len.short"] = 1.0 if words <= 12 else 0.0
    x["len.long"] = 1.0 if words > 80 else 0.0
    return x
