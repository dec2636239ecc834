"""Renaming a feed and filing it in a folder from the command line (add --folder, rename,
move): the same code path as the reader's dialogs (core/subscriptions.py)."""

from __future__ import annotations

from tests.helpers import EkHome
from tests.server import FeedServer
from tests.test_cli import assert_clean, one_line_error, rss


def test_add_into_a_folder_then_rename_and_move(feed_server: FeedServer, ek: EkHome):
    url = feed_server.add("/feed.xml", rss("Northwind", ("a", "Alpha")))
    ek.ok("add", url, "--folder", "Town")
    (feed,) = ek.json("feeds")
    assert feed["folder"] == "Town"
    assert "renamed" in ek.ok("rename", url, "My  own\tname").stdout
    (feed,) = ek.json("feeds")
    assert feed["title"] == "My own name"
    assert {h["feed_title"] for h in ek.json("headlines")} == {"My own name"}
    ek.ok("move", url, "News/Harbour")
    assert ek.json("feeds")[0]["folder"] == "News/Harbour"
    # Blank: back to the feed's own title, out of any folder.
    ek.ok("rename", url, "")
    ek.ok("move", url, " ")
    (feed,) = ek.json("feeds")
    assert (feed["title"], feed["folder"]) == ("Northwind", None)
    # A refresh keeps a title of the user's own.
    ek.ok("rename", url, "Mine")
    ek.ok("fetch")
    assert ek.json("feeds")[0]["title"] == "Mine"


def test_rename_and_move_export_as_opml(feed_server: FeedServer, ek: EkHome):
    url = feed_server.add("/feed.xml", rss("Northwind", ("a", "Alpha")))
    ek.ok("add", url)
    ek.ok("rename", url, "Harbour news")
    ek.ok("move", url, "Town")
    opml = ek.ok("export").stdout
    assert 'text="Town"' in opml
    assert 'text="Harbour news"' in opml


def test_rename_and_move_a_feed_not_subscribed(ek: EkHome):
    for args in (
        ("rename", "http://127.0.0.1:1/x.xml", "T"),
        ("move", "http://127.0.0.1:1/x", "F"),
    ):
        line = one_line_error(ek.run(*args))
        assert "not subscribed: http://127.0.0.1:1/x" in line


def test_control_characters_never_reach_a_title_or_folder(feed_server: FeedServer, ek: EkHome):
    url = feed_server.add("/feed.xml", rss("Northwind", ("a", "Alpha")))
    ek.ok("add", url)
    ek.ok("rename", url, "Evil\x1b[31m title\x07")
    ek.ok("move", url, "Dir\x1b]52;c;aGk=\x07")
    (feed,) = ek.json("feeds")
    assert_clean(feed["title"])
    assert_clean(feed["folder"])
    assert "title" in feed["title"]
