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
from roleplay.offline.contracting_feedback import (
    FEEDBACK_ROUTINE,
    SEEKS_FEEDBACK,
    read_feedback,
    terms_beside,
)
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
# "I don't mind at all" grants, "don't be silly" reassures; neither refuses anything
_REFUSES = re.compile(
    r"\b(?:won't|will not|can't|cannot|don't|do not|not going to)\b"
    r"(?! (?:worry|mind|care|be (?:silly|daft|soft|sorry|worried))\b)"
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
    r"\b(?:all|completely|totally|fully|entirely|100%|strictly|always|everything(?:'s| is)|"
    r"everythings) "
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
    # "would that work?" at the end of the sentence too, not only "does that work for you"
    r"\b(?:does|would|could|will|can) (?:that|this|it) (?:work|sound|feel|suit)(?: (?:ok|okay|"
    r"alright|right))?\b",
    r"\b(?:any|what) questions\b",
    r"\bquestions\s*\?",
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
    # "shall we start?" moves on; it puts nothing to the client
    r"\b(?:shall we(?! (?:get )?(?:start\w*|begin|going|on|crack on|carry on|continue|move on|get "
    r"going|get on))|can we (?:agree|make|plan|write|look|work (?:it |this |that |something )?"
    r"out))\b",
    r"\b(?:you|u) can (?:say no|stop|change your mind)\b",
    r"\bdoes (?:that|this|it) change anything\b",
    # understanding checked after the limits are told: "Does that make sense?"
    r"\b(?:does|did) (?:that|this|it|all that) make sense\b",
    r"\bwhat(?:'s| is) (?:most important|your decision|(?:your|ur) first)\b|\bwhat matters most\b",
    # "ok?" after the terms, not "tonight, u ok?", which asks how the client is
    r"\b(?<!\bu )(?<!you )(?<!\bur )(?<!you're )(?<!youre )(?:ok|okay|alright)\?",
    # questions invited: "fire away", "ask me anything", "what do you want to ask first?"
    r"\bwhat (?:do|would|else do|else would) (?:you|u) (?:want|like|wanna) to (?:ask|know)\b",
    r"\b(?:what(?:'s| is)|whats) (?:your|ur) (?:first|next|other) question\b",
    r"\bwhere (?:would|do) (?:you|u) (?:like|want) to (?:start|begin)\b",
    r"\b(?:fire away|ask (?:me )?(?:anything|away|whatever)|ask whatever)\b",
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
# The weight of a term waved away: the helper's training or the recording played down as nothing
# ("I'm nearly qualified, so there's nothing to worry about", "it's no big deal"), so the client
# is reassured instead of informed (rubric v2, contracting 2: partial; the exemplar's ruling).
MINIMISES = any_of(
    # "basically qualified" waves the training away ("nearly qualified" alone is a fact told)
    r"\b(?:practically|basically|pretty much|as good as) qualified\b",
    r"\b(?:it's|its|it is|that's|thats|there's|theres|there is) (?:really |honestly )?(?:no big "
    r"deal|nothing to worry about|just a formality)\b",
    r"\b(?:recording|recordings|it) (?:is|are|'s) (?:just |only )?(?:standard|routine)\b",
)
# The terms left vague where they are asked about ("we'll see how it goes", "it's pretty
# flexible", "don't worry about the details"): the client cannot know what will happen (rubric v2,
# contracting 2). "Let's work it out together" negotiates; it is not here.
VAGUE_TERMS = any_of(
    r"\b(?:see|seeing) how (?:it|things|we) (?:goes|go|get on)\b",
    r"\bplay (?:it|things) by ear\b",
    r"\b(?:pretty|really|very|quite|all|super|totally) (?:flexible|relaxed|loose|informal|"
    r"chilled)\b",
    r"\b(?:worry|stress|bother) (?:about|abt) (?:the )?(?:details|admin|rules|paperwork|small "
    r"print|formal (?:stuff|bits?))\b",
    r"\b(?:not sure|unsure) (?:of|about) (?:all )?the (?:details|rules|arrangements|terms)\b",
    r"\b(?:sort|figure) (?:it|that|this|things|stuff) out (?:later|as (?:we go|it comes up))\b",
)
_VAGUE = "the terms are left vague; they cannot know what happens"
# A term handed down as an instruction to the client ("please don't mention our sessions",
# "you'll need to find a private room", "we should keep our distance"): with no reason about
# their care and nothing put to them, a rule imposed (rubric v2 contracting 2; the exemplars
# "best not to come over" and "the policy says clients must be in a private room" are 2).
IMPOSES = any_of(
    r"\bplease (?:(?:don't|do not|dont) (?:mention|bring|contact|message|text|call|ring|come|say|"
    r"record|add|follow|use)|use|find|make sure)\b",
    r"\byou(?:'ll| will) (?:need|have) to\b|\byou (?:need|have) to (?:use|find|be (?:in|up|at)|"
    r"give|let|sit|go through|stick)\b|\byou (?:must|mustn't|must not|shouldn't|should not|can't "
    r"really)\b",
    r"\bwe (?:should|must|need to|have to) (?:keep|not|avoid|stay)\b",
    r"\b(?:it's|it is|it would be|it'd be) (?:probably )?(?:best|better) (?:if you|not to|that "
    r"you|if we don't)\b",
    r"\bclients (?:must|need to|have to|should)\b",
)
_ANSWERS_ITSELF = re.compile(
    r"\?\s*(?:no|none|nope)\?\s*(?:good|great|right|ok(?:ay)?|fine|grand)\b"
)
PLAIN_REASON = any_of(
    r"\bso (?:that )?(?:i|we|you) can\b",
    # the client's care as the reason: "so you get good care", "so nothing gets lost"
    r"\bso (?:that )?(?:you|u) (?:get|keep|stay)\b|\bso nothing (?:gets|is) (?:lost|missed)\b",
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


# The fee or the record of the work, in the sentence that loosens it: "just between us, I'll take
# twenty in cash" rewrites a term; "drop me a line whenever" grants contact (boundary), which the
# corpus leaves to the boundary criterion.
_MONEY_OR_NOTES = re.compile(
    r"\b(?:charg\w*|pay\w*|fees?|money|cash|quid|pounds|invoice|notes?|write|written|records?|"
    r"recording)\b"
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
                if _MONEY_OR_NOTES.search(x.norm) and not _refuses_loose(x, pattern)
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
            asked and (ARRANGEMENT.search(s.norm) or any(p.search(s.norm) for _, _, p in MISSTATED))
        )
    ]
    reading.add("states_terms", "you set out the terms", 0.5, terms)
    # "Any questions? No? Good." answers its own question: nothing is put to the client
    rhetorical = _ANSWERS_ITSELF.search(" ".join(s.norm for s in sentences))
    reading.note(
        CHECKS_CONSENT,
        [] if rhetorical else sentences,
        "checks_consent",
        "you checked what they make of it",
        1.0,
    )
    routine = [s for s in feedback if FEEDBACK_ROUTINE.search(s.norm)]
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
        kept = [x for x in sentences if not (name == "loose_terms" and _refuses_loose(x, pattern))]
        reading.note(pattern, kept, name, label, -2.0)
    if asked:
        reading.note(VAGUE_TERMS, sentences, "vague_terms", _VAGUE, -1.5)
    reading.note(MINIMISES, sentences, "minimises", "it plays down what they are agreeing to", -1.5)
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
