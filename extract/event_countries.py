"""Whose an unnamed event is, by country: the country a list item opens with, its clause's subject, or the
country of its section's heading; and how that country is written into the event's name.

A document about one country (its title names that country alone: "Tonga – Pathfinder roadmap") leaves that
country out of its events' names, as its own text does ("the national validation workshop"); a document about
several names each event's country ("National validation workshop (Tonga)").
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg87.model.gazetteer import load_gazetteer

from .event_names import Phrase, event_heads, is_event_head
from .event_owners import clause_subject
from .lexicon import lexicon


def countries_of(span) -> list:
    """The country names of a span (not an event noun that is also a place's name: "Réunion")."""
    return [e for e in span.ents if e.ent_id_.startswith("country:") and not any(is_event_head(t) for t in e)]


def item_country(sentence) -> str:
    """The country a list item is about, when it opens with it: "Tonga: workshop held …", "Bhutan – …"."""
    first = next(iter(countries_of(sentence)), None)
    after = sentence.doc[first.end] if first is not None and first.end < len(sentence.doc) else None
    opens = first is not None and first.start == sentence.start and after is not None and after.text in ":-–—"
    return as_label(first) if opens else ""


def linked_country(sentence, phrase: Phrase) -> str:
    """The country an event belongs to by the grammar of its sentence: the item's country, else the subject."""
    subject = clause_subject(phrase.head)
    by_subject = [e for e in countries_of(sentence) if subject is not None and e.start <= subject.i < e.end]
    return item_country(sentence) or (as_label(by_subject[0]) if by_subject else "")


def as_label(entity) -> str:
    """A country's name as written, or its label for a name in capitals."""
    country = load_gazetteer().countries.get(entity.ent_id_.split(":", 1)[1])
    return country.label if country and entity.text.isupper() else entity.text


@lru_cache(maxsize=4096)
def heading_country(heading: str) -> str:
    """The country a heading is about: the country its first words name ("TONGA", "TONGA Country brief"), as
    written (its label when written in capitals)."""
    words = re.findall(r"[^\W\d_][\w'’.-]*", heading)
    if not words or words[0].lower() in event_heads():
        return ""  # "Réunion du Groupe …" is a meeting
    for n in range(min(6, len(words)), 0, -1):
        written = " ".join(words[:n])
        country = load_gazetteer().country(written)
        if country:
            return country.label if written.isupper() else written
    return ""


def section_country(headings: list[str]) -> str:
    """The country of the nearest heading above that is a country's ("CENTRAL AFRICAN REPUBLIC")."""
    return next((c for c in map(heading_country, reversed(headings)) if c), "")


def title_country(docs: list) -> str:
    """The one country a document's title names (its parsed parts `docs`), or "" when it names none or several."""
    found = {e.ent_id_: as_label(e) for doc in docs for e in countries_of(doc[:])}
    return next(iter(found.values())) if len(found) == 1 else ""


def same_country(a: str, b: str) -> bool:
    """Whether two written names are one country ("Viet Nam", "Vietnam")."""
    if not a or not b:
        return False
    first, second = load_gazetteer().country(a), load_gazetteer().country(b)
    return first is not None and second is not None and first.iso3 == second.iso3


def qualified(phrase: Phrase, country: str, own: str = "") -> str:
    """An unnamed event's name with whom it belongs to: its owner, else its country, unless that is the
    document's `own` country and the name says more than its head ("National validation workshop")."""
    if phrase.owner:
        names = lexicon()["owned_name"]
        pattern = names.get(phrase.head.lang_) or names["en"]
        label = pattern.format(owner=phrase.owner, event=f"{phrase.label[:1].lower()}{phrase.label[1:]}",
                               Event=phrase.label)
        return label[:1].upper() + label[1:]
    return with_country(phrase.label, country if phrase.generic else "", own, phrase.bare)


def with_country(label: str, country: str, own: str = "", bare: bool = False) -> str:
    """A name followed by its country in brackets, when the name lacks it and the country is not the
    document's own (a bare head keeps it: "Workshop (Tonga)")."""
    if not country or country.lower() in label.lower() or (not bare and same_country(country, own)):
        return label
    return f"{label} ({country})"
