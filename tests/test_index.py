"""Nearest-neighbour search: exact below a size, an HNSW graph above, saved and mapped back; the pairs of neighbours."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from kg87.model.errors import SettingsError
from kg87.similarity.embeddings import nearest
from kg87.similarity.index import INDEX_FILE, IndexSettings, VectorIndex, neighbours

SMALL_LIMIT = IndexSettings(exact_limit=100)  # an HNSW graph above 100 rows


def _vectors(n: int, seed: int, dim: int = 32) -> np.ndarray:
    """Unit vectors around a few dozen topics, as statements of one genre are."""
    rng = np.random.default_rng(seed)
    topics = rng.standard_normal((40, dim))
    vectors = (topics[rng.integers(0, 40, n)] + 0.7 * rng.standard_normal((n, dim))).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def _recall(found: list[list[int]], truth: list[list[int]]) -> float:
    return float(np.mean([len(set(f) & set(t)) / len(t) for f, t in zip(found, truth)]))


def test_below_the_limit_search_is_exact():
    vectors = _vectors(80, 1)
    index = VectorIndex.build(vectors, SMALL_LIMIT)
    assert not index.approximate
    assert index.search(vectors[3], 5, exclude=3) == nearest(vectors, vectors[3], 5, exclude=3)


def test_above_the_limit_an_hnsw_graph_finds_the_true_nearest_with_their_exact_scores():
    vectors = _vectors(3000, 2)
    index = VectorIndex.build(vectors, SMALL_LIMIT)
    assert index.approximate
    queries = range(0, 3000, 60)
    found = [index.search(vectors[q], 10, exclude=q) for q in queries]
    truth = [[row for row, _ in nearest(vectors, vectors[q], 10, exclude=q)] for q in queries]
    assert _recall([[row for row, _ in rows] for rows in found], truth) >= 0.95
    for q, rows in zip(queries, found):
        assert q not in {row for row, _ in rows} and len(rows) == 10
        assert [score for _, score in rows] == sorted((score for _, score in rows), reverse=True)
        assert all(score == pytest.approx(float(vectors[row] @ vectors[q]), abs=1e-6) for row, score in rows)


def test_a_whole_ranking_is_exact_even_with_a_graph():
    vectors = _vectors(500, 8)
    index = VectorIndex.build(vectors, SMALL_LIMIT)
    assert index.approximate and index.search(vectors[0], 500) == nearest(vectors, vectors[0], 500)


def test_a_saved_graph_is_mapped_back_for_the_same_vectors_only(tmp_path):
    vectors = _vectors(1000, 3)
    built = VectorIndex.build(vectors, SMALL_LIMIT)
    built.save(tmp_path)
    assert (tmp_path / INDEX_FILE).is_file()
    loaded = VectorIndex.load(tmp_path, vectors, SMALL_LIMIT)
    assert loaded.approximate and loaded.search(vectors[7], 10) == built.search(vectors[7], 10)
    assert VectorIndex.load(tmp_path, _vectors(1200, 4), SMALL_LIMIT) is None  # another build's vectors
    assert VectorIndex.load(tmp_path, vectors[:80], SMALL_LIMIT) is None  # searched exactly


def test_exact_search_saves_nothing(tmp_path):
    VectorIndex.build(_vectors(50, 5), SMALL_LIMIT).save(tmp_path)
    assert not list(tmp_path.iterdir())


def _brute_pairs(vectors: np.ndarray, k: int | None, min_score: float) -> set[tuple[int, int]]:
    products = vectors @ vectors.T
    np.fill_diagonal(products, -np.inf)
    n = len(vectors)
    if k is None:
        chosen = {(a, b) for a in range(n) for b in range(a + 1, n)}
    else:
        chosen = {tuple(sorted((a, int(b)))) for a in range(n) for b in np.argsort(-products[a])[:k]}
    return {(a, b) for a, b in chosen if products[a, b] >= min_score}


@pytest.mark.parametrize("k", [None, 1, 5])
def test_exact_neighbours_are_every_pair_or_each_rows_k_nearest_that_reach_the_least_score(k):
    vectors = _vectors(300, 6)
    first, second, scores = neighbours(vectors, k, 0.2, IndexSettings(block_floats=5000))  # several blocks
    assert np.all(first < second) and len(set(zip(first.tolist(), second.tolist()))) == len(first)
    assert set(zip(first.tolist(), second.tolist())) == _brute_pairs(vectors, k, 0.2)
    assert np.allclose(scores, np.einsum("ij,ij->i", vectors[first], vectors[second]), atol=1e-6)


def test_neighbours_from_the_graph_hold_most_of_the_exact_ones():
    vectors = _vectors(2000, 7)
    exact = _brute_pairs(vectors, 10, -1.0)
    first, second, scores = neighbours(vectors, 10, -1.0, SMALL_LIMIT)
    found = set(zip(first.tolist(), second.tolist()))
    assert len(found & exact) >= 0.95 * len(exact)
    assert np.allclose(scores, np.einsum("ij,ij->i", vectors[first], vectors[second]), atol=1e-6)


def test_an_empty_or_single_collection_has_no_neighbours():
    for n in (0, 1):
        first, second, scores = neighbours(np.zeros((n, 8), np.float32), 5, 0.0)
        assert len(first) == len(second) == len(scores) == 0


@pytest.mark.parametrize("name, value", [("exact_limit", 0), ("block_floats", -3), ("connectivity", 1.5),
                                         ("expansion_search", True)])
def test_index_settings_are_checked(name, value):
    with pytest.raises(SettingsError, match=name):
        IndexSettings(**{name: value})


def test_usearch_is_imported_only_above_the_limit_and_after_onnxruntime(tmp_path):
    """Importing usearch before onnxruntime crashes the process (the encoder then takes torch): a collection at or
    under the limit never imports usearch, one above imports onnxruntime first."""
    code = ("import sys, numpy as np\n"
            "from pathlib import Path\n"
            "from kg87.similarity.index import INDEX_FILE, IndexSettings, VectorIndex\n"
            "vectors = np.eye(8, dtype=np.float32)\n"
            f"folder = Path({str(tmp_path)!r})\n"
            "(folder / INDEX_FILE).write_bytes(b'')\n"
            "VectorIndex.build(vectors, IndexSettings(exact_limit=8)).save(folder)\n"
            "assert VectorIndex.load(folder, vectors, IndexSettings(exact_limit=8)) is None\n"
            "assert 'usearch' not in sys.modules and 'onnxruntime' not in sys.modules\n"
            "VectorIndex.build(vectors, IndexSettings(exact_limit=4))\n"
            "from kg87.similarity.encoder import _onnxruntime_usable\n"
            "order = list(sys.modules)\n"
            "assert order.index('onnxruntime') < order.index('usearch') and _onnxruntime_usable()\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
