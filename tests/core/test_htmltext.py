"""Tests for HTML fragments to documents and plain text."""

from __future__ import annotations

import pytest

from ekreader.core.text.htmltext import html_to_document, html_to_text
from ekreader.models import Link

BASE = "https://news.example/2024/story.html"


def test_headings_start_sections_and_lead_has_no_heading():
    doc = html_to_document(
        "<p>Lead paragraph.</p><h1>Top</h1><p>One.</p><h2>Second</h2><p>Two.</p>"
        "<h4>Deep</h4><p>Three.</p>"
    )
    assert [(s.heading, s.level) for s in doc.sections] == [
        (None, 2),
        ("Top", 1),
        ("Second", 2),
        ("Deep", 4),
    ]
    assert [s.text for s in doc.sections] == ["Lead paragraph.", "One.", "Two.", "Three."]


def test_no_empty_lead_when_content_starts_with_a_heading():
    doc = html_to_document("<h2>First</h2><p>Body.</p>")
    assert doc.sections[0].heading == "First"
    assert len(doc.sections) == 1


def test_empty_heading_is_ignored():
    doc = html_to_document("<p>a</p><h2> </h2><p>b</p>")
    assert [s.heading for s in doc.sections] == [None]
    assert doc.sections[0].text == "a\n\nb"


@pytest.mark.parametrize(
    ("html", "heading"),
    [
        ("<p><strong>Short heading</strong></p>", "Short heading"),
        ("<p><b>What happens next?</b></p>", "What happens next?"),
        ("<p> <strong><em>Nested bold</em></strong> <br></p>", "Nested bold"),
        ("<div><b>Div heading</b></div>", "Div heading"),
        ("<p><strong>Ends with a period.</strong></p>", None),
        ("<p><strong>Bold</strong> and then plain text</p>", None),
        ("<p><strong><a href='/x'>A link</a></strong></p>", None),
        ("<p><strong>" + "long " * 30 + "</strong></p>", None),
        ("<p><strong>One</strong><strong>Two</strong></p>", None),
    ],
)
def test_bold_only_paragraphs(html, heading):
    doc = html_to_document("<p>Lead.</p>" + html + "<p>After.</p>")
    headings = [s.heading for s in doc.sections[1:]]
    assert headings == ([heading] if heading else [])


def test_bold_heading_nests_under_the_last_real_heading():
    doc = html_to_document("<h2>A</h2><p>x</p><p><b>B</b></p><p>y</p>")
    assert [(s.heading, s.level) for s in doc.sections] == [("A", 2), ("B", 3)]


def test_links_numbered_by_first_appearance_and_resolved():
    doc = html_to_document(
        '<p>See <a href="/one">the first</a>, <a href="https://other.example/">other</a>'
        ' and <a href="/one">first again</a>.</p>'
        '<p><a href="javascript:alert(1)">js</a> <a href="mailto:a@b.c">mail</a>'
        ' <a href="data:text/html,x">data</a> <a href="#top">top</a> <a href="/empty"></a></p>',
        BASE,
    )
    assert doc.links == (
        Link(1, "https://news.example/one", "the first"),
        Link(2, "https://other.example/", "other"),
    )
    assert doc.sections[0].text == (
        "See the first[1], other[2] and first again[1].\n\njs mail data top"
    )


def test_relative_links_without_base_are_not_numbered():
    doc = html_to_document('<p><a href="/rel">rel</a> <a href="http://abs.example/">abs</a></p>')
    assert doc.links == (Link(1, "http://abs.example/", "abs"),)
    assert doc.sections[0].text == "rel abs[1]"


def test_link_number_follows_text_not_trailing_space():
    doc = html_to_document('<p><a href="http://a.example/">word </a>next</p>')
    assert doc.sections[0].text == "word[1] next"


def test_lists_quotes_pre_tables():
    doc = html_to_document(
        "<ul><li>one</li><li>two<ul><li>inner</li></ul></li></ul>"
        "<ol start='3'><li>three</li><li>four</li></ol>"
        "<blockquote><p>Said this.</p><p>And that.</p></blockquote>"
        "<pre>def f():\n    return 1</pre>"
        "<table><tr><th>Name</th><th>Votes</th></tr><tr><td>A</td><td>10</td></tr></table>"
    )
    assert doc.sections[0].text.split("\n\n") == [
        "• one\n• two\n  • inner",
        "3. three\n4. four",
        "> Said this.\n>\n> And that.",
        "def f():\n    return 1",
        "Name | Votes\nA | 10",
    ]


def test_line_breaks_and_entities():
    doc = html_to_document("<p>One&nbsp;line<br>next &amp; &lt;tag&gt; &#8212; &eacute;</p>")
    assert doc.sections[0].text == "One line\nnext & <tag> — é"


def test_dropped_elements():
    doc = html_to_document(
        "<p>keep</p><script>alert('x')</script><style>p{}</style><iframe src='x'>f</iframe>"
        "<form><p>form text</p><input value='v'></form><noscript>ns</noscript>"
        "<template><p>tpl</p></template><svg><text>svg</text></svg>"
        "<p hidden>hidden</p><p style='display: none'>invisible</p>"
    )
    assert doc.text == "keep"


def test_control_characters_removed():
    doc = html_to_document(
        "<h2>Head\x1b[31m</h2><p>a\x07b\u202ec</p><a href='http://x.example/'>l\x08</a>"
    )
    assert doc.sections[0].heading == "Head[31m"
    assert "\x07" not in doc.text
    assert "\u202e" not in doc.text
    assert doc.links[0].text == "l"


def test_malformed_html_tolerated():
    doc = html_to_document("<p>Unclosed <b>bold <i>both</p><p>Next</div></span><h2>H<p>after")
    assert doc.sections[0].text.startswith("Unclosed bold both")
    assert "Next" in doc.sections[0].text
    assert [s.heading for s in doc.sections][-1] is not None


@pytest.mark.parametrize("encoding", [None, "utf-8", "windows-1252"])
def test_a_heading_closed_by_another_levels_end_tag_ends_there(encoding: str | None) -> None:
    """`<h2>...</h3>` ends the heading in browsers; libxml2 alone keeps it open to the end."""
    from ekreader.core.text.htmltree import parse_html

    html = "<h2 class=deck>The deck</H3><div><p>The article's first paragraph.</p></div>"
    html += "<h4>Part two</h5><p>More text.</p>"
    root = parse_html(html.encode("ascii"), encoding)
    assert root is not None
    assert [h.text for h in root.iter("h2", "h4")] == ["The deck", "Part two"]
    assert [len(h) for h in root.iter("h2", "h4")] == [0, 0]  # the paragraphs are not inside
    doc = html_to_document(html)
    assert [(s.heading, s.text) for s in doc.sections] == [
        ("The deck", "The article's first paragraph."),
        ("Part two", "More text."),
    ]


@pytest.mark.parametrize("html", ["", "   ", "<", "<<<>>>", "&", "<!-- only a comment -->"])
def test_degenerate_input_does_not_crash(html):
    doc = html_to_document(html)
    assert all(s.text or s.heading for s in doc.sections)


def test_full_page_title_and_xml_declaration():
    doc = html_to_document(
        '<?xml version="1.0" encoding="iso-8859-1"?><html><head><title>Page</title></head>'
        "<body><p>Grüße</p></body></html>"
    )
    assert doc.title == "Page"
    assert doc.text == "Grüße"


def test_right_to_left_text_kept():
    doc = html_to_document('<div dir="rtl"><h2>عنوان</h2><p>نص عربي قصير.</p></div>')
    assert doc.sections[0].heading == "عنوان"
    assert doc.sections[0].text == "نص عربي قصير."


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("Plain title", "Plain title"),
        ("a < b && c &amp; d", "a < b && c & d"),
        ("Markets <b>fall</b> &amp; rise", "Markets fall & rise"),
        ("<p>One</p><p>Two <a href='http://x.example/'>link</a></p>", "One\n\nTwo link"),
        ("<h2>Head</h2>text", "Head\n\ntext"),
        ("Line one\n\n\n  line   two", "Line one\n\nline two"),
        ("<script>x()</script>ok", "ok"),
        ("", ""),
        ("3 < 4 > 2", "3 < 4 > 2"),
    ],
)
def test_html_to_text(html, text):
    assert html_to_text(html) == text


def test_source_newlines_are_spaces_and_br_is_a_line_break():
    doc = html_to_document("<p>one\ntwo\r\n  three<br>four</p>")
    assert doc.sections[0].text == "one two three\nfour"


def test_content_after_embed_and_source_is_kept():
    # libxml2 opens <embed>, <source>, <wbr> as containers: what follows must survive
    doc = html_to_document(
        "<p>before<embed src='x.swf'>after</p><video><source src='v.mp4'></video>"
        "<p>still<wbr>here</p>"
    )
    assert doc.text == "beforeafter\n\nstillhere"


def test_list_of_headed_items_becomes_sections():
    doc = html_to_document(
        "<ul><li><h2>First tool</h2><p>Does one thing.</p></li>"
        "<li><h2>Second tool</h2><p>Does another.</p></li></ul>"
    )
    assert [s.heading for s in doc.sections] == ["First tool", "Second tool"]
    assert [s.text for s in doc.sections] == ["Does one thing.", "Does another."]


def test_soft_hyphens_removed():
    doc = html_to_document("<h2>Mit&shy;tel&shy;al&shy;ter</h2><p>Wein&shy;wirt&shy;schaft</p>")
    assert doc.sections[0].heading == "Mittelalter"
    assert doc.sections[0].text == "Weinwirtschaft"


def test_links_to_the_page_itself_are_not_numbered():
    doc = html_to_document(
        f'<p><a href="{BASE}">this page</a>, <a href="{BASE}#part">a part</a>, '
        '<a href="/other">another</a></p>',
        BASE,
    )
    assert doc.links == (Link(1, "https://news.example/other", "another"),)


def test_inline_elements_do_not_split_paragraphs():
    doc = html_to_document("<p>An <em>important</em> <code>x = 1</code> <span>note</span>.</p>")
    assert doc.sections[0].text == "An important x = 1 note."


def test_deep_nesting():
    doc = html_to_document("<div><span>" * 120 + "deep" + "</span></div>" * 120)
    assert doc.text == "deep"
    # beyond libxml2's depth limit (256) the text is lost, but nothing breaks
    assert isinstance(html_to_document("<div>" * 3000 + "deeper" + "</div>" * 3000).text, str)


@pytest.mark.parametrize(
    ("html", "heading"),
    [
        ("<h2>Walk <em>b</em><em>y</em> Night</h2>", "Walk by Night"),
        ("<h2>Over<span>land</span> route</h2>", "Overland route"),
        ("<h2>First line<br>second line</h2>", "First line second line"),
        ("<h2><span>Ferry</span><div>times</div></h2>", "Ferry times"),
        ("<p><strong>Sun<i>rise</i> walk</strong></p>", "Sunrise walk"),
    ],
)
def test_heading_text_is_the_text_shown(html, heading):
    """Inline elements add no space (a word split by <em> stays one word); <br> and
    block elements do."""
    doc = html_to_document(html + "<p>Body.</p>")
    assert doc.sections[0].heading == heading
