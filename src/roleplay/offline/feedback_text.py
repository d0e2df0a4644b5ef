"""The offline judge's words to the trainee: suggestions per feature, checks, quotes."""

from __future__ import annotations

MAX_QUOTE = 200
PRACTICE_NOTE = "Offline scores are practice feedback from a word-reading judge, not grades."

SUGGESTIONS = {
    "one_upping": "Drop the comparison: say what you share, not whose was worse, then ask about "
    "theirs.",
    "therapist_centred": "Choose something you have worked through, so the client never has to "
    "look after you.",
    "current": "Disclose something settled, not something you are still in the middle of.",
    "advice": "Keep your story as a story: instead of 'you should', ask what might fit for them.",
    "after_declaration": "After a declaration of feelings, keep your own life out of it: "
    "acknowledge what it took to say, hold the frame kindly, and explore what it means.",
    "pins_habit": "Drop the 'always' and 'whenever': name what just happened between you, once, "
    "and wonder about it with them ('It went quiet just then; I wonder what happened for you?').",
    "corrects": "Hold the explanation for later: first ask what it was like for them, and take "
    "your share of it.",
    "hints_yes": "Leave out the flattery and the 'while': a plain, warm no that holds for good, "
    "then ask what the wish means to them.",
    "defends_self": "Leave your role and your reasons out of it: take what they said seriously "
    "and ask what it was like for them.",
    "hinted": "Say it plainly in a sentence, or decline warmly: a hint leaves the client "
    "guessing about you.",
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
    "opens_up_at_restraint": "Stay with what they were telling you: if you name what you noticed, "
    "keep it to a sentence and hand the focus straight back.",
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
    "pathologises": "Leave the interpretation out: take their complaint at face value and ask "
    "what it was like for them.",
    "excuse": "Before any explanation, hear what it was like for them and take your share.",
    "no_uptake": "Before anything else, turn to what just happened between you: name it in "
    "their words and ask what it was like for them.",
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
    "risks_confidentiality": "Keep what they tell you within the work: say who does hear it "
    "(you, your supervisor) and what stays private, and offer no word to anyone in their life.",
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
    # Faults that had no fix of their own fell through to the criterion's whole line, which could
    # ask for what the reply had already done; each says its own next step instead.
    "recent": "Choose something settled and low in intimacy, or leave your own news out of it.",
    "credentials": "Take the doubt seriously instead of answering it with your training: say "
    "plainly what is true (your status, your supervision) and ask what it raises for them.",
    "current_partly": "Disclose only what you have worked through; leave out what is still going "
    "on for you.",
    "suggestion": "Keep what worked for you as your story: ask what might fit for them.",
    "values": "Keep your own beliefs out: stay with what theirs mean to them.",
    "demanding": "Invite rather than press: 'I wonder...', and leave them free not to answer.",
    "over_hedged": "Say it once, simply: one 'I wonder', then the question.",
    "trainee_distress": "Keep your own distress out of it: stay with what this is like for them.",
    "stay_or_go": "Say you would like them to stay, without pressing, and ask what has happened "
    "for them.",
    "sends_away": "Stay with them: say you want to keep working together, and ask what made "
    "them fear it was ruined.",
    "distress_at_client": "Keep your own reaction in check and stay with theirs: 'That sounds "
    "so hard to be carrying. I'm right here with you.'",
    "confirms_fear": "Take up the worry instead of confirming it: say what is true of you now "
    "and ask what it is like to fear it ('What makes you feel you might be keeping me?').",
    "labels_reaction": "Say what you saw rather than labelling it, and ask them what it was.",
    "tells_off": "Leave out how they should have used the session: ask what it was like for them.",
    "frame_soothes": "Instead of soothing the fear with more of you, ask what it is like to feel "
    "it.",
    "asks_elsewhere": "Stay with what just happened between you before turning to anything else.",
    "dismisses": "Take the strain seriously: name it and ask how it was for them.",
    "explains_intent": "Let the apology stand without saying what you meant; ask how it landed "
    "for them.",
    "partly_defensive": "Let the apology stand without saying what you meant; ask how it landed "
    "for them.",
    "takes_at_face_value": "Don't take 'it's fine' at its word: gently name what happened and "
    "ask how it really was for them.",
    "crosses_frame": "Keep your contact details out of it: repair the strain here, in the session.",
    "reassures": "Before reassuring, ask what it was like for them.",
    "blames_client": "Take the blame off them: say what you did, and ask how it was for them.",
    "holds_to_task": "Put the task down for now: turn to what just happened between you.",
    "sanctions": "Leave the charge or the rule for later: first welcome them and ask what has "
    "made it hard.",
    "pressures": "Leave them free to choose: say you'd like to understand what has happened, "
    "without pressing them to stay.",
    "cold": "Warm the decline: thank them for asking, give a reason about their care, and ask "
    "what it means to them.",
    "shaming": "Make it fine to have asked: thank them for the question, then decline warmly.",
    "cold_rule": "Say the limit warmly, with a reason about their care, not as a rule.",
    "own_struggle": "Give the reason in terms of their care, not your own difficulty.",
    "refers_on": "Before ending or moving the work, agree together how you will both handle the "
    "overlap.",
    "loose_terms": "Keep the frame: say plainly how contact and sessions work, and why that "
    "protects their care.",
    "promises_secrecy": "Don't promise what no helper can keep: say what stays private and the few "
    "limits, plainly.",
    "conceals_status": "Say plainly that you are in training and supervised, and what that means "
    "for their care.",
    "vague_terms": "Make the terms concrete: what happens, when, and who hears about it.",
    "imposes": "Offer the terms rather than hand them down: say why, and ask what would work for "
    "them.",
    "minimises": "Say plainly what they are agreeing to, without playing it down, and check it "
    "is all right with them.",
    "cold_recital": "Say the limits in your own words, as something you agree together, and "
    "check what they make of them.",
    "points_to_paperwork": "Tell them the terms yourself, in a sentence or two, rather than "
    "sending them to the leaflet, and check what they make of them.",
    "feedback_bare": "Ask about more than one part of it: did they feel heard, did you work on "
    "what they wanted, did the way of working fit?",
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
    "defends_self": ("self_justifying", True),
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
    "corrects": ("non_defensive", False),
    "no_uptake": ("names_rupture", False),
}
# The same feature answers a differently named check in another criterion.
CHECK_ALIASES: dict[str, tuple[str, bool]] = {
    "care_rationale": ("care_reason", True),
    "trainee_centred": ("trainee_centred", True),
    "defends_or_blames": ("non_defensive", False),
    "pathologises": ("defends_or_blames", True),
}


# A reader's label said in words that do not claim more than the words found: "helped me" is
# there whether the trainee offers what helped as a strategy or says the sessions helped them too.
SAID_AS: dict[str, str] = {
    "it offers what worked for you as a strategy": "it brings in what helped you",
}


def said_as(label: str) -> str:
    """A feature's label as the rationale says it."""
    return SAID_AS.get(label, label)


DECLINED_INSTEAD = (
    "Declining was a fair choice here. If you choose to answer another time, keep it brief and "
    "settled, and turn back to them."
)


# Immediacy invited and not used: the example is the marker this moment has, not always a
# silence (a supervisor's review found "I notice you went quiet just now" offered after a remark
# about the trainee, a complaint or a laugh).
IMMEDIACY_HINTS = (
    (
        ("remark", "relationship_question"),
        "They said something about you or the two of you: answer it briefly and honestly, then "
        "get curious about it, e.g. 'What made you wonder that just now?'",
    ),
    (
        ("complaint", "let_down", "charged", "appeasing"),
        "Something between you was strained: name it and ask about it, e.g. 'It sounds like "
        "something I did didn't sit right with you. Can you tell me what that was like?'",
    ),
    (
        ("personal_question",),
        "They asked about you: after answering or declining, you could ask what it is like to "
        "ask, e.g. 'What's it like for you, asking me that?'",
    ),
)


def invited_hint(reader, cues, declined: bool = False) -> str | None:
    """What to try when the moment invited the skill and the reply did not use it.

    After a declaration of feelings nothing of the trainee's own life is invited, whatever the
    moment was written to practise: holding back is the skill there, so no disclosure is asked
    for (the rubric's after_declaration fault). A reply that declined the question warmly made a
    choice the rubric allows (declining); it is not told the moment wanted a disclosure instead.
    """
    if reader.id == "self_disclosure":
        if cues.romantic:
            return None
        if declined:
            return DECLINED_INSTEAD
    if reader.id == "immediacy":
        names = set(cues.names())
        for marks, hint in IMMEDIACY_HINTS:
            if names.intersection(marks):
                return hint
    return str(reader.invited_hint)


def clip(text: str) -> str:
    """A prefix is still an exact substring, so long quotes are cut, never paraphrased."""
    text = text.strip()
    if len(text) <= MAX_QUOTE:
        return text
    cut = text[:MAX_QUOTE].rsplit(" ", 1)[0]
    return cut or text[:MAX_QUOTE]
