"""The sync password: a command run without a shell, and the warning for a config file
others can read."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

import pytest

from ekreader.core.sync.secret import (
    SecretError,
    password_file_warning,
    readable_by_others,
    run_password_command,
)


def script(tmp_path: Path, body: str) -> str:
    path = tmp_path / "secret-tool.py"
    path.write_text(body, encoding="utf-8")
    return f"{shlex.quote(sys.executable)} {shlex.quote(str(path))}"


def test_the_first_line_is_the_password(tmp_path: Path):
    command = script(tmp_path, "print('s3cret word')\nprint('second line')\n")
    assert run_password_command(command, interactive=False) == "s3cret word"


def test_no_shell_runs_the_command(tmp_path: Path):
    marker = tmp_path / "shell-ran"
    command = script(tmp_path, "import sys\nprint(repr(sys.argv[1:]))\n")
    password = run_password_command(f"{command} 'a b' ; touch {marker} $HOME", interactive=False)
    assert password == repr(["a b", ";", "touch", str(marker), "$HOME"])
    assert not marker.exists()


def test_a_failing_command_is_named_without_its_output(tmp_path: Path):
    command = script(
        tmp_path,
        "import sys\nprint('leaked-password')\nprint('no such entry', file=sys.stderr)\nsys.exit(3)\n",
    )
    with pytest.raises(SecretError) as caught:
        run_password_command(command, interactive=False)
    message = str(caught.value)
    assert "exit status 3" in message
    assert "no such entry" in message
    assert "leaked-password" not in message


@pytest.mark.parametrize(
    ("command", "message"),
    [
        ("", "empty"),
        ("'unclosed", "cannot split"),
        ("/nonexistent/pass-tool show rss", "'/nonexistent/pass-tool' not found"),
    ],
)
def test_bad_commands(command: str, message: str):
    with pytest.raises(SecretError, match=message):
        run_password_command(command, interactive=False)


def test_a_command_that_prints_nothing(tmp_path: Path):
    with pytest.raises(SecretError, match="printed no password"):
        run_password_command(script(tmp_path, "pass\n"), interactive=False)


def test_a_config_others_can_read_gets_a_warning(tmp_path: Path):
    config = tmp_path / "config.toml"
    config.write_text('[sync]\npassword = "x"\n', encoding="utf-8")
    config.chmod(0o644)
    assert readable_by_others(config)
    warning = password_file_warning(config)
    assert warning is not None
    assert str(config) in warning
    assert "chmod 600" in warning
    config.chmod(0o640)
    assert password_file_warning(config) is not None
    config.chmod(0o600)
    assert password_file_warning(config) is None
