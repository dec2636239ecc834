"""The text tests a query needs beside the search index, as SQL functions (pure).

`author:`, `feed:` and `folder:` compare names as the index compares words: folded as
search_fold folds them, without the Latin accents SQLite's tokenizer removes, and in
lower case, so "muller" finds "Müller" and "καθημερινη" finds "Καθημερινή".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from ekreader.core.text.fold import search_fold
from ekreader.core.text.sanitize import clean_line

_WORD = re.compile(r"(?:[^\W_]|[\ue000-\uf8ff\U000f0000-\U0010fffd])+")
"""A token as SQLite's unicode61 cuts one: a run of letters, digits (str.isalnum) and
private-use characters (Co)."""
_ACCENTS = re.compile("[\u0300-\u036f]")
_LATIN_ACCENTED = re.compile("[\u00c0-\u024f\u1e00-\u1eff]")


@lru_cache(maxsize=1)
def _latin_plain() -> dict[str, str]:
    """Latin letters with diacritics -> the letters without (as SQLite's unicode61 with
    remove_diacritics folds them; search_fold leaves these to it)."""
    table: dict[str, str] = {}
    for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        plain = _ACCENTS.sub("", unicodedata.normalize("NFKD", chr(code)))
        if plain and plain != chr(code) and all(ord(c) < 0x250 for c in plain):
            table[chr(code)] = plain
    return table


def _plain(match: re.Match[str]) -> str:
    letter = match.group()
    return _latin_plain().get(letter, letter)


def norm(text: str) -> str:
    """Text folded as the index compares it: search_fold, Latin accents off, lower case."""
    text = search_fold(text)
    if not text.isascii():
        text = _LATIN_ACCENTED.sub(_plain, text)
    return text.lower()


def split_words(text: str) -> list[str]:
    """Cut text into tokens about where SQLite's unicode61 tokenizer does (runs of
    letters, digits and private-use characters), without folding it."""
    return _WORD.findall(text)


def contains_key(text: str) -> str:
    """What `ek_contains` looks for: `text` normalized, spaces single."""
    return " ".join(norm(clean_line(text)).split())


def contains(key: object, *texts: object) -> int:
    """1 when any of `texts`, normalized, holds `key` (see contains_key), else 0."""
    if not isinstance(key, str) or not key:
        return 0
    for text in texts:
        if isinstance(text, str) and key in " ".join(norm(text).split()):
            return 1
    return 0


def folder_key(text: str) -> str:
    """What `ek_folder` looks for: the folder names of `text`, normalized, '/'-joined."""
    return "/".join(part.strip() for part in contains_key(text).split("/") if part.strip())


def in_folder(key: object, folder: object) -> int:
    """1 when `folder` (a path "World/Europe") holds the names `key` one after another,
    whole names only: "World", "Europe" and "World/Europe" are in it, "Eur" is not."""
    if not isinstance(key, str) or not key or not isinstance(folder, str):
        return 0
    return int(f"/{key}/" in f"/{folder_key(folder)}/")


SQL_FUNCTIONS: tuple[tuple[str, int, Callable[..., int]], ...] = (
    ("ek_contains", -1, contains),
    ("ek_folder", 2, in_folder),
)
"""(name, number of arguments, function) for every function a compiled query calls: a
connection that runs compiled queries registers them (the Store does)."""
