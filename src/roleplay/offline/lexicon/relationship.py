"""Words that mark talk about the relationship now, and how well it serves the client."""

from __future__ import annotations

import re

from roleplay.offline.text import MixedAlternation, any_of

# --- immediacy --------------------------------------------------------------------------------
HERE_NOW = any_of(
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
PROCESS_OBSERVATION = any_of(
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
TENTATIVE = any_of(
    r"\bi (?:notice|noticed|wonder|wondered|sense|(?:'m|am) (?:noticing|wondering|aware|curious|"
    r"sensing|struck|guessing))\b",
    r"\bi(?:'m| am) not sure\b(?! why)",
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
    r"\bi might be (?:totally |completely )?wrong\b",
)
OWNED = any_of(
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
INVITES_VIEW = MixedAlternation(
    r"\?",
    # a question typed without its mark: "what was it like hearing it from me"
    r"^(?:ok |okay |so |and |but )?(?:what|how)(?:'s| is| was| were| did| does| do| are| would| "
    r"could| has)\b[^.!]*$",
    # (not an invitation to go on with the story: "I'd like to hear the rest", "I'd love to hear
    # more about your dad" ask for more of it, not for the client's view)
    r"\bi(?:'d| would) (?:like|love|really like) (?:us )?to (?:hear|know|understand|talk (?:about|"
    r"through|it through))\b(?! (?:the rest|more(?! about (?:that|this|it|what|how)\b)|all about|"
    r"about (?:your|ur|the|his|her|their) (?!sense|view|experience|reaction|feelings? about "
    r"(?:me|us|this|here))))",
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
ACCUSATORY = any_of(
    # the client's manner toward the trainee labelled: "I notice you're very aggressive today",
    # "you got defensive there" (qa4, just-like-everyone-else and complaint-about-last-session:
    # read as immediacy 3-4, "it invites the client's view")
    r"\byou(?:'re| are|r) (?:being )?(?:(?:very|quite|a bit|a little|pretty|extremely|"
    r"incredibly|getting|becoming) ){1,2}(?:aggressive|hostile|defensive|touchy|combative|"
    r"argumentative|confrontational|prickly|rude|worked up)\b",
    r"\byou(?:'re| are|r) (?:being )?(?:aggressive|touchy|combative|argumentative|"
    r"confrontational|prickly)\b",
    r"\byou (?:got|get|went|go|became|become|seem|seemed|sound|sounded) (?:very |quite |a bit |"
    r"a little |really |so |pretty )?(?:defensive|aggressive|hostile|touchy|prickly|worked up)\b",
    r"\bdeep down (?:you|u) know\b",
    r"\byou(?:'re| are) (?:being |just |so |really |clearly |obviously |always )?(?:resistant|"
    r"defensive|difficult|avoidant|manipulative|rude|hostile|disrespectful|childish|dramatic|"
    r"stubborn|impossible|unreasonable|ungrateful|lazy|not trying|in denial|playing games|"
    r"sabotaging|wasting)\b(?<!not trying)",  # (not trying: below)
    r"\byou always\b",
    r"\byou never\b",
    r"\byou keep (?:avoiding|"
    r"pushing|deflecting|dodging|changing|making|doing|coming late|being late|missing)\b",
    r"\bwhy (?:are|do|can't|won't) you (?:always |even |just )?(?:do|keep|push|avoid|resist|"
    r"bother|come|act|refuse|insist)\b",
    # ("if I stop pushing" is the trainee stopping)
    r"\b(?<!i )(?<!i'll )(?<!i will )(?<!to )stop (?:being|avoiding|deflecting|pushing|"
    r"laughing|acting)\b",
    r"\byou need to (?:trust|open|be honest|take this|start|stop|"
    r"respect|show up|get (?:over|a grip|serious|real|it together|your act))\b",
    # "you obviously care about this" credits the client; "you obviously don't" charges them
    r"\byou obviously\b(?! (?:want|wanted|care|cared|love|loved|know|knew|tried|put|worked|"
    r"mean|meant|have (?:a|the|what)|did (?:your|everything|all)))",
    r"\bclearly you\b",
    # ("that you're not trying to undermine her": a reassurance about someone else, not a charge)
    r"\byou(?:'re| are) "
    r"not (?:trying|taking this|committed|serious|listening)\b(?! to\b)",
    r"\byou should be "
    r"(?:grateful|on time|more|thankful)\b",
    r"\bthat's (?:not )?(?:rude|unacceptable|"
    r"disrespectful)\b",
    r"\bi(?:'m| am) not going to (?:tolerate|accept|put up)\b",
    r"\byour (?:resistance|attitude|defensiveness|behaviou?r)\b",
    r"\bdo you even (?:want|care)\b",
    r"\bthis is (?:exactly|typical|classic)\b",
    # ("I did, just like you said" agrees with the client)
    r"\bjust like (?:you\b(?! (?:said|say|told|asked|described|put it|mentioned|suggested|"
    r"noticed|warned))|always\b)",
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
    r"\b(?:shut|shutting|push|pushing) me out\b",
    r"\b(?:it's|that's|this is) (?:really |very |so )?unhelpful\b",
    r"\btransferring\b",
    r"\byou(?:'re| are) using (?:the|your)\b",
    r"\bdisrespectful\b",
    r"\buntil you accept\b",
    # ("being told you're resisting" reports the charge in order to own it)
    r"\b(?<!told )(?<!say )(?<!said )(?<!saying )(?<!that )you(?:'re| are) (?:\w+ )?resisting\b",
    r"\byou need to (?:engage|try|commit|do the work)\b",
    r"\b(?:is|it's) (?:really |just |all )+about your (?:father|mother|dad|mum|mom|ex)\b",
    r"\byou do realise\b",
    r"\b(?:anyway|anyhow),? (?:let's|lets) (?:get back|move on|carry on)\b",
    r"\b(?:your|about your) (?:commitment|motivation|attitude)\b",
    # (the lateness put down to someone or something else is no charge: "Did your boss keep you
    # late again?", "was the bus late again?", "work ran late again?"; qa4, late-and-gone-quiet)
    r"\b(?<!kept you )(?<!keep you )(?<!made you )(?<!make you )(?<!held you )(?<!kept u )"
    r"(?<!made u )(?<!run )(?<!ran )(?<!running )(?<!bus was )(?<!bus is )(?<!buses were )"
    r"(?<!train was )(?<!trains were )(?:late|missed|cancelled) again\b",
)
DEMANDING = MixedAlternation(
    r"(?:^|[.!?] )tell me\.?$",
    r"\byou (?:need|have|must) to (?:tell|answer|talk)\b",
    r"\banswer (?:me|the question)\b",
    r"\bjust (?:say|tell me) it\b",
    r"(?:^|[.!?] )look at me\b",
    r"\btell me what you (?:really )?(?:think|feel) (?:of|about) me\b",
    r"(?:^|[.!?] )right now\.$",
    r"\bi want you to tell me\b",
    r"\bdon't hold back\b",
)
# Regret voiced about what the trainee just did with the client, pinned on the rules, in one
# sentence or the next: the client is left holding the trainee's discomfort ("I shouldn't have
# done that. It's against the rules."). Read on the whole response.
REGRET_ON_RULES = re.compile(
    r"\bi (?:\w+ )?(?:shouldn't|should not|should never) have (?:done|let|said) (?:that|this|it)\b"
    r".{0,80}\b(?:against the rules|not allowed|the rules|allowed to|in trouble|breaking|"
    r"not supposed)\b"
)
# Words of degree between "I'm" and a feeling ("I'm actually a bit hurt").
_DEGREE = (
    r"(?:(?:a bit|a little|quite|really|very|so|actually|honestly|genuinely|feeling|kind of|sort "
    r"of|pretty|bit|just|deeply|rather|somewhat|too|also|still|starting to feel|getting) ){0,3}"
)
THERAPIST_NEED = any_of(
    # ("I just really need you to know you can lean on me")
    r"\bi (?:just |really |so |only )*need (?:you|u) to\b",
    r"\bplease (?:just )?let me (?:be there|help|look after|take care|in|support|hold)\b",
    r"\b(?:it|that|this) (?:\w+ )?hurts me\b",
    # (only degree words between: "I'm sorry Tunde hurt you" is someone else's doing; qa4,
    # session-overrun/safety-step had read it as the trainee's need, immediacy 1)
    r"\bi(?:'m| am) " + _DEGREE + r"(?:hurt|offended|insulted|disrespected|unappreciated|"
    r"wounded)\b",
    r"\bhow (?:that|it|this) (?:felt|feels|made me feel) for me\b",
    r"\bdo you (?:even )?know how (?:that|it|this) (?:felt|feels|made me feel)\b",
    # ("I'd feel like I'd failed you")
    r"\b(?:like|that) i(?:'ve| have|'d| had)? failed\b",
    r"\bi (?:rearranged|cancelled|changed|gave up|moved) (?:my|\w+ of my)\b.{0,30}\bfor you\b",
    r"\bplease don't (?:stop|leave|go|quit)\b(?! (?:away )?(?:and|to) )",
    r"\bi spent (?:ages|hours|so long|a long time)\b.{0,40}\bfor you\b",
    r"\bi(?:'m| am) (?:\w+ )?disappointed\b",
    r"\bi feel (?:terrible|awful|so bad|guilty|dreadful)\b",
    r"\b(?:it|that|you) (?:did |really )?(?:made|make|makes) me (?:\w+ ){0,2}uncomfortable\b",
    r"\bi want to see this through\b",
    r"\bi (?:feel|felt) " + _DEGREE + r"(?:hurt|offended|insulted|disrespected|unappreciated|"
    r"rejected|attacked|useless|like a failure)\b",
    r"\bi(?:'ve| have) (?:worked|tried) so hard\b",
    r"\bafter (?:everything|all) i(?:'ve| have)\b",
    r"\byou make me (?:feel|so|angry|sad|frustrated)\b",
    # ("I'm not sick of you" says the opposite)
    r"\bi(?:'m| am) (?:(?!not\b|never\b)\w+ ){0,2}"
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
    r"\bi(?:'m| am) " + _DEGREE + r"(?:offended|insulted|hurt)\b",
    r"\bbent over backwards\b",
    r"\b(?:it's|it is|that's|that is) (?:\w+ ){0,2}frustrating for me\b",
    r"\bwhy i (?:even )?bother\b",
    r"\bi (?:feel|felt|get|got) (?:\w+ ){0,4}(?:shut out|pushed away|dismissed|ignored|left out|"
    r"useless|stuck|frustrated|annoyed|irritated) (?:when|by|because) you\b",
    r"\bworking harder than you\b",
    r"\bdoing all the work\b",
    r"\btried everything with you\b",
    r"\bneed a different (?:counsel+or|therapist)\b",
    # (the client keeping the trainee going; not one's own way of coping, "what keeps me going is
    # three things I look for each morning")
    r"\b(?:you|u|your|ur|this|these sessions|our sessions)\b[^.?!]{0,40}\b(?:keeping|keeps) me "
    r"going\b",
    # the trainee set apart from the client's other helpers, to be liked ("See, I told you I'm
    # not like the others!"), or their own doubt or letdown laid on the client
    r"\bi(?:'m| am|m) not like (?:the others|the rest|everyone else|all the others|them|other "
    r"(?:therapists|counsel+ors|people)|(?:your|the) (?:last|old|other|previous) "
    r"(?:one|therapist|counsel+or)s?)\b",
    r"\b(?:doubting|wondering) (?:whether|if) i(?:'m| am) (?:any )?good at (?:this|my job)\b",
    r"\bi(?:'m| am) (?:\w+ ){0,2}(?:gutted|deflated|let down)\b(?! for)",
    r"\bone of the few things\b",
    r"\bwhether i(?:'m| am) the right (?:person|counsel+or|therapist|fit)\b",
    r"\bhurts? my feelings\b",
    r"\brunning out of (?:ideas|patience)\b",
    r"\bi put (?:a lot|so much|everything) into\b",
    r"\b(?:not )?appreciat\w* (?:me|the work|what i)\b",
    # Not "sad": "I felt sad just now when you laughed" shares the trainee's immediate feeling
    # toward the client, which rubric v2 counts as immediacy (Hill & Knox 2009), not a need.
    r"\bi (?:feel|felt) (?:\w+ ){0,3}(?:hurt|upset|offended|rejected) (?:when|by|because) you\b",
    r"\bi(?:'m| am) finding it (?:\w+ )?(?:frustrating|annoying|hard|difficult) (?:that|when) you\b",
    r"\bi need us to\b",
    # the client's way made the trainee's difficulty: "the long pauses make it hard for me"
    r"\b(?:makes?|made|making) it (?:really |quite |very |a bit )?(?:hard|difficult|tricky|"
    r"tough) for me\b",
    r"\bi(?:'m| am) (?:feeling )?(?:really |so )?triggered\b",
    r"\bi(?:'m| am) (?:\w+ ){0,3}fed up (?:with|of) you\b",
    # a plea that the client spare the trainee ("please don't be angry with me", "go easy on
    # me"): the client is asked to manage the trainee's feelings (Hill & Knox 2009)
    r"\bplease (?:don't|do not|dont) (?:be|get) (?:\w+ )?(?:angry|upset|cross|mad|annoyed|"
    r"disappointed|hard|harsh|fed up) (?:with|at|on) me\b",
    r"\b(?:please )?(?:don't|do not|dont) (?:hate|give up on|be mad at|be cross with) me\b",
    # (not "I'd rather you correct me than go easy on me", which asks them not to)
    r"\b(?<!than )go easy on me\b|\bcut me (?:some|a bit of) slack\b",
    # the trainee's own letdown at the client's feedback: "that's lower than I'd hoped"
    r"\b(?:lower|less|worse) than i(?:'d| had) (?:hoped|expected|wanted)\b",
    r"\bi(?:'d| had) hoped for (?:more|better|higher|a higher)\b",
    # the trainee's own letdown forecast: "I'd be gutted", "I'd be so disappointed"
    r"\bi(?:'d| would) be (?:so |really |very |quite |a bit |honestly )?(?:gutted|devastated|"
    r"heartbroken|crushed|disappointed)\b",
    # the work turned round to serve the trainee ("these sessions got me through a rough year
    # too", "you've helped me as much as I've helped you"): the client is handed the helper's role
    r"\b(?:these|our|the|this) (?:sessions?|work|time together) (?:has |have )?(?:\w+ )?"
    r"(?:helped|been good for|kept|got|gotten|saved|carried) me\b",
    r"\byou(?:'ve| have)? (?:\w+ )?(?:helped|saved|changed) me (?:too|as much|just as much|more)\b",
    r"\b(?:working with|seeing|being with) you\b(?: \w+){0,3} (?:has |have )?(?:helped|got|gotten|"
    r"kept|saved|carried) me\b",
    r"\bi get (?:just )?as much (?:out of|from) (?:this|these|our|you)\b",
)
