"""A Google Reader API client (httpx, blocking): login, subscriptions, item ids and
contents, read and starred state. The dialect FreshRSS, Miniflux, Inoreader, The Old
Reader and BazQux speak, with their differences smoothed over here.

Every failure is a SyncError whose message names the address and what went wrong, in
one line. The password is asked for once, when the first login needs it, and goes only
into the body of the login request: never into a URL, a log, a message or an exception.
Every string a server sends is hostile: the caller sanitizes what it stores and shows.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit

from ekreader import __version__
from ekreader.core.text.sanitize import clean_line

if TYPE_CHECKING:
    import httpx

USER_AGENT = f"ekreader/{__version__} (terminal news reader; Google Reader API)"

READING_LIST = "user/-/state/com.google/reading-list"
READ = "user/-/state/com.google/read"
STARRED = "user/-/state/com.google/starred"
LABEL = "user/-/label/"
ITEM_PREFIX = "tag:google.com,2005:reader/item/"

MAX_ANSWER_BYTES = 64_000_000
"""The largest answer read from the server (a page of item contents can be big)."""
IDS_PAGE = 10_000
"""Item ids asked for per request (servers may send fewer and a continuation)."""
CONTENTS_BATCH = 250
"""Items whose contents one request asks for."""
EDIT_BATCH = 250
"""Items one edit-tag request changes."""

_U64 = 1 << 64
_LONG_ID = re.compile(re.escape(ITEM_PREFIX) + "[0-9a-fA-F]{1,16}")
_DECIMAL_ID = re.compile("-?[0-9]{1,20}")


class SyncError(Exception):
    """The sync server could not be used; the message names its address and why."""


class Unreachable(SyncError):
    """No answer: the server is down, the address is wrong, or the network is."""


class LoginRefused(SyncError):
    """The server refused the user name and password."""


class BadAnswer(SyncError):
    """The server answered something this client does not understand."""


def item_id(value: object) -> int:
    """An item id in either of its forms (long "tag:google.com,2005:reader/item/<hex>",
    or decimal) -> one integer, the signed 64-bit form SQLite stores. Raises ValueError
    for anything else."""
    if isinstance(value, bool):
        raise ValueError(f"not an item id: {value!r}")
    if isinstance(value, int):
        number = value
    elif isinstance(value, str) and _LONG_ID.fullmatch(value):
        number = int(value[len(ITEM_PREFIX) :], 16)
    elif isinstance(value, str) and _DECIMAL_ID.fullmatch(value):
        number = int(value)
    else:
        raise ValueError(f"not an item id: {str(value)[:40]!r}")
    if not -(1 << 63) <= number < _U64:
        raise ValueError(f"item id out of range: {number}")
    return number - _U64 if number >= 1 << 63 else number


def long_item_id(number: int) -> str:
    """The long form every server accepts (Miniflux reads a short id as hex)."""
    return f"{ITEM_PREFIX}{number % _U64:016x}"


@dataclass(frozen=True, slots=True)
class Subscription:
    """A feed the account follows, as the server describes it (unsanitized)."""

    id: str
    """The stream id, e.g. "feed/12"."""
    url: str
    """The feed's address."""
    title: str
    site_url: str | None
    folders: tuple[str, ...]
    """Folder (label) names, without the "user/-/label/" prefix."""


@dataclass(frozen=True, slots=True)
class Item:
    """One article as the server gives it (strings unsanitized; HTML as sent)."""

    id: int
    """item_id() form."""
    stream_id: str
    """The subscription it belongs to ("feed/12")."""
    title: str
    link: str | None
    author: str | None
    published: datetime | None
    updated: datetime | None
    crawled_usec: int | None
    """When the server stored it (its own clock), in microseconds."""
    html: str
    """The content (or, failing that, the summary) as HTML."""
    read: bool
    starred: bool
    labels: tuple[str, ...] = ()
    """Folder and tag names the item carries."""


@dataclass(frozen=True, slots=True)
class IdsPage:
    """One page of item ids and where the next one starts."""

    ids: tuple[int, ...]
    continuation: str | None


@dataclass(frozen=True, slots=True)
class ContentsPage:
    """One page of items and where the next one starts."""

    items: tuple[Item, ...]
    continuation: str | None


class GReaderClient:
    """One account on one server. `with GReaderClient(...) as client: ...`.

    `url` is the API's base address: FreshRSS "https://host/api/greader.php", Miniflux
    "https://host", Inoreader "https://www.inoreader.com". `password` is called once,
    when the first login needs it (it may run a password manager)."""

    def __init__(
        self,
        url: str,
        username: str,
        password: Callable[[], str],
        *,
        connect_timeout: float = 10.0,
        timeout: float = 60.0,
        headers: dict[str, str] | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        import httpx

        self.url = url.rstrip("/")
        self.username = username
        self._password_source = password
        self._password: str | None = None
        self._auth: str | None = None
        self._token: str | None = None
        self._http = httpx.Client(
            headers={"User-Agent": USER_AGENT, **(headers or {})},
            timeout=httpx.Timeout(timeout, connect=connect_timeout),
            follow_redirects=False,
            transport=transport,
        )

    def close(self) -> None:
        """Close the connections."""
        self._http.close()

    def __enter__(self) -> GReaderClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- requests -------------------------------------------------------------------------

    def _send(
        self,
        method: str,
        path: str,
        *,
        params: Sequence[tuple[str, str]] = (),
        data: Sequence[tuple[str, str]] | None = None,
        auth: bool = True,
    ) -> tuple[int, bytes, str]:
        """One request: (status, body, the endpoint's address for messages)."""
        import httpx

        where = f"{self.url}/{path}"
        headers = {"Authorization": f"GoogleLogin auth={self._auth}"} if auth else {}
        try:
            with self._http.stream(
                method, where, params=list(params), data=dict_pairs(data), headers=headers
            ) as answer:
                body = bytearray()
                for chunk in answer.iter_bytes():
                    body += chunk
                    if len(body) > MAX_ANSWER_BYTES:
                        raise BadAnswer(
                            f"{where}: the answer is larger than {MAX_ANSWER_BYTES} bytes"
                        )
                status = answer.status_code
                location = answer.headers.get("location")
        except httpx.TimeoutException:
            raise Unreachable(f"{self.url}: the sync server did not answer in time") from None
        except httpx.TransportError as exc:
            raise Unreachable(
                f"{self.url}: cannot reach the sync server ({_reason(exc)})"
            ) from None
        if 300 <= status < 400:
            target = clean_line(location)[:200] if location else "elsewhere"
            raise BadAnswer(
                f"{where}: the server redirects to {target} (HTTP {status}); "
                "set [sync] url to the address it redirects to"
            )
        return status, bytes(body), where

    def _call(
        self,
        method: str,
        path: str,
        *,
        params: Sequence[tuple[str, str]] = (),
        data: Sequence[tuple[str, str]] | None = None,
        token: bool = False,
    ) -> tuple[bytes, str]:
        """An API call with the login (made or renewed as needed) and, for changes, the
        action token; returns (body, endpoint address) of a 2xx answer."""
        if self._auth is None:
            self.login()
        for attempt in (1, 2):
            fields = list(data or ())
            if token:
                fields.append(("T", self.token()))
            status, body, where = self._send(
                method, path, params=[("output", "json"), *params], data=fields or None
            )
            if status == 401 and attempt == 1:
                # The login or the action token expired: renew them once.
                self._token = None
                self.login()
                continue
            if status in (401, 403):
                raise LoginRefused(
                    f"{self.url}: the server refused the login of user {self.username!r} "
                    f"(HTTP {status} from {path})"
                )
            if not 200 <= status < 300:
                raise BadAnswer(f"{where}: HTTP {status}{_snippet(body)}")
            return body, where
        raise AssertionError("unreachable")  # pragma: no cover

    def _json(
        self,
        method: str,
        path: str,
        *,
        params: Sequence[tuple[str, str]] = (),
        data: Sequence[tuple[str, str]] | None = None,
        token: bool = False,
    ) -> dict[str, Any]:
        body, where = self._call(method, path, params=params, data=data, token=token)
        try:
            value = json.loads(body)
        except ValueError:
            raise BadAnswer(f"{where}: the answer is not JSON{_snippet(body)}") from None
        if not isinstance(value, dict):
            raise BadAnswer(f"{where}: expected a JSON object{_snippet(body)}")
        return value

    # -- login ----------------------------------------------------------------------------

    def login(self) -> None:
        """ClientLogin: trade the user name and password for an Auth token."""
        if self._password is None:
            self._password = self._password_source()
        status, body, where = self._send(
            "POST",
            "accounts/ClientLogin",
            data=[("Email", self.username), ("Passwd", self._password)],
            auth=False,
        )
        if status in (401, 403):
            raise LoginRefused(
                f"{self.url}: the server refused the login of user {self.username!r} "
                f"(HTTP {status}); check [sync] username and the password"
            )
        if not 200 <= status < 300:
            raise BadAnswer(f"{where}: HTTP {status} to the login")
        auth = None
        for line in body.decode("utf-8", "replace").splitlines():
            key, _, value = line.partition("=")
            if key.strip() == "Auth" and value.strip():
                auth = value.strip()
        if auth is None:
            raise BadAnswer(
                f"{where}: no Auth token in the answer to the login; is [sync] url the "
                "Google Reader API's address (FreshRSS: https://HOST/api/greader.php)?"
            )
        self._auth = auth

    def token(self) -> str:
        """The action token (T) that changes must carry."""
        if self._token is None:
            if self._auth is None:
                self.login()
            status, body, where = self._send("GET", "reader/api/0/token")
            if status in (401, 403):
                raise LoginRefused(
                    f"{self.url}: the server refused the login of user {self.username!r} "
                    f"(HTTP {status} from reader/api/0/token)"
                )
            token = body.decode("utf-8", "replace").strip()
            if not 200 <= status < 300 or not token or len(token) > 1000:
                raise BadAnswer(f"{where}: HTTP {status}: no action token")
            self._token = token
        return self._token

    # -- subscriptions --------------------------------------------------------------------

    def subscriptions(self) -> list[Subscription]:
        """Every feed the account follows."""
        answer = self._json("GET", "reader/api/0/subscription/list")
        found = answer.get("subscriptions")
        if not isinstance(found, list):
            raise BadAnswer(f"{self.url}/reader/api/0/subscription/list: no subscriptions list")
        subscriptions: list[Subscription] = []
        for entry in found:
            if not isinstance(entry, dict):
                continue
            stream, url = _text(entry.get("id")), _text(entry.get("url"))
            if not stream or not url:
                continue
            if not url.startswith(("http://", "https://")) and stream.startswith("feed/http"):
                url = stream[5:]  # The Old Reader style: the id is "feed/" + the URL
            folders = tuple(
                label
                for category in entry.get("categories") or ()
                if isinstance(category, dict)
                for label in [_label(category.get("id")) or _text(category.get("label"))]
                if label
            )
            subscriptions.append(
                Subscription(
                    id=stream,
                    url=url,
                    title=_text(entry.get("title")),
                    site_url=_text(entry.get("htmlUrl")) or None,
                    folders=folders,
                )
            )
        return subscriptions

    def folders(self) -> list[str]:
        """The account's folder and tag names."""
        answer = self._json("GET", "reader/api/0/tag/list")
        return [
            name
            for tag in answer.get("tags") or ()
            if isinstance(tag, dict)
            for name in [_label(tag.get("id"))]
            if name
        ]

    def subscribe(self, feed_url: str) -> str:
        """Follow a feed (the server fetches it at once); returns its stream id. Raises
        BadAnswer saying why when the server refuses."""
        answer = self._json(
            "POST", "reader/api/0/subscription/quickadd", data=[("quickadd", feed_url)], token=True
        )
        stream = _text(answer.get("streamId"))
        if not answer.get("numResults") or not stream:
            reason = clean_line(_text(answer.get("error")))[:200] or "no feed found there"
            raise BadAnswer(f"{self.url}: the server did not subscribe to {feed_url}: {reason}")
        return stream

    def unsubscribe(self, stream_id: str) -> None:
        """Stop following a feed."""
        self._edit_subscription(stream_id, [("ac", "unsubscribe")])

    def rename(self, stream_id: str, title: str) -> None:
        """Give a subscription a title of the user's own."""
        self._edit_subscription(stream_id, [("ac", "edit"), ("t", title)])

    def move(self, stream_id: str, folder: str | None, old_folder: str | None = None) -> None:
        """Put a subscription in a folder (created as needed), or with None take it out
        of `old_folder`."""
        if folder:
            fields = [("ac", "edit"), ("a", LABEL + folder)]
            if old_folder and old_folder != folder:
                fields.append(("r", LABEL + old_folder))
        elif old_folder:
            fields = [("ac", "edit"), ("r", LABEL + old_folder)]
        else:
            return
        self._edit_subscription(stream_id, fields)

    def _edit_subscription(self, stream_id: str, fields: list[tuple[str, str]]) -> None:
        body, where = self._call(
            "POST", "reader/api/0/subscription/edit", data=[("s", stream_id), *fields], token=True
        )
        if body.strip() not in (b"OK", b'"OK"'):
            raise BadAnswer(f"{where}: expected OK{_snippet(body)}")

    # -- items ----------------------------------------------------------------------------

    def item_ids_page(
        self,
        stream: str = READING_LIST,
        *,
        exclude: str | None = None,
        since: int | None = None,
        continuation: str | None = None,
        n: int = IDS_PAGE,
    ) -> IdsPage:
        """One page of the ids in `stream`, newest first; `exclude` a state (READ for the
        unread ones), `since` a Unix time (items the server got since then)."""
        params = [("s", stream), ("n", str(n))]
        if exclude:
            params.append(("xt", exclude))
        if since is not None:
            params.append(("ot", str(max(0, since))))
        if continuation:
            params.append(("c", continuation))
        answer = self._json("GET", "reader/api/0/stream/items/ids", params=params)
        refs = answer.get("itemRefs")
        if refs is None:
            refs = []  # FreshRSS and Miniflux leave it out or send [] for no items
        if not isinstance(refs, list):
            raise BadAnswer(f"{self.url}/reader/api/0/stream/items/ids: no itemRefs list")
        ids: list[int] = []
        for ref in refs:
            try:
                ids.append(item_id(ref.get("id") if isinstance(ref, dict) else None))
            except ValueError as exc:
                raise BadAnswer(f"{self.url}/reader/api/0/stream/items/ids: {exc}") from None
        return IdsPage(tuple(ids), _continuation(answer.get("continuation"), bool(ids)))

    def item_ids(
        self, stream: str = READING_LIST, *, exclude: str | None = None, since: int | None = None
    ) -> Iterator[int]:
        """Every id in `stream`, page after page."""
        continuation: str | None = None
        seen: set[str] = set()
        while True:
            page = self.item_ids_page(
                stream, exclude=exclude, since=since, continuation=continuation
            )
            yield from page.ids
            if page.continuation is None or page.continuation in seen:
                return
            seen.add(page.continuation)
            continuation = page.continuation

    def item_contents(self, ids: Sequence[int]) -> list[Item]:
        """The items with these ids (at most CONTENTS_BATCH a request; ids the server no
        longer has are left out)."""
        items: list[Item] = []
        for start in range(0, len(ids), CONTENTS_BATCH):
            batch = ids[start : start + CONTENTS_BATCH]
            answer = self._json(
                "POST",
                "reader/api/0/stream/items/contents",
                data=[("i", long_item_id(i)) for i in batch],
            )
            items += _items(answer, f"{self.url}/reader/api/0/stream/items/contents")
        return items

    def stream_contents(
        self,
        stream: str = READING_LIST,
        *,
        since: int | None = None,
        continuation: str | None = None,
        n: int = 500,
        oldest_first: bool = False,
    ) -> ContentsPage:
        """One page of a stream's items (with their contents) and its continuation."""
        params = [("n", str(n))]
        if since is not None:
            params.append(("ot", str(max(0, since))))
        if continuation:
            params.append(("c", continuation))
        if oldest_first:
            params.append(("r", "o"))
        path = "reader/api/0/stream/contents/" + quote(stream, safe="/")
        answer = self._json("GET", path, params=params)
        items = _items(answer, f"{self.url}/{path}")
        return ContentsPage(tuple(items), _continuation(answer.get("continuation"), bool(items)))

    def set_state(self, ids: Iterable[int], state: str, on: bool) -> None:
        """Add (on) or remove a state, READ or STARRED, on items."""
        numbers = list(ids)
        for start in range(0, len(numbers), EDIT_BATCH):
            fields = [("i", long_item_id(i)) for i in numbers[start : start + EDIT_BATCH]]
            fields.append(("a" if on else "r", state))
            body, where = self._call("POST", "reader/api/0/edit-tag", data=fields, token=True)
            if body.strip() not in (b"OK", b'"OK"'):
                raise BadAnswer(f"{where}: expected OK{_snippet(body)}")


# -- answers --------------------------------------------------------------------------------


def dict_pairs(data: Sequence[tuple[str, str]] | None) -> dict[str, list[str]] | None:
    """Form fields as httpx takes them: repeated names (i=…&i=…) as lists."""
    if data is None:
        return None
    fields: dict[str, list[str]] = {}
    for name, value in data:
        fields.setdefault(name, []).append(value)
    return fields


def _reason(exc: Exception) -> str:
    text = clean_line(str(exc))
    return text[:200] if text else type(exc).__name__


def _snippet(body: bytes) -> str:
    """A short, safe quote of an answer for a message."""
    text = clean_line(body[:300].decode("utf-8", "replace"))[:120]
    return f": {text!r}" if text else ""


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _label(value: object) -> str | None:
    """ "user/-/label/News" (or "user/1234/label/News") -> "News"."""
    text = _text(value)
    parts = text.split("/", 3)
    if len(parts) == 4 and parts[0] == "user" and parts[2] == "label" and parts[3]:
        return parts[3]
    return None


def _state(category: str) -> str | None:
    """ "user/-/state/com.google/read" (any user) -> "read"."""
    parts = category.split("/")
    if len(parts) == 5 and parts[0] == "user" and parts[2:4] == ["state", "com.google"]:
        return parts[4]
    return None


def _continuation(value: object, any_items: bool) -> str | None:
    """FreshRSS sends a string, Miniflux an offset (0 for none)."""
    if not any_items or value in (None, "", 0, "0", False):
        return None
    return str(value) if isinstance(value, (str, int)) else None


def _number(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdecimal() and len(value) < 25:
        return int(value)
    return None


def _moment(seconds: int | None) -> datetime | None:
    if seconds is None or seconds <= 0:
        return None
    try:
        return datetime.fromtimestamp(seconds, UTC)
    except (OverflowError, OSError, ValueError):
        return None


def _href(links: object) -> str | None:
    if isinstance(links, list):
        for link in links:
            if isinstance(link, dict):
                href = _text(link.get("href"))
                if href:
                    return href
    return None


def _items(answer: dict[str, Any], where: str) -> list[Item]:
    found = answer.get("items")
    if found is None:
        return []
    if not isinstance(found, list):
        raise BadAnswer(f"{where}: no items list")
    items: list[Item] = []
    for entry in found:
        if not isinstance(entry, dict):
            continue
        try:
            number = item_id(entry.get("id"))
        except ValueError as exc:
            raise BadAnswer(f"{where}: {exc}") from None
        origin = entry.get("origin")
        stream = _text(origin.get("streamId")) if isinstance(origin, dict) else ""
        categories = [c for c in entry.get("categories") or () if isinstance(c, str)]
        states = {_state(c) for c in categories}
        content = entry.get("content") or entry.get("summary")
        body = _text(content.get("content")) if isinstance(content, dict) else ""
        crawled = _number(entry.get("timestampUsec"))
        if crawled is None:
            msec = _number(entry.get("crawlTimeMsec"))
            crawled = msec * 1000 if msec is not None else None
        author = html.unescape(_text(entry.get("author"))) or None
        items.append(
            Item(
                id=number,
                stream_id=stream,
                title=html.unescape(_text(entry.get("title"))),
                link=_href(entry.get("canonical")) or _href(entry.get("alternate")),
                author=author,
                published=_moment(_number(entry.get("published"))),
                updated=_moment(_number(entry.get("updated"))),
                crawled_usec=crawled,
                html=body,
                read="read" in states,
                starred="starred" in states,
                labels=tuple(label for c in categories if (label := _label(c))),
            )
        )
    return items


def check_server_url(url: str) -> str:
    """The [sync] url, without a trailing slash, when it is http(s) with a host; raises
    ValueError saying what is wrong."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        raise ValueError(f"not a valid URL: {clean_line(url)!r}") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(
            f"expected an http(s) address such as https://HOST/api/greader.php, got {clean_line(url)!r}"
        )
    if parts.username or parts.password:
        raise ValueError(
            "the address must not hold a user name or password (use [sync] username and password_command)"
        )
    return url.rstrip("/")
