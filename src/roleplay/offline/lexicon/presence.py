"""Words that mark a disclosure of the helper's own life: first-person clauses (the helping acts
that only look like one are in helping.py)."""

from __future__ import annotations

import re

from roleplay.offline.text import any_of

# --- first person ---------------------------------------------------------------------------
# "i" as a subject, with its contraction, followed by what it says.
FIRST_PERSON = any_of(r"\bi(?:'m|'ve|'d|'ll)?\b(?=[\s,])")
MY_NOUN = re.compile(r"\b(?:my|mine|myself|me)\b")

# Clauses that reveal the helper's life, strongest first. Each is a named feature.
# What may follow "usually I" in a report of one's own habits: not the helping acts.
_NOT_HELPING_HABIT = (
    r"(?!(?:think|wonder|ask|say|tell|suggest|recommend|encourage|invite|notice|hear|see|mean|"
    r"guess|hope|start|begin|end|open|close|record|offer|charge|check|work|keep|use|give|send|"
    r"share|let|try to help|feel like you|find that (?:people|clients)|find it helps (?:people|"
    # ("normally I would send them an email": advice in the conditional, not a habit)
    r"clients)|would|'d|could|might|should)\b)[a-z]"
)
# A life hinted at ("Let's just say I know a bit about waiting", "let's just say you won't have to
# explain as much as you think"): a disclosure, however veiled (every such labelled line), read
# before the first-person and relationship-talk tests, which its veiled forms slip past.
HINTED_LIFE = re.compile(
    r"\blet'?s just say (?:that )?(?:i\b|i'm|i've|i'd|there's no one|there is no one|(?:you|u) "
    r"(?:won't|wouldn't|will not|would not) have to explain)"
)
# The helper's role, training or experience, or a bit of their life, put forward to excuse or
# defend them ("I'm new at this", "I'm trained not to judge", "I've been doing this a long time",
# "had a family thing come up"): a personal fact the rubric names, used as its self_justifying
# check describes (O's ruling: self-disclosure 2). Trainee status as a term of the work ("I'm a
# trainee, so my supervisor...") is contracting and not matched here.
ROLE_IN_DEFENCE = any_of(
    r"\b(?:i'm|im|i am) (?:really |still |quite |pretty |very |so |fairly )?new (?:at|to) "
    r"(?:this|it|the job|all this|counselling|counseling|being a)\b",
    r"\b(?:i'm|im|i am) (?:still|only|just) (?:learning|in training)\b",
    r"\b(?:i'm|im|i am|i've been|ive been|i have been|i was) (?:\w+ )?trained (?:not )?to\b",
    r"\b(?:i've|ive|i have) been doing this (?:for )?(?:\w+ )?(?:years|a long time|ages|decades|"
    r"a while)\b",
    r"\b(?:had|have|there was) an? (?:family|personal|home|childcare) (?:thing|matter|issue|"
    r"emergency|situation|crisis)\b",
)
# The client asking about that role or training: the answer is an answer, not a defence.
ASKS_ROLE = re.compile(
    r"\b(?:how long have (?:you|u) been|where did (?:you|u) (?:train|study|qualify)|are (?:you|u) "
    r"(?:a )?(?:qualified|trained|experienced|new|student|trainee)|how (?:much|many years of) "
    r"experience|what (?:training|experience))"
)
STRONG_DISCLOSURE = any_of(
    # Low-intimacy facts of one's life count as disclosure too: status, identity, family.
    r"\bi(?:'m| am) (?:\w+ )?(?:engaged|married|divorced|separated|widowed|single|pregnant|"
    r"a (?:mum|mom|dad|father|mother|parent|grandparent|carer|widow|widower|twin)|an only child|"
    # ("I'm not married to the idea", "I'm single-minded about it": idioms, not a status)
    r"gay|straight|lesbian|bisexual|trans|queer|adopted|sober|in recovery)\b(?! to\b)(?!-)",
    r"\bwhen i (?:was|went|lost|had|got|moved|left|first|started|came|found|became|turned|did)\b",
    r"\bi used to\b",
    r"\bi(?:'ve| have) (?:also |too |personally |myself )?(?:been|had|lost|gone|felt|struggled|"
    r"experienced|dealt|faced|done|worked|lived|seen|never|always|found|tried|learned|learnt|"
    r"suffered|battled|known|got|gotten|moved|left|quit|grieved|cared|raised|survived|buried|"
    r"watched|walked|sat)\b",
    # "had" as a possession or event, not the auxiliary of "I had forgotten", "I had thought"
    r"\bi (?:also |too |myself |once |personally |actually |recently |even )?(?:went|"
    r"had(?! (?:forgotten|thought|assumed|meant|hoped|wanted|expected|guessed|understood|"
    r"misunderstood|misread|heard|read|noticed|realised|realized|imagined|wondered|figured|"
    r"no idea|not (?:thought|realised|realized|noticed|heard)|(?:it|that|this|things) (?:right|"
    r"wrong|straight|correct))\b)|lost|was|"
    r"were|felt|grew up|struggled|dealt|experienced|did|tried|spent|moved|left|quit|became|found|"
    r"learned|learnt|remember|took|started|stopped|lived|worked|cried|failed|divorced|married|"
    r"suffered|survived|came out|relapsed|drank|grieved|nursed|cared|raised|lost|buried|"
    r"miscarried|moved|emigrated|migrated|graduated|retired|smoked|used|binged|panicked|broke|"
    r"ended up|got (?:divorced|married|sober|clean|fired|laid off|sick|through|help|over))\b",
    r"\bi (?:also |too |myself )(?:\w+)",
    r"\b(?:mine|myself) (?:too|as well|also)\b",
    # "me too" as a reply or after "for", "to", "with"; not the object of a verb ("you're asking
    # me too", "I wonder if you watch me too")
    r"\b(?:^|(?<=[,;.!?:-] )|(?<=[,;.!?:-])|(?<=\band )|(?<=\bbut )|(?<=\bso )|(?<=honestly )|"
    r"(?<=\boh )|(?<=yeah )|(?<=\byes )|(?<=\bha )|(?<=haha )|(?<=\blol )|(?<=\bfor )|(?<=\bto )|"
    r"(?<=\bwith ))me (?:too|as well|also)\b",
    r"\b(?:happened|happens) to me\b",
    r"\b(?:same|similar) (?:thing )?(?:happened )?(?:to|with|for) me\b",
    r"\bi(?:'ve| have)? (?:been|gone|went|was) through (?:the same|something (?:similar|like)|"
    r"that|this|it|a (?:divorce|loss|breakup|lot))",
    r"\bmy (?:own |late |dear |older |younger |little |big |best |ex-?)?(?:mom|mum|mother|dad|"
    r"father|parents?|brothers?|sisters?|siblings?|sons?|daughters?|kids?|children|child|baby|"
    r"babies|husband|wife|spouse|partner|boyfriend|girlfriend|fianc[eé]e?|ex|friends?|family|"
    r"grand\w+|aunt|uncle|cousins?|nephew|niece|dog|cat|pet|boss|divorce|marriage|wedding|"
    r"childhood|twenties|thirties|teens|youth|faith|church|miscarriage|pregnancy|"
    r"coming out|recovery|sobriety|drinking|family's|dad's|mom's|mum's|mother's|father's|"
    r"home country|hometown|home town|own (?:therapy|therapist|counsel+or|analyst|experience|life|"
    r"family|story|loss|grief))\b",
    r"\bin my (?:experience|life|family|culture|twenties|thirties|teens|youth|own|case|day)\b"
    r"(?!,? (?:a lot of|lots of|many|most|plenty of|some) (?:people|clients|parents|carers))",
    r"\bmine(?:'s| is| are| was| were| did| has| have| had| went| got| took| lasted| dragged)\b",
    # the helper's past pointed at without an "I": "that was me in 2019", "that was me at your
    # age" (not "sorry, that was me rambling", the helper in the room)
    r"\b(?:that|this) was (?:me|us)(?: too| as well)?,? (?:in (?:\d{4}|my \w+|the \w+s)|at (?:your "
    r"age|uni|school|college|\d+)|for (?:years|ages|a long time|a while|a decade)|back (?:then|in)|"
    r"(?:\w+ )?years ago|once|a few years back|not long ago)\b",
    # "As someone who's been dumped by text, I feel this"
    r"\bas (?:someone|somebody|a person|one) who(?:'s| has| had|'d)? (?:been|gone|lived|had|lost|"
    r"survived|struggled|grown up|done|dealt|nursed|cared|buried|left)\b",
    r"\b(?:a|our|my) (?:newborn|new baby)\b",
    r"\bi (?:can|could) (?:really |definitely |totally )?relate\b",
    r"\bbeen there\b",
    r"\bi know (?:exactly )?(?:how|what) (?:you(?:'re| are)? (?:feel|going through)|it(?:'s| is)? "
    r"(?:feels?|like)|that feels?)\b.*\bi\b",
    r"\b(?:years|months|weeks|decades) ago\b",
    r"\bi(?:'m| am) (?:also |too )?(?:a |an )?(?:mother|father|mom|mum|dad|parent|student|nurse|"
    r"teacher|immigrant|refugee|gay|lesbian|bisexual|queer|trans|married|divorced|separated|single|"
    r"widow(?:ed|er)?|recovering|in recovery|sober|only child|first[- ]gen\w*|the first in my|"
    r"adopted|carer|caregiver|christian|muslim|jewish|hindu|atheist|vegan|introvert|"
    r"\d+ years old|in my \w+ties)\b",
    r"\bi (?:have|'ve got|got) (?:a |an |two |three |four |five |\d+ )?(?:kids|children|sons?|"
    r"daughters?|sisters?|brothers?|dogs?|cats?|family|twins|husband|wife|partner|boyfriend|"
    r"girlfriend|diagnosis|history of)\b",
    r"\bi(?:'m| am) (?:still |now |currently )?(?:going|been going) through\b",
    r"\bwhen i(?:'ve| have| had)\b",
    r"\b\w+ of mine\b",
    r"\bas an? \w+(?: \w+){0,4} myself\b",
    r"\bfrom (?:my own |personal |my )experience\b",
    r"\bi know (?:exactly )?what it(?:'s| is| was| feels) like to\b",
    # (not knowledge from the work, cited for a general claim: "I know from my work that carer
    # burnout is common")
    r"\bi know (?:from|first)(?! (?:my |the )?(?:work|job|practice|training|clients|research|"
    r"reading|studies)\b)",
    r"\bour (?:old |late |first |last |new )?(?:kids|children|son|daughter|family|dog|cat|home|"
    r"house|baby|wedding|marriage|neighbou?rs?|landlord|flat|street|village|vet|holiday|honeymoon|"
    r"garden|rabbit|puppy|kitten|parents|mum|mom|dad)\b",
    r"\bours (?:is|was|went|got|had|did|died|left|broke|ran)\b",
    r"\bmy (?:husband|wife|partner|family) and i\b",
    r"\bas an? (?:mom|mum|mother|dad|father|parent|widow\w*|immigrant|student|nurse|teacher|"
    r"carer|caregiver|survivor|gay|queer|trans|black|woman|man|daughter|son|kid|child|teen)\b"
    r"(?! of (?:you|your))",
    r"\bi know the feeling\b",
    r"\bwe(?:'ve| have) been (?:together|married)\b",
    r"\bwe (?:scots|irish|welsh|english|brits|americans|nigerians|ghanaians|indians|aussies|"
    r"kiwis|muslims|christians|jews|catholics|immigrants|northerners|southerners)\b",
    r"\bi (?:got|was|were) (?:\w+ )?(?:bullied|fired|sacked|laid off|dumped|diagnosed|abused|"
    r"attacked|mugged|burgled|adopted|evicted|arrested|hospitali[sz]ed|made redundant)\b",
    r"\bas a (?:teenager|kid|child|student|teen|young (?:man|woman)|boy|girl)\b",
    r"\bi(?:'d| would) be lying if i said\b",
    r"\bi(?:'m| am) not (?:a |an )?(?:mother|father|mum|mom|dad|parent|married|religious|"
    r"muslim|christian|jewish|gay|straight|in recovery)\b(?! to\b)",  # ("not married to the idea")
    r"\bi(?:'m| am) (?:straight|heterosexual|cis|non-binary|nonbinary|pansexual|asexual)\b",
    r"\bi(?:'m| am) (?:a |an )?\w+ (?:myself|too)\b",
    r"\b(?<!find )(?<!kick )(?<!remind )(?<!ask )myself\b(?! (?:thinking|wondering|feeling|noticing|"
    r"curious|getting|drawn))",
    r"\bi(?:'m| am) (?:\w+ )?(?:in|into) (?:long-term |early )?recovery\b",
    r"\bi (?:feel|felt) (?:like )?(?:that|the same|it|this)"
    r"(?: way| pain| hurt| fear| loneliness)? (?:too|as well)\b",
    r"\b(?:i(?:'ve| have)|and have|i had) been in (?:your|ur) (?:same |exact |very )?shoes\b",
    r"\bi (?:once |also |too |have |'ve |had )?(?:feel|felt) (?:\w+ )?(?:much )?the same\b",
    # the client's trouble said to have been the helper's: "as it happened with me in the past"
    r"\b(?:it|this|that|the same)(?: \w+){0,2} (?:happened|happening|happens) (?:with|to) me\b",
    r"\bi(?:'m| am) (?:a |an )?(?:white|black|asian|brown|mixed[- ]race|latina|latino|disabled|deaf|"
    r"autistic|neurodivergent)\b",
    r"\b^(?:same|same here|me too|me neither|ditto|snap)\b",
    r"\b(?:mum|mom|dad|father|mother|parent) of (?:one|two|three|four|five|\d+)\b",
    # Routines and circumstances told of oneself, as peer talk is full of them ("I live a very
    # sheltered life", "usually I do something else", "that's what I do to stay sane"); not the
    # helper's habits in the work ("I usually ask people", "I always start with the agreement").
    r"\bi live (?:in|with|near|on|alone|by|a|an|out|close|here|round here|nearby|locally)\b",
    r"\b(?:usually|normally|sometimes|often|always|every (?:day|morning|night|evening|week)),? i "
    + _NOT_HELPING_HABIT,
    r"\bi (?:usually|normally|often|sometimes|always|generally) " + _NOT_HELPING_HABIT,
    r"\bwhat i (?:do|did|tend to do) (?:to|when|whenever|if)\b",
    r"\bi (?:personally|myself) (?:have|had|'ve|was|am|did|do|went|dealt|struggled|used|found|"
    r"tried|got)\b",
    r"\bi tended to\b",
    # the helper's decades, in digits: "my 20s were rough", "in my early 30s"
    r"\bmy (?:early |mid |late )?[1-9]0s (?:were|was)\b|\bin my (?:early |mid |late )?[1-9]0s\b",
    # A taste of one's own, a low-intimacy fact (rubric v2): "I love old films", "I do like drama
    # movies", "I love Rioja". Not a liking for the work, the client or what they said ("I love
    # helping people", "I love your pin", "I like that idea", "I love a session like this").
    r"\bi (?:really |do |absolutely |just |also |personally )?(?:love|like|enjoy|adore|prefer) "
    r"(?!(?:that|this|it|those|these|how|what|when|where|the (?:idea|sound|way|thought|plan|"
    r"fact|image|question|word)|your|you|u|ur|hearing|seeing|helping|working|talking|listening|"
    r"to (?:help|hear|see|think|listen|work|talk|keep|start|end|check|ask)|my (?:job|work|role)|"
    r"this (?:job|work)|the work|a session|sessions?|our|being (?:here|able|a|your))\b)"
    r"[a-z]",
)

# The helper's household or family as "we", in the past: "we gave up on homeschooling", "we had
# to put our cat down". A "we" in a clause about the client or the session is the two of them,
# and is left to the relationship readers (disclosure_presence checks the clause).
WE_STORY = any_of(
    r"\bwe (?:actually |once |finally |just |also |eventually )?(?:had to|had|moved|lost|gave up|"
    r"went|got|put|tried|took|used to|ended up|split|broke up|divorced|married|adopted|saved|paid|"
    r"spent|left|bought|sold|played|did (?:the same|that|this)|did it)\b"
)

# Weaker signals of a personal life: preferences and habits ("i love parks", "i try to walk").
WEAK_DISCLOSURE = any_of(
    r"\b(?:helps|helped|gets|get|got|makes|made|keeps|kept|calms|relaxes) me\b",
    r"\bi (?:love|enjoy|like|prefer|hate|miss|try|tend|usually|often|sometimes|always|never|"
    r"struggle|worry|get|find|do|listen to|read|play|watch|run|walk|pray|meditate|journal|work|"
    r"live|am|'m)\b",
    r"\bmy (?:\w+)",
    r"\bfor me\b",
    r"\bto me\b",
)

# "my" followed by words of the helping role, not of a life.
MY_NOT_PERSONAL = re.compile(
    r"\bmy (?:pleasure|condolences|sympathies|sympathy|advice|suggestions?|ideas?|opinion|view|sense|"
    r"guess|hope|best(?! friend)|heart goes|thoughts|thinking|role|job here|job is|job as|question|"
    r"understanding|impression|apologies|apology|fault|mistake|part|words|comment|reflection|"
    r"observation|attention|client|clients|supervisor|training|office|practice|session|"
    r"schedule|availability|hours|policy|policies|own reaction|reaction|concern|offer|point|"
    r"final year|training|placement|course|colleague|colleagues|team|notes|door|own view|"
    r"end|side of the chat|screen|next (?:one|client|person|appointment|session)|"
    # exclamations and an introduction: "oh my goodness", "my bad", "my name is Sam"
    r"goodness|gosh|god|word|bad|name is|name's)\b"
    r"|\bmy (?:job|work)(?= (?:is|here|as|with|that)\b|[.,!?]|$)"
    # "that caught my ear", "what struck my eye"
    r"|\b(?:(?<=caught )|(?<=catches )|(?<=catch )|(?<=grabbed )|(?<=struck ))my (?:eye|ear)\b"
)
TO_ME_NOT_PERSONAL = any_of(
    r"\b(?:to me|with me|for me|me)\b.{0,25}\b(?:you|your|us|we|our|here|today|now|session)\b|"
    r"\b(?:tell|telling|told|show|showing|share|sharing|bring|bringing|ask|asking|trust|trusting|"
    r"let|help|helping|give|join|talk(?:ing)? (?:to|with)|open(?:ing)? up to|angry (?:at|with)|"
    r"upset with|disappointed (?:in|with)|frustrated with|annoyed (?:at|with)|mad at|with) me\b|"
    r"\bexcuse me\b|\blet me\b|\b(?:it )?seems to me\b|\bsounds to me\b|\bstrikes me\b|"
    r"\bthank (?:you|u)\b"
)

# A feeling of the helper's own, said of the client's situation: "I'd be worried too", "if I
# were in your shoes I'd be furious". Hill (2014) counts it as a disclosure of feeling; a weak
# sign, since "I'd be glad to" and "I'd feel better if you called them" are not.
HYPOTHETICAL_FEELING = any_of(
    r"\bi(?:'d| would)(?: (?:probably|definitely|also|certainly|honestly|totally|really))? "
    r"(?:be|feel|have been|have felt|have wanted|want)(?: (?:so|really|very|pretty|just|a bit|"
    r"quite))? (?:worried|anxious|scared|afraid|nervous|angry|furious|mad|upset|sad|hurt|"
    r"frustrated|stressed|overwhelmed|devastated|heartbroken|lost|confused|annoyed|terrified|"
    r"gutted|crushed|the same|that way|exactly the same|a second chance|jealous|lonely|"
    r"exhausted|shaken)\b(?=.*\b(?:too|as well|the same|"
    r"if i (?:were|was|saw|had|heard|lost|found|went)|in your (?:shoes|"
    r"position|place|situation)|given|in that situation|in the same)\b)"
    r"|\bi(?:'d| would) (?:be|feel) (?:the same|the same way|that way) too\b"
    # a taste of one's own, said of their plan: "I would enjoy that, too!"
    r"|\bi(?:'d| would) (?:really |definitely |also )?(?:enjoy|love|like) (?:that|it|this)"
    r"(?: trip)?,? (?:too|as well)\b"
    # "I would break down too if I saw that", "I'd have fallen apart in your place"
    r"|\bi(?:'d| would)(?: (?:probably|definitely|honestly|totally|just))? (?:break down|"
    r"fall apart|have (?:broken down|fallen apart|cried|lost it)|cry|lose it|freak out|panic)\b"
    r"(?=.*\b(?:too|to(?= if\b)|as well|if i (?:were|was|saw|had|heard|lost|found|went)|"
    r"in your (?:shoes|position|place|situation))\b)"
    # "I understand your feeling of being upset, I would be too"
    r"|\bi(?:'d| would) (?:definitely |probably |certainly )?(?:be|feel|have been) "
    r"(?:too|as well)\b"
)

# Conditional empathy ("if i were you") and quoted speech are not disclosures.
# ("have been in your shoes" is no hypothesis: it is the helper's past.)
HYPOTHETICAL = any_of(
    r"\bif i (?:were|was) (?:you|in your)\b|\b(?<!been )in your (?:shoes|position)\b"
)
