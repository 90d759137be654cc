"""Themes of a statement: the contract's theme slugs, found by keyword in text and headings.

Each theme is either an *issue* (child labour, trafficking, supply chains, …) or a *response*
(awareness raising, legal framework, labour inspection, …). The scheme, facets, labels,
definitions and keywords (English and French) live in
``data/themes.json``; the graph's SKOS theme scheme is generated from the same file.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Theme:
    slug: str
    facet: str  # "issue" (what Target 8.7 is about) or "response" (what is done about it)
    label: str
    label_fr: str
    definition: str
    keywords: tuple[str, ...]


@lru_cache(maxsize=1)
def load_themes() -> tuple[Theme, ...]:
    """The theme scheme, in the contract's order."""
    data = json.loads(resources.files("kg87.extract").joinpath("data", "themes.json").read_text(encoding="utf-8"))
    return tuple(
        Theme(t["slug"], t.get("facet", "issue"), t["label"], t.get("label_fr", ""), t["definition"],
              tuple(t.get("keywords", [])) + tuple(t.get("keywords_fr", [])))
        for t in data
    )


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
