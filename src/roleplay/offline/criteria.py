"""The registry of criterion readers: one entry per criterion the offline judge can read.

A reader turns the reading context (the response's sentences, the current moment's cues, how the
response answers a request) into a SkillReading: whether the skill shows, the rule reading of its
quality, and named features with the exact words found. The fitted model (model.py) then decides
from those features; the texts here say what "not used" means for each criterion in its own terms.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from roleplay.domain.common import IMMEDIACY, RESTRAINT, SELF_DISCLOSURE
from roleplay.domain.moment import Moment
from roleplay.offline import immediacy_strain
from roleplay.offline import lexicon as lx
from roleplay.offline.answer import (
    POLICY_REFUSAL,
    REFUSAL,
    RequestAnswer,
    answer_to_request,
)
from roleplay.offline.boundary import BOUNDARY
from roleplay.offline.contracting import CONTRACTING, SEEKS_FEEDBACK
from roleplay.offline.cues import Cues, read_cues
from roleplay.offline.declining import DECLINES, DECLINING
from roleplay.offline.disclosure import read_disclosure
from roleplay.offline.disclosure_presence import (
    answering_sentence,
    declines_own_life,
)
from roleplay.offline.frame_criteria import (
    boundary_reading,
    contracting_reading,
    declining_reading,
    rupture_reading,
    strain_in_line,
    strained_between_you,
)
from roleplay.offline.helping import EXCUSE, restraint_breakers
from roleplay.offline.immediacy import PRESENCE_THRESHOLD as IMMEDIACY_THRESHOLD
from roleplay.offline.immediacy import blame_in, mark_level_five, read_immediacy
from roleplay.offline.immediacy import strengths as immediacy_strengths
from roleplay.offline.immediacy_faults import faults as immediacy_faults
from roleplay.offline.immediacy_landing import landing_checked
from roleplay.offline.immediacy_remarks import asks_about_trainee
from roleplay.offline.immediacy_timing import restraint_timing
from roleplay.offline.lexical import lexical_features
from roleplay.offline.reading import SkillReading, drop_features, quote_match
from roleplay.offline.relational_work import (
    asks_about_the_work,
    only_the_task,
    wonders_about_their_life,
)
from roleplay.offline.rupture import RUPTURE
from roleplay.offline.rupture_words import SYMPATHY_FOR_NEWS
from roleplay.offline.text import Sentence, any_of

# What a refusal names without disclosing anything ("I don't give out my mobile").
CONTACT_WORDS = re.compile(
    r"\b(?:number|mobile|phone|cell|email|address|instagram|facebook|whatsapp|socials?|contact|"
    r"friends?|hug|coffee|drink|details)\b"
)


@dataclass
class ReadingContext:
    moment: Moment
    sentences: list[Sentence]
    cues: Cues
    answer: RequestAnswer
    relational: list[float]
    breakers: list[tuple[str, str, str]]
    readings: dict[str, SkillReading] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """What the current moment shows (never an earlier beat's line)."""
        return self.moment.current_text

    @property
    def invites(self) -> str | None:
        return self.moment.invites

    @property
    def asked_outside_frame(self) -> bool:
        return self.invites == BOUNDARY or self.cues.request

    @cached_property
    def lexical(self) -> dict[str, float]:
        """The response's words from the skills' vocabulary (computed once, for every head)."""
        return lexical_features(self.sentences)

    def reading(self, criterion: str) -> SkillReading:
        """A reader's result, computed once (some readers build on others)."""
        if criterion not in self.readings:
            self.readings[criterion] = READERS[criterion].read(self)
        return self.readings[criterion]


def build_context(moment: Moment, sentences: list[Sentence]) -> ReadingContext:
    cues = read_cues(moment)
    asked = moment.invites in {BOUNDARY, RESTRAINT} or cues.request
    return ReadingContext(
        moment=moment,
        sentences=sentences,
        cues=cues,
        # Only a request has an answer, and only a restraint moment can be broken: reading
        # either elsewhere would cost time and change nothing.
        answer=answer_to_request(sentences) if asked else RequestAnswer("none"),
        relational=immediacy_strengths(
            sentences, moment.client_line, cues.strain or moment.invites in {IMMEDIACY, RUPTURE}
        ),
        breakers=restraint_breakers(sentences) if moment.invites == RESTRAINT else [],
    )


# A way to reach the trainee, refused: "I don't give clients my number" (not "the details").
_CONTACT_NOUNS = re.compile(r"\b(?:number|mobile|phone|cell|email|address|insta\w*|whatsapp)\b")


def _self_disclosure(ctx: ReadingContext) -> SkillReading:
    in_session = [w >= IMMEDIACY_THRESHOLD for w in ctx.relational]
    reading = read_disclosure(ctx.sentences, ctx.text, ctx.invites, in_session)
    if not reading.present:
        # "No, I don't give clients my number": a refusal, whatever the moment asked
        if any(_CONTACT_NOUNS.search(s.norm) and REFUSAL.search(s.norm) for s in ctx.sentences):
            reading.veto = "a refusal"
        return reading
    excuse = quote_match(EXCUSE, reading.spans)
    if excuse:
        # "I did send it, it must be in your junk folder" defends; it reveals nothing personal.
        # A number handed over beside it ("text me if the bus is late") is no excuse.
        reading.spans = [
            s
            for s in reading.spans
            if not EXCUSE.search(s.norm)
            or lx.CONTACT_DETAILS.search(s.norm)
            # "my sister's in hospital and I'm waiting on a call" excuses the lapse with the
            # trainee's own life: a disclosure, scored low (the corpus convention on excuses)
            or lx.STRONG_DISCLOSURE.search(s.norm)
        ]
        if not reading.spans:
            return SkillReading(present=False, strength=0.0, score=0.0, veto="an excuse")
    declined = [s for s in reading.spans if declines_own_life(s) or POLICY_REFUSAL.search(s.norm)]
    if declined:
        # "I'd rather not talk about my dad" names a part of one's life to keep it out.
        reading.spans = [s for s in reading.spans if s not in declined]
        if not reading.spans:
            return SkillReading(present=False, strength=0.0, score=0.0, veto="a decline")
    if ctx.answer.kind == "refused" or any(
        _CONTACT_NOUNS.search(s.norm) and REFUSAL.search(s.norm) for s in reading.spans
    ):
        # "I don't give clients my mobile" names a number and refuses it: nothing is disclosed.
        # But "No, my parents didn't drink" answers a question about the trainee's life: the "no"
        # is the answer, not a refusal.
        index = answering_sentence(ctx.sentences, ctx.text)
        answering = ctx.sentences[index] if index is not None else None
        reading.spans = [
            s
            for s in reading.spans
            if not (
                REFUSAL.search(s.norm)
                and (CONTACT_WORDS.search(s.norm) or not lx.STRONG_DISCLOSURE.search(s.norm))
                and (
                    answering is None or s.start != answering.start or _CONTACT_NOUNS.search(s.norm)
                )
            )
        ]
        if not reading.spans:
            return SkillReading(present=False, strength=0.0, score=0.0, veto="a refusal")
        drop_features(reading, {"contact_offer", "boundary_crossing"})
    if ctx.cues.romantic:
        reading.add(
            "after_declaration",
            "it shares your personal life straight after a romantic declaration, which feeds it",
            -2.5,
        )
        reading.score = max(1.0, min(5.0, reading.score - 2.5))
    return reading


def _immediacy(ctx: ReadingContext) -> SkillReading:
    reading = _immediacy_reading(ctx)
    if not any(_FIRST_PERSON.search(s.norm) for s in ctx.sentences):
        # The rubric's levels 4 and 5 are "owned" ("I notice... I wonder..."): with no "I", "me"
        # or "we" anywhere, relationship talk is at most mixed (level_bounds.LEVEL_CEILINGS). In the
        # training labels 1 of 330 immediacy 5s and 11 of 387 4s have none.
        reading.add("unowned", "nothing in it is said in your own voice", 0.0)
    immediacy_strain.mark_defence_only(reading, ctx.sentences)
    return reading


_FIRST_PERSON = any_of(r"\b(?:i|i'm|i've|i'd|i'll|me|my|mine|myself|we|we're|we've|us|our)\b")


def _immediacy_reading(ctx: ReadingContext) -> SkillReading:
    reading = read_immediacy(ctx.sentences, ctx.text, ctx.invites, ctx.relational)
    blame = blame_in(ctx.sentences)
    if blame and not reading.has("accusatory"):
        if not reading.present:
            reading.present, reading.strength = True, 1.0
            reading.spans = [s for s in ctx.sentences if blame in s.text]
        reading.add("accusatory", "it blames the client", -2.5, blame)
        reading.score = max(1.0, min(5.0, reading.score - 2.5 if reading.score else 1.0))
    strained = ctx.invites in {IMMEDIACY, RUPTURE} or ctx.cues.complaint or ctx.cues.withdrawal
    # (a line scored on its own may be at such a moment: the faults' words are specific enough to
    # read there too, and a label on the client's reaction is one whatever the moment)
    relational_moment = strained or ctx.invites is None
    about_trainee = asks_about_trainee(ctx.text)
    for name, label, sentence in immediacy_faults(
        ctx.sentences, ctx.text, relational_moment, about_trainee, strained
    ):
        if not reading.present:
            reading.present, reading.strength, reading.spans = True, 1.0, [sentence]
            reading.score = 3.0
        if not reading.has(name):
            reading.add(name, label, -2.0, sentence.text)
            reading.score = max(1.0, min(5.0, reading.score - 2.0))
    complaint = ctx.invites == RUPTURE or strain_in_line(ctx)
    if reading.present and (complaint or ctx.cues.withdrawal):
        immediacy_strain.add_defence_at_strain(reading, ctx.reading(RUPTURE), complaint)
    if not reading.present and not reading.veto and strained_between_you(ctx):
        # a complaint treated as something between them (immediacy_strain.py)
        rupture = ctx.reading(RUPTURE)
        reading = immediacy_strain.strain_taken_up(rupture) or reading
        if (
            not reading.present
            and not rupture.present
            and quote_match(SYMPATHY_FOR_NEWS, ctx.sentences)
        ):
            # "I'm sorry to hear that" to a complaint about the trainee: the strain heard as
            # news from elsewhere, with nothing else taken up (rupture_words.py)
            reading.veto = "sympathy as for news, not the strain between you"
    if ctx.cues.personal_question:
        # their question answered about the trainee, then how the answer landed asked
        landing = landing_checked(ctx.reading(SELF_DISCLOSURE), ctx.sentences)
        if landing and not reading.present:
            reading = landing
        elif landing:
            reading.features.extend(landing.features)
    if not reading.present and only_the_task(ctx.sentences):
        reading.veto = "the plan of the work, not the relationship"
    if not reading.present and wonders_about_their_life(ctx.sentences):
        reading.veto = "a question about their life, not the two of you"
    if not reading.present:
        if reading.has("elsewhere_only"):
            # In the corpus such answers are almost never immediacy (3 of 198 training lines):
            # what the moment invited must not make them so.
            reading.veto = "stays with other people in their life"
        return reading
    if all(SEEKS_FEEDBACK.search(s.norm) and not asks_about_the_work(s) for s in reading.spans):
        # A feedback routine promised for later ("at the end of each session I'll ask how it
        # went") is contracting alone (rubric v2). Asked now ("Was today okay for you?"), it is
        # also immediacy: the client's experience of the therapy (relational_work.py; the
        # scenarios' exemplars score it so).
        return SkillReading(present=False, strength=0.0, score=0.0, veto="a request for feedback")
    if ctx.answer.kind == "refused":
        drop_features(reading, {"boundary_crossing"})
    answer = ctx.answer.quote
    deferred = ctx.answer.kind in {"deferred", "hedged_grant"}
    if deferred and answer and all(answer in s.text for s in reading.spans):
        # "Maybe when our sessions end, we could!" answers a request; it is a boundary matter.
        return SkillReading(present=False, strength=0.0, score=0.0, veto="an answer to a request")
    sd = ctx.reading(SELF_DISCLOSURE)
    # At a moment that asked for an answer (not one that invites immediacy), relationship talk
    # that neither answers nor declines the question, or the terms asked about, steps around it.
    asked_terms = ctx.invites in {CONTRACTING, BOUNDARY} and ctx.cues.terms and "?" in ctx.text
    personal = ctx.invites in {SELF_DISCLOSURE, DECLINING} and ctx.cues.personal_question
    if (
        (personal or asked_terms)
        and not ctx.cues.relationship_question
        and not sd.present
        and not quote_match(DECLINES, ctx.sentences)
        and not (asked_terms and ctx.reading(CONTRACTING).present)
    ):
        reading.add(
            "dodges_question",
            "it turns to the relationship instead of answering or declining their question",
            -1.5,
        )
        reading.score = max(1.0, min(5.0, reading.score - 1.5))
    # At a moment for restraint, relationship talk is bounded by its timing (immediacy_timing.py)
    restraint_timing(reading, ctx.sentences, ctx.invites, bool(ctx.cues.names()) or about_trainee)
    mark_level_five(reading)
    return reading


@dataclass(frozen=True)
class CriterionReader:
    id: str
    read: Callable[[ReadingContext], SkillReading]
    opener: str  # before the quoted span: "You disclosed: "
    not_used: str  # what "not used" means for this criterion
    # Whether the criterion is in play at this moment at all (else it is "not in play").
    in_play: Callable[[ReadingContext], bool]
    not_in_play: str
    invited_hint: str  # when the moment invited it and the response did not use it
    strong_next: str
    improve: str
    # Where the heads may still find the skill though the trainee is not told it was in play
    # (None: exactly where it is in play). The fitted weights were learned behind this gate.
    gate: Callable[[ReadingContext], bool] | None = None
    # What a used reply scored 1-2 is told when the reader found none of the skill's words in it
    # (None: the judge says it reads the skill "as a whole"). Rupture repair, rubric v2: a reply
    # at a strain marker that takes nothing up is repair not attempted.
    unread_low: str | None = None


def _always(ctx: ReadingContext) -> bool:
    return True


READERS: dict[str, CriterionReader] = {
    SELF_DISCLOSURE: CriterionReader(
        SELF_DISCLOSURE,
        _self_disclosure,
        "You disclosed: ",
        "You did not disclose anything about yourself.",
        _always,
        "",
        # Said at every moment that invites disclosure, asked or not ("Does everyone feel
        # that?" asks nothing about the trainee), so it claims no question, no loss and no
        # likeness the trainee may not have (a supervisor's review).
        "This moment invited a little of you: if something true of your own life fits, say it "
        "in a sentence, resolved and low in intimacy, then turn back to them ('What has it been "
        "like for you?'). Declining warmly is a fair choice too.",
        "Well judged. Keep disclosures this brief and keep handing the focus back.",
        "Make the purpose clear (normalise, validate) and close with a question about them.",
    ),
    IMMEDIACY: CriterionReader(
        IMMEDIACY,
        _immediacy,
        "You spoke to the relationship: ",
        "You did not talk about what is happening between you and the client.",
        _always,
        "",
        "There was a marker in the room: try naming it tentatively and asking about it, e.g. "
        "'I notice something shifted just now. I wonder what happened for you?'",
        "Well judged. After the client answers, stay with what they say about the two of you.",
        "Name what you notice tentatively, own it ('I notice', 'I wonder'), and ask their view.",
    ),
    BOUNDARY: CriterionReader(
        BOUNDARY,
        boundary_reading,
        "You answered the request: ",
        "You did not answer what the client asked of you outside the frame.",
        lambda ctx: ctx.asked_outside_frame,
        "Not in play here: the client did not ask for anything outside the frame.",
        "The client asked for something outside the frame: answer it warmly and clearly, with a "
        "reason about their care, then return to the work.",
        "Well held. Keep the warmth and the reason about their care.",
        "Acknowledge what the request means to them and give a reason about their care.",
    ),
    RUPTURE: CriterionReader(
        RUPTURE,
        rupture_reading,
        "You turned to the strain: ",
        "You did not turn to the strain between you.",
        strained_between_you,
        "Not in play here: nothing in this moment strained the relationship.",
        "Something strained between you: name it, ask how it was for them, and take your share "
        "before moving on.",
        "Well repaired. Check back later in the session on how it has landed.",
        "Invite their experience of what happened and offer to work differently.",
        # any withdrawal as well: the heads learned where "it's fine" is a strain and where not
        gate=lambda ctx: strained_between_you(ctx) or ctx.cues.withdrawal,
        unread_low="Repair not attempted: you did not turn to the strain between you.",
    ),
    DECLINING: CriterionReader(
        DECLINING,
        declining_reading,
        "You declined: ",
        "You did not decline their question (you answered it, or stepped past it).",
        lambda ctx: ctx.cues.personal_question or ctx.invites == DECLINING,
        "Not in play here: the client did not ask about your own life.",
        "They asked about you: if you choose not to answer, say so warmly and briefly, give a "
        "reason about their care, and get curious about what the question means to them.",
        "Well declined. Stay curious about what the question meant to them.",
        "Decline warmly and briefly, with a reason about their care, then ask what it means.",
    ),
    CONTRACTING: CriterionReader(
        CONTRACTING,
        contracting_reading,
        "You set out the terms: ",
        "You did not set out the terms of the work.",
        lambda ctx: ctx.invites == CONTRACTING or ctx.cues.terms,
        "Not in play here: the terms of the work were not in question.",
        "The terms were in question: say plainly what the arrangement is and why, and check "
        "what they make of it.",
        "Well agreed. Come back to the agreement if anything changes.",
        "State the terms plainly, say why they matter, and check the client's view.",
    ),
}
