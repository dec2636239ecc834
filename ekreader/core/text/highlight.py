"""Keyword and pattern spans over plain text (pure): the watch list and in-article search.

Keywords match whole words, ignoring case and accents ("Zurich" finds "ZÜRICH" and
"zürich"); patterns are regular expressions searched case-insensitively. Spans are
offsets into the original text, so callers style exactly the characters the user sees.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ekreader.core.text.fold import search_fold

Span = tuple[int, int]
"""[start, end) offsets into the original text."""


_OWN_LETTERS = frozenset("йЙўЎ")
"""Letters of their own, not и/у with a breve (as search sees them: "мой" is not "мои")."""


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    """One character as matching compares it: the search index's fold (marks in every
    script, Arabic letter variants, ß ł ø …) plus Latin accents and case."""
    if char in _OWN_LETTERS:
        return char.casefold()
    decomposed = unicodedata.normalize("NFKD", char)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return search_fold(stripped or char).casefold()


def fold(text: str) -> tuple[str, list[int] | None]:
    """Case- and accent-fold `text`; returns the folded text and, for each folded
    character, the index of the original character it came from (None when the
    mapping is the identity, as for ASCII text)."""
    if text.isascii():
        return text.lower(), None
    out: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        if char.isascii():
            out.append(char.lower())
            origin.append(index)
            continue
        folded = _fold_char(char)
        out.append(folded)
        origin.extend([index] * len(folded))
    return "".join(out), origin


def fold_key(text: str) -> str:
    """The folded form of a keyword (what matching compares)."""
    return fold(text)[0]


def _unfold(spans: Iterable[Span], origin: list[int] | None, length: int) -> list[Span]:
    if origin is None:
        return list(spans)
    result: list[Span] = []
    for start, end in spans:
        if start >= len(origin):
            continue
        first = origin[start]
        last = origin[end - 1] + 1 if end - 1 < len(origin) else length
        result.append((first, last))
    return result


def merge(spans: Iterable[Span]) -> list[Span]:
    """Sort spans and merge those that overlap or touch."""
    merged: list[Span] = []
    for start, end in sorted(spans):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


# Scripts written without spaces between words (Han, kana, Thai, Lao, Khmer, Myanmar):
# there a keyword cannot be a "whole word", so its edge in such a script matches anywhere.
_SPACELESS = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]"
)


def _word_alternative(key: str) -> str:
    before = "" if _SPACELESS.match(key[0]) else r"(?<!\w)"
    after = "" if _SPACELESS.match(key[-1]) else r"(?!\w)"
    return f"{before}{re.escape(key)}{after}"


def _word_regex(words: Sequence[str]) -> re.Pattern[str] | None:
    # A word of only marks (a lone combining accent) folds to nothing: it matches nothing.
    keys = sorted({k for w in words if (k := fold_key(w.strip()))}, key=len, reverse=True)
    if not keys:
        return None
    return re.compile("|".join(_word_alternative(k) for k in keys))


class BadPattern(ValueError):
    """A watch-list regular expression does not compile; the message names it."""


@dataclass(frozen=True, slots=True)
class Highlighter:
    """A compiled watch list. Build once, call `spans()` per text."""

    keywords: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    _words: re.Pattern[str] | None = None
    _regexes: tuple[re.Pattern[str], ...] = ()

    @classmethod
    def build(cls, keywords: Iterable[str] = (), patterns: Iterable[str] = ()) -> Highlighter:
        """Compile keywords (whole words, case/accent-insensitive) and regexes
        (case-insensitive). Raises BadPattern for a regex that does not compile."""
        words = tuple(k for k in keywords if k.strip())
        regexes: list[re.Pattern[str]] = []
        for pattern in patterns:
            try:
                regexes.append(re.compile(pattern, re.IGNORECASE))
            except re.error as exc:
                raise BadPattern(f"bad regular expression {pattern!r}: {exc}") from None
        return cls(words, tuple(patterns), _word_regex(words), tuple(regexes))

    def __bool__(self) -> bool:
        return self._words is not None or bool(self._regexes)

    def spans(self, text: str) -> list[Span]:
        """Every watched word or pattern in `text`, merged and sorted."""
        if not text or not self:
            return []
        found: list[Span] = []
        if self._words is not None:
            folded, origin = fold(text)
            hits = ((m.start(), m.end()) for m in self._words.finditer(folded))
            found.extend(_unfold(hits, origin, len(text)))
        for regex in self._regexes:
            found.extend((m.start(), m.end()) for m in regex.finditer(text) if m.end() > m.start())
        return merge(found)

    def matches(self, text: str) -> bool:
        """True when `text` holds at least one watched word or pattern."""
        return bool(self.spans(text))


def find_all(text: str, needle: str) -> list[Span]:
    """Every occurrence of `needle` in `text` (in-article search): substrings, ignoring
    case and accents, not overlapping."""
    key = fold_key(needle.strip())
    if not key or not text:
        return []
    folded, origin = fold(text)
    hits: list[Span] = []
    start = folded.find(key)
    while start != -1:
        hits.append((start, start + len(key)))
        start = folded.find(key, start + len(key))
    # Hits apart in the folded text can fall on one character of the text ("ß" folds to
    # "ss": a search for "s" hits it twice): one span for it, hits never overlap.
    spans: list[Span] = []
    for span in _unfold(hits, origin, len(text)):
        if not spans or span[0] >= spans[-1][1]:
            spans.append(span)
    return spans
