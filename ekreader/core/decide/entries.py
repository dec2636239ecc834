"""The pure "decide" step: for each parsed entry, is it breaking, what are its sections,
does its web page need downloading."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ekreader.core.decide.breaking import BreakingRules
from ekreader.models import EntryDecision, ParsedFeed


@dataclass(frozen=True, slots=True)
class RulesSpec:
    """The rules that apply to one feed, from the config (small and picklable: a parse
    worker gets it with the body; see core/ingest.py rules_for)."""

    markers: tuple[str, ...]
    patterns: tuple[str, ...]
    categories: tuple[str, ...]
    full_text: str
    min_chars: int
    always_breaking: bool


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
