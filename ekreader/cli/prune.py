"""The prune command: remove the articles [cache] says are old enough (starred ones never),
or with --dry-run say which it would; print them and the space freed."""

from __future__ import annotations

import argparse
from typing import Any

from ekreader.cli.common import Context, dump, existing_store, out


def register(sub: Any) -> None:
    """Add the prune command to the command line."""
    prune = sub.add_parser(
        "prune",
        help="remove old articles ([cache] in config.toml)",
        description="Remove the articles [cache] says are old enough: read ones after "
        "keep_days, unread ones after keep_unread_days, beyond max_per_feed per feed; "
        "starred ones never. Everything of an article goes with it, and its feed never "
        "brings it back. Prints what it removed and the space freed. The refresh does "
        "this by itself once a day.",
    )
    prune.add_argument(
        "--dry-run", action="store_true", help="only say what would be removed, and about how much"
    )
    prune.add_argument("--json", action="store_true", help="print the outcome as JSON")
    prune.set_defaults(run=cmd_prune)


def _mb(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


def cmd_prune(ctx: Context, args: argparse.Namespace) -> int:
    """Prune the cache (or say what a prune would do)."""
    from ekreader.core.prune import prune

    store = existing_store(ctx.paths)
    if store is None:
        if args.json:
            dump({"dry_run": args.dry_run, "removed": [], "count": 0, "freed": 0})
        else:
            out("nothing to prune: no cache yet")
        return 0
    with store:
        report = prune(store, ctx.config.cache, dry_run=args.dry_run)
    if args.json:
        dump(
            {
                "dry_run": report.dry_run,
                "removed": [
                    {"id": p.id, "feed_url": p.feed_url, "title": p.title, "reason": p.reason}
                    for p in report.removed
                ],
                "count": len(report.removed),
                "bytes_before": report.bytes_before,
                "bytes_after": report.bytes_after,
                "freed": report.freed,
            }
        )
        return 0
    for p in report.removed:
        out(f"{p.id}\t{p.title} ({p.reason})")
    count = len(report.removed)
    articles = f"{count} article{'s' * (count != 1)}"
    if report.dry_run:
        out(
            f"would remove {articles}, about {_mb(report.freed)} of"
            f" {_mb(report.bytes_before)} (dry run: nothing removed)"
        )
        return 0
    line = (
        f"removed {articles}, freed {_mb(report.freed)}"
        f" ({_mb(report.bytes_before)} -> {_mb(report.bytes_after)})"
    )
    if report.compacted:
        line += "; the cache was rewritten once so that it can shrink from now on"
    out(line)
    return 0
