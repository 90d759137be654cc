"""`kg87 push`: the graph to a SPARQL 1.1 Graph Store Protocol endpoint, and questions asked over HTTP.

The graph goes up as N-Triples with ``PUT URL?graph=IRI``: the named graph is replaced, never
appended to. Its IRI is derived from the build's source documents (the SHA-256 of their sorted
SHA-256 digests), so a rebuild of the same documents replaces its own graph, and a build of
other documents gets a graph of its own.

Questions go to a SPARQL 1.1 query endpoint (``query_endpoint``). Parameters are bound, never
pasted into the query: each becomes a ``VALUES`` block of N-Triples-escaped RDF terms, put at the
start of the query's outermost WHERE group, where it binds the variable for the whole pattern
as ``kg87 ask`` does locally.

Only the standard library is used (urllib); Basic and Digest authentication are both answered.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox
from rdflib import URIRef

from kg87.graph.store import GraphMissing, QueryResult, parameter_term

STORE_HINT = ("check that the URL is the store's Graph Store Protocol endpoint (Oxigraph: /store, "
              "Fuseki: /DATASET/data, Virtuoso: /sparql-graph-crud-auth) and that it accepts updates")
QUERY_HINT = ("check that the URL is the SPARQL query endpoint (Oxigraph: /query, Fuseki: /DATASET/query, "
              "Virtuoso: /sparql)")

GRAPH_NAMESPACE = "https://w3id.org/kg87/graph/"
RETRY_STATUS = {408, 425, 429, 500, 502, 503, 504}


class PushError(Exception):
    """A request failed; the message is one line naming the URL, the cause and what to do."""


@dataclass
class PushResult:
    url: str
    graph: str
    status: int
    attempts: int
    seconds: float
    size: int


def named_graph_iri(document_sha256s: Iterable[str]) -> str:
    """The named graph of a build: https://w3id.org/kg87/graph/ + 16 hex digits of its documents' digests."""
    digest = hashlib.sha256("\n".join(sorted(document_sha256s)).encode("ascii")).hexdigest()
    return f"{GRAPH_NAMESPACE}{digest[:16]}"


def build_graph_iri(out_dir: Path) -> str:
    """The named graph of the build under ``out_dir`` (from the documents in its records.json)."""
    path = Path(out_dir) / "records.json"
    if not path.is_file():
        raise GraphMissing(f"no build at {out_dir} ({path.name} is missing): run `kg87 build` first")
    documents = json.loads(path.read_text(encoding="utf-8"))["documents"]
    return named_graph_iri(d["sha256"] for d in documents)


def push_graph(url: str, data: bytes, graph: str, *, user: str | None = None, password: str | None = None,
               retries: int = 3, backoff: float = 0.5, timeout: float = 120.0) -> PushResult:
    """PUT N-Triples ``data`` as the named graph ``graph`` of the Graph Store at ``url`` (replacing it).

    Connection failures, timeouts and HTTP 408/425/429/5xx are retried up to ``retries`` times,
    waiting ``backoff`` seconds, then twice that, and so on. Raises PushError on failure.
    """
    target = _with_params(url, {"graph": graph})
    started = time.perf_counter()
    status, attempts, _ = _send(url, lambda: urllib.request.Request(
        target, data=data, method="PUT", headers={"Content-Type": "application/n-triples"}),
        user, password, retries, backoff, timeout, "push the graph", STORE_HINT)
    return PushResult(url, graph, status, attempts, time.perf_counter() - started, len(data))


def query_endpoint(url: str, query_text: str, bindings: dict[str, str] | None = None, *,
                   default_graph: str | None = None, user: str | None = None, password: str | None = None,
                   retries: int = 3, backoff: float = 0.5, timeout: float = 120.0) -> QueryResult:
    """Run a SELECT query on a SPARQL 1.1 query endpoint, each binding bound as a VALUES block.

    ``default_graph`` is sent as the protocol's ``default-graph-uri``, so a query reads the named
    graph `kg87 push` wrote. Values become RDF terms as in ``kg87 ask`` (http(s) IRIs, else strings).
    """
    text = bind_values(query_text, bindings or {})
    target = _with_params(url, {"default-graph-uri": default_graph} if default_graph else {})
    _, _, body = _send(url, lambda: urllib.request.Request(
        target, data=text.encode("utf-8"), method="POST",
        headers={"Content-Type": "application/sparql-query; charset=utf-8",
                 "Accept": "application/sparql-results+json"}),
        user, password, retries, backoff, timeout, "run the query", QUERY_HINT)
    try:
        results = json.loads(body)
        columns = list(results["head"]["vars"])
        rows = [{c: row[c]["value"] if c in row else "" for c in columns} for row in results["results"]["bindings"]]
    except (ValueError, KeyError, TypeError) as exc:
        raise PushError(f"could not run the query at {url}: the answer is not SPARQL JSON results ({exc}); "
                        f"{QUERY_HINT}") from None
    return QueryResult(columns, rows)


def bind_values(query_text: str, bindings: dict[str, str]) -> str:
    """The query with ``VALUES (?a ?b) { (term term) }`` at the start of its outermost WHERE group."""
    if not bindings:
        return query_text
    names = sorted(bindings)
    for name in names:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise ValueError(f"{name!r} is not a SPARQL variable name")
    terms = []
    for name in names:
        term = parameter_term(bindings[name])
        terms.append(str(ox.NamedNode(str(term)) if isinstance(term, URIRef) else ox.Literal(str(term))))
    block = f" VALUES ({' '.join('?' + n for n in names)}) {{ ({' '.join(terms)}) }} "
    # IRIs, strings and comments are blanked (keeping offsets): only the query's own keywords count.
    code = _NOT_CODE.sub(lambda m: " " * len(m.group()), query_text)
    group = re.search(r"\bWHERE\s*\{", code, re.IGNORECASE) or re.search(r"\bSELECT\b[^{]*\{", code, re.IGNORECASE)
    if group is None:
        raise ValueError("cannot bind parameters: the query has no WHERE { … } group")
    return query_text[:group.end()] + block + query_text[group.end():]


_NOT_CODE = re.compile("|".join([
    r"<[^<>\"{}|^`\\\s]*>",                    # IRI
    r'"""(?:[^"\\]|\\.|"(?!""))*"""',           # long strings
    r"'''(?:[^'\\]|\\.|'(?!''))*'''",
    r'"(?:[^"\\\n]|\\.)*"',                     # strings
    r"'(?:[^'\\\n]|\\.)*'",
    r"#[^\n]*",                                 # comment
]))


def _with_params(url: str, params: dict[str, str]) -> str:
    if not params:
        return url
    return url + ("&" if urllib.parse.urlsplit(url).query else "?") + urllib.parse.urlencode(params)


def _opener(url: str, user: str | None, password: str | None) -> urllib.request.OpenerDirector:
    handlers: list = []
    if user is not None:
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        passwords.add_password(None, url, user, password or "")
        handlers += [urllib.request.HTTPDigestAuthHandler(passwords), urllib.request.HTTPBasicAuthHandler(passwords)]
    return urllib.request.build_opener(*handlers)


def _send(url: str, make_request, user: str | None, password: str | None, retries: int, backoff: float,
          timeout: float, action: str, hint: str) -> tuple[int, int, bytes]:
    """Send a request, retrying what may pass; return (HTTP status, attempts, body); raise PushError on failure."""
    opener = _opener(url, user, password)
    attempt = 0
    while True:
        attempt += 1
        try:
            with opener.open(make_request(), timeout=timeout) as response:
                return response.status, attempt, response.read()
        except urllib.error.HTTPError as exc:
            detail = _detail(exc)
            cause = f"HTTP {exc.code} {exc.reason}" + (f" ({detail})" if detail else "")
            if exc.code not in RETRY_STATUS or attempt > retries:
                raise PushError(f"could not {action} at {url}: {cause}; {_advice(exc.code, hint)}") from None
        except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
            reason = getattr(exc, "reason", exc)
            if attempt > retries:
                raise PushError(f"could not {action} at {url}: {reason} (after {attempt} attempts); check that "
                                "the server is running and the URL is right") from None
        time.sleep(backoff * 2 ** (attempt - 1))


def _detail(exc: urllib.error.HTTPError) -> str:
    """The start of an error response's body, on one line (servers explain themselves there)."""
    try:
        return " ".join(exc.read(300).decode("utf-8", "replace").split())
    except (OSError, AttributeError, ValueError):
        return ""


def _advice(status: int, hint: str) -> str:
    if status in (401, 403):
        return "check --user and the password (KG87_PUSH_PASSWORD), and what this user may do on the server"
    if status in (404, 405, 415):
        return hint
    return "see the server's log"
