"""One event per name and date: the mentions of one event fold into one record.

A mention undated, or dated less precisely (a month of the same day), folds into the one dated more
precisely. Names are compared by their words, marks aside ("Workshop (Tonga)", "Tonga workshop"); names
of two countries ("Workshop (Tonga)", "Workshop (Samoa)") or whose ordinals differ
("15th GCG meeting", "17th GCG meeting") are two events.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from kg87.model.gazetteer import load_gazetteer
from kg87.model.records import Event

from .event_names import ROMAN

SAME_EVENT = 90  # token_set_ratio of two names of one event
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_ORDINAL = re.compile(r"\b(\d+)(?:st|nd|rd|th|e|er|re|ème|º|°|a|o)\b", re.IGNORECASE)  # 15th, 3e, 2ème, 5º


def keep(found: dict[str, Event], event: Event) -> None:
    """Add an event to those found by name and date, or fold it into the one it names again."""
    date = event.start_date or ""
    same = [k for k, e in found.items() if _same_name(e.label, event.label)
            and _same_date(e.start_date or "", date) and not _other_edition(e.label, event.label)]
    if not same:
        found[f"{event.label.lower()} {date}"] = event
    elif len(date) > len(found[same[0]].start_date or ""):
        del found[same[0]]
        found[f"{event.label.lower()} {date}"] = event
    elif event.location and not found[same[0]].location:
        found[same[0]] = replace(found[same[0]], location=event.location)


def _same_name(a: str, b: str) -> bool:
    """Names of one event: alike in their words, and not of two countries ("Workshop (Tonga)" and "Workshop
    (Samoa)" are two)."""
    countries = [_countries(name) for name in (a, b)]
    return fuzz.token_set_ratio(a, b, processor=default_process) >= SAME_EVENT and not (
        countries[0] - countries[1] and countries[1] - countries[0])


@lru_cache(maxsize=4096)
def _countries(name: str) -> frozenset[str]:
    """The countries a name names, by a word or two of it ("Tonga", "Sri Lanka")."""
    words = _WORD.findall(name)
    found = (load_gazetteer().country(" ".join(words[i:i + n])) for n in (1, 2) for i in range(len(words)))
    return frozenset(country.label for country in found if country)


def _other_edition(a: str, b: str) -> bool:
    """Whether two names number two editions by their ordinals: "15th GCG meeting" and "17th GCG meeting", "XVIII
    Reunión" and "XIX Reunión"."""
    numbers = [_ORDINAL.findall(name) + [w for w in name.split() if ROMAN.fullmatch(w)] for name in (a, b)]
    return all(numbers) and numbers[0] != numbers[1]


def _same_date(a: str, b: str) -> bool:
    """Dates of one event: equal at the coarser precision of the two, or one left out."""
    return a.startswith(b) or b.startswith(a)
