"""The headless commands, one module a group. Each module's `register(sub)` adds its
commands to the command line, each with a `run(ctx, args) -> exit status`; a new command
is a new module added to COMMAND_MODULES."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import import_module
from types import ModuleType

COMMAND_MODULES = (
    "ekreader.cli.feeds",
    "ekreader.cli.fetch",
    "ekreader.cli.articles",
    "ekreader.cli.mark",
    "ekreader.cli.prune",
    "ekreader.cli.stories",
    "ekreader.cli.sync",
)
"""The command groups, in the order `ekreader --help` lists their commands."""


def command_modules() -> Iterator[ModuleType]:
    """The command modules, imported."""
    for name in COMMAND_MODULES:
        yield import_module(name)
