"""The trainee defending themselves or the therapy: an explanation of their own conduct, a
lecture on how the therapy works, the relationship put down to the fee, an explanation of intent
beside an apology. Said at a strain it is talk about what happened between them, done badly (the
rubric's "explaining or justifying first"). Split from lexicon/relationship.py, which had passed
400 lines.
"""

from __future__ import annotations

from roleplay.offline.text import any_of

# The trainee's defence or explanation of their own conduct, or a lecture on how the therapy
# works: said in answer to a complaint or a withdrawal it is talk about what happened between
# them, done badly (immediacy 2 in the corpus ruling); elsewhere it is ordinary talk, so the
# immediacy reader counts it only at such a moment.
# Written once, read by DEFENSIVE or DEFENDS_FRAME and by COLD_DEFENCE: the relationship put
# down to the fee, the client's fairness argued, the therapy's working made their duty.
_PAID = (
    r"\bi(?:'m| am| get) paid to\b",
    r"\bwhat (?:you pay me|i(?:'m| am) paid|i get paid) for\b",
    r"\byou pay me to\b",
)
_NOT_FAIR = r"\bthat's not fair\b(?! (?:on|to) (?:you|u)\b)"
_ONLY_IF_YOU = (
    r"\b(?:it|they|this|therapy|counselling|sessions)(?:'ll| will)? only (?:works?|helps?|do "
    r"(?:something|anything)) if (?:you|u)\b"
)
DEFENDS_CONDUCT = any_of(
    r"\b(?:it's|its|it is|that's|that was) (?:just|only|not) (?:personal|my notes|(?:the |"
    r"professional )?guidelines|professional|the rules|policy|procedure|how (?:this|therapy|it|"
    r"counselling) works)\b",
    r"\b(?:therapy|counselling|this|it|change) (?:takes|can take|needs) time\b",
    r"\b(?:usually |often )?takes a while to (?:click|work|kick in)\b",
    r"\b(?:isn't|is not|not) a quick fix\b|\bput (?:the|in the) work in\b",
    r"\btrust (?:in )?the process\b",
    r"\b(?:therapy|counselling|this|it) only works if\b",
    r"\b(?:it's|it is) called [\w-]+ (?:listening|reflection|reflecting)\b",
    r"\bnot (?:really )?my fault\b",
    r"\bi was (?:only|just) (?:making|giving|trying|saying|suggesting|asking|doing)\b",
    r"\bi (?:didn't|did not) (?:smile|yawn|laugh|look|mean it like that)\b",
    r"\bi(?:'ve| have) got (?:a lot of|lots of|so many) clients\b",
    r"\bi have to (?:take|follow|stick to|keep)\b",
    r"\bi (?:did|do) care\b|\bi chose this job\b",
    # the trainee's lapse justified: "I was ill, I couldn't help it", "it was on the intake form",
    # "the clinic requires it" (the rubric's explaining or justifying first)
    r"\b(?:couldn't|could not|couldnt) (?:exactly |really )?(?:help it|have (?:come|made it|helped "
    r"it|done anything)|be helped)\b",
    r"\bi (?:had|have) no (?:choice|option)\b",
    r"\b(?:it|that)(?: was| is|'s|s) (?:all )?(?:on|in) the (?:\w+ )?(?:intake|form|poster|leaflet|website|"
    r"contract|paperwork|agreement)\b",
    r"\bthe admin (?:team )?(?:usually|normally|should|were supposed|was supposed)\b",
    r"\binsurance (?:reasons|purposes)\b",
    r"\b(?:the )?(?:clinic|service|agency|university|placement|insurer) (?:requires|needs|insists|"
    r"asks for|makes us)\b",
    r"\bwe ran out of time\b|\bi did try to\b",
    r"\bjust so (?:we|i) can (?:track|remember|keep|record|measure|monitor)\b",
    # the therapy's method or rules held up in answer to the strain: "there's a lot of evidence
    # for it", "it's how the service works", "missed sessions are still charged", "the scores are
    # just for my records" (Z's labellers: explaining or justifying, level 2)
    r"\b(?:a lot of|lots of|plenty of|good|strong|loads of) (?:\w+ )?evidence (?:for|that|behind|"
    r"base)\b|\bevidence[- ]based\b|\b(?:the )?research (?:shows|says|suggests)\b",
    r"\b(?:it's|its|it is|that's|that is) (?:just |simply )?how (?:the|this) (?:service|clinic|"
    r"system|centre|center|place|process|programme|program|model) works\b",
    r"\b(?:missed |cancelled |late )?(?:sessions|appointments) are (?:still |always )?charged\b",
    r"\b(?:just|only) for (?:my|our|the) (?:records|notes|files|paperwork|supervision|"
    r"supervisor)\b",
    # "most people find the structure helpful", "the terms were emailed to you, so you should
    # have known", "it's not a rating of me", "this isn't about me at all" (Z's labellers:
    # explaining or justifying at the strain, level 2)
    r"\bmost (?:people|clients) (?:find|found) (?:it|this|that|the \w+|these \w+) (?:really |quite |"
    r"very )?(?:helpful|useful)\b",
    r"\b(?:the )?(?:terms|form|agreement|policy|details|information|info|leaflet) (?:were|was) "
    r"(?:all )?(?:emailed|sent|given|explained|sent out|handed) to (?:you|u)\b",
    # (the blame drawn as a conclusion: "so you should have known"; not the owning "I'm sorry I
    # didn't say it clearly: you should have known", an instructor's strong exemplar)
    r"\b(?:so|then|which means|meaning) (?:you|u) (?:should|shd) (?:have|of|'ve) (?:known|read|"
    r"checked|asked)\b",
    r"\b(?:(?:not|n't) a|isn't a|is not a) (?:rating|score|judgement|verdict|review) (?:of|on) me\b",
    r"\b(?:this|it|that)(?:'s| is|s)? (?:not|n't|isnt|isn't) (?:really |actually )?(?:about|to do "
    r"with) me\b",
    r"\b(?:works|work) best (?:when|if)\b",
    # the rule held up at the strain: "that's the rule" (qa4, you-did-it-again/sorry-is-easy)
    r"\b(?:that's|that is|it's|it is|thats|its) (?:just )?(?:the|a|our) (?:rule|rules|policy)\b",
)
# The profession's or the service's rule held up, the decision put elsewhere, the therapy's course
# lectured on, in answer to a strain: "Therapists don't acknowledge clients outside sessions",
# "It's the service's policy, not mine", "therapy often makes things worse before they get
# better", "they'll only do something if you keep coming" (rubric level 2: defensive or
# explaining, a lecture about the therapy). Read by the immediacy reader only where the moment is
# strained: the same words decline a gift or a request elsewhere ("I can't take gifts, it's a
# clinic rule"), where the rupture reader must not hear a strain answered.
DEFENDS_FRAME = any_of(
    r"\b(?:therapists|counsel+ors|psychologists|trainees) (?:generally |usually |normally )?"
    r"(?:don't|do not|never|aren't allowed to|are not allowed to|can't|cannot|have to|must|are "
    r"supposed to)\b",
    r"\b(?:the |a )?(?:service|clinic|centre|center|agency|practice|placement|management)(?:'s)? "
    r"(?:policy|rule|rules|decision|call)\b|\b(?:policy|decision|rule|call),? (?:i'm afraid,? )?"
    r"not mine\b",
    r"\bworse before (?:it|they|things) (?:gets?|get) better\b",
    _ONLY_IF_YOU,
)
DEFENSIVE = any_of(
    # the relationship put down to the fee ("I'm paid to be patient!", "that's what you pay me
    # for"): the client's fear of being a burden confirmed, not explored
    *_PAID,
    # ("I'm sorry I didn't say that clearly at the start" owns the omission)
    r"\b(?<!sorry )(?<!sorry that )i (?:didn't|did not|never) (?:say|mean|said)\b(?! (?:(?:it|that|"
    r"this|so) )?(?:clearly|sooner|earlier|enough|properly|plainly|at the start|before|first))",
    r"\bi(?:'m| am) (?:just )?(?:being )?professional\b",
    r"\bthat's not what i (?:said|meant)\b",
    r"\byou (?:misunderstood|misheard|took it wrong|took that wrong)\b",
    r"\bi(?:'m| am) (?:just )?"
    r"doing my job\b",
    r"\b(?:it's|it is|that's|that is) (?:just )?(?:part of )?my job\b",
    r"\bi have to (?:keep an eye on|watch|keep to|stick to) (?:the )?(?:time|clock)\b",
    r"\bi(?:'m| am) the (?:professional|therapist|expert)\b",
    r"\bi know what i(?:'m| am) (?:doing|talking about)\b",
    _NOT_FAIR,
    r"\bi was (?:only|just|simply|merely) (?:trying|saying|repeating|doing|reflecting|asking|"
    r"pointing|suggesting|checking|making|wondering|offering|giving)\b",
    # the trainee's account put against the client's: "in my defence it's a loud clock", "I
    # don't think I looked at it, did I?", "it wasn't a diagnosis" (qa4, you-did-it-again/again
    # and late-and-gone-quiet/complaint: read as no immediacy and repair not attempted)
    r"\bin my defen[cs]e\b",
    # the trainee's own rightness held up: "you know I'm right about your mum" (qa4, rupture repair
    # 3 and immediacy 3)
    r"\b(?:you|u) know i(?:'m| am|m) right\b|\bi(?:'m| am|m) (?:still )?right about\b",
    r"\bi (?:don't|do not|dont) think i (?:did|looked|said|was|meant|checked|even)\b",
    r"\b(?:it|that) (?:wasn't|was not|isn't|is not) (?:a |an |meant as a |meant to be a )?"
    r"(?:diagnosis|judgement|judgment|criticism|lecture|label|dig)\b",
    r"\bi(?:'ve| have) (?:done|had) "
    r"(?:years of |lots of |a lot of )?training\b",
    r"\bi understand \w+ (?:pretty|perfectly|very|"
    r"quite) well\b",
    r"\bi(?:'m| am) (?:qualified|experienced|trained)\b",
    # credentials offered in answer to a complaint ("I'm a trained professional")
    r"\bi(?:'m| am) (?:a |an )?(?:fully |properly )?(?:trained|qualified|experienced|registered|"
    r"accredited) (?:professional|counsel+or|therapist|practitioner|clinician)\b",
    r"\byou(?:'re| are) (?:overreacting|too sensitive|reading too much)\b",
    r"\bi (?:do|still) think (?:it's|it is) (?:really )?important\b",
    r"\bi(?:'m| am) the (?:counsel+or|therapist) here\b",
    # indignant denial: "I'm not sure why you'd think that; I've been nothing but kind"
    r"\bi(?:'ve| have) been nothing but\b",
    r"\b(?:i'm not sure|i don't know|i've no idea|no idea) why (?:you(?:'d| would)|you'd ever) "
    r"think (?:that|so)\b",
    # the transference refused flatly: "I'm not your father"
    r"\bi(?:'m| am) not (?:your|ur) (?:father|dad|mother|mum|mom|ex|boss|parent|teacher|sister|"
    r"brother)\b",
    # the relationship defined coldly against the client's wish for it: "I'm not here to be your
    # friend", "I'm your therapist, not your mate", "this is a professional relationship"
    r"\bi(?:'m| am) not (?:here to be )?(?:your|ur) (?:friend|mate|buddy|pal)\b",
    r"\b(?:your|ur) (?:therapist|counsel+or),? not (?:your|ur) (?:friend|mate|buddy|pal)\b",
    r"\bwe(?:'re| are) not (?:friends|mates)\b",
    r"\bthis is (?:a|strictly a|just a) professional relationship\b",
    r"\bi decide (?:what|how|when)\b",
    r"\bi(?:'m| am) (?:different|better)\b",
    r"\b(?:didn't|did not) do a (?:good|great|proper) job\b",
    r"\bi can't (?:really )?help (?:you )?if you (?:don't|won't)\b",
    r"\bi still think\b",
    r"\bi (?:definitely |never |really )?(?:didn't|did not|don't) judge (?:you|anyone)\b",
    r"\b(?:misread|misunderstood|misheard) me\b",
    r"\bcan't expect me to\b",
    r"\bi see a lot of clients\b",
)
# Partly defensive: the rubric's own example at level 3 in both criteria ("I only meant...",
# "I'm sorry it came across like that"): an explanation of intent beside the apology.
PARTLY_DEFENSIVE = any_of(
    r"\bi (?:only|just) meant (?:it|that|to)\b",
    r"\bi(?:'m| am) sorry (?:if |that )?(?:it|that|this) came across (?:like|that way|as)\b",
    r"\bi(?:'m| am) sorry (?:if |that )?you (?:feel|felt|took it) (?:that way|like that)\b",
    # the apology made conditional on the client's feeling, or the trainee's intent put beside
    # it: "I'm sorry if I made you feel rejected", "that wasn't my intention"
    r"\b(?:i'?m|i am|im) sorry if (?:i|it|that|this) (?:\w+ )?(?:made|makes|make) (?:you|u) feel\b",
    r"\b(?:that|it|this)(?: really)? (?:wasn'?t|was not|was never|isn'?t|is not|was not ever) "
    r"(?:my|ever my|at all my) (?:intention|intent|aim|plan)\b",
    r"\bi (?:never|didn'?t|did not) (?:mean|intend|want) (?:it )?(?:to|for (?:you|u) to) "
    r"(?:upset|hurt|offend|reject|come across|feel|make (?:you|u))\b",
    r"\b(?:that|it|this)(?: honestly| really)? (?:wasn'?t|was not|isn'?t|is not) (?:what|how) "
    r"(?:i|id|i'd) (?:meant|mean|intended|wanted)\b",
)
# The defences that are cold, transactional or a rebuke rather than an explanation: "I'm paid to
# be patient", "I'm the therapist here, not you", "That's not fair", "they'll only do something
# if you keep coming" (the rubric's level 1 for immediacy: shaming, retaliation, the client's
# commitment charged; 14 of the 15 such development lines labelled 1 or 2 are 1).
COLD_DEFENCE = any_of(
    *_PAID,
    r"\bi(?:'m| am) the (?:professional|therapist|expert|counsel+or)\b",
    _NOT_FAIR,
    _ONLY_IF_YOU,
)
