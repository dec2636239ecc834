"""Word-level diff of two versions of an article's text."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ekreader.core.text.diff import MAX_PAIRS, Piece, changed, plain, word_diff

CASES = [
    # (old, new, expected plain rendering)
    ("same text", "same text", "same text"),
    ("", "", ""),
    ("", "new words", "{+new words+}"),
    ("old words", "", "[-old words-]"),
    ("The dam broke at noon.", "The dam broke at dawn.", "The dam broke at [-noon-]{+dawn+}."),
    ("Two people died.", "Three people died.", "[-Two-]{+Three+} people died."),
    ("a b c d", "a x y d", "a [-b c-]{+x y+} d"),
    (
        "Death toll rises to 12",
        "Death toll rises to 15 in Grauwitz",
        "Death toll rises to [-12-]{+15 in Grauwitz+}",
    ),
    ("One.\nTwo.\nThree.", "One.\nTwo, revised.\nThree.", "One.\nTwo{+, revised+}.\nThree."),
    (
        "Para one.\n\nPara two.",
        "Para one.\n\nPara two.\n\nPara three.",
        "Para one.\n\nPara two.{+\n\nPara three.+}",
    ),
    ("Κρήτη: σεισμός", "Κρήτη: ισχυρός σεισμός", "Κρήτη: {+ισχυρός +}σεισμός"),
    ("انهيار سد", "انهيار سدين", "انهيار [-سد-]{+سدين+}"),
]


@pytest.mark.parametrize(("old", "new", "expected"), CASES)
def test_word_diff(old, new, expected):
    pieces = word_diff(old, new)
    assert plain(pieces) == expected
    assert changed(pieces) is (old != new)


def test_pieces_rebuild_both_versions_and_alternate():
    pieces = word_diff(
        "The dam at Grauwitz broke at noon", "A dam near Grauwitz broke this morning"
    )
    assert (
        "".join(p.text for p in pieces if p.kind != "added") == "The dam at Grauwitz broke at noon"
    )
    assert (
        "".join(p.text for p in pieces if p.kind != "removed")
        == "A dam near Grauwitz broke this morning"
    )
    kinds = [p.kind for p in pieces]
    assert all(a != b for a, b in itertools.pairwise(kinds))  # neighbours differ


def test_a_huge_changed_block_is_shown_whole():
    old = " ".join(f"w{i}" for i in range(2100))
    new = " ".join(f"v{i}" for i in range(2100))
    assert MAX_PAIRS < 2100 * 2100 * 4
    assert word_diff(old, new) == [Piece("removed", old), Piece("added", new)]


@given(st.text(max_size=80), st.text(max_size=80))
def test_any_texts_rebuild(old, new):
    pieces = word_diff(old, new)
    assert "".join(p.text for p in pieces if p.kind != "added") == old
    assert "".join(p.text for p in pieces if p.kind != "removed") == new
    assert all(p.text for p in pieces)
