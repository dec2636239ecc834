"""`ekreader feeds` lists each feed's article pages that failed to download, with the
reason (issue 10): `failed_pages` in `feeds --json`, a count and the latest reason in text."""

from __future__ import annotations

from tests.helpers import EkHome
from tests.server import FeedServer
from tests.test_cli import subscribe

PARAGRAPH = "<p>" + "The harbour committee met on Tuesday to approve the new wall. " * 8 + "</p>"


def test_feeds_lists_the_pages_that_failed_with_their_reason(
    feed_server: FeedServer, ek: EkHome
) -> None:
    ek.config('[fetch]\nconnect_timeout = 1\ntimeout = 3\nfull_text = "auto"\n')
    good = feed_server.add(
        "/story.html",
        f"<html><body><article><h1>Wall approved</h1>{PARAGRAPH}{PARAGRAPH}</article></body></html>",
        content_type="text/html; charset=utf-8",
    )
    pdf = feed_server.add("/report.pdf", b"%PDF-1.4 not a page", content_type="application/pdf")
    missing = feed_server.url("/missing.html")
    items = [("1", "Wall approved", good), ("2", "Gone \x1b[2J page", missing), ("3", "A PDF", pdf)]
    feed = feed_server.add(
        "/feed.xml",
        '<rss version="2.0"><channel><title>Local</title>'
        + "".join(
            f"<item><title>{title}</title><link>{link}</link><guid>{guid}</guid>"
            f"<pubDate>Tue, 05 Mar 2024 09:0{guid}:00 GMT</pubDate>"
            "<description>Teaser.</description></item>"
            for guid, title, link in items
        )
        + "</channel></rss>",
    )
    quiet = feed_server.add(
        "/quiet.xml", '<rss version="2.0"><channel><title>Q</title></channel></rss>'
    )
    subscribe(ek, feed, quiet)
    assert "(2 failed)" in ek.ok("fetch").stdout
    ek.ok("fetch")  # tried again: the attempts count

    feeds = {f["url"]: f for f in ek.json("feeds")}
    assert feeds[quiet]["failed_pages"] == []
    failed = feeds[feed]["failed_pages"]
    ids = {h["title"]: h["id"] for h in ek.json("headlines")}
    assert failed == [
        {
            "id": ids["A PDF"],
            "title": "A PDF",
            "link": pdf,
            "error": "not an HTML page (application/pdf)",
            "attempts": 2,
        },
        {
            "id": ids["Gone [2J page"],
            "title": "Gone [2J page",
            "link": missing,
            "error": "HTTP 404 Not Found",
            "attempts": 2,
        },
    ]
    text = ek.ok("feeds").stdout
    assert "2 article pages failed (latest: not an HTML page (application/pdf))" in text

    # A page that downloads on a later fetch leaves the list.
    feed_server.add(
        "/missing.html",
        f"<html><body><article>{PARAGRAPH * 2}</article></body></html>",
        content_type="text/html; charset=utf-8",
    )
    ek.ok("fetch")
    (still,) = {f["url"]: f for f in ek.json("feeds")}[feed]["failed_pages"]
    assert still["title"] == "A PDF"
    assert still["attempts"] == 3
