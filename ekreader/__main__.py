"""CLI entry point: parse arguments, load the config, run a command or the reader UI."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Sequence
from typing import NoReturn

from ekreader import __version__


class _Parser(argparse.ArgumentParser):
    """argparse with one-line usage errors (exit 2) instead of a usage dump."""

    def error(self, message: str) -> NoReturn:
        from ekreader.core.text.sanitize import clean_line

        message = clean_line(message)  # it may quote the arguments
        sys.stderr.write(f"{self.prog}: error: {message} (see '{self.prog} --help')\n")
        raise SystemExit(2)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _article_id(text: str) -> int:
    from ekreader.cli import parse_article_id

    try:
        return parse_article_id(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _article_id_or_stdin(text: str) -> int | str:
    """An article id, or "-": the ids on standard input, one a line."""
    return text if text == "-" else _article_id(text)


def _text(text: str) -> str:
    """An argument that is text (a URL, a title, a query): it must be valid UTF-8.
    Python hands undecodable bytes over as lone surrogates, which SQLite refuses."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raw = text.encode("utf-8", "surrogateescape")
        raise argparse.ArgumentTypeError(f"not valid UTF-8 text: {raw!r}") from None
    return text


def build_parser() -> argparse.ArgumentParser:
    """The command line: `ekreader` alone launches the reader."""
    parser = _Parser(
        prog="ekreader",
        description="A terminal news reader: breaking news first, full articles offline.",
        epilog="Without a command, ekreader opens the reader.",
    )
    parser.add_argument("--version", action="version", version=f"ekreader {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    add = sub.add_parser("add", help="subscribe to a feed (or a page that links to one)")
    add.add_argument("url", metavar="URL", type=_text)
    add.add_argument("--title", metavar="T", type=_text, help="your own title for the feed")

    remove = sub.add_parser("remove", help="unsubscribe (its cached articles go too)")
    remove.add_argument("url", metavar="URL", type=_text)

    feeds = sub.add_parser("feeds", help="subscriptions with their last status")
    feeds.add_argument("--json", action="store_true", help="print JSON")

    imp = sub.add_parser("import", help="subscribe to the feeds of an OPML file")
    imp.add_argument("file", metavar="FILE", help="OPML file ('-' for standard input)")

    sub.add_parser("export", help="print the subscriptions as OPML")

    fetch = sub.add_parser(
        "fetch",
        help="refresh everything",
        description="Refresh every feed, then download full articles. Exit status 0 when at "
        "least one feed succeeded (or there are none), 1 when every feed failed.",
    )
    fetch.add_argument("--feeds-only", action="store_true", help="do not download article pages")

    heads = sub.add_parser("headlines", help="list headlines, newest first")
    heads.add_argument("--json", action="store_true", help="print JSON")
    heads.add_argument("--breaking", action="store_true", help="only breaking news")
    heads.add_argument("--unread", action="store_true", help="only unread articles")
    heads.add_argument("--feed", metavar="URL", type=_text, help="only this feed")
    heads.add_argument("--search", metavar="QUERY", type=_text, help="full-text search (all words)")
    heads.add_argument(
        "--limit", metavar="N", type=_positive, default=100, help="at most N (default 100)"
    )

    read = sub.add_parser("read", help="one article as readable text, or JSON")
    read.add_argument("id", metavar="ID", type=_article_id)
    read.add_argument("--json", action="store_true", help="print JSON")
    read.add_argument("--mark-read", action="store_true", help="mark the article read")

    mark = sub.add_parser(
        "mark",
        help="mark articles read (or unread, starred, unstarred)",
        description="Mark articles read, or unread, starred or unstarred: all of them or, "
        "when an id is unknown, none. '-' reads ids from standard input, one a line.",
    )
    mark.add_argument(
        "ids", metavar="ID", nargs="+", type=_article_id_or_stdin, help="article id, or '-'"
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
    return parser


def run(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit status."""
    args = build_parser().parse_args(argv)
    from ekreader import cli
    from ekreader.config import ConfigError, load_config
    from ekreader.core.store import StoreError
    from ekreader.paths import Paths

    paths = Paths.default()
    try:
        config = load_config(paths.config_file)
        match args.command:
            case None:
                from ekreader.ui.app import run_app

                return run_app(paths, config)
            case "add":
                return cli.cmd_add(paths, config, args.url, args.title)
            case "remove":
                return cli.cmd_remove(paths, args.url)
            case "feeds":
                return cli.cmd_feeds(paths, args.json)
            case "import":
                return cli.cmd_import(paths, args.file)
            case "export":
                return cli.cmd_export(paths)
            case "fetch":
                return cli.cmd_fetch(paths, config, args.feeds_only)
            case "headlines":
                return cli.cmd_headlines(
                    paths,
                    as_json=args.json,
                    breaking=args.breaking,
                    unread=args.unread,
                    feed=args.feed,
                    search=args.search,
                    limit=args.limit,
                )
            case "read":
                return cli.cmd_read(paths, args.id, args.json, mark_read=args.mark_read)
            case "mark":
                return cli.cmd_mark(paths, args.ids, args.how, as_json=args.json)
    except (cli.CommandError, ConfigError, StoreError) as exc:
        from ekreader.core.text.sanitize import clean_line

        # Messages quote URLs, file names and feed text: never a control character out.
        sys.stderr.write(f"ekreader: {clean_line(str(exc))}\n")
        return 1
    except sqlite3.DatabaseError as exc:
        from ekreader.core.store import cache_error

        # Found in use (a damaged page deep inside, a lock held too long, a full disk).
        sys.stderr.write(f"ekreader: {cache_error(paths.database, exc, damaged=True)}\n")
        return 1
    raise AssertionError(f"unhandled command {args.command!r}")  # pragma: no cover


def main(argv: Sequence[str] | None = None) -> NoReturn:
    """Console-script entry point."""
    try:
        status = run(argv)
        sys.stdout.flush()
    except KeyboardInterrupt:
        sys.stderr.write("ekreader: interrupted\n")
        status = 130
    except BrokenPipeError:
        # The reader of our output went away (e.g. `| head`): not an error worth a trace.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        status = 0
    raise SystemExit(status)


if __name__ == "__main__":
    main()
