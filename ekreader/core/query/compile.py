"""A parsed query -> an SQL condition over `articles a`, with its parameters (pure).

Words go to the full-text index (`articles_fts`, columns title, summary, fulltext): the
words and NOTs of one AND, and ORs of words, become one FTS5 query, so "gaza -sport"
is one probe of the index, not two. A phrase asks the index for its words and
`ek_phrase` then checks they stand together (the index keeps no positions). Fields
become plain SQL; `feed:` and `folder:` look at the few feeds once, in a subquery, so
the list can still walk its time index. The condition names only `a` (and tables in
subqueries), so a caller puts it into any statement over `articles a`. Time comes from
the `now` given (a clock seam); nothing here reads the clock or touches a database.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from ekreader.core.query.errors import QueryError
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
from ekreader.core.query.textmatch import contains_key, folder_key, phrase_key, split_words
from ekreader.core.query.times import moment
from ekreader.core.text.fold import search_fold
from ekreader.core.text.sanitize import clean_line

Cutter = Callable[[str], Sequence[str]]
"""Cuts folded text into the search index's tokens (a Store asks SQLite's tokenizer)."""

_IN_INDEX = "a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
_NOT_IN_INDEX = "a.id NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
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

    `match`, when not None, is an FTS5 query every matching article also matches (for a
    caller that wants to know whether the index narrows the search); `nothing` says the
    query had nothing to look for ("", or only punctuation), and then `sql` is "0"."""

    sql: str
    params: tuple[object, ...]
    match: str | None = None
    nothing: bool = False


def compile_query(
    node: Node,
    *,
    now: datetime,
    cut: Cutter = split_words,
    revisions: bool = False,
    positions: bool = False,
) -> Compiled:
    """Compile a parsed query. `now` (timezone-aware) anchors since:/before:; `cut`
    cuts words into the index's tokens; `revisions` says whether the cache keeps article
    revisions (is:updated is a QueryError without them); `positions` whether the index
    keeps token positions (then it answers phrases itself). A query with nothing to look
    for matches no article, so an empty filter never hides everything."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    part = _Compiler(now, cut, revisions, positions).node(node)
    if part is None:
        return Compiled("0", (), None, True)
    sql, params = part.full()
    return Compiled(sql, tuple(params), part.fts)


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

    def full(self) -> tuple[str, list[object]]:
        """The whole condition as SQL."""
        if self.neg is not None:
            return _NOT_IN_INDEX, [self.neg]
        if self.fts is None:
            assert self.sql is not None
            return self.sql, list(self.params)
        if self.sql is None:
            return _IN_INDEX, [self.fts]
        return f"({_IN_INDEX} AND ({self.sql}))", [self.fts, *self.params]


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
    def __init__(self, now: datetime, cut: Cutter, revisions: bool, positions: bool) -> None:
        self.now = now
        self.cut = cut
        self.revisions = revisions
        self.positions = positions

    def tokens(self, text: str) -> list[str]:
        return [t for t in self.cut(search_fold(clean_line(text))) if t]

    def node(self, node: Node) -> _Part | None:
        if isinstance(node, Word):
            return self.word(node.text, node.prefix, node.scope)
        if isinstance(node, Phrase):
            return self.phrase(node)
        if isinstance(node, Contains):
            return self.contains(node)
        if isinstance(node, Flag):
            if node.name == "updated" and not self.revisions:
                raise QueryError(
                    "is:updated needs article revisions",
                    node.at,
                    "is:breaking, is:unread, is:read or is:starred",
                )
            return _Part(sql=_FLAGS[node.name])
        if isinstance(node, Time):
            operator = ">=" if node.bound == "since" else "<"
            return _Part(sql=f"a.sort_time {operator} ?", params=[moment(node.when, self.now)])
        if isinstance(node, Not):
            return self.negate(node.node)
        if isinstance(node, And):
            return self.conjunction(node.nodes)
        return self.disjunction(node.nodes)

    def word(self, text: str, prefix: bool, scope: Scope) -> _Part | None:
        quoted = [_quote(t) for t in self.tokens(text)]
        if not quoted:
            return None
        if prefix:
            quoted[-1] += "*"
        return _Part(fts=_scoped(" AND ".join(quoted), scope))

    def phrase(self, node: Phrase) -> _Part | None:
        if self.positions:  # FTS5's phrase: "a" + "b"
            quoted = [_quote(t) for t in self.tokens(node.text)]
            return _Part(fts=_scoped(" + ".join(quoted), node.scope)) if quoted else None
        key = phrase_key(node.text)
        if " " not in key:  # one word (or none the phrase check sees): the index answers
            return self.word(node.text, False, node.scope)
        part = self.word(node.text, False, node.scope)
        if part is None:
            return None
        columns = ("title",) if node.scope == "title" else ("title", "summary", "fulltext")
        part.sql = _group([f"ek_phrase(?, a.{c})" for c in columns], "OR")
        part.params = [key] * len(columns)
        return part

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
        sql, params = part.full()
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
            sql.append(_NOT_IN_INDEX)
            params.append(_group(negative, "OR"))
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
            condition, values = part.full()
            sql.append(condition)
            params.extend(values)
        # Every branch needs the index: its query narrows the rows the SQL looks at.
        narrows = [p.fts for p in parts if p.fts is not None and p.neg is None]
        fts = _group(narrows, "OR") if len(narrows) == len(parts) else None
        return _Part(fts=fts, sql=_group(sql, "OR"), params=params)
