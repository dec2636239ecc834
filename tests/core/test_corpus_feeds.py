"""Every feed of the shared corpus goes through parse -> decide -> store without an exception.

The corpus (../shared/corpus/feeds: feedparser's unit feeds, real feeds from miniflux,
newsboat, reader, trafilatura) is not part of the repository; without it these tests skip.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from ekreader.config import Config
from ekreader.core.decide.entries import decide
from ekreader.core.ingest import rules_for, store_entries
from ekreader.core.parse.feed import parse_feed
from ekreader.core.store import Store
from ekreader.models import HeadlineQuery

CORPUS = Path(__file__).parents[2] / ".." / "shared" / "corpus" / "feeds"
SKIP_NAMES = {"LICENSE", "README", "README.md"}

pytestmark = pytest.mark.corpus


def corpus_files() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.name not in SKIP_NAMES)


FILES = corpus_files()
_HEADER = re.compile(rb"^\s*Header:\s*([A-Za-z-]+):\s*(.*?)\s*$", re.M)


def declared_headers(body: bytes) -> dict[str, str]:
    """feedparser's test files state their HTTP headers in a leading comment."""
    head = body[:2000]
    end = head.find(b"-->")
    if not head.lstrip().startswith(b"<!--") and b"<!--" not in head[:200]:
        return {}
    comment = head[: end if end >= 0 else len(head)]
    return {
        name.decode("latin-1"): value.decode("latin-1") for name, value in _HEADER.findall(comment)
    }


def has_controls(text: str) -> bool:
    return any((ord(c) < 32 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F for c in text)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with Store.open(tmp_path_factory.mktemp("corpus") / "cache.sqlite3") as s:
        yield s


@pytest.mark.skipif(not FILES, reason=f"no shared corpus at {CORPUS}")
@pytest.mark.parametrize(
    "path", FILES, ids=[str(p.relative_to(CORPUS)) for p in FILES] if FILES else None
)
def test_corpus_feed_parses_and_stores(path: Path, store: Store):
    body = path.read_bytes()
    url = f"https://corpus.example/{path.relative_to(CORPUS).as_posix()}"
    parsed = parse_feed(body, declared_headers(body), url)
    decisions = decide(parsed, rules_for(Config(), url))
    feed, _ = store.add_feed(url)
    outcome = store_entries(store, feed.id, decisions)
    again = store_entries(store, feed.id, decisions)
    assert again.new_ids == ()  # a refetch of the same document adds nothing
    stored = store.headlines(HeadlineQuery(feed_url=url), limit=100_000)
    assert len(stored) == len(outcome.new_ids)
    for headline in stored:
        assert not has_controls(headline.title), headline.title
        assert not has_controls(headline.author or "")
        article = store.article(headline.id)
        assert article is not None
        for section in article.document.sections:
            assert not has_controls(section.text)
