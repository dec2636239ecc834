"""Text crafted to attack a terminal or a markup renderer, from feeds and from the command
line: stored and shown as harmless text by every CLI command, in text and in JSON.

(The reader UI's side is in test_ui_attacks.py.)
"""

from __future__ import annotations

import sqlite3

import pytest

from tests.robustness.attacks import ATTACKS, subscribe_attacks
from tests.robustness.conftest import FORBIDDEN, Home, find_forbidden
from tests.server import FeedServer


@pytest.fixture
def attacked(home: Home, feed_server: FeedServer) -> Home:
    """A home subscribed to the three attack feeds, fetched."""
    subscribe_attacks(home, feed_server)
    return home


def test_titles_are_stored_and_shown_as_plain_text(attacked: Home, feed_server: FeedServer):
    headlines = attacked.data("headlines", "--limit", "1000")  # checked: no control chars
    by_key = {h["title"]: h for h in headlines if h["feed_url"].endswith("/attacks.json")}
    missing = [shown for shown in ATTACKS.values() if shown is not None and shown not in by_key]
    assert not missing, (missing, sorted(by_key)[:40])
    raw = [h for h in headlines if h["feed_url"].endswith("/attacks.xml")]
    assert len(raw) == len(ATTACKS)
    for sent, shown in ATTACKS.items():
        # The raw feed holds bytes that are no UTF-8 (a lone surrogate, encoded), many of
        # them: it gets a charset guess, so only its ASCII titles are compared exactly.
        if shown and shown.isascii() and sent.isascii():
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
