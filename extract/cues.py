"""Commitments found by language: an actor that commits, pledges, ratifies, undertakes or will act.

The actor is the country, organisation or meeting role right before the cue ("Ireland …
ratification", "the consortium of ILO, UNICEF, IOM, OECD will release" — every co-actor of
a list), the organisation thanked "for committing to …", or else the sentence's speaker; a
possessive ("its recent ratification") points to the speaker too. A meeting role (the
Chair) is the country the document names in that role ("chaired by France"). A list
introduced by "the next steps … were:" holds the next steps of the last speaker.
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator

from kg87.model.document import Document
from kg87.model.gazetteer import Gazetteer, load_gazetteer
from kg87.model.records import Actor, Mention, Provenance, Statement

from .dates import document_year, parse_date, target_year
from .lexicon import lexicon
from .registry import Context, extractor
from .speakers import speaker_before, speech_verbs
from .statements import commitment
from .text import redact_emails, sentences
from .themes import themes_of

_APOSTROPHE = "['’]"
_FUTURE_FR = (r"(?:publier|lancer|adopter|financer|organiser|élaborer|renforcer|créer|présenter|mettr|étendr|"
              r"soutiendr|appuier)(?:a|ont|ait|aient)")
_CUES = [  # (pattern, kind): each cue of a sentence gives its own commitment
    (re.compile(r"\b(ratif\w*|a\s+ratifié|ont\s+ratifié)", re.I), "ratification"),
    (re.compile(rf"\b(pledged|pledges?\s+to|pledging|committing\s+to\s+fund|s{_APOSTROPHE}engage\w*\s+à\s+financer)\b",
                re.I), "pledge"),
    (re.compile(rf"\b(commit(?:s|ted|ting)?\s+to(?!\s+fund)|undert(?:ake|akes|ook)\s+to|agreed\s+to|"
                rf"s{_APOSTROPHE}(?:est\s+)?engag\w*\s+à|prévoi(?:t|ent)\s+de)\b", re.I), "plan"),
    (re.compile(r"\b(?:will|would)\s+(?!be\s+(?:held|organi[sz]ed)|take\s+place)(?:\w+ly\s+)?(?:be\s+)?"
                r"(release|launch|adopt|develop|publish|establish|organi[sz]e|fund|support|host|present|confirm|"
                r"provide|implement|hold|circulate|extend|create|finance)(?:d|ed)?\b", re.I), "plan"),
    (re.compile(rf"\b{_FUTURE_FR}\b", re.I), "plan"),
]
_ADJACENT = re.compile(r"^\s*(?:\([^)]*\))?\s*(?:,\s*[^,]{0,60},\s*)?(?:also|further|then|again|également|aussi)?\s*"
                       r"(?:for\s+|a\s+|ont\s+)?$")
_POSSESSIVE = re.compile(r"\b(its|his|her|their|sa|son|leur)\s+(?:\w+\s+){0,2}$", re.I)
_PRONOUN = re.compile(r"\b(it|he|she|they|il|elle|ils|elles)\s+(?:\w+\s+)?$", re.I)
_LIST_GLUE = re.compile(rf"^\s*(?:,|and|&|et|,\s*and)\s*(?:the\s+|l{_APOSTROPHE}|le\s+|la\s+)?$")
_NEXT_STEPS_INTRO = re.compile(r"\bnext\s+steps?\b[^:]*:\s*$|\bprochaines\s+étapes\b[^:]*:\s*$", re.I)
_ROLE_COUNTRY = [
    re.compile(r"\bchaired\s+by\s+(?:the\s+)?([A-Z][\w'’ -]{2,40}?)(?=[\s,.;:]|$)"),
    re.compile(r"\bChair\s*\((?:from\s+\w+\s+to\s+)?([A-Z][\w'’ -]{2,40}?)\)"),
    re.compile(r"\bwelcomed\s+([A-Z][\w'’ -]{2,40}?)\s+as\s+the\s+new\s+Chair"),
    re.compile(r"\bprésidée?\s+par\s+(?:la\s+|le\s+|l')?([A-ZÉ][\w'’ -]{2,40}?)(?=[\s,.;:]|$)"),
]


def chair_country(document: Document, gazetteer: Gazetteer) -> str | None:
    """The country the document names as the meeting's Chair, if it does."""
    for block in document.blocks():
        for pattern in _ROLE_COUNTRY:
            for match in pattern.finditer(block.text):
                country = gazetteer.country(match.group(1).strip())
                if country:
                    return country.iso3
    return None


@extractor("commitments.language", needs=("mention", "commitment"), produces=("commitment",))
def language_commitments(context: Context) -> Iterator[Statement]:
    """Commitments stated in running text; blocks that already hold a commitment are skipped."""
    taken = {(c.provenance.page, c.provenance.bbox) for c in context.get("commitment")}
    yield from cue_commitments(context.document, context.get("mention"), taken)


def cue_commitments(document: Document, mentions: Iterable[Mention], taken: set[tuple],
                    gazetteer: Gazetteer | None = None) -> Iterator[Statement]:
    """Commitments stated in running text; blocks in ``taken`` ((page, bbox)) are skipped."""
    gazetteer = gazetteer or load_gazetteer()
    by_block: dict[str, list[Mention]] = {}
    for m in mentions:
        by_block.setdefault(m.block_id, []).append(m)
    chair = chair_country(document, gazetteer)
    year = document_year(document)
    verbs = speech_verbs()
    last_speaker: tuple[str, str] | None = None
    next_steps_of: tuple[str, str] | None = None
    for block in document.blocks():
        named = by_block.get(block.id, [])
        done = (block.page, tuple(block.bbox)) in taken
        if block.kind == "bullet" and next_steps_of and not done:
            yield from _records(document, block, block.text, [next_steps_of], "next-step", year, chair, gazetteer,
                                "next-steps-list")
            continue
        if block.kind != "bullet":
            next_steps_of = None
        if block.kind == "heading" or done:
            continue
        for sentence in sentences(block.text):
            subject = speaker_before(sentence, verbs, named, last_speaker) or _leading(sentence, named)
            if _PRONOUN.match(sentence) and last_speaker:
                subject = last_speaker  # "Il s'engage également à ..."
            if subject:
                last_speaker = subject
            if _NEXT_STEPS_INTRO.search(sentence) and last_speaker:
                next_steps_of = last_speaker
                continue
            for pattern, kind in _CUES:
                for match in pattern.finditer(sentence):
                    actors = _actors(sentence, match, named, subject)
                    if actors:
                        yield from _records(document, block, sentence, actors, kind, year, chair, gazetteer,
                                            "language-cue")
                        break


def _leading(sentence: str, named: list[Mention]) -> tuple[str, str] | None:
    """The mention a sentence opens with ("Viet Nam committed ...", "L'OIM et l'UNICEF ..."), if any."""
    opening = re.sub(rf"^(?:the|le|la|les|l{_APOSTROPHE})\s*", "", sentence.strip(), flags=re.I)
    for m in named:
        if opening.startswith(m.surface):
            return f"{m.kind}:{m.id}", m.surface
    return None


def _actors(sentence: str, cue: re.Match, named: list[Mention],
            speaker: tuple[str, str] | None) -> list[tuple[str, str]]:
    """The actors of a cue: adjacent mention(s) before it, else the sentence's subject (also for a
    possessive or a pronoun right before the cue)."""
    before = sentence[: cue.start()]
    if _POSSESSIVE.search(before) or _PRONOUN.search(before):
        return [speaker] if speaker else []
    placed = []
    for m in named:
        at = before.rfind(m.surface)
        if at >= 0:
            placed.append((at, at + len(m.surface), f"{m.kind}:{m.id}", m.surface))
    placed.sort()
    for i in range(len(placed) - 1, -1, -1):
        start, end, ident, label = placed[i]
        if _ADJACENT.match(before[end:]):
            actors = [(ident, label)]
            while i > 0 and _LIST_GLUE.match(before[placed[i - 1][1]:placed[i][0]]):
                i -= 1
                actors.insert(0, (placed[i][2], placed[i][3]))
            return actors
    return [speaker] if speaker else []


def _records(document: Document, block, text: str, actors: list[tuple[str, str]], kind: str, year: int | None,
             chair: str | None, gazetteer: Gazetteer, rule: str) -> Iterator[Statement]:
    text = redact_emails(text)
    deadline = target_year(text)
    if deadline is None:
        date, _ = parse_date(text, year)
        deadline = int(date[:4]) if date else None
    where = Provenance(document.name, block.page, redact_emails(block.text), block.bbox, block.heading_path, 0.6, rule)
    for ident, label in actors:
        actor = _resolve_actor(ident, label, chair, gazetteer)
        if actor:
            yield commitment(document.sha256, actor, text, where, kind=kind, target_year=deadline,
                             themes=themes_of(text))


def _resolve_actor(ident: str, label: str, chair: str | None, gazetteer: Gazetteer) -> Actor | None:
    """The country or organisation an actor id stands for; a meeting role becomes the one holding it."""
    kind, _, key = ident.partition(":")
    if kind == "role":
        role_organisation = lexicon()["role_organisations"].get(key)
        if key == "chair" and chair:
            kind, key = "country", chair
        elif role_organisation:
            kind, key = "organisation", role_organisation
        else:
            return None
    if kind == "country":
        return Actor("country", key, gazetteer.countries[key].label)
    organisation = gazetteer.organisations.get(key)
    return Actor("organisation", key, organisation.label if organisation else label)
