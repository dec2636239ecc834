"""Diagnostics for bench/extraction.py: the classes of what the worst pages got wrong, and
per-page recall saved and compared between two runs (pages a change made lose text)."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

_TOKEN = re.compile(r"\w+")
_LINK_NUMBER = re.compile(r"\[\d+\]")

# Cue words by class, in the languages of the corpora and of the default feeds. Only for
# sorting a page's errors into classes: no extraction rule depends on them.
_CLASSES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "comments",
        re.compile(
            r"\b(?:repl(?:y|ies)|antwort(?:en)?|répondre|responder|rispondi|yanıtla|comments?|"
            r"kommentar(?:e|en)?|commentaires?|comentarios?|comentários|commenti|yorum(?:lar)?|"
            r"تعليق|تعليقات)\b",
            re.I,
        ),
    ),
    (
        "newsletter/promo",
        re.compile(
            r"newsletter|subscri|abonn|sign up|sign-up|anmelden|inscri|iscriviti|suscr|"
            r"assine|abone|اشترك|podcast|download (?:the|our) app|app herunterladen",
            re.I,
        ),
    ),
    (
        "author bio",
        re.compile(
            r"\b(?:is an?|ist|est|es|é|è|bir)\b.{0,40}\b(?:reporter|journalist\w*|editor|writer|"
            r"correspondent|redakteur\w*|autor\w*|journaliste|rédact\w+|periodista|jornalista|"
            r"giornalista|muhabir\w*|yazar\w*|صحفي\w*|author)\b",
            re.I,
        ),
    ),
    (
        "caption/credit",
        re.compile(
            r"^(?:photo|foto|image|bild|picture|credit|crédit|©|\(c\))|getty|reuters/", re.I
        ),
    ),
)


def tokens(text: str) -> Counter[str]:
    """Casefolded runs of word characters (the benchmark's one tokenizer)."""
    return Counter(_TOKEN.findall(text.casefold()))


def blocks(text: str) -> list[str]:
    """The paragraphs of an extractor's text (blank-line separated), without empty ones."""
    return [b.strip() for b in text.split("\n\n") if b.strip()]


def share_in(block: str, bag: Counter[str]) -> float:
    """How much of a block's words are in a bag of words (1.0 for a block without words)."""
    words = tokens(block)
    total = sum(words.values())
    return sum((words & bag).values()) / total if total else 1.0


def classify_extra(block: str) -> str:
    """The class of a block an extractor kept that the page's article does not have."""
    words = len(_TOKEN.findall(block))
    if words and len(_LINK_NUMBER.findall(block)) * 6 >= words:
        return "links/teasers"
    for name, pattern in _CLASSES:
        if pattern.search(block):
            return name
    if words <= 12:
        return "short line"
    return "other text"


@dataclass
class PageErrors:
    """What one page got wrong, in blocks and their classes."""

    name: str
    score: float
    extra: list[tuple[str, str]] = field(default_factory=list)
    """(class, block) kept though not the article's."""
    missing: list[tuple[str, str]] = field(default_factory=list)
    """(class, block) of the article that was lost."""


def errors_against_text(name: str, score: float, got: str, expected: str) -> PageErrors:
    """A page's errors against its expected text: blocks mostly absent from the other side."""
    errors = PageErrors(name, score)
    got_bag, expected_bag = tokens(got), tokens(expected)
    for block in blocks(got):
        if share_in(block, expected_bag) < 0.5:
            errors.extra.append((classify_extra(block), block))
    expected_blocks = blocks(expected)
    found = [share_in(b, got_bag) >= 0.5 for b in expected_blocks]
    last = max((n for n, ok in enumerate(found) if ok), default=-1)
    first = min((n for n, ok in enumerate(found) if ok), default=len(found))
    for n, block in enumerate(expected_blocks):
        if not found[n]:
            where = (
                "lost after the last kept block"
                if n > last
                else ("lost before the first kept block" if n < first else "lost in the middle")
            )
            errors.missing.append((where, block))
    return errors


def errors_against_snippets(
    name: str, score: float, got: str, with_: list[str], without: list[str]
) -> PageErrors:
    """A page's errors against snippets that must (not) be extracted."""
    errors = PageErrors(name, score)
    text = " ".join(got.split())
    found = [" ".join(s.split()) in text for s in with_]
    last = max((n for n, ok in enumerate(found) if ok), default=-1)
    for n, snippet in enumerate(with_):
        if not found[n]:
            where = "lost after the last kept block" if n > last else "lost before or between"
            errors.missing.append((where, snippet))
    for snippet in without:
        if " ".join(snippet.split()) in text:
            errors.extra.append((classify_extra(snippet), snippet))
    return errors


def print_breakdown(pages: Iterable[PageErrors]) -> None:
    """Print the classes of the worst pages' errors: totals, then one line a page."""
    pages = list(pages)
    extra: Counter[str] = Counter()
    missing: Counter[str] = Counter()
    extra_pages: dict[str, set[str]] = defaultdict(set)
    missing_pages: dict[str, set[str]] = defaultdict(set)
    for page in pages:
        for cls, block in page.extra:
            extra[cls] += len(_TOKEN.findall(block))
            extra_pages[cls].add(page.name)
        for cls, block in page.missing:
            missing[cls] += len(_TOKEN.findall(block))
            missing_pages[cls].add(page.name)
    print(f"classes of the errors on these {len(pages)} pages (words, pages):")
    for title, counts, where in (("kept, not the article's", extra, extra_pages),
                                 ("the article's, lost", missing, missing_pages)):  # fmt: skip
        parts = [f"{cls} {n} ({len(where[cls])})" for cls, n in counts.most_common()]
        print(f"  {title}: " + ("; ".join(parts) if parts else "none"))
    for page in pages:
        classes = Counter(cls for cls, _ in page.extra) + Counter(cls for cls, _ in page.missing)
        top = ", ".join(f"{cls} ×{n}" for cls, n in classes.most_common(3)) or "headings only"
        sample = next((block for _cls, block in page.extra or page.missing), "")
        print(f"  {page.score:.3f}  {page.name}: {top}  | {' '.join(sample.split())[:70]}")


def print_wrong_headings(wrong: dict[str, list[str]], limit: int) -> None:
    """Print the pages with the most headings shown that are not the article's (what heading
    precision counts against), with a few of them."""
    total = sum(len(heads) for heads in wrong.values())
    print(f"headings shown that are not the article's: {total} on {len(wrong)} pages")
    for name in sorted(wrong, key=lambda n: (-len(wrong[n]), n))[:limit]:
        sample = " | ".join(" ".join(h.split())[:40] for h in wrong[name][:3])
        print(f"  {len(wrong[name]):>3}  {name}: {sample}")


def save(path: Path, corpus: str, recall: dict[str, float]) -> None:
    """Add one corpus's per-page recall to a JSON file (kept for a later --compare)."""
    data = json.loads(path.read_text("utf-8")) if path.is_file() else {}
    data[corpus] = recall
    path.write_text(json.dumps(data, indent=0, sort_keys=True), "utf-8")


def compare(path: Path, corpus: str, recall: dict[str, float], limit: float = 0.2) -> None:
    """Print the pages whose recall dropped against a saved run; flag losses past `limit`."""
    if not path.is_file():
        print(f"no saved run at {path}: nothing to compare")
        return
    before = json.loads(path.read_text("utf-8")).get(corpus, {})
    drops = sorted(
        ((before[name] - now, name, before[name], now) for name, now in recall.items()
         if name in before and before[name] - now > 0.005),
        reverse=True,
    )  # fmt: skip
    worst = sum(1 for drop, *_ in drops if drop > limit)
    print(
        f"pages whose recall dropped against {path.name} ({corpus}): {len(drops)}, "
        f"{worst} by more than {limit:.0%} of their expected text"
    )
    for drop, name, old, now in drops:
        flag = "  << more than the limit" if drop > limit else ""
        print(f"  {old:.3f} -> {now:.3f}  {name}{flag}")
