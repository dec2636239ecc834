"""The installed `ekreader` command, run in a subprocess in an isolated home."""

from __future__ import annotations

import json
import sqlite3
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

import pytest

from ekreader import __version__
from tests.conftest import FEEDS
from tests.helpers import EkHome
from tests.server import FeedServer

COMMANDS = ["add", "remove", "feeds", "import", "export", "fetch", "headlines", "read", "mark"]
HEADLINE_FIELDS = [
    "id",
    "feed_title",
    "feed_url",
    "title",
    "link",
    "author",
    "published",
    "breaking",
    "breaking_reason",
    "read",
    "starred",
    "story",
    "revised_at",
    "also_in",
    "copy_of",
]


def rss(name: str, *items: tuple[str, str]) -> str:
    """items: (guid, title)."""
    body = "".join(
        f"<item><title>{title}</title><guid>{guid}</guid>"
        f"<link>https://news.example/{name}/{guid}</link>"
        f"<pubDate>Tue, 05 Mar 2024 09:{i:02d}:00 GMT</pubDate>"
        f"<description>Text of {title}.</description></item>"
        for i, (guid, title) in enumerate(items)
    )
    return (
        f'<rss version="2.0"><channel><title>{name}</title>'
        f"<link>https://news.example/{name}/</link>{body}</channel></rss>"
    )


def subscribe(ek: EkHome, *urls: str) -> None:
    """Subscribe without fetching (import an OPML file)."""
    path = ek.root / "subscribe.opml"
    outlines = "".join(f'<outline type="rss" xmlUrl="{u}"/>' for u in urls)
    path.write_text(f'<opml version="2.0"><body>{outlines}</body></opml>', encoding="utf-8")
    ek.ok("import", str(path))


def no_traceback(result) -> None:
    assert "Traceback" not in result.stderr
    assert "Traceback" not in result.stdout


def one_line_error(result, status: int = 1) -> str:
    assert result.returncode == status, (result.returncode, result.stdout, result.stderr)
    no_traceback(result)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("ekreader")
    return lines[0]


# -- help, version, usage errors ---------------------------------------------------------


def test_version(ek: EkHome):
    result = ek.ok("--version")
    assert result.stdout.strip() == f"ekreader {__version__}"


def test_top_level_help_lists_every_command(ek: EkHome):
    out = ek.ok("--help").stdout
    for command in COMMANDS:
        assert command in out


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(ek: EkHome, command: str):
    result = ek.ok(command, "--help")
    assert result.stdout.startswith(f"usage: ekreader {command}")
    assert result.stderr == ""
    assert not ek.database.exists()


@pytest.mark.parametrize(
    "args",
    [
        ["nonsense"],
        ["--bogus"],
        ["add"],
        ["add", "https://a.example/", "--colour", "red"],
        ["remove"],
        ["import"],
        ["export", "extra"],
        ["fetch", "--now"],
        ["feeds", "--xml"],
        ["headlines", "--limit", "0"],
        ["headlines", "--limit", "many"],
        ["headlines", "--feed"],
        ["read"],
        ["read", "abc"],
        ["read", "1", "2"],
    ],
)
def test_usage_errors_exit_2_with_one_line(ek: EkHome, args: list[str]):
    result = ek.run(*args)
    line = one_line_error(result, status=2)
    assert "error" in line
    assert result.stdout == ""


# -- an empty home -------------------------------------------------------------------------


def test_empty_home(ek: EkHome):
    fetch = ek.run("fetch")
    assert fetch.returncode == 0
    assert fetch.stderr == ""
    assert len(fetch.stdout.splitlines()) == 1
    assert ek.run("headlines", "--json").stdout == "[]\n"
    assert ek.ok("headlines").stdout == ""
    assert ek.json("feeds") == []
    opml = ek.ok("export").stdout
    body = ET.fromstring(opml).find("body")
    assert body is not None
    assert list(body) == []
    # Reading commands create nothing and subscribe to nothing.
    assert not ek.database.exists()
    line = one_line_error(ek.run("read", "1"))
    assert "no article with id 1" in line


def test_empty_home_without_a_config_file(ek_env: dict[str, str]):
    home = EkHome(Path(ek_env["HOME"]), ek_env)
    assert home.run("fetch").returncode == 0
    assert home.json("headlines") == []


# -- subscriptions -----------------------------------------------------------------------


def test_add_a_feed(feed_server: FeedServer, ek: EkHome):
    url = feed_server.add("/feed.xml", rss("Northwind", ("a", "Alpha"), ("b", "Beta")))
    result = ek.ok("add", url)
    assert url in result.stdout
    assert "2 articles" in result.stdout
    (feed,) = ek.json("feeds")
    assert feed["url"] == url
    assert feed["title"] == "Northwind"
    assert feed["last_status"] == 200
    assert feed["articles"] == 2
    again = ek.ok("add", url)
    assert "already subscribed" in again.stdout
    assert len(ek.json("feeds")) == 1


def test_add_with_a_title(feed_server: FeedServer, ek: EkHome):
    url = feed_server.add("/feed.xml", rss("Northwind", ("a", "Alpha")))
    ek.ok("add", url, "--title", "My own name")
    (feed,) = ek.json("feeds")
    assert feed["title"] == "My own name"
    assert {h["feed_title"] for h in ek.json("headlines")} == {"My own name"}


def test_add_a_page_that_links_to_its_feed(feed_server: FeedServer, ek: EkHome):
    feed_url = feed_server.add("/news/feed.xml", rss("Linked", ("a", "Alpha")))
    page = feed_server.add(
        "/news/index.html",
        "<html><head><title>News</title>"
        '<link rel="alternate" type="application/rss+xml" href="feed.xml">'
        "</head><body><p>Welcome</p></body></html>",
        content_type="text/html; charset=utf-8",
    )
    result = ek.ok("add", page)
    assert feed_url in result.stdout
    assert [f["url"] for f in ek.json("feeds")] == [feed_url]
    assert [h["title"] for h in ek.json("headlines")] == ["Alpha"]


def test_add_follows_a_permanent_redirect(feed_server: FeedServer, ek: EkHome):
    new = feed_server.add("/new.xml", rss("Moved", ("a", "Alpha")))
    old = feed_server.redirect("/old.xml", "/new.xml", status=301)
    ek.ok("add", old)
    assert [f["url"] for f in ek.json("feeds")] == [new]


@pytest.mark.parametrize(
    ("path", "route", "words"),
    [
        ("/missing.xml", None, "404"),
        (
            "/page.html",
            {"body": "<html><body>No feeds here</body></html>", "content_type": "text/html"},
            "links to no feed",
        ),
        ("/hang.xml", {"hang": True}, "timed out"),
    ],
)
def test_add_something_that_is_not_a_feed(
    feed_server: FeedServer, ek: EkHome, path: str, route: dict | None, words: str
):
    if route is not None:
        feed_server.add(path, **route)
    line = one_line_error(ek.run("add", feed_server.url(path)))
    assert words in line
    assert ek.json("feeds") == []


@pytest.mark.parametrize(
    "url",
    [
        "ftp://127.0.0.1/feed.xml",
        "file:///etc/passwd",
        "not a url",
        "javascript:alert(1)",
        "http://127.0.0.1:1/\x1b[31mfeed",
        "http://xn--a.example/",
    ],
)
def test_add_refuses_bad_urls(ek: EkHome, url: str):
    line = one_line_error(ek.run("add", url))
    assert "URL" in line
    assert_clean(line)
    assert ek.json("feeds") == []


def test_remove(feed_server: FeedServer, ek: EkHome):
    a = feed_server.add("/a.xml", rss("A", ("a1", "Alpha")))
    b = feed_server.add("/b.xml", rss("B", ("b1", "Beta")))
    ek.ok("add", a)
    ek.ok("add", b)
    ek.ok("remove", a)
    assert [f["url"] for f in ek.json("feeds")] == [b]
    assert [h["title"] for h in ek.json("headlines")] == ["Beta"]
    line = one_line_error(ek.run("remove", a))
    assert "not subscribed" in line


def test_feeds_json_fields_and_text(feed_server: FeedServer, ek: EkHome):
    url = feed_server.add("/a.xml", rss("A", ("a1", "Alpha")))
    ek.ok("add", url)
    (feed,) = ek.json("feeds")
    assert set(feed) >= {"url", "title", "last_status", "last_error", "last_fetched"}
    assert datetime.fromisoformat(feed["last_fetched"]).tzinfo is not None
    text = ek.ok("feeds").stdout
    assert url in text
    assert "A" in text


# -- import / export ----------------------------------------------------------------------


NESTED_OPML = """<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>mine</title></head><body>
  <outline text="News">
    <outline text="Germany">
      <outline text="Tiefland" type="rss" xmlUrl="https://tiefland.example/atom.xml"/>
    </outline>
    <outline text="Wire" type="rss" xmlUrl="https://wire.example/rss"/>
  </outline>
  <outline text="Loose" type="rss" xmlUrl="https://loose.example/rss"/>
  <outline text="Local file" type="rss" xmlUrl="file:///etc/passwd"/>
</body></opml>
"""


def test_import_nested_folders_and_export(ek: EkHome):
    path = ek.root / "subs.opml"
    path.write_text(NESTED_OPML, encoding="utf-8")
    result = ek.ok("import", str(path))
    assert "imported 3 feeds" in result.stdout
    assert "file:///etc/passwd" in result.stderr  # skipped, and said so
    feeds = {f["url"]: f for f in ek.json("feeds")}
    assert set(feeds) == {
        "https://tiefland.example/atom.xml",
        "https://wire.example/rss",
        "https://loose.example/rss",
    }
    assert feeds["https://tiefland.example/atom.xml"]["folder"] == "News/Germany"
    assert feeds["https://wire.example/rss"]["folder"] == "News"
    assert feeds["https://loose.example/rss"]["folder"] is None
    assert feeds["https://wire.example/rss"]["title"] == "Wire"
    # Importing again adds nothing.
    assert "imported 0 feeds" in ek.ok("import", str(path)).stdout
    assert len(ek.json("feeds")) == 3

    exported = ek.ok("export").stdout
    root = ET.fromstring(exported)
    news = [o for o in root.iter("outline") if o.get("text") == "News"]
    assert len(news) == 1
    urls = {o.get("xmlUrl") for o in news[0].iter("outline") if o.get("xmlUrl")}
    assert urls == {"https://tiefland.example/atom.xml", "https://wire.example/rss"}


def test_export_then_import_into_a_fresh_home(ek: EkHome, ek_env, tmp_path):
    from tests.helpers import FAST_FETCH, make_env

    path = ek.root / "subs.opml"
    path.write_text(NESTED_OPML, encoding="utf-8")
    ek.ok("import", str(path))
    (ek.root / "export.opml").write_text(ek.ok("export").stdout, encoding="utf-8")
    other = EkHome(tmp_path / "other", make_env(tmp_path / "other"))
    other.config(FAST_FETCH)
    other.ok("import", str(ek.root / "export.opml"))

    def summary(home: EkHome):
        return sorted((f["url"], f["title"], f["folder"]) for f in home.json("feeds"))

    assert summary(other) == summary(ek)


def test_import_from_stdin(ek: EkHome):
    ek.ok("import", "-", input=NESTED_OPML)
    assert len(ek.json("feeds")) == 3


@pytest.mark.parametrize(
    ("content", "words"),
    [(None, "cannot read"), ("<opml><body>", "not well-formed"), ("<rss/>", "not an OPML")],
)
def test_import_errors(ek: EkHome, content: str | None, words: str):
    path = ek.root / "subs.opml"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    line = one_line_error(ek.run("import", str(path)))
    assert words in line
    assert str(path) in line or "subs.opml" in line


# -- fetch -----------------------------------------------------------------------------------


def test_fetch_exit_status_and_messages(feed_server: FeedServer, ek: EkHome):
    good = feed_server.add("/good.xml", rss("Good", ("g1", "Fine story")))
    bad = feed_server.add("/bad.xml", "oops", status=500, content_type="text/plain")
    subscribe(ek, good, bad)

    result = ek.run("fetch")
    assert result.returncode == 0  # one feed succeeded
    no_traceback(result)
    assert len(result.stdout.splitlines()) == 1  # one summary line, no progress bar
    assert "\r" not in result.stdout + result.stderr
    assert "2 feeds: 1 ok, 1 failed; 1 new article" in result.stdout
    (error,) = result.stderr.splitlines()
    assert bad in error
    assert "500" in error

    feed_server.add("/good.xml", "nope", status=404, content_type="text/plain")
    result = ek.run("fetch")
    assert result.returncode == 1  # every feed failed
    no_traceback(result)
    assert len(result.stderr.splitlines()) == 2
    assert len(result.stdout.splitlines()) == 1
    # Nothing cached is lost when a fetch fails.
    assert [h["title"] for h in ek.json("headlines")] == ["Fine story"]


def test_fetch_with_a_broken_feed_and_a_hung_one(feed_server: FeedServer, ek: EkHome):
    good = feed_server.add("/good.xml", rss("Good", ("g1", "Fine story")))
    broken = feed_server.add("/broken.xml", "<rss><channel><title>x</title><item><title>y")
    hung = feed_server.add("/hang.xml", hang=True)
    html = feed_server.add("/page.html", "<html><body>hi</body></html>", content_type="text/html")
    subscribe(ek, good, broken, hung, html)
    result = ek.run("fetch", timeout=30)
    assert result.returncode == 0
    no_traceback(result)
    errors = result.stderr.splitlines()
    assert any(hung in e and "timed out" in e for e in errors)
    assert any(html in e for e in errors)
    feeds = {f["url"]: f for f in ek.json("feeds")}
    assert feeds[good]["last_error"] is None
    assert feeds[hung]["last_error"]
    assert "Fine story" in [h["title"] for h in ek.json("headlines")]


def test_fetch_all_failed_exits_1(ek: EkHome, feed_server: FeedServer):
    url = feed_server.add("/gone.xml", "bye", status=410, content_type="text/plain")
    subscribe(ek, url)
    result = ek.run("fetch")
    assert result.returncode == 1
    assert "410" in result.stderr
    (feed,) = ek.json("feeds")
    assert feed["gone"] is True
    # A gone feed is not fetched again: nothing left to fetch is not a failure.
    assert ek.run("fetch").returncode == 0


def test_fetch_downloads_full_articles(feed_server: FeedServer, ek: EkHome):
    ek.config('[fetch]\nconnect_timeout = 1\ntimeout = 3\nfull_text = "auto"\n')
    paragraph = "<p>" + "The harbour committee met on Tuesday to approve the new wall. " * 8
    page = feed_server.add(
        "/story.html",
        "<html><head><title>Harbour wall approved</title></head><body><article>"
        f"<h1>Harbour wall approved</h1>{paragraph}</p><h2>Costs</h2>{paragraph}</p>"
        f"<h2>Next steps</h2>{paragraph}</p></article></body></html>",
        content_type="text/html; charset=utf-8",
    )
    missing = feed_server.url("/missing.html")
    feed = feed_server.add(
        "/feed.xml",
        '<rss version="2.0"><channel><title>Local</title>'
        f"<item><title>Harbour wall approved</title><link>{page}</link><guid>1</guid>"
        "<description>Short teaser.</description></item>"
        f"<item><title>Gone page</title><link>{missing}</link><guid>2</guid>"
        "<description>Teaser.</description></item></channel></rss>",
    )
    subscribe(ek, feed)
    first = ek.run("fetch")
    assert first.returncode == 0, first.stderr
    assert "1 full text (1 failed)" in first.stdout
    articles = {h["title"]: ek.json("read", str(h["id"])) for h in ek.json("headlines")}
    wall = articles["Harbour wall approved"]
    assert wall["full_text"] is True
    assert [s["heading"] for s in wall["sections"]][-2:] == ["Costs", "Next steps"]
    gone = articles["Gone page"]
    assert gone["full_text"] is False
    assert gone["sections"] == [{"heading": None, "text": "Teaser."}]
    # A failed page is tried again on the next fetch; a downloaded one is not.
    ek.ok("fetch")
    assert len(feed_server.requests_for("/missing.html")) == 2
    assert len(feed_server.requests_for("/story.html")) == 1
    # --feeds-only leaves the pages alone.
    ek.ok("fetch", "--feeds-only")
    assert len(feed_server.requests_for("/missing.html")) == 2


def test_bad_config_is_reported(ek: EkHome):
    path = ek.config("[fetch]\ntimeout = -1\n")
    line = one_line_error(ek.run("fetch"))
    assert str(path) in line
    assert "timeout" in line


# -- headlines and read ---------------------------------------------------------------------


@pytest.fixture
def stocked(feed_server: FeedServer, ek: EkHome) -> EkHome:
    """Two feeds with a breaking item, a German one, and an article with sections."""
    urls = [
        feed_server.add("/rss20.xml", (FEEDS / "rss20.xml").read_bytes()),
        feed_server.add("/atom.xml", (FEEDS / "atom.xml").read_bytes()),
    ]
    subscribe(ek, *urls)
    ek.ok("fetch")
    return ek


def test_headlines_json_fields(stocked: EkHome):
    headlines = stocked.json("headlines")
    assert len(headlines) == 5
    for h in headlines:
        assert list(h) == HEADLINE_FIELDS
        assert isinstance(h["id"], int)
        assert h["published"] is None or datetime.fromisoformat(h["published"]).tzinfo
        assert isinstance(h["breaking"], bool)
        assert h["read"] is False
        assert h["starred"] is False
    by_title = {h["title"]: h for h in headlines}
    dam = by_title["BREAKING: Dam on the Elster river overflows after record rain"]
    assert dam["breaking"] is True
    assert dam["breaking_reason"] == "title marker: BREAKING:"
    assert dam["feed_title"] == "Northwind Daily"
    assert dam["author"] == "Mara Lindqvist"
    assert dam["link"] == "https://northwind.example/news/dam-overflow"
    assert datetime.fromisoformat(dam["published"]) == datetime.fromisoformat(
        "2024-03-05T08:15:00+00:00"
    )
    assert (
        by_title["Breaking Bad: the chemistry teacher who became a film location guide"]["breaking"]
        is False
    )
    # Newest first.
    times = [datetime.fromisoformat(h["published"]) for h in headlines]
    assert times == sorted(times, reverse=True)


def test_headlines_filters(stocked: EkHome, feed_server: FeedServer):
    def titles(*args: str) -> list[str]:
        return sorted(h["title"] for h in stocked.json("headlines", *args))

    assert titles("--breaking") == [
        "BREAKING: Dam on the Elster river overflows after record rain",
        "City council approves new cycle lanes",  # category "Breaking News"
        "Eilmeldung: Stromausfall in ganz Nordstadt",
    ]
    assert titles("--feed", feed_server.url("/atom.xml")) == [
        "Eilmeldung: Stromausfall in ganz Nordstadt",
        "Müller gewinnt den Deichlauf",
    ]
    assert titles("--search", "Muller") == ["Müller gewinnt den Deichlauf"]
    assert titles("--search", "elster dam") == [
        "BREAKING: Dam on the Elster river overflows after record rain"
    ]
    assert titles("--search", "nothing matches this") == []
    assert len(stocked.json("headlines", "--limit", "2")) == 2
    assert titles("--breaking", "--feed", feed_server.url("/atom.xml")) == [
        "Eilmeldung: Stromausfall in ganz Nordstadt"
    ]

    ids = {h["title"]: h["id"] for h in stocked.json("headlines")}
    db = sqlite3.connect(stocked.database)
    db.execute("UPDATE articles SET read = 1 WHERE id = ?", (ids["Müller gewinnt den Deichlauf"],))
    db.commit()
    db.close()
    unread = titles("--unread")
    assert len(unread) == 4
    assert "Müller gewinnt den Deichlauf" not in unread

    line = one_line_error(stocked.run("headlines", "--feed", "https://unknown.example/"))
    assert "not subscribed" in line


def test_headlines_text(stocked: EkHome):
    out = stocked.ok("headlines").stdout
    lines = out.splitlines()
    assert len(lines) == 5
    assert any("BREAKING" in line and "Dam on the Elster" in line for line in lines)


def test_read_json(stocked: EkHome):
    dam = next(h for h in stocked.json("headlines") if h["title"].startswith("BREAKING: Dam"))
    article = stocked.json("read", str(dam["id"]))
    for field in HEADLINE_FIELDS:
        assert article[field] == dam[field]
    assert article["summary"] == "Emergency services evacuated two villages overnight."
    sections = article["sections"]
    assert all(set(s) == {"heading", "text"} for s in sections)
    assert sections[0]["heading"] is None
    assert "evacuated two villages" in sections[0]["text"]
    assert sections[1]["heading"] == "What happened"
    assert "two metres" in sections[1]["text"]


def test_read_json_without_content_uses_the_summary(stocked: EkHome):
    bad = next(h for h in stocked.json("headlines") if h["title"].startswith("Breaking Bad"))
    article = stocked.json("read", str(bad["id"]))
    assert article["sections"] == [
        {"heading": None, "text": "A retired teacher now leads tours through Albuquerque."}
    ]


def test_read_text(stocked: EkHome):
    dam = next(h for h in stocked.json("headlines") if h["title"].startswith("BREAKING: Dam"))
    out = stocked.ok("read", str(dam["id"])).stdout
    assert out.startswith("BREAKING: Dam on the Elster river overflows after record rain\n")
    assert "What happened" in out
    assert "two metres" in out
    assert "https://northwind.example/news/dam-overflow" in out


@pytest.mark.parametrize("args", [["read", "999999"], ["read", "999999", "--json"], ["read", "-5"]])
def test_read_unknown_id(stocked: EkHome, args: list[str]):
    line = one_line_error(stocked.run(*args))
    assert "no article" in line
    assert stocked.run(*args).stdout == ""


@pytest.mark.parametrize(
    "args", [["headlines", "--limit", "9" * 30], ["read", "9" * 30], ["read", "-" + "9" * 30]]
)
def test_huge_numbers(stocked: EkHome, args: list[str]):
    result = stocked.run(*args)
    no_traceback(result)
    if args[0] == "headlines":
        assert result.returncode == 0
        assert len(result.stdout.splitlines()) == 5
    else:
        assert "no article" in one_line_error(result)


def test_fetch_on_a_terminal_shows_a_progress_bar(feed_server: FeedServer, ek: EkHome):
    import os
    import pty
    import subprocess

    from tests.helpers import ekreader_command

    subscribe(ek, *(feed_server.add(f"/t{i}.xml", rss(f"T{i}", ("a", "A"))) for i in range(3)))
    controller, terminal = pty.openpty()
    try:
        process = subprocess.Popen(
            [ekreader_command(), "fetch"],
            env=ek.env,
            stdin=terminal,
            stdout=subprocess.PIPE,
            stderr=terminal,
        )
        os.close(terminal)
        stdout, _ = process.communicate(timeout=60)
        shown = b""
        while True:
            try:
                chunk = os.read(controller, 4096)
            except OSError:  # the terminal side is closed: all read
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(controller)
    assert process.returncode == 0
    assert b"3/3 feeds" in shown
    assert stdout.decode().startswith("3 feeds: 3 ok, 0 failed")


def test_output_to_a_closed_pipe(stocked: EkHome):
    import subprocess

    from tests.helpers import ekreader_command

    process = subprocess.Popen(
        [ekreader_command(), "headlines", "--json"],
        env=stocked.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    process.stdout.close()
    _, stderr = process.communicate(timeout=30)
    assert b"Traceback" not in stderr


# -- hostile feed text -------------------------------------------------------------------------


HOSTILE_TITLE = (
    "Alert\u001b]0;owned\u0007 \u001b[2J[bold red]not markup[/] <b>tag</b> \u202eesrever\u009b"
)
HOSTILE = json.dumps(
    {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Evil\u001b[31m Feed\u0000",
        "home_page_url": "https://evil.example/\u001b[0m",
        "authors": [{"name": "Mallory\u001b]52;c;ZXZpbA==\u0007"}],
        "items": [
            {
                "id": "evil-1",
                "url": "https://evil.example/1",
                "title": HOSTILE_TITLE,
                "content_html": "<p>Body\u001b[5m text\u0085 here</p><h2>Sub\u001bhead</h2><p>More\u0007</p>",
                "tags": ["Breaking\u0000 News\u0085"],
            }
        ],
    }
)


def assert_clean(text: str) -> None:
    bad = [c for c in text if (ord(c) < 32 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F]
    bad += [c for c in text if 0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069]
    assert not bad, (bad, text[:300])


def walk_strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for v in value:
            yield from walk_strings(v)
    elif isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from walk_strings(v)


def test_hostile_feed_text_never_reaches_output_raw(feed_server: FeedServer, ek: EkHome):
    url = feed_server.add("/evil.json", HOSTILE, content_type="application/feed+json")
    added = ek.ok("add", url)
    assert_clean(added.stdout + added.stderr)
    (headline,) = ek.json("headlines")
    assert headline["title"] == "Alert]0;owned [2J[bold red]not markup[/] tag esrever"
    outputs = []
    for args in (
        ["headlines"],
        ["headlines", "--json"],
        ["headlines", "--breaking", "--json"],
        ["read", str(headline["id"])],
        ["read", str(headline["id"]), "--json"],
        ["feeds"],
        ["feeds", "--json"],
        ["export"],
        ["fetch"],
    ):
        result = ek.run(*args)
        assert result.returncode == 0, (args, result.stderr)
        outputs.append(result.stdout + result.stderr)
        assert_clean(result.stdout)
        assert_clean(result.stderr)
        if "--json" in args:
            for text in walk_strings(json.loads(result.stdout)):
                assert_clean(text)
    joined = "\n".join(outputs)
    assert "[bold red]not markup[/]" in joined  # shown as text, not interpreted
    article = ek.json("read", str(headline["id"]))
    assert article["author"] == "Mallory]52;c;ZXZpbA=="
    assert article["breaking"] is True


def test_hostile_error_text_from_a_server_is_cleaned(feed_server: FeedServer, ek: EkHome):
    url = feed_server.add(
        "/enc.xml", rss("X", ("a", "A")), headers={"Content-Encoding": "x-\u001b[2Jevil"}
    )
    subscribe(ek, url)
    result = ek.run("fetch")
    assert result.returncode == 1
    assert_clean(result.stderr)
    assert_clean(ek.ok("feeds").stdout)


@pytest.mark.parametrize(
    "args",
    [
        ["remove", "https://x.example/\x1b]0;owned\x07"],
        ["headlines", "--feed", "https://x.example/\x1b[2J"],
        ["import", "/nonexistent/\x1b[2J.opml"],
        ["add", "http://127.0.0.1:1/\x9b31m"],
        ["headlines", "\x1b[2J"],
        ["read", "\x1b[2J"],
        ["nonsense\x1b[2J"],
    ],
)
def test_error_messages_never_echo_control_characters(ek: EkHome, args: list[str]):
    result = ek.run(*args)
    assert result.returncode in (1, 2)
    one_line_error(result, result.returncode)
    assert_clean(result.stderr)


def test_python_dash_m_runs_the_same_cli(ek: EkHome):
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "ekreader", "--version"],
        env=ek.env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"ekreader {__version__}"


@pytest.mark.parametrize("tz", ["UTC", "America/Los_Angeles", "Pacific/Kiritimati"])
def test_extreme_dates_in_any_timezone(feed_server: FeedServer, ek: EkHome, tz: str):
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Dates",
        "items": [
            {"id": "1", "title": "Year one", "date_published": "0001-01-01T00:00:00Z"},
            {"id": "2", "title": "Year 9999", "date_published": "9999-12-31T23:59:59-05:00"},
            {"id": "3", "title": "Normal", "date_published": "2024-01-01T12:00:00+01:00"},
        ],
    }
    subscribe(ek, feed_server.add("/d.json", json.dumps(feed), content_type="application/json"))
    fetched = ek.run("fetch")
    assert fetched.returncode == 0
    assert fetched.stderr == ""
    ek.env["TZ"] = tz
    listed = ek.run("headlines")
    no_traceback(listed)
    assert listed.returncode == 0
    assert len(listed.stdout.splitlines()) == 3
    for h in ek.json("headlines"):
        result = ek.run("read", str(h["id"]))
        no_traceback(result)
        assert result.returncode == 0
        assert h["published"] is None or h["title"] == "Normal"


def test_upper_case_scheme_is_subscribed_and_fetched(feed_server: FeedServer, ek: EkHome):
    url = feed_server.add("/upper.xml", rss("Upper", ("a", "Alpha")))
    shouting = "HTTP" + url[len("http") :]
    result = ek.ok("add", shouting)
    assert "1 article" in result.stdout
    assert [f["url"] for f in ek.json("feeds")] == [url]
    other = feed_server.add("/other.xml", rss("Other", ("b", "Beta")))
    path = ek.root / "upper.opml"
    path.write_text(f'<opml version="2.0"><body><outline xmlUrl="Http{other[4:]}"/></body></opml>')
    assert "imported 1 feed" in ek.ok("import", str(path)).stdout
    ek.ok("fetch")
    assert sorted(h["title"] for h in ek.json("headlines")) == ["Alpha", "Beta"]
