"""Words that mark how well a disclosure serves the client (Hill & Knox, 2002)."""

from __future__ import annotations

import re

from roleplay.offline.text import MixedAlternation, any_of

# --- quality of a disclosure ------------------------------------------------------------------
PAST = any_of(
    r"\bwhen i was\b",
    r"\bwhen we were (?:kids|little|young|children|teenagers|growing up|small)\b",
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
RESOLVED = any_of(
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
    r"\b(?:long |well |way |a long way |a good way )behind me\b",
    # the feeling has settled: "it's softened", "it's eased over the years", "it's gentler now"
    r"\b(?:it's|it has|that's|that has|they've|it) (?:\w+ )?(?:softened|eased|faded|settled)\b",
    r"\b(?:it's|it is) (?:much |a lot )?(?:gentler|softer|lighter|quieter) now\b",
    r"\bhealed\b",
    r"\bit took (?:time|a while|me a while)\b",
    r"\bslowly\b",
    r"\bfound my way\b",
    r"\bit does get\b",
    r"\bmoved on\b",
    r"\bi(?:'ve| have) (?:since|come to)\b",
)
CURRENT_STRUGGLE = any_of(
    r"\bi(?:'m| am) still\b",
    # "I've been struggling with a case for weeks", "it's keeping me up", "still raw some days"
    r"\bi(?:'ve| have) been (?:really |so )?(?:struggling|doubting|wondering whether i|"
    r"finding it (?:hard|tough|difficult)|going through|dealing with|battling|worrying|stressing|"
    r"crying|not sleeping|barely)\b",
    r"\b(?:keeping|keeps) me (?:up|awake)\b",
    r"\b(?:it's|it is|that's|that is|she's|he's|they're) still (?:raw|hard|painful|difficult|"
    r"tough|not (?:great|good|okay|ok|easy))\b",
    r"\bstill (?:can't|cannot|hurts|hard for me|struggle|struggling|"
    r"miss|cry|haven't|think about|get|feel|don't|have nightmares|grieving|angry|not over)\b",
    r"\bi(?:'m| am) (?:(?:currently|also|now|kind of|sort of|kinda|actually|honestly) )*(?:going|"
    r"been going) through\b",
    # the client's trouble said to be the helper's now: "I'm in the same position with my family"
    r"\bi(?:'m| am) (?:(?:currently|also|now|kind of|sort of|kinda|actually) )*in (?:a |the )?"
    r"(?:very )?(?:similar|same) (?:situation|position|boat|place|spot)\b",
    r"\bright now i\b",
    r"\bit(?:'s| is| gets) (?:so |really |pretty |quite )?lonely\b",
    # the helper's own loss turned over still: "I think about that a lot", "it's always on my mind"
    r"\bi (?:still )?think about (?:it|that|this|her|him|them) (?:a lot|all the time|every day|"
    r"constantly|often|most days)\b",
    r"\b(?:it's|that's|she's|he's) (?:always|never far from|constantly) (?:on my mind|in my head)\b",
    r"\bthese days i\b",
    r"\bto this day\b",
    r"\bi (?:can't|cannot|couldn't) (?:get over|stop|sleep|talk about|even|face|bear|cope|"
    r"handle|move on)\b",
    r"\bi(?:'m| am) not over\b",
    r"\bi (?:haven't|have not) "
    r"(?:gotten|got|been able|moved|gotten over|dealt)\b",
    # (not the state a habit answers: "I journal when I'm overwhelmed" tells a way of coping)
    r"\b(?<!when )(?<!whenever )(?<!if )"
    r"i(?:'m| am) (?:so |really |also |just |a bit |a little |quite |pretty )?(?:depressed|anxious|"
    r"lonely|broken|devastated|"
    r"struggling|a mess|falling apart|exhausted|drowning|miserable|heartbroken|lost|not coping|"
    r"barely|in pieces|overwhelmed|scared)\b",
    # (not a memory said to be vivid: "I remember it like it was yesterday, I stalled...")
    r"\b(?:lately|this week|this month|(?<!was )(?<!were )yesterday|last night|at the moment),? "
    r"i\b",
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
    # someone of one's own, named: "my sister's in hospital", "my dad's going through chemo"
    r"\bmy (?:\w+ )?(?:mum|mom|mother|dad|father|sister|brother|son|daughter|husband|wife|"
    r"partner|nan|gran|grandma|grandad|granddad|friend)(?:'s| is| has been|'s been) (?:\w+ )?(?:in "
    r"hospital|ill|unwell|dying|going through|having chemo|on chemo|in a bad way)\b",
    # a hardship of one's own, now: "money's tight for me at the moment"
    r"\b(?:tight|lonely|rough|tough|a struggle|hard) for me (?:at the moment|right now|these days|"
    r"lately|too|as well)\b",
    r"\bi(?:'ve| have) (?:\w+ )?(?:felt|been feeling) (?:so |really )?(?:lost|low|down|awful|"
    r"alone|empty|hopeless|numb)\b",
    r"\bi still (?:\w+ )?(?:can't|cannot|cry|think about|feel|get|miss|struggle|have|dream)\b",
    r"\b(?:keeping|keeps) me going\b",
    r"\b(?:a )?complete mess\b",
    r"\bi(?:'ve| have) nearly (?:slipped|relapsed|lost it)\b",
    r"\b(?<!when )(?<!whenever )(?<!if )i(?:'m| am) (?:\w+ )?(?:lonely|skint|broke|terrified|scared|"
    r"anxious|depressed|"
    r"struggling|exhausted|miserable|stressed|burnt out|burned out|drowning|so tired|grieving|"
    r"heartbroken|not coping|falling apart|barely)\b",
    r"\bstill (?:so )?raw\b",
    r"\bi(?:'m| am) (?:finding it hard|struggling) to\b",
    r"\bi keep (?:thinking|worrying|wondering|going over)\b",
    r"\bi(?:'m| am) the worst\b",
    r"\b(?:diagnosed|died|passed|left) (?:last|this) (?:week|month)\b",
    r"\bdriving me (?:mad|crazy|up the wall|round the bend|insane|nuts|to distraction)\b",
    r"\b(?:tearing|ripping|pulling) (?:my|me) (?:\w+ )?(?:apart|to (?:pieces|shreds))\b",
    r"\b(?:is|are|has been|'s been|have been|'ve been) (?:on at me|having a go at me|making my "
    r"life)\b",
    # the helper's own struggle to have a child, still going on: "we're sort of trying ourselves"
    # (a rough year said in passing is CURRENT_TIME's "your life now", not this)
    r"\bwe(?:'re| are|'ve been| have been) (?:still |sort of |kind of |also |currently )?trying "
    r"(?:ourselves|for (?:a baby|a family|kids|children|one|another))\b",
)
INTIMATE = any_of(
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
    # a suicide attempt told without the word: "I tried to end things when I was twenty"
    r"\btried to (?:end (?:things|it|my life|it all)|take my (?:own )?life)\b",
    r"\b(?:end(?:ing|ed)? it all|take my (?:own )?life)\b",
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
    r"\bmiscarriages?\b",
    r"\bat (?:\w+ )?weeks\b",
    r"\bcried (?:every (?:day|night)|for (?:weeks|months|a year))\b",
    # the helper's own fertility struggle still going on: "we're trying ourselves" (a settled
    # "we went through IVF some years ago" is not here: the corpus scores it 4)
    r"\b(?:we're|we are|we've been|we have been|i'm|i am|i've been) (?:still |sort of |kind of |"
    r"also |currently )?trying (?:ourselves|for (?:a baby|a family|kids|children))\b",
)
ONE_UPPING = any_of(
    r"\byou(?:'ve| have) (?:got it|had it) (?:easy|easier|lucky)\b",
    r"\b(?:mine|my (?:\w+ )?(?:mum|mom|dad|mother|father|one|situation|case)) (?:is|was|'s) (?:\w+ )?(?:worse|harder|tougher)\b",
    r"\bthat's nothing\b",
    # the client's trouble measured against the helper's: "Compared to that, yours sounds like it
    # was handled quite well"
    r"\bcompared (?:to|with) (?:that|mine|what i|my)\b[^.?!]{0,40}\byours\b",
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
    # the client's loss or longing measured against the helper's lot: "eight months with your dad
    # is more than I got", "you're not missing much" (to a client who longs for children)
    r"\bmore than i (?:ever )?(?:got|had)\b",
    r"\b(?:you're|you are|ur) not missing (?:much|anything|a lot|out on (?:much|anything))\b",
    r"\b(?:you're|you are|ur) better off (?:without|not having)\b",
    r"\bcompared to (?:me|mine|what i)\b",
    r"\bwait till\b",
    r"\bwait until you\b",
    r"\bnot (?:as|so) bad as\b",
    r"\bat least it's not\b",
    r"\btop of (?:my|the) (?:team|class|year)\b",
    r"\bi(?:'ve| have) always been (?:the |a )?(?:best|top|good at|fine)\b",
    r"\bi(?:'ve| have) never (?:been fired|failed|struggled with|had (?:that|a problem|any trouble))\b",
    r"\bwhat (?:was|is|were) your (?:lowest|worst|highest|heaviest)\b",
    r"\bstraight a\b",
    r"\b(?:got|get|went) into (?:oxford|cambridge|harvard|yale)\b",
)
ADVICE = MixedAlternation(
    # "you need to", not the question "what would you need to explain?"
    r"\b(?<!would )(?<!do )(?<!did )(?<!will )(?<!might )you (?:really |just |definitely |honestly )?"
    r"(?:should|need to|have to|ought to|must|gotta|got to)\b",
    # "let's just say..." hedges an answer; it tells the client nothing to do. Only where a clause
    # or a modal opens it: "the recordings just go on my laptop" says how things are, not what to
    # do (it had read as advice, self-disclosure 1, trying the app at are-you-a-student)
    r"(?:^|[,;:!?.-] |\b(?:and|then|so|or|but|could|should|can|might|to|please|maybe) )(?<!let's )"
    r"(?<!lets )(?:just|simply) (?:do|try|get|go|stop|start|tell|leave|call|take|put|make|be|focus|"
    r"let|move|forget|ignore|say)\b",
    r"\bdo what i did\b",
    r"\bif i (?:can|could) do it\b",
    r"\btake it from me\b",
    r"\bmy advice\b",
    r"\bthe (?:key|trick|secret|answer) is\b",
    r"\ball you (?:have|need) to do\b",
    r"\b(?:what you|you'll) (?:need|want) to do\b",
    r"\bwhy don't you\b",
    # the imperative "don't dwell", not "I don't think"; "don't worry" reassures, it tells them
    # nothing to do (beside a story the corpus labels it 2-3, as advice it had scored 1)
    r"\b(?<!i )(?<!you )(?<!we )(?<!they )don't (?:be|let|give up|dwell|think)\b",
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
SUGGESTION = any_of(
    r"\bmight be worth\b",
    r"\byou (?:could|might) (?:always )?try\b",
    r"\bhave you (?:thought about|considered)\b",
)
STRATEGY_TENTATIVE = any_of(
    r"\bwhat (?:helped|worked for) me\b",
    r"\bi found (?:it )?(?:helpful|useful|that)\b",
    r"\bfor me,? (?:it|what) (?:helped|worked)\b",
    r"\bhelped me\b",
    r"\bhelps me\b",
)
# Happening in the helper's life now, even when it is not a struggle ("planning my wedding").
CURRENT_TIME = any_of(
    # "it's been a rough year", "we've been trying for three years", "my dad's been ill": going
    # on still, though said in the perfect tense
    r"\bit(?:'s|s| has) been a (?:really |very |pretty |bit of a )?(?:rough|hard|tough|difficult|"
    r"awful|horrible|bad|busy|stressful|heavy) (?:year|few (?:months|weeks)|month|week|time|"
    r"stretch)\b",
    r"\b(?:we|i)(?:'ve| have) been trying (?:for|to)\b",
    r"\b(?:'s|has|have|'ve) been (?:ill|unwell|poorly|sick|in hospital|stretched)\b",
    r"\bin ages\b",
    # "Do you ever get lonely?" - "All the time, honestly."
    r"\b^(?:honestly,? |oh,? )?all the time\b",
    r"\b(?:lately|recently|at the moment|these days|this (?:week|month|year)|right now|currently|"
    r"last (?:week|month|year)|in (?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december))\b",
    r"\b(?:every|most|each) (?:single )?(?:day|night|nights|evening|evenings|weekend|morning|mornings|week)\b",
)
# The trainee's training or experience offered to settle a doubt about them ("I'm 26, but I've
# done three years of training, so you're in safe hands"): the disclosure serves the trainee's
# standing, not the client (Hill & Knox 2002: disclosures for the therapist's needs); the corpus
# puts these at 2-3.
CREDENTIALS = any_of(
    r"\b(?:years|lots|loads|a lot|plenty|three years|two years|four years) of (?:training|"
    r"experience|practice)\b",
    r"\bi know what i'?m (?:doing|talking about)\b",
    r"\b(?:you(?:'re| are)|you'll be|ur) in (?:\w+ )?(?:safe|good|capable) hands\b",
    r"\bi(?:'m| am) (?:fully |properly |highly )?(?:qualified|experienced|trained)\b",
    r"\bi(?:'ve| have) been doing this (?:for )?(?:\w+ )?(?:years|a long time|ages|decades)\b",
)
# Opinions that bring the helper's values into the room.
VALUES = any_of(
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
    # faith pressed on the client: "God has a plan for you"
    r"\b(?:god|jesus|the lord|allah) (?:has a plan|wants you|will (?:forgive|guide|show)|loves you|"
    r"is (?:with you|watching))\b",
    r"\bwe(?:'d| would) never have accepted\b",
    r"\bevery life is precious\b",
    r"\bfollowing the rules\b",
    r"\bvaccinat\w*\b",
    r"\bi (?:did|do) (?:loads of |a lot of )?(?:my own )?research\b",
    r"\bcomfortable with (?:that|my) choice\b",
)
# Questions that seek the client's agreement rather than their experience.
# Changing the subject back is not handing the focus back ("Anyway! Where were we?").
ABRUPT_RETURN = any_of(
    r"\b(?:anyway|anyhow|so anyway)\b.{0,25}(?:where (?:were|was) we|back to you|moving on)"
)
TAG_QUESTION = re.compile(
    r"(?:isn't it|aren't they|wasn't it|right|don't you think|you know|yeah|eh|no)\s*\?\s*$"
)
DIFFERENCE_ACKNOWLEDGED = any_of(
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
# The helper says the experience asked about is not theirs: "No, I haven't", "not from my own
# life", "I only know it from training". An honest difference (rubric v2), not a story told.
NOT_MINE = any_of(
    # a bare no, or a no that goes on only to say so ("No, not personally"), not "No, divorced"
    r"\b^(?:(?:um+|erm|well|honestly|actually|oh|ah)[,.]? )?(?:no|nope|not really|not personally|"
    r"not myself|not me)(?:[.!]*$|[,.!]+ (?=but\b|not\b|no\b|i (?:haven't|have not|'m not|am not|"
    r"don't|do not)\b(?! (?:think|believe|agree|know|mind|want|like)\b)))",
    r"\bnot (?:from|in) my own (?:life|experience|family|history)\b",
    r"\bi(?: have|'ve)? (?:not|never)(?: personally| actually| myself)? (?:been through|lost|had|"
    r"experienced|lived|gone through)\b",
    r"\bi (?:haven't|have not)(?: personally| actually| myself)? (?:been through|lost|had|"
    r"experienced|lived|gone through)\b",
    r"\b^(?:(?:no|nope)[,.] )?i (?:haven't|have not|don't|do not|'m not|am not|didn't|did not)"
    r"(?: personally| myself| actually)?[.,!]",
    r"\bi only know (?:it|this|that|about (?:it|this|that)) (?:from|through)\b",
)
OVER_IDENTIFY = any_of(
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
    r"\bso i (?:do |really )?know (?:something|a lot|what|how)\b",
    r"\b(?:really|truly) (?:do )?understand\b",
    r"\bi do understand how\b",
    # "My dad got sober too and I felt the same": the helper's feeling equated with theirs
    r"\bi felt (?:exactly |just |much )?the same\b(?! (?:way )?(?:about|when|as) (?:you|u)\b)",
)
