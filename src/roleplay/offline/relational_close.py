"""Words that look like relationship talk but close the hour: "We'll end the session there for
today", "let's stop the session here", "that's the session for today". Naming "the session" to end
it is housekeeping, not talk about the two of them now (Hill & Knox 2009: immediacy is about the
relationship); relational.py weakens the relationship signal where only this is said.
"""

from __future__ import annotations

from roleplay.offline.text import any_of

CLOSES_SESSION = any_of(
    r"\b(?:end|ending|finish|finishing|stop|stopping|wrap|wrapping|close|closing|leave|leaving|"
    r"call|calling) (?:up )?(?:the|this|today's|our) (?:session|hour)(?: up)? "
    r"(?:there|here|now|for (?:today|now|this week)|early|on time)\b",
    r"\b(?:that'?s|that is|this is) (?:the|our) (?:session|hour|time) (?:for|over for) "
    r"(?:today|now|this week)\b",
    r"\b(?:the|this|our|today's) (?:session|hour) (?:is|has) (?:over|finished|ended|come to an "
    r"end)\b",
)
