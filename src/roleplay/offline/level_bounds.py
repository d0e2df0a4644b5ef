"""What the rubrics fix whatever the fitted heads say: the lowest and highest level a named
reading allows (a refusal never scores like a grant; a harm the rubric names caps the level), and
the harms that, found, mark the criterion used. Applied by the scorer and by the fitting script
alike, so the cross-validated figures include them. Split from model.py, which had passed 400
lines."""

from __future__ import annotations

# Harms the rubric names for a criterion that its reader finds only where the moment makes them
# one (a strain, a remark about the trainee, the terms in question), and that the corpus has too
# few lines of to fit: found, the criterion was used, and used badly (LEVEL_CEILINGS caps it), so
# the harm is never dropped as "not used" by a head that has not seen its kind.
HARMS_USED: dict[str, frozenset[str]] = {
    "immediacy": frozenset(
        {"f.sends_away", "f.confirms_fear", "f.distress_at_client", "f.pins_habit"}
    ),
    "rupture_repair": frozenset({"f.sends_away"}),
    "contracting": frozenset({"f.risks_confidentiality"}),
}
# The same for good practice the rubric names that the training lines have none of: the
# trainee's answer to a personal question followed by asking how it landed ("How does that sit
# with you, now you know?") is the rubric's "asking how the client is experiencing the trainee"
# (Hill & Knox 2002 on processing a disclosure; immediacy_landing.py). Fresh authors wrote three
# such lines, all immediacy 4; the training side has none, so no head could learn it.
# A life hinted at ("Let's just say I know a bit about it") is a disclosure however veiled: all
# 13 labelled lines of the form, corpus and development sets, are self-disclosure 1-3.
# The trainee's role, training or life offered to excuse or defend them ("I'm new at this") is
# the rubric's self_justifying disclosure (O's ruling, corpus/README.md): the older corpus lines
# split on it, so the head learnt to turn it down.
MARKS_USED: dict[str, frozenset[str]] = {
    "immediacy": frozenset({"f.checks_landing"}),
    "self_disclosure": frozenset({"f.hinted", "f.defends_self"}),
}


# Lowest level a named reading allows, per criterion, whatever the level head says. The rubric
# puts a clear refusal, however cold or rule-bound, at 2 or 3, and only a grant or a punitive,
# humiliating answer at 1: a refusal must never score like giving the number. Applied by the
# fitting script too, so its cross-validated figures include it.
LEVEL_FLOORS: dict[str, dict[str, int]] = {
    "boundary": {"answer.refused": 2},
    # a cold or curt no is the rubric's level 2 ("cold, curt or bureaucratic"); only shaming is 1
    "declining": {"f.plain_policy": 2, "f.cold": 2, "f.curt": 2},
    # the experience asked about is not the helper's ("No, not from my own life"): an honest
    # difference, low in intimacy, never a disclosure that serves the helper (rubric v2)
    "self_disclosure": {"f.meets_level_five": 4, "f.answers_and_returns": 4, "f.not_mine": 3},
    # the client's account corrected or the therapy explained first is the rubric's level 2
    # ("explains or justifies first, corrects the client's account"); level 1 blames or argues
    # doing what a complaint about the task asks is indirect repair (O's ruling: 3 unchecked, 4
    # checked); going along with a withdrawal is 2, and is not read as one (rupture.py)
    # (defending or explaining with no blame, threat or pathologising in it is level 2 too)
    "rupture_repair": {"f.corrects": 2, "f.indirect_repair": 3, "f.explains_first": 2},
    # a habit pinned on them as fact is the rubric's level-2 example, not its level 1 (9 of the 11
    # labelled lines of the form are 2)
    "immediacy": {"f.meets_level_five": 4, "f.pins_habit": 2, "f.defends_only": 2},
    # the terms answered by pointing at the paperwork: the rubric's level 2, neither more nor
    # less (every such development line is labelled 2)
    "contracting": {"f.points_to_paperwork": 2},
}


# Highest level a named fault allows, per criterion, as the rubric's level descriptors put it:
# a lecture or jargon ("a dual relationship", "not appropriate") with no warmth, no reason about
# the client and nothing offered instead is "cold or shaming" (boundary 2); a bare no in a few
# words with nothing warm in it is "clear but cool" (boundary 3), as is a no whose reason is the
# trainee's comfort (3), and one whose reason is the trainee's own difficulty makes their
# discomfort the client's problem (2); referring a client on for an
# overlap that can be managed harms the relationship (boundary 1; Zur 2007), as does holding
# time against a disclosure of harm with no check on safety (1: offline/risk.py); a promise of
# total confidentiality and terms loosened past what can be kept (contact any time, no charge)
# mislead the client about the frame (contracting 1, the rubric's words); a cold recital
# of the limits of confidentiality is contracting 2; a single bare "was that helpful?" is feedback
# sought, not a check-in (contracting 3); a client's "it's fine" taken at its word is repair
# attempted weakly at most (2; Safran & Muran 2000); the trainee's own distress handed over, talk of
# whether they stay framed as their choice alone, and a label put on their reaction to the
# trainee, a telling-off about how the client uses the sessions, and a fear about the
# relationship soothed by offering more sessions or contact, or waved away ("you'll be fine
# without me"), are immediacy done badly (2; Hill & Knox 2009). Relationship talk that steps
# around a direct question, neither answering nor declining it, is never immediacy done well (at
# most 3: the rubric's dodges_question check; the corpus ruling puts the plain dodge at 2, and
# its labels put some that explore what the question means at 3-4, so the cap is the ruling's
# upper reach, not its usual level).
LEVEL_CEILINGS: dict[str, dict[str, int]] = {
    "boundary": {
        "f.refers_on": 1,
        "f.puts_off_harm": 1,
        "f.ignores_harm": 2,
        "f.glosses_overlap": 2,
        "f.cold_rule": 2,
        "f.own_struggle": 2,
        # flattery or "not while you're my client" beside the no: the rubric's hint of yes
        "f.hints_yes": 2,
        "f.curt": 3,
        "f.trainee_centred": 3,
    },
    "contracting": {
        "f.promises_secrecy": 1,
        "f.loose_terms": 1,
        "f.pressures_consent": 1,
        "f.coerces": 1,
        "f.risks_confidentiality": 1,
        "f.overstates_limits": 1,
        "f.cold_recital": 2,
        "f.points_to_paperwork": 2,
        # the term resting on the trainee's comfort or risk ("I'd get in trouble"), as boundary
        "f.trainee_centred": 3,
        "f.feedback_bare": 3,
    },
    # intent explained beside an apology ("that wasn't my intention"): the rubric's level 2-3;
    # a reply that leaves the strain untouched is repair not attempted (applies_when: 1-2)
    # an apology followed by a question about something else is the rubric's level 3 at most
    # ("acknowledges the strain but briefly: a generic apology and a quick move on")
    "rupture_repair": {
        "f.takes_at_face_value": 2,
        "f.explains_intent": 3,
        "f.no_uptake": 2,
        "f.asks_elsewhere": 3,
        "f.sends_away": 2,
        # a promise to do better with nothing asked, owned or changed smooths the strain over
        "f.promises_better": 2,
    },
    # the rubric's declining level 1: a shaming or mocking no ("that's inappropriate")
    "declining": {"f.shaming": 1, "f.leaves_door_open": 1},
    # a struggle still live (44 of the 61 training lines are 1, 12 are 2), a disclosure that
    # keeps the focus on the trainee (287 of 297 are 1-3) or is recent (39 of 42): the rubric's
    # harm is unresolved material and a shift of focus (Hill & Knox 2002)
    "self_disclosure": {
        "f.contact_details": 1,
        "f.current": 2,
        # intimate material of one's own (an attempt on one's life, abuse, an affair): the
        # rubric's level 3 is "nothing raw or intimate"; 15 of the 16 corpus lines are 1-2
        "f.intimate": 2,
        "f.focus_kept": 3,
        # credentials to settle a doubt about the trainee: the corpus's two lines are 2 and 3
        "f.credentials": 3,
        # a life hinted at ("let's just say I know a bit about it"): 1-3 in every labelled line
        "f.hinted": 3,
        # the trainee's role, training or life offered to excuse or defend them ("I'm new at
        # this", "I'm trained not to judge"): O's ruling puts it at 2, as do all seven labelled
        # lines since the ruling
        "f.defends_self": 2,
        "f.recent": 3,
    },
    "immediacy": {
        "f.trainee_distress": 2,
        "f.stay_or_go": 2,
        "f.labels_reaction": 2,
        "f.pins_habit": 2,
        "f.tells_off": 2,
        "f.frame_soothes": 2,
        "f.brushes_off": 2,
        "f.sends_away": 2,
        "f.confirms_fear": 2,
        "f.distress_at_client": 2,
        "f.dodges_question": 3,
        "f.unowned": 3,
        # relationship talk where the moment asks for restraint and nothing called for it (rubric
        # level 2: "relationship talk with no marker that pulls the client off what mattered")
        "f.unprompted": 3,
        # ... and where a marker called for a word about it but the moment asked for the focus
        # back, relationship talk opened up instead (immediacy_timing.py): the skill at the
        # wrong moment, "mixed" at best
        "f.opens_up_at_restraint": 3,
    },
}

# Named readings that only bound the level: the fitting script leaves them out of the heads' own
# features, so adding one moves no fitted weight, only the levels its bound reaches.
BOUNDS_ONLY: frozenset[str] = frozenset(
    {
        "f.unprompted",
        "f.opens_up_at_restraint",
        "f.hinted",
        "f.defends_self",
        "f.hints_yes",
        "f.indirect_repair",
    }
)


def level_floor(criterion: str, x: dict[str, float]) -> int:
    floors = LEVEL_FLOORS.get(criterion, {})
    return max((level for name, level in floors.items() if x.get(name)), default=1)


def level_ceiling(criterion: str, x: dict[str, float]) -> int:
    ceilings = LEVEL_CEILINGS.get(criterion, {})
    return min((level for name, level in ceilings.items() if x.get(name)), default=5)


def bounded_level(criterion: str, x: dict[str, float], level: int) -> int:
    """The fitted level within what the named readings allow. A named harm (advice, one-upping,
    blame, a yes to a request: "rule.harm") keeps its bite: the fitted level may lower the rule
    reading, never raise it past what the reader found. Then the criterion's ceilings and floors
    apply.
    Used by the scorer and by the fitting script alike."""
    if x.get("rule.harm"):
        rule_score = 3.0 + 2.0 * x.get("rule.level", 0.0)
        level = min(level, 1 + round(max(0.0, min(4.0, rule_score - 1.0))))
    # A ceiling below a floor wins: time refused while a disclosed harm is put off ("we're out
    # of time, let's pick that up next week") is the rubric's level 1, not a refusal's 2.
    return min(max(level, level_floor(criterion, x)), level_ceiling(criterion, x))
