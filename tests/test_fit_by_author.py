"""Cross-validation grouped by author (`scripts/fit_judge.py --by-author`): every line of one
author's batches stays on one side of a fold, so the figures say how the judge does on the lines
of an author it was not fitted on."""

from __future__ import annotations

import importlib.util

from conftest import REPO
from roleplay.content.library import load_library


def _fit_script():
    spec = importlib.util.spec_from_file_location(
        "fit_judge_by_author", REPO / "scripts" / "fit_judge.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


FIT = _fit_script()


def test_a_line_id_names_its_batch_author() -> None:
    assert FIT.author_of("s-01-007") == "s"
    assert FIT.author_of("c-03-017") == "c"


def test_grouped_by_author_the_folds_are_the_authors_and_no_line_is_lost() -> None:
    library = load_library()
    by_moment, held = FIT.corpus_rows(library)
    by_author, held_again = FIT.corpus_rows(library, by_author=True)
    assert held == held_again and len(by_moment) == len(by_author)
    groups = {row.group for row in by_author}
    # a handful of authors, not hundreds of moments
    assert len(groups) < 20 < len({row.group for row in by_moment})
    assert all(group.startswith("author/") for group in groups)
    assert {"author/a", "author/b", "author/g"} <= groups
    # the same lines in the same order, only grouped differently
    assert [r.response for r in by_moment] == [r.response for r in by_author]
    assert {row.group for row in FIT.dev_rows(library, by_author=True)} == {"author/tests-data"}
