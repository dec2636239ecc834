"""Stories and revisions in the cache: the schema 7 upgrade, revisions kept and bounded,
the clustering pass (resuming, copies, merges, old articles) and the Stories listing."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from ekreader.core.clustering import cluster_new
from ekreader.core.decide.entries import RulesSpec, decide
from ekreader.core.ingest import store_entries
from ekreader.core.parse.entry import make_entry
from ekreader.core.store import Store
from ekreader.core.store.schema import MIGRATIONS, SCHEMA_VERSION, split_script
from ekreader.core.stories.cluster import WINDOW
from ekreader.core.text.fold import search_fold
from ekreader.models import HeadlineQuery, ParsedFeed

NOW = datetime(2026, 3, 5, 12, 0, tzinfo=UTC)
SPEC = RulesSpec((), (), (), "never", 1200, False)

BACKGROUND = [
    "Council of Westbrook votes on the new tram line to the airport",
    "The price of rye bread rises in the north for the first time in years",
    "Lighthouse keepers in Varnesund end their strike after a pay deal",
    "A new bridge over the Lune opens to cyclists and walkers",
    "Chess champion from Tallow retires after the world final",
    "Zoo in Brackenfeld welcomes twin snow leopard cubs",
    "Heatwave warning for the valley towns as the week ends",
    "Court in Oldmere hears the case of the missing museum map",
]


def store_items(
    store: Store,
    feed_id: int,
    items: list[tuple[str, str, str]],
    *,
    at: datetime = NOW,
    link: str | None = None,
    keep: int = 10,
) -> None:
    """Store (key, title, summary) items as a refresh would, published `at`."""
    entries = tuple(
        make_entry(
            guid=key,
            title=title,
            link=link or f"https://news.example/{feed_id}/{key}",
            author=None,
            published=at - timedelta(minutes=i),
            updated=None,
            summary=summary,
            content=None,
        )
        for i, (key, title, summary) in enumerate(items)
    )
    decisions = decide(ParsedFeed("Feed", None, entries), SPEC)
    store_entries(store, feed_id, decisions, now=NOW, keep_revisions=keep)


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "cache.sqlite3") as opened:
        yield opened


def feeds(store: Store, *names: str) -> list[int]:
    return [store.add_feed(f"https://{n}.example/rss", n.title())[0].id for n in names]


def by_title(store: Store) -> dict[str, int]:
    """Every article by title, copies included (each feed's own list shows its copy)."""
    return {
        h.title: h.id
        for feed in store.feeds()
        for h in store.headlines(HeadlineQuery(feed_id=feed.id), limit=1000)
    }


# -- the upgrade ----------------------------------------------------------------------------


def test_a_schema_6_cache_upgrades_and_its_articles_become_stories(tmp_path: Path):
    path = tmp_path / "cache.sqlite3"
    db = sqlite3.connect(path)
    db.create_function("ek_fold", 1, search_fold)
    for script in MIGRATIONS[:6]:
        for statement in split_script(script):
            db.execute(statement)
    db.execute("PRAGMA user_version = 6")
    db.execute(
        "INSERT INTO feeds (id, url, title, added_at) VALUES (1, 'https://a.example/', 'A', 0)"
    )
    for n in range(3):
        db.execute(
            "INSERT INTO articles (feed_id, key, title, sort_time, entry_hash, fetched_at)"
            " VALUES (1, ?, ?, ?, 'h', 0)",
            (f"k{n}", f"Old story {n}", 1_700_000_000 + n),
        )
    db.commit()
    db.close()
    with Store.open(path) as upgraded:
        assert upgraded._db.sql.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        headlines = upgraded.headlines()
        assert [h.story for h in headlines] == [h.id for h in headlines]  # own id until seen
        assert all(h.revised is None for h in headlines)
        outcome = cluster_new(upgraded, NOW)
        assert (outcome.settled, outcome.clustered) == (3, 0)  # older than the window
        assert [s.size for s in upgraded.stories()] == [1, 1, 1]
        assert upgraded.integrity_check() == "ok"


# -- revisions ------------------------------------------------------------------------------


def test_an_edit_keeps_the_earlier_version_and_the_same_content_none(store: Store):
    (feed,) = feeds(store, "north")
    store_items(store, feed, [("dam", "Dam breaks", "Two villages evacuated.")])
    (article,) = by_title(store).values()
    store_items(store, feed, [("dam", "Dam breaks", "Two villages evacuated.")])
    assert store.revisions(article) == []
    store_items(store, feed, [("dam", "Dam breaks, hundreds flee", "Five villages evacuated.")])
    (revision,) = store.revisions(article)
    assert (revision.title, revision.summary) == ("Dam breaks", "Two villages evacuated.")
    assert store.headlines()[0].revised is not None
    # a new date alone is no revision
    store_items(
        store,
        feed,
        [("dam", "Dam breaks, hundreds flee", "Five villages evacuated.")],
        at=NOW + timedelta(hours=1),
    )
    assert len(store.revisions(article)) == 1


def test_revisions_are_bounded_and_latest_first(store: Store):
    (feed,) = feeds(store, "north")
    for n in range(6):
        store_items(store, feed, [("dam", f"Dam breaks, edit {n}", "Text.")], keep=3)
    (article,) = by_title(store).values()
    assert [r.title for r in store.revisions(article)] == [
        "Dam breaks, edit 4",
        "Dam breaks, edit 3",
        "Dam breaks, edit 2",
    ]
    seen = [r.seen_at for r in store.revisions(article)]
    assert seen == sorted(seen, reverse=True)
    rows = store._db.sql.execute("SELECT data FROM revisions").fetchall()
    assert all(isinstance(data, bytes) for (data,) in rows)  # compressed, not text


def test_keep_zero_keeps_none_but_marks_the_article_revised(store: Store):
    (feed,) = feeds(store, "north")
    store_items(store, feed, [("dam", "Dam breaks", "Text.")], keep=0)
    store_items(store, feed, [("dam", "Dam breaks again", "Text.")], keep=0)
    (article,) = by_title(store).values()
    assert store.revisions(article) == []
    assert store.headlines()[0].revised is not None


# -- the clustering pass -----------------------------------------------------------------------


def test_the_pass_groups_reports_across_feeds_and_resumes(store: Store):
    north, south, west = feeds(store, "north", "south", "west")
    for feed in (north, south, west):
        store_items(store, feed, [(f"bg{i}", t, "") for i, t in enumerate(BACKGROUND)])
    store_items(store, north, [("dam", "Dam on the Elster breaks near Grauwitz", "")])
    store_items(store, south, [("dam", "Grauwitz dam failure: the Elster floods villages", "")])
    first = cluster_new(store, NOW)
    # The same background headlines in three feeds: copies of the first feed's.
    assert (first.clustered, first.copies) == (len(BACKGROUND) + 2, 2 * len(BACKGROUND))
    ids = by_title(store)
    dam = store.story_of(ids["Dam on the Elster breaks near Grauwitz"])
    assert store.story_of(ids["Grauwitz dam failure: the Elster floods villages"]) == dam
    # A later refresh: the pass resumes from what the cache holds.
    store_items(store, west, [("dam", "Elster dam collapse at Grauwitz", "")])
    second = cluster_new(store, NOW + timedelta(minutes=10))
    assert second.clustered == 1
    assert store.story_of(by_title(store)["Elster dam collapse at Grauwitz"]) == dam
    (listed,) = store.stories(ids=[dam])
    assert listed.size == 3
    assert sorted(listed.feeds) == ["North", "South", "West"]
    assert listed.title in {
        "Dam on the Elster breaks near Grauwitz",
        "Grauwitz dam failure: the Elster floods villages",
        "Elster dam collapse at Grauwitz",
    }
    assert cluster_new(store, NOW + timedelta(minutes=20)).clustered == 0  # nothing new


def test_a_copy_in_another_feed_joins_its_original(store: Store):
    north, south = feeds(store, "north", "south")
    link = "https://www.wire.example/dam?utm_source=north"
    store_items(store, north, [("a", "Dam breaks", "Villages evacuated overnight.")], link=link)
    store_items(
        store,
        south,
        [("b", "Totally different words here", "Nothing alike.")],
        link="https://wire.example/dam?utm_source=south",
    )
    outcome = cluster_new(store, NOW)
    assert outcome.copies == 1
    ids = by_title(store)
    original, copy = ids["Dam breaks"], ids["Totally different words here"]
    assert store.story_of(copy) == store.story_of(original)
    row = store._db.sql.execute("SELECT copy_of FROM articles WHERE id = ?", (copy,)).fetchone()
    assert row == (original,)


def test_stories_list_latest_first_with_breaking_and_articles_newest_first(store: Store):
    (north,) = feeds(store, "north")
    store_items(
        store, north, [("old", "Comet seen over the hills", "")], at=NOW - timedelta(hours=2)
    )
    store_items(store, north, [("new", "BREAKING: Dam breaks at Grauwitz", "")])
    cluster_new(store, NOW)
    stories = store.stories()
    assert [s.title for s in stories] == [
        "BREAKING: Dam breaks at Grauwitz",
        "Comet seen over the hills",
    ]
    assert [s.breaking for s in stories] == [True, False]
    assert store.story_count() == 2
    assert store.stories(limit=1, offset=1)[0].title == "Comet seen over the hills"


def test_articles_older_than_the_window_are_stories_of_their_own(store: Store):
    north, south = feeds(store, "north", "south")
    old = NOW - timedelta(seconds=WINDOW + 3600)
    store_items(store, north, [("a", "Dam on the Elster breaks near Grauwitz", "")], at=old)
    store_items(store, south, [("b", "Dam on the Elster breaks near Grauwitz again", "")], at=old)
    outcome = cluster_new(store, NOW)
    assert outcome.settled == 2
    assert len({h.story for h in store.headlines()}) == 2


def dam_in_three_feeds(store: Store) -> tuple[int, int, int]:
    """Three feeds carrying one article (north's is the original, south's and west's its
    copies) and west its own story besides, clustered; the feeds' ids."""
    north, south, west = feeds(store, "north", "south", "west")
    link = "https://wire.example/dam"
    for feed in (north, south, west):
        store_items(store, feed, [(f"dam{feed}", "Dam breaks", "Villages evacuated.")], link=link)
    store_items(store, west, [("own", "West's own story", "")])
    cluster_new(store, NOW)
    return north, south, west


def test_lists_show_a_copy_once_with_the_feeds_that_also_carry_it(store: Store):
    _north, south, west = dam_in_three_feeds(store)
    collapsed = HeadlineQuery(collapse=True)
    listed = store.headlines(collapsed)
    assert sorted(h.title for h in listed) == ["Dam breaks", "West's own story"]
    (dam,) = [h for h in listed if h.title == "Dam breaks"]
    assert dam.also_in == ("South", "West")
    assert dam.copy_of is None
    assert store.count(collapsed) == 2
    assert store.count(HeadlineQuery(unread=True, collapse=True)) == 2
    search = HeadlineQuery(search="dam", collapse=True)
    assert store.count(search) == len(store.headlines(search)) == 1
    # Not collapsed (the command line): every feed's copy, each saying what it repeats.
    every = store.headlines()
    assert len(every) == 4
    assert sorted(h.copy_of or 0 for h in every if h.title == "Dam breaks") == [0, dam.id, dam.id]
    # One feed's own list shows its copy, collapsed or not.
    south_list = store.headlines(HeadlineQuery(feed_id=south, collapse=True))
    assert [h.title for h in south_list] == ["Dam breaks"]
    assert south_list[0].also_in == ()
    # Read once, read everywhere.
    store.set_read([dam.id])
    assert store.count(HeadlineQuery(unread=True, feed_id=south)) == 0
    assert store.mark_all_read(collapsed) == 1
    assert store.count(HeadlineQuery(unread=True, feed_id=west)) == 0


def test_feeds_say_how_many_of_their_unread_articles_are_copies(store: Store):
    """A folder's and All's counts add each feed's unread less its copies: the same number
    as the collapsed lists they stand for."""
    north, south, west = dam_in_three_feeds(store)
    listed = {f.id: f for f in store.feeds()}
    assert [(listed[f].unread, listed[f].unread_copies) for f in (north, south, west)] == [
        (1, 0),
        (1, 1),
        (2, 1),
    ]
    collapsed = HeadlineQuery(unread=True, collapse=True)
    assert sum(f.unread - f.unread_copies for f in listed.values()) == store.count(collapsed)
    store.set_read([by_title(store)["West's own story"]])
    assert {f.id: f.unread_copies for f in store.feeds()}[west] == 1
    assert all(f.unread_copies == 0 for f in store.feeds(counts=False))


def by_title_in(store: Store, feed_id: int) -> dict[str, int]:
    """One feed's articles by title (its own list shows its copy)."""
    return {h.title: h.id for h in store.headlines(HeadlineQuery(feed_id=feed_id))}


def folders_apart(store: Store) -> tuple[int, int, int]:
    """dam_in_three_feeds with north (the original) in World, south (a copy) in Europe,
    west (the other copy, and its own story) in Europe/West."""
    north, south, west = dam_in_three_feeds(store)
    store.move_feed(north, "World")
    store.move_feed(south, "Europe")
    store.move_feed(west, "Europe/West")
    return north, south, west


def test_a_folders_list_shows_a_copy_whose_original_is_in_another_folder(store: Store):
    """Each folder's list shows the article once, from its first feed there, and counts
    what it shows."""
    north, south, west = folders_apart(store)
    shown = {}
    for path in ("World", "Europe", "Europe/West"):
        query = HeadlineQuery(folder=path, collapse=True)
        listed = store.headlines(query)
        assert store.count(query) == store.count(replace(query, unread=True)) == len(listed)
        (dam,) = [h for h in listed if h.title == "Dam breaks"]
        shown[path] = (dam.feed_id, dam.also_in)
    # The earlier copy stands for it in Europe (west's is left out); each names the
    # other feeds that carry it, the original's first.
    assert shown["Europe"] == (south, ("North", "West"))
    assert shown["Europe/West"] == (west, ("North", "South"))
    assert shown["World"] == (north, ("South", "West"))
    assert store.count(HeadlineQuery(collapse=True)) == 2  # everything together: once


def test_reading_a_copy_reads_the_article_in_every_feed(store: Store):
    """A folder's list may show a copy: reading it there (or marking the folder read)
    reads the original and the other copies too, and unreading unreads them all."""
    north, south, west = folders_apart(store)
    dam = {f: by_title_in(store, f)["Dam breaks"] for f in (north, south, west)}
    unread = HeadlineQuery(unread=True, collapse=True)
    store.set_read([dam[south]])
    assert [h.title for h in store.headlines(unread)] == ["West's own story"]
    assert all(store.article(a).headline.read for a in dam.values())  # type: ignore[union-attr]
    store.set_read([dam[west]], False)
    assert not any(store.article(a).headline.read for a in dam.values())  # type: ignore[union-attr]
    europe = HeadlineQuery(folder="Europe", unread=True, collapse=True)
    store.mark_all_read(europe)
    assert store.count(unread) == 0
    assert store.article(dam[north]).headline.read  # type: ignore[union-attr]


def test_removing_an_original_keeps_its_copies_listed_and_an_emptied_story_goes(store: Store):
    north, south, west = feeds(store, "north", "south", "west")
    link = "https://wire.example/dam"
    for feed in (north, south, west):
        store_items(store, feed, [(f"dam{feed}", "Dam breaks", "Villages evacuated.")], link=link)
    store_items(store, west, [("comet", "Comet seen over the hills", "")])
    cluster_new(store, NOW)
    collapsed = HeadlineQuery(collapse=True)
    (dam,) = [h for h in store.headlines(collapsed) if h.title == "Dam breaks"]
    comet = by_title(store)["Comet seen over the hills"]
    assert store.remove_articles([dam.id, comet]) == [dam.id, comet]
    # The earliest copy left stands for the article now, the other one under it.
    (kept,) = [h for h in store.headlines(collapsed) if h.title == "Dam breaks"]
    assert kept.copy_of is None
    assert kept.also_in == ("West",)
    assert store.count(collapsed) == 1
    # The comet's story had no other article: it is gone from the list and the count.
    assert [s.title for s in store.stories()] == ["Dam breaks"]
    assert store.story_count() == 1
    assert store.stories()[0].size == 2


def test_a_story_lists_no_article_a_filter_hid(store: Store):
    north, south = feeds(store, "north", "south")
    store_items(store, north, [("a", "Dam on the Elster breaks near Grauwitz", "")])
    store_items(store, south, [("b", "Elster dam breaks at Grauwitz, villages evacuated", "")])
    cluster_new(store, NOW)
    (story,) = [s for s in store.stories() if s.size == 2]
    hidden = by_title(store)["Elster dam breaks at Grauwitz, villages evacuated"]
    store._db.sql.execute("UPDATE articles SET hidden = 1 WHERE id = ?", (hidden,))
    (after,) = store.stories(ids=[story.id])
    assert after.size == 1
    assert hidden not in after.articles
