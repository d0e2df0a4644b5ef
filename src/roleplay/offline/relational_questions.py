"""The client's question about the relationship, and what counts as an answer to it.

Hill (2020): a client's question about the helper's reaction ("Am I boring you?", "You must
think I'm awful") is a marker for immediacy, and a brief, honest answer to it is relationship
talk (rubric v2: "Not at all", "I'd never give up on you" are in play, usually in the middle).
The client's fear for the relationship put as a question ("I've ruined it, haven't I", "You're
going to hand me on now") or a check on how the trainee took something they did ("Is it all
right that I said it like that?") asks the same thing. An answer must be about the two of
them: a sentence about someone else in the client's life ("I wonder whether Meena ever makes you
feel you're boring her") answers nothing about the relationship, and a bare "Honestly?" opens a
reply without answering.
"""

from __future__ import annotations

import re

from roleplay.offline.text import Sentence, any_of

# The client's line asks about the relationship: an answer to it is relationship talk.
RELATIONAL_QUESTION = any_of(
    r"\b(?:am i|i'm|is this|are you) (?:boring|annoying|bothering|wasting|too much|a burden)\b",
    # the same asked in other words: "Am I tiresome?", "am i being a nuisance?" (a known miss:
    # "Oh goodness, no. Take your time." was not read as an answer)
    r"\bam i (?:being )?(?:a bit |too |very |so |really )?(?:tiresome|tedious|dull|a nuisance|"
    r"a pain|hard work|too slow|exhausting|irritating|tiring|rambling|going on|draining)\b",
    r"\bdo you (?:even |actually |really |honestly )?(?:pity|like|hate|judge|care about|care|"
    r"think i'm|think i am|get bored|"
    r"remember|trust|want|have feelings|feel|find me)\b",
    r"\bare you (?:judging|bored|pitying|"
    r"giving up|angry|annoyed|sick of|tired of|going to leave|leaving|laughing|writing|even|"
    r"disappointed|mad|cross|upset|ashamed)\b",
    r"\b(?:are|were) you (?:\w+ ){0,2}(?:with|in|at|of) me\b",
    r"\b(?:waste|wasting) your time\b",
    r"\byou must (?:think|be|hate|find)\b",
    r"\bwhat do you (?:think of|make of) me\b",
    r"\b(?:just|exactly) like (?:everyone|all the|the others|my)\b",
    r"\byou people\b",
    r"\bwhy (?:are|do) you (?:keep )?(?:writing|taking notes|looking|smiling|staring)\b",
    r"\bis this (?:even )?(?:working|helping|worth)\b",
    r"\bwhat'?s in it for you\b",
    r"\bdo you actually\b",
    r"\bdon't you\b",
    r"\b(?:will|would) you miss\b",
    r"\bam i your\b",
    r"\bwhy (?:do|would) you (?:care|bother)\b",
    r"\byou don't (?:get|care|"
    r"understand|like)\b",
    r"\bit'?s your job\b",
    r"\bthe last (?:one|therapist|counsel+or)\b",
    # the client's fear for the relationship, put to the trainee
    r"\b(?:i've|i have) (?:\w+ )?(?:ruined|wrecked|spoiled|spoilt|blown|messed up|broken) "
    r"(?:it|this|everything|things)\b(?:,? \w+){0,3},? haven't i\b",
    r"\byou(?:'re| are|'ll| will) (?:going to |gonna )?(?:hand|pass|refer|send|palm|fob) me "
    r"(?:on|off|over|to)\b",
    r"\byou(?:'re| are|'ll| will) (?:going to |gonna )?(?:get rid of|drop|stop seeing|dump|"
    r"give up on) me\b",
    r"\byou(?:'re| are|'ll| will|'d| would) (?:going to |gonna )?be (?:so |really |very |well |"
    r"totally )?(?:disappointed|angry|annoyed|upset|cross|mad|bored|fed up|sick|tired) (?:in me|"
    r"with me|of me|at me|if i|when i)\b",
    # the same fear put as a belief the client held: "I thought you'd dropped me", "I figured
    # you'd had enough of me" (the rupture-repair drill's unanswered email)
    r"\b(?:thought|felt|assumed|worried|figured|was sure|decided) (?:that )?(?:you|u)(?:'d| had| "
    r"would|d)? (?:\w+ )?(?:dropped|forgotten|forgot|given up on|gave up on|got rid of|finished "
    r"with|had enough of|washed your hands of) me\b",
    # a check on how the trainee took what the client just did
    r"\b(?:is|was) (?:it|that) (?:all right|alright|ok|okay) (?:that|if) i (?:said|told|did|"
    r"brought|mentioned|cried|asked|left|came|raised|kept|went)\b",
    r"\bdo you mind (?:that|me) (?:i )?(?:said|told|saying|telling|bringing|crying|asking)\b",
)
# The fear of being forgotten once the work ends ("will you remember me?", "you'll forget me the
# minute I'm gone", "I'll just be another name in your files") or of being dropped, put with a
# hedge ("You're not going to, like, give up on me?", late-and-gone-quiet/giving-up). An answer to
# it is relationship talk. The immediacy reader asks this beside RELATIONAL_QUESTION; the moment's
# cues, which every criterion's heads read, are left as they were (adding these there moved
# declining's and self-disclosure's cross-validated figures for no gain).
FORGOTTEN = any_of(
    r"\byou(?:'re| are|'ll| will) not (?:(?:going to|gonna),? )?(?:like,? )?(?:get rid of|drop|"
    r"stop seeing|dump|give up on) me\b",
    r"\b(?:will|would|are|won't|wont) (?:you|u) (?:\w+ )?(?:remember|forget|think of|think about) "
    r"me\b",
    r"\b(?:you|u)(?:'ll| will|ll) (?:\w+ )?forget (?:all about )?me\b",
    r"\bi(?:'ll| will|ll) (?:just )?be (?:just )?(?:another|one more) (?:name|client|file|number|"
    r"face)\b",
)

# The first sentence answers the question directly: "No", "Not at all", "Gosh, no", "Oh no, not
# in the least", "I do". ("Honestly?" alone only opens the reply.)
DIRECT_ANSWER = re.compile(
    r"^(?:(?:oh|ah|aw|gosh|god|goodness|heavens|good lord|lord|no)[,!]? )*"
    r"(?:no|nope|not at all|not in the least|of course not|never|yes|ofc|i do|i don'?t|i am|"
    r"i'?m not|"
    # the answer in the trainee's own would or will, apostrophes or none: "i wouldnt be
    # disappointed", "I'd never think that", "i wont be"
    r"i (?:wouldn'?t|won'?t|couldn'?t|haven'?t|have not|would never|will never|could never)|i'd "
    r"never|"
    # a yes in the trainee's own will: "I will.", "i will, always" (not "I will ask you...")
    r"i (?:will|would|do)(?=\W*$|[,.!] )|"
    r"i'm(?! (?:just )?(?:wondering|curious|guessing|imagining|interested|thinking))|"
    r"honestly(?!\W*$)|absolutely not|not in the slightest|god,? no|gosh,? no|goodness,? no|"
    r"heavens,? no|not one bit|not a bit)\b"
)

# An answer in so many words ("No", "Not at all", "Gosh, no", "Yes"), as against an opening that
# only starts with "I'm" or "I do" and may go anywhere.
PLAIN_ANSWER = re.compile(
    r"^(?:(?:oh|ah|aw|gosh|god|goodness|heavens|good lord|lord|no)[,!]? )*(?:no|nope|not|never|"
    r"yes|of course|ofc|absolutely)\b"
)

# The trainee's own framing of a question ("I wonder whether...", "I'm curious if..."): the
# trainee speaks, but not about the two of them.
FRAMING = re.compile(
    r"\b(?:i(?:'m| am)? (?:just )?(?:wonder|wondering|curious|guessing|imagining)|i (?:guess|"
    r"imagine|suppose|think|reckon|suspect)|i can (?:see|hear|understand|imagine|tell))\b"
    r"(?: (?:what|how|if|whether|why|about|who|when|that))?"
)

# Someone else in the sentence: a third person, or a name ("Meena", "Kerry") past its first word.
_THIRD_PERSON = re.compile(r"\b(?:he|she|him|her|his|hers|they|them|their|theirs)\b")
# (not the client's own name said to them: "It was all right, Marguerite.")
_NAME = re.compile(
    r"(?<=[\w,] )(?!I\b|I'|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\b)"
    r"(?<!, )[A-Z][a-z]+\b|(?<=, )[A-Z][a-z]+\b(?! ?[.!?,;:]| ?$)"
)


def about_someone_else(sentence: Sentence) -> bool:
    """The sentence is about a third person (a pronoun or a name), not only the two of them."""
    return bool(_THIRD_PERSON.search(sentence.norm) or _NAME.search(sentence.text))
