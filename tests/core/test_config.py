"""config.toml -> Config: defaults, validation, and errors that name the file and the key."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from ekreader.config import (
    BreakingConfig,
    Config,
    ConfigError,
    FeedConfig,
    FetchConfig,
    config_from_dict,
    load_config,
)
from ekreader.paths import Paths


def write(tmp_path: Path, text: str | bytes) -> Path:
    path = tmp_path / "config.toml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def error_for(tmp_path: Path, text: str | bytes) -> str:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    message = str(info.value)
    assert str(path) in message, message
    assert "\n" not in message.strip() or "TOML" in message
    return message


def test_missing_file_gives_the_defaults(tmp_path: Path):
    assert load_config(tmp_path / "nope.toml") == Config()


def test_empty_file_gives_the_defaults(tmp_path: Path):
    assert load_config(write(tmp_path, "")) == Config()


def test_defaults_are_the_documented_ones():
    fetch = Config().fetch
    assert 5 <= fetch.connect_timeout <= 15
    assert 20 <= fetch.timeout <= 60
    assert 5_000_000 <= fetch.max_feed_bytes <= 20_000_000
    assert 1 <= fetch.max_redirects <= 10
    assert fetch.concurrency >= 8
    assert 1 <= fetch.per_host <= fetch.concurrency
    assert fetch.full_text == "auto"
    assert Config().breaking == BreakingConfig()
    assert Config().feed("https://any.example/") == FeedConfig()


def test_values_are_read(tmp_path: Path):
    path = write(
        tmp_path,
        """
[general]
refresh_on_start = false

[fetch]
timeout = 12.5
connect_timeout = 3
max_feed_bytes = 123456
full_text = "never"

[breaking]
markers = ["ALERT"]
patterns = ['\\bwarnstreik\\b']
categories = ["Top Story"]

[keys]
next_section = "n,ctrl+down"

[feeds."https://alerts.example/feed.xml"]
breaking = true
full_text = "always"
""",
    )
    config = load_config(path)
    assert config.general.refresh_on_start is False
    assert config.fetch.timeout == 12.5
    assert config.fetch.connect_timeout == 3.0
    assert isinstance(config.fetch.connect_timeout, float)
    assert config.fetch.max_feed_bytes == 123456
    assert config.breaking.markers == ("ALERT",)
    assert config.breaking.patterns == (r"\bwarnstreik\b",)
    assert config.breaking.categories == ("Top Story",)
    assert config.keys["next_section"] == "n,ctrl+down"
    assert config.feed("https://alerts.example/feed.xml") == FeedConfig("always", True)
    assert config.full_text_for("https://alerts.example/feed.xml") == "always"
    assert config.full_text_for("https://other.example/") == "never"


def test_config_is_frozen():
    config = Config()
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.fetch.timeout = 1  # type: ignore[misc]
    with pytest.raises(TypeError):
        config.keys["x"] = "y"  # type: ignore[index]


BAD = [
    # (toml, words the message must hold: the key and what is wrong)
    ("[fetch]\ntimeout = 0", ["[fetch] timeout", "greater than 0"]),
    ("[fetch]\ntimeout = -3", ["[fetch] timeout", "greater than 0"]),
    ("[fetch]\ntimeout = nan", ["[fetch] timeout", "finite"]),
    ("[fetch]\ntimeout = inf", ["[fetch] timeout", "finite"]),
    ('[fetch]\ntimeout = "30"', ["[fetch] timeout", "number"]),
    ("[fetch]\nconnect_timeout = true", ["[fetch] connect_timeout", "number"]),
    ("[fetch]\nconcurrency = 1.5", ["[fetch] concurrency", "whole number"]),
    ("[fetch]\nconcurrency = 0", ["[fetch] concurrency", "greater than 0"]),
    ("[fetch]\nper_host = 0", ["[fetch] per_host", "greater than 0"]),
    ("[fetch]\nmax_feed_bytes = 0", ["[fetch] max_feed_bytes", "greater than 0"]),
    ("[fetch]\nmax_redirects = -1", ["[fetch] max_redirects", "negative"]),
    ('[fetch]\nfull_text = "sometimes"', ["[fetch] full_text", '"auto"', "sometimes"]),
    ("[fetch]\nunknown_knob = 1", ["[fetch] unknown_knob", "unknown key", "timeout"]),
    ("[general]\ntheme = 7", ["[general] theme", "string"]),
    ('[general]\nrefresh_on_start = "yes"', ["[general] refresh_on_start", "true or false"]),
    ("[notify]\nbell = 1", ["[notify] bell", "true or false"]),
    ('[breaking]\nmarkers = "ALERT"', ["[breaking] markers", "list of strings"]),
    ("[breaking]\nmarkers = [1, 2]", ["[breaking] markers", "list of strings"]),
    (
        "[breaking]\npatterns = ['(unclosed']",
        ["[breaking] patterns", "regular expression", "(unclosed"],
    ),
    ("[highlight]\npatterns = ['[a-']", ["[highlight] patterns", "regular expression"]),
    ("[highlight]\nkeywords = [true]", ["[highlight] keywords", "list of strings"]),
    ("[keys]\nnext_section = 5", ["[keys] next_section", "string"]),
    ('[keys]\nnext_section = "  "', ["[keys] next_section"]),
    ("keys = 3", ["[keys]", "table"]),
    ("fetch = 3", ["[fetch]", "table"]),
    ("[nonsense]\na = 1", ["[nonsense]", "unknown section"]),
    ('[feeds]\n"https://x.example/" = 1', ['[feeds."https://x.example/"]', "table"]),
    ('[feeds."https://x.example/"]\nbreaking = "yes"', ['feeds."https://x.example/"] breaking']),
    (
        '[feeds."https://x.example/"]\nfull_text = "maybe"',
        ['feeds."https://x.example/"] full_text'],
    ),
    (
        '[feeds."https://x.example/"]\ncolour = "red"',
        ['feeds."https://x.example/"] colour', "unknown key"],
    ),
    ("feeds = 1", ["[feeds]"]),
    ('[ui]\nbrowser = "firefox \'unclosed %u"', ["[ui] browser", "not a command line"]),
    ("[ui]\nbrowser = 3", ["[ui] browser", "string"]),
]


@pytest.mark.parametrize(("text", "words"), BAD, ids=[b[0].replace("\n", " ") for b in BAD])
def test_bad_values_name_the_file_and_the_key(tmp_path: Path, text: str, words: list[str]):
    message = error_for(tmp_path, text)
    for word in words:
        assert word in message, (word, message)


def test_invalid_toml_names_the_file_and_the_line(tmp_path: Path):
    message = error_for(tmp_path, "[fetch]\ntimeout = = 3\n")
    assert "invalid TOML" in message
    assert "line 2" in message


def test_not_utf8(tmp_path: Path):
    message = error_for(tmp_path, b'[general]\ntheme = "\xff\xfe"\n')
    assert "UTF-8" in message


def test_unreadable_config_is_an_error(tmp_path: Path):
    (tmp_path / "config.toml").mkdir()
    with pytest.raises(ConfigError) as info:
        load_config(tmp_path / "config.toml")
    assert str(tmp_path / "config.toml") in str(info.value)


def test_config_from_dict_uses_the_source_name():
    with pytest.raises(ConfigError, match=r"^my\.toml: \[fetch\] timeout"):
        config_from_dict({"fetch": {"timeout": 0}}, "my.toml")


def test_every_field_has_a_default():
    # Config() must be constructible with nothing, and so must each section.
    for section in dataclasses.fields(Config):
        value = getattr(Config(), section.name)
        if section.name == "sync":  # the one table whose absence means something: no sync
            assert value is None
            continue
        assert value is not None


def test_fetch_config_accepts_ints_for_floats():
    config = config_from_dict({"fetch": {"timeout": 5}})
    assert config.fetch == dataclasses.replace(FetchConfig(), timeout=5.0)


def test_paths_follow_the_xdg_variables(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    for name in ("CONFIG", "DATA", "CACHE"):
        monkeypatch.setenv(f"XDG_{name}_HOME", str(tmp_path / name.lower()))
    paths = Paths.default()
    assert paths.config_file == tmp_path / "config" / "ekreader" / "config.toml"
    assert paths.database.parent == tmp_path / "data" / "ekreader"
    assert paths.cache_dir == tmp_path / "cache" / "ekreader"
    assert not (tmp_path / "data").exists()  # nothing is created by asking


def _section_fields() -> list[tuple[str, str]]:
    cases = []
    for section in dataclasses.fields(Config):
        default = getattr(Config(), section.name)
        if not dataclasses.is_dataclass(default):
            continue  # [keys], [feeds]: tables of their own
        cases += [(section.name, f.name) for f in dataclasses.fields(default)]
    return cases


@pytest.mark.parametrize(("section", "key"), _section_fields())
def test_every_key_rejects_a_table(tmp_path: Path, section: str, key: str):
    # No key takes a table: a wrong type anywhere names the file, the section and the key.
    message = error_for(tmp_path, f"[{section}.{key}]\nx = 1\n")
    assert f"[{section}] {key}" in message


@pytest.mark.parametrize(("section", "key"), _section_fields())
def test_every_key_accepts_its_default(tmp_path: Path, section: str, key: str):
    import tomllib

    default = getattr(getattr(Config(), section), key)
    if default is None:
        pytest.skip("no default to write")
    value = list(default) if isinstance(default, tuple) else default
    text = f"[{section}]\n{key} = {_toml(value)}\n"
    assert tomllib.loads(text)  # the test writes valid TOML
    assert load_config(write(tmp_path, text)) == Config()


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return repr(value)


def test_a_feed_table_follows_the_feed_to_its_new_address():
    config = config_from_dict(
        {
            "fetch": {"full_text": "always"},
            "feeds": {
                "https://old.example/rss": {"full_text": "never", "breaking": True},
                "https://older.example/rss": {"full_text": "auto"},
                "https://now.example/rss": {"breaking": True},
            },
        }
    )
    # Looked up by the current address first, then by the former ones, the latest first.
    moved = ("https://old.example/rss", "https://older.example/rss")
    assert config.feed("https://new.example/rss", moved) == FeedConfig("never", True)
    assert config.full_text_for("https://new.example/rss", moved) == "never"
    assert config.feed("https://new.example/rss", moved[::-1]) == FeedConfig("auto", False)
    assert config.feed("https://now.example/rss", moved) == FeedConfig(None, True)
    assert config.full_text_for("https://now.example/rss", moved) == "always"
    assert config.feed("https://new.example/rss") == FeedConfig()
    assert config.feed("https://new.example/rss", ["https://elsewhere.example/"]) == FeedConfig()


# -- saved searches and filters ---------------------------------------------------------


def test_saved_searches_and_filters_are_read_in_order(tmp_path: Path):
    from ekreader.core.query import parse

    config = load_config(
        write(
            tmp_path,
            """
# my views
[searches]
"Nahost" = "gaza OR israel -sport is:unread"  # comment
Markets = 'title:"stock market" since:2d'

[[filters]]
query = "sport OR football"
action = "hide"

[[filters]]
query = 'feed:spiegel "live ticker"'
action = "read"
""",
        )
    )
    assert [(s.name, s.query) for s in config.searches] == [
        ("Nahost", "gaza OR israel -sport is:unread"),
        ("Markets", 'title:"stock market" since:2d'),
    ]
    assert config.searches[0].node == parse("gaza OR israel -sport is:unread")
    assert config.search("Markets") is config.searches[1]
    assert config.search("markets") is None
    assert [(f.query, f.action, f.node) for f in config.filters] == [
        ("sport OR football", "hide", parse("sport OR football")),
        ('feed:spiegel "live ticker"', "read", parse('feed:spiegel "live ticker"')),
    ]
    assert Config().searches == ()
    assert Config().filters == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '[searches]\n"Nahost" = "(gaza OR israel"\n',
            "[searches] \"Nahost\": unbalanced parenthesis at column 1: expected ')'",
        ),
        ('[searches]\nx = "titel:gaza"\n', "[searches] \"x\": unknown field 'titel:' at column 1"),
        ('[searches]\nx = ""\n', '[searches] "x": the query is empty'),
        ("[searches]\nx = 3\n", '[searches] "x": expected a query'),
        ('searches = ["a"]\n', "[searches] must be a table"),
        ('filters = "sport"\n', "filters must be [[filters]] tables"),
        (
            '[[filters]]\nquery = "ok"\naction = "hide"\n[[filters]]\nquery = "a OR"\naction = "hide"\n',
            "[[filters]] #2 ('a OR'): nothing after OR at column 3",
        ),
        (
            '[[filters]]\nquery = "sport"\naction = "delete"\n',
            '[[filters]] #1 (\'sport\'): action: expected one of "hide", "read", "star", "breaking"',
        ),
        ('[[filters]]\nquery = "sport"\n', "[[filters]] #1 ('sport'): action: expected one of"),
        ('[[filters]]\naction = "hide"\n', '[[filters]] #1: expected query = "..."'),
        (
            '[[filters]]\nquery = "x"\naction = "hide"\nname = "n"\n',
            "[[filters]] #1: unknown key name",
        ),
        ('[[filters]]\nquery = "since:3x"\naction = "hide"\n', "unknown time '3x' at column 7"),
    ],
)
def test_a_bad_search_or_filter_names_the_file_the_entry_and_the_column(
    tmp_path: Path, text: str, expected: str
):
    assert expected in error_for(tmp_path, text)
