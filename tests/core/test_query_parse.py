"""The query grammar: what each query parses to, where a malformed one is wrong and what
was expected there, and that no text at all makes the parser fail otherwise."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ekreader.core.query import (
    MAX_DEPTH,
    MAX_TERMS,
    And,
    Contains,
    Day,
    Duration,
    Flag,
    Node,
    Not,
    Or,
    Phrase,
    QueryError,
    Time,
    Word,
    parse,
    walk,
)


def w(text: str, prefix: bool = False) -> Word:
    return Word(text, prefix)


def t(text: str, prefix: bool = False) -> Word:
    return Word(text, prefix, "title")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", And(())),
        ("   ", And(())),
        # words: all must match; the last one is also a prefix (results follow typing)
        ("gaza", w("gaza", True)),
        ("harbour strike", And((w("harbour"), w("strike", True)))),
        ("harbour strike ", And((w("harbour"), w("strike", True)))),
        ("parl* vote", And((w("parl", True), w("vote", True)))),
        ("e-mail Straße", And((w("e-mail"), w("Straße", True)))),
        ("Gaza: Israel", And((w("Gaza:"), w("Israel", True)))),
        ("or and not", And((w("or"), w("and"), w("not", True)))),
        # phrases
        ('"gaza city"', Phrase("gaza city")),
        ('"gaza city" x', And((Phrase("gaza city"), w("x", True)))),
        ('x "gaza city"', And((w("x"), Phrase("gaza city")))),
        ('ab"c d"', And((w("ab"), Phrase("c d")))),
        # OR binds tighter than AND: the example means (gaza OR israel) AND ...
        (
            "gaza OR israel -sport is:unread",
            And((Or((w("gaza"), w("israel"))), Not(w("sport")), Flag("unread"))),
        ),
        ("a b OR c", And((w("a"), Or((w("b"), w("c", True)))))),
        ("a OR b OR c", Or((w("a"), w("b"), w("c", True)))),
        ("a AND b OR c", And((w("a"), Or((w("b"), w("c", True)))))),
        ("(a b) OR c", Or((And((w("a"), w("b"))), w("c", True)))),
        ("(a OR b) (c OR d)", And((Or((w("a"), w("b"))), Or((w("c"), w("d")))))),
        ("((a))", w("a")),
        ("(a (b c))", And((w("a"), w("b"), w("c")))),
        # negation
        ("-sport", Not(w("sport", True))),
        ("NOT sport x", And((Not(w("sport")), w("x", True)))),
        ("-a OR b", Or((Not(w("a")), w("b", True)))),
        ("-(a OR b)", Not(Or((w("a"), w("b"))))),
        ('-"a b"', Not(Phrase("a b"))),
        ("NOT -a", w("a", True)),
        ("--a", Not(w("a", True))),
        ("Gaza - Israel", And((w("Gaza"), w("Israel", True)))),
        ("a -", w("a", True)),
        ("a -)", None),  # see the error table: the ')' is unbalanced
        # fields
        ("title:council", t("council", True)),
        ("title:council strike", And((t("council"), w("strike", True)))),
        ("TITLE:council x", And((t("council"), w("x", True)))),
        ('title:"gaza city"', Phrase("gaza city", "title")),
        ("title:parl* x", And((t("parl", True), w("x", True)))),
        ("author:smith", Contains("author", "smith")),
        ('author:"Jane Doe"', Contains("author", "Jane Doe")),
        ("feed:https://example.com/rss", Contains("feed", "https://example.com/rss")),
        ('feed:"Der Spiegel" x', And((Contains("feed", "Der Spiegel"), w("x", True)))),
        ("folder:World/Europe", Contains("folder", "World/Europe")),
        ("is:breaking", Flag("breaking")),
        ("is:UNREAD", Flag("unread")),
        ("is:read is:starred is:updated", And((Flag("read"), Flag("starred"), Flag("updated")))),
        ('is:"unread"', Flag("unread")),
        ("-is:read", Not(Flag("read"))),
        ("since:30m", Time("since", Duration(1800))),
        ("since:24h", Time("since", Duration(86400))),
        ("since:7d", Time("since", Duration(7 * 86400))),
        ("before:2w", Time("before", Duration(14 * 86400))),
        ("since:0d", Time("since", Duration(0))),
        ("before:2026-12-01", Time("before", Day(date(2026, 12, 1)))),
        ("since:2024-02-29", Time("since", Day(date(2024, 2, 29)))),
        ("(is:unread)", Flag("unread")),
        ("(title:x)", t("x")),
    ],
)
def test_parses_to(query: str, expected: Node | None) -> None:
    if expected is None:
        with pytest.raises(QueryError):
            parse(query)
    else:
        assert parse(query) == expected


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("(gaza OR israel", "unbalanced parenthesis at column 1: expected ')'"),
        ("gaza (israel OR (x y)", "unbalanced parenthesis at column 6: expected ')'"),
        ("gaza OR israel) x", "unbalanced parenthesis at column 15: expected a '(' before it"),
        ("a -)", "unbalanced parenthesis at column 4: expected a '(' before it"),
        (")", "unbalanced parenthesis at column 1: expected a '(' before it"),
        ('say "gaza city', "unterminated phrase at column 5: expected a closing '\"'"),
        ('title:"gaza', "unterminated phrase at column 7: expected a closing '\"'"),
        ("gaza OR", "nothing after OR at column 6: expected a word, a \"phrase\", a field or '('"),
        ("OR gaza", "nothing before OR at column 1: expected a word, a \"phrase\", a field or '('"),
        (
            "(OR gaza)",
            "nothing before OR at column 2: expected a word, a \"phrase\", a field or '('",
        ),
        (
            "a OR OR b",
            "nothing after OR at column 3: expected a word, a \"phrase\", a field or '('",
        ),
        ("a OR )", "nothing after OR at column 3: expected a word, a \"phrase\", a field or '('"),
        ("a AND", "nothing after AND at column 3: expected a word, a \"phrase\", a field or '('"),
        ("AND a", "nothing before AND at column 1: expected a word, a \"phrase\", a field or '('"),
        ("a NOT", "nothing after NOT at column 3: expected a word, a \"phrase\", a field or '('"),
        (
            "NOT OR a",
            "nothing after NOT at column 1: expected a word, a \"phrase\", a field or '('",
        ),
        ("-OR a", "nothing after - at column 1: expected a word, a \"phrase\", a field or '('"),
        ("x ()", "empty parentheses at column 3: expected a word, a \"phrase\", a field or '('"),
        (
            "titel:gaza",
            "unknown field 'titel:' at column 1: expected one of title:, author:, feed:,"
            " folder:, is:, since:, before:",
        ),
        (
            "a http://x.org",
            "unknown field 'http:' at column 3: expected one of title:, author:, feed:, folder:, is:, since:, before:",
        ),
        ("title:", 'title: without a value at column 1: expected a word or a "phrase"'),
        ('x title:""', 'title: without a value at column 3: expected a word or a "phrase"'),
        (
            "author: smith",
            'author: without a value at column 1: expected a name ("quoted" with spaces)',
        ),
        (
            "is:unred",
            "unknown is:unred at column 4: expected breaking, unread, read, starred or updated",
        ),
        (
            "x is:",
            "is: without a value at column 3: expected breaking, unread, read, starred or updated",
        ),
        (
            "since:2x",
            "unknown time '2x' at column 7: expected a duration (30m, 24h, 7d, 2w) or a date (2026-12-01)",
        ),
        (
            "a before:2026-02-30",
            "no such date '2026-02-30' at column 10: expected a duration (30m, 24h, 7d, 2w) or"
            " a date (2026-12-01)",
        ),
        (
            "since:7D",
            "unknown time '7D' at column 7: expected a duration (30m, 24h, 7d, 2w) or a date (2026-12-01)",
        ),
    ],
)
def test_a_malformed_query_names_the_column_and_what_was_expected(query: str, message: str) -> None:
    with pytest.raises(QueryError) as caught:
        parse(query)
    assert str(caught.value) == message
    assert caught.value.message == message
    assert 1 <= caught.value.column <= len(query) + 1


def test_a_message_quotes_the_query_without_control_characters() -> None:
    with pytest.raises(QueryError) as caught:
        parse("since:\x1b]0;x\x07" + "9" * 80)
    message = str(caught.value)
    assert "\x1b" not in message
    assert "\x07" not in message
    assert len(message) < 200


def test_control_characters_separate_terms() -> None:
    assert parse("gaza\x1b[2Jcity") == And((w("gaza"), w("[2Jcity", True)))


def test_nesting_and_length_are_bounded_with_an_error_not_a_crash() -> None:
    assert parse("(" * MAX_DEPTH + "a" + ")" * MAX_DEPTH) == w("a")
    with pytest.raises(QueryError, match=f"nested too deeply at column {MAX_DEPTH + 1}"):
        parse("(" * (MAX_DEPTH + 1) + "a" + ")" * (MAX_DEPTH + 1))
    with pytest.raises(QueryError, match="nested too deeply"):
        parse("NOT " * (MAX_DEPTH + 1) + "a")
    many = " ".join(f"w{i}" for i in range(MAX_TERMS))
    assert len(parse(many).nodes) == MAX_TERMS  # type: ignore[union-attr]
    with pytest.raises(QueryError, match=f"too many terms at column {len(many) + 2}"):
        parse(many + " x")


def test_positions_are_kept_for_messages_and_highlighting() -> None:
    node = parse('gaza -"x y" title:z is:read')
    assert [(type(n).__name__, n.at) for n in walk(node)] == [
        ("And", 1),
        ("Word", 1),
        ("Not", 6),
        ("Phrase", 7),
        ("Word", 13),
        ("Flag", 21),
    ]


# -- any text ---------------------------------------------------------------------------

GRAMMAR = st.sampled_from(
    [
        "(", ")", '"', "-", "NOT", "OR", "AND", " ", "  ", "gaza", "city", "x*", "*", ":",
        "title:", "author:", "feed:", "folder:", "is:", "is:unread", "since:", "before:",
        "2d", "30m", "2026-12-01", "2026-13-01", "unread", "é", "Κρήτη", "\x1b", "\t",
        "titel:", "-(", "\"a b\"",
    ]
)  # fmt: skip


def _parses_or_says_where(text: str) -> None:
    error: QueryError | None = None
    try:
        parse(text)
    except QueryError as exc:
        error = exc
    if error is not None:
        assert 1 <= error.column <= len(text) + 1
        assert "\n" not in str(error)


@settings(max_examples=1500, deadline=None)
@given(st.text(max_size=60))
def test_any_text_parses_or_is_a_query_error(text: str) -> None:
    _parses_or_says_where(text)


@settings(max_examples=1500, deadline=None)
@given(st.lists(GRAMMAR, max_size=25).map("".join))
def test_any_mix_of_the_grammar_s_pieces_parses_or_is_a_query_error(text: str) -> None:
    _parses_or_says_where(text)
