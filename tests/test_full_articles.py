"""End to end: the self-written article pages of tests/data/pages, served by the local
server and linked from a feed that gives only teasers, go through the installed
`ekreader fetch` and come back from `ekreader read --json` as the extractor's tests
expect them: headings in order, text present, boilerplate absent — and offline."""

from __future__ import annotations

import re

import pytest

from tests.core.test_extract import PAGES, PAGES_DIR, without_link_numbers
from tests.helpers import EkHome
from tests.server import FeedServer


def _all_text(article: dict) -> str:
    parts = [article["title"], article["summary"], *(link["text"] for link in article["links"])]
    for section in article["sections"]:
        parts += [section["heading"] or "", section["text"]]
    return "\n".join(parts)


@pytest.fixture
def fetched(feed_server: FeedServer, ek: EkHome) -> dict[str, dict]:
    items = []
    for number, name in enumerate(sorted(PAGES)):
        url = feed_server.add(
            f"/pages/{name}",
            (PAGES_DIR / name).read_bytes(),
            content_type="text/html; charset=utf-8",
        )
        items.append(
            f"<item><title>Teaser {number}</title><link>{url}</link><guid>p{number}</guid>"
            "<description>A short teaser.</description></item>"
        )
    feed = feed_server.add(
        "/pages.xml",
        '<rss version="2.0"><channel><title>Pages</title>' + "".join(items) + "</channel></rss>",
    )
    ek.config('[fetch]\nconnect_timeout = 2\ntimeout = 10\nfull_text = "auto"\n')
    path = ek.root / "pages.opml"
    path.write_text(f'<opml version="2.0"><body><outline xmlUrl="{feed}"/></body></opml>')
    ek.ok("import", str(path))
    fetched = 0  # a fetch downloads at most 500 pages; the next one goes on from there
    for _ in range(2):
        result = ek.ok("fetch")
        found = re.search(r"(\d+) full texts?", result.stdout)
        fetched += int(found.group(1)) if found else 0
    assert fetched == len(PAGES), result.stdout
    feed_server.close()  # what was fetched reads offline
    by_link = {}
    for headline in ek.json("headlines", "--limit", "1000"):
        name = headline["link"].rsplit("/", 1)[-1]
        by_link[name] = ek.json("read", str(headline["id"]))
    return by_link


def test_every_page_reads_as_expected_through_fetch_and_read(fetched: dict[str, dict]) -> None:
    assert sorted(fetched) == sorted(PAGES)
    for name, expected in PAGES.items():
        article = fetched[name]
        assert article["full_text"] is True, name
        assert [s["heading"] for s in article["sections"]] == expected["headings"], name
        # as Document.text: a standfirst set as the first heading is the article's text
        text = "\n\n".join(f"{s['heading'] or ''}\n{s['text']}" for s in article["sections"])
        links = [(link["number"], link["text"]) for link in article["links"]]
        unlinked = without_link_numbers(text, links)
        for snippet in expected["present"]:
            assert snippet in text or snippet in unlinked, (name, snippet)
        everything = _all_text(article)
        for snippet in expected["absent"]:
            assert snippet not in everything, (name, snippet)
        body = "\n".join(f"{s['heading'] or ''}\n{s['text']}" for s in article["sections"])
        for snippet in expected.get("body_absent", []):
            assert snippet not in body, (name, snippet)
        if "dateline" in expected:
            assert article["dateline"] == expected["dateline"], name
        if "author" in expected:
            assert article["author"] == expected["author"], name
        label = expected.get("breaking_label")
        assert article["breaking"] is (label is not None), name
        assert article["breaking_reason"] == (label and f"page label: {label}"), name


def test_read_as_text_shows_sections_and_subsections(fetched: dict[str, dict], ek: EkHome) -> None:
    """Plain `read`: a section heading underlined with "-", its subsections with "~", and
    no blank lines for a heading with nothing under it but subsections."""
    article = fetched["section-front.html"]
    text = ek.ok("read", str(article["id"])).stdout
    title = "New ferry timetable adds a late crossing on Fridays"
    assert f"\nTop stories\n{'-' * 11}\n\n{title}\n{'~' * len(title)}\n\nThe last boat" in text
    assert "\n\n\n" not in text
