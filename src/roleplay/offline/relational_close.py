"""Words that look like relationship talk but close or book the hour: "We'll end the session there
for today", "let's stop the session here", "that's the session for today"; "Shall we move our
session to Thursdays?", "we could book an extra session next week". Naming "the session" to end or
to schedule it is housekeeping, not talk about the two of them now (Hill & Knox 2009: immediacy is
about the relationship; Z's convention pass: a practical arrangement at a strain goes along with
it); relational.py weakens the relationship signal where only this is said.
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

# A session moved, booked or added (qa4: "Shall we move our session to Thursdays from now on?" at
# complaint-about-last-session/you-said had read as immediacy 3, "it invites the client's view").
# The when is named (a day, a time, next week) or the session is an extra one.
_WHEN = (
    r"(?=[^.!?]{0,30}\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|mornings?|"
    r"afternoons?|evenings?|lunchtime|next week|this week|the week after|fortnightly|weekly|"
    r"monthly|earlier|later|o'clock|am|pm|\d+|another (?:day|time|week)|a different (?:day|time|"
    r"slot))\b)"
)
SCHEDULES_SESSION = any_of(
    r"\b(?:move|moving|moved|change|changing|reschedul\w*|rearrang\w*|book|booking|swap|swapping|"
    r"switch|switching|shift|shifting|put|putting) (?:(?:the|our|this|your|that|next) )?(?:\w+'s )?"
    r"(?:session|sessions|appointment|appointments|slot)\b" + _WHEN,
    r"\b(?:book|booking|add|adding|arrange|arranging|offer|offering|fit in|squeeze in|have|do) "
    r"(?:in )?(?:an? |one |another )?(?:extra|additional|longer|double|make-up|catch-up|"
    r"bonus|second) (?:session|appointment|hour|slot)\b",
    r"\bsame time next week\b",
)
