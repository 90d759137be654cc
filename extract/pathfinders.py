"""Pathfinder status of countries: interest expressed, workshop held, workshop scheduled.

A status is read from a sentence or list that states it ("Formal expressions of interest
have been received by 15 countries: ...", a slide list under "Upcoming workshops"), from
a country's own announcement ("announced the intention of France to explore seeking
pathfinder status"), or from the parse of a sentence that describes a country as a pathfinder
(in apposition, "Peru, a pathfinder country of the Alliance, …", "les pays pionniers (le Niger
et le Togo)"; as a copula's subject, "Nepal is a pathfinder"), which implies the interest. Lists
are taken as complete: a country in an interest list but not in the list of workshops held has
held none, and one that held its workshop has none scheduled.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator

from kg87.model.document import Block, Document
from kg87.model.records import Mention, Provenance, StatusFact

from .frames import SUBJECTS
from .lexicon import lexicon, negation_words
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
    yield from described_pathfinders(context.document, context.analysis, context.get("mention"))


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


MODIFIERS = ("compound", "amod", "nmod", "acl")  # how the word for a pathfinder modifies a noun, in the three models


def described_pathfinders(document: Document, analysis, mentions: Iterable[Mention]) -> Iterator[StatusFact]:
    """Interest facts of the countries a sentence's parse describes as pathfinders."""
    blocks = {b.id: b for b in document.blocks()}
    for mention in mentions:
        block, doc = blocks.get(mention.block_id), analysis.doc(mention.block_id)
        if mention.kind != "country" or mention.start < 0 or block is None or doc is None:
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and described_as_pathfinder(span.root):
            yield _fact(document, block, mention.id, "pathfinder_interest", "statement", span.sent.text)


def described_as_pathfinder(country) -> bool:
    """Whether the parse makes a country's token a pathfinder: in apposition to the genre's word for one (or a
    noun it modifies), the subject of a copula whose attribute is one, or one of a list in apposition to it."""
    token = country
    while True:
        if token is not country and _names_pathfinder(token):
            return True
        if any(c.dep_ == "appos" and _names_pathfinder(c) for c in token.children):
            return True
        if token.dep_ in SUBJECTS and _attribute_is_pathfinder(token.head):
            return True
        if token.dep_ not in ("conj", "appos") or token.head is token:
            return False
        token = token.head


def _attribute_is_pathfinder(predicate) -> bool:
    """A copular predicate, not denied, whose attribute names a pathfinder ("is a pathfinder country")."""
    if any(c.dep_ == "neg" or c.lower_ in negation_words() for c in predicate.children):
        return False
    copular = _names_pathfinder(predicate) and any(c.dep_ == "cop" for c in predicate.children)
    return copular or any(c.dep_ == "attr" and _names_pathfinder(c) for c in predicate.children)


def _names_pathfinder(token) -> bool:
    """A noun that is, or is modified by, the genre's word for a pathfinder, or a partitive of such nouns ("one
    of the first pathfinder countries", "l'un des pays pionniers")."""
    if _pathfinder_noun(token):
        return True
    whole = [g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    whole += [c for c in token.children if c.dep_ == "nmod"]
    return token.pos_ in ("NUM", "PRON") and any(_pathfinder_noun(n) for n in whole)


def _pathfinder_noun(token) -> bool:
    return _is_pathfinder_word(token) or any(_is_pathfinder_word(c) for c in token.children if c.dep_ in MODIFIERS)


def _is_pathfinder_word(token) -> bool:
    terms = _pathfinder_terms()
    return any(word in terms or word.removesuffix("s") in terms for word in (token.lower_, token.lemma_.lower()))


@lru_cache(maxsize=1)
def _pathfinder_terms() -> frozenset[str]:
    return frozenset(lexicon()["pathfinder_terms"])


def _fact(document: Document, block: Block, iso3: str, status: str, source: str, sentence: str) -> StatusFact:
    page, bbox, _, quote = block.printed(sentence)
    return StatusFact(iso3, status, source, block.id, Provenance(document.name, page, redact_personal(quote), bbox))
