"""Words that cross or hold the professional frame: feelings toward the client past it, contact
offered or given, and the refusal of contact (Gutheil & Gabbard 1993; Zur 2007)."""

from __future__ import annotations

from roleplay.offline.text import Gated, any_of

# Feelings toward the client that cross the professional frame: harmful immediacy.
BOUNDARY_CROSSING = Gated(
    (
        ("love", "adore"),
        r"\bi (?:really |truly )?(?:love|adore) (?:you|being with you|seeing you|our sessions)\b",
    ),
    # "what I think of you" asks about the trainee's view: not a crossing.
    (("think ", "dream "), r"(?<!what )(?<!how )\bi (?:think|dream) (?:about|of) you\b"),
    (("close to you",), r"\bi (?:feel|am|'m) (?:so |really |very )close to you\b"),
    (("special to me",), r"\byou(?:'re| are) (?:so |very |really )?special to me\b"),
    (("client",), r"\b(?:my|the) (?:favou?rite|best) client\b|\bclient i look forward to\b"),
    (
        ("favourite", "favorite"),
        r"\byou(?:'re| are) (?:one of |definitely |honestly )?my (?:favou?rites?|favou?rite "
        r"(?:person|people|one|ones))\b",
    ),
    (("attract",), r"\battract\w*\b"),
    (("to have you",), r"\bi(?:'m| am) (?:so )?(?:lucky|blessed) to have you\b"),
    (
        ("beautiful", "gorgeous", "handsome", "sexy", "cute"),
        r"\byou(?:'re| are) (?:beautiful|gorgeous|handsome|sexy|cute)\b",
    ),
    # (not the helper's own story: "ghosted by the woman I thought was my soulmate")
    (
        ("soul",),
        r"\b(?:you(?:'re| are)|we(?:'re| are)|us|you and (?:i|me)) (?:\w+ ){0,2}soul ?mates?\b|"
        r"\bsoul ?mates?\b(?=[^.?!]*\b(?:you|us|we)\b)(?<!my soulmate)(?<!my soul mate)",
    ),
    # availability promised past the frame: "you won't have to do without me", "I'll always be
    # here for you"
    (
        ("without me",),
        r"\b(?:you|u) (?:won't|will not|will never|never) (?:have to )?(?:do|be|go) without me\b",
    ),
    (("always be",), r"\bi(?:'ll| will) always be (?:here|there) for (?:you|u)\b"),
    (
        ("away",),
        r"\b(?:i'm|i am) (?:just |only )?(?:an? )?(?:email|text|phone call|call|message) away\b",
    ),
    (("understand",), r"\bnobody (?:will ever |else )?(?:\w+ )?understands? you like i\b"),
    (("feel something",), r"\bi feel something (?:too|for you)\b"),
    (("connection",), r"\b(?:real|special|deep) connection\b"),
    # a declaration answered in kind: "I've felt a connection too", "I feel the same way about you"
    (
        ("connection", "same way", "same about"),
        r"\bi(?:'ve| have)? (?:felt|feel|been feeling) (?:a |the |that )?(?:connection|pull|spark) "
        r"(?:too|as well|between us)\b|\bi feel the same (?:way )?about (?:you|u)\b",
    ),
    (("something special",), r"\bsomething special\b"),
    (
        ("thinking", "dreaming", "wondering"),
        r"\bi (?:find myself |catch myself )?(?:thinking|dreaming|wondering) (?:about|of|what) you\b",
    ),
    (("dreamt",), r"\bi dreamt (?:about|of) you\b"),
    # the two of them "meant to be", not the client's own relationship that "wasn't meant to be"
    (
        ("meant to be",),
        # (not "we are not meant to be alone in our thoughts": people in general)
        r"\bwe(?:'re| are| were)? (?:(?!not\b)\w+ )?meant to be\b(?! alone\b)|"
        r"\b(?:you and (?:i|me)|us)\b.{0,20}\bmeant to be\b",
    ),
    (
        ("mates", "friends", "pals"),
        r"\b(?:could|would|should) (?:just )?be (?:mates|friends|pals)\b",
    ),
    (("another life",), r"\bin another life\b"),
    (("hug",), r"\bhug\b"),
    (("only i",), r"\bonly i (?:can|understand)\b"),
    (("bad yourself",), r"\byou(?:'re| are) not (?:so )?bad yourself\b"),
    (
        ("good-looking", "gorgeous", "hot", "fit"),
        r"\b(?:good-looking|gorgeous|hot|fit)\b(?= yourself|, you)",
    ),
)
# Offers of contact outside the frame: a boundary matter (the `boundary` criterion), not talk
# about the relationship, and not when refused ("I can't give you my number").
CONTACT_OFFER = any_of(
    r"\b(?:be|become|stay) friends\b",
    r"\b(?:text|call|message|email|ring|whatsapp) me\b(?! (?:back|about the))",
    r"\bhere'?s my (?:personal )?(?:number|cell|mobile|email|address)\b",
    # "follow me" offered, not "what made you want to follow me?" asked about their wish
    r"\b(?<!want to )(?<!wanted to )(?<!wanting to )(?<!like to )(?:add|follow) me\b",
    # a meal together offered, not the client's own lunch ("and have lunch outdoors")
    r"\b(?:we|let's|let us|you and i|you and me|us|together|i'd love to|i would love to|happy to|"
    r"should|could|can|shall|wanna|want to|fancy)\b[^.?!]{0,25}\b(?:grab|get|have) (?:a )?"
    r"(?:coffee|drink|lunch|dinner)\b",
    r"\b(?:grab|get|have) (?:a )?(?:coffee|drink|lunch|dinner)\b(?=[^.?!]{0,25}\b(?:together|"
    r"with me|sometime|some time|one day|after (?:we|this|therapy)))",
    r"\bmy (?:personal )?(?:number|cell|mobile|instagram|facebook|home address)\b",
    r"\bbetween sessions (?:i|is fine|that's fine)\b",
    r"\bwe could both\b",
    r"\bcome with me\b",
    # "let's swap numbers and I'll send you the recipe"
    r"\b(?:swap|exchange|trade|share) (?:our )?(?:numbers|details|emails|contacts|socials)\b",
)
# Personal contact details themselves, given: a number, an email address, a handle to find the
# trainee by. Self-disclosure 1 (the rubric's "personal contact details"; the corpus ruling).
CONTACT_DETAILS = Gated(
    (
        ("my ",),
        r"\b(?:here'?s|here is|it'?s|that'?s|this is) my (?:personal |private |own )?(?:number|cell|"
        r"mobile|phone number|email|e-mail|address|insta\w*|facebook|whatsapp|handle|snapchat)\b",
    ),
    # a number given as one's own, not a service's ("call 0800 123 4567, the crisis line")
    (
        ("it's ", "its ", "it is ", "my ", " me on "),
        r"\b(?:it'?s|it is|my (?:personal |private |own |mobile |phone |home )?(?:number|mobile|"
        r"cell|phone)(?:'s| is)|(?:take|have|here'?s|jot down) my (?:personal |private |own |"
        r"mobile )?(?:number|mobile|cell|phone)(?: number)?,?:?|(?:call|text|ring|message|whatsapp) "
        r"me on) \+?\d[\d ()-]{7,}\d\b",
    ),
    (("@",), r"\b[\w.+-]+@[\w-]+\.[\w.]+\b"),
    (("on my ",), r"\b(?:it'?s|its) on my (?:insta\w*|facebook|profile|page)\b"),
    (("m on ",), r"\bi'?m on (?:there|insta\w*|facebook|tiktok|whatsapp) (?:under|as)\b"),
)

REFUSAL = any_of(
    r"\b(?:can't|cannot|won't|don't|do not|not able to|not allowed|not going to|no)\b.{0,30}"
    r"\b(?:give|giving|share|sharing|connect|connecting|accept|accepting|add|adding|follow|"
    r"following|meet|meeting|text|texting|call|calling|email|emailing|reachable|use|using|"
    r"say yes|"
    # "I won't be on my mobile": out of reach, said of oneself
    r"be (?:on|available|contactable|reachable|answering))\b"
)
