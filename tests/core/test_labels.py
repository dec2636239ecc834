"""A page's own breaking label: a badge or ticker carrying the article's headline."""

from __future__ import annotations

import pytest

from ekreader.core.extract.labels import breaking_label
from ekreader.core.extract.pageitems import page_items
from ekreader.core.text.htmltree import parse_html

TITLE = "Hochwasser an der Wende: Landkreis öffnet Notunterkünfte"
OTHER = "Stadtrat beschließt den Haushalt nach langer Debatte"
BODY = "<p>" + "Der Pegel ist in der Nacht weiter gestiegen. " * 8 + "</p>"


def _label(header: str, title: str = TITLE, body: str = BODY) -> str | None:
    root = parse_html(
        f"<html><body>{header}<article><h1>{title}</h1>{body}</article></body></html>"
    )
    assert root is not None
    return breaking_label(page_items(root), title, lambda: body)


@pytest.mark.parametrize(
    ("header", "label"),
    [
        # the seed's shape: a site ticker carrying this article's headline and a cut teaser
        (
            f"<div class='ticker'><span>Eilmeldung</span><a href='/a'>{TITLE}</a>"
            "<p>Während der Pegel der Wende in der Nacht um weitere</p></div>",
            "Eilmeldung",
        ),
        (
            f"<div class='ticker'><b>+++ EIL +++</b><p>10:42</p><a href='/a'>{TITLE}</a></div>",
            "EIL",
        ),
        # a ticker that cuts the headline short
        (
            "<div class='ticker'><span>Breaking</span>"
            "<a href='/a'>Hochwasser an der Wende: Landkreis öff…</a></div>",
            "Breaking",
        ),
        # a badge right above the headline, in the article header
        ("<article><span class='badge'>عاجل</span></article>", "عاجل"),
        ("<div class='kicker'>Son dakika</div>", "Son dakika"),
        # a badge and the story's section on one line ("Urgente Cronaca")
        (
            "<div class='overline'><span>Urgente</span> <a href='/cronaca/'>Cronaca</a></div>",
            "Urgente",
        ),
        (
            "<div class='overline'><span>Última hora</span> <a href='/s/'>Sucesos</a></div>",
            "Última hora",
        ),
        # ... or its topic, a name of a few words
        (
            "<p class='antetitulo'><span>Última hora</span> "
            "<a href='/provincia/sierra/'>Sierra de Robledal</a></p>",
            "Última hora",
        ),
        # beside a subscribers' badge
        (
            "<div class='badges'><span>Son dakika</span> <span>Ekspres+</span></div>",
            "Son dakika",
        ),
        # the badge and its section in two spans with no space between
        (
            "<div class='kicker'><span>Última hora</span><span>Sucesos</span></div>",
            "Última hora",
        ),
        # ... or its topic, a kicker of a few words
        (
            "<div class='kicker'><span>Última hora</span><span>Incendio en la sierra</span></div>",
            "Última hora",
        ),
        # a line of five words or more after it is a story's, not a topic
        (
            "<div class='kicker'><span>Última hora</span>"
            "<span>Arde un pinar junto al pueblo</span></div>",
            None,
        ),
        ("<div class='kicker'>Eilig</div>", None),
        ("<div class='kicker'>URGENTES</div>", None),
        # a label that starts a longer line is no badge ("Urgente la riunione …")
        ("<div class='overline'>Urgenterie del mattino e della sera</div>", None),
        # no label anywhere
        (f"<div class='ticker'><span>Neueste Meldungen</span><a href='/a'>{TITLE}</a></div>", None),
        # a ticker that carries another story
        (f"<div class='ticker'><span>Eilmeldung</span><a href='/b'>{OTHER}</a></div>", None),
        (
            f"<div class='ticker'><span>Breaking</span><a href='/b'>{OTHER}</a>"
            f"<a href='/a'>{TITLE}</a></div>",
            None,
        ),
        # a label in the navigation is no label of this story
        ("<nav><a href='/eil'>Eilmeldung</a></nav>", None),
    ],
)
def test_a_label_counts_when_it_carries_this_headline(header, label):
    assert _label(header) == label


def test_a_label_before_the_headline_itself():
    html = f"<html><body><h1>Breaking: {TITLE}</h1>{BODY}</body></html>"
    root = parse_html(html)
    assert root is not None
    assert breaking_label(page_items(root), TITLE) == "Breaking"


@pytest.mark.parametrize(
    ("title", "label"),
    [
        (f"Eilmeldung: {TITLE}", "Eilmeldung"),
        (f"ÚLTIMA HORA | {TITLE}", "ÚLTIMA HORA"),
        ("Breaking Bad: the last season, ten years on", None),
        ("Urgently needed: volunteers for the dike", None),
    ],
)
def test_a_label_in_the_title(title, label):
    assert _label("", title) == label


def test_a_short_title_is_not_looked_for():
    assert _label("<div><span>Eilmeldung</span><a href='/a'>Sturm</a></div>", "Sturm") is None


STORY = (
    "<p>Der Landkreis hat am Morgen drei Notunterkünfte geöffnet. Die Feuerwehr räumt die "
    "Uferstraßen in Hollmersfeld, weil der Pegel der Wende weiter steigt.</p>"
)


@pytest.mark.parametrize(
    ("header", "label"),
    [
        # a banner above the article telling this story in other words
        (
            "<div class='banner'><span>Eilmeldung</span> <span>Feuerwehr räumt Uferstraßen in "
            "Hollmersfeld</span></div>",
            "Eilmeldung",
        ),
        (
            "<div class='banner'><b>Eilmeldung</b></div><p>Pegel der Wende steigt weiter</p>",
            "Eilmeldung",
        ),
        # a banner of another story, and one that shares a word with this one
        (f"<div class='banner'><span>Eilmeldung</span> <span>{OTHER}</span></div>", None),
        (
            "<div class='banner'><span>Eilmeldung</span> <span>Stadion an der Wende bleibt "
            "gesperrt</span></div>",
            None,
        ),
        # a ticker's list of stories, one of the same event
        (
            "<div class='ticker'><span>Eilmeldung</span><ul><li><a href='/b'>Feuerwehr räumt "
            "Uferstraßen in Hollmersfeld</a></li><li><a href='/c'>{OTHER}</a></li></ul></div>",
            None,
        ),
        # a word that starts like a label is none ("Eilige …")
        ("<div class='banner'>Eilige Feuerwehr räumt Uferstraßen in Hollmersfeld</div>", None),
    ],
)
def test_a_banner_counts_when_it_tells_this_story(header, label):
    assert _label(header, body=STORY) == label


def test_a_line_of_the_article_starting_like_a_label_is_none():
    """Below the headline, the article's own words are no banner ("Urgente …")."""
    body = "<p>Eilmeldung Feuerwehr räumt Uferstraßen in Hollmersfeld am Morgen</p>" + STORY
    assert _label("", body=body) is None
