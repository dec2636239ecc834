"""The article view: header, sections with headings, numbered links; a line-API widget.

The article is laid out once per width into display lines (wrapped, then put in
display order for right-to-left text), and only the visible lines are drawn. The
layout records where each section starts and where each search match is, which is
what section navigation, the outline and next/previous match use.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ekreader.core.text.highlight import Highlighter, find_all
from ekreader.models import Article
from ekreader.ui import bidi
from ekreader.ui.pagefetch import page_link
from ekreader.ui.text import long_age, safe, wrap_with_offsets

MAX_TEXT_WIDTH = 96
"""Widest text column, for comfortable reading on large terminals."""

_LINK_NUMBER = re.compile(r"\[\d+\]")


@dataclass
class OutlineEntry:
    """One entry of the table of contents."""

    title: str
    level: int
    line: int


@dataclass
class ArticleLayout:
    """An article as display lines, with where its sections and search matches are."""

    lines: list[Text] = field(default_factory=list)
    outline: list[OutlineEntry] = field(default_factory=list)
    matches: list[int] = field(default_factory=list)
    """Display line of each search match, in reading order."""
    width: int = 0


def layout_article(
    article: Article,
    width: int,
    *,
    style: Callable[[str], Style],
    highlighter: Highlighter,
    now: datetime,
    search: str = "",
    current_match: int = -1,
    reorder_rtl: bool = True,
) -> ArticleLayout:
    """Lay out `article` in a text column `width` cells wide."""
    out = ArticleLayout(width=width)
    h = article.headline
    doc = article.document
    watch = style("article--highlight")
    match_style = style("article--match")
    current_style = style("article--match-current")
    match_counter = 0

    def add(text: Text, indent: str = "", reorder: bool = reorder_rtl) -> list[tuple[int, Text]]:
        placed = wrap_with_offsets(text, width, indent, reorder)
        out.lines.extend(line for _, line in placed)
        return placed

    def paragraph(raw: str, base: Style | str, indent: str = "", links: bool = True) -> None:
        nonlocal match_counter
        content = safe(raw)
        text = Text(content, style=base, end="")
        for start, end in highlighter.spans(content):
            text.stylize(watch, start, end)
        if links:
            for m in _LINK_NUMBER.finditer(content):
                text.stylize(style("article--link-number"), m.start(), m.end())
        hits = find_all(content, search) if search else []
        for number, (start, end) in enumerate(hits, start=match_counter):
            text.stylize(current_style if number == current_match else match_style, start, end)
        first_line = len(out.lines)
        placed = add(text, indent)
        starts = [offset for offset, _ in placed]
        for start, _ in hits:
            out.matches.append(first_line + max(bisect_right(starts, start) - 1, 0))
        match_counter += len(hits)

    def blank() -> None:
        if out.lines and out.lines[-1].plain.strip():
            out.lines.append(Text(end=""))

    # Header: title, meta, breaking badge, dateline, link.
    out.outline.append(OutlineEntry(safe(h.title) or "(untitled)", 1, 0))
    paragraph(h.title or "(untitled)", style("article--title"), links=False)
    meta = [safe(h.feed_title)]
    author = doc.author or h.author
    if author:
        meta.append(safe(author))
    when = h.published or h.sort_time
    local = when.astimezone()
    meta.append(f"{local:%Y-%m-%d %H:%M} ({long_age(when, now)})")
    if reorder_rtl:
        # Each field in its own direction (as if isolated): a date after an Arabic
        # author must not be read as part of the Arabic run.
        meta = [bidi.display(part) for part in meta]
    meta_text = Text(" · ".join(meta), style=style("article--meta"), end="")
    add(meta_text, reorder=False)
    if h.breaking:
        badge = Text(" BREAKING ", style=style("article--breaking"), end="")
        if h.breaking_reason:
            badge.append(f"  {safe(h.breaking_reason)}", style("article--meta"))
        add(badge)
    if doc.dateline:
        add(Text(safe(doc.dateline), style=style("article--dateline"), end=""))
    if h.link:
        add(Text(safe(h.link), style=style("article--url"), end=""))
    if not article.full_text and page_link(article):
        add(
            Text(
                "Feed text only: press F to fetch the full article.",
                style=style("article--meta"),
                end="",
            )
        )
    body = style("article--body")
    for section in doc.sections:
        blank()
        if section.heading:
            out.outline.append(OutlineEntry(safe(section.heading), section.level, len(out.lines)))
            paragraph(section.heading, style("article--heading"), links=False)
            out.lines.append(Text(end=""))
        for block in section.text.split("\n\n"):
            if not block.strip():
                continue
            for raw in block.split("\n"):
                if raw.startswith("> "):
                    paragraph(raw[2:], style("article--quote"), indent="│ ")
                elif raw.startswith("• "):
                    paragraph(raw, body, indent="")
                else:
                    paragraph(raw, body)
            blank()
    if doc.links:
        blank()
        out.outline.append(OutlineEntry("Links", 2, len(out.lines)))
        add(Text("Links", style=style("article--heading"), end=""))
        out.lines.append(Text(end=""))
        for link in doc.links:
            line = Text(f"[{link.number}] ", style=style("article--link-number"), end="")
            line.append(safe(link.url), style("article--url"))
            add(line, indent="")
    out.lines.append(Text(end=""))
    return out


class ArticleView(ScrollView, can_focus=True):
    """Scrollable article text (line API)."""

    DEFAULT_CSS = """
    ArticleView {
        overflow-x: hidden;
        overflow-y: auto;
        scrollbar-size-vertical: 1;
    }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article--title",
        "article--meta",
        "article--breaking",
        "article--dateline",
        "article--url",
        "article--heading",
        "article--body",
        "article--quote",
        "article--link-number",
        "article--highlight",
        "article--match",
        "article--match-current",
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "scroll_down", "Down", show=False, id="article_down"),
        Binding("up,k", "scroll_up", "Up", show=False, id="article_up"),
        Binding(
            "pagedown,space,ctrl+f", "page_down", "Page down", show=False, id="article_page_down"
        ),
        Binding("pageup,b,ctrl+b", "page_up", "Page up", show=False, id="article_page_up"),
        Binding("home,g", "scroll_home", "Top", show=False, id="article_top"),
        Binding("end,G", "scroll_end", "Bottom", show=False, id="article_bottom"),
    ]

    class SectionChanged(Message):
        """The section at the top of the view changed."""

        def __init__(self, index: int) -> None:
            self.index = index
            super().__init__()

    class LaidOut(Message):
        """The article was laid out again (another article, width or highlights)."""

    def __init__(
        self,
        *,
        highlighter: Highlighter,
        now: Callable[[], datetime],
        reorder_rtl: bool = True,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.article: Article | None = None
        self.highlighter = highlighter
        self.now = now
        self.reorder_rtl = reorder_rtl
        self.search = ""
        self.current_match = -1
        self.layout_: ArticleLayout = ArticleLayout()
        self._strips: dict[int, Strip] = {}
        self._section = 0
        self._pinned_section: tuple[int, int] | None = None
        self._pending_scroll: float | None = None

    # -- content -------------------------------------------------------------------------

    def show(self, article: Article, scroll: float = 0.0) -> None:
        """Show another article, at a remembered scroll position (0..1)."""
        self.article = article
        self.search = ""
        self.current_match = -1
        self._section = 0
        self._pinned_section = None
        self._build()
        self._pending_scroll = scroll
        self._restore_scroll()

    def _restore_scroll(self) -> None:
        if self._pending_scroll is None or not self.layout_.lines or not self.size.height:
            return
        fraction = self._pending_scroll
        self._pending_scroll = None
        target = round(fraction * max(len(self.layout_.lines) - self.size.height, 0))

        def apply() -> None:
            self.scroll_to(y=target, animate=False, immediate=True)
            self._update_section()

        # After the next layout, when the new virtual size bounds the scroll.
        self.call_after_refresh(apply)

    @property
    def text_width(self) -> int:
        """Width of the text column."""
        # Room for the vertical scrollbar is always kept, so the layout does not depend
        # on whether the article is long enough to need one.
        return max(
            min(self.size.width - self.styles.scrollbar_size_vertical - 2, MAX_TEXT_WIDTH), 20
        )

    def _build(self) -> None:
        self._strips.clear()
        if self.article is None or self.size.width <= 0:
            self.layout_ = ArticleLayout()
            self.virtual_size = Size(0, 0)
            return
        self.layout_ = layout_article(
            self.article,
            self.text_width,
            style=self.get_component_rich_style,
            highlighter=self.highlighter,
            now=self.now(),
            search=self.search,
            current_match=self.current_match,
            reorder_rtl=self.reorder_rtl,
        )
        self.virtual_size = Size(0, len(self.layout_.lines))
        self.refresh()
        self.post_message(self.LaidOut())

    def rebuild(self) -> None:
        """Lay the article out again (highlights or width changed), keeping the place."""
        if self._pending_scroll is None:
            self._pending_scroll = self.fraction
        self._build()
        self._restore_scroll()

    @property
    def fraction(self) -> float:
        """How far the article is scrolled, 0..1."""
        span = len(self.layout_.lines) - self.size.height
        return min(max(self.scroll_y / span, 0.0), 1.0) if span > 0 else 0.0

    def on_resize(self) -> None:
        if self.article is not None and self.layout_.width != self.text_width:
            self.rebuild()
        elif self._pending_scroll is not None:
            self._restore_scroll()

    # -- sections ------------------------------------------------------------------------

    @property
    def outline(self) -> list[OutlineEntry]:
        """The table of contents."""
        return self.layout_.outline

    @property
    def section(self) -> int:
        """Index (in `outline`) of the section being read."""
        return self._section

    def _section_at(self, y: int) -> int:
        starts = [entry.line for entry in self.layout_.outline]
        return max(bisect_right(starts, y) - 1, 0)

    def _update_section(self) -> None:
        y = round(self.scroll_y)
        if self._pinned_section is not None and self._pinned_section[1] == y:
            section = self._pinned_section[0]
        else:
            self._pinned_section = None
            section = self._section_at(y)
        if section != self._section:
            self._section = section
            self.post_message(self.SectionChanged(section))

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
        self._update_section()

    def go_to_section(self, index: int) -> None:
        """Scroll so that outline entry `index` is at the top (as far as possible)."""
        outline = self.layout_.outline
        if not 0 <= index < len(outline):
            return
        target = min(outline[index].line, round(self.max_scroll_y))
        self._pinned_section = (index, target)
        if index != self._section:
            self._section = index
            self.post_message(self.SectionChanged(index))
        self.scroll_to(y=target, animate=False, immediate=True)

    def next_section(self) -> bool:
        """Go to the next section; False at the last."""
        if self._section + 1 < len(self.layout_.outline):
            self.go_to_section(self._section + 1)
            return True
        return False

    def previous_section(self) -> bool:
        """Go to the previous section (or the start of this one when scrolled into it)."""
        outline = self.layout_.outline
        if not outline:
            return False
        current = outline[self._section]
        if round(self.scroll_y) > current.line and self._pinned_section is None:
            self.go_to_section(self._section)
            return True
        if self._section > 0:
            self.go_to_section(self._section - 1)
            return True
        return False

    # -- search --------------------------------------------------------------------------

    def set_search(self, text: str) -> int:
        """Highlight every match of `text`; returns how many. The first match at or after
        the top of the view becomes current."""
        self.search = text.strip()
        self.current_match = -1
        self._build()
        matches = self.layout_.matches
        if matches:
            top = round(self.scroll_y)
            self.current_match = next((i for i, line in enumerate(matches) if line >= top), 0)
            self._build()
            self._show_match()
        return len(matches)

    def step_match(self, step: int) -> tuple[int, int]:
        """Go to the next (+1) or previous (-1) match, wrapping; (number, total)."""
        matches = self.layout_.matches
        if not matches:
            return 0, 0
        self.current_match = (self.current_match + step) % len(matches)
        self._build()
        self._show_match()
        return self.current_match + 1, len(matches)

    def _show_match(self) -> None:
        line = self.layout_.matches[self.current_match]
        top = round(self.scroll_y)
        if not top <= line < top + self.size.height:
            self.scroll_to(y=max(line - self.size.height // 3, 0), animate=False, immediate=True)

    # -- rendering -----------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        index = round(self.scroll_y) + y
        base = self.rich_style
        lines = self.layout_.lines
        if index >= len(lines):
            return Strip.blank(width, base)
        strip = self._strips.get(index)
        if strip is None or strip.cell_length != width:
            margin = max((width - self.layout_.width) // 2, 1)
            line = Text(" " * margin, end="", no_wrap=True) + lines[index]
            segments = list(line.render(self.app.console))
            strip = Strip(segments, line.cell_len).crop_extend(0, width, None).apply_style(base)
            self._strips[index] = strip
        return strip
