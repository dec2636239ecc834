"""Extraction rules of issue 14's last step: teaser titles set with a kicker, the headline
among several metadata titles, credit lines that are not bios (self-written pages)."""

from __future__ import annotations

from ekreader.core.extract.article import extract_article
from ekreader.core.extract.decode import decode_html
from tests.core.test_extract import (
    _HARBOUR,
    GAZETTE,
    PAGES_DIR,
    _gazette,
    _headings,
    _paragraphs,
)

_INDENT = "\n\t\t\t\t      "  # a template's indentation between a kicker and its link


def _kicker_teaser(kicker: str, title: str, href: str, blurb: str) -> str:
    return (
        f"<h4 class='heading'>{_INDENT}<strong class='kicker'>{kicker}</strong>{_INDENT}"
        f"<a href='{href}'>{title}</a>{_INDENT}</h4><p class='standfirst'>{blurb}</p>"
    )


def test_teaser_titles_with_a_kicker_and_indentation_go_with_their_blurbs():
    """A heading whose text is mostly a link to another story is a teaser's title, though
    the template's indentation around its kicker is longer than the link: whitespace is
    not text. Three such teasers after the article go, with their blurbs."""
    related = "<h2>Other columns</h2>" + "".join(
        [
            _kicker_teaser(
                "Editorial",
                "Ferry’s lasting legacy",
                "/news/opinion/ferry-legacy",
                "The old ferry served the quay for sixty years and shaped the town around it.",
            ),
            _kicker_teaser(
                "True sailor",
                "Ex-pilot a man of contrasts",
                "/news/opinion/pilot",
                "It was said that the harbour pilot changed after leaving the service.",
            ),
            _kicker_teaser(
                "Backyard",
                "Let’s fix the slipway first",
                "/news/opinion/slipway",
                "It is nice to think of the port as a player, but the slipway comes first.",
            ),
        ]
    )
    page = _gazette("<h1>Swing bridge</h1>", _paragraphs() + related)
    doc = extract_article(page, GAZETTE)
    assert "Ferry’s lasting legacy" not in doc.text
    assert "The old ferry served the quay" not in doc.text
    assert "the slipway comes first" not in doc.text
    assert not any(h and "Ex-pilot" in h for h in _headings(doc))
    assert _HARBOUR[3][:40] in doc.text


def test_the_metadata_title_the_page_shows_is_the_headline():
    """Of og:title and JSON-LD's headline, the one shown as the page's h1 is the title,
    and the h1 is not repeated as a section's heading (JSON-LD in a CDATA wrapper too)."""
    head = (
        "<meta property='og:title' content='If you can picture a bridge, thank these divers'>"
        '<script type="application/ld+json"><![CDATA[{"@type": "NewsArticle", '
        '"headline": "Swing bridge stays shut for inspection"}]]></script>'
    )
    header = "<h1>Swing bridge stays shut for inspection</h1>"
    doc = extract_article(_gazette(header, _paragraphs(), head=head), GAZETTE)
    assert doc.title == "Swing bridge stays shut for inspection"
    assert _headings(doc) == [None]


def test_the_longest_h1_named_by_the_title_element_is_the_headline():
    """A site's logo is an h1 too; the headline is the longest h1 <title> holds."""
    page = (
        "<html><head><title>Swing bridge stays shut for inspection · Gazette</title></head>"
        "<body><header><h1><a href='/'>Gazette</a></h1></header><main><article>"
        "<h1>Swing bridge stays shut for inspection</h1>"
        f"{_paragraphs()}</article></main></body></html>"
    )
    doc = extract_article(page, GAZETTE)
    assert doc.title == "Swing bridge stays shut for inspection"


def test_a_credit_line_naming_two_authors_is_not_a_bio():
    """ "X reported from A, and Y from B." at the end is the article's, though it begins
    with an author's name; a bio of one author there goes."""
    head = (
        "<meta property='og:title' content='Swing bridge stays shut for inspection'>"
        "<meta name='author' content='Ana Reyes, Tomas Berg'>"
    )
    credit = "<p>Ana Reyes reported from the quay, and Tomas Berg from the county offices.</p>"
    page = _gazette("<h1>Swing bridge</h1>", _paragraphs() + credit, head=head)
    doc = extract_article(page, GAZETTE)
    assert "Tomas Berg from the county offices" in doc.text
    bio = "<p>Ana Reyes is a reporter at the Gazette who covers the harbour and its boats.</p>"
    page = _gazette("<h1>Swing bridge</h1>", _paragraphs() + bio, head=head)
    assert "covers the harbour" not in extract_article(page, GAZETTE).text
    bio = "<p>Ana Reyes, a reporter at the Gazette, covers the harbour and its boats.</p>"
    page = _gazette("<h1>Swing bridge</h1>", _paragraphs() + bio, head=head)
    assert "covers the harbour" not in extract_article(page, GAZETTE).text


def test_a_letters_signature_is_not_a_bio():
    """A reader's letter ends with its writer's name and town: the letter's, not a bio."""
    head = "<meta name='author' content='Ana Reyes'>"
    page = _gazette(
        "<h1>Swing bridge</h1>", _paragraphs() + "<p>Ana Reyes, Quayside</p>", head=head
    )
    assert extract_article(page, GAZETTE).text.endswith("Ana Reyes, Quayside")


def test_a_utf8_page_with_one_stray_byte_stays_utf8():
    """A browser reads a page declared UTF-8 as UTF-8 and replaces a stray byte; reading
    it all as cp1252 garbled every accented letter."""
    text = "<meta charset='utf-8'><p>Sprzeciw wobec ataków: żółć i więcej.</p>" * 20
    data = text.encode() + b"\xc3(" + "<p>Koniec artykułu.</p>".encode()
    page = decode_html(data)
    assert "ataków: żółć" in page
    assert "Koniec artykułu." in page


def test_a_latin1_page_declared_utf8_is_still_read_as_cp1252():
    """Many invalid sequences: the declaration is wrong, the page is in a legacy charset."""
    data = "<meta charset='utf-8'><p>Café, naïve résumé à la carte, señor.</p>".encode("cp1252")
    assert "Café, naïve résumé à la carte, señor." in decode_html(data)


def _module(*paragraphs: str) -> str:
    return (
        "<div class='mod mod-text'><div class='inner'>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</div></div>"
    )


_PHOTO = "<div class='mod mod-photo'><figure><img src='a.jpg'><figcaption>The quay at dawn.</figcaption></figure></div>"


def _continued(page: str, kept: int) -> list[str]:
    """continue_text on a body holding module `kept` of the page: the paragraphs after."""
    from lxml import etree

    from ekreader.core.extract.continuation import continue_text
    from ekreader.core.text.htmltree import parse_html

    root = parse_html(page, html_elements=True)
    assert root is not None
    modules = [d for d in root.iter("div") if d.get("class") == "mod mod-text"]
    body = etree.Element("body")
    for p in modules[kept].iter("p"):
        etree.SubElement(body, "p").text = p.text
    continue_text(body, root)
    return ["".join(el.itertext()) for el in body]


def _continued_from(page: str, kept: list[str]) -> list[str]:
    """continue_text on a body of paragraphs holding `kept`: the texts of its blocks after."""
    from lxml import etree

    from ekreader.core.extract.continuation import continue_text
    from ekreader.core.text.htmltree import parse_html

    root = parse_html(page, html_elements=True)
    assert root is not None
    body = etree.Element("body")
    for text in kept:
        etree.SubElement(body, "p").text = text
    continue_text(body, root)
    return [" ".join(" ".join(el.itertext()).split()) for el in body]


_LONG = [f"{_HARBOUR[n]} {_HARBOUR[(n + 1) % 4]}" for n in range(4)]
"""Paragraphs of two sentences: long enough to be article text."""
_OTHER = [f"Part {n}: {text}" for n, text in enumerate(_LONG)]


def test_text_modules_beside_the_kept_one_come_back_in_order():
    """Past a photo module, text modules of the same kind before and after the kept one
    come back, in the page's order."""
    page = (
        "<html><body><main><div class='story'>"
        + _module(_LONG[0], _LONG[1])
        + _PHOTO
        + _module(_LONG[2], _LONG[3])
        + _PHOTO
        + _module(_OTHER[0], _OTHER[1])
        + "</div></main></body></html>"
    )
    got = _continued(page, 1)
    assert got == [_LONG[0], _LONG[1], _LONG[2], _LONG[3], _OTHER[0], _OTHER[1]]


def test_a_data_table_between_text_modules_comes_back_with_the_text_after_it():
    """A table of figures in a block of its own splits the text (a grid framework's modules,
    four levels deep): the table comes back with the text after it; a table with links (a
    box of other stories) is passed over like a photo."""

    def deep(inner: str, kind: str) -> str:
        return f"<div class='{kind}'><div class='row'><div class='col'><div class='x'>{inner}</div></div></div></div>"

    table = (
        "<table><tr><th>Month</th><th>Rain</th></tr><tr><td>May</td><td>131 mm</td></tr></table>"
    )
    for between, back in ((table, True), (table.replace("May", "<a href='/may'>May</a>"), False)):
        page = (
            "<html><body><main>"
            + deep(f"<p>{_LONG[0]}</p><p>{_LONG[1]}</p>", "mod-text")
            + deep("<button>Show table</button>" + between, "mod-table")
            + deep(f"<p>{_LONG[2]}</p><p>{_LONG[3]}</p>", "mod-text")
            + "</main></body></html>"
        )
        got = _continued_from(page, _LONG[:2])
        expected = [_LONG[0], _LONG[1], "Month Rain May 131 mm", _LONG[2], _LONG[3]]
        assert got == (expected if back else [*expected[:2], *expected[3:]]), between[:40]


def test_blocks_of_another_kind_or_with_a_linked_title_do_not_come_back():
    """A comment box, a block with a linked heading (another story) and a one-paragraph
    note of the same kind end the search."""
    teaser = _module(_LONG[2], _LONG[3]).replace(
        "<div class='inner'>",
        "<h2><a href='/news/ferry'>Ferry timetable</a></h2><div class='inner'>",
    )
    for after in (
        "<div class='comments'>" + _module(_LONG[2], _LONG[3]) + "</div>",
        teaser,
        _module("Note: " + " ".join(_HARBOUR)),  # one long paragraph: a note, a bio
    ):
        page = (
            "<html><body><main><div class='story'>"
            + _module(_LONG[0], _LONG[1])
            + _PHOTO
            + after
            + "</div></main></body></html>"
        )
        assert _continued(page, 0) == [_LONG[0], _LONG[1]], after[:40]


def test_paragraphs_past_a_like_widget_come_back_with_text_the_article_repeats():
    """The extractor kept the paragraphs above a like widget: the paragraphs of the same
    kind after it come back, with the heading between them and a paragraph that says a
    kept one again (found in the page by its place, not only its text); a classed
    paragraph (the post's meta line) does not."""

    widget = (
        "<div class='sharedaddy sd-like'><h3 class='sd-title'>Like this:</h3>"
        "<span class='button'>Like</span><span class='loading'>Loading...</span></div>"
    )
    meta = "This entry was posted on Tuesday and filed under Harbour, Bridges, Storms, Quay."
    page = (
        "<html><body><article><h1>Swing bridge</h1>"
        f"<p>{_LONG[0]}</p><p>{_LONG[1]}</p>{widget}"
        f"<p>{_LONG[2]}</p><p>{_LONG[1]}</p><h3>Repairs</h3><p>{_LONG[3]}</p>"
        f"<p class='postmetadata'>{meta} {meta}</p></article></body></html>"
    )
    got = _continued_from(page, _LONG[:2])
    assert got == [_LONG[0], _LONG[1], _LONG[2], _LONG[1], "Repairs", _LONG[3]]


def test_a_jsonld_headline_the_page_does_not_show_is_not_the_title():
    """Wikipedia's JSON-LD "headline" is the article's short description: neither an h1
    nor <title> shows it, and the h1 that <title> holds is the headline."""
    page = (
        "<html><head><title>Swing bridge - Harbour Wiki</title>"
        '<script type="application/ld+json">{"@type": "Article", '
        '"headline": "movable bridge over the harbour mouth"}</script></head>'
        "<body><main><h1>Swing bridge</h1>"
        f"{_paragraphs()}</main></body></html>"
    )
    doc = extract_article(page, GAZETTE)
    assert doc.title == "Swing bridge"
    assert _headings(doc) == [None]


def _card(n: int) -> str:
    return (
        "<div class='card'><span>Read also</span>"
        f"<a href='/news/ferry-{n}'><img src='f.jpg'></a>"
        f"<a href='/news/ferry-{n}'>Ferry timetable number {n} changes in May</a>"
        f"<p>Boats to the island will leave twenty minutes earlier from the first of May ({n}).</p>"
        "</div>"
    )


def test_a_teaser_card_inside_the_article_goes_but_a_list_of_items_stays():
    """A card (a linked title over a short blurb, in a small box) between two paragraphs is
    another story; three or more of them are the items the article is made of."""
    one = _gazette(
        "<h1>Swing bridge stays shut for inspection</h1>",
        _paragraphs(2) + _card(1) + _paragraphs(2, 2),
    )
    text = extract_article(one, GAZETTE).text
    assert "twenty minutes earlier" not in text
    assert "Ferry timetable number 1" not in text
    assert _HARBOUR[2][:40] in text
    assert _HARBOUR[1][:40] in text
    items = "".join(_card(n) + _paragraphs(1, n) for n in range(3))
    many = _gazette("<h1>Swing bridge stays shut for inspection</h1>", _paragraphs(1) + items)
    assert extract_article(many, GAZETTE).text.count("twenty minutes earlier") == 3


def test_a_short_paragraph_in_the_articles_own_box_stays():
    """A short paragraph after a link line in the article's text (a box with much more
    text) is the article's."""
    body = _paragraphs(2) + "<p><a href='/news/ferry'>Ferry timetable changes in May</a></p>"
    body += "<p>Boats leave twenty minutes earlier from May.</p>" + _paragraphs(2, 2)
    doc = extract_article(
        _gazette("<h1>Swing bridge stays shut for inspection</h1>", body), GAZETTE
    )
    assert "Boats leave twenty minutes earlier from May." in doc.text


_FACTS = "<aside class='facts'><h3>The bridge in figures</h3><ul><li>Built: 1911</li><li>Span: 84 metres</li></ul></aside>"


def test_a_fact_box_between_paragraphs_comes_back_where_it_stood():
    """An aside of facts (a list, no links) inside the text is the article's: it comes back
    after the paragraph before it, its title a line over the list; an aside with links (a
    box of other stories) or after the last paragraph (a sidebar) does not."""
    header = "<h1>Swing bridge stays shut for inspection</h1>"
    doc = extract_article(_gazette(header, _paragraphs(2) + _FACTS + _paragraphs(2, 2)), GAZETTE)
    assert _headings(doc) == [None]
    expected = f"{_HARBOUR[1]}\n\nThe bridge in figures\n\n• Built: 1911\n• Span: 84 metres\n\n{_HARBOUR[2]}"
    assert expected in doc.text
    linked = _FACTS.replace("Built: 1911", "<a href='/history'>Built: 1911</a>")
    for body in (_paragraphs(2) + linked + _paragraphs(2, 2), _paragraphs(4) + _FACTS):
        assert "Span: 84 metres" not in extract_article(_gazette(header, body), GAZETTE).text


def test_a_fact_box_that_ends_a_section_comes_back_past_an_advertisements_slot():
    """A box of sentences between a paragraph (an advertisement's slot between them) and
    the next section's heading is the article's too; a box of short data there (a weather
    widget) is not."""
    header = "<h1>Swing bridge stays shut for inspection</h1>"
    slot = "<div class='ad-slot'><span>Advertisement</span></div>"
    facts = (
        "<aside class='facts'><h3>The bridge at a glance</h3><ul><li>The swing bridge opened "
        "in 1911 and turns on a single pivot.</li><li>Four thousand cyclists cross it on a "
        "working day.</li></ul></aside>"
    )
    heading = "<h2>What the divers found</h2>"
    body = _paragraphs(2) + slot + facts + heading + _paragraphs(2, 2)
    doc = extract_article(_gazette(header, body), GAZETTE)
    assert _headings(doc) == [None, "What the divers found"]
    assert f"{_HARBOUR[1]}\n\nThe bridge at a glance\n\n• The swing bridge opened" in doc.text
    body = _paragraphs(2) + _FACTS + heading + _paragraphs(2, 2)
    assert "Span: 84 metres" not in extract_article(_gazette(header, body), GAZETTE).text


def test_a_standfirst_above_a_long_byline_and_a_credited_caption_comes_back():
    """The standfirst in an h2 under the headline comes back past a byline run into its
    dates and a caption with its credit, lines longer than a header's short ones, and past
    a list of its times."""
    dek = "Divers start work on the pillars of the swing bridge after the winter storms."
    byline = (
        "<div><span>By Anna Carver, harbour and transport correspondent</span> <span>"
        "Published 13 October 2024, 22:18, updated 14 October 2024, 07:05</span></div>"
    )
    caption = (
        "<figure><img src='/bridge.jpg' alt=''><figcaption>The swing bridge seen from the "
        "northern quay at low tide. © Harbour Gazette / Jon Ames</figcaption></figure>"
    )
    header = f"<h1>Swing bridge stays shut for inspection</h1><h2>{dek}</h2>{byline}{caption}"
    doc = extract_article(_gazette(header, _paragraphs(3)), GAZETTE)
    assert _headings(doc)[0] == dek
    times = (
        "<div><span>Anna Carver</span><span>Harbour reporter</span></div><ul><li>06:00, 14 "
        "Mar 2025</li><li>Updated 09:12, 14 Mar 2025</li></ul><a href='#comments'>Comments (23)</a>"
    )
    header = f"<h1>Swing bridge stays shut for inspection</h1><h2>{dek}</h2>{times}"
    doc = extract_article(_gazette(header, _paragraphs(3)), GAZETTE)
    assert _headings(doc)[0] == dek  # past a list of its times too
    bracketed = (
        "<p>By Anna Carver</p><figure><img src='/bridge.jpg' alt=''><figcaption>The swing "
        "bridge seen from the northern quay at low tide, where the divers start work on "
        "Monday. (Jon Ames for the Harbour Gazette)</figcaption></figure>"
    )
    header = f"<h1>Swing bridge stays shut for inspection</h1><h2>{dek}</h2>{bracketed}"
    doc = extract_article(_gazette(header, _paragraphs(3)), GAZETTE)
    assert _headings(doc)[0] == dek  # past a caption with its credit in brackets


def test_a_subtitle_without_a_stop_comes_back_past_a_byline_in_pieces_but_no_caption():
    """A long line right under the headline is its subtitle even without a full stop, and
    comes back past a byline in pieces ("By", the name, the role, the date, buttons, a
    caption: seven lines); a caption with its credit, or a line of fields ("PUBLISHED: … |
    UPDATED: …"), is no standfirst."""
    dek = (
        "Divers start work on the pillars of the swing bridge after two winters of storms "
        "and a survey that found cracks"
    )
    byline = (
        "<div class='author'><div>By</div> <a href='/people/anna-carver'>Anna Carver</a>"
        "<div>Harbour reporter</div></div><div>14 March 2025, 09:12</div><div>Facebook</div>"
        "<figure><img src='/bridge.jpg' alt=''><figcaption>The bridge at low tide (Photo: "
        "Jon Ames)</figcaption></figure>"
    )
    points = (
        "<ul><li>The bridge stays shut to cars until the end of the month.</li>"
        "<li>Fishing boats must leave through the northern channel.</li></ul>"
    )
    header = f"<h1>Swing bridge stays shut for inspection</h1><p class='sub'>{dek}</p>{byline}"
    doc = extract_article(_gazette(header, points + _paragraphs(3)), GAZETTE)
    assert doc.text.startswith(dek)
    for line in (
        "The swing bridge seen from the northern quay at low tide, as the divers arrived. "
        "Photo: Jon Ames",
        "PUBLISHED: March 14, 2025 at 9:12 a.m. | UPDATED: March 14, 2025 at 11:40 a.m.",
    ):
        header = f"<h1>Swing bridge stays shut for inspection</h1><p>{line}</p>"
        doc = extract_article(_gazette(header, _paragraphs(3)), GAZETTE)
        assert line not in doc.text


def test_a_list_of_sentences_that_ends_the_article_comes_back():
    """A heading and a list of sentences that close the article's block (a match report's
    ratings, dropped by the extractor for its class) come back; a list of links there
    (other stories) does not."""
    ratings = "".join(
        f"<li><strong>Diver {n} (2):</strong> Inspected pillar {n} twice before the tide "
        "turned and found no cracks.</li>"
        for n in range(1, 5)
    )
    body = _paragraphs(3) + f"<h2>The divers' marks</h2><ul class='player-ratings'>{ratings}</ul>"
    header = "<h1>Swing bridge stays shut for inspection</h1>"
    doc = extract_article(_gazette(header, body), GAZETTE)
    assert "Diver 4 (2): Inspected pillar 4 twice" in doc.text
    assert _headings(doc) == [None, "The divers' marks"]
    stories = "".join(
        f"<li><a href='/news/diver-{n}'>Diver {n} inspected pillar {n} twice before the "
        "tide turned and found no cracks.</a></li>"
        for n in range(1, 5)
    )
    linked = _paragraphs(3) + f"<h2>The divers' marks</h2><ul class='ratings'>{stories}</ul>"
    assert "inspected pillar 4" not in extract_article(_gazette(header, linked), GAZETTE).text


def test_a_box_with_a_button_to_the_newsletter_page_goes():
    """A small box named for a newsletter whose button leads to the newsletter page goes
    with its sentence, and so does a box that is one call ending in that button; a
    paragraph of the article that links that page stays, and so does a byline box whose
    line links an issue of the newsletter."""
    box = (
        "<div class='w-nl'><p>Newsletter de Opinión</p><p>Las mejores tribunas y columnas de opinión, cada "
        "viernes en su correo.</p><a href='/newsletters/opinion/'>Apúntese aquí</a></div>"
    )
    mention = (
        "<p>The harbour office will post the divers' findings in its <a href='/newsletter/'>"
        "weekly newsletter</a> and on the notice board by the swing bridge next week, once the "
        "county's engineers have read the divers' notes and measured every pillar twice.</p>"
    )
    header = "<h1>Swing bridge stays shut for inspection</h1>"
    call = (
        "<div class='boletin'><p>Get the quay's news every morning in your inbox. "
        "<a href='/newsletters/'>Sign up free</a></p></div>"
    )
    body = _paragraphs(2) + box + mention + _paragraphs(1, 2) + call + _paragraphs(1, 3)
    text = extract_article(_gazette(header, body), GAZETTE).text
    assert "cada viernes" not in text
    assert "every morning in your inbox" not in text
    meta = (
        "<div class='meta'><p>Published in the Quay newsletter <a href='/newsletter/12'>"
        "issue 12</a></p><p>by <a href='/authors/anna-carver'>Anna Carver</a></p></div>"
    )
    doc = extract_article(_gazette(header + meta, _paragraphs(3)), GAZETTE)
    assert doc.author == "Anna Carver"  # a line linking an issue is no sign-up box
    assert "and on the notice board by the swing bridge" in text
    assert _HARBOUR[3] in text


def test_a_box_around_a_paid_link_goes_but_a_list_of_paid_links_stays():
    """A box of text whose button is a paid link (rel="sponsored") is an advertisement;
    a list of products with paid links (a review's) is the article's."""
    advert = (
        "<div class='native'><span>Sponsored</span><p>Savings accounts with up to four per "
        "cent interest this winter</p><p>Open an account in minutes with the Quay Bank app "
        "and earn a welcome rate.</p><a href='https://ads.example/quay-bank' rel='sponsored'>"
        "Apply now</a></div>"
    )
    products = (
        "<ul>"
        + "".join(
            f"<li>Waders, size {n}: light and warm for the pillars' survey, <a "
            f"href='https://shop.example/waders-{n}' rel='sponsored nofollow'>38 euros</a></li>"
            for n in range(40, 43)
        )
        + "</ul>"
    )
    header = "<h1>Swing bridge stays shut for inspection</h1>"
    body = _paragraphs(2) + advert + products + _paragraphs(2, 2)
    text = extract_article(_gazette(header, body), GAZETTE).text
    assert "Quay Bank app" not in text
    assert "Waders, size 41: light and warm" in text
    assert _HARBOUR[3] in text


def test_a_boxs_bold_title_is_a_line_but_a_short_sections_title_stays_a_heading():
    """The bold title of a box of sentences beside the article's text is no heading (the
    text after the box would fall under it), its sentences stay; the bold title of one of the
    text's own blocks (short sections, each in a block of the same kind) stays a heading."""
    header = "<h1>Swing bridge stays shut for inspection</h1>"
    box = (
        "<div class='infobox'><div class='infobox__head'><strong>Background</strong></div>"
        "<div><p>The bridge opened in 1911 and carries four thousand cyclists a day. Its "
        "last overhaul was in 1987.</p></div></div>"
    )
    doc = extract_article(_gazette(header, _paragraphs(2) + box + _paragraphs(2, 2)), GAZETTE)
    assert _headings(doc) == [None]
    assert "The bridge opened in 1911" in doc.text
    blocks = (
        f"<div class='block'><p>{_HARBOUR[0]}</p><p>{_HARBOUR[1]}</p></div>"
        f"<div class='block'><p><b>What happens next</b></p><p>{_HARBOUR[2]}</p></div>"
        f"<div class='block'><p>{_HARBOUR[3]}</p></div>"
    )
    doc = extract_article(_gazette(header, blocks), GAZETTE)
    assert _headings(doc) == [None, "What happens next"]
    # a box of links of the same kind beside it ("Listen also" over a card) is no section
    listen = (
        "<div class='paragraph paragraph--link'><p>Listen also</p><a href='/podcasts/"
        "bridges'><span>The harbour's three swing bridges, from 1911 to today</span></a></div>"
    )
    facts = (
        "<div class='paragraph paragraph--box'><p><strong>Closures this week</strong></p><ul>"
        "<li>Monday: the bridge shut to cars from six in the morning</li><li>Tuesday: "
        "cyclists diverted over the lock gates</li></ul></div>"
    )
    body = _paragraphs(2) + listen + _paragraphs(1, 2) + facts + _paragraphs(1, 3)
    doc = extract_article(_gazette(header, body), GAZETTE)
    assert _headings(doc) == [None]


def test_a_box_calling_to_follow_a_channel_goes_but_a_share_quote_stays():
    """A small box of one call and one button to an account on a platform ("Follow our
    Telegram channel") goes; a quote with a share button ("click to tweet") stays."""
    header = "<h1>Swing bridge stays shut for inspection</h1>"
    follow = (
        "<div class='follow'><p>Follow the harbour's news on our Telegram channel</p>"
        "<a href='https://t.me/harbourgazette_news'>Join now</a></div>"
    )
    quote = (
        "<div class='tweet-quote'><p>The divers found the pillars sound after a century "
        "of tides.</p><a href='https://twitter.com/intent/tweet?text=pillars'>Tweet</a></div>"
    )
    body = _paragraphs(2) + follow + quote + _paragraphs(2, 2)
    text = extract_article(_gazette(header, body), GAZETTE).text
    assert "Telegram channel" not in text
    assert "found the pillars sound" in text


def test_the_headline_inside_a_header_block_is_not_repeated():
    """A header block that holds a label and the headline ("Dernière minute <h1>…</h1>")
    loses the headline (it is the title) and the label (the document's breaking label),
    not the article after it."""
    body = (
        "<div class='head'>Breaking <h1>Swing bridge stays shut for inspection</h1></div>"
        + _paragraphs(3)
    )
    page = _gazette("", body)
    doc = extract_article(page, GAZETTE)
    assert doc.title == "Swing bridge stays shut for inspection"
    assert _headings(doc) == [None]
    assert doc.breaking_label == "Breaking"
    assert doc.text.startswith(_HARBOUR[0])  # the label is the document's, not a line


_BACKGROUND = (
    "<aside class='encadre'><div><span>Contexte</span></div><div><p>The bridge opened in 1911"
    " and carries four thousand cyclists a day. Its last overhaul was in 1987.</p></div></aside>"
)


def test_a_box_of_background_sentences_between_blocks_of_text_comes_back():
    """An aside of a few sentences without a list ("Contexte") between two blocks of the
    article's text (their paragraphs inside divs) is the article's; one with a link (to the
    site, or an advertiser's button), one that repeats the text (a pull quote, the words
    cut or not) or one after the last paragraph does not come back."""
    header = "<h1>Swing bridge stays shut for inspection</h1>"
    before = f"<div class='block'><p>{_HARBOUR[0]}</p><p>{_HARBOUR[1]}</p></div>"
    after = f"<div class='block'><h3>What happens next?</h3><p>{_HARBOUR[2]}</p></div>"
    doc = extract_article(_gazette(header, before + _BACKGROUND + after), GAZETTE)
    assert f"{_HARBOUR[1]}\n\nContexte\n\nThe bridge opened in 1911" in doc.text
    linked = _BACKGROUND.replace("in 1987", "in <a href='/history'>1987</a>")
    advert = _BACKGROUND.replace("</p>", "</p><a href='https://ads.example/bridge'>Book a tour</a>")
    pull = f"<aside><p>{_HARBOUR[1]}</p><p>The bridge opened in 1911.</p></aside>"
    for body in (before + linked + after, before + advert + after, before + after + _BACKGROUND):
        assert "four thousand cyclists" not in extract_article(_gazette(header, body), GAZETTE).text
    text = extract_article(_gazette(header, before + pull + after), GAZETTE).text
    assert text.count(_HARBOUR[1]) == 1
    cut = "“Fishing crews … the northern channel, which is narrow and shallow at low tide.”"
    pull = f"<aside><blockquote><p>{cut}</p></blockquote></aside>"
    assert cut not in extract_article(_gazette(header, before + pull + after), GAZETTE).text


def _stories(host: str = "", count: int = 3) -> str:
    return (
        "<ul>"
        + "".join(
            f"<li><a href='{host}/news/ferry-{n}'>Ferry timetable number {n} changes</a> "
            f"Boats leave earlier from May ({n}).</li>"
            for n in range(count)
        )
        + "</ul>"
    )


def test_a_list_of_the_sites_stories_inside_the_article_goes():
    """A list set between paragraphs whose every item opens with a linked title of another
    story of the site goes; links to other sites (sources) stay, and so does a list that
    is most of the article (a roundup of the day's stories)."""
    header = "<h1>Swing bridge stays shut for inspection</h1>"

    def text(body: str) -> str:
        return extract_article(_gazette(header, body), GAZETTE).text

    assert "Ferry timetable number 1" not in text(_paragraphs(2) + _stories() + _paragraphs(2, 2))
    sources = _paragraphs(2) + _stories("https://county.example") + _paragraphs(2, 2)
    assert "Ferry timetable number 1" in text(sources)
    roundup = _paragraphs(1) + _stories(count=5) + "<p>More stories tomorrow, as every day.</p>"
    assert "Ferry timetable number 1" in text(roundup + _paragraphs(1, 1))


def test_a_thumbnail_link_to_another_story_inside_the_article_goes():
    """A link around a thumbnail and a story's title, between paragraphs, is another story
    (the extractor keeps its title as loose text after the paragraph before it)."""
    card = "<a href='/news/ferry'><img src='f.jpg'><span>Why the ferry timetable changed again</span></a>"
    page = _gazette(
        "<h1>Swing bridge stays shut for inspection</h1>", _paragraphs(2) + card + _paragraphs(2, 2)
    )
    text = extract_article(page, GAZETTE).text
    assert "Why the ferry timetable changed again" not in text
    assert _HARBOUR[2][:40] in text


def test_an_embedded_sign_up_form_goes_but_a_map_under_a_heading_stays():
    """A box whose heading offers a newsletter around an iframe (a form served from
    elsewhere) goes; an address box around a map iframe is the article's."""
    header = "<h1>Swing bridge stays shut for inspection</h1>"
    sign_up = "<div><h3>The morning newsletter</h3><p>News at seven, free.</p><iframe src='https://forms.example/x'></iframe></div>"
    where = "<div><h3>Where to find it</h3><p>Quay Street 5, Harbour Town</p><iframe src='https://maps.example/q'></iframe></div>"
    text = extract_article(
        _gazette(header, _paragraphs(2) + sign_up + where + _paragraphs(2, 2)), GAZETTE
    ).text
    assert "News at seven" not in text
    assert "Quay Street 5, Harbour Town" in text


def test_a_name_linked_to_the_sites_author_page_under_the_headline_is_the_author():
    """Without author metadata, a name linked to the site's author page in the header is
    the author, past a standfirst set as an h2; a written byline keeps all its names."""
    from ekreader.core.extract.article import extract_article as extract

    body = _paragraphs(4)
    header = (
        "<h1>Swing bridge stays shut for inspection</h1>"
        "<h2>Divers will inspect the pillars for ten days, the harbour office says</h2>"
        "<div><a href='/autor/lucia-carvajal/'>Lucía Carvajal</a> <span>Sevilla</span></div>"
    )
    assert extract(_gazette(header, body, head=""), GAZETTE).author == "Lucía Carvajal"
    written = header.replace(
        "<div><a href='/autor/lucia-carvajal/'>Lucía Carvajal</a> <span>Sevilla</span></div>",
        "<p>By <a href='/author/ann'>Ann Berg</a> and <a href='/author/ola'>Ola Lind</a></p>",
    )
    assert extract(_gazette(written, body, head=""), GAZETTE).author == "Ann Berg and Ola Lind"
    plain = header.replace("/autor/lucia-carvajal/", "/sevilla/")
    assert extract(_gazette(plain, body, head=""), GAZETTE).author is None


def test_a_call_to_follow_the_sites_own_accounts_goes_but_cited_posts_stay():
    """A line whose links all lead to the site's own app, channel or accounts on platforms
    goes (the site's name in the account: gazette.example's "GazetteNews"), and so does a
    paragraph giving the site's handle ("@HarbourGazette"); a paragraph citing one post
    (the site's own tweet), someone else's account or handle or a page off the platforms,
    and a longer paragraph that links the site's account among what it says, stay."""
    tweet = (
        "We first reported the closure in a <a href='https://twitter.com/HarbourGazette/"
        "status/1789'>post on Tuesday</a>."
    )
    divers = (
        "The divers' club posts its photos on <a href='https://instagram.com/quaydivers'>"
        "its own account</a>."
    )
    long_own = (
        "Readers sent us more than two hundred photos of the bridge over the years, and the "
        "best of them are now in an album on <a href='https://facebook.com/gazette'>our page"
        "</a>, with the names of the boats that passed under it in the summer of 1962."
    )
    app = (
        "Get the latest news on the <a href='https://apps.apple.com/app/gazette/id42'>iPhone"
        "</a> and <a href='https://play.google.com/store/apps/details?id=example.gazette'>"
        "Android</a> apps."
    )
    report = (
        "The <a href='https://county.example/report'>survey</a> was first shown on "
        "<a href='https://facebook.com/gazette'>our page</a>."
    )
    channel = "Follow us on <a href='https://t.me/GazetteNews'>Telegram</a>!"
    whatsapp = "News as it happens: <a href='https://whatsapp.com/channel/0029Va'>our channel</a>"
    handle = (
        "Follow the Gazette on Instagram @HarbourGazette, or write to the newsroom at "
        "<a href='mailto:desk@gazette.example'>desk@gazette.example</a>."
    )
    pilots = "The pilots' association, @QuayPilots on Instagram, posted the new timetable."
    body = _paragraphs(2) + f"<p>{tweet}</p><p>{divers}</p><p>{report}</p>" + _paragraphs(2, 2)
    body += f"<p>{pilots}</p><p>{long_own}</p><p>{app}</p><p>{channel}</p><p>{whatsapp}</p>"
    body += f"<p>{handle}</p>"
    doc = extract_article(
        _gazette("<h1>Swing bridge stays shut for inspection</h1>", body), GAZETTE
    )
    text = doc.text
    for kept in ("post on Tuesday", "its own account", "first shown", "boats that", "pilots'"):
        assert kept in text, kept
    for gone in ("apps.", "Telegram", "our channel", "@HarbourGazette"):
        assert gone not in text, gone


def test_appeal_boxes_go_wherever_they_stand_but_a_paragraph_linking_a_fundraiser_stays():
    """A box around a short link to the site's subscription or donation page (by the words
    of its address) or to a payment page goes: a paywall at the end, a donation box between
    paragraphs. A paragraph of the article that links such a page is text and stays, and so
    does a box whose link only passes through such a word on its way elsewhere."""
    donation = (
        "<div class='support-box'><p><strong>The Gazette needs you</strong></p>"
        "<p>We report on the harbour without a paywall. A small amount keeps it so.</p>"
        "<p><a class='btn' href='https://www.paypal.me/gazette/3'>Give 3 euros</a></p></div>"
    )
    paywall = (
        "<div class='paywall'><p>This article is for subscribers. 70% of it remains.</p>"
        "<ul><li>Every article, on the site and in the app</li><li>The daily edition at 5 am"
        "</li></ul><a href='/subscribe?offer=trial'>One euro for the first month</a> "
        "<a href='/login'>Already a subscriber? Log in</a></div>"
    )
    fundraiser = (
        "Readers answered the lifeboat crew's call on <a href='/donate'>our appeal page</a> "
        "for a new engine and had collected more than four thousand euros by Friday evening."
    )
    lexicon = (
        "<div class='book-box'><p><a href='/online_abo/lexicon/quay-authors'>Harbour authors"
        "</a>: an index of the writers of the quay, 1900 to 1960, with the ferry poems.</p>"
        "<p>Quay Press, 212 pages, 18 euros.</p></div>"
    )
    body = _paragraphs(2) + donation + f"<p>{fundraiser}</p>" + lexicon + _paragraphs(2, 2)
    body += paywall
    doc = extract_article(
        _gazette("<h1>Swing bridge stays shut for inspection</h1>", body), GAZETTE
    )
    text = doc.text
    for kept in ("collected more than four thousand euros", "an index of the writers", _HARBOUR[3]):
        assert kept in text, kept
    for gone in ("needs you", "without a paywall", "Give 3 euros", "for subscribers", "daily"):
        assert gone not in text, gone
    # a brief and its appeal, less text than a box holds: the appeal alone goes
    brief = _gazette("<h1>Swing bridge</h1>", f"<p>{_HARBOUR[0]}</p>{donation}")
    text = extract_article(brief, GAZETTE).text
    assert _HARBOUR[0] in text
    assert "needs you" not in text


def test_a_copyright_notice_and_the_footer_after_it_go_but_a_credit_run_into_text_stays():
    """A copyright notice of two sentences at the end of the body goes, with the short
    blocks after it (the page's footer: "Advertise with us"), and so does a line saying
    the story may be republished under a Creative Commons license or that its reproduction
    is allowed ("É permitida a reprodução …"); a photo credit that the
    page ran into the first paragraph ("© Quay Press Hamburg - The harbour office …")
    keeps the paragraph."""
    credit = "© Quay Press Hamburg - " + " ".join(_HARBOUR[:2]) + " " + _HARBOUR[2]
    notice = (
        "© 2025 Harbour Gazette. This article is the property of Harbour Gazette Ltd. "
        "Written permission must be obtained before reprint in online or print media. "
        "Reprinting without permission is theft."
    )
    body = f"<p>{credit}</p>" + _paragraphs(3, 1)
    body += "<p>Republish this story for free under a Creative Commons license.</p>"
    body += "<p>É permitida a reprodução mediante citação da fonte.</p>"
    body += f"<p>{notice}</p><p>Advertise with us: reach the quay every morning.</p>"
    body += "<p>Contact our sales team at ads@gazette.example or call 0471 555 0147.</p>"
    doc = extract_article(
        _gazette("<h1>Swing bridge stays shut for inspection</h1>", body), GAZETTE
    )
    text = doc.text
    assert text.startswith("© Quay Press Hamburg - The harbour office")
    assert text.endswith(_HARBOUR[3])


def test_a_comment_section_named_in_another_language_goes_but_an_opinion_piece_stays():
    """Comments without reply links in a section named "comentarios" (Spanish; "yorumlar",
    "kommentare" alike) go; a German opinion piece in a block of class "kommentar" (the
    genre, not comments) is the article."""
    comments = (
        "<section id='comentarios' class='a_com'><h3>Comentarios</h3>"
        "<div class='a_com_i'><strong>pepe_huelva</strong><p>Ojalá arreglen también el "
        "puente viejo, que lleva años esperando.</p></div>"
        "<div class='a_com_i'><strong>Olivar1975</strong><p>Por fin una buena noticia para "
        "el muelle después de tres años horribles.</p></div></section>"
    )
    doc = extract_article(_gazette("<h1>Swing bridge</h1>", _paragraphs() + comments), GAZETTE)
    assert doc.text.endswith(_HARBOUR[3])
    assert "puente viejo" not in doc.text
    from ekreader.core.extract.boxes import drop_boxes
    from ekreader.core.text.htmltree import parse_html

    opinion = f"<div class='kommentar meinung'>{_paragraphs()}</div>"
    root = parse_html(_gazette("<h1>Swing bridge</h1>", opinion + comments), html_elements=True)
    assert root is not None
    drop_boxes(root)
    assert [el.get("class") for el in root.iter("div", "section")] == [
        "article-content",
        "kommentar meinung",
    ]


def test_a_broadcasters_short_name_after_the_authors_is_not_an_author():
    """<meta name="author" content="Jana Mertens, HR">: the author is the person; a short
    name alone (the broadcaster as the author) stays the author."""
    for content, author in (("Ana Reyes, HRG", "Ana Reyes"), ("HRG", "HRG")):
        head = f"<meta name='author' content='{content}'>"
        page = _gazette("<h1>Swing bridge</h1>", _paragraphs(), head=head)
        assert extract_article(page, GAZETTE).author == author, content


def test_a_card_with_its_blurb_in_a_span_and_a_table_of_stories_go():
    """A card whose blurb is a <span> under its title link (no paragraph on the page), and
    a table whose every row opens with a story's linked title (a thumbnail before it), go
    from between two paragraphs; a table of data with links in its rows stays."""
    from lxml import etree

    from ekreader.core.extract.cards import drop_inline_stories
    from ekreader.core.extract.pageitems import paragraphs_by_key
    from ekreader.core.text.htmltree import parse_html

    header = "<h1>Swing bridge stays shut for inspection</h1>"
    title = "Ferry timetable changes in May for the island"
    blurb = "Boats to the island will leave twenty minutes earlier from the first of May."
    card = (
        "<div class='callout-card'><div class='callout-text'><strong>Read also</strong><br>"
        f"<a href='/news/ferry-timetable'>{title}</a><br><span>{blurb}</span></div></div>"
    )
    root = parse_html(
        _gazette(header, _paragraphs(2) + card + _paragraphs(2, 2)), html_elements=True
    )
    assert root is not None
    body = etree.Element("body")
    for text in (*_HARBOUR[:2], title, blurb, *_HARBOUR[2:]):
        etree.SubElement(body, "p").text = text
    drop_inline_stories(
        body, root, paragraphs_by_key(root), GAZETTE, frozenset({"gazette.example"})
    )
    assert [el.text for el in body] == _HARBOUR

    rows = "".join(
        f"<tr><td><img src='t{n}.jpg'></td><td><a href='/news/ferry-{n}'>Ferry timetable "
        f"number {n} changes in May</a><div>Boats leave earlier from May ({n}).</div></td></tr>"
        for n in range(2)
    )
    data = "".join(
        f"<tr><td>Pier {n}</td><td><a href='/piers/{n}'>Open from May to October</a></td></tr>"
        for n in range(2)
    )
    body = _paragraphs(2) + f"<table>{rows}</table>" + _paragraphs(2, 2)
    text = extract_article(_gazette(header, body), GAZETTE).text
    assert "earlier from May" not in text
    assert _HARBOUR[3] in text
    body = _paragraphs(2) + f"<table>{data}</table>" + _paragraphs(2, 2)
    assert "Pier 1" in extract_article(_gazette(header, body), GAZETTE).text


def test_a_bio_under_the_authors_name_in_an_author_box_goes():
    """An author box after the article: the name linked to the author's page, the bio in
    a paragraph under it that does not begin with the name; the bio goes. The same
    paragraph under another name (a person the article quotes) stays."""
    head = "<meta name='author' content='Ana Reyes'>"
    bio = "Harbour and shipping reporter of the Gazette since 2016, before that at the radio."
    for name, kept in (("Ana Reyes", False), ("Tomas Berg", True)):
        box = f"<div class='closing'><a href='/author/x'>{name}</a><p>{bio}</p></div>"
        page = _gazette("<h1>Swing bridge</h1>", _paragraphs() + box, head=head)
        assert ("before that at the radio" in extract_article(page, GAZETTE).text) is kept, name


def test_a_rights_line_is_furniture_in_every_language_of_the_feeds():
    """The short "all rights reserved" line of each language the feeds carry."""
    from ekreader.core.extract.boilerplate import is_furniture

    for line in (
        "© 2025 Harbour Gazette. All rights reserved.",
        "Alle Rechte vorbehalten.",
        "Tous droits réservés",
        "Todos los derechos reservados.",
        "Todos os direitos reservados.",
        "Riproduzione riservata © Copyright La Voce",
        "Tutti i diritti riservati",
        "Tüm hakları saklıdır.",
        "جميع الحقوق محفوظة",
    ):
        assert is_furniture(line, None), line
    assert not is_furniture("The court reserved its ruling until the spring.", None)


def test_the_canonical_address_names_the_sites_own_host():
    """A page fetched through a proxy or a cache names its site in <link rel="canonical">:
    a call to follow the site's account (named for the site) goes there too."""
    from ekreader.core.extract.metadata import meta_tags, own_sites
    from ekreader.core.text.htmltree import parse_html

    head = "<link rel='canonical' href='https://www.quaygazette.example/news/bridge'>"
    follow = "<p>Follow us on <a href='https://t.me/QuayGazette'>Telegram</a>!</p>"
    page = _gazette("<h1>Swing bridge</h1>", _paragraphs() + follow, head=head)
    root = parse_html(page, html_elements=True)
    assert root is not None
    assert own_sites("https://proxy.example/p/1", meta_tags(root)) == {
        "proxy.example",
        "quaygazette.example",
    }
    assert "Telegram" not in extract_article(page, "https://proxy.example/p/1").text


def test_a_wrapper_of_paragraphs_gives_way_to_them_but_a_listing_stays():
    """trafilatura's fallback returns the page's markup: a <div> around the paragraphs
    gives way to them (the passes read a body's children), its loose text set in a
    paragraph; a <div> of item boxes (a listing) stays as it is."""
    from lxml import etree

    from ekreader.core.extract.engines import unwrap_text_blocks

    body = etree.fromstring(
        "<body><div class='story'>Lead line<p>One.</p><h2>Two</h2><p>Three.</p></div>"
        "<div class='list'><div class='item'><p>Item one.</p></div>"
        "<div class='item'><p>Item two.</p></div></div></body>"
    )
    unwrap_text_blocks(body)
    assert [el.tag for el in body] == ["p", "p", "h2", "p", "div"]
    assert [el.text for el in body][:4] == ["Lead line", "One.", "Two", "Three."]


def test_a_faqs_questions_are_headings_under_the_faqs_own_heading():
    """A disclosure's label (<details><summary>: a FAQ's question) is a heading one level
    below the heading before it, so the questions sit under "Your questions", not beside
    it; with no heading before, an h3."""
    faq = "".join(
        f"<details><summary>{q}</summary><p>{a}</p></details>"
        for q, a in [
            ("Is the footpath open?", "Yes, the footpath on the east side stays open all week."),
            ("Will the ferry run?", "The ferry runs every half hour until the bridge reopens."),
        ]
    )
    page = _gazette(
        "<h1>Swing bridge</h1>",
        _paragraphs(2) + "<h2>Your questions</h2><p>Readers asked us two things.</p>" + faq,
    )
    doc = extract_article(page, GAZETTE)
    levels = [(s.heading, s.level) for s in doc.sections if s.heading]
    assert levels[-3:] == [
        ("Your questions", 2),
        ("Is the footpath open?", 3),
        ("Will the ferry run?", 3),
    ]
    assert "The ferry runs every half hour" in doc.text

    from lxml import etree

    from ekreader.core.extract.engines import xml_to_html

    body = etree.fromstring(
        "<body><head>Is it open?</head><p>Yes.</p><head rend='h4'>Later</head>"
        "<head>And then?</head></body>"
    )
    xml_to_html(body)
    assert [el.tag for el in body] == ["h3", "p", "h4", "h4"]


def test_a_heading_of_a_label_and_a_link_to_another_story_goes_but_a_linked_title_stays():
    """A heading that is a short label and a link to another story of the site ("MIRA:
    <title>") is a teaser line inside the article; a heading that is all one link (a
    listicle's item, "21) Star Wars: The Last Jedi") is the article's own."""
    teaser = (
        "<h3>MIRA: <a href='/news/ferry-timetable-changes'>Ferry timetable changes for the"
        " summer season</a></h3>"
    )
    item = "<h3><a href='/films/last-jedi'>21) Harbour Wars: The Last Pilot</a></h3>"
    body = _paragraphs(2) + teaser + _paragraphs(1, 2) + item + _paragraphs(1, 3)
    doc = extract_article(_gazette("<h1>Swing bridge</h1>", body), GAZETTE)
    assert "Ferry timetable changes" not in doc.text
    assert "21) Harbour Wars: The Last Pilot" in _headings(doc)
    assert _HARBOUR[2][:40] in doc.text


def test_a_related_content_cue_in_spanish_and_portuguese_ends_the_article():
    """ "Notas relacionadas", "Contenido relacionado", "Matérias relacionadas": the heading
    and the short teaser lines under it go."""
    for cue in ("NOTAS RELACIONADAS", "Contenido Relacionado", "Matérias relacionadas"):
        related = f"<h3>{cue}</h3><p>Jueves 21 abril, 2022</p><p>Puerto cerrado</p>"
        doc = extract_article(_gazette("<h1>Swing bridge</h1>", _paragraphs() + related), GAZETTE)
        assert cue not in doc.text, cue
        assert cue not in _headings(doc), cue
        assert "Jueves 21 abril" not in doc.text
        assert _HARBOUR[3][:40] in doc.text


def test_an_appeal_box_leading_to_the_sites_own_support_host_goes():
    """The site's membership shop on a host of its own ("apoyo.gazette.example") is known
    by that host's name; a box leading to another site's such host stays."""
    appeal = (
        "<div class='foot_note'><div><strong>Apoya el periodismo</strong></div>Si te parece"
        " valioso nuestro trabajo, únete a nuestra comunidad.<br>Cancela cuando quieras."
        "<div><a href='https://apoyo.gazette.example/?u=bridge'>Apoya a la Gazette</a></div>"
        "</div>"
    )
    other = appeal.replace("apoyo.gazette.example", "apoyo.lifeboats.example").replace(
        "Cancela cuando quieras.", "La tripulación agradece cada aporte."
    )
    doc = extract_article(
        _gazette("<h1>Swing bridge</h1>", _paragraphs(3) + appeal + _paragraphs(1, 3) + other),
        GAZETTE,
    )
    assert "Cancela cuando quieras" not in doc.text
    assert "La tripulación agradece" in doc.text
    assert _HARBOUR[3][:40] in doc.text


def test_disclosures_of_advertising_and_paid_links_go_but_text_about_them_stays():
    """ "Anzeige, enthält Affiliate Links", "*Werbung. Dieser Beitrag …", "… our
    advertisers. We may receive compensation …" are no article text, in any of the feeds'
    languages; a sentence that starts with the word (as a label: "Werbung: Die …") or names
    an affiliate station is."""
    disclosures = [
        "Anzeige, enthält Affiliate Links",
        "*Werbung. Dieser Beitrag enthält Werbung für Kaiwerft.",
        "This post contains references to products from one or more of our advertisers. "
        "We may receive compensation when you click on links to those products.",
        "Este artículo contiene enlaces de afiliados: si compras, recibimos una comisión.",
    ]
    kept = [
        "Werbung nervt, sagen die Fischer: Plakate am Kai verdecken seit Jahren die Sicht.",
        "The local ABC affiliate reported that the bridge keeper had warned of the cracks.",
        "Werbung: Die Plakatfirma zahlt der Stadt jedes Jahr 12 000 Euro für die Kaiwand.",
    ]
    body = "".join(f"<p>{line}</p>" for line in disclosures[:2])
    body += _paragraphs(2) + "".join(f"<p>{line}</p>" for line in kept)
    body += _paragraphs(2, 2) + "".join(f"<p>{line}</p>" for line in disclosures[2:])
    doc = extract_article(_gazette("<h1>Swing bridge</h1>", body), GAZETTE)
    for line in disclosures:
        assert line[:30] not in doc.text, line
    for line in kept:
        assert line in doc.text, line


def test_key_points_above_the_first_paragraph_come_back_but_a_list_of_links_does_not():
    """A list of key points between the headline and the article's first paragraph ("Das
    Wichtigste in Kürze"), each a sentence, comes back above the text; a list of links
    there (teasers) does not."""
    points = (
        "<div class='infokasten'><div class='titel'>Das Wichtigste in Kürze</div><ul>"
        "<li>Die Drehbrücke bleibt bis Monatsende gesperrt.</li>"
        "<li>Taucher prüfen die Pfeiler auf Sturmschäden.</li>"
        "<li>Fähren fahren ab Montag alle zwanzig Minuten.</li></ul></div>"
    )
    header = "<h1>Swing bridge stays shut for inspection</h1><p class='byline'>By Ana Reyes</p>"
    doc = extract_article(_gazette(header + points, _paragraphs()), GAZETTE)
    text = doc.text
    assert "Taucher prüfen die Pfeiler auf Sturmschäden." in text
    assert text.index("Fähren fahren ab Montag") < text.index(_HARBOUR[0][:40])
    links = points.replace("<li>Die", "<li><a href='/news/a'>Die").replace(".</li>", ".</a></li>")
    doc = extract_article(_gazette(header + links, _paragraphs()), GAZETTE)
    assert "Taucher prüfen" not in doc.text
    assert _HARBOUR[0][:40] in doc.text


def test_a_quote_card_between_paragraphs_comes_back_but_a_repeated_pull_quote_does_not():
    """A quote set in a <figure> between two paragraphs (a quote card: the words and who
    said them) is the article's; one that repeats the text (a pull quote) and a figure with
    a picture are not put back."""
    card = (
        "<figure class='quote'><blockquote><p>“Without the ferry the island stops.”</p>"
        "</blockquote><figcaption>Mara Lind, harbour master</figcaption></figure>"
    )
    repeated = _HARBOUR[1][30:100].strip()
    pull = (
        "<figure class='wp-block-pullquote'><blockquote><p>"
        f"{repeated}</p><cite>Gazette</cite></blockquote></figure>"
    )
    photo = (
        "<figure><img src='/quay.jpg'><blockquote><p>Quay at dawn, seen from the ferry.</p>"
        "</blockquote></figure>"
    )
    body = _paragraphs(1) + card + _paragraphs(1, 1) + pull + _paragraphs(1, 2) + photo
    body += _paragraphs(1, 3)
    doc = extract_article(_gazette("<h1>Swing bridge</h1>", body), GAZETTE)
    text = doc.text
    assert "Without the ferry the island stops." in text
    assert "Mara Lind, harbour master" in text
    assert text.index("island stops") < text.index(_HARBOUR[1][:40])
    assert text.count(repeated) == 1
    assert "Quay at dawn" not in text


def test_a_long_bio_under_a_short_article_goes():
    """A bio of up to 1 000 characters that begins with the author's name goes from the
    end of a short article (three paragraphs, the extractor's fallback keeps every
    paragraph of the page)."""
    head = "<meta name='author' content='Ana Reyes'>"
    bio = (
        "Ana Reyes was born on the quay in 1987 and has written for the Gazette since 2012. "
        + "She covers the harbour, the ferries and the fishing fleet, and the islands. " * 8
    )
    assert 600 < len(bio) < 1000
    page = _gazette("<h1>Swing bridge</h1>", _paragraphs(3) + f"<p>{bio}</p>", head=head)
    text = extract_article(page, GAZETTE).text
    assert "was born on the quay" not in text
    assert _HARBOUR[2][:40] in text


def test_a_cookie_consent_box_goes_but_an_article_box_about_cookies_stays():
    """A consent box (a dialog, or a box named for consent or by its consent manager, with
    a button and little text) goes wherever it stands; a box of the article with a button
    and a paragraph about cookies stays."""
    banners = [
        "<div id='iubenda-cs-banner'><p>Questo sito utilizza cookie tecnici e di terze parti"
        " per misurare il traffico.</p><button>Accetta</button><button>Rifiuta</button></div>",
        "<div role='dialog' aria-label='Cookies'><p>Wir verwenden Cookies, um unser Angebot"
        " zu verbessern.</p><button>Alle akzeptieren</button></div>",
        "<section class='cmp__layer'><p>Bu site çerez kullanır; devam ederek kabul etmiş"
        " olursunuz.</p><button>Tamam</button></section>",
    ]
    stays = (
        "<div class='story-box'><p>The council's new website asks every visitor to accept"
        " cookies before it shows the ferry timetable, which angered the islanders.</p>"
        "<button>Share</button></div>"
    )
    body = _paragraphs(2) + stays + _paragraphs(2, 2)
    doc = extract_article(_gazette("<h1>Swing bridge</h1>", body, after="".join(banners)), GAZETTE)
    page = _gazette("<h1>Swing bridge</h1>", banners[0] + body + banners[1] + banners[2])
    for text in (doc.text, extract_article(page, GAZETTE).text):
        assert "Questo sito utilizza cookie" not in text
        assert "Wir verwenden Cookies" not in text
        assert "çerez" not in text
        assert "asks every visitor to accept cookies" in text
        assert _HARBOUR[3][:40] in text


def test_a_header_the_extractor_appended_to_the_text_goes_back_in_front():
    """A fallback that reads a box's loose text first returns the page's header (headline,
    standfirst, byline, a short date line it writes otherwise) after the text: it moves
    back in front, in the page's order. Lines that only repeat the header's words at the
    end (no headline among them) stay where they are."""
    from lxml import etree

    from ekreader.core.extract.align import header_first
    from ekreader.core.extract.pageitems import page_items

    text = _HARBOUR[0] + " " + _HARBOUR[1]
    root = etree.fromstring(
        "<html><body><h1>Swing bridge stays shut</h1><h2>Divers check the pillars for storm "
        "damage before any repairs</h2><p>By Ana Reyes, Harbour Gazette</p>"
        f"<p><time>3 April</time> · Updated 2 hours ago</p><div>{text}</div></body></html>"
    )
    items = page_items(root)

    def body(*blocks: tuple[str, str]) -> list[str]:
        el = etree.Element("body")
        for tag, words in blocks:
            etree.SubElement(el, tag).text = words
        header_first(el, items)
        return [child.text or "" for child in el]

    lead = ("p", text)
    header = [
        ("h1", "Swing bridge stays shut"),
        ("h2", "Divers check the pillars for storm damage before any repairs"),
        ("p", "By Ana Reyes, Harbour Gazette"),
        ("p", "· Updated 2 hours ago"),
    ]
    assert body(lead, *header) == [words for _tag, words in [*header, lead]]
    assert body(lead, header[1], header[0]) == [header[0][1], header[1][1], text]
    assert body(lead, header[2]) == [text, header[2][1]]


def test_a_body_that_is_one_article_box_is_opened_but_a_listing_is_not():
    """A body whose only child is the page's article box (a headline, a standfirst, a box
    of text) gives way to its children; one whose box holds mostly boxes (a listing's
    items) stays whole."""
    from lxml import etree

    from ekreader.core.extract.engines import unwrap_text_blocks

    article = etree.fromstring(
        "<body><div class='story'><h1>Swing bridge</h1><h2>Divers check the pillars</h2>"
        "<div class='meta'><p>By Ana Reyes</p></div><p>One.</p><p>Two.</p></div></body>"
    )
    unwrap_text_blocks(article)
    assert [el.tag for el in article] == ["h1", "h2", "p", "p", "p"]
    listing = etree.fromstring(
        "<body><div class='list'><h2>Press releases</h2><div><p>One.</p></div>"
        "<div><p>Two.</p></div><div><p>Three.</p></div></div></body>"
    )
    unwrap_text_blocks(listing)
    assert [el.tag for el in listing] == ["div"]


def test_an_ad_slots_label_inside_loose_text_goes():
    """An ad slot's label (in capitals, on a line of its own in the source) set between
    lines of an article's loose text does not stay in the paragraph the extractor makes
    of them. The same word in a sentence stays."""
    slot = (
        "\n  <div class='publicidade'>\n    <span>PUBLICIDADE</span>\n"
        "    <div id='banner_1'></div>\n  </div>\n  "
    )
    text = "<br><br>".join(_HARBOUR[:2]) + slot + "<br><br>".join(_HARBOUR[2:])
    line = "<p>Publicidade: the council will pay for the new signs on the quay, it said.</p>"
    doc = extract_article(_gazette("<h1>Swing bridge</h1>", f"<div>{text}</div>{line}"), GAZETTE)
    assert "PUBLICIDADE" not in doc.text
    assert _HARBOUR[2][:40] in doc.text
    assert "Publicidade: the council will pay" in doc.text


def test_a_read_also_line_without_a_colon_and_share_lists_in_any_language_go():
    """ "Lire aussi <title>" (a known cue, no colon) is a teaser line; "Condividi su
    Facebook", "Auf X teilen" lists are share buttons; a section "Share of renewables"
    is not."""
    from ekreader.core.extract.boilerplate import are_buttons, is_furniture

    read_also = (
        "<p class='lire-aussi'><span>Lire aussi</span> <a href='/culture/ferry-festival'>"
        "Le festival du bac revient pour sa vingtième édition</a></p>"
    )
    body = _paragraphs(2) + read_also + _paragraphs(1, 2) + "<h2>Share of renewables</h2>"
    body += _paragraphs(1, 3)
    doc = extract_article(_gazette("<h1>Swing bridge</h1>", body), GAZETTE)
    assert "Le festival du bac" not in doc.text
    assert "Share of renewables" in _headings(doc)
    assert _HARBOUR[2][:40] in doc.text
    assert are_buttons(["Condividi su Facebook", "Auf X teilen", "Invia per email"])
    assert are_buttons(["Partager sur Facebook", "Compartir en WhatsApp"])
    assert not is_furniture("Share of renewables", None)
    assert not is_furniture("Compartir la ciudad", None)


def test_the_h1_is_the_title_where_the_metadata_adds_a_kicker():
    """og:title "Hochwasserschutz: <h1>" and the page's h1 without the kicker: the h1 is
    the headline (and <title>'s site name never is)."""
    head = (
        "<meta property='og:title' content='Hochwasserschutz: Lindenau bekommt einen neuen Deich'>"
    )
    page = _gazette("<h1>Lindenau bekommt einen neuen Deich</h1>", _paragraphs(), head=head)
    assert extract_article(page, GAZETTE).title == "Lindenau bekommt einen neuen Deich"


def test_a_dateline_of_its_own_without_a_dash_is_the_dateline_not_a_heading():
    """ "MADRID, 3 (EUROPA PRESS)" in bold on its own line: the dateline, no section; a
    place in ordinary case with a note in brackets is not one."""
    from ekreader.core.extract.dateline import dateline_line

    body = "<p><strong>MADRID, 3 (EUROPA PRESS)</strong></p>" + _paragraphs()
    doc = extract_article(_gazette("<h1>Swing bridge</h1>", body), GAZETTE)
    assert doc.dateline == "MADRID, 3 (EUROPA PRESS)"
    assert "MADRID, 3 (EUROPA PRESS)" not in _headings(doc)
    assert dateline_line("BERLIN (dpa)") == "BERLIN (dpa)"
    assert dateline_line("The Mayor (left)") is None


def test_the_sites_own_name_is_no_author():
    """JSON-LD's author an Organization with the site's own name, or its desk's ("Harbour
    Gazette Newsroom"): no byline (a name in the page's header is looked for instead); a
    person after the site's name and a dash is the author; another organisation (an
    agency) stays, and so does a person whose name starts like the site's."""
    for name, expected in (
        ("Harbour Gazette", None),
        ("HarbourGazette", None),
        ("Harbour Gazette Newsroom", None),
        ("Harbour Gazette - Anna Carver", "Anna Carver"),
        ("Newsroom Harbour Gazette", None),
        ("Anna Carver, Harbour Gazette", "Anna Carver"),
        ("Harbourside Press Agency", "Harbourside Press Agency"),
        ("Nordic Press Agency", "Nordic Press Agency"),
    ):
        head = (
            "<meta property='og:site_name' content='Harbour Gazette'>"
            '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
            f'{{"@type": "Organization", "name": "{name}"}}}}</script>'
        )
        page = _gazette("<h1>Swing bridge</h1>", _paragraphs(), head=head)
        assert extract_article(page, GAZETTE).author == expected, name


def test_a_table_of_contents_goes_with_its_title_but_the_sections_stay():
    """A list of links to places in the page ("#faq") is a table of contents: the reader
    shows its own outline, so it goes with the box and title around it; a list whose items
    hold text besides an in-page link (footnotes) stays."""
    header = "<h1>Swing bridge stays shut for inspection</h1>"
    contents = (
        "<div class='toc'><p class='toc__title'>In this article</p><ol>"
        "<li><a href='#why'>Why the bridge is shut</a></li>"
        "<li><a href='#next'>What the divers found</a></li></ol></div>"
    )
    notes = (
        "<ol><li>Harbour office survey of 1987, the last full inspection of the bridge's "
        "pillars and of its turning gear <a href='#ref1'>back</a></li><li>County "
        "engineers' notes on the pillars after the winter storms of last year "
        "<a href='#ref2'>back</a></li></ol>"
    )
    body = (
        _paragraphs(1)
        + contents
        + "<h2 id='why'>Why the bridge is shut</h2>"
        + _paragraphs(1, 1)
        + notes
        + "<h2 id='next'>What the divers found</h2>"
        + _paragraphs(2, 2)
    )
    doc = extract_article(_gazette(header, body), GAZETTE)
    assert _headings(doc) == [None, "Why the bridge is shut", "What the divers found"]
    assert "In this article" not in doc.text
    assert doc.text.count("Why the bridge is shut") == 1  # its heading, not also an item
    assert "Harbour office survey of 1987" in doc.text


def test_a_lead_paragraph_named_teaser_stays_but_a_teasers_blurb_goes():
    """Many CMSs call an article's lead its teaser ("Story_teaser"), a name extractors
    drop: a paragraph followed by the article's paragraphs is text whatever its class. A
    related story's blurb named so, alone in its card, still goes."""
    header = (
        "<div class='head'><h1>Swing bridge stays shut for inspection</h1><p class='by'>By "
        "<a href='/people/anna-carver'>Anna Carver</a></p></div>"
    )
    player = (
        "<div class='player'><button>Play</button><span>Listen to this story</span>"
        "<a href='/audio/1'>Transcript</a></div>"
    )
    lead = (
        "<p class='Story_teaser__x1'>Drivers and fishing crews on the quay will need "
        "another route for a month while the divers work under the old swing bridge.</p>"
    )
    card = (
        "<div class='related'><a href='/news/ferry'><h3>Ferry timetable changes</h3></a>"
        "<p class='teaser-text'>The winter timetable of the island ferry starts on "
        "Monday with two sailings fewer each day.</p></div>"
    )
    body = player + "<div class='story'>" + lead + _paragraphs(4) + "</div>" + card
    doc = extract_article(_gazette(header, body), GAZETTE)
    assert doc.text.startswith("Drivers and fishing crews on the quay")
    assert "winter timetable of the island ferry" not in doc.text


def test_a_notice_that_the_article_is_no_advice_goes_but_a_quote_denying_stays():
    """A notice that the page's text does not replace a professional's advice goes, in any
    of the feeds' languages; a sentence of the article denying that something else replaces
    a doctor stays."""
    header = "<h1>Swing bridge stays shut for inspection</h1>"
    quote = (
        "<p>The harbour doctor said the new first-aid app does not replace a visit to the "
        "surgery after a fall on the quay.</p>"
    )
    for notice in (
        "This article is for information only and does not replace professional advice.",
        "Dieser Beitrag dient der allgemeinen Information und ersetzt keine ärztliche Beratung.",
        "هذا المقال لأغراض التثقيف فقط ولا يغني عن استشارة الطبيب المختص.",
        "Bu haber bilgilendirme amaçlıdır, hekim muayenesi ve tedavisinin yerini tutmaz.",
    ):
        body = (
            _paragraphs(2) + quote + _paragraphs(2, 2) + f"<div class='note'><p>{notice}</p></div>"
        )
        text = extract_article(_gazette(header, body), GAZETTE).text
        assert notice not in text
        assert "does not replace a visit to the surgery" in text
        assert _HARBOUR[3] in text


def test_a_rail_of_the_sites_stories_goes_but_a_byline_of_two_links_stays():
    """A box of two or more links to the site's stories (titles with their dates), under a
    label, between the article's paragraphs goes (extractors keep the titles as a loose
    line); a box of links to the site's authors under "By" is the byline."""
    rail = (
        "<div class='InlineRail'><p>Also on the Gazette</p><a href='/news/ferry-timetable'>"
        "<span>Island ferry timetable changes in the spring</span><span>Feb. 26</span></a>"
        "<a href='/podcasts/bridges'><span>The strange history of the harbour's three "
        "bridges</span><span>Podcast · 24:10</span></a></div>"
    )
    byline = (
        "<div class='byline'><span>By</span> <a href='/people/anna-carver'>Anna Carver</a>"
        " <a href='/people/jon-ames'>Jon Ames</a></div>"
    )
    header = f"<h1>Swing bridge stays shut for inspection</h1>{byline}"
    doc = extract_article(_gazette(header, _paragraphs(2) + rail + _paragraphs(2, 2)), GAZETTE)
    assert "Island ferry timetable changes" not in doc.text
    assert "Also on the Gazette" not in doc.text
    assert _HARBOUR[2] in doc.text
    assert doc.author is not None
    assert "Anna Carver" in doc.author


def test_a_label_heading_in_the_header_is_no_subtitle():
    """A heading that ends in a colon under the headline ("Search for this author in:"
    over a list of sites) is a label, not a subtitle: it does not come back."""
    popup = (
        "<h3>Anna Carver</h3><h4>Search for this author in the harbour archives:</h4><ul><li>"
        "Archive</li><li>Library</li></ul><figure><img src='/b.jpg' alt=''><figcaption>The "
        "swing bridge seen from the northern quay at low tide.Credit: Jon Ames/Harbour "
        "Gazette</figcaption></figure>"
    )
    header = f"<h1>Swing bridge stays shut for inspection</h1>{popup}"
    doc = extract_article(_gazette(header, _paragraphs(3)), GAZETTE)
    assert "Search for this author" not in "\n".join(h or "" for h in _headings(doc))


def test_co_authors_are_shown_as_the_byline_writes_them():
    """The metadata's authors are shown as the byline under the headline joins them ("und",
    "et", the Arabic "و"), and with a comma where no byline names them all."""
    for byline, shown in (
        ("Von Anna Carver und Jon Ames", "Anna Carver und Jon Ames"),
        ("Par Anna Carver et Jon Ames, à Lorient", "Anna Carver et Jon Ames"),
        ("Anna Carver, Jon Ames", "Anna Carver, Jon Ames"),
        ("By Anna Carver", "Anna Carver, Jon Ames"),
        ("By Anna Carver and Maria Rossi", "Anna Carver, Jon Ames"),
    ):
        head = (
            '<script type="application/ld+json">{"@type": "NewsArticle", "author": ['
            '{"@type": "Person", "name": "Anna Carver"}, {"@type": "Person", "name": '
            '"Jon Ames"}]}</script>'
        )
        header = f"<h1>Swing bridge stays shut for inspection</h1><p>{byline}</p>"
        doc = extract_article(_gazette(header, _paragraphs(3), head=head), GAZETTE)
        assert doc.author == shown, byline
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": ['
        '{"@type": "Person", "name": "سلمى الحداد"}, {"@type": "Person", "name": "أحمد ناصر"}'
        "]}</script>"
    )
    header = "<h1>Swing bridge stays shut for inspection</h1><p>بقلم سلمى الحداد وأحمد ناصر</p>"
    doc = extract_article(_gazette(header, _paragraphs(3), head=head), GAZETTE)
    assert doc.author == "سلمى الحداد وأحمد ناصر"


def test_a_box_of_data_about_the_articles_subject_comes_back_before_a_heading():
    """A box of short data that ends a section comes back when it is about the article's
    subject (many of its words are the article's); a weather widget there is not."""
    header = "<h1>Swing bridge stays shut for inspection</h1>"
    facts = (
        "<aside class='facts'><p><strong>The swing bridge in brief</strong></p><ul><li>"
        "Opened: 1911, over the harbour's inner basin</li><li>Divers: four, from the county's "
        "engineers</li><li>Pillars: eight, inspected twice</li></ul></aside>"
    )
    weather = (
        "<aside class='weather'><p><strong>Weather this week</strong></p><ul><li>Monday: "
        "showers, 11 °C</li><li>Tuesday: sunny spells, 13 °C</li><li>Wednesday: strong "
        "winds, 10 °C</li></ul></aside>"
    )
    heading = "<h2>What the divers found</h2>"
    body = _paragraphs(2) + facts + heading + _paragraphs(2, 2)
    assert (
        "Pillars: eight, inspected twice" in extract_article(_gazette(header, body), GAZETTE).text
    )
    body = _paragraphs(2) + weather + heading + _paragraphs(2, 2)
    assert "sunny spells" not in extract_article(_gazette(header, body), GAZETTE).text


def test_a_notice_that_the_article_is_no_investment_advice_goes():
    """A notice that the page is no advice to invest goes, in the feeds' languages."""
    header = "<h1>Swing bridge stays shut for inspection</h1>"
    for notice in (
        "This article is for informational purposes only and is not investment advice.",
        "Keine Anlageberatung: Die Inhalte dienen ausschließlich der Information.",
        "Cet article est fourni à titre d'information et ne constitue pas un conseil en investissement.",
        "Yatırım tavsiyesi değildir.",
    ):
        body = _paragraphs(4) + f"<div class='note'><p>{notice}</p></div>"
        text = extract_article(_gazette(header, body), GAZETTE).text
        assert notice not in text
        assert _HARBOUR[3] in text


def test_a_contact_box_goes_but_a_sentence_with_a_phone_number_stays():
    """A box of short lines around a phone or e-mail link (a press contact) goes; a
    paragraph of the article that gives a number stays, and so does the header beside a
    share-by-mail button."""
    contact = (
        "<div class='press-contact'><h3>Press contact</h3><p>Miriam Olschewski</p><p>Harbour "
        "office, communications</p><p>Phone: <a href='tel:+4961234'>06123 45-2210</a><br>"
        "E-mail: <a href='mailto:press@harbour.example'>press@harbour.example</a></p></div>"
    )
    hotline = (
        "<p>Residents with questions about the closure can call the harbour office's hotline "
        "on <a href='tel:+4961235'>06123 45-2211</a> every weekday from eight until six.</p>"
    )
    share = "<div class='share'><a href='mailto:?subject=Bridge'>Send by e-mail</a></div>"
    header = f"<div class='head'><h1>Swing bridge stays shut for inspection</h1>{share}</div>"
    body = _paragraphs(2) + hotline + _paragraphs(2, 2) + contact
    doc = extract_article(_gazette(header, body), GAZETTE)
    assert "Miriam Olschewski" not in doc.text
    assert "every weekday from eight until six" in doc.text
    assert doc.title == "Swing bridge stays shut for inspection"
    assert _headings(doc) == [None]


def test_sources_under_a_kept_heading_come_back_before_a_closing_note():
    """The list under a kept "Sources" heading (المصادر) whose links all leave the site is
    the article's: put back though a note follows it (the extractor kept the heading and
    the note, and dropped the list of links between them)."""
    page = (PAGES_DIR / "flood-photo-ar.html").read_text("utf-8")
    page = page.replace(" على الرقم 0096170000123", "")  # a note, no tipline (no number)
    doc = extract_article(page, "https://site.example/news/article")
    assert "هيئة الأرصاد: النشرة اليومية ليوم 15 نوفمبر 2024" in doc.text
    assert "أرسلوا لنا الادعاءات" in doc.text


def test_an_audio_players_box_goes_with_its_lines():
    """A box around an <audio> with a line or two of its own ("Listen to this story", who
    reads it) is a player's: its lines go; a paragraph of the text beside it stays."""
    player = (
        "<div class='player'><p>Listen to this story (3 min)</p>"
        "<audio controls src='/audio/bridge.mp3'></audio><p>Read by Tom Bexley</p></div>"
    )
    doc = extract_article(_gazette("<h1>Swing bridge</h1>", player + _paragraphs()), GAZETTE)
    assert "Listen to this story" not in doc.text
    assert "Read by Tom Bexley" not in doc.text
    assert _HARBOUR[0] in doc.text


def test_headings_linking_to_a_sites_home_page_are_sources_not_teasers():
    """A press review's newspapers: headings that link to each paper's home page, each
    over a short quote. Two or more linked headings with short blurbs are teasers, unless
    the links lead to home pages."""
    papers = "".join(
        f"<h3><a href='https://{host}.example/'>{name}</a></h3><p>{quote}</p>"
        for host, name, quote in [
            (
                "courier",
                "The Quay Courier",
                "The Courier calls the closure overdue and "
                "asks why the survey was not done last summer.",
            ),
            (
                "echo",
                "The Harbour Echo",
                "The Echo sides with the fishing crews, who lose "
                "an hour each morning to the northern channel.",
            ),
        ]
    )
    doc = extract_article(_gazette("<h1>Swing bridge</h1>", _paragraphs() + papers), GAZETTE)
    assert "The Harbour Echo" in _headings(doc)
    assert "The Echo sides with the fishing crews" in doc.text


def test_a_tipline_box_goes_and_a_paragraph_with_a_number_stays():
    """A box of one paragraph naming a messenger and giving its number is the site's
    tipline; the same words in a paragraph of the article's text stay."""
    told = "<p>Crews can reach the harbour office on WhatsApp at +44 7700 900111 for updates.</p>"
    tipline = (
        "<div class='tipline'><p>Seen something we should look into? Send it to our "
        "WhatsApp tipline on +44 7700 900418.</p></div>"
    )
    doc = extract_article(
        _gazette("<h1>Swing bridge</h1>", _paragraphs(2) + told + _paragraphs(2, 2) + tipline),
        GAZETTE,
    )
    assert "Send it to our WhatsApp tipline" not in doc.text
    assert "reach the harbour office on WhatsApp" in doc.text


def test_widgets_go_only_among_the_articles_paragraphs():
    """A small box of controls is a widget where it stands among the article's paragraphs
    (a reader poll); the same box in the page's header (a search form beside the site's
    name) is left to the extractor, whose view of the page it shapes."""
    from ekreader.core.extract.widgets import drop_widgets, widget_boxes
    from ekreader.core.text.htmltree import parse_html

    controls = (
        "<p>{question}</p><button type='button'>Yes</button><button type='button'>No</button>"
    )
    page = (
        "<html><body><header><div class='tools'>"
        + controls.format(question="Search the Harbour Gazette")
        + "</div></header><main><article><div class='text'>"
        + _paragraphs(2)
        + "<div class='poll'>"
        + controls.format(question="Should the bridge reopen at night?")
        + "</div>"
        + _paragraphs(2, 2)
        + "</div></article></main></body></html>"
    )
    root = parse_html(page, html_elements=True)
    assert root is not None
    drop_widgets(widget_boxes(root))
    text = " ".join(root.itertext())
    assert "Should the bridge reopen at night?" not in text
    assert "Search the Harbour Gazette" in text
    assert _HARBOUR[1] in text
    assert _HARBOUR[2] in text


def _service_box(title: str, lines: list[str], href: str, more: str) -> str:
    items = "".join(f"<li>{line}</li>" for line in lines)
    return f"<div class='box'><h3>{title}</h3><ul>{items}</ul><a href='{href}'>{more}</a></div>"


def test_a_service_box_goes_and_a_fact_box_about_the_story_stays():
    """Among the paragraphs, a small box of short data ended by a link to the site's page
    for more is a service box (pharmacies on duty) unless its words are the article's
    (the survey's facts, with a link to the site's page on the bridge); a box whose link
    leaves the site is no service of the site's."""
    pharmacies = _service_box(
        "Pharmacies on duty today",
        ["Quay Pharmacy, 3 Dock Street (24 hours)", "Medwell, 41 Market Row (until 10pm)"],
        "/services/pharmacies",
        "All pharmacies on duty",
    )
    facts = _service_box(
        "The survey in figures",
        ["Divers inspect the pillars for ten days", "The survey barge moors beside the quay"],
        "/topics/swing-bridge",
        "More on the swing bridge",
    )
    elsewhere = _service_box(
        "Tide times at Port Ellin",
        ["High water 06:12 (4.1 m)", "Low water 12:31 (0.9 m)"],
        "https://tides.example/port-ellin",
        "Tide tables",
    )
    body = (
        _paragraphs(1)
        + pharmacies
        + _paragraphs(1, 1)
        + facts
        + _paragraphs(1, 2)
        + elsewhere
        + _paragraphs(1, 3)
    )
    doc = extract_article(_gazette("<h1>Swing bridge</h1>", body), GAZETTE)
    assert "Quay Pharmacy" not in doc.text
    assert "The survey barge moors beside the quay" in doc.text
    assert "High water 06:12" in doc.text
    assert _HARBOUR[3] in doc.text


def test_a_question_asked_again_is_a_heading_and_a_speaker_named_again_is_not():
    """A questionnaire asks each candidate the same question: each time, a heading over
    the answer. An interview names its speakers again and again ("Mara:"): no section
    each time."""

    def answers(name: str) -> str:
        return (
            f"<h2>{name}</h2><p><strong>Why are you running for the harbour board?</strong></p>"
            f"<p>{name} says the quay needs a board that listens to the crews who use it.</p>"
        )

    speakers = "".join(
        f"<p><strong>{who}:</strong></p><p>{_HARBOUR[n]}</p>"
        for n, who in enumerate(["Mara", "Tomas", "Mara", "Tomas"])
    )
    body = _paragraphs(2) + answers("Ines Varga") + answers("Paul Osei") + speakers
    doc = extract_article(_gazette("<h1>Swing bridge</h1>", body), GAZETTE)
    headings = _headings(doc)
    assert headings.count("Why are you running for the harbour board?") == 2
    assert headings.count("Mara:") <= 1  # a bold line once, never a section each time


_DIV_TEXT = [
    "Cars are sent round by the ring road and the lock street while the works last, and the "
    "council expects queues there at the busiest hours of the morning and the evening.",
    "A temporary footbridge of steel parts is to open by the end of April, two hundred metres "
    "east of the old crossing; until then a small ferry runs between the quays on weekdays.",
]
_MORE = [
    "The bridge was last closed for repairs eleven years ago, when a barge struck its "
    "southern pillar during a storm and the harbour stayed shut to traffic for a fortnight.",
    "Shops on the quay fear losing the walkers who cross from the old town each afternoon, "
    "and their association has asked the council for free parking while the bridge is shut.",
]


def _div_paragraphs(between: str = "") -> str:
    """An article body whose paragraphs under its second heading are <div>s of the same
    component as its <p>s (a JavaScript CMS's text blocks), then an ad slot. With six
    <p>s around them the extractor drops the divs (with four it keeps them)."""
    before, after = [*_HARBOUR[:2], _MORE[0]], [*_HARBOUR[2:], _MORE[1]]
    return (
        "".join(f"<p class='c-text'>{text}</p>" for text in before)
        + "<h2 class='c-sub'>How the diversion works</h2>"
        + "".join(f"<div class='c-text'>{text}</div>" for text in _DIV_TEXT)
        + between
        + "<div class='c-ad'><span>Advertisement</span><div id='slot-1'></div></div>"
        + "".join(f"<p class='c-text'>{text}</p>" for text in after)
    )


def test_paragraphs_set_in_divs_between_kept_paragraphs_come_back_in_place():
    """The extractor drops text <div>s among the <p>s of one block; the divs of the
    paragraphs' own class between two kept paragraphs come back, under their heading and
    before the paragraph after them."""
    doc = extract_article(_gazette("<h1>Swing bridge</h1>", _div_paragraphs()), GAZETTE)
    text = doc.text
    first, second = text.find(_DIV_TEXT[0][:40]), text.find(_DIV_TEXT[1][:40])
    assert 0 < first < second < text.find(_HARBOUR[2][:40])
    assert text.find("How the diversion works") < first


def test_a_div_of_a_class_of_its_own_between_paragraphs_does_not_come_back():
    """A div of another class among the paragraphs is a note, a caption or a box's: the
    gap rule leaves it out."""
    note = (
        "<div class='c-note'>This page was changed on Tuesday to correct the name of the "
        "harbour master quoted in an earlier version.</div>"
    )
    doc = extract_article(_gazette("<h1>Swing bridge</h1>", _div_paragraphs(note)), GAZETTE)
    assert _DIV_TEXT[1][:40] in doc.text
    assert "correct the name of the harbour master" not in doc.text


_STORIES = [
    (
        "/news/roadworks-end",
        "Roadworks on the high street end three weeks late",
        "The pavements were widened and cars now use one lane only.",
    ),
    (
        "/news/bike-share",
        "Shared bikes reach the northern villages this spring",
        "The network will have forty stations and three hundred bikes by the end of the year.",
    ),
    (
        "/news/hospital-summer",
        "Hospital adds doctors to its children's ward for summer",
        "Six doctors were hired to avoid closing the ward at night during the holidays.",
    ),
    (
        "/news/ferry-fares",
        "Ferry fares rise by a tenth from the first of June",
        "Season tickets keep their price until the end of the year, the operator said.",
    ),
    (
        "/news/library-hours",
        "Library opens on Sundays from next month on",
        "Volunteers will staff the reading room between ten and four o'clock.",
    ),
    (
        "/news/market-square",
        "Market moves to the cathedral square for the summer",
        "Stall holders welcomed the move, which brings them closer to the station.",
    ),
]


def _story_box(count: int) -> str:
    """A box of the site's stories without a list: a label, then a block per story, its
    title link and a blurb in a div (a JavaScript CMS's recirculation module)."""
    return (
        "<div class='c-recirc'><p class='c-label'>Read also</p>"
        + "".join(
            f"<div class='c-item'><a href='{href}'>{title}</a><div>{blurb}</div></div>"
            for href, title, blurb in _STORIES[:count]
        )
        + "</div>"
    )


def _long_article(box: str) -> str:
    """Eight paragraphs set in <div>s (as on the JavaScript CMSs that set such boxes),
    `box` in the middle."""
    texts = [f"<div class='c-text'>{t}</div>" for t in (*_HARBOUR, *_MORE, *_DIV_TEXT)]
    return "".join(texts[:4]) + box + "".join(texts[4:])


def test_a_box_of_the_sites_stories_without_a_list_goes_from_between_paragraphs():
    """The extractor keeps each story of such a box as a line (title and blurb run
    together); between the article's paragraphs they go, and their label with them."""
    body = _long_article(_story_box(3))
    doc = extract_article(_gazette("<h1>Swing bridge</h1>", body), GAZETTE)
    assert "Roadworks on the high street" not in doc.text
    assert "forty stations" not in doc.text
    assert "Hospital adds doctors" not in doc.text
    assert "Read also" not in doc.text
    assert _HARBOUR[3][:40] in doc.text
    assert _MORE[0][:40] in doc.text


def test_story_blocks_holding_a_third_of_the_text_are_the_articles_own():
    """Blocks of stories that hold more than `_LIST_SHARE` of the text are what the
    article is made of (a roundup of the week's stories): they stay."""
    body = _paragraphs(2) + _story_box(3) + _paragraphs(2, start=2)
    doc = extract_article(_gazette("<h1>Swing bridge</h1>", body), GAZETTE)
    assert "Roadworks on the high street" in doc.text
    assert "Hospital adds doctors" in doc.text


def _story_list(count: int) -> str:
    """A box of the site's stories as a list under its label, each item a title link and
    a blurb paragraph."""
    return (
        "<div class='c-recirc'><h2>Read also</h2><ul>"
        + "".join(
            f"<li><a href='{href}'>{title}</a><p class='c-desc'>{blurb}</p></li>"
            for href, title, blurb in _STORIES[:count]
        )
        + "</ul></div>"
    )


def test_a_blurb_kept_of_a_list_of_the_sites_stories_goes():
    """The extractor may keep one blurb of such a list as a paragraph of its own, which
    reads as the article's (the pass over an extracted body, as trafilatura leaves it on
    some pages: the list and its other lines dropped, one blurb kept)."""
    from lxml import etree

    from ekreader.core.extract.cards import drop_inline_stories
    from ekreader.core.extract.pageitems import paragraphs_by_key
    from ekreader.core.text.htmltree import parse_html

    root = parse_html(_gazette("<h1>Swing bridge</h1>", _long_article(_story_list(2))))
    assert root is not None
    blurb = _STORIES[1][2]
    body = etree.fromstring(
        "<body>"
        + "".join(f"<p>{t}</p>" for t in _HARBOUR)
        + f"<p>{blurb}</p>"
        + "".join(f"<p>{t}</p>" for t in _MORE)
        + "</body>"
    )
    drop_inline_stories(
        body, root, paragraphs_by_key(root), GAZETTE, frozenset({"gazette.example"})
    )
    text = " ".join(body.itertext())
    assert blurb not in text
    assert _HARBOUR[3] in text
    assert _MORE[0] in text


_LEAD = (
    "The swing bridge stays shut for the rest of the month while divers inspect its pillars "
    "after the winter storms."
)


def _tools_page(tools: str) -> str:
    """A page whose article header (headline, standfirst) is followed by `tools`, then a
    photo and the body."""
    return (
        "<html><head><title>Swing bridge stays shut</title></head><body><main><article>"
        f"<header><h1>Swing bridge stays shut</h1><p class='lead'>{_LEAD}</p></header>"
        f"{tools}<figure><img src='/b.jpg' alt=''><figcaption>The bridge in March. "
        "Photo: Ann Lee</figcaption></figure><div class='body'>"
        + "".join(f"<p>{t}</p>" for t in (*_HARBOUR, *_MORE))
        + "</div></article></main></body></html>"
    )


def test_a_toolbar_between_the_headline_and_the_text_does_not_hide_the_standfirst():
    """A toolbar of buttons (listen, gift, save) under the standfirst, with a line of its
    own, goes before extraction: the standfirst is the one summary under the headline."""
    tools = (
        "<div class='tools'><div class='player'><button>Listen to this article</button>"
        "<span>5 min</span><p>Read by a synthetic voice; names may be mispronounced.</p></div>"
        "<ul><li><button>Gift this article</button></li><li><button>Save</button></li></ul></div>"
    )
    doc = extract_article(_tools_page(tools), GAZETTE)
    assert doc.text.startswith(_LEAD)
    assert "synthetic voice" not in doc.text


def test_a_byline_box_with_share_buttons_under_the_headline_stays():
    """The article's byline and date beside share buttons are no toolbar: its author is
    found."""
    meta = (
        "<div class='meta'>By Ann Lee<br>Published: 28 Apr, 2024<button>Share</button>"
        "<button>Add a comment</button></div>"
    )
    doc = extract_article(_tools_page(meta), GAZETTE)
    assert doc.author == "Ann Lee"


def _aligned(page_body: str, kept: str) -> str:
    """The text of `kept` (the blocks an extractor kept, as HTML) after `align` put back
    what the page (`page_body`) had between them."""
    from lxml import etree, html

    from ekreader.core.extract.align import align
    from ekreader.core.extract.pageitems import page_items

    root = html.fromstring(f"<html><body>{page_body}</body></html>")
    body = html.fromstring(f"<div>{kept}</div>")
    align(body, page_items(root), "Oat and plum bake")
    return etree.tostring(body, encoding="unicode", method="html")


_TABLE = (
    "<table><tr><td>Energy</td><td>310 kcal</td></tr><tr><td>Protein</td><td>7 g</td></tr>"
    "<tr><td>Fat</td><td>20 g</td></tr></table>"
)


def test_a_kept_table_is_found_on_the_page_by_its_cells_and_the_lists_before_it_come_back():
    """The page reads a table as a line per cell; a table whose first cell is short
    ("Energy") is found by the cells after it. So the steps and their heading that the
    extractor skipped between the ingredients' title and the nutrition table come back
    (a recipe box where it kept only the paragraphs and the table)."""
    lead = _HARBOUR[0]
    tip = "Soak the oats overnight and the bake turns out softer and holds together better."
    page = (
        f"<h1>Oat and plum bake</h1><p>{lead}</p><div class='recipe'>"
        "<p><strong>For the bake</strong></p><ul><li>200 g rolled oats</li>"
        "<li>4 ripe plums, halved</li></ul><h4>Method</h4><ol>"
        "<li>Mix the oats with the milk and leave them to soak for ten minutes.</li>"
        "<li>Lay the plums on top and bake for thirty minutes at 180 degrees.</li></ol>"
        f"<h4>Nutrition (per serving)</h4>{_TABLE}<p>{tip}</p></div>"
    )
    out = _aligned(page, f"<p>{lead}</p><p>For the bake</p>{_TABLE}<p>{tip}</p>")
    assert "<li>Mix the oats with the milk and leave them to soak for ten minutes.</li>" in out
    assert "<li>4 ripe plums, halved</li>" in out
    assert out.index("Method</h") < out.index("Mix the oats") < out.index("Nutrition (per")
    assert out.index("Nutrition (per") < out.index("<table>") < out.index(tip[:20])


def test_a_table_of_figures_under_a_link_is_no_teaser():
    """Tables under a line that is all a link ("More on the vitamins in oats") are no
    teasers' blurbs: a run of them at the end of the text stays."""
    lead = _HARBOUR[0]
    minerals = _TABLE.replace("Energy", "Iron").replace("Protein", "Zinc")
    page = (
        f"<h1>Oat and plum bake</h1><p>{lead}</p>"
        "<p><a href='/nutrition/vitamins-in-oats'>More on the vitamins in oats</a></p>"
        f"{_TABLE}<p><a href='/nutrition/minerals-in-oats'>More on the minerals in oats</a></p>"
        f"{minerals}"
    )
    out = _aligned(page, f"<p>{lead}</p>{_TABLE}{minerals}")
    assert "310 kcal" in out
    assert "Iron" in out


def _unboxed(page_body: str) -> str:
    """The page's text after `drop_boxes`."""
    from lxml import html

    from ekreader.core.extract.boxes import drop_boxes

    root = html.fromstring(f"<html><body>{page_body}</body></html>")
    drop_boxes(root)
    return " ".join(" ".join(root.itertext()).split())


def _section(heading: str, n: int) -> str:
    return f"<tr><td><h2>{heading}</h2><p>{_HARBOUR[n]}</p><p>{_HARBOUR[n + 1]}</p></td></tr>"


def test_a_sponsors_box_between_a_newsletters_sections_goes():
    """An advertisement set as a box of text that nothing marks paid, in any of the feeds'
    languages: a small box that opens with a label naming an advertisement or its sponsor
    and ends in a button. The newsletter's sections around it stay, and so does a box of
    the same shape under another label."""
    sponsor = (
        "<tr><td><table role='presentation'><tr><td><font size='1'>{label}</font><br>"
        "<b>Stadtwerke Kellbruck</b><br>Wechseln Sie jetzt zum Ökostromtarif und sichern "
        "Sie sich 60 Euro Bonus. <a href='https://ads.example/click?c=1'>Jetzt berechnen</a>"
        "</td></tr></table></td></tr>"
    )

    def page(label: str) -> str:
        return (
            f"<table role='presentation'>{_section('Harbour', 0)}"
            f"{sponsor.format(label=label)}{_section('Ferry', 1)}</table>"
        )

    for label in (
        "ANZEIGE",
        "Presented by Calloway Marine Insurance",
        "Patrocinado",
        "IN COLLABORAZIONE CON",
        "برعاية مصرف النخيل الرقمي",
    ):
        text = _unboxed(page(label))
        assert "Ökostromtarif" not in text, label
        assert _HARBOUR[0][:40] in text
        assert _HARBOUR[2][:40] in text
    assert "Ökostromtarif" in _unboxed(page("Hintergrund"))


def test_a_call_under_a_title_of_its_own_goes_but_a_teaser_card_and_a_section_stay():
    """A page builder's promotion module between the article's paragraphs (a heading, a
    sentence and its button, all of the box's text) goes; a teaser card (a title and a
    link, no call) and a section whose paragraph ends in a link stay."""
    promo = (
        "<div class='et_pb_promo'><h2>Toute l'actu du Val dans votre poche</h2><div><p>"
        "Téléchargez gratuitement l'application et recevez nos alertes.</p></div>"
        "<div class='et_pb_button_wrapper'><a href='/application/'>Télécharger l'appli</a>"
        "</div></div>"
    )
    card = (
        "<div class='chronicle_entry'><h3>Nine gins worth a try this winter</h3>"
        "<a href='/gins'>Link to the article</a></div>"
    )
    section = (
        "<div class='section'><h3>The survey</h3><p>The engineers publish their findings "
        "in the county's <a href='/report'>report</a></p></div>"
    )
    text = _unboxed(_paragraphs(2) + promo + card + section + _paragraphs(2, 2))
    assert "Téléchargez gratuitement" not in text
    assert "Toute l'actu du Val" not in text
    assert "Nine gins worth a try" in text
    assert "The engineers publish their findings" in text
    assert _HARBOUR[3][:40] in text


def test_a_blurb_the_extractor_put_first_from_the_grid_under_the_article_goes():
    """An extractor's fallback that reads the page's loose paragraphs may put a related
    story's blurb from the grid under the article on top of the body: the page has it
    after three quarters of the rest, so it goes, and the article's headings come back
    around the paragraphs that are now found in order."""
    blurb = "The new traffic lights adjust their timing to the traffic at each moment."
    page = (
        f"<h1>Oat and plum bake</h1><p>{_HARBOUR[0]}</p><h2>The survey</h2>"
        f"<p>{_HARBOUR[1]}</p><h2>The repairs</h2><p>{_HARBOUR[2]}</p><p>{_HARBOUR[3]}</p>"
        "<div class='posts'><div class='post'><a href='/north-lights'>Lights on the north "
        f"road</a><p>{blurb}</p></div></div>"
    )
    kept = f"<p>{blurb}</p>" + "".join(f"<p>{text}</p>" for text in _HARBOUR[:4])
    out = _aligned(page, kept)
    assert blurb not in out
    assert out.index("The survey</h") < out.index(_HARBOUR[1][:30])
    assert out.index("The repairs</h") < out.index(_HARBOUR[2][:30])


def test_a_bio_in_an_author_box_below_the_name_in_wrappers_of_its_own_goes():
    """An author box's description set two <div>s deep under the author's linked name
    (a WordPress author box plugin) is a bio, though it does not begin with the name."""
    from lxml import html

    from ekreader.core.extract.boilerplate import drop_bio
    from ekreader.core.extract.pageitems import paragraphs_by_key

    bio = (
        "Journaliste à L'Écho du Val depuis 2016, Mathilde Roncel couvre la santé et la vie "
        "des communes du haut du Val."
    )
    root = html.fromstring(
        f"<html><body><article>{_paragraphs(3)}</article><div class='saboxplugin-wrap'>"
        "<div class='saboxplugin-authorname'><a href='/author/mroncel/'>Mathilde Roncel</a>"
        f"</div><div class='saboxplugin-desc'><div itemprop='description'><p>{bio}</p></div>"
        "</div></div></body></html>"
    )
    body = html.fromstring(f"<div>{_paragraphs(3)}<p>{bio}</p></div>")
    drop_bio(body, "Mathilde Roncel", paragraphs_by_key(root))
    text = " ".join(body.itertext())
    assert "Journaliste à L'Écho du Val" not in text
    assert _HARBOUR[2][:40] in text


def test_a_bio_under_the_authors_name_and_role_goes():
    """A team-member module: the author's name, a short line of their role, then the bio
    in a wrapper of its own."""
    from lxml import html

    from ekreader.core.extract.boilerplate import drop_bio
    from ekreader.core.extract.pageitems import paragraphs_by_key

    bio = (
        "2012'den bu yana Kıyıkent Postası'nda çalışan Karataşlı, denizcilik, ulaşım ve "
        "belediye haberlerini takip ediyor."
    )
    root = html.fromstring(
        f"<html><body><article>{_paragraphs(3)}</article><div class='team-member'>"
        "<h4>Emre Karataşlı</h4><p class='position'>Muhabir</p>"
        f"<div><p>{bio}</p></div></div></body></html>"
    )
    body = html.fromstring(f"<div>{_paragraphs(3)}<p>{bio}</p></div>")
    drop_bio(body, "Emre Karataşlı", paragraphs_by_key(root))
    assert "denizcilik, ulaşım" not in " ".join(body.itertext())
    assert _HARBOUR[2][:40] in " ".join(body.itertext())


def test_a_box_for_journalists_goes_with_its_sentences_and_a_box_of_ticket_details_stays():
    """A press conference's write-up ends in a box titled for journalists (accreditation,
    the press office's phone and e-mail) whose lines are sentences: it goes. A box of
    the same shape titled for the readers (tickets) is the article's."""

    def box(title: str) -> str:
        return (
            f"<div class='box'><p class='title'>{title}</p><p>Department of Water Resources "
            "media unit: phone (03) 5550 1842, e-mail media@water.example. Camera crews must "
            "register by 9am on the day of a briefing.</p></div>"
        )

    for title in ("Accreditation for journalists / Media contact", "Contatti stampa"):
        text = _unboxed(_paragraphs(3) + box(title))
        assert "Camera crews must register" not in text, title
        assert _HARBOUR[2][:40] in text
    assert "Camera crews must register" in _unboxed(_paragraphs(3) + box("Tickets and times"))


def test_the_standfirst_is_the_one_sentence_under_the_headline_not_a_caption_or_life_dates():
    """Between the headline and the first kept paragraph, the standfirst is the one line
    that is a sentence: not the long line of an obituary's life dates right under the
    headline, nor a photo's caption (a line of a <figure>); where no sentence but a
    caption is there, nothing is taken."""
    from lxml import html

    from ekreader.core.extract.pageitems import line_key, page_items
    from ekreader.core.extract.recovery import standfirst

    title = "Mort de Lucien Dastrevigne, le peintre de la Varenne"
    dates = (
        "Né le 9 juin 1936 à Bréval-la-Côte – Mort le 22 janvier 2025 à Saint-Aurèle-sur-Varenne"
    )
    dek = "Le peintre, dont les toiles ont fait connaître la Varenne, est mort mercredi à 88 ans."
    caption = "<figure><img src='/a.jpg'><figcaption>Lucien Dastrevigne dans son atelier de la rue Basse, en 2019.</figcaption></figure>"

    def found(*lines: str) -> list[str]:
        root = html.fromstring(
            f"<html><body><h1>{title}</h1>{''.join(lines)}<p>{_HARBOUR[0]}</p></body></html>"
        )
        items = page_items(root)
        pos = next(n for n, item in enumerate(items) if item.text == _HARBOUR[0])
        kept = [line_key(_HARBOUR[0])]
        return [items[n].text for n in sorted(standfirst(items, pos, line_key(title), kept))]

    assert found(f"<p>{dates}</p>", f"<p>{dek}</p>") == [dek]
    assert found(f"<p>{dek}</p>", caption) == [dek]
    assert found(f"<p>{dates}</p>", caption) == []
    assert found(f"<p>{dek}</p>") == [dek]


def test_a_notes_section_of_numbered_paragraphs_comes_back_after_the_text():
    """Footnotes set as a numbered list whose items each hold a paragraph ("<li><p>…"):
    the item's first paragraph is its line, so the section under its heading ("Notes",
    "Anmerkungen", "Notas", "الهوامش") is a list of sources and comes back after the
    text. A list item whose line is a block of another kind (a byline's <div>) is no
    list line for that."""
    from lxml import html

    from ekreader.core.extract.pageitems import page_items

    notes = [
        "Harbour office, annual report 2023, p. 41.",
        "County engineers, survey of the pillars, March 2024.",
    ]
    items = "".join(
        f"<li id='fn-{n}'><p>{note} <a href='#ref-{n}'>↩</a></p></li>"
        for n, note in enumerate(notes)
    )
    for heading in ("Notes", "Anmerkungen", "Notas", "الهوامش"):
        page = f"<h1>Oat and plum bake</h1>{_paragraphs(4)}<h2>{heading}</h2><ol>{items}</ol>"
        out = _aligned(page, "".join(f"<p>{text}</p>" for text in _HARBOUR[:4]))
        assert f"{heading}</h" in out, heading
        assert notes[1] in out, heading
    root = html.fromstring(
        "<html><body><ol><li><p>First note of the list.</p></li></ol><ul><li><div>by Ana "
        "Reyes</div></li></ul></body></html>"
    )
    assert [(item.marker, item.text) for item in page_items(root)] == [
        ("1.", "First note of the list."),
        ("", "by Ana Reyes"),
    ]
