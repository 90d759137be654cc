"""SPARQL with limits: read-only, no outbound SERVICE calls, a timeout, a row cap and a memory cap.

A query is checked first (rdflib's SPARQL parser says what kind it is and whether it calls
SERVICE), then run by pyoxigraph on the build's store, read-only, in a worker process of its own:
the worker is killed when the query passes its time or memory, or on Ctrl-C, so a runaway query
(a cross product, a property path over everything) never hangs the caller or eats the machine.
Parameters are substituted as RDF terms before evaluation (SPARQL SEP-0007), never pasted into
the text. Workers are forked from a server process that has never opened a store: RocksDB's
threads do not survive a fork.
"""

from __future__ import annotations

import multiprocessing
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from kg87.model.builds import BuildMissing, current_build, verify

from .store import GraphMissing, QueryResult, is_iri

UPDATES = {"InsertData", "DeleteData", "DeleteWhere", "Modify", "Load", "Clear", "Drop", "Create", "Add", "Move",
           "Copy"}
_POLL_SECONDS = 0.05


@dataclass(frozen=True)
class QueryLimits:
    """What one query may take: seconds, rows returned, resident memory of its worker, outbound calls."""

    timeout: float = 30.0
    max_rows: int = 10_000
    max_memory_mb: int = 1024
    allow_service: bool = False


class QueryRefused(Exception):
    """The query may not run here (an update, or SERVICE without permission); the message says why."""


class QueryStopped(Exception):
    """The query was stopped at a limit (time, memory) or failed in its worker; the message says which."""


@dataclass
class Answer(QueryResult):
    """The rows of a query's answer, and whether the row cap cut it short."""

    truncated: bool = False


def check_query(text: str, allow_service: bool = False) -> None:
    """Refuse updates and (unless allowed) SERVICE; a query rdflib cannot parse is left to Oxigraph to judge."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        parts = _names(parseQuery(text))
    except ParseException:
        try:
            updates = _names(parseUpdate(text)) & UPDATES
        except ParseException:
            updates, parts = set(), {"ServiceGraphPattern"} if "service" in text.lower() else set()
        if updates:
            raise QueryRefused("kg87 sparql is read-only: INSERT, DELETE, LOAD, CLEAR, DROP and the other "
                               "updates are refused; change the graph by building it again") from None
    if "ServiceGraphPattern" in parts and not allow_service:
        raise QueryRefused("SERVICE (a call to another SPARQL endpoint) is refused: it would send data out and "
                           "wait on a server kg87 does not control; pass --allow-service to permit it")


def _names(tree) -> set[str]:
    """The grammar rules (ServiceGraphPattern, InsertData, …) that a parsed query or update contains."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    found, stack = set(), [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue):
            found.add(node.name)
            stack.extend(node.values())
        elif isinstance(node, (ParseResults, list, tuple)):
            stack.extend(node)
    return found


def ask_limited(out_dir: Path, text: str, bindings: dict[str, str] | None = None,
                limits: QueryLimits = QueryLimits()) -> Answer:
    """Run a SELECT, ASK, CONSTRUCT or DESCRIBE query on the current build within ``limits``."""
    check_query(text, limits.allow_service)
    try:
        build = current_build(out_dir)
    except BuildMissing as exc:
        raise GraphMissing(str(exc)) from None
    verify(build, ["graph"])
    receiver, sender = _context().Pipe(duplex=False)
    worker = _context().Process(target=_answer, args=(str(build / "graph"), text, bindings or {}, limits.max_rows,
                                                      sender), daemon=True)
    worker.start()
    sender.close()
    try:
        message = _wait(worker, receiver, limits)
    finally:
        if worker.is_alive():
            worker.kill()
        worker.join()
    if message[0] == "error":
        raise QueryStopped(f"the query failed: {message[1]}")
    return Answer(*message[1:])


def _wait(worker, receiver: Connection, limits: QueryLimits) -> tuple:
    """The worker's message, or QueryStopped when it passes a limit or dies without answering."""
    deadline = time.monotonic() + limits.timeout
    while not receiver.poll(_POLL_SECONDS):
        if time.monotonic() > deadline:
            raise QueryStopped(f"the query was stopped after {limits.timeout:g} s (--timeout); narrow it, "
                               "or allow it more time")
        if _resident_mb(worker.pid) > limits.max_memory_mb:
            raise QueryStopped(f"the query was stopped at {limits.max_memory_mb} MB of memory (--max-memory); "
                               "a cross product or an unbounded path is the usual cause")
        if not worker.is_alive() and not receiver.poll(0):
            raise QueryStopped(f"the query's worker ended without an answer (exit status {worker.exitcode})")
    try:
        return receiver.recv()
    except EOFError:
        raise QueryStopped(f"the query's worker ended without an answer (exit status {worker.exitcode})") from None


def _resident_mb(pid: int | None) -> float:
    """Resident memory of a process in MB (Linux /proc; 0 where it cannot be read)."""
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as handle:
            pages = int(handle.read().split()[1])
    except (OSError, ValueError, IndexError):
        return 0.0
    import resource

    return pages * resource.getpagesize() / 2**20


def _context():
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["pyoxigraph", "kg87.graph.sandbox"])
    return context


def _answer(store_path: str, text: str, bindings: dict[str, str], max_rows: int, sender: Connection) -> None:
    """In the worker: run the query and send ("rows", columns, rows, truncated) or ("error", message)."""
    import pyoxigraph as ox

    try:
        store = ox.Store.read_only(store_path)
        substitutions = {ox.Variable(name): _term(value) for name, value in bindings.items()}
        sender.send(("rows", *_rows(store.query(text, substitutions=substitutions), max_rows)))
    except Exception as exc:  # a syntax or evaluation error: its message, one line
        sender.send(("error", " ".join(str(exc).split())[:500]))


def _rows(result, max_rows: int) -> tuple[list[str], list[dict[str, str]], bool]:
    """Columns, at most ``max_rows`` rows of text, and whether there were more."""
    import pyoxigraph as ox

    if isinstance(result, ox.QueryBoolean):
        return ["ask"], [{"ask": "true" if bool(result) else "false"}], False
    if isinstance(result, ox.QuerySolutions):
        columns = [v.value for v in result.variables]
        items = ({c: _text(solution[c]) for c in columns} for solution in result)
    else:  # the triples of a CONSTRUCT or DESCRIBE
        columns = ["subject", "predicate", "object"]
        items = ({"subject": _text(t.subject), "predicate": _text(t.predicate), "object": _text(t.object)}
                 for t in result)
    rows = []
    for row in items:
        if len(rows) == max_rows:
            return columns, rows, True
        rows.append(row)
    return columns, rows, False


def _term(value: str):
    """The RDF term a parameter value stands for (as :func:`kg87.graph.store.parameter_term` says)."""
    import pyoxigraph as ox

    return ox.NamedNode(value) if is_iri(value) else ox.Literal(value)


def _text(term) -> str:
    import pyoxigraph as ox

    if term is None:
        return ""
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else term.value
