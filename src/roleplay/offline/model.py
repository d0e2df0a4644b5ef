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


# Harms the rubric names for a criterion that its reader finds only where the moment makes them
# one (a strain, a remark about the trainee, the terms in question), and that the corpus has too
# few lines of to fit: found, the criterion was used, and used badly (LEVEL_CEILINGS caps it), so
# the harm is never dropped as "not used" by a head that has not seen its kind.
HARMS_USED: dict[str, frozenset[str]] = {
    "immediacy": frozenset({"f.sends_away", "f.confirms_fear", "f.distress_at_client"}),
    "rupture_repair": frozenset({"f.sends_away"}),
    "contracting": frozenset({"f.risks_confidentiality"}),
}


def sure_used(x: dict[str, float], sure: frozenset[str], criterion: str = "") -> bool:
    return any(x.get(name) for name in sure) or any(
        x.get(name) for name in HARMS_USED.get(criterion, ())
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


# Lowest level a named reading allows, per criterion, whatever the level head says. The rubric
# puts a clear refusal, however cold or rule-bound, at 2 or 3, and only a grant or a punitive,
# humiliating answer at 1: a refusal must never score like giving the number. Applied by the
# fitting script too, so its cross-validated figures include it.
LEVEL_FLOORS: dict[str, dict[str, int]] = {
    "boundary": {"answer.refused": 2},
    # a cold or curt no is the rubric's level 2 ("cold, curt or bureaucratic"); only shaming is 1
    "declining": {"f.plain_policy": 2, "f.cold": 2, "f.curt": 2},
    # the experience asked about is not the helper's ("No, not from my own life"): an honest
    # difference, low in intimacy, never a disclosure that serves the helper (rubric v2)
    "self_disclosure": {"f.meets_level_five": 4, "f.answers_and_returns": 4, "f.not_mine": 3},
    "immediacy": {"f.meets_level_five": 4},
}


# Highest level a named fault allows, per criterion, as the rubric's level descriptors put it:
# a lecture or jargon ("a dual relationship", "not appropriate") with no warmth, no reason about
# the client and nothing offered instead is "cold or shaming" (boundary 2); a bare no in a few
# words with nothing warm in it is "clear but cool" (boundary 3), as is a no whose reason is the
# trainee's comfort (3), and one whose reason is the trainee's own difficulty makes their
# discomfort the client's problem (2); referring a client on for an
# overlap that can be managed harms the relationship (boundary 1; Zur 2007), as does holding
# time against a disclosure of harm with no check on safety (1: offline/risk.py); a promise of
# total confidentiality and terms loosened past what can be kept (contact any time, no charge)
# mislead the client about the frame (contracting 1, the rubric's words); a cold recital
# of the limits of confidentiality is contracting 2; a single bare "was that helpful?" is feedback
# sought, not a check-in (contracting 3); a client's "it's fine" taken at its word is repair
# attempted weakly at most (2; Safran & Muran 2000); the trainee's own distress handed over, talk of
# whether they stay framed as their choice alone, and a label put on their reaction to the
# trainee, a telling-off about how the client uses the sessions, and a fear about the
# relationship soothed by offering more sessions or contact, or waved away ("you'll be fine
# without me"), are immediacy done badly (2; Hill & Knox 2009). Relationship talk that steps
# around a direct question, neither answering nor declining it, is never immediacy done well (at
# most 3: the rubric's dodges_question check; the corpus ruling puts the plain dodge at 2, and
# its labels put some that explore what the question means at 3-4, so the cap is the ruling's
# upper reach, not its usual level).
LEVEL_CEILINGS: dict[str, dict[str, int]] = {
    "boundary": {
        "f.refers_on": 1,
        "f.puts_off_harm": 1,
        "f.ignores_harm": 2,
        "f.glosses_overlap": 2,
        "f.cold_rule": 2,
        "f.own_struggle": 2,
        "f.curt": 3,
        "f.trainee_centred": 3,
    },
    "contracting": {
        "f.promises_secrecy": 1,
        "f.loose_terms": 1,
        "f.pressures_consent": 1,
        "f.coerces": 1,
        "f.risks_confidentiality": 1,
        "f.cold_recital": 2,
        "f.feedback_bare": 3,
    },
    # intent explained beside an apology ("that wasn't my intention"): the rubric's level 2-3;
    # a reply that leaves the strain untouched is repair not attempted (applies_when: 1-2)
    # an apology followed by a question about something else is the rubric's level 3 at most
    # ("acknowledges the strain but briefly: a generic apology and a quick move on")
    "rupture_repair": {
        "f.takes_at_face_value": 2,
        "f.explains_intent": 3,
        "f.no_uptake": 2,
        "f.asks_elsewhere": 3,
        "f.sends_away": 2,
    },
    # the rubric's declining level 1: a shaming or mocking no ("that's inappropriate")
    "declining": {"f.shaming": 1, "f.leaves_door_open": 1},
    # a struggle still live (44 of the 61 training lines are 1, 12 are 2), a disclosure that
    # keeps the focus on the trainee (287 of 297 are 1-3) or is recent (39 of 42): the rubric's
    # harm is unresolved material and a shift of focus (Hill & Knox 2002)
    "self_disclosure": {
        "f.contact_details": 1,
        "f.current": 2,
        # intimate material of one's own (an attempt on one's life, abuse, an affair): the
        # rubric's level 3 is "nothing raw or intimate"; 15 of the 16 corpus lines are 1-2
        "f.intimate": 2,
        "f.focus_kept": 3,
        # credentials to settle a doubt about the trainee: the corpus's two lines are 2 and 3
        "f.credentials": 3,
        "f.recent": 3,
    },
    "immediacy": {
        "f.trainee_distress": 2,
        "f.stay_or_go": 2,
        "f.labels_reaction": 2,
        "f.tells_off": 2,
        "f.frame_soothes": 2,
        "f.brushes_off": 2,
        "f.sends_away": 2,
        "f.confirms_fear": 2,
        "f.distress_at_client": 2,
        "f.dodges_question": 3,
        "f.unowned": 3,
    },
}


def level_floor(criterion: str, x: dict[str, float]) -> int:
    floors = LEVEL_FLOORS.get(criterion, {})
    return max((level for name, level in floors.items() if x.get(name)), default=1)


def level_ceiling(criterion: str, x: dict[str, float]) -> int:
    ceilings = LEVEL_CEILINGS.get(criterion, {})
    return min((level for name, level in ceilings.items() if x.get(name)), default=5)


def bounded_level(criterion: str, x: dict[str, float], level: int) -> int:
    """The fitted level within what the named readings allow. A named harm (advice, one-upping,
    blame, a yes to a request: "rule.harm") keeps its bite: the fitted level may lower the rule
    reading, never raise it past what the reader found. Then the criterion's ceilings and floors
    apply.
    Used by the scorer and by the fitting script alike."""
    if x.get("rule.harm"):
        rule_score = 3.0 + 2.0 * x.get("rule.level", 0.0)
        level = min(level, 1 + round(max(0.0, min(4.0, rule_score - 1.0))))
    # A ceiling below a floor wins: time refused while a disclosed harm is put off ("we're out
    # of time, let's pick that up next week") is the rubric's level 1, not a refusal's 2.
    return min(max(level, level_floor(criterion, x)), level_ceiling(criterion, x))


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
