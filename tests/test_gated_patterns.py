"""text.Gated: a branch is tried only when one of its words is in the text, in branch order."""

from __future__ import annotations

from roleplay.offline.text import Gated

GATED = Gated(
    (("coffee", "tea"), r"\b(?:coffee|tea) (?:after|with)\b"),
    (("hug",), r"\bhug\b"),
    (("tea", "drink"), r"\bdrink\b|\btea\b"),
    (("never",), r"\bzzz\b"),
)


def spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in GATED.finditer(text)]


def test_nothing_when_no_word_is_in_the_text() -> None:
    assert GATED.search("we could talk next week") is None
    assert spans("we could talk next week") == []


def test_open_branches_are_tried_in_their_order_not_by_position() -> None:
    text = "a drink, a hug, then tea with you"
    # branch 0 (tea with), then branch 1 (hug), then branch 2 (drink, tea), as listed
    assert spans(text) == [(21, 29), (11, 14), (2, 7), (21, 24)]
    assert GATED.search(text).span() == (21, 29)


def test_the_first_open_branch_that_matches_gives_the_search() -> None:
    # "tea" opens branch 0, which does not match here; branch 2 does
    assert GATED.search("some tea?").group(0) == "tea"


def test_a_branch_is_not_tried_without_one_of_its_words() -> None:
    # the pattern of the last branch would match, but its word is absent
    assert GATED.search("zzz") is None


def test_sub_replaces_in_each_open_branch_in_turn() -> None:
    assert GATED.sub("#", "tea with a hug, a drink") == "# a #, a #"


def test_a_gate_of_many_words_finds_a_word_exactly_where_one_is() -> None:
    from roleplay.offline.casual import ME_TOO
    from roleplay.offline.lexicon.frame import BOUNDARY_CROSSING, CONTACT_DETAILS

    many = Gated(*((("sam", f"w{i}", "same", "me ", "@", "x-y"), r"\bzzz\b") for i in range(20)))
    texts = ["", "sa", "sam", "the same", "me", "me too", "call me ", "a@b", "x-y", "w1", "w19"]
    texts += ["i know how that feels, i've been there too", "we could be friends", "see you"]
    for gate in (many, ME_TOO, BOUNDARY_CROSSING, CONTACT_DETAILS):
        for text in texts:
            found = any(word in text for word in gate.words)
            assert gate.any_word is None or bool(gate.any_word.search(text)) == found, text
