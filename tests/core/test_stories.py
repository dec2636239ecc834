"""Story clustering: terms in every script, the online clusterer, copies of one article."""

from __future__ import annotations

import pytest

from ekreader.core.stories.cluster import WINDOW, StoryClusterer
from ekreader.core.stories.duplicates import canonical_link, copy_keys, text_key
from ekreader.core.stories.terms import headline_terms, tokens

# Invented headlines of unrelated events, so the clusterer has learnt which words are
# common before a case arrives (as it has from the cache in a refresh).
BACKGROUND = [
    "Storm closes the ferry to Hallig Nordmark for the second day",
    "Council of Westbrook votes on the new tram line to the airport",
    "The price of rye bread rises in the north for the first time in years",
    "Lighthouse keepers in Varnesund end their strike after a pay deal",
    "A new bridge over the Elster opens to cyclists and walkers",
    "Chess champion from Tallow retires after the world final",
    "Zoo in Brackenfeld welcomes twin snow leopard cubs",
    "Heatwave warning for the valley towns as the week ends",
    "Court in Oldmere hears the case of the missing museum map",
    "Farmers protest over the water rights of the Lune delta",
    "Mayor of Eastholm opens the winter market in the old square",
    "Trains between Kessel and Dornau cancelled after a landslide",
    "A rare comet will be seen over the southern hills on Friday",
    "Die Fähre nach Hallig Nordmark fällt wegen Sturm erneut aus",
    "Der Stadtrat von Westbrück stimmt über die neue Straßenbahn ab",
    "Brotpreise im Norden steigen zum ersten Mal seit Jahren",
    "Leuchtturmwärter in Varnesund beenden ihren Streik",
    "Neue Brücke über die Elster für Radfahrer eröffnet",
    "Hitzewarnung für die Städte im Tal zum Wochenende",
    "Bauern protestieren gegen die Wasserrechte im Lunedelta",
    "إغلاق الطريق الساحلي بسبب عاصفة رملية في الشمال",
    "افتتاح سوق الشتاء في الساحة القديمة بالمدينة",
    "ارتفاع أسعار الخبز في المدن الشمالية لأول مرة منذ سنوات",
    "المزارعون يحتجون على حقوق المياه في الدلتا",
    "إلغاء القطارات بين المدينتين بعد انهيار أرضي",
]


def clusterer_with_background() -> StoryClusterer:
    clusterer = StoryClusterer()
    for i, title in enumerate(BACKGROUND):
        clusterer.add(10_000 + i, float(i), title)
    return clusterer


# -- terms ------------------------------------------------------------------------------

TERMS = [
    # (text, expected terms)
    (
        "Ukraine's president visits Ukrainian troops",
        ["ukrain", "presid", "visits", "ukrain", "troops"],
    ),
    ("Präsident Müller trifft den PRÄSIDENTEN", ["prasid", "muller", "trifft", "den", "prasid"]),
    ("Łódź and Straße", ["lodz", "and", "strass"]),
    ("Κρήτη: σεισμός 5,8 βαθμών", ["κρητη", "σεισμο", "5,8", "βαθμων"]),
    ("Ёлка и мой дом", ["елка", "мой", "дом"]),
    ("والرئيس يزور الرئيس رئيس", ["رييس", "يزور", "رييس", "رييس"]),
    ("زلزال بقوة ٥ درجات عام ٢٠٢٤", ["زلزال", "بقوه", "5", "درجات", "عام", "2024"]),
    ("東京で地震", ["東京", "京で", "で地", "地震"]),
    ("ไฟไหม้", ["ไฟ", "ฟไ", "ไห", "หม", "ม้"]),
    ("हिन्दी समाचार।", ["हिन्दी", "समाचार"]),
    ("$1.8B deal, 37,000 cars in 2014", ["1.8", "deal", "37,000", "cars", "in", "2014"]),
    ("A I x _ __init__", ["init"]),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), TERMS)
def test_tokens(text, expected):
    assert tokens(text) == expected


def test_headline_terms_count_a_word_once_in_order():
    assert headline_terms("Dam fails, dam holds, DAM") == ("dam", "fails", "holds")


# -- clustering -------------------------------------------------------------------------

# Each case: headlines (id, title) in arrival order, then the groups expected to share a
# story. Every headline not in a group must be alone in its story.
CASES = {
    "three sources, other words; a distractor sharing a word": (
        [
            (1, "Dam on the Elster river breaks near Grauwitz, villages evacuated"),
            (2, "Grauwitz dam failure: thousands flee as Elster floods villages"),
            (3, "Evacuations after Elster dam collapse at Grauwitz"),
            (4, "Grauwitz council debates new parking fees"),
        ],
        [{1, 2, 3}],
    ),
    "German": (
        [
            (1, "Staudamm bei Grauwitz gebrochen – Dörfer an der Elster evakuiert"),
            (2, "Grauwitz: Tausende fliehen nach Dammbruch an der Elster"),
            (3, "Dammbruch an der Elster: Evakuierung rund um Grauwitz"),
            (4, "Neue Parkgebühren in Grauwitz beschlossen"),
        ],
        [{1, 2, 3}],
    ),
    "Arabic": (
        [
            (1, "انهيار سد قرب مدينة الزهراء وإجلاء سكان القرى"),
            (2, "إجلاء الآلاف بعد انهيار سد الزهراء"),
            (3, "فيضانات بعد انهيار السد في الزهراء"),
            (4, "مجلس مدينة الزهراء يناقش رسوم المواقف"),
        ],
        [{1, 2, 3}],
    ),
    "across languages by names and numbers": (
        [
            (1, "Quake of magnitude 6.4 hits Karvona, 112 dead"),
            (2, "Erdbeben der Stärke 6.4 in Karvona: 112 Tote"),
            (3, "زلزال بقوة 6.4 يضرب كارفونا ومقتل 112"),
            (4, "Karvona football club signs new coach"),
        ],
        [{1, 2}],
    ),
    "two events, two stories": (
        [
            (1, "Tallow chess champion Ilse Varga retires"),
            (2, "Heatwave grips Brackenfeld, pools open late"),
            (3, "Ilse Varga ends chess career after Tallow final"),
            (4, "Brackenfeld heatwave: city opens pools until midnight"),
        ],
        [{1, 3}, {2, 4}],
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_clustering(name):
    headlines, groups = CASES[name]
    clusterer = clusterer_with_background()
    for article, title in headlines:
        clusterer.add(article, 1000.0 + article, title)
    story = {article: clusterer.story_of(article) for article, _ in headlines}
    grouped: set[int] = set()
    for group in groups:
        assert len({story[a] for a in group}) == 1, (name, group, story)
        grouped |= group
    for article, _ in headlines:
        if article not in grouped:
            others = [a for a in story if a != article and story[a] == story[article]]
            assert not others, (name, article, others)


def test_a_story_id_is_its_first_headline_and_members_keep_order():
    clusterer = clusterer_with_background()
    for article, title in CASES["three sources, other words; a distractor sharing a word"][0]:
        clusterer.add(article, 1000.0, title)
    assert clusterer.story_of(2) == 1
    assert clusterer.members(1) == (1, 2, 3)
    assert clusterer.add(2, 5000.0, "anything").story == 1  # held: no second assignment


def test_window_a_story_takes_no_headline_long_after_its_latest():
    clusterer = clusterer_with_background()
    clusterer.add(1, 1000.0, "Elster dam breaks at Grauwitz")
    clusterer.add(2, 1000.0 + WINDOW + 60, "Elster dam at Grauwitz breaks")
    assert clusterer.story_of(2) == 2
    clusterer.add(3, 1000.0 + WINDOW - 60, "Grauwitz dam on the Elster breaks")
    assert clusterer.story_of(3) in (1, 2)


def test_forget_before_lets_old_stories_go_and_their_terms_with_them():
    clusterer = StoryClusterer()
    clusterer.add(1, 0.0, "Elster dam breaks at Grauwitz")
    clusterer.add(2, 10.0, "Grauwitz dam on the Elster breaks")
    clusterer.add(3, 2 * WINDOW, "Comet over the southern hills")
    assert clusterer.forget_before(2 * WINDOW) == [1]
    assert clusterer.story_of(1) is None
    assert clusterer.story_of(3) == 3
    assert set(clusterer.stories()) == {3}
    assert clusterer._df == dict.fromkeys(headline_terms("Comet over the southern hills"), 1)


def test_stories_merge_when_a_headline_bridges_them():
    clusterer = clusterer_with_background()
    first = [
        (1, "Fire at Osterby beacon destroys the lamp room"),
        (2, "Osterby beacon fire: lamp room gutted"),
    ]
    second = [
        (3, "Crew rescued from burning tower on Skerra rock"),
        (4, "Skerra rock tower blaze: crew rescued by boat"),
    ]
    for article, title in first + second:
        clusterer.add(article, 1000.0, title)
    assert clusterer.story_of(1) != clusterer.story_of(3)
    bridges = [
        "Osterby beacon fire: crew rescued from Skerra rock",
        "Skerra rock crew rescued as Osterby beacon burns",
        "Osterby beacon blaze: Skerra rock crew safe",
    ]
    merges = [clusterer.add(5 + i, 1000.0, t) for i, t in enumerate(bridges)]
    # The bridges joined story 3 (the larger), until it resembled story 1 enough.
    assert [m.merged for m in merges if m.merged] == [(1,)]
    assert all(m.story == 3 for m in merges)
    assert {clusterer.story_of(a) for a in range(1, 8)} == {3}
    assert sorted(clusterer.members(3)) == list(range(1, 8))
    assert clusterer.members(1) == ()
    assert {clusterer.story_of(10_000 + i) for i in range(len(BACKGROUND))}.isdisjoint({3})


def test_representative_is_the_headline_closest_to_the_story():
    clusterer = clusterer_with_background()
    titles = [
        (1, "Grauwitz: dam"),
        (2, "Elster dam breaks at Grauwitz, villages evacuated"),
        (3, "Grauwitz dam breaks, Elster villages evacuated"),
        (4, "Villages evacuated as Grauwitz dam on the Elster breaks"),
    ]
    for article, title in titles:
        clusterer.add(article, 1000.0, title)
    assert clusterer.story_of(1) == clusterer.story_of(4) == 1
    assert clusterer.representative(1) in (2, 3, 4)
    assert clusterer.representative(999) is None


def test_restore_puts_back_an_assignment_without_comparing():
    clusterer = clusterer_with_background()
    clusterer.restore(1, 1000.0, "Elster dam breaks at Grauwitz", story=1)
    clusterer.restore(2, 1000.0, "Comet seen over the hills", story=1)  # as stored
    assert clusterer.members(1) == (1, 2)
    assert clusterer.add(3, 1000.0, "Grauwitz dam on the Elster breaks").story == 1


def test_restoring_many_at_once_is_restoring_them_one_by_one():
    held = [
        (1, 1000.0, "Elster dam breaks at Grauwitz", 1),
        (2, 1010.0, "Villages evacuated below the Elster dam", 1),
        (3, 1020.0, "Comet seen over the hills", 3),
        (4, 1030.0, "Astronomers follow the comet over the hills", 3),
        (5, 1040.0, "Grauwitz council debates parking fees", 5),
    ]
    one, many = clusterer_with_background(), clusterer_with_background()
    for article, when, title, story in held:
        one.restore(article, when, title, story)
    many.restore_many(held)
    for article, _, _, story in held:
        assert many.story_of(article) == one.story_of(article) == story
    assert many.members(3) == one.members(3) == (3, 4)
    arrivals = [
        (6, "Grauwitz dam on the Elster breaks, villages flooded"),
        (7, "The comet over the hills seen again tonight"),
        (8, "Parking fees in Grauwitz: council votes"),
    ]
    for article, title in arrivals:
        a, b = many.add(article, 1100.0, title), one.add(article, 1100.0, title)
        assert (a.story, a.merged) == (b.story, b.merged)
        # One by one, a story's length drifts with the rarities as they change; at once,
        # it is computed with the final ones: the similarities differ a little, no more.
        assert a.similarity == pytest.approx(b.similarity, abs=0.02)
    assert many.story_of(6) == 1
    assert many.story_of(7) == 3


# -- copies of one article ---------------------------------------------------------------

LINKS = [
    ("https://www.example.org/news/dam/?utm_source=rss&utm_medium=feed", "example.org/news/dam"),
    ("http://EXAMPLE.org/news/dam#comments", "example.org/news/dam"),
    ("https://example.org:443/news/dam?b=2&a=1&at_medium=RSS", "example.org/news/dam?a=1&b=2"),
    ("https://example.org:8080/x", "example.org:8080/x"),
    ("https://example.org/", "example.org"),
    ("ftp://example.org/x", None),
    ("mailto:desk@example.org", None),
    ("https://[broken/x", None),
    ("", None),
    (None, None),
]


@pytest.mark.parametrize(("url", "expected"), LINKS)
def test_canonical_link(url, expected):
    assert canonical_link(url) == expected


def test_text_key_folds_case_accents_and_punctuation():
    one = text_key("Dam breaks at Grauwitz!", "Villages on the Élster were evacuated overnight.")
    two = text_key("DAM BREAKS AT GRAUWITZ", "villages on the elster were evacuated overnight")
    assert one is not None
    assert one == two
    longer = text_key(
        "Dam breaks at Grauwitz",
        "Villages on the Elster were evacuated overnight, "
        "the county said on Tuesday, as the river rose again.",
    )
    assert longer != one  # the lead's first twelve words differ ("the county...")


@pytest.mark.parametrize(
    ("title", "lead", "has_key"),
    [
        ("Business Highlights", "", False),  # a recurring title alone says too little
        ("Dam breaks at Grauwitz as the Elster floods", "", True),
        ("Live", "Dam breaks at Grauwitz", True),
        ("", "Dam breaks at Grauwitz", False),
        ("!!!", "", False),
    ],
)
def test_text_key_needs_enough_words(title, lead, has_key):
    assert (text_key(title, lead) is not None) is has_key


def test_copy_keys_holds_both():
    keys = copy_keys("https://www.example.org/a?utm_campaign=x", "Dam breaks", "The Elster rose")
    assert keys.link == "example.org/a"
    assert keys.text == text_key("Dam breaks", "The Elster rose")
