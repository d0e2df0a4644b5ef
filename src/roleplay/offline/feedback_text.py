"""The offline judge's words to the trainee: suggestions per feature, checks, quotes."""

from __future__ import annotations

from roleplay.offline.reading import SkillReading

MAX_QUOTE = 200
PRACTICE_NOTE = "Offline scores are practice feedback from a word-reading judge, not grades."

SUGGESTIONS = {
    "one_upping": "Drop the comparison: say what you share, not whose was worse, then ask about "
    "theirs.",
    "therapist_centred": "Choose something you have worked through, so the client never has to "
    "look after you.",
    "current": "Disclose something past and resolved, not something you are still in the middle "
    "of.",
    "advice": "Keep your story as a story: instead of 'you should', ask what might fit for them.",
    "after_declaration": "After a declaration of feelings, keep your own life out of it: "
    "acknowledge what it took to say, hold the frame kindly, and explore what it means.",
    "long": "Keep a disclosure to one or two sentences, then turn back to the client.",
    "focus_kept": "End by handing the focus back, e.g. 'What has it been like for you?'",
    "focus_unclear": "Close with a question about the client's experience so the focus returns "
    "to them.",
    "intimate": "Share less: the fact of a similar experience is usually enough.",
    "uninvited": "This moment called for holding back: acknowledge the question warmly and "
    "return to the client without disclosing.",
    "over_identifies": "Say what is similar without claiming it is the same: 'something like "
    "that', not 'exactly'.",
    "longish": "Trim the disclosure to its core and give the rest of the turn to the client.",
    "accusatory": "Describe what you notice without blame or labels, tentatively: 'I notice "
    "... I wonder what is happening for you?'",
    "therapist_need": "Keep your own needs out: focus on what the moment is like for the client.",
    "boundary_crossing": "Hold the frame: express care through the work, not through a personal "
    "relationship.",
    "defensive": "Instead of defending yourself, get curious: 'Tell me more about how that "
    "landed for you.'",
    "dodges_question": "They asked you something directly: answer it briefly or decline it "
    "warmly, then explore what the question means, rather than turning to the relationship "
    "instead.",
    "no_invitation": "Finish with an invitation: 'How is it for you to hear that?'",
    "unprompted": "Save relationship talk for a marker (a silence, a complaint, a strong reaction) "
    "in the room.",
    "no_return": "Turn back to the client at the end.",
    "too_loose": "Decline what would change the relationship, warmly, and say why it protects "
    "their care.",
    "hedged_grant": "A hedged yes is still a yes: say clearly what will not happen, warmly, and "
    "why it protects their care.",
    "deferred": "A yes for later still changes the relationship now: decline warmly and say "
    "what the work can offer instead.",
    "too_rigid": "Drop the policy language: say what the limit protects for them, and stay warm.",
    "policy": "Drop the policy recital: give a reason about their care and get curious about "
    "the question.",
    "trainee_centred": "Give the reason in terms of the client's care, not your comfort.",
    "unclear": "Make the answer clear so they know what will and will not happen.",
    "defends_or_blames": "Before explaining, ask what it was like for them; take your share.",
    "excuse": "Before any explanation, hear what it was like for them and take your share.",
    "collapses": "One plain apology is enough; then turn to their experience.",
    "glosses": "Name what happened between you and ask how it was for them.",
    "leaves_door_open": "Decline without a promise for later: a 'maybe another time' keeps the "
    "question open between you.",
    "contact_details": "Keep your personal contact details out of it: decline warmly and give "
    "the service's route instead (the office, the out-of-hours line).",
    "contact_offer": "Keep contact within the work: say warmly what the service can offer "
    "between sessions instead.",
    "pressures_consent": "Ask for consent freely: say what is recorded and who hears it, and "
    "that they can say no, now or later, without it changing their care.",
    "coerces": "State the term plainly, with its reason, and ask what would help them keep to "
    "it, rather than holding it over them.",
    "deflects": "Decline warmly and give a reason about their care, then ask what the question "
    "means to them.",
    "legalistic": "Say the terms in plain words and agree them rather than read them out.",
    "no_check": "Check what they make of the terms: 'How does that sound to you?'",
    "ignores_harm": "Before anything about time, check they are safe: 'Are you safe going home "
    "tonight? Who could you call?' Then agree to start there next week.",
    "puts_off_harm": "Before holding it for next week, check they are safe tonight and who they "
    "could call.",
    "glosses_overlap": "Name the overlap and agree what you will both do: 'If we meet at the club, "
    "I'll leave it to you whether to say hello, and we can talk here about how it felt.'",
    "brushes_off": "Stay with what it means to them: 'It sounds like ending with me matters. "
    "What's it like, saying goodbye?'",
}

# Features answer the rubric's yes/no checks: (check id, answer when the feature is seen).
# For a warning-sign check (good: false) the answer says whether the sign is present.
FEATURE_CHECKS: dict[str, tuple[str, bool]] = {
    "aim": ("client_serving_aim", True),
    "brief": ("brief", True),
    "long": ("brief", False),
    "longish": ("brief", False),
    "past": ("past_resolved", True),
    "resolved": ("past_resolved", True),
    "current": ("past_resolved", False),
    "current_partly": ("past_resolved", False),
    "recent": ("past_resolved", False),
    "similar": ("similar_relevant", True),
    "focus_returned": ("focus_returned", True),
    "focus_kept": ("focus_returned", False),
    "focus_unclear": ("focus_returned", False),
    "advice": ("advice_through_story", True),
    "suggestion": ("advice_through_story", True),
    "one_upping": ("one_upping", True),
    "therapist_centred": ("burdens_client", True),
    "marker": ("marker_present", True),
    "tentative": ("tentative", True),
    "owned": ("owned", True),
    "here_and_now": ("here_and_now", True),
    "invites_view": ("invites_view", True),
    "no_invitation": ("invites_view", False),
    "accusatory": ("accusatory", True),
    "therapist_need": ("therapist_need", True),
    "boundary_crossing": ("overreaches", True),
    "demanding": ("overreaches", True),
    "unclear": ("clear", False),
    "dodges_question": ("dodges_question", True),
    # declining (rubric v2)
    "declines": ("brief_clear", True),
    "curious": ("curious_meaning", True),
    "policy": ("policy_recital", True),
    "warm": ("warm", True),
    "leaves_door_open": ("leaves_door_open", True),
    # contracting (rubric v2)
    "states_terms": ("plain_terms", True),
    "checks_consent": ("seeks_consent", True),
    "no_check": ("seeks_consent", False),
    "gives_reason": ("client_reason", True),
    # rupture repair
    "excuse": ("non_defensive", False),
}
# The same feature answers a differently named check in another criterion.
CHECK_ALIASES: dict[str, tuple[str, bool]] = {
    "care_rationale": ("care_reason", True),
    "trainee_centred": ("trainee_centred", True),
    "defends_or_blames": ("non_defensive", False),
}


def clip(text: str) -> str:
    """A prefix is still an exact substring, so long quotes are cut, never paraphrased."""
    text = text.strip()
    if len(text) <= MAX_QUOTE:
        return text
    cut = text[:MAX_QUOTE].rsplit(" ", 1)[0]
    return cut or text[:MAX_QUOTE]


def suggestion_for(reader, reading: SkillReading, strong: bool) -> str:
    """One thing to try: the worst feature's fix, else the criterion's next step."""
    worst = sorted((f for f in reading.features if f.effect < 0), key=lambda f: f.effect)
    for feature in worst:
        if feature.name in SUGGESTIONS:
            return SUGGESTIONS[feature.name]
    return reader.strong_next if strong else reader.improve
