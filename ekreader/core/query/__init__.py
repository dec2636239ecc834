"""The query language of searches, saved searches and filters: one grammar, parsed to
frozen nodes (parser.py) and compiled to SQL over the article cache (compile.py).

    gaza OR israel -sport is:unread since:2d
    "exact phrase" title:election feed:spiegel folder:World author:"Jane Doe"

Pure: nothing here reads the clock, the network or a file; a compiled query is text and
parameters that the store runs (with the functions of `SQL_FUNCTIONS` registered).
"""

from ekreader.core.query.compile import Compiled, Cutter, compile_query
from ekreader.core.query.errors import QueryError
from ekreader.core.query.nodes import (
    FLAGS,
    And,
    Contains,
    Day,
    Duration,
    Flag,
    Node,
    Not,
    Or,
    Phrase,
    Time,
    Word,
    walk,
)
from ekreader.core.query.parser import MAX_DEPTH, MAX_TERMS, parse
from ekreader.core.query.textmatch import SQL_FUNCTIONS

__all__ = [
    "FLAGS",
    "MAX_DEPTH",
    "MAX_TERMS",
    "SQL_FUNCTIONS",
    "And",
    "Compiled",
    "Contains",
    "Cutter",
    "Day",
    "Duration",
    "Flag",
    "Node",
    "Not",
    "Or",
    "Phrase",
    "QueryError",
    "Time",
    "Word",
    "compile_query",
    "parse",
    "walk",
]
