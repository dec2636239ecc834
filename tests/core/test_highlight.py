"""Watch-list and in-article search spans: whole words, case and accents, regexes."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ekreader.core.text.highlight import BadPattern, Highlighter, find_all, fold, merge


def marked(text: str, spans: list[tuple[int, int]]) -> str:
    out, last = [], 0
    for start, end in spans:
        out += [text[last:start], "<", text[start:end], ">"]
        last = end
    return "".join([*out, text[last:]])


@pytest.mark.parametrize(
    ("keywords", "text", "expected"),
    [
        (["zurich"], "Flood in ZÜRICH today", "Flood in <ZÜRICH> today"),
        (["Zürich"], "zurich and Zurich", "<zurich> and <Zurich>"),
        (["fire"], "Wildfire, fire! firefighters", "Wildfire, <fire>! firefighters"),
        (["new york"], "In New  York and New York.", "In New  York and <New York>."),
        (["élection"], "ELECTIONS et élection", "ELECTIONS et <élection>"),
        (["straße"], "STRASSE", "<STRASSE>"),
        (["القدس"], "أخبار القدس اليوم", "أخبار <القدس> اليوم"),
        (["gaza"], "Gaza's ceasefire", "<Gaza>'s ceasefire"),
        (["a", "a b"], "x a b y", "x <a b> y"),
        ([" ", ""], "nothing here", "nothing here"),
        (["東京"], "速報：東京で地震", "速報：<東京>で地震"),
        (["Tokyo"], "Tokyoites", "Tokyoites"),
        # as search folds (core/text/fold.py search_fold): й is a letter of its own, Arabic
        # letter variants and ł/ø/ß are folded, tatweel is ignored
        (["мой"], "мои и МОЙ", "мои и <МОЙ>"),
        (["елка"], "Ёлка", "<Ёлка>"),
        (["القاهرة"], "في القاهره الآن", "في <القاهره> الآن"),
        (["مصر"], "مـصـر اليوم", "<مـصـر> اليوم"),
        (["lodz"], "ŁÓDŹ and Lodz", "<ŁÓDŹ> and <Lodz>"),
        (["κρητη"], "Σεισμός στην Κρήτη", "Σεισμός στην <Κρήτη>"),
    ],
)
def test_keywords_are_whole_words_ignoring_case_and_accents(keywords, text, expected):
    assert marked(text, Highlighter.build(keywords).spans(text)) == expected


def test_patterns_are_case_insensitive_regexes_and_merge_with_keywords():
    hl = Highlighter.build(["storm"], [r"\bcat(egory)? \d\b"])
    text = "STORM reaches Category 4; storms later"
    assert marked(text, hl.spans(text)) == "<STORM> reaches <Category 4>; storms later"


def test_empty_matches_and_empty_watch_list():
    assert Highlighter.build([], [r"x*"]).spans("abc") == []
    assert not Highlighter.build()
    assert Highlighter.build().spans("anything") == []


def test_bad_pattern_names_it():
    with pytest.raises(BadPattern, match=r"\(unclosed"):
        Highlighter.build([], ["(unclosed"])


@pytest.mark.parametrize(
    ("needle", "text", "expected"),
    [
        ("cafe", "Café, CAFE and cafés", "<Café>, <CAFE> and <café>s"),
        ("aa", "aaaa", "<aa><aa>"),
        ("", "text", "text"),
        ("x", "", ""),
    ],
)
def test_find_all_is_substring_search_ignoring_case_and_accents(needle, text, expected):
    assert marked(text, find_all(text, needle)) == expected


def test_fold_maps_back_to_the_original_characters():
    folded, origin = fold("Éß!")
    assert folded == "ess!"
    assert origin == [0, 1, 1, 2]
    assert fold("ascii") == ("ascii", None)


def test_merge():
    assert merge([(5, 7), (0, 2), (1, 3), (7, 8), (9, 9)]) == [(0, 3), (5, 8)]


@given(st.text(), st.lists(st.text(min_size=1, max_size=8), max_size=4))
def test_spans_are_always_inside_the_text_sorted_and_disjoint(text, words):
    spans = Highlighter.build(words).spans(text)
    assert all(0 <= s < e <= len(text) for s, e in spans)
    assert all(a[1] < b[0] for a, b in itertools.pairwise(spans))
    for needle in words:
        hits = find_all(text, needle)
        assert all(0 <= s < e <= len(text) for s, e in hits)


def test_a_watch_word_of_only_a_combining_mark_matches_nothing() -> None:
    # hypothesis found it: "\u0300" folds to "" and built an empty alternative
    assert Highlighter.build(["\u0300", "flood"]).spans("flood \u0300 x") == [(0, 5)]
    assert Highlighter.build(["\u0300"]).spans("any text") == []
