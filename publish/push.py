"""`kg87 push`: the graph to a SPARQL 1.1 Graph Store Protocol endpoint, and questions asked over HTTP.

The graph goes up as N-Triples with ``PUT URL?graph=IRI``: the named graph is replaced, never
appended to. Its IRI is derived from the build's source documents (the SHA-256 of their sorted
SHA-256 digests), so a rebuild of the same documents replaces its own graph, and a build of
other documents gets a graph of its own.

Questions go to a SPARQL 1.1 query endpoint (``query_endpoint``). Parameters are bound, never
pasted into the query: each becomes a ``VALUES`` block of N-Triples-escaped RDF terms, put at the
start of the query's outermost WHERE group, where it binds the variable for the whole pattern
as ``kg87 ask`` does locally.

Requests go through httpx on asyncio. Each call has a connect timeout and one deadline for all its
attempts and waits; the deadline cancels a request wherever it is, so it cuts off a server that
answers a byte at a time as well as one that never answers.
Only http(s) URLs are accepted. Credentials in the URL are taken out of it and sent as HTTP Basic
or Digest authentication, whichever the server asks for; messages show the URL as
``https://user:***@host/…`` and never the password.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import hashlib
import json
import netrc
import os
import re
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import httpx
import pyoxigraph as ox
from rdflib import URIRef

from kg87.graph.store import GraphMissing, QueryResult, parameter_term

STORE_HINT = ("check that the URL is the store's Graph Store Protocol endpoint (Oxigraph: /store, "
              "Fuseki: /DATASET/data, Virtuoso: /sparql-graph-crud-auth) and that it accepts updates")
QUERY_HINT = ("check that the URL is the SPARQL query endpoint (Oxigraph: /query, Fuseki: /DATASET/query, "
              "Virtuoso: /sparql)")

GRAPH_NAMESPACE = "https://w3id.org/kg87/graph/"
RETRY_STATUS = {408, 425, 429, 500, 502, 503, 504}
DEFAULT_TIMEOUT = 300.0
DEFAULT_CONNECT_TIMEOUT = 10.0


class PushError(Exception):
    """A request failed; the message is one line naming the URL, the cause and what to do."""


class BadURL(PushError):
    """The URL is not one kg87 can send to (not http or https, or no host); nothing was sent."""


@dataclass(frozen=True)
class Endpoint:
    """Where to send: the URL without credentials, the URL as messages show it, and the login."""

    url: str
    shown: str
    user: str | None = None
    password: str | None = field(default=None, repr=False)


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


def endpoint(url: str, user: str | None = None, password: str | None = None) -> Endpoint:
    """The http(s) ``url`` with any ``user:password@`` taken out; raises BadURL for any other URL.

    ``user`` and ``password`` come before the URL's own; a password still missing is looked up
    for the host (and user) in $NETRC or ~/.netrc.
    """
    shown = _CREDENTIALS.sub(r"\1:***@", url, count=1)
    example = "give the store's URL, e.g. http://127.0.0.1:7878/store"
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # raises ValueError for a port that is not a number from 0 to 65535
        userinfo, at, host = parts.netloc.rpartition("@")
        clean = urllib.parse.urlunsplit(parts._replace(netloc=host))
        httpx.URL(clean)
    except (ValueError, httpx.InvalidURL):
        raise BadURL(f"cannot send to {shown}: it is not a valid URL (in a password, / ? # @ must be written "
                     f"%2F %3F %23 %40); {example}") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise BadURL(f"cannot send to {shown}: only http:// and https:// URLs with a host are supported; {example}")
    url_user, colon, url_password = userinfo.partition(":")
    user = user or (urllib.parse.unquote(url_user) if at else None)
    if password is None and colon:
        password = urllib.parse.unquote(url_password)
    if password is None:
        user, password = _netrc_login(parts.hostname, user) or (user, None)
    return Endpoint(clean, shown, user, password)


# The password of a URL's user:password@, generously: up to the authority's (or path's) last @.
_CREDENTIALS = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*://[^/?#@:]*):[^?#]*@")


def _netrc_login(host: str, user: str | None) -> tuple[str, str] | None:
    """(login, password) for ``host`` in $NETRC or ~/.netrc, if it has one for ``user`` (any, if None)."""
    try:
        entry = netrc.netrc(os.environ.get("NETRC")).authenticators(host)
    except OSError:
        return None
    except netrc.NetrcParseError as exc:
        raise PushError(f"cannot read a password from {exc.filename} (line {exc.lineno}): it is not netrc syntax "
                        "or others may read it; fix it, or `chmod 600` it") from None
    if entry is None or (user is not None and entry[0] != user):
        return None
    return entry[0], entry[2] or ""


def push_graph(url: str, data: bytes, graph: str | None, *, user: str | None = None, password: str | None = None,
               retries: int = 3, backoff: float = 0.5, timeout: float = DEFAULT_TIMEOUT,
               connect_timeout: float = DEFAULT_CONNECT_TIMEOUT) -> PushResult:
    """PUT N-Triples ``data`` as the named graph ``graph`` of the Graph Store at ``url`` (replacing it), or as
    the store's default graph when ``graph`` is None.

    Connection failures and HTTP 408/425/429/5xx are retried up to ``retries`` times, waiting
    ``backoff`` seconds, then twice that, and so on; all attempts and waits end within ``timeout``
    seconds. Raises BadURL for a URL that is not http(s), PushError on any other failure.
    """
    target = endpoint(url, user, password)
    started = time.perf_counter()
    status, attempts, _ = _run(_send(
        target, "push the graph", STORE_HINT, retries, backoff, timeout, connect_timeout,
        method="PUT", params={"graph": graph} if graph else {"default": ""}, content=data,
        headers={"Content-Type": "application/n-triples"}))
    return PushResult(target.shown, graph or "default graph", status, attempts, time.perf_counter() - started,
                      len(data))


def query_endpoint(url: str, query_text: str, bindings: dict[str, str] | None = None, *,
                   default_graph: str | None = None, user: str | None = None, password: str | None = None,
                   retries: int = 3, backoff: float = 0.5, timeout: float = DEFAULT_TIMEOUT,
                   connect_timeout: float = DEFAULT_CONNECT_TIMEOUT) -> QueryResult:
    """Run a SELECT query on a SPARQL 1.1 query endpoint, each binding bound as a VALUES block.

    ``default_graph`` is sent as the protocol's ``default-graph-uri``, so a query reads the named
    graph `kg87 push` wrote. Values become RDF terms as in ``kg87 ask`` (http(s) IRIs, else strings).
    """
    target = endpoint(url, user, password)
    _, _, body = _run(_send(
        target, "run the query", QUERY_HINT, retries, backoff, timeout, connect_timeout,
        method="POST", params={"default-graph-uri": default_graph} if default_graph else {},
        content=bind_values(query_text, bindings or {}).encode("utf-8"),
        headers={"Content-Type": "application/sparql-query; charset=utf-8",
                 "Accept": "application/sparql-results+json"}))
    try:
        results = json.loads(body)
        columns = list(results["head"]["vars"])
        rows = [{c: row[c]["value"] if c in row else "" for c in columns} for row in results["results"]["bindings"]]
    except (ValueError, KeyError, TypeError) as exc:
        raise PushError(f"could not run the query at {target.shown}: the answer is not SPARQL JSON results "
                        f"({_redacted(str(exc), target)}); {QUERY_HINT}") from None
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


async def _send(target: Endpoint, action: str, hint: str, retries: int, backoff: float, timeout: float,
                connect_timeout: float, **request) -> tuple[int, int, bytes]:
    """Send ``request`` (httpx ``request()`` arguments), retrying what may pass, all within ``timeout``
    seconds; return (HTTP status, attempts, body); raise PushError on failure."""
    auth = _AskedForAuth(target.user, target.password or "") if target.user is not None else None
    attempt = 0
    try:
        async with asyncio.timeout(timeout) as deadline, httpx.AsyncClient(
                auth=auth, timeout=httpx.Timeout(None, connect=connect_timeout)) as client:
            while True:
                attempt += 1
                try:
                    response = await client.request(url=target.url, **request)
                except httpx.RequestError as exc:
                    failure = (f"{_reason(exc, connect_timeout, target)} (after {_attempts(attempt)}); "
                               "check that the server is running and the URL is right")
                else:
                    if response.is_success:
                        return response.status_code, attempt, response.content
                    failure = (f"HTTP {response.status_code} {response.reason_phrase}{_detail(response, target)}; "
                               f"{_advice(response.status_code, hint)}")
                    if response.status_code not in RETRY_STATUS:
                        break
                wait = backoff * 2 ** (attempt - 1)
                if attempt > retries or asyncio.get_running_loop().time() + wait >= deadline.when():
                    break
                await asyncio.sleep(wait)
    except TimeoutError:
        raise PushError(f"could not {action} at {target.shown}: no complete answer within {timeout:g} s "
                        f"({_attempts(attempt)}); check that the server is up and not overloaded, or allow more "
                        "time (--timeout)") from None
    raise PushError(f"could not {action} at {target.shown}: {failure}")


def _attempts(count: int) -> str:
    return f"{count} attempt{'s' if count > 1 else ''}"


class _AskedForAuth(httpx.Auth):
    """HTTP Digest or Basic, whichever the server's 401 challenge asks for; nothing is sent before."""

    def __init__(self, user: str, password: str):
        self._digest = httpx.DigestAuth(user, password)
        self._basic = httpx.BasicAuth(user, password)

    def auth_flow(self, request: httpx.Request):
        digest = self._digest.auth_flow(request)
        response = yield next(digest)
        if response.status_code != 401:
            return
        challenges = [h.lower() for h in response.headers.get_list("www-authenticate")]
        if any(c.startswith("digest ") for c in challenges):
            yield digest.send(response)
        elif any(c.startswith("basic") for c in challenges):
            yield next(self._basic.auth_flow(request))


def _run(coroutine):
    """Run ``coroutine`` to its end, in a thread of its own if this one already runs an event loop (Jupyter)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:  # the usual case: no event loop here
        pass
    else:
        with concurrent.futures.ThreadPoolExecutor(1) as pool:
            return pool.submit(asyncio.run, coroutine).result()
    return asyncio.run(coroutine)


def _redacted(text: str, target: Endpoint) -> str:
    """``text`` (from the HTTP library or the server) with the password, as given or URL-encoded, as ***."""
    if target.password:
        for secret in (target.password, urllib.parse.quote(target.password, safe="")):
            text = text.replace(secret, "***")
    return text


def _reason(exc: httpx.RequestError, connect_timeout: float, target: Endpoint) -> str:
    """Why a request got no answer: the system's words for the error underneath ("Connection refused",
    not "All connection attempts failed"), else the HTTP library's."""
    if isinstance(exc, httpx.ConnectTimeout):
        return f"no connection within {connect_timeout:g} s"
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, OSError) and (cause.errno or 0) > 0:
            return os.strerror(cause.errno)
        inner = cause.__cause__ or cause.__context__
        cause = inner.exceptions[0] if isinstance(inner, BaseExceptionGroup) else inner
    return _redacted(str(exc) or type(exc).__name__, target)


def _detail(response: httpx.Response, target: Endpoint) -> str:
    """The start of an error response's body, on one line in brackets (servers explain themselves there)."""
    text = " ".join(response.content[:300].decode("utf-8", "replace").split())
    return f" ({_redacted(text, target)})" if text else ""


def _advice(status: int, hint: str) -> str:
    if status in (401, 403):
        return ("check --user and the password (KG87_PUSH_PASSWORD or ~/.netrc), and what this user may do "
                "on the server")
    if status in (404, 405, 415):
        return hint
    return "see the server's log"
