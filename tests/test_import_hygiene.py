"""The core never imports the UI toolkit: each module, imported alone in a fresh
interpreter, leaves textual and rich out of sys.modules (see STYLE.md, "One rule")."""

from __future__ import annotations

import ast
import importlib.util
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


# -- the UI's own rule: it reads the store through its facade and never fetches --------

UI_ROOT = Path(ekreader.__file__).parent / "ui"

WAITING_FOR_PAGE_PATH = {"ekreader.ui.pagefetch"}
"""UI modules that still download with core.fetch: `F` moves onto core/page.py (the one
page path, with its address guard) when that lands, and this set empties."""


def ui_imports() -> dict[str, set[str]]:
    """Every module each ekreader.ui module imports, at its top or inside a function
    (a lazy import counts): `from a.b import c` gives "a.b" and "a.b.c"."""
    found: dict[str, set[str]] = {}
    for path in sorted(UI_ROOT.rglob("*.py")):
        parts = path.relative_to(UI_ROOT.parent.parent).with_suffix("").parts
        module = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                assert node.level == 0, f"{module}: relative import"
                assert node.module is not None
                names.add(node.module)
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
        found[module] = names
    return found


def is_module(name: str) -> bool:
    """Whether `name` is an importable module (not a name inside one)."""
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


def test_the_ui_imports_are_all_seen():
    imports = ui_imports()
    assert "ekreader.ui.app" in imports
    assert "ekreader.ui.widgets.headline_list" in imports
    assert "ekreader.core.store.Store" in imports["ekreader.ui.app"]


def test_the_ui_never_fetches():
    fetching = {
        module
        for module, names in ui_imports().items()
        if any(
            name == "ekreader.core.fetch" or name.startswith("ekreader.core.fetch.")
            for name in names
        )
    }
    assert fetching == WAITING_FOR_PAGE_PATH


def test_the_ui_reads_the_store_through_its_facade_only():
    for module, names in ui_imports().items():
        for name in names:
            if not name.startswith("ekreader.core.store."):
                continue
            inner = name.removeprefix("ekreader.core.store.")
            assert "." not in inner, f"{module} imports {name}"
            assert not inner.startswith("_"), f"{module} imports {name}"
            assert not is_module(name), f"{module} imports the store's module {name}"
