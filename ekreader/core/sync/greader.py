"""A Google Reader API client: subscriptions, item ids and contents, read and starred
state. The dialect FreshRSS, Miniflux, Inoreader, The Old Reader and BazQux speak, with
their differences smoothed over here (FreshRSS sends continuations as strings, Miniflux
as offsets; Miniflux reads a short item id as hex, so ids go out in the long form).
The HTTP side, login and errors are in session.py; the answers' shapes in answers.py."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from urllib.parse import quote

from ekreader.core.sync.answers import (
    ContentsPage,
    IdsPage,
    Item,
    Subscription,
    continuation_of,
    item_id,
    label_name,
    long_item_id,
    parse_items,
    text_of,
)
from ekreader.core.sync.session import BadAnswer, Session
from ekreader.core.text.sanitize import clean_line

READING_LIST = "user/-/state/com.google/reading-list"
READ = "user/-/state/com.google/read"
STARRED = "user/-/state/com.google/starred"
LABEL = "user/-/label/"

IDS_PAGE = 10_000
"""Item ids asked for per request (servers may send fewer and a continuation)."""
CONTENTS_BATCH = 250
"""Items whose contents one request asks for."""
EDIT_BATCH = 250
"""Items one edit-tag request changes."""


class GReaderClient(Session):
    """One account on one server. `with GReaderClient(url, user, password) as client:`.

    `url` is the API's base address: FreshRSS "https://host/api/greader.php", Miniflux
    "https://host", Inoreader "https://www.inoreader.com". `password` is called once,
    when the first login needs it (it may run a password manager)."""

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
            stream, url = text_of(entry.get("id")), text_of(entry.get("url"))
            if not stream or not url:
                continue
            if not url.startswith(("http://", "https://")) and stream.startswith("feed/http"):
                url = stream[5:]  # The Old Reader style: the id is "feed/" + the URL
            folders = tuple(
                label
                for category in entry.get("categories") or ()
                if isinstance(category, dict)
                for label in [label_name(category.get("id")) or text_of(category.get("label"))]
                if label
            )
            subscriptions.append(
                Subscription(
                    id=stream,
                    url=url,
                    title=text_of(entry.get("title")),
                    site_url=text_of(entry.get("htmlUrl")) or None,
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
            for name in [label_name(tag.get("id"))]
            if name
        ]

    def subscribe(self, feed_url: str) -> str:
        """Follow a feed (the server fetches it at once); returns its stream id. Raises
        BadAnswer saying why when the server refuses."""
        answer = self._json(
            "POST", "reader/api/0/subscription/quickadd", data=[("quickadd", feed_url)], token=True
        )
        stream = text_of(answer.get("streamId"))
        if not answer.get("numResults") or not stream:
            reason = clean_line(text_of(answer.get("error")))[:200] or "no feed found there"
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
        self._post_ok("reader/api/0/subscription/edit", [("s", stream_id), *fields])

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
        return IdsPage(tuple(ids), continuation_of(answer.get("continuation"), bool(ids)))

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
            items += parse_items(answer, f"{self.url}/reader/api/0/stream/items/contents")
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
        items = parse_items(answer, f"{self.url}/{path}")
        return ContentsPage(tuple(items), continuation_of(answer.get("continuation"), bool(items)))

    def set_state(self, ids: Iterable[int], state: str, on: bool) -> None:
        """Add (on) or remove a state, READ or STARRED, on items."""
        numbers = list(ids)
        for start in range(0, len(numbers), EDIT_BATCH):
            fields = [("i", long_item_id(i)) for i in numbers[start : start + EDIT_BATCH]]
            fields.append(("a" if on else "r", state))
            self._post_ok("reader/api/0/edit-tag", fields)
