"""Breaking-news rules: categories, title markers, config extras, and the stored reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from ekreader.config import config_from_dict
from ekreader.core.decide.breaking import BreakingRules, fold, page_label_reason
from ekreader.core.decide.entries import decide
from ekreader.core.ingest import rules_for, store_entries
from ekreader.core.parse.entry import make_entry
from ekreader.core.store import Store
from ekreader.models import HeadlineQuery, ParsedFeed

RULES = BreakingRules.build()

# (title, expected reason or None)
TITLES = [
    # English
    ("BREAKING: Dam on the Elster river fails", "title marker: BREAKING:"),
    ("Breaking News: Parliament dissolved", "title marker: Breaking News:"),
    ("breaking news | Storm makes landfall", "title marker: breaking news |"),
    ("BREAKING NEWS — Airport closed", "title marker: BREAKING NEWS —"),
    ("Breaking - Bridge collapses", "title marker: Breaking -"),
    ("Just in: Minister resigns", "title marker: Just in:"),
    ("URGENT: Boil-water notice for the old town", "title marker: URGENT:"),
    # German
    ("Eilmeldung: Stromausfall in ganz Nordstadt", "title marker: Eilmeldung:"),
    ("EILMELDUNG +++ Deich bei Hude gebrochen", "title marker: EILMELDUNG +++"),
    ("Eil: Bahnstreik ab Mitternacht", "title marker: Eil:"),
    ("+++ Sturmflut in Hamburg +++ Deiche halten", "title marker: +++ … +++"),
    ("  +++ Liveticker +++", "title marker: +++ … +++"),
    # Arabic, and others
    ("عاجل: عاصفة رملية تغلق الطريق السريع", "title marker: عاجل:"),
    ("خبر عاجل: زلزال بقوة 5 درجات", "title marker: خبر عاجل:"),
    ("عاجل | انقطاع الكهرباء", "title marker: عاجل |"),
    ("Dernière minute : le pont est fermé", "title marker: Dernière minute :"),
    ("ÚLTIMA HORA: terremoto en la costa", "title marker: ÚLTIMA HORA:"),
    ("СРОЧНО: наводнение", "title marker: СРОЧНО:"),
    ("Son dakika: deprem", "title marker: Son dakika:"),
    ("速報：地震が発生", "title marker: 速報："),
    # Bracketed markers
    ("[Breaking] Dam on the Elster river fails", "title marker: [Breaking]"),
    ("(Eilmeldung) Regierung tritt zurück", "title marker: (Eilmeldung)"),
    ("【速報】地震が発生", "title marker: 【速報】"),
    # Not breaking news: the word alone, in other senses or without a separator.
    ("Breaking Bad: the teacher who became a tour guide", None),
    ("Breaking records: hottest March since 1881", None),
    ("Breaking the silence on pensions", None),
    ("Flash-Mob in der Fußgängerzone", None),
    ("Just in time: the last ferry of the season", None),
    ("Urgent care clinics extend their hours", None),
    ("Eilt euch: Schnäppchen im Schlussverkauf", None),
    ("Eilmeldungen lesen – ein Ratgeber", None),
    ("Unbreaking: a study in glass", None),
    ("The breaking point: a review", None),
    ("How we report breaking news", None),
    ("Mayor says: BREAKING: is overused", None),
    ("+++ unfinished ticker", None),
    ("Weather +++ sunny +++", None),
    ("[Video] Breaking: not at the start", None),
    ("Breaking (news) is hard to define", None),
    ("", None),
]


@pytest.mark.parametrize(("title", "reason"), TITLES, ids=[t[0][:40] or "empty" for t in TITLES])
def test_title_markers(title: str, reason: str | None):
    assert RULES.classify(title) == reason


CATEGORIES = [
    (["Breaking News"], "category: Breaking News"),
    (["BREAKING-NEWS"], "category: BREAKING-NEWS"),
    (["Local", "breakingnews"], "category: breakingnews"),
    (["Eilmeldung"], "category: Eilmeldung"),
    (["  eilmeldung  "], "category: eilmeldung"),
    (["عاجل"], "category: عاجل"),
    (["أخبار عاجلة"], "category: أخبار عاجلة"),
    (["Urgent"], "category: Urgent"),
    (["Última Hora"], "category: Última Hora"),
    (["ultima hora"], "category: ultima hora"),
    (["Срочно"], "category: Срочно"),
    (["Breaking Bad"], None),
    (["News", "Politics"], None),
    (["Breaking News Podcast"], None),
    ([], None),
]


@pytest.mark.parametrize(("categories", "reason"), CATEGORIES)
def test_categories(categories: list[str], reason: str | None):
    assert RULES.classify("An ordinary headline", categories) == reason


def test_category_wins_over_a_title_marker_and_feed_level_wins_over_all():
    assert RULES.classify("BREAKING: x", ["Eilmeldung"]) == "category: Eilmeldung"
    assert RULES.classify("BREAKING: x", ["Eilmeldung"], True) == "feed: every item is breaking"
    assert RULES.classify("Gardening tips", (), True) == "feed: every item is breaking"


EXTRA = BreakingRules.build(
    markers=["ALERT", "Achtung"],
    patterns=[r"\bwarnstreik\b", r"^LIVE\b"],
    categories=["Top Story"],
)


@pytest.mark.parametrize(
    ("title", "categories", "reason"),
    [
        ("ALERT: Tornado warning", [], "title marker: ALERT:"),
        ("Alert - Tornado warning", [], "title marker: Alert -"),
        ("Alerting the public: a history", [], None),
        ("ACHTUNG: Falschfahrer auf der A1", [], "title marker: ACHTUNG:"),
        ("Großer Warnstreik am Montag", [], r"pattern: \bwarnstreik\b"),
        ("LIVE: Die Wahlnacht", [], r"pattern: ^LIVE\b"),
        ("Olive oil prices fall", [], None),
        ("An ordinary headline", ["top story"], "category: top story"),
        # The shipped lists still apply.
        ("BREAKING: x", [], "title marker: BREAKING:"),
        ("x", ["Eilmeldung"], "category: Eilmeldung"),
    ],
)
def test_extra_markers_patterns_and_categories(
    title: str, categories: list[str], reason: str | None
):
    assert EXTRA.classify(title, categories) == reason


def test_extras_do_not_change_the_shipped_rules():
    assert RULES.classify("ALERT: Tornado warning") is None
    assert RULES.classify("x", ["Top Story"]) is None


def test_blank_extras_are_ignored():
    rules = BreakingRules.build(markers=["", "  "], categories=[" "])
    assert rules.classify("Ordinary: headline") is None
    assert rules.classify("x", [""]) is None


def test_fold_is_case_and_accent_insensitive_but_keeps_other_scripts():
    assert fold("ÚLTIMA Hora") == "ultima hora"
    assert fold("Straße") == "strasse"
    assert fold("عاجل") == "عاجل"


# -- from config through decide into the store ---------------------------------------------


def _feed(*entries):
    return ParsedFeed("Test", None, tuple(entries))


def _entry(key: str, title: str, categories: tuple[str, ...] = ()):
    return make_entry(key, title, None, None, None, None, "", None, categories)


def test_config_extras_reach_the_decision():
    config = config_from_dict(
        {
            "breaking": {"markers": ["ALERT"], "patterns": ["(?i)evacuat"], "categories": ["Top"]},
            "feeds": {"https://alerts.example/feed": {"breaking": True}},
        }
    )
    parsed = _feed(
        _entry("1", "ALERT: Heat wave"),
        _entry("2", "Villages evacuated"),
        _entry("3", "Plain", ("top",)),
        _entry("4", "Plain too"),
    )
    reasons = [d.breaking_reason for d in decide(parsed, rules_for(config, "https://x"))]
    assert reasons == ["title marker: ALERT:", "pattern: (?i)evacuat", "category: top", None]
    always = rules_for(config, "https://alerts.example/feed")
    assert {d.breaking_reason for d in decide(parsed, always)} == {"feed: every item is breaking"}


def test_breaking_flag_and_reason_are_stored(tmp_path: Path):
    parsed = _feed(
        _entry("a", "Eilmeldung: Deichbruch"),
        _entry("b", "Deichlauf: Ergebnisse", ("Sport",)),
        _entry("c", "Ticker", ("عاجل",)),
    )
    decisions = decide(parsed, rules_for(config_from_dict({}), "https://x"))
    with Store.open(tmp_path / "c.sqlite3") as store:
        feed, _ = store.add_feed("https://x.example/feed")
        outcome = store_entries(store, feed.id, decisions)
        assert sorted(outcome.new_breaking) == ["Eilmeldung: Deichbruch", "Ticker"]
        stored = {h.title: (h.breaking, h.breaking_reason) for h in store.headlines()}
        only = [h.title for h in store.headlines(HeadlineQuery(breaking=True))]
    assert stored == {
        "Eilmeldung: Deichbruch": (True, "title marker: Eilmeldung:"),
        "Deichlauf: Ergebnisse": (False, None),
        "Ticker": (True, "category: عاجل"),
    }
    assert sorted(only) == ["Eilmeldung: Deichbruch", "Ticker"]


def test_a_breaking_article_stays_breaking_when_the_marker_is_dropped(tmp_path: Path):
    spec = rules_for(config_from_dict({}), "https://x")
    with Store.open(tmp_path / "c.sqlite3") as store:
        feed, _ = store.add_feed("https://x.example/feed")
        store_entries(store, feed.id, decide(_feed(_entry("a", "BREAKING: Quake")), spec))
        store_entries(store, feed.id, decide(_feed(_entry("a", "Quake: what we know")), spec))
        (headline,) = store.headlines()
    assert headline.title == "Quake: what we know"
    assert (headline.breaking, headline.breaking_reason) == (True, "title marker: BREAKING:")


@pytest.mark.parametrize(
    ("label", "reason"),
    [
        ("Eilmeldung", "page label: Eilmeldung"),
        ("خبر  عاجل", "page label: خبر عاجل"),
        (" ", None),
        (None, None),
    ],
)
def test_a_page_label_is_a_reason(label: str | None, reason: str | None):
    assert page_label_reason(label) == reason
