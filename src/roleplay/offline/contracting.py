"""Reading the `contracting` criterion (rubric v2): setting out the terms of the work.

Present when the response states an arrangement (confidentiality and its limits, recording and
consent, trainee status and supervision, contact between sessions and risk, telehealth terms,
cancellations, how the client's feedback will be sought). Done well it is clear, plain, and
collaborative: it checks the client's understanding or consent and invites questions; a
legalistic recital, a rule read out coldly, or terms imposed without a check take away.
"""

from __future__ import annotations

import re

from roleplay.offline.boundary_words import RIGID
from roleplay.offline.contracting_terms import (
    AGREED_TERM,
    ARRANGEMENT,
    MISSTATED,
    PLAIN_TERM,
    TERMS,
)
from roleplay.offline.reading import SkillReading, quote_match
from roleplay.offline.text import Gated, Sentence, any_of

CONTRACTING = "contracting"

# A refusal in the sentence: "I won't take cash off the books" names a loose term to refuse it.
# ("don't worry" reassures; it refuses nothing)
# "I don't mind at all" grants; it refuses nothing
_REFUSES = re.compile(
    r"\b(?:won't|will not|can't|cannot|don't|do not|not going to)\b(?! (?:worry|mind|care)\b)"
)
# Asking the client's feedback on the session or the work (rubric v2: how feedback is sought;
# Lambert & Shimokawa 2011; Duncan et al. 2003, the Session Rating Scale): a contracting move,
# not immediacy. "How was that for you?" after a moment in the room is left to immediacy.
_SESSION = (
    r"(?:today|today's session|this session|the session|our sessions?|this work|the work|"
    r"these sessions|this hour|the hour)"
)
SEEKS_FEEDBACK = any_of(
    rf"\bhow (?:was|has|did|is) {_SESSION}(?: (?:been|go|gone|going|feel|felt))? (?:for you|"
    r"today)\b",
    r"\bhow (?:was|did|has been) today\b",
    rf"\bdid {_SESSION} (?:feel |seem )?(?:help\w*|useful|worth\w*|okay|ok|right)\b",
    rf"\bdid you find (?:{_SESSION}|that) (?:helpful|useful|worth\w*)\b",
    r"\b(?:was|is) (?:today|that|this|the session|this session) (?:\w+ )?(?:ok|okay|alright|all "
    r"right|useful|helpful|any good|what you (?:wanted|needed))\b[^.!]*\?",
    r"\bwhat would (?:have )?(?:made|make|move|get|take) (?:it|today|that|the session) (?:up|"
    r"higher|a|an|to|into|better|more (?:useful|helpful))\b",
    r"\bwhat (?:missed|was missing|could have been better)\b",
    r"\bwhat (?:was|has been|is|wasn't|isn't) (?:useful|helpful|unhelpful|working|not working|"
    r"most useful|least useful)\b",
    r"\b(?:anything|what) (?:you(?:'d| would)|would you) (?:change|want (?:us )?to do differently|"
    r"like (?:more|less) of)\b",
    r"\bdo differently\b",
    r"\b(?:out of|from (?:0|zero|nought|one|1) to) (?:ten|10)\b[^.!]*\?",
    r"\b(?:ask|check|rate|score)\b.{0,60}\b(?:out of|(?:0|zero|nought|one|1) to) (?:ten|10)\b",
    r"\b(?:out of|(?:0|zero|nought|one|1) to) (?:ten|10)\b.{0,60}\b(?:how|whether|did|was)\b",
    r"\b(?:rate|rating|score) (?:today|the session|this session|how)\b",
    r"\bdid you feel (?:heard|listened to|understood)\b",
    r"\bhow (?:listened to|heard|understood) (?:you|did you)\b",
    r"\b(?:what we worked on|the way we (?:worked|work|are working)|how we(?:'re| are) working)\b"
    r".{0,40}\?",
)
# A full check-in: a rating, more than one question, a reason to be honest.
FEEDBACK_HONESTY = any_of(
    r"\b(?:honest\w*|truth\w*|not true|won't hurt)\b",
    r"\b(?:low|lower) (?:number|score|rating|mark)s?\b|\b(?:mark|score|rate)\w* (?:\w+ )?lower\b",
    r"\bwhat (?:isn't|is not|wasn't|'s not) working\b|\b(?:rather|want to) (?:know|hear)\b",
    r"\bhelps? me\b",
    r"\b(?:fit|suit)s? you\b",
)
# The limits of confidentiality read out as a legal notice (obliged, duty, breach, agencies)
# rather than agreed: with no check on how it lands it is a recital (rubric v2, contracting 2).
RECITAL = any_of(
    r"\b(?:i have to|i must|i(?:'m| am) (?:obliged|required|bound|duty-bound) to) (?:tell|inform|"
    r"advise|make you aware|let you know)\b",
    r"\byou should (?:be aware|know) that\b|\bplease (?:be aware|note)\b",
    r"\b(?:a |my )?duty to (?:report|inform|notify|disclose)\b",
    r"\b(?:break|breach|breached|broken) (?:your )?confidentiality\b|\bconfidentiality (?:may|"
    r"will|would|can) be (?:broken|breached)\b",
    r"\b(?:relevant|appropriate|other|statutory) (?:agencies|authorities|services|bodies)\b",
)
# Confidentiality stated as absolute ("it's all confidential") with no word anywhere in the
# response of its limits (risk to life, safeguarding): the client is told something untrue about
# the frame they are agreeing to (BACP Ethical Framework; the rubric's contracting level 1).
ABSOLUTE_CONFIDENTIALITY = any_of(
    r"\b(?:all|completely|totally|fully|entirely|100%|strictly|always|everything(?:'s| is)) "
    r"(?:\w+ )?confidential\b",
    r"\bconfidential,? (?:always|no matter what|whatever happens)\b",
    # "what you say stays in here, full stop" with no limit named anywhere (checked where used)
    r"\b(?:stays?|kept|keep it|goes no further than) (?:in|inside|within)? ?(?:here|this room|the "
    r"room|these (?:four )?walls)\b",
    r"\bgoes no further\b",
    # "Nobody." in answer to who hears
    r"\b^(?:honestly[?,.!]* )?(?:nobody|no one|no-one)(?: else)?(?: at all)?[.!]*$",
)
CONFIDENTIALITY_LIMITS = any_of(
    r"\b(?:unless|except|apart from|the only time|limits?|exceptions?|if i(?:'m| am| was| were)? "
    r"(?:\w+ )?(?:worried|concerned)|risk|safety|safe|harm|danger|court|safeguarding|mostly|"
    # naming who else hears is a limit stated, if not all of them
    r"supervis\w*|only my|training team)\b",
)
CHECKS_CONSENT = any_of(
    r"\b(?:does|would) (?:that|this) (?:work|sound|feel) (?:ok|okay|alright|right)?\b",
    r"\b(?:any|what) questions\b",
    r"\bhow does that (?:sound|feel|land)\b",
    r"\b(?:are you|would you be) (?:ok|okay|comfortable|happy) (?:with|to)\b",
    # "your say", not "what you say in here"
    r"\b(?:your|you) (?:consent|agree|choice)\b|\byour say\b|\byou (?:have|get) (?:a |the )?say\b",
    r"\bup to you\b",
    r"\bis there anything you(?:'d| would) (?:want|like) to (?:change|add|ask)\b",
    # the terms put to the client to agree, not just told (rubric v2 contracting level 5)
    r"\bwould (?:that|this|it) help\b",
    r"\bhow does (?:that|it|this) (?:sit|land|feel|sound)\b",
    r"\bhow do (?:you|u) feel (?:about|abt) (?:that|it|this)\b",
    r"\bwhat do (?:you|u) (?:think|make of)\b",
    r"\bwhat (?:would|wd|might|will) (?:work|suit|help)\b|\bwhat (?:would|wd) (?:you|u) like\b",
    r"\bwhich (?:bit|part|one|option|feels|would|matters)\b",
    r"\b(?:shall we|can we (?:agree|make|plan|write|look))\b",
    r"\b(?:you|u) can (?:say no|stop|change your mind)\b",
    r"\bdoes (?:that|this|it) change anything\b",
    r"\bwhat(?:'s| is) (?:most important|your decision|(?:your|ur) first)\b|\bwhat matters most\b",
    r"\b(?:ok|okay|alright)\?",
)
# Recording told as already settled, or its weight waved away ("...anonymised, so it's fine"):
# consent taken for granted unless something is put to the client (checked in the reader).
RECORDING_ASSUMED = Gated(
    (
        ("recording", "recorded", "filmed"),
        r"\bi(?:'m| am|'ll be| will be|'m going to be| am going to be) recording (?:this|the "
        r"session|us|today|our|you)\b|\b(?:this|the session|today|it)(?:'s| is| will be|'ll be) "
        r"(?:being )?(?:recorded|filmed)\b",
    ),
    (
        ("record", "anonymi", "watched", "listened"),
        r"\b(?:record\w*|anonymi[sz]ed|watched|listened to)\b[^.?!]*\b(?:so|but) (?:it's|its|"
        r"it is|that's) (?:fine|ok|okay|no big deal|nothing)\b",
    ),
)
PLAIN_REASON = any_of(
    r"\bso (?:that )?(?:i|we|you) can\b",
    r"\bbecause\b",
    r"\bthe reason\b",
    r"\bto (?:keep you|make sure|help)\b",
)


# What the client can have instead of what they asked outside the frame: the terms of contact
# between sessions and in a crisis (rubric v2: between-session contact and risk).
CONTACT_TERMS = any_of(
    r"\bthe (?:office|clinic|service|reception|duty team|team)\b.{0,40}\b(?:ring|call|text|"
    r"contact|email|line|number|phone|pass|reach)\w*\b",
    r"\b(?:clinic|service|office|work|duty|crisis|24-hour|text) (?:line|number|phone|email)\b",
    r"\bout of hours\b|\bday (?:and|or) night\b",
)


# A leave-taking: "take care", "see you then", "safe home".
GOODBYE = re.compile(
    r"\b(?:take care|see (?:you|u)|bye|goodbye|have a (?:good|lovely|nice|safe)|safe home|"
    r"on the way home|get home safe)\b"
)


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
    reading = SkillReading(present=False, strength=0.0, score=0.0)
    feedback = (
        [s for s in sentences if SEEKS_FEEDBACK.search(s.norm)]
        if SEEKS_FEEDBACK.search(" ".join(s.norm for s in sentences))
        else []
    )
    if feedback:
        return _seeks_feedback(sentences, feedback)
    terms = quote_match(TERMS, sentences)
    if asked and not terms:
        terms = (
            quote_match(ARRANGEMENT, sentences)
            or next((q for _, _, p in MISSTATED if (q := quote_match(p, sentences))), None)
            # "No one. It goes no further": an answer about confidentiality, however wrong
            or quote_match(ABSOLUTE_CONFIDENTIALITY, sentences)
        )
        if terms:
            reading.add("arrangement", "it answers how the work is arranged", 0.0, terms)
    contact = quote_match(CONTACT_TERMS, sentences) if frame else None
    if contact:
        reading.add("contact_terms", "you said how contact works instead", 0.0, contact)
        terms = terms or contact
    plain_term = quote_match(PLAIN_TERM, sentences) or quote_match(AGREED_TERM, sentences)
    terms = terms or plain_term
    if not terms or not (
        asked or contact or plain_term or len([s for s in sentences if TERMS.search(s.norm)]) >= 2
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
        or (
            asked and (ARRANGEMENT.search(s.norm) or any(p.search(s.norm) for _, _, p in MISSTATED))
        )
    ]
    reading.add("states_terms", "you set out the terms", 0.5, terms)
    reading.note(
        CHECKS_CONSENT, sentences, "checks_consent", "you checked what they make of it", 1.0
    )
    reading.note(PLAIN_REASON, sentences, "gives_reason", "you said why it matters", 0.5)
    reading.note(RIGID, sentences, "legalistic", "it reads out rules rather than agreeing them", -1)
    for name, label, pattern in MISSTATED:
        kept = [x for x in sentences if not (name == "loose_terms" and _refuses_loose(x, pattern))]
        reading.note(pattern, kept, name, label, -2.0)
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
        and not any(CONFIDENTIALITY_LIMITS.search(s.norm) for s in sentences)
    ):
        reading.add("promises_secrecy", MISSTATED[0][1], -2.0, absolute)
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


def _seeks_feedback(sentences: list[Sentence], feedback: list[Sentence]) -> SkillReading:
    """Seeking the client's view of the session: better with a rating, more than one angle and a
    reason to answer honestly (Duncan et al. 2003; Lambert & Shimokawa 2011)."""
    reading = SkillReading(present=True, strength=1.0, score=0.0, spans=feedback)
    reading.add("seeks_feedback", "you asked for their feedback on the work", 0.5, feedback[0].text)
    asked = sum(s.text.count("?") or 1 for s in feedback)
    if asked >= 2 or any(s.norm.count(",") >= 2 for s in feedback):
        reading.add("feedback_angles", "you asked about more than one part of it", 0.5)
    reading.note(
        FEEDBACK_HONESTY,
        sentences,
        "invites_honesty",
        "you made it safe to give an honest answer",
        0.75,
    )
    if not (reading.has("feedback_angles") or reading.has("invites_honesty")):
        reading.add(
            "feedback_bare", "one bare question; a short rating check-in tells you more", -0.5
        )
    reading.note(RIGID, sentences, "legalistic", "it reads out rules rather than agreeing them", -1)
    reading.score = max(1.0, min(5.0, 3.0 + sum(f.effect for f in reading.features)))
    return reading
