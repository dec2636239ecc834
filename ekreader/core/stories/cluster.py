"""Online story clustering: each headline joins the most similar recent story or starts one.

Headlines and stories are TF-IDF vectors over the terms of core/stories/terms.py, each
term weighted by its rarity among the headlines held (no word lists: a word that many
headlines carry weighs little, in any language). A story's vector is the sum of its
headlines'. A headline joins the story most similar to it (cosine) when that similarity
reaches JOIN and the story had a headline within WINDOW of it; else it starts a story.
After a join, the story is compared with the other stories that headline resembled and
merged with those whose vectors reach MERGE: two wordings of one event that started two
stories become one as headlines accumulate.

A term's rarity is counted, for each story it is compared with, among the headlines
outside that story: while a big event breaks, its name is in every other headline and
would weigh as little as "the" by plain document frequency; outside its own story it is
still rare, so it keeps binding the event's headlines together.

Measured by bench/stories.py (B-cubed against Google News' story labels: README); the
thresholds are fixed here, never tuned per cache.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field

from ekreader.core.stories.terms import headline_terms

JOIN = 0.3
"""Cosine similarity a headline needs with a story to join it. On the bench corpus the
F1 stays within 0.01 from 0.25 to 0.35."""

MERGE = 0.1
"""Cosine similarity of two stories' vectors at which they merge (each weighs a term by its
rarity outside itself). On the bench corpus the F1 stays within 0.015 from 0.08 to 0.12."""

MERGE_TERMS = 2
"""Two stories merge only when they share this many terms of their own, terms at least a
quarter of whose headlines are in the two stories (see OUTSIDE): one shared name is not
enough ("Grauwitz council debates parking fees" is not the Grauwitz dam failure)."""

OUTSIDE = 3
"""A shared term counts for MERGE_TERMS when at most this many of its headlines are
outside the two stories for each one inside: "the" or "says" never do."""

MERGE_CANDIDATES = 8
"""After a join, only the stories the headline resembled most are compared with its story."""

WINDOW = 36 * 3600.0
"""Seconds: a story takes headlines up to this long after its latest one (and before its
first one: feeds bring older items late)."""

SPREAD = 48
"""A term found in more stories than this ("the", "der", "في" ...) makes only the story
that carries it most a candidate (it still counts in the similarity): so a headline is
compared with a few dozen stories, not with every story that says "the"."""

RENORM = 1.25
"""A story's vector length is recomputed when the headlines held have grown by this
factor since it last was (the terms' rarities drift as headlines arrive)."""


@dataclass(slots=True)
class _Story:
    id: int
    counts: dict[str, int]
    """How many of its headlines carry each term."""
    members: list[int]
    first: float
    latest: float
    norm2: float = 0.0
    """Squared length of the story's vector, with the rarities of `norm_docs`."""
    norm_docs: int = 0


@dataclass(frozen=True, slots=True)
class Assignment:
    """Where a headline went: its story, and the stories merged into that story."""

    story: int
    merged: tuple[int, ...] = ()
    """Stories whose headlines now belong to `story` (they are gone as stories)."""
    similarity: float = 1.0
    """Cosine similarity of the headline with the story it joined (1 when it started it)."""


@dataclass(slots=True)
class StoryClusterer:
    """Assigns headlines to stories as they arrive. A story's id is the id of its first
    headline (after a merge, the larger story's id stays)."""

    join: float = JOIN
    merge: float = MERGE
    window: float = WINDOW
    _df: dict[str, int] = field(default_factory=dict)
    """Headlines held that carry each term."""
    _docs: int = 0
    _stories: dict[int, _Story] = field(default_factory=dict)
    _postings: dict[str, set[int]] = field(default_factory=dict)
    _leaders: dict[str, int] = field(default_factory=dict)
    """For each term, the story that carries it most (as joins and merges tell)."""
    _story_of: dict[int, int] = field(default_factory=dict)
    _terms: dict[int, tuple[str, ...]] = field(default_factory=dict)

    def add(self, article: int, when: float, title: str) -> Assignment:
        """Cluster one headline (`when`: the article's time, in seconds since 1970).
        A headline already held keeps its story."""
        known = self._story_of.get(article)
        if known is not None:
            return Assignment(known)
        terms = headline_terms(title)
        self._count(terms)
        self._terms[article] = terms
        scored = self._score(terms, when)
        if not scored or scored[0][0] < self.join:
            story = self._stories[article] = _Story(article, {}, [], when, when)
            self._add_member(story, article, when, terms)
            return Assignment(article)
        similarity, story = scored[0]
        self._add_member(story, article, when, terms)
        merged: list[int] = []
        for _, other in scored[1 : 1 + MERGE_CANDIDATES]:
            if other.id != story.id and other.id in self._stories and self._similar(story, other):
                story, gone = self._merge(story, other)
                merged.append(gone.id)
        return Assignment(story.id, tuple(m for m in merged if m != story.id), similarity)

    def restore(self, article: int, when: float, title: str, story: int) -> None:
        """Hold a headline that an earlier run put in `story`, without comparing it: how
        a refresh resumes from what the cache holds."""
        if article in self._story_of:
            return
        terms = headline_terms(title)
        self._count(terms)
        self._terms[article] = terms
        found = self._stories.get(story)
        if found is None:
            found = self._stories[story] = _Story(story, {}, [], when, when)
        self._add_member(found, article, when, terms)

    def story_of(self, article: int) -> int | None:
        """The story of a headline held (see forget_before)."""
        return self._story_of.get(article)

    def members(self, story: int) -> tuple[int, ...]:
        """The headlines of a story, in the order they joined it."""
        found = self._stories.get(story)
        return tuple(found.members) if found is not None else ()

    def span(self, story: int) -> tuple[float, float] | None:
        """When a story's first and latest headlines held are from."""
        found = self._stories.get(story)
        return (found.first, found.latest) if found is not None else None

    def stories(self) -> Iterable[int]:
        """The ids of the stories held."""
        return self._stories.keys()

    def representative(self, story: int) -> int | None:
        """The story's headline most similar to the story as a whole (its title)."""
        found = self._stories.get(story)
        if found is None:
            return None
        weight = {t: self._weight(t, c) for t, c in found.counts.items()}
        best, best_score = found.members[0], -1.0
        for member in found.members:
            terms = self._terms[member]
            norm = math.sqrt(sum(weight[t] ** 2 for t in terms)) or 1.0
            score = sum(weight[t] ** 2 * found.counts[t] for t in terms) / norm
            if score > best_score:
                best, best_score = member, score
        return best

    def forget_before(self, when: float) -> list[int]:
        """Let go of the stories whose latest headline is older than `when` - WINDOW (they
        would take no more headlines) and of their headlines. Returns their ids."""
        cutoff = when - self.window
        old = [s for s in self._stories.values() if s.latest < cutoff]
        df = self._df
        for story in old:
            self._drop(story)
            for member in story.members:
                self._story_of.pop(member, None)
                for term in self._terms.pop(member, ()):
                    left = df[term] - 1
                    if left:
                        df[term] = left
                    else:
                        del df[term]
            self._docs -= len(story.members)
        return [s.id for s in old]

    # -- internals -----------------------------------------------------------------------

    def restore_many(self, held: Iterable[tuple[int, float, str, int]]) -> None:
        """`restore` for many headlines at once, (article, when, title, story) each: the
        stories' term counts are built first, their leaders and vector lengths once at the
        end (how a refresh restores its window: thousands of headlines)."""
        postings = self._postings
        touched: dict[int, _Story] = {}
        for article, when, title, story_id in held:
            if article in self._story_of:
                continue
            terms = headline_terms(title)
            self._count(terms)
            self._terms[article] = terms
            story = self._stories.get(story_id)
            if story is None:
                story = self._stories[story_id] = _Story(story_id, {}, [], when, when)
            counts = story.counts
            for term in terms:
                counts[term] = counts.get(term, 0) + 1
                posting = postings.get(term)
                if posting is None:
                    postings[term] = {story_id}
                else:
                    posting.add(story_id)
            story.members.append(article)
            story.first = min(story.first, when)
            story.latest = max(story.latest, when)
            self._story_of[article] = story_id
            touched[story_id] = story
        for story in touched.values():
            for term in story.counts:
                self._lead(term, story)
            self._renorm(story)

    def _count(self, terms: tuple[str, ...]) -> None:
        self._docs += 1
        df = self._df
        for term in terms:
            df[term] = df.get(term, 0) + 1

    def _weight(self, term: str, inside: int = 0) -> float:
        """A term's rarity among the headlines held, not counting `inside` of them (the
        ones of the story it is weighed for)."""
        return math.log((self._docs + 1) / (self._df[term] - inside + 0.5))

    def _score(self, terms: tuple[str, ...], when: float) -> list[tuple[float, _Story]]:
        """The stories in the window that share a term with the headline (see SPREAD),
        most similar first."""
        postings, leaders = self._postings, self._leaders
        found: set[int] = set()
        for term in terms:
            posting = postings.get(term)
            if not posting:
                continue
            if len(posting) <= SPREAD:
                found |= posting
            else:
                leader = leaders.get(term)
                if leader is not None:
                    found.add(leader)
        docs, df, log, window = self._docs, self._df, math.log, self.window
        top = docs + 1
        plain = {t: log(top / (df[t] + 0.5)) ** 2 for t in terms}
        scored: list[tuple[float, _Story]] = []
        for story_id in found:
            story = self._stories[story_id]
            if when > story.latest + window or when < story.first - window:
                continue
            counts = story.counts
            dot = norm2 = 0.0
            for term in terms:
                count = counts.get(term)
                if count:
                    w2 = log(top / (df[term] - count + 0.5)) ** 2
                    dot += w2 * count
                    norm2 += w2
                else:
                    norm2 += plain[term]
            if story.norm_docs * RENORM < docs:
                self._renorm(story)
            scored.append((dot / math.sqrt(norm2 * story.norm2), story))
        scored.sort(key=lambda pair: pair[0], reverse=True)
        return scored

    def _similar(self, one: _Story, other: _Story) -> bool:
        """Whether two stories' vectors reach MERGE and they share MERGE_TERMS terms of
        their own (the dot product runs over the terms of the one with fewer)."""
        small, large = (one, other) if len(one.counts) <= len(other.counts) else (other, one)
        counts, df, log, top = large.counts, self._df, math.log, self._docs + 1
        dot = 0.0
        shared = 0
        for term, count in small.counts.items():
            found = counts.get(term)
            if found:
                inside = count + found
                if df[term] - inside <= OUTSIDE * inside:
                    shared += 1
                rest = df[term] + 0.5
                dot += count * found * log(top / (rest - count)) * log(top / (rest - found))
        return shared >= MERGE_TERMS and dot >= self.merge * math.sqrt(one.norm2 * other.norm2)

    def _renorm(self, story: _Story) -> None:
        weight = self._weight
        story.norm2 = sum((c * weight(t, c)) ** 2 for t, c in story.counts.items()) or 1.0
        story.norm_docs = self._docs

    def _add_member(self, story: _Story, article: int, when: float, terms: tuple[str, ...]) -> None:
        counts, postings = story.counts, self._postings
        norm2 = story.norm2
        for term in terms:
            old = counts.get(term, 0)
            new = counts[term] = old + 1
            weight = self._weight(term, new)
            norm2 += (new * new - old * old) * weight * weight
            posting = postings.get(term)
            if posting is None:
                postings[term] = {story.id}
            else:
                posting.add(story.id)
            self._lead(term, story)
        story.norm2 = norm2 or 1.0
        story.norm_docs = story.norm_docs or self._docs
        story.members.append(article)
        story.first = min(story.first, when)
        story.latest = max(story.latest, when)
        self._story_of[article] = story.id

    def _merge(self, one: _Story, other: _Story) -> tuple[_Story, _Story]:
        """Merge two stories into the larger (the older on a tie); returns (kept, gone)."""
        keep, gone = (one, other) if len(one.members) >= len(other.members) else (other, one)
        if len(one.members) == len(other.members) and other.first < one.first:
            keep, gone = other, one
        self._drop(gone)
        counts, postings = keep.counts, self._postings
        for term, count in gone.counts.items():
            counts[term] = counts.get(term, 0) + count
            postings.setdefault(term, set()).add(keep.id)
            self._lead(term, keep)
        keep.members.extend(gone.members)
        for member in gone.members:
            self._story_of[member] = keep.id
        keep.first = min(keep.first, gone.first)
        keep.latest = max(keep.latest, gone.latest)
        self._renorm(keep)
        return keep, gone

    def _lead(self, term: str, story: _Story) -> None:
        """Make `story` the term's leader if it now carries the term most."""
        leader = self._leaders.get(term)
        if leader is not None and leader != story.id:
            current = self._stories.get(leader)
            if current is not None and current.counts.get(term, 0) >= story.counts[term]:
                return
        self._leaders[term] = story.id

    def _drop(self, story: _Story) -> None:
        del self._stories[story.id]
        postings, leaders = self._postings, self._leaders
        for term in story.counts:
            posting = postings.get(term)
            if posting is not None:
                posting.discard(story.id)
                if not posting:
                    del postings[term]
            if leaders.get(term) == story.id:
                del leaders[term]
