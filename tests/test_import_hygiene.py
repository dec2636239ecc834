"""The core never imports the UI toolkit: each module, imported alone in a fresh
interpreter, leaves textual and rich out of sys.modules (see STYLE.md, "One rule")."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys

import pytest

import ekreader.core

CORE = sorted(m.name for m in pkgutil.walk_packages(ekreader.core.__path__, "ekreader.core."))
MODULES = [
    "ekreader",
    "ekreader.cli",
    "ekreader.config",
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
