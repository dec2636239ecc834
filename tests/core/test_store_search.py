"""Search folds accents in every script: the fold itself (checked against SQLite's own
tokenizer), the index it fills (compared with one built from scratch), the migration that
re-indexes a schema-3 cache, and `ekreader headlines --search` end to end."""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ekreader.core.store.connection as store_module
from ekreader.core.ingest import store_entries
from ekreader.core.parse.entry import make_entry
from ekreader.core.store import Store, StoreError
from ekreader.core.store.codec import encode_sections
from ekreader.core.store.schema import MIGRATIONS, SCHEMA_VERSION, split_script
from ekreader.core.store.search import tokens
from ekreader.core.text.fold import _fold_any, search_fold
from ekreader.core.text.packed import unpack
from ekreader.models import Document, EntryDecision, HeadlineQuery, Section
from tests.helpers import EkHome
from tests.server import FeedServer

TOKENIZER = re.findall(r"tokenize = '([^']+)'", MIGRATIONS[-1] + "".join(MIGRATIONS))[0]
"""The index's tokenizer, as the newest migration that names one creates it."""


class Tokenizer:
    """SQLite's FTS5 tokenizer on its own: the tokens the index would hold for a text."""

    def __init__(self) -> None:
        self.db = sqlite3.connect(":memory:")
        self.db.execute(f"CREATE VIRTUAL TABLE t USING fts5 (x, tokenize = '{TOKENIZER}')")
        self.db.execute("CREATE VIRTUAL TABLE v USING fts5vocab (t, 'instance')")

    def cut(self, texts: Iterable[str]) -> list[list[str]]:
        """The tokens of each text, in order."""
        texts = list(texts)
        self.db.execute("DELETE FROM t")
        self.db.executemany(
            "INSERT INTO t (rowid, x) VALUES (?, ?)", [(i, x) for i, x in enumerate(texts)]
        )
        found: list[list[str]] = [[] for _ in texts]
        for term, doc in self.db.execute("SELECT term, doc FROM v ORDER BY doc, offset"):
            found[doc].append(term)
        return found

    def one(self, text: str) -> list[str]:
        return self.cut([text])[0]


@pytest.fixture(scope="module")
def tokenizer() -> Tokenizer:
    return Tokenizer()


def searched(tokenizer: Tokenizer, text: str) -> list[str]:
    """The tokens the index holds for `text` (what a query for it must ask)."""
    return tokenizer.one(search_fold(text) or "")


# -- the fold ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Κρήτη", "κρητη"),
        ("ΚΡΉΤΗ", "κρητη"),
        ("Σεισμός", "σεισμοσ"),
        ("ϊ ΐ ΰ", "ι ι υ"),
        ("ёлка Ёлка", "елка елка"),
        ("Моско\u0301вский", "московский"),  # a stress mark
        ("Україна їжак", "украіна іжак"),
        ("й", "и\u0306"),  # decomposed or not: the same letter
        ("חֲדָשׁוֹת", "חדשות"),  # Hebrew points
        ("الطَّرِيقُ", "الطريق"),  # harakat
        ("الطـــريق", "الطريق"),  # tatweel
        ("أحمد إلى آخر", "احمد الي اخر"),  # hamza on alef; alef maksura
        ("مدرسة", "مدرسه"),  # teh marbuta
        ("ﻻ", "لا"),  # a presentation form
        ("کتاب ایران", "كتاب ايران"),  # Persian keheh and yeh
        ("Straße STRASSE ẞ", "strasse strasse ss"),
        ("Łódź Ørsted Đakovo", "lodz orsted dakovo"),
        ("İstanbul ılık", "istanbul ilik"),
        ("Cæsar œuvre", "caesar oeuvre"),
        ("ﬁnal x² Ǆemal", "final x2 dzemal"),
        ("Café Köln ñandú", "cafe koln nandu"),
        ("Việt Nam", "viet nam"),
    ],
)
def test_equal_after_folding(tokenizer: Tokenizer, a: str, b: str) -> None:
    assert searched(tokenizer, a) == searched(tokenizer, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("мой", "мои"),  # й is a letter of its own in Russian, not an accented и
        ("ў", "у"),  # Belarusian ў likewise
        ("कुल", "कल"),  # Devanagari vowel signs are spelling
        ("が", "か"),  # Japanese voicing marks too
        ("ก่อน", "กอน"),  # and Thai tone marks
        ("ש", "ת"),
    ],
)
def test_still_different_after_folding(tokenizer: Tokenizer, a: str, b: str) -> None:
    assert searched(tokenizer, a) != searched(tokenizer, b)


def _shortcut_characters() -> list[str]:
    """Every non-ASCII character search_fold may answer without decomposing."""
    ranges = ((0x80, 0x250), (0x2000, 0x2070), (0x20A0, 0x20D0))
    return [chr(c) for start, end in ranges for c in range(start, end)]


def test_the_latin_shortcut_gives_the_tokens_of_the_full_fold(tokenizer: Tokenizer) -> None:
    # search_fold leaves Latin text to unicode61 except for the characters it lists as
    # not Latin: for each other character, the tokens must be those of the full fold.
    texts = [f"x{c}y {c}" for c in _shortcut_characters()]
    short = tokenizer.cut(search_fold(t) or "" for t in texts)
    full = tokenizer.cut(_fold_any(t) for t in texts)
    differ = [t for t, s, f in zip(texts, short, full, strict=True) if s != f]
    assert differ == []


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(
        st.sampled_from(
            [*_shortcut_characters(), *"aeiouAEIOU19 -.,'", "Κ", "ή", "й", "ё", "ة", "\u0301"]
        ),
        max_size=30,
    )
)
def test_the_shortcuts_agree_with_the_full_fold_on_any_text(
    tokenizer: Tokenizer, text: str
) -> None:
    assert tokenizer.one(search_fold(text) or "") == tokenizer.one(_fold_any(text))


def test_folding_twice_changes_nothing() -> None:
    # A query that is already folded (or typed without accents) asks what the index holds.
    changed = []
    for code in range(0x30000):
        char = chr(code)
        if 0xD800 <= code <= 0xDFFF:
            continue
        once = search_fold(f"a{char}b")
        if search_fold(once) != once:
            changed.append(hex(code))
    assert changed == []


@pytest.mark.parametrize(
    "text",
    [
        "Σεισμός στην Κρήτη: 5,2 Ρίχτερ",
        "أغلقت السلطات الطريق السريع",
        "Новогодняя ёлка в Моско\u0301вском парке",
        "Straße nach Łódź, x² und ½ Liter; e-mail",
        "東京で地震 한국어 뉴스 हिन्दी समाचार",
        "\u05d7\u05b2\u05d3\u05b8\u05e9\u05c1\u05d5\u05b9\u05ea",
    ],
)
def test_query_tokens_are_cut_where_the_index_cuts(tokenizer: Tokenizer, text: str) -> None:
    folded = search_fold(text) or ""
    cut = tokens(folded)
    assert [word for token in cut for word in tokenizer.one(token)] == tokenizer.one(folded)
    assert all(len(tokenizer.one(token)) == 1 for token in cut)


@pytest.fixture(scope="module")
def many_scripts(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with Store.open(tmp_path_factory.mktemp("search") / "cache.sqlite3") as store:
        feed = store.add_feed("https://a.example/feed")[0].id
        store_entries(
            store,
            feed,
            [
                _decision("hi", "हिन्दी समाचार आज", "दिल्ली में बारिश"),
                _decision("th", "ข่าวภาษาไทย วันนี้", "ฝนตกหนัก"),
                _decision("ja", "東京で地震", "震度5弱"),
                _decision("el", "Σεισμός στην Κρήτη", ""),
            ],
        )
        yield store


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # Before, such a search was a phrase to an index without positions: an error,
        # which `ekreader headlines --search` reported as a damaged cache.
        ("हिन्दी", ["हिन्दी समाचार आज"]),
        ("समाचार दिल्ली", ["हिन्दी समाचार आज"]),
        ("ข่าว", ["ข่าวภาษาไทย วันนี้"]),
        ("東京", ["東京で地震"]),
        ("κρητη", ["Σεισμός στην Κρήτη"]),
    ],
)
def test_search_in_scripts_the_tokenizer_cuts_inside_words(
    many_scripts: Store, query: str, expected: list[str]
) -> None:
    assert [h.title for h in many_scripts.headlines(HeadlineQuery(search=query))] == expected
    assert many_scripts.count(HeadlineQuery(search=query)) == len(expected)


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=20))
def test_no_search_ever_fails(many_scripts: Store, text: str) -> None:
    assert many_scripts.count(HeadlineQuery(search=text)) >= 0
    assert isinstance(many_scripts.headlines(HeadlineQuery(search=text, unread=True)), list)


def test_a_store_cuts_queries_where_sqlite_cuts(many_scripts: Store, tokenizer: Tokenizer) -> None:
    text = "हिन्दी समाचार e-mail Müller ΚΡΗΤΗ x² 東京で"
    assert many_scripts._lister._matcher.cut(text) == tokenizer.one(text)


# -- the index ----------------------------------------------------------------------------


def index_terms(db: sqlite3.Connection) -> list[tuple[str, int, str, int]]:
    """What the search index holds: each token with its row, column and position."""
    db.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.held"
        " USING fts5vocab (main, articles_fts, 'instance')"
    )
    return db.execute(
        "SELECT term, doc, col, offset FROM temp.held ORDER BY term, doc, col, offset"
    ).fetchall()


def expected_terms(db: sqlite3.Connection) -> list[tuple[str, int, str, int]]:
    """What it would hold if built from scratch from the articles as they are now: the
    text folded, the sections of the full text kept apart by a token of their own."""
    db.execute("DROP TABLE IF EXISTS temp.scratch")
    db.execute(
        "CREATE VIRTUAL TABLE temp.scratch USING fts5 (title, summary, fulltext,"
        f" tokenize = '{TOKENIZER}')"
    )
    rows = db.execute("SELECT id, title, summary, fulltext FROM articles").fetchall()
    db.executemany(
        "INSERT INTO temp.scratch (rowid, title, summary, fulltext) VALUES (?, ?, ?, ?)",
        [
            (i, search_fold(title), search_fold(unpack(summary)), _sections_apart(unpack(fulltext)))
            for i, title, summary, fulltext in rows
        ],
    )
    db.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.fresh USING fts5vocab (temp, scratch, 'instance')"
    )
    return db.execute(
        "SELECT term, doc, col, offset FROM temp.fresh ORDER BY term, doc, col, offset"
    ).fetchall()


def _sections_apart(fulltext: str | None) -> str | None:
    """Stored sections (RS between sections, US between a heading and its text) with
    U+E000 between them, folded (written here again, not taken from the store)."""
    folded = search_fold(fulltext)
    return None if folded is None else re.sub("[\x1e\x1f]", " \ue000 ", folded)


def assert_index_matches_the_articles(path: Path) -> None:
    db = sqlite3.connect(path)
    try:
        db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
        assert index_terms(db) == expected_terms(db)
    finally:
        db.close()


def _decision(key: str, title: str, summary: str = "") -> EntryDecision:
    return EntryDecision(
        make_entry(key, title, None, None, None, None, summary, None), None, None, False
    )


def test_the_index_follows_inserts_updates_pages_and_removals(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    with Store.open(path) as store:
        feed = store.add_feed("https://a.example/feed")[0].id
        other = store.add_feed("https://b.example/feed")[0].id
        ids = store_entries(
            store,
            feed,
            [
                _decision("1", "Σεισμός στην Κρήτη", "Ισχυρή δόνηση"),
                _decision("2", "عاصفة رملية", "أغلقت السلطات الطريق"),
                _decision("3", "Straße gesperrt", "Verkehr"),
            ],
        ).new_ids
        store_entries(store, other, [_decision("x", "Ёлка", "Новогодняя ёлка")])
        assert_index_matches_the_articles(path)
        store_entries(store, feed, [_decision("1", "Νέος σεισμός στη Ρόδο", "Ξανά")])
        store.save_page(ids[1], _document("Πρώτη σελίδα"))
        store.save_page(ids[1], _document("Τα νέα της ημέρας"))  # a page fetched again
        assert_index_matches_the_articles(path)
        assert store.count(HeadlineQuery(search="πρωτη")) == 0
        assert [h.title for h in store.headlines(HeadlineQuery(search="κρητη"))] == []
        assert [h.title for h in store.headlines(HeadlineQuery(search="ροδο"))] == [
            "Νέος σεισμός στη Ρόδο"
        ]
        assert [h.title for h in store.headlines(HeadlineQuery(search="ημερα"))] == ["عاصفة رملية"]
        store.remove_feed("https://b.example/feed")
        assert_index_matches_the_articles(path)
        assert store.count(HeadlineQuery(search="елка")) == 0


def _document(text: str) -> Document:
    return Document(sections=(Section("Ενημέρωση", text),))


# -- the migration from schema 3 ------------------------------------------------------------

ARTICLES_V3 = [
    # key, title, summary, fulltext sections, read, starred
    (
        "el",
        "Σεισμός στην Κρήτη",
        "Ισχυρή δόνηση 5,2 Ρίχτερ",
        [("Λεπτομέρειες", "Στο Ηράκλειο")],
        1,
        0,
    ),
    ("ar", "عاصفة رملية تغلق الطريق السريع", "أغلقت السلطات الطريق", [], 0, 1),
    ("ru", "Новогодняя ёлка", "В Моско\u0301вском парке", [(None, "Ёлку нарядили")], 0, 0),
    ("de", "Überschwemmung im Tal", "Straße gesperrt", [], 1, 1),
    ("en", "Harbour strike ends", "Ferries resume", [], 0, 0),
]


def make_schema_3_cache(path: Path) -> list[tuple[object, ...]]:
    """A cache as ekreader with schema 3 left it (its DDL is MIGRATIONS[:3], unchanged
    since); returns its articles' rows."""
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode = WAL")
    for script in MIGRATIONS[:3]:
        for statement in split_script(script):
            db.execute(statement)
    db.execute("PRAGMA user_version = 3")
    db.execute(
        "INSERT INTO feeds (id, url, title, added_at) VALUES (1, 'https://a.example/rss', 'A', 0)"
    )
    for number, (key, title, summary, sections, read, starred) in enumerate(ARTICLES_V3):
        fulltext = encode_sections([Section(h, t) for h, t in sections]) if sections else None
        db.execute(
            "INSERT INTO articles (feed_id, key, title, summary, fulltext, sort_time, entry_hash,"
            " fetched_at, read, starred) VALUES (1, ?, ?, ?, ?, ?, 'h', 0, ?, ?)",
            (key, title, summary, fulltext, 1_700_000_000 + number, read, starred),
        )
    db.commit()
    rows = db.execute("SELECT * FROM articles ORDER BY id").fetchall()
    # The old index finds accented Latin without accents, but not Greek.
    assert db.execute(
        "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'uberschwemmung'"
    ).fetchone() == (1,)
    assert db.execute(
        "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'κρητη'"
    ).fetchone() == (0,)
    db.close()
    return rows


def _schema_3_width() -> int:
    """How many columns the articles table had at schema 3."""
    db = sqlite3.connect(":memory:")
    for script in MIGRATIONS[:3]:
        for statement in split_script(script):
            db.execute(statement)
    return len(db.execute("PRAGMA table_info(articles)").fetchall())


def all_rows(path: Path) -> list[tuple[object, ...]]:
    """Every article's schema-3 columns (later migrations add columns after them)."""
    width = _schema_3_width()
    db = sqlite3.connect(path)
    try:
        return [row[:width] for row in db.execute("SELECT * FROM articles ORDER BY id")]
    finally:
        db.close()


def assert_kept(path: Path, before: list[tuple[object, ...]]) -> None:
    """Every article as it was: the columns it had unchanged (later migrations may add
    columns after them)."""
    after = all_rows(path)
    assert len(after) == len(before)
    assert [row[: len(was)] for row, was in zip(after, before, strict=True)] == before


def test_a_schema_3_cache_keeps_every_article_and_is_searchable_in_every_script(
    tmp_path: Path,
) -> None:
    path = tmp_path / "cache.sqlite3"
    before = make_schema_3_cache(path)
    with Store.open(path) as store:
        assert store._db.sql.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 4
        assert store.integrity_check() == "ok"
        for query, title in [
            ("κρητη", "Σεισμός στην Κρήτη"),
            ("ηρακλειο", "Σεισμός στην Κρήτη"),  # in the full text
            ("الطريق", "عاصفة رملية تغلق الطريق السريع"),
            ("اغلقت", "عاصفة رملية تغلق الطريق السريع"),
            ("елка", "Новогодняя ёлка"),
            ("московском", "Новогодняя ёлка"),
            ("uberschwemmung", "Überschwemmung im Tal"),
            ("strasse", "Überschwemmung im Tal"),
            ("harb", "Harbour strike ends"),
        ]:
            assert [h.title for h in store.headlines(HeadlineQuery(search=query))] == [title], query
            assert store.count(HeadlineQuery(search=query)) == 1, query
        marks = {h.title: (h.read, h.starred) for h in store.headlines()}
        assert marks == {title: (bool(r), bool(s)) for _, title, _, _, r, s in ARTICLES_V3}
    assert_kept(path, before)  # every article, every column, as it was
    assert_index_matches_the_articles(path)


def test_a_migration_that_fails_leaves_the_schema_3_cache_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "cache.sqlite3"
    before = make_schema_3_cache(path)
    calls = 0

    def failing_fold(text: str | None) -> str | None:
        nonlocal calls
        calls += 1
        if calls > 7:  # part of the way through re-indexing the articles
            raise RuntimeError("interrupted")
        return search_fold(text)

    monkeypatch.setattr(store_module, "fold_stored", failing_fold)
    with pytest.raises(StoreError) as info:
        Store.open(path)
    assert str(path) in str(info.value)
    assert calls > 7
    monkeypatch.undo()
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA user_version").fetchone() == (3,)
        assert db.execute(
            "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'harbour'"
        ).fetchone() == (1,)
    finally:
        db.close()
    assert_kept(path, before)
    with Store.open(path) as store:  # and the next start migrates it
        assert store.count(HeadlineQuery(search="κρητη")) == 1
    assert_kept(path, before)


def test_two_processes_opening_a_schema_3_cache_at_once_migrate_it_once(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    before = make_schema_3_cache(path)
    errors: list[BaseException] = []
    counts: list[int] = []
    start = threading.Barrier(4)

    def open_and_search() -> None:
        try:
            start.wait()
            with Store.open(path) as store:
                counts.append(store.count(HeadlineQuery(search="κρητη")))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=open_and_search) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert counts == [1, 1, 1, 1]
    assert_kept(path, before)
    assert_index_matches_the_articles(path)


# -- end to end -------------------------------------------------------------------------------


def _rss(items: list[tuple[str, str, str]]) -> str:
    body = "".join(
        f"<item><title>{title}</title><guid>{guid}</guid><description>{text}</description></item>"
        for guid, title, text in items
    )
    return f'<rss version="2.0"><channel><title>Νέα</title>{body}</channel></rss>'


def test_headlines_search_folds_accents_in_every_script(
    feed_server: FeedServer, ek: EkHome
) -> None:
    url = feed_server.add(
        "/news.xml",
        _rss(
            [
                ("1", "Σεισμός στην Κρήτη", "Ισχυρή δόνηση"),
                ("2", "Новогодняя ёлка", "В парке"),
                ("3", "عاصفة رملية تغلق الطريق", "أغلقت السلطات الطريق"),
                ("4", "Harbour strike ends", "Ferries resume"),
            ]
        ),
    )
    opml = ek.root / "subs.opml"
    opml.write_text(f'<opml version="2.0"><body><outline text="n" xmlUrl="{url}"/></body></opml>')
    ek.ok("import", str(opml))
    ek.ok("fetch", "--feeds-only")
    for query, titles in [
        ("κρητη", ["Σεισμός στην Κρήτη"]),
        ("ΣΕΙΣΜΟΣ", ["Σεισμός στην Κρήτη"]),
        ("елка", ["Новогодняя ёлка"]),
        ("اغلقت", ["عاصفة رملية تغلق الطريق"]),
        ("الطريق", ["عاصفة رملية تغلق الطريق"]),
        ("harbour", ["Harbour strike ends"]),
        ("мои", []),
    ]:
        found = ek.json("headlines", "--search", query)
        assert [h["title"] for h in found] == titles, query


def test_a_schema_3_cache_is_searchable_with_the_installed_command(ek: EkHome) -> None:
    ek.database.parent.mkdir(parents=True, exist_ok=True)
    before = make_schema_3_cache(ek.database)
    assert [h["title"] for h in ek.json("headlines", "--search", "κρητη")] == ["Σεισμός στην Κρήτη"]
    assert [h["title"] for h in ek.json("headlines", "--search", "اغلقت")] == [
        "عاصفة رملية تغلق الطريق السريع"
    ]
    assert len(ek.json("headlines")) == len(ARTICLES_V3)
    assert_kept(ek.database, before)
    db = sqlite3.connect(ek.database)
    try:
        assert db.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
    finally:
        db.close()


def test_a_search_in_devanagari_is_not_a_damaged_cache(feed_server: FeedServer, ek: EkHome) -> None:
    url = feed_server.add("/hi.xml", _rss([("1", "हिन्दी समाचार आज", "दिल्ली में बारिश")]))
    opml = ek.root / "subs.opml"
    opml.write_text(f'<opml version="2.0"><body><outline text="n" xmlUrl="{url}"/></body></opml>')
    ek.ok("import", str(opml))
    ek.ok("fetch", "--feeds-only")
    assert [h["title"] for h in ek.json("headlines", "--search", "हिन्दी")] == ["हिन्दी समाचार आज"]


def test_a_read_only_cache_searches_in_every_script(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    with Store.open(path) as store:
        feed = store.add_feed("https://a.example/feed")[0].id
        store_entries(store, feed, [_decision("hi", "हिन्दी समाचार", "Σεισμός στην Κρήτη")])
    path.chmod(0o444)
    try:
        with Store.open(path, readonly=True) as store:
            for query in ("हिन्दी", "κρητη"):
                assert [h.title for h in store.headlines(HeadlineQuery(search=query))] == [
                    "हिन्दी समाचार"
                ], query
                assert store.count(HeadlineQuery(search=query)) == 1
            assert (
                store._lister._matcher._cutter is True
            )  # SQLite's own tokenizer, not the fallback
    finally:
        path.chmod(0o644)
