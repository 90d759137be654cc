"""Asking the graph: `kg87 ask`, `kg87 sparql`, `kg87 similar`."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.markup import escape
from rich.table import Table

from .output import DEFAULT_OUT, FORMATS, console, emit, errors


def limit_options(command):
    """--timeout, --max-rows, --max-memory and --allow-service: what one query may take."""
    from kg87.graph.sandbox import QueryLimits

    defaults = QueryLimits()
    for option in reversed([
        click.option("--timeout", type=click.FloatRange(min=0.1), default=defaults.timeout, show_default=True,
                     help="Stop the query after this many seconds."),
        click.option("--max-rows", type=click.IntRange(1), default=defaults.max_rows, show_default=True,
                     help="Return at most this many rows (a note says when there were more)."),
        click.option("--max-memory", type=click.IntRange(64), default=defaults.max_memory_mb, show_default=True,
                     metavar="MB", help="Stop the query when its worker holds this much memory."),
        click.option("--allow-service", is_flag=True, help="Permit SERVICE calls to other SPARQL endpoints."),
    ]):
        command = option(command)
    return command


@click.command()
@click.argument("name", required=False)
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE", help="Bind a query parameter (repeatable).")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.option("--list", "list_only", is_flag=True, help="List the named questions and their parameters.")
@click.option("--out", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
              help="The build folder to ask.")
@limit_options
def ask(name: str | None, params: tuple[str, ...], fmt: str, list_only: bool, out: Path, **limits) -> None:
    """Answer a named question: `kg87 ask commitments --param country=Nepal`.

    Parameters are bound as SPARQL variables, never pasted into the query.
    """
    from kg87.queries import named_queries

    queries = named_queries()
    if list_only or not name:
        table = Table("name", "question", "parameters", title="Named questions (queries/*.rq)", title_justify="left")
        for q in queries.values():
            table.add_row(q.name, q.question, "\n".join(f"{k}: {v}" for k, v in q.params.items()))
        console.print(table)
        return
    if name not in queries:
        errors.print(f"[red]No question named {name!r}.[/red] Known: {', '.join(queries)}")
        sys.exit(2)
    query = queries[name]
    bindings = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep or key not in query.params:
            errors.print(f"[red]Bad parameter {item!r}.[/red] {name} takes: "
                         f"{', '.join(f'{k}=…' for k in query.params) or 'no parameters'}")
            sys.exit(2)
        bindings[key] = _resolve_param(key, value)
    _run_and_print(query.text, bindings, fmt, out, _limits(limits), title=query.question)


def _resolve_param(key: str, value: str) -> str:
    """Country names become ISO3 codes (Viet Nam → VNM); other values pass as they are."""
    if key == "country":
        from kg87.model.gazetteer import load_gazetteer

        country = load_gazetteer().country(value)
        return country.iso3 if country else value.upper()
    return value


@click.command()
@click.argument("query")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.option("--out", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
              help="The build folder to query.")
@limit_options
def sparql(query: str, fmt: str, out: Path, **limits) -> None:
    """Run a SPARQL query (the text, or a file holding it) on the graph.

    SELECT answers as rows; ASK as one row, true or false; CONSTRUCT and DESCRIBE as
    subject, predicate, object rows. The graph is read-only here: updates are refused.
    Each query runs in a worker of its own, stopped at --timeout or --max-memory (or on
    Ctrl-C), with at most --max-rows rows returned. SERVICE calls to other endpoints are
    refused unless --allow-service is given.
    """
    text = Path(query).read_text(encoding="utf-8") if Path(query).is_file() else query
    _run_and_print(text, {}, fmt, out, _limits(limits))


def _limits(options: dict):
    from kg87.graph.sandbox import QueryLimits

    return QueryLimits(options["timeout"], options["max_rows"], options["max_memory"], options["allow_service"])


def _run_and_print(text: str, bindings: dict[str, str], fmt: str, out: Path, limits, title: str | None = None) -> None:
    """Run a query within its limits and print the answer; a refused, stopped or malformed query is one line."""
    from kg87.graph.sandbox import QueryRefused, QueryStopped, ask_limited

    try:
        answer = ask_limited(out, text, bindings, limits)
    except (QueryRefused, QueryStopped) as exc:
        errors.print(f"[red]Query not answered:[/red] {escape(str(exc))}", highlight=False, soft_wrap=True)
        sys.exit(2)
    emit(answer, fmt, title)
    if answer.truncated:
        errors.print(f"[yellow]Only the first {len(answer.rows)} rows are shown:[/yellow] raise --max-rows for more.")


@click.command()
@click.argument("text")
@click.option("-k", "k", type=click.IntRange(1), default=10, show_default=True, help="How many statements to show.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.option("--out", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
              help="The build folder to search.")
def similar(text: str, k: int, fmt: str, out: Path) -> None:
    """What do we already have that resembles TEXT? (TEXT may also be a statement id.)

    Shows the k most similar commitments, proposals and interventions with their actor,
    kind, document, page and cosine similarity (all-MiniLM-L6-v2 embeddings, exact search).
    A statement id (c-…, p-…, i-…) uses that statement's stored embedding and leaves it out.
    """
    from kg87.graph.store import QueryResult
    from kg87.model.errors import OutdatedOutput
    from kg87.similarity.embeddings import EmbeddingsMissing, encode, nearest, read_embeddings

    try:
        embeddings = read_embeddings(out)
    except (EmbeddingsMissing, OutdatedOutput) as exc:
        errors.print(f"[red]{escape(str(exc))}[/red]")
        sys.exit(2)
    row = embeddings.index_of(text)
    query = embeddings.vectors[row] if row is not None else encode([text])[0]
    columns = ["score", "actor", "kind", "text", "document", "page", "id"]
    rows = [{"score": f"{score:.3f}", "actor": s.actor.label, "kind": s.kind, "text": s.text,
             "document": s.provenance.document, "page": str(s.provenance.page), "id": s.id}
            for i, score in nearest(embeddings.vectors, query, k, exclude=row)
            for s in (embeddings.statements[i],)]
    like = embeddings.statements[row].text if row is not None else text
    emit(QueryResult(columns, rows), fmt, f"Statements like {like[:60]!r}")
