"""A local feed server for benchmarks: N feeds x M items of synthetic text, article pages,
real conditional GET (ETag / Last-Modified -> 304), optional per-request latency, and
optionally several ports so the feeds come from several origins ("hosts").

Binds 127.0.0.1 only. Everything it serves is generated here from a seed (our own
invented words, nothing copied), so every run and every tool gets the same bytes.

Run alone:

    python bench/feedserver.py --feeds 200 --items 50 --origins 20 --latency 200 \
        --opml /tmp/feeds.opml --urls /tmp/urls

It prints one JSON line ({"ready": true, "urls": [...], "control": ...}) when it
listens, then serves until interrupted. Control endpoints (on every port, never
delayed): GET /__stats (JSON counters, per client), /__stats?reset=1,
/__control?latency_ms=N&connect_ms=M.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gzip
import hashlib
import json
import random
import signal
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from functools import lru_cache
from html import escape
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

HOST = "127.0.0.1"
EPOCH = 1_764_000_000  # a fixed "now" (Nov 2025) so the data never depends on the clock

# -- synthetic text ------------------------------------------------------------------------
# Invented vocabulary: common English function and news words, plus German and French
# words with diacritics so the accent folding and Unicode paths get exercised.


def _words(text: str) -> list[str]:
    return text.split()


_NOUNS = _words("""
council minister parliament budget election harbour railway bridge court ruling
inquiry report committee agreement strike union wage market index currency bank rate
inflation export import factory port airport storm flood drought harvest forest river
coast border ceasefire talks summit delegation mayor governor senator ministry agency
hospital school university study survey vaccine clinic patient doctor nurse teacher
student festival museum orchestra theatre novel film season league match final coach
player striker keeper referee stadium record transfer contract sponsor chip battery
satellite rocket launch network outage software update breach leak platform startup
investor fund pension tax reform law draft vote coalition opposition party leader
spokesperson witness police suspect trial verdict appeal prison fire blaze quake
tremor eruption volcano glacier heatwave snowfall district village city region province
island capital neighbourhood tram metro ferry cargo pipeline reactor grid turbine farm
Bürgermeister Straße Öffentlichkeit Gemeinderat Haushalt Bahnhof Gewerkschaft Klinik
société été député réforme grève université théâtre musée crédit
""")
_VERBS = _words("""
approves rejects delays announces confirms denies warns urges plans signs cuts raises
launches closes opens reopens extends suspends expands reviews probes questions backs
blocks halts resumes wins loses draws sets breaks tops trails faces meets leaves joins
sues fines clears charges arrests frees rescues evacuates rebuilds repairs restores
""")
_ADJ = _words("""
new old local national regional global early late major minor rare record heavy light
sudden slow rapid surprise final interim joint rival key senior junior public private
northern southern eastern western coastal rural urban disputed long-awaited fragile
""")
_FUNCTION = _words("""
the the the a a of of in in on to to for with after before amid over under about as
and and but while by from at into than since during against between
""")
_PLACES = _words("""
Varnholm Ostrava-Nord Keldmouth Brisaq Tallowmere Quenford Dunmarrow Selvik Amberlee
Corvanne Halstead Riverton Norwick Port-Aubel Lindqvist Marrowgate Esterby Fallowden
Kirchwald Saint-Orme Zellingen Bramcote Holloway Ravensholt Tiberac Mondrelle
""")
_NAMES = _words("""
Ada_Morrow Jonas_Feld Mira_Castell Tomas_Reyne Lena_Okafor Piet_Vandermeer
Sofia_Brandt Karim_Haddad Elin_Strand Marco_Vitale Hanna_Kowal Noor_Saleh
Felix_Ahrens Ines_Duarte Oskar_Lind Yara_Benali Ruth_Calder Emil_Sorensen
""")
_TAGS = _words("""
Politics Economy World Europe Science Health Culture Sport Technology Climate Local
Business Education Transport Energy Justice Weather Opinion Analysis Wirtschaft
""")


def _title(rng: random.Random) -> str:
    words = [rng.choice(_PLACES), rng.choice(_NOUNS), rng.choice(_VERBS)]
    words += rng.choices(_ADJ + _NOUNS + _FUNCTION, k=rng.randint(3, 8))
    text = " ".join(words)
    return text[0].upper() + text[1:]


def _sentence(rng: random.Random) -> str:
    words = rng.choices(_FUNCTION * 3 + _NOUNS + _ADJ + _VERBS, k=rng.randint(9, 24))
    if rng.random() < 0.3:
        words.insert(rng.randrange(len(words)), rng.choice(_PLACES))
    if rng.random() < 0.2:
        words.insert(rng.randrange(len(words)), f"{rng.randint(2, 990)}")
    text = " ".join(words)
    return text[0].upper() + text[1:] + rng.choice(".....?!")


def _paragraph(rng: random.Random, sentences: tuple[int, int] = (2, 5)) -> str:
    return " ".join(_sentence(rng) for _ in range(rng.randint(*sentences)))


def _name(rng: random.Random) -> str:
    return rng.choice(_NAMES).replace("_", " ")


# -- the site model ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Item:
    """One generated feed item."""

    feed: int
    index: int
    guid: str
    title: str
    link: str
    author: str
    published: int
    tags: tuple[str, ...]
    description: str
    content: str | None


@dataclass(slots=True)
class Resource:
    """A pre-rendered body with its validators and its gzip form."""

    body: bytes
    content_type: str
    etag: str
    last_modified: int
    gz: bytes = b""

    def __post_init__(self) -> None:
        if not self.gz:
            self.gz = gzip.compress(self.body, compresslevel=6, mtime=0)


@dataclass(frozen=True, slots=True)
class SiteSpec:
    """What to generate."""

    feeds: int = 200
    items: int = 50
    seed: int = 1
    atom_every: int = 4
    """Every Nth feed is Atom 1.0; the others RSS 2.0."""
    public_links: bool = False
    """Write the links inside feeds and pages with a public-looking host per origin
    (www.bench-news-NN.example, RFC 2606) instead of 127.0.0.1:port. Real feeds link to
    public hosts, and parsers treat loopback links differently (feedparser-rs blanks
    them, so ekreader sends such feeds to feedparser, its slow path): for parse and
    refresh figures, use public links. The pages are still served on every port under
    the same paths, but a client following the links would not reach them."""


def _item(spec: SiteSpec, feed: int, index: int, base: str) -> Item:
    rng = random.Random(f"{spec.seed}:{feed}:{index}")
    title = _title(rng)
    if rng.random() < 0.01:
        title = "BREAKING: " + title
    # Content ratio by feed: a third carry full content on every item, a third on a
    # fifth of them, a third never (teaser feeds).
    kind = feed % 3
    has_content = kind == 0 or (kind == 1 and rng.random() < 0.2)
    description = " ".join(_sentence(rng) for _ in range(rng.randint(2, 4)))
    if rng.random() < 0.3:  # some feeds put a little HTML in the description
        description = f'<p>{escape(description)} <a href="{base}/tags/{feed}">More</a></p>'
    content = None
    if has_content:
        parts = [f"<p><strong>{escape(_paragraph(rng, (1, 2)))}</strong></p>"]
        for s in range(rng.randint(2, 5)):
            if s:
                parts.append(f"<h2>{escape(_title(rng))}</h2>")
            for _ in range(rng.randint(1, 3)):
                para = escape(_paragraph(rng))
                if rng.random() < 0.4:
                    para += f' <a href="{base}/articles/{feed}/{rng.randrange(spec.items)}.html">'
                    para += f"{escape(rng.choice(_NOUNS))}</a>"
                parts.append(f"<p>{para}</p>")
            if rng.random() < 0.2:
                parts.append(
                    f'<figure><img src="{base}/img/{feed}-{index}-{s}.jpg" alt="">'
                    f"<figcaption>{escape(_sentence(rng))}</figcaption></figure>"
                )
        content = "\n".join(parts)
    published = EPOCH - feed * 97 - index * 3_607 - rng.randrange(1_800)
    tags = tuple(sorted(set(rng.choices(_TAGS, k=rng.randint(1, 3)))))
    return Item(
        feed=feed,
        index=index,
        guid=f"{base}/articles/{feed}/{index}.html#id-{spec.seed}-{feed}-{index}",
        title=title,
        link=f"{base}/articles/{feed}/{index}.html",
        author=_name(rng),
        published=published,
        tags=tags,
        description=description,
        content=content,
    )


def _rfc822(ts: int) -> str:
    return time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime(ts))


def _iso(ts: int) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts))


def _cdata(text: str) -> str:
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def render_rss(feed: int, items: Sequence[Item], base: str) -> str:
    """An RSS 2.0 document with content:encoded and dc:creator."""
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
        "<channel>",
        f"<title>Bench Daily {feed:03d} — {escape(_PLACES[feed % len(_PLACES)])}</title>",
        f"<link>{base}/</link>",
        f'<atom:link href="{base}/feeds/{feed}.xml" rel="self" type="application/rss+xml"/>',
        f"<description>Synthetic news feed number {feed} for benchmarks.</description>",
        "<language>en</language>",
        f"<lastBuildDate>{_rfc822(items[0].published if items else EPOCH)}</lastBuildDate>",
        "<ttl>15</ttl>",
    ]
    for it in items:
        out.append("<item>")
        out.append(f"<title>{escape(it.title)}</title>")
        out.append(f"<link>{escape(it.link)}</link>")
        out.append(f'<guid isPermaLink="false">{escape(it.guid)}</guid>')
        out.append(f"<pubDate>{_rfc822(it.published)}</pubDate>")
        out.append(f"<dc:creator>{escape(it.author)}</dc:creator>")
        out.extend(f"<category>{escape(t)}</category>" for t in it.tags)
        out.append(f"<description>{_cdata(it.description)}</description>")
        if it.content is not None:
            out.append(f"<content:encoded>{_cdata(it.content)}</content:encoded>")
        out.append("</item>")
    out += ["</channel>", "</rss>", ""]
    return "\n".join(out)


def render_atom(feed: int, items: Sequence[Item], base: str) -> str:
    """An Atom 1.0 document: summary always, content type="html" when the item has it."""
    updated = _iso(items[0].published if items else EPOCH)
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
        f"<title>Bench Journal {feed:03d} — {escape(_PLACES[feed % len(_PLACES)])}</title>",
        f'<link href="{base}/" rel="alternate" type="text/html"/>',
        f'<link href="{base}/feeds/{feed}.xml" rel="self"/>',
        f"<id>urn:bench:feed:{feed}</id>",
        f"<updated>{updated}</updated>",
    ]
    for it in items:
        out.append("<entry>")
        out.append(f'<title type="text">{escape(it.title)}</title>')
        out.append(f'<link href="{escape(it.link)}" rel="alternate" type="text/html"/>')
        out.append(f"<id>{escape(it.guid)}</id>")
        out.append(f"<published>{_iso(it.published)}</published>")
        out.append(f"<updated>{_iso(it.published)}</updated>")
        out.append(f"<author><name>{escape(it.author)}</name></author>")
        out.extend(f'<category term="{escape(t)}"/>' for t in it.tags)
        out.append(f'<summary type="html">{escape(it.description)}</summary>')
        if it.content is not None:
            out.append(f'<content type="html">{escape(it.content)}</content>')
        out.append("</entry>")
    out += ["</feed>", ""]
    return "\n".join(out)


_NAV = ["Home", "World", "Europe", "Politics", "Business", "Science", "Culture", "Sport"]


def render_page(spec: SiteSpec, feed: int, index: int, base: str) -> str:
    """An article web page: the item's title, a byline, sections, and the usual
    boilerplate (navigation, related links, footer, scripts) around it."""
    item = _item(spec, feed, index, base)
    rng = random.Random(f"page:{spec.seed}:{feed}:{index}")
    nav = "".join(f'<li><a href="{base}/{n.lower()}/">{n}</a></li>' for n in _NAV)
    body = [f'<p class="lead"><strong>{escape(_paragraph(rng, (2, 3)))}</strong></p>']
    for s in range(rng.randint(3, 7)):
        if s:
            body.append(f"<h2>{escape(_title(rng))}</h2>")
        body.extend(f"<p>{escape(_paragraph(rng, (3, 6)))}</p>" for _ in range(rng.randint(2, 4)))
    related = "".join(
        f'<li><a href="{base}/articles/{feed}/{(index + k) % spec.items}.html">'
        f"{escape(_title(rng))}</a></li>"
        for k in range(1, 9)
    )
    # Real pages carry far more markup and script than text: a state blob and link lists.
    blob = json.dumps(
        {
            "id": f"{feed}-{index}",
            "teasers": [
                {"title": _title(rng), "text": _sentence(rng), "url": f"{base}/t/{k}"}
                for k in range(60)
            ],
        }
    )
    more = "".join(
        f'<li><a href="{base}/section/{k}/">{escape(rng.choice(_NOUNS)).title()} '
        f"{escape(rng.choice(_PLACES))}</a></li>"
        for k in range(80)
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{escape(item.title)} | Bench Daily {feed:03d}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{escape(item.title)}">
<link rel="alternate" type="application/rss+xml" href="{base}/feeds/{feed}.xml">
<style>body{{font-family:sans-serif;margin:0}} .lead{{font-size:1.2em}} nav li{{display:inline}}</style>
<script>window.__STATE__ = {blob};</script>
</head><body>
<header><a class="logo" href="{base}/">Bench Daily</a><nav><ul>{nav}</ul></nav></header>
<main><article>
<h1>{escape(item.title)}</h1>
<p class="byline">By {escape(item.author)} · <time datetime="{_iso(item.published)}">{_rfc822(item.published)}</time></p>
{chr(10).join(body)}
</article>
<aside><h3>Related</h3><ul>{related}</ul></aside></main>
<footer><p>© Bench Daily. Synthetic text for benchmarks.</p><ul>{nav}</ul><ul>{more}</ul></footer>
</body></html>
"""


class Site:
    """Every resource of the benchmark site, for a set of origins (ports)."""

    def __init__(self, spec: SiteSpec, ports: Sequence[int]) -> None:
        self.spec = spec
        self.ports = list(ports)
        self.feeds: dict[int, Resource] = {}
        self.items_total = 0
        started = time.perf_counter()
        for f in range(spec.feeds):
            base = self.link_base(f)
            items = [_item(spec, f, i, base) for i in range(spec.items)]
            self.items_total += len(items)
            if spec.atom_every and f % spec.atom_every == spec.atom_every - 1:
                text, ctype = render_atom(f, items, base), "application/atom+xml; charset=utf-8"
            else:
                text, ctype = render_rss(f, items, base), "application/rss+xml; charset=utf-8"
            body = text.encode("utf-8")
            etag = '"' + hashlib.blake2b(body, digest_size=8).hexdigest() + '"'
            self.feeds[f] = Resource(body, ctype, etag, items[0].published if items else EPOCH)
        self.build_seconds = time.perf_counter() - started

    def base(self, feed: int) -> str:
        """The origin that serves `feed` (feeds are spread round-robin over the ports)."""
        return f"http://{HOST}:{self.ports[feed % len(self.ports)]}"

    def link_base(self, feed: int) -> str:
        """The origin written into the documents' links (see SiteSpec.public_links)."""
        if self.spec.public_links:
            return f"https://www.bench-news-{feed % len(self.ports):02d}.example"
        return self.base(feed)

    def url(self, feed: int) -> str:
        """A feed's URL."""
        return f"{self.base(feed)}/feeds/{feed}.xml"

    def urls(self) -> list[str]:
        """Every feed URL, in feed order."""
        return [self.url(f) for f in range(self.spec.feeds)]

    def opml(self) -> str:
        """The subscriptions as OPML."""
        lines = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<opml version="2.0"><head><title>bench</title></head><body>',
        ]
        lines += [
            f'<outline type="rss" text="Bench {f:03d}" xmlUrl="{escape(self.url(f))}"/>'
            for f in range(self.spec.feeds)
        ]
        lines += ["</body></opml>", ""]
        return "\n".join(lines)

    @lru_cache(maxsize=4096)  # noqa: B019 - one Site per process, lives as long as it
    def page(self, feed: int, index: int) -> Resource:
        """An article page, rendered on first request."""
        base = self.link_base(feed)
        body = render_page(self.spec, feed, index, base).encode("utf-8")
        etag = '"p' + hashlib.blake2b(body, digest_size=8).hexdigest() + '"'
        return Resource(body, "text/html; charset=utf-8", etag, EPOCH - feed * 97 - index * 3_607)

    def sizes(self) -> dict[str, int]:
        """Total bytes of the feeds, plain and gzipped."""
        return {
            "feed_bytes": sum(len(r.body) for r in self.feeds.values()),
            "feed_gzip_bytes": sum(len(r.gz) for r in self.feeds.values()),
        }


# -- HTTP ----------------------------------------------------------------------------------


@dataclass(slots=True)
class Stats:
    """Request counters, per client (the first word of the User-Agent)."""

    by_client: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    connections: int = 0

    def as_json(self) -> dict[str, object]:
        return {
            "connections": self.connections,
            "clients": {k: dict(v) for k, v in self.by_client.items()},
        }


def _client(user_agent: str) -> str:
    word = user_agent.split("/", 1)[0].split(" ", 1)[0].strip().lower()
    return word or "unknown"


def _etag_matches(header: str, etag: str) -> bool:
    wanted = etag.removeprefix("W/")
    for candidate in header.split(","):
        candidate = candidate.strip()
        if candidate == "*" or candidate.removeprefix("W/") == wanted:
            return True
    return False


def _not_modified(headers: dict[str, str], res: Resource) -> bool:
    """RFC 9110: If-None-Match decides when present; else If-Modified-Since."""
    inm = headers.get("if-none-match")
    if inm is not None:
        return _etag_matches(inm, res.etag)
    ims = headers.get("if-modified-since")
    if ims:
        try:
            since = parsedate_to_datetime(ims).timestamp()
        except (TypeError, ValueError):
            return False
        return res.last_modified <= since
    return False


def _accepts_gzip(header: str) -> bool:
    for part in header.lower().split(","):
        name, _, params = part.strip().partition(";")
        if name.strip() in ("gzip", "x-gzip", "*"):
            q = params.replace(" ", "").removeprefix("q=")
            try:
                return not params or float(q) > 0
            except ValueError:
                return True
    return False


class Server:
    """The asyncio HTTP/1.1 server (keep-alive, GET and HEAD) over the site's ports."""

    def __init__(self, site: Site, latency_ms: float = 0.0, connect_ms: float = 0.0) -> None:
        self.site = site
        self.latency = latency_ms / 1000
        self.connect_latency = connect_ms / 1000
        self.stats = Stats()

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.stats.connections += 1
        if self.connect_latency:  # a new connection's handshakes (TCP, TLS) cost round trips
            await asyncio.sleep(self.connect_latency)
        try:
            while True:
                try:
                    head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), timeout=60)
                except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, TimeoutError):
                    return
                lines = head.decode("latin-1").split("\r\n")
                parts = lines[0].split(" ")
                if len(parts) != 3:
                    return
                method, target, version = parts
                headers: dict[str, str] = {}
                for line in lines[1:]:
                    name, sep, value = line.partition(":")
                    if sep:
                        headers[name.strip().lower()] = value.strip()
                keep = headers.get("connection", "").lower() != "close" and version == "HTTP/1.1"
                await self.respond(writer, method, target, headers, keep)
                await writer.drain()
                if not keep:
                    return
        except (ConnectionError, OSError):
            return
        finally:
            with contextlib.suppress(Exception):
                writer.close()

    async def respond(
        self,
        writer: asyncio.StreamWriter,
        method: str,
        target: str,
        headers: dict[str, str],
        keep: bool,
    ) -> None:
        url = urlsplit(target)
        path = url.path
        if path.startswith("/__"):
            self._control(writer, path, parse_qs(url.query), keep)
            return
        client = self.stats.by_client[_client(headers.get("user-agent", ""))]
        client["requests"] += 1
        if "if-none-match" in headers or "if-modified-since" in headers:
            client["conditional"] += 1
        if self.latency:
            await asyncio.sleep(self.latency)
        res = self._route(path)
        if res is None:
            client["404"] += 1
            self._write(writer, 404, b"not found\n", "text/plain", keep, method=method)
            return
        extra = {
            "ETag": res.etag,
            "Last-Modified": _http_date(res.last_modified),
            "Cache-Control": "max-age=60",
            "Vary": "Accept-Encoding",
        }
        if _not_modified(headers, res):
            client["304"] += 1
            self._write(writer, 304, b"", None, keep, extra, method=method)
            return
        body = res.body
        if _accepts_gzip(headers.get("accept-encoding", "")):
            body = res.gz
            extra["Content-Encoding"] = "gzip"
            client["gzip"] += 1
        client["200"] += 1
        client["bytes"] += len(body)
        self._write(writer, 200, body, res.content_type, keep, extra, method=method)

    def _route(self, path: str) -> Resource | None:
        parts = path.strip("/").split("/")
        try:
            if len(parts) == 2 and parts[0] == "feeds" and parts[1].endswith(".xml"):
                return self.site.feeds.get(int(parts[1][:-4]))
            if len(parts) == 3 and parts[0] == "articles" and parts[2].endswith(".html"):
                feed, index = int(parts[1]), int(parts[2][:-5])
                if 0 <= feed < self.site.spec.feeds and 0 <= index < self.site.spec.items:
                    return self.site.page(feed, index)
        except ValueError:
            return None
        if path == "/feeds.opml":
            return Resource(self.site.opml().encode(), "text/x-opml", '"opml"', EPOCH)
        return None

    def _control(
        self,
        writer: asyncio.StreamWriter,
        path: str,
        query: dict[str, list[str]],
        keep: bool,
    ) -> None:
        if path == "/__control" and "latency_ms" in query:
            self.latency = float(query["latency_ms"][0]) / 1000
        if path == "/__control" and "connect_ms" in query:
            self.connect_latency = float(query["connect_ms"][0]) / 1000
        stats = self.stats.as_json()
        if path == "/__stats" and query.get("reset") == ["1"]:
            self.stats = Stats()
        payload = {
            "latency_ms": self.latency * 1000,
            "connect_ms": self.connect_latency * 1000,
            **stats,
        }
        self._write(writer, 200, json.dumps(payload).encode(), "application/json", keep)

    @staticmethod
    def _write(
        writer: asyncio.StreamWriter,
        status: int,
        body: bytes,
        content_type: str | None,
        keep: bool,
        extra: dict[str, str] | None = None,
        *,
        method: str = "GET",
    ) -> None:
        reason = {200: "OK", 304: "Not Modified", 404: "Not Found"}.get(status, "OK")
        lines = [f"HTTP/1.1 {status} {reason}", f"Date: {_http_date(time.time())}"]
        if content_type:
            lines.append(f"Content-Type: {content_type}")
        if status != 304:
            lines.append(f"Content-Length: {len(body)}")
        lines.append("Connection: " + ("keep-alive" if keep else "close"))
        lines += [f"{k}: {v}" for k, v in (extra or {}).items()]
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        writer.write(head if method == "HEAD" or status == 304 else head + body)


def _http_date(ts: float) -> str:
    return time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(ts))


async def serve(
    spec: SiteSpec,
    origins: int,
    latency_ms: float,
    *,
    connect_ms: float = 0.0,
    opml: Path | None = None,
    urls: Path | None = None,
    ready: asyncio.Event | None = None,
) -> None:
    """Bind `origins` ports on 127.0.0.1, build the site, announce, serve forever."""
    holder: list[Server] = []

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await holder[0].handle(reader, writer)

    servers = [
        await asyncio.start_server(handler, HOST, 0, backlog=1024, limit=256 * 1024)
        for _ in range(max(1, origins))
    ]
    ports = [s.sockets[0].getsockname()[1] for s in servers]
    site = Site(spec, ports)
    holder.append(Server(site, latency_ms, connect_ms))
    if opml is not None:
        opml.write_text(site.opml(), encoding="utf-8")
    if urls is not None:
        urls.write_text("".join(u + "\n" for u in site.urls()), encoding="utf-8")
    announce = {
        "ready": True,
        "ports": ports,
        "control": f"http://{HOST}:{ports[0]}",
        "feeds": spec.feeds,
        "items": site.items_total,
        "build_seconds": round(site.build_seconds, 3),
        **site.sizes(),
        "urls": site.urls(),
    }
    sys.stdout.write(json.dumps(announce) + "\n")
    sys.stdout.flush()
    if ready is not None:
        ready.set()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    for s in servers:
        s.close()


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: see the module docstring."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--feeds", type=int, default=200)
    ap.add_argument("--items", type=int, default=50)
    ap.add_argument("--origins", type=int, default=1, help="ports to spread the feeds over")
    ap.add_argument("--latency", type=float, default=0.0, help="ms added to every request")
    ap.add_argument(
        "--connect-latency",
        type=float,
        default=0.0,
        help="ms added once per new connection (handshake round trips; rewards keep-alive)",
    )
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument(
        "--public-links",
        action="store_true",
        help="links inside documents on www.bench-news-NN.example, not 127.0.0.1 (see SiteSpec)",
    )
    ap.add_argument("--opml", type=Path, help="write the subscriptions as OPML here")
    ap.add_argument("--urls", type=Path, help="write the feed URLs (one a line) here")
    args = ap.parse_args(argv)
    spec = SiteSpec(
        feeds=args.feeds, items=args.items, seed=args.seed, public_links=args.public_links
    )
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(
            serve(
                spec,
                args.origins,
                args.latency,
                connect_ms=args.connect_latency,
                opml=args.opml,
                urls=args.urls,
            )
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
