"""Queries and filters in the store: lists, counts and positions of a query; filters on
arrival (in the transaction that stores a feed's entries) and on the cache when they
change; hidden articles in no list; the schema 7 upgrade (hidden, a positional index)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from ekreader.core.ingest import store_entries
from ekreader.core.parse.entry import make_entry
from ekreader.core.query import QueryError, parse
from ekreader.core.query.filters import Filter
from ekreader.core.store import Store
from ekreader.core.store.schema import MIGRATIONS, SCHEMA_VERSION, split_script
from ekreader.core.text.fold import search_fold
from ekreader.models import Document, EntryDecision, HeadlineQuery
from tests.core.test_store_search import assert_index_matches_the_articles

NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)


def item(key: str, title: str, summary: str = "", hours: float = 1, **kw: object) -> EntryDecision:
    entry = make_entry(key, title, None, None, NOW - timedelta(hours=hours), None, summary, None)
    sections = kw.get("sections")
    document = Document(sections=sections) if isinstance(sections, tuple) else None
    reason = kw.get("breaking")
    return EntryDecision(entry, reason if isinstance(reason, str) else None, document, False)


def rule(query: str, action: str) -> Filter:
    return Filter(query, action, parse(query))  # type: ignore[arg-type]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "cache.sqlite3", clock=lambda: NOW) as s:
        yield s


def titles(store: Store, query: HeadlineQuery) -> list[str]:
    return [h.title for h in store.headlines(query, limit=1000)]


def fill(store: Store, filters: tuple[Filter, ...] = ()) -> tuple[int, int]:
    news = store.add_feed("https://news.example/rss", "News")[0].id
    sport = store.add_feed("https://sport.example/rss", "Sport Daily", "Sport")[0].id
    store_entries(
        store,
        news,
        [
            item("1", "Gaza talks resume", "Negotiators met", hours=1),
            item("2", "Harbour strike ends", "Ferries resume", hours=2),
            item("3", "BREAKING: Quake in Crete", "Σεισμός", hours=3, breaking="marker"),
            item("4", "Budget vote", "Live ticker from parliament", hours=50),
        ],
        now=NOW,
        filters=filters,
    )
    store_entries(
        store,
        sport,
        [
            item("5", "Gaza side wins the cup", "Football", hours=4),
            item("6", "Strike: a new record", "Football", hours=5),
        ],
        now=NOW,
        filters=filters,
    )
    return news, sport


def test_a_query_lists_counts_and_positions_as_one(store: Store) -> None:
    fill(store)
    for text, expected in [
        ("gaza", ["Gaza talks resume", "Gaza side wins the cup"]),
        ("gaza -feed:sport", ["Gaza talks resume"]),
        (
            "strike OR quake",
            ["Harbour strike ends", "BREAKING: Quake in Crete", "Strike: a new record"],
        ),
        ('"live ticker"', ["Budget vote"]),
        ('"ticker live"', []),
        (
            "since:1d -gaza",
            ["Harbour strike ends", "BREAKING: Quake in Crete", "Strike: a new record"],
        ),
        (
            "is:breaking OR folder:sport",
            ["BREAKING: Quake in Crete", "Gaza side wins the cup", "Strike: a new record"],
        ),
        ("title:strike", ["Harbour strike ends", "Strike: a new record"]),
    ]:
        query = HeadlineQuery(query=text)
        assert titles(store, query) == expected, text
        assert store.count(query) == len(expected), text
        for n, h in enumerate(store.headlines(query, limit=100)):
            assert store.headline_position(h.id, query) == n
    # Combined with the list's own filters.
    assert titles(
        store,
        HeadlineQuery(query="gaza OR strike", unread=True, feed_url="https://sport.example/rss"),
    ) == [
        "Gaza side wins the cup",
        "Strike: a new record",
    ]
    assert store.count(HeadlineQuery(query="is:breaking", breaking=True)) == 1
    assert store.count(HeadlineQuery(search="gaza", query="-feed:sport")) == 1


def test_the_clock_given_anchors_since(tmp_path: Path) -> None:
    now = NOW
    with Store.open(tmp_path / "c.sqlite3", clock=lambda: now) as store:
        fill(store)
        assert store.count(HeadlineQuery(query="since:150m")) == 2
        now = NOW + timedelta(hours=1)
        assert store.count(HeadlineQuery(query="since:150m")) == 1


def test_mark_all_read_of_a_query(store: Store) -> None:
    fill(store)
    assert store.mark_all_read(HeadlineQuery(query="gaza OR quake")) == 3
    assert titles(store, HeadlineQuery(query="is:unread")) == [
        "Harbour strike ends",
        "Strike: a new record",
        "Budget vote",
    ]


def test_a_malformed_query_is_a_query_error_in_every_list(store: Store) -> None:
    with pytest.raises(QueryError, match="unknown is:new at column 9"):
        store.compile("gaza is:new")
    with pytest.raises(QueryError):
        store.count(HeadlineQuery(query="is:new"))
    with pytest.raises(QueryError, match="unbalanced"):
        store.headlines(HeadlineQuery(query="(gaza"))


# -- filters ------------------------------------------------------------------------------


def test_filters_apply_to_each_article_as_it_arrives(store: Store) -> None:
    filters = (
        rule("folder:sport", "hide"),
        rule('"live ticker"', "read"),
        rule("harbour", "star"),
        rule("gaza talks", "breaking"),
    )
    news, _ = fill(store, filters)
    assert titles(store, HeadlineQuery()) == [
        "Gaza talks resume",
        "Harbour strike ends",
        "BREAKING: Quake in Crete",
        "Budget vote",
    ]
    assert titles(store, HeadlineQuery(hidden=True)) == [
        "Gaza side wins the cup",
        "Strike: a new record",
    ]
    assert titles(store, HeadlineQuery(query="is:read")) == ["Budget vote"]
    assert titles(store, HeadlineQuery(starred=True)) == ["Harbour strike ends"]
    breaking = store.headlines(HeadlineQuery(breaking=True))
    assert [(h.title, h.breaking_reason) for h in breaking] == [
        ("Gaza talks resume", "filter: gaza talks"),
        ("BREAKING: Quake in Crete", "marker"),
    ]
    # Hidden articles are in no list, count or search.
    assert store.count(HeadlineQuery()) == 4
    assert store.count(HeadlineQuery(query="gaza")) == 1
    assert store.count(HeadlineQuery(search="gaza")) == 1
    assert store.count(HeadlineQuery(query="gaza", hidden=True)) == 1
    assert store.count(HeadlineQuery(unread=True)) == 3
    assert store.count(HeadlineQuery(hidden=True)) == 2
    assert store.mark_all_read() == 3
    assert store.count(HeadlineQuery(hidden=True, query="is:unread")) == 2
    counts = {f.url: (f.unread, f.total, f.hidden) for f in store.feeds()}
    assert counts == {
        "https://news.example/rss": (0, 4, 0),
        "https://sport.example/rss": (0, 0, 2),
    }
    # A feed's later arrivals are filtered too, and only its new articles.
    result = store_entries(
        store,
        news,
        [
            item("7", "Sport: Gaza wins", hours=0.5),
            item("8", "Gaza talks fail", hours=0.2, breaking="m"),
        ],
        now=NOW,
        filters=(rule("sport", "hide"), rule("fail", "hide")),
    )
    assert len(result.new_ids) == 2
    assert result.new_breaking == ()  # the breaking one was hidden: nothing to announce
    assert titles(store, HeadlineQuery(query="gaza")) == ["Gaza talks resume"]


def test_a_filter_breaking_news_is_announced(store: Store) -> None:
    news, _ = fill(store)
    result = store_entries(
        store,
        news,
        [item("9", "Gaza ceasefire holds")],
        now=NOW,
        filters=(rule("ceasefire", "breaking"),),
    )
    assert result.new_breaking == ("Gaza ceasefire holds",)


def test_changed_filters_apply_to_the_cache_once(store: Store, tmp_path: Path) -> None:
    fill(store)
    hide_sport = rule("folder:sport", "hide")
    assert store.sync_filters((hide_sport,)) is True
    assert store.sync_filters((hide_sport,)) is False  # unchanged: nothing to do
    assert store.count(HeadlineQuery(hidden=True)) == 2
    stored = (
        sqlite3.connect(tmp_path / "cache.sqlite3")
        .execute("SELECT value FROM meta WHERE key = 'filters'")
        .fetchone()[0]
    )
    assert json.loads(stored) == [hide_sport.fingerprint]
    # A new read filter marks what is cached; the hide filter is re-applied, not doubled.
    read_votes = rule("vote OR quake", "read")
    assert store.sync_filters((hide_sport, read_votes)) is True
    assert titles(store, HeadlineQuery(query="is:read")) == [
        "BREAKING: Quake in Crete",
        "Budget vote",
    ]
    store.set_read([store.headlines(HeadlineQuery(query="quake"))[0].id], False)
    # Another change: the read filter is not new, so what the reader unmarked stays unread.
    hide_crete = rule("crete", "hide")
    assert store.sync_filters((hide_sport, read_votes, hide_crete)) is True
    assert titles(store, HeadlineQuery(hidden=True, query="is:unread")) == [
        "BREAKING: Quake in Crete",
        "Gaza side wins the cup",
        "Strike: a new record",
    ]
    # Filters removed: everything shows again; marks stay.
    assert store.sync_filters(()) is True
    assert store.count(HeadlineQuery(hidden=True)) == 0
    assert titles(store, HeadlineQuery(query="is:read")) == ["Budget vote"]


def test_a_read_only_cache_keeps_its_last_filtering(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    with Store.open(path) as store:
        fill(store)
        store.sync_filters((rule("gaza", "hide"),))
    path.chmod(0o444)
    try:
        with Store.open(path, readonly=True) as store:
            assert store.sync_filters(()) is False
            assert store.count(HeadlineQuery(hidden=True)) == 2
    finally:
        path.chmod(0o644)


def test_hidden_articles_download_no_page(store: Store) -> None:
    feed = store.add_feed("https://news.example/rss")[0].id
    pages = [
        EntryDecision(
            make_entry(k, t, f"https://news.example/{k}", None, NOW, None, "", None),
            None,
            None,
            True,
        )
        for k, t in (("a", "Football results"), ("b", "Election results"))
    ]
    store_entries(store, feed, pages, now=NOW, filters=(rule("football", "hide"),))
    assert [job.url for job in store.page_jobs(3)] == ["https://news.example/b"]


def test_a_filter_with_nothing_to_look_for_hides_nothing(store: Store) -> None:
    fill(store, (rule("!!!", "hide"),))
    assert store.count(HeadlineQuery(hidden=True)) == 0


# -- the upgrade --------------------------------------------------------------------------


HIDDEN = next(n for n, m in enumerate(MIGRATIONS) if "ADD COLUMN hidden" in m)
"""The number of the schema before the one that added `hidden` (and positions)."""


def test_a_cache_of_the_schema_before_gets_hidden_and_a_positional_index(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    db = sqlite3.connect(path, isolation_level=None)
    db.create_function("ek_fold", 1, search_fold)
    for script in MIGRATIONS[:HIDDEN]:
        for statement in split_script(script):
            db.execute(statement)
    db.execute(f"PRAGMA user_version = {HIDDEN}")
    db.execute("INSERT INTO feeds (id, url, added_at) VALUES (1, 'https://a.example/rss', 0)")
    sections = "##\x1fGaza\x1fCity council met.\x1e##\x1f\x1fVoters in Gaza City queue."
    for n, (title, fulltext) in enumerate(
        [("Gaza City talks", None), ("Election night", sections), ("City of Gaza", None)], 1
    ):
        db.execute(
            "INSERT INTO articles (id, feed_id, key, title, sort_time, fulltext, entry_hash,"
            " fetched_at) VALUES (?, 1, ?, ?, ?, ?, 'h', 0)",
            (n, f"k{n}", title, 1_700_000_000 + n, fulltext),
        )
        db.execute(
            "INSERT INTO articles_fts (rowid, title, summary, fulltext) VALUES (?, ?, '', ?)",
            (n, title, fulltext),
        )
    db.close()
    with Store.open(path) as store:
        assert store.count(HeadlineQuery(query='"gaza city"')) == 2  # not across the heading
        assert store.count(HeadlineQuery(query='"city gaza"')) == 0
        assert store.count(HeadlineQuery(hidden=True)) == 0
        assert store.count(HeadlineQuery()) == 3
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
    assert_index_matches_the_articles(path)


def test_many_matches_or_few_the_lists_are_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ekreader.core.store.headlines as headlines

    with Store.open(tmp_path / "cache.sqlite3", clock=lambda: NOW) as store:
        feeds = [store.add_feed(f"https://f{n}.example/rss", f"Feed {n}")[0].id for n in range(3)]
        words = ("harbour", "strike", "council", "vote", "ferry")
        for n, feed in enumerate(feeds):
            store_entries(
                store,
                feed,
                [
                    item(f"{n}-{i}", f"{words[i % 5]} {words[(i * 7 + n) % 5]} {i}", hours=i / 7)
                    for i in range(400)
                ],
                now=NOW,
                filters=(rule('"ferry vote"', "hide"), rule("council strike", "read")),
            )
        store.set_starred([h.id for h in store.headlines(HeadlineQuery(query="harbour"))[::3]])
        queries = [
            HeadlineQuery(query="harbour"),
            HeadlineQuery(query="harbour OR council", unread=True),
            HeadlineQuery(query="strike", starred=True),
            HeadlineQuery(query="vote since:1d"),
            HeadlineQuery(query="ferry -feed:1", feed_id=feeds[0]),
            HeadlineQuery(query="ferry", hidden=True),
            HeadlineQuery(search="harb"),
        ]

        def lists(few: int) -> list[tuple[int, list[int]]]:
            monkeypatch.setattr(headlines, "FEW_MATCHES", few)
            return [
                (store.count(q), [h.id for h in store.headlines(q, limit=50, offset=20)])
                for q in queries
            ]

        walked, fetched = lists(0), lists(10**9)
        assert walked == fetched
        assert all(count > 0 for count, _ in walked)
        assert all(ids for count, ids in walked if count > 20)


def test_a_search_kept_between_pages_follows_every_change_of_the_cache(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    with Store.open(path, clock=lambda: NOW) as mine, Store.open(path) as other:
        news, _ = fill(mine)
        query = HeadlineQuery(query="gaza")
        assert mine.count(query) == 2
        assert len(mine.headlines(query)) == 2
        store_entries(other, news, [item("x", "Gaza again")], now=NOW)  # another connection
        assert mine.count(query) == 3
        assert titles(mine, query)[0] == "Gaza again"
        store_entries(mine, news, [item("y", "Gaza once more", hours=0.1)], now=NOW)  # this one
        assert mine.count(query) == 4
        assert mine.sync_filters((rule("again OR more", "hide"),))
        assert mine.count(query) == 2
        assert mine.count(HeadlineQuery(query="gaza", hidden=True)) == 2
        assert titles(mine, query) == ["Gaza talks resume", "Gaza side wins the cup"]
