"""The bench scripts stay runnable: bench/run.py copies ekreader/ before importing it (so a
commit landing mid-run cannot mix versions), which fails if a module it imports has
imported ekreader already."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"


def test_importing_bench_run_imports_no_ekreader_module() -> None:
    probe = (
        "import sys; sys.path.insert(0, sys.argv[1]); import run; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'ekreader'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, str(BENCH)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
