"""Filters (the killfile) applied in the cache: to each feed's new articles in the
transaction that stores them, and to everything cached when the filters change (the
cache's meta table remembers which ones it was filtered with)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence

from ekreader.core.query import Compiled, Node
from ekreader.core.query.filters import Filter
from ekreader.core.store.connection import Db

Compile = Callable[[Node, "tuple[int, int] | None"], Compiled]
"""Compiles a filter's query (see Lister.compile), restricted to a range of ids or not."""
META_KEY = "filters"
"""The meta row holding the fingerprints of the filters the cache was filtered with."""
_SET = {
    "hide": "hidden = 1",
    "read": "read = 1",
    "star": "starred = 1",
    "breaking": "breaking = 1, breaking_reason = coalesce(breaking_reason, ?)",
}


def apply(
    sql: sqlite3.Connection,
    filters: Sequence[Filter],
    compile: Compile,
    article_ids: Sequence[int] | None = None,
) -> None:
    """Apply each filter in turn to the articles `article_ids` (all when None), inside
    the caller's write transaction. New articles of one feed have consecutive ids, so
    the search index is probed in their range only, not across the whole cache."""
    if article_ids is not None and not article_ids:
        return
    within = None if article_ids is None else (min(article_ids), max(article_ids))
    scope, scope_params = "1", []
    if article_ids is not None:
        scope, scope_params = (
            "a.id IN (SELECT value FROM json_each(?))",
            [json.dumps(list(article_ids))],
        )
    for rule in filters:
        compiled = compile(rule.node, within)
        if compiled.nothing:
            continue
        values: list[object] = [f"filter: {rule.query}"] if rule.action == "breaking" else []
        sql.execute(
            f"UPDATE articles SET {_SET[rule.action]} WHERE id IN"
            f" (SELECT a.id FROM articles a WHERE {scope} AND ({compiled.sql}))",
            (*values, *scope_params, *compiled.params),
        )


def sync(db: Db, filters: Sequence[Filter], compile: Compile) -> bool:
    """Bring what is cached in line with `filters` when they changed since the last time
    (returns whether they had): hidden is what the present hide filters hide (an article
    no filter hides any more is shown again); a new read, star or breaking filter marks
    what it matches (a filter removed takes no mark away)."""
    prints = [rule.fingerprint for rule in filters]
    if _applied(db) == prints:
        return False
    with db.write() as sql:
        before = _applied(db)  # again, inside the transaction: another process may have
        if before == prints:  # synced meanwhile
            return False
        known = set(before or ())
        sql.execute("UPDATE articles SET hidden = 0 WHERE hidden = 1")
        apply(
            sql,
            [r for r in filters if r.action == "hide" or r.fingerprint not in known],
            compile,
        )
        db.set_meta(META_KEY, json.dumps(prints))
    return True


def _applied(db: Db) -> list[str] | None:
    """The fingerprints of the filters the cache was last filtered with (None: never)."""
    stored = db.meta(META_KEY)
    try:
        found = json.loads(stored) if stored is not None else None
    except ValueError:  # not what ekreader wrote: filter everything again
        return []
    return [str(p) for p in found] if isinstance(found, list) else None
