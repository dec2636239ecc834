"""The Stories view: one row per story (its size, title and sources); Enter expands a
story into its articles, Enter on an article reads it."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Static, Tree

from ekreader.core.text.age import age
from ekreader.models import Headline, Story
from ekreader.ui.text import plain, safe, truncate
from ekreader.ui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from ekreader.ui.app import ReaderApp

SHOWN = 300
"""Stories listed (the latest)."""

Node = tuple[str, int]
"""A tree node's data: ("story", its id), ("article", its id) or ("more", 0)."""


class StoryTree(Tree[Node]):
    """The stories, each expandable into its articles."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "cursor_down", "Down", show=False, id="story_down"),
        Binding("up,k", "cursor_up", "Up", show=False, id="story_up"),
        Binding("enter,l", "select_cursor", "Expand/read", id="story_choose"),
    ]


class StoriesScreen(Screen[None]):
    """Stories, the latest first."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,h", "close", "Back", tooltip="Back to the headlines", id="close_stories"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._stories: dict[int, Story] = {}

    @property
    def reader(self) -> ReaderApp:
        """The app, typed."""
        return cast("ReaderApp", self.app)

    def compose(self) -> ComposeResult:
        yield Static(id="stories-title")
        tree: StoryTree = StoryTree(Text("Stories"), id="stories")
        tree.show_root = False
        tree.guide_depth = 2
        yield tree
        yield KeyBar()

    @property
    def story_tree(self) -> StoryTree:
        """The story list."""
        return self.query_one(StoryTree)

    def on_mount(self) -> None:
        self.load()
        self.story_tree.focus()

    def load(self) -> None:
        """Read the latest stories from the cache."""
        stories = self.reader.store.stories(limit=SHOWN)
        self._stories = {s.id: s for s in stories}
        tree = self.story_tree
        tree.clear()
        now = self.reader.now()
        for story in stories:
            node = tree.root.add(self.story_label(story, now), data=("story", story.id))
            node.add_leaf(Text("…"), data=("more", 0))  # the articles, once expanded
        if stories:
            tree.cursor_line = 0
        several = sum(1 for s in stories if s.size > 1)
        self.query_one("#stories-title", Static).update(
            plain(f" Stories · {len(stories)} ({several} with more than one article)")
        )

    def story_label(self, story: Story, now: datetime) -> Text:
        """One story's row: size, age, BREAKING, title, sources."""
        label = Text(no_wrap=True, end="")
        label.append(f"{story.size:>3}× ", "bold" if story.size > 1 else "dim")
        label.append(f"{age(story.latest, now):>5} ", "dim")
        if story.breaking:
            label.append(" BREAKING ", "bold reverse red")
            label.append(" ")
        label.append(safe(story.title), "bold" if story.size > 1 else "")
        sources = ", ".join(safe(f) for f in story.feeds[:3])
        if len(story.feeds) > 3:
            sources += f" +{len(story.feeds) - 3}"
        label.append(f"  — {truncate(sources, 60)}", "dim italic")
        return label

    def article_label(self, headline: Headline, now: datetime) -> Text:
        """One article's row under its story: age, source, title, marks."""
        label = Text(no_wrap=True, end="")
        label.append(f"{age(headline.sort_time, now):>5} ", "dim")
        label.append(truncate(safe(headline.feed_title), 24), "italic")
        label.append("  ")
        label.append(safe(headline.title), "" if headline.read else "bold")
        if headline.revised is not None:
            label.append("  updated", "yellow")
        return label

    def on_tree_node_expanded(self, event: Tree.NodeExpanded[Node]) -> None:
        node = event.node
        kind, story_id = node.data or ("", 0)
        story = self._stories.get(story_id) if kind == "story" else None
        if story is None:
            return
        node.remove_children()
        store, now = self.reader.store, self.reader.now()
        for article_id in story.articles:
            article = store.article(article_id)
            if article is not None:
                node.add_leaf(
                    self.article_label(article.headline, now), data=("article", article_id)
                )

    def on_tree_node_selected(self, event: Tree.NodeSelected[Node]) -> None:
        kind, article_id = event.node.data or ("", 0)
        if kind == "article":
            self.reader.reading.open_article(article_id)

    def action_close(self) -> None:
        self.app.pop_screen()
