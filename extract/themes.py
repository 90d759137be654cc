"""Themes of a statement: the contract's theme slugs, found by keyword in its text and headings.

The scheme, its facets, labels, definitions and keywords (English and French) live in
``kg87/model/data/themes.json`` (:mod:`kg87.model.vocabularies`); the graph's SKOS theme
scheme is generated from the same file.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg87.model.vocabularies import load_themes


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern], ...]:
    out = []
    for theme in load_themes():
        words = sorted({k.lower() for k in theme.keywords}, key=len, reverse=True)
        alternatives = "|".join(re.escape(w).replace(r"\ ", r"[\s-]+") for w in words)
        out.append((theme.slug, re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")))
    return tuple(out)


def themes_of(text: str, *context: str) -> list[str]:
    """Theme slugs whose keywords occur in the text or in its context (headings, column titles)."""
    haystack = " \n ".join((text, *context)).lower().replace("’", "'")
    return [slug for slug, pattern in _patterns() if pattern.search(haystack)]
