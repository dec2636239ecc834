"""Cut a query's text into tokens: words, "phrases", field:values, parentheses, operators.

What the lexer decides (the parser then only sees tokens):
- Whitespace (and control characters, which are never searched) separates terms;
  `(` and `)` are tokens wherever they stand; `"` opens a phrase up to the next `"`.
- `-` directly before a term negates it (`-sport`, `-"a b"`, `-(a OR b)`); a `-` alone
  (between spaces, "Gaza - Israel") is punctuation and ignored; inside a word it is part
  of the word ("e-mail").
- `OR`, `AND` and `NOT` are operators only when written in capitals.
- `name:value` is a field when `name` is a field's name (any case); the value runs to
  the next space or parenthesis, or is a "quoted phrase". Another `name:value` is an
  error (a misspelled field should not silently become two words); a word that merely
  ends with a colon ("Gaza:") is a word.
- A word ending in `*` is a prefix (`parl*`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from ekreader.core.query.errors import QueryError, quoted
from ekreader.core.text.sanitize import clean_text

FIELDS = ("title", "author", "feed", "folder", "is", "since", "before")
"""Field names, as written before the colon."""
EXPECTED_FIELDS = "one of title:, author:, feed:, folder:, is:, since:, before:"


class Kind(Enum):
    """What a token is."""

    WORD = "word"
    PHRASE = "phrase"
    FIELD = "field"
    OPEN = "("
    CLOSE = ")"
    OR = "OR"
    AND = "AND"
    NOT = "NOT"
    MINUS = "-"
    END = "end"


@dataclass(frozen=True, slots=True)
class Token:
    """One token; `column` is 1-based. A field carries its `name` (lower case), its value
    in `text`, whether the value was quoted and the column where the value starts."""

    kind: Kind
    column: int
    text: str = ""
    name: str = ""
    quoted: bool = False
    value_column: int = 0


_OPERATORS = {"OR": Kind.OR, "AND": Kind.AND, "NOT": Kind.NOT}
_STOP = frozenset('()"')


def _separates(char: str) -> bool:
    """Whitespace, and the control characters clean_text removes (never searched)."""
    return char.isspace() or (not char.isprintable() and clean_text(char) != char)


def _field_name(run: str) -> int:
    """Length of the ASCII letters before a colon that start `run`, or 0."""
    i = 0
    while i < len(run) and run[i].isascii() and run[i].isalpha():
        i += 1
    return i if 0 < i < len(run) and run[i] == ":" else 0


def tokenize(text: str) -> list[Token]:
    """The tokens of `text`, ending with an END token; QueryError for an unterminated
    phrase or an unknown field."""
    tokens: list[Token] = []
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        column = i + 1
        if _separates(char):
            i += 1
        elif char in "()":
            tokens.append(Token(Kind.OPEN if char == "(" else Kind.CLOSE, column))
            i += 1
        elif char == '"':
            end = text.find('"', i + 1)
            if end < 0:
                raise QueryError("unterminated phrase", column, "a closing '\"'")
            tokens.append(Token(Kind.PHRASE, column, text[i + 1 : end]))
            i = end + 1
        elif char == "-":
            following = text[i + 1] if i + 1 < n else ""
            if following and following not in ")-" and not _separates(following):
                tokens.append(Token(Kind.MINUS, column))
            i += 1  # else a dash standing alone: punctuation
        else:
            j = i
            while j < n and text[j] not in _STOP and not _separates(text[j]):
                j += 1
            run = text[i:j]
            if run in _OPERATORS:
                tokens.append(Token(_OPERATORS[run], column))
                i = j
                continue
            length = _field_name(run)
            if not length:
                tokens.append(Token(Kind.WORD, column, run))
                i = j
                continue
            name, value = run[:length].lower(), run[length + 1 :]
            if name not in FIELDS:
                if value:
                    raise QueryError(
                        f"unknown field {quoted(run[: length + 1])}", column, EXPECTED_FIELDS
                    )
                tokens.append(Token(Kind.WORD, column, run))
                i = j
                continue
            if not value and j < n and text[j] == '"':
                end = text.find('"', j + 1)
                if end < 0:
                    raise QueryError("unterminated phrase", j + 1, "a closing '\"'")
                tokens.append(Token(Kind.FIELD, column, text[j + 1 : end], name, True, j + 1))
                i = end + 1
                continue
            value_column = i + length + 2
            tokens.append(Token(Kind.FIELD, column, value, name, False, value_column))
            i = j
    tokens.append(Token(Kind.END, n + 1))
    return tokens
