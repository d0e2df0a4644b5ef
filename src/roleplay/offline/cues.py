"""What the current moment shows: cues read from the client's line and manner *now*.

Only the current line and cue are read (an earlier "Have you ever lost a parent?" must not make a
later moment invite disclosure). Each cue is a named feature the criterion readers cross with
what the moment invites.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from roleplay.domain.moment import Moment
from roleplay.offline.client_line import asks_personal_question, remarks_on_trainee
from roleplay.offline.relational import asks_about_relationship
from roleplay.offline.text import MixedAlternation, any_of, normalise

CONTACT_REQUEST = any_of(
    # not "can I call you by your first name?"
    r"\b(?:follow|add|friend|connect with|message|text|call|ring|email|whatsapp) (?:you|me)\b"
    r"(?! by (?:your |my )?(?:\w+ )?name\b)",
    r"\byour (?:personal |mobile |home |own )?(?:number|mobile|cell|email|address|instagram|"
    r"facebook|socials?)\b",
    # the trainee on a platform ("are you on LinkedIn?", "I added you on Facebook"), not a place
    # the client saw something ("I found out from Facebook", "saw on Instagram my ex...")
    r"\b(?:you|me|us)(?: \w+){0,2} (?:on|via|over) (?:instagram|facebook|linkedin|whatsapp|"
    r"snapchat|tiktok|insta|fb)\b",
    r"\b(?:on|via) (?:instagram|facebook|linkedin|whatsapp|snapchat|tiktok)\b"
    r"(?=.*\b(?:you|me)\b.*\?)",
    # meeting socially ("could we get a coffee sometime?"), not "I had a drink on Sunday"
    r"\b(?:could|can|shall|should|would|will|wanna|want to|fancy|let's|like to|how about)\b"
    r"(?: \w+){0,3} (?:grab\w*|get|go for|going for|meet (?:up )?for|have|buy you) (?:a |an )?"
    r"(?:coffee|drink|pint|lunch|dinner|cuppa|brew)\b",
    r"\bstay in touch\b",
    r"\b(?:follow|friend|connection) requests?\b",
    r"\baccept (?:my|the|it|me)\b",
    r"\b(?:be|become) friends\b",
    r"\bafter (?:we finish|therapy|this ends|our sessions)\b",
)
HUG = any_of(r"\bhug\b|\bhold (?:me|my hand)\b|\barms (?:half )?open\b")
# "for you" alone is no gift ("am I too much for you?", "what's in it for you?", "sorry, I didn't
# mean to bring it up for you"): only a thing given for you is.
GIFT = any_of(
    r"\b(?:gift|made you|baked|biscuits|cake|present|brought you|got you|bought you|"
    r"(?:this|these|something|it's|it is|they're|they are) (?:\w+ )?for you)\b"
)
INVITATION = any_of(r"\binvit\w*\b|\bcome to (?:my|the|our)\b|\bwedding\b|\bchristening\b")
ROMANTIC = any_of(
    r"\b(?:falling|fallen|in) love with you\b",
    r"\b(?:falling|fallen) for you\b",
    r"\bi(?: have|'ve| have got|'ve got) (?:real |actual |strong )?feelings for you\b",
    r"\bi(?:'m| am) (?:attracted to|drawn to) you\b",
    r"\bi (?:think about|dream about|fancy) you\b",
    r"\bdo you (?:find me|like me|think about me)\b",
    r"\bif you weren't my (?:therapist|counsel+or)\b",
)
# A complaint about the trainee or the therapy, not any mention of last week ("Tunde pushed me
# last week", "my gran died last week") or "you don't" ("you don't have to reply").
COMPLAINT = any_of(
    r"\byou (?:said|didn't|never|always|forgot|cancelled|were late|seemed|let us|kept|keep|"
    r"go straight|went straight)\b",
    r"\byou don't (?:even |really )?(?:listen|care|get it|understand|remember|hear|say|tell|know "
    r"what|know how|seem)\b",
    r"\blast (?:week|session|time),? you\b",
    r"\b(?:about|after|since) last (?:week|session)\b",
    r"\bwhat you said\b",
    r"\b(?:not|isn't) (?:helping|working)\b",
    r"\bwaste of (?:time|money)\b",
    r"\bpointless\b",
    r"\b(?:just like|same as) (?:everyone|all|the rest)\b",
    r"\bwhy (?:did|do|would) you\b",
    r"\bfelt (?:judged|lectured|dismissed|rushed|diagnosed|criticised|criticized|patroni[sz]ed|"
    r"ignored|unheard)\b",
    r"\b(?:it|that) felt like you\b",
    r"\bpatroni[sz]ing\b",
    r"\bi(?:'m| am) paying for this\b",
    r"\b(?:a bit|too|really|so) vague\b",
    r"\bnot (?:sure|convinced) (?:this|it|therapy|counsel+ing) is (?:for me|working|helping)\b",
    # a session missed or nearly missed is a strain on the work (the rubric's rupture markers)
    r"\bi (?:didn't|did not|couldn't|nearly didn't|almost didn't) "
    r"(?:come|make it|turn up|show up)\b",
)
# The trainee's conduct charged, sarcasm or a challenge aimed at the trainee or the therapy, and
# sessions missed: strain markers rubric v2 names for rupture repair, read as a complaint by its
# heads alone (features.OWN_CUES; the other heads, fitted without them, moved for no gain).
CHARGED = any_of(
    r"\bi (?:wasn't|was not) here (?:the )?last\b|\bmissed (?:the )?last (?:two |few |couple of )?"
    r"(?:sessions?|weeks?)\b",
    # "You just called him Keith", "You moved us to this tiny room", "Your phone's gone off three
    # times", "you're doing it again"
    r"\byou (?:just )?(?:called (?:him|her|me|it)|moved (?:us|me|my|the)|changed (?:my|the)|"
    r"interrupted|cut me off|ignored|rushed me|laughed at)\b",
    r"\byour phone(?:'s| has| is| keeps)? (?:gone off|going off|ringing|buzzing|been going)\b",
    r"\b(?:you're|you are) doing it again\b",
    r"\boh (?:great|brilliant|wonderful|lovely|perfect),? (?:another|more) (?:\w+ )?(?:question|"
    r"exercise|worksheet|homework|form|technique|scale|session|\W?how)\w*",
    r"\bwhat you want to hear\b|\boff a poster\b|\bwhat would you know\b",
    r"\b(?:don't|do not|can't|cannot) see the point\b",
)
# Let down or misled by the trainee, a wish to stop, a lukewarm verdict on the sessions: strain
# markers rubric v2 names for rupture repair, read by its heads alone (features.OWN_CUES).
LET_DOWN = any_of(
    r"\bnobody (?:told|asked) me\b",
    r"\bsave (?:us both|you|both of us) the (?:time|bother|trouble)\b",
    r"\byou(?:'re| are) leaving\b",
    r"\b(?:i (?:think i )?want to|can we just|thinking (?:of|about)|i was going to|i'm going to) "
    r"(?:stop|quit|finish|end)(?:ping|ing)?\b(?! (?:by|at|there)\b)",
    r"\bcancelling\b(?=[.!?])",
    # "a six, I suppose", "out of ten... a five, maybe"
    r"\bout of (?:ten|10)\b[^.?!]{0,40}\b(?:three|four|five|six|[3-6])\b",
    r"\b(?:a|an) (?:three|four|five|six|[3-6])(?:,? (?:i suppose|i guess|maybe|if i'm honest)| out "
    r"of (?:ten|10))\b",
)
# Appeasing, deferring and self-blame, and apologising for themselves as a burden to the trainee:
# the withdrawal markers of the 3RS that name no fault of the trainee's (Eubanks et al. 2015).
APPEASING = any_of(
    r"\bi don'?t want (?:you to think|to get you in trouble)\b",
    r"\bi'?ve ruined (?:it|everything)\b",
    r"\b(?:hand|pass) me on\b|\bgive up on me\b",
    r"\b(?:wasting|waste|taking up|take up|hogging) (?:all )?(?:of )?(?:your|the) "
    r"(?:time|session|hour)\b",
    r"\bmaking a scene\b|\bwhat came over me\b|\b(?:i'?ve|have i) kept you\b",
    r"\byou(?:'re| are) (?:the expert|the professional|always right)\b|\byou know best\b",
    r"\bwhatever you (?:think|want|say)\b",
    r"\bi'?ll (?:try harder|do better|prepare better|bring a list|write it all down|leave "
    r"(?:\w+ )?(?:minutes )?early)\b",
    r"\b(?:a useless client|been hard work|being difficult)\b",
    r"\b(?:is|was) it (?:ok|okay|all right|alright) that i (?:said|told|cried|mentioned)\b",
    r"\bi (?:shouldn't|should not|should never) have (?:said|told you|mentioned|brought)\b",
    r"\b(?:i've|i have) (?:gone|run|talked) (?:way |well |so )?over\b",
)
WITHDRAWAL = MixedAlternation(
    r"\bwhatever\b",
    r"\b(?:it's|it is|i'm) fine\b",
    r"\bdoesn't matter\b",
    r"\bnothing\b",
    r"\.\.\.",
    r"\b(?:quiet|silen\w+|looks? (?:away|down|at the floor)|shrugs?|arms (?:folded|crossed)|"
    r"sighs?|laughs?|late)\b",
)
TERMS = any_of(
    r"\bhow (?:does|will|do) (?:this|it|these|sessions?|therapy) work\b",
    # the work's own terms, not the client's world ("Siobhan cancelled lunch", "a thought record",
    # "my rota changed with two days' notice", "I'm a student")
    r"\b(?:recording|confidential\w*|supervis\w+|trainees?|fees?|cancellations?)\b",
    r"\b(?<!thought )record(?:ed|s)?\b",
    r"\b(?:i|we|you)(?:'ll| will| should| could| might| can)? (?:just |nearly |almost )?"
    r"cancel(?:led|ling)?\b(?! (?:it|that|lunch|dinner|plans|the request|on me)\b)",
    r"\bcancelling\b(?=[.!?])",
    r"\b(?:you(?:'re| are)?|are you) (?:a |still a |just a )?student\b",
    r"\bnotice period\b|\b(?:give|giving|gave) (?:you |me )?(?:\w+ )?notice\b",
    # the record of the work: "promise not to write anything down", "the lawyer wants your notes"
    r"\b(?:write|writing|writes) (?:anything|it|this|that|any of (?:it|this)|things) down\b|"
    r"\byour (?:case )?notes\b",
    r"\b(?:video|zoom|online|telehealth|phone sessions?)\b",
    # who else hears what is said here: a question about confidentiality
    r"\bwho (?:else )?(?:hears|listens|gets to (?:hear|know|see|read)|knows|reads|sees) (?:what|"
    r"about|any|this|these|my|it)\b",
)


@dataclass(frozen=True)
class Cues:
    """Named cues of the current moment (each one a feature the readers can cross)."""

    personal_question: bool
    relationship_question: bool
    contact_request: bool
    hug: bool
    gift: bool
    invitation: bool
    romantic: bool
    complaint: bool
    withdrawal: bool
    terms: bool
    appeasing: bool
    let_down: bool
    charged: bool
    # a remark about the trainee's reaction, view or attention that is not a question about the
    # two of them ("You must be sick of me", "You saved my life", "Are you shocked?"): the
    # rubric's marker, after which any reply to it is immediacy in play
    remark: bool = False

    @property
    def request(self) -> bool:
        """The client asks for something outside the frame."""
        return self.contact_request or self.hug or self.gift or self.invitation or self.romantic

    @property
    def strain(self) -> bool:
        """The client has just complained about, withdrawn from or asked about the two of them."""
        return (
            self.complaint
            or self.withdrawal
            or self.appeasing
            or self.let_down
            or self.charged
            or self.relationship_question
        )

    def names(self) -> list[str]:
        return [name for name, on in vars(self).items() if on]


def read_cues(moment: Moment) -> Cues:
    return _cues(moment.client_line, moment.cue)


@lru_cache(maxsize=512)  # a session or a cohort meets the same few moments again and again
def _cues(client_line: str, cue: str | None) -> Cues:
    line = normalise(client_line)
    shown = normalise(f"{client_line} {cue or ''}")
    lowered = client_line.lower().replace("\u2019", "'")
    return Cues(
        personal_question=asks_personal_question(line),
        relationship_question=asks_about_relationship(line),
        contact_request=bool(CONTACT_REQUEST.search(line)),
        hug=bool(HUG.search(shown)),
        gift=bool(GIFT.search(line)),
        invitation=bool(INVITATION.search(line)),
        romantic=bool(ROMANTIC.search(line)),
        complaint=bool(COMPLAINT.search(line)),
        withdrawal=bool(WITHDRAWAL.search(shown)),
        terms=bool(TERMS.search(line)),
        appeasing=bool(APPEASING.search(line)),
        let_down=bool(LET_DOWN.search(line)),
        charged=bool(CHARGED.search(line)),
        remark=remarks_on_trainee(lowered),
    )
