"""config.toml -> frozen, validated dataclasses with defaults; errors name the file and the key."""

from __future__ import annotations

import dataclasses
import math
import re
import shlex
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType, UnionType
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints
from urllib.parse import urlsplit

from ekreader.core.query import And, Node, QueryError, parse
from ekreader.core.query.filters import ACTIONS, Filter

FullText = Literal["auto", "always", "never"]
Bidi = Literal["reorder", "terminal"]
SyncService = Literal["greader"]


class ConfigError(Exception):
    """The configuration file is unreadable or holds a bad value."""


@dataclass(frozen=True, slots=True)
class GeneralConfig:
    """[general]"""

    theme: str = "textual-dark"
    """Textual theme name (see the command palette's "Change theme")."""
    refresh_on_start: bool = True
    """Refresh all feeds in the background when the reader starts."""
    first_run_feeds: bool = True
    """On the very first start (no subscriptions), subscribe to a default list of news feeds."""
    refresh_interval: float = 15.0
    """Minutes between the reader's scheduled refreshes of a feed (a feed's <ttl> or its
    server may ask for longer); 0 turns the schedule off. Also a duration such as "90s",
    "15m", "2h"."""
    keep_revisions: int = 10
    """Earlier versions kept per article when a feed or its page changes it (0: none)."""


@dataclass(frozen=True, slots=True)
class FetchConfig:
    """[fetch]"""

    concurrency: int = 128
    """Feeds fetched at once (each host at most `per_host` of them; fewer where the
    process may open few files: core/fetch/client.py socket_budget): at 200 ms a request,
    200 feeds from 20 hosts take two rounds instead of four with 64 (bench/refresh.py:
    the refresh in which every feed answers 304, 1.51-1.68 s -> 1.21-1.28 s)."""
    per_host: int = 8
    """Requests at once to one host (scheme, name and port)."""
    connect_timeout: float = 10.0
    """Seconds to establish a connection."""
    timeout: float = 30.0
    """Seconds in all for one feed or page, whatever the server does."""
    max_feed_bytes: int = 10_000_000
    """Largest feed body accepted, after decompression."""
    max_page_bytes: int = 5_000_000
    """Largest article page accepted, after decompression."""
    max_redirects: int = 5
    """Redirects followed per request."""
    full_text: FullText = "auto"
    """Download article pages: "auto" (when the feed gives a teaser), "always", "never"."""
    full_text_min_chars: int = 1200
    """With "auto": feed content shorter than this is a teaser."""
    full_text_retries: int = 3
    """Attempts per article page before giving up on it."""
    page_per_host: int = 2
    """Article pages downloaded at once from one host (politeness)."""
    page_cpu_seconds: float = 5.0
    """Time budget of one page's extraction (CPU-seconds); past it the page keeps its
    feed summary, marked with the reason."""
    page_memory_mb: int = 128
    """Memory budget of one page's extraction: the most its worker process may hold (MB)."""


@dataclass(frozen=True, slots=True)
class BreakingConfig:
    """[breaking]"""

    markers: tuple[str, ...] = ()
    """Extra title prefixes that mark breaking news, e.g. "ALERT" (matched before ':', '|', '-')."""
    patterns: tuple[str, ...] = ()
    """Extra regular expressions searched in titles (case-insensitive)."""
    categories: tuple[str, ...] = ()
    """Extra feed categories/tags that mark breaking news."""


@dataclass(frozen=True, slots=True)
class HighlightConfig:
    """[highlight]"""

    keywords: tuple[str, ...] = ()
    """Watch list: whole words, case- and accent-insensitive."""
    patterns: tuple[str, ...] = ()
    """Watch list: regular expressions (case-insensitive)."""


@dataclass(frozen=True, slots=True)
class NotifyConfig:
    """[notify]"""

    bell: bool = False
    """Ring the terminal bell when a refresh brings breaking news."""
    desktop: bool = False
    """Send a desktop notification (notify-send) when a refresh brings breaking news."""


@dataclass(frozen=True, slots=True)
class UiConfig:
    """[ui]: the reader's own settings."""

    show_feeds: bool = True
    """Show the feed list beside the headlines at start (toggle with "f")."""
    mark_read_on_open: bool = True
    """Opening an article marks it read."""
    bidi: Bidi = "reorder"
    """Right-to-left text: "reorder" (ekreader puts each line in display order) or
    "terminal" (for terminals that apply the bidi algorithm themselves: VTE, Konsole, mlterm)."""
    browser: str = ""
    """The command that opens a link, e.g. "firefox --new-tab %u" (%u: the link; appended
    when absent); run without a shell. Empty: the system's default browser."""


@dataclass(frozen=True, slots=True)
class CacheConfig:
    """[cache]: how long articles are kept (starred ones are kept for ever)."""

    keep_days: int = 90
    """Read articles are removed this many days after they arrived (0: never)."""
    keep_unread_days: int = 365
    """Unread articles are removed this many days after they arrived (0: never)."""
    max_per_feed: int = 0
    """At most this many articles per feed are kept, the newest (starred not counted; 0:
    no limit)."""


@dataclass(frozen=True, slots=True)
class FeedConfig:
    """[feeds."URL"]: settings for one subscription."""

    full_text: FullText | None = None
    """Overrides [fetch] full_text for this feed."""
    breaking: bool = False
    """Every item of this feed is breaking news (an alerts feed)."""
    refresh_interval: float | None = None
    """Minutes; overrides [general] refresh_interval for this feed (0: never scheduled)."""


@dataclass(frozen=True, slots=True)
class SavedSearch:
    """One entry of [searches]: `"Nahost" = "gaza OR israel -sport is:unread"`."""

    name: str
    query: str
    node: Node = field(compare=False, repr=False)
    """The query, parsed (checked when the config is read)."""


@dataclass(frozen=True, slots=True)
class SyncConfig:
    """[sync]: read on every device through a feed server (off when the table is absent)."""

    url: str
    """The server's Google Reader API address, e.g. "https://rss.example.org/api/greader.php"."""
    username: str
    """The account's user name."""
    password_command: str | None = None
    """A command that prints the password (run without a shell), e.g. "pass show rss"."""
    password: str | None = field(default=None, repr=False)
    """The password itself (password_command is safer: see the warning ekreader gives)."""
    service: SyncService = "greader"
    """The protocol: "greader", the Google Reader API (FreshRSS, Miniflux, Inoreader ...)."""
    app_id: str | None = None
    """Inoreader only: the AppId of the application you registered with it."""
    app_key: str | None = field(default=None, repr=False)
    """Inoreader only: that application's AppKey."""

    def headers(self) -> dict[str, str]:
        """Headers every request carries (Inoreader's AppId and AppKey)."""
        if self.app_id and self.app_key:
            return {"AppId": self.app_id, "AppKey": self.app_key}
        return {}


@dataclass(frozen=True, slots=True)
class Config:
    """The whole configuration."""

    general: GeneralConfig = field(default_factory=GeneralConfig)
    fetch: FetchConfig = field(default_factory=FetchConfig)
    breaking: BreakingConfig = field(default_factory=BreakingConfig)
    highlight: HighlightConfig = field(default_factory=HighlightConfig)
    notify: NotifyConfig = field(default_factory=NotifyConfig)
    ui: UiConfig = field(default_factory=UiConfig)
    cache: CacheConfig = field(default_factory=CacheConfig)
    keys: MappingProxyType[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """Key remapping: binding id -> keys, e.g. refresh = "ctrl+r"."""
    feeds: MappingProxyType[str, FeedConfig] = field(default_factory=lambda: MappingProxyType({}))
    searches: tuple[SavedSearch, ...] = ()
    """[searches]: saved searches, in the file's order."""
    filters: tuple[Filter, ...] = ()
    """[[filters]]: the killfile, in the file's order."""

    def search(self, name: str) -> SavedSearch | None:
        """The saved search called `name`, or None."""
        for saved in self.searches:
            if saved.name == name:
                return saved
        return None

    sync: SyncConfig | None = None
    """Set by a [sync] table: the server is the source of subscriptions and articles."""

    def feed(self, url: str, former_urls: Iterable[str] = ()) -> FeedConfig:
        """Settings for one feed (defaults when it has no table): the table of its URL, else
        of the first of its former URLs that has one (a feed that permanent redirects moved
        keeps the settings written for the address it was subscribed under)."""
        for address in (url, *former_urls):
            found = self.feeds.get(address)
            if found is not None:
                return found
        return FeedConfig()

    def refresh_interval_for(self, url: str, former_urls: Iterable[str] = ()) -> float:
        """Seconds between scheduled refreshes of a feed (0: never on the schedule)."""
        own = self.feed(url, former_urls).refresh_interval
        return 60 * (self.general.refresh_interval if own is None else own)

    def full_text_for(self, url: str, former_urls: Iterable[str] = ()) -> FullText:
        """The effective full_text mode for a feed."""
        return self.feed(url, former_urls).full_text or self.fetch.full_text


_POSITIVE = {
    "concurrency",
    "per_host",
    "connect_timeout",
    "timeout",
    "max_feed_bytes",
    "max_page_bytes",
    "page_per_host",
    "page_cpu_seconds",
    "page_memory_mb",
}
_NON_NEGATIVE = {
    "max_redirects",
    "full_text_min_chars",
    "full_text_retries",
    "keep_days",
    "keep_unread_days",
    "max_per_feed",
    "keep_revisions",
}
_REGEX_KEYS = {"patterns"}
_DURATION_KEYS = {"refresh_interval"}
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd])\s*$")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_COMMAND_KEYS = {"browser"}


def load_config(path: Path) -> Config:
    """Read `path`; a missing file gives the defaults. Raises ConfigError naming file and key."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Config()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    return config_from_dict(data, str(path))


def config_from_dict(data: dict[str, Any], source: str = "config") -> Config:
    """Build a Config from parsed TOML, validating every key."""
    sections: dict[str, Any] = {}
    for name, value in data.items():
        if name == "keys":
            sections["keys"] = MappingProxyType(_keys(value, source))
        elif name == "feeds":
            sections["feeds"] = MappingProxyType(_feeds(value, source))
        elif name == "searches":
            sections["searches"] = _searches(value, source)
        elif name == "filters":
            sections["filters"] = _filters(value, source)
        elif name == "sync":
            sections["sync"] = _sync(value, source)
        elif name in _SECTION_TYPES:
            if not isinstance(value, dict):
                raise ConfigError(f"{source}: [{name}] must be a table")
            sections[name] = _build(_SECTION_TYPES[name], value, source, name)
        else:
            known = ", ".join(
                sorted([*_SECTION_TYPES, "keys", "feeds", "searches", "filters", "sync"])
            )
            raise ConfigError(f"{source}: unknown section [{name}] (known: {known})")
    return Config(**sections)


_SECTION_TYPES: dict[str, type[Any]] = {
    "general": GeneralConfig,
    "fetch": FetchConfig,
    "breaking": BreakingConfig,
    "highlight": HighlightConfig,
    "notify": NotifyConfig,
    "ui": UiConfig,
    "cache": CacheConfig,
}


def _keys(value: object, source: str) -> dict[str, str]:
    if not isinstance(value, dict):
        raise ConfigError(f'{source}: [keys] must be a table of binding id = "keys"')
    for key, keys in value.items():
        if not isinstance(keys, str) or not keys.strip():
            raise ConfigError(f'{source}: [keys] {key}: expected a string such as "j,down"')
    return dict(value)


def _feeds(value: object, source: str) -> dict[str, FeedConfig]:
    if not isinstance(value, dict):
        raise ConfigError(f'{source}: [feeds] must hold tables such as [feeds."https://..."]')
    result: dict[str, FeedConfig] = {}
    for url, table in value.items():
        if not isinstance(table, dict):
            raise ConfigError(f'{source}: [feeds."{url}"] must be a table')
        result[url] = _build(FeedConfig, table, source, f'feeds."{url}"')
    return result


def _query(text: str, where: str) -> Node:
    """A query of the config, parsed; ConfigError naming `where` and the column."""
    try:
        node = parse(text)
    except QueryError as exc:
        raise ConfigError(f"{where}: {exc}") from None
    if node == And(()):
        raise ConfigError(f"{where}: the query is empty")
    return node


def _searches(value: object, source: str) -> tuple[SavedSearch, ...]:
    if not isinstance(value, dict):
        raise ConfigError(f'{source}: [searches] must be a table of name = "query"')
    found: list[SavedSearch] = []
    for name, query in value.items():
        where = f'{source}: [searches] "{name}"'
        if not name.strip():
            raise ConfigError(f"{where}: a saved search needs a name")
        if not isinstance(query, str):
            raise ConfigError(f'{where}: expected a query such as "gaza -sport", got {query!r}')
        found.append(SavedSearch(name, query, _query(query, where)))
    return tuple(found)


def _filters(value: object, source: str) -> tuple[Filter, ...]:
    example = '[[filters]] tables such as query = "sport" and action = "hide"'
    if not isinstance(value, list):
        raise ConfigError(f"{source}: filters must be {example}")
    found: list[Filter] = []
    for number, table in enumerate(value, start=1):
        where = f"{source}: [[filters]] #{number}"
        if not isinstance(table, dict):
            raise ConfigError(f"{where}: expected a table with query and action")
        unknown = sorted(set(table) - {"query", "action"})
        if unknown:
            raise ConfigError(f"{where}: unknown key {unknown[0]} (known: action, query)")
        query, action = table.get("query"), table.get("action")
        if not isinstance(query, str):
            raise ConfigError(f'{where}: expected query = "..." (a search such as "sport")')
        where = f"{where} ({query!r})"
        if action not in ACTIONS:
            allowed = ", ".join(f'"{a}"' for a in ACTIONS)
            raise ConfigError(f"{where}: action: expected one of {allowed}, got {action!r}")
        found.append(Filter(query, action, _query(query, where)))
    return tuple(found)


def _sync(value: object, source: str) -> SyncConfig:
    """[sync]: url and username required, and one of password_command and password. The
    password's value never appears in a message."""
    if not isinstance(value, dict):
        raise ConfigError(f"{source}: [sync] must be a table")
    names = {f.name for f in dataclasses.fields(SyncConfig)}
    for key, item in value.items():
        where = f"{source}: [sync] {key}"
        if key not in names:
            raise ConfigError(f"{where}: unknown key (known: {', '.join(sorted(names))})")
        if not isinstance(item, str):
            shown = "" if key in ("password", "app_key") else f", got {item!r}"
            raise ConfigError(f"{where}: expected a string{shown}")
    for key in ("url", "username"):
        if not value.get(key, "").strip():
            raise ConfigError(f"{source}: [sync] {key}: required (see README, Sync)")
    try:
        url = _server_url(value["url"].strip())
    except ValueError as exc:
        raise ConfigError(f"{source}: [sync] url: {exc}") from None
    service = value.get("service", "greader")
    if service not in get_args(SyncService):
        allowed = ", ".join(f'"{c}"' for c in get_args(SyncService))
        raise ConfigError(f"{source}: [sync] service: expected one of {allowed}, got {service!r}")
    command = value.get("password_command")
    password = value.get("password")
    if (command is None) == (password is None):
        raise ConfigError(
            f"{source}: [sync] needs password_command (safer) or password, and not both"
        )
    if command is not None and not command.strip():
        raise ConfigError(f"{source}: [sync] password_command: empty")
    if password is not None and not password:
        raise ConfigError(f"{source}: [sync] password: empty")
    if ("app_id" in value) != ("app_key" in value):
        raise ConfigError(f"{source}: [sync] app_id and app_key go together (Inoreader)")
    return SyncConfig(
        url=url,
        username=value["username"].strip(),
        password_command=command,
        password=password,
        service=service,
        app_id=value.get("app_id"),
        app_key=value.get("app_key"),
    )


def _build(cls: type[Any], table: dict[str, Any], source: str, section: str) -> Any:
    hints = get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}
    values: dict[str, Any] = {}
    for key, value in table.items():
        where = f"{source}: [{section}] {key}"
        if key not in names:
            raise ConfigError(f"{where}: unknown key (known: {', '.join(sorted(names))})")
        values[key] = _check(hints[key], value, where, key)
    return cls(**values)


def _duration(value: Any, where: str) -> float:
    """Minutes from minutes (a number) or a duration string ("90s", "15m", "2h", "1d")."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = float(value) * 60
    elif isinstance(value, str) and (match := _DURATION.match(value)):
        seconds = float(match.group(1)) * _UNIT_SECONDS[match.group(2)]
    else:
        raise ConfigError(
            f'{where}: expected minutes or a duration such as "90s", "15m", "2h", got {value!r}'
        )
    if not math.isfinite(seconds) or seconds < 0:
        raise ConfigError(f"{where}: must be 0 (off) or more, got {value!r}")
    return seconds / 60


def _check(hint: Any, value: Any, where: str, key: str) -> Any:
    if key in _DURATION_KEYS:
        return _duration(value, where)
    origin = get_origin(hint)
    args = get_args(hint)
    if origin is Literal or (args and get_origin(args[0]) is Literal):
        choices = get_args(args[0]) if origin is not Literal else args
        if value not in choices:
            allowed = ", ".join(f'"{c}"' for c in choices)
            raise ConfigError(f"{where}: expected one of {allowed}, got {value!r}")
        return value
    if origin in (UnionType, Union) and type(None) in args and len(args) == 2:
        # An optional value: TOML has no null, so it is either given or left out.
        return _check(next(a for a in args if a is not type(None)), value, where, key)
    if hint is bool:
        if not isinstance(value, bool):
            raise ConfigError(f"{where}: expected true or false, got {value!r}")
        return value
    if hint in (int, float):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConfigError(f"{where}: expected a number, got {value!r}")
        if hint is int and not isinstance(value, int):
            raise ConfigError(f"{where}: expected a whole number, got {value!r}")
        if not math.isfinite(value):
            raise ConfigError(f"{where}: expected a finite number, got {value!r}")
        if key in _POSITIVE and value <= 0:
            raise ConfigError(f"{where}: must be greater than 0, got {value!r}")
        if key in _NON_NEGATIVE and value < 0:
            raise ConfigError(f"{where}: must not be negative, got {value!r}")
        return hint(value)
    if hint is str:
        if not isinstance(value, str):
            raise ConfigError(f"{where}: expected a string, got {value!r}")
        if key in _COMMAND_KEYS and value.strip():
            try:
                shlex.split(value)
            except ValueError as exc:
                raise ConfigError(f"{where}: not a command line: {exc}") from None
        return value
    if origin is tuple:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where}: expected a list of strings, got {value!r}")
        if key in _REGEX_KEYS:
            for pattern in value:
                try:
                    re.compile(pattern)
                except re.error as exc:
                    raise ConfigError(
                        f"{where}: bad regular expression {pattern!r}: {exc}"
                    ) from None
        return tuple(value)
    raise ConfigError(f"{where}: unsupported value {value!r}")  # pragma: no cover


def _server_url(url: str) -> str:
    """The [sync] url, without a trailing slash, when it is http(s) with a host; raises
    ValueError saying what is wrong (never quoting a password the address holds)."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        raise ValueError(f"not a valid URL: {url!r}") from None
    if parts.username or parts.password:
        raise ValueError(
            "the address must not hold a user name or password"
            " (use [sync] username and password_command)"
        )
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(
            f"expected an http(s) address such as https://HOST/api/greader.php, got {url!r}"
        )
    return url.rstrip("/")
