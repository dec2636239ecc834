"""Messages the reader posts: past-tense dataclasses, from workers and widgets alike."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from ekreader.core.store import HeadlineQuery
from ekreader.models import FeedResult, Headline, RefreshSummary


@dataclass
class RefreshStarted(Message):
    """A background refresh began."""

    feeds: int


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
class ViewChosen(Message):
    """The feed list chose which headlines to show."""

    query: HeadlineQuery
    title: str


@dataclass
class PageFetched(Message):
    """A one-article fetch ended: the article's page was stored, or `error` says why not."""

    article_id: int
    error: str | None = None


@dataclass
class ArticleChanged(Message):
    """An article's read or starred state changed (lists showing it repaint)."""

    article_id: int
