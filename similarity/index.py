"""Nearest neighbours among unit vectors by inner product: exact with numpy up to a size, an HNSW graph above.

Exact search reads every vector for each query: about 8 ms at 100k rows on two cores, 135 ms at
1M (``bench/similarity.py``). Above ``IndexSettings.exact_limit`` rows a :class:`VectorIndex` keeps
an HNSW graph (usearch). At 1M clustered synthetic vectors on two busy cores, on a graph built with
M=32 and efConstruction=64, a top-10 query took 1.7 ms median at efSearch=256 with recall@10 0.97
(faiss: 0.6 ms, 0.98), and recall stayed under 0.99 up to efSearch=1024 (usearch 0.98, faiss
0.986): the graph, not the search, limits it, so the default builds with efConstruction=128.
usearch is taken for what a reader pays: its saved graph is mapped from disk in 0.4 s where faiss
reads 1.5 GB in 6 s. Building the graph takes tens of minutes at 1M, so a build saves it beside
its vectors (:data:`INDEX_FILE`, in the build's manifest like every artefact) and a reader maps it.

:func:`neighbours` gives the pairs of the whole collection that are each row's nearest, the sparse
graph the duplicate detector clusters instead of an n x n matrix.
"""
from __future__ import annotations

from dataclasses import dataclass
from math import isqrt
from pathlib import Path

import numpy as np

from kg87.model.errors import SettingsError

INDEX_FILE = "index.usearch"


@dataclass(frozen=True)
class IndexSettings:
    """When search is exact, and how the HNSW graph is built and searched above that."""

    exact_limit: int = 100_000  # rows searched, and whose neighbours are found, exactly (numpy); an HNSW graph above
    connectivity: int = 32  # edges per node of the graph (HNSW's M)
    expansion_add: int = 128  # candidates weighed when adding a node (efConstruction)
    expansion_search: int = 256  # candidates weighed per query (efSearch)
    block_floats: int = 2 ** 25  # products held at once by exact neighbours (128 MiB of float32)

    def __post_init__(self) -> None:
        for name in ("exact_limit", "connectivity", "expansion_add", "expansion_search", "block_floats"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise SettingsError(f"index.{name} must be a whole number from 1, not {value!r}")


DEFAULT_INDEX_SETTINGS = IndexSettings()


class VectorIndex:
    """Top-k search over row-aligned unit vectors: exact, or through an HNSW graph of them."""

    def __init__(self, vectors: np.ndarray, graph=None, settings: IndexSettings = DEFAULT_INDEX_SETTINGS):
        self.vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        self.graph = graph
        self.settings = settings

    @classmethod
    def build(cls, vectors: np.ndarray, settings: IndexSettings = DEFAULT_INDEX_SETTINGS) -> "VectorIndex":
        """Exact search up to ``exact_limit`` rows; above, an HNSW graph built now (minutes at 1M rows)."""
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        return cls(vectors, _build_graph(vectors, settings) if len(vectors) > settings.exact_limit else None, settings)

    @property
    def approximate(self) -> bool:
        return self.graph is not None

    def search(self, query: np.ndarray, k: int, exclude: int | None = None) -> list[tuple[int, float]]:
        """The k rows most similar to the query, best first (ties: the lower row), ``exclude`` left out; exact when
        k is more than the graph weighs per query (a whole ranking)."""
        from .embeddings import nearest

        if self.graph is None or k > self.settings.expansion_search:
            return nearest(self.vectors, query, k, exclude)
        found = self.graph.search(np.asarray(query, dtype=np.float32), k + (exclude is not None)).keys
        rows = np.array([int(row) for row in found if row != exclude][:k], dtype=np.int64)
        scores = self.vectors[rows] @ np.asarray(query, dtype=np.float32)
        return sorted(((int(r), float(s)) for r, s in zip(rows, scores)), key=lambda pair: (-pair[1], pair[0]))

    def neighbours(self, k: int | None, min_score: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Pairs (first < second) where one is among the other's k nearest and their score is at least
        ``min_score``, with that score; every such pair when ``k`` is None (exact, whatever the size)."""
        if self.graph is None or k is None:
            return _exact_neighbours(self.vectors, k, min_score, self.settings.block_floats)
        n, count = len(self.vectors), min(k + 1, len(self.vectors))
        rows_per_block = max(1, self.settings.block_floats // (count * self.vectors.shape[1]))
        rows, found, scores = [], [], []
        for start in range(0, n, rows_per_block):
            queries = self.vectors[start:start + rows_per_block]
            keys = self.graph.search(queries, count).keys.astype(np.int64).reshape(len(queries), count)
            known = (keys >= 0) & (keys < n)
            products = np.einsum("ij,ikj->ik", queries, self.vectors[np.where(known, keys, 0)])
            rows.append(np.repeat(np.arange(start, start + len(queries)), count))
            found.append(keys.ravel())
            scores.append(np.where(known, products, -np.inf).ravel())
        return _pairs(np.concatenate(rows), np.concatenate(found), np.concatenate(scores), n, min_score)

    def save(self, folder: Path) -> None:
        """Write the HNSW graph into ``folder`` (nothing for exact search)."""
        if self.graph is not None:
            self.graph.save(str(Path(folder) / INDEX_FILE))

    @classmethod
    def load(cls, folder: Path, vectors: np.ndarray,
             settings: IndexSettings = DEFAULT_INDEX_SETTINGS) -> "VectorIndex | None":
        """The HNSW graph saved in ``folder`` for these vectors, mapped from disk; None when there is none for them
        (usearch is imported only then)."""
        path = Path(folder) / INDEX_FILE
        if len(vectors) <= settings.exact_limit or not path.is_file():
            return None
        graph = _usearch_index().restore(str(path), view=True)
        if graph is None or len(graph) != len(vectors) or graph.ndim != vectors.shape[1]:
            return None
        graph.expansion_search = settings.expansion_search
        return cls(vectors, graph, settings)


def neighbours(vectors: np.ndarray, k: int | None, min_score: float,
               settings: IndexSettings = DEFAULT_INDEX_SETTINGS) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The sparse nearest-neighbour graph of a collection (:meth:`VectorIndex.neighbours`): exact and
    deterministic up to ``exact_limit`` rows (every product, a block of rows at a time: about as fast as building
    a graph at 100k rows), from an HNSW graph above."""
    index = VectorIndex.build(vectors, settings) if k is not None else VectorIndex(vectors, settings=settings)
    return index.neighbours(k, min_score)


def _usearch_index():
    """usearch's ``Index``, imported only for a collection above the exact-search limit, and after onnxruntime:
    usearch's wheel carries its own copy of the C++ runtime, and onnxruntime imported after it crashes the process
    (the encoder then falls back to sentence-transformers, :mod:`kg87.similarity.encoder`)."""
    try:
        import onnxruntime  # noqa: F401 (imported first on purpose, see above)
    except ImportError:
        pass
    from usearch.index import Index

    return Index


def _build_graph(vectors: np.ndarray, settings: IndexSettings):
    graph = _usearch_index()(ndim=vectors.shape[1], metric="ip", dtype="f32", connectivity=settings.connectivity,
                  expansion_add=settings.expansion_add, expansion_search=settings.expansion_search)
    graph.add(np.arange(len(vectors), dtype=np.uint64), vectors)
    return graph


def _exact_neighbours(vectors: np.ndarray, k: int | None, min_score: float,
                      block_floats: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Exact :meth:`VectorIndex.neighbours`, a block of rows' products at a time."""
    n = len(vectors)
    rows_per_block = max(1, block_floats // max(n, 1))
    rows, found, scores = [np.zeros(0, np.int64)], [np.zeros(0, np.int64)], [np.zeros(0, np.float32)]
    for start in range(0, n, rows_per_block):
        products = vectors[start:start + rows_per_block] @ vectors.T
        block = np.arange(start, start + len(products))
        products[block - start, block] = -np.inf
        if k is None or k >= n - 1:
            row, column = np.nonzero(np.triu(products >= min_score, k=start + 1))
        elif k > 0:
            row, column = _top_k(products, k)
        else:
            continue
        rows.append(row + start)
        found.append(column)
        scores.append(products[row, column])
    return _pairs(np.concatenate(rows), np.concatenate(found), np.concatenate(scores), n, min_score)


def _top_k(products: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Rows and columns of each row's k largest products (of equal ones, the first), without partitioning whole
    rows: the k-th largest of a row's chunk maxima is at most its k-th largest product, so few pass it."""
    rows, n = products.shape
    width = max(1, min(isqrt(n), n // k))  # at least k chunks
    maxima = np.maximum.reduceat(products, np.arange(0, n, width), axis=1)
    least = np.partition(maxima, maxima.shape[1] - k, axis=1)[:, maxima.shape[1] - k]
    row, column = np.nonzero(products >= least[:, None])
    order = np.lexsort((column, -products[row, column], row))
    row, column = row[order], column[order]
    starts = np.flatnonzero(np.r_[True, row[1:] != row[:-1]])
    rank = np.arange(len(row)) - np.repeat(starts, np.diff(np.r_[starts, len(row)]))
    return row[rank < k], column[rank < k]


def _pairs(rows: np.ndarray, found: np.ndarray, scores: np.ndarray, n: int,
           min_score: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The distinct pairs (first < second, row-major) of these row–neighbour pairs scoring at least ``min_score``,
    each row left out of its own."""
    keep = (found != rows) & (found >= 0) & (found < n) & (scores >= min_score)
    first, second = np.minimum(rows[keep], found[keep]), np.maximum(rows[keep], found[keep])
    key, where = np.unique(first * n + second, return_index=True)
    return key // n, key % n, scores[keep][where].astype(np.float32)
