"""Near-duplicate and overlapping initiatives across actors and documents (Q6).

Initiatives are commitments and proposals; interventions (what someone said) and
statements of pathfinder status are not initiatives. Two initiatives overlap when different
actors (or one actor in two places) propose or commit to the same action on the same target:

1. **Parts, not sentences.** Every statement of this genre is about child labour, forced labour
   or trafficking, so whole-sentence similarity mostly says "same subject". A pair is compared on
   its parts (:mod:`kg87.similarity.pairs`): the action words (the action verb and its complements,
   from spaCy's parse: :mod:`kg87.extract.parts`) embedded and as lemmas, one action verb, the
   whole statements embedded (also after removing the collection's mean and most common directions,
   the "all-but-the-top" post-processing of Mu & Viswanath, 2018) and as words, the action type
   (labour inspection, surveys, legal reform, …; :mod:`kg87.similarity.actions`), and who acts
   (one actor; a country's initiative beside an international one).
2. **Probabilities.** A logistic regression over these features, learned from the ``dev`` keys
   (:mod:`kg87.similarity.calibration`), gives the probability that a reader keys the pair as
   duplicates.
3. **Average-linkage clustering** cut at the threshold probability: a statement joins a cluster
   only if its mean probability with all of the cluster's members reaches it, so clusters do not
   chain. A cluster is kept when it holds at least two different initiatives. One statement
   shared by several actors (a joint commitment: the same text from the same quote) is one member:
   it never counts as a duplicate of itself, and its other actors are listed with it. Two groups
   are joined only if some pair across them reaches the cut, so linkage runs on each connected part
   of the pairs that reach it, with the clusters it would give on the whole matrix. Up to
   ``all_pairs_limit`` initiatives every pair is scored (one matrix); above, the pairs held are each
   initiative's nearest neighbours (:func:`kg87.similarity.index.neighbours`) and joint statements,
   so memory grows with the initiatives rather than their square, and a pair that is no
   initiative's near neighbour links no parts and draws no network edge.
4. **Reviews.** A reviewer's decisions (:mod:`kg87.similarity.reviews`) bind the clustering:
   accepted pairs end in one cluster at any threshold, rejected pairs never share one. The
   probabilities, the centre and the id shown stay those measured.

Each cluster says why it is one: its action type, the words its members share that few other
initiatives use (its likely target), and whether it is an overlap of different actors or
documents or one actor's initiative restated within a document (a summary repeating a
section, a box repeating the text around it); each member carries its probability of
duplicating the cluster's central statement. A cluster's id is derived from its closest pair,
the first the clustering joins: a lower threshold merges clusters, and the merged one keeps the
id of the tighter; a higher threshold splits one, and the part holding its closest pair keeps it.

The model and its default threshold are learned on the keyed initiatives of the ``dev``
documents of the evaluation corpus (``kg87 train``; scored by ``kg87 eval --split dev``,
"Duplicates on the keyed initiatives"); ``kg87 duplicates --threshold`` sets another least
probability.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from kg87.model.records import DuplicateCluster, DuplicateMember, DuplicateReview, Statement
from kg87.model.vocabularies import load_actions, load_themes
from kg87.model.errors import SettingsError

from .embeddings import Embeddings
from .calibration import PairModel, shipped_model
from .index import neighbours
from .networks import most_central
from .pairs import PairScores, ScoreModel, WordSets, words
from .reviews import accepted_groups, applicable, apply_reviews, must_link
from .terms import Collection, shared_terms


SVD_ROWS = 2000  # up to this many initiatives the common directions come from an SVD of all their vectors


@dataclass(frozen=True)
class DuplicateSettings:
    """How initiatives are compared and clustered."""

    threshold: float | None = None  # least probability within a cluster; None: the learned default
    common_directions: int = 3  # dominant directions removed after centring
    initiatives_per_direction: int = 10  # ... one for every so many initiatives (a small collection keeps its own)
    tables: tuple[str, ...] = ("commitment", "proposal")  # the statement types that are initiatives
    excluded_kinds: tuple[str, ...] = ("pathfinder-interest",)
    all_pairs_limit: int = 1000  # up to this many initiatives every pair is scored; above, nearest neighbours
    neighbours: int = 10  # ... each initiative's this many nearest

    def __post_init__(self) -> None:
        value = self.threshold
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))
                                  or not 0 < value < 1):
            raise SettingsError(f"duplicates.threshold must be a probability between 0 and 1, not {value!r}")
        for name, least in (("common_directions", 0), ("initiatives_per_direction", 1), ("all_pairs_limit", 2),
                            ("neighbours", 1)):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < least:
                raise SettingsError(f"duplicates.{name} must be a whole number from {least}, not {value!r}")
        for name in ("tables", "excluded_kinds"):
            value = getattr(self, name)
            if not isinstance(value, tuple) or not all(isinstance(v, str) for v in value):
                raise SettingsError(f"duplicates.{name} must be a list of names")


DEFAULT_SETTINGS = DuplicateSettings()


def initiatives(embeddings: Embeddings, settings: DuplicateSettings = DEFAULT_SETTINGS) -> list[int]:
    """Rows of the statements that are initiatives."""
    return [i for i, s in enumerate(embeddings.statements) if is_initiative(s, settings)]


def is_initiative(statement: Statement, settings: DuplicateSettings = DEFAULT_SETTINGS) -> bool:
    """Whether a statement is an initiative (a commitment or a proposal, not a statement of pathfinder status)."""
    return statement.type in settings.tables and statement.kind not in settings.excluded_kinds


def contextual_vectors(vectors: np.ndarray, common_directions: int, per_direction: int) -> np.ndarray:
    """Vectors centred on their mean, with the top principal directions removed, at unit length.

    A small collection cannot tell its common directions from its members' own: one direction is
    removed for every ``per_direction`` vectors, up to ``common_directions``.
    """
    if not len(vectors):
        return vectors
    centred = vectors - vectors.mean(axis=0)
    common_directions = min(common_directions, len(vectors) // per_direction)
    if common_directions:
        top = _top_directions(centred, common_directions)
        centred = centred - (centred @ top.T) @ top
    return _unit(centred)


def _top_directions(centred: np.ndarray, count: int) -> np.ndarray:
    """The ``count`` principal directions of centred vectors, as rows: from their SVD up to ``SVD_ROWS`` vectors
    (the figures of earlier builds), else from the eigenvectors of their dim x dim scatter matrix (the same
    directions, at a fraction of the cost)."""
    if len(centred) <= SVD_ROWS:
        return np.linalg.svd(centred, full_matrices=False)[2][:count]
    _, eigenvectors = np.linalg.eigh((centred.T @ centred).astype(np.float64))
    return eigenvectors[:, ::-1][:, :count].T.astype(centred.dtype)


def score_model(embeddings: Embeddings, rows: list[int], settings: DuplicateSettings = DEFAULT_SETTINGS,
                model: PairModel | None = None) -> ScoreModel:
    """The duplicate probability of any pair of these rows of the embeddings (1 within a joint statement)."""
    statements = [embeddings.statements[r] for r in rows]
    parts = [embeddings.parts[r] for r in rows]
    actions = [embeddings.actions[r] for r in rows]
    vectors = embeddings.vectors[rows]
    labels = {"verb": _ids([p.verb for p in parts]), "action_type": _ids(actions),
              "actor": _ids([s.actor.key for s in statements]), "table": _ids([s.type for s in statements]),
              "language": _ids([p.language for p in parts])}
    return ScoreModel(
        model=model or shipped_model(), vectors=vectors,
        contextual=contextual_vectors(vectors, settings.common_directions, settings.initiatives_per_direction),
        actions=embeddings.action_vectors[rows], types=_unit(embeddings.type_scores[rows], centred=True),
        sentence_words=WordSets.of([words(s.text) for s in statements]),
        action_words=WordSets.of([set(p.lemmas) for p in parts]), labels=labels,
        specific=np.array([not is_generic(a) for a in actions], dtype=bool),
        national=np.array([s.actor.type == "country" for s in statements], dtype=bool),
        initiative=_ids([_initiative(s) for s in statements]))


def _unit(rows: np.ndarray, centred: bool = False) -> np.ndarray:
    """Rows at unit length (zero rows stay zero), each first centred on its own mean when ``centred``."""
    if centred:
        rows = rows - rows.mean(axis=1, keepdims=True)
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    return (rows / np.where(norms == 0, 1, norms)).astype(np.float32)


def _ids(values: list) -> np.ndarray:
    """A number per distinct value, in sorted order of the values; -1 for an empty one."""
    numbers = {value: n for n, value in enumerate(sorted(set(values)))}
    return np.array([numbers[v] if v else -1 for v in values], dtype=np.int64)


def scores_of(score: ScoreModel, settings: DuplicateSettings = DEFAULT_SETTINGS) -> PairScores:
    """The probabilities of the rows: every pair up to ``all_pairs_limit`` rows, else the pairs of each row's
    nearest neighbours that reach the least probability a cluster or the similarity network can use, and joint
    statements."""
    n = len(score.vectors)
    if n <= settings.all_pairs_limit:
        return PairScores(matrix=score.block())
    least = score.model.least(settings.threshold)
    near_first, near_second, _ = neighbours(score.contextual, settings.neighbours, -1.0)
    joint_first, joint_second = score.joint_pairs()
    key = np.unique(np.concatenate([near_first, joint_first]) * n + np.concatenate([near_second, joint_second]))
    first, second = key // n, key % n
    values = score.pair_values(first, second)
    reached = values >= least
    return PairScores(model=score, first=first[reached], second=second[reached], values=values[reached])


def _initiative(s: Statement) -> tuple[str, int, str, str]:
    """One initiative: the same text from the same quote (a joint statement of several actors).

    Several actions split from one paragraph share its quote but not their text.
    """
    return s.provenance.document, s.provenance.page, s.provenance.quote, s.text


def average_linkage(scores: np.ndarray, threshold: float) -> list[list[int]]:
    """Groups of rows whose average pairwise score is at least ``threshold``."""
    return _cut(linkage_distances(scores), len(scores), threshold)


def linkage_distances(scores: np.ndarray) -> np.ndarray:
    """The condensed distances average linkage reads: 1 - score, at least 0, for each pair of rows (float64)."""
    from scipy.spatial.distance import squareform

    if len(scores) < 2:
        return np.zeros(0)
    distances = 1.0 - squareform(scores, checks=False)  # the upper triangle, in the scores' float type
    return np.clip(distances, 0.0, None, out=distances).astype(np.float64)


def _cut(distances: np.ndarray, size: int, threshold: float) -> list[list[int]]:
    """The groups of ``size`` rows that average linkage over these condensed distances makes at ``threshold``."""
    from scipy.cluster.hierarchy import fcluster, linkage

    if size < 2:
        return [[i] for i in range(size)]
    labels = fcluster(linkage(distances, method="average"), t=1.0 - threshold, criterion="distance")
    groups: dict[int, list[int]] = {}
    for row, label in enumerate(labels):
        groups.setdefault(int(label), []).append(row)
    return list(groups.values())


@dataclass
class ScoredInitiatives:
    """The initiatives of a build, their action types, vectors and pairwise overlap scores, row-aligned."""

    statements: list[Statement]
    actions: list[str]
    vectors: np.ndarray
    scores: PairScores  # as measured (a matrix of every pair is taken as such); the clustering applies the reviews
    reviews: list[DuplicateReview] = field(default_factory=list)  # the decisions that name two of them

    def __post_init__(self) -> None:
        if isinstance(self.scores, np.ndarray):
            self.scores = PairScores(matrix=self.scores)

    def linked(self, rows: list[int]) -> np.ndarray:
        """The scores among these rows the clustering reads: accepted pairs as one initiative, rejected pairs
        never together."""
        return apply_reviews([self.statements[r] for r in rows], self.scores.block(rows), self.reviews)


def score_initiatives(embeddings: Embeddings, settings: DuplicateSettings = DEFAULT_SETTINGS,
                      reviews: list[DuplicateReview] = (), model: PairModel | None = None) -> ScoredInitiatives:
    """Select the initiatives and score the pairs of them that can matter once (see :func:`scores_of`)."""
    rows = initiatives(embeddings, settings)
    statements = [embeddings.statements[i] for i in rows]
    return ScoredInitiatives(statements, [embeddings.actions[i] for i in rows], embeddings.vectors[rows],
                             scores_of(score_model(embeddings, rows, settings, model), settings),
                             applicable(statements, list(reviews)))


def find_duplicates(scored: ScoredInitiatives, settings: DuplicateSettings = DEFAULT_SETTINGS,
                    model: PairModel | None = None) -> list[DuplicateCluster]:
    """Clusters of overlapping initiatives, largest first, each labelled by its most central statement."""
    least = (model or shipped_model()).least(settings.threshold)
    terms = Collection([s.text for s in scored.statements])
    accepted = accepted_groups(scored.statements, scored.reviews)
    groups = []
    for component in _components(list(range(len(scored.statements))), scored, accepted, least):
        distances = linkage_distances(scored.linked(component))  # the scores' block is freed before linkage
        groups += [[component[i] for i in group] for group in _cut(distances, len(component), least)]
    clusters = [cluster for group in must_link(groups, accepted)
                if (cluster := _cluster(group, scored, terms)) is not None]
    clusters.sort(key=lambda c: (-len(c.members), c.id))
    return clusters


def _components(rows: list[int], scored: ScoredInitiatives, accepted: list[list[int]],
                threshold: float) -> list[list[int]]:
    """The rows joined, directly or not, by pairs scoring at least ``threshold`` or accepted: no group of rows
    averages ``threshold`` with another unless some pair across them reaches it, so the clusters of each part
    are those of all the rows."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    local = np.full(len(scored.statements), -1, dtype=np.int64)
    local[rows] = np.arange(len(rows))
    first, second, _ = scored.scores.pairs(threshold)
    first = np.concatenate([first, [g[0] for g in accepted for _ in g[1:]]]).astype(np.int64)
    second = np.concatenate([second, [row for g in accepted for row in g[1:]]]).astype(np.int64)
    inside = (local[first] >= 0) & (local[second] >= 0)
    edges = coo_matrix((np.ones(int(inside.sum())), (local[first[inside]], local[second[inside]])),
                       shape=(len(rows), len(rows)))
    _, labels = connected_components(edges, directed=False)
    parts: dict[int, list[int]] = {}
    for row, label in zip(rows, labels.tolist()):
        parts.setdefault(label, []).append(row)
    return list(parts.values())


def similarity_edge(settings: DuplicateSettings = DEFAULT_SETTINGS, model: PairModel | None = None) -> float:
    """The least probability of an edge of the similarity network: the threshold of a cluster."""
    return (model or shipped_model()).least(settings.threshold)


def is_generic(action: str) -> bool:
    """Whether an action-type slug is generic ("" for none is)."""
    return action in _generic_slugs()


@lru_cache(maxsize=1)
def _generic_slugs() -> frozenset[str]:
    return frozenset({a.slug for a in load_actions() if a.generic} | {""})


def _cluster(rows: list[int], scored: ScoredInitiatives, terms: Collection) -> DuplicateCluster | None:
    """The cluster of these rows, one member per initiative; None unless it holds two initiatives."""
    joint: dict[tuple, list[int]] = {}
    for row in rows:
        joint.setdefault(_initiative(scored.statements[row]), []).append(row)
    if len(joint) < 2:
        return None
    members = [group[0] for group in joint.values()]
    co_actors = {group[0]: sorted({scored.statements[r].actor.label for r in group[1:]}) for group in joint.values()}
    statements = [scored.statements[r] for r in members]
    typed = Counter(scored.actions[r] for r in members if scored.actions[r])
    scores = scored.scores.block(members)
    centre = most_central(scores)
    cosine = scored.vectors[members] @ scored.vectors[members[centre]]
    score = scores[:, centre]
    order = sorted(range(len(members)), key=lambda i: (i != centre, -float(cosine[i]), statements[i].id))
    counts: dict[str, int] = {}
    for s in statements:
        for theme in _response_themes(s):
            counts[theme] = counts.get(theme, 0) + 1
    ident = hashlib.sha256("|".join(_seed(statements, scores)).encode()).hexdigest()[:10]
    one_voice = len({(s.actor.label, s.provenance.document) for s in statements}) == 1
    return DuplicateCluster(
        id=f"dup-{ident}",
        label=statements[centre].text,
        action=min(typed, key=lambda a: (-typed[a], a)) if typed else "",
        themes=sorted(t for t, n in counts.items() if n * 2 >= len(statements)),
        members=[DuplicateMember(statements[i].id, round(min(float(cosine[i]), 1.0), 4), co_actors[members[i]],
                                 1.0 if i == centre else round(float(score[i]), 4))
                 for i in order],
        relation="restatement" if one_voice else "overlap",
        shared_terms=shared_terms([terms.words[r] for r in members], terms),
        review=_review_state({s.id for s in statements}, scored.reviews),
    )


def _review_state(ids: set[str], reviews: list[DuplicateReview]) -> str:
    """Whether a reviewer accepted every pair of these statements, some of them, or none."""
    accepted = sum(r.duplicate and r.first in ids and r.second in ids for r in reviews)
    pairs = len(ids) * (len(ids) - 1) // 2
    return "accepted" if accepted >= pairs else "partly accepted" if accepted else ""


def _seed(statements: list[Statement], scores: np.ndarray) -> tuple[str, str]:
    """The ids of a cluster's closest pair: the first one clustering joins, whatever the threshold (ties: the
    least pair of ids)."""
    upper = np.where(np.triu(np.ones(scores.shape, dtype=bool), k=1), scores, -np.inf)
    firsts, seconds = np.nonzero(upper == upper.max())
    return min(tuple(sorted((statements[a].id, statements[b].id))) for a, b in zip(firsts, seconds))


def _response_themes(statement: Statement) -> frozenset[str]:
    return frozenset(statement.themes) & _response_slugs()


@lru_cache(maxsize=1)
def _response_slugs() -> frozenset[str]:
    return frozenset(t.slug for t in load_themes() if t.facet == "response")
