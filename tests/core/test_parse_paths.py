"""The fast parser (feedparser-rs) and feedparser give the same results wherever the fast
path is taken; everything else goes to feedparser."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ekreader.core.parse import feed as parse
from ekreader.core.text.htmltext import html_to_text
from ekreader.models import ParsedFeed

CORPUS = Path(__file__).parents[2] / ".." / "shared" / "corpus" / "feeds"
URL = "http://example.com/feed"


def _comparable(feed: ParsedFeed) -> tuple[object, ...]:
    # Content is compared as the text a reader sees: the two parsers serialise the same
    # markup differently (attribute order and quotes).
    entries = [
        (
            e.key,
            e.guid,
            e.title,
            e.link,
            e.author,
            e.published,
            e.updated,
            e.summary,
            e.categories,
            html_to_text(e.content) if e.content else None,
        )
        for e in feed.entries
    ]
    return (feed.title, feed.site_url, feed.error, entries)


def _headers(body: bytes) -> dict[str, str]:
    match = re.search(rb"Header:\s*Content-type:\s*([^\n]+)", body[:1000], re.I)
    return {"content-type": match.group(1).decode().strip()} if match else {}


def _corpus_files() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(
        p for p in CORPUS.rglob("*") if p.is_file() and p.name != "LICENSE" and p.suffix != ".opml"
    )


@pytest.mark.corpus
def test_fast_and_feedparser_paths_agree_over_the_corpus() -> None:
    files = _corpus_files()
    if not files:
        pytest.skip("../shared/corpus is absent")
    fast_taken = 0
    disagree: list[str] = []
    for path in files:
        body = path.read_bytes()
        headers = _headers(body)
        if parse._looks_like_json(body, headers.get("content-type", "")):
            continue
        if parse._parse_fast(body, headers.get("content-type", ""), URL) is None:
            continue
        fast_taken += 1
        fast = parse.parse_feed(body, headers, URL, fast=True)
        slow = parse.parse_feed(body, headers, URL, fast=False)
        if _comparable(fast) != _comparable(slow):
            disagree.append(str(path.relative_to(CORPUS)))
    assert disagree == []
    # Most well-formed UTF-8 feeds take the fast path (the rest are legacy charsets,
    # ill-formed documents and constructs only feedparser reads the same way).
    assert fast_taken >= 120, fast_taken


def _rss(items: str, encoding: str = "utf-8") -> bytes:
    return (
        f'<?xml version="1.0" encoding="{encoding}"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title>'
        f"<link>/</link>{items}</channel></rss>"
    ).encode(encoding)


ITEM = (
    "<item><title>Sturm über Nordhafen</title><link>/a/1</link><guid>g1</guid>"
    "<pubDate>Wed, 25 Nov 2026 10:00:00 +0000</pubDate><description>Kurz.</description>"
    "<content:encoded><![CDATA[<p>Lang <a href='/x'>mehr</a></p>]]></content:encoded></item>"
)


@pytest.mark.parametrize(
    ("body", "fast"),
    [
        (_rss(ITEM), True),
        (_rss(ITEM, "iso-8859-1"), False),  # a legacy charset: feedparser's job
        (_rss(ITEM).replace(b"</channel>", b"<x:y/></channel>"), False),  # unbound prefix
        (_rss(ITEM).replace(b"<title>T</title>", b'<title xml:base="/b/">T</title>'), False),
    ],
)
def test_which_parser_reads_a_document(body: bytes, fast: bool) -> None:
    assert (parse._parse_fast(body, "", URL) is not None) is fast
    assert _comparable(parse.parse_feed(body, {}, URL)) == _comparable(
        parse.parse_feed(body, {}, URL, fast=False)
    )
