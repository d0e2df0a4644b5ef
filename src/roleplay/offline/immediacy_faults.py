"""Relationship talk done badly that the presence reading alone would miss or praise.

Each is immediacy *used*, at a low level (Hill & Knox 2009; Hill et al. 2014; rubric v2):
- the trainee's own distress handed to the client to manage ("I'm welling up, I'm finding this
  so hard to hear"), as distinct from a brief feeling shared and handed back ("I'm moved");
- talk of whether the client stays in the work framed as their choice alone, or pressure about
  it ("I can't make you stay", "nobody's forcing you");
- a label put on the client's reaction to the trainee ("a classic abandonment trigger"), which
  interprets instead of exploring what happened between them (Safran & Muran 2000);
- a telling-off about how the client uses the sessions ("ideally you'd raise that at the
  start"), a lecture about the therapy where something between them called for curiosity
  (rubric: "a lecture about the therapy", "shaming");
- a fear about the relationship or its ending answered by changing the frame ("we could always
  extend the sessions", "you can always come back any time"): it soothes the fear instead of
  exploring it with the client, and feeds the dependence it is about (Hill & Knox 2009 on
  immediacy at termination; Gutheil & Gabbard on frame changes made to relieve anxiety);
- the trainee's own habit explained, or reassurance about how they came across asked for ("it's
  just how I process things", "I hope that didn't come across badly?"): defensive or explaining,
  centred on the trainee (rubric level 2).
"""

from __future__ import annotations

import re

from roleplay.offline.answer import negated_before
from roleplay.offline.text import Sentence, any_of

# The client's tears as what would undo the trainee: "you'll set me off too!"
_SETS_ME_OFF = r"\b(?:you|u)(?:'ll| will|'re going to|ll) (?:set me off|make me cry|start me off)\b"

TRAINEE_DISTRESS = any_of(
    # the trainee's own state put in the room for the client to see to: "I'm a bit overwhelmed
    # myself right now", "im all over the place too tbh"
    r"\bi(?:'m| am|m) (?:\w+ ){0,2}(?:overwhelmed|all over the place|rattled|a (?:bit of a )?"
    r"(?:mess|wreck))\b",
    # ("I go quiet when I'm upset too" is a habit of the trainee's, not distress now)
    r"\b(?<!when )(?<!whenever )(?<!if )i(?:'m| am|m) (?:\w+ ){0,2}(?:upset|emotional|shaken up) "
    r"(?:myself|too|as well)\b",
    r"\bi(?:'m| am) (?:\w+ )?(?:tearing up|welling up|in tears|crying|shaking|shaken|falling "
    r"apart|choked up|gutted|devastated|heartbroken|reeling)\b",
    r"\bi (?:feel|felt) (?:\w+ )?(?:shaken|devastated|gutted|sick|heartbroken|overwhelmed)\b",
    # "I'm honestly struggling to hold it together hearing that"
    r"\b(?:struggling|trying|fighting) (?:\w+ )?to (?:hold it together|keep it together|not cry|"
    r"keep (?:my|a) composure|hold back (?:the )?tears)\b",
    r"\bi(?:'m| am)? (?:finding|find) (?:this|it|that|all this) (?:\w+ )?(?:hard|difficult|"
    r"upsetting|painful|too much|unbearable) to (?:hear|listen to|take in|sit with)\b",
    r"\b(?:this|that|it)(?:'s| is) (?:\w+ ){0,2}(?:upsetting|hard|difficult|too much|distressing|"
    r"painful|heavy) for me\b",
    # the trainee's hurt or shock handed over: "That's a bit hurtful, honestly", "That's actually
    # quite disturbing to hear", "Wow. I need a minute", "It has made things awkward, honestly"
    # (not "that's really hurtful" said of what happened to the client)
    r"\b(?:this|that|it)(?:'s| is| was) (?:\w+ ){0,2}hurtful(?:,? (?:honestly|actually|to be "
    r"honest|tbh)| to (?:hear|me))\b",
    r"\b(?:this|that|it)(?:'s| is| was) (?:\w+ ){0,2}disturbing(?:,? (?:honestly|actually|to be "
    r"honest|tbh)| to hear| for me)\b",
    r"\bi (?:just )?need a (?:minute|moment|second)\b",
    r"\b(?:it|that|this)(?:'s| has| is)? made (?:things|it|this) (?:\w+ ){0,2}awkward\b",
    r"\bi (?:honestly |just |really )?don't know what to (?:say|do)\b",
    r"\bi can't (?:bear|stand) (?:to )?(?:hear|think)\w*\b",
    # "I've been fighting back tears since you told me", "you'll set me off too!", "I'm kind of
    # freaking out"
    r"\b(?:fighting|holding|choking) back (?:the |my )?tears\b|\btrying not to cry\b|"
    r"\bstruggling to hold it together\b",
    _SETS_ME_OFF,
    r"\bi(?:'m| am|m) (?:\w+ ){0,2}freaking out\b",
    # the toll of the work told to the client: "some weeks I go home and just lie on the floor
    # after clients like..."
    r"\bi (?:\w+ )?(?:go|get) home and (?:just )?(?:lie on the floor|collapse|cry|crash|sob|"
    r"need a (?:drink|stiff drink|lie down))\b",
)
STAY_OR_GO = any_of(
    r"\b(?:can't|cannot|won't|not going to) (?:make|force|keep) you (?:to )?(?:stay|come|keep "
    r"coming|continue|be here|here)\b",
    r"\b(?:nobody|no one)(?:'s| is) (?:making|forcing|keeping) you\b",
    r"\b(?:can't|cannot|won't) stop you\b",
    r"\b(?:quit|stop|leave|drop out of|give up on) (?:therapy|coming|the sessions|our sessions|"
    r"counsel+ing|this work)\b.{0,40}\b(?:up to you|your (?:choice|decision|call))\b",
    r"\b(?:are you (?:going to|gonna)|will you) (?:still )?(?:stop coming|quit|come back|cancel|"
    r"send it|delete it)\b",
    # leaving put to them alone: "if you want to leave, that's your choice", "it's up to you if
    # you stop"
    r"\bif (?:you|u) (?:want|wanna|decide|choose|would rather|'d rather|prefer) (?:to )?(?:leave|"
    r"go|stop|quit|end (?:it|this|things)|finish|drop out)\b.{0,30}\b(?:up to (?:you|u)|(?:your|"
    r"ur) (?:choice|decision|call)|i (?:can't|won't) stop (?:you|u))\b",
    r"\b(?:up to (?:you|u)|(?:your|ur) (?:choice|decision|call))\b.{0,20}\bif (?:you|u) (?:want|"
    r"decide|choose|'d rather|would rather) (?:to )?(?:leave|go|stop|quit|end)\b",
    # the trainee's staying put on them: "Well, that depends on you really." (late-and-gone-quiet/
    # giving-up, to "You're not going to give up on me?")
    r"\b(?:that|it)(?:'s| is)? (?:really |all |mostly )?(?:depends|down) (?:on |to )(?:you|u)"
    r"(?:,? (?:really|mostly|to be honest))?(?= ?[.!?]|$)",
)
TELLS_OFF = any_of(
    r"\bideally,? you(?:'d| would| should)? (?:\w+ ){0,2}(?:bring|raise|mention|come|arrive)\b",
    r"\b(?:next time|in future|in the future|going forward),? (?:please )?(?:maybe |perhaps |"
    r"just )?(?:you(?:'d| would| should| need to| must) )?(?:try (?:to|and) )?(?:bring|raise|"
    r"mention)\b.{0,50}\b(?:earlier|sooner|at the start|first thing|before the end)\b",
    r"\bit would (?:be|have been) (?:better|best|easier|more helpful) if you(?:'d| had)? "
    r"(?:brought|raised|mentioned|come|arrived|bring|raise|mention)\b",
    r"\byou (?:should|shouldn't|need to|needed to|ought to) (?:have )?(?:brought|raised|"
    r"mentioned|said|told me|come)\b.{0,40}\b(?:earlier|sooner|before now|at the start)\b",
    # the same with a softener between: "you should really try to raise things like this at the
    # start", "you might want to bring it up earlier next time"
    r"\b(?:you|u) (?:should|need to|ought to|must|might want to|may want to)(?: really| maybe| "
    r"perhaps| definitely| probably| honestly)?(?: try (?:to|and))? (?:raise|bring|mention|tell "
    r"me|say|come)\b.{0,50}\b(?:earlier|sooner|at the start|first thing|before the end|at the "
    r"beginning|beginning of)\b",
)
# Not "you can always come back": an open door at an ending can serve; offering more of the
# therapist in answer to the fear is what soothes instead of exploring.
FRAME_SOOTHES = any_of(
    r"\b(?:we|i) (?:could|can|might) (?:always |just )?(?:extend|add (?:more|extra|some)|"
    r"keep (?:going|meeting|seeing)|carry on (?:meeting|seeing)|book (?:more|extra)|"
    r"see you for longer)\b",
    r"\bwe (?:don't|do not) (?:have|need) to (?:end|stop|finish)\b",
)
# What the relationship means to them waved away ("Oh, you'll be fine without me!"): immediacy
# that closes the moment it opens (Hill & Knox 2009; at an ending, the client's feelings about
# losing the relationship are the work).
BRUSHES_OFF = any_of(
    r"\byou(?:'ll| will)(?: \w+)? be (?:\w+ )?(?:fine|okay|ok|alright|all right|grand|better off) "
    r"without me\b",
    r"\byou (?:don't|do not|won't|will not) (?:even |really )?need me\b",
    r"\byou(?:'ll| will) (?:soon |quickly )?forget (?:all )?about me\b",
    r"\byou won't (?:even )?miss me\b",
    # the client made one of many: "Sorry, so many clients." (the immediacy drill's forgotten
    # name), "I see a lot of people, so honestly it's hard to say" (the corpus labels it 1)
    r"\b(?:so|too) many (?:other )?clients\b",
    r"\bi (?:see|have|get) (?:so many|a lot of|lots of|loads of) (?:other )?(?:people|clients),? "
    r"so\b",
)
# The trainee's own habit or state explained to account for what the client noticed, or the
# client asked to reassure the trainee about how they came across: "I always go quiet when I'm
# thinking, it's just how I process things, I hope that didn't come across badly?" (the anxious
# over-explainer at am-i-boring-you/boring-you, read as immediacy 5 and repair 5). The rubric's
# level 2: "defensive or explaining", "centred on the trainee's feelings in a way the client must
# respond to".
EXPLAINS_SELF = any_of(
    r"\b(?:it's|that's|its|thats|it is|that is) (?:just |only |honestly just |simply |just "
    r"honestly )?(?:how|the way) i (?:process|think|work|am|listen|concentrate|look|react|"
    r"come across)\b",
    r"\bi (?:always|often|tend to|usually|sometimes|just) (?:go|get|look|seem|come across|sound) "
    r"(?:a bit |quite |really |very )?(?:quiet|silent|distracted|serious|tired|far away|distant|"
    r"bored|blank|stern|cold)\b[^.?!]{0,30}\bwhen i\b",
    r"\bi hope (?:that |this |it |i )?(?:didn't|did not|doesn't|does not|hasn't|didnt|doesnt) "
    r"(?:come|came|coming) across\b",
    r"\bi hope (?:you|u) (?:didn't|don't|did not|do not|didnt|dont) (?:think|feel|take it) "
    r"(?:that )?i\b",
    # explaining first, announced: "Let me explain what I was trying to do"
    r"\blet me (?:just )?explain (?:what|why|how) i\b",
)
# The client's direct question about the trainee answered only with a question turned back
# ("What do you think I think?", "Why do you ask?", "What were you hoping I'd say?"): immediacy
# used to dodge a direct question (the rubric's level 2; the corpus labels "Why do you ask?" and
# "Why do you need me to get it?" 2). Read only where every sentence is such a question.
TURNED_BACK = any_of(
    r"\bwhy (?:do|would|did) (?:you|u) (?:ask|want to know|need to know|need me|wanna know)\b",
    r"\bwhat (?:makes|made) (?:you|u) (?:ask|want to know|wonder)\b",
    r"\bwhat do (?:you|u) (?:think|reckon|imagine|guess) i\b",
    r"\bwhat (?:would|do|did) (?:you|u) (?:like|want|need|expect|hope) me to (?:think|say|feel|"
    r"answer)\b",
    r"\bwhat (?:were|are) (?:you|u) hoping (?:that )?i(?:'d| would| will|'ll)? "
    r"(?:say|think|feel)\b",
    # "What's it like for you to ask me that?", "what's in it for you, coming here?": their
    # question handed back
    r"\bwhat(?:'s| is| was) it like,? (?:for (?:you|u),? )?(?:to ask|asking)\b",
    r"\bwhat(?:'s| is) in it for (?:you|u)\b",
)
LEAVING = re.compile(
    r"\b(?:stop|quit|cancel\w*|leav\w*|point|bother|come back|coming|drop out|end (?:this|it))\b"
)
LABELS_REACTION = any_of(
    r"\b(?:classic|textbook|typical)\b.{0,30}\b(?:trigger\w*|response|reaction|pattern|schema|"
    r"wound|defen[cs]e|projection|transference)\b",
    r"\byour (?:\w+ ){0,2}(?:attachment|abandonment|rejection)(?: \w+)? (?:history|style|issues?|"
    r"wound|sensitivity|schema|trigger|pattern)\b",
    r"\b(?:being|getting|gets|got) (?:activated|triggered)\b",
    r"\b(?:abandonment|rejection|attachment) (?:schema|trigger|wound|sensitivity|issues?)\b",
    r"\b(?:that's|this is|it's) (?:just |probably )?(?:projection|transference|"
    r"your (?:defen[cs]es?|pattern)|an? (?:\w+ )?defen[cs]e(?: mechanism)?)\b",
    r"\b(?:you|u)(?:'re| are|r) (?:just |probably )?projecting\b",
    # the client's state in the room stated as fact: "You're clearly still angry", "your body
    # language says otherwise"
    r"\b(?:you|u)(?:'re| are|r) (?:clearly|obviously|definitely) (?:still )?(?:angry|annoyed|"
    r"upset|cross|defensive|hurt|fuming|sulking)\b",
    r"\b(?:your|ur) body language (?:says|tells|is saying)\b",
    r"\b(?:you|u) (?:always |often |tend to |just )?(?:use|make|crack) (?:humou?r|jokes|joking|"
    r"laughing|laughter) to (?:avoid|deflect|hide)\b",
    r"\bcore wound\b|\bwhich (?:isn't|is not) healthy\b",
    # a habit pinned on them: "you do this whenever something's ending"
    r"\b(?:you|u) (?:always |just )?do (?:this|that|it) (?:whenever|every time|each time|any "
    r"time)\b",
    # a habit in the room pinned on them: "You do that a lot, you know, change the subject when
    # it gets real", "you always laugh things off" (laughing-it-off/brighter and /awful)
    r"\b(?:you|u) do (?:this|that|it) (?:a lot|all the time|so much|so often|constantly)\b",
    r"\b(?:you|u) (?:always|keep|constantly|do|really do) (?:\w+ )?(?:chang\w* the subject|"
    r"deflect\w*|laugh\w* (?:it|things|everything) off|brush\w* (?:it|things|everything) off|"
    r"jok\w* about everything|mak\w* jokes about everything)\b",
    # their fear of the trainee put down to a trait: "You seem to expect everyone to judge you."
    r"\b(?:you|u) (?:seem to |tend to |always )?expect (?:everyone|everybody|people|others|the "
    r"world) to (?:judge|reject|leave|hate|criticise|criticize|abandon|pity)\b",
    # the reaction explained for them: "...which is what happens when you feel criticised"
    r"\b(?:which is|that's|that is|this is) (?:just )?what (?:happens|you do|you always do) when "
    r"(?:you|u) (?:feel|get|are)\b",
)

# The trainee's distress put down to what the client has just told them ("I've been fighting back
# tears since you told me", "that's really scary to read"): the client is left to look after the
# trainee's reaction to them, which is talk about the two of them however it is worded (rubric
# immediacy 1-2: "centred on the trainee's feelings in a way the client must respond to").
AT_WHAT_THEY_SAID = any_of(
    # (not "sorry to hear that", the commonest sympathy there is)
    r"\b(?:scary|hard|awful|upsetting|painful|horrible|frightening|terrifying|heartbreaking|"
    r"disturbing|hurtful) (?:to|for me to) (?:hear|read|listen to)\b",
    r"\b(?:since|when|after) (?:you|u) (?:told|said|wrote|typed|mentioned)\b",
    r"\b(?:hearing|listening to) (?:that|this|it|all (?:that|this)|you (?:say|talk|describe))\b",
    _SETS_ME_OFF,
    r"\bwhat (?:you|u)(?:'ve| have)? (?:told|said|wrote|typed)\b",
)


# The strain answered by sending the client to someone else: "I think it might be best for you to
# see someone else now" to "I've ruined it, haven't I?" confirms the fear the marker voiced and
# ends the relationship it was about (the rubric's immediacy 1-2, retaliation or withdrawal;
# Safran & Muran 2000: the therapist's withdrawal deepens a rupture). Read only where nothing
# before it in the sentence negates it ("I don't think you need to see someone else").
_SENDS_AWAY = any_of(
    r"\b(?:best|better|wiser|easier) (?:for (?:you|u) )?(?:to|if (?:you|u)) (?:see|saw|work with|"
    r"worked with|find|found|try|go to|went to) (?:someone|somebody|another|a different)\b"
    r"|\brefer (?:you|u) (?:on|to someone|to somebody|to another|to a colleague|elsewhere)\b"
    r"|\b(?:someone|somebody) else (?:might|may|would|could) (?:be (?:a )?better|suit (?:you|u)|"
    r"help (?:you |u )?more)\b"
    r"|\b(?:maybe|perhaps) (?:we should|it's time to|it is time to|we need to) (?:stop|end|finish) "
    r"(?:here|the sessions|our sessions|working together|this)\b"
)


def sends_away(sentence: Sentence) -> bool:
    found = _SENDS_AWAY.search(sentence.norm)
    return found is not None and not negated_before(sentence.norm, found.start())


# The client's fear about the trainee confirmed, in answer to it: that they take up the trainee's
# time ("You've probably got someone waiting" - "I do have a full afternoon, so let's wrap up"),
# or that they are forgotten ("Do you even remember what I told you?" - "Sorry, remind me which
# one?"). The fear about the two of them confirmed, not explored (the rubric's immediacy 1-2).
CONFIRMS_FEAR = any_of(
    r"^(?:(?:ha|haha|well|yes|yeah|yep|honestly|to be honest|i mean|oh)[,.!]* )*i (?:do|have|am|"
    r"'m|m)(?: have| got| had)? (?:a (?:\w+ )?(?:full|busy|packed|long|hectic) (?:afternoon|day|"
    r"morning|diary|list|week)|(?:quite |really |very |a bit )?(?:busy|stretched|pushed for "
    r"time)|a lot on|someone (?:waiting|at|after|coming)|another (?:client|appointment|session))\b",
    r"^(?:(?:ha|well|yes|yeah|honestly)[,.!]* )*(?:a bit|a little|sometimes|maybe a bit),? "
    r"(?:yes|yeah)?[,.!]*\s*(?:let's|lets) (?:try (?:to|and) )?(?:wrap|finish|stop)\b",
    # the remark agreed with: "A bit, yeah." (to "is it weird that..."), "lol it was a bit long
    # tbh" (to "sorry that was a massive essay")
    r"^(?:(?:ha|haha|lol|well|honestly|um+|hmm)[,.!]* )*(?:a bit|a little|kind of|kinda|sort of|"
    r"slightly)(?:,? (?:yeah|yes|yep|tbh|honestly))?[.!]*$",
    r"^(?:(?:ha|haha|lol|well|honestly|um+|hmm)[,.!]* )*(?:it|that) was (?:a bit|a little|quite|"
    r"pretty|kinda|kind of) (?:long|much|rude|weird|personal|a lot)\b",
    r"^(?:(?:sorry|oh|um+|erm|hmm|ah)[,.!]* )*(?:remind me|(?:i )?(?:can't|cant|don't|dont) "
    r"(?:quite |actually )?(?:remember|recall)|which (?:one|bit|thing) (?:was that|again|do you "
    r"mean))\b",
)

# ...or the burden agreed to anywhere in the first sentence: "maybe a shorter version?", "it would
# help if we found something new to talk about" (to "sorry, I go on and on", "you must be sick
# of me")
BURDEN_AGREED = any_of(
    r"\b(?:a )?(?:shorter|quicker|briefer|condensed) version\b",
    r"\bget to the point\b",
    r"\bit would help if (?:we|you) (?:could )?(?:find|found|talk(?:ed)? about|move|moved) (?:on|"
    r"something new|something different|a new)\b",
)


def confirms_fear(sentence: Sentence) -> bool:
    return bool(CONFIRMS_FEAR.search(sentence.norm) or BURDEN_AGREED.search(sentence.norm))


# The client's question about the trainee answered in general terms, about people at large: "It's
# fine, people do that all the time", "lots of people cry in here", "it's completely normal" (the
# rubric's "generic"; X's labellers and the instructor put these at 2: what saying it to this
# trainee meant is missed).
GENERIC_REASSURANCE = any_of(
    r"\b(?:lots of|loads of|many|most|plenty of|so many) (?:people|clients|folk)\b",
    r"\b(?:people|everyone|everybody|clients|folk) (?:do|does|did|feel|say|cry|get|go through) "
    r"(?:that|this|it|the same)(?: (?:all the time|a lot|too|here))?\b",
    r"\bhappens (?:all the time|to everyone|to everybody|a lot)\b",
    r"\b(?:it's|that's|its|thats) (?:completely |totally |perfectly |really |very )?(?:normal|"
    r"common|natural)\b",
)


# A habit of the client's with the trainee or in the room pinned on them as fact ("I notice you go
# quiet whenever we get near anything that matters", "you do seem to always have one eye on the
# clock in here", "you do seem to need a lot of reassurance from me"): the rubric's own level-2
# example of relationship talk stated as fact, whatever the moment (the "I notice" makes it no
# more tentative). Read at any moment, as blame is; a habit elsewhere ("I notice you keep looking
# at the clock. Is something waiting at home?") is turned to their story, not pinned here.
PINS_HABIT = any_of(
    r"\bi (?:notice|noticed|'ve noticed|have noticed|see|can see) (?:that )?(?:you|u) (?:always|"
    r"often|tend to|usually|never)\b",
    r"\bi (?:notice|noticed|'ve noticed|have noticed|see|can see) (?:that )?(?:you|u) [^.?!]{0,40}"
    r"\b(?:whenever|every time|each time)\b",
    r"\b(?:you|u) (?:do )?(?:seem to )?(?:always|often|tend to) [^.?!]{0,60}\b(?:in here|with me|"
    r"from me)\b",
    r"\b(?:you|u) do seem to (?:need|want|always)\b",
)

# Every relational fault's words in one pattern: one search finds the usual reply has none.
_ANY_RELATIONAL_FAULT = any_of(
    *(
        p.pattern
        for p in (LABELS_REACTION, TELLS_OFF, FRAME_SOOTHES, BRUSHES_OFF, EXPLAINS_SELF, STAY_OR_GO)
    )
)


def faults(
    sentences: list[Sentence],
    client_text: str,
    relational_moment: bool,
    about_trainee: bool,
    strained: bool,
) -> list[tuple[str, str, Sentence]]:
    """(name, label, sentence) for each fault found, first sentence of each. `about_trainee`: the
    client's line remarks on the trainee or the two of them (immediacy_remarks.py); `strained`:
    the moment is known to strain the relationship (`relational_moment` may also be a line scored
    on its own)."""
    found: list[tuple[str, str, Sentence]] = []
    # one search over the whole reply first: the usual reply has none of these
    joined = " ".join(s.norm for s in sentences)
    if PINS_HABIT.search(joined):
        pinned = next((s for s in sentences if PINS_HABIT.search(s.norm)), None)
        if pinned is not None:
            found.append(("pins_habit", "it pins a habit on them as fact", pinned))
    # a referral is a strain answered by sending them away only where a strain is known
    if (strained or about_trainee) and _SENDS_AWAY.search(joined):
        away = next((s for s in sentences if sends_away(s)), None)
        if away is not None:
            found.append(("sends_away", "it answers the strain by sending them elsewhere", away))
    if about_trainee and sentences and confirms_fear(sentences[0]):
        found.append(("confirms_fear", "it confirms what they feared about you", sentences[0]))
    distress = (
        next((s for s in sentences if TRAINEE_DISTRESS.search(s.norm)), None)
        if TRAINEE_DISTRESS.search(joined)
        else None
    )
    if distress is not None and AT_WHAT_THEY_SAID.search(joined):
        found.append(
            (
                "distress_at_client",
                "it hands the client your distress at what they told you",
                distress,
            )
        )
    if distress is not None:
        found.append(
            ("trainee_distress", "it hands the client your own distress to manage", distress)
        )
    checks: list[tuple[str, str, re.Pattern[str]]] = []
    if relational_moment or LEAVING.search(client_text.lower()):
        checks.append(
            ("stay_or_go", "it leaves whether they stay to them alone, or presses it", STAY_OR_GO)
        )
    if relational_moment and _ANY_RELATIONAL_FAULT.search(joined):
        checks += [
            (
                "labels_reaction",
                "it labels their reaction to you instead of exploring it",
                LABELS_REACTION,
            ),
            ("tells_off", "it tells them how they should have used the session", TELLS_OFF),
            (
                "frame_soothes",
                "it soothes the fear with more of you instead of exploring it",
                FRAME_SOOTHES,
            ),
            (
                "brushes_off",
                "it waves away what the relationship means to them",
                BRUSHES_OFF,
            ),
            (
                "explains_self",
                "it explains yourself instead of exploring what they noticed",
                EXPLAINS_SELF,
            ),
        ]
    for name, label, pattern in checks:
        if not pattern.search(joined):  # one search for the usual case, nothing found
            continue
        hit = next((s for s in sentences if pattern.search(s.norm)), None)
        if hit is not None:
            found.append((name, label, hit))
    return found
