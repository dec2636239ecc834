"""What every headless command shares: its context, its error, opening the cache, printing
text and JSON without a control character, and the types of its arguments."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ekreader.config import Config
from ekreader.core.query import QueryError, parse
from ekreader.core.store import Store
from ekreader.core.text.sanitize import clean_line, clean_text
from ekreader.paths import Paths

if TYPE_CHECKING:
    from ekreader.core.parse.opml import Outline


class CommandError(Exception):
    """A command failed in a way the user can act on; exit status 1."""


@dataclass(frozen=True, slots=True)
class Context:
    """Where a command works (the cache, the config file) and the config it runs with."""

    paths: Paths
    config: Config


def open_store(paths: Paths) -> Store:
    """The cache, created when there is none yet (commands that write)."""
    return Store.open(paths.database)


def existing_store(paths: Paths) -> Store | None:
    """The cache if there is one: commands that only read never create files."""
    return Store.open(paths.database) if paths.database.exists() else None


def check_filters(store: Store, ctx: Context) -> None:
    """CommandError naming the config file and the filter when a filter asks what the
    cache cannot answer (its syntax was checked with the config)."""
    for number, rule in enumerate(ctx.config.filters, start=1):
        try:
            store.compile(rule.node)
        except QueryError as exc:
            where = f"{ctx.paths.config_file}: [[filters]] #{number} ({rule.query!r})"
            raise CommandError(f"{where}: {exc}") from None


def filtered_store(ctx: Context) -> Store | None:
    """The cache if there is one, filtered with the config's filters (applied to what is
    cached when they changed since the last time)."""
    store = existing_store(ctx.paths)
    if store is not None:
        try:
            check_filters(store, ctx)
        except CommandError:
            store.close()
            raise
        store.sync_filters(ctx.config.filters)
    return store


def usage_error(args: argparse.Namespace, message: str) -> int:
    """Report a usage error found while running a command (as argparse reports one: one
    line, exit status 2)."""
    prog = f"ekreader {args.command}"
    sys.stderr.write(f"{prog}: error: {clean_line(message)} (see '{prog} --help')\n")
    return 2


def out(text: str, file: TextIO | None = None) -> None:
    """Print a line of text (feed text included) with its control characters removed."""
    print(clean_text(text), file=file or sys.stdout)


def dump(value: Any) -> None:
    """Print a value as JSON, every string in it cleaned of control characters."""
    sys.stdout.write(json.dumps(_clean_json(value), ensure_ascii=False, indent=2) + "\n")


def _clean_json(value: Any) -> Any:
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [_clean_json(v) for v in value]
    if isinstance(value, dict):
        return {k: _clean_json(v) for k, v in value.items()}
    return value


def iso(value: datetime | None) -> str | None:
    """A time as the JSON output gives it: ISO 8601 in UTC ("…Z"), or None."""
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z") if value else None


def shown(text: str, width: int = 40) -> str:
    """Some text as an error message quotes it: escaped (repr) and kept short."""
    return repr(text if len(text) <= width else text[:width] + "…")


# -- argument types (argparse turns their errors into usage errors, exit 2) ---------------


def positive(text: str) -> int:
    """A whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def parse_article_id(text: str) -> int:
    """An article id from the command line or standard input; ValueError saying why not."""
    try:
        return int(text)
    except ValueError:  # not a number, or one of more than 4300 digits
        raise ValueError(f"an article id is a number, got {shown(text)}") from None


def article_id(text: str) -> int:
    """An article id argument."""
    try:
        return parse_article_id(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def article_id_or_stdin(text: str) -> int | str:
    """An article id, or "-": the ids on standard input, one a line."""
    return text if text == "-" else article_id(text)


def query_text(text: str) -> str:
    """A query in the query language (see README "Searching"): a malformed one is a usage
    error that names the column and what was expected."""
    text = utf8(text)
    try:
        parse(text)
    except QueryError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text


def utf8(text: str) -> str:
    """An argument that is text (a URL, a title, a query): it must be valid UTF-8.
    Python hands undecodable bytes over as lone surrogates, which SQLite refuses."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raw = text.encode("utf-8", "surrogateescape")
        raise argparse.ArgumentTypeError(f"not valid UTF-8 text: {raw!r}") from None
    return text


def opml_outlines(file: str) -> list[Outline]:
    """The feeds of the OPML file `file` (`-`: standard input), or a CommandError naming
    the file and what is wrong with it."""
    from ekreader.core.parse.opml import OpmlError, read_opml

    try:
        data = sys.stdin.buffer.read() if file == "-" else Path(file).read_bytes()
    except OSError as exc:
        raise CommandError(f"cannot read {file}: {exc.strerror or exc}") from None
    try:
        return read_opml(data)
    except OpmlError as exc:
        raise CommandError(f"{file}: {exc}") from None
