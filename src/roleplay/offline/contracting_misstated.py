"""Terms of the work stated wrongly, as the `contracting` reader hears them (contracting.py):
secrecy promised, the frame loosened or rewritten outside the service, status concealed,
compliance coerced, consent pressed, and what the client says put within others' reach. Each
misleads the client about the frame they are agreeing to (the rubric's contracting 1). Split from
contracting_terms.py, which had passed 400 lines."""

from __future__ import annotations

from roleplay.offline.text import any_of

# Terms stated wrongly: each misleads the client about the frame they are agreeing to.
# A term rewritten outside the service, which needs no money word to be one (contracting.py):
# a deal kept from the service ("no need to mention it to the office", "I'll just keep you on the
# old rate") or the work carried on privately ("I'll keep seeing you privately").
_OUTSIDE_THE_SERVICE = (
    r"\b(?:no need to|don't|do not|dont) (?:mention|tell|say)(?: it| this| that| anything)?"
    r" (?:to )?(?:the )?(?:office|clinic|reception|service|admin|manager)\b",
    r"\bkeep (?:you|u) on the old (?:rate|fee|price)\b",
    r"\b(?:see|seeing|keep seeing|carry on seeing|see you) (?:you |u )?(?:privately|on the "
    r"side|outside (?:the|this) (?:clinic|service))\b",
)
OUTSIDE_THE_SERVICE = any_of(*_OUTSIDE_THE_SERVICE)

MISSTATED = (
    (
        "promises_secrecy",
        "it promises a secrecy no helper can keep (confidentiality has limits)",
        any_of(
            r"\b(?:nothing|nobody|no one),? (?:ever|will ever)\b",
            r"\b(?:never|nobody will|no one will) (?:ever )?(?:tell|know|find out|hear)\b",
            r"\b(?:no ?one|nobody) outside (?:this|the) room (?:will |would )?(?:ever )?"
            r"(?:know|hear|find out)\b",
            r"\bcompletely confidential,? (?:full stop|no matter what|always)\b",
            # (not the promise refused: "I can't promise 'nobody'", "I won't promise you that")
            r"\b(?<!n't )(?<!cannot )(?<!not )(?<!never )(?<!n't ever )(?:i )?promise\b.{0,30}\b"
            r"(?:never|nobody|no one|nothing|confidential)\b",
            # the promise after it: "it's all completely confidential, I promise"
            r"\bconfidential\w*,? (?:\w+ ){0,3}i promise\b",
            # no record kept at all: "I won't write anything down"
            r"\b(?:won't|will not|not going to|never) (?:write (?:anything|any of (?:it|this)|it|"
            r"this|that) down|(?:keep|take|make) (?:any )?notes)\b",
            r"\bnope,? never\b",
            # no record promised: "ok i promise, no notes"
            r"\b(?<!n't )(?<!cannot )(?<!not )promise\b[^.?!]{0,30}\bno (?:notes|records?)\b",
            # the promise after the never: "never. promise.", "no, never, I promise"
            r"\bnever(?: ever)?\b[.,!]*\s*(?:i )?promise\b",
        ),
    ),
    (
        "loose_terms",
        "it loosens the frame (contact any time, no charge, whenever suits)",
        any_of(
            r"\b(?:ring|call|text|message) me (?:any ?time|whenever|tonight)\b",
            # between-session contact offered on the trainee's own line: "text me if anything
            # comes up"
            r"\b(?:ring|call|text|message|whatsapp) me (?:if|when) (?:anything|something|you need|"
            r"you want|it gets|things get)\b",
            # the same on the trainee's own phone, the condition after it: "ring me on my mobile
            # if it gets bad" (a crisis plan that rests on the trainee's own line)
            r"\b(?:ring|call|text|message|whatsapp) me (?:on|at) (?:my|this) (?:own |personal )?"
            r"(?:mobile|phone|number|cell|whatsapp)\b",
            r"\b(?:ring|call|text|message|whatsapp) me\b[^.?!]{0,25}\b(?:if|when) (?:anything|"
            r"something|you need|it gets|things get)\b",
            # the same with the condition first: "if anything comes up just text me, I don't mind"
            r"\bif (?:anything|something|owt) (?:comes up|happens|crops up|changes)\b[^.?!]{0,20}"
            r"\b(?:ring|call|text|message|whatsapp|email) me\b",
            r"\bwhenever (?:suits|you (?:like|want|can))\b",
            # the trainee's own inbox offered between sessions: "just drop me an email"
            r"\b(?:drop|send|shoot|ping) me (?:an? |a quick )?(?:email|message|text|line)\b",
            r"\b(?:email|e-mail) me (?:any ?time|whenever|in between|between sessions|if)\b",
            r"\b(?:won't|wont|not going to|wouldn't) (?:be )?charg(?:e|ing)\b|\bdon't worry about "
            r"(?:paying|the (?:fee|money))\b",
            r"\b(?:cash is fine|off the books|just between us|keep (?:it|this) between us)\b",
            # a fee taken on the side: "pay me in cash", "no one needs to know"
            r"\b(?:pay|give) me (?:\w+ )?(?:in )?cash\b|\b(?:no one|nobody) (?:needs|has|have) to "
            r"know\b",
            r"\bjust turn up\b",
            # a charge waived on the quiet: "the office never really chases those fees"
            r"\bnever (?:really )?(?:chases?|bothers? with|collects?) (?:those |the |late |"
            r"missed )?(?:fees|charges|cancellation fees?)\b",
            *_OUTSIDE_THE_SERVICE,
        ),
    ),
    (
        # the helper's training hidden when it is asked about: "I'm actually qualified", "no, I'm
        # not a student" (APA 2017, 10.01(c): a trainee says they are in training and supervised)
        "conceals_status",
        "it hides that you are in training",
        any_of(
            # "I'm actually fully qualified": one or two such words before it
            r"\b(?:i'm|im|i am) (?:(?:actually|fully|already|properly|totally|definitely) ){1,2}"
            r"(?:a )?(?:qualified|registered|accredited)\b",
            r"\b(?:no,? )?(?:i'm|im|i am) not (?:a |an )?(?:student|trainee)\b",
        ),
    ),
    (
        # the limits of confidentiality stated wider than they are: "anything about risk gets
        # passed on" (the client may hold back what most needs saying; rubric level 1: misleads
        # about a term that matters)
        "overstates_limits",
        "it makes the limits of confidentiality sound wider than they are",
        any_of(
            r"\b(?:anything|everything) (?:about|to do with|involving|on) (?:risk|safety|harm|"
            r"self-harm|suicide)\b[^.!?]{0,25}\b(?:gets?|is|will be|has to be|must be) (?:passed "
            r"on|reported|shared|told)\b",
        ),
    ),
    (
        # the terms held over the client: "if you leave now, you'll still be charged" (rubric
        # level 1: imposes terms in a way that shames or coerces)
        "coerces",
        "it holds the terms over them as a threat",
        any_of(
            r"\bif (?:you|u) (?:miss|leave|cancel|walk out|don't (?:come|turn up)|can't (?:commit|"
            r"keep (?:to|up)|manage|make it))\b"
            r".{0,60}\b(?:charged|close (?:the|your|ur) case|pay|discharged?|"
            r"therapy isn't right|(?:isn't|is not|might not be|may not be) the right time)\b",
            # guilt about the client's choice: "monthly will undo it all", "you'll lose all the
            # progress" (the monthly exemplar's ruling: pressure, not a shared decision, 1)
            r"\b(?:will|would|'ll|could) (?:just )?undo (?:it all|all (?:that|the|your|of)|"
            r"everything|the (?:work|progress|good work))\b",
            r"\b(?:you(?:'ll| will| would|'d)|we(?:'ll| will| would|'d)) lose (?:all )?(?:the|your|"
            r"our) (?:progress|good work|momentum)\b",
            # the client's choice shamed: "that's not how therapy works, you'd be wasting your
            # money"
            r"\b(?:that's|that is|it's|it is) not how (?:therapy|this|counsel+ing) works\b",
            r"\b(?:you'd|you would|you'll|you will) (?:just )?be wasting (?:your|ur) (?:money|"
            r"time)\b",
            # the client's wish named as an offence: "this is a serious breach of the therapeutic
            # relationship, and I'll need to record it" (shames, level 1)
            r"\b(?:a |an )?(?:serious |clear )?(?:breach|violation) of (?:the|our|your) "
            r"(?:therapeutic "
            r"|professional )?(?:relationship|boundaries|contract|agreement|rules)\b",
            # a term imposed with no say: "that's just how it works here"
            r"\b(?:that's|it's|that is|it is) just how it (?:works|is)\b",
            # the client's choice made a risk to them: "I can't promise you won't slide back. Is
            # that a risk you want to take?"
            r"\b(?:can't|cannot) promise (?:you )?(?:won't|will not|wont) (?:slide|slip|go) back\b|"
            r"\bis that a risk (?:you|u) (?:want|wanna) to take\b",
        ),
    ),
    (
        # consent to recording or to the terms pressed for, assumed, or its weight played down:
        # consent must be free, informed and revocable (BACP 2018; APA 4.03)
        "pressures_consent",
        "it presses for consent or plays down what is being agreed",
        any_of(
            r"\b(?:really |so |very )?important for my (?:training|course|assessment|placement)\b",
            r"\bi (?:really )?need (?:this|it|this one|the recording) for my (?:assessment|course|"
            r"training|portfolio|placement)\b",
            r"\b(?:could|can) (?:you|we) (?:stick with it|keep it (?:on|going))\b",
            r"\bif you(?:'re| are) going to be difficult\b",
            r"\bi(?:'ll| will) (?:just )?say yes (?:to|for)\b",
            r"\byou (?:already )?agreed (?:to (?:it|this|that) )?(?:on|at|during|in) (?:intake|"
            r"the (?:forms?|paperwork))\b",
            r"\bnobody (?:really |ever )?(?:listens|watches|cares|looks)\b",
            r"\b(?:only|just|purely) for (?:quality|training|teaching) purposes\b|\bfor (?:quality|"
            r"training) purposes (?:only|that's all)\b",
            # the trainee's need laid over the client's no: "my supervisor needs a tape this week
            # for my assessment", "I'd rather keep it running"
            r"\bi(?:'d| would) (?:rather|prefer to) keep (?:it|the (?:recording|recorder|tape)) "
            r"(?:running|on|going)\b",
            r"\b(?:my )?supervisor needs (?:a|the|this) (?:tape|recording)\b",
            # the recording kept going past a no, asked for: "could we leave it on just for the
            # first bit?", "can we keep it running until the break?"
            r"\b(?:could|can|shall) (?:you|we) (?:just )?(?:leave|keep) (?:it|the (?:recording|"
            r"recorder|tape)) (?:on|running|going)\b",
        ),
    ),
    (
        # what the client tells the trainee put where others can reach it: an offer to talk to
        # someone in the client's life about the sessions, a recording kept on the trainee's own
        # device or deleted "eventually", or the client told to watch what they say. The rubric's
        # level 1: a term that matters (who hears their material) made unsafe (BACP 2018:
        # confidentiality and records; GDPR special-category data).
        "risks_confidentiality",
        "it puts what they tell you within reach of other people",
        any_of(
            r"\bi (?:could|can|'ll|will|might|'d|would|am happy to|'m happy to)(?: always| just| "
            r"happily| gladly| easily)? (?:have a (?:quick |little |brief )?(?:word|chat) with|"
            r"(?:speak|talk|chat) (?:to|with)|fill (?:\w+ )?in|update|call|ring|phone|email|"
            r"message|text|let) (?:him|her|them|your (?:husband|wife|partner|boyfriend|girlfriend|"
            r"mum|mom|mother|dad|father|parents|manager|boss|employer|family|sister|brother|son|"
            r"daughter|teacher|friend|kids|children))\b",
            r"\bi (?:could|can|'ll|will|might|'d|would)(?: always| just| happily)? give (?:him|her|"
            r"them|your (?:husband|wife|partner|mum|mom|mother|dad|father|parents|manager|boss|"
            r"employer|family)) a (?:quick |little |brief )?(?:ring|call|bell|buzz)\b",
            r"\b(?:on|in) my (?:own |personal )?(?:phone|mobile|laptop|ipad|tablet|home computer)\b"
            r"[^.?!]{0,40}\b(?:record\w*|notes?|delete\w*|keep|kept|store\w*|save\w*)\b",
            r"\b(?:record\w*|notes?|it|them) (?:just )?(?:go|goes|went|stay|stays|sit|sits|is kept|"
            r"are kept|live|lives) (?:on|in) my (?:own |personal )?(?:phone|mobile|laptop|ipad|"
            r"tablet|home computer)\b",
            r"\bdelete (?:it|them|the (?:recordings?|files?|notes?)) (?:eventually|at some point|"
            r"when i (?:get|remember)|sometime)\b",
            r"\b(?:be|being) careful (?:about )?what (?:you|u) (?:say|tell|share|mention)\b",
            r"\b(?:don't|do not|dont|try not to) (?:tell|say|share|mention) (?:to )?(?:me )?"
            r"anything (?:you|u) (?:wouldn't|would not|don't|do not|dont) want\b",
        ),
    ),
)
