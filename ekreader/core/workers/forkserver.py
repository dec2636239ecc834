"""What the workers' fork server imports first (its preload, set by pool.py): from here on
the fork server, and every worker it forks, ignores Ctrl-C. The terminal sends it to the
whole process group and the caller handles it; a worker's own guard (process.py) comes
too late for one still starting, whose interrupted imports printed "Exception ignored ...
KeyboardInterrupt" under the caller's "ekreader: interrupted"."""

from __future__ import annotations

import signal

signal.signal(signal.SIGINT, signal.SIG_IGN)
