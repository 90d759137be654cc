"""Who speaks in a sentence: the actor right before a speech verb ("ITUC mentioned …", "The Chair asked …").

Shared by the interventions extractor (speaker turns) and the commitments found by language
(a commitment without an actor of its own belongs to the sentence's speaker).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg87.model.records import Mention

from .lexicon import lexicon

_GAP = re.compile(r"^\s*(?:\([^)]*\))?\s*(?:,\s*[^,]{0,60},\s*)?(?:(?:a|ont)\s+)?"
                  r"(?:also|further|then|again|briefly|également|aussi|ensuite)?\s*$")
_PRONOUN = re.compile(r"\b(she|he|they|it)\s*$", re.I)


@lru_cache(maxsize=1)
def speech_verbs() -> re.Pattern:
    """The speech verbs of the lexicon as one pattern."""
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
