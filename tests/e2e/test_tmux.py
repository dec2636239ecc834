"""End to end: the installed `ekreader` in a real terminal (tmux), a temp XDG home, feeds
from the local test server only. Driven with send-keys, checked with capture-pane."""

from __future__ import annotations

import shlex
import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from tests.core.test_extract import PAGES_DIR
from tests.helpers import ekreader_command, write_config
from tests.tmux import Tmux

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]


def rss(items: list[tuple[str, str, str]]) -> str:
    """RSS 2.0 with (guid, title, description) items, newest first. Titles are XML text."""
    now = datetime.now(UTC)
    body = "".join(
        f"<item><guid>{guid}</guid><title>{title}</title><link>http://127.0.0.1:9/{guid}</link>"
        f"<pubDate>{format_datetime(now - timedelta(minutes=5 * i))}</pubDate>"
        f"<description>{text}</description></item>"
        for i, (guid, title, text) in enumerate(items)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>E2E Wire</title><link>http://127.0.0.1:9/</link>{body}</channel></rss>"
    )


FIRST = [
    ("a1", "Harbour reopens after the storm", "The harbour reopened on Monday."),
    ("a2", "[b]x[/b] and [@click=app.quit]y[/] stay literal", "Markup is text."),
    ("a3", "Evil &#x1b;]0;pwned&#x7; title &#x1b;[2J here", "Escapes are removed."),
]


@pytest.fixture
def terminal() -> Iterator[Tmux]:
    term = Tmux("ek-e2e")
    yield term
    term.close()


def subscribe_and_start(terminal, ek_env, feed_url: str) -> None:
    """`ekreader add` the feed, then start the real reader in the tmux pane with only the
    test home's environment."""
    add = subprocess.run(
        [ekreader_command(), "add", feed_url],
        env=ek_env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert add.returncode == 0, add.stderr
    env = " ".join(
        f"{k}={shlex.quote(v)}"
        for k, v in ek_env.items()
        if k.startswith(("XDG_", "HOME", "NO_PROXY", "no_proxy", "PATH", "LANG", "LC_"))
    )
    terminal.start(f"env -i TERM=xterm-256color {env} {shlex.quote(ekreader_command())}")


def test_reader_in_a_real_terminal(terminal, feed_server, ek_env):
    feed_url = feed_server.add("/wire.xml", rss(FIRST))
    write_config(
        ek_env,
        "# my settings\n[general]\nrefresh_on_start = true\nfirst_run_feeds = false\n"
        '[fetch]\nconnect_timeout = 2\ntimeout = 5\nfull_text = "never"\n'
        "[notify]\nbell = false # keep quiet\n",
    )
    subscribe_and_start(terminal, ek_env, feed_url)

    # Paints the cache, then refreshes in the background.
    screen = terminal.wait_for("Harbour reopens after the storm")
    assert "[b]x[/b] and [@click=app.quit]y[/] stay literal" in screen
    screen = terminal.wait_for("Updated")
    # Escape sequences in a title are shown as harmless text, never obeyed.
    assert "Evil" in screen
    assert "pwned" not in terminal.info("#{pane_title}")

    # Open the first article, come back.
    terminal.keys("g", "Enter")
    terminal.wait_for("The harbour reopened on Monday.")
    terminal.keys("Escape")
    terminal.wait(lambda s: "All · 3 articles" in s, "the headline list")

    # A new breaking item arrives while reading: the open article stays open.
    terminal.keys("Down", "Enter")
    terminal.wait_for("Markup is text.")
    feed_server.add(
        "/wire.xml",
        rss([("b1", "BREAKING: Bridge closed after crash", "Police closed the bridge."), *FIRST]),
    )
    terminal.keys("r")
    screen = terminal.wait_for("Breaking news (1)")
    assert "Markup is text." in screen
    terminal.keys("Escape")
    screen = terminal.wait(lambda s: "All · 4 articles" in s, "four articles")
    assert "BREAKING: Bridge closed after crash" in screen

    # Search across the cache.
    terminal.keys("/")
    terminal.wait_for("Search all cached articles")
    terminal.keys("bridge", "Enter")
    screen = terminal.wait_for("Search: bridge · 1 article")

    # Escape then q (waiting in between: ESC followed at once by q reads as alt+q).
    terminal.keys("Escape")
    terminal.wait(lambda s: "All · 4 articles" in s, "the list after the search")
    terminal.keys("q")
    assert terminal.wait_dead() == 0
    assert "Traceback" not in terminal.screen()


SEED_TITLE = "Hochwasser an der Wende: Landkreis öffnet Notunterkünfte – Pegel steigt weiter"
SEED_SECTIONS = (
    "Deiche unter Beobachtung",
    "Schulen und Straßen gesperrt",
    "Hilfe aus den Nachbargemeinden",
)


def test_the_seed_page_in_a_real_terminal(terminal, feed_server, ek_env):
    """The page ekreader was built from, in its shape (our own German agency page,
    tests/data/pages/agency-de.html): its feed gives a teaser, the reader's refresh
    downloads the page, and the article's outline lists exactly its three sections,
    which ] walks; the dateline, byline, ticker and counters are no sections."""
    page = feed_server.add(
        "/news/hochwasser-wende.html",
        (PAGES_DIR / "agency-de.html").read_bytes(),
        content_type="text/html; charset=utf-8",
    )
    feed_url = feed_server.add(
        "/agency.xml",
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        "<title>Nordkurier</title><link>http://127.0.0.1:9/</link>"
        f"<item><guid>seed-1</guid><title>{SEED_TITLE}</title><link>{page}</link>"
        f"<pubDate>{format_datetime(datetime.now(UTC))}</pubDate>"
        "<description>Der Landkreis öffnet Notunterkünfte.</description></item>"
        "</channel></rss>",
    )
    write_config(
        ek_env,
        "[general]\nrefresh_on_start = true\nfirst_run_feeds = false\n"
        '[fetch]\nconnect_timeout = 2\ntimeout = 10\nfull_text = "auto"\n'
        "[notify]\nbell = false\n",
    )
    subscribe_and_start(terminal, ek_env, feed_url)
    terminal.wait_for("Updated", timeout=60)  # the feed, then its page
    assert feed_server.requests_for("/news/hochwasser-wende.html")

    terminal.keys("g", "Enter")
    screen = terminal.wait_for("Deiche unter Beobachtung")
    outline = outline_lines(screen)
    sections = [line for line in outline if line != "Links"][1:]  # after the title
    assert len(sections) == len(SEED_SECTIONS), screen
    for entry, heading in zip(sections, SEED_SECTIONS, strict=True):  # cut to its width
        assert entry == heading or heading.startswith(entry.removesuffix("…")), screen
    for junk in ("Nachrichtenagentur", "Nordkurier Redaktion", "vor 1 Tag", "Eilmeldung"):
        assert not any(junk in line for line in outline), junk
    count = len(outline)
    for number, heading in enumerate(SEED_SECTIONS, start=2):
        terminal.keys("]")
        terminal.wait(lambda s, n=number, h=heading: f"§ {n}/{count} {h}" in s, heading)
    terminal.keys("q")  # back to the headlines, then quit
    terminal.wait(lambda s: "All · 1 article" in s, "the headline list")
    terminal.keys("q")
    assert terminal.wait_dead() == 0
    assert "Traceback" not in terminal.screen()


def outline_lines(screen: str) -> list[str]:
    """The outline pane's entries: the left column of the article screen, up to the first
    blank line (the outline is 32 columns wide, beside the text)."""
    lines = []
    for row in screen.splitlines()[:-2]:
        cell = row[:31].strip()
        if not cell:
            break
        lines.append(cell)
    return lines
