"""Retention in a real cache: a prune removes what [cache] says (starred never) with
everything of each article, the feed cannot bring a removed article back, that memory is
bounded, the file gives space back, and a prune killed midway leaves no article half
removed."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from ekreader.config import CacheConfig
from ekreader.core.decide.retention import FORGET_AFTER_DAYS
from ekreader.core.ingest import store_entries
from ekreader.core.parse.entry import make_entry
from ekreader.core.prune import prune, prune_if_due
from ekreader.core.store import Store
from ekreader.models import Document, EntryDecision, HeadlineQuery, Section
from tests.server import FeedServer

T0 = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)


def day(n: float) -> datetime:
    return T0 + timedelta(days=n)


def decision(key: str, title: str, text: str = "") -> EntryDecision:
    entry = make_entry(key, title, f"https://news.example/{key}", None, None, None, text, None, ())
    document = Document(sections=(Section(None, f"{text} body of {key}"),)) if text else None
    return EntryDecision(entry, None, document, False)


def put(store: Store, feed_id: int, when: datetime, *items: tuple[str, str]) -> None:
    """The feed lists these (key, title) at `when` (the refresh's clock)."""
    store_entries(store, feed_id, [decision(k, t, f"word{k}") for k, t in items], now=when)


def ids_by_title(store: Store) -> dict[str, int]:
    return {h.title: h.id for h in store.headlines(HeadlineQuery(), limit=100_000)}


def search(store: Store, words: str) -> list[str]:
    return sorted(h.title for h in store.headlines(HeadlineQuery(search=words), limit=1000))


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "cache.sqlite3") as s:
        yield s


def test_every_table_that_references_articles_goes_with_them(store: Store) -> None:
    """Removal takes everything of an article because every table pointing at articles
    says ON DELETE CASCADE (a new table that does not would keep pieces of removed
    articles): checked over the schema as it is now."""
    sql = store._db.sql
    tables = [r[0] for r in sql.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")]
    referencing = []
    for table in tables:
        for fk in sql.execute(f"PRAGMA foreign_key_list('{table}')"):
            if fk[2] == "articles":
                referencing.append(table)
                assert fk[6] == "CASCADE", f"{table} references articles without ON DELETE CASCADE"
    assert sql.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_prune_removes_by_age_and_read_state_never_starred(store: Store) -> None:
    feed = store.add_feed("https://news.example/a.xml")[0].id
    put(store, feed, day(0), ("old-read", "Old read"), ("old-unread", "Old unread"),
        ("old-starred", "Old starred"))  # fmt: skip
    put(store, feed, day(300), ("mid-read", "Mid read"))
    put(store, feed, day(395), ("new-read", "New read"))
    ids = ids_by_title(store)
    store.set_read([ids["Old read"], ids["Mid read"], ids["New read"], ids["Old starred"]])
    store.set_starred([ids["Old starred"]])
    report = prune(store, CacheConfig(), now=day(400))  # keep 90 days read, 365 unread
    assert sorted(p.title for p in report.removed) == ["Mid read", "Old read", "Old unread"]
    assert {p.title: p.reason for p in report.removed}["Old unread"] == (
        "unread, older than 365 days"
    )
    assert sorted(ids_by_title(store)) == ["New read", "Old starred"]
    # everything of them went: rows and the search index
    assert search(store, "wordold") == ["Old starred"]
    sql = store._db.sql
    docs = {r[0] for r in sql.execute("SELECT id FROM articles_fts_docsize")}
    assert docs == set(ids_by_title(store).values())
    assert store.integrity_check() == "ok"


def test_max_per_feed_and_zero_days_mean_never(store: Store) -> None:
    feed = store.add_feed("https://news.example/a.xml")[0].id
    for n in range(6):
        put(store, feed, day(n), (f"k{n}", f"Item {n}"))
    cache = CacheConfig(keep_days=0, keep_unread_days=0, max_per_feed=4)
    report = prune(store, cache, now=day(5000))
    assert sorted(p.title for p in report.removed) == ["Item 0", "Item 1"]
    assert {p.reason for p in report.removed} == {"beyond the newest 4 of its feed"}


def test_a_removed_article_never_comes_back_while_its_feed_lists_it(store: Store) -> None:
    feed = store.add_feed("https://news.example/a.xml")[0].id
    listed = [("a", "Alpha"), ("b", "Beta")]
    put(store, feed, day(0), *listed)
    store.set_read(ids_by_title(store).values())
    assert len(prune(store, CacheConfig(), now=day(100)).removed) == 2
    # The feed still lists both (and edits one) for a year: they stay gone; new items come.
    for n in range(1, 400, 7):
        put(store, feed, day(100 + n), *listed, ("b", "Beta, edited"), (f"n{n}", f"New {n}"))
    assert "Alpha" not in ids_by_title(store)
    assert not any(t.startswith("Beta") for t in ids_by_title(store))
    assert store.remembered_count() == 2


def test_the_memory_of_removed_articles_is_bounded(store: Store) -> None:
    """Remembered while the feed lists them; forgotten FORGET_AFTER_DAYS after the feed
    stopped listing them (at a later prune). A body that failed to parse (no entries)
    says nothing about them."""
    feed = store.add_feed("https://news.example/a.xml")[0].id
    put(store, feed, day(0), ("a", "Alpha"), ("b", "Beta"))
    store.set_read(ids_by_title(store).values())
    prune(store, CacheConfig(), now=day(100))
    assert store.remembered_count() == 2
    put(store, feed, day(101), ("b", "Beta"), ("c", "Gamma"))  # Alpha no longer listed
    store_entries(store, feed, [], now=day(102))  # an empty (broken) body: no news
    since = sorted(store.removed_keys(feed).values(), key=lambda v: v or 0)
    assert since == [None, int(day(101).timestamp())]  # Beta listed, Alpha missing
    prune(store, CacheConfig(), now=day(101 + FORGET_AFTER_DAYS - 1))
    assert store.remembered_count() == 2  # not yet a month
    prune(store, CacheConfig(), now=day(101 + FORGET_AFTER_DAYS + 1))
    assert store.remembered_count() == 1  # Alpha forgotten; Beta is still listed
    # Beta listed again and again keeps its memory however long it takes
    put(store, feed, day(300), ("b", "Beta"))
    prune(store, CacheConfig(), now=day(301))
    assert store.remembered_count() >= 1
    assert "Beta" not in ids_by_title(store)


def test_unsubscribing_forgets_the_feeds_removed_articles(store: Store) -> None:
    feed = store.add_feed("https://news.example/a.xml")[0]
    put(store, feed.id, day(0), ("a", "Alpha"))
    store.set_read(ids_by_title(store).values())
    prune(store, CacheConfig(), now=day(100))
    assert store.remembered_count() == 1
    store.remove_feed(feed.url)
    assert store.remembered_count() == 0


def test_a_dry_run_removes_nothing_and_names_what_a_prune_would(store: Store) -> None:
    feed = store.add_feed("https://news.example/a.xml")[0].id
    put(store, feed, day(0), *[(f"k{n}", f"Item {n} " + "long text " * 50) for n in range(50)])
    store.set_read(list(ids_by_title(store).values())[:30])
    before = sorted(ids_by_title(store).values())
    dry = prune(store, CacheConfig(), now=day(100), dry_run=True)
    assert sorted(ids_by_title(store).values()) == before
    assert dry.dry_run
    assert len(dry.removed) == 30
    assert 0 < dry.freed < dry.bytes_before
    real = prune(store, CacheConfig(), now=day(100))
    assert [p.id for p in real.removed] == [p.id for p in dry.removed]


def test_a_new_cache_gives_freed_space_back_to_the_file_system(store: Store) -> None:
    sql = store._db.sql
    assert sql.execute("PRAGMA auto_vacuum").fetchone()[0] == 2  # INCREMENTAL from the start
    feed = store.add_feed("https://news.example/a.xml")[0].id
    put(store, feed, day(0), *[(f"k{n}", f"Item {n} " + "filler " * 400) for n in range(2000)])
    store.set_read(ids_by_title(store).values())
    store.checkpoint()
    report = prune(store, CacheConfig(), now=day(100))
    assert len(report.removed) == 2000
    assert report.bytes_after < report.bytes_before / 4
    assert report.freed > 5_000_000
    assert store.file_bytes() == report.bytes_after
    assert not report.compacted


def index_bytes(store: Store) -> int:
    """The search index's own data, in bytes (FTS5's segments)."""
    sql = store._db.sql
    return int(sql.execute("SELECT sum(length(block)) FROM articles_fts_data").fetchone()[0])


def test_a_prune_leaves_nothing_of_removed_articles_in_the_search_index(store: Store) -> None:
    feed = store.add_feed("https://news.example/a.xml")[0].id
    for batch in range(10):  # ten refreshes: ten segments, as a cache has them
        items = [(f"k{batch}-{n}", f"Item {n} harbour{batch}x{n}") for n in range(100)]
        put(store, feed, day(batch / 10), *items)
    everything = index_bytes(store)
    keep = {i for t, i in ids_by_title(store).items() if t.startswith("Item 7 ")}
    store.set_read([i for i in ids_by_title(store).values() if i not in keep])
    report = prune(store, CacheConfig(), now=day(100))
    assert len(report.removed) == 990
    # FTS5 would keep the words of the 990 removed articles and a mark hiding each
    assert index_bytes(store) < everything / 10
    assert search(store, "harbour3x7") == ["Item 7 harbour3x7"]
    assert search(store, "harbour3x8") == []


def test_the_index_is_merged_once_removals_reach_a_share_of_the_cache(store: Store) -> None:
    """A merge rewrites the whole index: a prune merges it only once the articles removed
    since the last merge reach MERGE_SHARE of the cache (counted in the transactions that
    remove them); until then a removed article's words only hide behind a deletion mark."""
    feed = store.add_feed("https://news.example/a.xml")[0].id
    put(store, feed, day(0), *[(f"o{n}", f"Old {n} quay{n}") for n in range(30)])
    put(store, feed, day(80), *[(f"n{n}", f"New {n} pier{n}") for n in range(370)])
    store.set_read(ids_by_title(store).values())
    first = prune(store, CacheConfig(), now=day(91))  # 30 of 400 go: 7.5 %, below 10 %
    assert len(first.removed) == 30
    assert not first.index_merged
    assert store.unmerged_removals() == 30
    assert search(store, "quay3") == []
    before = index_bytes(store)
    put(store, feed, day(92), *[(f"m{n}", f"More {n} dock{n}") for n in range(10)])
    again = prune(store, CacheConfig(), now=day(171))  # 370 more: far past the share
    assert len(again.removed) == 370
    assert again.index_merged
    assert store.unmerged_removals() == 0
    assert index_bytes(store) < before / 5
    assert search(store, "dock3") == ["More 3 dock3"]
    assert search(store, "pier3") == []


def test_judging_only_old_enough_articles_removes_what_judging_all_would(store: Store) -> None:
    """The prune asks the cache only for the unstarred articles past their cutoff
    (decide.retention.candidates): the same removals as over every article."""
    from ekreader.core.decide.retention import Policy, candidates, removals

    feed = store.add_feed("https://news.example/a.xml")[0].id
    for n in range(0, 400, 7):
        put(store, feed, day(n), *[(f"k{n}-{i}", f"Item {n} {i}") for i in range(3)])
    titles = ids_by_title(store)
    store.set_read([i for t, i in titles.items() if t.endswith(" 0") or t.endswith(" 1")])
    store.set_starred([titles["Item 7 1"]], True)
    policies = (Policy(), Policy(keep_days=30, keep_unread_days=None), Policy(None, 200))
    for policy in (*policies, Policy(None, None)):
        for now in (day(100), day(380), day(500)):
            only = candidates(policy, now)
            assert only is not None
            judged = store.retention_facts(only)
            every = removals(store.retention_facts(), policy, now)
            assert removals(judged, policy, now) == every
            # the cache hands over only what goes: no unread one kept, nothing starred
            assert sorted(a.id for a in judged) == sorted(r.id for r in every)
            assert every or now == day(100) or policy == Policy(None, None)


def old_style_cache(path: Path) -> None:
    """A cache as ekreader made them before auto_vacuum (NONE): built, then VACUUMed into
    auto_vacuum = NONE by the sqlite3 module directly."""
    with Store.open(path) as s:
        feed = s.add_feed("https://news.example/a.xml")[0].id
        put(s, feed, day(0), *[(f"k{n}", f"Item {n} " + "filler " * 200) for n in range(500)])
        s.set_read(ids_by_title(s).values())
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA auto_vacuum = NONE")
    db.execute("VACUUM")
    assert db.execute("PRAGMA auto_vacuum").fetchone()[0] == 0
    db.close()


def test_an_old_cache_becomes_shrinkable_only_when_nobody_else_has_it_open(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.sqlite3"
    old_style_cache(path)
    other = Store.open(path)  # e.g. the reader
    try:
        with Store.open(path) as store:
            report = prune(store, CacheConfig(), now=day(100))
            assert len(report.removed) == 500
            assert not report.compacted  # never rewritten while another has it open
            assert store._db.sql.execute("PRAGMA auto_vacuum").fetchone()[0] == 0
    finally:
        other.close()
    with Store.open(path) as store:
        put(store, store.feeds()[0].id, day(101), ("z", "Zeta"))
        store.set_read(ids_by_title(store).values())
        report = prune(store, CacheConfig(), now=day(300))
        assert report.compacted
        assert store._db.sql.execute("PRAGMA auto_vacuum").fetchone()[0] == 2
        assert store.integrity_check() == "ok"
        assert report.bytes_after < report.bytes_before


def test_the_refresh_prunes_at_most_once_a_day(store: Store) -> None:
    feed = store.add_feed("https://news.example/a.xml")[0].id
    put(store, feed, day(0), ("a", "Alpha"))
    store.set_read(ids_by_title(store).values())
    assert prune_if_due(store, CacheConfig(), day(10)) is not None  # never pruned before
    assert store.last_prune() == day(10)
    put(store, feed, day(10), ("b", "Beta"))
    store.set_read(ids_by_title(store).values())
    assert prune_if_due(store, CacheConfig(), day(10.9)) is None
    report = prune_if_due(store, CacheConfig(), day(99))
    assert report is not None
    assert [p.title for p in report.removed] == ["Alpha"]  # 99 days; Beta 89
    assert prune_if_due(store, CacheConfig(), day(99.5)) is None


def test_a_starred_article_between_the_decision_and_the_removal_stays(store: Store) -> None:
    feed = store.add_feed("https://news.example/a.xml")[0].id
    put(store, feed, day(0), ("a", "Alpha"), ("b", "Beta"))
    ids = ids_by_title(store)
    store.set_read(ids.values())
    store.set_starred([ids["Beta"]])  # as if the user starred it during the prune
    assert store.remove_articles(list(ids.values())) == [ids["Alpha"]]
    assert sorted(ids_by_title(store)) == ["Beta"]


KILLER = """
import sys
from datetime import datetime, UTC, timedelta
from pathlib import Path
from ekreader.config import CacheConfig
from ekreader.core.prune import prune
from ekreader.core.store import Store
import ekreader.core.store.retention as retention
retention.CHUNK = 200
with Store.open(Path(sys.argv[1])) as store:
    print("ready", flush=True)
    prune(store, CacheConfig(), now=datetime(2026, 12, 1, tzinfo=UTC))
print("done", flush=True)
"""


def test_a_prune_killed_midway_leaves_no_article_half_removed(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    with Store.open(path) as s:
        feed = s.add_feed("https://news.example/a.xml")[0].id
        items = [(f"k{n}", f"Item {n} " + "filler " * 30) for n in range(12_000)]
        put(s, feed, day(0), *items)
        s.set_read(ids_by_title(s).values())
    total = 12_000
    child = subprocess.Popen(
        [sys.executable, "-c", KILLER, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    watcher = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    deadline = time.monotonic() + 120
    try:
        while True:  # kill once a few chunks are gone, well before the end
            left = watcher.execute("SELECT count(*) FROM articles").fetchone()[0]
            if left < total - 1000:
                break
            assert child.poll() is None, "the prune ended before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.002)
    finally:
        watcher.close()
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    with Store.open(path) as store:
        sql = store._db.sql
        assert store.integrity_check() == "ok"
        rows = {r[0] for r in sql.execute("SELECT id FROM articles")}
        indexed = {r[0] for r in sql.execute("SELECT id FROM articles_fts_docsize")}
        assert 0 < len(rows) < total  # killed midway
        assert indexed == rows  # no article without its index entry, nor the reverse
        assert store.remembered_count() == total - len(rows)  # each removed one remembered
        # the index answers for the articles left, and for nothing removed
        kept_title = sql.execute("SELECT title FROM articles LIMIT 1").fetchone()[0]
        number = kept_title.split()[1]
        assert search(store, f"item {number} filler") == [kept_title]
        # a second prune finishes the job
        prune(store, CacheConfig(), now=datetime(2026, 12, 1, tzinfo=UTC))
        assert sql.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
        assert store.remembered_count() == total


def test_a_cache_from_before_retention_is_upgraded_and_pruned(tmp_path: Path) -> None:
    """The migration that adds the memory of removed articles, on a cache of the schema
    before it (with an article): the article stays, a prune then works, the file is
    not rewritten on the way (auto_vacuum stays as it was until a prune runs alone)."""
    from ekreader.core.store.schema import MIGRATIONS, SCHEMA_VERSION, split_script
    from ekreader.core.text.fold import search_fold

    before = next(n for n, m in enumerate(MIGRATIONS) if "CREATE TABLE removed" in m)
    path = tmp_path / "old.sqlite3"
    db = sqlite3.connect(path, isolation_level=None)
    db.create_function("ek_fold", 1, search_fold)
    db.execute("BEGIN")
    for number in range(before):
        for statement in split_script(MIGRATIONS[number]):
            db.execute(statement)
    db.execute(f"PRAGMA user_version = {before}")
    db.execute("INSERT INTO feeds (id, url, added_at) VALUES (1, 'https://news.example/a', 0)")
    db.execute(
        "INSERT INTO articles (feed_id, key, title, sort_time, entry_hash, fetched_at, read)"
        " VALUES (1, 'k', 'Kept so far', 0, 'h', 0, 1)"
    )
    db.execute(
        "INSERT INTO articles_fts (rowid, title, summary, fulltext)"
        " VALUES (1, ek_fold('Kept so far'), ek_fold(''), NULL)"
    )
    db.execute("COMMIT")
    db.close()
    with Store.open(path) as store:
        assert store._db.sql.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store._db.sql.execute("PRAGMA auto_vacuum").fetchone()[0] == 0
        assert list(ids_by_title(store)) == ["Kept so far"]
        assert store.remembered_count() == 0
        report = prune(store, CacheConfig(), now=day(0), compact=False)
        assert [p.title for p in report.removed] == ["Kept so far"]
        assert store.remembered_count() == 1


def test_the_refresh_lives_on_its_clock_and_prunes_once_a_day(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    """The clock seam: articles arrive at the refresh's time, its daily prune runs at it."""
    import asyncio

    from ekreader.config import Config
    from ekreader.core.refresh import Refresher

    url = feed_server.add(
        "/f.xml",
        '<rss version="2.0"><channel><title>F</title><item><title>Only</title>'
        "<guid>only</guid><description>Text.</description></item></channel></rss>",
    )
    path = tmp_path / "cache.sqlite3"
    with Store.open(path) as s:
        s.add_feed(url)
    config = Config()
    first = asyncio.run(Refresher(path, config, feeds_only=True, clock=lambda: day(0)).run())
    assert first.new == 1
    assert first.pruned == 0
    with Store.open(path) as s:
        (article,) = s.headlines(HeadlineQuery())
        assert s.article(article.id).fetched_at == day(0)
        assert s.last_prune() == day(0)
        s.set_read([article.id])
    later = asyncio.run(Refresher(path, config, feeds_only=True, clock=lambda: day(91)).run())
    assert later.pruned == 1
    feed_server.add(  # a new item: the body changes, and still lists the removed one
        "/f.xml",
        '<rss version="2.0"><channel><title>F</title><item><title>Only</title>'
        "<guid>only</guid><description>Text.</description></item><item><title>Next</title>"
        "<guid>next</guid><description>More.</description></item></channel></rss>",
    )
    again = asyncio.run(Refresher(path, config, feeds_only=True, clock=lambda: day(91.5)).run())
    assert again.new == 1
    assert again.pruned == 0
    with Store.open(path) as s:
        assert [h.title for h in s.headlines(HeadlineQuery())] == ["Next"]


def test_the_stories_pass_lives_on_the_refreshs_clock(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    """The clustering pass takes the refresh's time: on the wall clock, articles that
    arrived (by the refresh's clock) more than its window before the real now were
    settled alone, unclustered (bench/soak.py's year skipped stories until its simulated
    date passed the real one, then its refresh cost a third more)."""
    import asyncio

    from ekreader.config import Config
    from ekreader.core.refresh import Refresher

    path = tmp_path / "cache.sqlite3"
    with Store.open(path) as s:
        for n, title in enumerate(
            [
                "Harbour council approves the new quay at Brindle",
                "Brindle quay approved by harbour council",
            ]
        ):
            url = feed_server.add(
                f"/s{n}.xml",
                f'<rss version="2.0"><channel><title>S{n}</title><item><title>{title}</title>'
                f"<guid>s{n}</guid><link>https://news{n}.example/q</link>"
                "<description>The council voted on the quay.</description></item></channel></rss>",
            )
            s.add_feed(url)
    summary = asyncio.run(Refresher(path, Config(), feeds_only=True, clock=lambda: day(0)).run())
    assert summary.new == 2
    with Store.open(path) as s:
        stories = {h.story for h in s.headlines(HeadlineQuery())}
    assert len(stories) == 1
