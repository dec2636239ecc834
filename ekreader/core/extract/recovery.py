"""Lines of the page the extractor skipped and that are the article's: a standfirst, key
points above the text, lists between kept blocks, sections of lists, a section of sources
after the text."""

from __future__ import annotations

import re

from ekreader.core.extract.boilerplate import are_buttons, is_furniture
from ekreader.core.extract.cues import CAPTION_CREDIT, END_CUES, REFERENCES, SEE_ALSO, TOC
from ekreader.core.extract.dateline import dateline_line
from ekreader.core.extract.pageitems import (
    ANCHOR,
    ANCHORED,
    KEY_LEN,
    SENTENCE_END,
    Item,
    link_counts,
    plain,
)

KEPT_PHRASE = 24
"""Shortest key of a list item looked up in the kept text (shorter ones, "Swing bridge",
are found inside any paragraph)."""
HEADER_END = 120
"""A kept block with a key this long is article text: the header is over."""


def is_subtitle(item: Item, title_key: str) -> bool:
    """True for a heading of the page that may be put back: not a teaser or furniture."""
    return (
        not item.linked
        and item.key != title_key
        and any(c.isalpha() for c in item.text)
        and not is_furniture(item.text, None)
        and not TOC.match(item.text)
        and dateline_line(item.text) is None
    )


def reference_section(
    items: list[Item], start: int, kept: str, present: set[str], sites: frozenset[str]
) -> list[int]:
    """The lines of a section of sources or links starting at `start`, else [].

    A heading such as "Sources", "References", "External links" or "Further reading" (not
    "See also": see `headed_lists`), at most one short line, then one list, of text or
    of links to other sites than `sites`: the article's own, not teasers.
    """
    if start >= len(items):
        return []
    heading = items[start]
    if not heading.heading or heading.key in present or not is_subtitle(heading, ""):
        return []
    if not REFERENCES.match(heading.text):
        return []
    section = [start]
    n = start + 1
    if n < len(items) and not items[n].heading and not items[n].marker:
        if len(plain(items[n].text)) > HEADER_END:
            return []
        section.append(n)
        n += 1
    group = items[n].group if n < len(items) and items[n].marker else 0
    while n < len(items) and items[n].marker and items[n].group == group:
        if len(items[n].key) >= KEPT_PHRASE and items[n].key in kept:
            return []  # kept elsewhere: not a skipped section (a source the text names
            # starts like one of its sentences: the whole line counts)
        section.append(n)
        n += 1
    return section if group and _not_teasers(items, section, sites) else []


def _not_teasers(items: list[Item], section: list[int], sites: frozenset[str]) -> bool:
    """True when a section's list is mostly text, or its links mostly lead to other sites.

    (A list of links to the page's own site after an article is teasers, whatever its
    heading says: "Further reading" on a news site.)
    """
    total = linked = links = away = 0
    for n in section:
        total += len(plain(items[n].text))
        counts = link_counts(items[n].text, sites)
        linked, links, away = linked + counts[0], links + counts[1], away + counts[2]
    return linked * 2 < total or away * 2 > links or _documents(items, section)


_DOCUMENT = re.compile(r"\.(?:pdf|docx?|xlsx?|odt|ods|pptx?|csv|zip)(?:$|[?#])", re.I)
"""The address of a document (a file to download, not a page)."""


def _documents(items: list[Item], lines: list[int]) -> bool:
    """True when lines hold links and all of them lead to documents ("Satzung (PDF)"): the
    article's own downloads, not teasers of the site's pages."""
    hrefs = [m.group(1) for n in lines for m in ANCHORED.finditer(items[n].text)]
    return bool(hrefs) and all(_DOCUMENT.search(href) for href in hrefs)


def headed_lists(
    items: list[Item], last: int, pos: int, kept: str, present: set[str], sites: frozenset[str]
) -> set[int]:
    """Sections of lists the extractor skipped between two kept sections, worth putting back.

    The skipped lines must be headings each over one list (or one list under the kept
    heading at `last`) and nothing else, up to the next section: the kept block at `pos`
    or the heading right above it, of the same level or higher. Such lists are the
    article's own ("See also", a list of tools or sources), even when they are mostly links
    (to other sites than `sites`, unless the heading names references).
    """
    end = pos if items[pos].heading else pos - 1
    if end - last < 2 or not items[end].heading or not is_subtitle(items[end], ""):
        return set()
    recovered: set[int] = set()
    level = items[last].level if last >= 0 and items[last].heading else 0
    listed = level > 0  # the heading before has its list: nothing kept, nothing owed
    for n in range(last + 1, end):
        item = items[n]
        if item.heading:
            if (level and not listed) or not is_subtitle(item, "") or item.key in present:
                return set()
            if END_CUES.match(item.text) and not (
                REFERENCES.match(item.text) or SEE_ALSO.match(item.text)
            ):
                return set()
            if items[end].level > item.level:
                return set()  # the next section is a subsection of this one
            level, listed = item.level, False
        elif item.marker and level:
            listed = True
        else:
            return set()
        if len(item.key) >= KEPT_PHRASE and item.key[:KEY_LEN] in kept:
            return set()
        recovered.add(n)
    if not listed:
        return set()
    named = any(
        REFERENCES.match(items[n].text) or SEE_ALSO.match(items[n].text)
        for n in recovered
        if items[n].heading
    )
    if not named and not _not_teasers(items, sorted(recovered), sites):
        return set()  # links to the site's own pages: teasers, whatever the heading
    return recovered


HEADER_SPAN = 12
"""Lines of the page after its headline that may still be the article's header (a byline
in pieces: "Por", the name, the role, the date; share buttons, a photo's caption)."""
_DEK_UNENDED = 80
"""Least length of a standfirst right under the headline that ends without a stop (many
CMSs' subtitles: "… e encontrou relação entre sono curto e pressão alta")."""


def standfirst(items: list[Item], pos: int, title_key: str, kept: list[str]) -> set[int]:
    """The summary paragraph between the headline and the first kept block, if skipped:
    a sentence, or a long line right under the headline."""
    starts = [key[:KEY_LEN] for key in kept if len(key) >= KEY_LEN]
    everything = "|".join(kept)
    start = next(
        (n for n in range(pos - 1, max(-1, pos - HEADER_SPAN), -1) if items[n].key == title_key),
        None,
    )
    if start is None:
        return set()
    recovered: set[int] = set()
    sentences: set[int] = set()
    for n in range(start + 1, pos):
        item = items[n]
        text = plain(item.text)
        ended = text.endswith(SENTENCE_END)
        if (
            not item.heading
            and not item.marker
            and 60 <= len(text) <= 500
            and (ended or (n == start + 1 and len(text) >= _DEK_UNENDED and text[-1] != ")"))
            and "|" not in text  # a header's line of fields: "PUBLISHED: … | UPDATED: …"
            and not CAPTION_CREDIT.search(text)
            and item.key[:KEY_LEN] not in everything
            and not any(prefix in item.key for prefix in starts)
            and ANCHOR[0] not in item.text
            and not is_furniture(text, None)
        ):
            recovered.add(n)
            if ended and not item.caption:
                sentences.add(n)
    if len(recovered) > 1 and len(sentences) == 1:
        return sentences  # the long line under the headline was another: a life's dates
    return recovered if len(recovered) == 1 else set()


LEAD_LIST_TEXT = 100
"""Least text of a list of key points above the article's first paragraph."""
_HEADER_LINES = 16
"""Most lines between the headline and the first kept block searched for key points."""


def key_points(items: list[Item], pos: int, headline: int, kept: str) -> set[int]:
    """The list of key points the extractor skipped right above the first kept block, under
    the headline (`headline`: its index in `items`; "Das Wichtigste in Kürze", "Lo
    esencial"): two or more items, each a sentence and not a link, none kept elsewhere."""
    if not 0 <= headline < pos <= headline + _HEADER_LINES:
        return set()
    run: list[int] = []
    for n in range(pos - 1, headline, -1):
        if not items[n].marker:
            break
        run.append(n)
    texts = [plain(items[n].text) for n in run]
    if len(run) < 2 or sum(len(t) for t in texts) < LEAD_LIST_TEXT:
        return set()
    if any(items[n].key[:KEY_LEN] in kept or ANCHOR[0] in items[n].text for n in run):
        return set()
    if not all(t.endswith(SENTENCE_END) and len(t) <= 400 for t in texts):
        return set()
    return set(run)


def gap_lists(
    items: list[Item], last: int, pos: int, kept: str, sites: frozenset[str] = frozenset()
) -> set[int]:
    """Lines of the lists the extractor skipped between two kept blocks, worth putting back.

    A list is put back when it is most of what was skipped there (at most two other
    lines), has two items or more, none of them kept elsewhere, and is not mostly links
    (teasers, navigation), unless it is the list of a kept heading of sources
    ("Sources", "المصادر") whose links mostly leave the page's `sites`.
    """
    sources = last >= 0 and items[last].heading and bool(REFERENCES.match(items[last].text))
    gap = range(last + 1, pos)
    runs: list[list[int]] = []
    for n in gap:
        if items[n].marker and runs and runs[-1][-1] == n - 1:
            runs[-1].append(n)
        elif items[n].marker:
            runs.append([n])
    recovered: set[int] = set()
    skipped = [n for n in gap if not items[n].heading and items[n].key[:KEY_LEN] not in kept]
    for run in runs:
        if len(run) < 2 or len(skipped) - len(run) > 2:
            continue
        documents = _documents(items, run)
        size = None if documents else KEY_LEN  # a document's title may start a sentence
        if any(items[n].key[:size] in kept for n in run):
            continue  # kept after all, in another shape
        texts = [items[n].text for n in run]
        if are_buttons([plain(t).strip() for t in texts]):
            continue
        total = sum(len(plain(t)) for t in texts) or 1
        linked = sum(len(m.group(2)) for t in texts for m in ANCHORED.finditer(t))
        if not all(len(plain(t)) <= 400 for t in texts):
            continue
        if (
            linked * 2 < total
            or documents
            or (sources and run[0] == last + 1 and _not_teasers(items, run, sites))
        ):
            recovered.update(run)
    return recovered
