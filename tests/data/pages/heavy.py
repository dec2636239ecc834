"""Heavy and hostile article pages, generated: the same bytes on every run, never committed.

Each shape is a page a real site could serve (or an attacker could), at a size under
`[fetch] max_page_bytes` (5 000 000 bytes), that costs the extractor far more CPU or
memory than a normal article. `NORMAL` is an ordinary article page beside them, whose
full text must still be stored when it shares a feed with the heavy ones.

    python tests/data/pages/heavy.py DIR      # writes DIR/<name>.html for every page

Used by tests/core/test_workers.py (the budgets), bench/heavy_pages.py (today's cost of
each page) and bench/run.py (a feed of all ten). Text is our own invented words.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from html import escape
from pathlib import Path

LIMIT = 4_950_000
"""Every page stays under ekreader's default max_page_bytes (5 000 000)."""

WORDS = str.split("""
council minister harbour railway bridge court ruling inquiry report committee agreement
strike union market index currency bank rate inflation export factory port storm flood
harvest forest river coast border talks summit mayor governor hospital school study
festival museum orchestra season league match record transfer satellite rocket network
software update platform fund pension reform vote coalition party police trial verdict
the the the a a of of in in on to to for with after before amid over under about as and
approves rejects delays announces confirms warns plans signs cuts raises opens extends
new old local national early late major rare heavy sudden slow rapid final joint key
Bürgermeister Straße Gemeinderat Haushalt société député réforme grève théâtre musée
""")

NORMAL_MARK = "The harbour committee published its long-awaited report on Tuesday"
"""The first words of NORMAL's article text (tests look for them in the stored page)."""


def _sentence(rng: random.Random, low: int = 8, high: int = 20) -> str:
    words = rng.choices(WORDS, k=rng.randint(low, high))
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def _page(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(title)} | Heavy Pages Daily</title></head><body>"
        '<header><nav><a href="/">Home</a> <a href="/world/">World</a></nav></header>'
        f"<main><article><h1>{escape(title)}</h1>"
        '<p class="byline">By Ilse Varga</p>'
        f"{body}</article></main><footer><p>© Heavy Pages Daily</p></footer></body></html>\n"
    )


def _fill(rng: random.Random, head: str, piece: Callable[[int], str], tail: str) -> str:
    """head + as many pieces as fit under LIMIT (with room for the page around) + tail."""
    parts = [head]
    size = len(head) + len(tail) + 600
    n = 0
    while True:
        text = piece(n)
        size += len(text.encode())
        if size > LIMIT:
            break
        parts.append(text)
        n += 1
    parts.append(tail)
    return "".join(parts)


def long_table() -> str:
    """One table of ~25 000 rows x 6 cells (a results table, a data dump)."""
    rng = random.Random("long-table")
    head = "<p>" + _sentence(rng) + "</p><table><thead><tr>" + "<th>Col</th>" * 6 + "</tr></thead>"
    return _page(
        "Every result of the regional count",
        _fill(
            rng,
            head + "<tbody>",
            lambda n: (
                "<tr>"
                + "".join(f"<td>{rng.choice(WORDS)} {n}.{c}</td>" for c in range(6))
                + "</tr>"
            ),
            "</tbody></table>",
        ),
    )


def many_paragraphs() -> str:
    """~45 000 short paragraphs (a live blog that never ends)."""
    rng = random.Random("many-paragraphs")
    return _page(
        "The live blog of the whole year",
        _fill(rng, "", lambda n: f"<p>{_sentence(rng, 6, 12)}</p>", ""),
    )


def deep_nesting() -> str:
    """Thousands of sibling subtrees, each nested 250 elements deep (libxml2 keeps
    nothing deeper than 255), each with a paragraph at the bottom."""
    rng = random.Random("deep-nesting")
    depth = 250

    def piece(n: int) -> str:
        return "<div>" * depth + f"<p>{_sentence(rng)}</p>" + "</div>" * depth

    return _page("A page nested as deep as it goes", _fill(rng, "", piece, ""))


def one_paragraph() -> str:
    """A single paragraph of ~5 MB (no markup at all inside it)."""
    rng = random.Random("one-paragraph")
    return _page(
        "The longest paragraph ever written",
        _fill(rng, "<p>", lambda n: _sentence(rng, 10, 30) + " ", "</p>"),
    )


def many_links() -> str:
    """Paragraphs made of links only (~60 000 anchors: a link farm, a sitemap)."""
    rng = random.Random("many-links")

    def piece(n: int) -> str:
        links = " ".join(
            f'<a href="https://example.org/{n}/{k}">{rng.choice(WORDS)} {k}</a>' for k in range(8)
        )
        return f"<p>{links}</p>"

    return _page("Every link we ever published", _fill(rng, "", piece, ""))


def long_list() -> str:
    """One list of ~70 000 items."""
    rng = random.Random("long-list")
    return _page(
        "The complete list of names",
        _fill(rng, "<ul>", lambda n: f"<li>{_sentence(rng, 4, 9)}</li>", "</ul>"),
    )


def many_headings() -> str:
    """~20 000 sections, each a heading and one short paragraph."""
    rng = random.Random("many-headings")
    return _page(
        "A section for every street",
        _fill(
            rng,
            "",
            lambda n: f"<h2>{_sentence(rng, 3, 6)[:-1]}</h2><p>{_sentence(rng, 8, 16)}</p>",
            "",
        ),
    )


def inline_soup() -> str:
    """Every word in its own inline elements (<span><b><i>), in long paragraphs."""
    rng = random.Random("inline-soup")

    def piece(n: int) -> str:
        words = " ".join(
            f'<span class="w{k}"><b><i>{rng.choice(WORDS)}</i></b></span>' for k in range(40)
        )
        return f"<p>{words}.</p>"

    return _page("Words wrapped one by one", _fill(rng, "", piece, ""))


def many_tables() -> str:
    """~40 000 small tables of one row (a layout made of tables, a page of fact boxes)."""
    rng = random.Random("many-tables")

    def piece(n: int) -> str:
        return f"<table><tr><td>{_sentence(rng, 3, 6)}</td><td>{n}</td></tr></table>"

    return _page("One table per line", _fill(rng, "", piece, ""))


def teaser_index() -> str:
    """A section front of ~15 000 teasers (heading, summary, link), the index-page path."""
    rng = random.Random("teaser-index")

    def piece(n: int) -> str:
        title = _sentence(rng, 4, 8)[:-1]
        return (
            f'<div class="teaser"><h3><a href="https://example.org/story/{n}">'
            f"{escape(title)}</a></h3><p>{_sentence(rng, 10, 18)}</p>"
            f'<p class="byline">By Jo Amari</p></div>'
        )

    return _page("All the news of the region", _fill(rng, "", piece, ""))


def normal() -> str:
    """An ordinary article of about 6 000 characters in four sections, with boilerplate."""
    rng = random.Random("normal")
    body = [f"<p>{NORMAL_MARK}, saying the quay walls must be rebuilt before winter.</p>"]
    for heading in ("What the report found", "What happens next", "Reactions in the port"):
        body.append(f"<h2>{heading}</h2>")
        body.extend(f"<p>{' '.join(_sentence(rng) for _ in range(4))}</p>" for _ in range(4))
    aside = "".join(f'<li><a href="/story/{k}">{_sentence(rng, 4, 7)}</a></li>' for k in range(12))
    return _page(
        "Harbour walls to be rebuilt before winter",
        "".join(body) + f"<aside><h3>Related</h3><ul>{aside}</ul></aside>",
    )


HEAVY: dict[str, Callable[[], str]] = {
    "long-table": long_table,
    "many-paragraphs": many_paragraphs,
    "deep-nesting": deep_nesting,
    "one-paragraph": one_paragraph,
    "many-links": many_links,
    "long-list": long_list,
    "many-headings": many_headings,
    "inline-soup": inline_soup,
    "many-tables": many_tables,
    "teaser-index": teaser_index,
}
"""The ten heavy pages, by name."""

NORMAL = "normal"
PAGES: dict[str, Callable[[], str]] = {**HEAVY, NORMAL: normal}


def page_bytes(name: str) -> bytes:
    """One page's bytes (UTF-8), generated."""
    return PAGES[name]().encode("utf-8")


def write_pages(directory: Path, names: list[str] | None = None) -> dict[str, Path]:
    """Write the pages (all by default) into `directory`; returns name -> path."""
    directory.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    for name in names or list(PAGES):
        path = directory / f"{name}.html"
        path.write_bytes(page_bytes(name))
        written[name] = path
    return written


if __name__ == "__main__":
    for name, path in write_pages(Path(sys.argv[1])).items():
        print(f"{name:16} {path.stat().st_size:>10,} bytes  {path}")
