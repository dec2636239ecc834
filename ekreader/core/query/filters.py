"""A filter of the killfile: a query and what to do to the articles it matches (pure)."""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass
from typing import Literal, get_args

from ekreader.core.query.nodes import Node

Action = Literal["hide", "read", "star", "breaking"]
ACTIONS: tuple[Action, ...] = get_args(Action)
"""hide: in no list, count or search (`headlines --hidden` shows them); read, star: mark;
breaking: flag as breaking news (the reason names the filter)."""


@dataclass(frozen=True, slots=True)
class Filter:
    """One [[filters]] table: what `query` matches gets `action` as it arrives."""

    query: str
    action: Action
    node: Node = dataclasses.field(compare=False, repr=False)
    """The query, parsed (when the config was read)."""

    @property
    def fingerprint(self) -> str:
        """Stands for this filter in the cache (which filters were applied to it)."""
        text = f"{self.action}\x00{self.query}".encode("utf-8", "replace")
        return hashlib.blake2b(text, digest_size=8).hexdigest()
