"""Running the installed `ekreader` command in an isolated home (XDG_* under a temp dir)."""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_PROXY_VARS = ("http_proxy", "https_proxy", "all_proxy", "ftp_proxy", "no_proxy")


def ekreader_command() -> str:
    """The installed console script next to this interpreter (never an import)."""
    here = Path(sys.executable).parent
    found = shutil.which("ekreader", path=str(here))
    if found is None:
        raise RuntimeError(f"the ekreader console script is not installed in {here}")
    return found


def hermetic_environ(base: Mapping[str, str] | None = None) -> dict[str, str]:
    """`base` (default os.environ) without proxy settings, with NO_PROXY for 127.0.0.1."""
    env = {
        k: v
        for k, v in (os.environ if base is None else base).items()
        if k.lower() not in _PROXY_VARS
    }
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    return env


def make_env(root: Path) -> dict[str, str]:
    """An environment whose config, data and cache dirs all live under `root`."""
    env = hermetic_environ()
    for name in ("CONFIG", "DATA", "CACHE", "STATE"):
        path = root / name.lower()
        path.mkdir(parents=True, exist_ok=True)
        env[f"XDG_{name}_HOME"] = str(path)
    env["HOME"] = str(root)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.pop("PYTHONPATH", None)
    env.pop("COLUMNS", None)
    return env


def config_file(env: Mapping[str, str]) -> Path:
    """Where ekreader looks for config.toml in `env`."""
    return Path(env["XDG_CONFIG_HOME"]) / "ekreader" / "config.toml"


def database_file(env: Mapping[str, str]) -> Path:
    """The SQLite cache ekreader uses in `env`."""
    return Path(env["XDG_DATA_HOME"]) / "ekreader" / "ekreader.sqlite3"


def write_config(env: Mapping[str, str], text: str) -> Path:
    """Write config.toml into the home of `env`; returns its path."""
    path = config_file(env)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def run_ekreader(
    env: Mapping[str, str],
    *args: str,
    input: str | bytes | None = None,
    timeout: float = 60,
    text: bool = True,
) -> subprocess.CompletedProcess[Any]:
    """Run the installed `ekreader` with `args`; output captured (as text by default)."""
    return subprocess.run(
        [ekreader_command(), *args],
        env=dict(env),
        input=input,
        capture_output=True,
        text=text,
        encoding="utf-8" if text else None,
        timeout=timeout,
        stdin=None if input is not None else subprocess.DEVNULL,
        cwd=env.get("HOME"),
        check=False,
    )


def run_in_process(env: Mapping[str, str], *args: str, patch: Any) -> tuple[int, str, str]:
    """`ekreader ARGS` through its entry point in this process (as the console script
    calls it), in the home of `env`: for a test that patches a module or runs it many
    times. `patch` is pytest's monkeypatch (the home's XDG_* go into the environment).
    Returns the exit status, stdout and stderr."""
    from ekreader.__main__ import run

    for name, value in env.items():
        if name.startswith("XDG_"):
            patch.setenv(name, value)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = run(list(args))
    return status, out.getvalue(), err.getvalue()


@dataclass
class EkHome:
    """An isolated ekreader home: `run(...)` the CLI, `config(...)` to write config.toml."""

    root: Path
    env: dict[str, str]

    def run(self, *args: str, **kwargs: Any) -> subprocess.CompletedProcess[Any]:
        """Run `ekreader args...` in this home."""
        return run_ekreader(self.env, *args, **kwargs)

    def ok(self, *args: str, **kwargs: Any) -> subprocess.CompletedProcess[Any]:
        """Run and assert exit status 0 (showing stderr when not)."""
        result = self.run(*args, **kwargs)
        assert result.returncode == 0, (args, result.returncode, result.stdout, result.stderr)
        return result

    def json(self, *args: str) -> Any:
        """Run a --json command and decode its output."""
        return json.loads(self.ok(*args, "--json").stdout)

    def config(self, text: str) -> Path:
        """Write config.toml."""
        return write_config(self.env, text)

    @property
    def database(self) -> Path:
        """The cache file."""
        return database_file(self.env)


FAST_FETCH = """
[fetch]
connect_timeout = 1
timeout = 2
full_text = "never"
"""
"""A config for CLI tests: short timeouts, no article pages."""
