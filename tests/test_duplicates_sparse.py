"""Duplicates from pairs instead of an n x n matrix: the same clusters as the dense run, in memory that grows with n."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from kg87.model.records import Actor, DuplicateReview, Provenance, Statement
from kg87.similarity.calibration import shipped_calibration
from kg87.similarity.duplicates import (DEFAULT_SETTINGS, ScoredInitiatives, average_linkage, find_duplicates,
                                        is_generic, pair_scores, score_initiatives, similarity_edge)
from kg87.similarity.embeddings import Embeddings
from kg87.similarity.networks import most_central, similarity_graph
from kg87.similarity.reviews import accepted_groups, apply_reviews, must_link

ACTIONS = ["labour-inspection", "data-research", "coordination", ""]  # two specific, two generic


def _statement(n: int, country: bool) -> Statement:
    text = f"Invented initiative number {n}"
    actor = Actor("country", f"country-{n % 7}", f"Country {n % 7}") if country else \
        Actor("organisation", f"body-{n % 5}", f"Body {n % 5}")
    return Statement(f"c-{n:04d}", "commitment", actor, text, [], Provenance(f"doc-{n % 3}.pdf", 1 + n % 9, text),
                     {"kind": "priority"})


def _collection(n: int, seed: int, dim: int = 24) -> Embeddings:
    """Random unit vectors with planted groups of near-duplicates (a group shares its action type)."""
    rng = np.random.default_rng(seed)
    vectors = rng.standard_normal((n, dim)).astype(np.float32)
    actions = [ACTIONS[i] for i in rng.integers(0, len(ACTIONS), n)]
    for start in range(0, n // 2, 5):
        size = int(rng.integers(2, 6))
        vectors[start:start + size] = vectors[start] + 0.3 * rng.standard_normal((size, dim))
        actions[start:start + size] = [actions[start]] * size
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return Embeddings([_statement(i, bool(rng.integers(0, 2))) for i in range(n)], vectors, actions)


def _review(scored: ScoredInitiatives, a: int, b: int, duplicate: bool) -> DuplicateReview:
    first, second = sorted((scored.statements[a].id, scored.statements[b].id))
    return DuplicateReview(first, second, duplicate, "a.reviewer", "2026-01-01T00:00:00Z")


def _members(clusters) -> set[frozenset[str]]:
    return {frozenset(m.statement_id for m in c.members) for c in clusters}


def _dense_clusters(scored: ScoredInitiatives, matrix: np.ndarray, threshold: float | None) -> set[frozenset[str]]:
    """The clusters of average linkage over each action type's whole matrix, reviews applied: the dense run."""
    calibration = shipped_calibration()
    linked = apply_reviews(scored.statements, matrix.copy(), scored.reviews)
    accepted = accepted_groups(scored.statements, scored.reviews)
    out = set()
    for action in set(scored.actions):
        rows = [i for i, a in enumerate(scored.actions) if a == action]
        cut = calibration.curve(is_generic(action)).score_at(calibration.least(threshold))
        groups = average_linkage(linked[np.ix_(rows, rows)], cut)
        out |= {frozenset(scored.statements[r].id for r in g)
                for g in must_link([[rows[i] for i in g] for g in groups], accepted) if len(g) > 1}
    return out


def _parts(scored: ScoredInitiatives, matrix: np.ndarray, action: str, threshold: float | None) -> list[int]:
    """Sizes of the connected parts of one action type's pairs that reach the cut."""
    calibration = shipped_calibration()
    rows = [i for i, a in enumerate(scored.actions) if a == action]
    cut = calibration.curve(is_generic(action)).score_at(calibration.least(threshold))
    _, labels = connected_components(coo_matrix(matrix[np.ix_(rows, rows)] >= cut), directed=False)
    return np.bincount(labels).tolist()


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("threshold", [None, 0.05, 0.3, 0.6])
def test_linkage_per_connected_part_gives_the_clusters_of_the_whole_matrix(seed, threshold):
    embeddings = _collection(240, seed)
    scored = score_initiatives(embeddings)
    rng = np.random.default_rng(seed)
    pairs = rng.integers(0, len(scored.statements), (12, 2))
    scored.reviews = [_review(scored, a, b, bool(n % 2)) for n, (a, b) in enumerate(pairs)
                      if a != b and scored.actions[a] == scored.actions[b]]
    matrix = pair_scores(scored.statements, scored.vectors)
    settings = replace(DEFAULT_SETTINGS, threshold=threshold)
    assert _members(find_duplicates(scored, settings)) == _dense_clusters(scored, matrix, threshold)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_comparison_runs_linkage_on_several_parts_of_one_action_type(seed):
    scored = score_initiatives(_collection(240, seed))
    matrix = pair_scores(scored.statements, scored.vectors)
    assert any(sum(size > 1 for size in _parts(scored, matrix, action, 0.6)) > 1 for action in ACTIONS)


def test_a_small_collection_keeps_the_figures_of_the_dense_run_bit_for_bit():
    embeddings = _collection(120, 4)
    scored = score_initiatives(embeddings)
    dense = pair_scores(scored.statements, scored.vectors)
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
    dense = pair_scores(scored.statements, scored.vectors, settings)
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
    embeddings = _collection(600, 7)
    clusters = _members(find_duplicates(score_initiatives(embeddings, _neighbour_settings(10))))
    planted = [frozenset(s.id for s in embeddings.statements[start:start + 2]) for start in range(0, 300, 5)]
    assert all(any(pair <= cluster for cluster in clusters) for pair in planted)


def test_reviews_bind_clusters_found_from_neighbours():
    embeddings = _collection(400, 8)
    settings = _neighbour_settings(6)
    scored = score_initiatives(embeddings, settings)
    far = next(b for b in range(399, 0, -1) if scored.actions[b] == scored.actions[0]
               and not np.any((scored.scores.first == 0) & (scored.scores.second == b)))
    scored.reviews = [_review(scored, 0, far, True), _review(scored, 5, 6, False)]
    clusters = _members(find_duplicates(scored, settings))
    ids = [s.id for s in scored.statements]
    assert any({ids[0], ids[far]} <= c for c in clusters)
    assert not any({ids[5], ids[6]} <= c for c in clusters)


def test_a_joint_statement_is_one_member_when_found_from_neighbours():
    embeddings = _collection(300, 9)
    joint = replace(embeddings.statements[0], id="c-joint", actor=Actor("organisation", "other", "Other body"))
    embeddings = Embeddings(embeddings.statements + [joint], np.vstack([embeddings.vectors, embeddings.vectors[:1]]),
                            embeddings.actions + embeddings.actions[:1])
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
