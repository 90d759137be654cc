"""Pairwise duplicate probabilities of initiatives, held as pairs rather than as an n x n matrix above a size.

A :class:`ScoreModel` computes the features of any pair (:data:`~kg87.similarity.calibration.FEATURES`:
how alike their actions, their statements and their actors are) and the duplicate model's probability
from them, 1 within one joint statement. :class:`PairScores` holds a collection's probabilities: every
pair as one matrix while the collection is small (up to ``DuplicateSettings.all_pairs_limit``), else the
pairs of each initiative's nearest neighbours (:func:`kg87.similarity.index.neighbours`), any other
pair's computed from the model when asked.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

import numpy as np
from scipy.sparse import csr_matrix

from .calibration import FEATURES, PairModel

PAIR_CHUNK = 65_536  # pairs scored at once
_WORD = re.compile(r"[^\W\d_]{3,}|\d{4}")
STEM = 6  # a word is compared by its first letters: "ratify", "ratifying", "ratification" are one


def words(text: str) -> set[str]:
    """The words of a text as compared: lower case, without accents, cut to their first ``STEM`` letters, with
    the years (4 digits); words of fewer than three letters left out."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))
    return {w[:STEM] for w in _WORD.findall(plain)}


@dataclass(frozen=True)
class WordSets:
    """Sets of words, one per row, weighted by their rarity among the rows (inverse document frequency)."""

    weighted: csr_matrix  # rows x vocabulary: each word's weight where the row has it
    present: csr_matrix  # rows x vocabulary: 1 where the row has the word
    sizes: np.ndarray  # each row's total weight

    @classmethod
    def of(cls, sets: list[set[str]]) -> "WordSets":
        """The rows' sets as sparse matrices (scipy alone: scikit-learn's vectorizer would cost a second of imports
        on every build), each word weighted log((n + 1) / (df + 0.5))."""
        frequency = Counter(w for s in sets for w in s)
        vocabulary = {w: n for n, w in enumerate(sorted(frequency))}
        weight = np.array([math.log((len(sets) + 1) / (frequency[w] + 0.5)) for w in sorted(frequency)])
        rows = np.repeat(np.arange(len(sets)), [len(s) for s in sets])
        columns = np.array([vocabulary[w] for s in sets for w in sorted(s)], dtype=np.int64)
        shape = (len(sets), len(vocabulary))
        present = csr_matrix((np.ones(len(columns), np.float32), (rows, columns)), shape=shape)
        weighted = csr_matrix((weight[columns].astype(np.float32), (rows, columns)), shape=shape)
        return cls(weighted, present, np.asarray(weighted.sum(axis=1), dtype=np.float32).ravel())

    def overlap(self, first: np.ndarray, second: np.ndarray) -> np.ndarray:
        """The weighted share of words in common of each pair of rows (weighted Jaccard; 0 for two empty rows)."""
        shared = np.asarray(self.weighted[first].multiply(self.present[second]).sum(axis=1), np.float32).ravel()
        union = self.sizes[first] + self.sizes[second] - shared
        return np.divide(shared, union, out=np.zeros_like(shared), where=union > 0)


@dataclass(frozen=True)
class ScoreModel:
    """The duplicate probability of any pair of n initiatives, row-aligned."""

    model: PairModel
    vectors: np.ndarray  # (n, dim) float32: the statements' embeddings, unit length
    contextual: np.ndarray  # ... centred, common directions removed, unit length or zero
    actions: np.ndarray  # ... of their action words
    types: np.ndarray  # (n, action types): how much each is of each type, centred on its mean, unit length
    sentence_words: WordSets
    action_words: WordSets
    labels: dict[str, np.ndarray]  # per row: "verb", "action_type", "actor", "table", "language" ids (-1: none)
    specific: np.ndarray  # (n,) bool: the row's action type is a specific one
    national: np.ndarray  # (n,) bool: a country's initiative
    initiative: np.ndarray  # (n,) int: rows of one joint statement share a number

    def crossing(self, first: np.ndarray, second: np.ndarray) -> np.ndarray:
        """Whether each pair of rows is of two languages."""
        return self.labels["language"][first] != self.labels["language"][second]

    def features(self, first: np.ndarray, second: np.ndarray) -> np.ndarray:
        """The features of pairs of rows (pairs x :data:`FEATURES`), float32; a pair of two languages has its word
        features imputed by the model (:meth:`PairModel.impute`)."""
        def cosine(vectors: np.ndarray) -> np.ndarray:
            return np.einsum("ij,ij->i", vectors[first], vectors[second])

        def same(name: str) -> np.ndarray:
            ids = self.labels[name]
            return (ids[first] == ids[second]) & (ids[first] >= 0)

        same_type = same("action_type")
        columns = {
            "action": cosine(self.actions), "action_words": self.action_words.overlap(first, second),
            "same_verb": same("verb"), "sentence": cosine(self.vectors), "context": cosine(self.contextual),
            "words": self.sentence_words.overlap(first, second), "action_types": cosine(self.types),
            "same_action_type": same_type,
            "same_specific_type": same_type & self.specific[first],
            "different_scale": self.national[first] != self.national[second],
            "same_actor": same("actor"), "same_table": same("table")}
        features = np.column_stack([np.asarray(columns[name], dtype=np.float32) for name in FEATURES])
        crossing = self.crossing(first, second)
        if crossing.any():
            features[crossing] = self.model.impute(features[crossing])
        return features

    def pair_values(self, first: np.ndarray, second: np.ndarray) -> np.ndarray:
        """The probabilities of pairs of rows, one per pair (1 within a joint statement)."""
        first, second = np.asarray(first, np.int64), np.asarray(second, np.int64)
        values = np.zeros(len(first), dtype=np.float32)
        for start in range(0, len(first), PAIR_CHUNK):
            part = slice(start, start + PAIR_CHUNK)
            values[part] = self.model.probabilities(self.features(first[part], second[part]))
        values[self.initiative[first] == self.initiative[second]] = 1.0
        return values

    def block(self, rows: np.ndarray | None = None) -> np.ndarray:
        """The probabilities among ``rows`` (all rows when None) as a new square float32 matrix (1 on its
        diagonal)."""
        rows = np.arange(len(self.vectors)) if rows is None else np.asarray(rows, dtype=np.int64)
        upper_first, upper_second = np.triu_indices(len(rows), k=1)
        scores = np.eye(len(rows), dtype=np.float32)
        values = self.pair_values(rows[upper_first], rows[upper_second])
        scores[upper_first, upper_second] = values
        scores[upper_second, upper_first] = values
        return scores

    def joint_pairs(self) -> tuple[np.ndarray, np.ndarray]:
        """Every pair of rows of one joint statement (first < second)."""
        groups: dict[int, list[int]] = {}
        for row, key in enumerate(self.initiative.tolist()):
            groups.setdefault(key, []).append(row)
        pairs = [(a, b) for rows in groups.values() if len(rows) > 1 for n, a in enumerate(rows) for b in rows[n + 1:]]
        return (np.array([a for a, _ in pairs], dtype=np.int64), np.array([b for _, b in pairs], dtype=np.int64))


@dataclass
class PairScores:
    """The probabilities of n rows: every pair as a matrix, or the pairs held (``first`` < ``second``) and a
    model."""

    matrix: np.ndarray | None = None  # every pair, when the collection is small
    model: ScoreModel | None = None  # any pair, when only some are held
    first: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    second: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    values: np.ndarray = field(default_factory=lambda: np.zeros(0, np.float32))

    def __post_init__(self) -> None:
        if (self.matrix is None) == (self.model is None):
            raise ValueError("pair scores need either every pair's score or a model of them")

    @property
    def size(self) -> int:
        return len(self.matrix) if self.matrix is not None else len(self.model.contextual)

    def pairs(self, least: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The pairs held whose score is at least ``least``: rows (first < second) and scores, row-major."""
        if self.matrix is not None:
            first, second = np.nonzero(np.triu(self.matrix >= least, k=1))
            return first, second, self.matrix[first, second]
        reached = self.values >= least
        return self.first[reached], self.second[reached], self.values[reached]

    def block(self, rows: list[int] | np.ndarray) -> np.ndarray:
        """The scores among ``rows``, as a new square matrix in their order."""
        if self.matrix is not None:
            return self.matrix[np.ix_(rows, rows)]
        return self.model.block(np.asarray(rows))

    def __getitem__(self, pair: tuple[int, int]) -> float:
        """The score of one pair of rows."""
        a, b = pair
        if self.matrix is not None:
            return float(self.matrix[a, b])
        return float(self.model.block(np.array([a, b]))[0, 1])
