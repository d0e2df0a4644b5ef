"""What the helper does in their own life, told plainly in the first person: "I work from home",
"I use Zoom to see them", "So I sleep really early", "I talked to someone to help me understand".

Hill's disclosures of fact and of strategy need no special words: a helper's ordinary "I + doing
word" about their own days is one. The hand-made lists in casual.py name the common forms (a
me-too, a fact, a habit); this names the open class they leave out, by grammar rather than by
vocabulary. It stays narrow where the same grammar is not about the helper's life:
- a stance, a courtesy or a way of helping ("I think", "I understand", "I hope", "I suggest",
  "I'd", "I can"): the verb is never one of those;
- conduct in the room ("I pushed a guess at you", "I made it about my work instead of yours"):
  a sentence naming the client, the two of them or the work is never read;
- an adverb opening ("I really think", "I honestly hope"): a word in -ly is never the verb.
"""

from __future__ import annotations

import re

from roleplay.offline.text import Sentence

# The sentence names the client, the two of them or the work and its arrangements: what the
# helper did there is conduct in the room (immediacy, repair) or the frame ("I checked with the
# clinic and the evening slot is free"), not a life told.
_ABOUT_THE_WORK = (
    r"(?!.*\b(?:you|u|your|ur|yours|our|ours|we|us|here|session|sessions|clients?|therapy|"
    r"counsell\w*|supervis\w*|clinic|office|service|reception|slot|appointments?|booking|"
    r"waiting list|placement|notes|form)\b)"
)
_OPENERS = (
    r"(?:(?:yeah|yes|yep|well|oh|ah|haha|lol|honestly|personally|and|but|so|also|actually|ok|"
    r"okay)[,!]? )*"
)
_ADVERBS = "also|just|usually|normally|always|often|sometimes|mostly|still|now|currently|myself|too"
# Verbs of stance, perception, speech, courtesy and the helper's craft, modals and auxiliaries
# (whose "I" is about the talk, not a life), "feels"/"seems" (a typo for "it"), and the talk's own
# intensifiers and asides ("I swear it gets easier", "I dunno", "I digress").
_NOT_A_LIFE = (
    r"\w+ly|thought|think|feel|feels|felt|know|knew|understand|understood|hope|believe|guess|"
    r"suppose|mean|meant|see|saw|hear|heard|agree|suggest|recommend|wonder|imagine|appreciate|"
    r"apologi\w*|promise|wish|want|wanted|need|needed|care|bet|doubt|trust|assume|reckon|love|"
    r"loved|like|liked|get|got|can|could|would|will|should|shall|may|might|must|do|don|didn|did|"
    r"am|have|had|was|were|kind|sort|encourage|advise|respect|admire|commend|applaud|say|said|"
    r"tell|told|ask|asked|notice|noticed|sense|sensed|empathi\w*|sympathi\w*|reali[sz]e|"
    r"reali[sz]ed|read|hate|found|find|try|tried|thank|thanked|pray|look|looking|take|took|"
    r"judge|regret|bring|glad|sure|wouldn|couldn|shouldn|won|ain|enjoy|enjoyed|remember|forget|"
    r"forgot|mention|mentioned|recall|figure|figured|gather|miss|missed|cannot|dont|didnt|cant|"
    r"im|ive|id|ill|used|seems|sounds|looks|swear|dunno|digress|concur|admit|guarantee|second|"
    + _ADVERBS
)
OWN_LIFE = re.compile(
    rf"^{_ABOUT_THE_WORK}{_OPENERS}i (?:(?:{_ADVERBS}) )?(?!(?:{_NOT_A_LIFE})\b)[a-z]+\b"
)


def own_life_sentence(spans: list[Sentence]) -> str | None:
    """The first sentence that tells something the helper does in their own life, if any."""
    return next((s.text for s in spans if OWN_LIFE.search(s.norm)), None)
