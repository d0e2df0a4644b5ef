"""The words the `boundary` reader looks for (boundary.py): requests outside the frame, yes and
no to them, the warmth or rigidity of the answer, and what the client can have instead."""

from __future__ import annotations

from roleplay.offline.text import MixedAlternation, any_of

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

ACCEPTS = MixedAlternation(
    # "Of course you want to be held" says the wish makes sense; it accepts nothing
    r"^(?:(?:oh|ha(?:ha)*|lol|aw+|ah|ooh|hah|omg)[,!]? )?(?:sure|of course(?! (?:you|u)(?:'d| "
    r"would)? (?:want|wanted|need|needed|feel|felt|wish|miss)\b)|absolutely|yes|yeah|okay|"
    r"ok|go on then|why not)\b(?![^.!?]*\b(?:"
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
    r"\b(?:don't|dont|do not) worry (?:about|bout|abt) (?:it|that)\b",
    r"\blet'?s see how (?:you|it|things) go\b",
    r"(?:^|[.!?] )maybe\.?$",
    # the door left open with a wink: "maybe in another life ;)"
    r"\bmaybe in another (?:life|world|universe|time)\b",
    # a yes put as not minding, closing the reply: "i dont mind honestly"
    r"\bi (?:don't|dont|do not) (?:really )?mind(?:,? (?:honestly|really|tbh|at all))?[.!]*$",
    # contact given with no "me": "call whenever you need"
    r"\b(?:call|ring|text|message|email) (?:me )?(?:whenever|any ?time) (?:you|u) (?:need|want|"
    r"like)\b",
    r"\bi do think about you\b",
    # a yes hedged as harmless: "I suppose a quick WhatsApp wouldn't hurt" (Gutheil & Gabbard
    # 1993: the slope starts with small, ambiguous yeses)
    r"\bi (?:suppose|guess|reckon)\b[^.?!]{0,30}\b(?:wouldn't|won't|doesn't|can't|couldn't) "
    r"(?:hurt|matter|do (?:any )?harm)\b",
    # the hour let run on: "don't worry about them, we can run over" (the overrun exemplar: 1)
    r"\b(?:we|you|u) (?:can|could|'ll|will) (?:just )?(?:run|go|stay) (?:over|on|a bit longer|"
    r"longer)\b|\b(?:let's|lets|just) (?:keep going|carry on|run over|go over)\b(?! (?:next|"
    r"another|on (?:monday|tuesday|wednesday|thursday|friday)))|\bdon't worry about (?:them|the "
    r"time|the next (?:client|person|one))\b",
    # the same said as leave to go on: "it's fine, carry on, I don't mind" (the over-time
    # exemplar "Don't worry about them! Carry on, honestly." is 1)
    r"\b(?:it's fine|its fine|it's ok|its ok|it's okay|no problem|no worries|honestly|please)[,!]? "
    r"(?:just )?(?:carry on|keep going)\b|\b(?:carry on|keep going)[,!]? (?:honestly|i don't "
    r"mind|i dont mind|it's fine|its fine|take your time)\b",
    # the door left open with a shrug: "If we'd met in a pub? Who knows!"
    r"(?:^|[.!?,] )who knows\b(?! (?:what|how|why|where|whether|if|when))",
    # a secret promised: "i promise, nobody will know" (the drill's level 1: secrecy agreed)
    r"^(?:ok(?:ay)?,? )?i (?:promise|swear)\b(?![^.!?]*\b(?:but|though|however|not|can't|won't)\b)",
    # a follow request said to be taken already: "accepted already lol", "I've followed you back"
    r"\b(?:i(?:'ve| have)? )?(?:already )?(?:accepted|followed (?:you|u) back)\b(?![^.!?]*\b(?:"
    r"but|though|however|not|won't|can't)\b)",
    # a friendship proposed in the overlap: "we can be sideline buddies"
    r"\bwe (?:can|could|'ll|will|should) (?:\w+ ){0,2}(?:buddies|mates|pals|friends)\b",
    r"\bwon't charge\b",
    r"\bjust let me know whenever\b",
    r"\bdon't worry about (?:it|that)\b",
)

# A yes that confirms a fact about someone else ("yes, they are waiting", answering "is that the
# next person?") grants nothing.
# So does a yes that confirms the trainee's standing ("Yes, I'm in training", "yes trainee").
CONFIRMS_FACT = any_of(
    r"\b(?:yes|yeah|yep),? (?:they|she|he)(?:'re| are|'s| is| were| was)\b",
    r"\b(?:yes|yeah|yep),? (?:(?:i'm|im|i am) )?(?:a |an |still )?(?:trainee|student|in training|"
    r"on placement)\b",
    # the next client waiting, or the agreed fee standing, confirmed: "Yes, someone is waiting",
    # "yes, you'd still be charged" hold the frame (session-overrun over-time; the rota)
    r"\b(?:yes|yeah|yep),? (?:someone|somebody|there's someone|my next (?:client|person)|the next "
    r"(?:client|person))\b",
    r"\b(?:yes|yeah|yep),? (?:you(?:'d| would|'ll| will) (?:still )?(?:be charged|pay|have to pay|"
    r"need to pay)|(?:the|a) (?:fee|charge) (?:still )?applies)\b",
)

# The no put as a wish that the client not do it: "I'd rather you didn't WhatsApp me", "please
# don't text me", "best you don't message me there". The contact named is refused, not offered.
_ASKS_NOT = (
    r"\b(?:rather|prefer(?:red)?) (?:you|u) (?:didn't|did not|don't|do not|not|wouldn't|would "
    r"not) (?:\w+ ){0,2}(?:text|call|ring|message|whatsapp|email|add|follow|contact|come|"
    r"bring)\w*\b",
    # the same wish with the request left implied: "I'd rather you didn't." "I'd prefer you
    # didn't, if that's okay."
    r"\b(?:rather|prefer(?:red)?) (?:you|u) (?:didn't|did not|don't|do not|wouldn't|would not)"
    r"(?= *(?:[.,;!?]|$))",
    r"\bplease (?:don't|do not|dont) (?:\w+ ){0,2}(?:text|call|ring|message|whatsapp|email|add|"
    r"follow|contact)\w*\b",
    r"\bbest (?:if )?(?:you|u) (?:don't|do not|didn't|dont) (?:\w+ ){0,2}(?:text|call|ring|"
    r"message|whatsapp|email|add|follow|contact)\w*\b",
)
ASKS_NOT = any_of(*_ASKS_NOT)
HOLDS = any_of(
    # the no as a wish that they not: "I'd rather you didn't WhatsApp me"
    *_ASKS_NOT,
    # the no as what the trainee would rather instead: "I'd rather you were sitting up somewhere
    # private", "I'd ask you to be at a table"
    r"\bi(?:'d| would) (?:rather|prefer) (?:you|u) (?:were|was|sat|be|stayed|used)\b|"
    r"\bi(?:'d| would) ask (?:you|u) to be\b",
    r"\b(?:can't|cannot|won't|don't|do not|am not going to|'m not going to|wouldn't|not able to)\b"
    r".{0,40}\b(?:accept|accepting|give|giving|share|connect|follow|following|add|meet|come|coming|"
    r"say yes|be (?:friends|in touch)|text|"
    r"call|email|contact|do (?:that|cash|favou?rs|deals)|reachable|be (?:on|available|contactable|"
    r"answering))\b",
    r"\b(?:the answer|it) (?:has to|needs to|will) be no\b",
    # "I'm sorry, I can't." A no with nothing after it: the request is what it refuses.
    r"\b(?:sorry|no|afraid),? i (?:can't|cannot|won't)\b(?!\s*[a-z])",
    r"\b(?:going to|have to|need to) (?:say|decline|keep)\b",
    # the service's channel offered in place of the trainee's: "Could you text the clinic line
    # instead?", "send updates through the office instead"
    r"\b(?:clinic|office|reception|service)\b[^.?!]{0,30}\binstead\b",
    # a romantic wish answered plainly: "I don't feel that way"
    r"\bi (?:don't|do not) feel (?:that way|the same(?: way)?)\b",
    r"\bsay no\b",
    r"\bi(?:'ll| will) "
    r"keep (?:to|it to|our)\b",
    r"\b(?:stays?|keep|keeping) (?:\w+ ){0,4}(?:to|within|in) (?:our|"
    r"these|the) (?:sessions?|hour|room)\b",
    r"\boff-limits\b",
    # "I keep my social media separate from my work": a clear no, said as a practice
    r"\bkeep (?:my|that|it|this|our|these) "
    r"(?:\w+ ){0,3}(?:out|private|to myself|separate|apart)\b",
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
    r"\b(?:not going to|not gonna|won't|will not|rather not|don't(?: really)?|do not) (?:tell|"
    r"talk about|say|share|go into|discuss|answer)\b",
    r"\bnot allowed to\b",
    r"\b(?:need|have|ought|got) to (?:stop|end|finish|wrap (?:up|it up))\b",
    r"\bwe should (?:stop|end|finish|wrap up)\b|\btime (?:for us )?to (?:stop|end|finish)\b",
    r"\b(?:can't|cannot|won't|don't|do not)\b.{0,30}"
    r"\b(?:message|ring|whatsapp|become|be anything)\b",
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
    # "No thank you" is a polite no; it acknowledges nothing
    r"\b(?<!no )(?<!no, )thank you\b",
)

CARE_REASON = any_of(
    r"\bso (?:that )?(?:this|the|our) (?:space|hour|time|work|room) (?:stays|is|can stay)\b",
    r"\b(?:stays?|stay) (?:just |all |only |completely |entirely )?(?:about )?(?:yours|about you|"
    r"for you)\b",
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
    # the client's privacy as the reason: "so your therapy never turns up in anyone's feed"
    r"\bso (?:that )?(?:your|ur) (?:therapy|sessions?|privacy|counsell?ing|business|care)\b",
    r"\b(?:your|ur) privacy (?:stays|is|remains) (?:yours|protected|safe|your own)\b",
)

# The rule held up as the same for all, whatever the client's reason: a rule, not a reason
# about them (the rota exemplar "rules are rules. Everyone has to give 48 hours" is boundary 2).
SAME_FOR_ALL = (
    r"\b(?:applies|apply) to (?:everyone|everybody|all (?:clients|our clients))\b",
    r"\b(?:the same|same rule) for (?:everyone|everybody|all (?:clients|our clients))\b",
    r"\b(?:regardless of|whatever) (?:the|your) (?:reason|circumstances)\b",
)
RIGID = any_of(
    r"\brules are rules\b",
    # "full fee, those are the rules"
    r"\b(?:those|these|them|that)(?:'s| are| is) (?:just )?the rules\b",
    r"\bpolicy\b",
    r"\bcode of (?:ethics|conduct|practice)\b|\b(?:professional|ethical) (?:guidelines|rules)\b",
    r"\b(?:a|the|it's a|that's a) (?:bacp|hcpc|apa|bps|ukcp|aca) (?:thing|rule)\b",
    r"\bnot (?:supposed|meant) to\b",
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
    # the no put as what the work does not do: "physical contact isn't something we do in
    # counselling"
    r"\b(?:isn't|is not|not) something (?:we|i|counsellors|therapists) (?:do|offer|allow)\b",
    # "It's the service's rule", "that's the clinic's policy"
    r"\b(?:it's|it is|that's|that is) (?:the )?(?:service|clinic|centre|center|practice|agency)"
    r"(?:'s)? (?:rule|rules|policy)\b",
    r"\b(?:that's|it's|this is) (?:just )?(?:how|the way) (?:the service|the clinic|it|things|we) "
    r"(?:works?|do it|does it)\b",
    *SAME_FOR_ALL,
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
    *SAME_FOR_ALL,
)
# A bare move on ("Shall we continue?"): a question, but no warmth and no return to what the
# request meant (the rubric's "no attention to what the request meant").
MOVES_ON = any_of(
    r"\b^(?:so,? |anyway,? |right,? |ok(?:ay)?,? |now,? )?(?:shall|can|should) we (?:just )?"
    r"(?:continue|carry on|move on|get (?:back to it|back to work|started|on|going)|go on|start|"
    r"crack on)\b",
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
    # the trainee's own comfort or temperament as the reason for a no to touch: "I'm not really
    # comfortable with hugs", "I'm just not a touchy person"
    r"\bi(?:'m| am) (?:just |really |honestly )?not (?:really |very |that |a )?(?:comfortable with "
    r"(?:hugs|hugging|touch|physical contact|that)|(?:a )?(?:touchy|huggy|hugger|touchy-feely)\b)",
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
    # the request named as a crime or a wrong: "No. That would be fraud."
    r"\b(?:that|it)(?:'s| is| would be|'d be) (?:\w+ )?(?:fraud|illegal|a crime|stealing|theft|"
    r"unethical|against the law)\b",
)

RETURNS = MixedAlternation(
    r"\?",
    r"\blet'?s (?:make|think|talk|look)\b",
    r"\bcan we\b",
    r"\bi(?:'d| would) "
    r"(?:like|rather) to (?:hear|understand|know)\b",
    r"\bi wonder\b",
)

# Encouragement beside a no at a declaration or a wish for more (F's ruling: level 2's "hedged or
# partial yes" is a reply that hints or encourages without granting): flattery ("anyone would be
# lucky"), another life, or a no only "while" the work lasts, which names a later. ("I'm flattered"
# alone is left out: the corpus labels it 3 beside a plain no, 1 beside a "while".)
HINTS_YES = any_of(
    r"\b(?:anyone|any (?:girl|guy|woman|man|one)) would be (?:so |very |really )?lucky\b",
    r"\bif (?:things|it|circumstances|the situation) (?:were|was) different\b",
    r"\bin (?:another|a different) (?:life|world|time)\b",
    r"\b(?:you're|you are|ur) (?:such )?a (?:real )?catch\b",
    r"\b(?:can't|cannot|cant|won't|couldn't) (?:happen|go anywhere|be anything)\b[^.?!]{0,20}"
    r"\bwhile (?:you're|you are|ur|i'm|i am|im|we're|we are)\b",
)
GRACIOUS = any_of(
    r"\bthank you\b",
    r"\bthat's (?:really |so )?(?:kind|lovely|generous|thoughtful)\b",
    r"\bi(?:'ll| will) (?:share|enjoy|keep)\b",
)

# A gift beyond a token (Brendel et al. 2007; the rubric: "gifts beyond a token"): accepting it
# is too loose, however gracious.
VALUABLE_GIFT = any_of(
    r"\b(?:real |solid |sterling )?(?:silver|gold|diamonds?|cashmere)\b",
    r"\b(?:expensive|designer|pricey|cost (?:a lot|a fortune|me)|money|cash|cheque|vouchers?|"
    r"gift cards?|tickets?|watch)\b",
    r"\b(?:\d+ ?(?:quid|pounds|dollars|euros))\b",
)
# The client's wish put back into words ("you'd like to keep a thread after we finish"): a
# reflection names the wish, it promises nothing.
REFLECTS_WISH = any_of(
    r"\b(?:you(?:'d| would)|you) (?:really )?(?:like|love|want|wish|hope)\b",
    r"\b(?:wanting|your wish|the wish)\b",
    r"\bi can (?:hear|see|tell) how much\b",
)
PERSONAL_REQUEST = any_of(
    r"\bare you (?:married|seeing|single|gay|straight|religious|dating|with someone)\b",
    r"\bdo you (?:have a|have any) (?:partner|boyfriend|girlfriend|husband|wife|kids)\b",
    r"\bdo you think about me\b",
    r"\bwhere do you live\b",
)
# An overlap outside the room waved away instead of agreed ("Small world! We'll just act normal",
# "I'm sure it'll be fine"): no plan for what happens when the two meet (Zur 2007 on
# small-community dual relationships: the overlap is named and managed, not minimised).
GLOSSES_OVERLAP = any_of(
    r"\b(?:we'll|we will|let's|we can) just (?:act normal|act like|pretend|play it cool|be normal|"
    r"keep it quiet|ignore it|not mention it)\b",
    r"\bi'?m sure (?:it'?ll|it will|we'll|we will) be (?:fine|okay|ok|alright|grand)\b",
    r"\b(?:it's|it is|that's) (?:no|not a) big deal\b",
)
