"""Headlines as terms for story clustering, in any script (pure).

No word lists: the clusterer learns which terms are common from what arrives, so the
same code reads English, German, Arabic or Thai. A term is a word folded as search
folds it (core/text/fold.py) and cut to its first STEM characters, a number, or in
the scripts written without spaces a pair of characters.
"""

from __future__ import annotations

import re
import unicodedata

from ekreader.core.text.fold import search_fold

STEM = 6
"""Words are cut to their first STEM characters: a crude stemmer that works alike in
every alphabetic language ("Ukraine's", "Ukrainian" -> "ukrain"; "Präsidenten" and
"Präsident" -> "prasid"), with no word lists. On the bench corpus 5 to 7 score within
0.01 of each other, and no cut at all about 0.01 lower."""

# Runs of word characters: \w plus the vowel signs and other marks of the Indic and
# South-East Asian scripts (Python's \w leaves out combining marks, and search_fold keeps
# them there: they are spelling), without most of those scripts' punctuation (danda ...).
# Numbers keep their decimal point or thousands separator ("1.8", "37,000").
_TOKEN = re.compile(
    r"\d+(?:[.,]\d+)+"
    r"|[\w\u0900-\u0963\u0966-\u0dff\u0e00-\u0e4e\u0e50-\u0eff\u0f00-\u0f03\u0f0b"
    r"\u0f18-\u0fbc\u1000-\u1049\u1050-\u109f\u1780-\u17d3\u17dc-\u17f9]+"
)
_LATIN_MARKS = re.compile("[\u0300-\u036f]")
# Scripts written without spaces between words: cut into overlapping character pairs.
_NO_SPACES = re.compile(
    "[\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff"  # Thai Lao Tibetan Myanmar Khmer
    "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"  # kana, CJK ideographs
)
# Arabic's article, and the conjunctions and prepositions written joined to it, before
# a word of three letters or more: "الرئيس", "والرئيس" and "رئيس" are one term.
_ARABIC_PREFIX = re.compile("^(?:وال|بال|كال|فال|لل|ال)(?=...)")


def tokens(text: str) -> list[str]:
    """The terms of a text, in order, repeats kept."""
    out: list[str] = []
    for match in _TOKEN.finditer(search_fold(text).casefold()):
        word = match.group()
        if word.isascii():
            if word[0].isdigit():
                out.append(word)
            else:
                word = word.strip("_")
                if len(word) > 1:
                    out.append(word[:STEM])
            continue
        if max(word) < "\u0250":
            word = latin_fold(word)
            if word.isascii():
                if len(word) > 1:
                    out.append(word[:STEM])
                continue
        if word[0].isdigit() or word[-1].isdigit():
            word = _ascii_digits(word)
            if word.isascii():
                out.append(word)
                continue
        if _NO_SPACES.search(word) is not None:
            out.extend(_pairs(word))
            continue
        if "\u0600" <= word[0] <= "\u06ff":
            word = _ARABIC_PREFIX.sub("", word)
        if len(word) > 1:
            out.append(word[:STEM])
    return out


def latin_fold(word: str) -> str:
    """A Latin word without its accents ("élster" -> "elster"): search_fold leaves them
    to SQLite's tokenizer, which folds them in the index."""
    return _LATIN_MARKS.sub("", unicodedata.normalize("NFKD", word))


def _ascii_digits(word: str) -> str:
    """Eastern Arabic, Persian, Devanagari ... digits as ASCII digits ("٢٠٢٤" -> "2024")."""
    return "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in word)


def _pairs(run: str) -> list[str]:
    """Overlapping character pairs of a run in a script without spaces; a run of one or
    two characters stays whole."""
    if len(run) < 3:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]


def headline_terms(title: str) -> tuple[str, ...]:
    """The distinct terms of a headline, in order (a repeated word counts once)."""
    return tuple(dict.fromkeys(tokens(title)))
