"""The same article carried by several feeds: keys its copies share (pure).

Two items are copies when their links lead to the same page once the parts that differ
between feeds are removed (scheme, "www.", tracking parameters, fragment, a trailing
slash), or when their titles and leads read the same after folding (case, accents,
punctuation and spacing aside). A title alone counts only when it is long enough not
to be a recurring one ("Live updates", "Business Highlights").
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ekreader.core.stories.terms import latin_fold
from ekreader.core.text.fold import search_fold

LEAD_WORDS = 12
"""Only the lead's first words count: feeds cut a teaser at different lengths."""

TITLE_ALONE_WORDS = 6
"""A title without a lead identifies an article only with at least this many words."""

_TRACKING = re.compile(
    r"(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|ocid|cmpid|cmp|at_\w+|ns_\w+"
    r"|xtor|ito|wt\.mc_id|s_cid|icid|intcmp|share|rss|ref|src|source|feature)",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class CopyKeys:
    """What an article's copies share: either key equal means the same article."""

    link: str | None
    """The canonical link, or None without an http(s) link."""
    text: str | None
    """A digest of the folded title and lead, or None when they say too little."""


def canonical_link(url: str | None) -> str | None:
    """The link as two feeds would agree on it: host in lower case without "www.", no
    scheme, port 80/443, fragment, tracking parameter or trailing slash; the remaining
    query parameters sorted. None for a missing or non-http(s) link."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower().removeprefix("www.")
    if port is not None and port not in (80, 443):
        host = f"{host}:{port}"
    query = sorted(
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not _TRACKING.fullmatch(k)
    )
    path = parts.path.rstrip("/") or ""
    return urlunsplit(("", host, path, urlencode(query), ""))[2:]


def folded_words(text: str, limit: int | None = None) -> list[str]:
    """The words of a text folded as search folds them, in lower case."""
    words = _WORD.findall(search_fold(text).casefold())
    if limit is not None:
        words = words[:limit]
    return [w if w.isascii() or max(w) >= "\u0250" else latin_fold(w) for w in words]


def text_key(title: str, lead: str) -> str | None:
    """A digest of the folded title and the lead's first LEAD_WORDS words; None when
    the title is empty, or when there is no lead and the title is short."""
    title_words = folded_words(title)
    lead_words = folded_words(lead, LEAD_WORDS)
    if not title_words or (not lead_words and len(title_words) < TITLE_ALONE_WORDS):
        return None
    text = " ".join(title_words) + "\n" + " ".join(lead_words)
    return hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()


def copy_keys(link: str | None, title: str, lead: str) -> CopyKeys:
    """Both keys of one article."""
    return CopyKeys(canonical_link(link), text_key(title, lead))
