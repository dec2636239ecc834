"""Feeds of text crafted to attack a terminal or a markup renderer (shared by the CLI
and the UI robustness tests)."""

from __future__ import annotations

import json

from tests.robustness.conftest import Home
from tests.server import FeedServer

# title sent -> title shown (None: only "no forbidden character" is asserted).
ATTACKS: dict[str, str | None] = {
    "[b]x[/b]": "[b]x[/b]",
    "[@click=app.quit]x[/]": "[@click=app.quit]x[/]",
    "[link=https://evil.example]click me[/link]": "[link=https://evil.example]click me[/link]",
    "[reverse red on white blink]loud[/]": "[reverse red on white blink]loud[/]",
    "\x1b]0;pwned\x07OSC title": "]0;pwnedOSC title",
    "\x1b]2;pwned\x1b\\OSC title ST": "]2;pwned\\OSC title ST",
    "\x1b[2J\x1b[HCleared": "[2J[HCleared",
    "\x1b]52;c;aGFja2Vk\x07Clipboard": "]52;c;aGFja2VkClipboard",
    "\x9b2J 8-bit CSI": "2J 8-bit CSI",
    "\x9d0;pwned\x9c 8-bit OSC": "0;pwned 8-bit OSC",
    "Invoice \u202egnp.exe\u202c done": "Invoice gnp.exe done",
    "\u2066isolated\u2069 \u2067rtl\u2069 \u2068first\u2069": "isolated rtl first",
    "W" * 5000: "W" * 5000,
    "NUL\x00byte": "NULbyte",
    "bell\x07 back\x08\x08 del\x7f end": "bell back del end",
    "line\roverwritten": "line overwritten",
    "\ud800lone\udfff surrogates": "lone surrogates",
    "+++ [i]Ticker[/i] +++": "+++ [i]Ticker[/i] +++",
}

NASTY = "\x1b[2J\x1b]52;c;aGk=\x07\x9b31m\u202e\x00\ud800[@click=app.quit]"
"""Put into every other field: summary, content, author, tags, links, the feed's title."""


def json_feed(server: FeedServer) -> str:
    items = [
        {
            "id": f"attack-{i}",
            "url": f"https://news.example/{i}?q={NASTY}",
            "title": title,
            "summary": f"Summary {NASTY} of {i}.",
            "content_html": f"<h2>Head{NASTY}</h2><p>Body {NASTY} <a href='https://x.example/{NASTY}'>link{NASTY}</a></p>",
            "authors": [{"name": f"Author{NASTY}"}],
            "tags": [f"Breaking{NASTY}", "Eilmeldung"],
            "date_published": f"2026-03-14T10:{i:02d}:00Z",
        }
        for i, title in enumerate(ATTACKS)
    ]
    body = json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": f"Feed{NASTY}title",
            "home_page_url": f"https://news.example/{NASTY}",
            "items": items,
        }
    )
    return server.add("/attacks.json", body, content_type="application/feed+json")


def raw_rss(server: FeedServer) -> str:
    """The same titles as raw bytes in RSS: ill-formed XML (C0 controls are not allowed),
    so feedparser falls back to its loose parser, as it does for such feeds in the wild."""
    items = "".join(
        f"<item><title><![CDATA[{title}]]></title><guid>raw-{i}</guid>"
        f"<author>{NASTY}</author><category>{NASTY}</category>"
        f"<description><![CDATA[<p>{NASTY} {title}</p>]]></description></item>"
        for i, title in enumerate(ATTACKS)
    )
    body = f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Raw{NASTY}</title>{items}</channel></rss>'
    return server.add("/attacks.xml", body.encode("utf-8", "surrogatepass"))


def atom_refs(server: FeedServer) -> str:
    """C1 controls and bidi overrides as character references: well-formed XML."""
    entries = "".join(
        f"<entry><id>urn:ref:{i}</id><title type='html'>{text}</title><updated>2026-03-14T09:00:00Z</updated>"
        f"<content type='html'>&lt;p&gt;{text}&lt;/p&gt;</content></entry>"
        for i, text in enumerate(
            [
                "&#x9b;2J C1 ref",
                "&#x9d;0;t&#x9c; OSC ref",
                "&#x202e;override ref",
                "&amp;#27;[2J double-escaped",
                "&lt;script&gt;alert(1)&lt;/script&gt;Script",
                "&amp;lt;b&amp;gt;literal&amp;lt;/b&amp;gt;",
            ]
        )
    )
    body = f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Refs &#x9b;</title><id>urn:refs</id><updated>2026-03-14T09:00:00Z</updated>{entries}</feed>'
    return server.add("/refs.atom", body, content_type="application/atom+xml")


def subscribe_attacks(home: Home, server: FeedServer) -> list[str]:
    """Serve the three attack feeds, subscribe and fetch them; returns their URLs."""
    urls = [json_feed(server), raw_rss(server), atom_refs(server)]
    home.subscribe({u: u for u in urls})
    run = home.must("fetch", "--feeds-only")
    assert "3 ok" in run.stdout, (run.stdout, run.stderr)
    return urls
