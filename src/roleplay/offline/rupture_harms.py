"""The ways a reply answers a strain badly, for the rupture-repair reader (`rupture.py`):
lecturing, explaining away, collapsing, pathologising, the faults that deepen a rupture, leaving
it all to the client, and taking a played-down strain at its word (Safran & Muran 2000; Eubanks'
3RS). Split from `rupture_words.py` (the markers and the ways of answering them well)."""

from __future__ import annotations

from roleplay.offline.contracting_words import PAPERWORK, YOU_SHOULD_HAVE
from roleplay.offline.helping import CLIENTS_PART_BLAMED
from roleplay.offline.text import any_of

# Lecturing on the method in answer to the strain ("CBT works best when you stick with the
# structure; it's what the research shows"): a rationale before any exploration defends the
# therapist's choice (Safran & Muran 2000; Eubanks et al. 2018: a rationale after exploring).
LECTURES = any_of(
    r"\bworks best (?:when|if)\b",
    r"\bwhat the (?:research|evidence|studies) (?:shows?|says?|suggests?)\b",
    r"\bthe (?:foundation|basis) (?:of|for) (?:any|all|the|every)\b",
    r"\bevidence[- ]based\b",
    # the method's worth asserted in answer to the complaint: "the worksheets are really important
    # for CBT to work", "they're the core of CBT", "strategies tend not to stick unless...",
    # "childhood often shapes how we react" (the rubric's level 2: explains or justifies first)
    r"\b(?:is|are|'s|'re) (?:really |very |so |quite |pretty )?(?:important|essential|key|central|"
    r"vital|crucial) (?:for|to|in|of) (?:cbt|therapy|counsel+ing|the (?:work|model|process|"
    r"therapy|treatment|approach)|(?:it|this|therapy) to work)\b",
    r"\bthe (?:core|heart|backbone|basis) of (?:cbt|therapy|the (?:therapy|treatment|model|"
    r"approach|work))\b",
    r"\bthe (?:research|evidence)(?: on [\w' -]{1,30})? is (?:really |very |pretty |quite )?"
    r"(?:clear|strong|good)\b",
    r"\b(?:tends?|are likely|is likely) not to (?:stick|work|last|help) unless\b",
    r"\b(?:won't|will not|don't|doesn't) (?:stick|work|last) unless\b",
    r"\b(?:childhood|the past|early (?:life|experiences?)) (?:often |usually |always |really )?"
    r"(?:shapes?|affects?|influences?)\b",
    r"\bif (?:you|u) (?:want|wanna) (?:to get better|this to work|to get well)\b",
)

# Explaining the strain away: the rules, the method's timetable, "it's only ten minutes". An
# answer to the marker, so in use, and a defence (the rubric's level 2).
EXPLAINS_AWAY = any_of(
    # the trainee's look at the clock explained in answer to the complaint: "I checked the clock
    # because we only have fifty minutes" (qa4, you-did-it-again/sorry-is-easy: repair 5). Left to
    # the rupture reader, which reads only at a strain: asked "am I boring you?", the same words
    # explain the trainee's state, which the immediacy rubric puts in the middle.
    r"\bi(?:'ve been| have been| was| am|'m|m)? (?:keep |kept )?(?:checked|checking|check|"
    r"looked at|looking at|look at|watched|watching|glanced at|glancing at) (?:it|the clock|my "
    r"watch|the time|my phone) because\b",
    r"\bstandard (?:practice|procedure)\b|\beveryone does (?:it|that)\b",
    r"\b(?:it's|it is) (?:required|compulsory|mandatory)\b|\brequired by\b",
    r"\b(?:just|only) (?:the )?(?:rules|policy|guidelines|procedure)\b",
    r"\bprofessional guidelines\b|\b(?:it's|it is) not personal\b",
    r"\bthe (?:guidelines|rules|policy|code|procedures?) (?:are|is) (?:very |quite |really )?"
    r"clear\b",
    r"\b(?:it's|it was) only (?:\w+ )?(?:minutes?|once|a few)\b",
    r"\b(?:therapy|it|this) (?:usually |often |can )?takes? (?:a while|time|a few|some)\b",
    r"\bnot a quick fix\b|\bput the work in\b",
    r"\bi can do both\b",
    # the trainee's side argued: "To be fair, I have to keep an eye on the time", "It was on the
    # intake form, to be fair"
    r"\bto be fair\b|\bin (?:all )?fairness\b",
    # the blame moved elsewhere: "the office should have rung you", "I did ask them to"
    r"\bthe (?:office|clinic|service|admin|reception|system) should have\b",
    r"\bi did (?:ask|tell|email|send|let|try)\b",
    # the terms were on paper, so the client was told: "it was all in the leaflet you were given"
    r"\b(?:it|that|this|everything|it's|its|that's)(?: was| is)?(?: all| clearly)? (?:in|on) "
    rf"the (?:{PAPERWORK})\b",
    r"\bi (?:didn't|did not) (?:smile|yawn|laugh|go past|look)\b",
)

# The lapse put down to the trainee's own week ("Sorry! I was up half the night with the baby",
# "it's been a crazy week with my assessments, I completely ran out of time", "I was off sick"):
# an explanation in place of repair, the rubric's level 2 however sorry it sounds (every such line
# in the corpus and the development sets is labelled 2). Read only where the trainee has not also
# named their own part (rupture.py).
OWN_CIRCUMSTANCES = any_of(
    r"\b(?:i was|i've been|i have been|it's been|it has been|i had|i've had|i got)(?: \w+){0,3} "
    r"(?:up (?:half|all) (?:the )?night|so busy|really busy|swamped|snowed under|off sick|ill|"
    r"poorly|a (?:crazy|mad|manic|hectic|rough|busy) (?:week|day|few days|morning))\b",
    r"\b(?:i )?(?:completely |totally |just )?ran out of time\b",
)

COLLAPSES = any_of(
    r"\bi(?:'m| am) so(?: so)? sorry\b.{0,60}\b(?:terrible|awful|useless|failure|learning)\b",
    r"\bi feel (?:terrible|awful|so bad|dreadful|like a failure)\b",
    r"\bi(?:'m| am) (?:still "
    r"learning|useless|a terrible)\b",
    r"\bi(?:'m| am) always doing this\b",
    # "I'm new at this and I'm obviously getting it all wrong"
    r"\bi(?:'m| am) (?:\w+ )?(?:new (?:at|to) (?:this|it)|getting (?:it|this|everything) (?:all )?"
    r"wrong|(?:so |really |just )?(?:rubbish|hopeless|useless) at (?:this|it))\b",
    r"\bthat was (?:awful|terrible|unforgivable) of me\b",
)

PATHOLOGISES = any_of(
    r"\binteresting that you(?:'re| are)\b",
    # the complaint made a curiosity about the client: "It's interesting that you experience
    # help as being diagnosed"
    r"\b(?:interesting|telling|revealing) that (?:you|u) (?:\w+ )?(?:experience|see|hear|take|"
    r"read|find|feel)\b",
    # the complaint read as a symptom: "Interesting that it's the pad you've picked on", "often
    # when people feel out of control they..."
    r"\b(?:interesting|telling|revealing) (?:that|how) (?:it's |its |it is )?(?:[\w']+ ){0,4}"
    r"(?:you|u)(?:'ve| have|'re| are)? (?:picked|chose|chosen|fixed|focus\w*|latched|gone for)\b",
    r"\b(?:often|usually|sometimes|a lot of the time),? when (?:people|clients|someone|we) "
    r"(?:feel|are|get) (?:\w+ ){0,4}(?:they|we)\b",
    r"\bpart of the pattern\b",
    r"\b(?:you (?:might )?do|you did|you are|you treat \w+|same (?:thing|pattern)) (?:with|like) "
    r"your (?:mother|father|mum|dad|ex)\b",
    r"\btransference\b",
    r"\b(?<!told )(?<!say )(?<!saying )(?<!said )(?<!that )you(?:'re| are) (?:\w+ )?"
    r"(?:avoiding|deflecting|resisting|projecting|transferring)\b",
    # the same put as a guess: "it sounds like you might be resisting the work"
    r"\byou (?:might|may|could|must) be (?:\w+ )?(?:avoiding|deflecting|resisting|projecting|"
    r"transferring)\b",
    # the complaint read as a symptom: "interesting that it's the pad you've picked on", "often
    # when people feel out of control they fix on small things"
    r"\binteresting that it(?:'s| is)\b",
    r"\b(?:often|usually|sometimes) when (?:people|clients|we) (?:feel|get|are)\b[^.?!]{0,40}"
    r"\bthey\b",
    # the strain put down to the client's history or habit (Safran & Muran 2000: interpreting the
    # rupture as the client's pathology deepens it): "this is exactly what happens with your dad",
    # "I wonder if that's how your dad made you feel", "might be how you handled your dad too",
    # "I wonder if taking the blame is something you do a lot"
    r"\b(?:what|how) (?:happens|happened|you (?:do|did|handle|handled|deal|dealt|are|were)\w*)"
    r"(?: \w+){0,3} with (?:your|ur) (?:dad|mum|mom|father|mother|parents?|family|ex|partner|"
    r"husband|wife|boss)\b",
    r"\bhow (?:you|u) (?:handle|handled|deal with|dealt with|treat|treated|manage|managed|cope "
    r"with|coped with) (?:your|ur) (?:dad|mum|mom|father|mother|parents?|family|ex|partner|"
    r"husband|wife|boss)\b",
    # the complaint's own subject made the client's fixation: "I notice you're very focused on
    # the clock today" to "You did it again. The clock."
    r"\b(?:you|u)(?:'re| are| r| seem| seem to be)(?: very| so| quite| really| a bit)? (?:focused|"
    r"fixated|preoccupied|hung up) on\b",
    r"\b(?:that's|that is|this is|it's|it is) (?:\w+ )?(?:how|what) (?:your|ur) (?:dad|mum|mom|"
    r"father|mother|parents?|ex) (?:made|makes|used to make|did|does)\b",
    r"\b(?:something|a pattern|a habit|a thing) (?:you|u) (?:do|fall into|tend to do) (?:a lot|"
    r"often|with everyone|all the time|with people)\b",
    # the complaint read as the client's sensitivity or defence: "you might be taking this a bit
    # personally", "you might be quite sensitive to feeling ignored", "I'd see that as avoidance",
    # "walking out is another way of avoiding", "you're using humour to cope", "a problem with
    # authority figures", "this is what happens for you: when you feel unheard, you walk out"
    r"\b(?:you|u)(?:'re| are| r| might be| may be| could be| seem to be)? (?:taking|take|took) "
    r"(?:this|it|that|things) (?:a (?:bit|little) |quite |very |rather |too |so )?personally\b",
    r"\b(?:you|u)(?:'re| are| r| might be| may be| seem| can be) (?:quite |very |a bit |really |"
    r"rather |a little |particularly |so )?(?:sensitive|touchy) (?:to|about)\b",
    r"\b(?:as|is|be|of|like|call it|call that) (?:avoidance|resistance|denial|deflection|"
    r"avoiding|resisting|deflecting)\b",
    r"\b(?:can't|cannot|shouldn't|should not|mustn't) keep (?:on )?avoiding\b|\blet's not avoid\b",
    r"\bavoiding (?:it|this|that|the \w+(?: \w+)?) (?:won't|will not|doesn't|does not|isn't "
    r"going to) help\b",
    r"\busing (?:humou?r|jokes|sarcasm|anger|silence) (?:to cope|as a (?:defen[cs]e|shield|way)|to "
    r"(?:deflect|avoid|hide|keep))\b",
    r"\b(?:a|an) (?:problem|issue|difficulty|thing) with (?:authority|men|women|feedback|criticism|"
    r"rules|people in charge)\b",
    r"\b(?:this|that|it)(?:'s| is| might be| may be| could be) (?:exactly |just )?what happens "
    r"(?:for|to|with) (?:you|u)\b",
    r"\b(?:is|'s|might be|may be|could be) (?:exactly |just )?what (?:happens|you do|u do) when "
    r"(?:you|u) (?:feel|get|are)\b",
    r"\bwhen (?:you|u) feel (?:\w+ ){0,2}(?:unheard|criticised|criticized|ignored|rejected|judged|"
    r"controlled|cornered),? (?:you|u) (?!(?:might|may|could) )\w+",
    r"\b(?:maybe|perhaps|i think|i wonder if) (?:that|this|it) (?:comes|came) from (?:your|ur)\b",
)

# A promise to do better in place of asking what happened: "I'll try harder", "I promise I'll
# really try this time", "it won't happen again", "I mean it this time". The strain taken up,
# but smoothed over (the rubric's level 2-3: the client's experience not yet heard).
PROMISES_BETTER = any_of(
    r"\b(?:i|we)(?:'ll| will|ll) (?:really |genuinely |honestly |definitely |just |all )?"
    r"(?:try|do) (?:harder|better|my best|our best)\b",
    r"\bi (?:promise|swear) (?:i(?:'ll| will|ll|'m going to)|it (?:won't|will not|wont)|that "
    r"(?:won't|will not|wont)|to)\b",
    r"\bi (?:really |do )?mean it this time\b",
    r"\b(?:it|that|this) (?:won't|will not|wont|isn't going to) happen again\b",
)

# Responses that deepen a rupture (Safran & Muran, 2000; Eubanks, Muran & Safran's 3RS):
# making the strain the client's fault, holding to the task against the client, and pressure.
# Each answers the strain, badly: the criterion is in use and scored low, not "not used".
EXACERBATES = (
    (
        # the trainee's own hurt or letdown put to the client at the strain: "I notice I feel
        # quite hurt by that" (qa4, complaint-about-last-session: rupture repair 4); the rubric's
        # level 2 has the client end up comforting the trainee
        "lays_hurt_on_client",
        "it puts your own hurt on the client",
        any_of(
            r"\bi (?:notice i |find i |can feel i )?(?:feel|felt|am feeling|'m feeling) (?:quite |"
            r"really |a bit |a little |so |very )?(?:hurt|wounded|offended|insulted|disrespected|"
            r"attacked|let down) (?:by|at|when)\b",
            r"\b(?:a bit |quite |rather |really |pretty |very |a little )?disappointing (?:for|to) "
            r"me\b",
            r"\bi need you to (?:give|trust|believe|forgive|stay|understand|commit|engage|open "
            r"up|make (?:an|more of an) effort)\b",
            # "It would really hurt if you dropped out after all our work"
            r"\bit(?:'d| would) (?:really |honestly )?hurt (?:me )?if (?:you|u)\b",
        ),
    ),
    (
        "blames_client",
        "it makes the strain the client's fault",
        any_of(
            r"\byou(?:'re| are) being (?:very |a bit |so |really |quite )?(?:difficult|defensive|"
            r"rude|childish|dramatic|silly|unfair|unreasonable|awkward|stubborn|resistant|hostile|"
            r"paranoid|sensitive|touchy|negative|obstructive|passive|aggressive|manipulative|"
            r"ridiculous|hard work|a bit much|over the top|self-critical)\b",
            # ("I notice you're very aggressive today", "you got defensive there": qa4)
            r"\byou(?:'re| are|r) (?:(?:very|quite|a bit|a little|pretty|extremely|getting) ){0,2}"
            r"(?:aggressive|hostile|combative|argumentative|confrontational|prickly|"
            r"worked up)\b",
            r"\byou (?:got|get|went|go|became|become) (?:very |quite |a bit |a little |really |"
            r"so )?(?:defensive|aggressive|hostile|touchy|prickly|worked up)\b",
            r"\b(?:frustrating|annoying|exhausting|tiring) for me\b",
            r"\byou(?:'ve| have) (?:gone|shut down|switched off|clammed up) (?:\w+ )?again\b",
            r"\byou (?:go|get|shut down|clam up) (?:\w+ )?whenever (?:we|i)\b",
            r"\b(?:it's|it is) (?:hard|difficult|impossible) to work "
            r"(?:like this|like that|with)\b",
            r"\byou (?:always|do tend to|tend to|keep) (?!\w+ me\b)\w+",
            r"\bthinking (?:error|trap)\b|\ball-or-nothing\b|\bcatastrophi[sz]\w*\b",
            r"\bit would help if you\b|\byou need to (?:engage|try|meet|trust|stop)\b",
            r"\bmeet me halfway\b|\btaking it out on me\b|"
            r"\bthat's not fair\b(?! (?:on|to) (?:you|u)\b)",
            r"\bi can't be responsible\b|\bi(?:'m| am) only trying to help\b",
            # the strain charged to the client's commitment or to how they are with the trainee:
            # "it makes me wonder how committed you are", "it does make it hard to work with you"
            r"\b(?:how|whether|if) (?:committed|motivated|serious|invested) (?:you are|you're|"
            r"u r)\b",
            r"\b(?:your|ur) (?:commitment|motivation|attitude|lateness|tone)\b",
            r"\b(?<!i was )(?<!i'm )(?<!i am )(?<!kept you )(?<!keep you )(?<!made you )"
            r"(?<!make you )(?<!held you )(?<!kept u )(?<!made u )(?<!run )(?<!ran )(?<!running )"
            r"(?<!bus was )(?<!bus is )(?<!buses were )(?<!train was )(?<!trains were )"
            r"(?:late|missed|cancelled) again\b",
            r"\bmakes? it (?:really |quite |very )?(?:hard|difficult|impossible) to work with "
            r"(?:you|u)\b",
            # the strain put back on the client's part in the work: "I can only work with what
            # you bring me", "I can't help if you don't talk to me", "you do say very little in
            # here", "you do go into a lot of detail", "easier to blame me than look at your part"
            *CLIENTS_PART_BLAMED,
            r"\b(?:you|u) do (?:say|share|bring|give|tell me) (?:very little|so little|not much|"
            r"hardly anything)\b|\b(?:you|u) do go (?:into|on)\b",
            r"\beasier to blame (?:me|us|the therapy)\b|\blook at (?:your|ur) (?:own )?part\b",
        ),
    ),
    (
        "holds_to_task",
        "it holds to the task instead of turning to what happened",
        any_of(
            # "let's just carry on" glosses (a smaller fault, named "glosses"); these insist
            r"\bpush through\b|\b(?:is|are) the (?:method|approach|model)\b",
            r"\bneeds? the structure\b|\bwe've only (?:done|had|got)\b",
        ),
    ),
    (
        "dismisses",
        "it brushes the strain off or tells the client off for it",
        any_of(
            r"\bno need (?:to be|for) (?:\w+ )?(?:sarcas\w*|rude|nasty|like that|abusive|"
            r"aggressive|hostile|personal|insulting|shouty|horrible|that tone)\b",
            r"\bi (?:don't|do not) appreciate\b",
            r"\b(?:the )?door(?:'s| is) (?:there|open)\b",
            r"\bif you (?:don't|do not) want to be here\b|\bnobody(?:'s| is) forcing you\b",
            r"\bthere you go(?: again)?\b|\bshutting down again\b",
            r"\byou seem (?:quite |very |a bit |really )?(?:suspicious|paranoid|defensive|hostile|"
            r"touchy|sensitive|angry)\b",
            r"\bi can't read your mind\b|\bi(?:'m| am) doing my best\b",
            # their reaction questioned: "I'm not sure why it's a surprise"
            r"\b(?:not sure|don't know|dont know|don't see|don't understand) why (?:it's|its|it "
            r"is|this is|that's|that is|it was|you're|you are|ur|u r) (?:such |so )?(?:a surprise|"
            r"surprised|surprising|upset|angry|annoyed|a problem|an issue)\b",
            r"\b(?:i )?(?:don't|do not|dont|not sure) (?:know )?what (?:else|more) (?:you|u) "
            r"(?:want|expect)\b",
            # the complaint made small: "it's not a big deal", "let's not let a bit of lag put
            # you off"
            r"\b(?:it's|its|it is|that's|thats|that is) not (?:a |such a |that )?(?:big|huge) "
            r"(?:deal|thing)\b",
            r"\blet's not let (?:a bit of |a little |some |the )?\w+ put (?:you|u) off\b",
            # the client told off for when they said it: "next time try to bring the big stuff in
            # at the start", "just try to say stuff earlier!"
            r"\b(?:next time|in future|from now on)\b[^.?!]{0,30}\b(?:bring|raise|say|mention|"
            r"start with)\b",
            r"\b(?:say|bring|raise|mention) (?:stuff|things|it|that|the big stuff|important "
            r"things)(?: up| in)? (?:earlier|sooner|at the start|in the first half)\b",
            # the leaving accepted without a word about it: "okay, if that's what you want"
            r"\b(?:okay|ok|fine|alright|all right|sure),? if (?:that's|that is|thats) what "
            r"(?:you|u) (?:want|need|decide|think is best)\b",
            r"\bi(?:'ll| will) (?:close|end) (?:your|the) (?:file|case|referral|sessions)\b",
            # a client leaving thanked and let go: "Fair enough. Thanks for coming."
            r"\bthank(?:s| you) for coming(?: in| today)?[.!]*$",
        ),
    ),
    (
        "pressures",
        "it pressures the client to stay or comply",
        any_of(
            r"\bif you(?:'re| are) going to be (?:difficult|like that)\b",
            r"\bif you (?:leave|stop|go) now\b",
            r"\bi(?:'ve| have) (?:already )?said sorry\b",
            r"\bi(?:'ve| have|ve)? (?:already )?(?:apologi[sz]ed|said sorry) (?:twice|two times|"
            r"three times|already|more than once|enough)\b",
        ),
    ),
    (
        # the lapse met with a sanction: "if it happens again I'll have to give your slot to
        # someone", "otherwise we may have to reschedule", "if you're not going to do the
        # homework, I'm not sure this will work", "missed sessions still get charged"
        "sanctions",
        "it meets the strain with a charge or a sanction",
        any_of(
            r"\b(?:you'll|you will) (?:be charged|still pay|lose)\b",
            r"\bif (?:it|this|that) happens again\b[^.?!]{0,40}\b(?:i|we)(?:'ll| will|ll) "
            r"(?:have to|need to|be)\b",
            r"\b(?:give|offer|pass) (?:your|ur) (?:slot|place|space|session) to\b",
            r"\b(?:otherwise|or else),? (?:we|i) (?:may|might|will|'ll|would) (?:have|need) "
            r"to\b",
            r"\bif (?:you|u)(?:'re| are| r) not going to (?:do|try|engage|bother)\b",
            r"\bif (?:you|u) (?:don't|do not|dont) want (?:structure|to (?:try|engage|do (?:it|the "
            r"work)))\b[^.?!]{0,30}\b(?:not sure|don't know|can't)\b",
            r"\b(?:missed|cancelled|late) (?:sessions? |appointments? )?(?:still )?(?:get|are|is) "
            r"(?:still )?charged\b|\bcharged (?:for )?(?:missed|cancelled|late)\b",
            r"\bif (?:you|u) miss (?:\w+ ){0,3}(?:in a row|again|more)\b",
        ),
    ),
)


# The lapse put on what the client failed to do ("you should have read the leaflet", "you
# could've asked"): blame, the rubric's level 1, unless the trainee owns the lapse in the same
# reply ("I'm sorry I didn't make that clear: you should have known"), where it says they had a
# right to know. rupture.py decides which.
LAPSE_PUT_ON_CLIENT = any_of(
    YOU_SHOULD_HAVE + r"(?:read|checked|asked|looked|rung|called|let me know|told me|realised|"
    r"realized|known|noticed)\b"
)


# The choice left to the client ("it's your decision", "if you'd rather stop..."): with nothing
# owned, validated or asked, it brushes the strain off; after "I put that badly, I'm sorry" it
# respects their autonomy (fees-mid-therapy/guilt, instructor 5). rupture.py decides which.
LEAVES_IT_TO_THEM = any_of(
    r"\bif you(?:'d| would)? (?:rather|want to) (?:cancel|leave|go|stop|quit)\b",
    r"\b(?:that's|it's|that is|it is) (?:up to you|your (?:choice|call|decision))\b",
)
# The client plays the strain down ("it's no problem, things happen"): a withdrawal marker
# (Safran & Muran 2000; Eubanks' 3RS: minimising, appeasing). Taking it at its word and moving on
# ("good, glad that was okay") leaves the rupture where it was: repair attempted at most weakly
# (the rubric's check: does it treat a withdrawal "rather than accepting it at face value?").
MINIMISES = any_of(
    r"\b(?:it's|it is|that's|that is) (?:fine|okay|ok|alright|all right|nothing)\b",
    r"\b(?:i'm|i am) (?:fine|okay|ok|alright|all right)\b(?! with)",
    r"\bno problem\b",
    r"\bthings happen\b",
    r"\bdon't worry\b",
    r"\b(?:not|no) a big deal\b",
    r"\bforget (?:it|about it)\b",
)
TAKES_AT_FACE_VALUE = any_of(
    r"\b(?:good|great|glad|phew|lovely)\b.{0,30}\b(?:(?:was|is|were|are) (?:okay|ok|fine|alright|"
    r"all right|no problem)|you(?:'re| are) (?:okay|ok|fine|alright))\b",
    r"\b(?:no worries|no harm done)\b",
    # a bare acceptance and on to the next thing: "Fine. What happened at work this week?"
    r"\b^(?:fine|okay|ok|alright|all right|no problem|no bother|sure|that's fine|that's ok(?:ay)?)"
    r"[.,!]*$",
    r"\b^(?:great|good|lovely|perfect|brilliant|cool)(?:,? (?:thanks|thank you))?[.,!]*$",
)
