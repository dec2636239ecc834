"""`F` fetches one article's page: extracted in a process of its own, never in the UI's."""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path

from textual.pilot import Pilot

from ekreader.core.fetch.guard import REFUSED
from ekreader.models import Document
from ekreader.ui.app import ReaderApp
from ekreader.ui.extractor import PageExtractor
from ekreader.ui.screens.article import ArticleScreen
from tests.server import FeedServer
from tests.ui.conftest import MakeApp, screen_text
from tests.ui.test_reader import LONG, open_title

PAGE = """<!doctype html><html><head><title>Bridge</title></head><body><article>
<h1>How the bridge was built</h1>
<p>{body}</p>
<h2>The steel arrives by barge</h2><p>{body}</p>
</article></body></html>"""
BODY = "The engineers worked through the winter to finish the span. " * 20


def heavy_page(megabytes: float, depth: int = 60) -> bytes:
    """A big invented page, every paragraph `depth` divs deep: seconds of extraction."""
    words = "storm council harbour bridge river school rail power court ferry tunnel span"
    block = (
        "<div>" * depth
        + f"<p>{words.capitalize()} {words}. <a href='/more'>more</a></p>"
        + "</div>" * depth
    )
    count = int(megabytes * 1_000_000) // len(block)
    blocks = "".join((f"<h2>Part {i}</h2>" if i % 20 == 0 else "") + block for i in range(count))
    return f"<html><body><article><h1>Long</h1>{blocks}</article></body></html>".encode()


def alive(pid: int) -> bool:
    """Whether process `pid` runs (a zombie does not)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


async def wait_until(condition: object, seconds: float = 20.0) -> None:
    """Poll `condition()` (the event loop keeps running) until true, or fail."""
    assert callable(condition)
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.01)


def link_long_read(app: ReaderApp, url: str) -> None:
    app.store._db.sql.execute("UPDATE articles SET link = ? WHERE title = ?", (url, LONG))


async def press_f(app: ReaderApp, pilot: Pilot[int]) -> ArticleScreen:
    await pilot.pause()
    screen = await open_title(app, pilot, LONG)
    await pilot.press("F")
    return screen


async def test_f_stores_and_shows_the_full_text_extracted_in_another_process(
    make_app: MakeApp, feed_server: FeedServer
) -> None:
    url = feed_server.add("/bridge.html", PAGE.format(body=BODY), content_type="text/html")
    app = make_app()
    link_long_read(app, url)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await press_f(app, pilot)
        await app.workers.wait_for_complete()
        await pilot.pause()
        stored = app.store.article(screen.article.id)
        assert stored is not None
        assert stored.full_text
        assert "The steel arrives by barge" in stored.document.text
        assert "The steel arrives by barge" in [entry.title for entry in screen.view.outline]
        assert "The engineers worked through the winter" in screen_text(app)
        assert any(n.message == "Full article fetched." for n in app._notifications)
        extractor = app.page_extractor
        assert extractor.last_pid is not None
        assert extractor.last_pid != os.getpid()
        pids = extractor.worker_pids()
        assert pids == [extractor.last_pid]
    # The app's exit stops the page process.
    await wait_until(lambda: not alive(pids[0]), 10)


async def test_f_on_failing_urls_notifies_in_one_line(
    make_app: MakeApp, feed_server: FeedServer
) -> None:
    not_html = feed_server.add("/data.bin", b"\x00\x01binary", content_type="image/png")
    cases = [
        (feed_server.add("/gone.html", "nope", status=404, content_type="text/html"), "404"),
        ("http://127.0.0.1:9/refused.html", ""),
        (not_html, "not an HTML page (image/png)"),  # said by the page process
    ]
    for url, reason in cases:
        app = make_app()
        link_long_read(app, url)
        async with app.run_test(size=(120, 36)) as pilot:
            screen = await press_f(app, pilot)
            await app.workers.wait_for_complete()
            await pilot.pause()
            notes = [n for n in app._notifications if n.title == "Full article not fetched"]
            assert len(notes) == 1, url
            assert reason in notes[0].message
            assert "\n" not in notes[0].message
            assert notes[0].markup is False
            assert app.screen is screen
            stored = app.store.article(screen.article.id)
            assert stored is not None
            assert not stored.full_text


async def test_f_refuses_a_page_whose_name_resolves_into_a_private_network(
    make_app: MakeApp, feed_server: FeedServer
) -> None:
    """The reader's F takes the refresh's page path: for a feed treated as public (the
    resolver's answer; the sample feed lives on 127.0.0.1), a link whose name resolves to
    a private address is refused with the reason, and nothing is requested."""
    answers = {"127.0.0.1": ["93.184.216.34"], "intranet.example": ["10.0.0.5"]}

    async def resolve(host: str) -> list[str]:
        return answers.get(host, [])

    app = make_app(resolver=resolve)
    link_long_read(app, "http://intranet.example/admin")
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await press_f(app, pilot)
        await app.workers.wait_for_complete()
        await pilot.pause()
        notes = [n for n in app._notifications if n.title == "Full article not fetched"]
        assert [n.message for n in notes] == [REFUSED]
        stored = app.store.article(screen.article.id)
        assert stored is not None
        assert not stored.full_text
    assert feed_server.requests == []


async def test_a_heavy_extraction_leaves_the_ui_process_idle_and_quit_does_not_wait(
    make_app: MakeApp, feed_server: FeedServer
) -> None:
    """Seconds of extraction run while the UI process spends almost no CPU and keeps
    handling keys; quitting stops the page process instead of waiting for the page."""
    url = feed_server.add("/heavy.html", heavy_page(2.5), content_type="text/html")
    # Budgets far above the page's needs: the page must still be extracting when the keys
    # arrive, on a fast machine too (under the default budget it is given up in a second).
    app = make_app({"fetch": {"page_cpu_seconds": 600, "page_memory_mb": 4096}})
    link_long_read(app, url)
    async with app.run_test(size=(120, 36)) as pilot:
        extractor = app.page_extractor
        # The page process warmed up first: then the one extraction in flight is the page's.
        extractor.start()
        await wait_until(lambda: extractor.in_flight == 0 and bool(extractor.worker_pids()))
        screen = await press_f(app, pilot)
        await wait_until(lambda: extractor.in_flight == 1)
        pids = extractor.worker_pids()
        assert pids
        assert os.getpid() not in pids
        cpu = time.process_time()
        await asyncio.sleep(0.5)  # the event loop runs on; an extraction thread would too
        used = time.process_time() - cpu
        assert extractor.in_flight == 1, "the page was too light to measure anything"
        assert used < 0.15, f"the UI process used {used:.2f} s of CPU in 0.5 s"
        for key in "jjjjj":
            await pilot.press(key)
        assert screen.view.scroll_y > 0
        assert extractor.in_flight == 1  # the keys were handled during the extraction
        started = time.monotonic()
        await pilot.press("q")
    assert time.monotonic() - started < 3
    await wait_until(lambda: not any(alive(pid) for pid in pids), 10)
    await wait_until(lambda: extractor.in_flight == 0, 10)


def test_the_page_process_stops_when_idle_and_the_next_page_starts_another() -> None:
    extractor = PageExtractor(idle_stop=0.3)
    page = PAGE.format(body=BODY).encode()
    try:
        first = extractor.extract(page, {"content-type": "text/html"}, "http://127.0.0.1/a")
        assert isinstance(first, Document)
        pid = extractor.last_pid
        assert pid is not None
        assert pid != os.getpid()
        deadline = time.monotonic() + 10
        while alive(pid):
            assert time.monotonic() < deadline, "the idle page process did not stop"
            time.sleep(0.05)
        assert extractor.worker_pids() == []
        second = extractor.extract(page, {"content-type": "text/html"}, "http://127.0.0.1/b")
        assert isinstance(second, Document)
        assert extractor.last_pid not in (None, pid, os.getpid())
    finally:
        extractor.close()
    assert extractor.extract(page, {}, "http://127.0.0.1/c") == "the reader is closing"


async def test_f_on_a_page_over_its_budget_says_why_and_the_next_page_works(
    make_app: MakeApp, feed_server: FeedServer
) -> None:
    """F takes the refresh's budget ([fetch] page_memory_mb): a page over it is not fetched,
    the reason is shown and stored, its process is gone, the next page extracts."""
    from tests.data.pages.heavy import page_bytes

    heavy = feed_server.add("/heavy.html", page_bytes("long-table"), content_type="text/html")
    app = make_app({"fetch": {"page_memory_mb": 120, "page_cpu_seconds": 30}})
    link_long_read(app, heavy)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await press_f(app, pilot)
        await app.workers.wait_for_complete()
        await pilot.pause()
        notes = [n for n in app._notifications if n.title == "Full article not fetched"]
        assert [n.message for n in notes] == ["over the memory budget (120 MB)"]
        stored = app.store.article(screen.article.id)
        assert stored is not None
        assert not stored.full_text
        assert stored.page_error == "over the memory budget (120 MB)"
        extractor = app.page_extractor
        before = extractor.worker_pids()
        assert before == []  # the process over budget is gone
        page = PAGE.format(body=BODY).encode()
        again = await asyncio.to_thread(extractor.extract, page, {}, "http://127.0.0.1/b")
        assert isinstance(again, Document)  # in a new process
        assert extractor.last_pid is not None
        assert extractor.last_pid not in (os.getpid(), *before)
