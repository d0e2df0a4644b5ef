"""Reading self-disclosure: is the trainee revealing their own life, and does it serve the client?

Presence works clause by clause. A first-person clause that is a helping act ("I'm sorry", "I
hear", "I wonder", "I'd suggest") reveals nothing; one that reports the helper's life ("I lost my
mother", "I used to", "my kids", "me too") does. Quality follows Hill & Knox (2002) and Henretty &
Levitt (2010): brief, past and resolved, a client-serving aim, similar to the client, and the focus
handed back; advice through one's own story, one-upping and therapist-centred content take away.
"""

from __future__ import annotations

import re
from dataclasses import replace

from roleplay.offline import lexicon as lx
from roleplay.offline.answering import mirrors_question
from roleplay.offline.casual import bare_answer, casual_disclosure
from roleplay.offline.declining import turned_down
from roleplay.offline.disclosure_measures import (
    ASKS_THEIR_ADVICE,
    focus_returned,
    similarity,
    told_words,
)
from roleplay.offline.disclosure_presence import (
    PRESENCE_THRESHOLD,
    STRONG_WEIGHT,
    answering_sentence,
    courtesy_only,
    sentence_strength,
)
from roleplay.offline.lexicon.own_life import own_life_sentence
from roleplay.offline.reading import SkillReading, quote_match
from roleplay.offline.text import Findable, Sentence, any_of, normalise

# A sentence that carries on the helper's story without its "I": "Still not over it.", "Took me
# years.", "Never really got over it, honestly."
_HOW_IT_STANDS = re.compile(
    r"^(?:(?:and|but|honestly|tbh)[,]? )?(?:still (?:not|can't|haven't|hurts|miss)|never (?:really )?"
    r"(?:got|get|gotten) over|took me (?:years|ages|a (?:long )?while|months))\b"
)

_CREDENTIALS = "it answers a doubt about you with your credentials"
# A disclosure told in the past tense: a fitted feature, but never said to the trainee as what
# worked (rubric v2: the harm is unresolved or intimate material, not the present tense; a
# supervisor's review found "What worked: it is in the past" on an excuse and on a lapse).
PAST_TENSE = "it is in the past"


def read_disclosure(
    sentences: list[Sentence],
    client_text: str,
    invites: str | None,
    in_session: list[bool] | None = None,
) -> SkillReading:
    flags = in_session or [False] * len(sentences)
    strengths = [
        0.0 if mirrors_question(s, client_text) else sentence_strength(s, f)
        for s, f in zip(sentences, flags, strict=True)
    ]
    answer_at = answering_sentence(sentences, client_text)
    bare = bool(sentences) and bare_answer(client_text, sentences[0])
    if bare:
        strengths[0] = max(strengths[0], STRONG_WEIGHT)
    if answer_at is not None:
        strengths[answer_at] = max(strengths[answer_at], STRONG_WEIGHT)
    for i, sentence in enumerate(sentences):
        offer = lx.CONTACT_OFFER.search(sentence.norm) or lx.CONTACT_DETAILS.search(sentence.norm)
        if offer and not lx.REFUSAL.search(sentence.norm):
            strengths[i] = STRONG_WEIGHT  # a personal number or friendship offered is personal
    if any(flags):
        # In a response about the relationship, "I" statements are the helper in the room; only
        # plain reports of a life outside it count as disclosure.
        strengths = [w if w >= STRONG_WEIGHT else min(w, 0.3) for w in strengths]
    spans = [s for s, w in zip(sentences, strengths, strict=True) if w >= PRESENCE_THRESHOLD]
    # A disclosure runs on: first-person sentences right after one belong to the same story, and
    # so does one that drops the "I" to say how it stands ("Still not over the dog, tbh").
    for i in range(1, len(sentences)):
        if (
            sentences[i - 1] in spans
            and sentences[i] not in spans
            and (strengths[i] >= 0.3 or _HOW_IT_STANDS.match(sentences[i].norm))
        ):
            spans.append(sentences[i])
    spans.sort(key=lambda s: s.start)
    strength = max(strengths, default=0.0)
    reading = SkillReading(present=bool(spans), strength=strength, score=0.0, spans=spans)
    if not spans:
        if turned_down(sentences):
            # "Private.", "thats private sorry": a bare no discloses nothing, however short
            reading.veto = "a decline"
        return reading
    _score(reading, sentences, client_text, invites)
    hinted = quote_match(lx.HINTED_LIFE, spans)
    if hinted:
        reading.add(
            "hinted", "it hints at your life instead of saying it or declining", -0.5, hinted
        )
    # asked where they trained or how long they have done it, saying so answers and defends nothing
    asked_role = lx.ASKS_ROLE.search(normalise(client_text))
    defended = None if asked_role else quote_match(lx.ROLE_IN_DEFENCE, spans)
    if defended:
        reading.add(
            "defends_self", "it offers your role or life to excuse or defend you", -1.0, defended
        )
    _kinds(reading, sentences[answer_at] if answer_at is not None else None, bare)
    _intimate_answer(reading, client_text)
    _meets_level_five(reading)
    _answers_and_returns(reading)
    return reading


# The questions whose yes is intimate whatever words it uses. (Not medication or therapy: in the
# corpus a settled "I have, some years ago" to "Have you ever been on antidepressants?" is a 4.)
_INTIMATE_QUESTION = re.compile(
    r"\b(?:sex\w*|affairs?|cheat(?:ed|ing)?|suicid\w*|kill(?:ed)? yourself|self[- ]harm\w*|"
    r"overdos\w*|abused?|abuse|rap(?:e|ed)|assault\w*|abortions?|porn\w*|eating disorder)\b"
)


def _intimate_answer(reading: SkillReading, client_text: str) -> None:
    """ "Have you ever cheated on anyone?" - "Honestly yes, once, at uni.": a yes carries the
    intimacy of the question it answers, though its own words name nothing (Hill & Knox 2002:
    avoid intimate disclosures). A no ("No, never") reveals nothing intimate."""
    if not reading.has("answers_question") or reading.has("intimate") or reading.has("not_mine"):
        return
    if _INTIMATE_QUESTION.search(normalise(client_text)):
        answer = next(f.quote for f in reading.features if f.name == "answers_question")
        reading.add("intimate", "it reveals something very intimate", -1.0, answer)
        reading.score = max(1.0, reading.score - 1.0)


def _meets_level_five(reading: SkillReading) -> None:
    """Every mark the rubric's level 5 names, and no lapse: brief, worked through (told as past
    or resolved), framed for the client or like theirs, the focus handed back, and nothing
    found that takes away (level_bounds.LEVEL_FLOORS lets the fitted level go no lower than 4)."""
    if (
        reading.has("brief")
        and (reading.has("past") or reading.has("resolved"))
        and (reading.has("aim") or reading.has("similar"))
        and reading.has("focus_returned")
        and not any(f.effect < 0 for f in reading.features)
    ):
        reading.add("meets_level_five", "it has every mark of a well-judged disclosure", 0.0)


_PERSONAL_LINE = any_of(
    r"\b(?:call|ring|text|message|whatsapp|phone) me\b[^.?!]{0,25}\bon my (?:personal|private|own) "
    r"(?:number|mobile|phone|cell|line)\b"
)


def unrefused_quote(pattern: Findable, sentences: list[Sentence]) -> str | None:
    """The first quote of `pattern` in a sentence that does not refuse it. The refusal is looked
    for in the whole sentence: "I don't give clients my number" refuses what its quoted words
    ("my number") alone would seem to offer."""
    return next(
        (
            quote_match(pattern, [s])
            for s in sentences
            if pattern.search(s.norm) and not lx.REFUSAL.search(s.norm)
        ),
        None,
    )


def _answers_and_returns(reading: SkillReading) -> None:
    """A personal question answered briefly, the focus handed straight back, and nothing found
    that takes away: the rubric's well-judged answer (Hill & Knox 2002; low-intimacy facts can
    serve). level_bounds.LEVEL_FLOORS keeps it at 4 or more; 64 of the 73 such training lines are."""
    if (
        reading.has("answers_question")
        and reading.has("brief")
        and reading.has("focus_returned")
        and not any(f.effect < 0 for f in reading.features)
    ):
        reading.add("answers_and_returns", "you answered briefly and handed the focus back", 0.0)


_WHAT_WOULD_YOU_DO = any_of(
    r"\bwhat (?:would|wd) (?:you|u) do\b|"
    r"\bwould (?:you|u)\b(?! (?:mind|like|want|say|agree|think|believe|know|be|ever|even)\b)"
)
_I_WOULD = re.compile(
    r"^(?:(?:honestly|personally|well)[?,.!]* )?"
    # "If it were me, I'd...", "In your shoes I'd...": the same choice, said conditionally
    r"(?:(?:if (?:it|that) (?:were|was) me|if i (?:were|was) you|in your (?:shoes|position|place))"
    # ("If it were me I think I'd send the text": a hedge before the "I'd" changes nothing)
    r"[,.]? (?:(?:honestly|personally|i think|i guess|i suppose|probably),? )?)?"
    r"i(?:'d| would) (?!like|love|be\b(?! gone| out of| off\b)|want|rather|prefer|"
    r"say|suggest|wonder|imagine|guess|hate|need)\w+"
)


def _what_i_would_do(spans: list[Sentence], client_text: str) -> str | None:
    """ "What would you do?" - "I'd keep her at home": the helper's choice handed over as the
    answer, which tells the client what to do through the helper's own stance (the rubric's
    advice_through_story check)."""
    if not _WHAT_WOULD_YOU_DO.search(normalise(client_text)):
        return None
    return next((s.text for s in spans if _I_WOULD.search(s.norm)), None)


def _not_mine(spans: list[Sentence]) -> str | None:
    """The disclosure is only the helper saying the experience is not theirs ("No, not from my
    own life", "I haven't, I only know it from training"): the words that say so, if nothing
    else in it tells of the helper's life."""
    if not any(lx.NOT_MINE.search(span.norm) for span in spans):
        return None  # most disclosures: no strength to read again
    quote = None
    for span in spans:
        match = lx.NOT_MINE.search(span.norm)
        if not match:
            rest = span.norm
        else:
            quote = quote or span.text
            end = _CLAUSE_END.search(span.norm, match.end())
            stop = end.start() if end else len(span.norm)
            start = match.start()
            rest = span.norm[:start] + " " * (stop - start) + span.norm[stop:]
            rest = lx.NOT_MINE.sub(_blank, rest)
        if sentence_strength(replace(span, norm=rest, offsets=())) >= PRESENCE_THRESHOLD:
            return None
    return quote


# The field the helper trained or works in ("lots of training in addiction", "I've worked with
# people who self-harm"): a professional fact, not intimate material of their own.
_PROFESSIONAL_FIELD = any_of(
    r"\b(?:training|trained|qualified|specialis(?:e|ed|ing)|placement|worked|work|working) "
    r"(?:in|with|on|around)\b[^.?!,;]{0,40}"
)


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


_CLAUSE_END = re.compile(r"[,;:.!?]| - | but | and ")


def _kinds(reading: SkillReading, answer: Sentence | None, bare: bool) -> None:
    """What kind of disclosure this is, as named features for the fitted heads: casual ones
    count as much as full stories; courtesies and empathy about the client are not disclosure.
    `answer` is the sentence that answers their question about the helper, if one does."""
    spans = reading.spans
    if answer is not None:
        reading.add("answers_question", "it answers their question about you", 0.0, answer.text)
    not_mine = _not_mine(spans)
    if not_mine:
        reading.add("not_mine", "it says honestly that this is not your experience", 0.0, not_mine)
        return
    if bare:
        reading.add("self_fact", "it shares a fact about yourself", 0.0, spans[0].text)
        return
    for span in spans:
        found = casual_disclosure(span.norm)
        if found:
            kind, quote = found
            label = {"me_too": "a me-too", "own_way": "your own way of doing things"}.get(
                kind, "a fact about yourself"
            )
            reading.add(
                kind, f"it shares {label}", 0.0, quote_match(re.compile(re.escape(quote)), [span])
            )
            break
    else:
        told = own_life_sentence(spans)
        if told:
            reading.add("own_life", "it tells something you do in your own life", 0.0, told)
    feeling = quote_match(lx.HYPOTHETICAL_FEELING, spans)
    if feeling:
        reading.add(
            "hypothetical_feeling", "it says how you would feel in their place", 0.0, feeling
        )
    if all(courtesy_only(s) for s in spans):
        reading.add("courtesy_only", "it is a courtesy or empathy about them, not your life", 0.0)


def _score(
    reading: SkillReading, sentences: list[Sentence], client_text: str, invites: str | None
) -> None:
    spans = reading.spans
    score = 3.0
    sd_words = sum(told_words(s) for s in spans)
    if sd_words <= 35 and len(spans) <= 2:
        reading.add("brief", "kept it brief", 0.5)
    elif sd_words > 60 or len(spans) >= 4:
        reading.add("long", f"the disclosure runs to {sd_words} words", -1.0)
    else:
        reading.add("longish", "the disclosure is on the long side", -0.4)

    current = quote_match(lx.CURRENT_STRUGGLE, spans)
    resolved = quote_match(lx.RESOLVED, spans + sentences)
    now = quote_match(lx.CURRENT_TIME, spans)
    past = quote_match(lx.PAST, spans)
    if current and not resolved:
        reading.add(
            "current", "it sounds like something you are still in the middle of", -2.0, current
        )
    elif current:
        reading.add("current_partly", "part of it sounds unresolved", -0.75, current)
    elif now:
        reading.add("recent", "it brings in something still going on in your life", -0.75, now)
    elif past:
        reading.add("past", PAST_TENSE, 0.5, past)
    if resolved and not current:
        reading.add("resolved", "it sounds worked through", 0.5, resolved)

    own_life = [replace(s, norm=_PROFESSIONAL_FIELD.sub(_blank, s.norm)) for s in spans]
    reading.note(lx.INTIMATE, own_life, "intimate", "it reveals something very intimate", -1.0)

    reading.note(
        lx.ONE_UPPING, sentences, "one_upping", "it compares your hardship with theirs", -2.0
    )
    reading.note(lx.CREDENTIALS, sentences, "credentials", _CREDENTIALS, -1.0)

    advice = quote_match(lx.ADVICE, sentences) or _what_i_would_do(spans, client_text)
    strategy = quote_match(lx.STRATEGY_TENTATIVE, spans)
    suggestion = quote_match(lx.SUGGESTION, sentences)
    if advice:
        reading.add("advice", "it turns your story into advice", -1.75, advice)
    elif suggestion:
        reading.add(
            "suggestion", "it steers the client toward what worked for you", -0.75, suggestion
        )
    elif strategy:
        reading.add("strategy", "it offers what worked for you as a strategy", -0.25, strategy)

    reading.note(
        lx.THERAPIST_CENTRED, sentences, "therapist_centred", "it puts your needs in the room", -1.5
    )
    if reading.has("therapist_centred"):
        # "These sessions helped me get through it too": the helper's need, not a strategy offered
        reading.features = [f for f in reading.features if f.name != "strategy"]
    if (current or now) and not reading.has("therapist_centred"):
        # "I'm a bit scared to, to be honest. What would you do?": the client asked to advise the
        # helper on a struggle still going on; the roles are reversed
        asks = quote_match(ASKS_THEIR_ADVICE, sentences)
        if asks:
            reading.add("therapist_centred", "it puts your needs in the room", -1.5, asks)

    last_sd = max(sentences.index(s) for s in spans)
    after = sentences[last_sd + 1 :]
    tail = after or [spans[-1]]
    returned = focus_returned(tail)
    if returned:
        reading.add("focus_returned", "you handed the focus back to the client", 1.0, returned)
    elif not after:
        reading.add("focus_kept", "the response ends on you, not on the client", -1.0)
    else:
        reading.add("focus_unclear", "the focus drifts rather than returning to the client", -0.5)

    aim = quote_match(lx.AIM, sentences) or quote_match(lx.DIFFERENCE_ACKNOWLEDGED, sentences)
    if aim:
        reading.add("aim", "it is framed to normalise or validate", 0.5, aim)

    overlap = similarity(spans, client_text)
    if overlap:
        reading.add("similar", f"it connects to what the client said ({overlap})", 0.25)
    reading.note(
        lx.OVER_IDENTIFY,
        sentences,
        "over_identifies",
        "it assumes your experience is the same as theirs",
        -0.5,
    )

    reading.note(lx.VALUES, sentences, "values", "it brings your own beliefs into the room", -1.5)
    reading.note(
        lx.BOUNDARY_CROSSING,
        sentences,
        "boundary_crossing",
        "it crosses a professional boundary",
        -2.0,
    )

    # the trainee's own line offered for use, though no digits are given yet ("call me anytime on
    # my personal number"): the number is as good as given (the rubric's level 1)
    details = unrefused_quote(lx.CONTACT_DETAILS, sentences) or unrefused_quote(
        _PERSONAL_LINE, sentences
    )
    if details:
        reading.add("contact_details", "it gives your personal contact details", -2.0, details)
    contact = unrefused_quote(lx.CONTACT_OFFER, sentences)
    if contact:
        reading.add("contact_offer", "it offers a relationship outside the sessions", -2.0, contact)

    if invites == "restraint":
        # A brief factual answer handed straight back is often fine (Hill & Knox, 2002).
        mild = reading.has("brief") and bool(after)
        reading.add("uninvited", "this moment called for holding back", -0.25 if mild else -1.0)

    score += sum(f.effect for f in reading.features)
    reading.score = max(1.0, min(5.0, score))
