"""Words that mark a disclosure of the helper's own life: first-person clauses, helping acts."""

from __future__ import annotations

import re

from roleplay.offline.text import any_of

# --- first person ---------------------------------------------------------------------------
# "i" as a subject, with its contraction, followed by what it says.
FIRST_PERSON = re.compile(r"\bi(?:'m|'ve|'d|'ll)?\b(?=[\s,])")
MY_NOUN = re.compile(r"\b(?:my|mine|myself|me)\b")

# After "I like to" / "I prefer to": a frame for an opinion or the helper's way of working with
# people ("I like to think it can mend", "I like to give people a choice", "I prefer to be
# upfront"), not a pastime of one's own ("I like to bake", "I love to swim in the sea").
WAY_OF_WORKING = (
    r"(?:think|believe|hope|imagine|be (?:upfront|clear|honest|open|straight|transparent|direct|"
    r"careful|sure)|(?:give|let|offer|leave|allow|ask|tell|remind|check (?:in )?with|start|end|"
    r"begin|finish|work|go|keep|hear from|know) (?:[\w']+ ){0,2}(?:people|clients|everyone|"
    r"everybody|folks|someone|anyone|sessions?|we|us|the (?:work|session|hour)|a choice|"
    r"questions)\b)"
)

# What a helper says in the first person without revealing their life: speech acts of helping.
# Matched at the start of a first-person clause ("i ..."); such a clause is not a disclosure.
HELPING_CLAUSE = any_of(
    r"^i(?:'m| am) (?:so |really |very |truly |deeply |just )?sorry",
    r"^i (?:can |could )?(?:totally |really |completely |definitely |fully |certainly |only |truly )?"
    r"(?:understand|hear|see|imagine|tell|sense|appreciate|respect|empathi[sz]e|picture)\b",
    r"^i (?:do |really |just |truly |honestly |also |still |definitely |certainly |genuinely )?"
    r"(?:think|believe|guess|suppose|"
    r"hope|wonder|agree|mean|bet|trust|doubt|assume|reckon)\b",
    r"^i (?:do |really |just )?feel (?:like|that|as if|as though) (?!i\b)"
    r"(?!(?:pain|way|hurt|fear|loneliness)\b)",
    r"^i(?:'m| am) (?:so |really |very |also |just )?(?:sure|certain|confident|glad|happy|pleased|"
    r"proud of you|curious|wondering|noticing|hearing|listening|here|aware|struck|touched|moved|"
    r"afraid that|afraid i (?:need|have|must|will|'ll|can't|cannot|won't)|not sure|unsure|"
    r"thinking|sensing|grateful|thankful|interested|concerned|"
    r"worried (?:about|for) you|with you|on your side|impressed|rooting|available|wondering|"
    r"guessing|imagining|picturing)\b",
    r"^i(?:'d| would| will|'ll) (?:really |also |definitely |just |certainly )?(?:like|love|suggest|"
    r"recommend|encourage|say|advise|be|imagine|guess|want|hope|ask|invite|stay|check|help|"
    r"listen|support|think|offer|respect)\b",
    r"^i (?:would |'d |really )?(?:suggest|recommend|encourage|advise|urge|invite)\b",
    # an opinion framed as a belief: "I am a firm believer that making others happy..."
    r"^i(?:'m| am) (?:a |such a )?(?:firm |strong |big |great |true )?believer "
    r"(?:that|in the idea)\b",
    # leaving the chat: "I need to see someone else now", "I have to log off soon"
    r"^i (?:really |just |now )?(?:need|have|must|got|'ve got|gotta) (?:to )?(?:go(?! to\b)|leave|"
    r"log off|head off|sign off|end|wrap up|see (?:someone|another|the next)|get going|run|"
    r"close)\b",
    # the help given in this chat: "I hope I was somewhat helpful", "glad I could be of help"
    r"^i(?: was| have been|'ve been| could be| can be| am being|'m being| am|'m) "
    r"(?:able to (?:be )?)?(?:\w+ )?(?:help|helpful|of (?:some |any )?(?:help|use|assistance|"
    r"comfort|support)|useful|supportive)\b",
    r"^i (?:just )?(?:want|wanted|need|needed) (?:you|to (?:help|know|understand|hear|ask|check|"
    r"make sure|acknowledge|say|let you|be (?:clear|honest|sure|here|careful|fair)|thank|reflect|"
    r"go back|get (?:it|this|that) right|let (?:that|it|this) (?:sink in|land|settle)|give (?:you|"
    r"it|that) (?:a (?:moment|minute|second)|time|space|room)|"
    r"come back|pause|name|point|gently|share (?:something|an observation)|offer|slow|stop|"
    r"remind|hear|follow|explain|talk about (?:what|how|us|this|our)))",
    # a frame for a general claim, with nothing of the helper after it: "I have learned in life
    # that unhealthy people run from problems", "I find if they flirt, they've already cheated",
    # "I was told that it erases our expectations", "I do know there are stores hiring" (not "I've
    # learnt not to take it personally", "I find it hard to sleep myself", and not what the helper
    # found or knows from experience: "I have found that small tasks build momentum")
    r"^i(?:'ve| have)? (?:learned|learnt|observed|been told|was told|read|find|do know|know)"
    r"(?: in life| over the years)? (?:that|if|when|there (?:are|is))\b"
    r"(?![^.!?]*\b(?:i|i'm|i've|i'd|me|my|myself|mine)\b)",
    r"^i (?:know|knew) (?:that you|you|it's|its|this is|it is|it can|it must|how (?:hard|difficult|"
    r"tough|painful|scary|frustrating|much|important|lonely|hurtful|overwhelming)|that this|that it|"
    r"what you mean)",
    r"^i (?:totally |completely )?get (?:it|that|you|where you|what you|how you|why you|the sense)",
    r"^i (?:really )?(?:love|like|admire|applaud|commend|value) (?:that you|how you|your|the way "
    r"you|you|hearing|that idea|the idea|that|this)",
    r"^i (?:thank|appreciate|apologi[sz]e|welcome|respect|acknowledge|hear)\b",
    # a liking for what the client said or for the options before them, not a taste of one's own:
    # "I like the honesty in that", "I like both of those ideas", "I like the second option"
    r"^i (?:really |do |just |also )?(?:love|like|prefer) (?:both|all (?:of )?(?:those|these|"
    r"three|that)|each|either|neither|the (?:first|second|third|last|other|latter|former|next)\b|"
    # ("the sound of a family meeting" approves a plan; "the sound of rain" is a taste)
    r"the sound of (?:that|this|it|your|what|(?:a|an) (?:[\w-]+ )?(?:meeting|plan|chat|talk|"
    r"conversation|letter|approach|break|idea|step|list|routine))\b|(?:the|that|this) (?:honesty|"
    r"courage|bravery|insight|humou?r|clarity|hope|energy|determination|kindness|detail|bit|part|line|phrase|point|thought|option|choice|picture|"
    r"words?|wording|suggestion|step|goal|list)\b(?= (?:in|of|about|there|behind|from|you)\b|"
    r"[.,!?]|$))",
    # a frame for an opinion, or the helper's way of working: "I like to think it can mend", "I
    # like to give people a choice", "I prefer to be upfront about fees"
    r"^i (?:really |do |just |also |always )?(?:like|prefer|love) to " + WAY_OF_WORKING,
    r"^i (?:notice|noticed|sense|sensed|observe|observed) ",
    # empathy and information, not a life: "I can't imagine losing a child", "I've read that..."
    r"^i (?:can't|cannot|couldn't|can not) (?:even |begin to )?imagine\b",
    r"^i(?:'ve| have) (?:read|heard)(?: (?:somewhere|online|that|a lot|about|it said))\b",
    # the same in the simple past: "I read somewhere that grief shows up as irritability"
    r"^i (?:once |recently )?(?:read|heard|saw) (?:somewhere|online|(?:a|an|one) (?:article|study|"
    r"piece|paper|book|post) (?:that|saying|which|about)|that (?!(?:film|movie|show|book|play)\b))",
    # the helper's way of working, told as a habit: "I usually ask people...", "I always start by"
    r"^i (?:usually|normally|often|sometimes|always|generally|tend to) (?:ask|start|begin|check|"
    r"say|tell|suggest|recommend|encourage|invite|offer|end|close|open)\b",
    r"^i(?:'ve| have) (?:noticed|heard|observed|been (?:hearing|listening|noticing|thinking about "
    r"(?:what you|our|us|you))|got(?:ten)? a sense|got the sense|(?:really )?enjoyed working|"
    r"valued|appreciated)",
    r"^i (?:can|could|will|may|might) (?:help|offer|give|provide|try|only|hear|see|refer|"
    r"recommend|suggest)\b",
    r"^i (?:feel|felt) (?:for you|that you|you|(?:\w+ )?(?:hearing|listening|as you|when you "
    r"(?:say|said|talk|describe|tell))|(?:\w+ ){0,3}(?:right now|just now|in this moment|as we\b))",
    # a reaction to the client's words as they came: "I felt a bit overwhelmed just reading it"
    r"^i(?:'m| am| feel| felt| got| was) (?:\w+ ){0,4}(?:just |while |when )?(?:reading|hearing|"
    r"listening to) "
    r"(?:that|this|it|your|what you|about (?:that|this|it|your))\b",
    # a helping act the helper meant to do: "I was going to suggest a timetable"
    r"^i was (?:going|gonna|about|just about|planning) to (?:suggest|ask|say|mention|recommend|"
    r"offer|check|add|share|send|point out|reflect)\b",
    r"^i(?:'m| am) (?:a |your |the |an? )?(?:trainee |student |new )?(?:counsel+or|therapist|"
    r"psychologist|social worker|helper|listener|clinician)\b",
    r"^i(?:'m| am| was)? ?(?:just )?(?:wondering|curious)",
    r"^i (?:may|might) (?:have|be) (?:wrong|mistaken|misunderstood|missed|pushed|rushed|got|gotten)",
    r"^i(?:'m| am) (?:going to|gonna|about to) (?:ask|stop|pause|suggest|be|try|check|say|share|keep|"
    r"leave|hold|"
    r"point)\b",
    r"^i (?:said|asked|mentioned|suggested|brought up|meant)\b",  # the session's own words
    # the helper's role in this conversation, not their life: offers and regrets about helping,
    # being a listener, what the helper may or can do here, a late reply
    r"^i(?:'m| am)? (?:\w+ ){0,3}(?:happy|glad|able|here|pleased|willing) to (?:help|assist|"
    r"listen|support|chat|talk|provide|be of)",
    r"^i (?:can|could|may) (?:\w+ )?(?:help|assist|be of (?:\w+ )?(?:help|assistance|use|service))",
    r"^i wish i (?:could|can) (?:have )?(?:been|be|help|do|say)",
    r"^i (?:am |'m )?glad i (?:could|can|was able to|have been)",
    r"^i(?:'m| am) (?:\w+ ){0,3}listener\b",
    r"^i (?:couldn't|could not|can't|cannot) agree more\b",
    r"^i(?:'m| am) (?:probably |really |just )?not (?:supposed|allowed|able|qualified) to\b",
    r"^i(?:'m| am) sorry (?:i|that i|for) (?:didn't|did not|couldn't|wasn't|not) (?:reply|respond|"
    r"answer|get back|replying|responding)",
    # what the helper has seen of other people, as a generalisation: "I've seen that be the case
    # for many people" reports on others, not on the helper's life
    r"^i(?:'ve| have) (?:\w+ )?(?:seen|heard of|known|watched) (?:that|this|it|things|many|lots|a lot|"
    r"plenty|so many|people|others|friends|clients)\b(?=.*\b(?:people|many|lots|others|"
    r"situations?|cases?|like yours|folks|clients)\b)",
    # a thought of the moment in the pluperfect: "I had forgotten you'd moved"
    r"^i had (?:forgotten|thought|assumed|meant|hoped|expected|guessed|understood|misunderstood|"
    r"misread|heard|read|noticed|realised|realized|imagined|wondered|figured|no idea)\b",
    # the role, not a life: "(I hope) I was able to help", "I've been of some use"
    r"^i (?:was|have been|'ve been) (?:able to )?(?:be )?(?:of )?(?:some |any |a (?:little |bit "
    r"of )?)?(?:help|helpful|use|useful|support|supportive)\b",
    # the answer to "how are you?" at the start of a chat: a pleasantry
    r"^i(?:'m| am) (?:doing )?(?:ok|okay|fine|good|alright|all right|not (?:too |so )?bad)"
    r"(?=[,.!?]|$| (?:thanks|thank you|today|myself|now)\b)",
    r"^i(?:'m| am) (?:getting|picking up|seeing|hearing)\b",
    r"^i (?:hope|wish) (?:you|that|things|it|this|everything)",
    r"^i(?:'m| am) not (?:going anywhere|judging|here to judge|sure (?:what|how|i|if|that))",
    # unsure a moment ago how to put it: "I wasn't sure how to put it"; a thought of the moment
    # about the client: "I wondered if sleep has been affected" (not "I wondered for years if
    # I'd ever have my own")
    r"^i (?:wasn't|was not) (?:quite )?sure (?:how|what|if|whether|that)\b",
    r"^i (?:just |also )?wondered (?:if|whether|how|what|about)\b(?![^.!?]*\b(?:my|myself|i'd "
    r"ever|i would ever|for years)\b)",
    r"^i (?:don't|do not|didn't|did not) (?:know (?:if|whether|what|how|exactly|much about)|"
    r"want (?:to|you)|mean|think|understand|judge|blame)",
    r"^i(?:'m| am) (?:right|wrong)\b",
    r"^i (?:can|could) feel (?:that|you|how|your)\b",
    r"^i (?:know|knew)\b(?! (?:exactly )?what it(?:'s| is| was| feels) like to\b| from\b(?! (?:my |"
    r"the )?(?:work|job|practice|training|clients|research|reading|studies)\b)| first)",
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
    r"^i did (?:notice|wonder|think|mean|say|ask|want|hear)\b",
    r"^i (?:talk|take|bring) (?:\w+ )?(?:through |about )?(?:my|our) work\b",
)

# Clauses that reveal the helper's life, strongest first. Each is a named feature.
# What may follow "usually I" in a report of one's own habits: not the helping acts.
_NOT_HELPING_HABIT = (
    r"(?!(?:think|wonder|ask|say|tell|suggest|recommend|encourage|invite|notice|hear|see|mean|"
    r"guess|hope|start|begin|end|open|close|record|offer|charge|check|work|keep|use|give|send|"
    r"share|let|try to help|feel like you|find that (?:people|clients)|find it helps (?:people|"
    # ("normally I would send them an email": advice in the conditional, not a habit)
    r"clients)|would|'d|could|might|should)\b)[a-z]"
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
WE_STORY = re.compile(
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
)
TO_ME_NOT_PERSONAL = re.compile(
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
HYPOTHETICAL_FEELING = re.compile(
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
HYPOTHETICAL = re.compile(
    r"\bif i (?:were|was) (?:you|in your)\b|\b(?<!been )in your (?:shoes|position)\b"
)
