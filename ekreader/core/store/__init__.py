"""The SQLite article cache, behind one small facade: `Store`.

One `Store` per thread or process. Every write is one short transaction (WAL, a busy
timeout), so a killed process loses at most the batch it was writing and two processes
can share the cache. The rooms behind the facade: `connection` (opening, migrating,
transactions), `schema` (the migrations), `feeds`, `articles`, `headlines` (listing and
search), `search` (the full-text index), `failures` (pages that failed), `filters` (the
killfile), `retention` (removing old articles), `stories` and `revisions`, `sync` (what
sync with a feed server keeps), `codec` (how values sit in columns), `errors`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from ekreader.core.decide.retention import Cached, Cutoffs, Sightings
from ekreader.core.query import Compiled, Node
from ekreader.core.query.filters import Filter
from ekreader.core.store import articles, failures, feeds, filters, retention, sync
from ekreader.core.store import revisions as versions
from ekreader.core.store import stories as story_rows
from ekreader.core.store.articles import EncodedWrite
from ekreader.core.store.connection import Db
from ekreader.core.store.errors import StoreError, cache_error
from ekreader.core.store.headlines import Clock, Lister, parsed
from ekreader.core.store.retention import Removed
from ekreader.models import (
    Article,
    ArticleWrite,
    CachedEntry,
    Document,
    FailedPage,
    Feed,
    FetchRecord,
    Headline,
    HeadlineQuery,
    PageJob,
    Revision,
    Story,
    UpsertResult,
)

__all__ = ["Store", "StoreError", "cache_error"]

EVERYTHING = HeadlineQuery()
"""The query that lists every headline."""


def local_now() -> datetime:
    """Now, in the local time zone (queries' since:/before: and their dates)."""
    return datetime.now().astimezone()


class Store:
    """A connection to the cache. Not shared across threads: open one per thread."""

    def __init__(self, db: Db, clock: Clock = local_now) -> None:
        self._db = db
        self._lister = Lister(db, clock)

    @classmethod
    def open(cls, path: Path, *, readonly: bool = False, clock: Clock = local_now) -> Store:
        """Open (creating and migrating if needed) the cache at `path`. `clock` gives now
        to queries (since:/before:); tests and benches pass their own."""
        return cls(Db.open(path, readonly=readonly), clock)

    @property
    def path(self) -> Path:
        """The cache file."""
        return self._db.path

    def close(self) -> None:
        """Close the connection (a WAL checkpoint happens when the last one closes)."""
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Several writes as one transaction: all of them are stored, or none."""
        with self._db.write():
            yield

    # -- the cache itself ----------------------------------------------------------------

    def first_run_done(self) -> bool:
        """Whether the reader's first start was set up in this cache (see core.firstrun)."""
        return self._db.meta("first_run") is not None

    def mark_first_run_done(self) -> None:
        """Remember that the first start was set up: it never happens again in this cache."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        self._db.set_meta("first_run", now, replace=False)

    def check_writable(self) -> None:
        """Raise StoreError (saying what to do) unless the cache can be written."""
        self._db.check_writable()

    def set_autocheckpoint(self, pages: int) -> None:
        """How many WAL pages this connection lets accumulate before it checkpoints."""
        self._db.set_autocheckpoint(pages)

    def checkpoint(self) -> None:
        """Copy the WAL into the database file and truncate it (waiting a second at most)."""
        self._db.checkpoint()

    def data_version(self) -> int:
        """A number that changes when another connection (another process, a refresh's
        worker) has changed the cache since this one last looked."""
        return self._db.data_version()

    def integrity_check(self) -> str:
        """SQLite's verdict on the file: "ok" when sound."""
        return self._db.integrity_check()

    # -- feeds ---------------------------------------------------------------------------

    def add_feed(
        self, url: str, title: str | None = None, folder: str | None = None
    ) -> tuple[Feed, bool]:
        """Subscribe; returns the feed and whether it is new."""
        return feeds.add_feed(self._db, url, title, folder)

    def remove_feed(self, url: str) -> bool:
        """Unsubscribe and delete the feed's articles; False when not subscribed."""
        return feeds.remove_feed(self._db, url)

    def rename_feed(self, feed_id: int, title: str | None, *, as_server: bool = False) -> bool:
        """Give a feed a title of the user's own (None: back to its own); `as_server`: the
        sync server's title, which a later sync keeps up to date. False: no such feed."""
        return feeds.rename_feed(self._db, feed_id, title, as_server=as_server)

    def move_feed(self, feed_id: int, folder: str | None) -> bool:
        """Put a feed in a folder (None: in none); False when there is no such feed."""
        return feeds.move_feed(self._db, feed_id, folder)

    def has_feeds(self) -> bool:
        """Whether there is any subscription at all (cheap, unlike `feeds()`)."""
        return feeds.has_feeds(self._db)

    def feeds(self, *, counts: bool = True) -> list[Feed]:
        """All subscriptions by folder and title, with unread and total counts (zero
        without `counts`, which is cheap however many articles there are)."""
        return feeds.all_feeds(self._db, counts=counts)

    def feed_by_url(self, url: str, *, former: bool = False) -> Feed | None:
        """One subscription by URL; with `former`, also by an address a permanent redirect
        moved it from."""
        return feeds.feed_by_url(self._db, url, former=former)

    def feed_by_id(self, feed_id: int) -> Feed | None:
        """One subscription by id."""
        return feeds.feed_by_id(self._db, feed_id)

    def body_hash(self, feed_id: int) -> str | None:
        """Hash of the feed body last parsed (to skip parsing an unchanged body)."""
        return feeds.body_hash(self._db, feed_id)

    def record_fetch(self, feed_id: int, record: FetchRecord) -> None:
        """Remember how a fetch went."""
        with self._db.write() as sql:
            feeds.record_fetch(sql, feed_id, record)

    # -- articles ------------------------------------------------------------------------

    def cached_entries(self, feed_id: int) -> dict[str, CachedEntry] | None:
        """What the cache holds of a feed's articles, by entry key; None when the feed is
        not subscribed (any more). Read it inside `transaction()` to write on its basis."""
        if not articles.feed_exists(self._db.sql, feed_id):
            return None
        return articles.cached_entries(self._db.sql, feed_id)

    def write_entries(
        self,
        feed_id: int,
        writes: Sequence[ArticleWrite],
        *,
        fetch: FetchRecord | None = None,
        now: datetime | None = None,
        keep_revisions: int = versions.KEEP,
        encoded: Sequence[EncodedWrite] | None = None,
    ) -> UpsertResult:
        """Write what the decide step planned for a feed's entries, together with the
        feed's fetch record, in one transaction; new articles arrived `now` (the clock's
        time by default), and an article that changes keeps its last `keep_revisions`
        earlier versions. `encoded`: the writes' encode_write, if made before."""
        arrived = int((now or datetime.now(UTC)).timestamp())
        with self._db.write() as sql:
            result = articles.apply_writes(sql, feed_id, writes, arrived, keep_revisions, encoded)
            if fetch is not None:
                feeds.record_fetch(sql, feed_id, fetch)
        return result

    def removed_keys(self, feed_id: int) -> dict[int, int | None]:
        """The articles of a feed a prune removed, remembered by key digest (see
        store/retention.py); read it inside `transaction()` to store entries on its basis."""
        return retention.remembered(self._db.sql, feed_id)

    def record_sightings(self, feed_id: int, sightings: Sightings, now: datetime) -> None:
        """What a parsed body of the feed said about its removed articles."""
        if sightings.listed_again or sightings.newly_missing:
            with self._db.write() as sql:
                retention.record_sightings(sql, feed_id, sightings, int(now.timestamp()))

    def article(self, article_id: int) -> Article | None:
        """One article with its text, or None."""
        return articles.article(self._db, article_id)

    def revisions(self, article_id: int) -> list[Revision]:
        """An article's earlier versions, the latest first."""
        return versions.revisions(self._db, article_id)

    def set_read(self, article_ids: Iterable[int], read: bool = True) -> None:
        """Mark articles read or unread (in one transaction)."""
        articles.set_flag(self._db, "read", article_ids, read)

    def set_starred(self, article_ids: Iterable[int], starred: bool = True) -> None:
        """Star or unstar articles (in one transaction)."""
        articles.set_flag(self._db, "starred", article_ids, starred)

    def set_scroll(self, article_id: int, scroll: float) -> None:
        """Remember how far an article was read."""
        articles.set_scroll(self._db, article_id, scroll)

    # -- lists ---------------------------------------------------------------------------

    def headlines(
        self, query: HeadlineQuery = EVERYTHING, *, limit: int = 100, offset: int = 0
    ) -> list[Headline]:
        """A page of headlines, newest first (the Breaking view: latest arrivals first)."""
        return self._lister.headlines(query, limit, offset)

    def count(self, query: HeadlineQuery = EVERYTHING) -> int:
        """How many headlines `query` lists."""
        return self._lister.count(query)

    def headline_position(self, article_id: int, query: HeadlineQuery = EVERYTHING) -> int:
        """Index of an article within `query`'s list (for keeping the cursor on it), or -1."""
        return self._lister.position(article_id, query)

    def mark_all_read(self, query: HeadlineQuery = EVERYTHING) -> int:
        """Mark every article `query` lists as read; returns how many changed."""
        return self._lister.mark_all_read(query)

    # -- retention -----------------------------------------------------------------------

    def retention_facts(self, only: Cutoffs | None = None) -> list[Cached]:
        """What the retention rules judge: every cached article, or `only` the unstarred
        ones that arrived before their cutoff (decide.retention.candidates)."""
        return retention.facts(self._db, only)

    def describe_articles(self, ids: Sequence[int]) -> dict[int, Removed]:
        """Feed, title and stored size of articles (for a prune's report), by id."""
        return retention.describe(self._db, ids)

    def stored_bytes(self) -> int:
        """The text all articles hold, summed (a dry run's estimate of what goes)."""
        return retention.stored_bytes(self._db)

    def remove_articles(self, ids: Sequence[int]) -> list[int]:
        """Remove articles with everything of theirs (never a starred one), remembering
        their keys so their feeds cannot bring them back; returns the ids removed."""
        return retention.remove(self._db, ids)

    def forget_removed(self, before: int) -> int:
        """Forget removed articles their feeds have not listed since `before` (seconds)."""
        return retention.forget(self._db, before)

    def remembered_count(self) -> int:
        """How many removed articles are remembered."""
        return retention.remembered_count(self._db)

    def make_shrinkable(self) -> bool:
        """Let an older cache give space back (auto_vacuum), by rewriting it once, only
        when no other connection has it open; whether that happened."""
        return retention.make_incremental(self._db)

    def merge_search_index(self) -> None:
        """Merge the search index, dropping what removed articles left in it."""
        retention.merge_index(self._db)

    def unmerged_removals(self) -> int:
        """Articles removed since the search index was last merged."""
        return retention.unmerged_removals(self._db)

    def article_count(self) -> int:
        """How many articles the cache holds (hidden ones too)."""
        return retention.article_count(self._db)

    def give_back_space(self) -> None:
        """Give the file's free pages back to the file system (incremental vacuum)."""
        retention.give_back(self._db)

    def file_bytes(self) -> int:
        """The cache's size on disk (the file and its write-ahead log)."""
        return retention.file_bytes(self._db)

    def last_prune(self) -> datetime | None:
        """When the cache was last pruned, or None."""
        value = self._db.meta("last_prune")
        try:
            return datetime.fromisoformat(value) if value else None
        except ValueError:  # not what ekreader wrote: prune as if never
            return None

    def set_last_prune(self, when: datetime) -> None:
        """Remember when the cache was pruned."""
        self._db.set_meta("last_prune", when.astimezone(UTC).isoformat(timespec="seconds"))

    # -- queries and filters -----------------------------------------------------------

    def compile(self, query: str | Node) -> Compiled:
        """A query (text or parsed) as SQL for this cache; QueryError when it is malformed
        or asks what the cache cannot answer. Lists take query texts (HeadlineQuery.query):
        this checks one before."""
        return self._lister.compile(parsed(query) if isinstance(query, str) else query)

    def sync_filters(self, rules: Sequence[Filter]) -> bool:
        """Apply the filters to what is cached if they changed since the cache was last
        filtered (see store/filters.py); returns whether they had. A cache that cannot
        be written (read-only, or locked too long) keeps its last filtering."""
        try:
            return filters.sync(self._db, rules, self._lister.compile)
        except StoreError:
            return False

    def filter_arrivals(self, rules: Sequence[Filter], result: UpsertResult) -> UpsertResult:
        """Apply the filters to the articles a feed just brought (inside the transaction
        that stored them); the breaking news among them is what they leave visible."""
        if not rules or not result.new_ids:
            return result
        with self._db.write() as sql:
            filters.apply(sql, rules, self._lister.compile, result.new_ids)
            breaking = articles.visible_breaking(sql, result.new_ids)
        return UpsertResult(result.new_ids, result.updated, breaking)

    # -- stories (the clustering pass: core/clustering.py) ------------------------------

    def settle_unclustered(self, before: int) -> int:
        """Articles never clustered from before `before` become stories of their own."""
        return story_rows.settle_old(self._db, before)

    def unclustered(self) -> list[story_rows.PassArticle]:
        """The articles the clustering pass has not seen, oldest first."""
        return story_rows.unclustered(self._db)

    def story_context(self, since: int) -> list[story_rows.PassArticle]:
        """The clustered articles from `since` on, oldest first."""
        return story_rows.context(self._db, since)

    def story_of(self, article_id: int) -> int | None:
        """The story an article belongs to (None before the clustering pass saw it)."""
        return story_rows.story_of(self._db, article_id)

    def write_stories(
        self,
        placed: Sequence[story_rows.Placed],
        merges: Sequence[tuple[int, int]],
        rows: Sequence[story_rows.StoryRow],
    ) -> None:
        """Write a clustering pass's outcome in one transaction."""
        story_rows.write_pass(self._db, placed, merges, rows)

    def stories(
        self, *, limit: int = 100, offset: int = 0, ids: Sequence[int] | None = None
    ) -> list[Story]:
        """Stories, the latest first (or those of `ids`, in that order)."""
        return story_rows.list_stories(self._db, limit, offset, ids)

    def story_count(self) -> int:
        """How many stories the cache holds."""
        return story_rows.story_count(self._db)

    # -- full-text pages -----------------------------------------------------------------

    def page_jobs(
        self,
        max_attempts: int,
        limit: int | None = None,
        feed_ids: Sequence[int] | None = None,
    ) -> list[PageJob]:
        """Articles whose page is still to be downloaded, newest first: `limit` of them,
        by default as many as one fetch downloads (PAGES_PER_FETCH)."""
        limit = articles.PAGES_PER_FETCH if limit is None else limit
        return articles.page_jobs(self._db, max_attempts, limit, feed_ids)

    def pages_waiting(self, max_attempts: int, feed_ids: Sequence[int] | None = None) -> int:
        """How many articles have a page still to be downloaded (`page_jobs` unlimited)."""
        return articles.pages_waiting(self._db, max_attempts, feed_ids)

    def save_page(
        self, article_id: int, document: Document, keep_revisions: int = versions.KEEP
    ) -> None:
        """Store an article's extracted page; its feed summary stays too (a page that
        changes text extracted before keeps the earlier version)."""
        articles.save_page(self._db, article_id, document, keep_revisions)

    def page_failed(self, article_id: int, error: str, *, retry: bool = True) -> None:
        """Record a failed page download; it is retried on a later fetch unless not
        `retry` (a page over its extraction budget would cost as much again)."""
        articles.page_failed(self._db, article_id, error, retry)

    def failed_pages(
        self, feed_ids: Sequence[int] | None = None, *, per_feed: int | None = None
    ) -> list[FailedPage]:
        """Articles whose last page download failed, with the reason, by feed and newest
        first (only of `feed_ids` when given; at most `per_feed` of each when given)."""
        return failures.failed_pages(self._db, feed_ids, per_feed=per_feed)

    def failed_page_counts(self) -> dict[int, int]:
        """How many articles of each feed have a failed page (feeds with none are absent)."""
        return failures.failed_page_counts(self._db)

    # -- sync with a feed server (store/sync.py) ------------------------------------------

    def meta(self, key: str) -> str | None:
        """A fact about the cache (the meta table), or None."""
        return self._db.meta(key)

    def set_meta(self, key: str, value: str) -> None:
        """Remember a fact about the cache."""
        self._db.set_meta(key, value)

    def forget_sync(self) -> None:
        """Forget which feed and article is which on a server (another account)."""
        sync.forget(self._db)

    def unsynced_feeds(self) -> list[sync.LocalFeed]:
        """http(s) subscriptions the sync server has not been told about."""
        return sync.unsynced_feeds(self._db)

    def stream_of(self, feed_id: int) -> str | None:
        """A feed's stream id on the sync server, or None."""
        return sync.stream_of(self._db, feed_id)

    def url_of_stream(self, stream_id: str) -> str | None:
        """The address of the feed that is this subscription on the sync server."""
        return sync.url_of_stream(self._db, stream_id)

    def merge_subscriptions(
        self, remote: Sequence[sync.RemoteFeed]
    ) -> tuple[int, list[str], dict[str, int]]:
        """The server's subscriptions become the cache's (see sync.merge_subscriptions)."""
        return sync.merge_subscriptions(self._db, remote)

    def synced_ids(self) -> set[int]:
        """Every server item id the cache holds."""
        return sync.synced_ids(self._db)

    def pending_marks(self) -> list[sync.Mark]:
        """Marks made here and not sent to the server yet."""
        return sync.pending_marks(self._db)

    def confirm_marks(self, remote_ids: Iterable[int], column: str, value: bool) -> None:
        """The server accepted these marks ("read" or "starred" set to `value`)."""
        sync.confirm_marks(self._db, remote_ids, column, value)

    def link_items(self, feed_id: int, items: Sequence[sync.SyncedItem]) -> set[str]:
        """Join items to the feed's articles from before sync mode (see sync.link_items)."""
        return sync.link_items(self._db, feed_id, items)

    def map_items(self, feed_id: int, items: Sequence[sync.SyncedItem]) -> None:
        """Remember the item ids and states of a feed's stored items."""
        sync.map_items(self._db, feed_id, items)

    def rekey_items(self, feed_id: int, entries: Sequence[tuple[str, str | None]]) -> int:
        """Synced articles take the keys of the feed's own entries (see sync.rekey_items)."""
        return sync.rekey_items(self._db, feed_id, entries)

    def apply_server_states(self, unread: set[int], starred: set[int], skip: set[int]) -> int:
        """The server's read and starred states, where nothing changed here."""
        return sync.apply_server_states(self._db, unread, starred, skip)
