"""GraphML: a property graph for Gephi and networkx; resources are nodes, literal properties their attributes."""

from __future__ import annotations

import pyoxigraph as ox

from .jsonld import RDF_TYPE, XSD, Context

INTEGER_TYPES = {XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                                   "positiveInteger", "nonPositiveInteger", "negativeInteger",
                                   "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte")}
FLOAT_TYPES = {XSD + "decimal", XSD + "double", XSD + "float"}


def graphml(triples: list, context: Context) -> bytes:
    """A property graph: resources as nodes (literal properties as attributes), links as edges."""
    import networkx as nx

    attributes: dict[str, dict[str, list]] = {}
    edges = []
    for t in triples:
        subject = context.node_id(t.subject)
        attributes.setdefault(subject, {})
        if t.predicate.value == RDF_TYPE:
            attributes[subject].setdefault("type", []).append(context.key(t.object.value))
        elif isinstance(t.object, ox.Literal):
            attributes[subject].setdefault(context.key(t.predicate.value), []).append(_python_value(t.object))
        else:
            target = context.node_id(t.object)
            attributes.setdefault(target, {})
            edges.append((subject, context.key(t.predicate.value), target, t.predicate.value))
    kinds = _attribute_kinds(attributes)
    graph = nx.MultiDiGraph()
    for node in sorted(attributes):
        values = attributes[node]
        data = {"iri": node if node.startswith("_:") else context.expand(node)}
        for key in sorted(values):
            items = sorted(values[key], key=str)
            data[key] = items[0] if kinds[key] is not str else " | ".join(_text(v) for v in items)
        data.setdefault("label", _first(values, "prefLabel", "fileName", "notation") or node)
        graph.add_node(node, **data)
    for number, (subject, key, target, predicate) in enumerate(sorted(edges)):
        graph.add_edge(subject, target, key=f"e{number}", label=key, predicate=predicate)
    return ("\n".join(nx.generate_graphml(graph)) + "\n").encode("utf-8")


def _python_value(literal):
    datatype = literal.datatype.value
    try:
        if datatype in INTEGER_TYPES:
            return int(literal.value)
        if datatype in FLOAT_TYPES:
            return float(literal.value)
    except ValueError:
        return literal.value
    if datatype == XSD + "boolean" and literal.value in ("true", "false"):
        return literal.value == "true"
    return literal.value


def _attribute_kinds(attributes: dict[str, dict[str, list]]) -> dict[str, type]:
    """Each attribute's GraphML type: int, float or bool where every node has one such value, else str."""
    seen: dict[str, set] = {}
    for values in attributes.values():
        for key, items in values.items():
            seen.setdefault(key, set()).update({type(v) for v in items} if len(items) == 1 else {list})
    return {key: next(iter(types)) if len(types) == 1 and next(iter(types)) in (int, float, bool) else str
            for key, types in seen.items()}


def _text(value) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


def _first(values: dict[str, list], *keys: str) -> str | None:
    for key in keys:
        if values.get(key):
            return _text(sorted(values[key], key=str)[0])
    return None
