"""Story clustering quality and cost: B-cubed precision, recall and F1 of ekreader's online
clustering on ../shared/corpus/stories/headlines.csv, beside an offline baseline.

The headlines go through the clusterer one by one in the order they were collected
(TIMESTAMP), as a refresh feeds it. The baseline sees the whole file at once: TF-IDF
over the titles (scikit-learn), average-link clustering on cosine distance, cut at
every threshold from 0.80 to 0.995 and the best B-cubed F1 kept (chosen on the same
data: an optimistic baseline). The file's stories arrive one after another (each was
collected in one burst), so the run is repeated in shuffled orders, which interleave
the stories as a busy news day does (the clusterer's time window is then disabled:
shuffled timestamps mean nothing).

    .venv/bin/python -m pip install scikit-learn   # for the baseline (or '.[bench]')
    .venv/bin/python bench/stories.py [--no-baseline] [--shuffles 3] [--cost]

`--cost` builds a cache of 100 000 articles (2 minutes) and times the clustering pass as a
refresh runs it and the Stories view's query.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus" / "stories" / "headlines.csv"
sys.path.insert(0, str(REPO))

from ekreader.core.stories.cluster import StoryClusterer  # noqa: E402
from ekreader.ui.screens.stories import SHOWN  # noqa: E402


@dataclass(frozen=True, slots=True)
class Headline:
    """One row of the corpus."""

    title: str
    publisher: str
    story: str
    when: float
    """Seconds since 1970."""


@dataclass(frozen=True, slots=True)
class Score:
    """B-cubed precision, recall and F1 (Bagga and Baldwin, 1998)."""

    precision: float
    recall: float
    clusters: int

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def load(path: Path = CORPUS) -> list[Headline]:
    """The corpus rows, in the order they were collected."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [
            Headline(r["TITLE"], r["PUBLISHER"], r["STORY"], int(r["TIMESTAMP"]) / 1000)
            for r in csv.DictReader(handle)
        ]
    rows.sort(key=lambda h: h.when)
    return rows


def bcubed(gold: Sequence[object], predicted: Sequence[object]) -> Score:
    """B-cubed over items: per item, the share of its cluster that shares its label
    (precision) and the share of its label's items in its cluster (recall), averaged."""
    both = Counter(zip(gold, predicted, strict=True))
    gold_size, predicted_size = Counter(gold), Counter(predicted)
    precision = recall = 0.0
    for (label, cluster), n in both.items():
        precision += n * n / predicted_size[cluster]
        recall += n * n / gold_size[label]
    total = len(gold)
    return Score(precision / total, recall / total, len(predicted_size))


def online(
    rows: Sequence[Headline], order: Sequence[int], window: bool = True
) -> tuple[Score, float]:
    """ekreader's clusterer fed in `order`; returns the score and CPU ms per headline."""
    clusterer = StoryClusterer() if window else StoryClusterer(window=float("inf"))
    started = time.process_time()
    for i in order:
        clusterer.add(i, rows[i].when, rows[i].title)
    ms = (time.process_time() - started) * 1000 / len(order)
    predicted = [clusterer.story_of(i) for i in range(len(rows))]
    return bcubed([r.story for r in rows], predicted), ms


def baseline(rows: Sequence[Headline]) -> tuple[float, Score, float]:
    """TF-IDF + average link at its best threshold: (threshold, score, CPU seconds)."""
    import numpy as np
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import pdist
    from sklearn.feature_extraction.text import TfidfVectorizer

    started = time.process_time()
    vectors = TfidfVectorizer().fit_transform([r.title for r in rows]).toarray()
    distances = np.nan_to_num(pdist(vectors, "cosine"), nan=1.0)
    tree = linkage(distances, "average")  # the same merges as sklearn's average linkage
    seconds = time.process_time() - started
    gold = [r.story for r in rows]
    best: tuple[float, Score] | None = None
    for threshold in np.arange(0.80, 0.9951, 0.005):
        score = bcubed(gold, list(fcluster(tree, threshold, "distance")))
        if best is None or score.f1 > best[1].f1:
            best = (float(threshold), score)
    assert best is not None
    return best[0], best[1], seconds


def refresh_cost(
    rows: Sequence[Headline], total: int, recent: int, batch: int, keep: Path | None = None
) -> tuple[float, float, float, float]:
    """The clustering pass as a refresh runs it, in a cache of `total` articles of which
    `recent` are in the window: CPU ms per new article for a refresh bringing `batch` new
    ones (the pass restoring the window included), the CPU seconds of the first pass over
    an upgraded cache (every old article settled), and the Stories view's query (the
    SHOWN = 300 latest stories and their articles) in ms, median and worst of 5."""
    import tempfile
    from datetime import UTC, datetime, timedelta

    from ekreader.core.clustering import cluster_new
    from ekreader.core.decide.entries import RulesSpec, decide
    from ekreader.core.ingest import store_entries
    from ekreader.core.parse.entry import make_entry
    from ekreader.core.store import Store
    from ekreader.models import ParsedFeed

    spec = RulesSpec((), (), (), "never", 1200, False)
    now = datetime(2026, 3, 5, 12, 0, tzinfo=UTC)
    feeds = 50

    def store(
        store: Store, feed_ids: list[int], start: int, count: int, newest: datetime, step: timedelta
    ) -> None:
        by_feed: dict[int, list[object]] = {}
        for n in range(start, start + count):
            r = rows[n % len(rows)]
            when = newest - step * (n - start)
            entry = make_entry(
                f"g{n}",
                f"{r.title} {n // len(rows)}",
                f"https://{r.publisher.replace(' ', '')}.example/{n}",
                None,
                when,
                None,
                "",
                None,
            )
            by_feed.setdefault(feed_ids[n % len(feed_ids)], []).append(entry)
        for feed_id, entries in by_feed.items():
            decisions = decide(ParsedFeed("f", None, tuple(entries)), spec)  # type: ignore[arg-type]
            store_entries(store, feed_id, decisions, now=now)

    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "cache.sqlite3") as cache:
        ids = [cache.add_feed(f"https://feed{i}.example/rss")[0].id for i in range(feeds)]
        old = total - recent - batch
        store(cache, ids, 0, old, now - timedelta(days=2), timedelta(seconds=50))
        started = time.process_time()
        cluster_new(cache, now)
        upgrade = time.process_time() - started
        store(cache, ids, old, recent, now - timedelta(minutes=10), timedelta(seconds=30))
        cluster_new(cache, now)
        store(cache, ids, old + recent, batch, now, timedelta(seconds=1))
        started = time.process_time()
        outcome = cluster_new(cache, now)
        per_article = (
            (time.process_time() - started) * 1000 / max(outcome.clustered + outcome.copies, 1)
        )
        views: list[float] = []
        for _ in range(5):
            started = time.perf_counter()
            cache.stories(limit=SHOWN)
            views.append((time.perf_counter() - started) * 1000)
        views.sort()
        if keep is not None:
            cache._db.sql.execute("VACUUM INTO ?", (str(keep),))
        return per_article, upgrade, views[2], views[-1]


def row(name: str, score: Score, extra: str = "") -> str:
    return (
        f"| {name} | {score.precision:.3f} | {score.recall:.3f} | **{score.f1:.3f}** "
        f"| {score.clusters} | {extra} |"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-baseline", action="store_true", help="skip scikit-learn's run")
    parser.add_argument("--shuffles", type=int, default=3, help="shuffled orders (default 3)")
    parser.add_argument(
        "--cost", action="store_true", help="also time the pass in a 100 000-article cache"
    )
    parser.add_argument("--keep", type=Path, help="with --cost: copy its cache to this file")
    args = parser.parse_args(argv)
    if not CORPUS.exists():
        print(f"no corpus at {CORPUS}", file=sys.stderr)
        return 1
    rows = load()
    gold = Counter(r.story for r in rows)
    print(f"{len(rows)} headlines, {len(gold)} stories, load {os.getloadavg()[0]:.1f}\n")
    print("| method | B-cubed P | R | F1 | clusters | cost |")
    print("|---|---|---|---|---|---|")
    score, ms = online(rows, range(len(rows)))
    runs = [ms]
    for _ in range(2):
        runs.append(online(rows, range(len(rows)))[1])
    print(row("**ekreader**, time order", score, f"{min(runs):.3f} ms/headline (CPU, best of 3)"))
    shuffled: list[Score] = []
    for seed in range(args.shuffles):
        order = list(range(len(rows)))
        random.Random(seed).shuffle(order)
        shuffled.append(online(rows, order, window=False)[0])
    if shuffled:
        mean = Score(
            sum(s.precision for s in shuffled) / len(shuffled),
            sum(s.recall for s in shuffled) / len(shuffled),
            round(sum(s.clusters for s in shuffled) / len(shuffled)),
        )
        spread = ", ".join(f"{s.f1:.3f}" for s in shuffled)
        print(row(f"ekreader, shuffled ×{len(shuffled)} (mean)", mean, f"F1 each: {spread}"))
    if args.cost:
        per_article, upgrade, view, worst = refresh_cost(rows, 100_000, 3_000, 500, args.keep)
        print(
            f"\nin a refresh (100 000 articles cached, 3 000 in the window, 500 new): "
            f"{per_article:.3f} ms CPU per new article, the window restored included; "
            f"first pass over an upgraded cache: {upgrade:.2f} s CPU; "
            f"Stories view query ({SHOWN} stories): {view:.1f} ms median, {worst:.1f} ms worst of 5"
        )
    if not args.no_baseline:
        try:
            threshold, score, seconds = baseline(rows)
        except ImportError as error:
            print(f"(baseline skipped: {error.name} is not installed)")
        else:
            print(
                row(
                    f"TF-IDF + average link, best threshold ({threshold:.3f})",
                    score,
                    f"{seconds:.1f} s CPU for the whole file",
                )
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
