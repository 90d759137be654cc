"""Who a statement may be by: every actor its grammar and its context offer, with the features a learned
ranker weighs.

The rules of :mod:`kg87.extract.actors` give one answer (the subject's, else the context's); the
genre has conventions they cannot all state — a roadmap's activity row is its country's even where a
partner is named in the row, a national body speaks for its country, a company named after its
country's people is itself. So each candidate carries all the actors on offer: those the owner,
subject and speaker name, the subject of an earlier sentence a pronoun or a dropped subject refers
to, the rules' answer, the list introduction's, the table row's, the heading's, the document's
country, the last actor resolved, those named earlier in the block, and the country of each national
body on offer. Each option's features are structural — where it comes from, its type, an
organisation's type and the stem of its head word ("minis", "offic", "assoc"), whether it is the
document's country — and a regression learned from the `dev` keys (`kg87 train`) ranks them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg87.model.gazetteer import load_gazetteer
from kg87.model.records import Actor

from .actors import Actors, third_person
from .frames import Frame
from .lexicon import lexicon
from .nlp import pipeline

STEM = 5  # letters of an organisation's head word kept: ministry, ministère, ministerio share "minis"
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class ActorOption:
    actor: Actor
    features: dict[str, float]


@dataclass(frozen=True)
class Offer:
    """What a candidate's grammar and context offer, before the options are made of it."""

    block: str
    frame: Frame
    section: list[str]
    intro: list[Actor]
    row: dict[Actor, str]  # the actors the other cells of a table row name, with those cells' column headers
    row_openers: frozenset[Actor]  # those that open their cell ("MoSD, IOM": not IOM)
    lead_unnamed: bool  # a cell of a lead column opens with a name no actor stands for ("MoSD, FUE, ILO")
    resolved: list[Actor]
    resolved_from: str
    last: list[Actor]
    before: list[Actor]  # named earlier in the same block, nearest last
    language: str


def actor_options(people: Actors, offer: Offer) -> list[ActorOption]:
    """Every actor on offer, once, with the features of every place it comes from."""
    found = offer.frame
    sources: list[tuple[str, Actor]] = []
    for name, span in (("owner", found.owner), ("subject", found.subject), ("speaker", found.speaker)):
        sources += [(name, a) for a in people.named(offer.block, span)]
    for name, span in (("speaker", found.speaker), ("subject", found.subject)):  # "She proposed that the EAC …"
        if span is not None and third_person(span.root):
            sources += [(f"{name}_antecedent", a) for a in people.antecedent(offer.block, span.root.sent, offer.section)]
    if found.speaker is None and found.head is not None:  # "Propuso que la reunión …"
        sources += [("dropped_antecedent", a) for a in people.dropped_speaker(offer.block, found, offer.section)]
    sources += [(f"resolved_{offer.resolved_from}", a) for a in offer.resolved]
    sources += [("intro", a) for a in offer.intro] + [("row", a) for a in offer.row]
    sources += [(f"column={w.lower()[:STEM]}", a) for a, header in offer.row.items() for w in _WORD.findall(header)]
    sources += [(f"column_role={column_role(header)}", a) for a, header in offer.row.items()]
    sources += [(f"row_opens={a in offer.row_openers}", a) for a in offer.row]
    sources += [("heading", a) for a in people.heading_actors(offer.section)]
    sources += [("last", a) for a in offer.last]
    sources += [("before", a) for a in offer.before[:-1]] + [("nearest", a) for a in offer.before[-1:]]
    if people.main_country:
        sources.append(("main", people.actor("country", people.main_country, "")))
        sources += [("main_lead_unnamed", sources[-1][1])] if offer.lead_unnamed else []
    sources += [("chair", people.chair) for a in offer.resolved if a.type == "role" and a.id == "chair"]
    sources += [(f"country_of_{name}", country) for name, a in list(sources)
                if (country := _country_of(people, a)) is not None]
    merged: dict[str, tuple[Actor, set[str]]] = {}
    for name, actor in sources:
        if actor is None or actor.type == "role":
            continue
        merged.setdefault(actor.key, (actor, set()))[1].add(name)
    return [ActorOption(actor, _features(people, actor, names, offer)) for actor, names in merged.values()]


def row_offer(people: Actors, row_spans: list) -> tuple[dict[Actor, str], frozenset[Actor], bool]:
    """What the other cells of a table row offer: the actors each names with its column header, those that open
    their cell (the first of "MoSD, IOM", not the partner "with the support of ILO"), and whether a cell of a lead
    column opens with a name no actor stands for (a national body's acronym: the document's country leads)."""
    row: dict[Actor, str] = {}
    openers, lead_unnamed = set(), False
    for header, span in row_spans:
        row.update({a: header for a in people.named("", span) if a not in row})
        first = next((t for t in span if not (t.is_punct or t.is_space or t.pos_ == "DET")), None)
        opening = next((e for e in span.ents if e.ent_id_ and e.start <= first.i < e.end), None) if first else None
        if opening is not None:
            openers.update(people.named("", opening))
        elif first is not None and column_role(header) == "lead" and _is_name(first):
            lead_unnamed = True
    return row, frozenset(openers), lead_unnamed


def _is_name(token) -> bool:
    """Whether a word is (part of) a name: an entity, a proper noun, or written with a capital inside ("MoSD")."""
    return bool(token.ent_type_) or token.pos_ == "PROPN" or any(c.isupper() for c in token.text[1:])


def _country_of(people: Actors, actor: Actor | None) -> Actor | None:
    if actor is None or actor.type != "organisation":
        return None
    country = _organisation(people, actor.id)[1]
    return people.actor("country", country, "") if country else None


def _organisation(people: Actors, ident: str) -> tuple[str, str]:
    """An organisation's type and country, from the gazetteer or the document (unknown: "unknown", "")."""
    known = load_gazetteer().organisations.get(ident)
    if known:
        return known.type, known.country
    learned = people.learned.get(ident)
    return (learned.type, learned.country) if learned else ("unknown", "")


def _features(people: Actors, actor: Actor, sources: set[str], offer: Offer) -> dict[str, float]:
    names = [f"src={s}" for s in sorted(sources)] + [f"type={actor.type}", f"sources={min(len(sources), 4)}",
                                                     f"pred={offer.frame.predicate}"]
    if actor.type == "organisation":
        org_type, country = _organisation(people, actor.id)
        names += [f"org_type={org_type}", f"org_head={head_word(actor.label, offer.language)[:STEM]}",
                  f"org_country={'main' if country and country == people.main_country else bool(country)}"]
        if actor.id not in load_gazetteer().organisations:  # a name the gazetteer does not know: its words tell
            names += sorted({f"org_word={w.lower()[:STEM]}" for w in _WORD.findall(actor.label) if len(w) > 2})
    else:
        names.append(f"main_country={actor.id == people.main_country}")
    pairs = [f"{s}&type={actor.type}" for s in sorted(sources)]
    return dict.fromkeys(names + pairs, 1.0)


@lru_cache(maxsize=1024)
def column_role(header: str) -> str:
    """What a column's bodies do for the row's action, by the lexicon's header words: "lead" (Responsible, Chef de
    file), "support" (Partners, Funding source, Apoyo) or "other"."""
    words = {w.lower() for w in _WORD.findall(header)}
    roles = lexicon()["column_roles"]
    return next((role for role in ("lead", "support") if words & set(roles[role])), "other")


@lru_cache(maxsize=4096)
def head_word(label: str, language: str) -> str:
    """The lemma of the head of an organisation's name, from its parse ("Office of the … Coordinator": office)."""
    doc = pipeline(language)(label)
    return doc[:].root.lemma_.lower() if len(doc) else ""
