"""The SHACL shapes: the shipped ``shapes.ttl`` plus one shape per statement type, from its declaration.

A statement type's shape checks its actor's class (``actor_classes``) and each field with a
graph property: a required field occurs once, any field at most once; a year is an xsd:gYear,
a concept is in its scheme, a resource has its class.
"""

from __future__ import annotations

from importlib import resources
from typing import Iterator

from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, Namespace
from rdflib.collection import Collection
from rdflib.namespace import SH, SKOS

from kg87.model.types import Field, StatementType, statement_types

from .terms import ID, KG87

KGSH = Namespace("https://w3id.org/kg87/shapes#")


def shapes_graph() -> Graph:
    """The shipped shapes and the generated shapes of every registered statement type."""
    graph = Graph()
    graph.parse(data=resources.files("kg87.graph").joinpath("shapes.ttl").read_text(encoding="utf-8"),
                format="turtle")
    for statement_type in statement_types():
        _add_type_shape(graph, statement_type)
    return graph


def _add_type_shape(graph: Graph, st: StatementType) -> None:
    shape = KGSH[st.rdf_class]
    graph.add((shape, RDF.type, SH.NodeShape))
    graph.add((shape, RDFS.label, Literal(st.rdf_class)))
    graph.add((shape, SH.targetClass, KG87[st.rdf_class]))
    if st.actor_classes:
        alternatives = []
        for cls in st.actor_classes:
            option = BNode()
            graph.add((option, SH["class"], KG87[cls]))
            alternatives.append(option)
        head = BNode()
        Collection(graph, head, alternatives)
        names = " or a kg87:".join(st.actor_classes)
        _property(graph, shape, f"actor is a {' or a '.join(c.lower() for c in st.actor_classes)}", KG87.actor,
                  f"a {st.name}'s actor is a kg87:{names}", [(SH["or"], head)])
    for f in st.fields:
        if f.rdf_property:
            _property(graph, shape, f.name.replace("_", " "), KG87[f.rdf_property], _message(st, f),
                      list(_constraints(f)))
        if f.rdf_value.startswith("concept:"):
            _add_scheme_shape(graph, f.rdf_value.partition(":")[2])


def _constraints(f: Field) -> Iterator[tuple]:
    if f.required:
        yield SH.minCount, Literal(1)
    yield SH.maxCount, Literal(1)
    kind, _, rest = f.rdf_value.partition(":")
    if kind == "gYear":
        yield SH.datatype, XSD.gYear
    elif kind == "concept":
        yield SH.node, _in_scheme_shape(rest)
    elif kind == "node":
        yield SH["class"], KG87[rest.partition(":")[2]]


def _in_scheme_shape(scheme: str):
    return KGSH[f"in-scheme/{scheme}"]


def _property(graph: Graph, shape, name: str, path, message: str, constraints: list[tuple]) -> None:
    prop = BNode()
    graph.add((shape, SH.property, prop))
    graph.add((prop, SH.name, Literal(name)))
    graph.add((prop, SH.path, path))
    graph.add((prop, SH.message, Literal(message)))
    for predicate, value in constraints:
        graph.add((prop, predicate, value))


def _add_scheme_shape(graph: Graph, scheme: str) -> None:
    """The node shape of a concept of the scheme ``kgid:SCHEME``."""
    shape, member = _in_scheme_shape(scheme), BNode()
    graph.add((shape, RDF.type, SH.NodeShape))
    graph.add((shape, RDFS.label, Literal(f"in the {scheme} scheme")))
    graph.add((shape, SH.property, member))
    graph.add((member, SH.name, Literal(f"in the {scheme} scheme")))
    graph.add((member, SH.path, SKOS.inScheme))
    graph.add((member, SH.hasValue, ID[scheme]))
    graph.add((member, SH.message, Literal(f"a concept of the {scheme} scheme")))


def _message(st: StatementType, f: Field) -> str:
    count = "exactly one" if f.required else "at most one"
    kind, _, rest = f.rdf_value.partition(":")
    what = {"gYear": "an xsd:gYear", "concept": f"from the {rest} scheme",
            "node": f"a kg87:{rest.partition(':')[2]}"}.get(kind, "value")
    return f"a {st.name} has {count} {f.name.replace('_', ' ')}, {what}"
