"""The trainee's answer about themselves, then a check on how it landed: immediacy.

After a disclosure the helper asks how it landed with the client ("How does that sit with you,
now you know?", "I know that might be hard to hear; tell me if it is"): Hill & Knox (2002) count
processing a disclosure's effect on the client as part of using it well, and the rubric's
immediacy is "asking how the client is experiencing the trainee". The same question after a
rule or a reflection ("I won't say hello first in the canteen. How does that sit?", "Jess says
you joke about everything. How does that land?") is not about the two of them, so the reading
asks for a personal question answered with a disclosure first.
"""

from __future__ import annotations

from roleplay.offline.reading import SkillReading
from roleplay.offline.text import Sentence, any_of

# (in the sentence after the disclosure, about what was just said)
LANDING_CHECK = any_of(
    r"\bhow (?:does|did|is|was) (?:that|it|this) (?:land|sit)\b",
    r"\bhow (?:that|it|this) (?:lands|landed|sits|sat) (?:with|for) (?:you|u)\b",
    r"\b(?:might|may|could) be (?:hard|difficult|strange|odd|a lot) (?:for (?:you|u) )?to hear\b",
    r"\b(?:ok|okay|alright|all right|fine) to (?:tell|let) me (?:know )?if (?:it|that|this) "
    r"(?:is|does|was)\b",
)


def landing_checked(disclosure: SkillReading, sentences: list[Sentence]) -> SkillReading | None:
    """An immediacy reading where a sentence after the trainee's disclosure asks how it landed
    (None where none does)."""
    if not disclosure.present or not disclosure.spans:
        return None
    # (the disclosure reader reads the same sentences, so its first span is one of them)
    for sentence in sentences[sentences.index(disclosure.spans[0]) + 1 :]:
        if LANDING_CHECK.search(sentence.norm):
            reading = SkillReading(present=True, strength=0.7, score=4.0, spans=[sentence])
            reading.add(
                "checks_landing", "you asked how your answer landed with them", 0.5, sentence.text
            )
            return reading
    return None
