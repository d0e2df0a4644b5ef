"""Word patterns the offline scorer looks for, grouped by the feature they stand for.

Every pattern runs on normalised text (lower case, straight quotes). Patterns are deliberately
plain so an instructor can read why a response was scored as it was.
"""

from __future__ import annotations

import re


def _any(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


# --- first person ---------------------------------------------------------------------------
# "i" as a subject, with its contraction, followed by what it says.
FIRST_PERSON = re.compile(r"\bi(?:'m|'ve|'d|'ll)?\b(?=[\s,])")
MY_NOUN = re.compile(r"\b(?:my|mine|myself|me)\b")

# What a helper says in the first person without revealing their life: speech acts of helping.
# Matched at the start of a first-person clause ("i ..."); such a clause is not a disclosure.
HELPING_CLAUSE = _any(
    r"^i(?:'m| am) (?:so |really |very |truly |deeply |just )?sorry",
    r"^i (?:can |could )?(?:totally |really |completely |definitely |fully |certainly |only |truly )?"
    r"(?:understand|hear|see|imagine|tell|sense|appreciate|respect|empathi[sz]e|picture)\b",
    r"^i (?:do |really |just |truly |honestly |also |still )?(?:think|believe|guess|suppose|"
    r"hope|wonder|agree|mean|bet|trust|doubt|assume|reckon)\b",
    r"^i (?:do |really |just )?feel (?:like|that|as if|as though) (?!i\b)",
    r"^i(?:'m| am) (?:so |really |very |also |just )?(?:sure|certain|confident|glad|happy|pleased|"
    r"proud of you|curious|wondering|noticing|hearing|listening|here|aware|struck|touched|moved|"
    r"afraid that|not sure|unsure|thinking|sensing|grateful|thankful|interested|concerned|"
    r"worried (?:about|for) you|with you|on your side|impressed|rooting|available|wondering)\b",
    r"^i(?:'d| would| will|'ll) (?:really |also |definitely |just |certainly )?(?:like|love|suggest|"
    r"recommend|encourage|say|advise|be|imagine|guess|want|hope|ask|invite|stay|check|help|"
    r"listen|support|think|offer|respect)\b",
    r"^i (?:would |'d |really )?(?:suggest|recommend|encourage|advise|urge|invite)\b",
    r"^i (?:just )?(?:want|wanted|need|needed) (?:you|to (?:help|know|understand|hear|ask|check|"
    r"make sure|acknowledge|say|let you|be (?:clear|honest|sure|here)|thank|reflect|go back|"
    r"come back|pause|name|point|gently|share (?:something|an observation)|offer|slow|stop|"
    r"remind|hear|follow|explain|talk about (?:what|how|us|this|our)))",
    r"^i (?:know|knew) (?:that you|you|it's|its|this is|it is|it can|it must|how (?:hard|difficult|"
    r"tough|painful|scary|frustrating|much|important|lonely|hurtful|overwhelming)|that this|that it|"
    r"what you mean)",
    r"^i (?:totally |completely )?get (?:it|that|you|where you|what you|how you|why you|the sense)",
    r"^i (?:really )?(?:love|like|admire|applaud|commend|value) (?:that you|how you|your|the way "
    r"you|you|hearing|that idea|the idea|that|this)",
    r"^i (?:thank|appreciate|apologi[sz]e|welcome|respect|acknowledge|hear)\b",
    r"^i (?:notice|noticed|sense|sensed|observe|observed) ",
    r"^i(?:'ve| have) (?:noticed|heard|observed|been (?:hearing|listening|noticing|thinking about "
    r"(?:what you|our|us|you))|got(?:ten)? a sense|got the sense|(?:really )?enjoyed working|"
    r"valued|appreciated)",
    r"^i (?:can|could|will|may|might) (?:help|offer|give|provide|try|only|hear|see|refer|"
    r"recommend|suggest)\b",
    r"^i (?:feel|felt) (?:for you|that you|you|(?:\w+ )?(?:hearing|listening|as you|when you "
    r"(?:say|said|talk|describe|tell))|(?:\w+ ){0,3}(?:right now|just now|in this moment|as we))",
    r"^i(?:'m| am) (?:a |your |the |an? )?(?:trainee |student |new )?(?:counsel+or|therapist|"
    r"psychologist|social worker|helper|listener|clinician)\b",
    r"^i(?:'m| am| was)? ?(?:just )?(?:wondering|curious)",
    r"^i (?:may|might) (?:have|be) (?:wrong|mistaken|misunderstood|missed|pushed|rushed|got|gotten)",
    r"^i(?:'m| am) (?:going to|gonna|about to) (?:ask|stop|pause|suggest|be|try|check|say|share|keep|"
    r"leave|hold|"
    r"point)\b",
    r"^i (?:said|asked|mentioned|suggested|brought up|meant)\b",  # the session's own words
    r"^i(?:'m| am) (?:getting|picking up|seeing|hearing)\b",
    r"^i (?:hope|wish) (?:you|that|things|it|this|everything)",
    r"^i(?:'m| am) not (?:going anywhere|judging|here to judge|sure (?:what|how|i|if|that))",
    r"^i (?:don't|do not|didn't|did not) (?:know (?:if|whether|what|how|exactly|much about)|"
    r"want (?:to|you)|mean|think|understand|judge|blame)",
    r"^i(?:'m| am) (?:right|wrong)\b",
    r"^i (?:can|could) feel (?:that|you|how|your)\b",
    r"^i (?:know|knew)\b(?! (?:exactly )?what it(?:'s| is| was| feels) like to\b| from\b| first)",
    r"^i (?:\w+ )?wish (?:you|u|your|that you)\b",
    r"^i(?:'m| am) (?:doing )?(?:good|well|great|fine|okay|ok|alright|all right)\b",
    r"^i (?:don't|dont|do not) (?:think|believe|know)\b",
    r"^i (?:have|'ve got) (?:a |some |an )?(?:website|link|resource|number|suggestion|idea|"
    r"question|thought|few (?:ideas|questions|suggestions|thoughts))",
    r"^i (?:have to|must|gotta) (?:agree|say|admit that you|ask)\b",
    r"^i(?:'m| am) (?:the |a |your )?(?:support provider|supporter|volunteer|peer supporter)\b",
    r"^i (?:can|could|will|may) (?:advi[cs]e|pray|send)\b",
    r"^i (?:will|'ll) pray\b",
    r"^i(?:'ve| have) (?:got|understood|heard) (?:this|that|it|you) (?:right|correctly)",
    r"^i(?:'ve| have) (?:done|had|completed) (?:\w+ )?(?:years of |lots of )?(?:training|"
    r"supervision|qualifications?)",
    r"^i (?:have|get|receive|attend) (?:\w+ )?supervision",
    r"^i (?:promise|swear)\b",
    r"^i(?: don't| do not| won't| will not| can't| cannot|'m not| am not| never)(?: really)?"
    r"(?: (?:allowed|supposed|able|permitted) to)? (?:\w+ ){0,2}(?:accept|give|share|connect|"
    r"contact|respond|reply|use my|say hello|meet|see clients|do that|have contact|report|"
    r"answer|text|message|add|follow)\b",
    r"^i(?:'m| am) (?:afraid|not sure i'm allowed)\b",
    r"^i(?:'m| am) (?:fine|ok|okay|alright|all right|much better|better)\b",
    r"^i (?:only |just )?meant (?:it|that)\b",
    r"^i can\b[.?!]?$",
    r"^i work (?:in|with|from) (?:a |an )?(?:\w+[- ])?(?:centred|centered|way|approach|model|"
    r"integrative|cbt|psychodynamic|humanistic|systemic)",
    r"^i(?:'ve| have) got (?:the|this|that) (?:timeline|right|straight|order|picture)",
)

# Clauses that reveal the helper's life, strongest first. Each is a named feature.
STRONG_DISCLOSURE = _any(
    r"\bwhen i (?:was|went|lost|had|got|moved|left|first|started|came|found|became|turned|did)\b",
    r"\bi used to\b",
    r"\bi(?:'ve| have) (?:also |too |personally |myself )?(?:been|had|lost|gone|felt|struggled|"
    r"experienced|dealt|faced|done|worked|lived|seen|never|always|found|tried|learned|learnt|"
    r"suffered|battled|known|got|gotten|moved|left|quit|grieved|cared|raised|survived|buried|"
    r"watched|walked|sat)\b",
    r"\bi (?:also |too |myself |once |personally |actually |recently |even )?(?:went|had|lost|was|"
    r"were|felt|grew up|struggled|dealt|experienced|did|tried|spent|moved|left|quit|became|found|"
    r"learned|learnt|remember|took|started|stopped|lived|worked|cried|failed|divorced|married|"
    r"suffered|survived|came out|relapsed|drank|grieved|nursed|cared|raised|lost|buried|"
    r"miscarried|moved|emigrated|migrated|graduated|retired|smoked|used|binged|panicked|broke|"
    r"ended up|got (?:divorced|married|sober|clean|fired|laid off|sick|through|help|over))\b",
    r"\bi (?:also |too |myself )(?:\w+)",
    r"\b(?:me|mine|myself) (?:too|as well|also)\b",
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
    r"home country|hometown|home town|own (?:therapy|experience|life|family|story|loss|grief))\b",
    r"\bin my (?:experience|life|family|culture|twenties|thirties|teens|youth|own|case|day)\b"
    r"(?!,? (?:a lot of|lots of|many|most|plenty of|some) (?:people|clients|parents|carers))",
    r"\bmine(?:'s| is| was| were)\b",
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
    r"\bi know (?:from|first)",
    r"\bour (?:kids|children|son|daughter|family|dog|cat|home|house|baby|wedding|marriage)\b",
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
    r"muslim|christian|jewish|gay|straight|in recovery)\b",
    r"\bi(?:'m| am) (?:straight|heterosexual|cis|non-binary|nonbinary|pansexual|asexual)\b",
    r"\bi(?:'m| am) (?:a |an )?\w+ (?:myself|too)\b",
    r"(?<!find )(?<!kick )(?<!remind )(?<!ask )\bmyself\b(?! (?:thinking|wondering|feeling|noticing|"
    r"curious|getting|drawn))",
    r"\bi(?:'m| am) (?:\w+ )?(?:in|into) (?:long-term |early )?recovery\b",
    r"\bi (?:feel|felt) (?:like )?(?:that|the same|it|this)"
    r"(?: way)? (?:too|as well)\b",
    r"\bi (?:feel|felt) (?:\w+ )?(?:much )?the same\b",
)

# Weaker signals of a personal life: preferences and habits ("i love parks", "i try to walk").
WEAK_DISCLOSURE = _any(
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
    r"\bmy (?:pleasure|condolences|sympathies|sympathy|advice|suggestion|opinion|view|sense|"
    r"guess|hope|best(?! friend)|heart goes|thoughts|thinking|role|job here|job is|job as|question|"
    r"understanding|impression|apologies|apology|fault|mistake|part|words|comment|reflection|"
    r"observation|attention|client|clients|supervisor|training|office|practice|session|"
    r"schedule|availability|hours|policy|policies|own reaction|reaction|concern|offer|point|"
    r"final year|training|placement|course|colleague|colleagues|team|notes|door|own view)\b"
)
TO_ME_NOT_PERSONAL = re.compile(
    r"\b(?:to me|with me|for me|me)\b.{0,25}\b(?:you|your|us|we|our|here|today|now|session)\b|"
    r"\b(?:tell|telling|told|show|showing|share|sharing|bring|bringing|ask|asking|trust|trusting|"
    r"let|help|helping|give|join|talk(?:ing)? (?:to|with)|open(?:ing)? up to|angry (?:at|with)|"
    r"upset with|disappointed (?:in|with)|frustrated with|annoyed (?:at|with)|mad at|with) me\b|"
    r"\bexcuse me\b|\blet me\b|\b(?:it )?seems to me\b|\bsounds to me\b|\bstrikes me\b|"
    r"\bthank (?:you|u)\b"
)

# Conditional empathy ("if i were you") and quoted speech are not disclosures.
HYPOTHETICAL = re.compile(r"\bif i (?:were|was) (?:you|in your)\b|\bin your (?:shoes|position)\b")

# --- quality of a disclosure ------------------------------------------------------------------
PAST = _any(
    r"\bwhen i was\b",
    r"\bi used to\b",
    r"\b(?:years|months|decades|a while|some time|long) ago\b",
    r"\bback (?:then|when|in)\b",
    r"\bat the time\b",
    r"\bonce\b",
    r"\bin my (?:twenties|thirties|"
    r"teens|youth|early|late)\b",
    r"\bi (?:\w+ )?(?:went|had|lost|was|felt|struggled|dealt|did|tried|spent|moved|left|became|"
    r"found|learned|learnt|took|cried|grew up|got|experienced|faced|survived|came)\b",
    r"\bi(?:'ve| have) (?:\w+ )?(?:been|had|lost|gone|felt|struggled|experienced|dealt|faced|"
    r"learned|learnt|found|grieved)\b",
)
RESOLVED = _any(
    r"\bwhat (?:really )?(?:helped|worked|got me through)\b",
    r"\bit (?:did |eventually )?got "
    r"(?:easier|better|lighter)\b",
    r"\beventually\b",
    r"\bover time\b",
    r"\bin time\b",
    r"\bwith time\b",
    r"\bcame through\b",
    r"\bgot through\b",
    r"\bworked through\b",
    r"\blooking back\b",
    r"\bi(?:'m| am) (?:ok|okay|fine|better|in a good place|at peace) "
    r"(?:now|with it|these days)",
    r"\bi (?:learned|learnt|realised|realized)\b",
    r"\bin the end\b",
    r"\bit passed\b",
    r"\bmade (?:my )?peace\b",
    r"\bhealed\b",
    r"\bit took (?:time|a while|me a while)\b",
    r"\bslowly\b",
    r"\bfound my way\b",
    r"\bit does get\b",
    r"\bmoved on\b",
    r"\bi(?:'ve| have) (?:since|come to)\b",
)
CURRENT_STRUGGLE = _any(
    r"\bi(?:'m| am) still\b",
    r"\bstill (?:can't|cannot|hurts|hard for me|struggle|struggling|"
    r"miss|cry|haven't|think about|get|feel|don't|have nightmares|grieving|angry|not over)\b",
    r"\bi(?:'m| am) (?:currently |also |now )?(?:going|been going) through\b",
    r"\bright now i\b",
    r"\bthese days i\b",
    r"\bto this day\b",
    r"\bi (?:can't|cannot|couldn't) (?:get over|stop|sleep|talk about|even|face|bear|cope|"
    r"handle|move on)\b",
    r"\bi(?:'m| am) not over\b",
    r"\bi (?:haven't|have not) "
    r"(?:gotten|got|been able|moved|gotten over|dealt)\b",
    r"\bi(?:'m| am) (?:so |really |also |just )?(?:depressed|anxious|lonely|broken|devastated|"
    r"struggling|a mess|falling apart|exhausted|drowning|miserable|heartbroken|lost|not coping|"
    r"barely|in pieces|overwhelmed|scared)\b",
    r"\b(?:lately|this week|this month|yesterday|last night|at the moment),? i\b",
    r"\bmy (?:own )?(?:divorce|separation|breakup|chemo|treatment|diagnosis) (?:is|right now|"
    r"this)\b",
    r"\bi(?:'m| am) (?:in the middle of|dealing with|fighting|battling)\b",
    r"\b(?:hitting|killing|destroying|eating|crushing|wrecking) me\b",
    r"\bi (?:lie|lay) awake\b",
    r"\bi (?:haven't|have not) (?:slept|been sleeping|stopped)\b",
    r"\bsome (?:nights|days|mornings) i\b",
    r"\bi (?:just )?(?:sit and )?(?:cry|sob)\b",
    r"\bi don't know how (?:anyone|any of us|i(?:'m| am)?|we)\b",
    r"\b(?:he's|she's|they're|he is|she is|they are) (?:not been well|been unwell|unwell|ill|"
    r"sick|in hospital|dying|getting worse|deteriorating)\b",
    r"\bi(?:'ve| have) (?:\w+ )?(?:felt|been feeling) (?:so |really )?(?:lost|low|down|awful|"
    r"alone|empty|hopeless|numb)\b",
    r"\bi still (?:\w+ )?(?:can't|cannot|cry|think about|feel|get|miss|struggle|have|dream)\b",
    r"\b(?:keeping|keeps) me going\b",
    r"\b(?:a )?complete mess\b",
    r"\bi(?:'ve| have) nearly (?:slipped|relapsed|lost it)\b",
    r"\bi(?:'m| am) (?:\w+ )?(?:lonely|skint|broke|terrified|scared|anxious|depressed|"
    r"struggling|exhausted|miserable|stressed|burnt out|burned out|drowning|so tired|grieving|"
    r"heartbroken|not coping|falling apart|barely)\b",
    r"\b(?:every|most|each) (?:single )?(?:day|night|nights|evening|evenings|weekend|morning)\b",
    r"\bstill (?:so )?raw\b",
    r"\bi(?:'m| am) (?:finding it hard|struggling) to\b",
    r"\bi keep (?:thinking|worrying|wondering|going over)\b",
    r"\bi(?:'m| am) the worst\b",
    r"\b(?:diagnosed|died|passed|left) (?:last|this) (?:week|month)\b",
)
INTIMATE = _any(
    r"\bsex\w*\b",
    r"\baffair\b",
    r"\bcheat(?:ed|ing)\b",
    r"\bsuicid\w*\b",
    r"\bkill(?:ed)? "
    r"myself\b",
    r"\bself[- ]harm\w*\b",
    r"\bcutting myself\b",
    r"\boverdos\w*\b",
    r"\babus\w*\b",
    r"\brap(?:e|ed)\b",
    r"\bassault\w*\b",
    r"\brelaps\w*\b",
    r"\bbreakdown\b",
    r"\bfell apart\b",
    r"\bfalling apart\b",
    r"\bdrunk\b",
    r"\balcoholic\b",
    r"\baddict\w*\b",
    r"\bporn\w*\b",
    r"\bhospitali[sz]ed\b",
    r"\bpsychiatric\b",
    r"\bmy (?:own )?(?:meds|"
    r"medication)\b",
    r"\bnightmares\b",
    r"\bcouldn't get out of bed\b",
    r"\bwanted to die\b",
    r"\bmy (?:marriage|divorce) (?:is|was) (?:falling|a mess|hell)\b",
    r"\b(?:sertraline|prozac|citalopram|fluoxetine|lexapro|zoloft|antidepressants?|a&e|"
    r"psychiatrist|sectioned|rehab)\b",
    r"\b(?:beat|hit|hurt|abused|raped) me\b",
    r"\b(?:devastated|shattered|destroyed|broke me|lost everything|losing everything)\b",
    r"\banorexi\w*\b",
    r"\bbulimi\w*\b",
    r"\bstone at one point\b",
    r"\btoys\b",
    r"\bdry spell\b",
    r"\b(?:a )?bottle (?:a|most|every)\b",
    r"\bthe same thing happened to me at\b",
    r"\beating disorder\b",
    r"\b(?:she|he) died\b",
)
ONE_UPPING = _any(
    r"\bthat's nothing\b",
    r"\bthat is nothing\b",
    r"\bat least you\b",
    r"\byou think that's bad\b",
    r"\btry (?:having|losing|being|living)\b",
    r"\bimagine (?:having|losing|if you)\b",
    r"\b(?:much|even|way|far|a lot) (?:worse|harder|tougher)\b",
    r"\bi had it (?:worse|harder|"
    r"tougher|bad too)\b",
    r"\bi lost (?:both|all|two|three|four)\b",
    r"\bmine (?:was|were|is) "
    r"(?:worse|harder|bigger|way)\b",
    r"\byou(?:'re| are) lucky\b",
    r"\bcould (?:be|have been) "
    r"worse\b",
    r"\bcount yourself lucky\b",
    r"\bcompared to (?:me|mine|what i)\b",
    r"\bwait till\b",
    r"\bwait until you\b",
    r"\bnot (?:as|so) bad as\b",
    r"\bat least it's not\b",
    r"\btop of (?:my|the) (?:team|class|year)\b",
    r"\bi(?:'ve| have) always been (?:the |a )?(?:best|top|good at|fine)\b",
    r"\bi(?:'ve| have) never (?:been fired|failed|struggled with|had (?:that|a problem|any trouble))\b",
    r"\bi(?:'d| would) never\b",
    r"\bwhat (?:was|is|were) your (?:lowest|worst|highest|heaviest)\b",
    r"\bstraight a\b",
    r"\b(?:got|get|went) into (?:oxford|cambridge|harvard|yale)\b",
)
ADVICE = _any(
    r"\byou (?:really |just |definitely |honestly )?(?:should|need to|have to|ought to|must|gotta|"
    r"got to)\b",
    r"\b(?:just|simply) (?:do|try|get|go|stop|start|tell|leave|call|take|put|make|"
    r"be|focus|let|move|forget|ignore|say)\b",
    r"\bdo what i did\b",
    r"\bif i (?:can|could) do it\b",
    r"\btake it from me\b",
    r"\bmy advice\b",
    r"\bthe (?:key|trick|secret|answer) is\b",
    r"\ball you (?:have|need) to do\b",
    r"\b(?:what you|you'll) (?:need|want) to do\b",
    r"\bwhy don't you\b",
    r"\bdon't (?:be|let|"
    r"worry|give up|dwell|think)\b",
    r"\bthe best thing (?:you can do|to do) is\b",
    r"\b(?:try|start) (?:to )?(?:what i|doing what|journaling|exercising|meditating|running)\b",
    r"\byou(?:'ll| will) (?:be fine|get over it|feel better)\b",
    r"\bthe only thing (?:that )?(?:works|helps|worked|helped)\b",
    r"\bhave you (?:got|tried|thought about) (?:a |an )?(?:sponsor|app|gym|routine|journal)\b",
    r"(?:^|[.!?] )do that\b",
    r"\bget out while\b",
    r"\byou (?:just )?(?:learn to|have to learn to|get used to)\b",
    r"\bi wouldn't worry\b",
    r"\b(?:totally|completely|so) doable\b",
    r"\bsorted (?:her|him|them|it|me) (?:right )?out\b",
)
# A softer push toward what worked for the helper.
SUGGESTION = _any(
    r"\bmight be worth\b",
    r"\byou (?:could|might) (?:always )?try\b",
    r"\bhave you (?:thought about|considered)\b",
)
STRATEGY_TENTATIVE = _any(
    r"\bwhat (?:helped|worked for) me\b",
    r"\bi found (?:it )?(?:helpful|useful|that)\b",
    r"\bfor me,? (?:it|what) (?:helped|worked)\b",
    r"\bhelped me\b",
)
# Happening in the helper's life now, even when it is not a struggle ("planning my wedding").
CURRENT_TIME = _any(
    r"\b(?:lately|recently|at the moment|these days|this (?:week|month|year)|right now|currently|"
    r"last (?:week|month|year)|in (?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december))\b",
)
# Opinions that bring the helper's values into the room.
VALUES = _any(
    r"\bbest thing i ever did\b",
    r"\bi (?:think|reckon|believe) (?:\w+ ){0,4}(?:religion|church|god|government|politicians?|"
    r"feminism|capitalism) (?:is|are)\b",
    r"\b(?:religion|government|church|politicians?) (?:is|are) (?:\w+ )?(?:disgusting|ridiculous|"
    r"a joke|nonsense|poison|evil|brainwashing)\b",
    r"\bi voted\b",
    r"\bi go on every march\b",
    r"\bdisgusting\b",
    r"\bas a (?:christian|muslim|jew|hindu|catholic|believer|atheist|buddhist|sikh)\b",
    r"\bi pray\b",
    r"\bwe(?:'d| would) never have accepted\b",
    r"\bevery life is precious\b",
    r"\bfollowing the rules\b",
)
# The client asks about the helper's own life ("Have you ever...?", "Are you married?").
PERSONAL_QUESTION = re.compile(
    r"\b(?:have|are|do|did|were|was|would|will|can) you (?:ever |also |yourself |actually |even )?"
    r"(?!think|mean|want to|feel like|need|mind|remember when|know what|see what|understand|"
    r"get what|agree|believe me|like me|pity|judge|hate|care)\w+[^?]*\?|\bhow old are you\b|"
    r"\bwhere are you from\b|\bwhat about you\b|\byou too\?|\byour (?:own )?(?:kids|children|"
    r"family|partner|husband|wife|parents|age|faith|religion)\b[^?]*\?"
)
# A reply that answers such a question about oneself, in its first words.
PERSONAL_ANSWER = re.compile(
    r"^(?:\w+, )?(?:yes|yeah|yep|no|nope|i am|i'm not|i have|i haven't|i do|i don't|i did|"
    r"i didn't|i was|i wasn't|i've been|i'm|same|me too|me neither|\d+|twenty|thirty|forty|"
    r"fifty|sixty)\b(?!,? (?:i (?:don't )?think|not at all|of course))"
)
# Questions that seek the client's agreement rather than their experience.
TAG_QUESTION = re.compile(
    r"(?:isn't it|aren't they|wasn't it|right|don't you think|you know|yeah|eh|no)\s*\?\s*$"
)
DIFFERENCE_ACKNOWLEDGED = _any(
    r"\b(?:everyone|everybody|each person)(?:'s| is| has)? (?:different|experience|own)\b",
    r"\b(?:may|might|could) (?:be|feel|look) (?:very )?different for you\b",
    r"\bnot (?:the same|identical)\b",
    r"\byour (?:own )?(?:experience|situation|loss|path|grief|"
    r"way) (?:is|may be|might be|will be) (?:your own|different|unique)\b",
    r"\bi (?:don't|do not|can't|cannot) (?:know|assume|pretend|claim)\b.{0,30}\b(?:exactly|same|"
    r"what it's like for you|how it is for you|yours)\b",
    r"\bwhatever (?:works|feels right) for you\b",
    r"\bthough (?:that|it) may not\b",
)
OVER_IDENTIFY = _any(
    r"\bi know exactly (?:how|what)\b",
    r"\bexactly the same\b",
    r"\bjust like you\b",
    r"\bsame as you\b",
    r"\bwe(?:'re| are) (?:the same|alike|in the same boat)\b",
    r"\b(?:totally|completely|absolutely) (?:get|understand) (?:it|that|the|this|how|what)\b",
    r"\bbelieve me\b",
    r"\bso i know (?:how|what|exactly)\b",
    r"\bsame (?:thing )?(?:as|with) (?:me|mine)\b",
    r"\b(?:totally|completely|absolutely|fully) (?:get|understand)\b(?= *[.!,]|$)",
)
THERAPIST_CENTRED = _any(
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
)
AIM = _any(
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
RETURN_INVITE = _any(
    r"\bwhat(?:'s| is| has| was) (?:it|that|this) (?:been )?like for you\b",
    r"\bhow (?:is|has|was|does) (?:it|that|this) (?:been |feel |sit |land )?(?:for|with) you\b",
    r"\b(?:tell|show) me (?:more|about)\b",
    r"\bwhat about (?:for )?you\b",
    r"\bi(?:'m| am) (?:curious|wondering|interested)\b.*\byou",
    r"\bi wonder\b.*\byou",
    r"\bwhat (?:do|did|does|would) (?:you|it|that)\b",
    r"\bhow (?:do|did|are|were|would) you\b",
    r"\bback to you\b",
    r"\bbut (?:this|it|today) is (?:about )?(?:you|your)\b",
    r"\byour (?:experience|story|loss|grief|situation)\b",
    r"\bwhat (?:comes up|is coming up)\b",
    r"\bplease tell me\b",
    r"\btell me (?:more|about|what|how)\b",
)

# --- immediacy --------------------------------------------------------------------------------
# References to the relationship or the session itself, in the present.
RELATIONAL = _any(
    r"\bbetween (?:us|you and me|you and i|the two of us)\b",
    r"\byou and (?:i|me)\b",
    r"\b(?:with|about|toward|towards|at|by|from|to|of) me\b",
    r"\bour (?:relationship|work|"
    r"sessions?|time|conversation|connection|meetings?|talks?|last session|work together|"
    r"relationship|time together|first session|agreement|alliance|hour)\b",
    r"\bin here\b",
    r"\bin this room\b",
    r"\bin (?:our|this|today's|the) session\b",
    r"\bhere with me\b",
    r"\bwith me (?:here|now|today|right now)\b",
    r"\bus\b",
    r"\bwe(?:'re| are|"
    r" have|'ve)? (?:doing|working|talking|getting|been|sitting|spending|stuck)\b",
    r"\bwhen i (?:said|asked|mentioned|brought up|suggested|pushed|raised|named|interrupted)\b",
    r"\bwhat i (?:just )?(?:said|asked|suggested)\b|\bwhat i just did\b",
    r"\blast (?:session|week|time)\b",
    r"\bcoming (?:here|to see me|to (?:therapy|sessions|counsel\w+))\b",
    r"\bworking with me\b",
    r"\b(?:talking|speaking) (?:to|with) me\b",
    r"\btelling me\b",
    r"\b(?:sharing|share) (?:this|"
    r"that|it|these|something) with me\b",
    r"\btrust me\b",
    r"\bme as your\b",
    r"\byour (?:therapist|counsel+or)\b",
    r"\bi(?:'m| am) your\b",
)
HERE_NOW = _any(
    r"\bright now\b",
    r"\bjust now\b",
    r"\bin this moment\b",
    r"\bat this moment\b",
    r"\b(?:as|while|when) (?:we|you) (?:talk|sit|speak|say|said|tell|told|describe|described|"
    r"laughed|smiled)\b",
    r"\btoday\b",
    r"\bhere\b",
    r"\bin the room\b",
    r"\ba moment ago\b",
    r"\bwhen i (?:said|asked|mentioned)\b",
    r"\bas i (?:said|say|listen|sit|hear)\b",
    r"\bsince (?:you came in|we started|we began)\b",
)
PROCESS_OBSERVATION = _any(
    r"\bi (?:notice|noticed|(?:'m|am) noticing|see|saw|sense|sensed|(?:'m|am) aware|observe|"
    r"(?:'m|am) picking up|(?:'m|am) struck|have a sense|get the sense|(?:'m|am) sensing)\b",
    r"\byou (?:went|got|go|seem|seemed|look|looked|became|are|'re|were) (?:\w+ ){0,2}(?:quiet|silent|"
    r"still|tense|teary|tearful|distant|far away|closed|annoyed|angry|irritated|frustrated|"
    r"disappointed|hurt|upset|guarded|shut down|withdrawn|hesitant|uncomfortable|flat)\b",
    r"\byou (?:laughed|smiled|sighed|looked away|turned away|paused|hesitated|changed the subject|"
    r"crossed your arms|went quiet|came in late|arrived late|were late|teared up|tearing up)\b",
    r"\byour (?:eyes|tears|voice|face|laugh|smile|silence|arms)\b",
    r"\b(?:silence|quiet|pause)\b",
    r"\blate\b",
    r"\bmissed (?:our|the last|last|a) (?:session|appointment|week)\b",
)
TENTATIVE = _any(
    r"\bi (?:notice|noticed|wonder|wondered|sense|(?:'m|am) (?:noticing|wondering|aware|curious|"
    r"sensing|struck|guessing))\b",
    r"\bi(?:'m| am) not sure\b",
    r"\bi (?:might|may|could) be "
    r"(?:wrong|off|mistaken)\b",
    r"\bcorrect me\b",
    r"\bperhaps\b",
    r"\bmaybe\b",
    r"\bi have a "
    r"(?:sense|hunch|feeling)\b",
    r"\bi get the sense\b",
    r"\bit seems\b",
    r"\bi(?:'m| am) "
    r"(?:having|aware of) (?:a|the|some)\b",
    r"\bi think i\b",
    r"\bi guess\b",
    r"\bi imagine\b",
    r"\bi could be\b",
    r"\bdoes that (?:fit|sound|feel) (?:right|true)?\b",
    r"\bit's possible\b",
)
OWNED = _any(
    r"\bi (?:notice|noticed|feel|felt|sense|wonder|(?:'m|am) (?:noticing|aware|feeling|wondering"
    r"|curious|sensing|struck|touched|moved))\b",
    r"\bi(?:'m| am) (?:finding|realising|realizing)\b",
    r"\bmy (?:sense|impression|reaction|experience of)\b",
    r"\bfor my part\b",
    r"\bi (?:may|might) have\b",
    r"\bi think i\b",
    r"\bi (?:got|missed|rushed|pushed|misread)\b",
    r"\bi(?:'m| am) (?:really |so )?(?:glad|touched|moved|interested|sad|curious)\b",
)
INVITES_VIEW = _any(
    r"\?",
    r"\bi(?:'d| would) (?:like|love|really like) to (?:hear|know|understand)\b",
    r"\b(?:tell|help) me\b",
    r"\bwould you be willing\b",
    r"\bif you(?:'re| are)? (?:willing|open|"
    r"up for it)\b",
    r"\bi(?:'m| am) open to\b",
    r"\bwhat (?:do you make|are you making) of\b",
    r"\byour (?:sense|view|take|experience) of\b",
    r"\bi(?:'m| am) curious (?:about|what|how)\b",
    r"\bi wonder (?:what|how|if|whether)\b",
    r"\bi(?:'m| am) wondering (?:what|how|if|whether|about)\b",
)
ACCUSATORY = _any(
    r"\byou(?:'re| are) (?:being |just |so |really |clearly |obviously |always )?(?:resistant|"
    r"defensive|difficult|avoidant|manipulative|rude|hostile|disrespectful|childish|dramatic|"
    r"stubborn|impossible|unreasonable|ungrateful|lazy|not trying|in denial|playing games|"
    r"sabotaging|wasting)\b",
    r"\byou always\b",
    r"\byou never\b",
    r"\byou keep (?:avoiding|"
    r"pushing|deflecting|dodging|changing|making|doing|coming late|being late|missing)\b",
    r"\bwhy (?:are|do|can't|won't) you (?:always |even |just )?(?:do|keep|push|avoid|resist|"
    r"bother|come|act|refuse|insist)\b",
    r"\bstop (?:being|avoiding|deflecting|pushing|"
    r"laughing|acting)\b",
    r"\byou need to (?:trust|open|be honest|take this|start|stop|"
    r"respect|show up|get)\b",
    r"\byou obviously\b",
    r"\bclearly you\b",
    r"\byou(?:'re| are) "
    r"not (?:trying|taking this|committed|serious|listening)\b",
    r"\byou should be "
    r"(?:grateful|on time|more|thankful)\b",
    r"\bthat's (?:not )?(?:rude|unacceptable|"
    r"disrespectful)\b",
    r"\bi(?:'m| am) not going to (?:tolerate|accept|put up)\b",
    r"\byour (?:resistance|attitude|defensiveness|behaviou?r)\b",
    r"\bdo you even (?:want|care)\b",
    r"\bthis is (?:exactly|typical|classic)\b",
    r"\bjust like (?:you|always)\b",
    r"\b(?:it's|it is|that's) not funny\b",
    r"\bstop (?:looking at|apologi[sz]ing|checking)\b",
    r"\byou(?:'re| are) (?:\w+ )?(?:deflecting|avoiding|reacting so|defending \w+ so)\b",
    r"\bhow committed you are\b",
    r"\bminutes we(?:'ve| have) lost\b",
    r"\b(?:it's|that's) (?:quite |really |very |a bit )?(?:rude|irritating|annoying)\b",
    r"\byou do this (?:every|all the) time\b",
    r"\bwhy are you (?:laughing|smiling|being)\b",
    r"\byou (?:just )?(?:don't|didn't) like "
    r"hearing\b",
    r"\byou(?:'re| are) (?:\w+ )?(?:not taking (?:this|it|me)|treating me)\b",
    r"\bthe (?:way|same way) you treat\b",
    r"\byou(?:'re| are) doing it (?:again|right now)\b",
    r"\b(?:crossed|crossing) a line\b",
    r"\b(?:that's|that is|this is) (?:\w+ )?(?:inappropriate|getting ridiculous|ridiculous)\b",
    r"\bif you (?:really )?cared\b",
    r"\bbe on time\b",
    r"\bwasting (?:both )?(?:our|my) time\b",
    r"\bjust sit there\b",
    r"\breally annoying that you\b",
    r"\bwhat's wrong with you\b",
    r"\bwhy won't you\b",
    r"\bsmarter than me\b",
    r"\byou think you(?:'re| are) (?:better|smarter|clever)\b",
)
DEMANDING = _any(
    r"(?:^|[.!?] )tell me\.?$",
    r"\byou (?:need|have|must) to (?:tell|answer|talk)\b",
    r"\banswer (?:me|the question)\b",
    r"\bjust (?:say|tell me) it\b",
    r"(?:^|[.!?] )look at me\b",
    r"\btell me what you (?:really )?(?:think|feel) (?:of|about) me\b",
    r"(?:^|[.!?] )right now\.$",
)
THERAPIST_NEED = _any(
    r"\bi need you to\b",
    r"\b(?:it|that|this) (?:\w+ )?hurts me\b",
    r"\bi(?:'m| am) "
    r"(?:\w+ ){0,2}(?:hurt|offended|insulted|disrespected|unappreciated|wounded)\b",
    r"\bhow (?:that|it|this) (?:felt|feels|made me feel) for me\b",
    r"\bdo you (?:even )?know "
    r"\b(?:like|that) i(?:'ve| have)? failed\b",
    r"\b(?:like|that) i(?:'ve| have)? failed\b",
    r"\bi (?:rearranged|cancelled|changed|gave up|moved) (?:my|\w+ of my)\b.{0,30}\bfor you\b",
    r"\bplease don't (?:stop|leave|go|quit)\b",
    r"\bi spent (?:ages|hours|so long|a long time)\b",
    r"\bi(?:'m| am) (?:\w+ )?disappointed\b",
    r"\bi feel (?:terrible|awful|so bad|guilty|dreadful)\b",
    r"\b(?:it|that|you) (?:did |really )?(?:made|make|makes) me (?:\w+ ){0,2}uncomfortable\b",
    r"\bi want to see this through\b",
    r"\bi feel (?:hurt|"
    r"offended|insulted|disrespected|unappreciated|rejected|attacked|useless|like a failure)\b",
    r"\bi(?:'ve| have) (?:worked|tried) so hard\b",
    r"\bafter (?:everything|all) i(?:'ve| have)\b",
    r"\byou make me (?:feel|so|angry|sad|frustrated)\b",
    r"\bi(?:'m| am) (?:\w+ ){0,2}"
    r"(?:frustrated|annoyed|fed up|tired|sick|irritated|angry|disappointed) (?:with|of|by|in) you\b",
    r"\bi(?:'m| am) tired of\b",
    r"\b(?:it's|it is) (?:hard|difficult|frustrating) for me when you\b",
    r"\bi need (?:to feel|"
    r"you|this)\b",
    r"\bdon't you (?:like|trust|appreciate) me\b",
    r"\bi want you to like me\b",
    r"\bi(?:'m| am) (?:trying|doing) my best\b",
    r"\bi take (?:that|it) personally\b",
    r"\bi(?:'m| am) (?:a good|not a bad) (?:therapist|counsel+or)\b",
    r"\bi(?:'m| am) (?:\w+ ){0,3}(?:offended|insulted|hurt)\b",
    r"\bbent over backwards\b",
    r"\b(?:it's|it is) (?:\w+ )?frustrating for me\b",
    r"\bwhy i (?:even )?bother\b",
    r"\bi (?:feel|felt|get|got) (?:\w+ ){0,4}(?:shut out|pushed away|dismissed|ignored|left out|"
    r"useless|stuck|frustrated|annoyed|irritated) (?:when|by|because) you\b",
    r"\bworking harder than you\b",
    r"\bdoing all the work\b",
    r"\btried everything with you\b",
    r"\bneed a different (?:counsel+or|therapist)\b",
    r"\b(?:keeping|keeps) me going\b",
    r"\bone of the few things\b",
    r"\bwhether i(?:'m| am) the right (?:person|counsel+or|therapist|fit)\b",
)
# Feelings toward the client that cross the professional frame: harmful immediacy.
BOUNDARY_CROSSING = _any(
    r"\bi (?:really |truly )?(?:love|adore)\b(?! (?:that|how|the way|hearing|your idea))",
    r"\bi (?:think|dream) (?:about|of) you\b",
    r"\bi (?:feel|am|'m) (?:so |really |very )close to you\b",
    r"\byou(?:'re| are) (?:so |very |really )?special to me\b",
    r"\b(?:my|the) (?:favou?rite|best) client\b",
    r"\bclient i look forward to\b",
    r"\battract\w*\b",
    r"\bi(?:'m| am) (?:so )?(?:lucky|blessed) to have you\b",
    r"\byou(?:'re| are) (?:beautiful|gorgeous|handsome|sexy|cute)\b",
    r"\bsoul ?mates?\b",
    r"\bnobody (?:will ever |else )?(?:\w+ )?understands? you like i\b",
    r"\bi feel something (?:too|for you)\b",
    r"\b(?:real|special|deep) connection\b",
    r"\bsomething special\b",
    r"\bi (?:find myself |catch myself )?(?:thinking|dreaming|wondering) (?:about|of|what) you\b",
    r"\bi dreamt (?:about|of) you\b",
    r"\bmeant to be\b",
    r"\b(?:could|would|should) (?:just )?be (?:mates|friends|pals)\b",
    r"\bin another life\b",
    r"\bhug\b",
    r"\bonly i (?:can|understand)\b",
    r"\byou(?:'re| are) not (?:so )?bad yourself\b",
    r"\b(?:good-looking|gorgeous|hot|fit)\b(?= yourself|, you)",
)
# Offers of contact outside the frame: a boundary matter (the `boundary` criterion), not talk
# about the relationship, and not when refused ("I can't give you my number").
CONTACT_OFFER = _any(
    r"\b(?:be|become|stay) friends\b",
    r"\b(?:text|call|message|email|ring|whatsapp) me\b(?! (?:back|about the))",
    r"\bhere'?s my (?:personal )?(?:number|cell|mobile|email|address)\b",
    r"\b(?:add|follow) me\b",
    r"\b(?:grab|get|have) (?:a )?(?:coffee|drink|lunch|dinner)\b",
    r"\bmy (?:personal )?(?:number|cell|mobile|instagram|facebook|home address)\b",
    r"\bbetween sessions (?:i|is fine|that's fine)\b",
    r"\bwe could both\b",
    r"\bcome with me\b",
)
REFUSAL = re.compile(
    r"\b(?:can't|cannot|won't|don't|do not|not able to|not allowed|not going to|no)\b.{0,30}"
    r"\b(?:give|share|connect|accept|add|follow|meet|text|call|email|reachable|use)\b"
)
DEFENSIVE = _any(
    r"\bi (?:didn't|did not|never) (?:say|mean|said)\b",
    r"\bi(?:'m| am) (?:just )?(?:being )?professional\b",
    r"\bthat's not what i (?:said|meant)\b",
    r"\byou (?:misunderstood|misheard|took it wrong|took that wrong)\b",
    r"\bi(?:'m| am) (?:just )?"
    r"doing my job\b",
    r"\bi(?:'m| am) the (?:professional|therapist|expert)\b",
    r"\bi know what i(?:'m| am) (?:doing|talking about)\b",
    r"\bthat's not fair\b",
    r"\bi was (?:only|just) (?:trying|saying|repeating|doing)\b",
    r"\bi(?:'ve| have) (?:done|had) "
    r"(?:years of |lots of |a lot of )?training\b",
    r"\bi understand \w+ (?:pretty|perfectly|very|"
    r"quite) well\b",
    r"\bi(?:'m| am) (?:qualified|experienced|trained)\b",
    r"\byou(?:'re| are) (?:overreacting|too sensitive|reading too much)\b",
    r"\bi (?:do|still) think (?:it's|it is) (?:really )?important\b",
    r"\bi(?:'m| am) the (?:counsel+or|therapist) here\b",
    r"\bi decide (?:what|how|when)\b",
    r"\bi(?:'m| am) (?:different|better)\b",
    r"\b(?:didn't|did not) do a (?:good|great|proper) job\b",
    r"\bi can't (?:really )?help (?:you )?if you (?:don't|won't)\b",
    r"\bi still think\b",
)
OWNS_PART = _any(
    r"\bi (?:may|might) have (?:\w+ ){0,2}(?:missed|rushed|pushed|misread|misunderstood|got|gotten|"
    r"hurt|come across|said|moved|jumped|brushed)\b",
    r"\bi think i (?:missed|rushed|pushed|got it "
    r"wrong|misread|misunderstood|moved too fast|jumped)\b",
    r"\bi(?:'m| am) sorry (?:that )?i\b",
    r"\byou(?:'re| are) right(?:,| that| -)\b",
    r"\bthat (?:was|wasn't) (?:on me|fair of me)\b",
    r"\bi (?:got that|got it) wrong\b",
    r"\bi can see (?:how|why) (?:that|what i)\b",
    r"\bi(?:'d| would) like to (?:do better|get it right|understand what happened)\b",
    r"\b(?:that's|that is|it's|it is) on me\b",
    r"\bi got (?:that|it) wrong\b",
    r"\bthe way i (?:said|put|phrased|asked)\b",
)
