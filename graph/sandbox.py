"""SPARQL with limits: read-only, no outbound SERVICE calls, a timeout, a row cap and a memory cap.

A query is checked first (rdflib's SPARQL parser says what kind it is and whether it calls
SERVICE), then run by pyoxigraph on the build's store, read-only, in a worker process of its own:
the worker is killed when the query passes its time or memory, or on Ctrl-C, so a runaway query
(a cross product, a property path over everything) never hangs the caller or eats the machine.
Parameters are bound as RDF terms written by pyoxigraph, in the query's ``VALUES ?name { UNDEF }``
slots or else substituted (SPARQL SEP-0007) (:func:`kg87.graph.worker.bind`), never as the caller's
text. The worker is a fresh process (:mod:`kg87.graph.worker`), never a fork: RocksDB's threads
do not survive a fork, and unlike multiprocessing's spawn it never re-runs the caller's script.

A :class:`QueryWorker` keeps one worker and its open store for many queries (a SPARQL endpoint) and
answers each in a serialization (SPARQL JSON, CSV, TSV, Turtle, N-Triples) chosen from what the
client accepts; a worker stopped at a limit is replaced by a fresh one for the next query.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from multiprocessing.connection import Connection
from pathlib import Path

from kg87.model.builds import BuildMissing, current_build, verify

from .store import PREFIX_IRIS, GraphMissing, QueryResult, is_iri

UPDATES = {"InsertData", "DeleteData", "DeleteWhere", "Modify", "Load", "Clear", "Drop", "Create", "Add", "Move",
           "Copy"}
_POLL_SECONDS = 0.05
_MAYBE_REFUSED = re.compile(r"\\[uU]|(?<![\w:?$@-])(?:insert|delete|load|clear|drop|create|add|move|copy|"
                            r"service)(?![\w:-])", re.IGNORECASE)


@dataclass(frozen=True)
class QueryLimits:
    """What one query may take: seconds, rows returned, resident memory of its worker, outbound calls."""

    timeout: float = 30.0
    max_rows: int = 10_000
    max_memory_mb: int = 900  # MiB, checked every 50 ms: a fast-growing query stops below 1 GB
    allow_service: bool = False


class QueryRefused(Exception):
    """The query may not run here (an update, or SERVICE without permission); the message says why."""


class QueryStopped(Exception):
    """The query was stopped at a limit (time, memory) or failed in its worker; the message says which."""


class QueryFailed(QueryStopped):
    """The query itself is wrong (its syntax, or an error in evaluating it); the message is Oxigraph's."""


class NotAcceptable(Exception):
    """None of the media types a client accepts can carry this kind of answer; the message names those that can."""


@dataclass(frozen=True)
class Serialized:
    """A query's answer as bytes of one media type, and whether the row cap cut it short."""

    media_type: str
    body: bytes
    truncated: bool = False


@dataclass
class Answer(QueryResult):
    """The rows of a query's answer, and whether the row cap cut it short."""

    truncated: bool = False


@lru_cache(maxsize=64)
def check_query(text: str, allow_service: bool = False) -> None:
    """Refuse updates and (unless allowed) SERVICE; a query rdflib cannot parse is left to Oxigraph to judge.

    A text in which none of those keywords stands as a word, not even in a string or a comment, and that has
    no \\u escape (which could spell one) can be neither, and is passed without parsing (25 ms saved).
    """
    if not _MAYBE_REFUSED.search(text):
        return
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
    """Run a SELECT, ASK, CONSTRUCT or DESCRIBE query on the current build within ``limits``, in a worker of its
    own (no worker starts for a query that is refused)."""
    check_query(text, limits.allow_service)
    with started_worker(out_dir, limits) as worker:
        return worker.rows(text, bindings)


@contextmanager
def started_worker(out_dir: Path, limits: QueryLimits = QueryLimits()) -> Iterator[QueryWorker]:
    """A query worker over the current build's graph, started at once, so that it opens the store while the
    build's graph is checked against its manifest (and while the caller goes on); stopped on leaving."""
    try:
        build = current_build(out_dir)
    except BuildMissing as exc:
        raise GraphMissing(str(exc)) from None
    worker = QueryWorker(build / "graph", limits)
    try:
        worker.start()
        verify(build, ["graph"])
        yield worker
    finally:
        worker.close()


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


class _Worker:
    """A fresh ``python -m kg87.graph.worker`` over one store, spoken to through its stdin and stdout."""

    def __init__(self, store_path: str):
        self.process = subprocess.Popen([sys.executable, "-m", "kg87.graph.worker", store_path],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.requests = Connection(os.dup(self.process.stdin.fileno()), readable=False)
        self.answers = Connection(os.dup(self.process.stdout.fileno()), writable=False)
        self.process.stdin.close()
        self.process.stdout.close()

    @property
    def pid(self) -> int:
        return self.process.pid

    @property
    def exitcode(self) -> int | None:
        return self.process.poll()

    def is_alive(self) -> bool:
        return self.process.poll() is None

    def close(self) -> None:
        """Stop the worker and free its pipes."""
        if self.is_alive():
            self.process.kill()
        self.process.wait()
        self.requests.close()
        self.answers.close()


def _bindings(bindings: dict[str, str] | None) -> dict[str, tuple[str, str]]:
    """Parameters as the worker substitutes them: (kind, value), an IRI for http(s) values, else a string."""
    return {name: ("iri" if is_iri(value) else "literal", value) for name, value in (bindings or {}).items()}


class QueryWorker:
    """A worker process holding one store open that answers queries, one at a time, serialized within limits.

    The worker is killed when a query passes its time or memory and a new one is started for the next query, so
    a runaway query costs its timeout and nothing after it.
    """

    def __init__(self, store_path: Path, limits: QueryLimits = QueryLimits()):
        self.store_path, self.limits = str(store_path), limits
        self._lock = threading.Lock()
        self._worker: _Worker | None = None

    def serialize(self, text: str, accept: list[str], bindings: dict[str, str] | None = None,
                  default_graphs: list[str] = (), named_graphs: list[str] = ()) -> Serialized:
        """The answer in the first of the ``accept`` media types (``*/*`` for any) that fits its kind."""
        return Serialized(*self._ask(text, ("serialized", text, list(accept), _bindings(bindings),
                                            list(default_graphs), list(named_graphs), self.limits.max_rows,
                                            PREFIX_IRIS)))

    def rows(self, text: str, bindings: dict[str, str] | None = None) -> Answer:
        """The answer as columns and rows of text, as :func:`ask_limited` gives it."""
        return Answer(*self._ask(text, ("rows", text, _bindings(bindings), self.limits.max_rows)))

    def _ask(self, text: str, request: tuple) -> tuple:
        """Send a request to the worker within the limits; the answer's fields, or the exception it calls for."""
        check_query(text, self.limits.allow_service)
        if not self._lock.acquire(timeout=self.limits.timeout):
            raise QueryStopped(f"the endpoint was busy with another query for {self.limits.timeout:g} s; try again")
        try:
            worker = self._start()
            worker.requests.send(request)
            try:
                message = _wait(worker, worker.answers, self.limits)
            except BaseException:  # a limit, Ctrl-C: the worker may still be busy, so it goes
                self.close()
                raise
        finally:
            self._lock.release()
        if message[0] == "unacceptable":
            raise NotAcceptable(message[1])
        if message[0] == "error":
            raise QueryFailed(f"the query failed: {message[1]}")
        return message[1:]

    def start(self) -> None:
        """Start the worker now, so that it opens the store while the caller goes on."""
        with self._lock:
            self._start()

    def _start(self) -> _Worker:
        if self._worker is None or not self._worker.is_alive():
            self.close()
            self._worker = _Worker(self.store_path)
        return self._worker

    def close(self) -> None:
        """Stop the worker (a new one starts with the next query)."""
        if self._worker is not None:
            self._worker.close()
        self._worker = None
