"""A fetch downloads at most PAGES_PER_FETCH article pages, newest first, and says how many
wait for the next fetch; the next fetches take them until none is left. Through the
`ekreader fetch` entry point, in process, so the cap can be made small."""

from __future__ import annotations

import pytest

from tests.helpers import EkHome, run_in_process
from tests.server import FeedServer

HTML = "text/html; charset=utf-8"
PAGE = (
    "<html><head><title>Harbour {n}</title></head><body><article><h1>Harbour {n}</h1>"
    "<p>The harbour walls of the old town held the tide back for the {n}th night running,"
    " the engineers said on Tuesday, and the ferries sailed on time again.</p>"
    "<p>Repairs to the northern pier continue until the spring, when the new gates are due"
    " to be fitted by the port authority's own crews.</p></article></body></html>"
)


def fetch(ek: EkHome, monkeypatch: pytest.MonkeyPatch) -> str:
    """`ekreader fetch` in this process: its summary line."""
    status, out, err = run_in_process(ek.env, "fetch", patch=monkeypatch)
    assert status == 0, err
    return out


def full_text(ek: EkHome, article_id: int) -> bool:
    """Whether `read --json` has the article's page (its second paragraph, not in the feed)."""
    value = ek.json("read", str(article_id))
    return value["full_text"] and "northern pier" in str(value["sections"])


def test_a_fetch_over_the_cap_says_how_many_pages_wait_and_the_next_fetches_take_them(
    feed_server: FeedServer, ek: EkHome, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ekreader.core.store import articles

    items = []
    for n in range(5):
        url = feed_server.add(f"/cap/{n}.html", PAGE.format(n=n), content_type=HTML)
        items.append(
            f"<item><title>Harbour {n}</title><link>{url}</link><guid>h{n}</guid>"
            f"<pubDate>Mon, 05 Jan 2026 12:0{n}:00 GMT</pubDate></item>"
        )
    feed = feed_server.add(
        "/cap.xml", f'<rss version="2.0"><channel><title>C</title>{"".join(items)}</channel></rss>'
    )
    ek.config('[fetch]\nfull_text = "always"\ntimeout = 30\n')
    ek.ok("add", feed, "--title", "C")
    monkeypatch.setattr(articles, "PAGES_PER_FETCH", 2)

    first = fetch(ek, monkeypatch)
    assert "; 2 full texts (3 left for the next fetch)" in first, first
    read = {h["title"]: h["id"] for h in ek.json("headlines")}
    # newest first: the two latest articles have their page, the oldest not yet
    assert full_text(ek, read["Harbour 4"])
    assert full_text(ek, read["Harbour 3"])
    assert not full_text(ek, read["Harbour 0"])

    assert "; 2 full texts (1 left for the next fetch)" in fetch(ek, monkeypatch)
    last = fetch(ek, monkeypatch)
    assert "; 1 full text in " in last, last
    assert "left" not in last
    assert all(full_text(ek, article_id) for article_id in read.values())
