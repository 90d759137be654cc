"""Interventions: who said or asked what at a meeting, one row per speaker turn.

A sentence whose subject is an organisation, a country, a meeting role ("the Chair", "the
Secretariat") or a pronoun standing for the last speaker, followed by a speech verb
("mentioned", "asked", "suggested", ...), opens a turn; later sentences of the paragraph in
which the same speaker (or "she", "they") speaks again belong to it until another speaker
takes the floor. The quote is the whole paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator

from kg87.model.document import Document
from kg87.model.gazetteer import load_gazetteer
from kg87.model.records import Actor, Mention, Provenance, Statement, statement_id

from .registry import Context, extractor
from .speakers import speaker_before, speech_verbs
from .text import redact_emails, sentences
from .themes import themes_of


@dataclass
class _Turn:
    speaker_id: str
    speaker_label: str
    sentences: list[str] = field(default_factory=list)


def meeting_of(document: Document) -> str:
    """The meeting a report is about: its title up to the first dash, comma or colon."""
    return re.split(r"\s+[–—-]\s+|,|:", document.title, maxsplit=1)[0].strip()


@extractor("interventions", needs=("mention",), produces=("intervention",))
def interventions(context: Context) -> Iterator[Statement]:
    """The speaker turns of a document."""
    document = context.document
    by_block: dict[str, list[Mention]] = {}
    for m in context.get("mention"):
        by_block.setdefault(m.block_id, []).append(m)
    meeting = meeting_of(document)
    last_speaker: tuple[str, str] | None = None
    for block in document.blocks():
        if block.kind == "heading":
            continue
        turns, last_speaker = _turns(sentences(block.text), by_block.get(block.id, []), last_speaker)
        for turn in turns:
            text = redact_emails(" ".join(turn.sentences))
            kind, _, ident = turn.speaker_id.partition(":")
            yield Statement(
                id=statement_id("intervention", document.sha256, block.page, text, turn.speaker_id),
                type="intervention", actor=Actor(kind, ident, turn.speaker_label), text=text,
                themes=themes_of(text), attributes={"meeting": meeting},
                provenance=Provenance(document.name, block.page, redact_emails(block.text), block.bbox,
                                      confidence=0.7, rule="speaker-speech-verb"),
            )


def _turns(texts: list[str], named: list[Mention], last_speaker: tuple[str, str] | None
           ) -> tuple[list[_Turn], tuple[str, str] | None]:
    """The speaker turns of a paragraph's sentences, and the last speaker after it."""
    verb = speech_verbs()
    turns: list[_Turn] = []
    for sentence in texts:
        speaker = speaker_before(sentence, verb, named, last_speaker)
        if speaker and (not turns or not _same_speaker(turns[-1].speaker_id, speaker[0])):
            turns.append(_Turn(*speaker))
        if turns and speaker:  # the turn's text is what the speaker is said to say; the quote keeps the rest
            turns[-1].sentences.append(sentence)
        if speaker:
            last_speaker = speaker
    return turns, last_speaker


def _same_speaker(current: str, new: str) -> bool:
    """The same speaker, or a national body followed by its country ("DFID suggested ... The UK asked")."""
    if current == new:
        return True
    kind, _, ident = current.partition(":")
    organisation = load_gazetteer().organisations.get(ident) if kind == "organisation" else None
    return bool(organisation and organisation.country and new == f"country:{organisation.country}")
