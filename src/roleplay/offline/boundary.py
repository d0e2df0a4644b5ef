"""Reading the `boundary` criterion (relationship-boundaries rubric).

The client asks for something outside the frame (friendship, contact, a meeting, a gift, personal
details) or the terms of the work are being set out. Done well (Gutheil & Gabbard, 1998; Zur,
2007), the response acknowledges the wish, answers clearly, gives a reason about the client's
care and returns to the work, neither too loose (granting it) nor too rigid (policy, shame). A
response that walks past the request is "not used", as the rubric's applies_when says.
"""

from __future__ import annotations

import re

from roleplay.offline import lexicon as lx
from roleplay.offline.reading import SkillReading, quote_match
from roleplay.offline.risk import checks_safety_after_harm, ignores_harm, puts_off_harm
from roleplay.offline.text import Sentence, any_of, normalise

BOUNDARY = "boundary"


REQUEST = any_of(
    r"\b(?:follow|add|friend|connect with) (?:you|me)\b",
    r"\bfriends?\b",
    r"\binstagram\b",
    r"\bfacebook\b",
    r"\blinkedin\b",
    r"\bwhatsapp\b",
    r"\byour (?:number|mobile|cell|email)\b",
    r"\b(?:text|call|ring|message|email) you\b",
    r"\bcoffee\b",
    r"\bdrink\b",
    r"\bafter (?:we|this|"
    r"therapy|we finish)\b",
    r"\bstay in touch\b",
    r"\bhug\b",
    r"\bgift\b",
    r"\bmade (?:you|these)\b",
    r"\bfor you\b.{0,20}\b(?:biscuits|cake|card|present)\b",
    r"\binvit\w*\b",
    r"\bcome to\b",
    r"\bare you (?:married|seeing|single|gay|straight|religious)\b",
    r"\bwhere do you live\b",
    r"\bhow (?:does|will) this work\b",
    r"\bcancel\w*\b",
    r"\bbetween sessions\b",
)

ACCEPTS = any_of(
    r"^(?:oh,? )?(?:sure|of course|absolutely|yes|yeah|okay|ok|go on then|why not)\b(?![^.!?]*\b(?:"
    r"but|though|however)\b)",
    r"\bi(?:'d| would) love to\b(?! (?:hear|know|understand|think|talk))(?![^.!?]*\b(?:but|though|"
    r"however|not)\b)",
    r"\bjust this once\b",
    r"\bi(?:'ll| will) see if i(?:'m| am) free\b",
    r"\bmaybe (?:after|later|one day|when)\b",
    r"\bafter we finish\b.{0,30}\b(?:could|can|maybe)\b",
    r"\bdon't tell anyone\b",
    r"\bwon't charge\b",
    r"\bjust let me know whenever\b",
    r"\bdon't worry about (?:it|that)\b",
    r"\blet'?s see how (?:you|it|things) go\b",
    r"(?:^|[.!?] )maybe\.?$",
    r"\bi do think about you\b",
    r"\bwon't charge\b",
    r"\bjust let me know whenever\b",
    r"\bdon't worry about (?:it|that)\b",
)

HOLDS = any_of(
    r"\b(?:can't|cannot|won't|don't|do not|am not going to|'m not going to|wouldn't|not able to)\b"
    r".{0,40}\b(?:accept|accepting|give|giving|share|connect|follow|following|add|meet|come|"
    r"say yes|be (?:friends|in touch)|text|"
    r"call|email|contact|do that|reachable|be (?:on|available|contactable|answering))\b",
    r"\b(?:the answer|it) (?:has to|needs to|will) be no\b",
    # "I'm sorry, I can't." A no with nothing after it: the request is what it refuses.
    r"\b(?:sorry|no|afraid),? i (?:can't|cannot|won't)\b(?!\s*[a-z])",
    r"\b(?:going to|have to|need to) (?:say|decline|keep)\b",
    r"\bsay no\b",
    r"\bi(?:'ll| will) "
    r"keep (?:to|it to|our)\b",
    r"\b(?:stays?|keep|keeping) (?:\w+ ){0,4}(?:to|within|in) (?:our|"
    r"these|the) (?:sessions?|hour|room)\b",
    r"\boff-limits\b",
    r"\bkeep (?:my|that|it) "
    r"(?:\w+ ){0,3}(?:out|private|to myself)\b",
    r"\bwe meet\b",
    r"\b\d+ (?:minutes|hours)\b",
    r"\bnotice\b",
    r"\bconfidential\w*\b",
    r"\bstays? (?:here|in this room|between us)\b",
    r"\breport\b",
    r"\bthrough the office\b",
    r"\bthe office has\b",
    r"\bprefer not to\b",
    r"\bbest not to\b",
    r"\b(?:not going to|won't|will not|rather not|don't(?: really)?|do not) (?:tell|talk about|say|"
    r"share|go into|discuss)\b",
    r"\bnot allowed to\b",
    r"\b(?:need|have|ought|got) to (?:stop|end|finish|wrap (?:up|it up))\b",
    r"\bwe should (?:stop|end|finish|wrap up)\b|\btime (?:for us )?to (?:stop|end|finish)\b",
    r"\b(?:can't|cannot|won't|don't|do not)\b.{0,30}\b(?:message|ring|whatsapp|become|be anything)\b",
)

ACKNOWLEDGES = any_of(
    r"\b(?:it|that) means a lot\b",
    r"\bthat's (?:really |so )?(?:kind|lovely|generous|"
    r"thoughtful)\b",
    r"\bthank you for (?:asking|thinking|telling|the)\b",
    r"\bi(?:'m| am) "
    r"(?:really )?(?:touched|moved|glad you|honoured)\b",
    r"\bi can see (?:how much|what)\b",
    r"\bmakes sense\b",
    r"\bi understand (?:why|the wish|wanting)\b",
    r"\b(?:fair|reasonable|"
    r"good) question\b",
    r"\bwhat (?:it|that|this) means to you\b",
    r"\bnot (?:about|because of) "
    r"(?:you|anything you)\b",
    r"\bthank you\b",
)

CARE_REASON = any_of(
    r"\bso (?:that )?(?:this|the|our) (?:space|hour|time|work|room) (?:stays|is|can stay)\b",
    r"\b(?:stays?|stay) (?:about )?(?:yours|about you|for you)\b",
    r"\b(?:keeps?|keep) (?:it|this|"
    r"you|the work) safe\b",
    r"\bprotect (?:you|your|the work|what we)\b",
    r"\bso i can "
    r"(?:help|look after|be useful|keep)\b",
    r"\blook after you\b",
    r"\bfor your (?:care|sake|"
    r"privacy)\b",
    r"\bworks best\b",
    r"\bmore use to you\b",
    r"\bkept (?:just )?for you\b",
    r"\bkeeps? (?:this|it|the work|us) (?:a )?safe (?:place|space)\b",
)

RIGID = any_of(
    r"\brules are rules\b",
    r"\bpolicy\b",
    r"\bnot (?:allowed|permitted)\b",
    r"\b(?:isn't|is not|"
    r"wouldn't be|not) (?:really )?appropriate\b",
    r"\binappropriate\b",
    r"\bagainst the (?:rules|policy)\b",
    r"\bno exceptions\b",
    r"\bprofessional boundar\w*\b",
    r"\bi(?:'m| am) your (?:counsel+or|"
    r"therapist),? not\b",
    r"\byou(?:'ll| will) (?:have|need) to\b",
    r"\bthere are (?:some )?rules\b",
    r"\b(?:isn't|is not|aren't|are not) (?:permitted|allowed)\b",
    r"\bi(?:'d| would) have to report\b",
    r"\byou might want to be careful\b",
    r"\b(?:requires?|required)\b.{0,30}\bnotice\b",
    r"\bthe fee is charged\b",
    r"\b(?:that's|it's|this is) (?:just )?(?:how|the way) (?:the service|the clinic|it|things|we) "
    r"(?:works?|do it|does it)\b",
)

# Professional jargon handed to the client as the reason (Gutheil & Gabbard 1998: boundary
# theory misused as a rule; Zur 2007: rigidity harms too).
JARGON = any_of(
    r"\bdual relationships?\b",
    r"\bconflict of interest\b",
    r"\bthe therapeutic (?:relationship|frame|boundar\w*|alliance)\b",
    r"\bblur\w* (?:the|our) (?:boundar\w*|relationship|lines?)\b",
)
# A lecture rather than a reason: jargon, "that's not appropriate", "you'll have to" (the
# rubric's level 2, "cold or shaming"); a plain "it's against policy" is cool (level 3).
LECTURE = any_of(
    r"\b(?:isn't|is not|wouldn't be|not) (?:really )?appropriate\b|\binappropriate\b",
    r"\byou(?:'ll| will) (?:have|need) to\b",
    r"\bprofessional boundar\w*\b|\bno exceptions\b|\brules are rules\b",
)
# Referring the client away, or changing their life, over an overlap that can be managed
# (Zur 2007: in small communities overlap is unavoidable; ending the work over it harms).
REFERS_ON = any_of(
    r"\brefer(?:ring|red)? you (?:on|elsewhere|to (?:someone|somebody|another|a colleague|a "
    r"different|one of my colleagues))\b",
    r"\btransfer(?:ring)? you\b",
    r"\b(?:see|find|work with) (?:someone|somebody) else\b",
    r"\b(?:another|a different|a new) (?:counsel+or|therapist|practitioner|worker)\b",
    r"\b(?:will|'ll|would|might) (?:have|need) to (?:change|move|leave|switch) (?:teams?|schools?|"
    r"class\w*|clubs?|gyms?|surgeries)\b",
    r"\bcan't (?:keep )?(?:see|work with)(?:ing)? you\b",
)
# What the client can have instead: the service, a crisis line, coming back.
OFFERS_ALTERNATIVE = any_of(
    r"\byou can (?:always )?(?:refer yourself|come back|ring|call|contact|get in touch with)\b",
    # "the office will ring you" offers something; "the service's policy" only names the rule
    r"\bthe (?:service|office|clinic|team|crisis line|reception)\b(?!'s)",
    r"\b(?:what|where) (?:we|you) can\b",
    r"\bnext (?:session|week|time)\b",
)
TRAINEE_CENTRED = any_of(
    r"\bmakes? me (?:\w+ )?uncomfortable\b",
    r"\b(?:get|be) in trouble\b",
    r"\blose my "
    r"(?:job|registration)\b",
    r"\bprotect my (?:privacy|own)\b",
    r"\bmy supervisor would\b",
    # the trainee's own rest or time as the reason ("I need my evenings to myself")
    r"\bi need (?:my|some|the) (?:\w+ ){0,3}(?:time|space|break|rest|phone|evenings?|weekends?)\b",
    r"\b(?:or|otherwise) i(?:'d| would) never (?:switch off|rest|get a break|stop working)\b",
)
# The trainee's own unresolved difficulty given as the reason for the no: the client is left to
# worry about the therapist (rubric level 2: "visible discomfort made the client's problem").
OWN_STRUGGLE = any_of(
    r"\bi(?:'m| am) (?:still )?(?:working through|dealing with|struggling with|going through) "
    r"(?:my own|some|a lot|stuff)\b",
    r"\b(?:hard|difficult|tough|rough|a lot) for me (?:too|as well|right now|at the moment)\b",
)
# Shaming the client for asking ("that isn't how this works"): cold whatever else is offered.
SHAMES = any_of(
    r"\b(?:isn't|is not|that's not|that is not) how (?:this|therapy|it|counsel+ing) works\b",
    r"\byou (?:should|ought to) know (?:that|better)\b",
    r"\bthat's not what (?:i'm|i am|therapy is|this is) for\b",
)

RETURNS = any_of(
    r"\?",
    r"\blet'?s (?:make|think|talk|look)\b",
    r"\bcan we\b",
    r"\bi(?:'d| would) "
    r"(?:like|rather) to (?:hear|understand|know)\b",
    r"\bi wonder\b",
)

GRACIOUS = any_of(
    r"\bthank you\b",
    r"\bthat's (?:really |so )?(?:kind|lovely|generous|thoughtful)\b",
    r"\bi(?:'ll| will) (?:share|enjoy|keep)\b",
)

PERSONAL_REQUEST = any_of(
    r"\bare you (?:married|seeing|single|gay|straight|religious|dating|with someone)\b",
    r"\bdo you (?:have a|have any) (?:partner|boyfriend|girlfriend|husband|wife|kids)\b",
    r"\bdo you think about me\b",
    r"\bwhere do you live\b",
)


def grants_request(sentences: list[Sentence], moment_or_client: object) -> bool:
    """Whether the response says yes to something outside the frame (whatever the rubric)."""
    client_text = getattr(moment_or_client, "context_text", str(moment_or_client))
    invites = getattr(moment_or_client, "invites", None)
    if not sentences or not (
        invites in {BOUNDARY, "restraint"} or REQUEST.search(normalise(client_text))
    ):
        return False
    offer = quote_match(lx.CONTACT_OFFER, sentences)
    if offer and not lx.REFUSAL.search(offer.lower()):
        return True
    yes = quote_match(ACCEPTS, sentences[:2])
    return bool(yes) and not any(HOLDS.search(s.norm) for s in sentences)


def read_boundary(sentences: list[Sentence], client_text: str, invites: str | None) -> SkillReading:
    client = normalise(client_text)  # once: every check below reads the client's words
    asked = invites == BOUNDARY or bool(REQUEST.search(client))
    reading = SkillReading(present=False, strength=0.0, score=0.0)
    if not asked or not sentences:
        return reading
    gift = bool(re.search(r"\b(?:gift|made|baked|biscuits|cake|card|present|brought)\b", client))
    accepts = (
        quote_match(ACCEPTS, sentences[:2])
        or quote_match(lx.CONTACT_OFFER, sentences)
        or (quote_match(GRACIOUS, sentences[:2]) if gift else None)
    )
    personal = bool(PERSONAL_REQUEST.search(client))
    if (
        personal
        and not accepts
        and sentences
        and lx.PERSONAL_ANSWER.search(sentences[0].norm)
        and not HOLDS.search(sentences[0].norm)
    ):
        accepts = sentences[0].text  # "Ha, no, single at the moment": the detail was given
    if accepts and (
        lx.REFUSAL.search(accepts.lower())
        or any(
            accepts in s.text and (lx.REFUSAL.search(s.norm) or HOLDS.search(s.norm))
            for s in sentences
        )
    ):
        accepts = None  # "I'm not allowed to give out my number" names the number, refusing it
    holds = quote_match(HOLDS, sentences)
    shames = quote_match(SHAMES, sentences)
    rigid = quote_match(RIGID, sentences) or quote_match(JARGON, sentences) or shames
    refers = quote_match(REFERS_ON, sentences)
    rigid = rigid or refers
    put_off = puts_off_harm(sentences, client)
    safety_check = checks_safety_after_harm(sentences, client)
    if not put_off and ignores_harm(sentences, client):
        # Named even where the response walks past the request: the fitted heads may still call
        # the boundary, and a disclosure of harm left unchecked is never a boundary well held
        # (model.LEVEL_CEILINGS; the rubric's "no attention to what the request meant").
        reading.add(
            "ignores_harm",
            "it leaves what they disclosed without checking they are safe",
            -2.5,
        )
    if not (accepts or holds or rigid or put_off or quote_match(ACKNOWLEDGES, sentences)):
        return reading  # the response walks past the request
    reading.present, reading.strength = True, 1.0
    reading.spans = [
        s
        for s in sentences
        if HOLDS.search(s.norm)
        or ACCEPTS.search(s.norm)
        or RIGID.search(s.norm)
        or lx.CONTACT_OFFER.search(s.norm)
    ] or sentences[:1]
    score = 3.0
    if accepts and not holds:
        if gift:
            reading.add("proportionate", "you received a small gesture graciously", 1.0, accepts)
        else:
            reading.add("too_loose", "it grants what would change the relationship", -2.5, accepts)
    elif holds:
        reading.add("clear", "the answer is clear", 0.5, holds)
        # Something the client can have instead, within the frame (the office, the crisis line,
        # next session): the rubric's better refusals offer one.
        reading.note(
            OFFERS_ALTERNATIVE,
            sentences,
            "offers_alternative",
            "you offered what the service can do instead",
            0.25,
        )
    elif safety_check:
        # After a disclosure of harm, asking whether the client is safe is the first answer the
        # frame owes (offline/risk.py), not an answer left open.
        reading.add("checks_safety", "you checked their safety first", 0.5, safety_check)
    else:
        reading.add("unclear", "the answer leaves the door open", -0.75)
    reading.note(
        ACKNOWLEDGES,
        sentences,
        "acknowledges_wish",
        "you acknowledged the wish warmly",
        0.75,
    )
    reading.note(
        CARE_REASON,
        sentences,
        "care_rationale",
        "you explained it in terms of the client's care",
        0.75,
    )
    if rigid:
        reading.add("too_rigid", "it leans on rules or sounds cold", -1.25, rigid)
    reading.note(
        TRAINEE_CENTRED, sentences, "trainee_centred", "it centres your own comfort", -1.25
    )
    reading.note(
        OWN_STRUGGLE,
        sentences,
        "own_struggle",
        "it gives your own difficulty as the reason, for the client to worry about",
        -1.5,
    )
    reading.note(
        RETURNS,
        sentences[1:] or sentences,
        "returns_to_work",
        "you brought it back to the work",
        0.5,
    )
    if refers:
        reading.add(
            "refers_on",
            "it ends or moves the work over an overlap that could be managed",
            -1.5,
            refers,
        )
    if put_off:
        reading.add(
            "puts_off_harm",
            "it puts off what they disclosed without checking they are safe",
            -2.5,
            put_off,
        )
    warm = ("acknowledges_wish", "care_rationale", "returns_to_work")
    lecture = quote_match(JARGON, sentences) or quote_match(LECTURE, sentences) or refers
    offers = bool(OFFERS_ALTERNATIVE.search(" ".join(s.norm for s in sentences)))
    if (
        (lecture or shames)
        and not any(reading.has(name) for name in warm)
        and (shames or not offers)
    ):
        reading.add("cold_rule", "a lecture or rule with no warmth and no reason about them", -0.5)
    elif (
        holds
        and sum(s.words for s in sentences) <= 15
        and not any(reading.has(name) for name in warm)
        and not any(s.is_question for s in sentences)
        and not offers
    ):
        # "I'd prefer not to." A clear no, but curt: nothing for the client to hold on to ("the
        # office will ring you" gives them something).
        reading.add("curt", "a bare no, with no warmth or reason", 0.0)

    reading.score = max(1.0, min(5.0, score + sum(f.effect for f in reading.features)))
    return reading
