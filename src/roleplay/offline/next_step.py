"""One thing to try: chosen from what the reading found, never a move the reply already made.

Helpers who played the app found Try lines asking for what the reply had just done ("Decline
warmly... then ask what it means" after a reply that asked what it means; "Invite their
experience" after a repair that invited it). Here the worst fault's fix is said without its parts
the reply already did, and the criterion's next step is built from the parts not yet done; each
part names the reader features that show it done.
"""

from __future__ import annotations

from roleplay.offline.feedback_text import SUGGESTIONS
from roleplay.offline.level_bounds import BOUNDS_ONLY
from roleplay.offline.reading import Feature, SkillReading

# A fault's fix said in another criterion's words where the same name means another thing: a long
# decline is a speech, not a long disclosure.
SUGGESTIONS_IN: dict[tuple[str, str], str] = {
    ("declining", "long"): "Cut the decline to one sentence: a short no and a reason about their "
    "care ('so this hour stays yours').",
    ("immediacy", "long"): "Say what you notice in one sentence and leave the rest of the turn "
    "for their answer.",
    ("contracting", "long"): "Give the terms in a few plain sentences, so they can take them in.",
    ("declining", "defensive"): "Drop the defence: decline warmly and get curious about what the "
    "question means to them.",
}

# A fault's fix without the parts the reading shows the reply already made, most specific first
# (features that must all be present, the fix then); None: nothing of the fix is left to do.
FIX_WHEN_DONE: dict[str, tuple[tuple[frozenset[str], str | None], ...]] = {
    "policy": (
        (
            frozenset({"care_rationale", "curious"}),
            "Drop the policy recital: your reason about their care and your question about "
            "what it means are enough on their own.",
        ),
        (
            frozenset({"curious"}),
            "Drop the policy recital: give a reason about their care instead, then keep your "
            "question about what it means to them.",
        ),
        (
            frozenset({"care_rationale"}),
            "Drop the policy recital: keep the reason about their care and get curious about "
            "the question.",
        ),
    ),
    "deflects": (
        (
            frozenset({"curious"}),
            "Say the decline out loud, with a reason about their care, before you turn the "
            "question back to them.",
        ),
    ),
    "collapses": (
        (
            frozenset({"explores_experience"}),
            "One plain apology is enough: drop the rest and keep your question about their "
            "experience.",
        ),
    ),
    "defends_or_blames": (
        (
            frozenset({"explores_experience", "takes_responsibility"}),
            "Leave the explanation out: your share and your question about them are enough.",
        ),
        (
            frozenset({"explores_experience"}),
            "Leave the explanation out, and take your share: 'I think I got that wrong.'",
        ),
        (frozenset({"takes_responsibility"}), "Before explaining, ask what it was like for them."),
    ),
    "excuse": (
        (
            frozenset({"explores_experience", "takes_responsibility"}),
            "Leave the explanation out: your share and your question about them are enough.",
        ),
        (
            frozenset({"explores_experience"}),
            "Leave the explanation out, and take your share: 'I think I got that wrong.'",
        ),
        (
            frozenset({"takes_responsibility"}),
            "Before any explanation, hear what it was like for them.",
        ),
    ),
    "blames_client": (
        (
            frozenset({"explores_experience"}),
            "Take the blame off them: say what you did, and keep your question about them.",
        ),
    ),
    "explains_intent": (
        (
            frozenset({"explores_experience"}),
            "Let the apology stand without saying what you meant; your question about them is "
            "enough.",
        ),
    ),
    "partly_defensive": (
        (
            frozenset({"explores_experience"}),
            "Let the apology stand without saying what you meant; your question about them is "
            "enough.",
        ),
    ),
    "glosses": (
        (
            frozenset({"names_rupture"}),
            "Stay with what happened before moving on: ask how it was for them.",
        ),
    ),
    "defensive": (
        (
            frozenset({"curious"}),
            "Drop the defence: decline warmly, and keep your question about what it means to them.",
        ),
        (
            frozenset({"invites_view"}),
            "Drop the defence: your question to them is enough on its own.",
        ),
    ),
    # a small reassurance beside a question about their experience: nothing left to try there
    "reassures": ((frozenset({"explores_experience"}), None),),
    "accusatory": (
        (
            frozenset({"tentative"}),
            "Drop the blame or the label: say only what you saw, and keep the 'I wonder'.",
        ),
    ),
}

# Each criterion's next step below its strong band, in parts: (what to do, the features that
# show it done). Nothing done: the criterion's own line; else the first `limit` parts not yet
# done; all done: the fallback, a further step.
IMPROVE_PARTS: dict[str, tuple[tuple[tuple[str, frozenset[str]], ...], int, str]] = {
    "self_disclosure": (
        (
            ("make the purpose clear (normalise, validate)", frozenset({"aim"})),
            (
                "close with a question about them",
                frozenset({"focus_returned", "answers_and_returns"}),
            ),
        ),
        2,
        "Keep it to the one detail that helps them, then let them answer.",
    ),
    "immediacy": (
        (
            ("name what you notice tentatively", frozenset({"tentative"})),
            ("own it ('I notice', 'I wonder')", frozenset({"owned"})),
            ("ask their view", frozenset({"invites_view"})),
        ),
        3,
        "Keep it to one thing you noticed and one question, then wait for their answer.",
    ),
    "rupture_repair": (
        (
            ("invite their experience of what happened", frozenset({"explores_experience"})),
            ("offer to work differently", frozenset({"adjusts_work", "changes_task"})),
            ("name what happened between you", frozenset({"names_rupture", "reflects_marker"})),
            ("take your share of it", frozenset({"takes_responsibility", "names_own_part"})),
        ),
        2,
        "Stay with what they say about it before moving on, and check back later in the session.",
    ),
    "declining": (
        (
            ("decline clearly and briefly", frozenset({"declines"})),
            (
                "give a reason about their care ('so this hour stays yours')",
                frozenset({"care_rationale"}),
            ),
            (
                "ask what the question means to them ('What made you wonder?')",
                frozenset({"curious"}),
            ),
        ),
        3,
        "Keep the decline to one short sentence, so your question about them has the room.",
    ),
    "boundary": (
        (
            ("acknowledge what the request means to them", frozenset({"acknowledges_wish"})),
            ("give a reason about their care", frozenset({"care_rationale"})),
            ("say clearly what will and will not happen", frozenset({"clear", "proportionate"})),
            ("say what the work can offer instead", frozenset({"offers_alternative"})),
        ),
        2,
        "Turn back to the work: what did they want to bring today?",
    ),
    "contracting": (
        (
            ("state the terms plainly", frozenset({"states_terms", "arrangement"})),
            ("say why the terms matter to them", frozenset({"gives_reason"})),
            ("check the client's view", frozenset({"checks_consent", "seeks_feedback"})),
        ),
        3,
        "Agree the terms with them: ask what would make them workable for them.",
    ),
}

# A strong decline's next step, "Stay curious about what the question meant to them", presumes
# the reply was curious. Said only where the reading shows it, or where the reply asks nothing at
# all (then it cannot have been: the step is to get curious); a reply with a question the reader
# did not read as curiosity ("What made you want to ask today?") is given a step that neither
# presumes nor asks again. Other strong lines ask only to keep what was done, so they stand: the
# boundary reader misses too many reasons about care to tell a trainee theirs was missing.
DECLINED_ASKING_NOTHING = (
    "Well declined. Next, get curious about what the question means to them: 'What made you "
    "wonder?'"
)
DECLINED_ASKING = "Well declined. When they answer, stay with what the question means to them."


# At a moment that called for holding back, a fix that makes the disclosure better ("end by handing
# the focus back", "choose something past") presumes disclosing was right: holding back comes
# first. Said of the question where the client asked one, of what they brought where not.
HOLD_BACK_ASKED = str(SUGGESTIONS["uninvited"])
HOLD_BACK = (
    "This moment called for holding back: stay with what they brought and leave your own life "
    "out of it."
)
# Faults whose own fix already keeps the trainee's life out: said as they are.
_HOLDS_BACK_ALREADY = frozenset({"after_declaration", "contact_details", "contact_offer"})


# At a moment that called for holding back, a reply that gave advice or reassurance used no skill,
# so no criterion had a line to try: the self-disclosure row carries one, from what broke it.
HOLD_BACK_FROM = {
    "advice": "Hold back the advice",
    "reassurance": "Hold back the reassurance",
    "pathologising": "Leave the label out",
    "problem_solving": "Hold off solving it",
}


# Immediacy held at 3 or below where the moment asked for the focus on the client (restraint) or
# after a declaration, with nothing named but a missing invitation: "Finish with an invitation:
# 'How is it for you to hear that?'" would deepen talk of the trainee's own feeling (a
# supervisor's review found it after "I'm flattered, honestly. But it can't happen while...").
KEEP_FEELINGS_OUT = (
    "Keep the focus on what they brought: leave your own feelings about them out of it, and ask "
    "what it is like for them."
)
AFTER_DECLARATION = (
    "After a declaration, leave your own feelings out of it: a warm, clear answer that holds for "
    "good, then ask what it was like to say."
)


def focus_kept_on_them(romantic: bool) -> str:
    """The Try for relationship talk held low where the focus belonged on the client."""
    return AFTER_DECLARATION if romantic else KEEP_FEELINGS_OUT


def hold_back_from(breaker: str) -> str:
    """What to try where a restraint moment was taken from the client by `breaker`."""
    lead = HOLD_BACK_FROM.get(breaker, "Hold back")
    return f"{lead}: stay with what they brought and ask what it is like for them."


def try_line(
    reader,
    reading: SkillReading,
    strong: bool,
    asked: bool = True,
    questioned: bool = True,
    focus_on_client: str | None = None,
) -> tuple[str, Feature | None]:
    """One thing to try, never a move the reading shows the reply already made.

    The worst fault's fix comes first, said without the parts the reply already did (a policy
    recital that already asked what the question means is told to drop the recital, not to ask);
    a fault whose fix is all done gives way to the next. Without a fault, the criterion's next
    step, built from what the reply has not yet done (a decline that asked "What made you ask?"
    is told to give a reason about their care, not to ask what it means). `asked`: whether the
    reply holds a question at all; `questioned`: whether the client asked the trainee one. Returns
    the line and the fault whose fix it is (None: a next step, no fault). `focus_on_client`:
    "restraint" or "declaration" where the moment asked for the focus on the client.
    """
    have = {f.name for f in reading.features}
    worst = sorted((f for f in reading.features if f.effect < 0), key=lambda f: f.effect)
    if "uninvited" in have and not have & _HOLDS_BACK_ALREADY:
        held = next(f for f in worst if f.name == "uninvited")
        return (HOLD_BACK_ASKED if questioned else HOLD_BACK), held
    for feature in worst:
        fix = _fix(reader.id, feature.name, have)
        if fix and feature.name == "no_invitation" and focus_on_client and not strong:
            return focus_kept_on_them(focus_on_client == "declaration"), None
        if fix:
            return fix, feature
    # A reading that only bounds the level (level_bounds.BOUNDS_ONLY: relationship talk at the
    # wrong moment) carries no effect of its own, but it is what held the level down: its fix
    # before a generic next step ("keep it to one thing you noticed" said to a reply that did).
    for feature in reading.features:
        if f"f.{feature.name}" in BOUNDS_ONLY:
            fix = _fix(reader.id, feature.name, have)
            if fix:
                return fix, feature
    if strong:
        return _strong_next(reader, have, asked), None
    return _improve(reader, have), None


def _fix(criterion: str, name: str, have: set[str]) -> str | None:
    for done, text in FIX_WHEN_DONE.get(name, ()):
        if done <= have:
            return text
    return SUGGESTIONS_IN.get((criterion, name)) or SUGGESTIONS.get(name)


def _improve(reader, have: set[str]) -> str:
    parts, limit, fallback = IMPROVE_PARTS.get(reader.id, ((), 0, reader.improve))
    if not any(done & have for _, done in parts):
        return str(reader.improve)  # nothing of it done yet: the criterion's own words
    todo = [text for text, done in parts if not done & have][:limit]
    if not todo:
        return fallback
    said = (
        todo[0]
        if len(todo) == 1
        else ", ".join(todo[:-1]) + (" and " if len(todo) == 2 else ", and ") + todo[-1]
    )
    return said[0].upper() + said[1:] + "."


def _strong_next(reader, have: set[str], asked: bool) -> str:
    if reader.id == "declining" and have and "curious" not in have:
        return DECLINED_ASKING if asked else DECLINED_ASKING_NOTHING
    return str(reader.strong_next)
