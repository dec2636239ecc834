"""The one error a query can raise: what is wrong, where, and what was expected."""

from __future__ import annotations

from ekreader.core.text.sanitize import clean_line

_QUOTED_MAX = 40
"""Characters of the user's text quoted in a message at most."""


class QueryError(ValueError):
    """A malformed query. `column` is 1-based (one past the end for "the query ended
    too early"); str() is one line: "unbalanced parenthesis at column 14: expected ')'"."""

    def __init__(self, problem: str, column: int, expected: str = "") -> None:
        self.problem = problem
        self.column = column
        self.expected = expected
        message = f"{problem} at column {column}"
        if expected:
            message += f": expected {expected}"
        super().__init__(message)

    @property
    def message(self) -> str:
        """The one-line message (as str() gives it)."""
        return str(self)


def quoted(text: str) -> str:
    """Part of the user's query, safe to show in a message: one line, no control
    characters, shortened."""
    text = clean_line(text)
    if len(text) > _QUOTED_MAX:
        text = text[: _QUOTED_MAX - 1] + "…"
    return f"'{text}'"
