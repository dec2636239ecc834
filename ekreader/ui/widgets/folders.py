"""The feed list as a tree: folders (from an OPML import, or given to a feed; "News/Germany" is a
subfolder of "News") over their feeds, each folder with the unread count of everything
under it; a collapsed folder hides what it holds. Pure: feeds in, rows out."""

from __future__ import annotations

from collections.abc import Iterator, Sequence, Set
from dataclasses import dataclass, field

from ekreader.models import Feed

SEPARATOR = "/"
"""Between a folder and its subfolder in a folder path."""


@dataclass(frozen=True)
class Row:
    """One row of the tree below the views: a folder or a feed."""

    key: str
    """"folder:PATH" or "feed:ID"."""
    title: str
    """A folder's own name (the last part of its path), or the feed's title."""
    depth: int
    """How many folders it is in."""
    unread: int
    """A feed's unread articles, or those of every feed under a folder."""
    folder: str | None
    """A folder row's path; a feed row's folder."""
    feed: Feed | None = None
    collapsed: bool = False
    """A folder row whose contents are hidden."""


@dataclass
class _Node:
    path: str
    feeds: list[Feed] = field(default_factory=list)
    children: dict[str, _Node] = field(default_factory=dict)

    def all_feeds(self) -> Iterator[Feed]:
        yield from self.feeds
        for child in self.children.values():
            yield from child.all_feeds()

    def unread(self) -> int:
        """Each article once, as the folder's list shows it: a copy counts unless its
        original or an earlier copy is in the folder too."""
        feeds = list(self.all_feeds())
        inside = {f.id for f in feeds}
        return sum(
            f.unread - sum(1 for behind in f.copies_behind if behind & inside) for f in feeds
        )


def collapsed_unread(feed: Feed) -> int:
    """A feed's unread articles as All counts them: each article once (its copies count in
    the feed of the original)."""
    return feed.unread - feed.unread_copies


def folder_key(path: str) -> str:
    """The feed list's key of a folder row."""
    return f"folder:{path}"


def ancestors(folder: str | None) -> list[str]:
    """A folder path and the paths of the folders it is in, outermost first."""
    if not folder:
        return []
    parts = folder.split(SEPARATOR)
    return [SEPARATOR.join(parts[: n + 1]) for n in range(len(parts))]


def tree_rows(feeds: Sequence[Feed], collapsed: Set[str] = frozenset()) -> list[Row]:
    """The rows to show: the feeds in no folder first (in the order given), then each
    folder by name, its own feeds before its subfolders; nothing under a folder in
    `collapsed` (paths)."""
    root = _Node("")
    for feed in feeds:
        node = root
        for path in ancestors(feed.folder):
            name = path.rsplit(SEPARATOR, 1)[-1]
            node = node.children.setdefault(name, _Node(path))
        node.feeds.append(feed)
    return list(_walk(root, 0, collapsed))


def _walk(node: _Node, depth: int, collapsed: Set[str]) -> Iterator[Row]:
    for feed in node.feeds:
        yield Row(f"feed:{feed.id}", feed.display_title, depth, feed.unread, feed.folder, feed)
    for name in sorted(node.children, key=lambda n: (n.casefold(), n)):
        child = node.children[name]
        shut = child.path in collapsed
        yield Row(folder_key(child.path), name, depth, child.unread(), child.path, None, shut)
        if not shut:
            yield from _walk(child, depth + 1, collapsed)


__all__ = ["Row", "ancestors", "folder_key", "tree_rows"]
