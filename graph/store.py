"""Opening the built graph and running SPARQL on it with bound parameters."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Node

from .build import PREFIXES


class GraphMissing(Exception):
    """No graph has been built at the given place yet."""


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[dict[str, str]]


def open_graph(out_dir: Path) -> Graph:
    """The graph under ``out_dir/graph``, opened read-only (other readers may open it too)."""
    import pyoxigraph as ox
    from oxrdflib import OxigraphStore

    path = Path(out_dir) / "graph"
    if not path.is_dir():
        raise GraphMissing(f"no graph at {path}: run `kg87 build` first")
    graph = Graph(store=OxigraphStore(store=ox.Store.read_only(str(path))), identifier=DATASET_DEFAULT_GRAPH_ID)
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph


def run_query(graph: Graph, text: str, bindings: dict[str, str] | None = None) -> QueryResult:
    """Run a SELECT query; each binding becomes the value of the variable of that name."""
    init = {name: _term(value) for name, value in (bindings or {}).items()}
    result = graph.query(text, initBindings=init)
    columns = [str(v) for v in result.vars or []]
    rows = [{c: _text(row.get(c)) for c in columns} for row in (r.asdict() for r in result)]
    return QueryResult(columns, rows)


def _term(value: str) -> Node:
    return URIRef(value) if value.startswith(("http://", "https://")) else Literal(value)


def _text(node) -> str:
    return "" if node is None else str(node)
