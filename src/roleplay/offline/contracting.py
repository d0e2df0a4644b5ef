"""Reading the `contracting` criterion (rubric v2): setting out the terms of the work.

Present when the response states an arrangement (confidentiality and its limits, recording and
consent, trainee status and supervision, contact between sessions and risk, telehealth terms,
cancellations, how the client's feedback will be sought). Done well it is clear, plain, and
collaborative: it checks the client's understanding or consent and invites questions; a
legalistic recital, a rule read out coldly, or terms imposed without a check take away.
"""

from __future__ import annotations

import re
from dataclasses import replace

from roleplay.offline.boundary_words import RIGID, TRAINEE_CENTRED
from roleplay.offline.contracting_feedback import (
    SEEKS_FEEDBACK,
    read_feedback,
    routine_near,
    terms_beside,
)
from roleplay.offline.contracting_misstated import MISSTATED, OUTSIDE_THE_SERVICE
from roleplay.offline.contracting_terms import (
    AGREED_TERM,
    ARRANGEMENT,
    PLAIN_TERM,
    TERMS,
    term_kinds,
)
from roleplay.offline.contracting_words import (
    ABSOLUTE_CONFIDENTIALITY,
    ANSWERS_ITSELF,
    CHECKS_CONSENT,
    CONFIDENTIALITY_LIMITS,
    CONTACT_TERMS,
    DEFERS_TERMS,
    GOODBYE,
    IMPOSES,
    MINIMISES,
    NOT_A_TERM,
    PLAIN_REASON,
    POINTS_TO_PAPERWORK,
    RECITAL,
    RECORDING_ASSUMED,
    VAGUE_LABEL,
    VAGUE_TERMS,
)
from roleplay.offline.reading import SkillReading, quote_match
from roleplay.offline.text import Sentence

CONTRACTING = "contracting"

# A refusal in the sentence: "I won't take cash off the books" names a loose term to refuse it.
# ("don't worry" reassures; it refuses nothing)
# "I don't mind at all" grants, "don't be silly" reassures; neither refuses anything
_REFUSES = re.compile(
    r"\b(?:won't|will not|can't|cannot|don't|do not|not going to)\b"
    r"(?! (?:worry|stress|fret|mind|care|be (?:silly|daft|soft|sorry|worried))\b)"
)


# The fee or the record of the work, in the sentence that loosens it: "just between us, I'll take
# twenty in cash" rewrites a term; "drop me a line whenever" grants contact (boundary), which the
# corpus leaves to the boundary criterion.
_MONEY_OR_NOTES = re.compile(
    r"\b(?:charg\w*|pay\w*|fees?|money|cash|quid|pounds|invoice|notes?|write|written|records?|"
    r"recording)\b"
)


# A fee waived for what the client cannot control ("if it's the hospital moving you, we won't
# charge", "not for rota changes you can't control"): the cancellation term renegotiated for a
# stated case, not loosened (the rota exemplar's ruling: contracting 5).
_BEYOND_THEIR_CONTROL = re.compile(
    r"\b(?:if|when|for) (?:it's|its|it is) (?:the|your|ur) (?:hospital|rota|shifts?|employer|ward|"
    r"work)\b|\b(?:you|u) (?:can't|cant|cannot|don't|dont|do not) control\b|\bout of (?:your|ur) "
    r"(?:control|hands)\b"
)


def loosens_terms(sentences: list[Sentence]) -> str | None:
    """The words that loosen the terms ("I won't charge you", "text me whenever"), where the
    sentence does not refuse them; else None."""
    return _loosened(sentences, {"loose_terms"})


def _loosened(
    sentences: list[Sentence],
    names: frozenset[str] | set[str] = frozenset({"loose_terms", "promises_secrecy"}),
) -> str | None:
    """The words that loosen the frame or promise a secrecy no helper can keep, where the
    sentence does not refuse them; else None."""
    for name, _, pattern in MISSTATED:
        if name in names:
            kept = [
                x
                for x in sentences
                # a secrecy promised needs no money word: "promise. they'll never know.", and
                # nor does a deal kept from the service or the work taken private
                if (
                    name == "promises_secrecy"
                    or _MONEY_OR_NOTES.search(x.norm)
                    or OUTSIDE_THE_SERVICE.search(x.norm)
                )
                and not _refuses_loose(x, pattern)
                and not _BEYOND_THEIR_CONTROL.search(x.norm)
            ]
            found = quote_match(pattern, kept)
            if found:
                return found
    return None


def _refuses_loose(sentence: Sentence, loose: re.Pattern[str]) -> bool:
    """The sentence refuses a loose term ("I won't take cash off the books"), judged on its words
    beside the term, since some loose terms carry a negation of their own ("I won't charge")."""
    return bool(_REFUSES.search(loose.sub(" ", sentence.norm)))


def read_contracting(sentences: list[Sentence], asked: bool, frame: bool = False) -> SkillReading:
    """`asked`: the terms are in question now; `frame`: the client asked for something outside
    the frame, so the terms of contact offered instead count as contracting."""
    # A short leave-taking is read as nothing more ("have a good weekend" is no weekend contact).
    farewells = [s for s in sentences if GOODBYE.search(s.norm) and s.words <= 6]
    reading = _read_terms([s for s in sentences if s not in farewells], asked, frame)
    if not reading.present and farewells and all(s in farewells or s.words <= 3 for s in sentences):
        # "Thursday, yes. Take care on the way home." says goodbye; no term of the work is
        # stated, checked or renegotiated (the corpus ruling: contracting needs a term).
        return SkillReading(present=False, strength=0.0, score=0.0, veto="a goodbye")
    return reading


def _read_terms(sentences: list[Sentence], asked: bool, frame: bool) -> SkillReading:
    if NOT_A_TERM.search(" ".join(s.norm for s in sentences)):
        # (blanked to the same length, so quotes still come from the trainee's own words)
        sentences = [
            replace(s, norm=NOT_A_TERM.sub(lambda m: " " * len(m.group(0)), s.norm))
            for s in sentences
        ]
    # a sentence that puts the answer off to the supervisor or to later sets out no term
    deferrals = [s for s in sentences if DEFERS_TERMS.search(s.norm)]
    if deferrals:
        sentences = [replace(s, norm=" " * len(s.norm)) if s in deferrals else s for s in sentences]
    reading = SkillReading(present=False, strength=0.0, score=0.0)
    feedback = (
        [s for s in sentences if SEEKS_FEEDBACK.search(s.norm)]
        if SEEKS_FEEDBACK.search(" ".join(s.norm for s in sentences))
        else []
    )
    if feedback and not terms_beside(sentences, feedback):
        return read_feedback(sentences, feedback)
    terms = quote_match(TERMS, sentences)
    if asked and not terms:
        terms = (
            quote_match(ARRANGEMENT, sentences)
            or next((q for _, _, p in MISSTATED if (q := quote_match(p, sentences))), None)
            # "No one. It goes no further": an answer about confidentiality, however wrong
            or quote_match(ABSOLUTE_CONFIDENTIALITY, sentences)
            # "It's all in the leaflet": the terms answered by pointing at them (level 2)
            or quote_match(POINTS_TO_PAPERWORK, sentences)
        )
        if terms:
            reading.add("arrangement", "it answers how the work is arranged", 0.0, terms)
    contact = quote_match(CONTACT_TERMS, sentences) if frame else None
    if contact:
        reading.add("contact_terms", "you said how contact works instead", 0.0, contact)
        terms = terms or contact
    # A press on the frame answered by rewriting its terms ("just between us, I'll take twenty in
    # cash", "I won't write anything down"): an agreement the helper cannot keep, contracting 1
    # (the rubric's misleading check; the off-the-books exemplar's ruling).
    loose = _loosened(sentences) if frame else None
    plain_term = quote_match(PLAIN_TERM, sentences) or quote_match(AGREED_TERM, sentences)
    terms = terms or plain_term or loose
    vague = quote_match(VAGUE_TERMS, sentences) if asked else None
    if asked and deferrals and not terms and not vague:
        # "Can I check with my supervisor and come back to you next week?": contracting 2
        reading.present, reading.strength, reading.score = True, 1.0, 2.0
        reading.spans = deferrals
        reading.add(
            "vague_terms",
            "it puts the terms off to later; they cannot know what happens",
            -1.5,
            deferrals[0].text,
        )
        return reading
    if vague and not terms:
        # Nothing stated but a promise to see how it goes: contracting 2, however kindly put.
        reading.present, reading.strength, reading.score = True, 1.0, 2.0
        reading.spans = [s for s in sentences if VAGUE_TERMS.search(s.norm)]
        reading.add(
            "vague_terms", "the terms are left vague; they cannot know what happens", -1.5, vague
        )
        return reading
    if not terms or not (
        asked
        or contact
        or plain_term
        or loose
        or len([s for s in sentences if TERMS.search(s.norm)]) >= 2
        # "Let me put it right: I'm a trainee, my supervisor hears about our work, and recording
        # is your call": two kinds of term set out in one breath, unprompted
        or term_kinds(" ".join(s.norm for s in sentences)) >= 2
    ):
        return reading
    reading.present, reading.strength = True, 1.0
    reading.spans = [
        s
        for s in sentences
        if TERMS.search(s.norm)
        or PLAIN_TERM.search(s.norm)
        or AGREED_TERM.search(s.norm)
        or (contact and CONTACT_TERMS.search(s.norm))
        or (loose and loose in s.text)
        or (
            asked
            and (
                ARRANGEMENT.search(s.norm)
                or ABSOLUTE_CONFIDENTIALITY.search(s.norm)
                or POINTS_TO_PAPERWORK.search(s.norm)
                or any(p.search(s.norm) for _, _, p in MISSTATED)
            )
        )
    ]
    reading.add("states_terms", "you set out the terms", 0.5, terms)
    # "Any questions? No? Good." answers its own question: nothing is put to the client
    rhetorical = ANSWERS_ITSELF.search(" ".join(s.norm for s in sentences))
    reading.note(
        CHECKS_CONSENT,
        [] if rhetorical else sentences,
        "checks_consent",
        "you checked what they make of it",
        1.0,
    )
    routine = [s for s in feedback if routine_near(s)]
    if routine:
        # "At the end of each session I'll ask how it went for you": how feedback will be sought
        reading.add(
            "seeks_feedback", "you said how you will ask for their view", 0.5, routine[0].text
        )
    elif feedback and not reading.has("checks_consent"):
        # "Is that okay with you?" after the terms puts them to the client: consent sought
        reading.add("checks_consent", "you checked what they make of it", 1.0, feedback[0].text)
    reading.note(PLAIN_REASON, sentences, "gives_reason", "you said why it matters", 0.5)
    reading.note(RIGID, sentences, "legalistic", "it reads out rules rather than agreeing them", -1)
    clipped = [
        s for s in sentences if s.words <= 6 and (TERMS.search(s.norm) or PLAIN_TERM.search(s.norm))
    ]
    if len(clipped) >= 4 and not reading.has("legalistic"):
        # "Sessions: 50 minutes. Frequency: weekly. Cancellation: 48 hours...": a list read out
        reading.add(
            "legalistic", "it reads out rules rather than agreeing them", -1, clipped[0].text
        )
    for name, label, pattern in MISSTATED:
        kept = [
            x
            for x in sentences
            if not (
                (name == "risks_confidentiality" and _refuses_loose(x, pattern))
                or (
                    name == "loose_terms"
                    and (_refuses_loose(x, pattern) or _BEYOND_THEIR_CONTROL.search(x.norm))
                )
            )
        ]
        reading.note(pattern, kept, name, label, -2.0)
    if asked:
        reading.note(VAGUE_TERMS, sentences, "vague_terms", VAGUE_LABEL, -1.5)
    reading.note(MINIMISES, sentences, "minimises", "it plays down what they are agreeing to", -1.5)
    reading.note(
        POINTS_TO_PAPERWORK,
        sentences,
        "points_to_paperwork",
        "it points them to the paperwork instead of telling them",
        -0.75,
    )
    assumed = quote_match(RECORDING_ASSUMED, sentences)
    if assumed and not (reading.has("checks_consent") or reading.has("pressures_consent")):
        reading.add(
            "pressures_consent",
            dict((n, t) for n, t, _ in MISSTATED)["pressures_consent"],
            -2.0,
            assumed,
        )
    absolute = quote_match(ABSOLUTE_CONFIDENTIALITY, sentences)
    if (
        absolute
        and not reading.has("promises_secrecy")
        # the limit named outside the promise itself ("your secrets are safe with me" names none)
        and not any(
            CONFIDENTIALITY_LIMITS.search(ABSOLUTE_CONFIDENTIALITY.sub(" ", s.norm))
            for s in sentences
        )
    ):
        reading.add("promises_secrecy", MISSTATED[0][1], -2.0, absolute)
    # "I'm not comfortable doing this in a car park... I'd get in trouble": the term rests on the
    # trainee's comfort or risk, not the client's care (the rubric's client_reason check)
    reading.note(
        TRAINEE_CENTRED,
        sentences,
        "trainee_centred",
        "the reason is your comfort, not theirs",
        -1.0,
    )
    imposed = quote_match(IMPOSES, sentences)
    if imposed and not (reading.has("checks_consent") or reading.has("gives_reason")):
        reading.add("imposes", "it hands the terms down as an instruction", -1.5, imposed)
    words = sum(s.words for s in sentences)
    if words > 110:
        reading.add("long", "it is a recital; the client gets lost in it", -0.75)
    if not reading.has("checks_consent"):
        reading.add("no_check", "the terms are told, not agreed", -0.75)
        recital = quote_match(RECITAL, sentences)
        if recital:
            reading.add(
                "cold_recital", "the limits are read out like a notice, not agreed", -0.75, recital
            )
    reading.score = max(1.0, min(5.0, 3.0 + sum(f.effect for f in reading.features)))
    return reading
