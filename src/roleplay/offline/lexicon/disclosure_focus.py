"""Where a disclosure leaves the focus: on the helper's own need, or handed back to the client
with a client-serving aim (Hill & Knox, 2002)."""

from __future__ import annotations

from roleplay.offline.text import any_of

# Helping idioms with an "I" or "me" in them, set aside when asking whether a sentence after a
# disclosure is about the client or still about the helper (disclosure.py, _focus_returned).
HELPING_IDIOMS = any_of(
    r"\bhelp me understand\b|\btell me\b|\blet me\b|\bi wonder\b|"
    r"\bi'm curious\b|\bi'd like to (?:hear|know)\b|"
    # the helper's learning asked for, the client the one who knows: "Help me see what I
    # missed?", "What do I need to understand?" (the rest of the clause goes with it)
    r"\bhelp me (?:to )?(?:see|get|learn|know)\b[^.?!]*|"
    r"\bwhat (?:do|would|should) i need to (?:understand|know|hear|learn|get)\b[^.?!]*|"
    # what the helper's answer means to the client: "What would it mean if I couldn't?", "would
    # it make a difference if I had?" (Hill 2020: turning back to what the question means)
    r"\b(?:what (?:(?:would|does|might|did|will) it|it (?:would|does|might|did|will)) mean|"
    r"(?:would|does|did|will|might) it (?:matter|make (?:a|any) difference|change (?:anything|"
    r"things))),?(?: to (?:you|u))? (?:if|whether|that) i\b[^.?!]*"
)

THERAPIST_CENTRED = any_of(
    r"\bthis is (?:really |so |very )?(?:hard|difficult|painful|tough|triggering) for me\b",
    r"\bi(?:'m| am) getting (?:emotional|upset|teary|choked)\b",
    r"\bgive me a (?:second|"
    r"moment|minute)\b",
    r"\bi need (?:someone|to talk|support|a minute|a moment|you to)\b",
    r"\byou(?:'re| are) (?:such|the only|a (?:good|great)) (?:a )?(?:good |great )?listener\b",
    r"\blet me tell you (?:about|my|what)\b",
    r"\bi(?:'ve| have) never told anyone\b",
    r"\b(?:it's|it is) (?:still )?(?:hard|painful|difficult) for me\b",
    r"\bi (?:still )?(?:think|dream) about (?:it|him|her|them) (?:every day|all the time|daily)\b",
    r"\bsorry,? i(?:'m| am) (?:rambling|going on)\b",
    r"\benough about (?:me|my)\b.*\bbut\b",
    r"\bi don't (?:usually|normally) (?:tell|share|talk)\b",
    r"\bcan you imagine how i\b",
    r"\bi(?:'m| am) (?:crying|tearing up)\b",
    r"\bgive me a (?:sec|tick|min)\b",
    r"\bsorry,? (?:sorry|i'm|i am|i just)\b",
    r"\bi (?:almost |kind of )?feel (?:so )?guilty\b",
    r"\bhold back my (?:own )?tears\b",
    r"\b(?:bastard|bitch|arsehole|asshole|rots|rot in hell)\b",
    r"\bi hate (?:him|her|them|my)\b",
    r"\bi get (?:\w+ )?emotional\b",
    r"\byou remind me of my\b",
    r"\bi(?:'m| am) (?:back with you|fine)\b.{0,10}\bsorry\b",
    r"\bbest (?:night|day|thing|time) of my life\b",
    r"\boh my (?:god|gosh)\b",
    # the client's therapy, or the client, as help to the helper: "These sessions helped me get
    # through it too" (the roles reversed: the client is left holding the helper's need)
    r"\b(?:these|our|this|your) (?:sessions?|time together|work together|tuesdays|mondays|"
    r"wednesdays|thursdays|fridays) (?:have |has )?(?:really )?(?:helped|got|saved|carried|kept) "
    r"me (?:through|going|get through|too|as well)\b",
    r"\byou(?:'ve| have)? (?:really )?(?:helped|got|saved|carried|kept) me (?:through|going|"
    r"get through|too|as well)\b",
)
AIM = any_of(
    r"\bso i (?:have|know|get) (?:some|a little|a bit of|a|an) (?:sense|idea|feel|inkling)\b",
    r"\bi (?:mention|share|say|tell you) (?:it|this|that)(?: only)? (?:because|so|in case)\b",
    r"\bi(?:'m| am) (?:sharing|telling you|mentioning) (?:this|that|it) (?:because|so)\b",
    r"\byou(?:'re| are) (?:not|far from) (?:alone|the only one|weird|crazy|strange)\b",
    r"\b(?:it's|it is|that's|that is) (?:so |really |very |completely |quite )?(?:normal|common|"
    r"understandable|human|natural|ok|okay)\b",
    r"\b(?:many|lots of|a lot of|plenty of|most) "
    r"people\b",
    r"\bit (?:can|does|did) get (?:easier|better)\b",
    r"\bthere(?:'s| is) no "
    r"(?:right|wrong|one) way\b",
    r"\bso i (?:know|understand) (?:a little|something|some)\b",
    r"\bsome (?:sense|idea) of\b",
    r"\bmakes sense\b",
    r"\byou don't have to\b",
)
RETURN_INVITE = any_of(
    r"\bwhat(?:'s| is| has| was) (?:it|that|this) (?:been )?like for you\b",
    r"\bhow (?:is|has|was|does) (?:it|that|this) (?:been |feel |sit |land )?(?:for|with) you\b",
    r"\b(?:tell|show) me (?:more|about)\b",
    r"\bwhat about (?:for )?you\b",
    r"\bi(?:'m| am) (?:more |really |much more |most )?(?:curious|wondering|interested)\b.*\byou",
    r"\bi wonder\b.*\byou",
    r"\bwhat (?:do|did|does|would) (?:you|it|that)\b",
    r"\bhow (?:do|did|are|were|would) you\b",
    r"\bback to you\b",
    r"\bbut (?:this|it|today) is (?:about )?(?:you|your)\b",
    r"\byour (?:experience|story|loss|grief|situation)\b",
    r"\bwhat (?:comes up|is coming up)\b",
    r"\bplease,? tell me\b",
    # second-language word order: "Please, tell me of yours."
    r"\btell me (?:of|about) (?:yours|your|you)\b",
    r"\btell me (?:more|about|what|how)\b",
    r"\bi(?:'d| would) (?:like|love|want) to (?:understand|hear|know) (?:more )?(?:about )?"
    r"(?:yours|your|you|what|how)\b",
    r"\bhelp me (?:to )?understand\b",
    # the client the one who knows: "Help me see what I missed?", "What do I need to
    # understand?", "Go on.", "Tell me." said on its own
    r"\bhelp me (?:to )?(?:see|get|learn|know)\b",
    r"\bwhat (?:do|would|should) i need to (?:understand|know|hear|learn|get)\b",
    r"\b^(?:so,? |please,? |ok,? |okay,? )?(?:go on|tell me)[.!]*$",
)
