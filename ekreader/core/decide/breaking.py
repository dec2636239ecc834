"""Pure rules: is a headline breaking news, and why."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

# Title prefixes newsrooms put before a breaking headline, in many languages. A marker
# counts only at the start of the title and followed by a separator (":", "|",
# "+++", or a dash between spaces), so "Breaking Bad: ..." or "Breaking records" are not breaking news.
TITLE_MARKERS: tuple[str, ...] = (
    "breaking",
    "breaking news",
    "just in",
    "news alert",
    "urgent",
    "eilmeldung",
    "eil",
    "eilt",
    "dringend",
    "alerte",
    "alerte info",
    "dernière minute",
    "derniere minute",
    "urgente",
    "última hora",
    "ultima hora",
    "ultim'ora",
    "ultimora",
    "breaking nieuws",
    "pilne",
    "срочно",
    "молния",
    "терміново",
    "son dakika",
    "flaş",
    "عاجل",
    "خبر عاجل",
    "عاجل جدا",
    "فوری",
    "דחוף",
    "突发",
    "速報",
    "속보",
)

# Feed categories/tags that mark an item as breaking (compared case- and accent-folded).
CATEGORIES: tuple[str, ...] = (
    "breaking",
    "breaking news",
    "breaking-news",
    "breakingnews",
    "eilmeldung",
    "eilmeldungen",
    "eil",
    "urgent",
    "alerte",
    "dernière minute",
    "última hora",
    "ultima hora",
    "срочно",
    "son dakika",
    "عاجل",
    "أخبار عاجلة",
    "اخبار عاجلة",
    "فوری",
    "突发",
    "速報",
    "속보",
)

_SEPARATOR = r"(?:\s*(?::|：|\||\+\+\+|\]|\)|】)|\s+[-–—]\s)"
_TICKER = re.compile(r"^\s*\+\+\+\s*\S.*?\+\+\+")


def fold(text: str) -> str:
    """Case- and accent-insensitive comparison form (keeps non-Latin letters intact)."""
    if text.isascii():  # nothing to decompose: the common case, ten times faster
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True, slots=True)
class BreakingRules:
    """Compiled rules; build once with `BreakingRules.build` and reuse."""

    title_pattern: re.Pattern[str]
    extra_patterns: tuple[re.Pattern[str], ...]
    categories: frozenset[str]
    reach: int = 64
    """How many characters of a title the marker pattern can span (its longest marker,
    the punctuation before it and a separator): `without_marker` folds only those."""

    @classmethod
    def build(
        cls,
        markers: Iterable[str] = (),
        patterns: Iterable[str] = (),
        categories: Iterable[str] = (),
    ) -> BreakingRules:
        """Compile the shipped lists plus extra markers, regexes and categories from config."""
        all_markers = sorted({fold(m) for m in (*TITLE_MARKERS, *markers) if m.strip()}, key=len)
        alternatives = "|".join(re.escape(m) for m in reversed(all_markers))
        title_pattern = re.compile(rf"^\W{{0,3}}(?:{alternatives}){_SEPARATOR}")
        extra = tuple(re.compile(p, re.IGNORECASE) for p in patterns)
        cats = frozenset(fold(c).strip() for c in (*CATEGORIES, *categories) if c.strip())
        reach = 3 + max((len(m) for m in all_markers), default=0) + 12
        return cls(title_pattern, extra, cats, reach)

    def classify(
        self, title: str, categories: Iterable[str] = (), feed_always: bool = False
    ) -> str | None:
        """The reason `title` is breaking news, or None when it is not."""
        if feed_always:
            return "feed: every item is breaking"
        for category in categories:
            if fold(category).strip() in self.categories:
                return f"category: {category.strip()}"
        folded = fold(title.strip())
        match = self.title_pattern.match(folded)
        if match:
            return f"title marker: {title.strip()[: _marker_length(title, match.end())].strip()}"
        if _TICKER.match(title):
            return "title marker: +++ … +++"
        for pattern in self.extra_patterns:
            if pattern.search(title):
                return f"pattern: {pattern.pattern}"
        return None


def without_marker(title: str, rules: BreakingRules | None = None) -> str:
    """The title without a leading breaking-news marker ("BREAKING: Dam breaks" -> "Dam
    breaks"): what it says about the event (story clustering compares that)."""
    rules = rules or _default_rules()
    match = rules.title_pattern.match(fold(title.strip()[: rules.reach]))
    if match is None:
        return title
    return title.strip()[_marker_length(title, match.end()) :].strip()


@lru_cache(maxsize=1)
def _default_rules() -> BreakingRules:
    return BreakingRules.build()


def _marker_length(title: str, folded_end: int) -> int:
    """Map an offset in the folded title back to the original (folding can change length)."""
    stripped = title.strip()
    for end in range(1, len(stripped) + 1):
        if len(fold(stripped[:end])) >= folded_end:
            return end
    return len(stripped)


def page_label_reason(label: str | None) -> str | None:
    """The reason an article is breaking news when its own page labels it so, else None."""
    label = " ".join((label or "").split())
    return f"page label: {label}" if label else None
