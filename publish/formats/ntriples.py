"""N-Triples: one triple a line, in the (sorted) order given."""

from __future__ import annotations

import pyoxigraph as ox


def ntriples(triples: list) -> bytes:
    """N-Triples, one triple a line, in the given (sorted) order."""
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
