"""Full web pages to readable documents: `extract_article` runs the steps of the other
modules of this package (decode, metadata, preclean, engines, boilerplate, align)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ekreader.core.extract.align import align, find_headline, header_first, relink
from ekreader.core.extract.boilerplate import (
    drop_bio,
    drop_boilerplate,
    drop_contact_cards,
    drop_dangling_cue,
    drop_repeated_title,
    is_byline,
)
from ekreader.core.extract.cards import drop_inline_stories
from ekreader.core.extract.channels import drop_channel_promos
from ekreader.core.extract.continuation import continue_text, fill_gaps
from ekreader.core.extract.dateline import (
    classed_dateline,
    dateline_opening,
    header_dateline,
    take_dateline,
)
from ekreader.core.extract.decode import decode_html, is_html
from ekreader.core.extract.engines import (
    readability_body,
    trafilatura_body,
    unwrap_text_blocks,
    xml_to_html,
)
from ekreader.core.extract.factbox import restore_fact_boxes
from ekreader.core.extract.indexpage import index_body, is_index
from ekreader.core.extract.labels import badge_image, breaking_label, drop_label_line
from ekreader.core.extract.metadata import (
    author_of,
    base_url,
    header_author,
    json_ld_articles,
    meta_tags,
    own_sites,
    published_of,
    title_of,
    written_byline,
)
from ekreader.core.extract.pageitems import Item, el_key, page_items, paragraphs_by_key
from ekreader.core.extract.preclean import preclean
from ekreader.core.extract.teasers import drop_teasers
from ekreader.core.text.htmltext import DocumentBuilder
from ekreader.core.text.htmltree import parse_html
from ekreader.core.text.sanitize import clean_text
from ekreader.models import Document, Section

if TYPE_CHECKING:
    from lxml.etree import _Element

__all__ = ["decode_html", "extract_article", "is_html"]


def extract_article(html: str | bytes, url: str, *, charset: str | None = None) -> Document:
    """Extract an article's main content, headings, links and metadata from its web page.

    `html` as bytes is decoded with `decode_html` (`charset`, from the Content-Type
    header, wins over the page's <meta charset>). Never raises on bad input: a page
    without readable content gives a Document without sections.
    """
    text = decode_html(html, charset) if isinstance(html, bytes) else html
    text = clean_text(text)  # lxml refuses control characters in the trees it builds
    root = parse_html(text, html_elements=True)
    if root is None:
        return Document()
    meta = meta_tags(root)
    ld = json_ld_articles(root)
    author = author_of(root, meta, ld)
    title = title_of(root, meta, ld, author)
    published = published_of(root, meta, ld)
    sites = own_sites(url, meta)
    preclean(root, url, sites)
    body = trafilatura_body(root, url)
    if body is None or len(" ".join(body.itertext()).strip()) < 100:
        fallback = readability_body(text, url)
        if fallback is not None and (
            body is None or len(" ".join(fallback.itertext())) > len(" ".join(body.itertext()))
        ):
            body = fallback
    builder = DocumentBuilder(base_url(root, url), heading_levels=(1, 2, 3, 4))
    items = page_items(root)
    headline = _headline_at(items, title)
    if author is None:
        author = header_author(items, headline)
    # lazy: the keys are only computed for a page with enough teasers to be an index
    kept = () if body is None else (el_key(el) for el in body if isinstance(el.tag, str))
    dateline: str | None = None
    label: str | None = None
    if is_index(items, kept, title or ""):
        index = index_body(items, is_byline)
        drop_repeated_title(index, title)
        builder.add(index)
    elif body is not None:
        xml_to_html(body)
        unwrap_text_blocks(body)
        try:
            page = _Page(url, sites, meta.get("og:site_name", ""), title, author)
            dateline = _refine(body, root, items, page)
        except Exception:  # never fail a page: keep the extractor's body as it is
            logging.getLogger(__name__).warning("refining %s failed", url, exc_info=True)
        label = breaking_label(items, title, lambda: " ".join(body.itertext()))
        label = label or badge_image(root, title)
        if label is not None:
            drop_label_line(body, label)
        builder.add(body)
        if dateline is None:
            dateline = header_dateline(items, headline)
    shown = written_byline(items, headline, author) if author else author
    doc = builder.document(title=title or None, author=shown, published=published)
    sections = _drop_empty_sections(doc.sections)
    first = next((s.text.split("\n\n", 1)[0] for s in sections if s.text), None)
    dateline = classed_dateline(root) or dateline or (dateline_opening(first) if first else None)
    return replace(doc, sections=sections, dateline=dateline, breaking_label=label)


def _headline_at(items: list[Item], title: str | None) -> int:
    """The index of the page's headline in `items`: the heading with the title's text (or
    most of its words), else the first h1; -1 when there is none."""
    n, _by_h1 = find_headline(items, title or "")
    if n >= 0:
        return n
    return next((n for n, item in enumerate(items) if item.heading and item.level == 1), -1)


def _refine(
    body: _Element,
    root: _Element,
    items: list[Item],
    page: _Page,
) -> str | None:
    """Our passes over the extracted body, against the page it came from (`root`, its
    `items`); the dateline line taken out of its header, if any."""
    header_first(body, items)
    dateline = take_dateline(body)
    paragraphs = paragraphs_by_key(root)
    continue_text(body, root, paragraphs)
    fill_gaps(body, paragraphs)
    restore_fact_boxes(body, root, page.url, page.sites)
    drop_boilerplate(body, page.author)
    align(body, items, page.title, page.sites)
    relink(body, items)
    drop_teasers(body, root, items, page.url, page.sites)
    drop_channel_promos(body, page.url, page.sites, page.site_name)
    drop_inline_stories(body, root, paragraphs, page.url, page.sites)
    drop_bio(body, page.author, paragraphs)
    drop_contact_cards(body)
    drop_repeated_title(body, page.title)
    drop_dangling_cue(body)
    for el in body.iter("h1"):
        el.tag = "h2"
    return dateline


@dataclass(frozen=True, slots=True)
class _Page:
    """What the passes over a body know of its page besides its tree."""

    url: str
    sites: frozenset[str]
    """The page's own hosts, without "www."."""
    site_name: str
    title: str | None
    author: str | None


def _drop_empty_sections(sections: tuple[Section, ...]) -> tuple[Section, ...]:
    """Drop the headings with nothing under them at the end of the document."""
    end = len(sections)
    while end > 1 and sections[end - 1].heading and not sections[end - 1].text:
        end -= 1
    return sections[:end]
