"""The parsed form of a query: frozen dataclasses, one per kind of condition.

Each node keeps `at`, the 1-based column where it starts in the query text (for error
messages and highlighting); it takes no part in comparisons, so a test compares the
shape of a parse without its positions.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from typing import Literal

Scope = Literal["text", "title"]
"""Where words are looked for: title, summary and full text, or the title alone."""
FlagName = Literal["breaking", "unread", "read", "starred", "updated"]
ContainsField = Literal["author", "feed", "folder"]

FLAGS: tuple[FlagName, ...] = ("breaking", "unread", "read", "starred", "updated")
"""The values `is:` takes."""


@dataclass(frozen=True, slots=True)
class Word:
    """Every token of `text` (as the search index cuts it) is in the article; with
    `prefix`, the last token may also begin a longer word."""

    text: str
    prefix: bool = False
    scope: Scope = "text"
    at: int = dataclasses.field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Phrase:
    """The tokens of `text` stand next to each other, in this order, in one column."""

    text: str
    scope: Scope = "text"
    at: int = dataclasses.field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Contains:
    """`author:`, `feed:` (its title or address) or `folder:` holds `text`, ignoring case
    and accents; a folder matches by whole names ("World" is in "World/Europe")."""

    field: ContainsField
    text: str
    at: int = dataclasses.field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Flag:
    """`is:breaking`, `is:unread`, `is:read`, `is:starred` or `is:updated`."""

    name: FlagName
    at: int = dataclasses.field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Duration:
    """A span back from now: `30m`, `24h`, `7d`, `2w`."""

    seconds: int


@dataclass(frozen=True, slots=True)
class Day:
    """A calendar day (`2026-12-01`), from its midnight in the reader's time zone."""

    day: date


@dataclass(frozen=True, slots=True)
class Time:
    """`since:` (at or after) or `before:` (strictly before) a moment."""

    bound: Literal["since", "before"]
    when: Duration | Day
    at: int = dataclasses.field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Not:
    """The article does not match `node`."""

    node: Node
    at: int = dataclasses.field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class And:
    """Every node matches. `And(())`, the empty query, has nothing to look for."""

    nodes: tuple[Node, ...]
    at: int = dataclasses.field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Or:
    """At least one node matches."""

    nodes: tuple[Node, ...]
    at: int = dataclasses.field(default=0, compare=False)


Node = Word | Phrase | Contains | Flag | Time | Not | And | Or


def walk(node: Node) -> list[Node]:
    """`node` and every node under it, parents first."""
    found: list[Node] = []
    stack: list[Node] = [node]
    while stack:
        current = stack.pop()
        found.append(current)
        if isinstance(current, Not):
            stack.append(current.node)
        elif isinstance(current, And | Or):
            stack.extend(reversed(current.nodes))
    return found
