"""An integrity hash for an evaluation: catches scores edited by hand in a session file.

The hash is sha256 over canonical JSON (`domain.hashing`, as for scenarios and rubrics) of the
response and what the judge decided (judge, model, rubric id and version, and each criterion's
applicability and score). It is not keyed: anyone with this program, or this file, can recompute
it after editing a score. It catches naive edits (a
score changed in a text editor), not a determined forger; see the README's export section.
"""

from __future__ import annotations

from roleplay.domain.hashing import sha256_of
from roleplay.domain.session import Evaluation

SCHEME = "v1"


def integrity_of(evaluation: Evaluation, response: str) -> str:
    payload = {
        "scheme": SCHEME,
        "response": response,
        "judge": evaluation.judge,
        "model": evaluation.model,
        "rubric": [evaluation.rubric_id, evaluation.rubric_version],
        "criteria": {
            cid: [result.applicable, result.score]
            for cid, result in sorted(evaluation.criteria.items())
        },
        "restraint": evaluation.restraint.held if evaluation.restraint else None,
    }
    return f"{SCHEME}:{sha256_of(payload)}"


def stamped(evaluation: Evaluation, response: str) -> Evaluation:
    """A copy of `evaluation` carrying its integrity hash."""
    return evaluation.model_copy(update={"integrity": integrity_of(evaluation, response)})


def intact(evaluation: Evaluation, response: str) -> bool | None:
    """True if the hash matches, False if it does not, None if the evaluation carries none."""
    if evaluation.integrity is None:
        return None
    return evaluation.integrity == integrity_of(evaluation, response)
