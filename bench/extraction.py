"""Article extraction benchmark: ekreader's extractor against trafilatura and readability-lxml."""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from extraction_headings import (  # noqa: E402 -- beside this script
    ALL_HEADINGS,
    head_key,
    heading_like,
    html_headings,
    norm,
    shown_text,
    text_heads,
)
from extraction_report import (  # noqa: E402 -- beside this script
    compare,
    errors_against_snippets,
    errors_against_text,
    print_breakdown,
    print_wrong_headings,
    save,
)

_TOKEN = re.compile(r"\w+")


# -- scoring ----------------------------------------------------------------------------


def tokens(text: str) -> Counter[str]:
    """The one tokenizer used for every extractor: casefolded runs of word characters."""
    return Counter(_TOKEN.findall(text.casefold()))


def token_f1(got: str, expected: str) -> float:
    """Bag-of-words F1 between two texts (1.0 when both are empty)."""
    a, b = tokens(got), tokens(expected)
    total = sum(a.values()) + sum(b.values())
    if not total:
        return 1.0
    return 2 * sum((a & b).values()) / total


def strip_link_numbers(text: str, links: tuple[tuple[int, str], ...]) -> str:
    """Remove the "[n]" marker ekreader puts after a link's text, where that text is known.

    Only "text[n]" with the text of link n is touched, so a page's own "[12]" stays.
    """
    for number, link_text in sorted(links, key=lambda link: -len(link[1])):
        text = text.replace(f"{link_text}[{number}]", link_text)
    return text


# -- extractors ---------------------------------------------------------------------------


@dataclass
class Output:
    """What an extractor produced for one page: text to score, headings it marked."""

    text: str
    headings: list[str]
    raw_text: str | None = None
    """ekreader only: Document.text with link numbers, when it differs from `text`."""
    title: str = ""
    """The title the extractor shows above the text (the page's headline, mostly)."""


def decode(data: bytes) -> str:
    """Bytes to str for the extractors that need str (readability): ekreader's decoder."""
    from ekreader.core.extract.decode import decode_html

    return decode_html(data)


def run_ours(data: bytes, url: str) -> Output:
    """ekreader: extract_article, scored on Document.text without link numbers."""
    from ekreader.core.extract.article import extract_article

    doc = extract_article(data, url)
    raw = doc.text
    return Output(
        strip_link_numbers(raw, tuple((link.number, link.text) for link in doc.links)),
        [s.heading for s in doc.sections if s.heading],
        raw,
        doc.title or "",
    )


def run_trafilatura(data: bytes, url: str) -> Output:
    """Plain trafilatura.extract (text output), with its benchmark's include_comments=False."""
    import trafilatura

    text = trafilatura.extract(data, url=url, include_comments=False, include_tables=True)
    return Output(text or "", [])


def trafilatura_headings(data: bytes, url: str) -> tuple[list[str], str]:
    """Headings trafilatura marks (<head> in its XML output) and its title; untimed."""
    import trafilatura
    from lxml import etree

    xml = trafilatura.extract(
        data,
        url=url,
        include_comments=False,
        include_tables=True,
        output_format="xml",
        with_metadata=True,
    )
    if not xml:
        return [], ""
    root = etree.fromstring(xml.encode("utf-8"))
    return [norm(shown_text(h)) for h in root.iter("head")], root.get("title") or ""


def run_readability(data: bytes, url: str) -> Output:
    """readability-lxml Document.summary(), reduced to text with ekreader's html_to_text."""
    from readability import Document

    from ekreader.core.text.htmltext import html_to_text

    doc = Document(decode(data), url=url)
    html = doc.summary(html_partial=True)
    return Output(html_to_text(html), html_headings(html, ALL_HEADINGS), title=doc.title())


EXTRACTORS: dict[str, Callable[[bytes, str], Output]] = {
    "ekreader": run_ours,
    "trafilatura": run_trafilatura,
    "readability-lxml": run_readability,
}


# -- corpora ------------------------------------------------------------------------------


@dataclass
class Page:
    """One page of a corpus with what it should give."""

    name: str
    url: str
    data: bytes
    expected_text: str | None = None
    expected_headings: list[str] = field(default_factory=list)
    with_: list[str] = field(default_factory=list)
    without: list[str] = field(default_factory=list)
    synthetic: bool = False
    expected_lines: set[str] = field(default_factory=set)
    """Keys of what may be a heading in the expected output: its h1-h6, its short blocks."""
    text_heads: set[str] = field(default_factory=set)
    """Keys of the source's headings over expected text that expected.html dropped."""


def readability_pages(limit: int | None) -> Iterator[Page]:
    """mozilla/readability test pages: source.html, expected.html (Readability.js output)."""
    from ekreader.core.text.htmltext import html_to_text

    root = CORPUS / "readability"
    names = sorted(p.name for p in root.iterdir() if (p / "source.html").is_file())
    for name in names[:limit]:
        data = (root / name / "source.html").read_bytes()
        expected = (root / name / "expected.html").read_text("utf-8", errors="replace")
        meta_path = root / name / "expected-metadata.json"
        meta = json.loads(meta_path.read_text("utf-8")) if meta_path.is_file() else {}
        title = head_key(meta.get("title") or "")
        expected_text = html_to_text(expected)
        lines = heading_like(expected)
        yield Page(
            name=name,
            url=f"http://fakehost/test/{name}/",
            data=data,
            expected_text=expected_text,
            expected_lines=lines,
            text_heads=text_heads(decode(data), expected_text, title) - lines,
            # the headline is the document's title, not a section heading
            expected_headings=[h for h in html_headings(expected) if head_key(h) != title],
            synthetic=len(data) < 20 * 1024,
        )


def trafilatura_pages(limit: int | None) -> Iterator[Page]:
    """trafilatura's evaluation set: snippets that must and must not be extracted."""
    root = CORPUS / "trafilatura-eval"
    items = json.loads((root / "evaldata.json").read_text("utf-8"))
    for n, (url, item) in enumerate(items.items()):
        if limit is not None and n >= limit:
            break
        for folder in ("eval", "cache"):
            path = root / folder / (item["file"] + ".gz")
            if path.is_file():
                data = gzip.decompress(path.read_bytes())
                break
        else:
            continue
        yield Page(item["file"], url, data, with_=item["with"], without=item["without"])


# -- running ------------------------------------------------------------------------------


@dataclass
class Tally:
    """Accumulated results of one extractor on one corpus."""

    f1: list[float] = field(default_factory=list)
    f1_raw: list[float] = field(default_factory=list)
    f1_real: list[float] = field(default_factory=list)
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    heads_expected: int = 0
    heads_found: int = 0
    heads_shown: int = 0
    """Headings the extractor showed (readability corpus), for heading precision."""
    heads_right: int = 0
    """Of them, those that are headings or short lines of the expected output, or headings
    of the source over its text (`text_heads`)."""
    heads_dropped: int = 0
    """Of the right ones, those expected.html dropped (`text_heads`)."""
    wrong_heads: dict[str, list[str]] = field(default_factory=dict)
    """Per page: the headings shown that are not the article's."""
    seconds: float = 0.0
    pages: int = 0
    errors: int = 0
    per_page: dict[str, float] = field(default_factory=dict)
    recall: dict[str, float] = field(default_factory=dict)
    """Per page: the share of the expected text (tokens, or snippets) extracted."""
    texts: dict[str, str] = field(default_factory=dict)
    """Per page: the text extracted (kept for ekreader's report of its worst pages)."""

    def snippet_scores(self) -> tuple[float, float, float]:
        """Precision, recall and F1 over all snippets (trafilatura's evaluation)."""
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        denom = 2 * self.tp + self.fp + self.fn
        return precision, recall, 2 * self.tp / denom if denom else 0.0


def score_page(page: Page, out: Output, tally: Tally, headings: list[str], title: str) -> None:
    """Add one page's figures to the tally. An expected heading shown as the `title` (the
    page's headline, where the corpus's metadata names the page otherwise) is found."""
    if page.expected_text is not None:
        f1 = token_f1(out.text, page.expected_text)
        tally.f1.append(f1)
        tally.f1_raw.append(
            token_f1(out.raw_text, page.expected_text) if out.raw_text is not None else f1
        )
        if not page.synthetic:
            tally.f1_real.append(f1)
        tally.per_page[page.name] = f1
        want = tokens(page.expected_text)
        tally.recall[page.name] = sum((tokens(out.text) & want).values()) / max(
            1, sum(want.values())
        )
        expected = {head_key(h) for h in page.expected_headings} - {""}
        got = {head_key(h) for h in headings} | {head_key(title)}
        shown = [head_key(h) for h in headings]
        tally.heads_shown += len(shown)
        right = [key in page.expected_lines or key in page.text_heads for key in shown]
        tally.heads_right += sum(right)
        tally.heads_dropped += sum(1 for key in shown if key in page.text_heads)
        wrong = [h for h, ok in zip(headings, right, strict=True) if not ok]
        if wrong:
            tally.wrong_heads[page.name] = wrong
    else:
        text = norm(out.text)
        tp = sum(1 for s in page.with_ if norm(s) in text)
        fp = sum(1 for s in page.without if norm(s) in text)
        tally.tp += tp
        tally.fp += fp
        tally.fn += len(page.with_) - tp
        tally.tn += len(page.without) - fp
        tally.per_page[page.name] = (tp + len(page.without) - fp) / (
            len(page.with_) + len(page.without)
        )
        tally.recall[page.name] = tp / len(page.with_) if page.with_ else 1.0
        # No expected headings here: count the page's h1-h4 whose text the extractor kept,
        # and how many of those it kept *as headings*.
        text_key = head_key(out.text)
        got = {head_key(h) for h in headings}
        expected = {k for k in (head_key(h) for h in page.expected_headings) if k and k in text_key}
    tally.heads_expected += len(expected)
    tally.heads_found += len(expected & got)


@dataclass
class Options:
    """What to report beside the table."""

    worst: int = 0
    """List ekreader's N worst pages, with the classes of their errors."""
    save: Path | None = None
    """Save ekreader's per-page recall here."""
    compare: Path | None = None
    """List the pages whose recall dropped against a run saved here."""


def run(corpus: str, names: list[str], limit: int | None, options: Options) -> None:
    """Run the extractors over one corpus and print the table."""
    if corpus == "readability":
        pages = list(readability_pages(limit))
    else:
        pages = list(trafilatura_pages(limit))
        for page in pages:
            page.expected_headings = html_headings(decode(page.data))
    tallies = {name: Tally() for name in names}
    for name in names:  # warm up imports outside the timing
        EXTRACTORS[name](b"<html><body><p>warm up</p></body></html>", "http://localhost/")
    for page in pages:
        for name in names:
            tally = tallies[name]
            start = time.process_time()
            try:
                out = EXTRACTORS[name](page.data, page.url)
            except Exception as exc:  # noqa: BLE001 -- count it and go on
                tally.seconds += time.process_time() - start
                tally.errors += 1
                print(f"  {name} failed on {page.name}: {type(exc).__name__}: {exc}")
                out = Output("", [])
            else:
                tally.seconds += time.process_time() - start
            tally.pages += 1
            if name == "ekreader":
                tally.texts[page.name] = out.text
            headings, title = out.headings, out.title
            if name == "trafilatura":
                headings, title = trafilatura_headings(page.data, page.url)
            score_page(page, out, tally, headings, title)
    print(f"\n== {corpus}: {len(pages)} pages ==")
    if corpus == "readability":
        print(
            f"{'extractor':<18}{'F1 mean':>9}{'median':>9}{'real':>8}{'raw':>8}"
            f"{'head R':>8}{'head P':>8}{'pages/s':>9}{'errors':>8}"
        )
    else:
        print(
            f"{'extractor':<18}{'prec':>8}{'recall':>8}{'F1':>8}{'acc/page':>10}"
            f"{'head kept':>10}{'pages/s':>9}{'errors':>8}"
        )
    for name, t in tallies.items():
        heads = t.heads_found / t.heads_expected if t.heads_expected else float("nan")
        speed = t.pages / t.seconds if t.seconds else float("nan")
        if corpus == "readability":
            precision = t.heads_right / t.heads_shown if t.heads_shown else float("nan")
            print(
                f"{name:<18}{statistics.fmean(t.f1):>9.3f}{statistics.median(t.f1):>9.3f}"
                f"{statistics.fmean(t.f1_real or [0.0]):>8.3f}{statistics.fmean(t.f1_raw):>8.3f}"
                f"{heads:>8.3f}{precision:>8.3f}{speed:>9.1f}{t.errors:>8}"
            )
        else:
            p, r, f = t.snippet_scores()
            acc = statistics.fmean(t.per_page.values())
            print(
                f"{name:<18}{p:>8.3f}{r:>8.3f}{f:>8.3f}{acc:>10.3f}{heads:>10.3f}"
                f"{speed:>9.1f}{t.errors:>8}"
            )
    if corpus == "readability":
        print(
            "F1: token F1 of the text against expected.html (same tokenizer for all); "
            "real: the 91 site captures only; raw: ekreader's text with its [n] link numbers. "
            "head R: expected h1-h4 (but the metadata's title) found as headings or as the "
            "title shown; head P: headings "
            "shown that are an h1-h6 or a line (<= 120 characters) of expected.html, or a "
            "heading of the source over expected text that expected.html dropped. "
            "pages/s: CPU time of this one process, extraction only."
        )
        print(
            "head P counting only expected.html's own headings and lines (the measure before "
            "the dropped headings counted): "
            + ", ".join(
                f"{name} {(t.heads_right - t.heads_dropped) / t.heads_shown:.3f}"
                for name, t in tallies.items()
                if t.heads_shown
            )
        )
    else:
        print(
            "prec/recall/F1 over all with/without snippets (whitespace-normalized substring); "
            "acc/page: mean per-page share of snippets right; head kept: the page's h1-h4 whose "
            "text the extractor kept, marked as headings. pages/s: CPU time, extraction only."
        )
    if "ekreader" in tallies:
        report(corpus, pages, tallies, options)


def report(corpus: str, pages: list[Page], tallies: dict[str, Tally], options: Options) -> None:
    """ekreader's worst pages with the classes of their errors; its recall saved, compared."""
    ours = tallies["ekreader"]
    if options.worst:
        print("worst pages for ekreader:")
        by_name = {page.name: page for page in pages}
        worst = sorted(ours.per_page, key=ours.per_page.__getitem__)[: options.worst]
        for page_name in worst:
            others = "  ".join(
                f"{n}={t.per_page.get(page_name, float('nan')):.3f}"
                for n, t in tallies.items()
                if n != "ekreader"
            )
            print(f"  {ours.per_page[page_name]:.3f}  {page_name}  {others}")
        errors = []
        for page_name in worst:
            page, got, score = by_name[page_name], ours.texts[page_name], ours.per_page[page_name]
            if page.expected_text is not None:
                errors.append(errors_against_text(page_name, score, got, page.expected_text))
            else:
                errors.append(
                    errors_against_snippets(page_name, score, got, page.with_, page.without)
                )
        print_breakdown(errors)
        if ours.wrong_heads:
            print_wrong_headings(ours.wrong_heads, options.worst)
    if options.compare is not None:
        compare(options.compare, corpus, ours.recall)
    if options.save is not None:
        save(options.save, corpus, ours.recall)


def main(argv: list[str] | None = None) -> int:
    """Command line entry."""
    parser = argparse.ArgumentParser(
        description=__doc__,
        epilog="The corpus is read from <repo>/../shared/corpus, never copied into the repo; "
        "without it the benchmark prints a message and exits 0.",
    )
    parser.add_argument(
        "--corpus", choices=["readability", "trafilatura-eval", "all"], default="all"
    )
    parser.add_argument("--limit", type=int, default=None, help="pages per corpus")
    parser.add_argument(
        "--extractors",
        default=",".join(EXTRACTORS),
        help="comma-separated subset of " + ",".join(EXTRACTORS),
    )
    parser.add_argument(
        "--worst",
        type=int,
        default=0,
        help="list ekreader's N worst pages, with the classes of their errors",
    )
    parser.add_argument(
        "--save", type=Path, metavar="JSON", help="save ekreader's per-page recall to JSON"
    )
    parser.add_argument(
        "--compare",
        type=Path,
        metavar="JSON",
        help="list the pages whose recall dropped against a run saved with --save",
    )
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}: skipping the extraction benchmark")
        return 0
    names = [n for n in args.extractors.split(",") if n]
    unknown = [n for n in names if n not in EXTRACTORS]
    if unknown:
        parser.error(f"unknown extractors: {', '.join(unknown)}")
    corpora = ["readability", "trafilatura-eval"] if args.corpus == "all" else [args.corpus]
    for corpus in corpora:
        if not (CORPUS / corpus).is_dir():
            print(f"no {corpus} corpus at {CORPUS / corpus}: skipped")
            continue
        run(corpus, names, args.limit, Options(args.worst, args.save, args.compare))
    return 0


if __name__ == "__main__":
    sys.exit(main())
