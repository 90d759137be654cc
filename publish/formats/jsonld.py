"""JSON-LD: one compact document with readable keys, its shipped @context embedded (it reads offline)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources

import pyoxigraph as ox

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"


@dataclass(frozen=True)
class Term:
    name: str
    type: str | None = None  # "@id", a datatype IRI, or None
    language: str | None = None


class Context:
    """The shipped JSON-LD @context, read as the key each property and class gets, and its prefixes."""

    def __init__(self, source: bytes):
        self.source = source
        self.body: dict = json.loads(source)["@context"]
        self.prefixes = {k: v for k, v in self.body.items()
                         if isinstance(v, str) and not k.startswith("@") and v.endswith(("/", "#"))}
        self.terms: dict[str, Term] = {}
        for name, definition in self.body.items():
            if name.startswith("@") or name in self.prefixes:
                continue
            if isinstance(definition, str):
                if not definition.startswith("@"):
                    self.terms.setdefault(self.expand(definition), Term(name))
            else:
                coercion = definition.get("@type")
                self.terms.setdefault(self.expand(definition["@id"]), Term(
                    name, coercion if coercion in (None, "@id") else self.expand(coercion),
                    definition.get("@language")))

    @classmethod
    def shipped(cls) -> "Context":
        """The context shipped as graph/context.jsonld."""
        return cls(resources.files("kg87.graph").joinpath("context.jsonld").read_bytes())

    def expand(self, value: str) -> str:
        """A compact IRI (prefix:rest) expanded with the context's prefixes; anything else as it is."""
        prefix, colon, rest = value.partition(":")
        return self.prefixes[prefix] + rest if colon and prefix in self.prefixes else value

    def compact(self, iri: str) -> str:
        """A compact IRI (kgid:country/NPL) with the longest matching prefix, else the IRI itself."""
        best = max((p for p, ns in self.prefixes.items() if iri.startswith(ns) and len(iri) > len(ns)
                    and not iri[len(ns):].startswith("//")), key=lambda p: len(self.prefixes[p]), default=None)
        return f"{best}:{iri[len(self.prefixes[best]):]}" if best else iri

    def key(self, iri: str) -> str:
        """The JSON key of a property (or the name of a class): its term, else its compact IRI."""
        term = self.terms.get(iri)
        return term.name if term else self.compact(iri)

    def node_id(self, term) -> str:
        """The id of a node: _:label for a blank node, else its compact IRI."""
        return f"_:{term.value}" if isinstance(term, ox.BlankNode) else self.compact(term.value)


def jsonld(triples: list, context: Context) -> bytes:
    """The graph as one compact JSON-LD document: {"@context": …, "@graph": [node, …]}, sorted."""
    nodes: dict[str, dict[str, list]] = {}
    for t in triples:
        node = nodes.setdefault(context.node_id(t.subject), {})
        if t.predicate.value == RDF_TYPE:
            node.setdefault("type", []).append(context.key(t.object.value))
        else:
            term = context.terms.get(t.predicate.value)
            node.setdefault(context.key(t.predicate.value), []).append(_json_value(t.object, term, context))
    graph = []
    for node_id in sorted(nodes, key=lambda n: (n.startswith("_:"), n)):
        properties = nodes[node_id]
        obj: dict = {"id": node_id}
        for key in sorted(properties, key=lambda k: (k != "type", k)):
            values = sorted(properties[key], key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
            obj[key] = values[0] if len(values) == 1 else values
        graph.append(obj)
    document = {"@context": context.body, "@graph": graph}
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _json_value(obj, term: Term | None, context: Context):
    """A value as compact JSON-LD: plain where the term's coercion says what it is, else a value object."""
    if isinstance(obj, (ox.NamedNode, ox.BlankNode)):
        node = context.node_id(obj)
        return node if term and term.type == "@id" else {"id": node}
    lexical, datatype = obj.value, obj.datatype.value
    coerced = term is not None and (term.type is not None or term.language is not None)
    if obj.language:
        if term and term.language == obj.language and term.type is None:
            return lexical
        return {"@value": lexical, "@language": obj.language}
    if coerced:
        if term.type == datatype:
            return lexical
        return {"@value": lexical} if datatype == XSD + "string" else \
            {"@value": lexical, "@type": context.compact(datatype)}
    if datatype == XSD + "string":
        return lexical
    if datatype == XSD + "boolean" and lexical in ("true", "false"):
        return lexical == "true"
    if datatype == XSD + "integer" and re.fullmatch(r"-?[1-9][0-9]*|0", lexical):
        return int(lexical)
    return {"@value": lexical, "@type": context.compact(datatype)}
