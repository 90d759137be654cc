"""From each document's extractor outputs to the build's records.

Countries and organisations become one row each across the build, with their mention count,
(an organisation that only a statement names, by its proper name, too)
their first mention as provenance (one whose quote lost no e-mail address, where there is
one) and, for countries, the pathfinder status every document states. Statements and events
are kept once per id, statements ordered by type (in registration order), then document.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Iterable

from kg87.model.gazetteer import load_gazetteer
from kg87.model.records import (CountryRecord, DocumentInfo, FoundOrganisation, Mention, OrganisationRecord,
                                PATHFINDER_STATUSES, Records, StatusFact)
from kg87.model.types import statement_types

from .text import EMAIL_REMOVED, PHONE_REMOVED



@dataclass
class Extraction:
    """What one document yields: its description and its extractors' records by slot (cached)."""

    document: DocumentInfo
    outputs: dict[str, list] = field(default_factory=dict)

    def get(self, slot: str) -> list:
        return self.outputs.get(slot, [])


def assemble(extractions: list[Extraction]) -> Records:
    """Combine per-document extractions into one set of records with build-wide counts."""
    records = Records(documents=[e.document for e in extractions])
    first: dict[tuple[str, str], Mention] = {}
    counts: dict[tuple[str, str], int] = {}
    for extraction in extractions:
        named = {(m.kind, m.id) for m in extraction.get("mention")}
        extraction.document.countries = sorted(i for k, i in named if k == "country")
        extraction.document.organisations = sorted(i for k, i in named if k == "organisation")
        for m in extraction.get("mention"):
            key = (m.kind, m.id)
            counts[key] = counts.get(key, 0) + 1
            if key not in first or _redacted(first[key].provenance.quote):
                first[key] = m
    learned = {o.id: o for e in extractions for o in e.get("organisation")}
    status = resolve(f for e in extractions for f in e.get("status"))
    for (kind, ident), count in sorted(counts.items()):
        where = first[(kind, ident)].provenance
        if kind == "country":
            records.countries.append(_country(ident, count, where, status.get(ident, {})))
        else:
            records.organisations.append(_organisation(ident, count, where, learned))
    seen: set[str] = set()
    for statement_type in statement_types():
        for extraction in extractions:
            for statement in extraction.get(statement_type.name):
                if statement.id not in seen:
                    seen.add(statement.id)
                    records.statements.append(statement)
    for extraction in extractions:
        for event in extraction.get("event"):
            if event.id not in seen:
                seen.add(event.id)
                records.events.append(event)
    records.organisations += _unlisted_actors(records)
    _label_pages(records)
    return records


def _label_pages(records: Records) -> None:
    """Give every record's provenance the number printed on its page, where the reader found one."""
    labels = {d.name: d.page_labels for d in records.documents}
    for record in [*records.statements, *records.countries, *records.organisations, *records.events]:
        where = record.provenance
        label = labels.get(where.document, {}).get(where.page, "")
        if label != where.page_label:
            record.provenance = replace(where, page_label=label)


def _redacted(quote: str) -> bool:
    """Whether personal data was taken out of a quote (another mention of the same name is a better source)."""
    return EMAIL_REMOVED in quote or PHONE_REMOVED in quote


def _unlisted_actors(records: Records) -> list[OrganisationRecord]:
    """Organisations that statements name (a company by its proper name) but no mention listed."""
    known = {o.id for o in records.organisations}
    out: dict[str, OrganisationRecord] = {}
    for s in records.statements:
        if s.actor.type == "organisation" and s.actor.id not in known:
            if s.actor.id in out:
                out[s.actor.id].mentions += 1
            else:
                out[s.actor.id] = OrganisationRecord(s.actor.id, s.actor.label, "", "other", "", s.provenance, 1)
    return sorted(out.values(), key=lambda o: o.id)


def _country(iso3: str, count: int, where, status: dict) -> CountryRecord:
    c = load_gazetteer().countries[iso3]
    return CountryRecord(c.iso3, c.label, c.iso2, c.m49, where, mentions=count, **status)


def _organisation(ident: str, count: int, where, learned: dict[str, FoundOrganisation]) -> OrganisationRecord:
    known = load_gazetteer().organisations.get(ident)
    if known:
        return OrganisationRecord(ident, known.label, known.acronym, known.type, known.country, where, count)
    o = learned[ident]
    return OrganisationRecord(ident, o.label, o.acronym, o.type, o.country, where, count)


def resolve(facts: Iterable[StatusFact]) -> dict[str, dict[str, bool | None]]:
    """Per country, the three status columns: true where stated, false where a complete list implies it."""
    facts = list(facts)
    stated: dict[str, set[str]] = {}
    listed_interest: set[str] = set()
    for f in facts:
        stated.setdefault(f.iso3, set()).add(f.status)
        if f.status == "pathfinder_interest" and f.source == "list":
            listed_interest.add(f.iso3)
    held_list = any(f.status == "workshop_held" and f.source == "list" for f in facts)
    out: dict[str, dict[str, bool | None]] = {}
    for iso3, statuses in stated.items():
        row: dict[str, bool | None] = {s: (True if s in statuses else None) for s in PATHFINDER_STATUSES}
        if held_list and row["workshop_held"] is None and (iso3 in listed_interest or row["workshop_scheduled"]):
            row["workshop_held"] = False
        if row["workshop_held"] and row["workshop_scheduled"] is None:
            row["workshop_scheduled"] = False
        out[iso3] = row
    return out
