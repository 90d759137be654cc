"""GraphML: a property graph for Gephi and networkx; resources are nodes, literal properties their attributes."""

from __future__ import annotations

import pyoxigraph as ox

from kg87.graph.terms import KG87, SDG_TARGET_8_7

from .jsonld import RDF_TYPE, XSD, Context

INTEGER_TYPES = {XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                                   "positiveInteger", "nonPositiveInteger", "negativeInteger",
                                   "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte")}
FLOAT_TYPES = {XSD + "decimal", XSD + "double", XSD + "float"}
NAMES = ("http://www.w3.org/2004/02/skos/core#prefLabel", "http://www.w3.org/2000/01/rdf-schema#label")
ACTOR = str(KG87.actor)
HUB = ox.NamedNode(str(SDG_TARGET_8_7))  # the SDG target every statement is about


def graphml(triples: list, context: Context, lang: str = "en", hub: bool = False) -> bytes:
    """A property graph: resources as nodes (literal properties as attributes), links as edges.

    A node's ``label`` is its name in ``lang`` (else an untagged one, else one in another language);
    a statement's is its actor and the start of its text, an excerpt's its page and quote. Literals
    tagged with another language become ``key_tag`` attributes (``prefLabel_fr``). The SDG target
    every statement points at is left out unless ``hub``: a hub that would swamp any layout.
    """
    import networkx as nx

    if not hub:
        triples = [t for t in triples if HUB not in (t.subject, t.object)]
    attributes, edges, names = _collect(triples, context, lang)
    labels = _labels(attributes, edges, names)
    kinds = _attribute_kinds(attributes)
    graph = nx.MultiDiGraph()
    if not hub:
        graph.graph["leftOut"] = HUB.value
    for node in sorted(attributes):
        values = attributes[node]
        data = {"iri": node if node.startswith("_:") else context.expand(node)}
        for key in sorted(values):
            items = sorted(values[key], key=str)
            data[key] = items[0] if kinds[key] is not str else " | ".join(_text(v) for v in items)
        data["label"] = labels[node]
        graph.add_node(node, **data)
    for number, (subject, key, target, predicate) in enumerate(sorted(edges)):
        graph.add_edge(subject, target, key=f"e{number}", label=key, predicate=predicate)
    return ("\n".join(nx.generate_graphml(graph)) + "\n").encode("utf-8")


def _collect(triples: list, context: Context, lang: str) -> tuple[dict, list, dict]:
    """Each node's literal values by key, the links between nodes, and each node's names ranked for ``lang``."""
    attributes: dict[str, dict[str, list]] = {}
    edges = []
    names: dict[str, list[tuple]] = {}
    for t in triples:
        subject = context.node_id(t.subject)
        values = attributes.setdefault(subject, {})
        if t.predicate.value == RDF_TYPE:
            values.setdefault("type", []).append(context.key(t.object.value))
        elif isinstance(t.object, ox.Literal):
            language = t.object.language or ""
            key = context.key(t.predicate.value)
            values.setdefault(key if _speaks(language, lang) else f"{key}_{language}", []).append(
                _python_value(t.object))
            if t.predicate.value in NAMES:
                rank = 1 if not language else 0 if _speaks(language, lang) else 2  # in lang, untagged, other
                names.setdefault(subject, []).append((rank, NAMES.index(t.predicate.value), language, t.object.value))
        else:
            target = context.node_id(t.object)
            attributes.setdefault(target, {})
            edges.append((subject, context.key(t.predicate.value), target, t.predicate.value))
    return attributes, edges, names


def _speaks(language: str, lang: str) -> bool:
    """Whether a literal's language tag is untagged or within ``lang`` (basic filtering: "en" takes "en-GB")."""
    language, lang = language.lower(), lang.lower()
    return not language or language == lang or language.startswith(lang + "-")


def _labels(attributes: dict[str, dict[str, list]], edges: list, names: dict[str, list[tuple]]) -> dict[str, str]:
    """Each node's display label: its best name, file name or notation; a statement's "actor: text …"."""
    labels = {node: min(names[node])[-1] if node in names else _first(values, "fileName", "notation")
              for node, values in attributes.items()}
    actors: dict[str, str] = {}
    for subject, _, target, predicate in sorted(edges):
        if predicate == ACTOR:
            actors.setdefault(subject, target)
    for node, values in attributes.items():
        if labels[node] is None and node in actors and values.get("text"):
            actor = actors[node]
            labels[node] = f"{_shorten(labels[actor] or actor, 40)}: {_shorten(_first(values, 'text'))}"
        elif labels[node] is None and values.get("quote"):
            page = _first(values, "page")
            labels[node] = (f"p. {page}: " if page else "") + _shorten(_first(values, "quote"))
    return {node: label or node for node, label in labels.items()}


def _shorten(text: str, width: int = 60) -> str:
    """``text`` on one line, cut at a word boundary to at most ``width`` characters, ending " …" when cut."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    head = text[:width - 2]
    if text[width - 2] != " " and " " in head:
        head = head.rsplit(" ", 1)[0]
    return head.rstrip(" ,;:.") + " …"


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
