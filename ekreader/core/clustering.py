"""The clustering pass: the articles a refresh stored, into stories.

It runs after the feeds of a refresh are stored (core/refresh.py), on the refresh's own
connection: the clusterer (core/stories/cluster.py) resumes from the articles clustered
in the window before the new ones, takes the new ones in time order, and the outcome is
written in one transaction. A copy of an article another feed carried before (same
canonical link, or same title and lead: core/stories/duplicates.py) goes to that
article's story without comparing. Articles older than the window when first seen (an
upgraded cache, a new feed's old items) become stories of their own.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime

from ekreader.core.decide.breaking import without_marker
from ekreader.core.store import Store
from ekreader.core.store.stories import PassArticle, Placed, StoryRow
from ekreader.core.stories.cluster import WINDOW, StoryClusterer
from ekreader.core.stories.duplicates import copy_keys


@dataclass(frozen=True, slots=True)
class PassOutcome:
    """What one clustering pass did."""

    clustered: int
    """New articles placed in stories by comparing them."""
    copies: int
    """New articles found to be copies of an earlier one."""
    settled: int
    """Old articles made stories of their own without comparing."""
    merged: int
    """Stories merged into others."""
    seconds: float
    """CPU seconds the pass took (reading, clustering, writing)."""


def cluster_new(store: Store, now: datetime | None = None) -> PassOutcome:
    """Place every article the pass has not seen yet in a story."""
    started = time.process_time()
    moment = int((now or datetime.now(UTC)).timestamp())
    window = int(WINDOW)
    settled = store.settle_unclustered(moment - window)
    new = store.unclustered()
    if not new:
        return PassOutcome(0, 0, settled, 0, time.process_time() - started)
    keys = {a.id: copy_keys(a.link, a.title, a.summary) for a in new}

    clusterer = StoryClusterer()
    titles: dict[int, str] = {}
    carried = _Carried()
    first_new = new[0].time
    held = store.story_context(first_new - window)
    for old in held:
        assert old.story is not None
        titles[old.id] = old.title
        carried.add(old, old.link_key, old.text_key, old.story)
    clusterer.restore_many(
        (old.id, float(old.time), without_marker(old.title), old.story or old.id) for old in held
    )

    placed: list[Placed] = []
    merges: list[tuple[int, int]] = []
    changed: set[int] = set()
    copies = 0
    for article in new:
        titles[article.id] = article.title
        key = keys[article.id]
        first, story = carried.first(article, key.link, key.text, article.time - window)
        if first is not None:
            story = clusterer.story_of(first) or story  # merged since, perhaps
        if story is not None:
            clusterer.restore(article.id, float(article.time), without_marker(article.title), story)
            copies += 1
        else:
            first = None
            assignment = clusterer.add(
                article.id, float(article.time), without_marker(article.title)
            )
            story = assignment.story
            for gone in assignment.merged:
                merges.append((gone, story))
                changed.discard(gone)
        placed.append(Placed(article.id, story, key.link, key.text, first))
        carried.add(article, key.link, key.text, story, first)
        changed.add(story)

    # A story merged away later in the pass: its articles placed before went with it.
    final = {gone: kept for gone, kept in merges}
    placed = [_follow(p, final) for p in placed]
    rows = [row for s in sorted(changed) if (row := _row(clusterer, titles, s)) is not None]
    store.write_stories(placed, merges, rows)
    return PassOutcome(
        len(placed) - copies, copies, settled, len(merges), time.process_time() - started
    )


class _Carried:
    """The copy keys of the articles in the window, for finding an article's first copy
    without asking the cache: each key's first article (id, feed, time, story)."""

    def __init__(self) -> None:
        self._first: dict[str, tuple[int, int, int, int]] = {}

    def add(
        self,
        article: PassArticle,
        link: str | None,
        text: str | None,
        story: int,
        copy_of: int | None = None,
    ) -> None:
        root = article.copy_of or copy_of or article.id
        for key in (f"l{link}" if link else None, f"t{text}" if text else None):
            if key is not None and key not in self._first:
                self._first[key] = (root, article.feed_id, article.time, story)

    def first(
        self, article: PassArticle, link: str | None, text: str | None, since: int
    ) -> tuple[int | None, int | None]:
        """The first copy another feed carried from `since` on, and its story."""
        found: list[tuple[int, int]] = []
        for key in (f"l{link}" if link else None, f"t{text}" if text else None):
            hit = self._first.get(key) if key is not None else None
            if hit is not None and hit[1] != article.feed_id and hit[2] >= since:
                found.append((hit[0], hit[3]))
        return min(found) if found else (None, None)


def _follow(placed: Placed, merged: dict[int, int]) -> Placed:
    story = placed.story
    seen: set[int] = set()
    while story in merged and story not in seen:
        seen.add(story)
        story = merged[story]
    if story == placed.story:
        return placed
    return Placed(placed.id, story, placed.link_key, placed.text_key, placed.copy_of)


def _row(clusterer: StoryClusterer, titles: dict[int, str], story: int) -> StoryRow | None:
    span = clusterer.span(story)
    title_id = clusterer.representative(story)
    if span is None or title_id is None:
        return None
    return StoryRow(story, titles.get(title_id, ""), title_id, int(span[0]), int(span[1]))


__all__ = ["PassArticle", "PassOutcome", "cluster_new"]
