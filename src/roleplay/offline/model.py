"""The offline judge as data: fitted weights over named features, loaded from a small JSON file.

Per criterion, two heads over the same sparse feature vector (see features.py):
- `used`: P(the skill was used) = sigmoid(bias + sum of weight x value), used when >= threshold;
- `level`: the 1-5 level = bias + sum of weight x value, rounded and clamped to the scale.
A criterion the file does not fit falls back to its rule reading (`"source": "rule"`).

The weights are fitted at development time by `scripts/fit_judge.py` on the labelled corpus
(never its frozen holdout) and shipped inside the package; run time is pure Python, deterministic
and fast. The evaluation records which file judged it (name and sha256 prefix).
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from roleplay.offline.level_bounds import HARMS_USED, MARKS_USED

# Within this distance of the decision threshold, or this close to half-way between two levels,
# the judge says it is unsure.
UNSURE_PROBABILITY = 0.15
UNSURE_LEVEL = 0.12
HARM = -1.5  # a feature this harmful caps the fitted level near the rule reading
# Named features that may say on their own that the skill was used, whatever the head says: a
# me-too or a bare fact of one's life is a disclosure (Hill), however short, as is a struggle
# the helper is still in, intimate material, a difficulty told as worked through, or "I know
# exactly what that's like" laid over the client's story; and plain
# here-and-now talk is immediacy at any moment; the corpus has too few of them for the head to
# learn that against its length and question weights. The fitting script keeps, per criterion,
# only those that are precise on the training rows (SURE_PRECISION over at least SURE_MIN_ROWS)
# and writes them into the weights ("sure_used"), so new corpus lines can drop one.
SURE_CANDIDATES = (
    "f.contact_details",
    "f.takes_responsibility",
    "f.names_rupture",
    "f.me_too",
    "f.self_fact",
    "f.own_way",
    "f.own_life",
    "f.here_now",
    "f.seeks_feedback",
    "f.current",
    "f.over_identifies",
    "f.intimate",
    "f.resolved",
    # a clear refusal or a named way of answering that the used head, leaning on short length and
    # the moment, could overrule on fresh text (a warm "I'd rather you didn't" judged not used)
    "f.owns_part",
    "f.care_rationale",
    "f.defends_or_blames",
    "f.dismisses",
    "f.too_loose",
    "f.too_rigid",
    "answer.refused",
    "f.checks_consent",
    # the client's view of the sessions asked now (relational_work.py), which an end-of-session
    # moment's words pulled below the line
    "f.asks_about_the_work",
    # a reply to a strain marker that leaves it untouched: repair not attempted, scored 1-2
    "f.no_uptake",
    # a brief answer to the client's question about the trainee's reaction, or the remark taken
    # up another way (immediacy.py)
    "f.answers_them",
    "f.takes_up_remark",
    # every mark of immediacy done well, or a label put on the client's reaction to the trainee:
    # relationship talk at any moment, which the head, leaning on a moment that invited
    # disclosure or restraint, turned down ("I notice you looked straight at me... What do you
    # imagine I'm thinking of you right now?" at P = 0.45)
    "f.meets_level_five",
    "f.labels_reaction",
)
# (0.95 until the fifteenth landing's X pass: immediacy's "every mark of level five" then sat at
# 0.948 on 210 training rows and came and went with one new line; at 0.94 the same features
# stay, self-disclosure's "own way of doing things" and contracting's consent check join, and
# train CV and the ESConv development sets are unchanged.)
SURE_PRECISION = 0.94
SURE_MIN_ROWS = 8


def sure_used(x: dict[str, float], sure: frozenset[str], criterion: str) -> bool:
    return (
        any(x.get(name) for name in sure)
        or any(x.get(name) for name in HARMS_USED.get(criterion, ()))
        or any(x.get(name) for name in MARKS_USED.get(criterion, ()))
    )


# The `used` head's threshold per criterion: (when the rule reading found the skill, when it found
# nothing). Chosen on the train-split CV and the ESConv development set (bench/esconv_dev.py):
# on ordinary helping talk the head alone, with no relationship words found, called most of the
# false immediacy ("I'm sorry to hear that", "I think you need to..."), so it must be far surer
# there; and it turned down casual disclosures the reader had found ("I have insomnia too"), so
# it may be a little less sure where a disclosure was read. Written into the weights by the fit.
# Immediacy's read threshold rose 0.5 -> 0.55 once X's convention pass put brief answers to the
# client's remarks about the trainee in play: the refit head grew readier, and on the ESConv
# development sets false immediacy went 0 + 5 -> 0 + 4 of 1,242 ordinary turns while train CV used
# agreement went 0.897 -> 0.900. (0.6 cut false immediacy to 2 but turned down a rebuke read
# plainly, "It bothers me when you laugh at things like that", at P = 0.58.)
# Contracting's head, where the reader found no term, had let a moment that invites contracting
# carry it over the line ("Hm, you laughed there" scored contracting 2); at 0.7 there, train CV
# used agreement held (0.947) and exact rose 0.585 -> 0.596.
USED_THRESHOLDS: dict[str, tuple[float, float]] = {
    "immediacy": (0.55, 1.0),
    "contracting": (0.5, 0.7),
}
DEFAULT_THRESHOLDS = (0.5, 0.5)
# Where nobody marked what the moment invites (a line scored on its own: peer talk, a trainee's
# line without its scenario) and the reader found a disclosure, the self-disclosure head may say
# "used" from this lower probability. The head is fitted on scenario moments, where a first-person
# reading is often conduct in the room or an answer the moment did not want; on plain talk it
# turned down about five true disclosures for every ordinary turn between P 0.35 and 0.5 (on the
# four ESConv development sets, with the cues below kept out: 38 more found of 955, 8 more false
# of 2,288 ordinary turns). Chosen on those sets; the evaluation set was not read to choose it.
STANDALONE_READ_THRESHOLDS: dict[str, float] = {"self_disclosure": 0.35}
# ...but not where the client's line asks something of the frame or strains the relationship: there
# a trainee's first person is mostly conduct in the room ("As a professional, attending family
# events isn't something I'm able to do"), as the development probe lines read without their
# moment showed.
FRAME_OR_STRAIN_CUES = (
    "complaint",
    "appeasing",
    "relationship_question",
    "contact_request",
    "hug",
    "gift",
    "invitation",
    "romantic",
    "terms",
)
# A moment that puts the relationship in play (it invites immediacy or repair, the client
# complains or asks about the two of you): there the head may decide on its usual threshold even
# when the reader found no relationship words, as the corpus shows it should.
RELATIONAL_MOMENT = (
    "invites.immediacy",
    "invites.rupture_repair",
    "cue.complaint",
    "cue.relationship_question",
)


def used_thresholds(criterion: str) -> tuple[float, float]:
    return USED_THRESHOLDS.get(criterion, DEFAULT_THRESHOLDS)


def threshold_in_force(
    x: dict[str, float], read: float, unread: float, standalone: float | None = None
) -> float:
    """`read` where the rule reading found the skill or the moment is relational, else `unread`
    (see USED_THRESHOLDS); `standalone` where it found the skill at a moment whose invitation is
    unknown, if the criterion has one (STANDALONE_READ_THRESHOLDS). Used by the scorer and by the
    fitting script alike."""
    if (
        standalone is not None
        and x.get("rule.present")
        and x.get("invites.unknown")
        and not any(x.get(f"cue.{cue}") for cue in FRAME_OR_STRAIN_CUES)
    ):
        return standalone
    if x.get("rule.present") or any(x.get(name) for name in RELATIONAL_MOMENT):
        return read
    return unread


@dataclass(frozen=True)
class Head:
    bias: float
    weights: dict[str, float]

    def raw(self, x: dict[str, float]) -> float:
        # Only features with a weight count; a plain loop over the (small) vector is the fastest
        # way to find them.
        total, weight_of = self.bias, self.weights.get
        for name, value in x.items():
            weight = weight_of(name)
            if weight is not None:
                total += weight * value
        return total

    def contributions(self, x: dict[str, float]) -> list[tuple[str, float]]:
        """(feature, weight x value), largest effect first."""
        found = [(n, self.weights[n] * v) for n, v in x.items() if n in self.weights and v]
        return sorted(found, key=lambda item: -abs(item[1]))


@dataclass(frozen=True)
class CriterionModel:
    used: Head
    level: Head
    threshold: float = 0.5
    # Each head is used only where cross-validation showed it no worse than the rule reading.
    fitted_used: bool = True
    fitted_level: bool = True
    # Ordinal cut points on the level head's raw value: level = 1 + how many cuts it passes.
    # Fitted so the regression's pull toward the middle does not make 1 and 5 unreachable.
    cuts: tuple[float, ...] = (1.5, 2.5, 3.5, 4.5)
    # Features that say "used" on their own for this criterion (see SURE_CANDIDATES).
    sure: frozenset[str] = frozenset()
    # The threshold where the rule reading found nothing (see USED_THRESHOLDS).
    threshold_unread: float = 0.5
    # Where it found the skill at a moment of unknown invitation (STANDALONE_READ_THRESHOLDS).
    threshold_standalone: float | None = None

    def threshold_for(self, x: dict[str, float]) -> float:
        return threshold_in_force(
            x, self.threshold, self.threshold_unread, self.threshold_standalone
        )

    def probability(self, x: dict[str, float]) -> float:
        z = max(-30.0, min(30.0, self.used.raw(x)))
        return 1.0 / (1.0 + math.exp(-z))

    def level_of(self, raw: float) -> tuple[int, float]:
        """(level 1-5, distance from the nearest cut point: small means unsure)."""
        level = 1 + sum(raw >= cut for cut in self.cuts)
        return level, min(abs(raw - cut) for cut in self.cuts)


@dataclass(frozen=True)
class Weights:
    name: str
    sha256: str
    criteria: dict[str, CriterionModel] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return f"{self.name}@{self.sha256[:12]}"

    def model(self, criterion: str) -> CriterionModel | None:
        return self.criteria.get(criterion)


def _head(data: dict) -> Head:
    return Head(float(data.get("bias", 0.0)), {k: float(v) for k, v in data["weights"].items()})


def parse_weights(raw: bytes) -> Weights:
    data = json.loads(raw)
    criteria = {
        cid: CriterionModel(
            _head(spec["used"]),
            _head(spec["level"]),
            spec.get("threshold", 0.5),
            spec.get("used_source", "fitted") == "fitted",
            spec.get("level_source", "fitted") == "fitted",
            tuple(spec.get("cuts", (1.5, 2.5, 3.5, 4.5))),
            frozenset(spec.get("sure_used", ())),
            spec.get("threshold_unread", spec.get("threshold", 0.5)),
            spec.get("threshold_standalone"),
        )
        for cid, spec in data.get("criteria", {}).items()
        if spec.get("source") == "fitted"
    }
    return Weights(data["name"], hashlib.sha256(raw).hexdigest(), criteria)


SHIPPED = "judge.json"
# Where `roleplay fit` writes a course's weights inside an instructor content dir.
WEIGHTS_FILE = "weights/judge.json"


@cache
def shipped_weights() -> Weights:
    raw = resources.files("roleplay.offline.weights").joinpath(SHIPPED).read_bytes()
    return parse_weights(raw)


def load_weights(path: Path) -> Weights:
    """A course's weights file: a regular file of at most MAX_WEIGHTS_BYTES."""
    from roleplay.regular_files import read_regular

    return parse_weights(read_regular(path, MAX_WEIGHTS_BYTES, "a weights file"))


MAX_WEIGHTS_BYTES = 4 * 1024 * 1024
