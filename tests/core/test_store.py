"""The SQLite cache: schema, upserts, search, and what survives kills and concurrent use."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ekreader.core import ingest
from ekreader.core.ingest import store_entries
from ekreader.core.parse.entry import make_entry
from ekreader.core.query import compile_query
from ekreader.core.store import Store, StoreError
from ekreader.core.store.headlines import words
from ekreader.core.store.schema import SCHEMA_VERSION
from ekreader.models import Document, EntryDecision, HeadlineQuery, Section, UpsertResult
from tests.helpers import FAST_FETCH, EkHome, ekreader_command
from tests.server import FeedServer


def entry(key: str, title: str, summary: str = "", *, published: datetime | None = None, **kw):
    return make_entry(
        kw.get("guid", key),
        title,
        kw.get("link"),
        kw.get("author"),
        published,
        None,
        summary,
        kw.get("content"),
        kw.get("categories", ()),
    )


def decision(e, reason: str | None = None, document: Document | None = None, page=False):
    return EntryDecision(e, reason, document, page)


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "cache.sqlite3") as s:
        yield s


@pytest.fixture
def feed_id(store: Store) -> int:
    return store.add_feed("https://news.example/feed.xml")[0].id


def titles(store: Store, query: HeadlineQuery | None = None) -> list[str]:
    return sorted(h.title for h in store.headlines(query or HeadlineQuery(), limit=10_000))


def raw(path: Path, sql: str, *params) -> list[tuple]:
    db = sqlite3.connect(path)
    try:
        return db.execute(sql, params).fetchall()
    finally:
        db.close()


# -- schema ---------------------------------------------------------------------------------


def test_new_cache_has_the_current_schema_wal_and_foreign_keys(tmp_path: Path):
    path = tmp_path / "sub" / "dir" / "cache.sqlite3"
    with Store.open(path) as store:
        assert store.integrity_check() == "ok"
    assert raw(path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    assert raw(path, "PRAGMA journal_mode") == [("wal",)]
    tables = {name for (name,) in raw(path, "SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"feeds", "articles", "articles_fts"} <= tables


def test_reopening_does_not_migrate_again(tmp_path: Path):
    path = tmp_path / "cache.sqlite3"
    with Store.open(path) as store:
        store.add_feed("https://a.example/rss")
    with Store.open(path) as store:
        assert [f.url for f in store.feeds()] == ["https://a.example/rss"]
    assert raw(path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]


def test_an_empty_sqlite_file_is_migrated(tmp_path: Path):
    path = tmp_path / "cache.sqlite3"
    sqlite3.connect(path).close()  # version 0, no tables
    with Store.open(path) as store:
        assert store.feeds() == []
    assert raw(path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]


def test_a_cache_of_the_first_schema_is_migrated_and_keeps_its_articles(tmp_path: Path):
    from ekreader.core.store.schema import MIGRATIONS

    path = tmp_path / "cache.sqlite3"
    db = sqlite3.connect(path)
    db.executescript(MIGRATIONS[0])
    db.execute("PRAGMA user_version = 1")
    db.execute(
        "INSERT INTO feeds (id, url, title, added_at) VALUES (1, 'https://a.example/rss', 'A', 0)"
    )
    db.execute(
        "INSERT INTO articles (feed_id, key, title, sort_time, summary, entry_hash, fetched_at,"
        " read, starred) VALUES (1, 'k1', 'Überschwemmung im Tal', 1700000000, 'Text', 'h', 0,"
        " 1, 1)"
    )
    db.commit()
    db.close()
    with Store.open(path) as store:
        (headline,) = store.headlines()
        assert (headline.title, headline.read, headline.starred) == (
            "Überschwemmung im Tal",
            True,
            True,
        )
        assert titles(store, HeadlineQuery(search="uberschwemmung")) == ["Überschwemmung im Tal"]
        assert store.integrity_check() == "ok"
    assert raw(path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]


def test_a_cache_from_a_newer_ekreader_is_refused(tmp_path: Path):
    path = tmp_path / "cache.sqlite3"
    Store.open(path).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    with pytest.raises(StoreError) as info:
        Store.open(path)
    assert str(path) in str(info.value)
    assert "newer" in str(info.value)


@pytest.mark.parametrize(
    "content",
    [b"this is not a database, just text\n" * 200, b"SQLite format 3\x00" + b"\xff" * 4000],
)
def test_a_file_that_is_not_a_cache_is_a_clear_error(tmp_path: Path, content: bytes):
    path = tmp_path / "cache.sqlite3"
    path.write_bytes(content)
    with pytest.raises(StoreError) as info:
        Store.open(path)
    message = str(info.value)
    assert str(path) in message
    assert "mv" in message  # says how to recover


def test_foreign_keys_cascade_on_remove(store: Store, feed_id: int, tmp_path: Path):
    store_entries(store, feed_id, [decision(entry("a", "Alpha")), decision(entry("b", "Beta"))])
    assert store.remove_feed("https://news.example/feed.xml")
    assert store.headlines() == []
    assert raw(tmp_path / "cache.sqlite3", "SELECT count(*) FROM articles") == [(0,)]
    assert titles(store, HeadlineQuery(search="Alpha")) == []


def test_remove_unknown_feed(store: Store):
    assert store.remove_feed("https://nobody.example/") is False


# -- feeds ----------------------------------------------------------------------------------


def test_add_feed_is_idempotent_and_keeps_folders(store: Store):
    feed, created = store.add_feed("https://a.example/rss", "Alpha", "News/World")
    assert created
    again, created_again = store.add_feed("https://a.example/rss")
    assert not created_again
    assert again.id == feed.id
    assert (again.title, again.folder) == ("Alpha", "News/World")
    assert len(store.feeds()) == 1


def test_feed_counts(store: Store, feed_id: int):
    result = store_entries(store, feed_id, [decision(entry(k, k)) for k in "abc"])
    store.set_read(result.new_ids[:2])
    (feed,) = store.feeds()
    assert (feed.unread, feed.total) == (1, 3)


# -- articles -------------------------------------------------------------------------------


def test_upsert_keeps_read_and_starred_and_updates_changed_content(store: Store, feed_id: int):
    first = store_entries(
        store,
        feed_id,
        [
            decision(entry("a", "Dam holds", "Water is rising.")),
            decision(entry("b", "Unchanged story", "Same.")),
        ],
    )
    assert len(first.new_ids) == 2
    a_id = next(h.id for h in store.headlines() if h.title == "Dam holds")
    store.set_read([a_id])
    store.set_starred([a_id], True)

    second = store_entries(
        store,
        feed_id,
        [
            decision(entry("a", "Dam breaks", "Water is over the top.")),
            decision(entry("b", "Unchanged story", "Same.")),
        ],
    )
    assert (second.new_ids, second.updated) == ((), 1)
    article = store.article(a_id)
    assert article is not None
    assert article.headline.title == "Dam breaks"
    assert article.summary == "Water is over the top."
    assert (article.headline.read, article.headline.starred) == (True, True)
    assert titles(store) == ["Dam breaks", "Unchanged story"]


def test_no_duplicates_across_fetches_or_within_one(store: Store, feed_id: int):
    batch = [decision(entry("a", "One")), decision(entry("b", "Two")), decision(entry("a", "One"))]
    assert len(store_entries(store, feed_id, batch).new_ids) == 2
    for _ in range(3):
        assert store_entries(store, feed_id, batch).new_ids == ()
    assert titles(store) == ["One", "Two"]


def test_a_plan_made_before_the_lock_is_made_again_when_another_writer_came_between(
    store: Store, feed_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Writes are planned before the write lock is taken; another process that stores the
    same feed in between (a second `ekreader fetch`) makes the plan stale: written as
    planned, "b" would be inserted twice."""
    store_entries(store, feed_id, [decision(entry("a", "v1"))])
    batch = [decision(entry("a", "v2")), decision(entry("b", "new"))]
    real_plan = ingest._plan

    def other_writer_comes_between(*args: object, **kwargs: object) -> object:
        plan = real_plan(*args, **kwargs)  # type: ignore[arg-type]
        monkeypatch.setattr(ingest, "_plan", real_plan)
        with Store.open(tmp_path / "cache.sqlite3") as other:
            assert store_entries(other, feed_id, batch).new_ids != ()
        return plan

    monkeypatch.setattr(ingest, "_plan", other_writer_comes_between)
    assert store_entries(store, feed_id, batch) == UpsertResult((), 0, ())
    assert titles(store) == ["new", "v2"]


def test_same_key_in_two_feeds_is_two_articles(store: Store, feed_id: int):
    other = store.add_feed("https://other.example/rss")[0].id
    store_entries(store, feed_id, [decision(entry("shared-guid", "From A"))])
    store_entries(store, other, [decision(entry("shared-guid", "From B"))])
    assert titles(store) == ["From A", "From B"]


def test_ids_are_stable_across_updates(store: Store, feed_id: int):
    (article_id,) = store_entries(store, feed_id, [decision(entry("a", "v1"))]).new_ids
    store_entries(store, feed_id, [decision(entry("a", "v2"))])
    store_entries(store, feed_id, [decision(entry("b", "other")), decision(entry("a", "v3"))])
    article = store.article(article_id)
    assert article is not None
    assert article.headline.title == "v3"


def test_dates_order_and_future_dates(store: Store, feed_id: int):
    now = datetime.now(UTC)
    store_entries(
        store,
        feed_id,
        [
            decision(entry("old", "Old", published=datetime(2020, 1, 1, tzinfo=UTC))),
            decision(entry("new", "New", published=datetime(2024, 1, 1, tzinfo=UTC))),
            decision(
                entry("future", "From the future", published=datetime(2999, 1, 1, tzinfo=UTC))
            ),
        ],
    )
    listed = store.headlines()
    assert [h.title for h in listed] == ["From the future", "New", "Old"]
    future = listed[0]
    assert future.published == datetime(2999, 1, 1, tzinfo=UTC)
    # A date in the future does not pin the article to the top forever.
    assert future.sort_time <= datetime.now(UTC)
    assert future.sort_time >= now.replace(microsecond=0)


def test_article_sections_from_the_feed_content(store: Store, feed_id: int):
    doc = Document(sections=(Section(None, "Lead."), Section("Details", "More text.")))
    (aid,) = store_entries(store, feed_id, [decision(entry("a", "T"), document=doc)]).new_ids
    article = store.article(aid)
    assert article is not None
    assert [(s.heading, s.text) for s in article.document.sections] == [
        (None, "Lead."),
        ("Details", "More text."),
    ]
    assert not article.full_text


def test_article_without_content_uses_the_summary(store: Store, feed_id: int):
    (aid,) = store_entries(store, feed_id, [decision(entry("a", "T", "Just a summary."))]).new_ids
    article = store.article(aid)
    assert article is not None
    assert [(s.heading, s.text) for s in article.document.sections] == [(None, "Just a summary.")]


def test_unknown_article(store: Store):
    assert store.article(123456) is None


def test_filters(store: Store, feed_id: int):
    other = store.add_feed("https://other.example/rss")[0].id
    ids = store_entries(
        store,
        feed_id,
        [
            decision(entry("a", "Breaking one"), "title marker: BREAKING:"),
            decision(entry("b", "Calm")),
        ],
    ).new_ids
    store_entries(store, other, [decision(entry("c", "Elsewhere"))])
    store.set_read([ids[1]])
    assert titles(store, HeadlineQuery(breaking=True)) == ["Breaking one"]
    assert titles(store, HeadlineQuery(unread=True)) == ["Breaking one", "Elsewhere"]
    assert titles(store, HeadlineQuery(feed_url="https://other.example/rss")) == ["Elsewhere"]
    assert titles(store, HeadlineQuery(feed_id=feed_id, unread=True)) == ["Breaking one"]
    assert store.count(HeadlineQuery(feed_url="https://other.example/rss")) == 1
    assert len(store.headlines(limit=2)) == 2


# -- search ---------------------------------------------------------------------------------


@pytest.fixture
def searchable(store: Store, feed_id: int) -> Store:
    store_entries(
        store,
        feed_id,
        [
            decision(entry("1", "Müller gewinnt den Deichlauf", "Sport aus Westerhude")),
            decision(entry("2", "Café in Köln öffnet wieder", "Kaffee und Kuchen")),
            decision(entry("3", "عاصفة رملية تغلق الطريق السريع", "أغلقت السلطات الطريق")),
            decision(entry("4", "Tide gauge breaks record", "Spring tide at noon")),
            decision(entry("5", "Ελληνικά νέα", "Σεισμός στην Κρήτη")),
            decision(entry("6", "Ёлка на площади", "Новогодняя ёлка в Моско\u0301вском парке")),
            decision(entry("7", "Мой город", "Репортаж")),
            decision(entry("8", "חֲדָשׁוֹת בְּעִבְרִית", "כתבה")),
            decision(entry("9", "Straße nach Łódź gesperrt", "Verkehr")),
            decision(entry("10", "İstanbul'da deprem", "Haber")),
        ],
    )
    return store


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Muller", ["Müller gewinnt den Deichlauf"]),
        ("muller", ["Müller gewinnt den Deichlauf"]),
        ("MÜLLER", ["Müller gewinnt den Deichlauf"]),
        ("koln cafe", ["Café in Köln öffnet wieder"]),
        ("Köln", ["Café in Köln öffnet wieder"]),
        ("westerhude", ["Müller gewinnt den Deichlauf"]),  # summary is searched too
        ("الطريق", ["عاصفة رملية تغلق الطريق السريع"]),
        ("Κρήτη", ["Ελληνικά νέα"]),
        ("κρητη", ["Ελληνικά νέα"]),  # accents are folded in every script, not only Latin
        ("ΚΡΗΤΗ", ["Ελληνικά νέα"]),
        ("ελληνικα", ["Ελληνικά νέα"]),
        ("σεισμος", ["Ελληνικά νέα"]),  # final sigma
        ("ЕЛКА", ["Ёлка на площади"]),  # ё is е
        ("московском", ["Ёлка на площади"]),  # a stress mark in the text is folded
        ("мой", ["Мой город"]),  # й is a letter of its own: "мой" is not "мои"
        ("мои", []),
        ("חדשות בעברית", ["חֲדָשׁוֹת בְּעִבְרִית"]),  # Hebrew points are folded
        ("عاصفة", ["عاصفة رملية تغلق الطريق السريع"]),  # ة folds to ه on both sides
        ("عاصفه", ["عاصفة رملية تغلق الطريق السريع"]),
        ("أغلقت", ["عاصفة رملية تغلق الطريق السريع"]),  # hamza on alef
        ("اغلقت", ["عاصفة رملية تغلق الطريق السريع"]),
        ("الطَّرِيق", ["عاصفة رملية تغلق الطريق السريع"]),  # harakat in the query
        ("strasse lodz", ["Straße nach Łódź gesperrt"]),
        ("STRASSE", ["Straße nach Łódź gesperrt"]),
        ("straß", ["Straße nach Łódź gesperrt"]),
        ("istanbul", ["İstanbul'da deprem"]),
        ("tid", ["Tide gauge breaks record"]),  # the last word is a prefix
        ("tide noon", ["Tide gauge breaks record"]),  # every word must match
        ("tide köln", []),
        ("nothing-like-this", []),
    ],
)
def test_search(searchable: Store, query: str, expected: list[str]):
    assert titles(searchable, HeadlineQuery(search=query)) == expected


@pytest.mark.parametrize(
    "query",
    ['"', "'", "*", "AND", "OR NOT", "NEAR(a b)", "-x", "title:x", "a^b", "(((", "\x00", "", "  "],
)
def test_search_syntax_never_raises(searchable: Store, query: str):
    result = searchable.headlines(HeadlineQuery(search=query))
    assert isinstance(result, list)


def test_typed_words_are_only_quoted_tokens():
    # Operators and quotes from the user are never FTS5 syntax: only quoted tokens.
    def match(text: str) -> str | None:
        return compile_query(words(text), now=datetime.now(UTC)).match

    assert match('müller "AND" x*') == '(("müller") AND ("AND") AND ("x"*))'
    assert match("e-mail") == '"e" AND "mail"*'
    assert match("  ") is None
    assert match("***") is None


def test_search_with_punctuation_inside_a_word(store: Store, feed_id: int):
    store_entries(store, feed_id, [decision(entry("a", "New e-mail rules for the harbour"))])
    store_entries(store, feed_id, [decision(entry("b", "Mail boats return"))])
    assert titles(store, HeadlineQuery(search="e-mail")) == ["New e-mail rules for the harbour"]
    assert titles(store, HeadlineQuery(search='harbour "rules"')) == [
        "New e-mail rules for the harbour"
    ]


def test_search_follows_updates_and_full_text(store: Store, feed_id: int):
    (aid,) = store_entries(store, feed_id, [decision(entry("a", "Old title"))]).new_ids
    store_entries(store, feed_id, [decision(entry("a", "Fresh headline"))])
    assert titles(store, HeadlineQuery(search="old")) == []
    assert titles(store, HeadlineQuery(search="fresh")) == ["Fresh headline"]
    store.save_page(aid, Document(sections=(Section("Hintergrund", "Überschwemmung im Tal"),)))
    assert titles(store, HeadlineQuery(search="uberschwemmung")) == ["Fresh headline"]
    article = store.article(aid)
    assert article is not None
    assert article.full_text


def test_a_page_that_labels_its_story_breaking_makes_the_article_breaking(
    store: Store, feed_id: int
):
    quiet, flagged = store_entries(
        store, feed_id, [decision(entry("a", "Dike holds")), decision(entry("b", "Dike breaks"))]
    ).new_ids
    page = Document(sections=(Section(None, "The water rose overnight."),))
    store.save_page(quiet, page)
    store.save_page(flagged, replace(page, breaking_label="Eilmeldung"))
    assert [h.title for h in store.headlines(HeadlineQuery(breaking=True))] == ["Dike breaks"]
    article = store.article(flagged)
    assert article is not None
    assert article.headline.breaking_reason == "page label: Eilmeldung"
    store.save_page(flagged, replace(page, breaking_label="Urgent"))  # the first reason stays
    store.save_page(flagged, page)  # a page without its label no longer: still breaking
    article = store.article(flagged)
    assert article is not None
    assert article.headline.breaking
    assert article.headline.breaking_reason == "page label: Eilmeldung"


def test_a_page_label_keeps_the_feeds_own_reason(store: Store, feed_id: int):
    (aid,) = store_entries(
        store, feed_id, [decision(entry("a", "BREAKING: Dike breaks"), "title marker: BREAKING")]
    ).new_ids
    store.save_page(aid, Document(sections=(Section(None, "Text."),), breaking_label="عاجل"))
    article = store.article(aid)
    assert article is not None
    assert article.headline.breaking_reason == "title marker: BREAKING"


# -- processes: a killed fetch, concurrent fetches, a damaged cache ----------------------


def rss(name: str, count: int) -> str:
    items = "".join(
        f"<item><title>{name} story {i}</title><guid>{name}-{i}</guid>"
        f"<link>https://news.example/{name}/{i}</link><description>Text {i}.</description></item>"
        for i in range(count)
    )
    return f'<rss version="2.0"><channel><title>{name}</title>{items}</channel></rss>'


def opml(urls: list[str]) -> str:
    outlines = "".join(f'<outline text="f{i}" xmlUrl="{u}"/>' for i, u in enumerate(urls))
    return f'<opml version="2.0"><body>{outlines}</body></opml>'


def subscribe(ek: EkHome, urls: list[str], name: str = "subs.opml") -> None:
    path = ek.root / name
    path.write_text(opml(urls), encoding="utf-8")
    ek.ok("import", str(path))


def article_rows(db: Path) -> list[tuple[str, str]]:
    return raw(db, "SELECT f.url, a.key FROM articles a JOIN feeds f ON f.id = a.feed_id")


def test_killed_fetch_keeps_every_earlier_article(feed_server: FeedServer, ek: EkHome):
    early = [feed_server.add(f"/early{i}.xml", rss(f"early{i}", 5)) for i in range(4)]
    subscribe(ek, early)
    ek.ok("fetch", "--feeds-only")
    before = set(article_rows(ek.database))
    assert len(before) == 20

    # Now the early feeds hang and new feeds answer one after another, so the kill
    # lands while feeds are being written.
    for path in [f"/early{i}.xml" for i in range(4)]:
        feed_server.add(path, hang=True)
    late = [feed_server.add(f"/late{i}.xml", rss(f"late{i}", 8), delay=0.05 * i) for i in range(40)]
    subscribe(ek, late, "late.opml")
    process = subprocess.Popen(
        [ekreader_command(), "fetch", "--feeds-only"],
        env=ek.env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if len(raw(ek.database, "SELECT id FROM articles")) > len(before) + 30:
                break
            time.sleep(0.02)
        else:
            pytest.fail("the fetch stored nothing new")
        assert process.poll() is None, "the fetch finished before it could be killed"
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)

    assert raw(ek.database, "PRAGMA integrity_check") == [("ok",)]
    after = article_rows(ek.database)
    assert before <= set(after)
    assert len(after) == len(set(after))
    per_feed: dict[str, int] = {}
    for url, _ in after:
        per_feed[url] = per_feed.get(url, 0) + 1
    # One transaction per feed: a feed has all of its new articles or none.
    assert all(per_feed.get(url, 0) in (0, 8) for url in late)
    assert len(after) < len(before) + 40 * 8  # the kill did interrupt the fetch

    # The next fetch completes the work without duplicates (and without the delays:
    # 40 feeds on one host go 8 at a time).
    for i in range(4):
        feed_server.add(f"/early{i}.xml", rss(f"early{i}", 5))
    for i in range(40):
        feed_server.add(f"/late{i}.xml", rss(f"late{i}", 8))
    ek.ok("fetch", "--feeds-only")
    final = article_rows(ek.database)
    assert len(final) == len(set(final)) == 20 + 40 * 8


def test_ctrl_c_during_a_fetch(feed_server: FeedServer, ek: EkHome):
    good = [feed_server.add(f"/g{i}.xml", rss(f"g{i}", 5)) for i in range(3)]
    hung = [feed_server.add(f"/h{i}.xml", hang=True) for i in range(2)]
    subscribe(ek, good + hung)
    ek.config('[fetch]\ntimeout = 30\nfull_text = "never"\n')
    process = subprocess.Popen(
        [ekreader_command(), "fetch"],
        env=ek.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 20
        while len(raw(ek.database, "SELECT id FROM articles")) < 15:
            assert time.monotonic() < deadline, "the good feeds were not stored"
            time.sleep(0.02)
        # Ctrl-C on a terminal signals the whole foreground process group.
        os.killpg(process.pid, signal.SIGINT)
        _, stderr = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    assert process.returncode == 130
    assert stderr == "ekreader: interrupted\n"  # no traceback, from any process
    assert raw(ek.database, "PRAGMA integrity_check") == [("ok",)]
    assert len(raw(ek.database, "SELECT id FROM articles")) == 15


def test_two_concurrent_fetches_and_a_reader(feed_server: FeedServer, ek: EkHome):
    urls = [
        feed_server.add(f"/c{i}.xml", rss(f"c{i}", 10), delay=0.01 * (i % 7)) for i in range(30)
    ]
    subscribe(ek, urls)
    # This test is about two writers and a reader sharing the cache, not about timeouts:
    # a loaded machine (CI running other suites) must not turn a slow answer into an error.
    ek.config(FAST_FETCH.replace("timeout = 2", "timeout = 30"))
    fetchers = [
        subprocess.Popen(
            [ekreader_command(), "fetch", "--feeds-only"],
            env=ek.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    reads = 0
    try:
        while any(p.poll() is None for p in fetchers) or reads < 2:
            result = ek.run("headlines", "--json", "--limit", "1000", timeout=60)
            assert result.returncode == 0, result.stderr
            assert "Traceback" not in result.stderr
            json.loads(result.stdout)
            reads += 1
        outputs = [p.communicate(timeout=60) for p in fetchers]
    finally:
        for p in fetchers:
            if p.poll() is None:
                p.kill()
    for process, (_, stderr) in zip(fetchers, outputs, strict=True):
        assert process.returncode == 0, stderr
        assert "locked" not in stderr
        assert "busy" not in stderr
        assert "error" not in stderr
    rows = article_rows(ek.database)
    assert len(rows) == len(set(rows)) == 30 * 10
    headlines = ek.json("headlines", "--limit", "1000")
    assert len(headlines) == 300
    assert len({h["id"] for h in headlines}) == 300


def test_concurrent_first_use_of_an_empty_home(feed_server: FeedServer, ek: EkHome):
    # Two processes create the cache at the same moment.
    files = []
    for n in range(2):
        urls = [feed_server.url(f"/p{n}-{i}.xml") for i in range(5)]
        path = ek.root / f"p{n}.opml"
        path.write_text(opml(urls), encoding="utf-8")
        files.append(path)
    processes = [
        subprocess.Popen(
            [ekreader_command(), "import", str(f)],
            env=ek.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for f in files
    ]
    results = [(p.wait(timeout=60), p.communicate()[1]) for p in processes]
    assert results == [(0, ""), (0, "")]
    assert len(ek.json("feeds")) == 10


@pytest.mark.parametrize(
    "command", [["headlines"], ["feeds"], ["fetch"], ["read", "1"], ["export"]]
)
def test_corrupt_cache_is_a_clear_message(ek: EkHome, command: list[str]):
    ek.database.parent.mkdir(parents=True, exist_ok=True)
    ek.database.write_bytes(b"definitely not SQLite " * 500)
    result = ek.run(*command)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert str(ek.database) in result.stderr
    assert result.stderr.count("\n") == 1
    assert result.stdout == ""


def test_cache_damaged_inside_is_a_clear_message(feed_server: FeedServer, ek: EkHome):
    urls = [feed_server.add(f"/d{i}.xml", rss(f"d{i}", 40)) for i in range(5)]
    subscribe(ek, urls)
    ek.ok("fetch", "--feeds-only")
    data = bytearray(ek.database.read_bytes())
    if len(data) < 8192:  # everything may still be in the WAL: checkpoint it
        db = sqlite3.connect(ek.database)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        data = bytearray(ek.database.read_bytes())
    page = 4096
    for start in range(page * 2, len(data), page):  # keep the header and schema page
        data[start : start + 512] = b"\xa5" * 512
    ek.database.write_bytes(bytes(data))
    for wal in ek.database.parent.glob("*-wal"):
        wal.unlink()
    for command in (["headlines"], ["headlines", "--search", "story"], ["feeds", "--json"]):
        result = ek.run(*command)
        assert "Traceback" not in result.stderr, (command, result.stderr)
        if result.returncode != 0:
            assert result.returncode == 1
            assert str(ek.database) in result.stderr


def test_star_and_unstar_several_articles_at_once(store: Store, feed_id: int) -> None:
    store_entries(
        store, feed_id, [decision(entry(key, f"Story {key}", "Text.")) for key in ("a", "b", "c")]
    )
    ids = {h.title: h.id for h in store.headlines()}
    store.set_starred([ids["Story a"], ids["Story c"]], True)
    assert {h.title for h in store.headlines() if h.starred} == {"Story a", "Story c"}
    store.set_starred([ids["Story a"], ids["Story b"]], False)
    assert {h.title for h in store.headlines() if h.starred} == {"Story c"}
