"""Feed bytes + headers -> ParsedFeed: formats, errors, charsets, links, identity, text."""

from __future__ import annotations

import json
import warnings
from datetime import UTC, datetime

import pytest

from ekreader.core.parse.entry import UNTITLED, make_entry
from ekreader.core.parse.feed import choose_encoding, parse_feed
from tests.conftest import FEEDS


def parse(name: str, headers: dict[str, str] | None = None, url: str = ""):
    return parse_feed((FEEDS / name).read_bytes(), headers or {}, url)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


# -- formats: golden feeds with their expected parse ------------------------------------


GOLDEN = {
    "rss091.xml": {
        "format": "rss091n",
        "title": "Harbour Town Gazette",
        "site_url": "https://gazette.example/",
        "entries": [
            {
                "key": "https://gazette.example/2024/ferry-winter",
                "guid": None,
                "title": "Ferry timetable changes for the winter season",
                "link": "https://gazette.example/2024/ferry-winter",
                "published": None,
                "summary": "The morning ferry leaves twenty minutes earlier from November.",
            },
            {
                "key": "https://gazette.example/2024/lighthouse",
                "title": "Lighthouse open day draws record crowd",
            },
        ],
    },
    "rss20.xml": {
        "format": "rss20",
        "title": "Northwind Daily",
        "site_url": "https://northwind.example/",
        "entries": [
            {
                "key": "northwind-2024-0001",
                "guid": "northwind-2024-0001",
                "title": "BREAKING: Dam on the Elster river overflows after record rain",
                "link": "https://northwind.example/news/dam-overflow",
                "author": "Mara Lindqvist",
                "published": utc(2024, 3, 5, 8, 15),
                "updated": None,  # no update date in the feed
                "categories": ("Weather",),
                "summary": "Emergency services evacuated two villages overnight.",
            },
            {
                "key": "https://northwind.example/news/cycle-lanes",
                "title": "City council approves new cycle lanes",
                "published": utc(2024, 3, 4, 17, 0),
                "categories": ("Local", "Breaking News"),
                "summary": "Twelve kilometres of protected lanes by 2026.",
                "content": None,
            },
            {
                "key": "northwind-2024-0003",
                "title": "Breaking Bad: the chemistry teacher who became a film location guide",
            },
        ],
    },
    "rss10.rdf": {
        "format": "rss10",
        "title": "Moorland Observer",
        "site_url": "https://moorland.example/",
        "entries": [
            {
                "key": "https://moorland.example/a/sheep-count",
                "title": "Annual sheep count finishes a day early",
                "author": "Ewan Prys",
                "published": utc(2024, 4, 2, 8, 0),
                "summary": "Volunteers counted 4,312 sheep on the high moor.",
            },
            {
                "key": "https://moorland.example/a/bridge-repair",
                "published": utc(2024, 4, 1, 13, 45),
                "author": None,
            },
        ],
    },
    "atom.xml": {
        "format": "atom10",
        "title": "Tiefland Kurier",
        "site_url": "https://tiefland.example/",
        "entries": [
            {
                "key": "urn:uuid:7d1f3c3e-0000-4000-8000-tiefland0002",
                "title": "Eilmeldung: Stromausfall in ganz Nordstadt",
                "link": "https://tiefland.example/nachrichten/2024/stromausfall.html",
                "author": "Jördis Krämer",
                "published": utc(2024, 5, 10, 7, 30),
                "updated": utc(2024, 5, 10, 7, 45),
                "categories": ("Eilmeldung",),
                "summary": "Seit dem Morgen sind rund 40.000 Haushalte ohne Strom.",
            },
            {
                "key": "urn:uuid:7d1f3c3e-0000-4000-8000-tiefland0003",
                "title": "Müller gewinnt den Deichlauf",
                "link": "https://tiefland.example/sport/deichlauf",
                # No <published>: the update time stands in.
                "published": utc(2024, 5, 9, 18, 0),
                "content": None,
            },
        ],
    },
    "jsonfeed10.json": {
        "format": "json1",
        "title": "Saltmarsh Wire",
        "site_url": "https://saltmarsh.example/",
        "entries": [
            {
                "key": "sw-101",
                "title": "Highest spring tide in forty years",
                "link": "https://saltmarsh.example/2024/tide-record",
                "author": "Saltmarsh Newsroom",
                "published": utc(2024, 3, 21, 12, 0),
                "summary": "The tide gauge read 5.8 m at noon.",
                "content": "<p>The tide gauge read <strong>5.8 m</strong> at noon.</p>",
                "categories": ("Coast", "Weather"),
            },
            {
                "key": "102",
                "guid": "102",
                "link": "https://saltmarsh.example/2024/oyster-festival",
                "published": utc(2024, 3, 20, 13, 30),
                "summary": "The festival needs more room this year. Stalls open at ten.",
            },
        ],
    },
    "jsonfeed11.json": {
        "format": "json11",
        "title": "Wüstenbote",
        "site_url": "https://wuestenbote.example/",
        "entries": [
            {
                "key": "wb-2024-77",
                "title": "عاجل: عاصفة رملية تغلق الطريق السريع",
                "author": "ليلى حداد",
                "published": utc(2024, 6, 1, 3, 0),
                "updated": utc(2024, 6, 1, 4, 10),
                "categories": ("عاجل",),
            },
            {
                "key": "wb-2024-78",
                "title": "A short item without a title.",
                "link": "https://elsewhere.example/report",
                "author": "غرفة الأخبار",  # the feed's author stands in
                "published": utc(2024, 5, 31, 22, 0),
            },
        ],
    },
}


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_golden_feeds(name: str):
    expected = GOLDEN[name]
    parsed = parse(name)
    assert parsed.error is None
    assert parsed.format == expected["format"]
    assert parsed.title == expected["title"]
    assert parsed.site_url == expected["site_url"]
    assert len(parsed.entries) == len(expected["entries"])
    for entry, fields in zip(parsed.entries, expected["entries"], strict=True):
        for key, value in fields.items():
            assert getattr(entry, key) == value, (name, key)


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_parsing_raises_no_warnings(name: str):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        parse(name)


def test_rss_content_encoded_is_kept_as_html():
    entry = parse("rss20.xml").entries[0]
    assert entry.content is not None
    assert "<h2>What happened</h2>" in entry.content
    assert "<b>two metres</b>" in entry.content


def test_json_feed_content_text_becomes_paragraphs():
    entry = parse("jsonfeed10.json").entries[1]
    assert entry.content == (
        "<p>The festival needs more room this year.</p><p>Stalls open at ten.</p>"
    )


@pytest.mark.parametrize(
    "headers",
    [{}, {"Content-Type": "application/json"}, {"Content-Type": "application/feed+json"}],
)
def test_json_feed_is_recognised_with_any_content_type(headers: dict[str, str]):
    assert parse("jsonfeed11.json", headers).format == "json11"


@pytest.mark.parametrize(
    "content_type", ["application/json", "application/feed+json", "text/html", "text/plain"]
)
def test_xml_feed_with_a_wrong_content_type(content_type: str):
    parsed = parse("rss20.xml", {"Content-Type": content_type})
    assert parsed.error is None
    assert parsed.format == "rss20"
    assert len(parsed.entries) == 3


def test_json_feed_with_utf8_bom():
    body = b"\xef\xbb\xbf" + (FEEDS / "jsonfeed10.json").read_bytes()
    parsed = parse_feed(body, {})
    assert parsed.error is None
    assert parsed.title == "Saltmarsh Wire"


@pytest.mark.parametrize(
    ("body", "error"),
    [
        (b"{not json", "invalid JSON"),
        (b"[1, 2]", "not an object"),
        (b'{"version": "https://jsonfeed.org/version/1.1"}', None),
        (b'{"title": "x"}', "not a JSON Feed"),
    ],
)
def test_json_that_is_not_a_feed(body: bytes, error: str | None):
    parsed = parse_feed(body, {"Content-Type": "application/json"})
    assert parsed.entries == ()
    if error is None:
        assert parsed.error is None
    else:
        assert parsed.error is not None
        assert error in parsed.error


def test_json_feed_with_wrong_types_does_not_raise():
    body = json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": 42,
            "items": [
                "not an object",
                {"id": ["x"], "title": None, "url": 7, "tags": "solo", "authors": "me"},
                {"id": "ok", "title": "Fine", "date_published": "yesterday"},
            ],
        }
    ).encode()
    parsed = parse_feed(body, {})
    assert parsed.title is None
    assert [e.title for e in parsed.entries] == ["Fine"]
    assert parsed.entries[0].published is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-21T12:00:00+02:00", utc(2024, 3, 21, 10, 0)),
        ("2024-03-21T12:00:00", utc(2024, 3, 21, 12, 0)),  # no zone: UTC
        ("9999-12-31T23:59:59-05:00", None),  # overflows when converted to UTC
        ("0001-01-01T00:00:00Z", None),
        ("1899-12-31T23:59:59Z", None),
        ("2200-01-01T00:00:00Z", None),
        ("yesterday", None),
        ("", None),
    ],
)
def test_json_feed_dates(value: str, expected: datetime | None):
    body = json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "items": [
                {"id": "d", "title": "Dated", "date_published": value},
                {"id": "e", "title": "Other"},
            ],
        }
    ).encode()
    parsed = parse_feed(body, {})
    assert parsed.error is None
    assert [e.published for e in parsed.entries] == [expected, None]


@pytest.mark.parametrize(
    "date", ["Mon, 01 Jan 0001 00:00:00 +0100", "Fri, 31 Dec 9999 23:59:59 -1200"]
)
def test_rss_extreme_dates_are_missing_dates(date: str):
    body = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>x</title>'
        f"<item><title>T</title><guid>g</guid><pubDate>{date}</pubDate></item></channel></rss>"
    ).encode()
    (entry,) = parse_feed(body, {}).entries
    assert entry.published is None


# -- bad documents ----------------------------------------------------------------------------


def test_ill_formed_xml_keeps_what_parsed_and_records_the_error():
    parsed = parse("broken.xml")
    assert parsed.error is not None
    assert parsed.error.startswith("ill-formed feed")
    # The cut-off third item leaves nothing readable: no phantom "(untitled)" article.
    titles = [e.title for e in parsed.entries]
    assert titles == ["First story survives", "Second story also fine"]
    assert parsed.entries[1].summary == "Also complete & unescaped."


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"<html><head><title>Welcome</title></head><body><p>Hi</p></body></html>", "text/html"),
        (b"", "application/rss+xml"),
        (b"\x00\x01\x02\xff\xfe garbage", "application/octet-stream"),
        (b"just some words", "text/plain"),
    ],
)
def test_not_a_feed(body: bytes, content_type: str):
    parsed = parse_feed(body, {"Content-Type": content_type})
    assert parsed.entries == ()
    assert parsed.error is not None


def test_undefined_entities_and_doctype_do_not_break_the_parse():
    body = (
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY boom "BOOM">]>'
        b'<rss version="2.0"><channel><title>T &nbsp; &boom;</title>'
        b"<item><title>Caf&eacute; &amp; more</title><guid>e1</guid></item>"
        b"</channel></rss>"
    )
    parsed = parse_feed(body, {})
    assert [e.key for e in parsed.entries] == ["e1"]
    assert "Caf" in parsed.entries[0].title


# -- charsets ---------------------------------------------------------------------------------


def test_xml_prolog_wins_over_a_wrong_http_charset():
    parsed = parse("latin1.xml", {"Content-Type": "application/rss+xml; charset=utf-8"})
    assert parsed.entries[0].title == "Größere Fähre für den Überseehafen"
    assert parsed.error is None


def test_bom_wins_over_a_wrong_http_charset():
    parsed = parse("utf8-bom.xml", {"Content-Type": "text/xml; charset=iso-8859-1"})
    assert parsed.title == "Straße und Brücke"
    assert parsed.entries[0].title == "Brückenprüfung: Ergebnis in Köln"


def test_utf16_with_bom():
    text = (
        '<?xml version="1.0" encoding="utf-16"?><rss version="2.0"><channel><title>Νέα</title>'
        "<item><title>Ελληνικά νέα σήμερα</title><guid>g1</guid></item></channel></rss>"
    )
    parsed = parse_feed(text.encode("utf-16"), {"Content-Type": "text/xml; charset=utf-8"})
    assert parsed.entries[0].title == "Ελληνικά νέα σήμερα"


def test_windows_1252_prolog():
    text = (
        '<?xml version="1.0" encoding="windows-1252"?><rss version="2.0"><channel><title>x'
        "</title><item><title>„Zitat“ – Preis 5 €</title><guid>g</guid></item></channel></rss>"
    )
    parsed = parse_feed(text.encode("cp1252"), {"Content-Type": "text/xml; charset=utf-8"})
    assert parsed.entries[0].title == "„Zitat“ – Preis 5 €"


def test_http_charset_is_used_when_the_prolog_names_none():
    text = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>'
        "<item><title>Grüße aus Köln</title><guid>g</guid></item></channel></rss>"
    )
    parsed = parse_feed(text.encode("iso-8859-1"), {"Content-Type": "text/xml; charset=latin-1"})
    assert parsed.entries[0].title == "Grüße aus Köln"


@pytest.mark.parametrize(
    ("body", "content_type", "expected"),
    [
        (b"\xef\xbb\xbf<?xml version='1.0' encoding='latin-1'?>", "", "utf-8"),
        (
            b'<?xml version="1.0" encoding="ISO-8859-1"?><rss/>',
            "text/xml; charset=utf-8",
            "ISO-8859-1",
        ),
        (b'<?xml version="1.0"?><rss/>', "text/xml; charset=koi8-r", "koi8-r"),
        (b'<?xml version="1.0"?><rss/>', "text/xml; charset=no-such-charset", None),
        (b'<?xml version="1.0" encoding="bogus-8"?><rss/>', "text/xml; charset=utf-8", "utf-8"),
        (b"<rss/>", "", None),
    ],
)
def test_choose_encoding(body: bytes, content_type: str, expected: str | None):
    assert choose_encoding(body, content_type) == expected


# -- links ------------------------------------------------------------------------------------


def test_relative_links_resolve_against_the_feed_url():
    parsed = parse("relative.xml", url="https://rel.example/feeds/rss.xml")
    assert parsed.site_url == "https://rel.example/"
    assert [e.link for e in parsed.entries] == [
        "https://rel.example/stories/one.html",
        "https://rel.example/feeds/two.html",
    ]


@pytest.mark.parametrize(
    "link",
    [
        "http://127.0.0.1:8080/story.html",
        "http://localhost/story.html",
        "http://10.1.2.3/story.html",
        "https://192.168.1.5/news/1",
        "http://[::1]/story.html",
        "http://intranet/story.html",
    ],
)
@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_links_to_local_and_private_hosts_are_kept(link: str, kind: str):
    if kind == "rss":
        body = (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Intranet'
            f"</title><item><title>Local story</title><link>{link}</link></item></channel></rss>"
        )
    else:
        body = (
            '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            "<title>Intranet</title><id>urn:x</id><updated>2024-01-01T00:00:00Z</updated>"
            f'<entry><title>Local story</title><id>urn:1</id><link href="{link}"/>'
            "<updated>2024-01-01T00:00:00Z</updated></entry></feed>"
        )
    (entry,) = parse_feed(body.encode(), {}, "http://127.0.0.1:8080/feed.xml").entries
    assert entry.link == link


def test_relative_links_resolve_against_xml_base():
    parsed = parse("atom.xml", url="https://mirror.example/atom.xml")
    first = parsed.entries[0]
    assert first.link == "https://tiefland.example/nachrichten/2024/stromausfall.html"
    assert first.content is not None
    assert 'href="https://tiefland.example/nachrichten/hintergrund.html"' in first.content


def test_relative_links_in_json_feed_resolve_against_its_feed_url():
    entry = parse("jsonfeed10.json", url="https://elsewhere.example/x.json").entries[1]
    assert entry.link == "https://saltmarsh.example/2024/oyster-festival"


def test_relative_json_feed_links_without_feed_url_use_the_fetched_url():
    body = json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "home_page_url": "/",
            "items": [{"id": "1", "url": "posts/1", "title": "One"}],
        }
    ).encode()
    parsed = parse_feed(body, {}, "https://blog.example/feeds/main.json")
    assert parsed.site_url == "https://blog.example/"
    assert parsed.entries[0].link == "https://blog.example/feeds/posts/1"


# -- sparse entries ----------------------------------------------------------------------------


def test_entries_without_title_link_or_date_are_kept_sensibly():
    entries = parse("untitled.xml").entries
    assert len(entries) == 4
    only_text, title_only, title_dated, link_only = entries
    assert only_text.title.startswith("An item with neither title nor link nor date")
    assert (only_text.link, only_text.published) == (None, None)
    assert title_only.title == "Only a title here"
    assert title_only.summary == ""
    assert title_dated.published == utc(2024, 5, 1, 10, 0)
    assert link_only.title == "https://sparse.example/link-only"
    assert link_only.key == "https://sparse.example/link-only"
    assert len({e.key for e in entries}) == 4


def test_long_summary_gives_a_shortened_title():
    body = (
        '<rss version="2.0"><channel><title>x</title><item><description>'
        + "word " * 60
        + "</description></item></channel></rss>"
    ).encode()
    title = parse_feed(body, {}).entries[0].title
    assert title.endswith("…")
    assert len(title) <= 91


@pytest.mark.parametrize(
    "item",
    [
        "<item></item>",
        "<item><title></title><description>  </description></item>",
        "<item><pubDate>Wed, 01 May 2024 10:00:00 GMT</pubDate></item>",
    ],
)
def test_entry_with_nothing_to_show_is_dropped(item: str):
    body = (
        f'<rss version="2.0"><channel><title>x</title>{item}'
        "<item><title>Real</title></item></channel></rss>"
    ).encode()
    parsed = parse_feed(body, {})
    assert parsed.error is None
    assert [e.title for e in parsed.entries] == ["Real"]


def test_entry_with_only_a_guid_is_kept_untitled():
    body = (
        b'<rss version="2.0"><channel><title>x</title>'
        b'<item><guid isPermaLink="false">g-7</guid></item></channel></rss>'
    )
    assert [(e.key, e.title) for e in parse_feed(body, {}).entries] == [("g-7", UNTITLED)]


# -- identity ---------------------------------------------------------------------------------


def test_identity_prefers_guid_then_link_then_hash():
    date = utc(2024, 1, 2, 3, 4)
    with_guid = make_entry("g-1", "T", "https://x.example/a", None, date, None, "", None)
    with_link = make_entry(None, "T", "https://x.example/a", None, date, None, "", None)
    neither = make_entry(None, "T", None, None, date, None, "", None)
    assert with_guid.key == "g-1"
    assert with_link.key == "https://x.example/a"
    assert neither.key.startswith("sha1:")


def test_hash_identity_is_stable_and_depends_on_title_and_date():
    date = utc(2024, 1, 2, 3, 4)

    def key(title: str, when: datetime | None, summary: str = "") -> str:
        return make_entry(None, title, None, None, when, None, summary, None).key

    assert key("Same", date) == key("Same", date)
    assert key("Same", date) != key("Other", date)
    assert key("Same", date) != key("Same", utc(2024, 1, 2, 3, 5))
    assert key("Same", date) != key("Same", None)
    # With a date, an edited summary is the same article (its text may change).
    assert key("Same", date, "old") == key("Same", date, "new")


def test_identity_is_the_same_across_parses_of_the_same_feed():
    first = [e.key for e in parse("untitled.xml").entries]
    second = [e.key for e in parse("untitled.xml").entries]
    assert first == second


def test_permalink_guid_is_the_identity_even_when_the_link_differs():
    body = (
        b'<rss version="2.0"><channel><title>x</title><item><title>A</title>'
        b"<link>https://x.example/?utm=1</link><guid>tag:x.example,2024:1</guid></item>"
        b"</channel></rss>"
    )
    entry = parse_feed(body, {}).entries[0]
    assert entry.key == "tag:x.example,2024:1"
    assert entry.guid == "tag:x.example,2024:1"


# -- text ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw_title", "expected"),
    [
        ("&lt;b&gt;Bold&lt;/b&gt; move by the council", "Bold move by the council"),
        ("Tom &amp; Jerry &lt; 3", "Tom & Jerry < 3"),
        ("&lt;script&gt;alert(1)&lt;/script&gt;Budget passes", "Budget passes"),
        ("Line one\nline   two", "Line one line two"),
        ("&lt;a href='https://x.example'&gt;Linked&lt;/a&gt; headline", "Linked headline"),
        ("[bold red]not markup[/]", "[bold red]not markup[/]"),
    ],
)
def test_html_in_titles_is_reduced_to_text(raw_title: str, expected: str):
    body = (
        '<rss version="2.0"><channel><title>x</title>'
        f"<item><title>{raw_title}</title><guid>g</guid></item></channel></rss>"
    ).encode()
    assert parse_feed(body, {}).entries[0].title == expected


def test_control_characters_never_survive_parsing():
    body = json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": "Feed\u001b[2J\u0007",
            "items": [
                {
                    "id": "c1",
                    "title": "Alert\u001b]0;owned\u0007 \u202eesrever\u202c done\u0085",
                    "authors": [{"name": "Eve\u0000\u009b"}],
                    "summary": "a\u0008b",
                }
            ],
        }
    ).encode()
    parsed = parse_feed(body, {})
    entry = parsed.entries[0]
    for text in (parsed.title or "", entry.title, entry.author or "", entry.summary):
        assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in text), text
        assert "\u202e" not in text
    assert entry.title == "Alert]0;owned esrever done"


def test_parse_never_raises_on_junk():
    for body in (b"\xff" * 100, b"<" * 10_000, b"<?xml", b"{" * 5000, b"<rss>" * 3000):
        parsed = parse_feed(body, {"Content-Type": "application/xml"})
        assert parsed.error is not None or parsed.entries == ()


AUTHOR_RSS = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>
<item><title>a</title><guid>a</guid><author>{author}</author></item></channel></rss>"""
AUTHOR_ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>t</title><author><name>Desk Team</name><email>desk@paper.museum</email></author>
<entry><title>a</title><id>a</id>{author}</entry><entry><title>b</title><id>b</id></entry></feed>"""


@pytest.mark.parametrize("fast", [True, False], ids=["feedparser-rs", "feedparser"])
@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("mail@domain.online (Name)", "Name"),
        ("redaktion@zeitung.nachrichten (Anna Weiß)", "Anna Weiß"),
        ("news@paper.com (Jane Doe)", "Jane Doe"),
        ("Jane Roe &lt;jane@desk.photography&gt;", "Jane Roe"),
        ("Jane Roe (jane@desk.international)", "Jane Roe"),
        ("mail@desk.international", "mail@desk.international"),
        ("Mara Lindqvist", "Mara Lindqvist"),
    ],
)
def test_an_rss_author_with_a_mail_address_shows_the_name_for_any_domain(written, shown, fast):
    parsed = parse_feed(
        AUTHOR_RSS.format(author=written).encode(), {}, "http://127.0.0.1/", fast=fast
    )
    assert [e.author for e in parsed.entries] == [shown]


@pytest.mark.parametrize("fast", [True, False], ids=["feedparser-rs", "feedparser"])
def test_an_atom_author_with_a_long_top_level_domain_keeps_the_name(fast):
    author = "<author><name>Jane Doe</name><email>jane@domain.online</email></author>"
    parsed = parse_feed(
        AUTHOR_ATOM.format(author=author).encode(), {}, "http://127.0.0.1/", fast=fast
    )
    # the second entry has no author of its own: the feed's stands in
    assert [e.author for e in parsed.entries] == ["Jane Doe", "Desk Team"]
