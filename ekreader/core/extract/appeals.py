"""The site's appeals set in a box of their own, in the article or beside it: a paywall
("This article is for subscribers … Already a subscriber? Log in"), a call to become a
member, to donate, to buy the magazine.

Found in any language by what the box leads to: a button (a short link) to the site's
subscription, membership or donation page (by the words of the last part of its
address: "/abo", "/assine/", "/donate", "/membership") or to a payment page (PayPal, Steady, Patreon),
in a box of little text (`APPEAL_TEXT`) that is not a paragraph. The box is the largest
block around the button that stays small, but never grows past a block of its own into
the article's text beside it. A paragraph of the article that links such a page (a
fundraiser it reports on) is a paragraph, not a box, and stays.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from ekreader.core.extract.pageitems import link_target, solid_length
from ekreader.core.text.htmltree import remove_element

if TYPE_CHECKING:
    from lxml.etree import _Element

APPEAL_TEXT = 500
"""Most text of an appeal's box (its heading, two or three sentences, its buttons),
counted without white space."""
BUTTON = 40
"""Longest text of the button (link) an appeal leads to."""
ARTICLE_LINE = 80
"""A paragraph this long beside a block is text the block stands in (the article's)."""
LONG_PARAGRAPH = 300
"""A box holding a paragraph this long is text, not an appeal."""
_APPEAL_WORDS = frozenset(
    [
        "subscribe",
        "subscription",
        "subscriptions",
        "abo",
        "abos",
        "abonnement",
        "abonnements",
        "abonnieren",
        "abonner",
        "abbonamento",
        "abbonamenti",
        "abbonati",
        "assine",
        "assinatura",
        "assinaturas",
        "suscripcion",
        "suscripción",
        "suscripciones",
        "suscribete",
        "suscríbete",
        "abone",
        "abonelik",
        "membership",
        "memberships",
        "membresia",
        "membresía",
        "membro",
        "membros",
        "miembro",
        "miembros",
        "mitglied",
        "mitgliedschaft",
        "adhesion",
        "adhésion",
        "donate",
        "donation",
        "donations",
        "donar",
        "donaciones",
        "doar",
        "doacao",
        "spenden",
        "spende",
        "unterstuetzen",
        "unterstützen",
        "apoie",
        "apoya",
        "apoyo",
        "soutenir",
        "soutien",
        "sostienici",
        "sostieni",
        "destek",
        "bagis",
        "socio",
        "socios",
        "sócio",
        "sócios",
        "app",
        "apps",
        "uygulama",
        "aplicativo",
        "contribute",
        "contribution",
        "contributions",
        "checkout",
        "paywall",
    ]
)
"""Words of the address of a subscription, membership or donation page."""
_WORD_BREAKS = re.compile(r"[\W_]+")
_PAYMENT = frozenset(
    {"paypal.me", "paypal.com", "steadyhq.com", "patreon.com", "ko-fi.com", "donorbox.org"}
)
_BLOCKS = frozenset({"div", "section", "aside", "figure", "blockquote", "footer", "form"})
_NOT_BOXES = frozenset({"p", "li", "span", "a", "strong", "b", "em", "i", "header", "nav"})
_STOP = frozenset({"body", "html", "main", "article"})


def drop_appeals(root: _Element, page: str, sites: frozenset[str]) -> None:
    """Remove the boxes of the site's appeals from a page (see the module's docstring);
    `page` is its URL, `sites` its own hosts without "www."."""
    hrefs = "\n".join(_hrefs()(root)).lower()  # the cheap tests first, for the whole page
    cues = (_words(hrefs) & _APPEAL_WORDS) | {host for host in _PAYMENT if host in hrefs}
    if not cues:
        return
    doomed: dict[int, _Element] = {}
    for link in _links_with(tuple(sorted(cues)))(root):
        if _is_appeal(link, page, sites) and solid_length(link, BUTTON) <= BUTTON:
            box = _box(link)
            if box is not None:
                doomed[id(box)] = box
    for box in doomed.values():
        remove_element(box)


@cache
def _links_with(cues: tuple[str, ...]) -> Any:
    """The links whose address holds one of `cues` as written, in lower case ("/Abo" is
    passed over: a case-blind XPath costs a tenth of the extraction); the XPath runs in
    C, and a page has one or two cues, so there are few XPaths to cache."""
    from lxml import etree

    tests = " or ".join(f"contains(@href, '{cue}')" for cue in cues)
    return etree.XPath(f"descendant::a[{tests}]")


@cache
def _hrefs() -> Any:
    """The addresses of a page's links (the XPath runs in C)."""
    from lxml import etree

    return etree.XPath("descendant::a/@href")


def _is_appeal(link: _Element, page: str, sites: frozenset[str]) -> bool:
    """A link to the site's subscription, membership or donation page (the words in the
    last part of its address, in its query, or naming a host of the site's own:
    "abo.site.de"), or to a payment page."""
    href = (link.get("href") or "").strip()
    target = link_target(page, href)
    if target is None:
        return False
    address, host = target
    if host in _PAYMENT:
        return True
    words = ""
    if host not in sites and href.startswith(("http:", "https:", "//")):
        if not any(host.endswith(f".{site}") for site in sites):
            return False
        words = host.split(".", 1)[0]  # the site's own shop: "abo.site.de", "apoyo.site.net"
    from urllib.parse import urlsplit

    parts = urlsplit(address)
    last = parts.path.rstrip("/").rsplit("/", 1)[-1]
    return bool(_words(f"{words} {last} {parts.query}".casefold()) & _APPEAL_WORDS)


def _words(text: str) -> set[str]:
    """The words of an address (or of several), split at anything but letters and digits."""
    return set(_WORD_BREAKS.split(text))


def _box(link: _Element) -> _Element | None:
    """The appeal's box around its button: the largest block that stays within
    `APPEAL_TEXT` and does not take in article text beside it; None when that is a
    paragraph or a line (the link stands in text), or holds a headline or long text."""
    box = link
    parent = link.getparent()
    while parent is not None and parent.tag not in _STOP:
        if solid_length(parent, APPEAL_TEXT) > APPEAL_TEXT:
            break
        if box.tag in _BLOCKS and _text_beside(parent, box):
            break
        box, parent = parent, parent.getparent()
    if box is link or box.tag in _NOT_BOXES or next(box.iter("h1"), None) is not None:
        return None
    if any(solid_length(p, LONG_PARAGRAPH) >= LONG_PARAGRAPH for p in box.iter("p")):
        return None
    return box


def _text_beside(parent: _Element, box: _Element) -> bool:
    """`parent` holds, beside `box`, a paragraph of `ARTICLE_LINE` characters or more."""
    return any(
        solid_length(p, ARTICLE_LINE) >= ARTICLE_LINE
        for child in parent
        if child is not box and isinstance(child.tag, str)
        for p in child.iter("p")
    )
