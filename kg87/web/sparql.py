"""The SPARQL 1.1 Protocol endpoint at ``/sparql``: read-only, limited, answers by content negotiation.

``GET /sparql?query=…``, ``POST`` a form with ``query=…`` or a body of type ``application/sparql-query``;
``default-graph-uri`` and ``named-graph-uri`` as the protocol says. Updates (``update=…``, a body of type
``application/sparql-update``, INSERT, DELETE, LOAD …) and SERVICE are refused with a 400 saying why. SELECT
and ASK answer as SPARQL JSON, CSV or TSV, CONSTRUCT and DESCRIBE as Turtle or N-Triples, as the Accept header
(or ``format=json|csv|tsv|turtle|ntriples``) asks. A query past the timeout is stopped (503); an answer past
the row limit is cut, and says so in ``X-Kg87-Truncated``. CORS headers are sent only when the server was
started with ``--cors``.
"""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response

from kg87.graph.sandbox import NotAcceptable, QueryFailed, QueryRefused, QueryStopped

from .site import Site

FORMATS = {"json": "application/sparql-results+json", "csv": "text/csv", "tsv": "text/tab-separated-values",
           "turtle": "text/turtle", "ntriples": "application/n-triples"}
MAX_QUERY = 100_000  # characters
CORS = {"Access-Control-Allow-Origin": "*", "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
        "Access-Control-Allow-Headers": "Accept, Content-Type", "Access-Control-Max-Age": "600"}


class BadRequest(Exception):
    """The request is not one the protocol allows; (status, message)."""


async def endpoint(request: Request, site: Site) -> Response:
    """Answer one SPARQL protocol request."""
    headers = dict(CORS) if site.options.cors else {}
    if request.method == "OPTIONS":
        return Response(status_code=204 if headers else 405, headers=headers)
    try:
        query, graphs = await _read(request)
    except BadRequest as exc:
        return PlainTextResponse(exc.args[1], status_code=exc.args[0], headers=headers)
    if query is None:
        if "text/html" in request.headers.get("accept", ""):
            return RedirectResponse("/query", status_code=303)
        return PlainTextResponse("No query: send ?query=… (GET), a form with query=… or an "
                                 "application/sparql-query body (POST)", status_code=400, headers=headers)
    try:
        answer = await run_in_threadpool(site.worker().serialize, query, _accepted(request), None, *graphs)
    except QueryRefused as exc:
        return PlainTextResponse(f"Refused: {exc}", status_code=400, headers=headers)
    except NotAcceptable as exc:
        return PlainTextResponse(f"Not acceptable: {exc}", status_code=406, headers=headers)
    except QueryFailed as exc:
        return PlainTextResponse(str(exc), status_code=400, headers=headers)
    except QueryStopped as exc:
        return PlainTextResponse(str(exc), status_code=503, headers=headers)
    headers["Vary"] = "Accept"
    if answer.truncated:
        headers["X-Kg87-Truncated"] = f"only the first {site.options.limits.max_rows} results are given"
    media_type = answer.media_type + ("; charset=utf-8" if answer.media_type.startswith("text/") else "")
    return Response(answer.body, media_type=media_type, headers=headers)


async def _read(request: Request) -> tuple[str | None, tuple[list[str], list[str]]]:
    """The query text and the default and named graphs the request names; an update is refused here."""
    params = request.query_params
    fields: dict[str, list[str]] = {k: params.getlist(k) for k in params.keys()}
    if request.method == "POST":
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind == "application/x-www-form-urlencoded":
            form = await request.form()
            for key in form.keys():
                fields.setdefault(key, []).extend(str(v) for v in form.getlist(key))
        elif kind == "application/sparql-query":
            fields["query"] = [(await request.body()).decode("utf-8", errors="replace")]
        elif kind == "application/sparql-update":
            fields["update"] = ["update"]
        else:
            raise BadRequest(415, "POST a form (application/x-www-form-urlencoded) or an application/sparql-query "
                                  "body")
    if "update" in fields:
        raise BadRequest(400, "Refused: this endpoint is read-only: SPARQL updates (INSERT, DELETE, LOAD, CLEAR, "
                              "DROP …) are not accepted; the graph changes only by building it again")
    queries = fields.get("query", [])
    if len(queries) > 1:
        raise BadRequest(400, "Send one query per request")
    if queries and len(queries[0]) > MAX_QUERY:
        raise BadRequest(413, f"The query is longer than {MAX_QUERY} characters")
    return (queries[0] if queries else None), (fields.get("default-graph-uri", []), fields.get("named-graph-uri", []))


def _accepted(request: Request) -> list[str]:
    """The media types the client accepts, best first (``format=`` overrides the Accept header)."""
    chosen = request.query_params.get("format", "")
    if chosen in FORMATS:
        return [FORMATS[chosen]]
    ranked = []
    for position, item in enumerate(request.headers.get("accept", "*/*").split(",")):
        media_type, *options = [part.strip() for part in item.split(";")]
        q = next((_number(o[2:]) for o in options if o.startswith("q=")), 1.0)
        if media_type and q > 0:
            ranked.append((-q, position, media_type.lower()))
    return [media_type for _, _, media_type in sorted(ranked)] or ["*/*"]


def _number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return 0.0
