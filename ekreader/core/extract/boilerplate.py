"""Boilerplate blocks of an extracted body: furniture lines, bylines, the teasers or
comments after an end-of-article cue, a table of contents, the headline repeated, a cue
left dangling at the end, a section of contact cards at the end."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ekreader.core.extract.cues import (
    AD_LINE,
    ADVICE_DENIAL,
    ADVICE_SUBJECT,
    AFFILIATE,
    BY,
    BYLINE,
    CALL_TO_ACTION,
    COPYRIGHT,
    COUNTER,
    CREDIT,
    DATE_ONLY,
    DISCLOSURE,
    DISCLOSURE_TEXT,
    END_CUES,
    FURNITURE,
    LABEL,
    LABEL_ONLY,
    NAME_JOINERS,
    NEWSLETTER,
    NOTICE,
    RELATIVE_AGE,
    STAMP,
    TEASER_LINE,
    TOC,
)
from ekreader.core.extract.pageitems import (
    SENTENCE_END,
    el_key,
    key_start,
    line_key,
    same_words,
    shorter,
    text_lines,
)
from ekreader.core.text.htmltree import HEADING_TAGS, remove_element
from ekreader.core.text.sanitize import clean_line

if TYPE_CHECKING:
    from lxml.etree import _Element


def is_byline(text: str) -> bool:
    """A short line of names: "By Jane Doe and John Roe", "Von Max Mustermann"."""
    match = BYLINE.match(text)
    if not match:
        return False
    words = match.group(1).replace(",", " ").split()
    if not 1 <= len(words) <= 8 or text.endswith("."):
        return False
    # a name starts with a capital, or with a letter of a script without case (Arabic ...)
    return all(not w[0].islower() or w.lower() in NAME_JOINERS for w in words)


def _text_of(el: _Element) -> str:
    return clean_line(" ".join(el.itertext()))


NOTICE_TEXT = 400
"""Longest copyright notice ("© 2025 The Herald. This article is the property of … Written
permission must be obtained before reprint …"); longer text after a "©" is a photo's
credit run into the article's first paragraph."""
FOOTER_LINE = 300
"""Longest block after a copyright notice taken for the page's footer."""
SECTION_WORDS = 5
"""Fewest words of a heading over article text that names a newsletter as its subject."""
SECTION_TEXT = 400
"""Least text under a heading that makes it a section of the article (a sign-up box's
heading stands over a sentence or two)."""


_DISCLOSURE_STEMS = (
    "affili", "afili", "advertis", "compensation", "commission", "comisi", "comiss",
    "provision", "ortaklı", "إعلان",
)  # fmt: skip
"""Parts of `DISCLOSURE`'s words, sought first (plain substring tests are cheap)."""


def _may_disclose(text: str) -> bool:
    """The cheap test before `DISCLOSURE`: a label's mark or capitals at the start, or one
    of its words' stems."""
    first = text.split(" ", 1)[0]
    if first[:1] in "*–—-" or (len(first) > 1 and first.isupper()):
        return True
    low = text.casefold()
    return any(stem in low for stem in _DISCLOSURE_STEMS)


ADVICE_NOTICE = 240
"""Most characters of a notice that the page is no professional advice."""


SOURCE_CREDIT = 36
"""Longest line naming a source that is a photo's or an agency's credit ("Quelle:
picture alliance / dpa", "Source: AFP"); a longer one names the data's source."""
SOURCE = re.compile(r"^(?:quelle|source|fuente|fonte|źródło)\s*:", re.I)


def is_furniture(text: str, author: str | None, *, heads_text: bool = False) -> bool:
    """True for a short block that is page furniture rather than article text. A heading
    of a few words over article text (`heads_text`) that names a newsletter titles a
    section about it ("Una newsletter para cada hora del día"); a label ("PC Gamer
    Newsletter") or a call ("Sign up for …") is a sign-up box's, whatever follows it."""
    size = len(text)
    if size == 0:
        return False
    if size <= 60 and (
        FURNITURE.match(text)
        or DATE_ONLY.match(text)
        or COUNTER.match(text)
        or RELATIVE_AGE.match(text)
    ):
        return True
    if size <= 90 and (STAMP.match(text) or is_byline(text)):
        return True
    if size <= 160 and COPYRIGHT.search(text):
        return True
    if size <= 160 and CREDIT.match(text) and (size <= SOURCE_CREDIT or not SOURCE.match(text)):
        return True  # a photo's credit; a source named at length is the data's ("Source:
        # National Statistics Office, Labour Market Overview, May 2025")
    if size <= 120 and CALL_TO_ACTION.match(text):
        return True
    if size <= ADVICE_NOTICE and ADVICE_DENIAL.search(text) and ADVICE_SUBJECT.search(text):
        return True  # "This article does not replace medical advice."
    if size <= ADVICE_NOTICE and AFFILIATE.search(text):
        return True  # "We may earn a commission when you buy through links on our site."
    if size <= DISCLOSURE_TEXT and _may_disclose(text) and DISCLOSURE.search(text):
        return True
    subject = heads_text and len(text.split()) >= SECTION_WORDS  # a section's title
    if size <= 200 and text.count(". ") <= 1 and NEWSLETTER.search(text) and not subject:
        return True
    return bool(
        author and size <= len(author) + 20 and line_key(author) == line_key(BY.sub("", text))
    )


def drop_boilerplate(body: _Element, author: str | None) -> None:
    """Remove furniture blocks, and the teasers or comments after an end-of-article cue;
    an ad's label run into a paragraph goes from it."""
    for child in body:
        if child.tag == "p":
            _drop_ad_lines(child)
    children = [(c, _text_of(c)) for c in body if isinstance(c.tag, str)]
    total = sum(len(text) for _c, text in children) or 1
    seen = 0
    cut = False
    toc = False
    footer = _footer_start(children, total)
    for n, (child, text) in enumerate(children):
        if n >= footer:
            body.remove(child)  # a copyright notice and the footer after it
            continue
        if toc:
            toc = False
            if child.tag in ("ul", "ol"):
                body.remove(child)
                continue
        if len(text) <= 40 and TOC.match(text):
            toc = True  # a table of contents: the cue and the list of links after it
            body.remove(child)
            continue
        if cut:
            # teasers after the cue: short lines and lists, up to the next heading or paragraph
            # (a sentence: the article resumes after an inline "Read more" box)
            if child.tag in HEADING_TAGS or (
                child.tag not in ("ul", "ol")
                and (len(text) >= 150 or (len(text) >= 60 and text.endswith(SENTENCE_END)))
            ):
                cut = False
            else:
                body.remove(child)
                continue
        if len(text) <= 80 and END_CUES.match(text) and seen >= total * 0.3:
            cut = True
            body.remove(child)
            continue
        seen += len(text)
        if child.tag in ("ul", "ol"):
            if are_buttons([_text_of(li) for li in child if isinstance(li.tag, str)]):
                body.remove(child)
            continue
        if child.tag == "table":
            continue
        heads_text = child.tag in HEADING_TAGS and _section_length(children, n) >= SECTION_TEXT
        if is_furniture(text, author, heads_text=heads_text) or (
            len(text) <= 160 and (TEASER_LINE.match(text) or LABEL.match(text))
        ):
            body.remove(child)


def _drop_ad_lines(paragraph: _Element) -> None:
    """Remove the ad labels that stand on lines of their own in a paragraph's text."""
    for node in paragraph.iter():
        if node.text and "\n" in node.text:
            node.text = AD_LINE.sub("", node.text)
        if node is not paragraph and node.tail and "\n" in node.tail:
            node.tail = AD_LINE.sub("", node.tail)


def _section_length(children: list[tuple[_Element, str]], n: int) -> int:
    """The length of the text under heading `n` of `children`, up to the next heading."""
    total = 0
    for child, text in children[n + 1 :]:
        if child.tag in HEADING_TAGS:
            break
        total += len(text)
    return total


def _footer_start(children: list[tuple[_Element, str]], total: int) -> int:
    """Where the page's footer starts in the body: a copyright notice past the middle of
    the text with nothing but short lines after it (the body's length when there is none).
    A "©" in the article's text, with paragraphs after it, is a credit it quotes."""
    seen = total
    for n in range(len(children) - 1, -1, -1):
        child, text = children[n]
        seen -= len(text)
        if child.tag in HEADING_TAGS or len(text) > NOTICE_TEXT or seen < total / 2:
            break
        if NOTICE.match(text):
            return n
        if len(text) > FOOTER_LINE:
            break
    return len(children)


def are_buttons(lines: list[str]) -> bool:
    """Two or more lines that are all furniture: a list of share and print buttons
    ("Share", "Tweet", "Email", "Print"), never a list with one line of text."""
    return len(lines) >= 2 and all(0 < len(line) <= 30 and FURNITURE.match(line) for line in lines)


def drop_repeated_title(body: _Element, title: str | None) -> None:
    """Remove the headline where the body repeats it: as a heading, or as an early block,
    or as a heading inside one; and a heading before the text that is the headline in
    other words ("<title> | Site", "Jun 17 <title>")."""
    title_key = line_key(title or "")
    if not title_key:
        return
    opening = True  # no text yet
    for n, child in enumerate(list(body)):
        if n >= 6 and not opening and child.tag not in HEADING_TAGS:
            continue  # past the opening: only a heading can be the headline again
        key = el_key(child)
        if ((n < 6 or child.tag in HEADING_TAGS) and key == title_key) or (
            opening
            and child.tag in HEADING_TAGS
            and same_words(" ".join(child.itertext()), title or "")
        ):
            body.remove(child)
            continue
        if n < 6 and child.tag not in HEADING_TAGS and _drop_inner_title(child, title_key):
            key = el_key(child)
        if key:
            opening = opening and child.tag in HEADING_TAGS


def _drop_inner_title(block: _Element, title_key: str) -> bool:
    """Remove the headline from a header block around it ("Dernière minute <h1>…</h1>"):
    the rest of the block stays. True when it was there."""
    found = [h for h in block.iter(*HEADING_TAGS) if el_key(h) == title_key]
    for heading in found:
        remove_element(heading)
    return bool(found)


BIO = 1000
"""Longest author bio at the end of an article (an author box's can run to 700 characters)."""
_BIO_BLOCKS = 4
"""Blocks at the end of a body searched for an author bio."""
_SIGNATURE_WORDS = 3
"""Most words after the comma of a signature ("Name, Town")."""


def drop_bio(
    body: _Element, author: str | None, page: dict[str, list[_Element]] | None = None
) -> None:
    """Remove an author's bio from the end of a body (or its start, in an author box under
    the headline): a paragraph among its last blocks that begins with the name of one of
    its authors ("Jane Okafor is a science reporter …",
    "نادية الخطيب صحفية …"), or that the page (`page`: its `paragraphs_by_key`) sets right
    under a line holding just that name (an author box: the name linked to the author's
    page, the bio under it), with a short heading right above it ("About the author").
    A paragraph that names two of the authors is the article's credit line ("Stella Kim
    reported from Seoul, and Jennifer Jett from Hong Kong."), not one author's bio."""
    names = [name for name in (author or "").split(", ") if len(name) >= 4 and " " in name]
    if not names:
        return
    blocks = [el for el in body if isinstance(el.tag, str)]
    last = blocks[-_BIO_BLOCKS:]
    first = next((el for el in blocks if el.tag not in HEADING_TAGS), None)
    for el in ([first] if first is not None and first not in last else []) + last:
        text = _text_of(el)
        if el.tag in HEADING_TAGS or not len(text) <= BIO:
            continue
        if sum(1 for name in names if name in text) >= 2:
            continue
        named = any(
            text.startswith(name)
            and text[len(name) : len(name) + 1] in (" ", ",")
            and not _signature(text[len(name) :])
            for name in names
        )
        boxed = page is not None and _under_name(page.get(key_start(el), []), names)
        if el is first and el not in last and not (named and boxed):
            continue  # at the start, only a bio in its author box
        if not (named or boxed):
            continue
        above = el.getprevious()
        below = el.getnext()
        body.remove(el)
        if (
            above is not None
            and above.tag in HEADING_TAGS
            and len(_text_of(above)) <= 40
            and (below is None or below.tag in HEADING_TAGS)
        ):
            body.remove(above)


def _under_name(found: list[_Element], names: list[str]) -> bool:
    """One paragraph of the page's `found` stands right under a line (a link, a heading)
    that holds just one of the author's `names`: the block before it, or before the
    wrappers it opens (an author box's description in a <div> of its own, or two), or
    before a short line between them (the author's role: "Muhabir", "Data reporter")."""
    for p in found:
        node: _Element | None = p
        above = None
        for _level in range(_BIO_WRAPPERS + 1):
            if node is None or (above := node.getprevious()) is not None:
                break
            node = node.getparent()
        if above is None:
            continue
        text = _text_of(above)
        if text in names:
            return True
        name = above.getprevious()
        if len(text) <= _ROLE and name is not None and _text_of(name) in names:
            return True
    return False


_ROLE = 40
"""Longest line of an author's role between the name and the bio in an author box."""


_BIO_WRAPPERS = 2
"""Most wrappers a bio opens in its author box, below the author's name."""


def _signature(rest: str) -> bool:
    """What follows a name is a signature's place or role ("Giuliana Perotti, Castelvarano"
    under a reader's letter), not a bio's sentence: a few words after a comma."""
    words = rest.removeprefix(",").split()
    return rest.startswith(",") and len(words) <= _SIGNATURE_WORDS and "." not in rest


CUE_LINE = 60
"""Longest line taken as a cue or a label on its own ("Mehr Themen:", "Temas")."""
_LEAF_BLOCKS = frozenset({"p", "li", "blockquote", *HEADING_TAGS})
_CONTAINERS = frozenset({"div", "section", "article", "ul", "ol", "span", "font", "center"})
_CARD_BREAKS = frozenset({"br", "div", *_LEAF_BLOCKS})
"""Where a contact card's lines break: a <br>, a block inside it."""


def drop_dangling_cue(body: _Element) -> None:
    """Remove the lines at the very end of a body that announce what follows them: an
    end-of-article cue or a label alone ("Mehr Themen:", "Related stories", "Temas",
    "Etiketler"). On the page the teasers, tags or comments came next; in the article
    nothing does (they were not kept), so the cue is a dangling line. Only the last
    lines go, however deep they sit, and never one with text after it."""
    while (last := _last_line(body)) is not None:
        if not shorter(last, CUE_LINE):
            return
        text = _text_of(last)
        if not (END_CUES.match(text) or LABEL_ONLY.match(text)):
            return
        parent = last.getparent()
        if parent is None:
            return
        parent.remove(last)
        while parent is not body and not _has_text(parent):  # the boxes it emptied
            above = parent.getparent()
            if above is None or (parent.tail and parent.tail.strip()):
                break
            above.remove(parent)
            parent = above


def _last_line(body: _Element) -> _Element | None:
    """The block holding the body's last text, if no text follows it (not even a tail):
    a paragraph, a heading or a list item, or a box of text without blocks inside."""
    el = body
    while True:
        if el is not body and el.tail and el.tail.strip():
            return None
        last = next((c for c in reversed(el) if isinstance(c.tag, str) and _has_text(c)), None)
        if last is None:
            return el if el is not body else None
        if last.tail and last.tail.strip():
            return None
        if last.tag in _LEAF_BLOCKS:
            return last
        if last.tag not in _CONTAINERS:
            return None
        el = last


def _has_text(el: _Element) -> bool:
    """True when an element holds any text but spaces (read no further)."""
    return any(piece.strip() for piece in el.itertext())


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
CARD_LINE = 80
"""Longest line of a contact card ("E-Mail: presse@example.org", "Tel. +49 40 123 45")."""
CARD_HEADING = 60
"""Longest heading over the contact cards at the end ("Pressekontakt", "Media contact")."""
_CARD = 600
"""Longest contact card: a name, an office, an address, numbers."""


def drop_contact_cards(body: _Element) -> None:
    """Remove a section of contact cards after the article's last paragraph: a short heading
    ("Kontakt:", "Media contact", "Contact presse") over nothing but cards, blocks of short
    lines (a name, an office, a phone number) each with an e-mail address. The press
    office's addresses close a press release; they are not its text. A paragraph with an
    address in a sentence ("Write to the editors at …") is text, and stays."""
    cards: list[_Element] = []
    for el in reversed(body):
        if not isinstance(el.tag, str) or not _has_text(el):
            continue
        if el.tag in HEADING_TAGS:
            if cards and shorter(el, CARD_HEADING) and _text_before(el):
                for gone in (el, *cards):
                    body.remove(gone)
            return
        if not _is_card(el):
            return
        cards.append(el)


def _text_before(el: _Element) -> bool:
    """True when a block with text comes before `el` in its parent (the article's)."""
    return any(isinstance(c.tag, str) and _has_text(c) for c in el.itersiblings(preceding=True))


def _is_card(el: _Element) -> bool:
    """A block of short lines with an e-mail address among them: a contact card."""
    if not shorter(el, _CARD):
        return False
    lines = text_lines(el, _CARD_BREAKS)
    return (
        el.tag not in HEADING_TAGS
        and bool(lines)
        and all(len(line) <= CARD_LINE for line in lines)
        and any(_EMAIL.search(line) for line in lines)
    )
