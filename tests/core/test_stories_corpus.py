"""Story clustering on the shared corpus of labelled headlines, as bench/stories.py scores
it (the bench also runs the offline baseline); skipped without ../shared/corpus."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).parents[2] / "bench" / "stories.py"


def _bench():
    spec = importlib.util.spec_from_file_location("bench_stories", BENCH)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_stories"] = module
    spec.loader.exec_module(module)
    return module


stories = _bench()


@pytest.mark.parametrize(
    ("gold", "predicted", "precision", "recall"),
    [
        ("aabb", "xxyy", 1.0, 1.0),
        ("aabb", "xxxx", 0.5, 1.0),
        ("aabb", "wxyz", 1.0, 0.5),
        # a: {0,1,2}, b: {3}; clusters {0,1}, {2,3}
        ("aaab", "xxyy", (1 + 1 + 0.5 + 0.5) / 4, (2 / 3 + 2 / 3 + 1 / 3 + 1) / 4),
    ],
)
def test_bcubed(gold, predicted, precision, recall):
    score = stories.bcubed(list(gold), list(predicted))
    assert score.precision == pytest.approx(precision)
    assert score.recall == pytest.approx(recall)


@pytest.mark.corpus
@pytest.mark.skipif(not stories.CORPUS.exists(), reason="no ../shared/corpus")
def test_online_clustering_reaches_the_target_on_the_corpus():
    rows = stories.load()
    score, _ = stories.online(rows, range(len(rows)))
    assert score.f1 >= 0.75, score
    assert score.precision >= 0.7, score
    assert score.recall >= 0.7, score
