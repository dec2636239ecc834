"""The bidi helper and wrapping: right-to-left lines in display order, styles kept."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.text import Text

from ekreader.ui import bidi
from ekreader.ui.text import reorder, wrap, wrap_offsets

CASES = [
    ("hello world", "hello world"),
    ("مرحبا بالعالم", "ملاعلاب ابحرم"),
    ("שלום עולם!", "!םלוע םולש"),
    # Numbers keep their order; Arabic context makes them Arabic numbers (W2).
    ("السعر 1,500.25 دولار.", ".رالود 1,500.25 رعسلا"),
    ("123 مرحبا", "ابحرم 123"),
    # A left-to-right paragraph with an Arabic phrase: only the phrase turns.
    ("Breaking: الرئيس يصل إلى 3 مدن", "Breaking: ندم 3 ىلإ لصي سيئرلا"),
    ("a (ب) c", "a (ب) c"),
    # Brackets mirror inside right-to-left runs (L4).
    ("الخبر: 25 قتيلا في (غزة) اليوم", "مويلا (ةزغ) يف اليتق 25 :ربخلا"),
    ('قال "نعم" ثم ذهب', 'بهذ مث "معن" لاق'),
    ("عاجل - BBC News تقول 10%", "%10 لوقت BBC News - لجاع"),
    ("عربي  ", "  يبرع"),  # trailing spaces end the line: on its left (L1)
    ("", ""),
]


@pytest.mark.parametrize(("logical", "shown"), CASES)
def test_display_order(logical, shown):
    assert bidi.display(logical) == shown


def test_paragraph_direction_is_that_of_the_first_strong_character():
    assert bidi.paragraph_is_rtl("  123 مرحبا hello")
    assert not bidi.paragraph_is_rtl("hello مرحبا")
    assert not bidi.paragraph_is_rtl("123 ...")


def test_agrees_with_python_bidi_on_the_cases_up_to_mirroring():
    reference = pytest.importorskip("bidi")
    mirror = str.maketrans("()[]{}<>«»", ")(][}{><»«")
    for logical, _ in CASES:
        ours = bidi.display(logical)
        theirs = reference.get_display(logical)
        assert ours in (theirs, theirs.translate(mirror)) or _mirrored_equal(ours, theirs), logical


def _mirrored_equal(ours: str, theirs: str) -> bool:
    pairs = dict(zip("()[]{}<>«»", ")(][}{><»«", strict=True))
    return len(ours) == len(theirs) and all(
        a == b or pairs.get(a) == b for a, b in zip(ours, theirs, strict=True)
    )


@given(st.text(alphabet=st.sampled_from("ab 12,.-()عربي%"), max_size=40), st.booleans())
def test_visual_order_is_a_permutation(text, rtl):
    order = bidi.visual_order(text, rtl)
    assert sorted(order) == list(range(len(text)))


def test_reorder_keeps_styles_on_their_characters():
    line = Text("قال وزير الخارجية", end="")
    line.stylize("bold", 4, 8)  # وزير
    shown = reorder(line, rtl_paragraph=True)
    assert shown.plain == "ةيجراخلا ريزو لاق"
    bold = [shown.plain[s.start : s.end] for s in shown.spans if s.style == "bold"]
    assert bold == ["ريزو"]


def test_wrapping_happens_before_reordering_so_lines_stay_in_order():
    text = Text("الأولى الثانية الثالثة الرابعة", end="")
    lines = [line.plain for line in wrap(text, 15)]
    # First logical words on the first line, each line right-aligned and reversed.
    assert [line.strip() for line in lines] == ["ةيناثلا ىلوألا", "ةعبارلا ةثلاثلا"]
    assert all(len(line) == 15 for line in lines)


@pytest.mark.parametrize(
    ("text", "width", "lines"),
    [
        ("one two three", 7, ["one two", "three"]),
        ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
        ("a  b", 1, ["a", "b"]),
        ("日本語のテキスト", 6, ["日本語", "のテキ", "スト"]),
        ("", 10, [""]),
    ],
)
def test_wrap_offsets(text, width, lines):
    assert [text[s:e] for s, e in wrap_offsets(text, width)] == lines
