"""The action parts of a statement: what it proposes to do, read from spaCy's parse of its own text.

Two statements of one action are often worded apart ("Zembla will ratify the Protocol by mid-2031",
"Ratify the Protocol on forced labour") and two of different actions alike (every
statement of the genre is about child labour or forced labour). The action words
(:func:`kg87.extract.frames.action_words`) leave out who acts, when and where, so the duplicate model
(:mod:`kg87.similarity.pairs`) compares the action on its own. A statement is parsed alone, in its own
language, the same way whether it comes from a document or from an answer key.
"""

from __future__ import annotations

from kg87.model.records import ActionParts, Statement

INITIATIVES = ("commitment", "proposal")  # the statement types whose action a build reads


def attach_action_parts(outputs: dict[str, list]) -> None:
    """Give each commitment and proposal among an extraction's outputs its action parts."""
    statements = [s for slot in INITIATIVES for s in outputs.get(slot, []) if isinstance(s, Statement)]
    for statement, parts in zip(statements, action_parts([s.text for s in statements])):
        statement.action_parts = parts


def action_parts(texts: list[str]) -> list[ActionParts]:
    """The action parts of each text, parsed in its own language (one batch per language)."""
    from .nlp import CONTINUED, analysis_text, detect_language, pipeline

    by_language: dict[str, list[int]] = {}
    for row, text in enumerate(texts):
        by_language.setdefault(detect_language(text), []).append(row)
    parts: list[ActionParts | None] = [None] * len(texts)
    for language, rows in sorted(by_language.items()):
        nlp = pipeline(language)
        one_unit = [name for name in nlp.pipe_names if name == CONTINUED]  # a statement is one unit already
        docs = nlp.pipe((analysis_text(texts[row]) for row in rows), disable=one_unit)
        for row, doc in zip(rows, docs):
            parts[row] = _parts(doc, language)
    return parts


def no_parts(text: str) -> ActionParts:
    """The parts of a statement left unparsed: none, in the language of its words."""
    from .nlp import detect_language

    return ActionParts("", (), "", detect_language(text))


def _parts(doc, language: str) -> ActionParts:
    """The parts of the statement's longest sentence (a statement is mostly one)."""
    from .frames import action_words, frame

    sentences = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    if not sentences or not len(doc):
        return ActionParts("", (), "", language)
    span = max(sentences, key=len)
    found = frame(span)
    words, actions = action_words(span, found), found.actions
    return ActionParts(" ".join(t.text for t in words), tuple(t.lemma_.lower() for t in words),
                       actions[0].lemma_.lower() if actions else "", language)
