"""The process a query runs in (``python -m kg87.graph.worker STORE``): it opens the store read-only and answers
requests read from stdin, one at a time, on stdout, until stdin closes.

It is started afresh, not forked: RocksDB's threads do not survive a fork, and a fresh interpreter never
re-runs the caller's script (as multiprocessing's spawn and forkserver do with a script's main module).
It imports pyoxigraph alone, so it starts in a few tens of milliseconds. Requests and answers are
pickled tuples (:mod:`multiprocessing.connection` over the two pipes):

- ``("rows", text, bindings, max_rows)`` → ``("rows", columns, rows, truncated)``, rows of plain text;
- ``("serialized", text, accept, bindings, default_graphs, named_graphs, max_rows, prefixes)`` →
  ``("ok", media type, bytes, truncated)``, or ``("unacceptable", why)`` when no accepted type fits;
- any failure → ``("error", message)``.

A binding is ``(kind, value)``: ``"iri"`` or ``"literal"``, decided by the caller. It is bound where the query
says, in its ``VALUES ?name { UNDEF }`` slots (the named queries have one in each group that needs it, so the
optimizer sees the value everywhere: Q1 on a million triples answers in milliseconds, not seconds); a parameter
with no slot is substituted (SPARQL SEP-0007). Either way the value is an RDF term written by pyoxigraph, never
the caller's text.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from itertools import islice
from multiprocessing.connection import Connection

import pyoxigraph as ox

SOLUTION_TYPES = ("application/sparql-results+json", "text/csv", "text/tab-separated-values")  # SELECT, ASK
GRAPH_TYPES = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES}
_ALIASES = {"application/json": "application/sparql-results+json"}
_SLOT = re.compile(r"\bVALUES\s+[?$](\w+)\s*\{\s*UNDEF\s*\}", re.IGNORECASE)


class Unacceptable(Exception):
    """None of the media types a client accepts can carry this kind of answer."""


def main() -> None:
    """Answer requests from stdin on stdout until stdin closes."""
    store = ox.Store.read_only(sys.argv[1])
    requests, answers = Connection(sys.stdin.fileno(), writable=False), Connection(sys.stdout.fileno(),
                                                                                   readable=False)
    while True:
        try:
            kind, *request = requests.recv()
        except EOFError:
            return
        try:
            answers.send(("rows", *_rows(store, *request)) if kind == "rows" else ("ok", *_serialized(store, *request)))
        except Unacceptable as exc:
            answers.send(("unacceptable", str(exc)))
        except Exception as exc:  # a syntax or evaluation error: its message, one line
            answers.send(("error", " ".join(str(exc).split())[:500]))


def bind(text: str, bindings: dict[str, tuple[str, str]]) -> tuple[str, dict]:
    """The query with each parameter's ``VALUES ?name { UNDEF }`` slots holding its term (as pyoxigraph writes
    it), and the parameters it has no slot for, as SEP-0007 substitutions."""
    terms = {name: ox.NamedNode(value) if kind == "iri" else ox.Literal(value)
             for name, (kind, value) in bindings.items()}
    slotted = set()

    def fill(slot: re.Match) -> str:
        name = slot.group(1)
        if name not in terms:
            return slot.group(0)
        slotted.add(name)
        return f"VALUES ?{name} {{ {terms[name]} }}"

    bound = _SLOT.sub(fill, text)
    return bound, {ox.Variable(name): term for name, term in terms.items() if name not in slotted}


def query(store, text: str, bindings: dict[str, tuple[str, str]], default_graphs=(), named_graphs=()):
    """The query's answer as pyoxigraph gives it (solutions, a boolean or triples, streamed), parameters bound."""
    text, substitutions = bind(text, bindings)
    options: dict = {"substitutions": substitutions}
    if default_graphs:
        options["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
    if named_graphs:
        options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
    return store.query(text, **options)


def _rows(store, text: str, bindings: dict, max_rows: int) -> tuple[list[str], list[dict[str, str]], bool]:
    """Columns, at most ``max_rows`` rows of text, and whether there were more."""
    result = query(store, text, bindings)
    if isinstance(result, ox.QueryBoolean):
        return ["ask"], [{"ask": "true" if bool(result) else "false"}], False
    if isinstance(result, ox.QuerySolutions):
        columns = [v.value for v in result.variables]
        items = ({c: term_text(solution[c]) for c in columns} for solution in result)
    else:  # the triples of a CONSTRUCT or DESCRIBE
        columns = ["subject", "predicate", "object"]
        items = ({"subject": term_text(t.subject), "predicate": term_text(t.predicate), "object": term_text(t.object)}
                 for t in result)
    rows = list(islice(items, max_rows + 1))
    return columns, rows[:max_rows], len(rows) > max_rows


def _serialized(store, text: str, accept: list[str], bindings: dict, default_graphs: list[str],
                named_graphs: list[str], max_rows: int, prefixes: dict[str, str]) -> tuple[str, bytes, bool]:
    """The answer in the first accepted media type that fits its kind, at most ``max_rows`` rows or triples."""
    result = query(store, text, bindings, default_graphs, named_graphs)
    if isinstance(result, ox.QueryTriples):
        media_type = _choose(accept, tuple(GRAPH_TYPES), "a CONSTRUCT or DESCRIBE query")
        triples = list(islice(result, max_rows + 1))
        body = ox.serialize(triples[:max_rows], format=GRAPH_TYPES[media_type], prefixes=prefixes)
        return media_type, body, len(triples) > max_rows
    media_type = _choose(accept, SOLUTION_TYPES, "a SELECT or ASK query")
    if isinstance(result, ox.QueryBoolean):
        return media_type, result.serialize(format=_results_format(media_type)), False
    variables = [v.value for v in result.variables]
    rows = list(islice(result, max_rows + 1))
    write = {"text/csv": _csv, "text/tab-separated-values": _tsv}.get(media_type, _json)
    return media_type, write(variables, rows[:max_rows]), len(rows) > max_rows


def _choose(accept: list[str], offered: tuple[str, ...], kind: str) -> str:
    """The first accepted media type on offer (``*/*`` and ``type/*`` take the first of that type)."""
    for wanted in (_ALIASES.get(a, a) for a in accept):
        for media_type in offered:
            if wanted in (media_type, "*/*", media_type.split("/")[0] + "/*"):
                return media_type
    raise Unacceptable(f"{kind} answers as {', '.join(offered)}")


def _results_format(media_type: str):
    return {"text/csv": ox.QueryResultsFormat.CSV,
            "text/tab-separated-values": ox.QueryResultsFormat.TSV}.get(media_type, ox.QueryResultsFormat.JSON)


def _json(variables: list[str], rows: list) -> bytes:
    """SPARQL 1.1 Query Results JSON, as Oxigraph writes it."""
    bindings = [{v: _json_term(row[v]) for v in variables if row[v] is not None} for row in rows]
    return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}}, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


def _json_term(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {k: _json_term(getattr(term, k)) for k in ("subject", "predicate",
                                                                                       "object")}}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = term.datatype.value
    return out


def _csv(variables: list[str], rows: list) -> bytes:
    """SPARQL 1.1 Query Results CSV: plain values, CRLF line ends."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(variables)
    writer.writerows([term_text(row[v]) for v in variables] for row in rows)
    return buffer.getvalue().encode("utf-8")


def _tsv(variables: list[str], rows: list) -> bytes:
    """SPARQL 1.1 Query Results TSV: terms in N-Triples syntax."""
    lines = ["\t".join(f"?{v}" for v in variables)]
    lines += ["\t".join("" if row[v] is None else str(row[v]) for v in variables) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def term_text(term) -> str:
    """A term as a row of text shows it: an IRI or a literal by its value, a blank node as _:label."""
    if term is None:
        return ""
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else term.value


if __name__ == "__main__":
    main()
