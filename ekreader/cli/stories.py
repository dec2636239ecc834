"""Stories and revisions: `stories` (articles about one event, across feeds) and `diff`
(what the latest change of an article changed, word by word)."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from typing import Any

from ekreader.cli.common import (
    CommandError,
    Context,
    article_id,
    dump,
    existing_store,
    iso,
    out,
    positive,
    utf8,
)
from ekreader.core.text.age import age
from ekreader.core.text.diff import plain, version_diff
from ekreader.models import HeadlineQuery, Revision, Story

SEARCHED = 2000
"""A search lists the stories of at most this many matching articles (the newest)."""


def register(sub: Any) -> None:
    """Add `stories` and `diff` to the command line."""
    stories = sub.add_parser("stories", help="stories (one event across feeds), newest first")
    stories.add_argument("--json", action="store_true", help="print JSON")
    stories.add_argument(
        "--limit", metavar="N", type=positive, default=50, help="at most N (default 50)"
    )
    stories.add_argument(
        "--search", metavar="QUERY", type=utf8, help="only stories with an article that matches"
    )
    stories.set_defaults(run=cmd_stories)

    diff = sub.add_parser("diff", help="what the latest change of an article changed")
    diff.add_argument("id", metavar="ID", type=article_id)
    diff.add_argument("--json", action="store_true", help="print JSON")
    diff.set_defaults(run=cmd_diff)


def story_json(story: Story) -> dict[str, Any]:
    """A story as `stories --json` prints it."""
    return {
        "story": story.id,
        "title": story.title,
        "size": story.size,
        "feeds": list(story.feeds),
        "breaking": story.breaking,
        "first_seen": iso(story.first_seen),
        "latest": iso(story.latest),
        "articles": list(story.articles),
    }


def cmd_stories(ctx: Context, args: argparse.Namespace) -> int:
    """List stories, the latest first."""
    store = existing_store(ctx.paths)
    stories: list[Story] = []
    if store is not None:
        with store:
            if args.search is None:
                stories = store.stories(limit=args.limit)
            else:
                found = store.headlines(HeadlineQuery(search=args.search), limit=SEARCHED)
                ids = list(dict.fromkeys(h.story for h in found))
                stories = store.stories(limit=args.limit, ids=ids)
    if args.json:
        dump([story_json(s) for s in stories])
        return 0
    now = datetime.now(UTC)
    for s in stories:
        flag = "BREAKING " if s.breaking else ""
        feeds = ", ".join(s.feeds[:3]) + (f" +{len(s.feeds) - 3}" if len(s.feeds) > 3 else "")
        out(f"{s.id:>7} {s.size:>3}× {age(s.latest, now, None):>5}  {flag}{s.title}  — {feeds}")
    return 0


def cmd_diff(ctx: Context, args: argparse.Namespace) -> int:
    """Print what the latest change of an article changed, word by word."""
    wanted: int = args.id
    store = existing_store(ctx.paths)
    article = None
    revisions: list[Revision] = []
    if store is not None:
        with store:
            article = store.article(wanted)
            if article is not None:
                revisions = store.revisions(wanted)
    if article is None:
        raise CommandError(f"no article with id {wanted} (see 'ekreader headlines')")
    if not revisions:
        if args.json:
            dump({"id": wanted, "seen_at": None, "revised_at": None, "title": [], "text": []})
        else:
            out(f"{wanted}: no earlier version")
        return 0
    before = revisions[0]
    title, text = version_diff(
        before.title, before.sections, article.headline.title, article.document.sections
    )
    if args.json:
        dump(
            {
                "id": wanted,
                "seen_at": iso(before.seen_at),
                "revised_at": iso(article.headline.revised),
                "title": [{"kind": p.kind, "text": p.text} for p in title],
                "text": [{"kind": p.kind, "text": p.text} for p in text],
            }
        )
        return 0
    seen = before.seen_at.astimezone().strftime("%Y-%m-%d %H:%M")
    revised = article.headline.revised
    now_seen = revised.astimezone().strftime("%Y-%m-%d %H:%M") if revised else "now"
    out(f"{wanted}: the version of {seen} against the one of {now_seen}")
    out("[-removed-] {+added+}")
    out("")
    out(plain(title))
    out("")
    out(plain(text))
    return 0
