"""What a helper says in the first person without revealing their life: the speech acts of
helping ("I understand", "I wonder", "I'd suggest", "I hope I was some help"), and the frames for
an opinion or a way of working. Split from presence.py, which had passed 400 lines."""

from __future__ import annotations

from roleplay.offline.text import any_of

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
