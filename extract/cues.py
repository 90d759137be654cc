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

from kg87.records import CommitmentRecord, statement_id

from .document import Document
from .entities import Mention, redact_emails
from .events import document_year, parse_date
from .gazetteer import Gazetteer, load_gazetteer
from .interventions import speaker_before, speech_verbs
from .statements import target_year
from .themes import themes_of

_CUES = [  # (pattern, kind); the first that matches a sentence decides its kind
    (re.compile(r"\b(ratif\w*|a\s+ratifié|ont\s+ratifié)", re.I), "ratification"),
    (re.compile(r"\b(pledged|pledges?\s+to|pledging|committing\s+to\s+fund|s'engage\w*\s+à\s+financer)\b", re.I),
     "pledge"),
    (re.compile(r"\b(commit(?:s|ted|ting)?\s+to|undert(?:ake|akes|ook)\s+to|s'engage\w*\s+à|"
                r"s'est\s+engagée?\s+à)\b", re.I), "plan"),
    (re.compile(r"\bwill\s+(?!be\s+(?:held|organi[sz]ed))(?:\w+ly\s+)?(release|launch|adopt|develop|publish|"
                r"establish|organi[sz]e|fund|support|host|present|confirm|provide|implement|hold)\b", re.I), "plan"),
]
_ADJACENT = re.compile(r"^\s*(?:\([^)]*\))?\s*(?:,\s*[^,]{0,60},\s*)?(?:also|further|then|again)?\s*(?:for\s+)?$")
_POSSESSIVE = re.compile(r"\b(its|his|her|their|sa|son|leur)\s+(?:\w+\s+){0,2}$", re.I)
_LIST_GLUE = re.compile(r"^\s*(?:,|and|&|et|,\s*and)\s*$")
_NEXT_STEPS_INTRO = re.compile(r"\bnext\s+steps?\b[^:]*:\s*$|\bprochaines\s+étapes\b[^:]*:\s*$", re.I)
_ROLE_COUNTRY = [
    re.compile(r"\bchaired\s+by\s+(?:the\s+)?([A-Z][\w'’ -]{2,40}?)(?=[\s,.;:]|$)"),
    re.compile(r"\bChair\s*\((?:from\s+\w+\s+to\s+)?([A-Z][\w'’ -]{2,40}?)\)"),
    re.compile(r"\bwelcomed\s+([A-Z][\w'’ -]{2,40}?)\s+as\s+the\s+new\s+Chair"),
    re.compile(r"\bprésidée?\s+par\s+(?:la\s+|le\s+|l')?([A-ZÉ][\w'’ -]{2,40}?)(?=[\s,.;:]|$)"),
]
_SENTENCE = re.compile(r"(?<=[.;!?])\s+(?=[A-Z])")


def chair_country(document: Document, gazetteer: Gazetteer) -> str | None:
    """The country the document names as the meeting's Chair, if it does."""
    for block in document.blocks():
        for pattern in _ROLE_COUNTRY:
            for match in pattern.finditer(block.text):
                country = gazetteer.country(match.group(1).strip())
                if country:
                    return country.iso3
    return None


def cue_commitments(document: Document, mentions: Iterable[Mention], taken: set[tuple],
                    gazetteer: Gazetteer | None = None) -> Iterator[CommitmentRecord]:
    """Commitments stated in running text; blocks in ``taken`` ((page, bbox) of commitments found by
    structure) are skipped."""
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
        for sentence in _SENTENCE.split(block.text):
            speaker = speaker_before(sentence, verbs, named, last_speaker)
            if speaker:
                last_speaker = speaker
            if _NEXT_STEPS_INTRO.search(sentence) and (speaker or last_speaker):
                next_steps_of = speaker or last_speaker
                continue
            for pattern, kind in _CUES:
                match = pattern.search(sentence)
                if not match:
                    continue
                actors = _actors(sentence, match, named, speaker)
                if actors:
                    yield from _records(document, block, sentence, actors, kind, year, chair, gazetteer, "language-cue")
                break


def _actors(sentence: str, cue: re.Match, named: list[Mention],
            speaker: tuple[str, str] | None) -> list[tuple[str, str]]:
    """The actors of a cue: adjacent mention(s) before it, else the speaker (also for a possessive)."""
    before = sentence[: cue.start()]
    if _POSSESSIVE.search(before):
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
             chair: str | None, gazetteer: Gazetteer, rule: str) -> Iterator[CommitmentRecord]:
    text = redact_emails(text)
    deadline = target_year(text)
    if deadline is None:
        date, _ = parse_date(text, year)
        deadline = int(date[:4]) if date else None
    for ident, label in actors:
        kind_of_actor, _, key = ident.partition(":")
        if kind_of_actor == "role":
            if key != "chair" or not chair:
                continue
            kind_of_actor, key = "country", chair
        if kind_of_actor == "country":
            actor_type, actor_label = "country", gazetteer.countries[key].label
        else:
            organisation = gazetteer.organisations.get(key)
            actor_type, actor_label = "organisation", organisation.label if organisation else label
        yield CommitmentRecord(
            id=statement_id("commitment", document.sha256, block.page, text, key),
            actor_type=actor_type, actor_id=key, actor_label=actor_label, text=text, themes=themes_of(text),
            kind=kind, target_year=deadline, document=document.name, page=block.page,
            quote=redact_emails(block.text), bbox=block.bbox, section=block.heading_path, confidence=0.6, rule=rule,
        )
