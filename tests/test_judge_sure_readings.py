"""Named readings precise enough to say "used" on their own (model.SURE_CANDIDATES, kept per
criterion by the fit only where they are precise on the training lines).

All three helpers of the thirteenth landing found the fitted used head overruling a clear
reading on fresh text: a warm, clear refusal at a boundary drill judged not used (P = 0.46), a
trainee owning their part judged no immediacy. Fresh examples written for this file.
"""

from __future__ import annotations

import pytest

from roleplay.content.library import load_library
from roleplay.domain.moment import Moment
from roleplay.offline.model import shipped_weights
from roleplay.offline.scorer import score_response

RB = load_library().rubric("relationship-boundaries").rubric
FOLLOW = Moment(
    client_line="Found your Insta last night! Can I follow you? Please?", invites="boundary"
)


def test_the_fit_keeps_the_refusal_and_owning_ones_as_sure() -> None:
    weights = shipped_weights()
    assert "answer.refused" in weights.model("boundary").sure
    assert "f.owns_part" in weights.model("immediacy").sure


@pytest.mark.parametrize(
    "response",
    [
        "I'd rather you didn't. What was it like, coming across me there?",
        "I'd prefer you didn't, honestly. I keep that part of my life apart from this room.",
        "I won't be accepting it, but I'm glad you told me rather than just doing it.",
    ],
)
def test_a_clear_refusal_is_a_boundary_answer_however_short(response: str) -> None:
    boundary = score_response(RB, FOLLOW, response).criteria["boundary"]
    assert boundary.applicable
    assert (boundary.score or 0) >= 3


def test_a_skill_the_reader_found_no_words_for_is_not_quoted_as_if_it_had() -> None:
    # qa2-frame: where the heads said "used" and the reader found no words, the rationale quoted
    # the reply's first sentence as the evidence ("You set out the terms: "haha ok...")
    from roleplay.offline.criteria import READERS, build_context
    from roleplay.offline.reading import SkillReading
    from roleplay.offline.scorer import Verdict, _present_rationale
    from roleplay.offline.text import split_sentences

    sentences = split_sentences("haha ok just drive round the block then")
    ctx = build_context(Moment(client_line="He checks my phone.", invites="contracting"), sentences)
    wordless = SkillReading(present=False, strength=0.0, score=3.0)
    verdict = Verdict(READERS["contracting"], wordless, used=True, level=2.0)
    said = _present_rationale(verdict, ctx)
    assert "haha ok" not in said
    assert "without a phrase it can point to" in said
    found = SkillReading(present=True, strength=1.0, score=4.0, spans=sentences)
    quoted = _present_rationale(Verdict(READERS["contracting"], found, used=True, level=4.0), ctx)
    assert quoted.startswith("You set out the terms: \u201chaha ok")


@pytest.mark.parametrize(
    "response",
    [
        "sorry if that came across as cold, it honestly wasnt what i meant",
        "I'm sorry if it stung. That was never my intention. How did it feel when I said no?",
    ],
)
def test_intent_explained_beside_an_apology_is_repair_3_at_most(response: str) -> None:
    # qa2-im: the fitted head gave the reading no weight, so it scored 4-5 where the rubric's
    # explaining-beside-the-apology is 2-3 (level_bounds.LEVEL_CEILINGS)
    hurt = Moment(
        client_line="God, how embarrassing. I don't know why I asked for a hug. Forget it.",
        cue="cheeks red, looking at the floor",
        invites="rupture_repair",
    )
    repair = score_response(RB, hurt, response).criteria["rupture_repair"]
    assert repair.applicable
    assert (repair.score or 5) <= 3
