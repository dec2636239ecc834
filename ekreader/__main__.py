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


def build_parser() -> argparse.ArgumentParser:
    """The command line: `ekreader` alone launches the reader."""
    parser = _Parser(
        prog="ekreader",
        description="A terminal news reader: breaking news first, full articles offline.",
        epilog="Without a command, ekreader opens the reader.",
    )
    parser.add_argument("--version", action="version", version=f"ekreader {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    from ekreader.cli import command_modules

    for module in command_modules():
        module.register(sub)
    return parser


def run(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit status."""
    args = build_parser().parse_args(argv)
    from ekreader.cli.common import CommandError, Context
    from ekreader.config import ConfigError, load_config
    from ekreader.core.store import StoreError
    from ekreader.paths import Paths

    paths = Paths.default()
    try:
        config = load_config(paths.config_file)
        if args.command is None:
            from ekreader.ui.app import run_app

            return run_app(paths, config)
        status: int = args.run(Context(paths, config), args)
        return status
    except (CommandError, ConfigError, StoreError) as exc:
        from ekreader.core.text.sanitize import clean_line

        # Messages quote URLs, file names and feed text: never a control character out.
        sys.stderr.write(f"ekreader: {clean_line(str(exc))}\n")
        return 1
    except sqlite3.DatabaseError as exc:
        from ekreader.core.store import cache_error

        # Found in use (a damaged page deep inside, a lock held too long, a full disk).
        sys.stderr.write(f"ekreader: {cache_error(paths.database, exc, damaged=True)}\n")
        return 1


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
