"""The pure decision of what storing a feed's entries writes (core/decide/upsert.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from ekreader.core.decide.upsert import entry_hash, list_time, plan_writes
from ekreader.models import CachedEntry, Document, EntryDecision, ParsedEntry, Section

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)


def entry(key: str = "k1", **changes: object) -> ParsedEntry:
    base = ParsedEntry(
        key=key,
        guid=key,
        title="Flood waters rise in the valley",
        link=f"https://example.org/{key}",
        author=None,
        published=NOW - HOUR,
        updated=None,
        summary="Rivers burst their banks overnight.",
        content=None,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def decision(
    e: ParsedEntry, *, reason: str | None = None, wants_page: bool = True
) -> EntryDecision:
    doc = Document(sections=(Section(None, "Feed text."),)) if e.content else None
    return EntryDecision(e, reason, doc, wants_page)


def cached(e: ParsedEntry, *, source: str | None = None, article_id: int = 7) -> CachedEntry:
    return CachedEntry(article_id, entry_hash(e), source, e.published)


def test_a_new_key_is_a_new_article_placed_at_its_date() -> None:
    [write] = plan_writes([decision(entry())], {}, NOW)
    assert write.article_id is None
    assert write.sort_time == NOW - HOUR
    assert write.wants_page
    assert write.replace_text


def test_an_unchanged_entry_writes_nothing() -> None:
    e = entry()
    assert plan_writes([decision(e)], {"k1": cached(e)}, NOW) == []


def test_a_key_seen_twice_in_one_feed_counts_once_the_first() -> None:
    first, second = entry(title="First"), entry(title="Second")
    writes = plan_writes([decision(first), decision(second)], {}, NOW)
    assert [w.entry.title for w in writes] == ["First"]


@pytest.mark.parametrize(
    ("published", "moves"),
    [
        (NOW - 3 * HOUR, True),  # a corrected date moves it
        (NOW - HOUR, False),  # same date: stays in place
        (None, False),  # an edit without a date: stays in place
    ],
)
def test_an_edit_moves_the_article_only_for_a_corrected_date(
    published: datetime | None, moves: bool
) -> None:
    old = entry()
    edited = entry(title="Flood waters rise in the valley (updated)", published=published)
    [write] = plan_writes([decision(edited)], {"k1": cached(old)}, NOW)
    assert write.article_id == 7
    assert write.sort_time == (published if moves else None)


def test_a_corrected_date_in_the_future_is_placed_at_now() -> None:
    old = entry()
    [write] = plan_writes([decision(entry(published=NOW + 5 * HOUR))], {"k1": cached(old)}, NOW)
    assert write.sort_time == NOW
    assert list_time(NOW + HOUR, NOW) == NOW
    assert list_time(None, NOW) == NOW


@pytest.mark.parametrize(("source", "replaces"), [("page", False), ("feed", True), (None, True)])
def test_text_from_the_web_page_survives_an_edit_of_the_entry(
    source: str | None, replaces: bool
) -> None:
    old = entry()
    edited = entry(summary="Rivers burst their banks overnight; roads closed.")
    [write] = plan_writes([decision(edited)], {"k1": cached(old, source=source)}, NOW)
    assert write.replace_text is replaces


def test_an_update_never_asks_for_the_page_again_and_keeps_the_breaking_reason() -> None:
    old = entry()
    edited = entry(title="BREAKING: Flood waters rise")
    [write] = plan_writes([decision(edited, reason="title marker")], {"k1": cached(old)}, NOW)
    assert not write.wants_page
    assert write.breaking_reason == "title marker"


def test_an_entry_without_a_link_wants_no_page() -> None:
    [write] = plan_writes([decision(entry(link=None))], {}, NOW)
    assert not write.wants_page


@pytest.mark.parametrize(
    "change",
    [
        {"title": "Other"},
        {"link": "https://example.org/other"},
        {"author": "A. Writer"},
        {"published": NOW},
        {"updated": NOW},
        {"summary": "Other."},
        {"content": "<p>Other</p>"},
        {"categories": ("World",)},
    ],
)
def test_the_fingerprint_covers_every_field_the_feed_says(change: dict[str, object]) -> None:
    assert entry_hash(entry(**change)) != entry_hash(entry())


def test_the_fingerprint_is_of_the_content_not_of_the_key() -> None:
    assert entry_hash(replace(entry(), key="other-key", guid="other")) == entry_hash(entry())
