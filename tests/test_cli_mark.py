"""`ekreader mark` and `read --mark-read`: the installed command against a real cache
filled by `ekreader fetch` from a local feed server."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import subprocess
import time
from typing import Any

import pytest

from tests.helpers import EkHome, ekreader_command
from tests.server import FeedServer

TITLES = ["Alpha", "Beta", "Gamma", "Delta"]


def rss(*titles: str) -> str:
    items = "".join(
        f"<item><title>{title}</title><guid>g-{title}</guid>"
        f"<link>https://news.example/{title}</link>"
        f"<pubDate>Tue, 05 Mar 2024 09:{i:02d}:00 GMT</pubDate>"
        f"<description>Text of {title}.</description></item>"
        for i, title in enumerate(titles)
    )
    return (
        '<rss version="2.0"><channel><title>Mark Test</title>'
        f"<link>https://news.example/</link>{items}</channel></rss>"
    )


@pytest.fixture
def home(feed_server: FeedServer, ek: EkHome) -> EkHome:
    """A cache with four unread, unstarred articles, filled by a real fetch."""
    url = feed_server.add("/mark.xml", rss(*TITLES))
    opml = ek.root / "subs.opml"
    opml.write_text(
        f'<opml version="2.0"><body><outline type="rss" xmlUrl="{url}"/></body></opml>',
        encoding="utf-8",
    )
    ek.ok("import", str(opml))
    ek.ok("fetch")
    return ek


def state(ek: EkHome) -> dict[str, tuple[bool, bool]]:
    """title -> (read, starred), as `headlines --json` reports it."""
    return {h["title"]: (h["read"], h["starred"]) for h in ek.json("headlines")}


def ids(ek: EkHome, *args: str) -> dict[str, int]:
    """title -> id of `headlines --json args...`."""
    return {h["title"]: h["id"] for h in ek.json("headlines", *args)}


def unread_titles(ek: EkHome) -> list[str]:
    return sorted(h["title"] for h in ek.json("headlines", "--unread"))


def one_line_error(result: subprocess.CompletedProcess[Any], status: int) -> str:
    assert result.returncode == status, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("ekreader")
    assert result.stdout == ""
    return lines[0]


def assert_clean(text: str) -> None:
    """No control character a terminal could act on (C0 but tab/newline, DEL, C1, bidi)."""
    bad = [c for c in text if (ord(c) < 32 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F]
    bad += [c for c in text if 0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069]
    assert not bad, (bad, text[:300])


UNTOUCHED = {title: (False, False) for title in TITLES}


# -- the round trip ------------------------------------------------------------------------


def test_mark_read_unread_star_unstar_round_trip(home: EkHome):
    before = home.json("headlines")
    by_title = ids(home)
    alpha, beta, gamma = (str(by_title[t]) for t in ("Alpha", "Beta", "Gamma"))

    assert home.ok("mark", alpha, beta).stdout == "marked 2 articles read\n"
    assert state(home) == {**UNTOUCHED, "Alpha": (True, False), "Beta": (True, False)}
    assert unread_titles(home) == ["Delta", "Gamma"]

    # Again, with one more: only Gamma changes.
    result = home.ok("mark", alpha, beta, gamma)
    assert result.stdout == "marked 1 article read (2 already read)\n"
    assert unread_titles(home) == ["Delta"]

    assert home.ok("mark", "--unread", beta).stdout == "marked 1 article unread\n"
    assert unread_titles(home) == ["Beta", "Delta"]

    assert home.ok("mark", "--star", beta, gamma).stdout == "starred 2 articles\n"
    assert state(home) == {
        "Alpha": (True, False),
        "Beta": (False, True),
        "Gamma": (True, True),
        "Delta": (False, False),
    }
    # Starring leaves read alone and the --unread filter sees only `read`.
    assert unread_titles(home) == ["Beta", "Delta"]

    assert home.ok("mark", "--unstar", gamma).stdout == "unstarred 1 article\n"
    assert home.ok("mark", "--unread", alpha, gamma).stdout == "marked 2 articles unread\n"
    assert state(home) == {**UNTOUCHED, "Beta": (False, True)}
    home.ok("mark", "--unstar", beta)
    # Nothing but read and starred ever changed.
    assert home.json("headlines") == before


def test_mark_json_lists_the_ids_that_changed(home: EkHome):
    by_title = ids(home)
    alpha, beta = by_title["Alpha"], by_title["Beta"]
    assert home.json("mark", str(alpha)) == [alpha]
    assert home.json("mark", str(beta), str(alpha), str(beta)) == [beta]
    assert home.json("mark", str(alpha), str(beta)) == []
    assert home.json("mark", "--star", str(beta)) == [beta]
    assert home.json("mark", "--unread", str(alpha)) == [alpha]
    assert state(home) == {**UNTOUCHED, "Beta": (True, True)}


def test_read_does_not_mark_unless_asked(home: EkHome):
    gamma = ids(home)["Gamma"]
    assert home.json("read", str(gamma))["read"] is False
    home.ok("read", str(gamma))
    assert state(home)["Gamma"] == (False, False)

    marked = home.json("read", str(gamma), "--mark-read")
    assert marked["read"] is True
    assert marked["title"] == "Gamma"
    assert state(home) == {**UNTOUCHED, "Gamma": (True, False)}
    out = home.ok("read", str(gamma), "--mark-read").stdout  # already read: still fine
    assert out.startswith("Gamma\n")
    assert unread_titles(home) == ["Alpha", "Beta", "Delta"]


# -- standard input ------------------------------------------------------------------------


def test_mark_ids_from_standard_input_as_jq_prints_them(home: EkHome):
    unread = home.json("headlines", "--unread")
    # What `ekreader headlines --json --unread | jq '.[].id'` writes.
    piped = "".join(f"{h['id']}\n" for h in unread if h["title"] != "Delta")
    result = home.ok("mark", "-", input=piped)
    assert result.stdout == "marked 3 articles read\n"
    assert unread_titles(home) == ["Delta"]

    # Blank lines, CRLF and spaces are fine; ids on the command line go with them.
    by_title = ids(home)
    piped = f"\n  {by_title['Alpha']}  \r\n\r\n{by_title['Beta']}\n"
    result = home.ok("mark", "--star", str(by_title["Delta"]), "-", input=piped)
    assert result.stdout == "starred 3 articles\n"
    assert {t for t, (_, starred) in state(home).items() if starred} == {"Alpha", "Beta", "Delta"}

    # Nothing on standard input (nothing left unread, say): nothing to do, status 0.
    assert home.ok("mark", "-", input="").stdout == "marked 0 articles read\n"
    assert json.loads(home.ok("mark", "--unread", "--json", "-", input="").stdout) == []


def test_the_documented_pipeline(home: EkHome):
    if shutil.which("jq") is None:
        pytest.skip("jq is not installed")
    command = ekreader_command()
    result = subprocess.run(
        f"'{command}' headlines --json --unread | jq '.[].id' | '{command}' mark -",
        shell=True,
        env=home.env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "marked 4 articles read\n"
    assert home.json("headlines", "--unread") == []


# -- errors --------------------------------------------------------------------------------


@pytest.mark.parametrize("how", [[], ["--unread"], ["--star"], ["--unstar"]])
def test_an_unknown_id_is_named_and_nothing_changes(home: EkHome, how: list[str]):
    by_title = ids(home)
    if how in (["--unread"], ["--unstar"]):  # something to undo, so a change would show
        home.ok("mark", str(by_title["Alpha"]), str(by_title["Beta"]))
        home.ok("mark", "--star", str(by_title["Alpha"]), str(by_title["Beta"]))
    before = state(home)
    good = [str(by_title["Alpha"]), str(by_title["Beta"])]

    line = one_line_error(home.run("mark", *how, good[0], "987654", good[1]), 1)
    assert "no article with id 987654; nothing marked" in line  # the known ids not blamed
    assert state(home) == before

    line = one_line_error(home.run("mark", *how, "-", input=f"{good[0]}\n-3\n{good[1]}\n"), 1)
    assert "-3" in line
    assert state(home) == before

    huge = "9" * 40  # beyond SQLite's integers
    assert "9" * 24 in one_line_error(home.run("mark", *how, good[0], huge), 1)
    line = one_line_error(home.run("mark", *how, good[0], "8" * 4000), 1)
    assert "8" * 24 in line
    assert len(line) < 200
    assert state(home) == before


def test_many_unknown_ids_stay_one_line(home: EkHome):
    piped = "".join(f"{n}\n" for n in range(900_000, 900_050))
    line = one_line_error(home.run("mark", "-", input=piped), 1)
    assert "900000, 900001, 900002, 900003, 900004, and 45 more" in line
    assert state(home) == UNTOUCHED


def test_unknown_ids_in_an_empty_home(ek: EkHome):
    line = one_line_error(ek.run("mark", "1"), 1)
    assert "no article with id 1" in line
    assert ek.ok("mark", "-", input="\n").stdout == "marked 0 articles read\n"
    assert not ek.database.exists()


MALFORMED = [
    ["mark"],
    ["mark", "abc"],
    ["mark", "1", "abc"],
    ["mark", "1.5"],
    ["mark", ""],
    ["mark", "0x10"],
    ["mark", "1", "--star", "--unstar"],
    ["mark", "1", "--unread", "--star"],
    ["mark", "1", "--bogus"],
    ["mark", "9" * 5000],
    ["read", "1", "--mark-read", "extra"],
]


def test_malformed_ids_and_usage_errors_exit_2_with_one_line(home: EkHome):
    for args in MALFORMED:
        line = one_line_error(home.run(*args), 2)
        assert "error" in line, args
        assert len(line) < 300, args
    assert state(home) == UNTOUCHED


def test_a_malformed_id_on_standard_input_is_named_with_its_line(home: EkHome):
    alpha = ids(home)["Alpha"]
    line = one_line_error(home.run("mark", "-", input=f"{alpha}\n\nseven\n"), 1)
    assert "line 3" in line
    assert "'seven'" in line
    assert state(home) == UNTOUCHED


HOSTILE = [
    "\x1b[2J",
    "1\x1b]0;owned\x07",
    "\x9b31m7",
    "12\u202e34",
    "5\r\x1b[1A\x1b[Kfake prompt",
]


def test_hostile_ids_are_never_echoed_raw(home: EkHome):
    for hostile in HOSTILE:
        on_command_line = home.run("mark", hostile)
        one_line_error(on_command_line, 2)
        assert_clean(on_command_line.stderr)

        on_stdin = home.run("mark", "-", input=f"{hostile}\n")
        one_line_error(on_stdin, 1)
        assert_clean(on_stdin.stderr)
    assert state(home) == UNTOUCHED


def test_undecodable_bytes_on_standard_input(home: EkHome):
    result = home.run("mark", "-", input=b"\xff\xfe\x1b[2J\n", text=False)
    assert result.returncode == 1
    err = result.stderr.decode("utf-8")
    assert "Traceback" not in err
    assert err.count("\n") == 1
    assert_clean(err)
    assert state(home) == UNTOUCHED


# -- the cache -----------------------------------------------------------------------------


def test_mark_waits_for_a_writer_in_another_process(home: EkHome):
    """A fetch or the reader UI holding the write lock: mark waits its turn (WAL and the
    busy timeout), then succeeds."""
    alpha = ids(home)["Alpha"]
    with contextlib.closing(sqlite3.connect(home.database, isolation_level=None)) as db:
        reader = sqlite3.connect(home.database, isolation_level=None)
        reader.execute("BEGIN")  # a reader in the middle of a read, as the UI's list is
        reader.execute("SELECT count(*) FROM articles").fetchone()
        db.execute("BEGIN IMMEDIATE")
        db.execute("UPDATE articles SET starred = 1 WHERE title = 'Delta'")
        process = subprocess.Popen(
            [ekreader_command(), "mark", str(alpha)],
            env=home.env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            time.sleep(1.5)
            assert process.poll() is None, process.communicate()  # waiting, not failing
            db.execute("COMMIT")
            out, err = process.communicate(timeout=30)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
            reader.execute("COMMIT")
            reader.close()
    assert process.returncode == 0, err
    assert out == "marked 1 article read\n"
    assert state(home) == {**UNTOUCHED, "Alpha": (True, False), "Delta": (False, True)}


def test_a_damaged_cache_is_the_one_line_cache_error(home: EkHome):
    alpha = ids(home)["Alpha"]
    home.database.write_bytes(bytes(range(256)) * 300)
    for args in (
        ["mark", str(alpha)],
        ["mark", "--star", str(alpha)],
        ["read", "1", "--mark-read"],
    ):
        line = one_line_error(home.run(*args), 1)
        assert str(home.database) in line
        assert "the cache is damaged" in line


def damage_pages(home: EkHome, table: str | None) -> None:
    """Overwrite the cell pointers (bytes 8-400) of each page of `table`, or of every page
    from the third on (None); the file's header and page 1 stay sound."""
    with contextlib.closing(sqlite3.connect(home.database)) as db:
        assert db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0
        size = db.execute("PRAGMA page_size").fetchone()[0]
        count = db.execute("PRAGMA page_count").fetchone()[0]
        pages = (
            range(3, count + 1)
            if table is None
            else [p for (p,) in db.execute("SELECT pageno FROM dbstat WHERE name = ?", (table,))]
        )
    wal = home.database.with_name(home.database.name + "-wal")
    assert not wal.exists() or not wal.stat().st_size  # no newer copy of a page in the WAL
    data = bytearray(home.database.read_bytes())
    for page in pages:
        start = (page - 1) * size
        data[start + 8 : start + 400] = b"\xa5" * 392
    home.database.write_bytes(bytes(data))


@pytest.mark.parametrize("table", ["articles", None], ids=["the-articles-table", "every-table"])
def test_a_cache_damaged_deep_inside(home: EkHome, table: str | None):
    """Damage SQLite meets only when it reads the pages (the open's checks pass when only
    the articles are damaged): the one-line cache error, never "no article with id", which
    a cell pointer read without cell_size_check gave (0xa5a5 masked to the page size fell
    on empty space in a 16 KB page: a cell of rowid 0)."""
    damage_pages(home, table)
    line = one_line_error(home.run("mark", "1", "2"), 1)
    assert str(home.database) in line
    assert "the cache is damaged" in line


def test_a_read_only_cache_says_so(home: EkHome):
    if os.geteuid() == 0 and shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: permissions cannot be tested")
    prefix = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]
    prefix = prefix if os.geteuid() == 0 else []
    alpha = ids(home)["Alpha"]
    with contextlib.closing(sqlite3.connect(home.database)) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    home.database.chmod(0o444)
    try:
        result = subprocess.run(
            [*prefix, ekreader_command(), "mark", str(alpha)],
            env=home.env,
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            timeout=60,
            check=False,
        )
    finally:
        home.database.chmod(0o644)
    line = one_line_error(result, 1)
    assert "cannot write the cache" in line
    assert state(home) == UNTOUCHED


def test_mark_is_in_the_help(ek: EkHome):
    assert "mark" in ek.ok("--help").stdout
    out = ek.ok("mark", "--help").stdout
    assert out.startswith("usage: ekreader mark")
    for flag in ("--unread", "--star", "--unstar", "--json"):
        assert flag in out
    assert "--mark-read" in ek.ok("read", "--help").stdout
    assert not ek.database.exists()


def test_json_output_is_a_list_of_numbers(home: EkHome):
    result = home.ok("mark", "--json", "-", input="\n".join(str(i) for i in ids(home).values()))
    assert sorted(json.loads(result.stdout)) == sorted(ids(home).values())
