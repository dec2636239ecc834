"""Sync benchmark against a real FreshRSS on 127.0.0.1: the first sync of a 10 000-article
account (50 feeds x 200 items), and an incremental sync with nothing new (issue 13's
target: at most 1 s on loopback).

    python bench/sync.py                           # 50 x 200, 3 first syncs, 5 incremental
    python bench/sync.py --feeds 5 --items 100     # a quick look
    python bench/sync.py --keep bench/out/freshrss # reuse the loaded server next time

Needs php and ../shared/servers/freshrss-*.tar.gz (tests/freshrss.py sets FreshRSS up).
Loading the account is the slow part: FreshRSS takes about 1-4 s per 200-item feed, so
`--keep DIR` keeps the installation and its account for later runs. Each first sync runs
the installed `ekreader sync` in a fresh home; the incremental ones follow in the last.
Figures: wall clock and CPU of the ekreader process (FreshRSS's own CPU not counted).
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.append(str(REPO))

from bench.common import OtherLoad, _pid_seconds, run_timed  # noqa: E402
from tests.freshrss import FreshRSS, FreshUser, invented_feed  # noqa: E402
from tests.helpers import make_env, write_config  # noqa: E402
from tests.server import FeedServer  # noqa: E402

USER = "bench"


def ekreader() -> str:
    found = Path(sys.executable).parent / "ekreader"
    if not found.exists():
        raise SystemExit(f"bench/sync.py: no ekreader beside {sys.executable}")
    return str(found)


def load_account(server: FreshRSS, feeds: int, items: int) -> FreshUser:
    """The bench account with `feeds` x `items` articles (made once, kept with --keep)."""
    users = server.home / "data" / "users"
    user = FreshUser(server, USER, "bench-api-pass") if (users / USER).exists() else None
    if user is None:
        user = server.create_user(USER, "bench-api-pass")
    have = len(user.subscriptions())
    if have >= feeds:
        return user
    with FeedServer() as feed_server:
        started = time.monotonic()
        for number in range(have, feeds):
            name = f"feed{number}"
            body = invented_feed(feed_server.base_url, name, items)
            user.quickadd(feed_server.add(f"/{name}.xml", body))
            print(
                f"\rloading FreshRSS: {number + 1}/{feeds} feeds "
                f"({time.monotonic() - started:.0f} s)",
                end="",
                file=sys.stderr,
                flush=True,
            )
        print(file=sys.stderr)
    return user


def home_for(root: Path, server: FreshRSS, user: FreshUser) -> dict[str, str]:
    env = make_env(root)
    secret = root / "api-password"
    secret.write_text(user.api_password + "\n", encoding="utf-8")
    secret.chmod(0o600)
    write_config(
        env,
        '[fetch]\nfull_text = "never"\n\n[sync]\n'
        f'url = "{server.api_url}"\nusername = "{user.name}"\n'
        f"password_command = 'cat {shlex.quote(str(secret))}'\n",
    )
    return env


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feeds", type=int, default=50)
    parser.add_argument("--items", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3, help="first syncs (fresh homes)")
    parser.add_argument("--incremental", type=int, default=5, help="syncs with nothing new")
    parser.add_argument("--keep", type=Path, help="keep FreshRSS and its account here")
    args = parser.parse_args()

    root = args.keep or Path(tempfile.mkdtemp(prefix="ekreader-bench-sync-"))
    server = FreshRSS.from_shared(root)
    if server is None:
        raise SystemExit("bench/sync.py: needs php and ../shared/servers/freshrss-*.tar.gz")
    server.install().start()
    problems: list[str] = []
    try:
        user = load_account(server, args.feeds, args.items)
        total = len(user.item_ids())
        load = OtherLoad()
        first: list[tuple[float, float]] = []
        homes = Path(tempfile.mkdtemp(prefix="ekreader-bench-sync-homes-"))
        env: dict[str, str] = {}
        home = homes
        for attempt in range(args.repeat):
            home = homes / f"home{attempt}"
            env = home_for(home, server, user)
            run = run_timed([ekreader(), "sync", "--json"], env, home)
            if run.returncode != 0:
                problems.append(f"first sync exited {run.returncode}: {run.stderr.strip()}")
                continue
            got = json.loads(run.stdout)["new_articles"]
            if got != total:
                problems.append(f"first sync stored {got} articles, the server has {total}")
            first.append((run.wall, run.cpu))
        again: list[tuple[float, float]] = []
        server_cpu: list[float] = []
        php = server.process.pid if server.process else None
        for _ in range(args.incremental if env else 0):
            before = _pid_seconds(php) if php else 0.0
            run = run_timed([ekreader(), "sync", "--json"], env, home)
            if php:
                server_cpu.append(_pid_seconds(php) - before)
            if run.returncode != 0:
                problems.append(f"incremental sync exited {run.returncode}: {run.stderr.strip()}")
                continue
            summary = json.loads(run.stdout)
            if summary["new_articles"] or summary["state_down"] or summary["state_up"]:
                problems.append(f"incremental sync changed something: {summary}")
            again.append((run.wall, run.cpu))
    finally:
        server.close()

    def show(label: str, runs: list[tuple[float, float]]) -> None:
        if not runs:
            print(f"{label:<44} —")
            return
        walls, cpus = [w for w, _ in runs], [c for _, c in runs]
        print(
            f"{label:<44} wall {statistics.median(walls):6.2f} s "
            f"(min {min(walls):.2f}, n={len(walls)})   CPU {statistics.median(cpus):6.2f} s"
        )

    print(f"FreshRSS account: {args.feeds} feeds, {total} articles; load {os.getloadavg()}")
    show(f"first sync of {total} articles", first)
    if first:
        rate = total / statistics.median([w for w, _ in first])
        print(f"{'':44} {rate:.0f} articles/s of wall clock")
    show("incremental sync, nothing new", again)
    if server_cpu:
        print(f"{'':44} FreshRSS (php) CPU per sync {statistics.median(server_cpu):.2f} s")
    print(load.report())
    for problem in problems:
        print(f"PROBLEM: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
