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
from typing import Iterable, Iterator

from kg87.records import InterventionRecord, statement_id

from .document import Document
from .entities import Mention, lexicon, redact_emails
from .gazetteer import load_gazetteer
from .themes import themes_of
from .text import sentences

_GAP = re.compile(r"^\s*(?:\([^)]*\))?\s*(?:,\s*[^,]{0,60},\s*)?(?:(?:a|ont)\s+)?"
                  r"(?:also|further|then|again|briefly|également|aussi|ensuite)?\s*$")
_PRONOUN = re.compile(r"\b(she|he|they|it)\s*$", re.I)


@dataclass
class _Turn:
    speaker_id: str
    speaker_label: str
    sentences: list[str] = field(default_factory=list)


def meeting_of(document: Document) -> str:
    """The meeting a report is about: its title up to the first dash, comma or colon."""
    return re.split(r"\s+[–—-]\s+|,|:", document.title, maxsplit=1)[0].strip()


def interventions(document: Document, mentions: Iterable[Mention]) -> Iterator[InterventionRecord]:
    """The speaker turns of a document."""
    verb = speech_verbs()
    by_block: dict[str, list[Mention]] = {}
    for m in mentions:
        by_block.setdefault(m.block_id, []).append(m)
    meeting = meeting_of(document)
    last_speaker: tuple[str, str] | None = None
    for block in document.blocks():
        if block.kind == "heading":
            continue
        turns: list[_Turn] = []
        for sentence in sentences(block.text):
            speaker = speaker_before(sentence, verb, by_block.get(block.id, []), last_speaker)
            if speaker and (not turns or not _same_speaker(turns[-1].speaker_id, speaker[0])):
                turns.append(_Turn(*speaker))
            if turns and speaker:  # the turn's text is what the speaker is said to say; the quote keeps the rest
                turns[-1].sentences.append(sentence)
            if speaker:
                last_speaker = speaker
        for turn in turns:
            text = redact_emails(" ".join(turn.sentences))
            yield InterventionRecord(
                id=statement_id("intervention", document.sha256, block.page, text, turn.speaker_id),
                speaker_id=turn.speaker_id, speaker_label=turn.speaker_label, meeting=meeting, text=text,
                themes=themes_of(text), document=document.name, page=block.page, quote=redact_emails(block.text), bbox=block.bbox,
                confidence=0.7, rule="speaker-speech-verb",
            )


def _same_speaker(current: str, new: str) -> bool:
    """The same speaker, or a national body followed by its country ("DFID suggested ... The UK asked")."""
    if current == new:
        return True
    kind, _, ident = current.partition(":")
    organisation = load_gazetteer().organisations.get(ident) if kind == "organisation" else None
    return bool(organisation and organisation.country and new == f"country:{organisation.country}")


def speech_verbs() -> re.Pattern:
    return re.compile(rf"\b({'|'.join(lexicon()['speech_verbs'])})\b")


def speaker_before(sentence: str, verb: re.Pattern, named: list[Mention],
                   last_speaker: tuple[str, str] | None, gap: re.Pattern = _GAP) -> tuple[str, str] | None:
    """(id, label) of the actor right before the first match of ``verb`` in the sentence, or None.

    The actor is a mention, a meeting role or a pronoun (standing for ``last_speaker``)
    separated from the verb by at most a parenthesis, an apposition or "also".
    """
    match = verb.search(sentence)
    if not match:
        return None
    before = sentence[: match.start()]
    candidates: list[tuple[int, str, str]] = []  # (end position, id, label)
    for m in named:
        at = before.rfind(m.surface)
        if at >= 0:
            candidates.append((at + len(m.surface), f"{m.kind}:{m.id}", m.surface))
    for role, label in lexicon()["speaker_roles"].items():
        for found in re.finditer(rf"\b{re.escape(role)}\b", before, re.I):
            candidates.append((found.end(), f"role:{label.lower()}", label))
    pronoun = _PRONOUN.search(before)
    if pronoun and last_speaker:
        candidates.append((pronoun.end(), *last_speaker))
    for end, ident, label in sorted(candidates, reverse=True):
        if gap.match(before[end:]):
            return ident, re.sub(r"^(the|The)\s+", "", label)
    return None
