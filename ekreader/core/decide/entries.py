"""The pure "decide" step: for each parsed entry, is it breaking, what are its sections,
does its web page need downloading."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ekreader.config import Config
from ekreader.core.decide.breaking import BreakingRules
from ekreader.models import EntryDecision, ParsedFeed


@dataclass(frozen=True, slots=True)
class RulesSpec:
    """What a parse worker needs from the config (small and picklable)."""

    markers: tuple[str, ...]
    patterns: tuple[str, ...]
    categories: tuple[str, ...]
    full_text: str
    min_chars: int
    always_breaking: bool

    @classmethod
    def for_feed(cls, config: Config, url: str, former_urls: Sequence[str] = ()) -> RulesSpec:
        """The rules that apply to one feed (its [feeds."URL"] table may be written for
        one of the addresses it had before a permanent redirect: see Config.feed)."""
        b = config.breaking
        settings = config.feed(url, former_urls)
        return cls(
            b.markers,
            b.patterns,
            b.categories,
            settings.full_text or config.fetch.full_text,
            config.fetch.full_text_min_chars,
            settings.breaking,
        )


@lru_cache(maxsize=8)
def _rules(
    markers: tuple[str, ...], patterns: tuple[str, ...], cats: tuple[str, ...]
) -> BreakingRules:
    return BreakingRules.build(markers, patterns, cats)


def decide(parsed: ParsedFeed, spec: RulesSpec) -> tuple[EntryDecision, ...]:
    """The pure "decide" step: breaking flag and reason, sections from the feed's own
    content, and whether the article's page is worth downloading."""
    from ekreader.core.text.htmltext import html_to_document

    rules = _rules(spec.markers, spec.patterns, spec.categories)
    decisions: list[EntryDecision] = []
    for entry in parsed.entries:
        reason = rules.classify(entry.title, entry.categories, spec.always_breaking)
        document = html_to_document(entry.content, entry.link) if entry.content else None
        if document is not None and not document.sections:
            document = None
        if spec.full_text == "always":
            wants_page = True
        elif spec.full_text == "never":
            wants_page = False
        else:
            length = len(document.text) if document else len(entry.summary)
            wants_page = length < spec.min_chars
        decisions.append(EntryDecision(entry, reason, document, wants_page))
    return tuple(decisions)
