"""Action types: what kind of response an initiative takes.

Themes say what a statement is about; an action type says what it proposes to *do*:
inspect workplaces, run a survey, raise awareness, revise laws, ratify a convention, …
The scheme lives in ``kg87/model/data/actions.json`` (labels in English and French, keywords
in English, French and Spanish, one definition each; :mod:`kg87.model.vocabularies` reads it).
Generic types — capacity building, partnerships, coordination, action plans, monitoring,
funding — say how something is done rather than what, so two statements of a generic type
overlap only when their wording is close.

A statement's primary action type is the one whose keywords it uses most; the
embedding of the statement against the embedding of each type's definition breaks
ties and near-ties (:func:`type_scores`: ``keyword_counts`` + ``definition_weight`` × cosine).
A statement that uses no keyword of any type has no action type. The scores of all types
compare two statements' kinds of action softly (the duplicate model's ``action_types``).
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from kg87.model.vocabularies import load_actions


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, ...]:
    out = []
    for action in load_actions():
        words = sorted({k.lower() for k in action.keywords}, key=len, reverse=True)
        alternatives = "|".join(re.escape(w).replace(r"\ ", r"[\s-]+") for w in words)
        out.append(re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])"))
    return tuple(out)


def keyword_counts(texts: list[str]) -> np.ndarray:
    """How many keywords of each action type every text uses (texts × types)."""
    rows = [[len(p.findall(text.lower().replace("’", "'"))) for p in _patterns()] for text in texts]
    return np.array(rows, dtype=np.float32).reshape(len(texts), len(_patterns()))


def type_scores(texts: list[str], vectors: np.ndarray, definition_vectors: np.ndarray,
                definition_weight: float = 2.0) -> np.ndarray:
    """How much each text is of each action type (texts × types): its keywords of the type, plus
    ``definition_weight`` × the cosine of its embedding with the type's definition.

    ``vectors`` and ``definition_vectors`` are unit-length embeddings of the texts and of the types'
    definitions, in ``load_actions()`` order.
    """
    return (keyword_counts(texts) + definition_weight * (vectors @ definition_vectors.T)).astype(np.float32)


def primary_actions(texts: list[str], scores: np.ndarray) -> list[str]:
    """The primary action-type slug of each text, from its :func:`type_scores` ("" when it uses no action
    keyword)."""
    if not len(texts):
        return []
    used = keyword_counts(texts).sum(axis=1) > 0
    slugs = [a.slug for a in load_actions()]
    return [slugs[int(best)] if use else "" for best, use in zip(scores.argmax(axis=1), used)]
