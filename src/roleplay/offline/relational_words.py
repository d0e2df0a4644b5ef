"""The words of talk about the two of them, now: the patterns relational.py reads sentences with.

Grouped as relational.py's docstring describes (the relationship named, the trainee as the
object of the client's feelings, the trainee's stance or part, the client's behaviour in the
session, the client's question about the relationship), with the look-alikes set aside before
them (requests and manners with "me", stories about elsewhere, the client's own people).
"""

from __future__ import annotations

import re

from roleplay.offline.text import any_of

# ("u", "ur", "im", "ive": typed in a hurry)
YOU = any_of(r"\b(?:you(?:'re|'ve|'d|'ll|r|rs|rself)?|u|ur)\b")
ME = any_of(r"\b(?:i|i'm|i've|i'd|i'll|im|ive|me|my|myself)\b")


# The work set or planned between sessions: talk about it is about the task, not the two of you.
AGENDA = (
    r"\b(?:homework|assignment|worksheets?|diary|diaries|log|exercises?|task|tasks|reading|"
    r"practice|plan|agenda|goals?|handout|tracker|thought record)\b"
)


# A. The relationship or the therapy itself, named.
RELATIONSHIP = any_of(
    r"\bbetween (?:us|you and me|you and i|the two of us)\b",
    # "nice talking to you and I hope...": "and I" opens a new clause there, not the pair of you
    r"\byou and (?:i|me)\b(?! (?:hope|think|believe|urge|know|wish|guess|suppose|am|'m|was|"
    r"really (?:hope|think|believe)|just (?:hope|want|think)|want you)\b)",
    r"\bthe two of us\b",
    r"\bboth of us\b",
    r"\bwe agreed\b",
    r"\bback with you\b",
    r"\b(?:moving|going|pushing|rushing) (?:\w+ )?too (?:fast|far|hard|quickly)\b",
    # ("I love our chats": am-i-boring-you/notes, qa4)
    r"\bour (?:relationship|work|sessions?|connection|time|alliance|conversations?|chats?|talks|"
    r"meetings?|"
    r"ending|last|first|tuesdays|mondays|wednesdays|thursdays|fridays|hour|agreement|contract)\b",
    r"\b(?:these|the|this|today's|last) (?:(?:two|three|four|few|first|past|last) )?(?:sessions?|"
    r"hour)\b(?! (?:with|at|in) (?:your|the|a) )",
    # "can we talk about us for a minute?", "it might help us both"
    r"\b(?:talk|talking|think|thinking|check in|checking in) about us\b|\bus both\b",
    r"\bin this room\b",
    r"\bin here\b",
    r"\bthis space\b",
    r"\bhere with me\b",
    r"\bwe (?:both|keep|seem to|kind of|sort of|always|never)\b(?! all\b)",
    r"\bwe(?:'ve| have|ve) (?:gone|been going|got stuck|hit)\b",
    r"\bhow (?:things|we|it) (?:were|was) left\b|\bhow we left (?:things|it)\b",
    # the two of them at odds over the work: "we're pulling in different directions"
    r"\bwe(?:'re| are|'ve been| have been|re) (?:\w+ )?(?:pulling|going|heading|working) in "
    r"(?:different|opposite) directions\b",
    r"\bwe(?:'re| are|re)(?: not|n't| really not) on the same (?:page|wavelength)\b|"
    r"\bwe(?:'re| are|re) on different (?:pages|wavelengths)\b|\bat cross[- ]purposes\b",
    r"\bare we (?:okay|ok|alright|good)\b",
    r"\b(?:do|did|doing|work|working|figure|figuring|think|thinking|look|looking) (?:\w+ ){0,2}"
    r"together\b",
    # the ending of the work: "we'll end one day", "when we finish"
    r"\bwe(?:'ll| will|'re going to| are going to) (?:end|finish|stop meeting|stop seeing each "
    r"other)\b(?! (?:the session|today|here|there|for today|on time|early|a bit))",
    r"\bwhen we (?:end|finish|stop meeting)\b(?! (?:the session|today|here|there|for today))",
    # "this relationship" is as often the client's own (their marriage) as the two of yours
    r"\bthis relationship\b(?=.{0,30}\b(?:us|we|me|here|in this room)\b)",
    r"\b(?:us|we|me|here)\b.{0,30}\bthis relationship\b",
    r"\bwith you (?:right now|here|today|in here|just now)\b",
    r"\bhere with you\b",
    r"\b(?:different|another|new|better) (?:counsel+or|therapist)\b",
    r"\bhow we(?:'ve| have| are|'re)? (?:been )?(?:working|work|talk|talking|doing|get on|"
    r"getting on|do things)\b",
    r"\b(?:working|work|sitting|talking|speaking) (?:here )?with "
    r"(?:you|me)\b",
    r"\bcoming (?:here|to see me|to sessions|to therapy|back)\b",
    r"\bbeing here\b",
    r"\b(?:want|wanting|need|needing) to be here\b",
    r"\b(?:finding|find|found) (?:therapy|counsel+ing|the sessions|these sessions|our sessions|coming here)\b",
    r"\bsaying goodbye\b",
    r"\bme included\b",
    r"\brupture\b",
    r"\bthe (?:counsel+or|therapist) here\b",
    r"\b(?:the only|my other|other) clients?\b",
    r"\bit(?:'s| is) not (?:really )?about me\b",
    # last session's work or agenda (homework, the plan) addressed to the trainee is a task
    # question, not the two of them (Hill: immediacy is talk about the relationship itself)
    r"\blast (?:week|time|session)\b(?!'?s? (?:\w+ )?" + AGENDA + r").{0,40}\b(?:i|me|we|us)\b",
    r"\b(?:i|me|we|us)\b(?!.{0,60}" + AGENDA + r")"
    r".{0,60}\blast (?:week|time|session)\b(?!'?s? (?:\w+ )?" + AGENDA + r")",
)
# B. The trainee as the object of the client's feelings or acts.
TOWARD_ME = any_of(
    r"\b(?:what|how) i (?:think|feel|make) (?:of|about) you\b",
    r"\b(?:at|with|toward|towards|about|of|from|around|in front of|onto|on|against|than|like|"
    r"by|in|without) me\b",
    r"\bfor me\b(?=.{0,20}(?:\?|today|here|right now))",
    r"\b(?:you|you're|you've) (?:\w+ )?(?:think|thinking|thought) (?:that )?i(?:'m| am|"
    r"'d| would| was| don't| didn't| can't)?\b",
    r"\bsomeone (?:you|who)\b",
    r"\b(?:trust|believe|feel|sure) that i(?:'ll| will| can| am|'m| do)\b",
    r"\b(?:worry|worries|bother|bothers|concern|concerns|matter|matters) (?:to )?you that i\b",
    r"\bbeing compared\b",
    r"\bme pushing\b",
    r"\bto me\b(?!,? (?:it|this|that) (?:sounds|seems|looks))",
    r"\b(?:show|showing|treat|treating|test|testing|trust|trusting|judge|judging|blame|blaming|"
    r"like|hate|hating|need|needing|protect|protecting|push|pushing|shut|shutting|keep|keeping|"
    r"hear|hearing|see|seeing|letting|let|ask|asking|asked|compare|comparing|"
    r"compared|forgive|trusted|see|saw|imagine|imagining|expect|expecting|want|wanting|"
    r"reassure|reassuring|please|pleasing|look|looking|call|calling|thank|thanking|apologi[sz]e|"
    r"apologi[sz]ing|watch|watching|bring|bringing|brought|fire|firing|leave|leaving|lose|"
    r"losing|miss|missing|hurt|hurting|disappoint|disappointing|bore|boring|ghost|ghosting) me\b",
    r"\b(?:makes?|made) you (?:think|feel|wonder|worry|believe|say|ask|expect|imagine|want)"
    r"(?: that)? (?:i|i'm|i'd|me|my)\b",
    r"\b(?:makes?|made) you (?:ask|want to know)\b",
    # the act of telling the trainee, handed back (Hill: processing an immediacy event):
    # "what's it like to tell me this?" ("tell me more" alone is an ordinary invitation)
    r"\b(?:what(?:'s| is| was)|how(?:'s| is| was| does it feel| did it feel)) (?:it )?(?:like )?"
    r"(?:for you )?to (?:have )?(?:tell|told|say|said|show|shown|share|shared|ask|asked|give|given|"
    r"bring|brought|offer|offered)"
    r"(?: (?:\w+ ){0,3}(?:to|with))? me\b",
    # the same, asked indirectly: "I'm wondering what it's like to ask me that"
    r"\bwhat it(?:'s| is|s| was) like (?:for you )?to (?:have )?(?:tell|told|say|said|show|shown|"
    r"share|shared|ask|asked)(?: (?:\w+ ){0,3}(?:to|with))? me\b",
    # the client's experience of the trainee's own answer, handed back: "what's it like hearing
    # that?", "what happens in you, hearing it?" (not hearing it from someone else)
    r"\b(?:what(?:'s| is|s| was)?|how(?:'s| is| was)?) (?:it )?(?:like )?(?:for you )?(?:hearing|"
    r"to hear) (?:that|it|this|me say|my answer)\b(?! (?:from|about)\b)",
    r"\bwhat happens (?:in|for|inside) you,? (?:hearing|as you hear|when you hear|as i say|when i "
    r"say)\b",
    r"\bdoes (?:it|that) (?:matter|make a difference) (?:to you )?(?:either way|whether i|that i|"
    r"if i)\b",
    r"\b(?:makes?|made) you (?:ask|wonder)(?: (?:that|me|about me|about that))?(?=\s*[?.!]|$)",
    r"\bthat(?<!so that) i (?:might|may|can't|won't|couldn't|wouldn't|am|'m|was|wasn't|don't|didn't|'d|would)"
    r" (?:not )?(?:be able to )?(?:help|understand|get|judge|fully|listening|bored|interested|"
    r"here|care|like|hate|want|give up|leave|think|see|pity)\b",
    r"\bsomeone (?:like me|my age|who (?:isn't|is not|doesn't|does not|hasn't|has not|looks))\b",
    r"\bwhat (?:you|you're) (?:imagine|imagining|think|thinking|expect|expecting|see|saw)\b.{0,25}"
    r"\b(?:i|i'm|i'd|my)\b",
    r"\bmy (?:face|notes|reaction|question|comment|words)\b",
    # the client's experience of the trainee's conduct in the room: "having me scribble while
    # you talk", "watching me write"
    r"\bhaving me\b",
    # the client looking after the trainee, named: "you've just stopped to look after me"
    r"\b(?:look|looking|looked|check|checking|checked|take|taking|took) (?:care of|after|on) "
    r"me\b",
    # the act of telling the trainee, as it happens: "sitting here telling me", "saying it to me"
    r"\b(?:sitting|being) (?:here )?(?:telling|saying (?:it|this|that) to|showing) me\b",
    r"\bsaying (?:it|this|that) (?:out loud )?to me\b",
    r"\bme (?:writing|scribbling|taking notes|note-taking|looking at|glancing at|checking|"
    r"watching the)\b",
    r"\b(?:worried|afraid|scared|concerned|wondering) (?:that )?i (?:won't|might not|can't|don't|"
    r"wouldn't)\b",
)
# Someone in the trainee's own life ("my fiance", "my best friend"): a "me" or an "our" beside them
# belongs to the trainee's story, not to the two of them in the room.
SOMEONE_OF_MINE = (
    r"\bmy (?:\w+ )?(?:fianc\w*|partner|ex|husband|wife|boyfriend|girlfriend|mum|mom|mother|dad|"
    r"father|parents?|brother|sister|son|daughter|kids?|children|boss|manager|friends?|family|"
    r"teacher|grand\w+|nan|gran)\b"
)
# Fixed phrases with "me" that are requests or manners, not the relationship.
NOT_TOWARD_ME = any_of(
    # the trainee as the object of someone in their own life, in the same clause: "my fiance
    # left me after cheating on me", "my boss hated me" (a disclosure, not the two of them)
    SOMEONE_OF_MINE + r"[^,;:.?!]*\bme\b",
    r"\b(?:can|could|would|will) you (?:\w+ )?(?:tell|show|walk|help|give|remind) me\b",
    r"\byou (?:can|could|might) (?:\w+ )?(?:tell|show|walk|help|give) me\b",
    r"\b^(?:please )?(?:tell|show|help|give|walk|remind) me\b",
    r"\blet me\b(?! in\b)",
    r"\bexcuse me\b",
    r"\b(?:would|do|did) you (?:\w+ )?(?:like|want) me to\b",
    r"\bwhat you(?:'ve| have)? (?:told|said to|shared with) me\b",
    r"\bbear with me\b",
    r"\bhelp me understand\b",
    r"\bsounds to me\b",
    r"\bseems to me\b",
    r"\bstrikes me\b",
    r"\b(?:sounds|seems|looks) (?:\w+ ){0,2}to me\b",
    r"\bfeels (?:right|wrong|true|odd|strange|important) to me\b",
    # thanks for the chat: "thanks for connecting with me today", "thank you for sharing your
    # life with me" (a courtesy, not the two of them; before the shorter thanks below)
    r"\bthank(?:s| you| u) for (?:connecting|talking|chatting|speaking|sharing|opening up)\b"
    r"[^.?!]{0,50}\b(?:with|to) me\b",
    r"\bthank(?:s| you) for (?:telling|sharing|letting)\b",
    r"\b(?:is|was|it's|that's|something) (?:really |so |very )?important to me\b",
    r"\b(?:happens|happened|happening|happen) (?:to|with) me\b",
    # ways of speaking: "ask me about divorce!", "sometimes I let my anger get the best of me"
    r"\bask me (?:about|anything)\b|\bif (?:you|u) ask me\b",
    r"\b(?:get|gets|got|getting|gotten) the (?:best|better) of me\b",
    r"\bmakes (?:\w+ ){0,3}sense to me\b",
    # ("what would help you trust me on this?" is about the two of them)
    r"\b(?<!you )(?<!to )(?<!u )trust me(?:,| when| on this)",
    # "trust me" opening a clause: "and trust me you are not alone", "trust me it doesn't feel good"
    r"\b(?<!you )(?<!to )(?<!u )(?<!not )trust me (?=(?:you|u|it|its|it's|this|that|they|he|she|we|"
    r"i|there|things|everything)\b)",
    # an opening to talk, in ordinary helping talk: "anything you'd like to talk to me about?"
    r"\b(?:like|want|wanted|need|needed) to (?:talk|speak|chat) (?:to|with) me\b",
    r"\b(?:questions?|concerns?|worries|worry|thoughts|anything)\b(?: [\w']+){0,6} for me\b",
    # what else the client wants to bring to the session: "anything else to bring to me today?"
    r"\b(?:anything|something|what else)\b(?: [\w']+){0,6} (?:bring|raise|ask) (?:\w+ )?"
    r"(?:to|with) me\b",
)
# C. The trainee's feelings or stance toward the client, now.
STANCE = any_of(
    # the feeling is the trainee's own only while no other subject comes between: "I think you
    # will enjoy it" is about the client's enjoyment
    r"\bi(?:'m| am|'d|'ll| would| will)? (?:(?!(?:you|he|she|they|it|we|that)\b)[\w']+ ){0,3}?"
    # ("I would like to give you", "it seems like you": no feeling toward them)
    r"(?:judg\w* you|pity\w*|trust|care about|(?<!seems )(?<!seem )(?<!feels )(?<!looks )"
    r"(?<!sounds )like(?! to\b)|"
    r"enjoy|enjoyed|value|valued|miss|dreamt about|dream about|think about|worry about|worried "
    r"about|angry with|frustrated with|annoyed with|upset with|disappointed in|close to|"
    r"fond of|bored|giving up on|give up on|hate|tried everything with)\b.{0,15}\byou\b",
    r"\bmy (?:experience|sense|impression) of you\b",
    r"\bi(?:'m| am) not (?:bored|judging|pitying|giving up|going anywhere|angry|upset|cross|"
    r"annoyed|disappointed|leaving|tired of you|fed up|handing (?:you|u) on)\b",
    # the trainee's feeling at what the client has just said or given (Hill & Knox 2009)
    r"\bi(?:'m| am|m) (?:really |so |very |deeply |genuinely )?(?:touched|moved|honou?red)\b",
    r"\bi(?:'m| am|m) staying\b",
    # the client's way of keeping the trainee off, as the trainee meets it: "I've wondered whether
    # the jokes keep me at arm's length sometimes too"
    r"\b(?:keep|keeps|keeping|kept|hold|holds|holding) me at (?:arm'?s length|a distance|bay)\b",
    r"\bi(?:'ll| will) miss\b",
    r"\bi(?:'m| am) going to miss\b",
    r"\bi don't (?:think|find) (?:you(?:'re| are)?) "
    r"(?:boring|creepy|awful|weird|stupid|pathetic|too much|a burden|a waste)\b",
    r"\b(?:you're|you are) not (?:boring|wasting|a burden|too much)\b",
    # ("I feel that X would suit you" is an opinion, not a feeling toward them)
    # ("I feel for you", "I really feel for you": sympathy with their plight, not toward them;
    # nor "I feel your pain and I empathize with you")
    r"\bi(?: feel(?! that\b)(?! for (?:you|u)\b)(?! (?:so |really |truly |deeply )for (?:you|u)\b)"
    r"(?! your pain\b)| felt(?! that\b)| am feeling|'m feeling| notice| noticed|'m aware|"
    r" am aware| find myself)\b"
    r".{0,60}\b(?<!empathize )(?<!empathise )(?<!sympathize )(?<!sympathise )(?:toward|towards|for|"
    r"with|about) you\b",
    r"\b(?:you(?:'re| are)|you've been) (?:one of )?(?:my|the) (?:favou?rite|best|most)\b",
    r"\bwhat i (?:notice|feel|'m feeling|am feeling|find) in (?:me|myself)\b",
    r"\bpart of me\b",
    r"\bi (?:catch|find) myself (?:\w+ ){0,3}(?:you|us|here|this session)\b",
    r"\bglad you (?:feel|felt|can feel) (?:\w+ )?(?:comfortable|safe|able)\b.{0,20}\b(?:here|"
    r"with me|in here)\b",
)
# E. The client's behaviour in the session, noticed now.
IN_SESSION = any_of(
    r"\b(?<!around )(?<!about )(?<!with )(?<!for )(?<!to )(?<!from )"
    r"you(?:'ve| have)? (?:gone|went|go|got|seem|seemed|look|looked|became|are|'re|were|"
    r"keep|kept)\b (?:\w+ ){0,2}(?:quiet|silent|distant|closed off|shut down|withdrawn|"
    r"far away|apologising|apologizing|checking|glancing|looking at the)\b",
    r"\byou(?:'ve| have) (?:\w+ )?(?:gone|gone very|gone really) (?:quiet|silent)\b",
    r"\byou(?:'re| are) (?:laughing|smiling|crying)\b",
    r"\byou(?:'re| are) (?:shaking|looking away|checking the)\b",
    r"\byou (?:laughed|smiled|sighed|looked away|paused|hesitated|changed the subject|apologised|"
    r"apologized|shrugged|made a joke|nearly didn't come|came in late|arrived late|were late|"
    r"teared up|kept your coat|keep looking)\b",
    r"\b(?:that|the|your) (?:shrug|sigh|laugh|smile|silence|tears|pause)\b",
    r"\b(?:kept|keeping) (?:your|ur) (?:coat|jacket)\b|\b(?:your|ur) (?:coat|jacket)(?:'s| is)? "
    r"(?:still )?(?:on|zipped|done up|buttoned)\b",
    r"\b(?:the|that) clock\b",
    # (not the lateness put down to something else: "did work keep you late again?")
    r"\b(?<!kept )(?<!keep )(?<!made )(?<!make )(?<!held )(?<!keeps )(?<!makes )"
    r"you(?:'re| are| were|'ve been| have been)? (?:\w+ ){0,3}late\b",
    r"\byou (?:cancelled|cancel|missed)\b",
    r"\bthe tears (?:coming|come)\b",
)
# Behaviour that can only be happening in the room now.
IN_SESSION_NOW = any_of(
    r"\b(?<!around )(?<!about )(?<!with )(?<!for )(?<!to )(?<!from )"
    r"you(?:'ve| have) (?:\w+ )?gone (?:\w+ )?(?:quiet|silent)\b",
    r"\byou(?:'re| are) (?:laughing|smiling|crying|looking at the clock)\b",
    r"\byou (?:went|go|got) (?:very |really |quite )?(?:still|quiet|silent)\b",
)
# Time in this session, which turns an observation of the client into an in-session one.
NOW = any_of(
    r"\bjust now\b",
    r"\bjust then\b",
    r"\bright now\b",
    r"\bin this moment\b",
    r"\btoday\b",
    r"\bagain\b",
    r"\ba moment ago\b",
    r"\bearlier\b",
    r"\b(?:as|while) we (?:talk|sit|speak)\b",
    r"\bhere\b",
    r"\bthis (?:week|time)\b",
    r"\bsince you (?:came|walked|arrived|sat)\b",
    r"\bas you (?:tell|told|say|said) (?:me|this|that|it)\b",
)
# H. Process talk about the two of them now (Hill 2014; Kasper, Hill & Kivlighan 2008): a
# question about what just happened between them or about the client's experience of the trainee
# ("what happened for you just then?", "what's it like when I do that?", "did something I said
# make it feel not worth it?", "what are you most afraid I'll do?", "how is that to hear?", "from
# where you're sitting"); the trainee's part named ("that was clumsy of me", "what have I done
# that felt like that?"); the trainee's own feeling arising now ("I felt a pang when you said
# that", "it moves me that you let me see this"); and how hard or easy it is to talk with them.
PROCESS = any_of(
    r"\bwhat(?:'s| is| was)? (?:just )?(?:happening|happened|going on|went on) (?:for|in|with|inside) "
    r"(?:you|u),? (?:just now|just then|right now|now|then|there)\b",
    r"\bwhat (?:just )?happened (?:just now|just then|right there)\b",
    r"\bwhat(?:'s| is| was|s) (?:it|that) (?:been )?like,? (?:for (?:you|u),? )?(?:when|that|as) i\b",
    r"\bwhat(?:'s| is| was|s) (?:it|that) (?:been )?like,? (?:for (?:you|u),? )?\w+ing\b[^.?!]*"
    r"\b(?:here|to me|with me|w me|just now|someone (?:younger|newer|new|like me))\b",
    r"\bwhat(?:'s| is| was|s) (?:it|that) like to hear\b",
    # the client's experience of wondering about the trainee: "what's it like for you to wonder
    # whether I get it?", "what's that like, worrying that I'll leave?"
    r"\bwhat(?:'s| is| was|s) (?:it|that) (?:been )?like,? (?:for (?:you|u),? )?(?:to )?\w+ "
    r"(?:whether|if|that) (?:i|i'm|i'd|i've|i'll|i'll)\b",
    # how something the trainee did landed: "how the cancellation landed for you"
    r"\bhow (?:the|my|that|this) (?:cancel\w*|lateness|absence|email|message|text|reply|silence|"
    r"comment|question|suggestion|remark|mistake|change|no|answer|interruption)\b.{0,25}"
    r"\b(?:landed|land|lands|felt|sat|went down|came across) (?:for|with|to) (?:you|u)\b",
    r"\bhow (?:is|was|'s|does|did) (?:that|it|this) (?:feel )?(?:to hear|for (?:you|u) to hear)\b",
    # (not a way of coping: "something I've done when I've felt that way", "something I do to
    # relax")
    r"\b(?:something|anything) i(?:'ve)? (?:just )?(?:said|did|done|say|do)\b"
    r"(?!,? (?:when|whenever|if|to (?:help|cope|relax|unwind|calm)|in the past|myself|before|"
    r"for myself|as well|too)\b)",
    r"\bwhat (?:have|did) i (?:just )?(?:done|do|say|said)\b",
    r"\b(?:afraid|scared|worried|frightened|expecting) (?:that )?i(?:'ll| will| might| would|'d| "
    r"am going to|'m going to)\b",
    r"\bfrom (?:where (?:you're|you are|ur|u r|youre) sitting|your (?:chair|side|seat|end))\b",
    r"\b(?:clumsy|careless|thoughtless|insensitive|unfair|out of line) of me\b",
    r"\bi (?:felt|feel|noticed i felt|notice i feel|had) (?:\w+ ){0,3}(?:pang|relief|lump|jolt|"
    r"tug|wave of \w+)\b[^.?!]{0,30}\b(?:(?:when|as) (?:you|u)|just now|just then)\b",
    r"\b(?:it|that|this) (?:really )?(?:moves|touches|matters to) me\b",
    r"\b(?:hard|harder|easier|easy|difficult|safe|safer) (?:to|for (?:you|u) to) (?:talk|speak|say "
    r"\w+|tell me|open up)(?: \w+)? (?:to|with|w) me\b",
    r"\b(?:easier|harder|different|safer) (?:w|with) me\b",
    r"\b(?:feel|felt|seem|seemed|look|looked|sound|sounded) like i(?:'m| am| was|'ve| have| had)? "
    r"(?:\w+ )?(?:drifted|stopped|checked out|gone|not listening|wasn't listening|judging|bored|"
    r"rushing|pushing|somewhere else|elsewhere|filing|processing|ticking)\b",
    r"\bi (?:think |suspect |wonder if )?i(?:'ve| have)? (?:pushed|brushed|rushed|argued with|"
    r"glossed over|skated over|talked over|moved past|went past|rushed past|skipped(?: over| past)?"
    r"|missed) (?:the |your |what |it\b|that\b)",
    r"\bw me\b",
)
# The task of the sessions named, not the two of them: "your goals for these sessions", "the
# plan for our sessions", "the structure of the session".
TASK_TALK = re.compile(
    r"\b(?:goals?|plan|agenda|homework|structure|focus|topics?|targets?|exercises?|worksheets?) "
    r"(?:for|of|in|from) (?:these|our|the|this|today's|last) (?:sessions?|hour|work)\b|"
    # news since then: "has anything changed since our last session?"
    r"\b(?:changed|happened|new|different) since (?:our|the) last (?:session|meeting|time)\b"
)
BOUNDARY_TALK = re.compile(
    r"\boff-limits\b|\bkeep (?:my )?(?:own )?(?:life|stuff|personal life) (?:\w+ )?(?:out|private|"
    r"off)\b|\b(?:keep|keeping|stay|stays|staying|kept) (?:\w+ ){0,4}(?:to|within|in|about) (?:our|these|"
    r"the) (?:sessions?|hour|work|room)\b|\b(?:sessions?|hour|space) (?:\w+ ){0,2}(?:stays?|"
    r"about) (?:about )?you\b|\bi (?:don't|do not|won't|can't) (?:connect|accept|add|follow|"
    r"give|share|meet|see clients)\b|\boutside (?:of )?(?:our |the )?sessions\b"
)
STORY_ELSEWHERE = re.compile(
    r"\bmy (?:sister|brother|mother|mum|mom|father|dad|partner|husband|"
    r"wife|boss|friend|friends|family|kids|children|son|daughter|ex|nan|gran|manager|colleagues?|"
    r"teacher|doctor|aunt|uncle|grandmother|grandfather)\b"
)

# "I wonder what it's like when your brother texts" is about their life elsewhere, not the room.
THEIR_PEOPLE = any_of(
    r"\byour (?:sister|brother|mother|mum|mom|father|dad|parents?|partner|husband|wife|boss|"
    r"friends?|family|kids|children|son|daughter|ex|manager|colleagues?|teacher|doctor|"
    r"boyfriend|girlfriend|flatmate|housemate|mates?|pals?|lads|folks|workmates|neighbours?|nan|"
    r"gran)\b|"
    r"\bwhen (?:he|she|they) \w+"
)

US = any_of(r"\b(?:me|us|we|our|here|between)\b")


# A check on the video or the line ("Can you hear me okay?", "Sorry, you froze"): about the
# connection, not the two of them (immediacy.py vetoes relationship talk made only of it).
CONNECTION_CHECK = any_of(
    r"\bcan (?:you|u) (?:still )?(?:hear|see) me\b",
    r"\b(?:you|u) (?:froze|cut out|dropped out|broke up)\b",
    r"\b(?:the )?(?:connection|signal|video|wifi)(?:'s| is| has been| was) (?:been )?(?:a bit |"
    r"really |very )?(?:patchy|bad|dodgy|laggy|slow|freezing|cutting out)\b",
)
