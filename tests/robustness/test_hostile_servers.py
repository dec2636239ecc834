"""Misbehaving servers against the installed `ekreader`: each hostile feed ends within its
timeout with a clear error of its own (stderr of `fetch`, `last_error` of `feeds --json`),
keeps what was cached, never holds up the good feeds, and never costs memory in
proportion to what the server sends."""

from __future__ import annotations

import contextlib
import gzip
import json
import re
import sqlite3
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.robustness.conftest import ROBUST_FETCH, Home, opml, rss, wait_until
from tests.server import Blackhole, FeedServer

TIMEOUT = 3
"""The per-feed timeout (seconds) of these tests: small, but well above a loaded
machine's start-up time, so "the good feeds came first" is measurable."""
CONFIG = ROBUST_FETCH.replace("timeout = 2", f"timeout = {TIMEOUT}")
CAP = 1_000_000
"""max_feed_bytes in ROBUST_FETCH."""


def gzip_bomb(inflated_mb: int) -> bytes:
    """A gzip body (several members, as gzip allows) inflating to `inflated_mb` MB."""
    member = gzip.compress(b"\0" * 16_000_000, 9, mtime=0)
    return member * max(1, inflated_mb // 16)


def deflate_bomb(inflated_mb: int) -> bytes:
    """A zlib-wrapped deflate body inflating to `inflated_mb` MB of zeros."""
    compressor = zlib.compressobj(9)
    chunk = b"\0" * 1_000_000
    return b"".join(compressor.compress(chunk) for _ in range(inflated_mb)) + compressor.flush()


HTML_PAGE = (
    "<!doctype html><html><head><title>A page</title></head>"
    "<body><h1>Welcome</h1><p>This is a web page, not a feed.</p></body></html>"
)
JSON_FEED = json.dumps(
    {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "json",
        "items": [{"id": "1", "title": "JSON item", "content_text": "Text."}],
    }
)
XXE = (
    '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">'
    '<!ENTITY net SYSTEM "{url}">]><rss version="2.0"><channel><title>xxe</title>'
    "<item><title>XXE &xxe; &net; end</title><guid>x1</guid><description>&xxe;</description>"
    "</item></channel></rss>"
)
LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">'
    + "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    + ']><rss version="2.0"><channel><title>laughs</title>'
    "<item><title>&lol9;</title><guid>l1</guid></item></channel></rss>"
)


@dataclass(frozen=True)
class Case:
    """One misbehaviour: how the server answers and what ekreader must say."""

    name: str
    serve: Callable[[FeedServer, str], str]
    """(server, path) -> the feed URL, with the misbehaviour in place."""
    error: str | None
    """A regex the per-feed error must match (None: the feed must succeed)."""
    gone: bool = False


CASES = [
    Case("no answer", lambda s, p: s.add(p, hang=True), rf"^timed out after {TIMEOUT} s$"),
    Case(
        "slow drip",
        lambda s, p: s.add(p, drip=(b"<", 0.2)),
        rf"^timed out after {TIMEOUT} s$|read timeout",
    ),
    Case("reset", lambda s, p: s.add(p, reset=True), r"^connection (reset|broken)"),
    Case("closed", lambda s, p: s.add(p, close=True), r"^connection (reset|broken)"),
    Case(
        "404",
        lambda s, p: s.add(p, b"nope", status=404, content_type="text/plain"),
        r"^HTTP 404 Not Found$",
    ),
    Case(
        "410",
        lambda s, p: s.add(p, b"gone", status=410, content_type="text/plain"),
        r"^HTTP 410 Gone$",
        gone=True,
    ),
    Case(
        "500",
        lambda s, p: s.add(p, b"oops", status=500, content_type="text/plain"),
        r"^HTTP 500 Internal Server Error$",
    ),
    Case(
        "redirect loop",
        lambda s, p: (s.redirect(p + "-b", p), s.redirect(p, p + "-b"))[1],
        r"^more than 4 redirects$",
    ),
    Case(
        "redirect to a file",
        lambda s, p: s.redirect(p, "file:///etc/passwd"),
        r"^only http and https URLs are fetched",
    ),
    Case(
        "huge body, streamed",
        lambda s, p: s.add(p, drip=(b"<rss>" + b"x" * 65531, 0.0), send_length=False),
        rf"^too large: more than {CAP:,} bytes",
    ),
    Case(
        "huge body, announced",
        lambda s, p: s.add(p, b"<rss>", length=10**12),
        rf"^too large: 1,000,000,000,000 bytes \(limit {CAP:,}\)$",
    ),
    Case(
        "gzip bomb",
        lambda s, p: s.add(p, gzip_bomb(896), encoding="gzip", raw_encoded=True),
        rf"^too large after decompression: more than {CAP:,} bytes",
    ),
    Case(
        "deflate bomb",
        lambda s, p: s.add(p, deflate_bomb(512), encoding="deflate", raw_encoded=True),
        rf"^too large after decompression: more than {CAP:,} bytes",
    ),
    Case(
        "unknown compression",
        lambda s, p: s.add(p, b"\x0b\x02\x80xx", headers={"Content-Encoding": "br"}),
        r"^unsupported content encoding 'br'$",
    ),
    Case(
        "broken gzip",
        lambda s, p: s.add(p, b"\x1f\x8b\x08\x00garbage" * 20, encoding="gzip", raw_encoded=True),
        r"^broken gzip data",
    ),
    Case(
        "HTML page instead of a feed",
        lambda s, p: s.add(p, HTML_PAGE, content_type="text/html; charset=utf-8"),
        r"^not a feed \(text/html\)",
    ),
    Case("empty body", lambda s, p: s.add(p, b""), r"^not a feed"),
    Case(
        "binary garbage",
        lambda s, p: s.add(p, bytes(range(256)) * 64, content_type="application/octet-stream"),
        r"^not a feed \(application/octet-stream\)",
    ),
    # Wrong content types on good feeds: the body decides.
    Case("RSS as image/png", lambda s, p: s.add(p, rss("png", 3), content_type="image/png"), None),
    Case(
        "RSS as application/json",
        lambda s, p: s.add(p, rss("json", 3), content_type="application/json"),
        None,
    ),
    Case(
        "JSON Feed as text/html",
        lambda s, p: s.add(p, JSON_FEED, content_type="text/html"),
        None,
    ),
    Case(
        "RSS without a content type", lambda s, p: s.add(p, rss("none", 3), content_type=None), None
    ),
]


def _articles_of(db: Path, urls: list[str]) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            marks = ",".join("?" * len(urls))
            row = conn.execute(
                f"SELECT count(*) FROM articles a JOIN feeds f ON f.id = a.feed_id "
                f"WHERE f.url IN ({marks}) AND a.title LIKE '%second%'",
                urls,
            ).fetchone()
            return int(row[0])
    except sqlite3.Error:
        return 0


def test_hostile_feeds_fail_alone_clearly_in_time_and_memory(
    home: Home, feed_server: FeedServer, blackhole: Blackhole
):
    home.config(CONFIG)
    good = [feed_server.add(f"/good{i}.xml", rss(f"good{i}", 5)) for i in range(3)]
    with FeedServer() as bad:
        paths = {case.name: f"/bad/{i}" for i, case in enumerate(CASES)}
        # First every feed is fine: its articles are cached.
        urls = {
            case.name: bad.add(paths[case.name], rss(f"bad{i}", 3)) for i, case in enumerate(CASES)
        }
        home.subscribe({url: name for name, url in urls.items()} | {u: u for u in good})
        home.subscribe({blackhole.url("/feed"): "blackhole"}, "blackhole.opml")
        baseline = home.run_measured("fetch", "--feeds-only")
        assert baseline.returncode == 0, baseline.stderr
        before = home.feeds()
        assert all(before[u]["articles"] == 3 for u in urls.values())

        # Then each one misbehaves; the good feeds (another host) bring new articles.
        for case in CASES:
            assert case.serve(bad, paths[case.name]) == urls[case.name]
        for i in range(len(good)):
            feed_server.add(f"/good{i}.xml", rss(f"good{i}", 8, title=lambda n: f"second {n}"))
        bad.clear_requests()

        stored_at: list[float] = []
        started = time.monotonic()

        def watch() -> None:
            wait_until(lambda: _articles_of(home.database, good) == 3 * 8, timeout=30)
            stored_at.append(time.monotonic() - started)

        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        run = home.run_measured("fetch", "--feeds-only", timeout=60)
        finished = time.monotonic() - started
        watcher.join(timeout=30)

    # Within the timeout (plus start-up), and the good feeds were stored long before the
    # hostile ones gave up.
    assert run.seconds < TIMEOUT + 6, run.seconds
    assert stored_at, "the good feeds' new articles never appeared"
    assert stored_at[0] < finished - 1, (stored_at, finished)
    assert run.returncode == 0, run.stderr

    # Memory: bounded by the cap, not by the gigabytes offered.
    assert run.max_rss_kb < 200 * 1024, run.max_rss_kb
    assert run.max_rss_kb < baseline.max_rss_kb + 60 * 1024, (baseline.max_rss_kb, run.max_rss_kb)

    feeds = home.feeds()
    errors = {}
    for line in run.stderr.splitlines():
        match = re.match(r"ekreader: (?:error|warning): (\S+): (.+)$", line)
        assert match, f"unexpected stderr line: {line!r}"
        errors[match.group(1)] = match.group(2)
    problems = []
    for case in CASES:
        url = urls[case.name]
        feed = feeds[url]
        if case.error is None:
            if feed["last_error"] is not None or url in errors:
                problems.append(f"{case.name}: failed: {feed['last_error']!r}")
            continue
        if not re.search(case.error, feed["last_error"] or ""):
            problems.append(f"{case.name}: last_error {feed['last_error']!r} !~ {case.error!r}")
        if not re.search(case.error, errors.get(url, "")):
            problems.append(f"{case.name}: stderr {errors.get(url)!r} !~ {case.error!r}")
        if feed["gone"] != case.gone:
            problems.append(f"{case.name}: gone is {feed['gone']}")
        # What was cached before is still there.
        if feed["articles"] < 3:
            problems.append(f"{case.name}: lost articles ({feed['articles']} left)")
    assert not problems, "\n".join(problems)
    assert re.search(r"could not connect within 1 s", feeds[blackhole.url("/feed")]["last_error"])
    for url in good:
        assert feeds[url]["last_error"] is None
        assert feeds[url]["articles"] == 8
    assert re.search(r"\b3 ok\b|\b7 ok\b", run.stdout), run.stdout


def test_entities_are_never_expanded_from_files_or_the_network(home: Home, feed_server: FeedServer):
    """External entities (XXE) are not resolved, entity expansion (a billion laughs)
    is bounded: no file content, no request, no explosion."""
    target = feed_server.url("/xxe-target")
    feed_server.add("/xxe-target", "<!ENTITY leaked 'LEAKED'>", content_type="text/plain")
    urls = {
        feed_server.add("/xxe.xml", XXE.format(url=target)): "xxe",
        feed_server.add("/laughs.xml", LAUGHS): "laughs",
        feed_server.add("/fine.xml", rss("fine", 2)): "fine",
    }
    home.subscribe(urls)
    run = home.run_measured("fetch", "--feeds-only", timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.seconds < 15
    assert run.max_rss_kb < 200 * 1024
    assert not feed_server.requests_for("/xxe-target")
    everything = home.must("headlines", "--json", "--limit", "1000").stdout
    for article in home.data("headlines", "--limit", "1000"):
        everything += home.must("read", str(article["id"]), "--json").stdout
    assert "root:" not in everything
    assert "LEAKED" not in everything
    assert "lollollol" not in everything
    assert len(everything) < 100_000


def test_every_feed_failing_is_exit_1_with_one_line_each(home: Home, feed_server: FeedServer):
    urls = [
        feed_server.add("/a", b"x", status=500, content_type="text/plain"),
        feed_server.add("/b", HTML_PAGE, content_type="text/html"),
        feed_server.add("/c", reset=True),
    ]
    home.subscribe(urls)
    run = home.call("fetch")
    assert run.returncode == 1
    assert "3 feeds: 0 ok, 3 failed" in run.stdout
    lines = run.stderr.splitlines()
    assert sorted(line.split(": ")[2] for line in lines) == sorted(urls), lines


ADD_CASES = {
    "no answer": (lambda s: s.add("/feed", hang=True), r"timed out"),
    "gzip bomb": (
        lambda s: s.add("/feed", gzip_bomb(160), encoding="gzip", raw_encoded=True),
        r"too large after decompression",
    ),
    "redirect loop": (
        lambda s: (s.redirect("/x", "/feed"), s.redirect("/feed", "/x"))[1],
        r"more than 4 redirects",
    ),
    "page without feeds": (
        lambda s: s.add("/feed", HTML_PAGE, content_type="text/html"),
        r"not a feed.*links to no feed",
    ),
    "404": (lambda s: s.add("/feed", b"no", status=404), r"HTTP 404"),
}


@pytest.mark.parametrize("name", sorted(ADD_CASES))
def test_add_refuses_a_hostile_url_clearly_and_in_time(
    name: str, home: Home, feed_server: FeedServer
):
    serve, error = ADD_CASES[name]
    url = serve(feed_server)
    run = home.call("add", url, timeout=60)
    assert run.returncode == 1
    assert run.stdout == ""
    assert run.stderr.startswith(f"ekreader: {url}: "), run.stderr
    assert re.search(error, run.stderr), run.stderr
    assert run.stderr.count("\n") == 1
    assert run.seconds < 2 + 6  # the timeout of ROBUST_FETCH, plus start-up
    assert home.data("feeds") == []


def test_add_through_a_page_of_hanging_feed_links_ends_within_one_timeout(
    home: Home, feed_server: FeedServer
):
    """A page may announce many feeds; trying them one after another would take one
    timeout each (20 links x 30 s by default is ten minutes)."""
    links = "".join(
        f'<link rel="alternate" type="application/rss+xml" href="/hang{i}.xml">' for i in range(20)
    )
    for i in range(20):
        feed_server.add(f"/hang{i}.xml", hang=True)
    feed_server.add("/real.xml", rss("real", 3))
    links += '<link rel="alternate" type="application/atom+xml" href="/real.xml">'
    page = feed_server.add(
        "/page", f"<html><head>{links}</head><body>x</body></html>", content_type="text/html"
    )
    run = home.call("add", page, timeout=120)
    assert run.seconds < 2 * 2 + 6, run.seconds
    # Either it found the one real feed or it says clearly that it found none in time.
    if run.returncode == 0:
        assert feed_server.url("/real.xml") in run.stdout
    else:
        assert run.stderr.startswith(f"ekreader: {page}: "), run.stderr


def test_opml_import_never_subscribes_to_non_http_urls(home: Home):
    path = home.root / "evil.opml"
    subscriptions = {
        "file:///etc/passwd": "file",
        "javascript:alert(1)": "js",
        "http://127.0.0.1:9/\u202efeed\u2066": "bidi",
        "https://news.example/feed": "fine",
    }
    path.write_text(opml(subscriptions), encoding="utf-8")
    run = home.must("import", str(path))
    assert run.stdout.startswith("imported 2 feeds")
    assert "skipped 'file:///etc/passwd'" in run.stderr
    assert "skipped 'javascript:alert(1)'" in run.stderr
    urls = sorted(f["url"] for f in home.data("feeds"))
    assert urls == ["http://127.0.0.1:9/feed", "https://news.example/feed"]


def test_a_stray_byte_before_a_long_run_of_letters_parses_in_time(
    home: Home, feed_server: FeedServer
):
    """A feed that is not valid in its encoding made feedparser run chardet over the
    whole body, and chardet's word filter is quadratic in runs of ASCII letters: a 30 KB
    run took about a minute, a 1 MB feed hours (no timeout covers parsing)."""
    run_of_letters = "W" * 30_000
    body = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>'
        f"<item><title>Caf\xe9 {run_of_letters}</title><guid>1</guid></item></channel></rss>"
    ).encode("latin-1")  # declared UTF-8, the one non-ASCII byte is not
    feed_server.add("/stray.xml", body)
    feed_server.add("/fine.xml", rss("fine", 2))
    home.subscribe([feed_server.url("/stray.xml"), feed_server.url("/fine.xml")])
    run = home.call("fetch", "--feeds-only", timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.seconds < 15, run.seconds
    titles = [h["title"] for h in home.data("headlines")]
    assert f"Caf\xe9 {run_of_letters}" in titles  # a latin-1 feed labelled UTF-8


def test_an_undeclared_legacy_charset_is_still_recognised(home: Home, feed_server: FeedServer):
    """The bounded detection keeps what chardet is for: a feed in an undeclared
    multi-byte charset reads right."""
    title = "東京の天気は晴れ、明日は雨が降るでしょう。週末は暖かくなる見込みです。"
    body = (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>'
        + "".join(f"<item><title>{title} {i}</title><guid>{i}</guid></item>" for i in range(5))
        + "</channel></rss>"
    ).encode("shift_jis")
    feed_server.add("/sjis.xml", body, content_type="text/xml")
    home.subscribe([feed_server.url("/sjis.xml")])
    home.must("fetch", "--feeds-only")
    assert f"{title} 0" in [h["title"] for h in home.data("headlines")]


def test_hostile_validators_never_break_a_feed_or_reach_the_cache(
    home: Home, feed_server: FeedServer
):
    """ETag and Last-Modified come back in the next request: one with a non-ASCII byte,
    once stored, made every later fetch of the feed fail ("'ascii' codec can't
    encode"); control characters would sit in the cache."""
    validators = {
        "/latin.xml": {"etag": '"caf\xe9"'},
        "/escape.xml": {"etag": '"v1\x1b[2J"'},
        "/controls.xml": {"last_modified": "Sat, 14 Mar 2026 10:00:00 GMT\x7f\x01"},
        "/long.xml": {"etag": '"' + "x" * 20000 + '"'},
        "/fine.xml": {"etag": '"v1"'},
    }
    for path, options in validators.items():
        feed_server.add(path, rss(path.strip("/.xml"), 2), **options)
    home.subscribe([feed_server.url(p) for p in validators])
    for _ in range(2):
        run = home.must("fetch", "--feeds-only")
        assert "5 ok, 0 failed" in run.stdout, (run.stdout, run.stderr)
    with contextlib.closing(sqlite3.connect(home.database)) as db:
        stored = dict(db.execute("SELECT url, coalesce(etag, last_modified) FROM feeds"))
    assert stored == {
        **{feed_server.url(p): None for p in validators if p != "/fine.xml"},
        feed_server.url("/fine.xml"): '"v1"',
    }
    # The sound validator still works: the second fetch of that feed was a 304.
    assert feed_server.requests_for("/fine.xml")[1].header("If-None-Match") == '"v1"'


def test_a_deeply_nested_opml_file_imports(home: Home):
    """Nested 50,000 outlines deep: a recursive walk ended in a RecursionError traceback."""
    depth = 50_000
    path = home.root / "deep.opml"
    path.write_text(
        '<opml version="2.0"><body>'
        + '<outline text="f">' * depth
        + '<outline xmlUrl="http://127.0.0.1:9/deep.xml"/>'
        + "</outline>" * depth
        + '<outline xmlUrl="http://127.0.0.1:9/top.xml"/></body></opml>'
    )
    run = home.must("import", str(path))
    assert run.stdout.startswith("imported 2 feeds")
    folders = {f["url"]: f["folder"] for f in home.data("feeds")}
    assert folders["http://127.0.0.1:9/top.xml"] is None
    assert folders["http://127.0.0.1:9/deep.xml"] == "/".join(["f"] * 16)
