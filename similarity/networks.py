"""networkx views of the records: the similarity graph of initiatives and the actor–theme–statement graph.

Both are written as GraphML under ``output/networks/`` by a build, with centrality and
community attributes on their nodes, for Gephi or networkx users.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import numpy as np

from kg87.model.files import atomic_file
from kg87.model.records import Records, Statement

from .pairs import PairScores


def similarity_graph(statements: list[Statement], actions: list[str], scores: PairScores | np.ndarray,
                     threshold: float = 0.0, negative: bool = False) -> nx.Graph:
    """Statements as nodes (keyed by row, with their action type), an edge wherever their score reaches ``threshold``
    (among the pairs the scores hold: every pair of a matrix or of a small collection, else nearest neighbours).

    Edges of negative score (two statements less alike than two average ones, under a threshold below 0)
    are left out unless ``negative``: force layouts and modularity, Gephi's and networkx's, read a weight
    as attraction. Their number is the graph's ``negativeEdgesLeftOut``.
    """
    graph = nx.Graph()
    for row, (s, action) in enumerate(zip(statements, actions)):
        graph.add_node(row, id=s.id, table=s.type, actor=s.actor.label, action=action, text=s.text,
                       document=s.provenance.document, page=s.provenance.page)
    if isinstance(scores, np.ndarray):
        scores = PairScores(matrix=scores)
    rows, cols, values = scores.pairs(threshold)
    if not negative:
        graph.graph["negativeEdgesLeftOut"] = int(np.count_nonzero(values < 0))
        rows, cols, values = rows[values >= 0], cols[values >= 0], values[values >= 0]
    graph.add_weighted_edges_from((int(a), int(b), round(float(v), 4)) for a, b, v in zip(rows, cols, values))
    return graph


def most_central(scores: np.ndarray) -> int:
    """The row with the largest weighted degree in the :func:`similarity_graph` of these scores (ties: the first),
    without building it: each row's non-negative weights, rounded as the graph's, summed in the graph's order
    (its neighbours' rows). Rounding a float32 score to 4 places with numpy is exact, as ``round`` is."""
    weights = np.where(np.triu(np.ones(scores.shape, dtype=bool), k=1), scores, scores.T).astype(np.float64)
    np.fill_diagonal(weights, -1.0)
    weights = np.where(weights >= 0, np.round(weights, 4), 0.0)  # adding 0.0 leaves a sum as it is
    strength = [sum(row.tolist()) for row in weights]
    return max(range(len(strength)), key=strength.__getitem__)


def actor_theme_graph(records: Records) -> nx.Graph:
    """Actors, themes and statements: actor — statement — theme, and statement — duplicate cluster."""
    graph = nx.Graph()
    for s in records.statements:
        actor = f"group:{s.actor.label}" if s.actor.type == "group" else s.actor.key
        graph.add_node(s.id, kind=s.type, label=s.text, document=s.provenance.document, page=s.provenance.page)
        graph.add_node(actor, kind="actor", label=s.actor.label)
        graph.add_edge(actor, s.id, relation="states")
        for theme in s.themes:
            graph.add_node(f"theme:{theme}", kind="theme", label=theme)
            graph.add_edge(s.id, f"theme:{theme}", relation="about")
    for cluster in records.duplicates:
        graph.add_node(cluster.id, kind="duplicate-cluster", label=cluster.label)
        for m in cluster.members:
            graph.add_edge(cluster.id, m.statement_id, relation="member", weight=m.similarity)
    return graph


def annotate(graph: nx.Graph) -> nx.Graph:
    """Add degree centrality and a Louvain community number to every node (deterministic seed)."""
    centrality = nx.degree_centrality(graph) if len(graph) > 1 else {n: 0.0 for n in graph}
    communities = nx.community.louvain_communities(graph, weight="weight", seed=87) if graph.number_of_edges() else []
    community = {n: number for number, members in enumerate(sorted(communities, key=lambda c: sorted(map(str, c))))
                 for n in members}
    for node in graph.nodes:
        graph.nodes[node]["centrality"] = round(centrality.get(node, 0.0), 6)
        graph.nodes[node]["community"] = community.get(node, -1)
    return graph


def write_graphml(graph: nx.Graph, path: Path) -> None:
    """Write the graph (its attributes, nodes and edges, in a stable order) as GraphML, atomically, streamed
    through lxml (networkx's own writer builds the whole document in memory first).

    The graph is emptied once its ordered copy is made: the two are held together only while it is copied, not
    while the file is written.
    """
    ordered = nx.Graph(**graph.graph)
    ordered.add_nodes_from(sorted(graph.nodes(data=True), key=lambda n: str(n[0])))
    ordered.add_edges_from(sorted(graph.edges(data=True), key=lambda e: (str(e[0]), str(e[1]))))
    graph.clear()
    with atomic_file(path) as fh:
        nx.write_graphml_lxml(ordered, fh)
