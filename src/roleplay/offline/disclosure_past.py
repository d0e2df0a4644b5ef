"""A past event of the helper's life told plainly, or the helper's own conduct in this talk?

"I just got tired of feeling bad", "I switched careers at forty", "I travelled three hours a day
for a year once" tell something of a life (rubric v2 counts low-intimacy facts). "I paused because
I wanted it to sink in", "I explained it badly", "I copied the number above", "I really enjoyed
that" say what the helper did or felt in this conversation: the helping role's past, which
reveals nothing of a life (Hill & Knox, 2002: self-involving talk about the session is not
disclosure). A simple past of the helping role's acts (speaking, listening, writing, looking
things up, passing things on, owning a slip, taking in what was said) or of any verb aimed at
"that" / "it" / "there" counts as the helper's conduct, unless the clause carries a mark of a
life outside the talk ("once", "for two years", "at uni", "my cousin", "personally").
"""

from __future__ import annotations

import re

from roleplay.offline import lexicon as lx

_ADVERBS = (
    r"(?:(?:just|finally|eventually|really|then|later|once|also|actually|personally|always|"
    r"never|even|still|recently|totally|kind of|kinda|sort of|probably|maybe|perhaps) )*"
)
# A simple past of a verb that is not one of the helping role's ("I noticed", "I asked", "I meant",
# "I missed what you said"): a candidate event of the helper's life.
PAST_EVENT = re.compile(
    r"i(?:'ve| have)? "
    + _ADVERBS
    + r"(?!(?:noticed|wondered|wanted|hoped|asked|mentioned|suggested|needed|realised|realized|"
    r"guessed|assumed|imagined|expected|appreciated|liked|loved|thought|heard|understood|said|"
    r"told|meant|missed|interrupted|jumped|rushed|pushed|checked|booked|emailed|texted|sent|"
    r"called|rang|phoned|cancelled|canceled|rescheduled|forgot|listened|answered|replied|"
    r"responded|reacted|raised|brought|offered|recommended|noted|wrote|read|saw|picked|"
    r"focused|focussed|steered|skipped|moved|changed|cut|misread|misunderstood|overstepped|"
    r"worded|phrased|handled|ignored|dismissed|added|included|prepared|planned|printed|"
    r"arranged|scheduled|tried|started|stopped|finished|decided|agreed|used|put|had|"
    r"did|was|were|felt|made|gave|took|came|went|kept|left|let|found)\b)"
    r"(?:[a-z]{3,}ed|got (?:tired|bored|sick of|better|worse|there|over|used to)|spent|paid|"
    r"bought|sold|met|drove|flew|ran|ate|drank|slept|grew|won|fell|broke|quit|coached|"
    r"travel+ed|studied|volunteered)\b"
)
# The helping role's own acts in a conversation, in the simple past: saying and wording, pausing
# and reacting, owning a slip ("I misspoke", "I hurried us along"), passing on what was found
# ("I copied the number above", "I googled it"), and taking in what was said ("I really enjoyed
# that", "I worried that might sound harsh").
_SAID_OR_SLIPPED = (
    r"(?:explained|clarified|summari[sz]ed|reflected|paraphrased|repeated|re(?:worded|phrased|"
    r"stated|framed)|typed|spel+ed|paused|hesitated|waited|nodded|smiled|laughed|chuckled|joked|"
    r"stumbled|rambled|waffled|babbled|lectured|preached|interjected|promised|"
    r"(?:talked|spoke) (?:too|over|a lot|so much|more|quickly|fast|at length|for too long|there|"
    r"a bit)|over(?:reacted|looked|stated|complicated|explained)|mis(?:judged|spoke|spoken|heard|"
    r"phrased|worded|remembered|took|taken|spelled|spelt|typed)|(?:messed|screwed) (?:up|that|"
    r"it)|dropped the ball|stepped (?:in|over|on)|hurried|pressured|glossed|skated|fumbled|"
    r"botched|mangled|muddled|garbled|blurted|zoned out|drifted off|"
    # the helper's way in these sessions lately: "I've been writing more than listening"
    r"been (?:\w+ )?(?:writing|listening|talking|taking notes|interrupting|rushing|nodding|"
    r"advising|giving (?:you )?advice|lecturing|pushing|jumping in|steering)\b(?: (?:\w+ )?(?:more|"
    r"less|too|a lot|so much|instead|over|than)\b)|"
    # the slip itself, or the effort in the work: "I did that too", "I tried my best"
    r"did (?:that|it|this) (?:again|too|as well|there|just now)|tried (?:my (?:best|hardest)|"
    r"(?:so |really )?hard)(?=[.!?,;]|$| (?:honestly|there|today|here|with (?:you|u)|to (?:help "
    r"(?:you|u)|get (?:it|that|this) right)))|"
    # words failing the helper a moment ago: "I struggled to find the words there"
    r"(?:struggled|fumbled|scrambled) (?:to|for) (?:find |get |know )?(?:the |my |any )?(?:words?|"
    r"what to say|how to (?:say|put|respond|answer)|a (?:reply|response|way to say)))\b"
)
_PASSED_ON = (
    r"(?:contacted|copied|pasted|shared|attached|linked|forwarded|posted|googled|searched|"
    r"looked (?:up|into|at|for)|followed up(?: on)?|signposted|highlighted|flagged|underlined|"
    r"saved|bookmarked|logged|recorded|documented|updated|referred|reserved|pencil+ed(?: in)?|"
    r"blocked(?: out)?|cleared|confirmed|double[- ]booked|covered)"
    r"(?: (?:up|for you|you))? (?:(?:the|a|an|that|this|those|these|some|a few|a couple of|two|"
    r"three|both) )?(?:[\w'-]+ ){0,2}(?:numbers?|links?|leaflets?|details|resources?|articles?|"
    r"info\w*|websites?|sites?|pages?|forms?|notes?|questions?|messages?|emails?|lists?|"
    r"helplines?|lines?|services?|options|slots?|times?|dates?|clinics?|teams?|reception|office|"
    r"surgery|groups?|centres?|centers?|apps?|things?|points?|lot)\b"
    r"|(?:copied|shared|attached|forwarded|posted|covered|flagged|saved|confirmed|updated|logged|"
    r"recorded) (?:it|that|this|them|above|earlier)\b"
    # found for the client: "I found a couple of links" (not "I found a moms group", the helper's)
    r"|found (?:you )?(?:(?:the|a|an|some|a few|a couple of|two|three) )?(?:[\w'-]+ ){0,2}"
    r"(?:links?|articles?|numbers?|leaflets?|websites?|pages?|info\w*|videos?|guides?|"
    r"templates?|helplines?)\b"
    # something looked up, whatever it was: "I looked up the tenancy rules", "I googled it"
    r"|(?:googled|searched(?: for)?|looked (?:up|into)|tracked down|dug out|researched) \w"
)
_TOOK_IN = (
    r"(?:enjoyed|valued|admired|respected|welcomed|treasured|relished) (?:(?:it|that|this|"
    r"hearing|reading|listening|talking|getting|our|the (?:chat|conversation|talk|session|message|"
    r"story|update|letter|poem))\b)"
    r"|(?:worried|feared|was worried|was afraid)(?: for (?:a|one) (?:second|moment|minute|bit))? "
    r"(?:that|i'd|i would|i might|i was|it|this|"
    r"how (?:that|it|this))\b"
)
_HELPING_ACT = re.compile(
    r"i(?:'ve| have)? "
    + _ADVERBS
    + r"(?:"
    + _SAID_OR_SLIPPED
    + "|"
    + _PASSED_ON
    + "|"
    + _TOOK_IN
    + ")"
)
# Any past verb aimed at what was just said or done, or said of its manner: "I mangled that",
# "I covered a lot there", "I jumped in too fast", "I typed that too quickly".
_AT_THE_TALK = re.compile(
    r"i(?:'ve| have)? " + _ADVERBS + r"[a-z]{3,}ed\b(?: (?:up|in|over|on|along|back|out))?"
    r"(?: (?:that|it|this|those|these|us|things|a (?:lot|bit)|too much))?"
    r"(?: (?:one|back|up|a bit|a little|there|then|badly|wrong|wrongly|clumsily|poorly|"
    r"awkwardly|earlier|above|just now|just then|a moment ago|too (?:quickly|fast|soon|much|far)|"
    r"along))+(?=[.!?,;:]|$| (?:sorry|because|so|and|but)\b)"
)
# A charge about the trainee's conduct in the work conceded or denied with the emphatic "did"
# ("I did forget, and I'm sorry", "I did.", "I did give notice", "I did drift a bit there"), or
# the trainee's manner in it owned ("I was way too rule-y at the start"): the role's acts, which
# the rupture and immediacy readers weigh, not a life told.
_CONCEDED = re.compile(
    # (the bare "I did." only with more said after it: "...like I did." ends a life told)
    r"i did(?=[.!,;:] \w)"
    r"|i did (?:forget|drift|look|glance|check|say|mention|promise|cancel|miss|interrupt|laugh|"
    r"yawn|rush|push|give|tell|note|record)\w*(?=[.!?,;:]|$| (?:that|it|this|there|notice|off|a "
    r"bit|and|but|sorry|at|on|to|you)\b)"
    r"|i was (?:(?:way|far|much|a bit|a little|really|quite|probably) )*too [\w-]+(?: (?:with "
    r"(?:you|u)|on (?:you|u)))?(?: (?:at the start|at first|there|then|earlier|just now|"
    r"last (?:week|time|session)|in (?:our|the) first session))",
)
# Marks of a life outside the talk: when it happened, where, whose, and "personally".
_LIFE_MARK = re.compile(
    r"\bonce\b|\bback then\b|\bas a (?:kid|child|teen|teenager|student)\b|\b(?:years?|months?|"
    r"decades?) ago\b|\bfor (?:\d+|a|an|one|two|three|four|five|six|ten|many|several|a few|some) "
    r"(?:years?|months?|decades?|weeks?)\b|\b(?:last|that|one|every) (?:year|summer|winter|"
    r"spring|autumn|weekend|night|month|christmas|sunday|morning)\b|\bat (?:\d+|twenty|thirty|"
    r"forty|fifty|sixty|school|uni|university|college|work|home)\b|\bpersonally\b|\bmyself\b|"
    r"\bourselves\b|\bin my (?:twenties|thirties|forties|teens|life|own)\b|"
    r"\bto (?:someone|somebody|a (?:friend|"
    r"counsel+or|therapist|doctor|gp|professional|mate))\b|\bwhen (?:i|my|we)\b|\bafter my\b"
)


def _my_life(clause: str) -> bool:
    """A "my" of the helper's own life in the clause ("my cousin", not "my question")."""
    return any(
        not lx.MY_NOT_PERSONAL.match(clause, m.start()) for m in re.finditer(r"\bmy \w+", clause)
    )


def conduct_in_talk(clause: str) -> bool:
    """`clause` (normalised, starting at "i") is the helper's own act in this conversation, told
    in the past, with no mark of a life outside it ("I paused there", "I googled it")."""
    if not (_HELPING_ACT.match(clause) or _AT_THE_TALK.match(clause) or _CONCEDED.match(clause)):
        return False
    return not (_LIFE_MARK.search(clause) or _my_life(clause))


def past_event(clause: str) -> bool:
    """`clause` (normalised, starting at "i") tells a past event of the helper's own life."""
    return bool(PAST_EVENT.match(clause)) and not conduct_in_talk(clause)
