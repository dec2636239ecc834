"""Boxes on a page that are never article text, found by their structure in any language:
sign-up boxes and polls around a form or a button to a newsletter page, advertisements
around a paid link, comment threads (items that each end in the same "reply" link),
cookie consent dialogs, contact boxes for the press and invitations to write in. (The
boxes of players, widgets and the site's services are `widgets`'.)"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache
from typing import TYPE_CHECKING, Any

from ekreader.core.extract.cues import CALL_TO_ACTION, NEWSLETTER, SPONSOR
from ekreader.core.extract.pageitems import solid, solid_length
from ekreader.core.text.htmltree import BLOCK_TAGS, remove_element
from ekreader.core.text.sanitize import clean_line

if TYPE_CHECKING:
    from lxml.etree import _Element

BOX_TEXT = 250
"""Most text of a box around a form (a heading, a sentence, the form's labels), counted
without white space, as all lengths here."""
_REPLY_TEXT = 24
"""Longest text of a comment's reply link ("Reply", "Antworten", "رد")."""
_COMMENT_TEXT = 20
"""Fewest characters of a comment besides its reply link."""
_REPLY_HREF = re.compile(r"^#|reply|respond", re.I)
_REPLY_ADDRESS = re.compile(r"reply|respond", re.I)
_THREAD_SHARE = 0.6
"""Share of a thread's text in its comments (the rest: a heading, a form, a pager)."""
_COMMENT_ITEM = 2000
"""Longest comment (with its author, date and links)."""
PAGE_BLOCKS = frozenset({"body", "html", "main", "article"})
"""The page's main blocks: no box grows into them."""
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_FIELDS = frozenset({"text", "email", "", "radio", "checkbox"})


def drop_boxes(root: _Element) -> None:
    """Remove sign-up boxes (a form with a text or email field or a text area, or an
    iframe under a heading that offers a newsletter, with at most `BOX_TEXT` characters
    of text around it) and comment threads from a page."""
    doomed: list[_Element] = []
    lengths: dict[_Element, int] = {}
    for form in root.iter("form"):
        if _is_entry_form(form) and solid_length(form, BOX_TEXT) <= BOX_TEXT:
            doomed.append(_largest_box(form, lengths))
    for frame in root.iter("iframe"):  # a sign-up form served from elsewhere
        box = _largest_box(frame, lengths)
        heading = next(box.iter(*_HEADINGS), None) if box is not frame else None
        if heading is not None and _is_sign_up(clean_line(" ".join(heading.itertext()))):
            doomed.append(box)
    doomed += _sign_up_links(root, lengths)
    doomed += _sponsored_boxes(root, lengths)
    doomed += _button_boxes(root, lengths)
    doomed += _price_lists(root, lengths)
    contacts = _contact_links()(root)
    doomed += _contact_boxes(contacts)
    doomed += _write_in_boxes(contacts)
    doomed += _threads(root)
    doomed += _comment_sections(root)
    doomed += _consent_boxes(root)
    for el in doomed:
        if el.getparent() is not None and _attached(el, root):
            remove_element(el)


_BUTTON = 40
"""Longest text of a sign-up box's button ("Apúntese aquí", "Jetzt abonnieren")."""
_INLINE = frozenset({"p", "li", "span", "strong", "b", "em", "i"})
"""Elements around a link that make it part of a text, not a box's button."""
_LISTS = ("ul", "ol", "table")


@cache
def _links_to() -> Any:
    """Links whose address names a newsletter page."""
    from lxml import etree

    return etree.XPath("descendant::a[contains(@href, 'ewsletter')]")


@cache
def _paid_links() -> Any:
    """Links marked paid, or possibly (the exact test on the words of rel is ours)."""
    from lxml import etree

    return etree.XPath("descendant::a[contains(@rel, 'sponsored')]")


def _paid(link: _Element) -> bool:
    """A link marked paid: "sponsored" among the words of its rel."""
    return "sponsored" in (link.get("rel") or "").split()


def _sign_up_links(root: _Element, lengths: dict[_Element, int]) -> list[_Element]:
    """Sign-up boxes without a form: a button to the site's newsletter page (its address
    names one) that ends a small box (`BOX_TEXT`) whose first line, a label of its own,
    names a newsletter ("Newsletter de Opinión", then a sentence and "Apúntese aquí"), or
    that is one call ending in the button ("Recibe cada mañana las noticias en tu correo.
    Apúntate"). A link in a line ("Erschienen im Newsletter <a>Ausgabe 12</a>") is none."""
    boxes: list[_Element] = []
    for link in _links_to()(root):  # "ewsletter": "Newsletter" too, the XPath runs in C
        if solid_length(link, _BUTTON) > _BUTTON:
            continue
        box = _largest_box(link, lengths)
        if box is link or box.tag in _INLINE:
            continue
        if not _ends_with(box, link):
            continue  # the button ends a sign-up box; a link in a line is something else
        label = _label_of(box, link)
        if (label is not None and _says(label, NEWSLETTER)) or solid_length(box, _CALL) <= _CALL:
            boxes.append(box)
    return boxes


_SAID = 30
"""Fewest characters of a call between its title and its button (a teaser card is a
title and a link)."""
_TITLE = 60
"""Longest label of a box ("Newsletter de Opinión", "Presented by Calloway Marine")."""


def _ends_labelled_block(link: _Element) -> bool:
    """True when `link` ends a block (nothing follows it there) that opens with a label
    `_button_boxes` looks for: a heading, or a sponsor's label."""
    node = link
    while not (node.tail or "").strip() and node.getnext() is None:
        parent = node.getparent()
        if parent is None or parent.tag in PAGE_BLOCKS:
            return False
        label = _label_of(parent, link)
        if label is not None and (label.tag in _HEADINGS or _is_sponsor(label)):
            return True
        node = parent
    return False


def _own_line(link: _Element) -> bool:
    """True for a link on a line of its own, a button: no text before it in its block
    (a paragraph that ends in a link is a sentence)."""
    before = link.getprevious()
    if before is None:
        parent = link.getparent()
        return parent is None or not (parent.text or "").strip()
    return not (before.tail or "").strip() and (
        before.tag == "br" or (isinstance(before.tag, str) and before.tag in BLOCK_TAGS)
    )


def _is_sponsor(label: _Element) -> bool:
    """A label that names an advertisement or its sponsor (`SPONSOR`)."""
    return _says(label, SPONSOR)


def _says(label: _Element, words: re.Pattern[str]) -> bool:
    """A label (at most `_TITLE` characters) in which `words` are found."""
    title = clean_line(" ".join(label.itertext()))
    return len(title) <= _TITLE and words.search(title) is not None


def _first_text(box: _Element) -> _Element | None:
    """The element that holds a box's first text."""
    return next((el for el in box.iter() if (el.text or "").strip()), None)


def _label_of(box: _Element, button: _Element) -> _Element | None:
    """The element of the label a box opens with: its first text, when that is a line of
    its own and not the one its `button` stands in."""
    label = _first_text(box)
    if label is None or label is button or button in label.iterdescendants():
        return None
    return label


def _button_boxes(root: _Element, lengths: dict[_Element, int]) -> list[_Element]:
    """Boxes of text that end in a button and are no article's, in any language:

    - an advertisement that nothing marks paid: a small box (`BOX_TEXT`) that opens with a
      label naming an advertisement or its sponsor ("ANZEIGE", "Presented by Calloway
      Marine Insurance", "IN COLLABORAZIONE CON", "برعاية مصرف النخيل الرقمي"): a
      newsletter's sponsor between its sections, a partner's box in an article;
    - a call under a title of its own: a heading, a sentence (`_SAID` characters or more,
      no list: a fact box's figures are no call) and the button on a line of its own, the
      box's one link, `_CALL` characters in all ("Toute l'actu du Val dans votre poche /
      Téléchargez gratuitement l'application … / Télécharger l'appli"): a page builder's
      promotion module between the article's paragraphs.
    """
    boxes: list[_Element] = []
    for link in root.iter("a"):
        if not link.get("href") or not _ends_labelled_block(link):
            continue  # the cheap test first: most links are a menu's or a line's
        if solid_length(link, _BUTTON) > _BUTTON:
            continue
        box = _largest_box(link, lengths)
        if box is link or box.tag in _INLINE or not _ends_with(box, link):
            continue
        label = _label_of(box, link)
        if label is None:
            continue
        if _is_sponsor(label):
            boxes.append(box)
        elif label.tag in _HEADINGS and _own_line(link) and sum(1 for _ in box.iter("a")) == 1:
            size = solid_length(box, _CALL)
            said = size - solid_length(label) - solid_length(link)  # the call itself
            if size <= _CALL and said >= _SAID and next(box.iter(*_LISTS), None) is None:
                boxes.append(box)
    return boxes


_CALL = 160
"""Most text of a box that is one call and its button ("Recibe cada mañana las noticias
en tu correo. Apúntate gratis")."""


def _ends_with(box: _Element, link: _Element) -> bool:
    """True when nothing but white space follows `link` in `box` (a button ends it)."""
    el: _Element | None = link
    while el is not None and el is not box:
        if (el.tail or "").strip() or any(isinstance(n.tag, str) for n in el.itersiblings()):
            return False
        el = el.getparent()
    return True


_AD_LABEL = 24
"""Most text of an advertisement's card outside its one paid link ("Anzeige", "Sponsored")."""


def _sponsored_boxes(root: _Element, lengths: dict[_Element, int]) -> list[_Element]:
    """Advertisements set as a box of text: a small box (`BOX_TEXT`) around a button whose
    link is marked paid (rel="sponsored", as search engines ask of paid links), or a card
    that is all one paid link but its label; not a paragraph or a list that holds such
    links (a review's affiliate links)."""
    boxes: list[_Element] = []
    for link in _paid_links()(root):
        if not _paid(link):
            continue
        button = solid_length(link, _BUTTON) <= _BUTTON
        box = _largest_box(link, lengths)
        if box is link or box.tag in _INLINE or next(box.iter(*_LISTS), None) is not None:
            continue
        if not button and solid_length(box) - solid_length(link) > _AD_LABEL:
            continue  # a paid link in a text, not a card that is all one link
        if not any(a.tag in _LISTS for a in box.iterancestors()):
            boxes.append(box)
    return boxes


CONTACT_TEXT = 300
"""Most text of a contact box (its title, a name, a unit, a phone number, an address)."""
_CONTACT_LINE = 100
"""Longest line of a contact box (a sentence is an article's)."""
_BOXES = frozenset({"div", "aside", "section", "address"})
_LINES = ("p", "li", "div", "dt", "dd", *_HEADINGS)
"""The elements of a contact box's lines (those without such elements inside)."""


def _contact_boxes(contacts: list[_Element]) -> list[_Element]:
    """Contact boxes ("Pressekontakt", "Media enquiries"): the largest box around a phone
    or e-mail link (`tel:`, `mailto:`) or an e-mail address written out, with at most
    `CONTACT_TEXT` characters, all of it in short lines (a name, a unit, the numbers; lines
    broken by <br> too), no sentence of an article's, unless the box's label addresses
    journalists (`_for_press`: "Accreditation for journalists / Media contact")."""
    found: list[_Element] = []
    for link in contacts:
        if link.tag != "a" and not any(_EMAIL.search(text) for text in link.xpath("text()")):
            continue
        box = outer_box(link, CONTACT_TEXT, _BOXES)
        if box is None or any(box is other for other in found):
            continue
        if next(box.iter("h1"), None) is not None:
            continue  # the article's header
        lines = [el for el in box.iter(*_LINES) if not any(c.tag in _LINES for c in el)]
        if not all(_longest_line(line) <= _CONTACT_LINE for line in lines) and not _for_press(box):
            continue
        if _PRESS.search(" ".join(box.itertext())):
            found.append(box)
    return found


_FOR_PRESS = re.compile(
    r"press|prensa|imprensa|stampa|basın|medien|media|medios|journalist|periodist|"
    r"giornalist|gazeteci|akkredit|accredit|acreditac|credenciamento|الإعلام|إعلامي|للصحفيين",
    re.I,
)
"""Words of a box's title that address journalists ("Media contact", "Contatti stampa",
"Accreditation for journalists")."""


def _for_press(box: _Element) -> bool:
    """A box whose label, a line of its own, addresses journalists: its sentences (how
    to get accredited, whom to call) are no article's either."""
    label = _first_text(box)
    return label is not None and _says(label, _FOR_PRESS)


WRITE_IN_TEXT = 300
"""Most text of a box inviting readers to write to the newsroom (a title, a paragraph)."""
_ARTICLE_BLOCK = 500
"""Least text of the block a write-in box follows: the article's text."""


def _write_in_boxes(contacts: list[_Element]) -> list[_Element]:
    """Boxes inviting readers to write to the newsroom, right after the article's text:
    a paragraph with an e-mail address written out ("Email askus@… with your name"; "Le
    lettere … vanno inviate a lettere@…") and at most a title beside it, in a small box
    (`WRITE_IN_TEXT`) that follows the block of the article's text. An address in the
    article's own text, or in a box among its paragraphs (an appeal for witnesses), stays."""
    found: list[_Element] = []
    for line in contacts:
        if line.tag != "p" or not any(_EMAIL.search(text) for text in line.xpath("text()")):
            continue
        box = line.getparent()
        if box is None or box.tag not in _BOXES or solid_length(box, WRITE_IN_TEXT) > WRITE_IN_TEXT:
            continue
        others = [el for el in box if isinstance(el.tag, str) and el is not line]
        if len(others) > 1 or any(solid_length(el, _TITLE_TEXT) > _TITLE_TEXT for el in others):
            continue
        if after_text(box):
            found.append(box)
    return found


_TITLE_TEXT = 60
"""Longest title of a write-in box ("Got a question for our newsroom?")."""


def after_text(box: _Element) -> bool:
    """True for a box right after the block of the article's text (`_ARTICLE_BLOCK`)."""
    before = previous_block(box)
    return before is not None and solid_length(before, _ARTICLE_BLOCK) >= _ARTICLE_BLOCK


def previous_block(el: _Element) -> _Element | None:
    """The element right before `el` among its siblings (past comments), else None."""
    return next((sib for sib in el.itersiblings(preceding=True) if isinstance(sib.tag, str)), None)


_PRESS = re.compile(
    r"kontakt|contact|contato|contacto|contatti|iletişim|enquir|inquir|press|prensa|"
    r"imprensa|stampa|basın|medien|media|medios|journalist|periodist|giornalist|gazeteci|"
    r"الإعلام|إعلامي|للصحفيين|اتصال|تواصل",
    re.I,
)
"""Words of a box for the press ("Pressekontakt", "Media enquiries", "Basın İletişim"): a
box of ticket or event details with a phone number is the article's."""


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.\w")
"""An e-mail address written as text ("press.office@westmarsh.police.example")."""


def _longest_line(el: _Element) -> int:
    """The length of an element's longest line (its <br>s break lines), without spaces."""
    longest = current = 0
    for node in el.iter():
        if node is not el and node.tag == "br":
            longest, current = max(longest, current), 0
        for text in (
            node.text if node is el or node.tag != "br" else None,
            node.tail if node is not el else None,
        ):
            if text:
                current += solid(text)
    return max(longest, current)


@cache
def _contact_links() -> Any:
    """Links to a phone number or an e-mail address (not a share button's "mailto:?"), and
    lines that may write an address as text."""
    from lxml import etree

    return etree.XPath(
        "descendant::a[starts-with(@href, 'tel:')"
        " or (starts-with(@href, 'mailto:') and not(starts-with(@href, 'mailto:?')))]"
        " | descendant::*[self::p or self::div or self::span or self::li][text()[contains(., '@')]]"
    )


_OFFER = 40
"""Longest item of a price comparison (a shop, a price and a paid button)."""


def _price_lists(root: _Element, lengths: dict[_Element, int]) -> list[_Element]:
    """Price comparisons: a list of two or more short items (`_OFFER`), each a shop and a
    price with a paid button (rel="sponsored"), with the box around it (its title, a note
    on the prices). A review's list of products with paid links says more of each."""
    found: list[_Element] = []
    for listing in {id(li.getparent()): li.getparent() for li in _paid_items()(root)}.values():
        items = [li for li in listing if li.tag == "li"]
        if len(items) < 2 or any(solid_length(li, _OFFER) > _OFFER for li in items):
            continue
        if all(any(_paid(a) for a in li.iter("a")) for li in items):
            found.append(_largest_box(listing, lengths))
    return found


@cache
def _paid_items() -> Any:
    """List items holding a link marked paid, or possibly."""
    from lxml import etree

    return etree.XPath("descendant::li[.//a[contains(@rel, 'sponsored')]]")


CONSENT_TEXT = 1500
"""Most text of a cookie or privacy consent box (its notice, its choices, its buttons)."""
_CONSENT_NAME = re.compile(
    r"cookie|consent|gdpr|rgpd|lgpd|dsgvo|kvkk|\bcmp\b|cmp[-_]|didomi|iubenda|onetrust|"
    r"tarteaucitron|usercentrics|cmplz|borlabs",
    re.I,
)
"""An id or a class of a consent box: the law's name in the feeds' countries (GDPR, RGPD,
LGPD, DSGVO, KVKK) or a consent manager's."""


def _consent_boxes(root: _Element) -> list[_Element]:
    """Cookie and privacy consent boxes: a dialog (role="dialog", aria-modal) or a box named
    for consent ("cookie-notice", "cmp", "iubenda-cs-banner") that holds a button and
    little text, and no headline; the outermost of them. Sought from the page's buttons
    up (a page has few), not through all its boxes."""
    candidates: list[_Element] = []
    seen: set[_Element] = set()
    for button in root.iter("button"):
        for el in button.iterancestors(*_CONSENT_TAGS):
            if el in seen:
                break  # and the boxes above it: a button before this one passed there
            seen.add(el)
            if _is_consent_box(el):
                candidates.append(el)
    chosen = set(candidates)
    return [el for el in candidates if not any(up in chosen for up in el.iterancestors())]


_CONSENT_TAGS = ("div", "section", "aside", "dialog", "form", "footer")


def _is_consent_box(el: _Element) -> bool:
    """A dialog or a box named for consent, with little text and no headline."""
    dialog = el.tag == "dialog" or el.get("role") in ("dialog", "alertdialog")
    named = _CONSENT_NAME.search(f"{el.get('id') or ''} {el.get('class') or ''}")
    if not (dialog or el.get("aria-modal") == "true" or named):
        return False
    return next(el.iter("h1"), None) is None and solid_length(el, CONSENT_TEXT) <= CONSENT_TEXT


def _is_sign_up(heading: str) -> bool:
    """A box's heading that offers a newsletter or a subscription."""
    return bool(NEWSLETTER.search(heading) or CALL_TO_ACTION.match(heading))


def _is_entry_form(form: _Element) -> bool:
    """True for a form a reader fills in: a text area, a text or email field, or choices
    (a poll's radio buttons, a newsletter's check boxes)."""
    if next(form.iter("textarea"), None) is not None:
        return True
    return any((field.get("type") or "").strip().lower() in _FIELDS for field in form.iter("input"))


def outer_box(el: _Element, limit: int, tags: frozenset[str]) -> _Element | None:
    """The outermost container of `el` of one of `tags` whose text stays within `limit`
    characters (and below the page's main blocks, `PAGE_BLOCKS`), else None."""
    box, parent = None, el.getparent()
    while parent is not None and parent.tag not in PAGE_BLOCKS:
        if solid_length(parent, limit) > limit:
            break
        if parent.tag in tags:
            box = parent
        parent = parent.getparent()
    return box


def _largest_box(el: _Element, lengths: dict[_Element, int]) -> _Element:
    """The outermost container of `el` whose text stays within `BOX_TEXT` characters.

    `lengths` keeps the containers' lengths for the next call: a page's ad frames share
    their containers (one page has 400 frames in one column)."""
    box = el
    parent = el.getparent()
    while parent is not None and parent.tag not in PAGE_BLOCKS:
        size = lengths.get(parent)
        if size is None:
            size = lengths[parent] = solid_length(parent, BOX_TEXT)
        if size > BOX_TEXT:
            break
        box, parent = parent, parent.getparent()
    return box


_COMMENT_NAME = re.compile(
    r"^(?:comentarios?|comentários?|kommentare|yorumlar|commenti|commentaires|reacties|"
    r"komentarze|kommentarer)(?:[-_]\w*)*$",
    re.I,
)
"""An id or a class of a comment section in other languages than English (the extractor
finds "comments" itself); not "kommentar" alone, a German opinion piece's class."""


_COMMENT_STEMS = re.compile(r"omentari|ommentai|ommenti|ommentar|yorum|reacties|omentarz")
"""Parts of `_COMMENT_NAME`'s words, sought in lower case (a case-blind search is slow)."""


def _comment_sections(root: _Element) -> list[_Element]:
    """Comment sections named in another language ("comentarios", "yorumlar"), but none
    that holds the headline."""
    blocks = ("div", "section", "ol", "ul")
    names = " ".join(f"{el.get('id')} {el.get('class')}" for el in root.iter(*blocks))
    if not _COMMENT_STEMS.search(names.lower()):
        return []  # the cheap test first, on all the names at once: most pages have none
    return [
        el
        for el in root.iter(*blocks)
        if any(
            _COMMENT_NAME.match(name)
            for name in (el.get("id") or "", *(el.get("class") or "").split())
        )
        and next(el.iter("h1"), None) is None
    ]


def _attached(el: _Element, root: _Element) -> bool:
    """True while `el` is still in the page (not inside a box removed before it)."""
    return el.getroottree().getroot() is root.getroottree().getroot()


def _threads(root: _Element) -> list[_Element]:
    """Comment threads: two or more sibling items that each hold the same short link to a
    reply address, or to a fragment beside a <time> ("Reply", "Responder", "Yanıtla"), and
    text of their own (a comment: at most `_COMMENT_ITEM` characters); with the thread,
    its short heading goes. Sections that each end in "Back to top" are no thread."""
    by_parent: dict[_Element, dict[str, list[_Element]]] = defaultdict(lambda: defaultdict(list))
    for link in root.iter("a"):
        href = link.get("href") or ""
        if not href.startswith("#") and "reply" not in href and "respond" not in href:
            continue  # the cheap test first (an XPath's string functions are slower)
        if not _REPLY_HREF.search(href) or solid_length(link, _REPLY_TEXT) > _REPLY_TEXT:
            continue
        label = clean_line(" ".join(link.itertext()))
        label_length = solid_length(link)
        if not label:
            continue
        item = link
        for _ in range(4):
            parent = item.getparent()
            if parent is None or parent.tag in PAGE_BLOCKS:
                break
            size = solid_length(item, _COMMENT_ITEM)
            if size - label_length >= _COMMENT_TEXT:
                dated = next(item.iter("time"), None) is not None
                if size <= _COMMENT_ITEM and (dated or _REPLY_ADDRESS.search(href)):
                    by_parent[parent][label.casefold()].append(item)
                break
            item = parent
    threads: list[_Element] = []
    for parent, labels in by_parent.items():
        comments = max(({id(i): i for i in items} for items in labels.values()), key=len)
        if len(comments) < 2:
            continue
        if sum(solid_length(i) for i in comments.values()) >= _THREAD_SHARE * solid_length(parent):
            threads.append(parent)
            heading = parent.getprevious()
            if (
                heading is not None
                and heading.tag in ("h2", "h3", "h4", "p", "div")
                and solid_length(heading, 50) <= 50
            ):
                threads.append(heading)
    return threads
