"""One event per name and date: the mentions of one event fold into one record.

A mention undated, or dated less precisely (a month of the same day), folds into the one dated more
precisely. Names are compared by their words, marks aside ("Workshop (Tonga)", "Tonga workshop"), and two
unnamed events of one kind on one day are one ("the validation workshop", "a national workshop" on 21 March);
names of two countries ("Workshop (Tonga)", "Workshop (Samoa)") or whose ordinals differ
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

from .event_names import ROMAN, event_heads

SAME_EVENT = 90  # token_set_ratio of two names of one event
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_ORDINAL = re.compile(r"\b(\d+)(?:st|nd|rd|th|e|er|re|ème|º|°|a|o)\b", re.IGNORECASE)  # 15th, 3e, 2ème, 5º


def keep(found: dict[str, Event], event: Event) -> None:
    """Add an event to those found by name and date, or fold it into the one it names again."""
    date = event.start_date or ""
    same = [k for k, e in found.items() if (_same_name(e.label, event.label) or _one_kind_one_day(e, event))
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


def _one_kind_one_day(a: Event, b: Event) -> bool:
    """Two unnamed events (no capitalised word but the first) of one country, named by one and the same event
    noun ("validation workshop", "national workshop"), on one day, at no two places."""
    day = len(a.start_date or "") == len("2025-01-01") and a.start_date == b.start_date
    kinds = {_heads(name) for name in (a.label, b.label)}
    places = {e.location for e in (a, b) if e.location}
    return day and len(kinds) == 1 and len(next(iter(kinds))) == 1 and len(places) <= 1 and _unnamed(a.label) \
        and _unnamed(b.label) and _countries(a.label) == _countries(b.label)


def _heads(name: str) -> frozenset[str]:
    """The event nouns of a name, by its words."""
    return frozenset(w.lower() for w in _WORD.findall(name)) & event_heads()


def _unnamed(name: str) -> bool:
    """Whether no word of a name but its first is capitalised (a country in brackets aside)."""
    words = _WORD.findall(name.split("(")[0])
    return not any(w[:1].isupper() for w in words[1:])


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
