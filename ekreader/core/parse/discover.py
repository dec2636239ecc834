"""Find a web page's feeds from its <link rel="alternate"> tags. No network."""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urljoin

FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/feed+json",
    "application/json",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
)


def _rank(kind: int) -> int:
    """RSS, Atom and RDF first, then JSON Feed, then generic XML types."""
    name = FEED_TYPES[kind]
    if name in ("application/xml", "text/xml"):
        return 2
    return 1 if "json" in name else 0


class _LinkFinder(HTMLParser):
    def __init__(self, base: str) -> None:
        super().__init__(convert_charrefs=True)
        self.base = base
        self.found: list[tuple[int, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "base":
            href = dict(attrs).get("href")
            if href:
                self.base = urljoin(self.base, href.strip())
            return
        if tag != "link":
            return
        values = {k.lower(): (v or "") for k, v in attrs}
        rels = values.get("rel", "").lower().split()
        kind = values.get("type", "").lower().split(";")[0].strip()
        href = values.get("href", "").strip()
        if "alternate" in rels and kind in FEED_TYPES and href:
            url = urljoin(self.base, href)
            if url.startswith(("http://", "https://")):
                self.found.append((FEED_TYPES.index(kind), url))


def find_feed_links(html: bytes, base_url: str) -> list[str]:
    """Feed URLs a page announces, best first (RSS/Atom before JSON, then page order)."""
    finder = _LinkFinder(base_url)
    try:
        finder.feed(html[:2_000_000].decode("utf-8", errors="replace"))
        finder.close()
    except Exception:  # noqa: BLE001, S110 - a broken page simply announces nothing more
        pass
    ordered = sorted(enumerate(finder.found), key=lambda item: (_rank(item[1][0]), item[0]))
    urls: list[str] = []
    for _, (_, url) in ordered:
        if url not in urls:
            urls.append(url)
    return urls
