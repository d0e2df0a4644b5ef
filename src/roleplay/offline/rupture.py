"""Reading the `rupture_repair` criterion (relationship-boundaries rubric).

After a complaint or a withdrawal, the response names the strain, explores the client's
experience, validates it, takes the trainee's share without collapsing, and opens an adjustment
(Safran & Muran, 2000); defending, blaming or pathologising take away. A response that moves past
the strain is "not used", as the rubric's applies_when says.
"""

from __future__ import annotations

import re

from roleplay.offline import lexicon as lx
from roleplay.offline.disclosure import unrefused_quote
from roleplay.offline.here_now import HERE_NOW, REBUKE
from roleplay.offline.immediacy_faults import EXPLAINS_SELF, sends_away
from roleplay.offline.reading import SkillReading, quote_match
from roleplay.offline.relational_words import IN_SESSION
from roleplay.offline.rupture_harms import (
    COLLAPSES,
    EXACERBATES,
    EXPLAINS_AWAY,
    LAPSE_PUT_ON_CLIENT,
    LEAVES_IT_TO_THEM,
    LECTURES,
    MINIMISES,
    OWN_CIRCUMSTANCES,
    PATHOLOGISES,
    PROMISES_BETTER,
    TAKES_AT_FACE_VALUE,
)
from roleplay.offline.rupture_quotes import (
    DOUBTS_MARKER,
    THANKS_FOR_LETTING_OFF,
    apology_label,
    asks_after_someone_else,
    explores_marker,
    quotes_marker,
    says_strain_back,
)
from roleplay.offline.rupture_words import (
    ACCEPTS,
    ADJUSTS,
    ASKS_ELSEWHERE,
    CHANGES_TASK,
    CHECKS_MARKER,
    EXPLORES_STRAIN,
    INVITES_WITHOUT_YOU,
    NAMES,
    OWN_LIFE_ELSEWHERE,
    OWNS_CONDUCT,
    OWNS_LAPSE,
    REASSURES_CLIENT,
    REFLECTS_MARKER,
    RUPTURE_MARKER,
    SYMPATHY_FOR_NEWS,
    TAKES_UP,
    UNMARKED_QUESTION,
    UPTAKE,
    VALIDATES,
    WHAT_WOULD_LIFT,
)
from roleplay.offline.text import Sentence, normalise

RUPTURE = "rupture_repair"
# The readings that pathologise, blame, threaten or push the client away, as against those that
# defend or explain (the rubric's level 1 against its level 2)
BLAMING = frozenset(
    {name for name, _, _ in EXACERBATES} | {"pathologises", "sends_away", "crosses_frame"}
)
# A question that only tags a statement: "..., right?", "don't you?", "is it?"
TAG_QUESTION_END = re.compile(
    r",\s*(?:(?:is|isn't|was|wasn't|do|don't|did|didn't|would|wouldn't|are|aren't|can|can't|have|"
    r"haven't|will|won't)(?: (?:it|you|they|that|we|i))?|right|yeah|eh|ok|okay)\W*\?\W*$|"
    r"^(?:comfy|right|yeah)\W*\?\W*$"
)


# "Sorry, before you go, can I just give you the diary?": a way of cutting in, not an apology
_SORRY_TO_INTERRUPT = re.compile(
    r"(?:oh,? )?sorry,? (?:before (?:you|we|u)|can i|could i|may i|one (?:more|last|quick) thing|to "
    r"interrupt|just (?:quickly|before))\b"
)


def read_rupture(
    sentences: list[Sentence], client_text: str, invites: str | None, withdrawn: bool = False
) -> SkillReading:
    """`withdrawn`: the moment shows withdrawal (late, coat on, gone quiet: cues.py)."""
    client = normalise(client_text)
    # the strain is the moment's or the client's line's, not only a word read into it
    marked = invites == RUPTURE or withdrawn
    strained = marked or bool(RUPTURE_MARKER.search(client))
    if not strained:
        # A request that carries an earlier strain ("next time, message me directly") is still
        # the rupture when the trainee owns their part in it ("that was my doing"): the repair
        # is in the response's own words, not read into the moment from its history.
        strained = any(TAKES_UP.search(s.norm) or lx.OWNS_PART.search(s.norm) for s in sentences)
    reading = SkillReading(present=False, strength=0.0, score=0.0)
    if not strained or not sentences:
        return reading
    said_back = [s for s in sentences if says_strain_back(s, client)]
    ours = [s for s in sentences if not OWN_LIFE_ELSEWHERE.search(s.norm)]
    addressed = [
        s
        for s in sentences
        if (NAMES.search(s.norm) and s in ours)
        or VALIDATES.search(s.norm)
        or lx.OWNS_PART.search(s.norm)
        # ("soz", "sry": the apology typed in a hurry)
        or (
            re.search(r"\b(?:sorry|soz|sry|srry|my bad|apologies)\b", s.norm)
            and not SYMPATHY_FOR_NEWS.search(s.norm)
            and not _SORRY_TO_INTERRUPT.match(s.norm)
        )
        or PATHOLOGISES.search(s.norm)
        # the trainee's collapse with no apology in it ("I'm new to this, I'm getting it all
        # wrong"): the strain met, badly
        or COLLAPSES.search(s.norm)
        or lx.DEFENSIVE.search(s.norm)
        or LECTURES.search(s.norm)
        or EXPLAINS_AWAY.search(s.norm)
        or TAKES_UP.search(s.norm)
        or ACCEPTS.search(s.norm)
        or WHAT_WOULD_LIFT.search(s.norm)
        or any(pattern.search(s.norm) for pattern in UPTAKE)
        # the withdrawal itself named: "you've kept your coat on", "we've gone quiet", "late"
        or IN_SESSION.search(s.norm)
        or LEAVES_IT_TO_THEM.search(s.norm)
        or lx.REGRET_ON_RULES.search(s.norm)
        or any(pattern.search(s.norm) for _, _, pattern in EXACERBATES)
        or LAPSE_PUT_ON_CLIENT.search(s.norm)
        or sends_away(s)
        or quotes_marker(s.norm, client)
        or explores_marker(s, client)
        or s in said_back
        or (marked and EXPLORES_STRAIN.search(s.norm))
        or DOUBTS_MARKER.search(s.norm)
        # the trainee's own habit explained ("it's just how I listen"): the strain met, badly
        or EXPLAINS_SELF.search(s.norm)
        or lx.PARTLY_DEFENSIVE.search(s.norm)
        # a promise to do better ("I'll try harder"): taken up, smoothed over
        or PROMISES_BETTER.search(s.norm)
        # the trainee's conduct or the service's rule defended, the lapse put down to the
        # trainee's week ("It's the service's policy, not mine", "I was off sick, so I
        # couldn't"): the strain met, badly (the rubric's level 2), never "not attempted". Only
        # where the strain is marked: the same words decline a gift or a request elsewhere.
        or (
            marked
            and (
                lx.DEFENDS_CONDUCT.search(s.norm)
                or lx.DEFENDS_FRAME.search(s.norm)
                or OWN_CIRCUMSTANCES.search(s.norm)
            )
        )
        # a rebuke of the client in the room ("Well, you were avoiding it though."): the strain
        # met by blaming them (here_now.py)
        or REBUKE.search(s.norm)
        # the two of them now, asked about at the strain: "What's it like for you to say that to
        # me?" explores it (qa4, just-like-everyone-else: repair not attempted)
        or HERE_NOW.search(s.norm)
    ]
    face_value = (
        next(
            (
                s
                for s in sentences
                if TAKES_AT_FACE_VALUE.search(s.norm) or _thanked_off(s, sentences)
            ),
            None,
        )
        if MINIMISES.search(client)
        else None
    )
    if face_value is not None and face_value not in addressed:
        addressed.append(face_value)
    if not addressed:
        return reading  # moved past the strain
    reading.present, reading.strength, reading.spans = True, 1.0, addressed
    score = 2.5
    if marked or not RUPTURE_MARKER.search(client):
        reading.note(NAMES, ours, "names_rupture", "you named what happened between you", 0.75)
    # (a question first: "What made it hard to say that just now?" is the invitation, not the
    # "I'd rather you said so" before it)
    # A tag or rhetorical question invites nothing ("You know you're charged for missed
    # sessions, right?", "it's not really school if you don't do the homework, is it?").
    asked_first = sorted(
        (s for s in sentences if not TAG_QUESTION_END.search(s.norm)),
        key=lambda s: "?" not in s.text,
    )
    invite = next(
        (
            s.text
            for s in asked_first
            if explores_marker(s, client)
            or EXPLORES_STRAIN.search(s.norm)
            or (
                (lx.INVITES_VIEW.search(s.norm) or UNMARKED_QUESTION.search(s.norm))
                and (
                    re.search(r"\b(?:you|your|u|ur)\b", s.norm)
                    or INVITES_WITHOUT_YOU.search(s.norm)
                )
                and not ASKS_ELSEWHERE.search(s.norm)
                and not asks_after_someone_else(s, client_text)
            )
        ),
        None,
    )
    if invite:
        reading.add("explores_experience", "you invited their experience of it", 0.75, invite)
    else:
        # any sentence but one that names the strain ("we keep coming back to the same four hours
        # and things feel formal between us")
        turned = [s for s in sentences if not NAMES.search(s.norm) and "between us" not in s.norm]
        reading.note(
            ASKS_ELSEWHERE,
            turned,
            "asks_elsewhere",
            "it turns to something else instead of what happened",
            -0.5,
        )
    reading.note(VALIDATES, sentences, "validates", "you validated their reaction", 0.5)
    reading.note(lx.OWNS_PART, sentences, "takes_responsibility", "you took your share", 0.75)
    if not reading.has("takes_responsibility"):
        reading.note(OWNS_LAPSE, sentences, "takes_responsibility", "you took your share", 0.75)
    reading.note(ADJUSTS, sentences, "adjusts_work", "you opened a change in how you work", 0.5)
    if not reading.has("adjusts_work"):
        reading.note(
            WHAT_WOULD_LIFT, sentences, "adjusts_work", "you opened a change in how you work", 0.5
        )
    reading.note(ACCEPTS, sentences, "goes_along", "you went along with what they asked", 0.0)
    if not reading.has("takes_responsibility"):
        reading.note(OWNS_CONDUCT, ours, "names_own_part", "you named what you did", 0.5)
    reading.note(CHECKS_MARKER, sentences, "checks_marker", "you checked what they said", 0.25)
    if not reading.has("checks_marker"):
        reading.note(DOUBTS_MARKER, sentences, "checks_marker", "you checked what they said", 0.25)
    # the strain reflected: their reaction named ("you seem fed up") or their words said back
    # ("You feel stupid, like everyone knew except you"; rupture_quotes.says_strain_back)
    reflected = quote_match(REFLECTS_MARKER, sentences) or (
        said_back[0].text if said_back else None
    )
    if reflected:
        reading.add("reflects_marker", "you reflected the strain", 0.25, reflected)
    reading.note(REASSURES_CLIENT, sentences, "reassures", "you reassured them about it", -0.25)
    if not (
        invite
        or any(
            reading.has(n)
            for n in ("takes_responsibility", "names_own_part", "adjusts_work", "validates")
        )
    ):
        reading.note(
            PROMISES_BETTER,
            sentences,
            "promises_better",
            "it promises to do better before hearing what it was like for them",
            -0.5,
        )
    reading.note(CHANGES_TASK, sentences, "changes_task", "you changed the task because of it", 0.0)
    if reading.has("changes_task") and not MINIMISES.search(client):
        # a change of task in answer to a complaint about it (the 3RS indirect repair, O's ruling:
        # 3 unchecked); to "whatever you want, I'm fine" it goes along with a withdrawal (2)
        reading.add("indirect_repair", "you changed the task in answer to it", 0.0)
    pathologised = quote_match(PATHOLOGISES, sentences) or quote_match(REBUKE, sentences)
    blame = (
        pathologised
        or quote_match(lx.DEFENSIVE, sentences)
        # "I only meant it as...": in the corpus an explanation of intent at a rupture defends
        or quote_match(ONLY_MEANT, sentences)
        or quote_match(LECTURES, sentences)
        or quote_match(EXPLAINS_AWAY, sentences)
        # the rules or how therapy works held up in answer ("I just have rules I have to
        # follow", "therapy takes time"): the rubric's level 2 explains or justifies first
        or quote_match(lx.DEFENDS_CONDUCT, sentences)
        or (quote_match(lx.DEFENDS_FRAME, sentences) if marked else None)
        or (None if reading.has("names_own_part") else quote_match(OWN_CIRCUMSTANCES, sentences))
    )
    if pathologised:
        # the complaint read as the client's pathology or history: its own name, so the Try is
        # "take the label off them", not "before explaining..."
        reading.add("pathologises", "it makes the strain the client's problem", -1.5, blame)
    elif blame:
        reading.add("defends_or_blames", "it defends or explains before hearing them", -1.5, blame)
    else:
        # the trainee's intent put beside the apology ("I'm sorry if I made you feel rejected",
        # "that wasn't my intention"): the rubric's level 2-3, explaining or justifying
        explained = quote_match(lx.PARTLY_DEFENSIVE, sentences) or quote_match(
            EXPLAINS_SELF, sentences
        )
        if explained:
            reading.add("explains_intent", apology_label(explained), -0.75, explained)

    if face_value is not None:
        if addressed == [face_value]:
            reading.opener = "You took their word for it and moved on: "
        reading.add(
            "takes_at_face_value",
            "it takes their 'it's fine' at its word and moves on",
            -1.5,
            face_value.text,
        )
    for name, label, pattern in EXACERBATES:
        # the client's own word said back ("Catastrophising is just a term for...") is not the
        # trainee's charge
        hit = next(
            (
                s
                for s in sentences
                if (m := pattern.search(s.norm)) is not None and m.group(0) not in client
            ),
            None,
        )
        if hit is not None:
            reading.add(name, label, -2.0, quote_match(pattern, [hit]))
    if not (reading.has("blames_client") or reading.has("takes_responsibility")):
        reading.note(
            LAPSE_PUT_ON_CLIENT,
            [s for s in sentences if not s.norm.rstrip().endswith("?")],
            "blames_client",
            "it makes the strain the client's fault",
            -2.0,
        )
    away = next((s for s in sentences if sends_away(s)), None)
    if away is not None:
        reading.add(
            "sends_away", "it answers the strain by sending them elsewhere", -2.0, away.text
        )
    if not reading.has("dismisses") and not (
        invite
        or reading.has("takes_responsibility")
        or reading.has("validates")
        # the choice left to them beside a way found together ("it's your decision, and I'd
        # like us to find something that works for you", fees-mid-therapy/guilt)
        or reading.has("adjusts_work")
    ):
        reading.note(
            LEAVES_IT_TO_THEM,
            sentences,
            "dismisses",
            "it brushes the strain off or tells the client off for it",
            -2.0,
        )
    # Soothing the strain with the trainee's own number: "just text me next time, here's my
    # mobile" answers a lateness with more of the trainee, not repair (late-and-gone-quiet).
    given = unrefused_quote(lx.CONTACT_DETAILS, sentences)
    if given:
        reading.add(
            "crosses_frame", "it answers the strain with your own contact details", -2.0, given
        )
    reading.note(
        COLLAPSES,
        sentences,
        "collapses",
        "the apology is so heavy the client may have to look after you",
        -1.5,
    )
    if not reading.has("collapses"):
        # "I shouldn't have done that. It's against the rules.": the client left holding the
        # trainee's discomfort (hug-after-the-diagnosis/composure, instructor 1)
        reading.note(
            lx.REGRET_ON_RULES,
            sentences,
            "collapses",
            "the apology is so heavy the client may have to look after you",
            -1.5,
        )
    if not invite and not any(
        reading.has(n)
        for n in ("names_rupture", "checks_marker", "reflects_marker", "changes_task")
    ):
        reading.add("glosses", "it moves on without exploring what happened", -0.75)
    if blame and not any(reading.has(name) for name in BLAMING):
        # defending or explaining first, with no blame, threat or brush-off in it: the rubric's
        # level 2, not its level 1 (a floor in level_bounds.py)
        reading.add("explains_first", "it explains or defends before hearing them", 0.0)
    reading.score = max(1.0, min(5.0, score + sum(f.effect for f in reading.features)))
    return reading


ONLY_MEANT = re.compile(r"\bi (?:only|just) meant (?:it|that|to)\b")


def _thanked_off(sentence: Sentence, sentences: list[Sentence]) -> bool:
    """Thanks for letting the trainee off, with nothing else in the reply that turns to the
    strain ("thank you for being kind about it. But I cancelled on you with an hour's notice,
    and that isn't nothing" doubts it: the development probe set's level 5)."""
    if not THANKS_FOR_LETTING_OFF.search(sentence.norm):
        return False
    return not any(
        NAMES.search(s.norm)
        or lx.OWNS_PART.search(s.norm)
        or OWNS_LAPSE.search(s.norm)
        or DOUBTS_MARKER.search(s.norm)
        or CHECKS_MARKER.search(s.norm)
        or "?" in s.text
        for s in sentences
        if s is not sentence
    )
