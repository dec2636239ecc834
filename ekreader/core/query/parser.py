"""The query grammar: a recursive-descent parser from tokens to nodes (pure).

    query   := [and]                         empty: And(()), nothing to look for
    and     := or ( ["AND"] or )*            terms side by side must all match
    or      := unary ( "OR" unary )*         OR binds tighter than AND
    unary   := ("-" | "NOT") unary | primary
    primary := "(" and ")" | word | "phrase" | field:value

So `gaza OR israel -sport is:unread` is (gaza OR israel) AND NOT sport AND unread, as
a search engine reads it. The last word of a query (nothing after it) is also a prefix,
so results follow typing; `word*` makes any word a prefix.
"""

from __future__ import annotations

from ekreader.core.query.errors import QueryError, quoted
from ekreader.core.query.lexer import Kind, Token, tokenize
from ekreader.core.query.nodes import (
    FLAGS,
    And,
    Contains,
    Flag,
    Node,
    Not,
    Or,
    Phrase,
    Time,
    Word,
)
from ekreader.core.query.times import EXPECTED as TIME_EXPECTED
from ekreader.core.query.times import parse_when

MAX_DEPTH = 32
"""Parentheses and NOTs nested deeper than this are an error (not a stack overflow)."""
MAX_TERMS = 200
"""Terms in one query at most (SQLite bounds an expression's depth and parameters)."""
TERM = "a word, a \"phrase\", a field or '('"
_ENDS = (Kind.END, Kind.CLOSE, Kind.OR, Kind.AND)
"""Tokens that cannot start a term."""
_VALUE_EXPECTED = {
    "title": 'a word or a "phrase"',
    "author": 'a name ("quoted" with spaces)',
    "feed": 'a title or address ("quoted" with spaces)',
    "folder": 'a folder name ("quoted" with spaces)',
    "is": "breaking, unread, read, starred or updated",
    "since": TIME_EXPECTED,
    "before": TIME_EXPECTED,
}


def parse(text: str) -> Node:
    """Parse a query; QueryError (with the column and what was expected) if malformed."""
    return _Parser(tokenize(text)).query()


class _Parser:
    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.i = 0
        self.depth = 0
        self.terms = 0
        last = tokens[-2] if len(tokens) > 1 else None
        self.prefix_at = -1
        """Index of the token that ends the query, when a word there is a prefix."""
        if last is not None and (
            last.kind is Kind.WORD
            or (last.kind is Kind.FIELD and last.name == "title" and not last.quoted)
        ):
            self.prefix_at = len(tokens) - 2

    @property
    def peek(self) -> Token:
        return self.tokens[self.i]

    def take(self) -> Token:
        token = self.tokens[self.i]
        self.i += 1
        return token

    def query(self) -> Node:
        if self.peek.kind is Kind.END:
            return And((), 1)
        node = self.conjunction()
        token = self.peek
        if token.kind is Kind.CLOSE:
            raise QueryError("unbalanced parenthesis", token.column, "a '(' before it")
        return node

    def conjunction(self) -> Node:
        at = self.peek.column
        parts: list[Node] = []
        while self.peek.kind not in (Kind.END, Kind.CLOSE):
            token = self.peek
            if token.kind in (Kind.AND, Kind.OR):
                if not parts:
                    raise QueryError(f"nothing before {token.kind.value}", token.column, TERM)
                self.take()
                if self.peek.kind in _ENDS:
                    raise QueryError(f"nothing after {token.kind.value}", token.column, TERM)
                continue
            parts.append(self.disjunction())
        return _join(And, parts, at)

    def disjunction(self) -> Node:
        at = self.peek.column
        parts = [self.unary()]
        while self.peek.kind is Kind.OR:
            token = self.take()
            if self.peek.kind in _ENDS:
                raise QueryError("nothing after OR", token.column, TERM)
            parts.append(self.unary())
        return _join(Or, parts, at)

    def unary(self) -> Node:
        token = self.peek
        if token.kind not in (Kind.MINUS, Kind.NOT):
            return self.primary()
        self.take()
        if self.peek.kind in _ENDS:
            raise QueryError(f"nothing after {token.kind.value}", token.column, TERM)
        with _Deeper(self, token):
            inner = self.unary()
        return inner.node if isinstance(inner, Not) else Not(inner, token.column)

    def primary(self) -> Node:
        index = self.i
        token = self.take()
        if token.kind is Kind.OPEN:
            if self.peek.kind is Kind.CLOSE:
                raise QueryError("empty parentheses", token.column, TERM)
            with _Deeper(self, token):
                node = self.conjunction()
            if self.take().kind is not Kind.CLOSE:
                raise QueryError("unbalanced parenthesis", token.column, "')'")
            return node
        self.terms += 1
        if self.terms > MAX_TERMS:
            raise QueryError("too many terms", token.column, f"at most {MAX_TERMS}")
        if token.kind is Kind.WORD:
            text, star = _unstar(token.text)
            return Word(text, star or index == self.prefix_at, "text", token.column)
        if token.kind is Kind.PHRASE:
            return Phrase(token.text, "text", token.column)
        if token.kind is Kind.FIELD:
            return _field(token, index == self.prefix_at)
        # MINUS, NOT, AND, OR, CLOSE and END never reach here (callers check).
        raise QueryError(f"unexpected {token.kind.value}", token.column, TERM)  # pragma: no cover


class _Deeper:
    """One more level of nesting, refused past MAX_DEPTH."""

    def __init__(self, parser: _Parser, token: Token) -> None:
        self.parser = parser
        self.token = token

    def __enter__(self) -> None:
        self.parser.depth += 1
        if self.parser.depth > MAX_DEPTH:
            raise QueryError("nested too deeply", self.token.column, f"at most {MAX_DEPTH} levels")

    def __exit__(self, *exc: object) -> None:
        self.parser.depth -= 1


def _join(kind: type[And] | type[Or], parts: list[Node], at: int) -> Node:
    """One node for parts joined by AND or OR, flattening nested ones of the same kind."""
    flat: list[Node] = []
    for part in parts:
        flat.extend(part.nodes if isinstance(part, kind) else (part,))
    return flat[0] if len(flat) == 1 else kind(tuple(flat), at)


def _unstar(text: str) -> tuple[str, bool]:
    """A word without its trailing '*'s, and whether it had any."""
    stripped = text.rstrip("*")
    return stripped, stripped != text


def _field(token: Token, last: bool) -> Node:
    name, value, at = token.name, token.text, token.column
    if not value.strip():
        raise QueryError(f"{name}: without a value", at, _VALUE_EXPECTED[name])
    if name == "title":
        if token.quoted:
            return Phrase(value, "title", at)
        text, star = _unstar(value)
        return Word(text, star or last, "title", at)
    if name in ("author", "feed", "folder"):
        return Contains(name, value, at)  # type: ignore[arg-type]
    if name == "is":
        flag = value.lower()
        for known in FLAGS:
            if flag == known:
                return Flag(known, at)
        raise QueryError(
            f"unknown is:{quoted(value)[1:-1]}", token.value_column, _VALUE_EXPECTED["is"]
        )
    return Time("since" if name == "since" else "before", parse_when(value, token.value_column), at)
