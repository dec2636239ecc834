"""The site's calls to follow it elsewhere, set in the article as a paragraph of its own:
"download our app for iOS and Android", "join our Telegram channel", "follow us on
Instagram", "support our work on Steady"; and its tiplines ("send us your videos on
WhatsApp", see `drop_tiplines`).

Found by where the paragraph's links lead, in any language: every link goes to an
account or an app on a platform (app stores, social networks, messengers, payment
pages), and one of them is the site's own: a publisher's channel (WhatsApp, Google
News), or an account or app whose name holds the site's name ("t.me/guatemalacom" on
guatemala.com, "ElUniversalVzla" on eluniversal.com; a council's bin-day app stays). Or the paragraph gives the site's
handle in its text ("Follow us @JamaicaGleaner"), linking nothing but accounts and mail
addresses. A link to one post on a platform (a minister's tweet, a video) is a source the
article cites, and a paragraph linking someone else's account is about them: both stay.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from ekreader.core.extract.pageitems import line_key, link_target, shorter
from ekreader.core.text.htmltree import remove_element

if TYPE_CHECKING:
    from lxml.etree import _Element

PROMO_TEXT = 160
"""Longest paragraph taken for a call to follow the site: a line or two. A longer one
says more than that (a question to the readers, the site's own news) and stays."""
NAME = 5
"""Shortest name of a site looked for in an account's name (shorter ones match by chance)."""
_PLATFORMS = frozenset(
    {
        "apps.apple.com",
        "itunes.apple.com",
        "play.google.com",
        "news.google.com",
        "t.me",
        "telegram.me",
        "whatsapp.com",
        "wa.me",
        "twitter.com",
        "x.com",
        "instagram.com",
        "facebook.com",
        "fb.com",
        "youtube.com",
        "tiktok.com",
        "linkedin.com",
        "threads.net",
        "bsky.app",
        "flipboard.com",
        "pinterest.com",
        "vk.com",
        "paypal.me",
        "paypal.com",
        "steadyhq.com",
        "patreon.com",
        "ko-fi.com",
    }
)
_PLATFORM_HINT = re.compile(
    r"mailto:|apple\.com|google\.com|t\.me|telegram|whatsapp|wa\.me|twitter|x\.com|instagram|"
    r"facebook|fb\.com|youtube|tiktok|linkedin|threads|bsky|flipboard|pinterest|vk\.com|"
    r"paypal|steady|patreon|ko-fi",
    re.I,
)
"""A link that may lead to a platform (`_PLATFORMS`; a mail address too): what is worth
reading further."""
_APP_STORES = frozenset({"apps.apple.com", "itunes.apple.com", "play.google.com"})
_CHANNELS = frozenset(
    {("whatsapp.com", "channel"), ("news.google.com", "publications"), ("t.me", "s")}
)
"""A platform's pages for a publisher's channel (by their path's first segment)."""
_CHANNEL = "\x00channel"
_HANDLE = re.compile(r"(?<![\w.])@(\w{3,30})")
HANDLE_TEXT = 300
"""Longest paragraph taken for a call to follow the site when it gives the site's handle
("@JamaicaGleaner") in its text: two sentences, with a mail address or a phone number."""
_POSTS = frozenset(
    {"status", "statuses", "watch", "shorts", "p", "reel", "reels", "video", "videos"}
    | {"posts", "photo", "photos", "events", "playlist", "story", "stories"}
)
"""Path segments of a link to one post on a platform, not to an account."""
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "or", "ne", "gob"})


def drop_channel_promos(body: _Element, page: str, sites: frozenset[str], name: str) -> None:
    """Remove the body's paragraphs that call the reader to the site's own accounts or
    apps (see the module's docstring). `page` is the article's URL, `sites` the page's own
    hosts without "www.", `name` the site's name from its metadata (og:site_name) or ""."""
    names = {line_key(name)} | {_site_label(host) for host in sites}
    names = {n for n in names if len(n) >= NAME}
    candidates = {  # the cheap tests first: the lines linking a platform, or giving a handle
        id(line): line
        for a in body.iter("a")
        if _PLATFORM_HINT.search(a.get("href") or "") and (line := _line_of(a)) is not None
    }
    if names and "@" in "".join(body.itertext()):
        candidates.update((id(el), el) for el in body.iter("p", "li") if _outermost(el))
    for el in candidates.values():
        size = _length(el)
        if size > HANDLE_TEXT:
            continue
        found = [_account(page, a.get("href") or "") for a in el.iter("a")]
        accounts = [account for account in found if account is not None]
        if len(accounts) < len(found):
            continue  # a link off the platforms: the paragraph says more than "follow us"
        follow = accounts and size <= PROMO_TEXT and any(_own(a, names) for a in accounts)
        if follow or (names and _names_a_handle(" ".join(el.itertext()), names)):
            remove_element(el)


BOX_TEXT = 200
"""Most text of a box that calls the reader to a platform (its line and its button)."""
_BOXES = frozenset({"div", "section", "aside"})
_NOT_CALLS = ("table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote")
_SHARE = re.compile(r"intent|share|sharer", re.I)
"""A share button's address ("twitter.com/intent/tweet", "facebook.com/sharer"): a
quote with one ("click to tweet") is the article's."""


def drop_channel_boxes(root: _Element, page: str) -> None:
    """Remove from a page the boxes that call the reader to a channel or an app: one button
    (a link outside any paragraph) to an account on a messenger, an app store or Google
    News, in a small box of one call beside it ("تابعوا آخر أخبارنا عبر قناتنا على
    تليجرام", "Folgen Sie uns auf WhatsApp"), no heading, list or quote in it. A paragraph
    with such a link is read in the body (`drop_channel_promos`): there, whose account it
    is decides."""
    doomed: list[_Element] = []
    for link in _platform_links()(root):  # outside paragraphs: those are the body's pass
        href = link.get("href") or ""
        if _SHARE.search(href) or not _account(page, href):
            continue  # a share button, not an account, or a mail address (a contact)
        box = link
        while (parent := box.getparent()) is not None and shorter(parent, BOX_TEXT):
            box = parent  # (`shorter` reads no further than it needs: a page is long)
        if box.tag not in _BOXES or next(box.iter(*_NOT_CALLS), None) is not None:
            continue  # a table's cell, a list of links, a heading's block: no call
        if len(box.findall(".//a")) == 1 and _length(box) > _length(link):
            doomed.append(box)  # one button and the call beside it
    for box in doomed:
        if box.getparent() is not None:
            remove_element(box)


TIP_TEXT = 300
"""Most text of a tipline's box (a question and the call: a number, an address)."""
TIP_TITLE = 60
"""Longest title of a tipline's box, set as a paragraph ("Vous êtes témoin d'un
événement ?")."""
_MESSENGERS = ("WhatsApp", "Whatsapp", "Telegram", "Threema", "واتساب", "تيليجرام", "تلغرام")
_PHONE = re.compile(r"\+?\(?\d[\d ()/.-]{6,}\d")
"""A phone number as written in a text ("+44 7700 900418", "(0530) 000 44 55")."""


def drop_tiplines(root: _Element) -> None:
    """Remove the site's tiplines: a box of one paragraph (and at most a short title) that
    names a messenger and gives its number ("Seen something you want us to check? Send it
    to our WhatsApp tipline on +44 7700 900418"), at most `TIP_TEXT` characters. A
    paragraph of the article (one of many in its block) that tells of a number stays, and
    so does a box of several paragraphs (the police's appeal for witnesses)."""
    doomed: list[_Element] = []
    for line in _messenger_lines()(root):
        box = line.getparent()
        if box is None or box.tag not in _BOXES or not shorter(box, TIP_TEXT):
            continue
        if next(box.iter(*_NOT_CALLS), None) is not None:
            continue
        if any(p is not line and not shorter(p, TIP_TITLE) for p in box.iter("p")):
            continue  # a box of several paragraphs: the article's (an appeal for witnesses)
        if _PHONE.search(" ".join(line.itertext())):
            doomed.append(box)
    for box in doomed:
        if box.getparent() is not None:
            remove_element(box)


@cache
def _messenger_lines() -> Any:
    """The paragraphs that name a messenger (`_MESSENGERS`; the XPath runs in C)."""
    from lxml import etree

    names = " or ".join(f"contains(., '{name}')" for name in _MESSENGERS)
    return etree.XPath(f"descendant::p[{names}]")


_CALL_HOSTS = ("t.me", "telegram", "whatsapp", "wa.me", "news.google", "apple.com", "play.google")
"""Where a box's one button calls the reader: a messenger's channel, an app, Google News
(a social network's buttons come in bars of several, which are no call of their own)."""


@cache
def _platform_links() -> Any:
    """The links outside paragraphs and list items that may lead to a messenger's channel,
    an app or Google News (the XPath runs in C; a page has many links)."""
    from lxml import etree

    hosts = " or ".join(f"contains(@href, '{host}')" for host in _CALL_HOSTS)
    return etree.XPath(f"descendant::a[{hosts}][not(ancestor::p) and not(ancestor::li)]")


def _line_of(link: _Element) -> _Element | None:
    """The outermost paragraph or list item that holds a link, if any."""
    found = None
    for el in link.iterancestors("p", "li"):
        found = el
    return found


def _outermost(el: _Element) -> bool:
    """A paragraph or list item inside none."""
    return next(el.iterancestors("p", "li"), None) is None


def _own(account: str, names: set[str]) -> bool:
    """An account or app (by `_account`) that is the site's: a channel, or named for it."""
    return account == _CHANNEL or any(n in account for n in names)


def _names_a_handle(text: str, names: set[str]) -> bool:
    """The text gives the site's handle on a platform: "@JamaicaGleaner" on
    jamaica-gleaner.com."""
    return any(any(n in line_key(h) for n in names) for h in _HANDLE.findall(text))


def _account(page: str, href: str) -> str | None:
    """The name of the account or app a link leads to on a platform (its path and query,
    squeezed), `_CHANNEL` for a publisher's channel (a WhatsApp channel, a Google News
    publication), "" for a mail address; None for a link elsewhere or to one post."""
    if href.startswith("mailto:"):
        return ""
    target = link_target(page, href)
    if target is None:
        return None
    address, host = target
    if host not in _PLATFORMS:
        return None
    from urllib.parse import urlsplit

    parts = urlsplit(address)
    segments = [s.casefold() for s in parts.path.split("/") if s]
    if segments and (host, segments[0]) in _CHANNELS:
        return _CHANNEL
    if host in _APP_STORES:
        return line_key(parts.path + " " + parts.query)  # the app's name and its id
    if len(segments) > 2 or any(s in _POSTS for s in segments):
        return None
    return line_key(parts.path + " " + parts.query)


def _site_label(host: str) -> str:
    """A host's name without its top-level domain: "nationnews" for nationnews.com,
    "gleaner" for gleaner.co.jm."""
    labels = host.split(".")
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL:
        return line_key(labels[-3])
    return line_key(labels[-2]) if len(labels) >= 2 else ""


def _length(el: _Element) -> int:
    return len(" ".join(" ".join(el.itertext()).split()))
