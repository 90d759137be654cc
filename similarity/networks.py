"""networkx views of the records: the similarity graph of initiatives and the actor–theme–statement graph.

Both are written as GraphML under ``output/networks/`` by a build, with centrality and
community attributes on their nodes, for Gephi or networkx users.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import numpy as np

from kg87.model.files import write_bytes_atomic
from kg87.model.records import Records, Statement


def similarity_graph(statements: list[Statement], actions: list[str], scores: np.ndarray,
                     threshold: float = 0.0, negative: bool = False) -> nx.Graph:
    """Statements as nodes (keyed by row, with their action type), an edge wherever their score reaches ``threshold``.

    Edges of negative score (two statements less alike than two average ones, under a threshold below 0)
    are left out unless ``negative``: force layouts and modularity, Gephi's and networkx's, read a weight
    as attraction. Their number is the graph's ``negativeEdgesLeftOut``.
    """
    graph = nx.Graph()
    for row, (s, action) in enumerate(zip(statements, actions)):
        graph.add_node(row, id=s.id, table=s.type, actor=s.actor.label, action=action, text=s.text,
                       document=s.provenance.document, page=s.provenance.page)
    reached = np.triu(scores >= threshold, k=1)
    if not negative:
        graph.graph["negativeEdgesLeftOut"] = int(np.count_nonzero(reached & (scores < 0)))
        reached &= scores >= 0
    rows, cols = np.nonzero(reached)
    graph.add_weighted_edges_from((int(a), int(b), round(float(scores[a, b]), 4)) for a, b in zip(rows, cols))
    return graph


def most_central(graph: nx.Graph) -> int:
    """The node with the largest weighted degree (ties: the first)."""
    strength = dict(graph.degree(weight="weight"))
    return max(sorted(graph.nodes), key=lambda n: strength.get(n, 0.0))


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
    """Write the graph (its attributes, nodes and edges, in a stable order) as GraphML, atomically."""
    ordered = nx.Graph(**graph.graph)
    ordered.add_nodes_from(sorted(graph.nodes(data=True), key=lambda n: str(n[0])))
    ordered.add_edges_from(sorted(graph.edges(data=True), key=lambda e: (str(e[0]), str(e[1]))))
    write_bytes_atomic(path, "\n".join(nx.generate_graphml(ordered)).encode("utf-8") + b"\n")
