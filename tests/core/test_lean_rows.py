"""Lean rows: long stored text packed (core/text/packed.py), the feed's HTML not kept beside
the sections made from it, a guid that is the key not kept twice; and everything that
reads the text (the article, search, revisions, a prune, an older unpacked row) still does."""

from __future__ import annotations

import sqlite3
import zlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from ekreader.core.ingest import store_entries
from ekreader.core.parse.feed import make_entry
from ekreader.core.store import Store
from ekreader.core.store.connection import PAGE_SIZE
from ekreader.core.text.packed import PACK_FROM, compress, decompress, pack, unpack
from ekreader.models import Document, EntryDecision, HeadlineQuery, Section

LONG = "The harbour council approved the new flood wall after a long debate. " * 12
NOW = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("short text", "short text"),
        (b"plain bytes", "plain bytes"),
        (b"xylophone: starts like zlib, is not", "xylophone: starts like zlib, is not"),
        (b"bad \xff utf-8", "bad \ufffd utf-8"),
        (42, "42"),
    ],
)
def test_unpack_reads_any_stored_value(value: object, expected: str | None) -> None:
    assert unpack(value) == expected


def test_pack_keeps_short_or_incompressible_text_as_text() -> None:
    short = "a" * (PACK_FROM - 1)
    assert pack(short) == short
    assert pack(None) is None
    noise = "".join(chr(0x4E00 + (i * 7919) % 20000) for i in range(400))  # CJK, no repeats
    packed = pack(noise)
    assert packed == noise or (isinstance(packed, bytes) and unpack(packed) == noise)


def test_pack_compresses_long_text_and_unpacks_it() -> None:
    packed = pack(LONG)
    assert isinstance(packed, bytes)
    assert len(packed) < len(LONG) // 4
    assert unpack(packed) == LONG
    assert decompress(compress("ünïcode ✓")) == "ünïcode ✓"
    assert decompress(b"not zlib") is None
    assert decompress(zlib.compress(b"\xff\xfe")) is None  # zlib, but not UTF-8


def entry(key: str, title: str, *, content: str | None = None, guid: str | None = None):
    return make_entry(
        guid or key, title, f"https://news.example/{key}", None, None, None, "Summary.", content, ()
    )


def with_text(key: str, title: str, text: str, guid: str | None = None) -> EntryDecision:
    """An entry whose content (`text`) the decide step made into two sections."""
    doc = Document(sections=(Section(None, text), Section("Background", "More: " + text)))
    return EntryDecision(entry(key, title, content=f"<p>{text}</p>", guid=guid), None, doc, False)


def raw(path: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    db = sqlite3.connect(path)
    try:
        return db.execute(sql, params).fetchall()
    finally:
        db.close()


def fts_hits(path: Path, word: str) -> int:
    """What the index itself holds for a word (a count a search shows; stale entries count)."""
    rows = raw(path, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", word)
    return int(rows[0][0])  # type: ignore[call-overload]


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "cache.sqlite3"


@pytest.fixture
def store(cache: Path):
    with Store.open(cache) as s:
        yield s


def test_long_sections_are_stored_packed_and_read_back_whole(store: Store, cache: Path) -> None:
    feed = store.add_feed("https://news.example/feed.xml")[0].id
    (aid,) = store_entries(store, feed, [with_text("a", "Flood wall", LONG)]).new_ids
    (kind, content, guid), *_ = raw(
        cache, "SELECT typeof(fulltext), content, guid FROM articles WHERE id = ?", aid
    )
    assert kind == "blob"
    assert content is None  # the sections made from it are kept, not the HTML again
    assert guid is None  # the key is the guid
    article = store.article(aid)
    assert article is not None
    assert [(s.heading, s.text) for s in article.document.sections] == [
        (None, LONG),
        ("Background", "More: " + LONG),
    ]
    assert [h.title for h in store.headlines(HeadlineQuery(search="debate"))] == ["Flood wall"]
    assert [h.title for h in store.headlines(HeadlineQuery(query='"flood wall after"'))] == [
        "Flood wall"
    ]


def test_feed_html_without_sections_and_a_guid_apart_from_the_key_are_kept(
    store: Store, cache: Path
) -> None:
    feed = store.add_feed("https://news.example/feed.xml")[0].id
    decision = EntryDecision(
        entry("k", "Teaser", content="<img src=x>", guid="g-1"), None, None, False
    )
    (aid,) = store_entries(store, feed, [decision]).new_ids
    assert raw(cache, "SELECT content, guid FROM articles WHERE id = ?", aid) == [
        ("<img src=x>", None if decision.entry.guid == decision.entry.key else "g-1")
    ]


def test_changed_packed_text_leaves_no_old_words_in_the_index(store: Store, cache: Path) -> None:
    feed = store.add_feed("https://news.example/feed.xml")[0].id
    first = LONG + " Turbines were mentioned."
    (aid,) = store_entries(store, feed, [with_text("a", "Wind", first)], now=NOW).new_ids
    assert fts_hits(cache, "turbines") == 1
    second = LONG + " Windmills were mentioned."
    store_entries(store, feed, [with_text("a", "Wind", second)], now=NOW + timedelta(hours=1))
    # the old words were taken out with the values they went in with (unpacked)
    assert fts_hits(cache, "turbines") == 0
    assert fts_hits(cache, "windmills") == 1
    (revision,) = store.revisions(aid)
    assert revision.sections[0].text == first
    store.save_page(aid, Document(sections=(Section(None, LONG + " Page words: lighthouse."),)))
    assert (fts_hits(cache, "windmills"), fts_hits(cache, "lighthouse")) == (0, 1)
    assert store.remove_articles([aid]) == [aid]
    assert fts_hits(cache, "lighthouse") == 0
    assert fts_hits(cache, "debate") == 0


def test_a_row_stored_before_packing_still_reads_searches_and_goes(
    store: Store, cache: Path
) -> None:
    feed = store.add_feed("https://news.example/feed.xml")[0].id
    (aid,) = store_entries(store, feed, [with_text("a", "Old row", LONG + " Quay.")]).new_ids
    # as an earlier ekreader left it: the same sections as plain text
    plain = unpack(raw(cache, "SELECT fulltext FROM articles WHERE id = ?", aid)[0][0])
    db = sqlite3.connect(cache)
    with db:
        db.execute("UPDATE articles SET fulltext = ? WHERE id = ?", (plain, aid))
    db.close()
    assert raw(cache, "SELECT typeof(fulltext) FROM articles WHERE id = ?", aid) == [("text",)]
    article = store.article(aid)
    assert article is not None
    assert article.document.sections[0].text == LONG + " Quay."
    assert fts_hits(cache, "quay") == 1
    store_entries(store, feed, [with_text("a", "Old row", LONG + " Pier.")])
    assert (fts_hits(cache, "quay"), fts_hits(cache, "pier")) == (0, 1)


def test_a_new_cache_has_16_kb_pages_and_an_older_one_keeps_its_own(tmp_path: Path) -> None:
    new, old = tmp_path / "new.sqlite3", tmp_path / "old.sqlite3"
    Store.open(new).close()
    assert raw(new, "PRAGMA page_size") == [(PAGE_SIZE,)]
    db = sqlite3.connect(old)
    db.execute("PRAGMA page_size = 4096")
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("CREATE TABLE leftover (x)")  # a cache file begun by an earlier ekreader
    db.close()
    with Store.open(old) as store:
        feed = store.add_feed("https://news.example/feed.xml")[0].id
        store_entries(store, feed, [with_text("a", "Kept", LONG)])
        assert store.count(HeadlineQuery(search="harbour")) == 1
    assert raw(old, "PRAGMA page_size") == [(4096,)]
