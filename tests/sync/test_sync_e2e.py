"""ekreader in sync mode against a real FreshRSS, through the installed command: what
issue 13 lists, end to end."""

from __future__ import annotations

import os
import shlex
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from tests.freshrss import API_PASSWORD, READ, STARRED, FreshRSS, FreshUser, invented_feed
from tests.helpers import EkHome, ekreader_command
from tests.server import FeedServer
from tests.sync.proxy import GateProxy

FAST = """
[fetch]
connect_timeout = 2
timeout = 10
full_text = "never"
"""


def sync_config(home: EkHome, url: str, user: FreshUser, *, extra: str = FAST) -> Path:
    """[sync] with the password in a file of its own, read by password_command."""
    secret = home.root / "api-password"
    secret.write_text(user.api_password + "\n", encoding="utf-8")
    secret.chmod(0o600)
    command = f"cat {shlex.quote(str(secret))}"
    return home.config(
        f'{extra}\n[sync]\nurl = "{url}"\nusername = "{user.name}"\n'
        f"password_command = '{command}'\n"
    )


@pytest.fixture
def synced(ek: EkHome, freshrss: FreshRSS, fresh_user: FreshUser) -> EkHome:
    """A home in sync mode with the test's FreshRSS account."""
    sync_config(ek, freshrss.api_url, fresh_user)
    return ek


def headlines(home: EkHome) -> list[dict]:
    return home.json("headlines", "--limit", "100000")  # type: ignore[no-any-return]


def remote_ids(home: EkHome) -> list[int]:
    with sqlite3.connect(home.database) as db:
        return [row[0] for row in db.execute("SELECT remote_id FROM sync_items")]


def article_for(home: EkHome, title_part: str) -> dict:
    (found,) = [h for h in headlines(home) if title_part in h["title"]]
    return found


# -- subscribe on the server -> sync -> here ---------------------------------------------------


def test_a_feed_subscribed_on_the_server_arrives_with_its_articles(
    synced: EkHome, fresh_user: FreshUser, feed_server: FeedServer, freshrss: FreshRSS
):
    url = feed_server.add("/news.xml", invented_feed(feed_server.base_url, "news", 12))
    fresh_user.quickadd(url)
    feed_server.clear_requests()
    summary = synced.json("sync")
    assert summary["server"] == freshrss.api_url
    assert summary["new_articles"] == 12
    assert summary["feeds"] == 1
    assert summary["feeds_added"] == 1
    (feed,) = synced.json("feeds")
    assert feed["url"] == url
    assert feed["title"] == "news (invented)"
    assert feed["articles"] == 12
    titles = {h["title"] for h in headlines(synced)}
    assert "news 12: Ferry timetable changes for the winter" in titles
    assert len(titles) == 12
    assert feed_server.requests == []  # the server fetched the feed, not ekreader
    # Only what changed: nothing, the second time.
    again = synced.json("sync")
    assert again["new_articles"] == 0
    assert again["feeds_added"] == 0
    assert again["state_down"] == 0
    assert len(headlines(synced)) == 12


def test_new_articles_on_the_server_arrive_at_the_next_sync(
    synced: EkHome, fresh_user: FreshUser, feed_server: FeedServer, freshrss: FreshRSS
):
    url = feed_server.add("/news.xml", invented_feed(feed_server.base_url, "news", 5))
    fresh_user.quickadd(url)
    assert synced.json("sync")["new_articles"] == 5
    feed_server.add("/news.xml", invented_feed(feed_server.base_url, "news", 8))
    freshrss.actualize(fresh_user.name)
    assert synced.json("sync")["new_articles"] == 3
    assert len(headlines(synced)) == 8
    assert len(set(remote_ids(synced))) == 8


def test_the_summary_line(synced: EkHome, fresh_user: FreshUser, feed_server: FeedServer):
    url = feed_server.add("/news.xml", invented_feed(feed_server.base_url, "news", 3))
    fresh_user.quickadd(url)
    result = synced.ok("sync")
    assert "3 new articles" in result.stdout
    assert "1 feed" in result.stdout
    assert result.stderr == ""


# -- marks both ways ---------------------------------------------------------------------------


def test_read_and_starred_here_reach_the_server(
    synced: EkHome, fresh_user: FreshUser, feed_server: FeedServer
):
    url = feed_server.add("/news.xml", invented_feed(feed_server.base_url, "news", 6))
    fresh_user.quickadd(url)
    synced.ok("sync")
    first, second, third = (article_for(synced, f"news {n}:") for n in (1, 2, 3))
    synced.ok("mark", str(first["id"]), str(second["id"]))
    synced.ok("mark", "--star", str(third["id"]))
    summary = synced.json("sync")
    assert summary["state_up"] == 3
    assert summary["state_down"] == 0
    by_title = {i["title"]: int(i["id"].rsplit("/", 1)[1], 16) for i in fresh_user.items()}
    assert fresh_user.item_ids(READ) == {by_title[first["title"]], by_title[second["title"]]}
    assert fresh_user.item_ids(STARRED) == {by_title[third["title"]]}
    # Unread again here -> unread there.
    synced.ok("mark", "--unread", str(first["id"]))
    assert synced.json("sync")["state_up"] == 1
    assert fresh_user.item_ids(READ) == {by_title[second["title"]]}
    assert synced.json("sync")["state_up"] == 0


def test_starred_and_read_on_the_server_reach_this_cache(
    synced: EkHome, fresh_user: FreshUser, feed_server: FeedServer
):
    url = feed_server.add("/news.xml", invented_feed(feed_server.base_url, "news", 6))
    fresh_user.quickadd(url)
    synced.ok("sync")
    items = {i["title"]: int(i["id"].rsplit("/", 1)[1], 16) for i in fresh_user.items()}
    starred_title = next(t for t in items if t.startswith("news 4:"))
    read_title = next(t for t in items if t.startswith("news 5:"))
    fresh_user.edit_tag([items[starred_title]], add=STARRED)
    fresh_user.edit_tag([items[read_title]], add=READ)
    summary = synced.json("sync")
    assert summary["state_down"] == 2
    assert summary["state_up"] == 0
    state = {h["title"]: (h["read"], h["starred"]) for h in headlines(synced)}
    assert state[starred_title] == (False, True)
    assert state[read_title] == (True, False)
    assert sum(1 for read, starred in state.values() if read or starred) == 2


def test_when_both_sides_changed_a_state_the_net_changes_meet(
    synced: EkHome, fresh_user: FreshUser, feed_server: FeedServer
):
    url = feed_server.add("/news.xml", invented_feed(feed_server.base_url, "news", 3))
    fresh_user.quickadd(url)
    synced.ok("sync")
    article = article_for(synced, "news 2:")
    server_id = {i["title"]: int(i["id"].rsplit("/", 1)[1], 16) for i in fresh_user.items()}[
        article["title"]
    ]
    # Read there; read and unread again here (no change here, in the end): the server's.
    fresh_user.edit_tag([server_id], add=READ)
    synced.ok("mark", str(article["id"]))
    synced.ok("mark", "--unread", str(article["id"]))
    assert synced.json("sync")["state_up"] == 0
    assert article_for(synced, "news 2:")["read"] is True
    # Unread and read again there (no change there); unread here: this cache's.
    fresh_user.edit_tag([server_id], remove=READ)
    fresh_user.edit_tag([server_id], add=READ)
    synced.ok("mark", "--unread", str(article["id"]))
    assert synced.json("sync")["state_up"] == 1
    assert article_for(synced, "news 2:")["read"] is False
    assert server_id not in fresh_user.item_ids(READ)
    # Starred on both sides: they agree, nothing is sent twice or lost.
    fresh_user.edit_tag([server_id], add=STARRED)
    synced.ok("mark", "--star", str(article["id"]))
    summary = synced.json("sync")
    assert article_for(synced, "news 2:")["starred"] is True
    assert fresh_user.item_ids(STARRED) == {server_id}
    assert synced.json("sync")["state_up"] == 0
    assert summary["state_up"] <= 1


# -- offline ------------------------------------------------------------------------------------


def test_marks_made_while_the_server_is_down_arrive_when_it_is_back(
    synced: EkHome, fresh_user: FreshUser, feed_server: FeedServer, freshrss: FreshRSS
):
    url = feed_server.add("/news.xml", invented_feed(feed_server.base_url, "news", 4))
    fresh_user.quickadd(url)
    synced.ok("sync")
    first, second = article_for(synced, "news 1:"), article_for(synced, "news 2:")
    with freshrss.stopped():
        synced.ok("mark", str(first["id"]))
        synced.ok("mark", "--star", str(second["id"]))
        assert len(headlines(synced)) == 4
        assert synced.ok("read", str(first["id"])).stdout.startswith(first["title"])
        failed = synced.run("sync")
        assert failed.returncode == 1
        assert freshrss.api_url in failed.stderr
        assert "cannot reach the sync server" in failed.stderr
        assert "Traceback" not in failed.stderr
        assert failed.stderr.count("\n") == 1
        assert fresh_user.api_password not in failed.stderr
    by_title = {i["title"]: int(i["id"].rsplit("/", 1)[1], 16) for i in fresh_user.items()}
    assert fresh_user.item_ids(READ) == set()
    assert synced.json("sync")["state_up"] == 2
    assert fresh_user.item_ids(READ) == {by_title[first["title"]]}
    assert fresh_user.item_ids(STARRED) == {by_title[second["title"]]}


def test_a_refused_login_and_an_odd_answer_exit_1_naming_the_address(
    ek: EkHome, freshrss: FreshRSS, fresh_user: FreshUser, feed_server: FeedServer
):
    wrong = FreshUser(freshrss, fresh_user.name, "not-the-password")
    sync_config(ek, freshrss.api_url, wrong)
    refused = ek.run("sync")
    assert refused.returncode == 1
    assert "refused the login" in refused.stderr
    assert freshrss.api_url in refused.stderr
    assert "not-the-password" not in refused.stderr + refused.stdout
    page = feed_server.add("/accounts/ClientLogin", "<html>a blog</html>", content_type="text/html")
    sync_config(ek, feed_server.base_url, fresh_user)
    odd = ek.run("sync", "--json")
    assert odd.returncode == 1
    assert page in odd.stderr
    assert odd.stdout == ""


def test_sync_without_a_sync_table_says_how_to_set_one_up(ek: EkHome):
    result = ek.run("sync")
    assert result.returncode == 1
    assert "[sync]" in result.stderr
    assert "config.toml" in result.stderr


# -- a large first sync, killed half way -----------------------------------------------------


def test_a_first_sync_killed_half_way_completes_without_duplicates(
    ek: EkHome, freshrss: FreshRSS, fresh_user: FreshUser, feed_server: FeedServer
):
    for name in ("alpha", "beta"):
        url = feed_server.add(f"/{name}.xml", invented_feed(feed_server.base_url, name, 150))
        fresh_user.quickadd(url)
    expected = fresh_user.item_ids()
    assert len(expected) == 300
    with GateProxy(freshrss.base_url) as proxy:
        # The first batch of contents passes; the sync stops at the second.
        proxy.hold("/stream/items/contents", after=1)
        sync_config(ek, proxy.url("/api/greader.php"), fresh_user)
        process = subprocess.Popen(
            [ekreader_command(), "sync"],
            env=ek.env,
            cwd=ek.root,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        try:
            assert proxy.held.wait(60), "the sync never asked for a second batch"
            deadline = time.monotonic() + 30
            while len(remote_ids(ek)) < 250:
                assert time.monotonic() < deadline, "the first batch was not stored"
                time.sleep(0.05)
            assert process.poll() is None
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=30)
        finally:
            if process.poll() is None:
                process.kill()
            process.communicate()
        assert len(remote_ids(ek)) == 250
        proxy.release()
        summary = ek.json("sync")
    assert summary["new_articles"] == 50
    ids = remote_ids(ek)
    assert len(ids) == len(set(ids)) == 300
    assert set(ids) == expected
    titles = [h["title"] for h in headlines(ek)]
    assert len(titles) == len(set(titles)) == 300
    with sqlite3.connect(ek.database) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_first_sync_shows_a_progress_bar_on_a_terminal(
    synced: EkHome, fresh_user: FreshUser, feed_server: FeedServer
):
    import pty

    url = feed_server.add("/news.xml", invented_feed(feed_server.base_url, "news", 20))
    fresh_user.quickadd(url)
    leader, follower = pty.openpty()
    try:
        result = subprocess.run(
            [ekreader_command(), "sync"],
            env=synced.env,
            cwd=synced.root,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=follower,
            timeout=60,
            check=False,
        )
        os.close(follower)
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(leader)
    assert result.returncode == 0
    assert b"20/20 articles" in shown
    assert b"[##############################]" in shown
    assert b"\x1b[K" in shown  # the bar is cleared before the summary


# -- subscriptions go to the server ---------------------------------------------------------


def test_add_remove_and_import_go_to_the_server(
    synced: EkHome, fresh_user: FreshUser, feed_server: FeedServer, tmp_path: Path
):
    url = feed_server.add("/news.xml", invented_feed(feed_server.base_url, "news", 4))
    added = synced.ok("add", url)
    assert "subscribed" in added.stdout
    assert [s["url"] for s in fresh_user.subscriptions()] == [url]
    assert len(headlines(synced)) == 4  # through the server
    other = feed_server.add("/other.xml", invented_feed(feed_server.base_url, "other", 2))
    opml = tmp_path / "subs.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><body><outline text="Town">'
        f'<outline type="rss" text="Other" xmlUrl="{other}"/></outline></body></opml>',
        encoding="utf-8",
    )
    synced.ok("import", str(opml))
    folders = {s["url"]: [c["label"] for c in s["categories"]] for s in fresh_user.subscriptions()}
    assert folders[other] == ["Town"]
    assert {f["url"]: f["folder"] for f in synced.json("feeds")}[other] == "Town"
    assert len(headlines(synced)) == 6
    synced.ok("remove", url)
    assert [s["url"] for s in fresh_user.subscriptions()] == [other]
    assert [f["url"] for f in synced.json("feeds")] == [other]


def test_rename_and_move_go_to_the_server(
    synced: EkHome, fresh_user: FreshUser, feed_server: FeedServer
):
    url = feed_server.add("/news.xml", invented_feed(feed_server.base_url, "news", 2))
    synced.ok("add", url, "--folder", "Town")
    (sub,) = fresh_user.subscriptions()
    assert [c["label"] for c in sub["categories"]] == ["Town"]
    synced.ok("rename", url, "Harbour news")
    synced.ok("move", url, "Coast")
    (sub,) = fresh_user.subscriptions()
    assert sub["title"] == "Harbour news"
    assert [c["label"] for c in sub["categories"]] == ["Coast"]
    (feed,) = synced.json("feeds")
    assert (feed["title"], feed["folder"]) == ("Harbour news", "Coast")
    # The server's title stays the truth: renamed there, it shows here after a sync.
    fresh_user.post("subscription/edit", {"s": sub["id"], "ac": "edit", "t": "Their name"})
    synced.ok("sync")
    assert synced.json("feeds")[0]["title"] == "Their name"
    line = synced.run("rename", url, "")
    assert line.returncode == 1
    assert "keeps a title" in line.stderr


def test_a_feed_removed_on_the_server_goes_here_too(
    synced: EkHome, fresh_user: FreshUser, feed_server: FeedServer
):
    url = feed_server.add("/news.xml", invented_feed(feed_server.base_url, "news", 4))
    stream = fresh_user.quickadd(url)
    synced.ok("sync")
    fresh_user.post("subscription/edit", {"s": stream, "ac": "unsubscribe"})
    summary = synced.json("sync")
    assert summary["feeds_removed"] == 1
    assert synced.json("feeds") == []
    assert headlines(synced) == []


def test_add_refused_while_the_server_is_down(
    synced: EkHome, feed_server: FeedServer, freshrss: FreshRSS
):
    url = feed_server.add("/news.xml", invented_feed(feed_server.base_url, "news", 2))
    with freshrss.stopped():
        result = synced.run("add", url)
    assert result.returncode == 1
    assert freshrss.api_url in result.stderr
    assert synced.json("feeds") == []


def test_feeds_of_the_cache_from_before_go_to_the_server(
    ek: EkHome, freshrss: FreshRSS, fresh_user: FreshUser, feed_server: FeedServer
):
    url = feed_server.add("/news.xml", invented_feed(feed_server.base_url, "news", 3))
    ek.ok("add", url)  # not in sync mode: ekreader fetches it itself
    before = {h["title"]: h["id"] for h in headlines(ek)}
    ek.ok("mark", str(before[next(iter(before))]))
    sync_config(ek, freshrss.api_url, fresh_user)
    summary = ek.json("sync")
    assert summary["feeds_sent"] == 1
    assert [s["url"] for s in fresh_user.subscriptions()] == [url]
    after = {h["title"]: h["id"] for h in headlines(ek)}
    assert after == before  # the server's copies joined the articles already here
    assert len(remote_ids(ek)) == 3


# -- fetch, pages, breaking, search ------------------------------------------------------------


def test_fetch_syncs_and_downloads_the_pages_itself(
    ek: EkHome, freshrss: FreshRSS, fresh_user: FreshUser, feed_server: FeedServer
):
    base = feed_server.base_url
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        f"<link>{base}/</link><description>d</description>"
        f"<item><title>BREAKING: Dam gates opened upstream</title><link>{base}/dam.html</link>"
        f"<guid>{base}/dam.html</guid><pubDate>Mon, 01 Jan 2024 10:00:00 GMT</pubDate>"
        "<description>Gates opened.</description></item></channel></rss>"
    )
    url = feed_server.add("/wire.xml", feed)
    paragraph = "The river authority opened the gates of the upper dam at dawn. " * 8
    feed_server.add(
        "/dam.html",
        "<html><head><title>Dam gates opened</title></head><body><article>"
        f"<h1>Dam gates opened upstream</h1><p>{paragraph}</p>"
        "<h2>Evacuation of the lowlands</h2>"
        f"<p>{'Residents of the lowlands left their homes before noon. ' * 8}</p>"
        "</article></body></html>",
        content_type="text/html; charset=utf-8",
    )
    fresh_user.quickadd(url)
    sync_config(ek, freshrss.api_url, fresh_user, extra=FAST.replace('"never"', '"always"'))
    feed_server.clear_requests()
    result = ek.ok("fetch")
    assert "1 full text" in result.stdout
    assert feed_server.requests_for("/wire.xml") == []
    assert len(feed_server.requests_for("/dam.html")) == 1
    (headline,) = headlines(ek)
    assert headline["breaking"] is True
    article = ek.json("read", str(headline["id"]))
    assert article["full_text"] is True
    assert "Evacuation of the lowlands" in [s["heading"] for s in article["sections"]]
    found = ek.json("headlines", "--search", "lowlands")
    assert [h["id"] for h in found] == [headline["id"]]


# -- leaving sync mode ------------------------------------------------------------------------


def test_leaving_sync_mode_keeps_the_cache_and_stops_talking_to_the_server(
    ek: EkHome, freshrss: FreshRSS, fresh_user: FreshUser, feed_server: FeedServer
):
    url = feed_server.add("/news.xml", invented_feed(feed_server.base_url, "news", 5))
    fresh_user.quickadd(url)
    with GateProxy(freshrss.base_url) as proxy:
        sync_config(ek, proxy.url("/api/greader.php"), fresh_user)
        ek.ok("sync")
        starred = article_for(ek, "news 3:")
        ek.ok("mark", "--star", str(starred["id"]))
        ek.config(FAST)  # [sync] removed
        asked = len(proxy.paths)
        assert len(headlines(ek)) == 5
        assert ek.ok("fetch").returncode == 0
        assert len(proxy.paths) == asked  # not one request more
    titles = [h["title"] for h in headlines(ek)]
    assert len(titles) == len(set(titles)) == 5  # the feed's own items joined the synced ones
    assert article_for(ek, "news 3:")["starred"] is True
    ours = [
        r
        for r in feed_server.requests_for("/news.xml")
        if "ekreader" in (r.header("User-Agent") or "")
    ]
    assert len(ours) == 1  # fetched by ekreader itself now


# -- the password -------------------------------------------------------------------------------


def test_the_password_never_shows(
    ek: EkHome, freshrss: FreshRSS, fresh_user: FreshUser, feed_server: FeedServer
):
    url = feed_server.add("/news.xml", invented_feed(feed_server.base_url, "news", 2))
    fresh_user.quickadd(url)
    config = ek.config(
        f'{FAST}\n[sync]\nurl = "{freshrss.api_url}"\nusername = "{fresh_user.name}"\n'
        f'password = "{API_PASSWORD}"\n'
    )
    config.chmod(0o644)
    result = ek.ok("sync", "--json")
    assert "other users can read it" in result.stderr
    assert str(config) in result.stderr
    assert API_PASSWORD not in result.stdout + result.stderr
    config.chmod(0o600)
    quiet = ek.ok("sync")
    assert quiet.stderr == ""
    assert API_PASSWORD not in quiet.stdout
    log = freshrss.log_tail(100_000)
    assert API_PASSWORD not in log


def test_a_later_sync_logs_in_with_the_remembered_token_only_while_the_server_takes_it(
    synced: EkHome, fresh_user: FreshUser, feed_server: FeedServer
):
    fresh_user.quickadd(feed_server.add("/news.xml", invented_feed(feed_server.base_url, "n", 2)))
    synced.ok("sync")
    login = synced.database.parent / "sync-login"
    url, user, token = login.read_text(encoding="utf-8").splitlines()
    assert (url, user) == (fresh_user.server.api_url, fresh_user.name)
    assert token
    assert API_PASSWORD not in login.read_text(encoding="utf-8")
    assert login.stat().st_mode & 0o777 == 0o600
    # The password command cannot run now: the remembered login is all the sync needs.
    secret = synced.root / "api-password"
    secret.rename(synced.root / "elsewhere")
    synced.ok("sync")
    # A token the server no longer takes: the sync logs in again and remembers that login.
    login.write_text(f"{url}\n{user}\nnot-a-token\n", encoding="utf-8")
    (synced.root / "elsewhere").rename(secret)
    synced.ok("sync")
    assert login.read_text(encoding="utf-8").splitlines()[2] not in ("", "not-a-token")
    # Without the token and without the password, the sync says why.
    login.write_text(f"{url}\n{user}\nnot-a-token\n", encoding="utf-8")
    secret.unlink()
    failed = synced.run("sync")
    assert failed.returncode == 1
    assert "password_command" in failed.stderr
    assert "Traceback" not in failed.stderr
