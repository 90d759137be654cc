"""Opening the built graph, reading its triples in a stable order, and running SPARQL on it with bound parameters."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kg87.model.builds import BuildMissing, current_build, verify

if TYPE_CHECKING:  # rdflib is imported by the functions that use it: a query through the worker needs none of it
    from rdflib import Graph
    from rdflib.term import Node

# The graph's prefixes, the one list of them: plain text, for writing IRIs short without rdflib (graph/terms.py
# makes its rdflib namespaces, PREFIXES, from it).
PREFIX_IRIS = {"kg87": "https://w3id.org/kg87/ontology#", "kgid": "https://w3id.org/kg87/id/",
               "skos": "http://www.w3.org/2004/02/skos/core#", "dct": "http://purl.org/dc/terms/",
               "prov": "http://www.w3.org/ns/prov#", "schema": "https://schema.org/",
               "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "xsd": "http://www.w3.org/2001/XMLSchema#",
               "owl": "http://www.w3.org/2002/07/owl#"}


class GraphMissing(BuildMissing):
    """No graph has been built at the given place yet."""


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[dict[str, str]]


def open_graph(out_dir: Path) -> Graph:
    """The graph of the current build under ``out_dir``, checked and opened read-only (other readers may open
    it too)."""
    from oxrdflib import OxigraphStore
    from rdflib import Graph
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    from .terms import PREFIXES

    graph = Graph(store=OxigraphStore(store=_store(out_dir)), identifier=DATASET_DEFAULT_GRAPH_ID)
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph


def run_query(graph: Graph, text: str, bindings: dict[str, str] | None = None) -> QueryResult:
    """Run a SELECT query; each binding becomes the value of the variable of that name."""
    init = {name: parameter_term(value) for name, value in (bindings or {}).items()}
    result = graph.query(text, initBindings=init)
    columns = [str(v) for v in result.vars or []]
    rows = [{c: _text(row.get(c)) for c in columns} for row in (r.asdict() for r in result)]
    return QueryResult(columns, rows)


def parameter_term(value: str) -> Node:
    """The RDF term a parameter value stands for: an IRI if it starts with http(s)://, else a string literal."""
    from rdflib import Literal, URIRef

    return URIRef(value) if is_iri(value) else Literal(value)


def is_iri(value: str) -> bool:
    """Whether a parameter value is an IRI (http or https), not a string."""
    return value.startswith(("http://", "https://"))


def read_triples(out_dir: Path) -> list:
    """Every triple of the graph under ``out_dir/graph`` (pyoxigraph terms), in N-Triples order.

    Sorted by the N-Triples form of subject, predicate and object, so the same graph always
    reads back in the same order (blank nodes are labelled canonically by the build).
    """
    import pyoxigraph as ox

    store = _store(out_dir)
    triples = [ox.Triple(q.subject, q.predicate, q.object)
               for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())]
    return sorted(triples, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))


def _store(out_dir: Path):
    """The current build's Oxigraph store, read-only, after checking its files against the build's manifest."""
    import pyoxigraph as ox

    try:
        build = current_build(out_dir)
    except BuildMissing as exc:
        raise GraphMissing(str(exc)) from None
    verify(build, ["graph"])
    return ox.Store.read_only(str(build / "graph"))


def _text(node) -> str:
    return "" if node is None else str(node)


def compact_iri(iri: str) -> str:
    """An IRI written short with the graph's prefixes (kgid:country/NPL), or in <angle brackets>."""
    for prefix, namespace in sorted(PREFIX_IRIS.items(), key=lambda item: -len(item[1])):
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return f"<{iri}>"
