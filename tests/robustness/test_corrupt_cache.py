"""A cache file that is damaged, truncated, a directory, unreadable, read-only or another
program's database: every command (and the reader UI's entry) says so in one line that
names the file and how to recover, exits 1, and never shows a traceback. Following the
advice works, and a cache that was only unreadable or read-only has lost nothing.

(tests/core/test_store.py covers garbage bytes and a page damaged inside for a few
commands; this goes through every command and every kind of breakage.)
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.robustness.conftest import Home, rss
from tests.server import FeedServer

# Root ignores file permissions; without these capabilities it does not.
NO_DAC = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"] if os.geteuid() == 0 else []
needs_permissions = pytest.mark.skipif(
    os.geteuid() == 0 and shutil.which("setpriv") is None,
    reason="running as root without setpriv: permissions cannot be tested",
)

DAMAGED = r"the cache is damaged or is not an ekreader database .*Move it aside \(mv '{db}' '{db}\.broken'\)"


def sound_cache(home: Home, server: FeedServer) -> list[str]:
    """A real cache with articles, fully checkpointed into the main file."""
    server.add("/a.xml", rss("a", 40))
    home.subscribe([server.url("/a.xml")])
    home.must("fetch", "--feeds-only")
    with contextlib.closing(sqlite3.connect(home.database)) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    # The last connection closed: the -wal and -shm files are gone.
    assert not Path(f"{home.database}-wal").exists()
    return [h["title"] for h in home.data("headlines", "--limit", "1000")]


def garbage(home: Home, server: FeedServer) -> None:
    home.database.parent.mkdir(parents=True, exist_ok=True)
    home.database.write_bytes(bytes(range(256)) * 300)


def truncated(home: Home, server: FeedServer) -> None:
    sound_cache(home, server)
    data = home.database.read_bytes()
    assert len(data) > 16384
    home.database.write_bytes(data[: len(data) // 2])


def truncated_header(home: Home, server: FeedServer) -> None:
    sound_cache(home, server)
    home.database.write_bytes(home.database.read_bytes()[:60])


def directory(home: Home, server: FeedServer) -> None:
    home.database.mkdir(parents=True)
    (home.database / "something").write_text("x")


def unreadable(home: Home, server: FeedServer) -> None:
    sound_cache(home, server)
    home.database.chmod(0)


def read_only_folder(home: Home, server: FeedServer) -> None:
    sound_cache(home, server)
    home.database.parent.chmod(0o555)


def foreign(home: Home, server: FeedServer) -> None:
    home.database.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.closing(sqlite3.connect(home.database)) as db:
        db.execute("CREATE TABLE feeds (name TEXT)")
        db.execute("INSERT INTO feeds VALUES ('not ours')")
        db.commit()


BREAKAGES: dict[str, tuple[Callable[[Home, FeedServer], None], str, list[str]]] = {
    # name: (break the cache, the message (regex, {db} = the path), how to recover (shell))
    "garbage bytes": (garbage, DAMAGED, ["mv", "{db}", "{db}.broken"]),
    "truncated database": (truncated, DAMAGED, ["mv", "{db}", "{db}.broken"]),
    "truncated header": (truncated_header, DAMAGED, ["mv", "{db}", "{db}.broken"]),
    "another program's database": (foreign, DAMAGED, ["mv", "{db}", "{db}.broken"]),
    "a directory in its place": (
        directory,
        r"is a directory, not the cache file\. Move it aside \(mv '{db}' '{db}\.old'\)",
        ["mv", "{db}", "{db}.old"],
    ),
    "unreadable file": (
        unreadable,
        r"cannot read the cache \(permission denied\)\. Fix it: chmod u\+rw '{db}'",
        ["chmod", "u+rw", "{db}"],
    ),
    "read-only folder": (
        read_only_folder,
        r"cannot write the cache .*check the permissions of the file and of {dir} \(chmod u\+rw\)",
        ["chmod", "u+rwx", "{dir}"],
    ),
}

COMMANDS: list[list[str]] = [
    ["headlines"],
    ["headlines", "--json", "--search", "story"],
    ["feeds", "--json"],
    ["fetch"],
    ["read", "1", "--json"],
    ["export"],
    ["remove", "http://127.0.0.1:9/x.xml"],
    ["import", "{opml}"],
    [],  # the reader UI: the cache is opened before the terminal is touched
]


@needs_permissions
@pytest.mark.parametrize("name", list(BREAKAGES))
def test_a_broken_cache_is_one_clear_line_for_every_command(
    name: str, home: Home, feed_server: FeedServer
):
    breakage, message, recover = BREAKAGES[name]
    breakage(home, feed_server)
    db, folder = str(home.database), str(home.database.parent)
    pattern = re.compile(
        "^ekreader: "
        + re.escape(db)
        + ": "
        + message.format(db=re.escape(db), dir=re.escape(folder))
    )
    opml = home.root / "subs.opml"
    opml.write_text(
        '<opml version="2.0"><body><outline xmlUrl="http://127.0.0.1:9/y.xml"/></body></opml>'
    )
    try:
        for command in COMMANDS:
            args = [a.replace("{opml}", str(opml)) for a in command]
            run = home.call(*args, prefix=NO_DAC, timeout=30)
            assert run.returncode == 1, (args, run.returncode, run.stdout, run.stderr)
            assert run.stdout == "", (args, run.stdout)
            assert run.stderr.count("\n") == 1, (args, run.stderr)
            assert pattern.search(run.stderr), (args, run.stderr, pattern.pattern)
        # The advice works.
        shell = [part.format(db=db, dir=folder) for part in recover]
        assert os.spawnvp(os.P_WAIT, shell[0], shell) == 0
        run = home.call("headlines", "--json", prefix=NO_DAC)
        assert run.returncode == 0, run.stderr
    finally:
        home.database.parent.chmod(0o755)
        if home.database.is_file():
            home.database.chmod(0o644)


@needs_permissions
def test_a_read_only_cache_file_still_reads_and_refuses_writes_clearly(
    home: Home, feed_server: FeedServer
):
    titles = sound_cache(home, server=feed_server)
    home.database.chmod(0o444)
    try:
        listed = home.call("headlines", "--json", "--limit", "1000", prefix=NO_DAC)
        assert listed.returncode == 0, listed.stderr
        assert [h["title"] for h in listed.json()] == titles
        assert home.call("read", "1", prefix=NO_DAC).returncode == 0
        pattern = re.compile(
            r"^ekreader: "
            + re.escape(str(home.database))
            + r": cannot write the cache \(attempt to write a readonly database\)\. .*chmod u\+rw"
        )
        for args in (
            ["fetch"],
            ["remove", feed_server.url("/a.xml")],
            ["add", feed_server.url("/a.xml"), "--title", "x"],
        ):
            run = home.call(*args, prefix=NO_DAC)
            assert run.returncode == 1, (args, run.stdout, run.stderr)
            assert run.stderr.count("\n") == 1, (args, run.stderr)
            assert pattern.search(run.stderr), (args, run.stderr)
    finally:
        home.database.chmod(0o644)
    assert [h["title"] for h in home.data("headlines", "--limit", "1000")] == titles


def test_a_cache_damaged_deep_inside_is_reported_by_every_command(
    home: Home, feed_server: FeedServer
):
    """The header and schema are sound, the article pages are not: found only in use."""
    for i in range(6):
        feed_server.add(f"/d{i}.xml", rss(f"d{i}", 60))
    home.subscribe([feed_server.url(f"/d{i}.xml") for i in range(6)])
    home.must("fetch", "--feeds-only")
    with contextlib.closing(sqlite3.connect(home.database)) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = db.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(home.database.read_bytes())
    for start in range(page * 3, len(data), page):
        data[start + 8 : start + 400] = b"\xa5" * 392
    home.database.write_bytes(bytes(data))
    db_re = re.escape(str(home.database))
    for args in (
        ["headlines", "--limit", "1000"],
        ["headlines", "--search", "story"],
        ["feeds"],
        ["read", "100"],
        ["fetch"],
        ["export"],
    ):
        # Every one of them reads damaged pages (`feeds` and `export` too: a feed's unread
        # count), which SQLite checks as it reads them (cell_size_check): each must say so,
        # never answer from a damaged page as if it were sound.
        run = home.call(*args)
        assert run.returncode == 1, (args, run.stdout[-500:], run.stderr)
        assert run.stderr.count("\n") == 1, (args, run.stderr)
        assert re.search(rf"^ekreader: {db_re}: the cache is damaged", run.stderr), (
            args,
            run.stderr,
        )


def test_damaged_values_inside_rows_never_crash_a_command(home: Home, feed_server: FeedServer):
    """A value that is not what ekreader wrote (a bit flipped, a tool editing the file):
    the article is still shown, with what can be read."""
    sound_cache(home, feed_server)
    with contextlib.closing(sqlite3.connect(home.database)) as db:
        db.execute("UPDATE articles SET links = '[[\"https://x.example/\", ' WHERE id = 1")
        db.execute('UPDATE articles SET links = \'{"not": "a list"}\' WHERE id = 2')
        db.execute("UPDATE articles SET fulltext = 'no separators at all' WHERE id = 3")
        db.execute("UPDATE articles SET fulltext = '##\x1fonly a heading' WHERE id = 4")
        db.execute("UPDATE articles SET published = 99999999999999, sort_time = -5 WHERE id = 5")
        db.execute("UPDATE articles SET title = X'FFFE00' WHERE id = 6")  # a blob, not text
        db.commit()
    for article_id in range(1, 7):
        for args in (["read", str(article_id)], ["read", str(article_id), "--json"]):
            run = home.call(*args)
            assert run.returncode == 0, (args, run.stderr)
    assert home.call("headlines", "--json", "--limit", "1000").returncode == 0
