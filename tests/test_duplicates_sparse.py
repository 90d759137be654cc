"""Duplicates from pairs instead of an n x n matrix: the same clusters as the dense run, in memory that grows with n."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from kg87.model.records import Actor, DuplicateReview, Provenance, Statement
from kg87.similarity.calibration import shipped_model
from kg87.similarity.duplicates import (DEFAULT_SETTINGS, ScoredInitiatives, average_linkage, find_duplicates,
                                        score_initiatives, score_model, similarity_edge)
from kg87.similarity.embeddings import Embeddings
from kg87.model.records import ActionParts
from kg87.similarity.networks import most_central, similarity_graph
from kg87.similarity.reviews import accepted_groups, apply_reviews, must_link

ACTIONS = ["labour-inspection", "data-research", "coordination", ""]  # two specific, two generic


def _statement(n: int, country: bool) -> Statement:
    text = "Invented initiative " + "".join(chr(ord("a") + int(d)) for d in f"{n:05d}")  # a word of its own
    actor = Actor("country", f"country-{n % 7}", f"Country {n % 7}") if country else \
        Actor("organisation", f"body-{n % 5}", f"Body {n % 5}")
    return Statement(f"c-{n:04d}", "commitment", actor, text, [], Provenance(f"doc-{n % 3}.pdf", 1 + n % 9, text),
                     {"kind": "priority"})


def _collection(n: int, seed: int, dim: int = 24) -> Embeddings:
    """Random unit vectors and action-type scores with planted groups of near-duplicates (a group shares its
    action type); the action words' vectors are the statements'."""
    rng = np.random.default_rng(seed)
    vectors = rng.standard_normal((n, dim)).astype(np.float32)
    types = rng.random((n, 20)).astype(np.float32)
    actions = [ACTIONS[i] for i in rng.integers(0, len(ACTIONS), n)]
    for start in range(0, n // 2, 5):
        size = int(rng.integers(2, 6))
        vectors[start:start + size] = vectors[start] + 0.3 * rng.standard_normal((size, dim))
        types[start:start + size] = types[start]
        actions[start:start + size] = [actions[start]] * size
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return _embeddings([_statement(i, bool(rng.integers(0, 2))) for i in range(n)], vectors, actions, types)


def _embeddings(statements: list[Statement], vectors: np.ndarray, actions: list[str],
                types: np.ndarray) -> Embeddings:
    parts = [ActionParts("", (), "", "en") for _ in statements]
    return Embeddings(statements, vectors, actions, parts, vectors, types)


def _dense(embeddings: Embeddings, settings=DEFAULT_SETTINGS) -> np.ndarray:
    """Every pair's probability, as one matrix."""
    return score_model(embeddings, list(range(len(embeddings.statements))), settings).block()


def _review(scored: ScoredInitiatives, a: int, b: int, duplicate: bool) -> DuplicateReview:
    first, second = sorted((scored.statements[a].id, scored.statements[b].id))
    return DuplicateReview(first, second, duplicate, "a.reviewer", "2026-01-01T00:00:00Z")


def _members(clusters) -> set[frozenset[str]]:
    return {frozenset(m.statement_id for m in c.members) for c in clusters}


def _dense_clusters(scored: ScoredInitiatives, matrix: np.ndarray, threshold: float | None) -> set[frozenset[str]]:
    """The clusters of average linkage over the whole matrix, reviews applied: the dense run."""
    linked = apply_reviews(scored.statements, matrix.copy(), scored.reviews)
    accepted = accepted_groups(scored.statements, scored.reviews)
    groups = average_linkage(linked, shipped_model().least(threshold))
    return {frozenset(scored.statements[r].id for r in g) for g in must_link(groups, accepted) if len(g) > 1}


CUT = 0.1  # a fixed least probability, below the defaults the dev keys have given (0.09 to 0.18 so far): the planted
# groups reach it whatever the refitted model makes of these random vectors


def _parts(matrix: np.ndarray, threshold: float | None) -> list[int]:
    """Sizes of the connected parts of the pairs that reach the cut."""
    _, labels = connected_components(coo_matrix(matrix >= shipped_model().least(threshold)), directed=False)
    return np.bincount(labels).tolist()


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("threshold", [None, 0.05, 0.3, 0.6])
def test_linkage_per_connected_part_gives_the_clusters_of_the_whole_matrix(seed, threshold):
    embeddings = _collection(240, seed)
    scored = score_initiatives(embeddings)
    rng = np.random.default_rng(seed)
    pairs = rng.integers(0, len(scored.statements), (12, 2))
    scored.reviews = [_review(scored, a, b, bool(n % 2)) for n, (a, b) in enumerate(pairs) if a != b]
    matrix = _dense(embeddings)
    settings = replace(DEFAULT_SETTINGS, threshold=threshold)
    assert _members(find_duplicates(scored, settings)) == _dense_clusters(scored, matrix, threshold)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_comparison_runs_linkage_on_several_parts(seed):
    assert sum(size > 1 for size in _parts(_dense(_collection(240, seed)), CUT)) > 1


def test_a_small_collection_keeps_the_figures_of_the_dense_run_bit_for_bit():
    embeddings = _collection(120, 4)
    scored = score_initiatives(embeddings)
    dense = _dense(embeddings)
    rows = [3, 17, 40, 41, 90]
    assert scored.scores.matrix is not None
    assert np.array_equal(scored.scores.block(rows), dense[np.ix_(rows, rows)])
    edge = similarity_edge()
    first, second = np.nonzero(np.triu(dense >= edge, k=1))
    graph = similarity_graph(scored.statements, scored.actions, scored.scores, edge)
    assert sorted(graph.edges) == sorted(zip(first.tolist(), second.tolist()))


def _neighbour_settings(neighbours: int):
    return replace(DEFAULT_SETTINGS, all_pairs_limit=50, neighbours=neighbours)


def test_above_the_limit_only_nearest_pairs_are_held_and_every_pair_is_still_scored_exactly():
    embeddings = _collection(400, 5)
    settings = _neighbour_settings(8)
    scored = score_initiatives(embeddings, settings)
    n = len(scored.statements)
    assert scored.scores.matrix is None and len(scored.scores.values) <= n * 8
    dense = _dense(embeddings, settings)
    first, second = scored.scores.first, scored.scores.second
    assert np.allclose(scored.scores.values, dense[first, second], atol=1e-5)
    rows = [0, 1, 2, 250, 399]
    assert np.allclose(scored.scores.block(rows), dense[np.ix_(rows, rows)], atol=1e-5)


def test_with_every_neighbour_the_pairs_path_finds_the_clusters_of_the_matrix_path():
    embeddings = _collection(300, 6)
    everything = find_duplicates(score_initiatives(embeddings))
    by_pairs = find_duplicates(score_initiatives(embeddings, _neighbour_settings(300)))
    assert [(c.id, [m.statement_id for m in c.members]) for c in by_pairs] == \
        [(c.id, [m.statement_id for m in c.members]) for c in everything]


def test_planted_near_duplicates_are_found_from_a_few_neighbours():
    """Ten neighbours a statement lose none of the planted pairs that scoring every pair finds, and most are found.
    The cut is fixed (CUT), not the learned default: this tests the search, and where a refitted model puts these
    random vectors' pairs against its default is the calibration's business (the held-out tests judge that)."""
    embeddings = _collection(600, 7)
    planted = [frozenset(s.id for s in embeddings.statements[start:start + 2]) for start in range(0, 300, 5)]

    def found(settings) -> set[frozenset]:
        clusters = _members(find_duplicates(score_initiatives(embeddings, settings), settings))
        return {pair for pair in planted if any(pair <= cluster for cluster in clusters)}

    from_neighbours = found(replace(_neighbour_settings(10), threshold=CUT))
    assert from_neighbours == found(replace(DEFAULT_SETTINGS, threshold=CUT))
    assert len(from_neighbours) >= 0.8 * len(planted)


def test_reviews_bind_clusters_found_from_neighbours():
    embeddings = _collection(400, 8)
    settings = _neighbour_settings(6)
    scored = score_initiatives(embeddings, settings)
    far = next(b for b in range(399, 0, -1) if not np.any((scored.scores.first == 0) & (scored.scores.second == b)))
    scored.reviews = [_review(scored, 0, far, True), _review(scored, 5, 6, False)]
    clusters = _members(find_duplicates(scored, settings))
    ids = [s.id for s in scored.statements]
    assert any({ids[0], ids[far]} <= c for c in clusters)
    assert not any({ids[5], ids[6]} <= c for c in clusters)


def test_a_joint_statement_is_one_member_when_found_from_neighbours():
    embeddings = _collection(300, 9)
    joint = replace(embeddings.statements[0], id="c-joint", actor=Actor("organisation", "other", "Other body"))
    embeddings = _embeddings(embeddings.statements + [joint], np.vstack([embeddings.vectors, embeddings.vectors[:1]]),
                             embeddings.actions + embeddings.actions[:1],
                             np.vstack([embeddings.type_scores, embeddings.type_scores[:1]]))
    clusters = find_duplicates(score_initiatives(embeddings, _neighbour_settings(6)))
    [cluster] = [c for c in clusters if "c-0000" in {m.statement_id for m in c.members}]
    member = next(m for m in cluster.members if m.statement_id == "c-0000")
    assert "c-joint" not in {m.statement_id for m in cluster.members} and member.co_actors == ["Other body"]


@pytest.mark.parametrize("seed", range(5))
def test_the_centre_is_the_node_of_largest_weighted_degree_in_the_similarity_graph(seed):
    rng = np.random.default_rng(seed)
    size = int(rng.integers(2, 40))
    scores = np.round(rng.uniform(-0.5, 1.0, (size, size)), int(rng.integers(1, 6))).astype(np.float32)  # ties too
    statements = [_statement(i, True) for i in range(size)]
    graph = similarity_graph(statements, ["data-research"] * size, scores)
    strength = dict(graph.degree(weight="weight"))
    assert most_central(scores) == max(sorted(graph.nodes), key=lambda n: strength.get(n, 0.0))
