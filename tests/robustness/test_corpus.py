"""Every feed of ../shared/corpus/feeds through the real path: served on 127.0.0.1 with the
HTTP headers its leading comment names -> `ekreader import` / `add` -> `ekreader fetch`
-> `feeds --json`, `headlines --json`, `read ID --json`.

No traceback, valid JSON, no control characters anywhere; where a feedparser test's
`Expect:` names a title or a description, ekreader shows those characters (HTML reduced
to text, as ekreader does for titles and summaries). Each group of files is fetched by
one `ekreader fetch` run.
"""

from __future__ import annotations

import ast
import codecs
import html
import json
import re
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from ekreader.core.parse.feed import choose_encoding
from tests.helpers import run_in_process
from tests.robustness.conftest import CORPUS, FORBIDDEN, ROBUST_FETCH, Home, find_forbidden
from tests.server import FeedServer

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus/feeds is absent"),
]

GROUPS = {
    "feedparser-encoding": ("feedparser/encoding",),
    "feedparser-illformed": ("feedparser/illformed", "feedparser/json"),
    "feedparser-wellformed": ("feedparser/wellformed",),
    "real-feeds": ("miniflux", "newsboat", "reader", "trafilatura"),
}

# Expectations of feedparser's own tests that contradict a deliberate ekreader policy.
# Each is checked the other way round: ekreader must show what the policy gives.
POLICY: dict[tuple[str, str], tuple[str | None, str]] = {
    # (file, what): (what ekreader shows instead, or None for "no article"; why)
    ("feedparser/encoding/bozo_linenoise.xml", "summary"): (
        "\xe2\u20ac\u2122<>\xe2\u20ac\ufffd\xa9",
        "bytes that are not UTF-8 as declared, and no good reading at all: ekreader takes "
        "chardet's guess (windows-1252, U+FFFD for the byte it lacks), feedparser falls "
        "through to iso-8859-2. And '<>' is no tag: ekreader reduces HTML to the text a "
        "browser shows, feedparser's sanitizer drops it",
    ),
    ("feedparser/encoding/euc-kr-attribute.xml", "summary"): (
        None,
        "an item with no title, link, guid or text (its description is only an <img>) "
        "holds nothing to show or identify it and is dropped (parse._is_empty, the rule "
        "that keeps the remains of a truncated feed out)",
    ),
    ("feedparser/wellformed/rss/item_description_not_a_doctype.xml", "summary"): (
        None,
        'as HTML, "<!\' <a href=...>" is a bogus comment (HTML5 tokenizer), so the item '
        "has no text at all and nothing else to show: dropped, as above",
    ),
    ("feedparser/wellformed/rss/item_description_not_a_doctype2.xml", "summary"): (
        None,
        "as HTML, '<!DOCTYPE' is a doctype token with no text: nothing to show, dropped",
    ),
    ("feedparser/wellformed/sanitize/xml_declaration_unexpected_character.xml", "feed title"): (
        None,
        "a type='html' title '<!DOCTYPE ~' is a doctype token as HTML: no text, no title",
    ),
    ("feedparser/wellformed/sanitize/xml_malicious_comment.xml", "feed title"): (
        "sa",
        "HTML5 comments end only at '-->': everything after 'sa<!--' is the comment "
        "(feedparser's SGML reading ends it at ' -- >' and shows 'safe')",
    ),
    ("feedparser/wellformed/sanitize/item_content_encoded_object.xml", "summary"): (
        "safe",
        "an <object> is dropped with its fallback content (usually 'your browser cannot "
        "show this'); here the unclosed object's fallback is the rest of the text",
    ),
    ("feedparser/wellformed/atom10/tag_in_attr.xml", "feed title"): (
        None,
        "a title that is only an <img> has no text: no title (the URL is shown instead)",
    ),
}

# Corpus cases that fail because of a known bug fixed elsewhere: (file, what) -> the
# focused test that fails until the fix lands. Remove the entry once it passes.
KNOWN_BUGS: dict[tuple[str, str], str] = {}

_PROLOG_WINS = (
    "the XML prolog names the encoding and wins over the HTTP charset (parse.choose_encoding): "
    "servers mislabel feeds far more often than feed generators do"
)
_TEXT_XML_DEFAULT = (
    "RFC 3023 read a text/* type without a charset as us-ascii, whatever the prolog says; "
    "RFC 7303, which replaced it, lets the XML declaration decide, as ekreader does"
)
# feedparser Expects `encoding == X` that contradict ekreader's charset policy: the file,
# the encoding ekreader reads it in instead, and why. (Files for which the policy names no
# encoding are decoded by feedparser's own rules and must agree with their Expect.)
ENCODING_POLICY: dict[str, tuple[str, str]] = {
    **{
        f"feedparser/encoding/http_{kind}_charset_overrides_encoding.xml": (
            "iso-8859-1",
            _PROLOG_WINS,
        )
        for kind in (
            "application_atom_xml",
            "application_rss_xml",
            "application_xml",
            "application_xml_dtd",
            "application_xml_epe",
            "text_atom_xml",
            "text_rss_xml",
            "text_xml",
            "text_xml_epe",
        )
    },
    "feedparser/encoding/http_application_atom_xml_gb2312_charset_overrides_encoding.xml": (
        "utf-8",
        _PROLOG_WINS,
    ),
    **{
        f"feedparser/encoding/http_text_{kind}_encoding.xml": ("iso-8859-1", _TEXT_XML_DEFAULT)
        for kind in ("atom_xml", "rss_xml", "xml_epe")
    },
}


# -- reading a corpus file's leading comment ---------------------------------------------


def _as_text(data: bytes) -> str:
    """The file as text, enough to read its ASCII comment (UTF-16/32 files included)."""
    for bom, name in (
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(name, "replace")
    for start, name in (
        (b"\0\0\0<", "utf-32-be"),
        (b"<\0\0\0", "utf-32-le"),
        (b"\0<", "utf-16-be"),
        (b"<\0", "utf-16-le"),
    ):
        if data.startswith(start):
            return data.decode(name, "replace")
    return data.decode("latin-1")


@dataclass
class Meta:
    """What a corpus file's leading comment says."""

    headers: dict[str, str] = field(default_factory=dict)
    expect: str = ""


def read_meta(data: bytes) -> Meta:
    text = _as_text(data)
    meta = Meta()
    comment = re.search(r"<!--(.*?)-->", text[:4000], re.S)
    if comment is None:
        test = re.search(r'"__TEST__"\s*:\s*"([^"]*)"', text[:4000])
        if test is None:
            return meta
        body = test.group(1).replace("Expect:", "\nExpect:").replace("-->", "")
    else:
        body = comment.group(1)
    for line in body.splitlines():
        header = re.match(r"\s*Header:\s*([A-Za-z-]+):\s*(.*?)\s*$", line)
        if header:
            meta.headers[header.group(1)] = header.group(2)
        expect = re.match(r"\s*Expect:\s*(.*?)\s*$", line)
        if expect:
            meta.expect = expect.group(1)
    return meta


def _chain(node: ast.expr) -> tuple[str | int, ...] | None:
    """feed['title'] -> ('feed', 'title'); entries[0].summary -> ('entries', 0, 'summary')."""
    if isinstance(node, ast.Name):
        return (node.id,)
    if isinstance(node, ast.Attribute):
        head = _chain(node.value)
        return None if head is None else (*head, node.attr)
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant):
        head = _chain(node.value)
        key = node.slice.value
        return None if head is None or not isinstance(key, str | int) else (*head, key)
    return None


_FIELDS = {
    ("feed", "title"): "feed title",
    ("feed", "title_detail", "value"): "feed title",
    ("entries", 0, "title"): "title",
    ("entries", 0, "title_detail", "value"): "title",
    ("entries", 0, "description"): "summary",
    ("entries", 0, "summary"): "summary",
}


def expected_texts(expect: str) -> dict[str, str]:
    """{"feed title" | "title" | "summary": expected characters} named by an Expect."""
    try:
        tree = ast.parse(expect, mode="eval")
    except SyntaxError:
        return {}
    found: dict[str, str] = {}
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Compare) and len(node.ops) == 1):
            continue
        if not isinstance(node.ops[0], ast.Eq):
            continue
        left, right = node.left, node.comparators[0]
        if not isinstance(right, ast.Constant):
            continue
        value = right.value
        if isinstance(left, ast.Call) and getattr(left.func, "id", "") == "ord" and left.args:
            left, value = left.args[0], chr(value) if isinstance(value, int) else value
        chain = _chain(left)
        if chain in _FIELDS and isinstance(value, str):
            found[_FIELDS[chain]] = value
    return found


def expected_encoding(expect: str) -> str | None:
    """X in an Expect's `encoding == 'X'`."""
    try:
        tree = ast.parse(expect, mode="eval")
    except SyntaxError:
        return None
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Compare)
            and isinstance(node.left, ast.Name)
            and node.left.id == "encoding"
            and isinstance(node.comparators[0], ast.Constant)
        ):
            return str(node.comparators[0].value)
    return None


def codec(name: str) -> str:
    """A charset's canonical name (gb2312 read as its superset, as feedparser does)."""
    found = codecs.lookup(name).name
    return "gb18030" if found in ("gb2312", "gbk") else found


def first_title(data: bytes, encoding: str) -> tuple[str, str] | None:
    """("feed title" or "title", text) of a document's first non-ASCII <title>."""
    text = data.decode(encoding, "replace")
    match = re.search(r"<title[^>]*>(.*?)</title>", text, re.S)
    if match is None or match.group(1).isascii():
        return None
    item = re.search(r"<(item|entry)[\s>]", text)
    where = "title" if item and item.start() < match.start() else "feed title"
    return where, as_shown(match.group(1))


_BLOCK = re.compile(r"<(?:br|p|div|li|h[1-6])\b[^>]*>|</(?:p|div|li|h[1-6])>", re.I)


def as_shown(value: str) -> str:
    """What a feedparser value becomes as ekreader's one-line plain text: markup
    reduced to its text, entities decoded, whitespace folded."""
    if re.search(r"<[A-Za-z!/?]|&[#A-Za-z0-9]+;", value):
        value = _BLOCK.sub(" ", value)
        value = re.sub(r"<[^>]*>", "", value)
        value = html.unescape(value)
    return " ".join(FORBIDDEN.sub("", value).split())


def test_expect_reader_understands_the_corpus_comments():
    """The checks below only mean something if the comment reader finds the Expects."""
    euc = read_meta((CORPUS / "feedparser/encoding/euc-kr.xml").read_bytes())
    assert expected_texts(euc.expect) == {"feed title": "\ub144"}
    utf16 = read_meta((CORPUS / "feedparser/encoding/utf-16le.xml").read_bytes())
    assert "utf-16le" in utf16.expect
    plain = read_meta((CORPUS / "feedparser/encoding/bozo_http_text_plain.xml").read_bytes())
    assert plain.headers == {"Content-type": "text/plain"}
    ords = expected_texts("not bozo and ord(entries[0]['description']) == 8230")
    assert ords == {"summary": "\u2026"}
    assert as_shown("Example <b>Atom</b>") == "Example Atom"


# -- serving a group and reading it back -----------------------------------------------


def corpus_files(group: str) -> Iterator[Path]:
    for folder in GROUPS[group]:
        for path in sorted((CORPUS / folder).rglob("*")):
            if path.is_file() and path.name != "LICENSE":
                yield path


_TYPES = {".json": "application/feed+json", ".html": "text/html; charset=utf-8"}


def serve(server: FeedServer, path: Path) -> tuple[str, Meta]:
    data = path.read_bytes()
    rel = path.relative_to(CORPUS).as_posix()
    meta = read_meta(data)
    headers = dict(meta.headers)
    content_type = headers.pop("Content-type", None) or headers.pop("Content-Type", None)
    if content_type is None and not rel.startswith("feedparser/"):
        content_type = _TYPES.get(path.suffix, "application/xml")
    # feedparser's tests without a Header line were parsed with no HTTP headers at all.
    url = server.add("/" + rel, data, content_type=content_type, headers=headers)
    return url, meta


def read_by_process(home: Home, ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """`read ID --json` through the installed command, two processes at a time."""

    def read(article_id: int) -> tuple[int, dict[str, Any]]:
        value = home.must("read", str(article_id), "--json").json()
        assert not find_forbidden(value), find_forbidden(value)[:3]
        return article_id, value

    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(pool.map(read, ids))


def read_in_process(
    home: Home, ids: Iterable[int], monkeypatch: pytest.MonkeyPatch
) -> dict[int, dict[str, Any]]:
    """`read ID --json` for many ids through the same entry point, without a process
    each (the console script calls `ekreader.__main__.main`, which calls `run`)."""
    found: dict[int, dict[str, Any]] = {}
    for article_id in ids:
        status, out, err = run_in_process(
            home.env, "read", str(article_id), "--json", patch=monkeypatch
        )
        assert status == 0, err
        assert not find_forbidden(out), find_forbidden(out)[:3]
        value = json.loads(out)
        assert not find_forbidden(value), find_forbidden(value)[:3]
        found[article_id] = value
    return found


CORPUS_FETCH = ROBUST_FETCH.replace("timeout = 2", "timeout = 30")
"""Generous timeouts: here a timeout on a loaded machine would hide what is tested."""


@pytest.mark.parametrize("group", sorted(GROUPS))
def test_corpus_feeds_end_to_end(
    group: str, feed_server: FeedServer, home: Home, monkeypatch: pytest.MonkeyPatch
):
    home.config(CORPUS_FETCH)
    files = [p for p in corpus_files(group) if p.suffix not in (".opml", ".html")]
    assert files, f"no files in {group}"
    served = {serve(feed_server, p)[0]: p for p in files}
    metas = {url: read_meta(p.read_bytes()) for url, p in served.items()}
    home.subscribe({url: url for url in served})

    fetch = home.call("fetch", "--feeds-only", timeout=120)
    assert fetch.returncode == 0, fetch.stderr[-3000:]
    for line in fetch.stderr.splitlines():
        # One clear line per failing feed, naming it.
        assert re.match(r"ekreader: (error|warning): http://127\.0\.0\.1:\d+/\S+: \S", line), line

    feeds = home.feeds()
    assert set(feeds) == set(served)
    never_fetched = [u for u, f in feeds.items() if f["last_fetched"] is None]
    assert not never_fetched

    headlines = home.data("headlines", "--limit", "100000")
    assert len({h["id"] for h in headlines}) == len(headlines)
    assert {h["feed_url"] for h in headlines} <= set(served)
    by_feed: dict[str, list[dict[str, Any]]] = {}
    for h in sorted(headlines, key=lambda h: h["id"]):
        by_feed.setdefault(h["feed_url"], []).append(h)
    # Every article through `read --json`. Through the installed command: the first
    # article of each feed whose Expect names a text, of each real-world feed with
    # non-ASCII text (the charset cases), and of the first feed of each source.
    by_process: list[int] = []
    sources: set[str] = set()
    for url, items in by_feed.items():
        source = served[url].relative_to(CORPUS).parts[0]
        if (
            expected_texts(metas[url].expect)
            or (source != "feedparser" and not items[0]["title"].isascii())
            or source not in sources
        ):
            by_process.append(items[0]["id"])
        sources.add(source)
    articles = read_by_process(home, by_process)
    others = [h["id"] for h in headlines if h["id"] not in articles]
    articles.update(read_in_process(home, others, monkeypatch))
    assert len(articles) == len(headlines)

    problems: list[str] = []
    used: set[tuple[str, str]] = set()
    checked = 0
    for url, path in served.items():
        rel = path.relative_to(CORPUS).as_posix()
        expected = expected_texts(metas[url].expect)
        if not expected:
            continue
        first = by_feed.get(url, [None])[0]
        shown = {
            "feed title": feeds[url]["title"],
            "title": first["title"] if first else None,
            "summary": articles[first["id"]]["summary"] if first else None,
        }
        for what, raw in expected.items():
            want = as_shown(raw)
            if (rel, what) in POLICY:
                used.add((rel, what))
                want = POLICY[rel, what][0]
            checked += 1
            if (rel, what) in KNOWN_BUGS:
                used.add((rel, what))
                if shown[what] == want:
                    problems.append(f"{rel}: {what} is right now: remove it from KNOWN_BUGS")
                continue
            if shown[what] != want:
                problems.append(
                    f"{rel}: {what} {shown[what]!r}, expected {want!r} ({raw!r});"
                    f" last error {feeds[url]['last_error']!r}"
                )
    # Charsets: where an Expect names the encoding, titles read in it -- or in the one
    # ekreader's policy chooses, for the contradictions listed in ENCODING_POLICY.
    for url, path in served.items():
        rel = path.relative_to(CORPUS).as_posix()
        want = expected_encoding(metas[url].expect)
        if want is None:
            continue
        ours = choose_encoding(path.read_bytes(), metas[url].headers.get("Content-type", ""))
        if rel in ENCODING_POLICY:
            used.add((rel, "encoding"))
            instead = ENCODING_POLICY[rel][0]
            if ours is None or codec(ours) != codec(instead):
                problems.append(f"{rel}: read as {ours}, ENCODING_POLICY says {instead}")
            want = instead
        elif ours is not None and codec(ours) != codec(want):
            problems.append(f"{rel}: read as {ours}, Expect says {want} (not in ENCODING_POLICY)")
        title = first_title(path.read_bytes(), want)
        if title is not None:
            checked += 1
            where, text = title
            first = by_feed.get(url, [None])[0]
            if where == "feed title":
                shown_title = feeds[url]["title"]
            else:
                shown_title = first["title"] if first else None
            if shown_title != text:
                problems.append(f"{rel}: {where} {shown_title!r}, read in {want}: {text!r}")
    assert not problems, "\n".join(problems)
    unused = [
        key
        for key in (*POLICY, *KNOWN_BUGS, *((f, "encoding") for f in ENCODING_POLICY))
        if key[0].startswith(GROUPS[group]) and key not in used
    ]
    assert not unused, f"POLICY entries that no longer apply: {unused}"
    if group.startswith("feedparser") and group != "feedparser-illformed":
        assert checked, "no Expect named a title or description: the comment reader is broken"


def test_corpus_html_pages_through_add(feed_server: FeedServer, home: Home):
    """The HTML pages of the corpus (charset detection pages): `ekreader add` either finds
    a feed or says clearly that the page is not one; never a traceback."""
    pages = [p for group in GROUPS for p in corpus_files(group) if p.suffix == ".html"]
    if not pages:
        pytest.skip("no HTML pages in the corpus")
    for page in pages:
        url, _ = serve(feed_server, page)
        run = home.call("add", url)
        if run.returncode != 0:
            assert run.returncode == 1
            assert run.stderr.startswith(f"ekreader: {url}: "), run.stderr
            assert run.stderr.count("\n") == 1, run.stderr


def test_corpus_opml_files_through_import(home: Home):
    """Every OPML file of the corpus (broken ones too) imports or is refused with one
    clear line naming the file."""
    files = [p for group in GROUPS for p in corpus_files(group) if p.suffix == ".opml"]
    if not files:
        pytest.skip("no OPML files in the corpus")
    imported = 0
    for path in files:
        run = home.call("import", str(path))
        if run.returncode == 0:
            imported += 1
            assert re.match(r"imported \d+ feeds? from ", run.stdout), run.stdout
        else:
            assert run.returncode == 1, (path, run.stderr)
            assert run.stderr.startswith(f"ekreader: {path}: "), run.stderr
            assert run.stderr.count("\n") == 1, run.stderr
    assert imported, "no OPML file of the corpus imported"
    feeds = home.data("feeds")
    assert all(f["url"].startswith(("http://", "https://")) for f in feeds)
    export = home.must("export")
    assert export.stdout.startswith("<?xml")
