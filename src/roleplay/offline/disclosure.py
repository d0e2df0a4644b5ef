"""Reading self-disclosure: is the trainee revealing their own life, and does it serve the client?

Presence works clause by clause. A first-person clause that is a helping act ("I'm sorry", "I
hear", "I wonder", "I'd suggest") reveals nothing; one that reports the helper's life ("I lost my
mother", "I used to", "my kids", "me too") does. Quality follows Hill & Knox (2002) and Henretty &
Levitt (2010): brief, past and resolved, a client-serving aim, similar to the client, and the focus
handed back; advice through one's own story, one-upping and therapist-centred content take away.
"""

from __future__ import annotations

import re

from roleplay.offline import lexicon as lx
from roleplay.offline import relational
from roleplay.offline.reading import SkillReading, quote_match
from roleplay.offline.text import Sentence, normalise, words

# Quoted speech, in double quotes or in single quotes that are not apostrophes.
_QUOTED = re.compile(r"\"[^\"]*\"|(?<![\w])'(?:[^']|(?<=\w)'(?=\w))+'(?![\w])")
# "my sister", "my friend" said to the client as a term of address, not about a relative.
_VOCATIVE = re.compile(r"(?:,|^) ?my (?:sister|brother|friend|dear|love|darling)(?=[,.!?]|$)")
_HELPING_IDIOMS = re.compile(
    r"\bhelp me understand\b|\btell me\b|\blet me\b|\bi wonder\b|"
    r"\bi'm curious\b|\bi'd like to (?:hear|know)\b"
)
# "In my experience a lot of people..." generalises; it reveals nothing about a life.
_GENERALISATION = re.compile(
    r"\bin my experience,? (?=(?:a lot of|lots of|many|most|plenty of|some|people|clients))"
)
_CLAUSE_SPLIT = re.compile(r"[,;:]| - | but | and (?=i\b)")
_QUESTION_INVERSION = re.compile(
    r"\b(?:can|could|may|should|do|did|am|shall|would|will|have|you and|me and|if|whether|"
    r"even if|as if) $"
)
_STRONG_WEIGHT = 1.0
_WEAK_WEIGHT = 0.6
PRESENCE_THRESHOLD = 0.5
# "I keep my own life out of our sessions" states a boundary; it discloses nothing.
_BOUNDARY_STATEMENT = re.compile(
    r"\b(?:i(?:'ll| will| am going to|'m going to)? (?:\w+ )?(?:tend to |try to |like to |prefer to "
    r"|usually |always |'d rather )?)?(?:keep|keeping|leave|leaving|hold|holding) (?:my|details of my|things about my) "
    r"(?:own |personal |private )?(?:life|details|stuff|business|story|experiences?|family|"
    r"relationships?|personal life)\b[^.?!]*|\bkeep (?:that|this|it|that one) to myself\b[^.?!]*"
)
# "it helps me", "that gets me through": the helper's own coping, not talk about the client.
_ME_AS_OBJECT = re.compile(
    r"(?<!you )(?<!you can )\b(?:helps|helped|gets|got|makes|made|keeps|keeping|kept|calms|"
    r"relaxes|reminds|taught|teaches|saved|took|takes) me\b(?! (?:feel|think|wonder|curious|want)\b.{0,20}\byou)"
)


def _blank_quotes(norm: str) -> str:
    """Quoted speech ("you said 'I give up'") is the client's words, not a disclosure."""
    return _QUOTED.sub(lambda m: " " * len(m.group(0)), norm)


def _helping_at(norm: str, start: int) -> bool:
    if lx.HELPING_CLAUSE.match(norm[start:]):
        return True
    return bool(_QUESTION_INVERSION.search(norm[max(0, start - 12) : start]))


# A first-person clause about this session or this client is process talk, not a life disclosure.
_ABOUT_THE_SESSION = re.compile(
    r"\byou(?:'re|'ve|r(?! age\b))?\b|\bhere\b|\btoday\b|\bright now\b|\bjust now\b|\bin this room\b|"
    r"\bour (?:session|sessions|work|time|relationship)\b|\bbetween us\b|\bthis session\b"
)
_CLAUSE_END = re.compile(r"[,;:!?.]| - | and (?=i\b)| but | so (?=i\b)")
# Facts of a life outside the room: these count even inside a sentence about the session.
_LIFE_OUTSIDE = re.compile(
    r"\bmy (?:own |late |dear |older |younger )?(?:mom|mum|mother|dad|father|parents?|brothers?|"
    r"sisters?|sons?|daughters?|kids?|children|husband|wife|partner|nan|gran\w*|family)\b|"
    r"\bwhen i was\b|\bat your age\b|\bi used to\b|\b(?:years|months) ago\b|(?<!to )\bme too\b|"
    r"(?<!find )(?<!found )(?<!finding )\bmyself\b|"
    r"\bi lost\b|\bbeen through\b|\bi(?:'ve| have) (?:had|lost)\b"
)
_FEELING_NOW = re.compile(
    r"^i(?:'m| am)? ?(?:feel|felt|was feeling|'m feeling|am feeling|notice|"
    r"noticed|find myself|became aware)\b"
)


def _clause(norm: str, start: int) -> str:
    end = _CLAUSE_END.search(norm, start + 1)
    return norm[start : end.start() if end else len(norm)]


def _about_session(norm: str, start: int, in_session_sentence: bool) -> bool:
    clause = _clause(norm, start)
    if _LIFE_OUTSIDE.search(clause):
        return False
    if _ABOUT_THE_SESSION.search(clause):
        return True
    return in_session_sentence and bool(_FEELING_NOW.match(clause))


def _strong_match(norm: str, personal: bool) -> bool:
    """A clause that plainly reports the helper's life ("I lost my mother", "me too")."""
    for match in lx.STRONG_DISCLOSURE.finditer(norm):
        text = match.group(0)
        if text.startswith("my ") and lx.MY_NOT_PERSONAL.match(norm, match.start()):
            continue
        if re.match(r"(?:when |in )?i\b", text):
            i_pos = match.start() + text.index("i")
            if _helping_at(norm, i_pos) or _about_session(norm, i_pos, False):
                continue
        if "ago" in text and not (personal or lx.MY_NOUN.search(norm)):
            continue
        return True
    return False


def sentence_strength(sentence: Sentence, in_session: bool = False) -> float:
    """0 (nothing personal) .. 1 (clearly the helper's own life).

    `in_session`: the sentence talks about the relationship now, so feelings in it are the
    helper's reactions in the room (immediacy), not news of their life.
    """
    norm = _blank_quotes(sentence.norm)
    if lx.HYPOTHETICAL.search(norm):
        norm = lx.HYPOTHETICAL.sub(lambda m: " " * len(m.group(0)), norm)
    norm = _BOUNDARY_STATEMENT.sub(lambda m: " " * len(m.group(0)), norm)
    norm = _VOCATIVE.sub(lambda m: " " * len(m.group(0)), norm)
    norm = _GENERALISATION.sub(lambda m: " " * len(m.group(0)), norm)
    if in_session:
        # Relationship talk: only a life outside the room counts, in clauses not about the room.
        if _LIFE_OUTSIDE.search(norm):
            return _STRONG_WEIGHT
        for clause in _CLAUSE_SPLIT.split(norm):
            if (
                clause.strip()
                and not relational.clause_is_relational(clause)
                and _strong_match(clause, False)
            ):
                return _STRONG_WEIGHT
        return 0.0
    addressed = bool(re.search(r"\byou(?:'re|'ve|r)?\b", norm))
    personal_starts = [
        m.start()
        for m in lx.FIRST_PERSON.finditer(norm)
        if not _helping_at(norm, m.start()) and not _about_session(norm, m.start(), in_session)
    ]
    if _strong_match(norm, bool(personal_starts)):
        return _STRONG_WEIGHT
    strength = 0.0
    for start in personal_starts:
        clause = norm[start:]
        if re.match(r"i(?:'d| would|'ll| will) ", clause):
            continue  # conditional or promise: "I'd be glad to", "I'll be here"
        weight = _WEAK_WEIGHT if lx.WEAK_DISCLOSURE.match(clause) else 0.5
        if addressed and (sentence.is_question or not lx.WEAK_DISCLOSURE.match(clause)):
            weight = 0.3  # "what happens for you when I do that?" is about the two of them
        strength = max(strength, weight)
    for match in re.finditer(r"\bmy \w+", norm):
        if (
            not lx.MY_NOT_PERSONAL.match(norm, match.start())
            and not lx.TO_ME_NOT_PERSONAL.search(
                norm[max(0, match.start() - 20) : match.end() + 20]
            )
            and not _ABOUT_THE_SESSION.search(_clause(norm, match.start()))
        ):
            strength = max(strength, _WEAK_WEIGHT)
    if _ME_AS_OBJECT.search(norm) and not (addressed and sentence.is_question):
        strength = max(strength, _WEAK_WEIGHT)
    for match in re.finditer(r"\b(?:for|to) me\b", norm):
        window = norm[max(0, match.start() - 30) : match.end() + 30]
        if not lx.TO_ME_NOT_PERSONAL.search(window) and not addressed:
            strength = max(strength, 0.5)
    return strength


def _answers_personal_question(sentences: list[Sentence], client_text: str) -> bool:
    """ "Are you married?" - "I am, yes." is a disclosure, though it names nothing else."""
    if not sentences or not lx.PERSONAL_QUESTION.search(normalise(client_text)):
        return False
    for sentence in sentences[:2]:  # "Honestly? Yes, in a heartbeat."
        first = _BOUNDARY_STATEMENT.sub(lambda m: " " * len(m.group(0)), sentence.norm).strip()
        if lx.PERSONAL_ANSWER.search(first) and not lx.HELPING_CLAUSE.match(first):
            return True
        if len(sentence.text.split()) > 2:
            break
    return False


def read_disclosure(
    sentences: list[Sentence],
    client_text: str,
    invites: str | None,
    in_session: list[bool] | None = None,
) -> SkillReading:
    flags = in_session or [False] * len(sentences)
    strengths = [sentence_strength(s, f) for s, f in zip(sentences, flags, strict=True)]
    if _answers_personal_question(sentences, client_text):
        strengths[0] = max(strengths[0], _STRONG_WEIGHT)
    for i, sentence in enumerate(sentences):
        offer = lx.CONTACT_OFFER.search(sentence.norm)
        if offer and not lx.REFUSAL.search(sentence.norm):
            strengths[i] = _STRONG_WEIGHT  # a personal number or friendship offered is personal
    if any(flags):
        # In a response about the relationship, "I" statements are the helper in the room; only
        # plain reports of a life outside it count as disclosure.
        strengths = [w if w >= _STRONG_WEIGHT else min(w, 0.3) for w in strengths]
    spans = [s for s, w in zip(sentences, strengths, strict=True) if w >= PRESENCE_THRESHOLD]
    # A disclosure runs on: first-person sentences right after one belong to the same story.
    for i in range(1, len(sentences)):
        if sentences[i - 1] in spans and sentences[i] not in spans and strengths[i] >= 0.3:
            spans.append(sentences[i])
    spans.sort(key=lambda s: s.start)
    strength = max(strengths, default=0.0)
    reading = SkillReading(present=bool(spans), strength=strength, score=0.0, spans=spans)
    if not spans:
        return reading
    _score(reading, sentences, client_text, invites)
    return reading


def _score(
    reading: SkillReading, sentences: list[Sentence], client_text: str, invites: str | None
) -> None:
    spans = reading.spans
    score = 3.0
    sd_words = sum(s.words for s in spans)
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
        reading.add(
            "recent", "it is about your life now rather than something worked through", -0.75, now
        )
    elif past:
        reading.add("past", "it is in the past", 0.5, past)
    if resolved and not current:
        reading.add("resolved", "it sounds worked through", 0.5, resolved)

    intimate = quote_match(lx.INTIMATE, spans)
    if intimate:
        reading.add("intimate", "it reveals something very intimate", -1.0, intimate)

    one_up = quote_match(lx.ONE_UPPING, sentences)
    if one_up:
        reading.add("one_upping", "it compares your hardship with theirs", -2.0, one_up)

    advice = quote_match(lx.ADVICE, sentences)
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

    centred = quote_match(lx.THERAPIST_CENTRED, sentences)
    if centred:
        reading.add("therapist_centred", "it puts your needs in the room", -1.5, centred)

    last_sd = max(sentences.index(s) for s in spans)
    after = sentences[last_sd + 1 :]
    tail = after or [spans[-1]]
    returned = _focus_returned(tail)
    if returned:
        reading.add("focus_returned", "you handed the focus back to the client", 1.0, returned)
    elif not after:
        reading.add("focus_kept", "the response ends on you, not on the client", -1.0)
    else:
        reading.add("focus_unclear", "the focus drifts rather than returning to the client", -0.5)

    aim = quote_match(lx.AIM, sentences) or quote_match(lx.DIFFERENCE_ACKNOWLEDGED, sentences)
    if aim:
        reading.add("aim", "it is framed to normalise or validate", 0.5, aim)

    overlap = _similarity(spans, client_text)
    if overlap:
        reading.add("similar", f"it connects to what the client said ({overlap})", 0.25)
    over = quote_match(lx.OVER_IDENTIFY, sentences)
    if over:
        reading.add(
            "over_identifies", "it assumes your experience is the same as theirs", -0.5, over
        )

    values = quote_match(lx.VALUES, sentences)
    if values:
        reading.add("values", "it brings your own beliefs into the room", -1.5, values)
    crossing = quote_match(lx.BOUNDARY_CROSSING, sentences)
    if crossing:
        reading.add("boundary_crossing", "it crosses a professional boundary", -2.0, crossing)

    contact = quote_match(lx.CONTACT_OFFER, sentences)
    if contact and not lx.REFUSAL.search(contact.lower()):
        reading.add("contact_offer", "it offers a relationship outside the sessions", -2.0, contact)

    if invites == "restraint":
        # A brief factual answer handed straight back is often fine (Hill & Knox, 2002).
        mild = reading.has("brief") and bool(after)
        reading.add("uninvited", "this moment called for holding back", -0.25 if mild else -1.0)

    score += sum(f.effect for f in reading.features)
    reading.score = max(1.0, min(5.0, score))


def _focus_returned(sentences: list[Sentence]) -> str | None:
    for sentence in sentences:
        has_you = re.search(r"\byou(?:r|rs|rself)?\b", sentence.norm)
        plain = _HELPING_IDIOMS.sub(" ", sentence.norm)
        about_me = re.search(r"\b(?:i|me|my|i'm|i've)\b", plain)
        if lx.TAG_QUESTION.search(sentence.norm):
            continue  # "It's horrible, isn't it?" seeks agreement, it does not hand over
        if sentence.is_question and (has_you or not about_me):
            return sentence.text
        if lx.RETURN_INVITE.search(sentence.norm) and (has_you or not about_me):
            return sentence.text
    return None


_STOP = set(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "so",
        "to",
        "of",
        "in",
        "on",
        "at",
        "for",
        "with",
        "about",
        "from",
        "by",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "i",
        "me",
        "my",
        "you",
        "your",
        "we",
        "our",
        "they",
        "them",
        "their",
        "he",
        "she",
        "his",
        "her",
        "him",
        "not",
        "no",
        "yes",
        "do",
        "does",
        "did",
        "have",
        "has",
        "had",
        "just",
        "really",
        "very",
        "can",
        "could",
        "would",
        "should",
        "will",
        "what",
        "when",
        "how",
        "why",
        "who",
        "where",
        "there",
        "here",
        "than",
        "then",
        "too",
        "also",
        "like",
        "get",
        "got",
        "feel",
        "felt",
        "know",
        "think",
        "one",
        "some",
        "any",
        "all",
        "more",
        "much",
        "out",
        "up",
        "down",
        "over",
        "into",
        "after",
        "before",
        "still",
        "even",
        "because",
        "if",
        "now",
    ]
)


def _similarity(spans: list[Sentence], client_text: str) -> str:
    theirs = {w for w in words(client_text) if len(w) > 3 and w not in _STOP}
    mine = {w for s in spans for w in words(s.text) if len(w) > 3 and w not in _STOP}
    shared = sorted(theirs & mine)
    return ", ".join(shared[:3])
