"""OPML subscription lists: nested folders, round trip, broken documents."""

from __future__ import annotations

import pytest

from ekreader.core.parse.opml import OpmlError, Outline, read_opml, write_opml
from ekreader.models import Feed

NESTED = """<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>My news</title></head>
  <body>
    <outline text="Top-level feed" type="rss" xmlUrl="https://top.example/rss"/>
    <outline text="News">
      <outline text="Germany" title="Deutschland">
        <outline text="Tiefland Kurier" type="rss" xmlUrl="https://tiefland.example/atom.xml"
                 htmlUrl="https://tiefland.example/"/>
        <outline text="Grenzland" xmlurl="https://grenzland.example/rss"/>
      </outline>
      <outline text="Wüstenbote" type="rss" xmlUrl="https://wuestenbote.example/feed.json"/>
    </outline>
    <outline text="Empty folder"/>
    <outline>
      <outline text="In an unnamed folder" xmlUrl="https://unnamed.example/rss"/>
    </outline>
    <outline text="Duplicate" xmlUrl="https://top.example/rss"/>
    <outline title="Title only" xmlUrl="https://title-only.example/rss"/>
    <outline xmlUrl="https://no-name.example/rss"/>
  </body>
</opml>
"""


def test_nested_folders():
    assert read_opml(NESTED.encode()) == [
        Outline("https://top.example/rss", "Top-level feed", None),
        Outline("https://tiefland.example/atom.xml", "Tiefland Kurier", "News/Deutschland"),
        Outline("https://grenzland.example/rss", "Grenzland", "News/Deutschland"),
        Outline("https://wuestenbote.example/feed.json", "Wüstenbote", "News"),
        Outline("https://unnamed.example/rss", "In an unnamed folder", None),
        Outline("https://title-only.example/rss", "Title only", None),
        Outline("https://no-name.example/rss", None, None),
    ]


def test_opml_1_and_other_encodings():
    text = (
        '<?xml version="1.0" encoding="ISO-8859-1"?><opml version="1.0"><head/><body>'
        '<outline text="Grüße" xmlUrl="https://g.example/rss"/></body></opml>'
    )
    assert read_opml(text.encode("iso-8859-1")) == [Outline("https://g.example/rss", "Grüße", None)]
    assert read_opml(b"\xef\xbb\xbf" + text.replace("ISO-8859-1", "UTF-8").encode()) == [
        Outline("https://g.example/rss", "Grüße", None)
    ]


def test_strings_are_sanitized():
    text = (
        '<opml version="2.0"><body><outline text="Evil&#x9b;31m &#x202e;name"'
        ' xmlUrl=" https://e.example/rss "/></body></opml>'
    )
    (outline,) = read_opml(text.encode())
    assert outline == Outline("https://e.example/rss", "Evil31m name", None)


FEEDS = [
    Feed(1, "https://a.example/feed?x=1&y=2", 'A & <B> "quoted"', folder="News/World"),
    Feed(2, "https://b.example/rss", "Bee", folder="News"),
    Feed(3, "https://c.example/rss", "Sea", site_url="https://c.example/"),
    Feed(4, "https://d.example/rss", "Dee", folder="Tech"),
    Feed(5, "https://e.example/rss", "Ä-Nachrichten", folder="News/World/Europe"),
    Feed(6, "https://f.example/rss", "عاجل", folder="Tech/Arabic"),
]


def test_round_trip():
    document = write_opml(FEEDS)
    outlines = read_opml(document.encode("utf-8"))
    assert sorted(outlines, key=lambda o: o.url) == sorted(
        (Outline(f.url, f.title, f.folder) for f in FEEDS), key=lambda o: o.url
    )


def test_round_trip_of_an_untitled_feed_keeps_it_untitled():
    document = write_opml([Feed(1, "https://untitled.example/rss")])
    assert 'text="https://untitled.example/rss"' in document  # OPML wants a text
    assert read_opml(document.encode()) == [Outline("https://untitled.example/rss", None, None)]


def test_written_opml_is_well_formed_and_nested():
    import xml.etree.ElementTree as ET

    root = ET.fromstring(write_opml(FEEDS))
    assert root.tag == "opml"
    assert root.get("version") == "2.0"
    body = root.find("body")
    assert body is not None
    news = [o for o in body if o.get("text") == "News"]
    assert len(news) == 1  # one folder element, not one per feed
    world = [o for o in news[0] if o.get("text") == "World"]
    assert len(world) == 1
    assert {o.get("xmlUrl") for o in world[0] if o.get("xmlUrl")} == {
        "https://a.example/feed?x=1&y=2"
    }
    site = next(o for o in body.iter("outline") if o.get("xmlUrl") == "https://c.example/rss")
    assert site.get("htmlUrl") == "https://c.example/"


def test_empty_subscription_list():
    assert read_opml(write_opml([]).encode()) == []


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "not well-formed"),
        (b"<opml><body>", "not well-formed"),
        (b"not xml at all", "not well-formed"),
        (b'<rss version="2.0"><channel/></rss>', "not an OPML document"),
        (b'<opml version="2.0"><head/></opml>', "no <body>"),
        (
            b'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
            b'<opml><body><outline text="&b;" xmlUrl="https://x.example/"/></body></opml>',
            "DOCTYPE",
        ),
        (
            b'<?xml version="1.0"?><!DOCTYPE opml SYSTEM "file:///etc/passwd"><opml/>',
            "DOCTYPE",
        ),
    ],
)
def test_broken_opml_is_an_error(data: bytes, message: str):
    with pytest.raises(OpmlError) as info:
        read_opml(data)
    assert message in str(info.value)
    assert "\n" not in str(info.value)
