"""Immediacy at a moment that asks for restraint: relationship talk is a skill at the wrong moment
there unless it hands the hour straight back.

The scenarios' restraint beats ask the trainee to stay with the client's material: "without
relationship commentary" (do-you-think-about-me), "further relationship talk ('what's it like to
cry in front of me?') would take the moment away" (laughing-it-off), and where the client has
turned to look after the trainee, "brief reassurance, own the shift, and hand the session back".
The rubric's level 2 is relationship talk that "pulls the client off what mattered to them", its
level 5 talk "pitched to what the alliance can hold" at a clear marker (Hill & Knox 2009: timing
decides whether immediacy helps). So both readings below only bound the level (level_bounds.py);
neither says the skill was not used.
"""

from __future__ import annotations

from roleplay.domain.common import RESTRAINT
from roleplay.offline.reading import SkillReading, quote_match
from roleplay.offline.text import Sentence, any_of

# The focus handed back to the client's own material ("Can we go back to you?", "This is your
# time", "You were telling me about Friday nights").
HANDS_BACK = any_of(
    r"\b(?:get|go|come|coming|going|bring (?:it|us|things)) (?:straight |right )?back to "
    r"(?:you|your|yours|u|ur|him|her|them|what you|where you|the )\b",
    r"\bback to (?:you|u)\b",
    r"\b(?:this|it|today|the hour|the session|this hour|this session) is (?:about )?"
    r"(?:you|your|yours|ur|for you)\b",
    r"\byou were (?:telling|saying|talking)\b",
    r"\bwhere (?:were we|we were|you were)\b",
    # the trainee's own part set down ("I'll leave my story there", "I'll not say more about me")
    r"\b(?:leave|stop|end|put down|put aside) my (?:own )?(?:part|story|bit|stuff|side)\b",
    r"\b(?:not|no) (?:say|go into|talk about|add) (?:any )?more about (?:me|mine|myself)\b",
    r"\bhand(?:ing)? (?:the (?:hour|session|time|focus)|it|this|things) (?:straight |right )?"
    r"back\b",
    r"\b(?:pulled|taken|took|dragged) (?:us|you|the focus|things) (?:off|away from) (?:you|u)\b",
    r"\b(?:let's|let us|can we|could we|shall we) (?:stay with|return to|go back)\b",
)


def restraint_timing(
    reading: SkillReading,
    sentences: list[Sentence],
    invites: str | None,
    marker: bool,
) -> None:
    """Name what the timing allows, where the moment asks for restraint. `marker`: the client's
    line or manner calls for the relationship (a question or remark about the trainee, a
    withdrawal, a strain)."""
    if invites != RESTRAINT:
        return
    if not marker:
        # Nothing in the client's line or manner calls for the relationship: turning to it pulls
        # them off what mattered (rubric level 2; level 5 "responds to a clear marker").
        reading.add("unprompted", "nothing in the moment called for talk about you two", 0.0)
    elif reading.has("invites_view") and not quote_match(HANDS_BACK, sentences):
        # A marker, but the moment asks for the focus back, not for the relationship opened up
        # ("What do you make of that?" to a client who has turned to look after the trainee).
        reading.add(
            "opens_up_at_restraint",
            "it opens up talk about you two where the moment asked you to hand the focus back",
            0.0,
        )
