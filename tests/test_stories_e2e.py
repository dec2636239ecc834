"""Stories and revisions end to end: our own feeds on 127.0.0.1, the real `ekreader fetch`,
then `headlines`, `stories`, `read --json` and `diff` as a user runs them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from xml.sax.saxutils import escape

import pytest

from tests.helpers import FAST_FETCH, EkHome
from tests.server import FeedServer

NOW = datetime.now(UTC).replace(microsecond=0)

# Unrelated invented news every feed also carries, so the clusterer learns which words
# are common (a real feed list brings hundreds of headlines a day).
OTHER_NEWS = [
    "Council of Westbrook votes on the new tram line to the airport",
    "The price of rye bread rises in the north for the first time in years",
    "Lighthouse keepers in Varnesund end their strike after a pay deal",
    "A new bridge over the Lune opens to cyclists and walkers",
    "Chess champion from Tallow retires after the world final",
    "Zoo in Brackenfeld welcomes twin snow leopard cubs",
    "Heatwave warning for the valley towns as the week ends",
    "Court in Oldmere hears the case of the missing museum map",
    "Mayor of Eastholm opens the winter market in the old square",
    "A rare comet will be seen over the southern hills on Friday",
]

EVENT = {
    "north": "Dam on the Elster breaks near Grauwitz, villages evacuated",
    "south": "Grauwitz dam failure: thousands flee as the Elster floods",
    "west": "BREAKING: Evacuations after Elster dam collapse at Grauwitz",
}
DISTRACTOR = "Grauwitz council debates new parking fees"


def rss(name: str, items: list[tuple[str, str, str]]) -> str:
    """A feed of (guid, title, description) items, the first the newest."""
    body = "".join(
        f"<item><title>{escape(title)}</title><guid>{guid}</guid>"
        f"<link>https://{name}.example/{guid}</link>"
        f"<pubDate>{format_datetime(NOW - timedelta(minutes=5 * i))}</pubDate>"
        f"<description>{escape(text)}</description></item>"
        for i, (guid, title, text) in enumerate(items)
    )
    return (
        f'<rss version="2.0"><channel><title>{name.title()} News</title>'
        f"<link>https://{name}.example/</link>{body}</channel></rss>"
    )


def subscribe(ek: EkHome, *urls: str) -> None:
    path = ek.root / "subscribe.opml"
    outlines = "".join(f'<outline type="rss" xmlUrl="{u}"/>' for u in urls)
    path.write_text(f'<opml version="2.0"><body>{outlines}</body></opml>', encoding="utf-8")
    ek.ok("import", str(path))


def other_news(name: str, first: int) -> list[tuple[str, str, str]]:
    picked = OTHER_NEWS[first:] + OTHER_NEWS[:first]
    return [(f"{name}-{i}", title, f"{title}.") for i, title in enumerate(picked[:7])]


@pytest.fixture
def event_home(feed_server: FeedServer, ek: EkHome) -> EkHome:
    """Three feeds reporting one event in other words, one of them also a distractor that
    shares the town's name; all fetched."""
    urls = []
    for n, (name, title) in enumerate(EVENT.items()):
        items = [(f"{name}-dam", title, f"{title}.")]
        if name == "south":
            items.append((f"{name}-fees", DISTRACTOR, "The council met on Tuesday."))
        urls.append(feed_server.add(f"/{name}.xml", rss(name, items + other_news(name, 3 * n))))
    subscribe(ek, *urls)
    ek.ok("fetch")
    return ek


def test_three_reports_of_one_event_are_one_story(event_home: EkHome):
    headlines = event_home.json("headlines")
    by_title = {h["title"]: h for h in headlines}
    stories = {by_title[title]["story"] for title in EVENT.values()}
    assert len(stories) == 1, [(h["title"], h["story"]) for h in headlines]
    (story,) = stories
    assert by_title[DISTRACTOR]["story"] != story
    assert all(isinstance(h["story"], int) for h in headlines)

    listed = {s["story"]: s for s in event_home.json("stories")}
    dam = listed[story]
    assert dam["size"] == 3
    assert sorted(dam["feeds"]) == ["North News", "South News", "West News"]
    assert dam["breaking"] is True  # one of its articles is
    assert dam["title"] in EVENT.values()
    assert sorted(dam["articles"]) == sorted(by_title[t]["id"] for t in EVENT.values())
    assert dam["first_seen"] <= dam["latest"]
    assert listed[by_title[DISTRACTOR]["story"]]["size"] == 1


def test_stories_search_and_limit(event_home: EkHome):
    found = event_home.json("stories", "--search", "elster")
    assert [s["size"] for s in found] == [3]
    assert event_home.json("stories", "--search", "nothing-like-this") == []
    assert len(event_home.json("stories", "--limit", "2")) == 2
    text = event_home.ok("stories", "--limit", "50").stdout
    assert "3×" in text
    assert "BREAKING" in text


def test_a_second_fetch_keeps_the_stories(event_home: EkHome, feed_server: FeedServer):
    before = {h["id"]: h["story"] for h in event_home.json("headlines")}
    event_home.ok("fetch")
    assert {h["id"]: h["story"] for h in event_home.json("headlines")} == before


def test_stories_in_an_empty_home(ek: EkHome):
    assert ek.json("stories") == []
    assert ek.ok("stories").stdout == ""


# -- revisions ----------------------------------------------------------------------------

ORIGINAL = ("dam", "Dam breaks at Grauwitz", "Two villages were evacuated overnight.")
EDITED = ("dam", "Dam breaks at Grauwitz, hundreds flee", "Five villages were evacuated overnight.")


@pytest.fixture
def edited(feed_server: FeedServer, ek: EkHome) -> tuple[EkHome, int]:
    """A feed that edits an item between two fetches."""
    url = feed_server.add("/edits.xml", rss("edits", [ORIGINAL]))
    subscribe(ek, url)
    ek.ok("fetch")
    (item,) = ek.json("headlines")
    assert item["revised_at"] is None
    feed_server.add("/edits.xml", rss("edits", [EDITED]))
    ek.ok("fetch")
    return ek, item["id"]


def test_an_edited_item_keeps_its_earlier_version(edited: tuple[EkHome, int]):
    ek, article = edited
    read = ek.json("read", str(article))
    assert read["title"] == EDITED[1]
    assert read["revised_at"] is not None
    (revision,) = read["revisions"]
    assert revision["title"] == ORIGINAL[1]
    assert revision["summary"] == ORIGINAL[2]
    assert revision["sections"] == [{"heading": None, "text": ORIGINAL[2]}]
    assert revision["seen_at"] <= read["revised_at"]


def test_the_same_content_again_adds_no_revision(edited: tuple[EkHome, int]):
    ek, article = edited
    ek.ok("fetch")
    assert len(ek.json("read", str(article))["revisions"]) == 1


def test_diff_marks_removed_and_added_words(edited: tuple[EkHome, int]):
    ek, article = edited
    text = ek.ok("diff", str(article)).stdout
    assert "Dam breaks at Grauwitz{+, hundreds flee+}" in text
    assert "[-Two-]{+Five+} villages were evacuated overnight." in text
    data = ek.json("diff", str(article))
    assert {"kind": "removed", "text": "Two"} in data["text"]
    assert {"kind": "added", "text": "Five"} in data["text"]
    assert data["id"] == article


def test_diff_of_an_article_never_changed_and_of_an_unknown_id(feed_server: FeedServer, ek: EkHome):
    subscribe(ek, feed_server.add("/calm.xml", rss("calm", [ORIGINAL])))
    ek.ok("fetch")
    (item,) = ek.json("headlines")
    assert "no earlier version" in ek.ok("diff", str(item["id"])).stdout
    assert ek.json("diff", str(item["id"]))["text"] == []
    missing = ek.run("diff", "999999")
    assert missing.returncode == 1
    assert "no article with id 999999" in missing.stderr
    assert ek.run("diff", "abc").returncode == 2


def test_only_the_last_versions_are_kept(feed_server: FeedServer, ek: EkHome):
    ek.config(FAST_FETCH + "\n[general]\nkeep_revisions = 2\n")
    subscribe(ek, feed_server.add("/many.xml", rss("many", [ORIGINAL])))
    ek.ok("fetch")
    for n in range(1, 5):
        feed_server.add("/many.xml", rss("many", [("dam", f"Dam breaks, edit {n}", "Text.")]))
        ek.ok("fetch")
    (item,) = ek.json("headlines")
    titles = [r["title"] for r in ek.json("read", str(item["id"]))["revisions"]]
    assert titles == ["Dam breaks, edit 3", "Dam breaks, edit 2"]


def test_an_article_carried_by_several_feeds_names_its_copies(feed_server: FeedServer, ek: EkHome):
    urls = []
    for name in ("north", "south"):
        items = [("copy", "Wire: Dam breaks at Grauwitz", "Villages were evacuated overnight.")]
        body = rss(name, items).replace(
            f"https://{name}.example/copy", f"https://wire.example/dam?utm_source={name}"
        )
        urls.append(feed_server.add(f"/{name}.xml", body))
    subscribe(ek, *urls)
    ek.ok("fetch")
    # The feeds are fetched at once: either may store the article first, the other's is
    # its copy.
    first, second = sorted(ek.json("headlines"), key=lambda h: h["id"])
    assert {first["feed_title"], second["feed_title"]} == {"North News", "South News"}
    assert first["also_in"] == [second["feed_title"]]
    assert first["copy_of"] is None
    assert second["copy_of"] == first["id"]
    assert second["story"] == first["story"]
    (own,) = ek.json("headlines", "--feed", second["feed_url"])
    assert own["id"] == second["id"]
    assert own["also_in"] == []
