"""Casual and elliptical self-disclosure, and the look-alikes that are not disclosure.

Hill's helping-skills definition counts any statement that reveals something personal about the
helper, however brief: a me-too ("same here", "I've been there", "I know the feeling"), a fact
of one's life said without "I" ("Being a dad myself", "Married five years"), a bare answer to a
question about oneself ("Twenty-six"). Peer supporters disclose this way far more often than in
full first-person stories. Two kinds of first-person talk reveal nothing and are kept apart:
courtesies of the helping role ("I'm fine, thanks", "Glad I can help", "I love to help") and
empathy about the client's experience ("I can imagine", "that sounds so hard").
"""

from __future__ import annotations

import re
from functools import lru_cache

from roleplay.offline.lexicon.helping import WAY_OF_WORKING
from roleplay.offline.text import Gated, Sentence, any_of, normalise

# A me-too: the helper says the client's experience is also theirs.
ME_TOO = Gated(
    (
        ("same", "me ", "ditto", "snap", "likewise"),
        r"^(?:oh,? |ha,? |honestly,? |yeah,? |yes,? )?(?:same|same here|me too|me neither|"
        r"me as well|ditto|snap|likewise)\b(?! (?:as|time|thing you|again|way you|old|slot|day|"
        r"place|room|week|spot|as always))"
        # (not the same said of other people: "Same thing happens to loads of people")
        r"(?! (?:thing )?(?:happens|goes|applies|is true) (?:to|for) (?:a lot|loads|lots|many|"
        r"most|so many|plenty|everyone|anyone|people))",
    ),
    (("same ",), r"\bsame (?:here|with me|for me|goes for me)\b"),
    # "me too" said as a reply, not "it helps me too"; "mine too" wherever it stands.
    (
        ("me too", "me neither", "me as well"),
        r"(?:^|[,;.!-] ?|\b(?:and|honestly|oh|yeah|yes|ha|haha|so|same) )me (?:too|neither|"
        r"as well)\b",
    ),
    (("mine too", "mine as well"), r"\bmine (?:too|as well)\b"),
    (("so ",), r"^(?:\w+,? )?so (?:do|am|have|did|was) i\b"),
    (("neither",), r"^(?:\w+,? )?neither (?:do|have|did|can|could) i\b"),
    (("feeling",), r"\bi know (?:that|the|this) feeling\b"),
    # a claim of the same experience, not stock empathy ("I know how you feel" is not one):
    # "I know exactly what that feels like", "I know what it's like to lose a job"
    (
        (
            "what that feels like",
            "what it feels like",
            "what it's like",
            "what its like",
            "what it is like",
        ),
        r"\bi know (?:exactly |just |all too well |too well )?what (?:that|it)(?:'s| is|s)? "
        r"(?:feels )?like\b(?! for (?:you|u)\b)",
    ),
    # "I've been on both sides of that coin"
    (("both sides",), r"\bi(?:'ve| have|ve)? (?:actually |also )?been (?:on )?both sides\b"),
    # "I personally understand how hard this is": the helper's own experience claimed
    (("personally",), r"\bi personally (?:understand|know|get|relate)\b"),
    (
        ("been there",),
        r"\b(?<!who have )(?<!who've )(?<!who had )(?<!they have )(?<!they've )(?<!has )"
        r"(?<!people have )(?<!you have )(?<!you've )"
        r"(?:i(?:'ve| have)? )?been there(?:,? (?:myself|too|done that|before))?\b"
        r"(?! for (?:you|u)\b)(?! (?:the|a|for|since|long|longer|longest|(?:\w+ )?(?:years|months|"
        r"weeks|days))\b)",
    ),
    (
        ("the same",),
        r"\bi(?:'m| am| was) (?:exactly |just |much )?the same\b(?! (?:as|for|with) (?:you|u)r?\b)",
    ),
    (("like that",), r"\bi(?:'m| am| was) (?:a bit |just )?like that (?:too|as well|myself)\b"),
    # the helper's own habit with someone in their life: "I say the same about my hairdresser"
    (
        ("the same",),
        r"\bi (?:say|said|do|did|think|thought|feel|felt|tell|told) (?:exactly |just )?the same"
        r"(?: thing)? (?:about|to|with|of|for) my \w+",
    ),
    (
        ("i do ", "i did ", "i get ", "i got ", "i have ", "i had "),
        # (not the helper's slip seen in the room: "I noticed I did that too")
        r"(?<!notice )(?<!noticed )(?<!realise )(?<!realised )(?<!realize )(?<!realized )(?<!saw )"
        r"(?<!see )(?<!know )"
        r"\bi (?:do|did|get|got|have|had) (?:that|this|it|one|the same)"
        r"(?: (?:all the time|a lot|sometimes|every \w+))? (?:too|as well|myself)\b",
    ),
    (("i had ",), r"\bi had (?:a|an|one) \w+ (?:just )?like that\b"),
    (("relate",), r"\bi can relate\b"),
    # the helper counted among those who do it: "plenty of us do, me included" (not "we both
    # back off - me included", the two of them in the room)
    (
        ("included", "including"),
        r"\b(?:of us|us)\b[^.?!]{0,30}\b(?:(?:me|myself) included|including (?:me|myself))\b",
    ),
    # A taste, habit or experience of one's own said to be shared: "I love baking too", "I also
    # felt that way", "friends matter to me as well", "I've made that mistake too".
    (
        ("too", "as well"),
        # ("I feel it too" is a feeling in the room, immediacy: past feelings only)
        r"\bi(?:'ve| have)? (?:really |also |actually )?(?:love|like|enjoy|hate|do|get|have|had|"
        r"felt|struggled?|made|been through|went through|gone through|suffered|lost|used)\b"
        r"(?:(?! (?:you|u|your|ur)\b)[^.!?,]){0,40} (?:too|as well)\b",
    ),
    (("to me",), r"\b(?:important|hard|difficult|scary|precious) to me (?:too|as well|also)\b"),
    (
        ("that way", "the same", "like that"),
        r"\bi (?:feel|felt) (?:that way|the same(?: way)?|like that) (?:too|as well|also)\b",
    ),
    (
        ("similar", "same situation", "same boat", "same position"),
        r"\bi(?: was|'ve been| have been|'m| am|m)(?: (?:kind of|kinda|sort of|also|actually|"
        r"currently|now|going)){0,2} (?:in|through) (?:a |the )?(?:very )?(?:similar|same) "
        r"(?:situation|position|boat|place|spot)\b",
    ),
    # "I have been where you are", "I've been were you are right now" (the typo is common)
    (
        ("been where", "been were"),
        r"\bi(?:'ve| have|ve)? been (?:where|were) (?:you|u)(?:'re| are| r)\b",
    ),
    # "I have also went through the same thing as you", "I've gone through something similar"
    (
        ("through the same", "through something similar", "through a similar"),
        r"\bi(?:'ve| have|ve)?(?: (?:also|too|actually))? (?:went|gone|been) through (?:the same|"
        r"something (?:very )?similar|a (?:very )?similar)\b",
    ),
    (
        (" me ",),
        r"\b(?:affected|hit|hurt|changed|helped|motivated|scared|stressed|getting|gets|got|get) "
        r"me(?: down| low)?\b[^.!?]{0,25}\b(?:too|as well|also)\b",
    ),
    (
        ("i also ", "i too ", "i'm also ", "i am also ", "i'm too ", "i am too "),
        r"\bi (?:also|too) (?:felt|had|have|struggled?|went|go|get|got|love|like|was|lost|found|"
        r"used|take|deal|suffer|live|lived|work|worked|study|studied|grew up|moved|left|quit)\b|"
        # "I'm also taking courses", "I also find myself more depressed this year"
        r"\bi(?:'m| am) (?:also|too) (?:taking|dealing|struggling|suffering|living|working|"
        r"studying|going through|unable|stuck|on (?:medication|meds|antidepressants))\b|"
        # "I'm also a bit tired but doing OK"
        r"\bi(?:'m| am) (?:also|too) (?:a bit |a little |really |so |pretty |quite |very )?"
        r"(?:tired|exhausted|stressed|anxious|lonely|low|down|worried|bored|sad|burnt out|"
        r"burned out|overwhelmed|frustrated)\b|"
        r"\bi (?:also|too) find myself (?:more |less |so |really |quite )?(?:depressed|anxious|"
        r"lonely|low|sad|stressed|tired|exhausted|overwhelmed|struggling)\b",
    ),
)

# One's own way of coping, habit or taste (Hill: disclosures of strategies and of one's life),
# told in passing: "what helped me was...", "that's what I do", "I personally like to...".
OWN_WAY = Gated(
    (
        ("ps me", "ed me", "ks me", "for me", "got me"),
        r"\bwhat (?:really |always |usually |honestly )?(?:help(?:s|ed)|work(?:s|ed)|got) "
        r"(?:for )?me\b|\bwhat (?:was|is) (?:really |most |very )?helpful (?:for|to) me\b",
    ),
    (("what i do",), r"\b(?:that's|this is|it's) what i do\b"),
    (
        ("i use", "i do", "i try", "i found"),
        # (not the helper's way in the work: "one thing I do with everyone is ask...")
        r"\b(?:trick|thing|technique|strategy|method)s? i (?:use|do|try|found)\b"
        r"(?! (?:with|for) (?:everyone|every client|all my|clients|people|everybody)\b)|"
        r"\b(?:usually|normally|personally),? i (?:do|go|try|like|use|just)\b",
    ),
    # a saying a friend of one's own once told oneself (bench/data/README.md: it counts)
    (
        ("friend",),
        r"\b(?:a|my) (?:good |close |dear |old |best )?friend(?: of mine)? (?:once |always |"
        r"used to )?(?:told|said to|taught|showed|reminded) me\b",
    ),
    (
        ("remember",),
        r"\bi (?:still )?remember (?:very |so )?(?:well |clearly )?(?:the|being|when|how|my|"
        r"feeling)\b(?![^.!?]{0,30}\b(?:you|u)\b)",
    ),
    (
        ("often", "always", "sometimes"),
        r"\bi(?:'ve| have) (?:often|always|sometimes|also) (?:felt|had|struggled|dealt|experienced|"
        r"suffered|found)\b",
    ),
    (
        ("for me", "me a lot"),
        r"\b(?:always |usually |really )?(?:works?|worked|helps?|helped) (?:for )?me (?:a lot|"
        r"loads|every time|too|as well)\b|\b(?:always|usually) (?:works?|helps?) for me\b",
    ),
    (
        ("personally", "i like to", "i love to", "i tend to"),
        r"\bi personally (?:like|love|enjoy|believe|find|think|use|do|prefer)\b|"
        r"\bi (?:like|love|tend) to (?!help|hear|listen|think|know|see|talk|chat|imagine|"
        + WAY_OF_WORKING
        + r")\w+",
    ),
    (
        ("when i ",),
        r"\bwhen i (?:get|feel|am|'m|was|felt|can't|need|want|struggle)\b[^.!?]{0,40}\bi(?:'ll)? "
        r"(?:like to|try to|usually|tend to|will|go|just|watch|listen|read|write|walk|call|put|"
        r"don't want|do not want|can't face|stay)\b",
    ),
    # a habit of one's own life, as peer talk tells it: "I always knock right out after a
    # workout", "I usually walk it off" (not the helper's ways in the work: "I always ask")
    (
        ("always", "usually", "normally", "often"),
        r"\bi (?:always|usually|normally|often) (?:\w+ )?(?:sleep|knock|crash|walk|run|swim|read|"
        r"listen|watch|write|journal|cook|bake|eat|drink|go (?:for|to|out|outside|running)|put on|"
        r"turn off|switch off|take (?:a|my)|wake|get up|pray|meditate)\b",
    ),
    # a thing one uses oneself: "I use this podcast...", "I listen to an app at night"
    (
        ("i use ", "i listen to ", "i follow "),
        r"\bi (?:use|listen to|follow) (?:this|an?|my|the|some) (?:\w+ )?(?:app|podcast|book|"
        r"website|site|channel|playlist|journal|meditation|audiobook|youtuber?)\b",
    ),
    # what works for oneself, said first: "for me, writing helps a lot", "that tends to be the
    # case for me"
    (
        ("for me",),
        # (not "it makes it very hard for me to help you")
        r"\bfor me,? (?!to\b)(?:\w+ ){1,3}(?:helps?|works?|helped|worked|is (?:what|the thing))\b|"
        r"\b(?:tends? to be|is|was|has been) (?:the case|true) for me\b",
    ),
)

# A fact of one's life without a first-person subject, or as a bare number.
SELF_FACT = Gated(
    (("myself",), r"\b(?:being|as) (?:a|an) (?:\w+[- ]){0,2}\w+ myself\b"),
    # an identity of one's own said in passing, with what marks it as the helper's: "as a
    # netball mum from way back I'll...", "being a queer guy who grew up Catholic too" (not "as a
    # parent, you want...", which speaks of the client)
    (
        ("being a", "as a", "as an"),
        r"\b(?:being|as) (?:a|an) (?:\w+ ){0,2}(?:mum|mom|dad|parent|mother|father|carer|nurse|"
        r"teacher|student|immigrant|introvert|worrier|only child|twin|runner|smoker|guy|woman|man|"
        r"girl|lad|widow|widower|catholic|christian|muslim|jew|atheist|vegan)"
        r" (?:from way back|who (?:grew up|was|had|has|went|lost|\w+ed)|of (?:two|three|four|\d+)|"
        r"i(?:'ll|'m|'ve| was| had| have| know| can)?)\b",
    ),
    # a hardship of one's own now, said as how things are "for me": "money's tight for me at the
    # moment too", "things at home are pretty lonely for me" (not "it's hard for me to hear")
    (
        ("for me",),
        r"\b(?:money|things|life|work|home|it|everything)(?:'s| is| are| has been|'s been| have "
        r"been)(?: \w+){0,3} (?:tight|lonely|rough|tough|hard|a struggle|a nightmare|hectic|"
        r"difficult) for me\b(?! to\b)",
    ),
    (
        ("myself",),
        r"\b(?:a|an) (?:\w+ )?(?:mum|mom|dad|parent|carer|nurse|teacher|student|immigrant|"
        r"introvert|worrier|only child|twin|runner|smoker) myself\b",
    ),
    (
        ("married", "divorced", "together", "sober", "clean", "qualified"),
        r"\b(?:married|divorced|together|sober|clean|qualified) (?:for )?(?:\d+|a|an|one|two|"
        r"three|four|five|six|seven|eight|nine|ten|twenty)[- ]?(?:yrs?|years?|months?)\b",
    ),
    (
        ("mum ", "mom ", "dad ", "mother ", "father ", "parent "),
        r"\b(?:mum|mom|dad|mother|father|parent) (?:of|to) (?:one|two|three|four|five|\d+)\b",
    ),
    (
        ("i'm ", "i am "),
        r"\bi(?:'m| am) (?:only |just |nearly |almost |turning )?(?:\d{2}|twenty|thirty|forty|"
        r"fifty|sixty)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?(?: years old| "
        r"myself| too)?(?=[,.!?]|$| (?:myself|too|now|next|this|in|and|so|but)\b)",
    ),
    (("grew up", "born", "raised"), r"\b(?:grew up|born|raised) (?:in|on|near) (?!your\b)\w+"),
    # Plain facts of one's life: a qualification, a condition, children, where one lives.
    (
        ("i have ", "i've got ", "i had ", "i've a "),
        # (an age or a stage between: "I have an adult son", "I've got two teenage daughters")
        r"\bi(?: have|'ve got|'ve(?= an? )| had) (?:a |an |two |three |\d+ )?(?:(?:adult|grown|"
        r"grown-up|teenage|little|young|older|younger|baby|toddler|newborn) )?(?:bachelor'?s?|"
        r"master'?s?|degree|"
        r"phd|diploma|insomnia|anxiety|depression|adhd|autism|asthma|diabetes|migraines|arthritis|"
        r"kids|children|grandchildren|sons?|daughters?|twins|a (?:son|daughter|baby|toddler|dog|"
        r"cat|puppy|partner|husband|wife|boyfriend|girlfriend|sister|brother))\b",
    ),
    (
        ("i get ", "i suffer "),
        r"\bi (?:get|suffer (?:from|with)) (?:really bad |bad |terrible )?(?:migraines|"
        r"panic attacks|anxiety|insomnia|headaches|nightmares|flashbacks|seasonal|depression)\b",
    ),
    (
        ("i live ", "i work ", "i study "),
        r"\bi (?:live|study) (?:in|at|near)\b|\bi work (?:at|for)\b",
    ),
    (
        ("i'm in ", "i am in "),
        r"^i(?:'m| am) (?:based |living |now )?in (?!a\b|an\b|the\b|agreement|favou?r|no\b|"
        r"your\b|this\b|that\b|touch|pain|shock|tears|trouble|love|training|supervision|"
        r"charge|the)\w+(?: \w+)?(?=[,.!;]|$)",
    ),
    # Status and identity, the demographic disclosures (Henretty & Levitt 2010): "I'm engaged",
    # "I'm straight, so help me understand". Not "I'm not married to the idea".
    (
        ("i'm ", "i am "),
        r"\bi(?:'m| am) (?:actually |happily |recently |newly |also )?(?:married|engaged|"
        r"divorced|separated|widowed|single|gay|straight|bi|bisexual|queer|trans|a widow(?:er)?|"
        r"a (?:mum|mom|dad|parent|grandparent|carer)|in a relationship|seeing someone|"
        # the same answered no: "I'm not seeing anyone, no", "I'm not married"
        r"not (?:married|engaged|seeing anyone|seeing someone|in a relationship))"
        r"(?=[,.!?;]|$| (?:myself|too|actually|now|so|and|but|as well|with|of)\b)",
    ),
    # Belief and practice: "I'm an atheist, so...", "I'm Catholic myself", "I'm vegan too"
    (
        ("i'm ", "i am "),
        r"\bi(?:'m| am) (?:actually |also |a practising |a lapsed |an? )?(?:atheist|agnostic|"
        r"christian|catholic|muslim|jewish|hindu|sikh|buddhist|believer|vegetarian|vegan|"
        r"teetotal|sober)"
        r"(?=[,.!?;]|$| (?:myself|too|actually|now|so|and|but|as well)\b)",
    ),
)

# A pleasantry back to small talk: "Did you have a nice weekend?" - "Lovely, thanks.", "Mine was
# fine, thanks."
_PLEASANTRY = (
    r"\b^(?:(?:it|that|mine) was |(?:yeah|yes|oh)[,!]? )?(?:lovely|fine|good|great|nice|not bad|"
    r"alright|okay|ok|grand|pretty good|really nice)[,!.]? (?:thanks|thank you|ta|cheers)\b",
    # the client's "I'm fine" returned in kind: "Same here, all good!"
    r"\b^(?:same here|me too|likewise)[,!.]* (?:all good|all fine|fine|good|not bad|all well)\b",
)
PLEASANTRY = any_of(*_PLEASANTRY)

# Courtesies of the role: about the helper only in form.
COURTESY = any_of(
    r"\bi(?:'m| am) (?:doing )?(?:fine|good|well|ok|okay|alright|all right|great|grand|not bad)"
    r"(?:,? (?:thanks|thank you|thank u|ta))\b",
    r"\b(?:glad|happy|pleased) (?:i (?:could|can|was able to)|to) "
    r"(?:help|be of help|be here|listen)\b",
    r"\bi (?:love|like|enjoy) (?:to help|helping|being able to help|to listen|listening|"
    r"hearing from you|our chats)\b",
    r"\b(?:my pleasure|no problem|any time|you're welcome|not at all)\b",
    r"\bthanks? (?:you )?for (?:asking|sharing|telling me|saying|trusting)\b",
    # a pleasantry back to small talk: "Did you have a nice weekend?" - "Lovely, thanks."
    *_PLEASANTRY,
)

# Empathy about the client's experience: the first person is the listener, not a life.
EMPATHIC = any_of(
    r"\b^i (?:can )?(?:only )?(?:imagine|picture|see|hear|understand|sense)\b",
    r"\b(?:that|it|this) (?:sounds|must be|must have been|seems|looks) (?:so |really |very |"
    r"incredibly )?(?:hard|difficult|tough|painful|lonely|awful|exhausting|scary|frustrating|"
    r"heavy|a lot)\b",
)

# Negation just before a me-too ("not the same", "I've never been there") undoes it.
_NEGATED = re.compile(r"\b(?:not|never|haven't|hasn't|isn't|wasn't|no)\b(?: \w+){0,2} $")


def _found(pattern: Gated, norm: str) -> re.Match[str] | None:
    for match in pattern.finditer(norm):
        if not _NEGATED.search(norm[max(0, match.start() - 24) : match.start()]):
            return match
    return None


@lru_cache(maxsize=1024)  # each sentence is asked again by the disclosure reader's later steps
def casual_disclosure(norm: str) -> tuple[str, str] | None:
    """(kind, words) of a casual disclosure in a normalised sentence ("me_too", "self_fact",
    "own_way")."""
    for kind, pattern in (("me_too", ME_TOO), ("self_fact", SELF_FACT), ("own_way", OWN_WAY)):
        match = _found(pattern, norm)
        if match:
            return kind, match.group(0)
    return None


def courtesy(sentence: Sentence) -> bool:
    return bool(COURTESY.search(sentence.norm))


def empathic(sentence: Sentence) -> bool:
    return bool(EMPATHIC.search(sentence.norm))


# A question after a plain fact of the helper's life: age, name, sign, origin, home.
FACT_QUESTION = any_of(
    r"\bhow old are (?:you|u)\b",
    r"\bwhat(?:'s| is) your (?:first |real )?(?:name|star sign|sign|age|accent|nationality)\b",
    r"\bwhere (?:are (?:you|u) from|do (?:you|u) (?:live|come from)|did (?:you|u) grow up)\b",
    r"\bhow long have (?:you|u) been (?:married|together|qualified|doing this|a \w+)\b",
    # tastes asked for: "what's your favourite film?" - "Paddington 2, every time."
    r"\bwhat(?:'s| is|s| are) (?:your|ur) (?:all[- ]time )?(?:favou?rite|fave|go-to)\b",
)
# Short replies that turn the question aside rather than answer it.
_DEFLECTION = re.compile(
    r"^(?:old enough|long enough|a while|enough|guess|why|does it|that's|it's not|never mind|"
    r"not telling|ha\b|haha|hmm|well|sorry|pass|nope|no comment|"
    # words about the client, or time given: "Your daughter.", "Take your time."
    r"(?:your|you|ur|u)\b|take (?:your|ur|all the) time|no rush)"
)
_BARE = re.compile(r"^[a-z0-9'-]+(?:[ ,]+[a-z0-9'-]+){0,3}[.!]*$")


def bare_answer(client_text: str, first: Sentence) -> bool:
    """ "How old are you?" - "Twenty-six." answers with a fact of one's life, without "I"."""
    norm = first.norm.strip()
    return bool(
        not first.is_question
        and _BARE.match(norm)
        and not _DEFLECTION.match(norm)
        and FACT_QUESTION.search(normalise(client_text))
    )
