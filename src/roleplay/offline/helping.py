"""Helping moves that are not restraint: advice, reassurance, pathologising, problem-solving.

At a moment that calls for holding back, not disclosing is not enough: telling the client what to
do, promising it will pass, naming a diagnosis or jumping to a plan each take the moment from them
(Hill, 2020, on premature action skills). Also here: excuses and blame, which read as disclosure
or immediacy by their words but are neither done well.
"""

from __future__ import annotations

from roleplay.offline.reading import quote_match
from roleplay.offline.text import Sentence, any_of

ADVICE = any_of(
    r"\b(?:have|had) you (?:tried|thought about|considered)\b",
    r"\byou (?:should|ought to|need to|have to|must|might want to|could try|could always)\b",
    r"\b(?:try|start) (?:to |doing |getting |going |writing |talking |taking )\w*",
    r"\bwhy don't you\b",
    r"\bwhat (?:you|i think you) (?:need|should do)\b",
    r"\bmy advice\b",
    r"\bit (?:really )?helps to\b(?! (?:know|hear|have) (?:you|that you)\b)",
    r"\bthe (?:best|only) thing (?:to do|is to)\b",
    r"\b(?:routine|exercise|a walk|journaling|meditation|sleep hygiene) (?:really )?"
    r"(?:helps|works)\b",
)
REASSURANCE = any_of(
    r"\bdon't worry\b",
    r"\b(?:it|that|this|things|everything)(?:'ll| will) (?:pass|get better|be (?:fine|okay|ok|"
    r"alright)|work out|sort itself out)\b",
    r"\byou(?:'ll| will) be (?:fine|okay|ok|alright|grand)\b",
    r"\b(?:everyone|everybody|we all|lots of people) (?:feels?|goes through|gets?)\b",
    r"\b(?:perfectly|completely|totally) normal\b",
    r"\bnothing to (?:worry|be (?:ashamed|scared|embarrassed)) about\b",
    r"\bat least\b",
    r"\blook on the bright side\b",
    r"\bchin up\b",
)
PATHOLOGISING = any_of(
    r"\b(?:sounds|looks|could be|might be|may be|seems) (?:like |to be )?(?:a |an |some )?"
    r"(?:depression|denial|dissociation|anxiety disorder|ptsd|trauma response|avoidance|"
    r"codependen\w+|attachment (?:issue|disorder|style)|personality disorder|bipolar|ocd|"
    r"narcissis\w+|a symptom|an? (?:disorder|defen[cs]e mechanism))\b",
    r"\b(?:classic|textbook|typical) (?:sign|symptom|case|avoidance|denial)\b",
    r"\b(?:diagnos\w+|clinical(?:ly)?|symptoms?|disorder)\b",
    r"\bwe (?:should|might need to|need to|will need to) (?:assess|look at|screen|explore "
    r"whether)\b",
    r"\bthat's (?:your|a) (?:defen[cs]e|avoidance|denial|resistance)\b",
)
PROBLEM_SOLVING = any_of(
    r"\blet'?s (?:make|come up with|work out|draw up|put together) (?:a |some )?(?:plan|list|"
    r"strategy|strategies|steps|schedule)\b",
    r"\b(?:first|step one|the first step)\b.{0,30}\b(?:then|next|second)\b",
    r"\bwhat you (?:could|can) do is\b",
    r"\bhere'?s what (?:we|you)\b",
    r"\b(?:a|the) (?:solution|fix)\b",
)
EXCUSE = any_of(
    r"\bi did (?:send|email|call|ring|text|post|tell|mention|say|reply|respond|answer|give|get "
    r"back|write|leave)\b",
    r"\bmust (?:have|of) (?:gone|ended up|landed) (?:in|to)\b|\bmust be in (?:your|ur) \w+",
    r"\b(?:spam|junk)(?: (?:folder|mail|box))?\b",
    # the lapse denied: "I didn't see you, honestly!"; the decision put elsewhere: "decided by the
    # service, not me", "the clinic sends the messages, not me"
    r"\bi (?:didn't|did not|never) (?:see|notice|hear|spot) (?:you|u)\b",
    r"\b(?:decided|set|chosen|made|sent|done) by (?:the )?(?:service|clinic|centre|center|office|"
    r"university|management|admin|course)\b",
    r"\b(?:the )?(?:service|clinic|centre|center|office|admin|system) (?:sends?|sent|decides?|"
    r"decided|sets?|books?|booked)\b[^.?!]{0,40}\bnot me\b",
    r"\bit wasn't (?:my fault|me)\b",
    r"\b(?:the|my) (?:system|computer|email|phone|diary|admin|office|reception) "
    r"(?:must|did|didn't|was|is|has|lost|messed)\b",
    r"\bi was (?:only|just) (?:busy|swamped|following|doing)\b",
    r"\b(?:traffic|the trains?|my car|the bus)\b.{0,30}\b(?:late|delayed|broke)\b",
    r"\bi(?:'ve| have) (?:so many|a lot of|lots of) clients\b",
)
# The client corrected, or the therapy explained, before their experience is heard ("I think
# there might be a bit of a misunderstanding", "it's a pretty standard idea in therapy", "I hope
# you understand, it's just that touch can make things complicated"): at a strain, a defence
# (Safran & Muran 2000; the rubric's rationale given before exploration scores low).
CORRECTS = any_of(
    r"\b(?:there (?:might|may|must|could) (?:be|have been)|there's|there is|there was|there's "
    r"been) (?:just )?(?:a )?(?:bit of a |slight |little )?misunderstanding\b",
    r"\b(?:it's|it is|that's|that is|its) (?:a |an )?(?:pretty |very |really |completely |totally "
    r")?(?:standard|normal|common|usual|well-known) (?:idea|thing|term|technique|approach|practice|"
    r"concept|part) (?:in|of) (?:therapy|counselling|counseling|cbt|the work|this work)\b",
    r"\bi hope (?:you|u) (?:understand|can understand|see)[,.]? (?:it's|its|it is|that|but)\b",
    r"\b(?:you(?:'ve| have)|you) (?:misunderstood|got (?:it|that|me) wrong|misheard)\b",
    r"\bwhat i (?:actually |really )?meant (?:was|is)\b",
    # the client's verdict or account contradicted: "Really? I thought it went well", "two hours
    # is still notice"
    r"\bi thought (?:it|that|today|the session|this) went (?:really |quite |pretty |so )?(?:well|"
    r"ok|okay|fine|great|alright)\b",
    r"\b(?:is|was|'s) still (?:notice|on time|fair notice|within the rules)\b",
)
# The silence or the strain put on the client's part: "I can't help if you don't talk to me", "I
# can only work with what you bring me" (blame in relationship talk here; at a strain, the
# rupture reader's blames_client too).
CLIENTS_PART_BLAMED = (
    r"\bi can(?:'t|not) help (?:you )?(?:if|when|unless) (?:you|u) (?:don't|won't|do not|dont|"
    r"will not)\b",
    r"\bi can only (?:work with|help with|go on|use) what (?:you|u) (?:bring|give|tell|say)\b",
)
BLAME = any_of(
    r"\b(?:your|this) (?:sulking|attitude|moaning|whining|negativity|rambling|lateness|"
    r"resistance|defensiveness)\b",
    r"\byou do go on\b",
    r"\b(?:frankly|honestly|to be honest),? (?:it's|it is|you're|you are|this is)\b.{0,40}"
    r"\b(?:in the way|hard|difficult|annoying|frustrating|tiring|exhausting|wasting)\b",
    r"\b(?:getting|gets|is getting) in the way of (?:our|the|this) (?:work|sessions?|progress)\b",
    # the client's silence made the work's problem: "It's hard to do therapy when you go silent"
    r"\b(?:it's|it is|its) (?:really |very |so |quite )?(?:hard|difficult|impossible) to (?:do "
    r"(?:therapy|this|the work|my job)|help (?:you|u)|work with (?:you|u)) when (?:you|u)\b",
    # (a denial is no charge: "I don't think you're wasting my time at all")
    r"\b(?<!don't think )(?<!do not think )(?<!didn't think )(?<!never think )(?<!not that )"
    r"you(?:'re| are) (?:making|wasting|being) (?:it|this|our|my|difficult|impossible|hard|so)\b",
    # ("is something making it hard to get here?", "what's been making it hard?" ask; they blame
    # no one)
    r"\b(?<!something )(?<!anything )(?<!what's )(?<!what is )(?<!what's been )"
    r"(?<!what has been )(?:making|makes) (?:it|this) "
    r"(?:hard|impossible|difficult) (?:for (?:us|me)|to)\b",
    r"\byou (?:keep|always|never) (?:\w+ ){0,3}(?:in here|with me|in our sessions|in session)\b",
    # a habit pinned on the client, about the trainee: "you always go quiet when I'm right"
    r"\byou (?:always|never|keep) (?:\w+ ){0,3}when i(?:'m| am)? (?:right|talk|ask|say|push|"
    r"challenge|disagree)\b",
    r"\byou(?:'re| are) (?:sulking|being (?:childish|dramatic|defensive|difficult|silly|rude))\b",
    *CLIENTS_PART_BLAMED,
)


def first_quote(pattern, sentences: list[Sentence]) -> str | None:
    return quote_match(pattern, sentences)


def restraint_breakers(sentences: list[Sentence]) -> list[tuple[str, str, str]]:
    """(name, label, quote) for each move that takes a restraint moment from the client."""
    found: list[tuple[str, str, str]] = []
    for name, label, pattern in (
        ("advice", "gave advice", ADVICE),
        ("reassurance", "reassured instead of staying with it", REASSURANCE),
        ("pathologising", "named a diagnosis or symptom", PATHOLOGISING),
        ("problem_solving", "jumped to solving it", PROBLEM_SOLVING),
    ):
        # The whole sentence: "you should" alone would not show the trainee what they did.
        quote = next((s.text.strip() for s in sentences if pattern.search(s.norm)), None)
        if quote:
            found.append((name, label, quote))
    return found
