"""Word-level differences between two versions of a text (pure).

Paragraphs are matched first (a line is a paragraph), then the words of the
paragraphs that changed: so an edit in one paragraph never pairs words across the
whole article, and the cost stays near linear for long texts with small edits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

from ekreader.models import Section

Kind = Literal["same", "removed", "added"]

MAX_PAIRS = 4_000_000
"""A changed block whose old × new word counts exceed this is shown as removed and added
whole (word matching is quadratic at worst)."""

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of text that is in both versions, only in the old one, or only in the new."""

    kind: Kind
    text: str


def word_diff(old: str, new: str) -> list[Piece]:
    """The pieces that turn `old` into `new`: joining the "same" and "removed" pieces
    gives `old`, the "same" and "added" pieces `new`."""
    pieces: list[Piece] = []
    old_lines, new_lines = old.splitlines(keepends=True), new.splitlines(keepends=True)
    matcher = SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        before, after = "".join(old_lines[i1:i2]), "".join(new_lines[j1:j2])
        if op == "equal":
            pieces.append(Piece("same", before))
        else:
            pieces.extend(_words(before, after))
    return _tidy(pieces)


def _words(old: str, new: str) -> list[Piece]:
    """Word-level pieces of one changed block."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    if len(a) * len(b) > MAX_PAIRS:
        return [Piece("removed", old), Piece("added", new)]
    pieces: list[Piece] = []
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            pieces.append(Piece("same", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            pieces.append(Piece("removed", "".join(a[i1:i2])))
        if j2 > j1:
            pieces.append(Piece("added", "".join(b[j1:j2])))
    return pieces


def _tidy(pieces: Iterable[Piece]) -> list[Piece]:
    """Join neighbours of one kind; spaces alone between two changes go to both sides
    ("-a b- +c d+" rather than "-a- +c- b-d..."); empty pieces dropped."""
    listed = [p for p in pieces if p.text]
    out: list[Piece] = []
    i = 0
    while i < len(listed):
        piece = listed[i]
        if (
            piece.kind == "same"
            and piece.text.isspace()
            and "\n" not in piece.text
            and out
            and out[-1].kind != "same"
            and i + 1 < len(listed)
            and listed[i + 1].kind != "same"
        ):
            _absorb(out, piece.text)
            i += 1
            continue
        if out and out[-1].kind == piece.kind:
            out[-1] = Piece(piece.kind, out[-1].text + piece.text)
        else:
            out.append(piece)
        i += 1
    return _regroup(out)


def _absorb(out: list[Piece], space: str) -> None:
    """Add spaces between two changes to the removed and the added text before them."""
    removed = added = False
    for k in range(len(out) - 1, -1, -1):
        kind = out[k].kind
        if kind == "same":
            break
        out[k] = Piece(kind, out[k].text + space)
        removed |= kind == "removed"
        added |= kind == "added"
    if not removed:
        out.append(Piece("removed", space))
    if not added:
        out.append(Piece("added", space))


def _regroup(pieces: Sequence[Piece]) -> list[Piece]:
    """Within each run of changes, all removed text first, then all added text."""
    out: list[Piece] = []
    removed: list[str] = []
    added: list[str] = []

    def flush() -> None:
        if removed:
            out.append(Piece("removed", "".join(removed)))
        if added:
            out.append(Piece("added", "".join(added)))
        removed.clear()
        added.clear()

    for piece in pieces:
        if piece.kind == "same":
            flush()
            out.append(piece)
        elif piece.kind == "removed":
            removed.append(piece.text)
        else:
            added.append(piece.text)
    flush()
    return out


def changed(pieces: Iterable[Piece]) -> bool:
    """Whether any piece was removed or added."""
    return any(p.kind != "same" for p in pieces)


def plain(pieces: Iterable[Piece]) -> str:
    """The diff as plain text, removed words in [-…-] and added ones in {+…+} (as
    `git diff --word-diff=plain` marks them)."""
    marks = {"same": ("", ""), "removed": ("[-", "-]"), "added": ("{+", "+}")}
    return "".join(marks[p.kind][0] + p.text + marks[p.kind][1] for p in pieces)


def sections_text(sections: Iterable[Section]) -> str:
    """An article version's text as a diff compares it: headings and texts, a blank line
    between them."""
    parts: list[str] = []
    for section in sections:
        if section.heading:
            parts.append(section.heading)
        if section.text:
            parts.append(section.text)
    return "\n\n".join(parts)


def version_diff(
    old_title: str,
    old_sections: Iterable[Section],
    new_title: str,
    new_sections: Iterable[Section],
) -> tuple[list[Piece], list[Piece]]:
    """The word diffs of the title and of the text from one version to the next."""
    return (
        word_diff(old_title, new_title),
        word_diff(sections_text(old_sections), sections_text(new_sections)),
    )
