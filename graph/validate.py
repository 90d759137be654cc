"""SHACL validation of the graph against the shapes (graph/shapes.ttl and each statement type's), with a readable report.

The report names, for every violation, the focus node (the resource that breaks a rule), the
rule (the shape and the sh:name of its property shape), the property and what is wrong.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDFS, Graph, URIRef
from rdflib.namespace import SH
from rdflib.term import Node

from .shapes import shapes_graph
from .store import compact_iri, read_triples

SHAPES_FILE = "graph/shapes.ttl"


@dataclass(frozen=True)
class Violation:
    focus: str
    rule: str
    path: str
    message: str
    value: str = ""

    def line(self) -> str:
        """One line: focus node, [rule], property: message (value)."""
        value = f" (value: {self.value})" if self.value else ""
        path = f"{self.path}: " if self.path else ""
        return f"{self.focus}  [{self.rule}]  {path}{self.message}{value}"


@dataclass
class Report:
    conforms: bool
    triples: int
    violations: list[Violation] = field(default_factory=list)
    seconds: float = 0.0

    def text(self) -> str:
        """The report as plain text: a summary line, then one line per violation."""
        if self.conforms:
            return f"The graph conforms to the kg87 shapes ({SHAPES_FILE}): {self.triples} triples checked."
        head = (f"The graph does not conform to the kg87 shapes ({SHAPES_FILE}): "
                f"{len(self.violations)} violation{'s' if len(self.violations) != 1 else ''}.")
        return "\n".join([head, *(f"  {v.line()}" for v in self.violations)])


def validate_graph(data: Graph, shapes: Graph | None = None) -> Report:
    """Validate an rdflib graph against the shipped shapes, or the ones given (no inference)."""
    from pyshacl import validate

    started = time.perf_counter()
    shapes = shapes if shapes is not None else shapes_graph()
    conforms, results, _ = validate(data, shacl_graph=shapes, inference="none")
    violations = sorted({_violation(results, result, shapes) for result in results.subjects(SH.focusNode, None)},
                        key=lambda v: (v.focus, v.rule, v.value))
    return Report(bool(conforms), len(data), violations, time.perf_counter() - started)


def validate_triples(triples: list, shapes: Graph | None = None) -> Report:
    """Validate pyoxigraph triples (as read by kg87.graph.store.read_triples)."""
    import pyoxigraph as ox

    data = Graph()
    data.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
    return validate_graph(data, shapes)


def dataset_shapes() -> Graph:
    """The shapes of an export's DCAT description and PROV-O build activity (graph/dataset-shapes.ttl)."""
    from importlib import resources

    return Graph().parse(data=resources.files(__package__).joinpath("dataset-shapes.ttl").read_text("utf-8"),
                         format="turtle")


def validate_build(out_dir: Path) -> Report:
    """Validate the graph built under ``out_dir``."""
    return validate_triples(read_triples(out_dir))


def _violation(results: Graph, result: Node, shapes: Graph) -> Violation:
    source = results.value(result, SH.sourceShape)
    parent = shapes.value(None, SH.property, source) if source is not None else None
    name = shapes.value(source, SH.name)
    if parent is not None:
        rule = f"{_label(shapes, parent)} › {name or _show(shapes.value(source, SH.path))}"
    else:
        rule = _label(shapes, source)
    component = results.value(result, SH.sourceConstraintComponent)
    message = results.value(result, SH.resultMessage) or (compact_iri(str(component)) if component else "violation")
    value = results.value(result, SH.value)
    path = results.value(result, SH.resultPath)
    return Violation(_show(results.value(result, SH.focusNode)), rule, _show(path, shapes if path else None),
                     str(message), _show(value) if value is not None else "")


def _label(shapes: Graph, shape: Node | None) -> str:
    label = shapes.value(shape, RDFS.label) if shape is not None else None
    return str(label) if label else _show(shape)


def _show(node: Node | None, graph: Graph | None = None) -> str:
    """A term as the report prints it: IRIs compacted, property paths (lists) as a / b."""
    if node is None:
        return ""
    if isinstance(node, URIRef):
        return compact_iri(str(node))
    if graph is not None and (node, None, None) in graph:
        from rdflib.collection import Collection

        return " / ".join(_show(step) for step in Collection(graph, node))
    return node.n3() if hasattr(node, "n3") else str(node)
