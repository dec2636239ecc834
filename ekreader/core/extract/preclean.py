"""The page before extraction: what no reader sees (hidden and inert elements) and what no
reader wants as text (photo galleries, video player menus) removed."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from ekreader.core.extract.appeals import drop_appeals
from ekreader.core.extract.boxes import drop_boxes
from ekreader.core.extract.cards import drop_story_rails
from ekreader.core.extract.channels import drop_channel_boxes, drop_tiplines
from ekreader.core.extract.pageitems import block_kind, solid_length
from ekreader.core.extract.widgets import drop_service_boxes, drop_widgets, widget_boxes
from ekreader.core.text.htmltree import HEADING_TAGS, VOID_MISPARSED, is_hidden, remove_element
from ekreader.core.text.sanitize import clean_line

if TYPE_CHECKING:
    from lxml.etree import _Element


@cache
def _hidden_xpath() -> Any:
    """Candidates for `preclean` (the XPath runs in C; Python checks the few it finds)."""
    from lxml import etree

    return etree.XPath(  # the first test, on attributes alone, is the cheap one (a third faster)
        "descendant-or-self::*[@style or @hidden or @aria-hidden]"
        "[@hidden or @aria-hidden='true' or contains(@style, 'none') or contains(@style, 'hidden')]"
    )


@cache
def _button_links() -> Any:
    """Links that are buttons (role="button") with a label of their own: "Weiterlesen",
    "Haberin devamı için tıklayın"; not those around a heading (an accordion's panel
    titles)."""
    from lxml import etree

    return etree.XPath(
        "descendant::a[@role='button'][not(descendant::h1 or descendant::h2 or descendant::h3"
        " or descendant::h4 or descendant::h5 or descendant::h6 or descendant::div"
        " or descendant::p)]"
    )


_INERT = ("template", "script", "style", "svg", "link", "object", "canvas")
"""Never shown; iframes go after the boxes around them are found (`drop_boxes`)."""
_NEVER_TEXT = ("footer",)
"""Shown, but never article text: both engines drop a page's and an article's footer (its
links, copyright, tags), and a tenth of a page's elements are in them; gone before the
extractor copies the tree five times (no corpus page's text changes)."""


def preclean(root: _Element, page: str = "", sites: frozenset[str] = frozenset()) -> None:
    """Remove what no reader sees: templates, elements hidden by attribute or inline style;
    and what no reader wants as text: links that are buttons, embedded social posts'
    fallback cards, photo galleries, video player menus, sign-up boxes and comment threads
    (see `boxes`), the site's appeals to subscribe or donate (see `appeals`; `page` is the
    page's URL, `sites` its own hosts). A heading inside a figure (a photo's title) becomes
    a line.

    Also unwraps the void elements libxml2 opens as containers (see VOID_MISPARSED).
    """
    from lxml import etree

    etree.strip_tags(root, *VOID_MISPARSED)
    # never shown, and dropped by the extractor anyway: gone before it copies the tree
    etree.strip_elements(root, *_INERT, *_NEVER_TEXT, with_tail=False)
    doomed: list[_Element] = []
    for el in _hidden_xpath()(root):
        if el.tag in ("html", "body"):
            continue
        if is_hidden(el):
            doomed.append(el)
    doomed += _button_links()(root)
    for el in doomed:
        remove_element(el)
    _drop_post_embeds(root)
    _unname_lead_teasers(root)
    for figure in root.iter("figure"):  # a photo's or a video's title is no section
        for heading in figure.iter(*HEADING_TAGS):
            heading.tag = "p"
    _drop_galleries(root)
    _drop_contents(root)
    _plain_box_titles(root)
    widgets = widget_boxes(root)  # on the page as it is, as the boxes of `drop_boxes`
    drop_boxes(root)
    drop_widgets(widgets)
    drop_appeals(root, page, sites)
    drop_channel_boxes(root, page)
    drop_tiplines(root)
    drop_service_boxes(root, page, sites)
    drop_story_rails(root, page, sites)
    if next(root.iter("iframe"), None) is not None:
        etree.strip_elements(root, "iframe", with_tail=False)


BOX_TEXT = 600
"""Most text of a box whose bold title is a line over its content, not a section."""
_TITLE = 40
"""Longest bold title of a box ("Hintergrund", "Claves", "Arka plan")."""
_BOX_CONTENT = 80
"""Fewest characters of a box's content under its title (sentences, a list of figures)."""
_ARTICLE_TEXT = 120
"""A block this long beside the box is the article's text it stands in."""


def _plain_box_titles(root: _Element) -> None:
    """A box's title set in bold ("<strong>Hintergrund</strong>" over an infobox's
    sentences, "<b>Claves</b>" over key figures) becomes plain text: a bold-only line is
    a section heading, and the article's text after the box would fall under it. A box
    is the smallest block around the title that holds more than it, at most `BOX_TEXT`
    characters, with a block of the article's text beside it and none of its own kind
    (the blocks of a text set in short sections keep their titles)."""
    for bold in list(root.iter("strong", "b")):
        title = "".join(bold.itertext()).strip()
        if not title or len(title) > _TITLE or _text_before(bold, bold.getparent()):
            continue
        box = bold.getparent()
        solid = len("".join(title.split()))
        while box is not None and solid_length(box, solid) <= solid:
            if _text_before(box, box.getparent()):
                box = None
                break
            box = box.getparent()
        if box is None or box.tag in _STOP_BOX:
            continue
        size = solid_length(box, BOX_TEXT)
        if size > BOX_TEXT or (size - len(title) < _BOX_CONTENT and not _listed(box)):
            continue  # a sidebar, or a widget's title over its buttons
        holder = box  # and the wrappers that hold nothing else
        while (parent := holder.getparent()) is not None and parent.tag not in _STOP_BOX:
            if _siblings(holder) or solid_length(parent, size) > size:
                break
            holder = parent
        siblings = _siblings(holder)
        kind = block_kind(holder)
        if any(block_kind(sibling) == kind and _own_text(sibling) for sibling in siblings):
            continue  # a block of text among its like (a short section): its title stays
        if any(solid_length(sibling, _ARTICLE_TEXT) >= _ARTICLE_TEXT for sibling in siblings):
            bold.tag = "span"


_STOP_BOX = frozenset({"body", "html", "main", "article", "p", "li", "a"})


def _listed(box: _Element) -> bool:
    """True for a box whose content is a list of two items or more with text (key figures:
    "Länge: 6,8 Kilometer", "Kosten: 48 Millionen Euro"), however short."""
    return sum(1 for li in box.iter("li") if "".join(li.itertext()).strip()) >= 2


def _own_text(el: _Element) -> bool:
    """True when a block holds `_BOX_CONTENT` characters of text outside its links (a
    section's text; a box of links beside it, "À écouter aussi" over a card, holds none)."""
    linked = sum(solid_length(a) for a in el.iter("a"))
    return solid_length(el, linked + _BOX_CONTENT) - linked >= _BOX_CONTENT


def _text_before(el: _Element, parent: _Element | None) -> bool:
    """True when `parent` has text before `el` (in its own text or earlier children)."""
    if parent is None:
        return False
    if (parent.text or "").strip():
        return True
    for child in parent:
        if child is el:
            return False
        if "".join(child.itertext()).strip() or (child.tail or "").strip():
            return True
    return False


def _siblings(el: _Element) -> list[_Element]:
    """The element's element siblings, both sides."""
    parent = el.getparent()
    return [] if parent is None else [c for c in parent if c is not el and isinstance(c.tag, str)]


@cache
def _teaser_paragraphs() -> Any:
    """Paragraphs whose class or id names them teasers (the XPath runs in C)."""
    from lxml import etree

    return etree.XPath(
        "descendant::p[contains(translate(@class, 'TEASR', 'teasr'), 'teaser')"
        " or contains(translate(@id, 'TEASR', 'teasr'), 'teaser')]"
    )


def _unname_lead_teasers(root: _Element) -> None:
    """A paragraph followed by two of the article's paragraphs is text whatever its class:
    many CMSs call an article's lead its "teaser" ("Story_teaser", "article-teaser"), and
    trafilatura drops every element so named. Such a paragraph loses the name (a
    teaser's blurb stands alone in its card, not before the text's paragraphs)."""
    for p in _teaser_paragraphs()(root):
        following = [el for el in p.itersiblings() if el.tag == "p"][:2]
        if len(following) < 2 or any(
            solid_length(el, _ARTICLE_TEXT) < _ARTICLE_TEXT for el in following
        ):
            continue
        for name in ("class", "id"):
            value = p.get(name)
            if value is not None and "teaser" in value.lower():
                p.set(name, " ".join(w for w in value.split() if "teaser" not in w.lower()))


_POST_EMBEDS = ("instagram-media", "tiktok-embed")
"""The classes of the embed codes of Instagram and TikTok posts: a card linking to the post
("View this post on Instagram", "A post shared by …") that a script makes a player."""


def _drop_post_embeds(root: _Element) -> None:
    """Remove embedded Instagram and TikTok posts (their fallback cards are no text)."""
    embeds = [
        el
        for el in root.iter("blockquote")
        if any(name in (el.get("class") or "") for name in _POST_EMBEDS)
    ]
    for el in embeds:
        remove_element(el)


_SLIDE = re.compile(r"^\s*(\d{1,3})\s*/\s*(\d{1,3})\b")
"""A slide's counter in a photo gallery: "1/50 United go down"."""
_PLAYER_MENU = re.compile(
    r"(?:, selected$|^chapters$|captions settings|subtitles settings|^audio tracks?$)", re.I
)
"""An item of a video player's menus (video.js and its kin): "captions off, selected"."""
_GALLERY_LABEL = 40
"""Longest text of a gallery's own heading or control ("Business news in pictures")."""


def _is_gallery(el: _Element) -> bool:
    """A list of slides ("1/50 …", "2/50 …") or of a video player's menu items."""
    first_item = next(el.iter("li"), None)
    if first_item is None:
        return False
    first = clean_line(" ".join(first_item.itertext()))
    if not (_SLIDE.match(first) or _PLAYER_MENU.search(first)):
        return False  # the cheap test, for the many lists of a page that are neither
    items = list(el.iter("li"))
    if len(items) < 2:
        return False
    texts = [t for t in (clean_line(" ".join(li.itertext())) for li in items) if t]
    if all(_PLAYER_MENU.search(t) for t in texts):
        return True
    slides = [(int(m.group(1)), m.group(2)) for t in texts if (m := _SLIDE.match(t))]
    if len(slides) < 3 or len(slides) * 5 < len(texts) * 4:
        return False
    start = slides[0][0]  # counted 1, 2, 3 … of one total (not "1/2 cup", "3/4 cup")
    return all(n == start + i and total == slides[0][1] for i, (n, total) in enumerate(slides))


_COUNTER = re.compile(r"^(\d{1,3})\s*(?:/|of|von|de|di|sur|su|из|من)\s*(\d{1,3})$", re.I)
"""A slide show's counter as an item of its toolbar: "1 of 5", "1 von 12", "3/8"."""
_CONTROL = 24
"""Longest item of a slide show's toolbar ("Share on Facebook", "Fullscreen")."""


def _slide_show(toolbar: _Element) -> list[_Element]:
    """A slide show's toolbar (a list of short controls, one a counter "1 of 5") and the
    one list of as many slides beside it; [] for any other list."""
    parent = toolbar.getparent()
    lists = [el for el in parent if el.tag in ("ul", "ol")] if parent is not None else []
    if len(lists) < 2 or len(toolbar) < 3:
        return []  # the cheap tests first: most lists have no list beside them
    if any(li.tag != "li" for li in toolbar):
        return []
    texts = [clean_line(" ".join(li.itertext())) for li in toolbar]
    if any(len(text) > _CONTROL for text in texts):
        return []
    counters = [m for text in texts if (m := _COUNTER.match(text))]
    if len(counters) != 1 or int(counters[0].group(1)) > int(counters[0].group(2)):
        return []
    total = int(counters[0].group(2))
    slides = [el for el in lists if el is not toolbar and len(el.findall("li")) == total]
    return [toolbar, *slides] if len(slides) == 1 else []


def _drop_galleries(root: _Element) -> None:
    """Remove photo galleries, slide shows and video player menus from the page, with
    their title and controls ("Business news in pictures", "50 show all") and the
    containers that held nothing else."""
    galleries = [el for el in root.iter("ul", "ol") if _is_gallery(el)]
    galleries += [el for toolbar in root.iter("ul") for el in _slide_show(toolbar)]
    for el in galleries:
        parent = el.getparent()
        if parent is None or el.getroottree().getroot() is not root.getroottree().getroot():
            continue  # inside a gallery removed before
        above = el.getprevious()
        remove_element(el)
        while (
            above is not None
            and (above.tag in HEADING_TAGS or above.tag in ("ul", "ol"))
            and len(clean_line(" ".join(above.itertext()))) <= _GALLERY_LABEL
        ):
            before = above.getprevious()
            remove_element(above)
            above = before
        while parent.tag not in ("body", "html", "main", "article"):
            if len(clean_line(" ".join(parent.itertext()))) > _GALLERY_LABEL:
                break
            grandparent = parent.getparent()
            if grandparent is None:
                break
            remove_element(parent)
            parent = grandparent


@cache
def _anchor_lists() -> Any:
    """Lists whose first item links to a place in the page (the XPath runs in C)."""
    from lxml import etree

    return etree.XPath("descendant::*[self::ul or self::ol][li[1]//a[starts-with(@href, '#')]]")


def _is_contents(el: _Element) -> bool:
    """A table of contents: a list of two or more items, each nothing but a link to a
    place in the page ("#faq"); not a list of tabs (`role="tablist"`: the panels' titles,
    the panels under it)."""
    items = [li for li in el if li.tag == "li"]
    if len(items) < 2 or len(items) != len(el) or el.get("role") == "tablist":
        return False
    for li in items:
        links = [a for a in li.iter("a") if len(a.get("href") or "") > 1]
        if not links or any(not (a.get("href") or "").startswith("#") for a in links):
            return False
        if solid_length(li) != sum(solid_length(a) for a in links):
            return False
    return True


_CONTENTS_TITLE = 40
"""Longest title of a table of contents ("In this article", "Indice dell'articolo")."""


def _drop_contents(root: _Element) -> None:
    """Remove tables of contents (the reader shows its own outline of the headings), with
    the box around each that holds nothing else but its title, and a heading over it with
    nothing else under it."""
    for toc in [el for el in _anchor_lists()(root) if _is_contents(el)]:
        box = toc
        while (parent := box.getparent()) is not None and parent.tag not in _STOP_BOX:
            size = solid_length(box)
            if solid_length(parent, size + _CONTENTS_TITLE) - size > _CONTENTS_TITLE:
                break
            box = parent
        above, below = box.getprevious(), box.getnext()
        remove_element(box)
        if (
            above is not None
            and above.tag in HEADING_TAGS
            and solid_length(above, _CONTENTS_TITLE) <= _CONTENTS_TITLE
            and (below is None or below.tag in HEADING_TAGS)
        ):
            remove_element(above)
