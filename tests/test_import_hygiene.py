"""The house's dependency rules. The core never imports the UI toolkit: each module,
imported alone in a fresh interpreter, leaves textual and rich out of sys.modules (see
STYLE.md, "One rule"); and each room imports only what its place in the flow allows
(fetch -> parse -> decide -> store -> show; see ARCHITECTURE.md)."""

from __future__ import annotations

import ast
import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import ekreader
import ekreader.core

CORE = sorted(m.name for m in pkgutil.walk_packages(ekreader.core.__path__, "ekreader.core."))
MODULES = [
    "ekreader",
    "ekreader.cli",
    "ekreader.cli.common",
    "ekreader.config",
    "ekreader.configfile",
    "ekreader.models",
    "ekreader.paths",
    "ekreader.__main__",
    "ekreader.core",
    *CORE,
]
FORBIDDEN = ("textual", "rich")

PROBE = """
import importlib, json, sys
importlib.import_module(sys.argv[1])
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in {forbidden})))
"""


def test_the_core_modules_are_all_covered():
    for name in (
        "fetch.client",
        "parse.feed",
        "store",
        "refresh",
        "decide.breaking",
        "text.sanitize",
        "parse.opml",
    ):
        assert f"ekreader.core.{name}" in CORE


@pytest.mark.parametrize("module", MODULES)
def test_module_does_not_import_the_ui_toolkit(module: str):
    code = PROBE.format(forbidden=set(FORBIDDEN))
    result = subprocess.run(
        [sys.executable, "-c", code, module], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [], f"{module} imports {result.stdout.strip()}"


@pytest.mark.parametrize(
    "argv", [["headlines", "--json"], ["feeds"], ["export"], ["fetch"], ["read", "1"]]
)
def test_running_a_headless_command_does_not_import_the_ui_toolkit(argv, ek_env):
    # Not just the imports: the whole code path of a headless command, run in process.
    code = (
        "import contextlib, io, json, sys\n"
        "from ekreader.__main__ import run\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):\n"
        f"    run({argv!r})\n"
        f"print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in {set(FORBIDDEN)})))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, env=ek_env
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


# -- the dependency rules between the rooms (ARCHITECTURE.md) ------------------------------

PACKAGE = Path(ekreader.__file__).parent

IO_MODULES = ("sqlite3", "socket", "httpx", "asyncio", "subprocess", "os", "shutil", "pathlib")
"""Standard or third-party modules that do I/O: the decide step imports none of them."""

RULES: list[tuple[str, tuple[str, ...], str]] = [
    ("ekreader.models", ("ekreader.",), "plain data imports nothing of ekreader"),
    ("ekreader.core", ("ekreader.ui", "ekreader.cli", "textual", "rich"), "core never imports UI"),
    (
        "ekreader.core.decide",
        (*IO_MODULES, "ekreader.config", "ekreader.core.fetch", "ekreader.core.store"),
        "decide is pure: no I/O",
    ),
    (
        "ekreader.core.query",
        (*IO_MODULES, "ekreader.config", "ekreader.core.store", "ekreader.core.fetch"),
        "the query language is pure: the store runs what it compiles",
    ),
    (
        "ekreader.core.store",
        ("ekreader.core.fetch", "ekreader.core.parse", "ekreader.core.extract"),
        "the store knows nothing of the steps before it",
    ),
    (
        "ekreader.core.decide",
        ("ekreader.core.parse", "ekreader.core.extract", "ekreader.core.refresh"),
        "decide works on parsed models",
    ),
    ("ekreader.core.parse", ("ekreader.core.fetch", "ekreader.core.store"), "parse: no network"),
    ("ekreader.core.extract", ("ekreader.core.fetch", "ekreader.core.store"), "extract is pure"),
    (
        "ekreader.core.fetch",
        ("ekreader.core.parse", "ekreader.core.extract", "ekreader.core.store"),
        "fetch only downloads",
    ),
    (
        "ekreader.ui",
        ("ekreader.core.fetch", "ekreader.core.store."),
        "the UI imports neither the fetcher nor the store's internals (its facade only)",
    ),
]


def _module_name(path: Path) -> str:
    """ekreader/core/store/__init__.py -> ekreader.core.store"""
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


SOURCES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}
MODULE_NAMES = frozenset(SOURCES)


def _imports(path: Path) -> set[str]:
    """Every module a file imports, at any depth (functions and TYPE_CHECKING too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            # `from package import module` imports that module; a name is not one
            found |= {f"{node.module}.{a.name}" for a in node.names} & MODULE_NAMES
    return found


def _breaks(imported: str, forbidden: str) -> bool:
    if forbidden.endswith("."):  # the package's modules, not the package itself
        return imported.startswith(forbidden)
    return imported == forbidden or imported.startswith(forbidden + ".")


@pytest.mark.parametrize(("room", "forbidden", "why"), RULES, ids=[r[2] for r in RULES])
def test_the_rooms_keep_their_dependency_rules(
    room: str, forbidden: tuple[str, ...], why: str
) -> None:
    broken = [
        f"{name} imports {imported}"
        for name, path in SOURCES.items()
        if name == room or name.startswith(room + ".")
        for imported in sorted(_imports(path))
        if any(_breaks(imported, f) for f in forbidden)
        and not (room == "ekreader.models" and imported == "ekreader.models")
    ]
    assert broken == [], why


def test_the_rules_see_every_room() -> None:
    for room, _, _ in RULES:
        assert any(name == room or name.startswith(room + ".") for name in SOURCES), room
