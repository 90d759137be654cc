"""Turtle: every triple, sorted, with the context's prefixes and one prefix per kind of kg87 resource."""

from __future__ import annotations

import re

import pyoxigraph as ox

from kg87.graph.terms import ID

from .jsonld import Context

ID_NAMESPACE = str(ID)


def turtle(triples: list, context: Context) -> bytes:
    """Turtle with the context's prefixes and one prefix per kind of kg87 resource (country:NPL)."""
    return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=turtle_prefixes(triples, context))


def turtle_prefixes(triples: list, context: Context) -> dict[str, str]:
    """The context's prefixes, plus ``kind:`` for each ``https://w3id.org/kg87/id/kind/…`` in use."""
    prefixes = dict(context.prefixes)
    kinds = set()
    for t in triples:
        for term in (t.subject, t.object):
            if isinstance(term, ox.NamedNode) and term.value.startswith(ID_NAMESPACE):
                kind, slash, _ = term.value[len(ID_NAMESPACE):].partition("/")
                if slash and re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]*", kind) and kind not in prefixes:
                    kinds.add(kind)
    prefixes.update({kind: f"{ID_NAMESPACE}{kind}/" for kind in sorted(kinds)})
    return prefixes
