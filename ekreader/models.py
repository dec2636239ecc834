"""Plain data shared by every layer: feeds, entries, articles, documents and their sections,
the queries that list them and the records that say how a fetch and a store went."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Section:
    """One part of an article: an optional heading and the text under it.

    `text` is plain text: paragraphs separated by a blank line, list items as
    lines starting with "• " (or "1. " for ordered lists), quotes as lines
    starting with "> ", and a link's text followed by its number, as in "text[3]".
    """

    heading: str | None
    text: str
    level: int = 2
    """Heading level (1-6); 2 for the lead, which has no heading."""


@dataclass(frozen=True, slots=True)
class Link:
    """A link of an article's text, numbered in order of first appearance from 1."""

    number: int
    url: str
    text: str


@dataclass(frozen=True, slots=True)
class Document:
    """The readable content of an article: what the extractor gives and the reader shows."""

    sections: tuple[Section, ...] = ()
    links: tuple[Link, ...] = ()
    title: str | None = None
    author: str | None = None
    published: datetime | None = None
    dateline: str | None = None
    breaking_label: str | None = None
    """The label with which the page marks this story breaking ("Eilmeldung"), if it does."""

    @property
    def text(self) -> str:
        """All section text as one plain string (headings included)."""
        parts: list[str] = []
        for section in self.sections:
            if section.heading:
                parts.append(section.heading)
            if section.text:
                parts.append(section.text)
        return "\n\n".join(parts)


@dataclass(frozen=True, slots=True)
class ParsedEntry:
    """One item of a feed, as parsed: every string already sanitized plain text
    (except `content`, which is the feed's HTML, kept for extraction)."""

    key: str
    """Identity within its feed: the guid, else the link, else a hash of title and date."""
    guid: str | None
    title: str
    link: str | None
    author: str | None
    published: datetime | None
    updated: datetime | None
    summary: str
    """Plain-text summary (HTML reduced to text)."""
    content: str | None
    """The feed's full HTML content (content:encoded, Atom content), if any."""
    categories: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """What a feed document held, and what went wrong reading it."""

    title: str | None
    site_url: str | None
    entries: tuple[ParsedEntry, ...]
    error: str | None = None
    """Set when the document was ill-formed (entries may still be present) or unreadable."""
    format: str = ""
    """Detected format, e.g. "rss20", "atom10", "json11"."""
    ttl: int | None = None
    """Minutes the feed asks readers to wait between fetches (RSS <ttl>), if it says."""


@dataclass(frozen=True, slots=True)
class EntryDecision:
    """What refresh decided to store for one parsed entry (the "decide" step's output)."""

    entry: ParsedEntry
    breaking_reason: str | None
    document: Document | None
    """Sections built from the feed's own content, when it has any."""
    wants_page: bool
    """Download and extract the article's web page (the feed gives only a teaser)."""


@dataclass(frozen=True, slots=True)
class Feed:
    """A subscription, as stored."""

    id: int
    url: str
    title: str | None = None
    site_url: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    last_status: int | None = None
    last_error: str | None = None
    last_fetched: datetime | None = None
    gone: bool = False
    folder: str | None = None
    unread: int = 0
    total: int = 0
    """Articles listed (hidden ones are not)."""
    hidden: int = 0
    """Articles filters hid."""
    copies_behind: tuple[frozenset[int], ...] = ()
    """Of the unread articles, the copies of an article another feed carries: for each,
    the feeds that carry its original or an earlier copy. All's count leaves them out, a
    folder's those with one of these feeds in the folder, as their lists do (each article
    once)."""
    former_urls: tuple[str, ...] = ()
    """Addresses the feed had before permanent redirects moved it, the latest first."""
    ttl: int | None = None
    """Minutes the feed asked readers to wait between fetches (RSS <ttl>), last parse."""
    not_before: datetime | None = None
    """The server asked not to be fetched again before this (Retry-After, Cache-Control)."""

    @property
    def display_title(self) -> str:
        """The feed's title, or its URL when it has none yet."""
        return self.title or self.url

    @property
    def unread_copies(self) -> int:
        """How many of the unread articles are copies (see `copies_behind`)."""
        return len(self.copies_behind)

    @property
    def is_local(self) -> bool:
        """True for the bundled demo feed and other feeds that are never fetched."""
        return not self.url.startswith(("http://", "https://"))


@dataclass(frozen=True, slots=True)
class Headline:
    """An article as listed: everything but its text."""

    id: int
    feed_id: int
    feed_title: str
    feed_url: str
    title: str
    link: str | None
    author: str | None
    published: datetime | None
    sort_time: datetime
    breaking: bool
    breaking_reason: str | None
    read: bool
    starred: bool
    story: int = 0
    """The story it belongs to (core/clustering.py): its own id until the clustering pass
    has seen it."""
    revised: datetime | None = None
    """When its latest revision was seen (a feed or its page changed it), if ever."""
    also_in: tuple[str, ...] = ()
    """The other feeds that carry the same article (its copies)."""
    copy_of: int | None = None
    """The article this one repeats, when another feed carried it first."""


@dataclass(frozen=True, slots=True)
class Article:
    """One article with its text, as stored."""

    headline: Headline
    summary: str
    content: str | None
    document: Document
    """Full text when extracted, else sections derived from the feed's content or summary."""
    full_text: bool
    """True when `document` comes from the article's web page."""
    updated: datetime | None = None
    fetched_at: datetime | None = None
    scroll: float = 0.0
    page_error: str | None = None
    """Why the text of its web page is missing, when that was tried and failed (e.g. "over
    the time budget (5 CPU-s)")."""

    @property
    def id(self) -> int:
        """The article's stable id."""
        return self.headline.id


@dataclass(frozen=True, slots=True)
class FeedResult:
    """The outcome of refreshing one feed."""

    url: str
    ok: bool
    status: int | None = None
    error: str | None = None
    new: int = 0
    updated: int = 0
    not_modified: bool = False
    new_breaking: tuple[str, ...] = field(default=())
    """Titles of newly stored breaking articles."""


@dataclass(frozen=True, slots=True)
class ProgressEvent:
    """Sent as each feed or page finishes: `done` of `total` in the current `phase`."""

    phase: str
    """"feeds", "pages", or in sync mode "articles" (batches of the server's new ones)."""
    done: int
    total: int
    result: FeedResult | None = None


@dataclass(frozen=True, slots=True)
class SyncSummary:
    """What one sync with a feed server did."""

    server: str
    new_articles: int = 0
    new_breaking: tuple[str, ...] = ()
    state_up: int = 0
    """Marks sent to the server (read, unread, starred, unstarred)."""
    state_down: int = 0
    """Articles here whose read or starred state the server changed."""
    feeds: int = 0
    """Subscriptions on the server after the sync."""
    feeds_added: int = 0
    """Subscriptions that came from the server."""
    feeds_removed: int = 0
    """Subscriptions the server no longer has (removed here, with their articles)."""
    feeds_up: int = 0
    """Subscriptions of this cache the server did not have, sent to it."""
    skipped: tuple[str, ...] = ()
    """Subscriptions of this cache the server refused, with the reason."""
    seconds: float = 0.0


@dataclass(frozen=True, slots=True)
class RefreshSummary:
    """The outcome of a whole refresh."""

    results: tuple[FeedResult, ...]
    pages_fetched: int = 0
    pages_failed: int = 0
    seconds: float = 0.0
    pruned: int = 0
    """Old articles the refresh's daily prune removed ([cache])."""
    prune_error: str | None = None
    """Why that prune failed, when it did (the refresh itself went on)."""
    clustered: int = 0
    """New articles the clustering pass placed in stories (copies included)."""
    clustering_seconds: float = 0.0
    """CPU seconds the clustering pass took."""
    sync: SyncSummary | None = None
    """In sync mode: what the sync did (`results` then holds the server's outcome)."""
    pages_left: int = 0
    """Articles whose page waits for the next fetch: one fetch downloads at most
    PAGES_PER_FETCH pages (core/store/articles.py), newest first."""

    @property
    def ok(self) -> int:
        """Feeds refreshed without error."""
        return sum(1 for r in self.results if r.ok)

    @property
    def failed(self) -> int:
        """Feeds that failed."""
        return sum(1 for r in self.results if not r.ok)

    @property
    def new(self) -> int:
        """New articles stored."""
        return sum(r.new for r in self.results)

    @property
    def new_breaking(self) -> tuple[str, ...]:
        """Titles of new breaking articles, across feeds."""
        return tuple(t for r in self.results for t in r.new_breaking)


@dataclass(frozen=True, slots=True)
class HeadlineQuery:
    """Which headlines to list. Fields combine with AND."""

    feed_id: int | None = None
    feed_url: str | None = None
    folder: str | None = None
    """The feeds in this folder and its subfolders ("News" holds "News/Germany")."""
    breaking: bool = False
    unread: bool = False
    starred: bool = False
    search: str | None = None
    """Every word (the last also as a prefix), as typed: never malformed."""
    query: str | None = None
    """A query in the query language (core/query), checked by the caller: the store
    raises QueryError for a malformed one."""
    hidden: bool = False
    """List the articles filters hid instead of the visible ones."""
    collapse: bool = False
    """Show an article other feeds also carry once (the reader's lists): its copies are
    left out of every list but one feed's own."""


@dataclass(frozen=True, slots=True)
class FetchRecord:
    """How one fetch of a feed went. Validators, hash, title and site are kept when None."""

    status: int | None = None
    error: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    title: str | None = None
    site_url: str | None = None
    gone: bool = False
    new_url: str | None = None
    """Where a permanent redirect (301/308) moved the feed."""
    ttl: int | None = None
    """The feed's <ttl> in minutes (kept when None, like the title)."""
    not_before: datetime | None = None
    """When the server allows the next fetch (Retry-After, Cache-Control max-age); None:
    any time. Unlike the fields above it is replaced by every fetch's answer."""


@dataclass(frozen=True, slots=True)
class Revision:
    """An earlier version of an article: what it said until a feed or its page changed it."""

    seen_at: datetime
    """When this version was first seen."""
    title: str
    summary: str
    sections: tuple[Section, ...]


@dataclass(frozen=True, slots=True)
class Story:
    """Articles about one event, across feeds (see core/clustering.py)."""

    id: int
    title: str
    """Its most representative headline."""
    size: int
    feeds: tuple[str, ...]
    """The titles of the feeds that carry it, the most frequent first."""
    breaking: bool
    first_seen: datetime
    latest: datetime
    articles: tuple[int, ...]
    """Its articles' ids, newest first."""


@dataclass(frozen=True, slots=True)
class UpsertResult:
    """What storing one feed's entries changed."""

    new_ids: tuple[int, ...]
    updated: int
    new_breaking: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PageJob:
    """An article whose web page is to be downloaded and extracted."""

    article_id: int
    url: str
    attempts: int
    feed_url: str = ""


@dataclass(frozen=True, slots=True)
class FailedPage:
    """An article whose web page failed to download or extract, with the last reason."""

    id: int
    feed_id: int
    title: str
    link: str | None
    error: str
    """Why the last attempt failed ("HTTP 404", "not an HTML page (application/pdf)" …)."""
    attempts: int


@dataclass(frozen=True, slots=True)
class CachedEntry:
    """What the cache holds of an article already stored, for deciding how an entry of
    the same key changes it."""

    id: int
    entry_hash: str
    text_source: str | None
    """"page" when the text came from the article's web page, "feed", or None."""
    published: datetime | None


@dataclass(frozen=True, slots=True)
class ArticleWrite:
    """What the store is to write for one entry of a feed: a new article when `article_id`
    is None, else an update of that article (the "decide" step's plan, see
    core/decide/upsert.py)."""

    entry: ParsedEntry
    article_id: int | None
    entry_hash: str
    sort_time: datetime | None
    """Where the article goes in the list; None keeps its place (an update)."""
    document: Document | None
    """Sections from the feed's content; written only when `replace_text`."""
    replace_text: bool
    """False when the article's text came from its web page: an edit of the feed entry
    keeps it."""
    breaking_reason: str | None
    """Why the entry is breaking now (an update keeps the reason it had)."""
    wants_page: bool
