"""Messages the reader posts: past-tense dataclasses, from workers and widgets alike.

Workers report to the app (RefreshProgressed, RefreshFinished, PageFetched,
FeedChangeFinished); the app
tells the screens what changed (ArticleMarked, ArticlesStored, WatchListChanged,
ActivityChanged, PageFetched), and each screen updates its own widgets. Messages meant
for screens do not bubble: every screen gets its own copy.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from ekreader.core.text.highlight import Highlighter
from ekreader.models import FeedResult, Headline, HeadlineQuery, RefreshSummary
from ekreader.ui.screens.add_feed import AddRequest


@dataclass
class RefreshProgressed(Message):
    """One more feed (or article page) of a running refresh is done."""

    phase: str
    done: int
    total: int
    result: FeedResult | None


@dataclass
class RefreshFinished(Message):
    """A refresh ended: its summary, or the error that stopped it."""

    summary: RefreshSummary | None
    error: str | None = None


@dataclass
class HeadlineHighlighted(Message):
    """The cursor of the headline list moved to a headline (or to none)."""

    headline: Headline | None


@dataclass
class HeadlineChosen(Message):
    """A headline was chosen (Enter or a click) to be read."""

    headline: Headline
    position: int


@dataclass
class FoldersFolded(Message):
    """The reader folded or unfolded folders in the feed list: these are folded now."""

    folded: frozenset[str]


@dataclass
class ViewChosen(Message):
    """The feed list chose which headlines to show."""

    query: HeadlineQuery
    title: str


@dataclass
class PageFetched(Message, bubble=False):
    """A one-article fetch ended: the article's page was stored, or `error` says why not."""

    article_id: int
    error: str | None = None


@dataclass
class ArticleMarked(Message, bubble=False):
    """An article was marked read or unread, starred or unstarred (None: unchanged)."""

    article_id: int
    read: bool | None = None
    starred: bool | None = None


@dataclass
class ArticlesStored(Message, bubble=False):
    """Articles or counts changed in the cache (a refresh stored some, marks changed
    counts): lists and counts re-read it."""


@dataclass
class WatchListChanged(Message, bubble=False):
    """The watch list was edited: highlight with this highlighter from now on."""

    highlighter: Highlighter


@dataclass
class ActivityChanged(Message, bubble=False):
    """What runs or last happened in the background (a refresh), for the status line."""

    text: str
    problem: bool = False


@dataclass
class FeedChangeFinished(Message):
    """A change to the subscriptions (add, remove, rename, move) ended: `text` says what
    it did, or `error` why nothing changed."""

    action: str
    text: str
    feed_id: int | None = None
    """The feed added or changed (None: removed, or failed)."""
    error: str | None = None
    request: AddRequest | None = None
    """The add that failed, offered again to correct."""
