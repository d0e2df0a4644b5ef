"""What the offline scorer read in a response: features with their exact quotes."""

from __future__ import annotations

from dataclasses import dataclass, field

from roleplay.offline.text import Findable, Sentence


@dataclass(frozen=True)
class Feature:
    """One observed feature: a name, its plain-language label, its effect on the score, a quote."""

    name: str
    label: str
    effect: float
    quote: str | None = None


@dataclass
class SkillReading:
    """How one skill showed up in a response."""

    present: bool
    strength: float  # how sure we are that the skill is present, 0..1
    score: float  # 1..5 before mapping onto the rubric's scale
    spans: list[Sentence] = field(default_factory=list)
    features: list[Feature] = field(default_factory=list)
    # Why the skill cannot be in use whatever the weights say (an excuse is not a disclosure,
    # a refusal offers nothing); None when the fitted model may decide.
    veto: str | None = None
    # How the rationale introduces the quote, where the reader's usual words would misdescribe
    # it ("You turned to the strain:" before a bare "Okay." that took "it's fine" at its word).
    opener: str | None = None

    def has(self, name: str) -> bool:
        return any(f.name == name for f in self.features)

    def add(self, name: str, label: str, effect: float, quote: str | None = None) -> None:
        self.features.append(Feature(name, label, effect, quote))

    def note(
        self,
        pattern: Findable,
        sentences: list[Sentence],
        name: str,
        label: str,
        effect: float,
    ) -> str | None:
        """Add the feature if `pattern` is found, quoting where; return the quote."""
        quote = quote_match(pattern, sentences)
        if quote:
            self.add(name, label, effect, quote)
        return quote


def quote_match(pattern: Findable, sentences: list[Sentence]) -> str | None:
    """The first match of `pattern`, as an exact slice of the original text (widened to words)."""
    for sentence in sentences:
        match = pattern.search(sentence.norm)
        if match:
            text = sentence.text
            piece = sentence.original(match.start(), match.end())
            start = text.find(piece)
            end = start + len(piece)
            while start > 0 and text[start - 1].isalnum():
                start -= 1
            while end < len(text) and (text[end].isalnum() or text[end] == "'"):
                end += 1
            piece = text[start:end].strip()
            return piece or None
    return None


def drop_features(reading: SkillReading, names: set[str], base: float = 3.0) -> None:
    """Take features out of a reading (a refusal is not an offer) and re-add the score."""
    kept = [f for f in reading.features if f.name not in names]
    if len(kept) != len(reading.features):
        reading.features = kept
        reading.score = max(1.0, min(5.0, base + sum(f.effect for f in kept)))
