"""A page's metadata: title, author, publication date (from <meta>, JSON-LD and the page
itself), its base URL and its own hosts."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from ekreader.core.extract.boilerplate import is_byline
from ekreader.core.extract.cues import BY, BYLINE, COUNTER, DATE_ONLY, RELATIVE_AGE, STAMP
from ekreader.core.extract.pageitems import ANCHORED, Item, line_key, plain
from ekreader.core.text.htmltree import inline_text
from ekreader.core.text.sanitize import clean_line

if TYPE_CHECKING:
    from lxml.etree import _Element


def meta_tags(root: _Element) -> dict[str, str]:
    """The page's <meta> contents by property, name or itemprop (lower-cased; the first
    wins), and its canonical address under "canonical" (<link rel="canonical">)."""
    found: dict[str, str] = {}
    for el in root.iter("meta", "link"):
        if el.tag == "link":
            href = el.get("href")
            if href and "canonical" in (el.get("rel") or "").lower().split():
                found.setdefault("canonical", href.strip())
            continue
        content = el.get("content")
        if not content:
            continue
        for attr in ("property", "name", "itemprop"):
            key = el.get(attr)
            if key:
                found.setdefault(key.strip().lower(), content.strip())
    return found


_CDATA = re.compile(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$")
"""The CDATA wrapper of a script in an XHTML page ("<![CDATA[ … ]]>", "//<![CDATA[")."""


def json_ld_articles(root: _Element) -> list[dict[str, Any]]:
    """The page's JSON-LD objects that describe an article (in @graph too)."""
    objects: list[dict[str, Any]] = []

    def collect(node: Any) -> None:
        if isinstance(node, list):
            for item in node:
                collect(item)
        elif isinstance(node, dict):
            objects.append(node)
            if "@graph" in node:
                collect(node["@graph"])

    for el in root.iter("script"):
        if (el.get("type") or "").strip().lower() != "application/ld+json" or not el.text:
            continue
        try:
            collect(json.loads(_CDATA.sub("", el.text)))
        except (ValueError, RecursionError):
            continue
    articles = [o for o in objects if _is_article(o)]
    return articles


def _is_article(obj: dict[str, Any]) -> bool:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(
        isinstance(k, str) and ("Article" in k or k in ("BlogPosting", "Report")) for k in kinds
    )


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    return []


def _parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    value = value.strip()
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        from email.utils import parsedate_to_datetime

        try:
            moment = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    if not 1990 <= moment.year <= 2100:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        return moment.astimezone(UTC)
    except (OverflowError, ValueError):
        return None


_DATE_KEYS = (
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
    "publish-date", "publication_date", "date", "dc.date.issued", "dc.date", "dcterms.created",
    "dcterms.date", "sailthru.date", "parsely-pub-date", "article.published", "created",
)  # fmt: skip
_AUTHOR_KEYS = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator")
_TITLE_KEYS = ("og:title", "twitter:title", "parsely-title", "dc.title", "title")
_HEADER_LINES = 6
"""Lines under a headline searched for its byline."""
_BYLINE_LINE = 160
"""Longest line read as a byline (with its date and counters)."""
_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—·:»/]\s+")


def title_of(
    root: _Element, meta: dict[str, str], ld: list[dict[str, Any]], author: str | None
) -> str | None:
    """The headline: the metadata's title that the page shows as an h1, or the h1 that it
    shows after a kicker ("Hochwasserschutz: <h1>"); else the longest h1
    that <title> holds, when <title> holds no metadata title; else the metadata's first
    title; else <title>; else a lone h1.

    Metadata may give several titles (one for social media, JSON-LD's "headline"): the one
    shown on the page wins. Metadata that neither the page nor <title> shows names
    something else (Wikipedia's JSON-LD "headline" is the article's short description:
    "matrix equal to its conjugate-transpose" for <title>Hermitian matrix - Wikipedia and
    <h1>Hermitian matrix). Of the h1s that <title> holds, the longest: a site's logo is an
    h1 too ("<h1>V8</h1>" and "<h1>Outside the web …</h1>" under "Outside the web … · V8").
    A site name or author name glued to a title with a separator ("Title | Site") goes.
    """
    names = [meta.get("og:site_name"), meta.get("application-name"), author]
    names += (author or "").split(", ")
    raw = [meta.get(k) for k in _TITLE_KEYS]
    raw += [o.get("headline") for o in ld if isinstance(o.get("headline"), str)]
    candidates = [_strip_names(title, names) for title in map(clean_line, raw) if title]
    h1s = [h for h in (inline_text(h) for h in root.iter("h1")) if h]
    shown = {line_key(h) for h in h1s} - {""}
    for candidate in candidates:
        if line_key(candidate) in shown:
            return candidate
    for candidate in candidates:
        for h1 in h1s:
            if _kicker_of(candidate, h1):
                return h1  # "Kicker: <h1>" in the metadata, the h1 alone on the page
    title_el = next(root.iter("title"), None)
    page_title = clean_line(" ".join(title_el.itertext())) if title_el is not None else ""
    page_key = line_key(page_title)
    named = [h1 for h1 in h1s if line_key(h1) and page_key and line_key(h1) in page_key]
    headline = max(named, key=lambda h1: len(line_key(h1))) if named else None
    if candidates and (headline is None or any(line_key(c) in page_key for c in candidates)):
        return candidates[0]
    if headline is not None:
        return headline
    if page_title:
        return _strip_names(page_title, names) or None
    return h1s[0] if len(h1s) == 1 else None


KICKER = 40
"""Longest kicker before a headline in a metadata title ("Hochwasserschutz: <headline>")."""


def _kicker_of(title: str, h1: str) -> bool:
    """True when a metadata title is the page's h1 after a short kicker and a colon or a
    dash."""
    if len(h1) < 20 or not title.endswith(h1):
        return False
    kicker = title[: -len(h1)].rstrip()
    return 0 < len(kicker) <= KICKER and kicker.endswith((":", "–", "—", "-", "|"))


def _strip_names(title: str, names: list[str | None]) -> str:
    """Remove the given names where they lead or trail the title after a separator."""
    keys = {k for k in (line_key(n or "") for n in names) if k}
    while keys:
        separators = list(_TITLE_SEPARATORS.finditer(title))
        if not separators:
            break
        first, last = separators[0], separators[-1]
        if line_key(title[last.end() :]) in keys:
            title = title[: last.start()]
        elif line_key(title[: first.start()]) in keys:
            title = title[first.end() :]
        else:
            break
    return title


_ORGANISATION = re.compile(r"^[A-ZÄÖÜ][A-ZÄÖÜ0-9-]{1,4}$")
"""A broadcaster's or an agency's short name after an author's ("Jana Mertens, HR")."""


def author_of(root: _Element, meta: dict[str, str], ld: list[dict[str, Any]]) -> str | None:
    """The author's names, comma-separated: from JSON-LD, else <meta>, else rel/itemprop author;
    never the site's own name (og:site_name), nor its desk's ("<site> Newsroom")."""
    names: list[str] = []
    for obj in ld:
        names += _names(obj.get("author"))
    if not names:
        for key in _AUTHOR_KEYS:
            value = meta.get(key)
            if value and not value.startswith(("http://", "https://")):
                names.append(value)
                break
    if not names:
        for el in root.iter("a", "span", "div", "p", "address"):
            if el.get("rel") == "author" or el.get("itemprop") == "author":
                names.append(inline_text(el))
                break
    cleaned: list[str] = []
    site = clean_line(meta.get("og:site_name"))
    for name in names:
        name = _after_site(BY.sub("", clean_line(name)), site)
        people = [part for part in name.split(", ") if not _ORGANISATION.match(part)]
        if people and len(people) < name.count(", ") + 1:
            name = ", ".join(people)  # "Jana Mertens, HR": the person, not the broadcaster
        if name and len(name) <= 100 and name not in cleaned:
            cleaned.append(name)
    return ", ".join(cleaned) or None


_SITE_SEPARATOR = re.compile(r"^\s*[-–—|:·/]\s*")
_SITE_END = re.compile(r"\s*[-–—|:·/,]\s*$")


def _after_site(name: str, site: str) -> str:
    """An author's name without the site's own name (og:site_name) before or after it: ""
    for the site itself (JSON-LD's Organization) and for its desk ("Körfez Postası Haber
    Merkezi", "mix1.de Redaktion", "Redacción El Heraldo"); the person beside it past a
    separator ("unocero - Alberto Ávila", "Ana Ruiz, El Heraldo")."""
    if not site:
        return name
    if line_key(name) == line_key(site):
        return ""
    words, own = name.split(), [w.casefold() for w in site.split()]
    if len(words) <= len(own):
        return name
    if [w.casefold() for w in words[: len(own)]] == own:
        rest = name.split(None, len(own))[-1]
        person = _SITE_SEPARATOR.match(rest)
        return rest[person.end() :] if person else ""
    if [w.casefold() for w in words[-len(own) :]] == own:
        rest = name.rsplit(None, len(own))[0]  # "Redacción <site>"; "Ana Ruiz, <site>"
        person = _SITE_END.search(rest)
        return rest[: person.start()] if person else ""
    return name


def header_author(items: list[Item], headline: int) -> str | None:
    """The names of a byline among the lines under the page's headline (at `headline` in
    `items`): a line's one name linked to the site's page about its author ("Lucía
    Carvajal · Sevilla", "Por <a>Rafael Monteiro</a>, Portal — Belém"), else a written
    byline: "بقلم: سمير عبد الحميد", "Von Max Mustermann"; for a page whose metadata names no
    author. A standfirst set as a heading under the headline is passed over."""
    if headline < 0:
        return None
    for item in items[headline + 1 : headline + 1 + _HEADER_LINES]:
        if item.marker:
            break
        if item.heading:
            continue
        text = plain(item.text)
        linked = _author_links(item.text)
        if len(linked) == 1:
            return linked[0]  # "Por <a>Name</a>, Portal — Belém": the name, not the rest
        match = BYLINE.match(text) if len(text) <= _BYLINE_LINE else None
        if match is None:
            continue
        names = _names_only(clean_line(match.group(1))).rstrip(" ,;:|/-–—")
        if not is_byline(text[: match.start(1)] + names):
            continue
        if names[:1].isalpha() and not names[0].islower() and not set(names) & set(":/@0123456789"):
            return names
        return None
    return None


_JOINER = re.compile(r"\s*[,،&]\s*|\s+(?:and|und|et|y|e|ve|ile|i|en|og|och)\s+|\s+و\s*", re.I)
"""What stands between two names in a byline: a comma, "and" in the feeds' languages, the
Arabic "و" (written on to the name after it)."""


_JOINED = {",": ", ", "،": "، ", "و": " و"}
"""How a joiner is written between two names (a word has a space on each side)."""


def written_byline(items: list[Item], headline: int, author: str) -> str:
    """The metadata's authors ("Claire Vasseur, Julien Morand") as the byline under the
    headline writes them ("Claire Vasseur et Julien Morand"), when it names them all, in
    order, with only joiners between; else as they are."""
    names = author.split(", ")
    if len(names) < 2 or headline < 0:
        return author
    for item in items[headline + 1 : headline + 1 + _HEADER_LINES]:
        text = plain(item.text)
        start = text.find(names[0])
        if start < 0:
            continue
        end = start + len(names[0])
        written = names[0]
        for name in names[1:]:
            joiner = _JOINER.match(text, end)
            if joiner is None or not text.startswith(name, joiner.end()):
                break
            end = joiner.end() + len(name)
            written += _JOINED.get(word := joiner.group(0).strip(), f" {word} ") + name
        else:
            return written
    return author


_AUTHOR_PAGES = frozenset(
    {
        "author", "authors", "autor", "autoren", "autores", "auteur", "auteurs", "autore",
        "autori", "yazar", "yazarlar", "writer", "writers", "journalist", "journalists",
        "journaliste", "journalistes", "periodista", "periodistas", "giornalista",
        "jornalista", "jornalistas",
    }
)  # fmt: skip
"""Path segments of a site's pages about its authors ("/autor/lucia-carvajal/",
"/writer.php?id=37": without the file's extension)."""
_NAME_WORDS = 5


def _author_links(line: str) -> list[str]:
    """The texts of the links in a line to the site's author pages that read as names: a
    few words, no digits, not starting in lower case ("Lucía Carvajal", "سميرة الحداد")."""
    from urllib.parse import urlsplit

    names: list[str] = []
    for match in ANCHORED.finditer(line):
        try:
            path = urlsplit(match.group(1)).path
        except ValueError:
            continue
        if not _AUTHOR_PAGES & {part.split(".")[0].casefold() for part in path.split("/")}:
            continue
        name = clean_line(match.group(2))
        words = name.split()
        if (
            2 <= len(words) <= _NAME_WORDS
            and not name[0].islower()
            and not any(c.isdigit() for c in name)
        ):
            names.append(name)
    return names


def _names_only(names: str) -> str:
    """A byline's names without the age or counter written on the same line ("سمير عبد
    الحميد منذ ساعة 1٬250 مشاهدة": a script without capitals shows no end to the names)."""
    words = names.split()
    for start in range(1, len(words)):
        if words[start] in ("|", "·", "•", "/") or STAMP.match(words[start]):
            return " ".join(words[:start])  # "Jane Doe | Published …"
        for end in range(start + 1, len(words) + 1):
            phrase = " ".join(words[start:end])
            if RELATIVE_AGE.match(phrase) or (
                any(c.isdigit() for c in phrase)
                and (COUNTER.match(phrase) or DATE_ONLY.match(phrase))
            ):
                return " ".join(words[:start])
    return names


def published_of(root: _Element, meta: dict[str, str], ld: list[dict[str, Any]]) -> datetime | None:
    """The publication time (UTC): JSON-LD, else <meta>, else the first <time datetime>."""
    for obj in ld:
        value = obj.get("datePublished") or obj.get("dateCreated")
        if isinstance(value, str) and (moment := _parse_date(value)):
            return moment
    for key in _DATE_KEYS:
        if moment := _parse_date(meta.get(key)):
            return moment
    for el in root.iter("time"):
        if moment := _parse_date(el.get("datetime")):
            return moment
    return None


def base_url(root: _Element, url: str) -> str:
    """The URL relative links resolve against: the page's <base href>, else its own."""
    from urllib.parse import urljoin

    for el in root.iter("base"):
        href = str(el.get("href") or "").strip()
        if href:
            try:
                base: str = urljoin(url, href)
            except ValueError:
                break
            if base.startswith(("http://", "https://")):
                return base
        break
    return url


def own_sites(url: str, meta: dict[str, str]) -> frozenset[str]:
    """The page's own hosts (without "www."): its URL's, its og:url's and its canonical
    address's (a page fetched through a feed proxy or an AMP cache names its site there)."""
    from urllib.parse import urlsplit

    hosts: set[str] = set()
    for address in (url, meta.get("og:url", ""), meta.get("canonical", "")):
        try:
            host = urlsplit(address).hostname or ""
        except ValueError:
            continue
        if host:
            hosts.add(host.removeprefix("www."))
    return frozenset(hosts)
