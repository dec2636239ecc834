"""Right-to-left text in display order: a small Unicode bidi algorithm (UAX #9) for one line.

Terminals draw cells left to right, and neither Rich nor Textual reorders text, so an
Arabic sentence would show backwards. Each *wrapped* line is reordered here (wrapping
must come first: reordering a whole paragraph and then wrapping would put its lines in
the wrong order). The result is a permutation of character indices, so styles such as
keyword highlights follow their characters.

What is implemented: the weak-type rules W1-W7, neutrals N1-N2, levels I1-I2, trailing
whitespace L1, reversal L2 and mirroring L4 of brackets. What is not: explicit embeddings
and isolates (X1-X10) — `ekreader.core.text.sanitize` removes those characters from all feed
text, so they never reach the UI — and Arabic shaping, which is the terminal's job.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Any strong right-to-left character: Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan,
# Mandaic, Arabic supplements and presentation forms, RTL historic scripts.
_RTL = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]"
)

_MIRROR = dict(zip("()[]{}<>«»‹›", ")(][}{><»«›‹", strict=True))


def has_rtl(text: str) -> bool:
    """True when `text` holds a right-to-left character (the only case needing work)."""
    return _RTL.search(text) is not None


@lru_cache(maxsize=2048)
def _bidi_class(char: str) -> str:
    kind = unicodedata.bidirectional(char)
    if kind in ("L", "LRE", "LRO", "LRI"):
        return "L"
    if kind in ("R", "RLE", "RLO", "RLI"):
        return "R"
    if kind in ("AL", "EN", "AN", "ES", "ET", "CS", "NSM", "WS", "BN"):
        return kind
    return "ON"  # B, S, ON, PDF, PDI, FSI: neutral


def paragraph_is_rtl(text: str) -> bool:
    """The base direction of a paragraph (rule P2): that of its first strong character."""
    for char in text:
        kind = _bidi_class(char)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return False


def _resolve(text: str, base: int) -> list[int]:
    """Embedding level of every character of one line within a paragraph of level `base`."""
    types = [_bidi_class(c) for c in text]
    n = len(types)
    sos = "R" if base else "L"
    # W1: a non-spacing mark takes the type of the character before it.
    previous = sos
    for i, kind in enumerate(types):
        if kind in ("NSM", "BN"):
            types[i] = previous
        else:
            previous = kind
    # W2: European numbers after Arabic letters are Arabic numbers; W3: AL -> R.
    strong = sos
    for i, kind in enumerate(types):
        if kind in ("L", "R", "AL"):
            strong = kind
        elif kind == "EN" and strong == "AL":
            types[i] = "AN"
    types = ["R" if t == "AL" else t for t in types]
    # W4: one separator between two numbers of the same kind joins them.
    for i in range(1, n - 1):
        if types[i - 1] == types[i + 1]:
            if types[i] == "ES" and types[i - 1] == "EN":
                types[i] = "EN"
            elif types[i] == "CS" and types[i - 1] in ("EN", "AN"):
                types[i] = types[i - 1]
    # W5: terminators (%, $, °...) next to European numbers become numbers.
    i = 0
    while i < n:
        if types[i] == "ET":
            j = i
            while j < n and types[j] == "ET":
                j += 1
            if (i > 0 and types[i - 1] == "EN") or (j < n and types[j] == "EN"):
                types[i:j] = ["EN"] * (j - i)
            i = j
        else:
            i += 1
    # W6: remaining separators are neutral; W7: numbers in left-to-right context are L.
    types = ["ON" if t in ("ES", "ET", "CS") else t for t in types]
    strong = sos
    for i, kind in enumerate(types):
        if kind in ("L", "R"):
            strong = kind
        elif kind == "EN" and strong == "L":
            types[i] = "L"
    # N1/N2: a run of neutrals takes the direction around it when both sides agree
    # (numbers count as R), else the paragraph's direction.
    i = 0
    while i < n:
        if types[i] in ("ON", "WS"):
            j = i
            while j < n and types[j] in ("ON", "WS"):
                j += 1
            before = sos if i == 0 else types[i - 1]
            after = sos if j == n else types[j]
            before = "R" if before in ("EN", "AN") else before
            after = "R" if after in ("EN", "AN") else after
            direction = before if before == after else sos
            types[i:j] = [direction] * (j - i)
            i = j
        else:
            i += 1
    # I1/I2: levels.
    levels: list[int] = []
    for kind in types:
        if base == 0:
            levels.append(0 if kind == "L" else 1 if kind == "R" else 2)
        else:
            levels.append(1 if kind == "R" else 2)
    # L1: trailing whitespace goes back to the paragraph level.
    k = n
    while k > 0 and unicodedata.bidirectional(text[k - 1]) in ("WS", "S", "B", "BN"):
        k -= 1
        levels[k] = base
    return levels


def visual_order(text: str, rtl_paragraph: bool | None = None) -> list[int]:
    """Indices of `text`'s characters in display order, left to right (rule L2).

    `rtl_paragraph` is the direction of the paragraph the line was wrapped from (rule P2
    on the whole paragraph); None takes it from the line itself.
    """
    if rtl_paragraph is None:
        rtl_paragraph = paragraph_is_rtl(text)
    order = list(range(len(text)))
    if not text or (not rtl_paragraph and not has_rtl(text)):
        return order
    levels = _resolve(text, 1 if rtl_paragraph else 0)
    highest = max(levels)
    lowest_odd = min((lv for lv in levels if lv % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return order


def mirrored_at(text: str, index: int, levels_odd: bool) -> str:
    """The character to draw at `index`: brackets mirror inside right-to-left runs (L4)."""
    char = text[index]
    return _MIRROR.get(char, char) if levels_odd else char


def display(text: str, rtl_paragraph: bool | None = None) -> str:
    """`text` as it should be drawn left to right (plain-string form of `visual_order`)."""
    if rtl_paragraph is None:
        rtl_paragraph = paragraph_is_rtl(text)
    if not text or (not rtl_paragraph and not has_rtl(text)):
        return text
    levels = _resolve(text, 1 if rtl_paragraph else 0)
    return "".join(
        mirrored_at(text, i, bool(levels[i] % 2)) for i in visual_order(text, rtl_paragraph)
    )


def levels(text: str, rtl_paragraph: bool) -> list[int]:
    """Resolved embedding levels (odd = right-to-left) of one line."""
    return _resolve(text, 1 if rtl_paragraph else 0)
