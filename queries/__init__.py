"""Named SPARQL queries: one ``.rq`` file per question, its first comment line the question.

Parameters are declared in comment lines ``# param NAME: description`` and bound as
variables (``?NAME``) when the query runs; they are never pasted into the query text.
A query may give a parameter slots, ``VALUES ?NAME { UNDEF }`` (no constraint while unbound):
its value is bound there, as an RDF term, in each group that has one, which lets the optimizer
narrow that group too (commitments.rq binds the country in its OPTIONAL of themes); a
parameter with no slot is substituted.
Oxigraph binds only projected variables, so each parameter is also a column of the answer,
and an optional parameter is tested with ``COALESCE(STR(?name), "") = ""`` (Oxigraph's
``BOUND`` does not see a bound value).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

_PARAM = re.compile(r"^#\s*param\s+(\w+)\s*:\s*(.+)$")


@dataclass(frozen=True)
class NamedQuery:
    name: str
    question: str
    params: dict[str, str]
    text: str


def named_queries() -> dict[str, NamedQuery]:
    """Every shipped query, by name (the file name without ``.rq``)."""
    out = {}
    for item in sorted(resources.files(__package__).iterdir(), key=lambda p: p.name):
        if item.name.endswith(".rq"):
            out[item.name[:-3]] = parse_query(item.name[:-3], item.read_text(encoding="utf-8"))
    return out


def parse_query(name: str, text: str) -> NamedQuery:
    comments = [line for line in text.splitlines() if line.startswith("#")]
    question = comments[0].lstrip("# ").strip() if comments else ""
    params = {m.group(1): m.group(2).strip() for line in comments if (m := _PARAM.match(line))}
    return NamedQuery(name, question, params, text)
