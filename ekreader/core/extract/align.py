"""The extracted body against the page: headings, a header's subtitle, skipped lines and
links put back where the extractor lost them; runs of teasers removed."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from copy import deepcopy
from typing import TYPE_CHECKING

from ekreader.core.extract.cues import BY, CAPTION_CREDIT, END_CUES
from ekreader.core.extract.dateline import dateline_line
from ekreader.core.extract.pageitems import (
    ANCHOR,
    ANCHORED,
    KEY_LEN,
    Item,
    el_key,
    key_start,
    line_key,
    link_target,
    plain,
    same_words,
)
from ekreader.core.extract.recovery import (
    HEADER_END,
    HEADER_SPAN,
    KEPT_PHRASE,
    gap_lists,
    headed_lists,
    is_subtitle,
    key_points,
    reference_section,
    standfirst,
)
from ekreader.core.text.htmltree import HEADING_TAGS

if TYPE_CHECKING:
    from lxml.etree import _Element

_WORDS = re.compile(r"\w+")
_HEADER_LINE = 80
"""Longest header line (byline, date, caption, credit) passed over to reach a subtitle."""
_SIGNED_LINE = 200
"""Longest header line passed over that says who wrote it or took the photo ("Par Camille
Berthelot Publié le …", a caption ending "© L’Écho du Val / Jérôme Vaissier")."""
_DEK_WORDS = 4
"""Fewest words of a subtitle found past header lines (shorter ones are labels)."""


_LOCATED_KEY = 12
"""Shortest key of a block located on the page by its start in `header_first`."""
_HEADER_LINE_KEY = 40
"""Longest key of a header line that `header_first` moves with the header unlocated."""


def header_first(body: _Element, items: list[Item]) -> None:
    """Put the page's header back in front where the extractor appended it to the text.

    Some extractors' fallbacks read a box's loose text first and the header after it:
    the body ends in blocks that the page shows above its first paragraph of text (a
    block of `HEADER_END` key characters or more), and short lines the page writes
    otherwise. When that run at the end holds a headline found above the text (an h1 or
    h2), it moves to the body's start, in the page's order."""
    first: dict[str, int] = {}
    for n, item in enumerate(items):
        first.setdefault(item.key[:KEY_LEN], n)
    blocks = [el for el in body if isinstance(el.tag, str)]
    start = next(
        (
            first.get(key[:KEY_LEN])
            for el in blocks
            if len(key := key_start(el, HEADER_END)) >= HEADER_END
        ),
        None,
    )
    if start is None:
        return
    run: list[tuple[int | None, _Element]] = []  # from the end
    for el in reversed(blocks):
        key = key_start(el, _HEADER_LINE_KEY)
        at = first.get(key[:KEY_LEN]) if len(key) >= _LOCATED_KEY else None
        if at is None and len(key) < _HEADER_LINE_KEY:
            run.append((None, el))  # a short line the page writes otherwise ("· Updated")
            continue
        if at is None or at >= start:
            break
        run.append((at, el))
    if len(run) == len(blocks) or not any(
        at is not None and el.tag in ("h1", "h2") for at, el in run
    ):
        return
    order: list[tuple[int, _Element]] = []
    for at, el in reversed(run):  # a short line goes with the block before it
        order.append((at if at is not None else (order[-1][0] if order else -1), el))
    top = blocks[0]
    for _at, el in sorted(order, key=lambda pair: pair[0]):
        tail, el.tail = el.tail, None
        if tail and tail.strip():
            previous = el.getprevious()
            if previous is not None:
                previous.tail = (previous.tail or "") + tail
        top.addprevious(el)


def align(
    body: _Element, items: list[Item], title: str | None, sites: frozenset[str] = frozenset()
) -> None:
    """Compare the extracted body with the page, and put back what the extractor lost.

    Each top-level block of the body is located in the page's reading order (by the
    start of its text). Then: a heading of the page right before a kept block (at most
    one skipped line between) is put back, and a kept block that is a heading of the
    page becomes one again; headings above the headline (kickers, navigation) and the
    headline again in other words are not. In the article's header (`_header_start`),
    a subtitle comes back past bylines, dates and captions, and so does the page's h1
    where the title is not on the page. A skipped standfirst (between headline and first
    block), skipped lists between kept blocks, sections of lists between kept sections
    and a section of sources after the text come back (`standfirst`, `gap_lists`,
    `headed_lists`, `reference_section`: a list of links to the page's own `sites` is
    teasers). A paragraph the page repeats is repeated; runs of teasers are removed.
    """
    from lxml import etree

    positions: dict[str, list[int]] = {}
    for n, item in enumerate(items):
        positions.setdefault(item.key[:KEY_LEN], []).append(n)
    children = _drop_misplaced_teaser(
        body, [(el, el_key(el)) for el in body if isinstance(el.tag, str)], positions, items
    )
    present = {key for el, key in children if el.tag in HEADING_TAGS}
    everything = "|".join(key for _el, key in children)
    title_key = line_key(title or "")
    last = -1
    headline, by_h1 = find_headline(items, title or "")
    h1_key = _page_h1(items) if by_h1 else ""
    entries = _entries(items, sites, title_key)
    header = -1  # while in the article's header: the index of its headline
    in_header = True  # until the first kept block of article text
    teasers: list[_Element | None] = []  # per located block: itself if under a teaser title
    unplaced = Counter(key for _el, key in children)
    for child, key in children:
        if not key:
            continue
        unplaced[key] -= 1
        candidates = positions.get(key[:KEY_LEN], [])
        pos = next(
            (
                p
                for p in candidates[bisect_right(candidates, last) :]
                if not items[p].heading or items[p].key == key
            ),
            None,
        )
        if pos is None and child.tag == "table":
            pos = _table_at(items, last, key)
        if pos is None:
            continue
        under_title = child.tag != "table" and _under_teaser_title(items, last, pos, len(key))
        teasers.append(child if under_title else None)  # a table of figures is no blurb
        if (
            child.tag in ("p", "div")
            and items[pos].heading
            and (key not in present or _asked_again(items[pos]))
            and dateline_line(items[pos].text) is None
        ):
            child.tag = f"h{max(2, items[pos].level)}"  # a heading the extractor took for text
            present.add(key)
        recovered = set()
        if last < 0 or items[last].key in (title_key, h1_key):  # the first block, or the
            # first under the headline the extractor kept
            kept_keys = [key for _el, key in children]
            recovered = standfirst(items, pos, title_key, kept_keys)
            if not recovered and h1_key:  # under the page's own headline
                recovered = standfirst(items, pos, h1_key, kept_keys)
            recovered |= key_points(items, pos, headline, everything)
        if last >= 0:
            recovered |= gap_lists(items, last, pos, everything, sites)
            recovered |= headed_lists(items, last, pos, everything, present, sites)
            section = reference_section(items, last + 1, everything, present, sites)
            if section and section[-1] == pos - 1:
                recovered.update(section)
        stop = last
        if in_header and header < 0:
            header = _header_start(items, last, pos, headline, by_h1)
            if by_h1 and last < header < pos:
                if (
                    is_subtitle(items[header], title_key)
                    and _is_dek(items[header])
                    and not _shares_words(items[header].text, title or "")
                ):
                    recovered.add(header)  # the page's own headline, unlike the title
                stop = header - 1
            elif header > last:
                stop = header
        inserts: list[Item] = []
        skipped = 0  # lines between the kept block and the heading being looked at
        unlike_header = 0  # of them, those that are not bylines, dates or captions
        for n in range(pos - 1, stop, -1):
            item = items[n]
            if n in recovered:
                inserts.append(item)
                if item.heading:
                    present.add(item.key)
                skipped = unlike_header = 0
            elif item.heading:
                if item.key == title_key or (n == header and not by_h1):
                    break  # above the headline: kickers, breadcrumbs, navigation
                if (
                    (skipped <= 1 or (n > header >= 0 and not unlike_header and _is_dek(item)))
                    and item.key not in present
                    and (is_subtitle(item, title_key) or (not skipped and item.key in entries))
                    and not END_CUES.match(item.text)
                    and not same_words(item.text, title or "")
                ):
                    inserts.append(item)
                    present.add(item.key)
                    skipped = unlike_header = 0
                elif item.key in present:
                    skipped = unlike_header = 2  # an earlier section: not ours to add
            else:
                skipped += 1
                if not _is_header_line(item):
                    unlike_header += 1
        current: _Element | None = None
        for item in reversed(inserts):
            if item.marker:
                if current is None:
                    current = etree.Element("ol" if item.marker[0].isdigit() else "ul")
                    child.addprevious(current)
                new = etree.SubElement(current, "li")
            else:
                current = None
                new = etree.Element(f"h{max(2, item.level)}" if item.heading else "p")
                child.addprevious(new)
            new.text = plain(item.text)
        if in_header and (len(key) >= HEADER_END or (header >= 0 and pos - header > HEADER_SPAN)):
            in_header, header = False, -1  # the article's text has begun
        last = pos
        # the other lines of a kept list, table or quote, found in order: a search from
        # where the last line ended (`in key` each time was quadratic: 40 000 list items
        # took 10 s)
        cursor = key.find(items[pos].key)
        cursor = cursor + len(items[pos].key) if cursor >= 0 else 0
        while last + 1 < len(items):
            line = items[last + 1].key
            if line != key:
                found = key.find(line, cursor)
                if found < 0:
                    break
                cursor = found + len(line)
            last += 1
            if items[last].key == key and child.tag == "p" and not items[last].heading:
                if unplaced[key] > 0:
                    unplaced[key] -= 1  # a later block of the body has this repeat
                else:
                    child.addnext(deepcopy(child))  # the page repeats the paragraph: so do we
    if last >= 0:  # the article's own sources or links, right after its end
        section = reference_section(items, last + 1, everything, present, sites)
        if section:
            _append_items(body, [items[n] for n in section])
    _drop_teaser_runs(body, teasers)


def _table_at(items: list[Item], last: int, key: str) -> int | None:
    """Where a kept table starts on the page after `last`: the page reads a table as a line
    per cell, and a first cell shorter than a key's start ("Energy") is found by the cells
    after it that go on to spell the table's text."""
    start = key[:KEY_LEN]
    for n in range(last + 1, len(items)):
        if items[n].heading or not items[n].key or not start.startswith(items[n].key[:KEY_LEN]):
            continue
        spelled, end = items[n].key, n
        while len(spelled) < len(start) and end + 1 < len(items):
            end += 1
            spelled += items[end].key
        if spelled.startswith(start):
            return n
    return None


def _asked_again(item: Item) -> bool:
    """True for a heading a page may repeat as a heading: a question (a questionnaire asks
    each candidate the same) or a long title; a short label said again ("Anne:", a
    speaker's name in an interview) is no new section."""
    return item.text.rstrip().endswith(("?", "؟")) or len(item.key) >= KEPT_PHRASE


_ENTRIES = 3
"""Fewest entries of a listing (`_entries`)."""


def _entries(items: list[Item], sites: frozenset[str], title_key: str) -> set[str]:
    """Keys of the headings of a listing's entries ("What's on": each event's title linking
    to its venue's site, then its description and a line of dates and prices): headings
    that link to another site (`_away`), each over two lines or more, one of them a
    sentence's length; `_ENTRIES` or more on the page. Teasers of the site's stories link
    to the site, and have a blurb at most."""
    found: set[str] = set()
    for n, item in enumerate(items):
        if not item.heading or not _away(item, sites):
            continue
        if not is_subtitle(item._replace(href=""), title_key):
            continue
        lines = []
        for line in items[n + 1 :]:
            if line.heading:
                break
            lines.append(line)
        if len(lines) >= 2 and any(len(plain(line.text)) >= HEADER_END // 2 for line in lines):
            found.add(item.key)
    return found if len(found) >= _ENTRIES else set()


def _away(item: Item, sites: frozenset[str]) -> bool:
    """True for a heading that links to a page of another site than `sites` (an address
    written in full: a relative one is the site's own)."""
    found = link_target("", item.href)
    return found is not None and bool(found[1]) and found[1] not in sites


def _drop_misplaced_teaser(
    body: _Element,
    children: list[tuple[_Element, str]],
    positions: dict[str, list[int]],
    items: list[Item],
) -> list[tuple[_Element, str]]:
    """Remove a teaser the extractor set on top of the body that the page has only after
    most of the rest of it: a related story's linked title and its blurb, taken from an
    <article> of their own, or a blurb alone that the page has after three quarters of the
    rest (a grid of related stories under the article); the children left.
    """
    earliest = [min(positions.get(key[:KEY_LEN], [-1])) if key else -1 for _el, key in children]
    if len(children) < 3 or earliest[0] < 0:
        return children
    if children[0][0].tag not in HEADING_TAGS:
        rest = sorted(p for p in earliest[1:] if p >= 0)
        if len(children[0][1]) <= _BLURB and rest and earliest[0] > rest[len(rest) * 3 // 4]:
            body.remove(children[0][0])
            return children[1:]
        return children
    if not items[earliest[0]].linked:
        return children
    lead = 1
    if len(children[1][1]) <= _BLURB and earliest[1] == earliest[0] + 1:
        lead = 2  # its blurb
    rest = sorted(p for p in earliest[lead:] if p >= 0)
    if not rest or earliest[0] <= rest[len(rest) // 2]:
        return children
    for el, _key in children[:lead]:
        body.remove(el)
    return children[lead:]


def _append_items(body: _Element, items: list[Item]) -> None:
    """Add page lines at the end of the body: headings, paragraphs, list items."""
    from lxml import etree

    current: _Element | None = None
    for item in items:
        if item.marker:
            if current is None:
                current = etree.SubElement(body, "ol" if item.marker[0].isdigit() else "ul")
            new = etree.SubElement(current, "li")
        else:
            current = None
            new = etree.SubElement(body, f"h{max(2, item.level)}" if item.heading else "p")
        new.text = plain(item.text)


def _page_h1(items: list[Item]) -> str:
    """The key of the page's one h1 that is no link (its own headline, where the metadata
    title differs from it), else ""."""
    keys = [item.key for item in items if _is_h1(item)]
    return keys[0] if len(keys) == 1 else ""


def _is_h1(item: Item) -> bool:
    """An h1 of the page that is no link (a headline, not a logo or a teaser)."""
    return item.heading and item.level == 1 and not item.linked


def find_headline(items: list[Item], title: str) -> tuple[int, bool]:
    """The index of the page's headline, and whether it is the page's h1 standing in for it.

    The headline is a heading with the title's text, else one with most of its words
    ("Jun 17 <title>"); else (-1, True): the caller takes the h1 above the article.
    """
    title_key = line_key(title)
    if not title_key:
        return -1, True
    variant = -1
    for n, item in enumerate(items):
        if item.heading:
            if item.key == title_key:
                return n, False
            if variant < 0 and same_words(item.text, title):
                variant = n
    return variant, variant < 0


def _header_start(items: list[Item], last: int, pos: int, headline: int, by_h1: bool) -> int:
    """The index of the headline that opens the article's header above `pos`, else -1.

    That is `headline` (see `_headline`), or with `by_h1` the nearest h1 after `last` (a
    page whose <h1> differs from its metadata title); it is the block at `pos` or lies at
    most `HEADER_SPAN` lines above.
    """
    if not by_h1:
        return headline if 0 <= pos - headline <= HEADER_SPAN else -1
    for n in range(pos, max(last, pos - 1 - HEADER_SPAN), -1):
        if _is_h1(items[n]):
            return n
    return -1


def _shares_words(text: str, title: str) -> bool:
    """True when half the words of the shorter of two headlines are in the other (looser
    than `_same_words`: for an h1 unlike the title, which is shown only if it is news)."""
    words, other = set(_WORDS.findall(text.casefold())), set(_WORDS.findall(title.casefold()))
    return len(words & other) * 2 >= min(len(words), len(other))


def _is_dek(item: Item) -> bool:
    """A subtitle under a headline: a phrase, not a label ("Shares", "Contents", "Search
    for this author in:")."""
    text = item.text
    if text.rstrip().endswith(":"):
        return False
    return len(text.split()) >= _DEK_WORDS or (" " not in text and len(text) >= 10)


def _is_header_line(item: Item) -> bool:
    """A short line of an article's header: byline, date, caption, credit, share label
    (also as an item of a list: "06:00, 14 Mar 2025", "Updated 09:12"); a longer one when
    it is signed (a byline with the dates, a caption with its credit, also in brackets at
    its end or named "Photo:") or dated (its times of publication and update, with the
    adviser who checked it)."""
    if item.heading:
        return False
    text = plain(item.text)
    if item.marker:
        return len(text) <= _HEADER_LINE  # a list of dates or share buttons
    return len(text) <= _HEADER_LINE or (
        len(text) <= _SIGNED_LINE
        and (
            BY.match(text) is not None
            or "©" in text
            or len(_TIMES.findall(text)) >= 2
            or _CREDITED.search(text) is not None
            or CAPTION_CREDIT.search(text) is not None
        )
    )


_CREDITED = re.compile(r"\([^()]{3,60}\)$")
"""A caption's credit in brackets at its end ("… since 1971. (Tomasz Rydel for The
Northgate Ledger)")."""


_TIMES = re.compile(r"(?<!\d)\d{1,2}[.:/]\d{2}(?!\d)")
"""A time or a day and month in a header's line ("11:20", "05.11"): two or more make the
line a header's dates ("Giriş: 05.11.2024 - 11:20 Güncelleme: …")."""


def _under_teaser_title(items: list[Item], last: int, pos: int, size: int) -> bool:
    """True for a short block right under a teaser's title: a heading that links to
    another page, or a short line that is all a link."""
    if size > _BLURB:
        return False
    for n in range(pos - 1, max(last, pos - 3), -1):
        if items[n].heading:
            return items[n].linked
        if _is_link_line(items[n]):
            return True
    return False


_TITLE_LINE = 160
"""Longest line taken as a teaser's title."""
_BLURB = 400
"""Longest blurb under a teaser's title (longer text is an article's)."""


def _is_link_line(item: Item) -> bool:
    """True for a short line that is all one link (a teaser's title in bold, say)."""
    text = plain(item.text)
    if item.marker or not text or len(text) > _TITLE_LINE:
        return False
    match = ANCHORED.fullmatch(item.text.strip())
    return match is not None and len(match.group(2).split()) >= _TITLE_WORDS


_TITLE_WORDS = 3
"""Fewest words of a link line taken as a teaser's title ("Share", "Artikel teilen" are not)."""


def _drop_teaser_runs(body: _Element, teasers: list[_Element | None]) -> None:
    """Remove runs of three or more teasers in a row (title link + blurb): a news feed; and
    two or more that end the article or make a section (with its heading)."""
    run: list[_Element] = []
    for block in [*teasers, None]:
        if block is not None:
            run.append(block)
            continue
        above = run[0].getprevious() if run else None
        below = run[-1].getnext() if run else None
        section = (
            above is not None
            and above.tag in HEADING_TAGS
            and (below is None or below.tag in HEADING_TAGS)
        )
        if len(run) >= _TEASER_RUN or (len(run) >= 2 and (section or below is None)):
            for el in run:
                body.remove(el)
            if section and above is not None:
                body.remove(above)
        run = []


_TEASER_RUN = 3
"""Fewest teasers in a row that are a list of other stories (two make a section of
teasers under its own heading)."""


def relink(body: _Element, items: list[Item]) -> None:
    """Give the extracted blocks back the links their text had on the page.

    A block whose whole text is a line of the page gets that line's links, by position.
    """
    from lxml import etree

    linked: dict[str, str] = {}
    for item in items:
        if not item.heading and ANCHOR[0] in item.text:
            linked.setdefault(item.key, item.text)
    if not linked:
        return
    starts = {key[:KEY_LEN] for key in linked}
    for el in body.iter("p", "li", "td", "th", "dd", "dt"):
        if len(el) and any(child.tag != "br" for child in el):
            continue  # structured content: leave it as the extractor gave it
        if key_start(el) not in starts:
            continue  # the cheap test first: most blocks have no links
        text = linked.get(el_key(el))
        if text is None:
            continue
        for child in list(el):
            el.remove(child)
        parts = ANCHORED.split(text)  # text, (url, text, text)*
        el.text = parts[0]
        for n in range(1, len(parts), 3):
            link = etree.SubElement(el, "a", href=parts[n])
            link.text = parts[n + 1]
            link.tail = parts[n + 2]
