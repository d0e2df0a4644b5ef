"""Reading immediacy: talk about the here-and-now relationship between trainee and client.

Presence comes from relational.py's signals (the relationship named, the trainee as the object of
the client's feelings, the trainee's stance or part, the client's behaviour in the session, an
answer to a question about the relationship). Quality follows Hill et al. (2014) and Kasper, Hill & Kivlighan
(2008): prompted by a marker, tentative and owned, in the present, inviting the client's view;
accusation, the therapist's own need and boundary crossings take away.
"""

from __future__ import annotations

import re

from roleplay.offline import lexicon as lx
from roleplay.offline import relational, relational_work
from roleplay.offline.disclosure import unrefused_quote
from roleplay.offline.helping import BLAME
from roleplay.offline.here_now import (
    NOTICING,
    here_now,
    in_room_fault,
    is_feeling_now,
    only_ordinary,
    read_as_practical,
    without_suggested_speech,
)
from roleplay.offline.immediacy_faults import PINS_HABIT, TURNED_BACK
from roleplay.offline.immediacy_remarks import (
    answers_remark,
    asks_about_trainee,
    echoes,
    mark_answer,
)
from roleplay.offline.reading import SkillReading, quote_match
from roleplay.offline.relational_presence import (
    ENDING_FEELING,
    LANDED,
    PRESENCE_OFFERED,
    TOUCH_MOMENT,
)
from roleplay.offline.relational_questions import (
    about_elsewhere_only,
    about_someone_else,
    asks_third_party_view,
)
from roleplay.offline.relational_words import CONNECTION_CHECK
from roleplay.offline.rupture_quotes import apology_label
from roleplay.offline.rupture_words import ASKS_ELSEWHERE
from roleplay.offline.text import Sentence

PRESENCE_THRESHOLD = 0.55
_HEDGE = re.compile(
    r"\b(?:maybe|sort of|kind of|i don't know|i might be (?:totally )?wrong|please say if|i guess|"
    r"possibly|perhaps|a little bit)\b"
)


# The client's own fear named back, or denied, blames no one: "you're not wasting my time",
# "what made you feel you might be wasting my time?" (the words of the charge are the client's).
_FEAR_OR_DENIAL_BEFORE = re.compile(
    r"\b(?:not|never|no longer|(?:\w+)n't)\W*$|"
    # "I don't think you're wasting my time"
    r"\b(?:not|never|(?:\w+)n't) (?:think|feel|believe|reckon|mean|say|see)(?: that)?\W*$|"
    r"\b(?:you|u)(?:'re| are| were)? (?:feel\w*|felt|worr\w*|afraid|scared|fear\w*|think\w*|"
    r"thought|imagin\w*|wonder\w*|expect\w*|convinced)\b(?:\W+\w+){0,4}\W*$|"
    # the fear as an impression the trainee gave: "I'm sorry if I gave you the idea you were
    # wasting my time" (am-i-boring-you/notes: it had scored 1, "it blames the client")
    # ("I get the sense you think you're smarter than me" is the trainee's own charge, and stays)
    r"\b(?:gave|give|given|giving|left|leave|leaving) (?:you|u) (?:with )?(?:the|that|an?) "
    r"(?:idea|impression|sense|feeling|message)(?: that)?\W+(?:(?:you|u)(?:'re| are| were|r)?\W*)?$"
)


def blame_in(sentences: list[Sentence]) -> str | None:
    """The first charge against the client (helping.BLAME) that is not their own fear named back
    or an impression the trainee gave ("sorry if I gave you the feeling you're wasting my time")."""
    for sentence in sentences:
        for match in BLAME.finditer(sentence.norm):
            if not _FEAR_OR_DENIAL_BEFORE.search(sentence.norm[: match.start()]):
                # widened to whole words, as quote_match quotes
                return quote_match(re.compile(re.escape(match.group(0))), [sentence])
    return None


def _accusation_in(norm: str) -> bool:
    match = lx.ACCUSATORY.search(norm)
    while match and _FEAR_OR_DENIAL_BEFORE.search(norm[: match.start()]):
        match = lx.ACCUSATORY.search(norm, match.end())
    if not match:
        return False
    if re.match(r"you (?:always|never|keep)", match.group(0)):
        return bool(_RELATIONAL_NEARBY.search(norm))
    return True


def strengths(sentences: list[Sentence], client_line: str, strained: bool = False) -> list[float]:
    """How strongly each sentence speaks to the relationship now (see relational.py).
    `strained`: the client has just complained about, withdrawn from or asked about the two of
    them, so the trainee's defence of their own conduct or of the therapy answers that."""
    sentences = [without_suggested_speech(s) for s in sentences]
    asked = asks_about_trainee(client_line)
    client = client_line.lower().replace("\u2019", "'")
    # the client's question echoed first ("Give up on you? No chance."): the answer opens after it
    opening = 1 if len(sentences) > 1 and echoes(sentences[0], client) else 0
    return [_strength(s, asked, i == opening, strained) for i, s in enumerate(sentences)]


def _strength(sentence: Sentence, asked: bool, first: bool, strained: bool = False) -> float:
    if here_now(sentence) or in_room_fault(sentence):
        return 1.0
    found = relational.strength(sentence, asked, first)
    if asked and answers_remark(sentence, first):
        # the client's remark about the trainee taken up (immediacy_remarks.py)
        found = max(found, 0.7)
    if strained and (
        lx.DEFENDS_CONDUCT.search(sentence.norm) or lx.DEFENDS_FRAME.search(sentence.norm)
    ):
        # Immediacy done badly (Hill & Knox 2009; the corpus ruling): explaining or defending
        # what the trainee did, or lecturing on how therapy works, in answer to the strain.
        found = max(found, 0.7)
    # "Talk to me", "I'm here for you": an invitation to go on, not relationship talk.
    return min(found, 0.3) if only_ordinary(sentence) else found


def read_immediacy(
    sentences: list[Sentence], context_text: str, invites: str | None, weights: list[float]
) -> SkillReading:
    touch = bool(TOUCH_MOMENT.search(context_text.lower()))
    if touch:
        # presence offered in words where the client reached for touch (relational_presence.py)
        weights = [
            max(w, 0.9) if PRESENCE_OFFERED.search(s.norm) else w
            for s, w in zip(sentences, weights, strict=True)
        ]
    spans = [s for s, w in zip(sentences, weights, strict=True) if w >= PRESENCE_THRESHOLD]
    reading = SkillReading(
        present=bool(spans), strength=max(weights, default=0.0), score=0.0, spans=spans
    )
    # (an answer to their remark about the trainee is not an observation read as practical:
    # "Not at all. We've still got ten minutes." reassures about the time they fear taking)
    # (nor is an observation of them turned to their story: "I notice you said 'ghost' very
    # quietly. What does that word mean?" leaves their remark about the trainee untouched)
    remark_answered = bool(spans) and spans[0] is sentences[0] and asks_about_trainee(context_text)
    observed = bool(spans) and bool(NOTICING.match(spans[0].norm))
    if spans and all(CONNECTION_CHECK.search(s.norm) for s in spans):
        return SkillReading(present=False, strength=0.0, score=0.0, veto="a check on the line")
    if spans and (not remark_answered or observed) and read_as_practical(spans, sentences):
        return SkillReading(
            present=False, strength=0.0, score=0.0, veto="what it noticed is read as practical"
        )
    if spans:
        _score(reading, sentences, context_text, invites)
        _kinds(reading, sentences)
        if remark_answered:
            mark_answer(reading, sentences)
        # (the hand-back is rare and cheap to test; the client's question is read only then)
        handed_back = all("?" in s.text and TURNED_BACK.search(s.norm) for s in sentences)
        if handed_back and (
            relational.asks_about_relationship(context_text)
            or ("?" in context_text and lx.PERSONAL_QUESTION.search(context_text.lower()))
        ):
            # a question about the trainee answered only with a question back (immediacy_faults)
            reading.add("dodges_question", "it answers their question with a question", -1.5)
            reading.score = max(1.0, reading.score - 1.5)
        offered = quote_match(PRESENCE_OFFERED, spans) if touch else None
        if offered:
            reading.add(
                "presence_offered", "you offer your presence in place of touch", 0.0, offered
            )
    elif sentences and about_elsewhere_only(sentences):
        # A named feature for the head: at a moment about the two of them, an answer that stays
        # with other people in the client's life ("Meena said you've become a ghost") has said
        # nothing about the room, whatever the moment invited.
        reading.add("elsewhere_only", "it stays with other people in their life", 0.0)
    elif sentences and all(asks_third_party_view(s) for s in sentences):
        # "How does your wife feel about you coming to see me?": someone else's view of the
        # sessions, asked, and nothing more (relational_questions.py)
        reading.veto = "someone else's view of the sessions, not the two of you"
    return reading


def mark_level_five(reading: SkillReading) -> None:
    """The marks the rubric's level 5 names, and no lapse: the trainee's own part or feeling,
    owned or tentative, and the client's view of the two of them invited (level_bounds.LEVEL_FLOORS
    lets the fitted level go no lower than 4; on the training rows 88-89% of such lines are 4
    or 5). Talk about the room alone is not enough: an unflagged label ("you always go quiet
    when I'm right") can look like it."""
    names = {f.name for f in reading.features}
    if (
        reading.present
        and "invites_view" in names
        and names & {"owned", "tentative", "owns_part"}
        and not any(f.effect < 0 for f in reading.features)
    ):
        reading.add("meets_level_five", "it has every mark of immediacy done well", 0.0)


def _kinds(reading: SkillReading, sentences: list[Sentence]) -> None:
    """Named features for the fitted heads: plain here-and-now talk, or only invitations."""
    for span in reading.spans:
        words = here_now(span)
        if words:
            quote = quote_match(re.compile(re.escape(words)), [span])
            reading.add("here_now", "it speaks to what is happening between you now", 0.0, quote)
            if is_feeling_now(words):
                reading.add("shares_feeling", "it shares your feeling toward them", 0.0, quote)
            break
    else:
        # the trainee's feeling at the ending or the client's leaving, and how the trainee's words
        # landed (relational_presence.py): plain here-and-now talk too, which the head, leaning on
        # words like "sorry to", turned down ("I'd be sorry to see you go" at P = 0.26)
        for span in reading.spans:
            quote = quote_match(ENDING_FEELING, [span]) or (
                None if about_someone_else(span) else quote_match(LANDED, [span])
            )
            if quote:
                reading.add(
                    "here_now", "it speaks to what is happening between you now", 0.0, quote
                )
                break
        else:
            # the trainee's own feeling toward the client now (rubric v2, shares_feeling)
            quote = quote_match(relational.STANCE, reading.spans)
            if quote:
                reading.add("shares_feeling", "it shares your feeling toward them", 0.0, quote)
    for span in reading.spans:
        if relational_work.asks_about_the_work(span):
            # the client's view of the sessions asked now: a named feature the head can trust
            # where the moment's words (an end-of-session "same time next week?") pull against it
            reading.add("asks_about_the_work", "it asks how the work is for them", 0.0, span.text)
            break
    if any(only_ordinary(s) for s in sentences):
        reading.add("ordinary_invitation", "part of it only invites them to go on", 0.0)
    for span in reading.spans:
        fault = in_room_fault(span)
        if fault == "rebuke" and not reading.has("accusatory"):
            reading.add("accusatory", "it blames the client", -2.5, span.text)
        elif fault == "upset" and not reading.has("therapist_need"):
            reading.add(
                "therapist_need", "it is about your needs, not the client's", -2.5, span.text
            )
    reading.score = max(1.0, min(5.0, 3.0 + sum(f.effect for f in reading.features)))


_MARKER_IN_CONTEXT = re.compile(
    r"\b(?:whatever|fine|pointless|waste|useless|don't know why i (?:come|bother)|like everyone|"
    r"just like|you don't (?:get|understand|care)|you people|you're (?:just|not)|last (?:week|"
    r"session|time)|late|sorry i'm late|quiet|silent|silence|nothing|doesn't matter|laugh\w*|ha+\b|"
    r"lol|tears?|crying|cries|shrugs?|looks away|arms crossed|sighs?|pauses?|\.\.\.)"
)


def _score(
    reading: SkillReading, sentences: list[Sentence], context_text: str, invites: str | None
) -> None:
    spans = reading.spans
    score = 3.0
    # ("I notice you always..." pins a habit on them: the "I notice" makes it no more tentative)
    pinned = any(PINS_HABIT.search(s.norm) for s in spans)
    tentative = None if pinned else quote_match(lx.TENTATIVE, spans)
    owned = quote_match(lx.OWNED, spans)
    invite = _invitation(spans, sentences)
    here = quote_match(lx.HERE_NOW, spans) or quote_match(lx.PROCESS_OBSERVATION, spans)
    if tentative:
        reading.add("tentative", "it is tentative", 0.5, tentative)
    if owned:
        reading.add("owned", "you own it as your own perception", 0.5, owned)
    if invite:
        reading.add("invites_view", "it invites the client's view", 1.0, invite)
    else:
        reading.add("no_invitation", "it tells rather than asks the client's view", -0.75)
    if here:
        reading.add("here_and_now", "it stays with what is happening now", 0.25, here)
    if _MARKER_IN_CONTEXT.search(context_text.lower()) or invites == "immediacy":
        reading.add("marker", "it responds to something that just happened between you", 0.25)
    reading.note(
        lx.DEMANDING, sentences, "demanding", "it presses the client instead of inviting", -2.0
    )
    reading.note(lx.OWNS_PART, sentences, "owns_part", "you take your share of what happened", 0.5)

    accusation = _accusation(sentences)
    if accusation:
        reading.add("accusatory", "it blames the client", -2.5, accusation)
    need = (
        quote_match(lx.THERAPIST_NEED, sentences)
        or quote_match(lx.THERAPIST_CENTRED, sentences)
        or _regret_on_rules(sentences)
    )
    if need:
        reading.add("therapist_need", "it is about your needs, not the client's", -2.5, need)
    crossing = _crossing(sentences)
    if crossing:
        reading.add("boundary_crossing", "it crosses a professional boundary", -3.0, crossing)
    if not reading.has("boundary_crossing"):
        # a personal number or address handed over inside relationship talk ("here's my mobile,
        # you won't have to do without me") answers the relationship with the trainee's own life
        given = unrefused_quote(lx.CONTACT_DETAILS, sentences)
        if given:
            reading.add("boundary_crossing", "it crosses a professional boundary", -3.0, given)
    reading.note(lx.DEFENSIVE, sentences, "defensive", "it defends you instead of exploring", -1.5)
    if not reading.has("defensive"):
        explained = quote_match(lx.PARTLY_DEFENSIVE, sentences)
        if explained:
            reading.add("partly_defensive", apology_label(explained), -0.75, explained)
    if not reading.has("defensive"):
        # read in the spans only: it is relationship talk only where the client strained it
        reading.note(
            lx.DEFENDS_CONDUCT, spans, "defensive", "it defends you instead of exploring", -1.5
        )
    if not reading.has("defensive"):
        reading.note(
            lx.DEFENDS_FRAME, spans, "defensive", "it defends you instead of exploring", -1.5
        )
    hedges = sum(len(_HEDGE.findall(s.norm)) for s in spans)
    if hedges >= 4:
        reading.add("over_hedged", "it is hedged so much the point gets lost", -1.5)
    words = sum(s.words for s in spans)
    if words > 80:
        reading.add("long", "it becomes a speech", -0.5)
    score += sum(f.effect for f in reading.features)
    reading.score = max(1.0, min(5.0, score))


# A crossing refused or wondered about is none: "I'm not going to hug you, but I'm right here",
# "I'd like to know what a hug would have given you just then" (hug-after-the-diagnosis).
_REFUSED_BEFORE = re.compile(
    r"\b(?:not going to|won't|will not|can't|cannot|couldn't|don't|do not|wouldn't|shouldn't)"
    r"(?:\W+\w+){0,3}\W+$"
)
_WONDERED = re.compile(
    r"\b(?:a|the|that) (?:\w+ )?(?:would|might|could) (?:have )?(?:given|meant|done|felt)\b|"
    r"\bwhat (?:a|the|that) \w+ (?:would|might|could)\b"
)


def _crossing(sentences: list[Sentence]) -> str | None:
    """The first boundary crossing in a sentence that neither refuses nor wonders about it."""
    for sentence in sentences:
        norm = sentence.norm
        match = lx.BOUNDARY_CROSSING.search(norm)
        if (
            match
            and not lx.REFUSAL.search(norm)
            and not _REFUSED_BEFORE.search(norm[: match.start()])
            and not _WONDERED.search(norm)
        ):
            return quote_match(lx.BOUNDARY_CROSSING, [sentence])
    return None


def _regret_on_rules(sentences: list[Sentence]) -> str | None:
    """Regret about what the trainee did, pinned on the rules, across a sentence break."""
    joined = " ".join(s.norm for s in sentences)
    match = lx.REGRET_ON_RULES.search(joined)
    if not match:
        return None
    end = 0
    for sentence in sentences:  # the sentence the regret starts in
        end += len(sentence.norm) + 1
        if match.start() < end:
            return sentence.text
    return None


def _invitation(spans: list[Sentence], sentences: list[Sentence]) -> str | None:
    """The first invitation of the client's view from the relationship talk on; a question that
    turns to something else ("Could we get back to the redundancy?") invites no view of it."""
    start = sentences.index(spans[0])
    for sentence in sentences[start:]:
        if (
            lx.INVITES_VIEW.search(sentence.norm)
            and not lx.DEMANDING.search(sentence.norm)
            and not ASKS_ELSEWHERE.search(sentence.norm)
        ):
            return sentence.text
    return None


_RELATIONAL_NEARBY = re.compile(
    r"\b(?:me|here|session|sessions|late|come|coming|us|this room|i ask|i said|i mention)\b"
)


def _accusation(sentences: list[Sentence]) -> str | None:
    """The first accusation; "you always put others first" is a reflection, not one."""
    for sentence in sentences:
        if _accusation_in(sentence.norm):
            return quote_match(lx.ACCUSATORY, [sentence])
    return None


def accuses(sentence: Sentence) -> bool:
    """The sentence charges the client (see _accusation_in): for other readers."""
    return _accusation_in(sentence.norm)
