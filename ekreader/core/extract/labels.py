"""A page's own label of its story as breaking news: a "Breaking", "Eilmeldung" or "عاجل"
badge or ticker carrying the article's headline, or that label before the headline (also
a badge's image, by its alt text)."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from ekreader.core.extract.cues import (
    BREAKING_BADGE,
    BREAKING_BANNER,
    BREAKING_GLUED,
    BREAKING_LABEL,
    BREAKING_PREFIX,
    BREAKING_START,
    DATE_ONLY,
    RELATIVE_AGE,
)
from ekreader.core.extract.pageitems import Item, LazyStems, line_key, plain, word_stems
from ekreader.core.text.htmltree import remove_element
from ekreader.core.text.sanitize import clean_line

if TYPE_CHECKING:
    from collections.abc import Callable

    from lxml.etree import _Element

_MIN_TITLE_KEY = 12
"""Shortest headline key recognised in a ticker (shorter ones match too much)."""
_CUT_HEADLINE = 24
"""Shortest start of a headline recognised where a ticker cuts it ("Hochwasser an der …")."""
_LOOK_AHEAD = 3
"""Lines after a label searched for the headline it carries, past time stamps."""


def breaking_label(
    items: list[Item], title: str | None, article: Callable[[], str] | None = None
) -> str | None:
    """The label with which the page marks its own story breaking, as written, else None.

    A line that is only a label ("Eilmeldung", "+++ EIL +++", "عاجل"), or a label and
    its story's section ("Urgente Cronaca"), counts when the next line but time stamps is
    this article's headline (`title`): the ticker or badge carries this story. Above the
    headline, a banner's line of this story in other words counts too: most of its words
    are the article's (`article` gives its text, read only then), and it is no item of a
    ticker's list (a story of the same event). A ticker showing another story does not
    count. A headline (or the title) written "Breaking: <headline>" counts too.
    """
    title_key = line_key(title or "")
    if len(title_key) < _MIN_TITLE_KEY:
        return None
    match = BREAKING_PREFIX.match(title or "")
    if match:
        return clean_line(match.group(1))  # the page's own title: "Eilmeldung: <headline>"
    headline = next((n for n, item in enumerate(items) if item.key == title_key), len(items))
    story = LazyStems(lambda: f"{title} {article() if article is not None else ''}")
    for n, item in enumerate(items):
        text = plain(item.text)
        match = BREAKING_START.match(text)
        if match and _carries(line_key(match.group("rest")), title_key):
            return clean_line(match.group(1))  # "Eilmeldung: <headline>", a ticker's line
        match = BREAKING_BANNER.match(text) if n < headline and not item.marker else None
        if match and _tells(match.group("rest"), story):
            return clean_line(match.group(1))  # "Eilmeldung <this story in other words>"
        match = BREAKING_LABEL.match(text) or _badge(text)
        if match is None:
            continue
        for m, line in enumerate(items[n + 1 : n + 1 + _LOOK_AHEAD], n + 1):
            shown = plain(line.text)
            if DATE_ONLY.match(shown) or RELATIVE_AGE.match(shown):
                continue  # "10:42", "vor 5 Minuten" between the label and its story
            if _carries(line.key, title_key) or (
                m < headline and not line.marker and _tells(shown, story)
            ):
                return clean_line(match.group(1))
            break
    return None


def badge_image(root: _Element, title: str | None) -> str | None:
    """The label of a breaking badge set as an image right before the headline: its alt
    text is a label ("Alerte info", "Eilmeldung") and the page's next text is the headline
    (`title`), else None."""
    title_key = line_key(title or "")
    if len(title_key) < _MIN_TITLE_KEY:
        return None
    for image in _labelled_images()(root):
        match = BREAKING_LABEL.match(image.get("alt") or "")
        if match is None:
            continue
        after = image.xpath("following::text()[normalize-space()][1]")
        holder = after[0].getparent() if after else None
        if holder is None:
            continue
        heading = next(holder.iterancestors("h1", "h2"), holder)
        if heading.tag in ("h1", "h2") and line_key(" ".join(heading.itertext())) == title_key:
            return clean_line(match.group(1))
    return None


@cache
def _labelled_images() -> Any:
    """Images with an alt text (the XPath runs in C)."""
    from lxml import etree

    return etree.XPath("descendant::img[@alt != '']")


_BANNER_WORDS = 3
"""Fewest words (of four letters or more) of a banner's line compared with the article."""


def _tells(line: str, story: LazyStems) -> bool:
    """True when a banner's line tells this story: two thirds of its words or more are the
    article's ("Evacuados los 143 pasajeros del tren descarrilado en Valdecanto" over a
    derailment at Valdecanto), three words at least."""
    words = word_stems(line)
    if len(words) < _BANNER_WORDS:
        return False
    return 3 * len(words & story.stems()) >= 2 * len(words)


_SECTION = 24
"""Longest section or topic beside a breaking label on its line ("Sucesos", "Cronaca",
"Incendio en la sierra")."""


def _badge(text: str) -> re.Match[str] | None:
    """A badge's line (`BREAKING_BADGE`: "Urgente Cronaca", or `BREAKING_GLUED`:
    "Última horaEstafas") whose section is a name."""
    match = BREAKING_BADGE.match(text) or BREAKING_GLUED.match(text)
    return match if match and len(match.group("section")) <= _SECTION else None


def _carries(key: str, title_key: str) -> bool:
    """True when a line (by its key) shows the headline: the headline itself, followed by
    its teaser, or its start cut by a ticker."""
    return key.startswith(title_key) or (len(key) >= _CUT_HEADLINE and title_key.startswith(key))


_LABEL_BLOCKS = 3
"""Blocks at the start of a body searched for the breaking label's own line."""


def drop_label_line(body: _Element, label: str) -> None:
    """Remove the line at the start of the body that is only the breaking `label` (it
    shared a header block with the headline): the document carries the label itself."""
    blocks = [el for el in body if isinstance(el.tag, str)][:_LABEL_BLOCKS]
    for el in blocks:
        if clean_line(" ".join(el.itertext())).casefold() == label.casefold():
            remove_element(el)
            return
