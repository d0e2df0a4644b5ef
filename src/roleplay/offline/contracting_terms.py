"""The terms of the work as the `contracting` reader hears them (contracting.py): terms named,
stated outright or agreed, and arrangements made (Sills 2006; BACP's contracting guidance). Terms
stated wrongly are in contracting_misstated.py."""

from __future__ import annotations

import re

from roleplay.offline.text import Gated, any_of

_TERM_PATTERNS = (
    r"\bconfidential\w*\b",
    # confidentiality in plain words: "who hears what", "who else sees your notes"
    r"\bwho (?:else )?(?:hears|sees|reads|gets to (?:hear|see|read|know)) (?:what|about|any of|"
    r"your|ur|my|the|these)\b",
    r"\b(?:record|recordings?|recorded)\b",
    # status and supervision, two kinds of term ("I'm a student, my supervisor hears...")
    r"\b(?:trainee|in training|student)\b",
    r"\bsupervis\w+\b",
    r"\bbetween (?:sessions|our sessions)\b",
    r"\b(?:risk|harm|safety|crisis line|emergency|helpline|out of hours|out-of-hours)\b",
    r"\b(?:video|online|zoom|phone|telehealth)\b.{0,40}\b(?:sessions?|room|private|connection)\b",
    # the telehealth terms in a trainee's own words (APA 2013): what happens if the line drops,
    # whether the place is private, a sign to end the call if it is not safe to talk
    r"\b(?:lose|lost|loses|drop|drops|dropped) (?:the )?(?:connection|signal|call|line)\b|"
    r"\b(?:call|line|connection|signal|video) (?:drops|cuts out|fails|freezes|goes|breaks)\b|"
    r"\bif (?:we|the call|it) (?:drop|drops|cut|cuts) (?:out|off)\b",
    r"\b(?:i'll|ill|i will|i) (?:ring|call|phone) (?:(?:you|u) )?(?:straight |right )?back\b",
    r"\b(?:private enough|somewhere private|talk freely|be overheard|overhear)\b|\b(?:can|could|"
    r"would|will) (?:anyone|anybody|someone|somebody) (?:hear|overhear|listen)\b",
    r"\b(?:call|ring|dial|phone) (?:999|911|112|an ambulance|the police)\b",
    r"\b(?:code ?word|safe ?word|wrong number|a word (?:you|u) (?:can )?say)\b|"
    r"\b(?:i'll|ill|i will|i can) end the call\b",
    r"\b(?:a|our) plan\b[^.?!]{0,30}\b(?:calls?|sessions?|unsafe|in danger)\b",
    # "I notice you're not looking at me" is immediacy, not a notice period
    # the notes asked for by a court: "if the court asks for notes I'd have to..."
    r"\b(?:court|courts|lawyer|solicitor|subpoena\w*)\b[^.?!]{0,40}\b(?:notes|records)\b|\b(?:notes|"
    r"records)\b[^.?!]{0,40}\bcourt\b",
    # the record kept of the work: "I keep brief records for your care"
    r"\b(?:keep|kept|take|write|writing)\b[^.?!]{0,20}\b(?:notes|records)\b|\b(?:notes|records) "
    r"(?:are|is) (?:kept|stored)\b|\b(?:in|into|on) (?:your|the|my) (?:case )?(?:notes|records|"
    r"file)\b|"
    r"\bwrit(?:e|ing) (?:anything|it|this|that|any of (?:it|this)) "
    r"down\b",
    r"\b(?:cancel\w*|(?<!\bi )(?<!\bi'm )notice(?! (?:you|u|that|how|your|ur|it|something|the "
    r"way))|fee|fees|charge)\b",
    r"\b(?:feedback|check in|check-in|rating|rate how)\b",
    # a term pointed to as agreed ("as per the agreement", "in the terms you signed") and where
    # the session happens ("a private room")
    r"\b(?:as per|in|under|against) (?:the|our|your) (?:agreement|contract|terms)\b",
    r"\bprivate (?:room|space|place)\b",
    r"\b(?:\d+|fifty|sixty|fifty-minute|weekly|fortnightly|every week)\b.{0,20}"
    r"\b(?:minutes|sessions?|weeks)\b",
)
TERMS = any_of(*_TERM_PATTERNS)
_TERM_KINDS = tuple(re.compile(p) for p in _TERM_PATTERNS)


def term_kinds(text: str) -> int:
    """How many kinds of term a text names ("I'm a trainee, my supervisor hears about our
    sessions, and recording is your call": status and recording, two)."""
    return sum(1 for kind in _TERM_KINDS if kind.search(text))


# The rest of the practical frame (Sills's administrative contract; BACP's contracting
# guidance): money, times, contact, the helper's standing and privacy. Counted only when the
# client asked about the terms: elsewhere these words are ordinary talk.
# A term of the work stated outright, which puts contracting in play at any moment (the corpus
# ruling: contracting needs a term): what is charged, the notice, the length and frequency of
# sessions, when the work ends. Mentions of risk or a phone in passing are not enough alone.
PLAIN_TERM = any_of(
    r"\b(?:charged|charge (?:you|for)|still (?:pay|charged)|fees?|sliding scale)\b",
    # the fee kept on the books: "it has to go through the clinic", "the reduced rate"
    r"\b(?:reduced|lower|concession\w*) (?:rate|fee)\b|\bthrough the (?:clinic|office|books|"
    r"service)\b",
    r"\b(?:hours?'? notice|notice period|cancellation policy|late cancellations?)\b",
    r"\b(?:\d+|fifty|sixty|forty-five)(?:-| )minutes?\b",
    # how often the two meet, not any weekly thing ("the person you talk to every week")
    r"\b(?:meet|meeting|see (?:you|u|each other)|sessions?|come in|appointments?|carry on)\b"
    r"[^.?!]{0,30}\b(?:weekly|fortnightly|monthly|once a (?:week|month)|every (?:week|other "
    r"week))\b|\b(?:weekly|fortnightly|monthly)\b[^.?!]{0,20}\b(?:sessions?|meetings?|"
    r"appointments?)\b",
    r"\b(?:close (?:the|your|ur) case|in office hours|office hours)\b",
    # how often, renegotiated at a press: "monthly is possible, let's review it in three months",
    # "weekly is the rule here"
    # ("once a month it is": the change agreed in so many words)
    r"\b(?:monthly|fortnightly|weekly|once a (?:month|fortnight|week)|every (?:other|two) weeks?) "
    r"(?:is|would be|could|can|might|works?|it is)\b",
    r"\breview (?:it |this |that |things |how it goes )?(?:in|after) (?:\d+|a few|two|three|four|"
    r"six) (?:weeks|months|sessions)\b",
    r"\b(?:\w+days) at (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b",
    # how the two meet, agreed in so many words: "Zoom it is", "video's fine by me", "phone
    # sessions would work" (as "once a month it is" agrees a frequency)
    r"\b(?:zoom|video|online|phone|in person|face to face|teams)(?: sessions?| calls?)?(?:'s| is| "
    r"it is| would| could| can| works?)(?: be| work)?(?: fine| ok| okay| good| possible)?(?: "
    r"(?:by|with|for) (?:me|us))?(?=[.!,;]|$| (?:then|from now|for now|next)\b)",
)
# Further terms stated outright, which the corpus labels contracting wherever they fall: how the
# two will meet outside ("if you say hi, I'll say hi back"), keeping to time ("we've gone over,
# let's start here next week"), the notice, sessions booked or planned, confidentiality told,
# and the channel for contact instead of the helper's own ("ring reception", "the clinic inbox").
AGREED_TERM = Gated(
    (
        ("if ", "lead", "say hi", "say hello"),
        r"\bif (?:we|you|u) (?:ever )?(?:bump into|see|pass|meet|run into) (?:each other|me|you|"
        r"u)\b|\bif (?:you|u) say (?:hi|hello)\b|\b(?:i'll|ill|i will) (?:follow (?:your|ur) lead|"
        r"say (?:hi|hello) back)\b|\b(?:you|u) lead\b(?! an?\b)",
    ),
    # how a chance meeting will go, said another way: "I'll leave it to you whether we chat",
    # "I won't say hello first", "I won't bring up anything from here on the touchline"
    (
        (
            "let you decide",
            "know you",
            "anyone ask",
            "anybody ask",
            "people ask",
            "be just",
            "be another",
            "rather not",
        ),
        # "at matches I'll be just another parent", "if you'd rather not chat, that's fine"
        r"\bi(?:'ll| will) (?:just )?be (?:just )?(?:another|any other|an ordinary) (?:parent|mum|"
        r"dad|face|neighbour|member)\b|\bif (?:you|u)(?:'d| would) rather (?:not|we didn't) "
        r"(?:chat|talk|say hello|say hi|speak)\b|"
        r"\bi(?:'ll| will) let (?:you|u) decide (?:whether|if)\b[^.?!]{0,30}\b(?:chat|talk|say|"
        r"hello|hi|wave|speak)\w*\b|\bi(?:'ll| will) never (?:show|let on|let anyone know) "
        r"(?:that )?i know (?:you|u)\b|\bif (?:anyone|anybody|people) asks?\b[^.?!]{0,30}\bi "
        r"(?:won't|will not|wont|'ll never|will never) (?:say|tell)\b",
    ),
    (
        (
            "leave it",
            "up to you",
            " first",
            "bring up",
            "mention",
            "say anything",
            "distance",
            "unless",
            "only say",
            "only wave",
        ),
        # who greets whom: "I won't say hello unless you do", "I'll only say hi if you do"
        r"\bi (?:won't|will not|wont) (?:say (?:hi|hello)|wave|come over|approach (?:you|u)) "
        r"unless (?:you|u) do\b|\bi(?:'ll| will) only (?:say (?:hi|hello)|wave|come over)\b"
        r"[^.?!]{0,20}\bif (?:you|u)\b|"
        # imposed, not agreed, it is still a term: "we'll need to keep our distance on Saturdays"
        r"\bkeep (?:our|a|my|your) distance\b|\b(?:please )?(?:don't|do not) (?:mention|bring up|"
        r"talk about) (?:our|the|these) sessions?\b|"
        r"\bi(?:'ll| will) leave it (?:up )?to (?:you|u)\b[^.?!]{0,30}\b(?:chat|talk|say|hello|hi|"
        r"wave|speak|acknowledge|come over)\w*\b|\bi (?:won't|will not|wont) (?:say (?:hi|hello)|"
        r"come over|approach (?:you|u)|wave) first\b|\bi (?:won't|will not|wont|never) (?:bring up|"
        r"mention|talk about|say anything about) (?:anything|what we|our (?:sessions?|work)|this)\b"
        r"[^.?!]{0,40}\b(?:"
        r"outside|there|touchline|sideline|pitch|saturdays?|in public|canteen|school gate)\b",
    ),
    # how a chance meeting will go, said briefly: "canteen, wave if u want", "feel free to say hi"
    (
        ("wave", "say hi", "say hello", "nod"),
        r"\b(?:wave|say (?:hi|hello)|nod)\b[^.?!]{0,15}\bif (?:you|u) (?:want|like|fancy|feel like "
        r"it)\b|\bfeel free to (?:say (?:hi|hello)|wave|nod)\b",
    ),
    (
        ("over", "on time", "left", "next "),
        r"\b(?:we(?:'ve| have)|weve) (?:gone|run) (?:well |a bit |way )?over(?= ?(?:[,.;!?]|$|"
        r"so\b|and\b|now\b|(?:our |the )?time\b))|\bfinish on time\b|\b(?:minutes|mins) left\b|"
        r"\b(?:start|pick (?:it|this|that) up|begin) (?:here |with (?:it|this|that) |first thing )?"
        r"next (?:week|wk|session|time)\b|\bnext (?:week|session|time),? (?:we'll|we will|let's|we "
        r"can|i'd like to|i'd like us to|we) (?:start|begin|pick (?:it|this|that) up)\b",
    ),
    # what to do in a crisis before the next session (rubric v2: contact between sessions and
    # risk): "if you feel unsafe before then, ring the crisis line"
    (
        ("before ", "between ", "until ", "till "),
        r"\b(?:before (?:then|next (?:week|time|session))|between (?:now and|sessions)|(?:until|"
        r"till) (?:then|next (?:week|time)))\b[^.?!]{0,60}\b(?:ring|call|text|contact|use|phone) "
        r"(?:the )?(?:crisis|24-hour|helpline|samaritans|duty|service|office|out-of-hours)\b",
    ),
    (
        ("hours", "hrs", "session", "slot", "appointment"),
        r"\b(?:48|24|forty-eight|twenty-four) ?(?:hours|hrs)\b|"
        r"\b(?:extra|final|joint|double|longer) session\b|\bsession times?\b|"
        r"\b(?:book|plan|arrange|rebook|reschedule) (?:in )?(?:an? |the |another |our )?(?:extra |"
        r"final |joint )?(?:session|slot|appointment)\b",
    ),
    (
        ("confidential",),
        r"\b(?:it's|it is|everything(?: here)?(?: is)?|this is|all of this is|what you (?:say|tell "
        r"me)(?: here)? is) (?:all |completely |totally |strictly )?confidential\b",
    ),
    # the limits of confidentiality told: "the only time I'd need to share something is if I was
    # worried you were at risk"
    (
        ("only time", "only if", "unless", "only reason"),
        r"\b(?:the only (?:time|reason)|only if|unless)\b[^.?!]{0,40}\b(?:share|tell (?:anyone|"
        r"someone|somebody)|pass (?:it|that|this|anything) on|break (?:confidentiality|that))\b",
    ),
    # what to do in a crisis, with the condition: "if it ever gets unsafe, the Samaritans
    # answer all weekend"
    (
        ("if ",),
        r"\bif (?:it|things|you|u)(?:'re| are)? (?:ever )?(?:gets?|feel|feels|are|is)? ?(?:unsafe|"
        r"in danger|too much|really bad|that bad)\b[^.?!]{0,60}\b(?:crisis|samaritans|helpline|"
        r"999|111|a&e|duty)\b",
    ),
    # notice of a cancellation arranged through the service ("I'll ask the office to give you
    # more notice next time", "reception will ring you the moment I know"): the
    # next-time exemplar's ruling is contracting 2-4 by how it is agreed
    (
        ("notice", "office", "reception", "clinic"),
        r"\b(?:give|gives|get|gets|giving) (?:you|u) (?:more |enough |proper |better |plenty of )"
        r"?notice\b|\b(?:you|u)(?:'ll| will|'re| are)? (?:get|have|be given|given) (?:more |"
        r"enough |proper |better |plenty of )?notice\b|\b(?:as much|more|enough) notice as\b|"
        r"\b(?:the )?(?:office|reception|clinic)\b[^.?!]{0,30}\b(?:will |'ll |to |can )(?:ring|"
        r"call|phone|text|tell|let) (?:you|u)\b(?! an? )",
    ),
    (
        ("reception", "office", "clinic", "service", "duty team", "inbox", "centre", "center"),
        r"\b(?:ring|call|email|text|contact|message) (?:the )?(?:reception|office|clinic|service|"
        r"duty team|centre|center)\b|\b(?:clinic|office|work|service) inbox\b",
    ),
)
ARRANGEMENT = any_of(
    r"\b(?:pay|paying|paid|payment|monthly|fortnightly|every other week|every two weeks|twice a "
    r"month|less often|cash|invoice|sliding scale|afford\w*|cost|costs|"
    r"charged|authoris\w+|authoriz\w+)\b",
    # ("same time next week" confirms the routine and states no term: the corpus convention)
    r"\b(?:regular|different|another|new) (?:time|day|slot)\b|\b(?:weekends?|evenings?|"
    r"mornings?|reschedul\w*|turn up|commit\w*)\b",
    r"\b(?:ring|call|text|email|message|contact) (?:me|us|the office)\b|\bmy (?:mobile|number|"
    r"personal)\b|\bwhenever\b",
    r"\b(?:qualified|practitioner|accredited|registered|licen[sc]ed)\b",
    r"\b(?:promise|nobody will|no one will|never (?:tell|know|find out)|report|pass (?:it|that) "
    r"on)\b",
    r"\b(?:rules?|policy|guidance|guidelines)\b",
)
