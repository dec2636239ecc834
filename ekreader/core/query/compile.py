"""A parsed query -> an SQL condition over `articles a`, with its parameters (pure).

Words and phrases go to the full-text index (`articles_fts`, columns title, summary,
fulltext, with token positions): the words, phrases and NOTs of one AND, and ORs of
them, become one FTS5 query, so "gaza -sport" is one probe of the index, not two. Fields
become plain SQL; `feed:` and `folder:` look at the few feeds once, in a subquery, so
the list can still walk its time index. The condition names only `a` (and tables in
subqueries), so a caller puts it into any statement over `articles a`. Time comes from
the `now` given (a clock seam); nothing here reads the clock or touches a database.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from ekreader.core.query.nodes import (
    And,
    Contains,
    Flag,
    Node,
    Not,
    Phrase,
    Scope,
    Time,
    Word,
)
from ekreader.core.query.textmatch import contains_key, folder_key, split_words
from ekreader.core.query.times import moment
from ekreader.core.text.fold import search_fold
from ekreader.core.text.sanitize import clean_line

Cutter = Callable[[str], Sequence[str]]
"""Cuts folded text into the search index's tokens (a Store asks SQLite's tokenizer)."""

_FLAGS = {
    "breaking": "a.breaking = 1",
    "unread": "a.read = 0",
    "read": "a.read = 1",
    "starred": "a.starred = 1",
    "updated": "a.revised_at IS NOT NULL",
}


@dataclass(frozen=True, slots=True)
class Compiled:
    """A query as SQL: `sql` is a condition over `articles a` with `params` in order.

    `match`, when not None, is an FTS5 query every matching article also matches;
    `index_only` says the condition is exactly "the index finds it for `match`" (then
    the index alone can count it); `nothing` says the query had nothing to look for
    ("", or only punctuation), and then `sql` is "0"."""

    sql: str
    params: tuple[object, ...]
    match: str | None = None
    index_only: bool = False
    nothing: bool = False


def compile_query(
    node: Node,
    *,
    now: datetime,
    cut: Cutter = split_words,
    within: tuple[int, int] | None = None,
    probe_only: bool = False,
) -> Compiled:
    """Compile a parsed query. `now` (timezone-aware) anchors since:/before:; `cut`
    cuts words into the index's tokens. `within` (first, last article id) makes every probe of the index look at those rows only, for a caller that asks
    about a few new articles. `probe_only` keeps SQLite from fetching the index's matches
    one by one (`+a.id IN`): for many matches, walking another index (the list's time
    order, the unread articles) and probing them is cheaper. A query with nothing to
    look for matches no article, so an empty filter never hides everything."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    compiler = _Compiler(now, cut, within, probe_only)
    part = compiler.node(node)
    if part is None:
        return Compiled("0", (), nothing=True)
    sql, params = compiler.full(part)
    return Compiled(sql, tuple(params), part.fts, part.pure)


@dataclass(slots=True)
class _Part:
    """A compiled node: the index query `fts` AND the condition `sql`; or, with `neg`,
    the articles the index query `neg` does not find."""

    fts: str | None = None
    sql: str | None = None
    params: list[object] = field(default_factory=list)
    neg: str | None = None

    @property
    def pure(self) -> bool:
        """Whether the index alone answers it (no SQL, not negated)."""
        return self.fts is not None and self.sql is None


def _group(parts: Sequence[str], operator: str) -> str:
    """Parts joined by an operator, each in parentheses and the whole too (SQL and FTS5
    both): the result can stand anywhere."""
    if len(parts) == 1:
        return parts[0]
    return "(" + f" {operator} ".join(f"({p})" for p in parts) + ")"


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def _scoped(expr: str, scope: Scope) -> str:
    return expr if scope == "text" else f"title : ({expr})"


class _Compiler:
    def __init__(
        self,
        now: datetime,
        cut: Cutter,
        within: tuple[int, int] | None,
        probe_only: bool,
    ) -> None:
        self.now = now
        self.cut = cut
        self.within = within
        self.id = "+a.id" if probe_only else "a.id"

    def probe(self, fts: str, *, negated: bool = False) -> tuple[str, list[object]]:
        """The articles the index finds for `fts` (or those it does not), as SQL: a set
        to probe, not a join, so a list can walk its time index and stop at its LIMIT."""
        rows = "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?"
        params: list[object] = [fts]
        if self.within is not None:
            rows += " AND rowid BETWEEN ? AND ?"
            params += self.within
        return f"{self.id} {'NOT IN' if negated else 'IN'} ({rows})", params

    def full(self, part: _Part) -> tuple[str, list[object]]:
        """A compiled node's whole condition as SQL."""
        if part.neg is not None:
            return self.probe(part.neg, negated=True)
        if part.fts is None:
            assert part.sql is not None
            return part.sql, list(part.params)
        probe, params = self.probe(part.fts)
        if part.sql is None:
            return probe, params
        return f"({probe} AND ({part.sql}))", [*params, *part.params]

    def tokens(self, text: str) -> list[str]:
        return [t for t in self.cut(search_fold(clean_line(text))) if t]

    def node(self, node: Node) -> _Part | None:
        if isinstance(node, Word):
            return self.words(node.text, node.prefix, node.scope, " AND ")
        if isinstance(node, Phrase):  # FTS5's phrase: "a" + "b", adjacent, in this order
            return self.words(node.text, False, node.scope, " + ")
        if isinstance(node, Contains):
            return self.contains(node)
        if isinstance(node, Flag):
            return _Part(sql=_FLAGS[node.name])
        if isinstance(node, Time):
            operator = ">=" if node.bound == "since" else "<"
            return _Part(sql=f"a.sort_time {operator} ?", params=[moment(node.when, self.now)])
        if isinstance(node, Not):
            return self.negate(node.node)
        if isinstance(node, And):
            return self.conjunction(node.nodes)
        return self.disjunction(node.nodes)

    def words(self, text: str, prefix: bool, scope: Scope, joint: str) -> _Part | None:
        quoted = [_quote(t) for t in self.tokens(text)]
        if not quoted:
            return None
        if prefix:
            quoted[-1] += "*"
        return _Part(fts=_scoped(joint.join(quoted), scope))

    def contains(self, node: Contains) -> _Part:
        if node.field == "author":
            return _Part(sql="ek_contains(?, a.author)", params=[contains_key(node.text)])
        if node.field == "feed":
            feeds = "SELECT id FROM feeds WHERE ek_contains(?, user_title, title, url)"
            return _Part(sql=f"a.feed_id IN ({feeds})", params=[contains_key(node.text)])
        folders = "SELECT id FROM feeds WHERE ek_folder(?, folder)"
        return _Part(sql=f"a.feed_id IN ({folders})", params=[folder_key(node.text)])

    def negate(self, node: Node) -> _Part | None:
        part = self.node(node)
        if part is None:
            return None
        if part.pure:
            return _Part(neg=part.fts)
        if part.neg is not None:
            return _Part(fts=part.neg)
        sql, params = self.full(part)
        return _Part(sql=f"NOT ({sql})", params=params)

    def conjunction(self, nodes: Sequence[Node]) -> _Part | None:
        parts = [p for p in map(self.node, nodes) if p is not None]
        if not parts:
            return None
        positive = [p.fts for p in parts if p.fts is not None]
        negative = [p.neg for p in parts if p.neg is not None]
        conditions = [p for p in parts if p.sql is not None]
        if not positive and not conditions:
            return _Part(neg=_group(negative, "OR"))
        fts: str | None = None
        if positive:
            fts = _group(positive, "AND")
            for neg in negative:  # FTS5's NOT: the articles of the left without the right
                fts = f"({fts}) NOT ({neg})"
            negative = []
        sql = [p.sql for p in conditions if p.sql is not None]
        params = [param for p in conditions for param in p.params]
        if negative:
            probe, values = self.probe(_group(negative, "OR"), negated=True)
            sql.append(probe)
            params += values
        return _Part(fts=fts, sql=_group(sql, "AND") if sql else None, params=params)

    def disjunction(self, nodes: Sequence[Node]) -> _Part | None:
        parts = [p for p in map(self.node, nodes) if p is not None]
        if not parts:
            return None
        if all(p.pure for p in parts):
            return _Part(fts=_group([p.fts for p in parts if p.fts is not None], "OR"))
        if all(p.neg is not None for p in parts):  # NOT a OR NOT b = NOT (a AND b)
            return _Part(neg=_group([p.neg for p in parts if p.neg is not None], "AND"))
        sql: list[str] = []
        params: list[object] = []
        for part in parts:
            condition, values = self.full(part)
            sql.append(condition)
            params.extend(values)
        # Every branch needs the index: its query narrows the rows the SQL looks at.
        narrows = [p.fts for p in parts if p.fts is not None and p.neg is None]
        fts = _group(narrows, "OR") if len(narrows) == len(parts) else None
        return _Part(fts=fts, sql=_group(sql, "OR"), params=params)
