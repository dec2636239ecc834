"""Feed text -> Rich `Text` for the widgets: plain strings only, highlights, wrapping, bidi.

Nothing here parses markup: every string from a feed is appended as plain text, and
any control character left over is replaced, so a title cannot style, link or drive
the terminal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import datetime

from rich.cells import cell_len, get_character_cell_size
from rich.style import Style
from rich.text import Span, Text

from ekreader.core.text.age import age
from ekreader.ui import bidi

# Belt and braces: the store holds sanitized text, but nothing that can move the cursor
# or start an escape sequence may reach a Strip whatever its origin.
_UNSAFE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def safe(text: str | None) -> str:
    """One line of plain text with any control character replaced by a space."""
    return _UNSAFE.sub(" ", text or "").replace("\t", " ")


def shown(text: str | None, reorder_rtl: bool = True) -> str:
    """One line of feed text as the reader shows it: control characters replaced and,
    with `reorder_rtl` ([ui] bidi = "reorder"), right-to-left runs in display order.

    The one right-to-left rule for every single-line place (feed names, authors, the
    status line, errors, the outline, search queries): each piece of text in its own
    direction, as if isolated, so that a date or a count after an Arabic name is not read
    as part of it. Cut a piece to its width before this, never after."""
    text = safe(text)
    return bidi.display(text) if reorder_rtl and bidi.has_rtl(text) else text


def plain(text: str | None, style: Style | str = "") -> Text:
    """A `Text` holding `text` literally (no markup, no emoji codes)."""
    return Text(safe(text), style=style, no_wrap=True, end="")


def styled(
    text: str, spans: Iterable[tuple[int, int]], style: Style, base: Style | str = ""
) -> Text:
    """`text` as plain `Text` with `style` over each [start, end) span."""
    result = Text(safe(text), style=base, end="")
    for start, end in spans:
        result.stylize(style, start, end)
    return result


def long_age(moment: datetime, now: datetime) -> str:
    """A relative age for the article header: "2h ago", "just now"."""
    short = age(moment, now)
    if short == "now":
        return "just now"
    if short[-1] in "mhdw":
        return f"{short} ago"
    return short


def truncate(text: str, width: int) -> str:
    """Cut `text` to `width` cells, with an ellipsis when cut."""
    if width <= 0:
        return ""
    if cell_len(text) <= width:
        return text
    out: list[str] = []
    used = 0
    for char in text:
        size = get_character_cell_size(char)
        if used + size > width - 1:
            break
        out.append(char)
        used += size
    return "".join(out) + "…"


def wrap_offsets(text: str, width: int) -> list[tuple[int, int]]:
    """Break one paragraph into lines of at most `width` cells: [start, end) offsets.

    Breaks after spaces; a word longer than the width is cut (hostile titles with no
    spaces must not widen the view). Spaces at a break are dropped from the line.
    """
    width = max(width, 1)
    lines: list[tuple[int, int]] = []
    n = len(text)
    start = 0
    while start < n:
        used = 0
        last_space = -1
        i = start
        while i < n:
            size = get_character_cell_size(text[i])
            if used + size > width:
                break
            if text[i] == " ":
                last_space = i
            used += size
            i += 1
        if i >= n:
            lines.append((start, n))
            break
        if text[i] == " ":
            end, next_start = i, i + 1
        elif last_space > start:
            end, next_start = last_space, last_space + 1
        else:
            end, next_start = max(i, start + 1), max(i, start + 1)
        while end > start and text[end - 1] == " ":
            end -= 1
        lines.append((start, end))
        while next_start < n and text[next_start] == " ":
            next_start += 1
        start = next_start
    return lines or [(0, 0)]


def reorder(line: Text, rtl_paragraph: bool) -> Text:
    """A wrapped line in display order (see `ekreader.ui.bidi`); styles follow characters."""
    text = line.plain
    if not rtl_paragraph and not bidi.has_rtl(text):
        return line
    order = bidi.visual_order(text, rtl_paragraph)
    levels = bidi.levels(text, rtl_paragraph)
    char_styles: list[list[Style | str]] = [[] for _ in text]
    for span in line.spans:
        for i in range(max(span.start, 0), min(span.end, len(text))):
            char_styles[i].append(span.style)
    chars = [bidi.mirrored_at(text, i, bool(levels[i] % 2)) for i in order]
    spans: list[Span] = []
    for position, index in enumerate(order):
        for style in char_styles[index]:
            if spans and spans[-1].end == position and spans[-1].style == style:
                spans[-1] = Span(spans[-1].start, position + 1, style)
            else:
                spans.append(Span(position, position + 1, style))
    return Text("".join(chars), style=line.style, spans=spans, end="", no_wrap=True)


def wrap(paragraph: Text, width: int, indent: str = "", reorder_rtl: bool = True) -> list[Text]:
    """Wrap a paragraph to `width` cells (with `indent` before every line), then put each
    line in display order when the paragraph holds right-to-left text."""
    return [line for _, line in wrap_with_offsets(paragraph, width, indent, reorder_rtl)]


def wrap_with_offsets(
    paragraph: Text, width: int, indent: str = "", reorder_rtl: bool = True
) -> list[tuple[int, Text]]:
    """Like `wrap`, with the offset in the paragraph where each line starts."""
    offsets = wrap_offsets(paragraph.plain, max(width - cell_len(indent), 8))
    rtl = reorder_rtl and bidi.paragraph_is_rtl(paragraph.plain)
    needs_bidi = reorder_rtl and (rtl or bidi.has_rtl(paragraph.plain))
    lines: list[tuple[int, Text]] = []
    for start, end in offsets:
        line = paragraph[start:end]
        if needs_bidi:
            line = reorder(line, rtl)
        if indent:
            line = Text(indent, end="") + line
        if rtl:
            pad = max(width - line.cell_len, 0)
            line = Text(" " * pad, end="") + line
        lines.append((start, line))
    return lines


def join(parts: Sequence[Text | str], separator: str = " ") -> Text:
    """Join Text parts (strings taken literally)."""
    result = Text(end="", no_wrap=True)
    for i, part in enumerate(parts):
        if i:
            result.append(separator)
        result.append(part if isinstance(part, Text) else safe(part))
    return result
