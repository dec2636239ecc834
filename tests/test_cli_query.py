"""The query language on the command line: `headlines --search`, `--saved`, `--hidden`,
filters from config.toml applied by `fetch` and when they change, `feeds --json`'s hidden
counts; the installed command against a cache filled from a local feed server."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from tests.helpers import FAST_FETCH, EkHome
from tests.server import FeedServer

NEWS = [
    ("Gaza talks resume in Cairo", "Negotiators met again.", 1),
    ("Israel votes on the budget", "The Knesset voted late.", 2),
    ("Harbour strike ends", "Ferries resume; a live ticker followed it.", 30),
]
SPORT = [
    ("Gaza side wins the cup", "Sport: the football final.", 3),
    ("Israel beat Cyprus", "Sport: a football qualifier.", 4),
]
SEARCHES = """
[searches]
# my views
"Nahost" = "gaza OR israel -sport"   # the Middle East, not the football
"Strikes" = "strike since:2d"
"""


def rss(title: str, items: list[tuple[str, str, int]]) -> str:
    now = datetime.now(UTC)
    body = "".join(
        f"<item><title>{t}</title><guid>{title}-{n}</guid>"
        f"<pubDate>{format_datetime(now - timedelta(hours=hours))}</pubDate>"
        f"<description>{text}</description></item>"
        for n, (t, text, hours) in enumerate(items)
    )
    return f'<rss version="2.0"><channel><title>{title}</title>{body}</channel></rss>'


@pytest.fixture
def home(feed_server: FeedServer, ek: EkHome) -> EkHome:
    """Two feeds, the second in a folder Sport, fetched once."""
    news = feed_server.add("/news.xml", rss("Morning News", NEWS))
    sport = feed_server.add("/sport.xml", rss("Sport Daily", SPORT))
    opml = ek.root / "subs.opml"
    opml.write_text(
        '<opml version="2.0"><body>'
        f'<outline type="rss" xmlUrl="{news}"/>'
        f'<outline text="Sport"><outline type="rss" xmlUrl="{sport}"/></outline>'
        "</body></opml>",
        encoding="utf-8",
    )
    ek.config(FAST_FETCH + SEARCHES)
    ek.ok("import", str(opml))
    ek.ok("fetch")
    return ek


def found(ek: EkHome, *args: str) -> list[str]:
    return [h["title"] for h in ek.json("headlines", *args)]


def test_search_speaks_the_query_language(home: EkHome) -> None:
    assert found(home, "--search", "gaza OR israel -sport") == [
        "Gaza talks resume in Cairo",
        "Israel votes on the budget",
    ]
    assert found(home, "--search", '"live ticker"') == ["Harbour strike ends"]
    assert found(home, "--search", '"ticker live"') == []
    assert found(home, "--search", "folder:sport israel") == ["Israel beat Cyprus"]
    assert found(home, "--search", "since:150m") == [
        "Gaza talks resume in Cairo",
        "Israel votes on the budget",
    ]
    assert found(home, "--search", "title:gaza", "--feed", home_url(home, "sport")) == [
        "Gaza side wins the cup"
    ]
    assert found(home, "--search", "strike since:1d") == []
    # The words of a plain search mean what they always meant.
    assert found(home, "--search", "harb") == ["Harbour strike ends"]


def home_url(ek: EkHome, name: str) -> str:
    return next(f["url"] for f in ek.json("feeds") if name in f["url"])


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("(gaza OR israel", "unbalanced parenthesis at column 1: expected ')'"),
        ("gaza OR israel)", "unbalanced parenthesis at column 15: expected a '(' before it"),
        ("titel:gaza", "unknown field 'titel:' at column 1"),
        ("since:2x", "unknown time '2x' at column 7"),
        ("gaza is:new", "unknown is:new at column 9"),
    ],
)
def test_a_malformed_search_is_a_usage_error_naming_the_column(
    home: EkHome, query: str, message: str
) -> None:
    result = home.run("headlines", "--search", query)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("ekreader headlines: error: argument --search: ")
    assert message in lines[0]


def test_saved_searches(home: EkHome) -> None:
    assert found(home, "--saved", "Nahost") == [
        "Gaza talks resume in Cairo",
        "Israel votes on the budget",
    ]
    assert found(home, "--saved", "Strikes") == ["Harbour strike ends"]  # 30 hours old
    assert found(home, "--saved", "Nahost", "--search", "gaz") == ["Gaza talks resume in Cairo"]
    result = home.run("headlines", "--saved", "nahost")
    assert result.returncode == 1
    assert "no saved search 'nahost'" in result.stderr
    assert "(saved: 'Nahost', 'Strikes')" in result.stderr
    assert str(home.root) in result.stderr  # the config file it looked in


def test_filters_hide_mark_and_show_again(home: EkHome) -> None:
    home.config(
        FAST_FETCH
        + SEARCHES
        + """
[[filters]]
query = "folder:sport"
action = "hide"

[[filters]]
query = '"live ticker"'
action = "read"
"""
    )
    # Applied to what is cached the next time the cache is opened.
    assert found(home, "--search", "gaza OR israel") == [
        "Gaza talks resume in Cairo",
        "Israel votes on the budget",
    ]
    assert found(home, "--hidden") == ["Gaza side wins the cup", "Israel beat Cyprus"]
    assert found(home, "--unread") == ["Gaza talks resume in Cairo", "Israel votes on the budget"]
    feeds = {f["title"]: f for f in home.json("feeds")}
    assert (feeds["Sport Daily"]["articles"], feeds["Sport Daily"]["hidden"]) == (0, 2)
    assert feeds["Sport Daily"]["all_hidden"] is True
    assert feeds["Morning News"]["all_hidden"] is False
    assert "(2 hidden - all of them)" in home.ok("feeds").stdout
    # No hide filter any more: the hidden articles come back; the read mark stays.
    home.config(FAST_FETCH + SEARCHES)
    assert len(found(home)) == 5
    assert found(home, "--hidden") == []
    assert "Harbour strike ends" not in found(home, "--unread")


def test_filters_apply_as_fetch_stores_new_articles(feed_server: FeedServer, ek: EkHome) -> None:
    url = feed_server.add("/news.xml", rss("Morning News", NEWS + SPORT))
    ek.config(
        FAST_FETCH
        + """
[[filters]]
query = "football"
action = "hide"

[[filters]]
query = "harbour"
action = "star"

[[filters]]
query = "gaza talks"
action = "breaking"
"""
    )
    ek.ok("add", url)
    heads = {h["title"]: h for h in ek.json("headlines")}
    assert sorted(heads) == sorted(t for t, _, _ in NEWS)
    assert heads["Harbour strike ends"]["starred"] is True
    assert heads["Gaza talks resume in Cairo"]["breaking_reason"] == "filter: gaza talks"
    assert sorted(found(ek, "--hidden")) == ["Gaza side wins the cup", "Israel beat Cyprus"]


@pytest.mark.parametrize(
    ("config", "message"),
    [
        (
            '[[filters]]\nquery = "gaza OR"\naction = "hide"\n',
            "[[filters]] #1 ('gaza OR'): nothing after OR at column 6",
        ),
        (
            '[[filters]]\nquery = "sport since:"\naction = "hide"\n',
            "[[filters]] #1 ('sport since:'): since: without a value at column 7",
        ),
        ('[searches]\n"Bad" = "(gaza"\n', '[searches] "Bad": unbalanced parenthesis at column 1'),
    ],
)
def test_a_bad_filter_or_saved_search_names_the_file_the_entry_and_the_column(
    home: EkHome, config: str, message: str
) -> None:
    path = home.config(FAST_FETCH + config)
    for command in (["headlines"], ["fetch"], ["feeds"]):
        result = home.run(*command)
        assert result.returncode == 1, command
        assert result.stderr.startswith(f"ekreader: {path}: "), result.stderr
        assert message in result.stderr
        assert "Traceback" not in result.stderr
