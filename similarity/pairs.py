"""Pairwise overlap scores of initiatives, held as pairs rather than as an n x n matrix above a size.

A :class:`ScoreModel` computes the exact score of any pair: the contextual cosine, less a penalty
between a country's initiative and an international one, and 1 within one joint statement.
:class:`PairScores` holds a collection's scores: every pair as one matrix while the collection is
small (up to ``DuplicateSettings.all_pairs_limit``, the figures a dense run gives, bit for bit), else
the pairs of each initiative's nearest neighbours (:func:`kg87.similarity.index.neighbours`), any
other pair's score computed from the model when asked.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

CHUNK_ROWS = 2048  # rows multiplied at once when scoring a block of a large collection
PAIR_CHUNK = 65_536  # pairs scored at once (two rows of vectors each)


@dataclass(frozen=True)
class ScoreModel:
    """The exact score of any pair of n initiatives, row-aligned."""

    contextual: np.ndarray  # (n, dim) float32, unit length or zero
    national: np.ndarray  # (n,) bool: a country's initiative
    initiative: np.ndarray  # (n,) int: rows of one joint statement share a number
    penalty: float  # between a national initiative and an international one

    def block(self, rows: np.ndarray | None = None) -> np.ndarray:
        """The scores among ``rows`` (all rows when None) as a new square float32 matrix, a chunk of rows at a time
        when rows are given."""
        if rows is None:
            every = np.arange(len(self.contextual))
            return self._adjust(self.contextual @ self.contextual.T, every, every)
        rows = np.asarray(rows, dtype=np.int64)
        vectors = self.contextual[rows]
        scores = np.empty((len(rows), len(rows)), dtype=np.float32)
        for start in range(0, len(rows), CHUNK_ROWS):
            part = slice(start, start + CHUNK_ROWS)
            scores[part] = self._adjust(vectors[part] @ vectors.T, rows[part], rows)
        return scores

    def _adjust(self, products: np.ndarray, rows: np.ndarray, columns: np.ndarray) -> np.ndarray:
        """Contextual cosines of rows x columns made scores: the penalty of different scales, 1 within a joint
        statement."""
        products -= self.penalty * (self.national[rows][:, None] != self.national[columns][None, :])
        products[self.initiative[rows][:, None] == self.initiative[columns][None, :]] = 1.0
        return products

    def pair_values(self, first: np.ndarray, second: np.ndarray) -> np.ndarray:
        """The scores of pairs of rows, one per pair."""
        cosine = np.zeros(len(first), dtype=np.float32)
        for start in range(0, len(first), PAIR_CHUNK):
            part = slice(start, start + PAIR_CHUNK)
            cosine[part] = np.einsum("ij,ij->i", self.contextual[first[part]], self.contextual[second[part]])
        scores = (cosine - self.penalty * (self.national[first] != self.national[second])).astype(np.float32)
        scores[self.initiative[first] == self.initiative[second]] = 1.0
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
    """The scores of n rows: every pair as a matrix, or the pairs held (``first`` < ``second``) and a model."""

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
