"""The installed `ekreader` in a real terminal (tmux, its own server) over the attack
feeds: the escape sequences in feed text never reach the terminal. tmux is set to obey
them (window titles, OSC 52 into its paste buffers), and a control run proves it does,
so a sequence that got through would show up."""

from __future__ import annotations

import contextlib
import shlex
import shutil
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import ekreader_command
from tests.robustness.attacks import subscribe_attacks
from tests.robustness.conftest import Home, rss
from tests.server import FeedServer
from tests.tmux import Tmux

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]


@pytest.fixture
def tmux(tmp_path: Path) -> Iterator[Tmux]:
    # Unique across concurrent test runs: each test has a tmux server of its own.
    term = Tmux("ek-robust")
    yield term
    term.close()


def command_in(home: Home, *args: str) -> str:
    env = " ".join(
        f"{k}={shlex.quote(v)}"
        for k, v in home.env.items()
        if k.startswith(("XDG_", "HOME", "NO_PROXY", "no_proxy", "PATH", "LANG", "LC_"))
    )
    argv = " ".join(shlex.quote(a) for a in (ekreader_command(), *args))
    return f"env -i TERM=xterm-256color {env} {argv}"


def test_the_terminal_obeys_escapes_when_they_get_through(tmux: Tmux):
    """The control: the same sequences, printed raw, do change this terminal."""
    tmux.start(
        "printf '\\033]2;pwned-title\\007\\033]52;c;aGFja2Vk\\007done\\n'; sleep 30",
        obey_escapes=True,
    )
    tmux.wait(lambda s: "done" in s, "the control output")
    deadline = time.monotonic() + 5
    while "hacked" not in tmux.buffers() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert "pwned-title" in tmux.info("#{pane_title}")
    assert "hacked" in tmux.buffers()


def test_attack_feeds_in_a_real_terminal(tmux: Tmux, home: Home, feed_server: FeedServer):
    subscribe_attacks(home, feed_server)
    home.config(
        "[general]\nrefresh_on_start = true\nfirst_run_feeds = false\n"
        '[fetch]\nconnect_timeout = 2\ntimeout = 5\nfull_text = "never"\n'
    )
    count = len(home.data("headlines", "--limit", "1000"))
    tmux.start(command_in(home), obey_escapes=True)
    screen = tmux.wait(lambda s: "[b]x[/b]" in s or "app.quit" in s, "the headline list")
    tmux.wait(lambda s: "Updated" in s or "Refresh" in s, "the refresh", timeout=30)

    # Every article, one after another: each escape sequence gets its turn on screen.
    tmux.keys("g", "Enter")
    previous = tmux.changed(screen, "the first article")
    seen = previous
    for _ in range(count - 1):
        tmux.keys("J")
        previous = tmux.changed(previous, "the next article", timeout=20)
        seen += previous
    assert "gnp.exe done" in seen  # the bidi override is gone, the text stays
    assert "]52;c;aGFja2VkClipboard" in seen  # shown as text, not obeyed

    # Back to the list: the screen was never cleared by a feed.
    tmux.keys("Escape")
    tmux.wait(lambda s: "[b]x[/b]" in s or "app.quit" in s, "the list again")
    assert "pwned" not in tmux.info("#{pane_title}")
    assert "hacked" not in tmux.buffers()
    assert tmux.buffers().strip() == ""

    tmux.keys("q")
    assert tmux.wait_dead() == 0
    assert "Traceback" not in tmux.screen(history=True)


def test_the_reader_with_a_broken_cache_says_so_and_exits(tmux: Tmux, home: Home):
    home.database.parent.mkdir(parents=True, exist_ok=True)
    home.database.write_bytes(b"\x00garbage" * 4096)
    tmux.start(command_in(home), obey_escapes=True)
    assert tmux.wait_dead() == 1
    screen = tmux.screen(history=True)
    assert "Traceback" not in screen
    assert "the cache is damaged" in screen
    assert "Move it aside" in screen


def damage_article_pages(db: Path) -> None:
    """Overwrite half of the leaf pages of the articles table (header, schema and the
    feeds table stay sound: the damage is found only when articles are read)."""
    with contextlib.closing(sqlite3.connect(db)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = [
            row[0]
            for row in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = 'articles' AND pagetype = 'leaf'"
            )
        ]
    assert len(pages) > 4
    data = bytearray(db.read_bytes())
    for page in pages[len(pages) // 2 :]:
        start = (page - 1) * size
        data[start + 8 : start + 400] = b"\xa5" * 392
    db.write_bytes(bytes(data))


def test_the_reader_with_a_cache_damaged_deep_inside(
    tmux: Tmux, home: Home, feed_server: FeedServer
):
    """The damage is found while the reader runs (loading the headline list): it must say
    so, naming the file and how to recover, not crash with a traceback."""
    for i in range(6):
        feed_server.add(f"/d{i}.xml", rss(f"d{i}", 60))
    home.subscribe([feed_server.url(f"/d{i}.xml") for i in range(6)])
    home.must("fetch", "--feeds-only")
    damage_article_pages(home.database)
    home.config("[general]\nrefresh_on_start = false\nfirst_run_feeds = false\n")
    tmux.start(command_in(home), obey_escapes=True)
    screen = tmux.wait(
        lambda s: "damaged" in s or "Traceback" in s or "Error" in s or "Pane is dead" in s,
        "the reader's reaction to the damage",
        history=True,
    )
    time.sleep(0.5)  # let it finish printing whatever it prints
    screen = tmux.screen(history=True)
    assert "Traceback" not in screen, screen
    assert "the cache is damaged" in screen, screen
    assert str(home.database) in screen.replace("\n", ""), screen
