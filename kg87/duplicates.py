"""Near-duplicate and overlapping initiatives across actors and documents (Q6).

Initiatives are commitments and proposals; interventions (what someone said) and
statements of pathfinder status are not initiatives. Two initiatives overlap when they
propose the same kind of action:

1. **Contextual similarity.** Every statement of this genre is about child labour, forced
   labour or trafficking, so raw sentence similarity mostly says "same subject". The
   embeddings are centred on the collection and its most common directions are removed
   (the "all-but-the-top" post-processing of Mu & Viswanath, 2018); what remains compares
   the action itself: awareness raising, labour inspection, surveys, legal reform.
2. **Response themes.** Two statements that share no *response* theme (see
   ``themes.json``: awareness, legal framework, labour inspection, …) are pushed apart by
   a fixed penalty, so only near-identical wording joins them.
3. **Average-linkage clustering** on that score, cut at the threshold: a statement joins a
   cluster only if it is similar on average to all of its members, so clusters do not chain.
4. A cluster is kept when it holds at least two different quotes and spans at least two
   actors or two documents. Statements quoting the same sentence (one joint commitment of
   several actors) always fall together and never count as duplicates of each other.

The default threshold was chosen by measuring pairwise F1 against the answer key
(``kg87 eval``); ``kg87 duplicates --threshold`` tunes it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import numpy as np

from kg87.embeddings import Embeddings, Statement
from kg87.records import DuplicateCluster, DuplicateMember


@dataclass(frozen=True)
class DuplicateSettings:
    """How initiatives are compared and clustered."""

    threshold: float = 0.10  # least average contextual similarity within a cluster
    common_directions: int = 3  # dominant directions removed after centring
    unshared_response_penalty: float = 0.5
    tables: tuple[str, ...] = ("commitment", "proposal")
    excluded_kinds: tuple[str, ...] = ("pathfinder-interest",)


DEFAULT_SETTINGS = DuplicateSettings()


def initiatives(embeddings: Embeddings, settings: DuplicateSettings = DEFAULT_SETTINGS) -> list[int]:
    """Rows of the statements that are initiatives."""
    return [i for i, s in enumerate(embeddings.statements)
            if s.table in settings.tables and s.kind not in settings.excluded_kinds]


def contextual_vectors(vectors: np.ndarray, common_directions: int) -> np.ndarray:
    """Vectors centred on their mean, with the top principal directions removed, at unit length."""
    centred = vectors - vectors.mean(axis=0)
    if common_directions and len(vectors) > common_directions:
        _, _, components = np.linalg.svd(centred, full_matrices=False)
        top = components[:common_directions]
        centred = centred - (centred @ top.T) @ top
    norms = np.linalg.norm(centred, axis=1, keepdims=True)
    return centred / np.where(norms == 0, 1, norms)


def response_themes(statement: Statement) -> frozenset[str]:
    """The statement's themes of the response facet."""
    from kg87.extract.themes import load_themes

    responses = {t.slug for t in load_themes() if t.facet == "response"}
    return frozenset(statement.themes) & responses


def pair_scores(statements: list[Statement], vectors: np.ndarray,
                settings: DuplicateSettings = DEFAULT_SETTINGS) -> np.ndarray:
    """The symmetric matrix of overlap scores between statements."""
    contextual = contextual_vectors(vectors, settings.common_directions)
    scores = contextual @ contextual.T
    slugs = sorted({t for s in statements for t in response_themes(s)})
    themes = np.array([[t in response_themes(s) for t in slugs] for s in statements], dtype=bool).reshape(
        len(statements), len(slugs))
    unshared = (themes.astype(np.int32) @ themes.T.astype(np.int32)) == 0
    scores = scores - settings.unshared_response_penalty * unshared
    sources = {key: n for n, key in enumerate(sorted({_source(s) for s in statements}))}
    source = np.array([sources[_source(s)] for s in statements])
    scores[source[:, None] == source[None, :]] = 1.0
    return scores


def _source(s: Statement) -> tuple[str, int, str]:
    """Where a statement is quoted from: statements of one quote are one initiative."""
    return s.document, s.page, s.quote


def average_linkage(scores: np.ndarray, threshold: float) -> list[list[int]]:
    """Groups of rows whose average pairwise score is at least ``threshold``."""
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    if len(scores) < 2:
        return [[i] for i in range(len(scores))]
    distances = np.clip(1.0 - scores, 0.0, None)
    np.fill_diagonal(distances, 0.0)
    tree = linkage(squareform(distances, checks=False), method="average")
    labels = fcluster(tree, t=1.0 - threshold, criterion="distance")
    groups: dict[int, list[int]] = {}
    for row, label in enumerate(labels):
        groups.setdefault(int(label), []).append(row)
    return list(groups.values())


@dataclass
class ScoredInitiatives:
    """The initiatives of a build, their vectors and their pairwise overlap scores, row-aligned."""

    statements: list[Statement]
    vectors: np.ndarray
    scores: np.ndarray


def score_initiatives(embeddings: Embeddings, settings: DuplicateSettings = DEFAULT_SETTINGS) -> ScoredInitiatives:
    """Select the initiatives and score every pair of them once."""
    rows = initiatives(embeddings, settings)
    statements = [embeddings.statements[i] for i in rows]
    vectors = embeddings.vectors[rows]
    return ScoredInitiatives(statements, vectors, pair_scores(statements, vectors, settings))


def find_duplicates(scored: ScoredInitiatives, settings: DuplicateSettings = DEFAULT_SETTINGS) -> list[DuplicateCluster]:
    """Clusters of overlapping initiatives, largest first, each labelled by its most central statement."""
    from kg87.networks import most_central, similarity_graph

    statements, vectors, scores = scored.statements, scored.vectors, scored.scores
    clusters = []
    for group in average_linkage(scores, settings.threshold):
        members = [statements[i] for i in group]
        if len({_source(s) for s in members}) < 2:
            continue
        if len({s.actor_label for s in members}) < 2 and len({s.document for s in members}) < 2:
            continue
        graph = similarity_graph(members, scores[np.ix_(group, group)])
        centre = most_central(graph)
        cosine = vectors[group] @ vectors[group[centre]]
        clusters.append(_cluster(members, cosine, centre))
    clusters.sort(key=lambda c: (-len(c.members), c.id))
    return clusters


def _cluster(members: list[Statement], cosine: np.ndarray, centre: int) -> DuplicateCluster:
    order = sorted(range(len(members)), key=lambda i: (i != centre, -float(cosine[i]), members[i].id))
    ident = hashlib.sha256("|".join(sorted(s.id for s in members)).encode()).hexdigest()[:10]
    counts: dict[str, int] = {}
    for s in members:
        for theme in response_themes(s):
            counts[theme] = counts.get(theme, 0) + 1
    themes = sorted(t for t, n in counts.items() if n * 2 >= len(members))
    return DuplicateCluster(
        id=f"dup-{ident}",
        label=members[centre].text,
        themes=themes,
        members=[DuplicateMember(s.id, s.table, s.actor_label, s.text, round(min(float(cosine[i]), 1.0), 4),
                                 s.document, s.page, s.quote)
                 for i in order for s in (members[i],)],
    )
