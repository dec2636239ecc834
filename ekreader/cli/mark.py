"""The mark command: articles read, unread, starred or unstarred, all or none."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any, Literal

from ekreader.cli.common import (
    CommandError,
    Context,
    article_id_or_stdin,
    dump,
    existing_store,
    out,
    parse_article_id,
)
from ekreader.core.store import Store


def register(sub: Any) -> None:
    """Add the mark command to the command line."""
    mark = sub.add_parser(
        "mark",
        help="mark articles read (or unread, starred, unstarred)",
        description="Mark articles read, or unread, starred or unstarred: all of them or, "
        "when an id is unknown, none. '-' reads ids from standard input, one a line.",
    )
    mark.add_argument(
        "ids", metavar="ID", nargs="+", type=article_id_or_stdin, help="article id, or '-'"
    )
    how = mark.add_mutually_exclusive_group()
    how.add_argument(
        "--unread",
        action="store_const",
        dest="how",
        const="unread",
        default="read",
        help="mark them unread instead",
    )
    how.add_argument(
        "--star", action="store_const", dest="how", const="star", help="star them instead"
    )
    how.add_argument(
        "--unstar", action="store_const", dest="how", const="unstar", help="unstar them instead"
    )
    mark.add_argument("--json", action="store_true", help="print the ids that changed as JSON")
    mark.set_defaults(run=cmd_mark)


MarkHow = Literal["read", "unread", "star", "unstar"]
"""What `mark` does to its articles."""

_MARK_WORDS: dict[str, tuple[str, str]] = {
    "read": ("marked {} read", "read"),
    "unread": ("marked {} unread", "unread"),
    "star": ("starred {}", "starred"),
    "unstar": ("unstarred {}", "unstarred"),
}
"""How `mark` words its summary line: the verb phrase, and the state for "(2 already …)"."""

_SHOWN_IDS = 5
"""How many unknown ids an error message lists before "and N more"."""


def _stdin_ids() -> list[int]:
    """The article ids on standard input, one a line (blank lines skipped)."""
    try:
        data = sys.stdin.buffer.read() if sys.stdin is not None else b""
    except OSError as exc:
        raise CommandError(f"cannot read standard input: {exc.strerror or exc}") from None
    ids: list[int] = []
    for number, line in enumerate(data.decode("utf-8", "replace").splitlines(), 1):
        if line.strip():
            try:
                ids.append(parse_article_id(line))
            except ValueError as exc:
                raise CommandError(f"standard input, line {number}: {exc}") from None
    return ids


def cmd_mark(ctx: Context, args: argparse.Namespace) -> int:
    """Mark articles read, unread, starred or unstarred: all of them, or none when any
    id is unknown. "-" among the ids stands for the ids on standard input."""
    given: Sequence[int | str] = args.ids
    how: MarkHow = args.how
    ids: list[int] = []
    read_stdin = False
    for item in given:
        if isinstance(item, int):
            ids.append(item)
        elif not read_stdin:  # "-" twice reads standard input once
            ids += _stdin_ids()
            read_stdin = True
    ids = list(dict.fromkeys(ids))  # each once, in the order given
    changed: list[int] = []
    if ids:
        store = existing_store(ctx.paths)
        if store is None:
            raise CommandError(_unknown_ids(ids))
        with store:
            changed = _mark(store, ids, how)
    if args.json:
        dump(changed)
        return 0
    phrase, state = _MARK_WORDS[how]
    count = len(changed)
    line = phrase.format(f"{count} article{'s' * (count != 1)}")
    if len(ids) > count:
        line += f" ({len(ids) - count} already {state})"
    out(line)
    return 0


def _mark(store: Store, ids: list[int], how: MarkHow) -> list[int]:
    """Check every id, then mark them all; returns the ids whose state changed."""
    current: dict[int, bool] = {}
    unknown: list[int] = []
    for article_id in ids:
        article = store.article(article_id)
        if article is None:
            unknown.append(article_id)
        elif how in ("read", "unread"):
            current[article_id] = article.headline.read
        else:
            current[article_id] = article.headline.starred
    if unknown:  # before any change: the cache stays as it was
        raise CommandError(_unknown_ids(unknown))
    target = how in ("read", "star")
    # Every id, not only those that looked different: the reader UI may have changed one
    # since, and writing the wanted state again does no harm.
    if how in ("read", "unread"):
        store.set_read(ids, target)  # one transaction
    else:
        store.set_starred(ids, target)  # one transaction
    return [i for i in ids if current[i] != target]


def _unknown_ids(unknown: Sequence[int]) -> str:
    shown = [_shown_id(i) for i in unknown[:_SHOWN_IDS]]
    if len(unknown) > _SHOWN_IDS:
        shown.append(f"and {len(unknown) - _SHOWN_IDS} more")
    ids = "id" if len(unknown) == 1 else "ids"
    return f"no article with {ids} {', '.join(shown)}; nothing marked (see 'ekreader headlines')"


def _shown_id(article_id: int) -> str:
    """An id as a message shows it: one far beyond any real id (thousands of digits) cut."""
    text = str(article_id)
    return text if len(text) <= 24 else text[:24] + "…"
