"""Pathfinder status of countries: interest expressed, workshop held, workshop scheduled.

A status is read from a sentence or list that states it ("Formal expressions of interest
have been received by 15 countries: ...", a slide list under "Upcoming workshops"), or from
a country's own announcement ("announced the intention of France to explore seeking
pathfinder status"). Lists are taken as complete: a country in an interest list but not in
the list of workshops held has held none, and one that held its workshop has none scheduled.
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator

from kg87.model.document import Block, Document
from kg87.model.records import Mention, Provenance, StatusFact

from .registry import Context, extractor
from .text import redact_personal, sentences

_CLAUSE = r"(?:[^.;]|\.(?=\d)){0,60}"  # up to 60 characters within a sentence ("Alliance 8.7" included)
_INTEREST = re.compile(
    r"(expressions?|manifestations?)\s+of\s+interest|expressed\s+(?:their\s+|an\s+)?interest|"
    rf"intention\b{_CLAUSE}\bpathfinder|committed\s+to\s+becom\w+\s+pathfinder|"
    rf"manifestations?\s+d'intérêt|intention\b{_CLAUSE}\bpays\s+pionnier", re.I)
_SCHEDULED = re.compile(
    rf"(upcoming|scheduled|planned|forthcoming|à\s+venir|prévus?)\b{_CLAUSE}\b(workshops?|ateliers?)|"
    rf"\b(workshops?|ateliers?)\b{_CLAUSE}\b(scheduled|planned|prévus?|programmés?)\b", re.I)
_HELD = re.compile(
    rf"\b(workshops?|ateliers?)\b{_CLAUSE}\b(held|convened|conducted|organi[sz]ed|tenus?|organisés?)\b|"
    rf"\b(have|has)\s+convened\b{_CLAUSE}\bworkshops?", re.I)


def cue(text: str) -> str | None:
    """The status a sentence or heading speaks of, if any (scheduled before held: both name workshops)."""
    if _INTEREST.search(text):
        return "pathfinder_interest"
    if _SCHEDULED.search(text):
        return "workshop_scheduled"
    if _HELD.search(text):
        return "workshop_held"
    return None


@extractor("pathfinder-status", needs=("mention",), produces=("status",))
def pathfinder_status(context: Context) -> Iterator[StatusFact]:
    """Pathfinder status facts stated in the document."""
    yield from status_facts(context.document, context.get("mention"))


def status_facts(document: Document, mentions: Iterable[Mention]) -> Iterator[StatusFact]:
    """Pathfinder status facts stated in a document whose country mentions are given."""
    countries_by_block: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.kind == "country":
            countries_by_block.setdefault(m.block_id, []).append(m)
    for block in document.blocks():
        named = countries_by_block.get(block.id, [])
        if not named or block.kind == "heading":
            continue
        heading_status = cue(block.section[-1]) if block.section else None
        for sentence in sentences(block.text):
            in_sentence = sorted({m.id for m in named if m.surface in sentence.replace("’", "'")})
            status = cue(sentence) or heading_status
            if not status or not in_sentence:
                continue
            source = "list" if len(in_sentence) >= 3 or heading_status else "statement"
            for iso3 in in_sentence:
                yield _fact(document, block, iso3, status, source, sentence)


def _fact(document: Document, block: Block, iso3: str, status: str, source: str, sentence: str) -> StatusFact:
    page, bbox, _, quote = block.printed(sentence)
    return StatusFact(iso3, status, source, block.id, Provenance(document.name, page, redact_personal(quote), bbox))
