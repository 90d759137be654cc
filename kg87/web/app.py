"""The kg87 web app: pages over the current build, each with a JSON twin, and the SPARQL endpoint.

Every page answers ``?format=json`` (or the same path under ``/api``) with the data it shows. Templates are
Jinja2 with autoescape; styles and scripts are shipped in the package and served from ``/static`` (the Content
Security Policy allows nothing else). The only write is a review decision on a duplicate cluster, a POST
accepted only from the app's own pages.
"""

from __future__ import annotations

import time
from pathlib import Path
from urllib.parse import urlencode

from jinja2 import Environment, PackageLoader
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from kg87.graph.sandbox import QueryRefused, QueryStopped
from kg87.model.builds import BuildMissing, DamagedOutput
from kg87.model.errors import OutdatedOutput

from . import asking, review, sparql, views
from .site import ServeOptions, Site

SECURITY = [(b"content-security-policy", b"default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; "
                                         b"form-action 'self'; base-uri 'none'"),
            (b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"same-origin")]


def create_app(out_dir: Path, options: ServeOptions = ServeOptions()) -> Starlette:
    """The app serving the build under ``out_dir``."""
    site = Site(out_dir, options)
    environment = Environment(loader=PackageLoader("kg87.web", "templates"), autoescape=True)
    environment.filters["yesno"] = lambda v: {True: "yes", False: "no"}.get(v, "unknown")
    environment.globals["json_link"] = _json_link
    templates = Jinja2Templates(env=environment)
    routes = []
    for path, template, view in _PAGES:
        routes.append(Route(path, _page(view, template, site, templates)))
        if path != "/":
            routes.append(Route("/api" + path, _page(view, template, site, None)))
    routes += [
        Route("/page/{document}/{page:int}.png", lambda request: _page_image(request, site)),
        Route("/duplicates/{cluster}/{decision:str}", _decision(site), methods=["POST"]),
        Route("/api/duplicates/{cluster}/{decision:str}", _decision(site), methods=["POST"]),
        Route("/sparql", _sparql(site), methods=["GET", "POST", "OPTIONS"]),
        Mount("/static", StaticFiles(packages=[("kg87.web", "static")]), name="static"),
    ]
    handlers = {HTTPException: _error(templates, None), views.NotFound: _error(templates, 404),
                QueryRefused: _error(templates, 400), QueryStopped: _error(templates, 503),
                BuildMissing: _error(templates, 503), DamagedOutput: _error(templates, 503),
                OutdatedOutput: _error(templates, 503), Exception: _error(templates, 500)}
    app = Starlette(routes=routes, exception_handlers=handlers, middleware=[Middleware(_Headers)])
    app.state.site = site
    return app


def _page(view, template: str, site: Site, templates: Jinja2Templates | None):
    """An endpoint rendering a view as HTML, or as JSON for ``?format=json`` and under /api (templates None)."""
    def endpoint(request: Request) -> Response:
        data = view(site, request)
        if isinstance(data, Response):
            return data
        if templates is None or request.query_params.get("format") == "json":
            return JSONResponse(data)
        return templates.TemplateResponse(request, template, {"view": data, "build": site.corpus().build.name})
    return endpoint


def _country(site: Site, request: Request):
    key, corpus = request.path_params["iso3"], site.corpus()
    if key not in corpus.countries:
        from kg87.model.gazetteer import load_gazetteer

        country = load_gazetteer().country(key)
        if country is not None and country.iso3 in corpus.countries:
            prefix = "/api" if request.url.path.startswith("/api/") else ""
            return RedirectResponse(f"{prefix}/country/{country.iso3}?{request.url.query}".rstrip("?"), 307)
    return views.country_view(corpus, key)


_PAGES = [
    ("/", "search.html", lambda site, r: views.search_view(site.corpus(), dict(r.query_params), site.encode)),
    ("/search", "search.html", lambda site, r: views.search_view(site.corpus(), dict(r.query_params), site.encode)),
    ("/countries", "countries.html", lambda site, r: views.countries_view(site.corpus())),
    ("/country/{iso3}", "country.html", _country),
    ("/organisations", "organisations.html", lambda site, r: views.organisations_view(site.corpus())),
    ("/organisation/{actor_id}", "organisation.html",
     lambda site, r: views.organisation_view(site.corpus(), r.path_params["actor_id"])),
    ("/statement/{statement_id}", "statement.html",
     lambda site, r: views.statement_view(site.corpus(), r.path_params["statement_id"])),
    ("/duplicates", "duplicates.html", lambda site, r: review.duplicates_view(site.corpus())),
    ("/documents", "documents.html", lambda site, r: views.documents_view(site.corpus())),
    ("/query", "query.html", lambda site, r: asking.questions_view(site.corpus())),
    ("/query/{name}", "answer.html", lambda site, r: asking.question_view(site, r.path_params["name"],
                                                                           dict(r.query_params))),
]


def _page_image(request: Request, site: Site) -> Response:
    """A page of a build's document as a PNG, personal data painted over."""
    from .pdfpages import page_png, source_pdf

    corpus, name, page = site.corpus(), request.path_params["document"], request.path_params["page"]
    document = corpus.documents.get(name)
    if document is None or not 1 <= page <= document.pages:
        raise views.NotFound(f"No page {page} of a document {name!r} in this build")
    pdf = source_pdf(corpus.info.get("sources", {}).get(name), document.sha256)
    if pdf is None:
        raise views.NotFound(f"{name} is no longer where the build read it, or has changed since")
    return Response(page_png(pdf, page), media_type="image/png", headers={"Cache-Control": "private, max-age=600"})


def _sparql(site: Site):
    async def endpoint(request: Request) -> Response:
        return await sparql.endpoint(request, site)
    return endpoint


def _decision(site: Site):
    """POST /duplicates/CLUSTER/accept|reject: store the decision, then show the duplicates page again."""
    async def endpoint(request: Request) -> Response:
        decision = request.path_params["decision"]
        if decision not in ("accept", "reject"):
            raise views.NotFound(f"No decision {decision!r}: accept or reject")
        if not _same_origin(request):
            raise HTTPException(403, "A review decision is accepted only from kg87's own pages")
        cluster = request.path_params["cluster"]
        result = await run_in_threadpool(review.decide_cluster, site.corpus(), cluster, decision == "accept",
                                         site.options.reviewer)
        if _wants_json(request):
            return JSONResponse(result)
        return RedirectResponse(f"/duplicates#{cluster}", status_code=303)
    return endpoint


def _same_origin(request: Request) -> bool:
    """Whether a POST comes from the app's own pages (or from no browser page at all, such as curl)."""
    fetch_site = request.headers.get("sec-fetch-site")
    if fetch_site is not None:
        return fetch_site in ("same-origin", "none")
    origin = request.headers.get("origin")
    return origin is None or origin == f"{request.url.scheme}://{request.url.netloc}"


def _wants_json(request: Request) -> bool:
    return (request.url.path.startswith("/api/") or request.query_params.get("format") == "json"
            or request.headers.get("accept", "").startswith("application/json"))


def _error(templates: Jinja2Templates, status: int | None):
    """A handler answering with a page (or JSON) that says what went wrong, never a traceback."""
    async def handler(request: Request, exc: Exception) -> Response:
        code = status or getattr(exc, "status_code", 500)
        message = getattr(exc, "detail", None) or (exc.args[0] if exc.args else "")
        if code == 500:  # an error of kg87's own: the server's log has it, the page does not
            message = "Something went wrong in kg87 serve; its log says what"
        if _wants_json(request):
            return JSONResponse({"error": str(message), "status": code}, status_code=code)
        if request.url.path == "/sparql":
            return PlainTextResponse(str(message), status_code=code)
        return templates.TemplateResponse(request, "error.html", {"status": code, "message": str(message)},
                                          status_code=code)
    return handler


def _json_link(request: Request) -> str:
    """The address of the page's JSON twin."""
    return f"{request.url.path}?{urlencode({**dict(request.query_params), 'format': 'json'})}"


class _Headers:
    """Adds the security headers and a Server-Timing header (how long the app took) to every response."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        start = time.perf_counter()

        async def timed(message):
            if message["type"] == "http.response.start":
                took = f"app;dur={(time.perf_counter() - start) * 1000:.1f}".encode()
                message["headers"] = [*message.get("headers", []), *SECURITY, (b"server-timing", took)]
            await send(message)
        await self.app(scope, receive, timed)
