"""Text crafted to attack a terminal or a markup renderer, from feeds and from the command
line: stored and shown as harmless text by every CLI command, in text and in JSON.

(The reader UI's side is in test_ui_attacks.py.)
"""

from __future__ import annotations

import json
import re
import sqlite3

import pytest

from tests.robustness.conftest import FORBIDDEN, Home, find_forbidden
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


@pytest.fixture
def attacked(home: Home, feed_server: FeedServer) -> Home:
    """A home subscribed to the three attack feeds, fetched."""
    urls = [json_feed(feed_server), raw_rss(feed_server), atom_refs(feed_server)]
    home.subscribe({u: u for u in urls})
    run = home.must("fetch", "--feeds-only")
    assert "3 ok" in run.stdout, (run.stdout, run.stderr)
    return home


def test_titles_are_stored_and_shown_as_plain_text(attacked: Home, feed_server: FeedServer):
    headlines = attacked.data("headlines", "--limit", "1000")  # checked: no control chars
    by_key = {h["title"]: h for h in headlines if h["feed_url"].endswith("/attacks.json")}
    missing = [shown for shown in ATTACKS.values() if shown is not None and shown not in by_key]
    assert not missing, (missing, sorted(by_key)[:40])
    raw = [h for h in headlines if h["feed_url"].endswith("/attacks.xml")]
    assert len(raw) == len(ATTACKS)
    for sent, shown in ATTACKS.items():
        # Raw bytes cannot hold a lone surrogate, and feedparser reads C1 characters in
        # UTF-8 as the windows-1252 characters they usually are ("\x9b" -> "›").
        if shown and not sent.startswith("\ud800") and not re.search("[\x80-\x9f]", sent):
            assert any(h["title"] == shown for h in raw), shown
    refs = {h["title"] for h in headlines if h["feed_url"].endswith("/refs.atom")}
    # feedparser reads C1 references as the windows-1252 characters they usually mean.
    assert {"›2J C1 ref", "override ref", "[2J double-escaped", "<b>literal</b>"} <= refs, refs
    assert "Script" in refs  # a script's text is no part of a title
    feed_titles = {h["feed_title"] for h in headlines}
    assert not find_forbidden(sorted(feed_titles))


def test_every_command_prints_only_harmless_text(attacked: Home):
    headlines = attacked.data("headlines", "--limit", "1000")
    outputs = [
        attacked.must("headlines", "--limit", "1000"),
        attacked.must("headlines", "--breaking"),
        attacked.must("headlines", "--search", "click"),
        attacked.must("headlines", "--search", "\x1b[2J [b] \u202e"),
        attacked.must("feeds"),
        attacked.must("export"),
    ]
    # Every article of the JSON Feed (the richest attacks), a few of the others.
    chosen = [h for h in headlines if h["feed_url"].endswith(".json")]
    chosen += [h for h in headlines if not h["feed_url"].endswith(".json")][::6]
    for h in chosen:
        outputs.append(attacked.must("read", str(h["id"])))
        article = attacked.data("read", str(h["id"]))
        assert article["breaking_reason"] is None or not FORBIDDEN.search(
            article["breaking_reason"]
        )
        for link in article["links"]:
            assert link["url"].startswith("https://")
    # Every output was checked by `must` (no control characters, no traceback); the
    # markup-like titles come through literally in the text output as well.
    text = "\n".join(run.stdout for run in outputs)
    for literal in (
        "[b]x[/b]",
        "[@click=app.quit]x[/]",
        "[link=https://evil.example]click me[/link]",
    ):
        assert literal in text
    assert "W" * 5000 in text
    export = outputs[5].stdout
    assert export.startswith("<?xml")
    assert "</opml>" in export


def test_the_cache_holds_no_control_characters(attacked: Home):
    """Stored as harmless text: the database itself, not only what is printed. (The
    sections column separates sections with RS/US, which feed text can never hold.)"""
    with sqlite3.connect(attacked.database) as db:
        tables = {
            "feeds": [r[1] for r in db.execute("PRAGMA table_info(feeds)")],
            "articles": [r[1] for r in db.execute("PRAGMA table_info(articles)")],
        }
        problems: list[str] = []
        for table, columns in tables.items():
            for column in columns:
                for (value,) in db.execute(f"SELECT {column} FROM {table}"):
                    if not isinstance(value, str):
                        continue
                    if column == "fulltext":
                        value = value.replace("\x1e", "").replace("\x1f", "")
                    bad = FORBIDDEN.findall(value)
                    if bad:
                        problems.append(f"{table}.{column}: {bad[:3]!r} in {value[:60]!r}")
    assert not problems, "\n".join(problems[:20])


ARGUMENTS: list[list[str]] = [
    ["add", "http://127.0.0.1:9/\x1b]0;pwned\x07"],
    ["add", "\x1b[2J\x9b2J"],
    ["remove", "\x1b[2Jhttp://x.example/\u202e"],
    ["headlines", "--feed", "\x1b]52;c;aGk=\x07"],
    ["headlines", "--search", "\x1b[2J"],
    ["headlines", "--search", "\udcff\udcfe"],  # raw bytes 0xff 0xfe: not UTF-8
    ["add", "http://127.0.0.1:9/\udcff"],
    ["remove", "\udcff"],
    ["read", "\x1b[2J"],
    ["import", "/nonexistent/\x1b[2J.opml"],
    ["\x1b]0;pwned\x07"],
    ["feeds", "\x1b[2J\x9b2J"],  # unrecognized arguments
    ["headlines", "--limit", "\x9b2J"],
]


@pytest.mark.parametrize(
    "args", ARGUMENTS, ids=lambda a: " ".join(a).encode("unicode_escape").decode()
)
def test_hostile_command_line_arguments_are_never_echoed_raw(home: Home, args: list[str]):
    """Scripts pass URLs from elsewhere to ekreader: its messages never echo control
    characters back to the terminal (`call` checks stdout and stderr)."""
    run = home.call(*args)
    assert run.returncode in (0, 1, 2)
    if run.returncode:
        assert run.stderr.count("\n") == 1, run.stderr
    if any("\udcff" in a for a in args):
        assert run.returncode == 2
        assert "not valid UTF-8" in run.stderr


def test_a_config_with_control_characters_is_reported_harmlessly(home: Home):
    home.config('[fetch]\n"time\\u001b[2Jout" = 3\n')
    run = home.call("feeds")
    assert run.returncode == 1
    assert str(home.env["XDG_CONFIG_HOME"]) in run.stderr
