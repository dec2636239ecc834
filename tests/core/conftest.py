"""Fixtures of the core's tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _extraction_never_fails_quietly(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """extract_article keeps the extractor's body when one of its own passes raises (a
    page never fails), and logs it: here that log fails the test, so a pass that crashes
    is never taken for one that found nothing to do."""
    yield
    failed = [
        record.getMessage()
        for record in caplog.get_records("call")
        if record.name == "ekreader.core.extract.article" and "failed" in record.getMessage()
    ]
    assert not failed, failed
