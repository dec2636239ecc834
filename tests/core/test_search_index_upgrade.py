"""Schema 13's smaller search index (the full text its first column): a cache of schema 12
upgrades to it with the same answers to every kind of search, in less space, and a kill
during the upgrade leaves the cache as it was."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import time
from collections.abc import Sequence
from pathlib import Path

from ekreader.core.store import Store
from ekreader.core.store.codec import encode_sections
from ekreader.core.store.schema import MIGRATIONS, SCHEMA_VERSION, split_script
from ekreader.core.store.search import FTS_INSERT, fold_sections, fold_stored, index_row
from ekreader.core.text.packed import pack
from ekreader.models import HeadlineQuery, Section
from tests.core.test_store_search import assert_index_matches_the_articles
from tests.helpers import ekreader_command, make_env

BEFORE = 12
"""The schema before the index put the full text first."""
WORDS = [
    "harbour",
    "ferry",
    "quay",
    "strike",
    "council",
    "vote",
    "north",
    "south",
    "river",
    "bridge",
    "mayor",
    "budget",
    "storm",
    "school",
    "rail",
    "tram",
    "market",
    "fishing",
    "tide",
    "lantern",
    "orchard",
    "granary",
    "mill",
]
QUERIES = (
    "harbour",
    "harbour ferry",
    '"north harbour"',
    '"quay strike" council',
    "title : harbour",
    "summary : ferry",
    'fulltext : "river bridge"',
    "{title summary} : mayor",
    "harbour NOT ferry",
    "lant*",
)
"""FTS5 queries of every shape the query language compiles to (core/query/compile.py)."""


def make_schema_12_cache(
    path: Path, articles: int, words: Sequence[str] = WORDS, seed: int = 5
) -> None:
    """A cache as ekreader with schema 12 left it: its DDL is MIGRATIONS[:12] (frozen),
    its rows stored as that version stored them (packed text), its index filled with
    the text folded, title first."""
    rng = random.Random(seed)

    def text(count: int) -> str:
        return " ".join(rng.choice(words) for _ in range(count)) + "."

    db = sqlite3.connect(path, isolation_level=None)
    db.create_function("ek_fold", 1, fold_stored)
    db.create_function("ek_fold_sections", 1, fold_sections)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("BEGIN")
    for script in MIGRATIONS[:BEFORE]:
        for statement in split_script(script):
            db.execute(statement)
    db.execute(f"PRAGMA user_version = {BEFORE}")
    db.execute("INSERT INTO feeds (id, url, added_at) VALUES (1, 'https://a.example/rss', 0)")
    for n in range(1, articles + 1):
        title = text(6)
        summary = pack(text(30))
        sections = [Section(None, text(120))]
        sections += [Section(text(4), text(90)) for _ in range(rng.randrange(3))]
        fulltext = pack(encode_sections(sections)) if n % 4 else None
        db.execute(
            "INSERT INTO articles (id, feed_id, key, title, summary, fulltext, sort_time,"
            " entry_hash, fetched_at) VALUES (?, 1, ?, ?, ?, ?, ?, 'h', 0)",
            (n, f"k{n}", title, summary, fulltext, 1_700_000_000 + n),
        )
        db.execute(FTS_INSERT, index_row(n, title, summary, fulltext))
    db.execute("COMMIT")
    db.close()


def answers(path: Path) -> dict[str, list[int]]:
    with contextlib.closing(sqlite3.connect(path)) as db:
        return {
            q: [
                r[0]
                for r in db.execute(
                    "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid",
                    (q,),
                )
            ]
            for q in QUERIES
        }


def index_bytes(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(path)) as db:
        return int(db.execute("SELECT sum(length(block)) FROM articles_fts_data").fetchone()[0])


def schema(path: Path) -> tuple[int, list[str]]:
    """The cache's schema version and its search index's columns, in order."""
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        columns = [r[1] for r in db.execute("PRAGMA table_info(articles_fts)")]
    return version, columns


def test_a_schema_12_cache_gets_the_smaller_index_with_the_same_answers(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    make_schema_12_cache(path, 300)
    assert schema(path) == (BEFORE, ["title", "summary", "fulltext"])
    before, size_before = answers(path), index_bytes(path)
    assert all(before.values()), before  # every query finds something to compare
    with Store.open(path) as store:
        assert store.count(HeadlineQuery(query='"north harbour"')) == len(before['"north harbour"'])
        assert store.count(HeadlineQuery(query="title:harbour")) == len(before["title : harbour"])
    assert schema(path) == (SCHEMA_VERSION, ["fulltext", "summary", "title"])
    assert answers(path) == before
    assert_index_matches_the_articles(path)
    # The same words in the same places in less space: 8 % here (23 words, each in most
    # articles, many times), 18 % on bench/run.py's cache; the old order is 0 %.
    assert index_bytes(path) < 0.95 * size_before, (index_bytes(path), size_before)


def test_a_kill_during_the_upgrade_leaves_schema_12_whole(tmp_path: Path) -> None:
    """SIGKILL while the index is made anew (a `headlines` run upgrading the cache): the
    cache is schema 12 as it was, and the next run upgrades it."""
    env = make_env(tmp_path / "home")
    path = Path(env["XDG_DATA_HOME"]) / "ekreader" / "ekreader.sqlite3"
    path.parent.mkdir(parents=True)
    # Words enough that the new index outgrows SQLite's page cache (2 MB) and the upgrade
    # writes pages to the WAL before it commits: the moment to kill.
    make_schema_12_cache(path, 4000, [*WORDS, *(f"w{n}" for n in range(5000))])
    before = answers(path)
    wal = path.with_name(path.name + "-wal")
    killed_midway = 0
    for _attempt in range(5):
        process = subprocess.Popen(
            [ekreader_command(), "headlines", "--limit", "1"],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            # The upgrade's writes reach the WAL (uncommitted) once they outgrow SQLite's
            # page cache: kill then.
            deadline = time.monotonic() + 60
            while process.poll() is None and time.monotonic() < deadline:
                if wal.exists() and wal.stat().st_size > 0:
                    break
                time.sleep(0.001)
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=30)
        if schema(path)[0] == BEFORE:
            killed_midway += 1
            assert answers(path) == before
            assert schema(path) == (BEFORE, ["title", "summary", "fulltext"])
        with contextlib.closing(sqlite3.connect(path)) as db:
            assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert killed_midway, "every kill came after the upgrade"
    run = subprocess.run(
        [ekreader_command(), "headlines", "--json", "--search", '"north harbour"'],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert schema(path) == (SCHEMA_VERSION, ["fulltext", "summary", "title"])
    assert answers(path) == before
    assert_index_matches_the_articles(path)
