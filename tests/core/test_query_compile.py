"""Compiled queries run on a real cache: what each finds (phrases by the index's token
positions, never across sections), time from the clock given, and every query against a
reference evaluator written separately in Python."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ekreader.core.ingest import store_entries
from ekreader.core.parse.entry import make_entry
from ekreader.core.query import (
    SQL_FUNCTIONS,
    And,
    Compiled,
    Contains,
    Flag,
    Node,
    Not,
    Phrase,
    QueryError,
    Time,
    Word,
    compile_query,
    parse,
)
from ekreader.core.query.textmatch import norm
from ekreader.core.query.times import moment
from ekreader.core.store import Store
from ekreader.core.store.schema import SEARCH_TOKENIZER
from ekreader.core.text.packed import unpack
from ekreader.models import Document, EntryDecision, FetchRecord, Section

NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
"""The clock every query here is compiled with."""


@dataclass(frozen=True)
class A:
    """An invented article: (feed number, title, summary, sections, author, hours old)."""

    feed: int
    title: str
    summary: str = ""
    sections: tuple[Section, ...] = ()
    author: str | None = None
    hours: float = 1
    breaking: bool = False
    read: bool = False
    starred: bool = False


FEEDS = (
    ("https://spiegel.example/rss", "Der Spiegel", "World/Europe"),
    ("https://sports.example/feed.xml", "Sports Daily", "Sport"),
    ("https://kathimerini.example/rss", "Καθημερινή", None),
)
ARTICLES = (
    A(0, "Gaza City: talks resume", "Negotiators met in Gaza-City.", author="Jane Doe", hours=2),
    A(
        0,
        "City of Gaza under curfew",
        "The city council of Gaza met.",
        author="John Smith",
        hours=30,
    ),
    A(0, "Israel votes on budget", "The Knesset voted.", hours=50, read=True),
    A(1, "Sport: Israel beat Gaza side", "A football match.", hours=3, starred=True),
    A(1, "Harbour strike ends", "Ferries resume; the harbour strike is over.", hours=100),
    A(2, "Σεισμός στην Κρήτη", "Ισχυρή δόνηση στα Χανιά", hours=5, breaking=True),
    A(2, "Café crème à Paris", "Le café de Flore ferme.", author="Zoë Müller", hours=6),
    A(
        0,
        "Election night",
        "Results come in.",
        (
            Section("Gaza", "Nothing here about a city."),
            Section(None, "Voters in Gaza City queue."),
        ),
        hours=240,
    ),
    A(0, "Новогодняя ёлка в Москве", "Ёлка зажглась", hours=7, read=True),
)


def _decision(key: str, a: A) -> EntryDecision:
    published = NOW - timedelta(hours=a.hours)
    entry = make_entry(key, a.title, None, a.author, published, None, a.summary, None)
    document = Document(sections=a.sections) if a.sections else None
    return EntryDecision(entry, "test" if a.breaking else None, document, False)


class Cache:
    """A real cache built through the Store, queried with compiled SQL."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = sqlite3.connect(path)
        for name, arity, function in SQL_FUNCTIONS:
            self.db.create_function(name, arity, function, deterministic=True)
        self.db.execute(
            f"CREATE VIRTUAL TABLE temp.words USING fts5 (x, tokenize = '{SEARCH_TOKENIZER}')"
        )
        self.db.execute(
            "CREATE VIRTUAL TABLE temp.word_list USING fts5vocab (temp, words, 'instance')"
        )

    def cut(self, text: str) -> list[str]:
        """SQLite's own tokenizer, as a Store cuts a query."""
        self.db.execute("DELETE FROM temp.words")
        self.db.execute("INSERT INTO temp.words (rowid, x) VALUES (1, ?)", (text,))
        return [t for (t,) in self.db.execute("SELECT term FROM temp.word_list ORDER BY offset")]

    def compiled(self, query: str | Node, now: datetime = NOW, **kw: Any) -> Compiled:
        node = parse(query) if isinstance(query, str) else query
        return compile_query(node, now=now, cut=self.cut, **kw)

    def ids(self, query: str | Node, now: datetime = NOW, **kw: Any) -> set[int]:
        c = self.compiled(query, now, **kw)
        return {
            i for (i,) in self.db.execute(f"SELECT a.id FROM articles a WHERE {c.sql}", c.params)
        }

    def titles(self, query: str | Node, now: datetime = NOW, **kw: Any) -> set[str]:
        c = self.compiled(query, now, **kw)
        rows = self.db.execute(f"SELECT a.title FROM articles a WHERE {c.sql}", c.params)
        return {title for (title,) in rows}


def build(path: Path, articles: tuple[A, ...]) -> None:
    with Store.open(path) as store:
        ids = []
        for url, title, folder in FEEDS:
            feed = store.add_feed(url, folder=folder)[0]
            store.record_fetch(feed.id, FetchRecord(status=200, title=title))
            ids.append(feed.id)
        for n, a in enumerate(articles):
            new = store_entries(store, ids[a.feed], [_decision(f"k{n}", a)]).new_ids
            if a.read:
                store.set_read(new)
            if a.starred:
                store.set_starred(new)


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cache]:
    path = tmp_path_factory.mktemp("query") / "cache.sqlite3"
    build(path, ARTICLES)
    c = Cache(path)
    yield c
    c.db.close()


GAZA_CITY = "Gaza City: talks resume"
CURFEW = "City of Gaza under curfew"
VOTES = "Israel votes on budget"
SPORT = "Sport: Israel beat Gaza side"
STRIKE = "Harbour strike ends"
CRETE = "Σεισμός στην Κρήτη"
CAFE = "Café crème à Paris"
ELECTION = "Election night"
TREE = "Новогодняя ёлка в Москве"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("gaza", {GAZA_CITY, CURFEW, SPORT, ELECTION}),
        ("gaza city", {GAZA_CITY, CURFEW, ELECTION}),
        ('"gaza city"', {GAZA_CITY, ELECTION}),  # adjacent, in that order, in one column
        ('"city gaza"', set()),
        ('"city of gaza"', {CURFEW}),
        ('"gaza-city"', {GAZA_CITY, ELECTION}),
        ('"council of gaza"', {CURFEW}),
        ('"gaza nothing"', set()),  # a heading and the text under it are not adjacent
        ('title:"gaza city"', {GAZA_CITY}),
        ("title:gaza city", {GAZA_CITY, CURFEW}),
        ("title:city talks", {GAZA_CITY}),
        ("title:resume", {GAZA_CITY}),
        ("resume", {GAZA_CITY, STRIKE}),
        ("vot", {VOTES, ELECTION}),  # the last word is a prefix
        ("vot israel", set()),
        ("vot* israel", {VOTES}),
        ("gaza OR israel -sport", {GAZA_CITY, CURFEW, VOTES, ELECTION}),
        ("gaza OR israel -sport is:unread", {GAZA_CITY, CURFEW, ELECTION}),
        ("-gaza is:unread", {STRIKE, CRETE, CAFE}),
        ("NOT (gaza OR israel OR ёлка)", {STRIKE, CRETE, CAFE}),
        ('-"gaza city" gaza', {CURFEW, SPORT}),
        ('"gaza city" OR strike', {GAZA_CITY, ELECTION, STRIKE}),
        ('"gaza city" OR is:starred', {GAZA_CITY, ELECTION, SPORT}),
        ('NOT "gaza city" title:gaza', {CURFEW, SPORT}),
        ("-is:read -gaza -strike", {CRETE, CAFE}),
        ("is:breaking", {CRETE}),
        ("is:starred", {SPORT}),
        ("is:read", {VOTES, TREE}),
        ("κρητη", {CRETE}),
        ('"στην κρητη"', {CRETE}),
        ("елка", {TREE}),
        ('"ёлка в москве"', {TREE}),
        ("cafe creme", {CAFE}),
        ('"café crème"', {CAFE}),
        ('"cafe creme a paris"', {CAFE}),
        ("author:doe", {GAZA_CITY}),
        ('author:"jane doe"', {GAZA_CITY}),
        ("author:zoe", {CAFE}),
        ("author:MULLER", {CAFE}),
        ("-author:smith gaza", {GAZA_CITY, SPORT, ELECTION}),
        ("feed:spiegel is:read", {VOTES, TREE}),
        ("feed:sports.example", {SPORT, STRIKE}),
        ("feed:καθημερινη", {CRETE, CAFE}),
        ("folder:world", {GAZA_CITY, CURFEW, VOTES, ELECTION, TREE}),
        ("folder:europe", {GAZA_CITY, CURFEW, VOTES, ELECTION, TREE}),
        ("folder:World/Europe", {GAZA_CITY, CURFEW, VOTES, ELECTION, TREE}),
        ("folder:eur", set()),
        ("folder:sport", {SPORT, STRIKE}),
        ("since:4h", {GAZA_CITY, SPORT}),
        ("since:1d -gaza", {CRETE, CAFE, TREE}),
        ("before:2d", {VOTES, STRIKE, ELECTION}),
        ("since:3d before:1d", {CURFEW, VOTES}),
        ("since:2026-12-01", {GAZA_CITY, CURFEW, SPORT, CRETE, CAFE, TREE}),
        ("before:2026-11-30", {STRIKE, ELECTION}),
        ("", set()),  # nothing to look for finds nothing (an empty filter hides nothing)
        ("!!!", set()),
        ("- ( -- )", None),
        ("gaza !!!", {GAZA_CITY, CURFEW, SPORT, ELECTION}),  # punctuation is not searched
        ("gaza OR –", {GAZA_CITY, CURFEW, SPORT, ELECTION}),
    ],
)
def test_finds(cache: Cache, query: str, expected: set[str] | None) -> None:
    if expected is None:
        with pytest.raises(QueryError):
            parse(query)
        return
    assert cache.titles(query) == expected


def test_words_nots_and_ors_of_words_are_one_probe_of_the_index(cache: Cache) -> None:
    for query in ("gaza -sport", "gaza OR israel -sport is:unread", "(a OR b) -c title:d"):
        assert cache.compiled(query).sql.count("MATCH ?") == 1, query
    assert cache.compiled("-gaza -sport is:unread").sql.count("MATCH ?") == 1
    # The index keeps positions: it answers phrases itself, no text is read.
    phrases = cache.compiled('"gaza city" OR title:strike -"harbour strike"')
    assert phrases.index_only
    assert phrases.sql.count("MATCH ?") == 1
    assert not cache.compiled("gaza is:unread").index_only
    assert not cache.compiled("-gaza").index_only


def test_within_looks_at_a_range_of_articles_only(cache: Cache) -> None:
    everything = cache.ids("gaza OR κρητη")
    assert len(everything) == 5
    first, last = min(everything), sorted(everything)[2]
    scope = f"a.id BETWEEN {first} AND {last}"
    for query in ("gaza OR κρητη", "-gaza", "gaza -city", "-gaza is:unread", '"gaza city"'):
        c = cache.compiled(query, within=(first, last))
        found = {
            i
            for (i,) in cache.db.execute(
                f"SELECT a.id FROM articles a WHERE {scope} AND {c.sql}", c.params
            )
        }
        assert found == {i for i in cache.ids(query) if first <= i <= last}, query


def test_what_has_nothing_to_look_for_says_so(cache: Cache) -> None:
    for query in ("", "!!!", "-", "- – ..."):
        c = cache.compiled(query)
        assert c.nothing
        assert (c.sql, c.params) == ("0", ())
    assert not cache.compiled("is:unread").nothing


def test_time_comes_from_the_clock_given(cache: Cache) -> None:
    assert cache.titles("since:4h", now=NOW) == {GAZA_CITY, SPORT}
    assert cache.titles("since:4h", now=NOW + timedelta(hours=2)) == {GAZA_CITY}
    assert cache.titles("since:4h", now=NOW + timedelta(days=30)) == set()
    with pytest.raises(ValueError, match="timezone"):
        compile_query(parse("since:1d"), now=datetime(2026, 12, 2))


def test_a_date_starts_at_midnight_in_the_zone_of_now() -> None:
    day = parse("since:2026-12-01")
    assert isinstance(day, Time)
    utc = moment(day.when, NOW)
    berlin = moment(day.when, NOW.astimezone(ZoneInfo("Europe/Berlin")))
    assert utc == int(datetime(2026, 12, 1, tzinfo=UTC).timestamp())
    assert utc - berlin == 3600  # midnight in Berlin (UTC+1 in December) is an hour earlier
    summer = moment(parse("since:2026-07-01").when, NOW.astimezone(ZoneInfo("Europe/Berlin")))  # type: ignore[union-attr]
    assert summer == int(datetime(2026, 6, 30, 22, tzinfo=UTC).timestamp())  # UTC+2 then
    assert moment(parse("since:9999-12-31").when, NOW) > 0  # type: ignore[union-attr]
    assert moment(parse("since:99999999w").when, NOW) < 0  # type: ignore[union-attr]


def test_is_updated_finds_revised_articles(tmp_path: Path) -> None:
    build(tmp_path / "c.sqlite3", ARTICLES[:2])
    cache = Cache(tmp_path / "c.sqlite3")
    assert cache.titles("is:updated") == set()
    cache.db.execute("UPDATE articles SET revised_at = 1 WHERE title = ?", (CURFEW,))
    assert cache.titles("is:updated") == {CURFEW}
    assert len(cache.ids("-is:updated")) == 1


# -- against a reference ------------------------------------------------------------------

VOCAB = (
    "gaza",
    "city",
    "israel",
    "sport",
    "vote",
    "votes",
    "voter",
    "café",
    "cafe",
    "Κρήτη",
    "e-mail",
    "mail",
)


def _articles() -> tuple[A, ...]:
    import random

    rng = random.Random(11)
    made = []
    for n in range(60):

        def words(k: int) -> str:
            return " ".join(rng.choice(VOCAB) for _ in range(k))

        made.append(
            A(
                feed=n % 3,
                title=words(rng.randint(1, 4)).capitalize(),
                summary=words(rng.randint(0, 5)),
                sections=tuple(
                    Section(rng.choice((None, "Gaza")), words(3)) for _ in range(rng.randint(0, 2))
                ),
                author=rng.choice((None, "Jane Doe", "Zoë Müller")),
                hours=rng.uniform(0, 200),
                breaking=rng.random() < 0.2,
                read=rng.random() < 0.5,
                starred=rng.random() < 0.2,
            )
        )
    return tuple(made)


@dataclass(frozen=True)
class Row:
    id: int
    columns: tuple[str, ...]
    author: str
    feed: tuple[str, ...]
    folder: str
    read: bool
    starred: bool
    breaking: bool
    sort_time: int


def _ref_tokens(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", norm(text))


def _ref_word(tokens: list[str], prefix: bool, bag: set[str]) -> bool:
    head, last = tokens[:-1], tokens[-1]
    return all(t in bag for t in head) and (
        any(b.startswith(last) for b in bag) if prefix else last in bag
    )


def _ref_adjacent(tokens: list[str], column: str) -> bool:
    for piece in re.split("[\x1e\x1f]", column):
        have = _ref_tokens(piece)
        if any(have[i : i + len(tokens)] == tokens for i in range(len(have))):
            return True
    return False


def reference(node: Node, row: Row) -> bool | None:
    """What a query means, evaluated on one article; None: nothing to look for."""
    if isinstance(node, Word | Phrase):
        columns = row.columns[:1] if node.scope == "title" else row.columns
        bag = {t for c in columns for t in _ref_tokens(c)}
        tokens = _ref_tokens(node.text)
        if not tokens:
            return None
        if isinstance(node, Word):
            return _ref_word(tokens, node.prefix, bag)
        return _ref_word(tokens, False, bag) and any(_ref_adjacent(tokens, c) for c in columns)
    if isinstance(node, Contains):
        needle = " ".join(norm(node.text).split())
        if node.field == "author":
            return needle in " ".join(norm(row.author).split())
        if node.field == "feed":
            return any(needle in " ".join(norm(f).split()) for f in row.feed)
        names = [p.strip() for p in norm(row.folder).split("/") if p.strip()]
        want = [p.strip() for p in needle.split("/") if p.strip()]
        return any(names[i : i + len(want)] == want for i in range(len(names)))
    if isinstance(node, Flag):
        return {
            "read": row.read,
            "unread": not row.read,
            "starred": row.starred,
            "breaking": row.breaking,
        }[node.name]
    if isinstance(node, Time):
        bound = moment(node.when, NOW)
        return row.sort_time >= bound if node.bound == "since" else row.sort_time < bound
    if isinstance(node, Not):
        inner = reference(node.node, row)
        return None if inner is None else not inner
    results = [r for r in (reference(n, row) for n in node.nodes) if r is not None]
    if not results:
        return None
    return all(results) if isinstance(node, And) else any(results)


@pytest.fixture(scope="module")
def random_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Cache, list[Row]]]:
    path = tmp_path_factory.mktemp("query-ref") / "cache.sqlite3"
    build(path, _articles())
    c = Cache(path)
    rows = [
        Row(
            i,
            (t, unpack(s) or "", unpack(ft) or ""),
            au or "",
            tuple(x for x in (ut, ft_, url) if x),
            fo or "",
            bool(r),
            bool(st_),
            bool(b),
            tm,
        )
        for i, t, s, ft, au, ut, ft_, url, fo, r, st_, b, tm in c.db.execute(
            "SELECT a.id, a.title, a.summary, a.fulltext, a.author, f.user_title, f.title, f.url,"
            " f.folder, a.read, a.starred, a.breaking, a.sort_time"
            " FROM articles a JOIN feeds f ON f.id = a.feed_id"
        )
    ]
    yield c, rows
    c.db.close()


LEAVES = st.one_of(
    st.sampled_from(VOCAB),
    st.sampled_from(("vot*", "isr*", "ga*", "caf*", "κρ*")),
    st.tuples(st.sampled_from(VOCAB), st.sampled_from(VOCAB)).map(lambda p: f'"{p[0]} {p[1]}"'),
    st.sampled_from(VOCAB).map(lambda w: f"title:{w}"),
    st.tuples(st.sampled_from(VOCAB), st.sampled_from(VOCAB)).map(lambda p: f'title:"{p[0]} {p[1]}"'),
    st.sampled_from(
        (
            "is:unread", "is:read", "is:starred", "is:breaking", "since:3d", "before:2d",
            "since:2026-12-01", "author:doe", "author:muller", "feed:spiegel", "feed:sports",
            "folder:europe", "folder:sport", "!!!", "–",
        )
    ),
)  # fmt: skip
QUERIES = st.recursive(
    LEAVES,
    lambda inner: st.one_of(
        st.lists(inner, min_size=2, max_size=3).map(lambda xs: "(" + " ".join(xs) + ")"),
        st.lists(inner, min_size=2, max_size=3).map(lambda xs: "(" + " OR ".join(xs) + ")"),
        inner.map(lambda x: "-" + x),
        inner.map(lambda x: "NOT " + x),
    ),
    max_leaves=8,
)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(QUERIES, min_size=1, max_size=3).map(" ".join))
def test_every_query_finds_what_the_reference_finds(
    random_cache: tuple[Cache, list[Row]], query: str
) -> None:
    cache, rows = random_cache
    node = parse(query)
    expected = {row.id for row in rows if reference(node, row)}
    assert cache.ids(node) == expected, query


@settings(max_examples=300, deadline=None)
@given(
    st.text(max_size=40)
    | st.lists(QUERIES | st.sampled_from(["(", ")", '"', "OR", "-"]), max_size=6).map(" ".join)
)
def test_whatever_parses_compiles_into_sql_sqlite_runs(cache: Cache, text: str) -> None:
    try:
        node = parse(text)
    except QueryError:
        return
    c = cache.compiled(node)
    cache.db.execute(f"SELECT count(*) FROM articles a WHERE {c.sql}", c.params).fetchone()
