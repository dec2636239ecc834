"""Text as the search index holds it: accents and marks removed in every script.

The store indexes and queries text through `search_fold`; the watch list and the
find-in-article search (core/text/highlight.py) fold one character at a time the same way.
"""

from __future__ import annotations

import re
import unicodedata
from typing import overload

# FTS5's unicode61 tokenizer folds case in every script but removes diacritics from Latin
# letters only: "κρητη" would not find "Κρήτη", nor "елка" "ёлка". So the index holds, and
# queries are, the text as search_fold() gives it; unicode61 still cuts tokens and folds
# case. What is folded, deliberately:
#
# - Latin, Greek, Cyrillic: every combining diacritic after a compatibility decomposition
#   (NFKD: "ﬁ" -> "fi", "²" -> "2"), so "Κρήτη" = "κρητη", "ёлка" = "елка", stress marks
#   ("моско́вский") go. Except the breve of Cyrillic й and ў: in Russian, Ukrainian and
#   Belarusian they are letters of their own, always typed, and "мой" (my) is not "мои"
#   (my, plural); "ё" is folded to "е" because Russian writes it so most of the time.
# - Latin letters unicode61 keeps though they are read as a plain letter or two:
#   ß ẞ -> ss, æ -> ae, œ -> oe, ø -> o, ł -> l, đ -> d, ħ -> h, ŧ -> t, ı -> i.
# - Hebrew points and cantillation; Arabic harakat, Quranic marks and tatweel (the
#   stretching "ـ"), and as Lucene's ArabicNormalizer does: hamza on alef (أ إ آ -> ا),
#   teh marbuta -> heh (ة -> ه), alef maksura and Persian yeh -> yeh (ى ی -> ي), and
#   Persian keheh -> kaf (ک -> ك).
# - Nothing else: the vowel signs of Indic scripts, Thai and the like, and the Japanese
#   voicing marks (が is not か) are spelling, not accents.
#
# To take an article out of the index, the Store gives FTS5 the folded values again, so
# the fold must give what it gave when the row was indexed: it depends only on the text,
# on fixed tables here and on Unicode decompositions, which never change for assigned
# characters (only a character unassigned in one Python's Unicode and assigned in a later
# one could fold differently).

_MARKS = re.compile(
    "["
    "\u0300-\u036f"  # combining diacritical marks (Latin, Greek, Cyrillic)
    "\u0483-\u0489"  # Cyrillic combining marks (titlo ...)
    "\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7"  # Hebrew points, cantillation
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8"
    "\u06ea-\u06ed\u08d3-\u08e1\u08e3-\u08ff"  # Arabic harakat, hamza marks, Quranic marks
    "\u0640"  # Arabic tatweel
    "\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"  # more combining diacritics
    "]"
)
_BREVE_LETTERS = (("и\u0306", "й"), ("И\u0306", "Й"), ("у\u0306", "ў"), ("У\u0306", "Ў"))
_LATIN_LETTERS = {
    "ß": "ss", "ẞ": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o",
    "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ħ": "h", "Ħ": "h", "ŧ": "t", "Ŧ": "t", "ı": "i",
}  # fmt: skip
_LATIN_LETTER = re.compile("[" + "".join(_LATIN_LETTERS) + "]")
_ARABIC_LETTERS = (("ة", "ه"), ("ى", "ي"), ("ی", "ي"), ("ک", "ك"))
_NOT_LATIN = re.compile(
    "[\u0250-\u1fff\u2070-\u209f\u20a8\u20d0-\U0010ffff"
    # Latin-1 and Latin Extended characters whose compatibility decomposition unicode61
    # does not know: ª ² ³ ¹ º ¼ ½ ¾ Ĳ ĳ Ŀ ŀ ŉ, the digraphs Ǆ-ǌ Ǳ-ǳ, Ǡ-ǣ Ǯ ǯ Ǽ-ǿ.
    "\xaa\xb2\xb3\xb9\xba\xbc-\xbe\u0132\u0133\u013f\u0140\u0149\u01c4-\u01cc"
    "\u01e0-\u01e3\u01ee\u01ef\u01f1-\u01f3\u01fc-\u01ff]"
)
"""Characters outside what unicode61 folds as search_fold does: Latin letters (U+0000-
U+024F), general punctuation (U+2000-U+206F) and currency signs, with the exceptions
listed (tests/core/test_store_search.py checks this against SQLite)."""
_SPECIAL = re.compile(
    # The complement of _NOT_LATIN and _LATIN_LETTER together: a negated set is the
    # fastest to scan for (about 1.5 ns per character), and most Latin text has none.
    "[^\x00-\xa9\xab-\xb1\xb4-\xb8\xbb\xbf-\xc5\xc7-\xd7\xd9-\xde\xe0-\xe5\xe7-\xf7"
    "\xf9-\u010f\u0112-\u0125\u0128-\u0130\u0134-\u013e\u0143-\u0148\u014a-\u0151"
    "\u0154-\u0165\u0168-\u01c3\u01cd-\u01df\u01e4-\u01ed\u01f0\u01f4-\u01fb\u0200-\u024f"
    "\u2000-\u206f\u20a0-\u20a7\u20a9-\u20cf]"
)


def _latin_letter(match: re.Match[str]) -> str:
    return _LATIN_LETTERS[match.group()]


@overload
def search_fold(text: str) -> str: ...
@overload
def search_fold(text: None) -> None: ...
@overload
def search_fold(text: object) -> object: ...


def search_fold(text: object) -> object:
    """Text as the search index holds it: accents and marks removed in every script (see
    above). Case is left to the tokenizer. Fast for the common cases: ASCII is returned
    as it is, and Latin text only has its few special letters replaced (unicode61 folds
    the rest of it alike)."""
    if not isinstance(text, str) or text.isascii():
        return text
    special = _SPECIAL.search(text)
    if special is None:
        return text
    if _NOT_LATIN.search(text, special.start()) is None:
        return _LATIN_LETTER.sub(_latin_letter, text)
    return _fold_any(text)


def _fold_any(text: str) -> str:
    """search_fold for any text, without its shortcuts."""
    text = unicodedata.normalize("NFKD", text)
    if "\u0306" in text:
        for decomposed, letter in _BREVE_LETTERS:
            text = text.replace(decomposed, letter)
    text = unicodedata.normalize("NFC", _MARKS.sub("", text))
    for letter, folded in _ARABIC_LETTERS:
        if letter in text:
            text = text.replace(letter, folded)
    if _LATIN_LETTER.search(text) is not None:
        text = _LATIN_LETTER.sub(_latin_letter, text)
    return text
