"""The extractors' word lists (``data/lexicon.json``): speech verbs, meeting roles, organisation head words."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def lexicon() -> dict:
    return json.loads(resources.files("kg87.extract").joinpath("data", "lexicon.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def negation_words() -> frozenset[str]:
    """Words that deny the clause or the noun they modify, in the three languages."""
    return frozenset(lexicon()["negation"]["words"])
