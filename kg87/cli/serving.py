"""`kg87 serve`: the browser UI and the SPARQL endpoint over the current build."""

from __future__ import annotations

from pathlib import Path

import click

from .output import DEFAULT_OUT, errors


@click.command()
@click.option("--port", type=click.IntRange(0, 65535), default=8087, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True,
              help="The address to listen on. Anything but 127.0.0.1 shows the graph and the review buttons to "
                   "the network.")
@click.option("--cors", is_flag=True, help="Let web pages of other origins query /sparql (CORS headers).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=10.0, show_default=True,
              help="Stop a query after this many seconds.")
@click.option("--max-rows", type=click.IntRange(1), default=10_000, show_default=True,
              help="Answer at most this many rows (the X-Kg87-Truncated header says when there were more).")
@click.option("--max-memory", type=click.IntRange(64), default=900, show_default=True, metavar="MiB",
              help="Stop a query when its worker holds this much memory.")
@click.option("--allow-service", is_flag=True, help="Permit SERVICE calls from /sparql to other SPARQL endpoints.")
@click.option("--reviewer", default=None, help="Whom duplicate review decisions are recorded as (default: your "
                                                "user name).")
@click.option("--out", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
              help="The build folder to serve.")
def serve(port: int, host: str, cors: bool, timeout: float, max_rows: int, max_memory: int, allow_service: bool,
          reviewer: str | None, out: Path) -> None:
    """Browse the graph and query it: `kg87 serve`, then open http://127.0.0.1:8087/.

    Pages for search (words or meaning), countries, organisations, statements (with their PDF
    page and the quote highlighted), duplicates (accept or reject a cluster), documents and
    queries; each answers ?format=json too. /sparql is a read-only SPARQL 1.1 Protocol endpoint:
    updates, LOAD and SERVICE are refused, each query is stopped at --timeout and cut at
    --max-rows. A newly published build is served from the next request on.
    """
    import uvicorn

    from kg87.graph.sandbox import QueryLimits
    from kg87.model.builds import current_build
    from kg87.web.app import create_app
    from kg87.web.site import ServeOptions

    current_build(out)  # no build: one line, not a server with nothing to show
    options = ServeOptions(QueryLimits(timeout, max_rows, max_memory, allow_service), cors=cors, reviewer=reviewer)
    app = create_app(out, options)
    errors.print(f"kg87 serves {out}/ at http://{host}:{port}/ (SPARQL: http://{host}:{port}/sparql); Ctrl-C stops it",
                 soft_wrap=True)
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    finally:
        app.state.site.close()
