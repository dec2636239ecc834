"""SIGKILL at any moment and several ekreader processes at once never cost an article,
never duplicate one, never leave an unsound file and never surface "database is locked".

tests/core/test_store.py kills one fetch while feeds are written and runs two fetches
beside a reader; this goes further: repeated kills at varied moments (start-up, feeds,
article pages, the very first creation of the cache), read and starred flags written
while fetches run (as the reader UI does), a feed removed mid-fetch, and a lock held by
another process for a while.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from ekreader.core.store import Store
from ekreader.core.store.schema import SCHEMA_VERSION
from tests.robustness.conftest import ROBUST_FETCH, Home, rss, wait_until
from tests.server import FeedServer


def query(db: Path, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Read the cache from outside, as another process would."""
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)) as conn:
        return conn.execute(sql, params).fetchall()


def keys(db: Path) -> list[tuple[str, str]]:
    return query(db, "SELECT f.url, a.key FROM articles a JOIN feeds f ON f.id = a.feed_id")


def sound(db: Path) -> None:
    assert query(db, "PRAGMA integrity_check") == [("ok",)]
    assert query(db, "PRAGMA foreign_key_check") == []
    # The full-text index agrees with the table it indexes.
    with contextlib.closing(sqlite3.connect(db, timeout=30)) as conn:
        conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")


def items(name: str, first: int, count: int, *, delay_text: str = "") -> str:
    body = "".join(
        f"<item><title>{name} story {i}</title><guid>{name}-{i}</guid>"
        f"<link>http://127.0.0.1:9/{name}/{i}</link>"
        f"<description>Text of {name} {i}{delay_text}.</description></item>"
        for i in range(first, first + count)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>{name}</title>{body}</channel></rss>'


def kill(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=10)


def test_repeated_sigkill_at_varied_moments_never_loses_or_duplicates(
    home: Home, feed_server: FeedServer
):
    feeds = [f"k{i}" for i in range(16)]
    for name in feeds:
        feed_server.add(f"/{name}.xml", items(name, 0, 6))
    home.subscribe([feed_server.url(f"/{n}.xml") for n in feeds])
    home.must("fetch", "--feeds-only")
    # The reader marks some articles read and starred; no fetch may undo that.
    with contextlib.closing(Store.open(home.database)) as store:
        marked = [h.id for h in store.headlines(limit=1000)][::5]
        store.set_read(marked)
        for article_id in marked[::2]:
            store.set_starred([article_id], True)

    rng = random.Random(20260314)
    known = set(keys(home.database))
    interrupted = 0
    per_round = 5
    for round_no in range(1, 7):
        first = 6 + (round_no - 1) * per_round
        for i, name in enumerate(feeds):
            # New items, and a changed text for an old one (the update path); answers
            # spread over time so a kill lands while feeds are being written.
            body = items(name, 0, first + per_round, delay_text=f" (revised {round_no})")
            feed_server.add(f"/{name}.xml", body, delay=0.04 * (i % 8))
        process = home.start("fetch", "--feeds-only", start_new_session=True)
        try:
            if round_no % 3 == 0:
                # Early: while the process starts, opens the cache, sends requests.
                time.sleep(rng.uniform(0.0, 0.3))
            else:
                # In the middle: once some feeds of this round are stored.
                target = len(known) + per_round
                wait_until(lambda target=target: len(keys(home.database)) > target, 30)
        finally:
            kill(process)
        sound(home.database)
        now = keys(home.database)
        assert len(now) == len(set(now)), f"round {round_no}: duplicates"
        assert known <= set(now), f"round {round_no}: lost {known - set(now)}"
        # One transaction per feed: all of a feed's new items or none of them.
        counts: dict[str, int] = {}
        for url, _ in now:
            counts[url] = counts.get(url, 0) + 1
        assert set(counts.values()) <= {first + per_round * k for k in range(-6, 2)}, counts
        interrupted += min(counts.values()) < first + per_round
        known = set(now)
        flags = query(
            home.database,
            f"SELECT id, read, starred FROM articles WHERE id IN ({','.join('?' * len(marked))})",
            tuple(marked),
        )
        assert all(read == 1 for _, read, _ in flags), f"round {round_no}: read flags lost"
        assert sum(starred for _, _, starred in flags) == len(marked[::2])

    assert interrupted >= 4, "the kills did not land during the fetches"

    # A clean run completes what the kills interrupted, exactly once.
    for name in feeds:
        feed_server.add(f"/{name}.xml", items(name, 0, 6 + 6 * per_round))
    home.must("fetch", "--feeds-only")
    final = keys(home.database)
    assert len(final) == len(set(final)) == len(feeds) * (6 + 6 * per_round)
    sound(home.database)


PAGES = 16


def test_sigkill_while_downloading_article_pages_keeps_the_summaries(
    home: Home, feed_server: FeedServer
):
    home.config(ROBUST_FETCH.replace('full_text = "never"', 'full_text = "always"'))
    page = "<html><body><article><h1>T</h1>" + "<p>Paragraph of the page. </p>" * 40
    page += "</article></body></html>"
    entries = ""
    for i in range(PAGES):
        link = feed_server.add(f"/page{i}", page, content_type="text/html", delay=0.05 * i)
        entries += f"<item><title>t{i}</title><guid>g{i}</guid><link>{link}</link><description>Summary {i}.</description></item>"
    feed_server.add(
        "/feed.xml", f"<rss version='2.0'><channel><title>f</title>{entries}</channel></rss>"
    )
    home.subscribe([feed_server.url("/feed.xml")])
    process = home.start("fetch", start_new_session=True)
    try:
        wait_until(
            lambda: (
                query(home.database, "SELECT count(*) FROM articles WHERE page_status = 'ok'")[0][0]
                >= 3
            ),
            30,
        )
    finally:
        kill(process)
    sound(home.database)
    done = query(home.database, "SELECT count(*) FROM articles WHERE page_status = 'ok'")
    assert done[0][0] < PAGES, "the kill came after the last page"
    for h in home.data("headlines"):
        article = home.data("read", str(h["id"]))
        text = "\n".join(s["text"] for s in article["sections"])
        assert article["full_text"] or f"Summary {h['title'][1:]}." in text
    # The next fetch finishes the pages the kill interrupted.
    for i in range(PAGES):
        feed_server.add(f"/page{i}", page, content_type="text/html")
    home.must("fetch")
    pending = query(home.database, "SELECT count(*) FROM articles WHERE page_status != 'ok'")
    assert pending == [(0,)]


def test_sigkill_while_the_cache_is_first_created(home: Home, feed_server: FeedServer):
    """Killed while creating and migrating the cache: the next run finds either no cache
    or a complete one, never a half-made schema."""
    opml = home.root / "subs.opml"
    urls = [feed_server.add(f"/f{i}.xml", rss(f"f{i}", 3)) for i in range(20)]
    opml.write_text(
        "<opml version='2.0'><body>"
        + "".join(f"<outline text='f' xmlUrl='{u}'/>" for u in urls)
        + "</body></opml>"
    )
    rng = random.Random(7)
    for attempt in range(8):
        for leftover in home.database.parent.glob("ekreader.sqlite3*"):
            leftover.unlink()
        process = home.start("import", str(opml), start_new_session=True)
        try:
            if attempt % 2:
                wait_until(home.database.exists, 20, interval=0.001)
            else:
                time.sleep(rng.uniform(0.05, 0.4))
        finally:
            kill(process)
        run = home.call("import", str(opml))
        assert run.returncode == 0, (attempt, run.stderr)
        assert query(home.database, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
        sound(home.database)
        assert len(home.data("feeds")) == 20


def test_fetches_readers_and_flag_writes_at_once(home: Home, feed_server: FeedServer):
    """Two fetches, `headlines`/`read` in a loop and a writer marking articles read and
    starred (what the reader UI does while its refresh runs): no "database is locked",
    no duplicates, no flag undone."""
    # This test is about sharing the cache, not about timeouts: a loaded machine (other
    # suites beside this one) must not turn a slow answer into a reported error.
    home.config(ROBUST_FETCH.replace("timeout = 2", "timeout = 30"))
    names = [f"c{i}" for i in range(24)]
    for i, name in enumerate(names):
        feed_server.add(f"/{name}.xml", items(name, 0, 10), delay=0.02 * (i % 5))
    home.subscribe([feed_server.url(f"/{n}.xml") for n in names])
    home.must("fetch", "--feeds-only")
    for i, name in enumerate(names):  # every feed changes: the fetches below write a lot
        feed_server.add(
            f"/{name}.xml", items(name, 0, 20, delay_text=" again"), delay=0.02 * (i % 5)
        )

    errors: list[str] = []
    marked: set[int] = set()
    stop = threading.Event()

    def writer() -> None:
        try:
            with contextlib.closing(Store.open(home.database)) as store:
                while not stop.is_set():
                    ids = [h.id for h in store.headlines(limit=1000)]
                    store.set_read(ids[::3])
                    store.set_starred([ids[1]], True)
                    marked.update(ids[::3])
                    time.sleep(0.01)
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(f"writer: {type(exc).__name__}: {exc}")

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    fetchers = [home.start("fetch", "--feeds-only") for _ in range(2)]
    reads = 0
    try:
        while any(p.poll() is None for p in fetchers) or reads < 3:
            listed = home.call("headlines", "--json", "--limit", "1000")
            assert listed.returncode == 0, listed.stderr
            articles = listed.json()
            if articles:
                assert home.call("read", str(articles[reads % len(articles)]["id"])).returncode == 0
            reads += 1
        outputs = [p.communicate(timeout=60) for p in fetchers]
    finally:
        stop.set()
        thread.join(timeout=30)
        for p in fetchers:
            if p.poll() is None:
                p.kill()
    assert not errors, errors
    for process, (out, err) in zip(fetchers, outputs, strict=True):
        text = (out + err).decode()
        assert process.returncode == 0, text
        assert "locked" not in text
        assert "busy" not in text
        assert "error" not in text
    rows = keys(home.database)
    assert len(rows) == len(set(rows)) == len(names) * 20
    unread = query(
        home.database,
        f"SELECT count(*) FROM articles WHERE read = 0 AND id IN ({','.join(map(str, marked))})",
    )
    assert unread == [(0,)]
    sound(home.database)


def test_a_feed_removed_during_a_fetch(home: Home, feed_server: FeedServer):
    """Unsubscribing while a fetch is on its way: the fetch ends normally, the feed and
    its articles stay gone, the other feeds are stored."""
    feed_server.add("/slow.xml", rss("slow", 5), delay=1.5)
    feed_server.add("/fast.xml", rss("fast", 5))
    slow, fast = feed_server.url("/slow.xml"), feed_server.url("/fast.xml")
    home.subscribe([slow, fast])
    process = home.start("fetch", "--feeds-only")
    wait_until(lambda: feed_server.requests_for("/slow.xml"), 20)
    home.must("remove", slow)
    out, err = process.communicate(timeout=60)
    text = (out + err).decode()
    assert process.returncode == 0, text
    assert "Traceback" not in text
    assert "internal error" not in text, text
    assert [f["url"] for f in home.data("feeds")] == [fast]
    assert {h["feed_url"] for h in home.data("headlines")} == {fast}
    sound(home.database)


def test_a_lock_held_by_another_process_is_waited_for(home: Home, feed_server: FeedServer):
    """Another program writes for a while: readers are not blocked (WAL), and a fetch
    waits for its turn (the busy timeout) instead of failing with "database is locked"."""
    feed_server.add("/a.xml", rss("a", 5))
    home.subscribe([feed_server.url("/a.xml")])
    home.must("fetch", "--feeds-only")
    feed_server.add("/a.xml", rss("a", 9))
    holder = sqlite3.connect(home.database, isolation_level=None, timeout=30)
    try:
        holder.execute("BEGIN IMMEDIATE")
        holder.execute("UPDATE feeds SET folder = 'held'")
        started = time.monotonic()
        listed = home.call("headlines", "--json")
        assert listed.returncode == 0, listed.stderr
        assert len(listed.json()) == 5
        assert time.monotonic() - started < 10
        # The other program keeps writing for a second and a half (the scenario itself,
        # not a wait for something): the fetch must still be waiting, not failed.
        fetch = home.start("fetch", "--feeds-only")
        with contextlib.suppress(subprocess.TimeoutExpired):
            fetch.wait(timeout=1.5)
        assert fetch.poll() is None, fetch.communicate()
        holder.execute("COMMIT")
        out, err = fetch.communicate(timeout=60)
    finally:
        holder.close()
    assert fetch.returncode == 0, (out + err).decode()
    assert b"locked" not in out + err
    assert len(home.data("headlines")) == 9


def _descendants(pid: int) -> set[int]:
    """Every process below `pid` (by /proc), recorded while it runs."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        with contextlib.suppress(OSError, ValueError, IndexError):
            stat = (entry / "stat").read_text()
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry.name))
    found: set[int] = set()
    todo = [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def _running(pid: int) -> bool:
    with contextlib.suppress(OSError):
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
        return state != "Z"
    return False


def test_a_killed_fetch_leaves_no_processes_behind(home: Home, feed_server: FeedServer):
    """Only the main process is killed (`kill -9 PID`, the OOM killer, `timeout -s KILL`):
    its parse workers, the forkserver and the resource tracker went on living forever
    (a worker holds both ends of its task queue and waited for work that never came)."""
    if not Path("/proc/self/stat").exists():
        pytest.skip("needs /proc")
    urls = [feed_server.add(f"/o{i}.xml", rss(f"o{i}", 40), delay=0.02 * i) for i in range(60)]
    home.subscribe(urls)
    process = home.start("fetch", "--feeds-only")
    try:
        helpers = wait_until(
            lambda: len(_descendants(process.pid)) >= 3 and _descendants(process.pid), 30
        )
    finally:
        os.kill(process.pid, signal.SIGKILL)  # the main process only, not its group
        process.wait(timeout=10)
    wait_until(lambda: not any(_running(pid) for pid in helpers), timeout=15, interval=0.1)
    sound(home.database)


def test_ctrl_c_during_a_fetch(home: Home, feed_server: FeedServer):
    """Ctrl-C (SIGINT to the whole process group, as a terminal sends it) while feeds
    are being stored and others hang: a prompt, quiet exit 130, a sound cache that kept
    what was stored, and no process left behind."""
    home.config(ROBUST_FETCH.replace("timeout = 2", "timeout = 30"))
    urls = [feed_server.add(f"/i{i}.xml", rss(f"i{i}", 40), delay=0.02 * i) for i in range(60)]
    urls += [feed_server.add(f"/hang{i}.xml", hang=True) for i in range(3)]
    home.subscribe(urls)
    process = home.start("fetch", "--feeds-only", start_new_session=True)
    try:
        helpers = wait_until(
            lambda: len(_descendants(process.pid)) >= 3 and _descendants(process.pid), 30
        )
        wait_until(lambda: keys(home.database), 30)
    except BaseException:
        kill(process)
        raise
    os.killpg(process.pid, signal.SIGINT)
    started = time.monotonic()
    _, err = process.communicate(timeout=30)
    assert time.monotonic() - started < 10  # not the 30 s the hanging feeds would take
    assert process.returncode == 130, err
    assert err.decode() == "ekreader: interrupted\n"
    wait_until(lambda: not any(_running(pid) for pid in helpers), timeout=15, interval=0.1)
    sound(home.database)
    stored = keys(home.database)
    assert stored
    assert len(stored) == len(set(stored))
