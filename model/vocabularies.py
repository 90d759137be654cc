"""The two SKOS schemes kg87 ships: themes (what a statement is about) and action types (what it does).

``data/themes.json`` holds the contract's theme slugs, each an *issue* (child labour,
trafficking, supply chains, …) or a *response* (awareness raising, legal framework, …), with
labels, a definition and keywords in English and French. ``data/actions.json`` holds the
action types duplicate detection compares initiatives by, with keywords in Spanish too. The
extractor, the similarity views and the graph's SKOS schemes all read these files.
"""

from __future__ import annotations

import json
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


@dataclass(frozen=True)
class ActionType:
    slug: str
    label: str
    label_fr: str
    definition: str
    generic: bool  # how something is done (training, partnerships, …) rather than what
    keywords: tuple[str, ...]


def _data(name: str):
    return json.loads(resources.files("kg87.model").joinpath("data", name).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def load_themes() -> tuple[Theme, ...]:
    """The theme scheme, in the contract's order."""
    return tuple(
        Theme(t["slug"], t.get("facet", "issue"), t["label"], t.get("label_fr", ""), t["definition"],
              tuple(t.get("keywords", [])) + tuple(t.get("keywords_fr", [])))
        for t in _data("themes.json")
    )


@lru_cache(maxsize=1)
def load_actions() -> tuple[ActionType, ...]:
    """The action-type scheme, in file order."""
    return tuple(
        ActionType(a["slug"], a["label"], a.get("label_fr", ""), a["definition"], bool(a.get("generic")),
                   tuple(a.get("keywords", [])) + tuple(a.get("keywords_fr", [])) + tuple(a.get("keywords_es", [])))
        for a in _data("actions.json")
    )


def action_label(slug: str) -> str:
    """The English label of an action-type slug ("" for none or an unknown slug)."""
    return next((a.label for a in load_actions() if a.slug == slug), "")
