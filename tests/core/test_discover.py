"""Feed discovery from a page's <link rel="alternate"> tags."""

from __future__ import annotations

import pytest

from ekreader.core.parse.discover import find_feed_links

BASE = "https://www.example/news/page.html"


def page(head: str, body: str = "") -> bytes:
    return f"<!doctype html><html><head>{head}</head><body>{body}</body></html>".encode()


def test_absolute_and_relative_links():
    html = page(
        '<link rel="alternate" type="application/rss+xml" href="/rss.xml">'
        '<link rel="alternate" type="application/atom+xml" href="atom.xml">'
        '<link rel="alternate" type="application/rss+xml" href="https://feeds.example/x">'
    )
    assert find_feed_links(html, BASE) == [
        "https://www.example/rss.xml",
        "https://www.example/news/atom.xml",
        "https://feeds.example/x",
    ]


def test_base_element_changes_the_base():
    html = page(
        '<base href="https://cdn.example/site/">'
        '<link rel="alternate" type="application/rss+xml" href="rss.xml">'
    )
    assert find_feed_links(html, BASE) == ["https://cdn.example/site/rss.xml"]


def test_rss_atom_and_rdf_before_json_before_generic_xml():
    html = page(
        '<link rel="alternate" type="text/xml" href="/generic.xml">'
        '<link rel="alternate" type="application/feed+json" href="/feed.json">'
        '<link rel="alternate" type="application/rdf+xml" href="/index.rdf">'
        '<link rel="alternate" type="application/atom+xml" href="/atom.xml">'
        '<link rel="alternate" type="application/json" href="/plain.json">'
        '<link rel="alternate" type="application/rss+xml" href="/rss.xml">'
    )
    assert find_feed_links(html, BASE) == [
        "https://www.example/index.rdf",
        "https://www.example/atom.xml",
        "https://www.example/rss.xml",
        "https://www.example/feed.json",
        "https://www.example/plain.json",
        "https://www.example/generic.xml",
    ]


def test_case_parameters_and_whitespace_are_tolerated():
    html = page(
        '<LINK REL="Alternate Feed" TYPE="Application/RSS+XML; charset=utf-8" HREF="  /a.xml ">'
    )
    assert find_feed_links(html, BASE) == ["https://www.example/a.xml"]


@pytest.mark.parametrize(
    "tag",
    [
        '<link rel="alternate" type="text/html" hreflang="de" href="/de/">',
        '<link rel="stylesheet" type="text/css" href="/s.css">',
        '<link rel="alternate" type="application/rss+xml">',
        '<link rel="alternate" type="application/rss+xml" href="">',
        '<link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">',
        '<link rel="alternate" type="application/rss+xml" href="file:///etc/passwd">',
        '<link rel="canonical" type="application/rss+xml" href="/x.xml">',
        '<link rel="alternate" href="/no-type.xml">',
    ],
)
def test_not_a_feed_link(tag: str):
    assert find_feed_links(page(tag), BASE) == []


def test_anchors_are_not_feed_links():
    html = page("", '<a rel="alternate" type="application/rss+xml" href="/a.xml">feed</a>')
    assert find_feed_links(html, BASE) == []


def test_duplicates_are_removed():
    tag = '<link rel="alternate" type="application/rss+xml" href="/rss.xml">'
    assert find_feed_links(page(tag * 3), BASE) == ["https://www.example/rss.xml"]


@pytest.mark.parametrize(
    "html",
    [
        b"",
        b"\xff\xfe\x00garbage",
        b"<html><head><link rel=alternate type=application/rss+xml href=/unquoted.xml",
        b"<" * 10_000,
        b"not html at all",
    ],
)
def test_broken_pages_never_raise(html: bytes):
    result = find_feed_links(html, BASE)
    assert all(url.startswith("https://") for url in result)


def test_unquoted_attributes():
    html = b"<html><head><link rel=alternate type=application/atom+xml href=/feed></head></html>"
    assert find_feed_links(html, BASE) == ["https://www.example/feed"]
