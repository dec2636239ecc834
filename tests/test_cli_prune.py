"""`ekreader prune [--dry-run] [--json]` and the refresh's own daily prune, through the
installed command: what goes ([cache]), what it prints, and that a removed article never
comes back while its feed lists it."""

from __future__ import annotations

import sqlite3
import time

import pytest

from tests.helpers import EkHome
from tests.server import FeedServer

DAY = 86_400


def feed_xml(*items: tuple[str, str]) -> str:
    body = "".join(
        f"<item><title>{title}</title><link>https://news.example/{guid}</link>"
        f"<guid>{guid}</guid><description>About {title}.</description></item>"
        for guid, title in items
    )
    return f'<rss version="2.0"><channel><title>Desk</title>{body}</channel></rss>'


ITEMS = [("a", "Alpha story"), ("b", "Beta story"), ("c", "Gamma story"), ("d", "Delta story")]


@pytest.fixture
def home(ek: EkHome, feed_server: FeedServer) -> EkHome:
    """Four articles; Alpha and Beta read and 100 days old, Gamma unread and 100 days
    old, Delta read and new; Beta starred."""
    url = feed_server.add("/desk.xml", feed_xml(*ITEMS))
    ek.ok("add", url)
    ek.ok("fetch")
    ids = {h["title"]: h["id"] for h in ek.json("headlines")}
    ek.ok("mark", str(ids["Alpha story"]), str(ids["Beta story"]), str(ids["Delta story"]))
    ek.ok("mark", "--star", str(ids["Beta story"]))
    old = int(time.time()) - 100 * DAY
    with sqlite3.connect(ek.database) as db:
        db.execute("UPDATE articles SET fetched_at = ? WHERE title != 'Delta story'", (old,))
    return ek


def titles(ek: EkHome) -> list[str]:
    return sorted(h["title"] for h in ek.json("headlines"))


def test_dry_run_then_prune(home: EkHome) -> None:
    dry = home.ok("prune", "--dry-run").stdout.splitlines()
    assert [line.split("\t")[1] for line in dry[:-1]] == ["Alpha story (read, older than 90 days)"]
    assert dry[-1].startswith("would remove 1 article, about ")
    assert dry[-1].endswith("(dry run: nothing removed)")
    assert titles(home) == ["Alpha story", "Beta story", "Delta story", "Gamma story"]
    report = home.json("prune", "--dry-run")
    assert report["dry_run"] is True
    assert report["count"] == 1
    assert [(r["title"], r["reason"]) for r in report["removed"]] == [
        ("Alpha story", "read, older than 90 days")
    ]
    assert set(report) == {"dry_run", "removed", "count", "bytes_before", "bytes_after", "freed"}
    done = home.json("prune")
    assert done["dry_run"] is False
    assert done["removed"] == report["removed"]
    assert done["bytes_after"] <= done["bytes_before"]
    assert titles(home) == ["Beta story", "Delta story", "Gamma story"]  # starred Beta stays
    again = home.ok("prune").stdout
    assert again.startswith("removed 0 articles, freed ")


def test_a_removed_article_does_not_come_back_with_the_next_fetch(home: EkHome) -> None:
    home.ok("prune")
    home.ok("fetch")  # the feed still lists Alpha
    home.ok("fetch")
    assert "Alpha story" not in titles(home)


def test_keep_unread_days_and_max_per_feed(home: EkHome) -> None:
    home.config("[cache]\nkeep_unread_days = 30\nmax_per_feed = 1\n")
    removed = {r["title"]: r["reason"] for r in home.json("prune")["removed"]}
    assert removed == {
        "Alpha story": "read, older than 90 days",
        "Gamma story": "unread, older than 30 days",
    }
    # Delta (new, read) is the newest unstarred one of its feed: the cap keeps it
    assert titles(home) == ["Beta story", "Delta story"]


def test_the_refresh_prunes_by_itself_once_a_day(home: EkHome) -> None:
    with sqlite3.connect(home.database) as db:
        db.execute("UPDATE meta SET value = '2020-01-01T00:00:00+00:00' WHERE key = 'last_prune'")
    line = home.ok("fetch").stdout
    assert "; 1 old article removed in " in line
    assert "Alpha story" not in titles(home)
    with sqlite3.connect(home.database) as db:
        db.execute("UPDATE articles SET fetched_at = 0, read = 1")
    assert "removed" not in home.ok("fetch").stdout  # not again the same day
    assert titles(home) == ["Beta story", "Delta story", "Gamma story"]


def test_prune_without_a_cache(ek: EkHome) -> None:
    assert ek.ok("prune").stdout == "nothing to prune: no cache yet\n"
    assert ek.json("prune") == {"dry_run": False, "removed": [], "count": 0, "freed": 0}
    assert not ek.database.exists()


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ("keep_days = -1", "[cache] keep_days: must not be negative, got -1"),
        ("max_per_feed = -5", "[cache] max_per_feed: must not be negative, got -5"),
        ("keep = 3", "[cache] keep: unknown key"),
    ],
)
def test_a_bad_cache_setting_is_named(ek: EkHome, table: str, message: str) -> None:
    ek.config(f"[cache]\n{table}\n")
    result = ek.run("prune")
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_prune_is_listed_in_help(ek: EkHome) -> None:
    assert "prune" in ek.ok("--help").stdout
    assert "--dry-run" in ek.ok("prune", "--help").stdout
