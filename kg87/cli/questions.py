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
                     metavar="MiB", help="Stop the query when its worker holds this much memory."),
        click.option("--allow-service", is_flag=True, help="Permit SERVICE calls to other SPARQL endpoints."),
    ]):
        command = option(command)
    return command


WIDE = click.option("--wide", is_flag=True,
                    help="Show every column (ids, provenance, quotes), in a table as wide as they need.")


@click.command()
@click.argument("name", required=False)
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE", help="Bind a query parameter (repeatable).")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@WIDE
@click.option("--list", "list_only", is_flag=True, help="List the named questions and their parameters.")
@click.option("--out", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
              help="The build folder to ask.")
@limit_options
def ask(name: str | None, params: tuple[str, ...], fmt: str, wide: bool, list_only: bool, out: Path,
        **limits) -> None:
    """Answer a named question: `kg87 ask commitments --param country=Nepal`.

    Parameters are bound as SPARQL variables, never pasted into the query. In a table, a
    country, theme or organisation kg87 does not know is refused, naming the nearest known
    ones; csv and json answer what the graph holds.
    """
    from kg87.api import resolve_param
    from kg87.graph.sandbox import started_worker
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
    pairs = [item.partition("=") for item in params]
    for item, (key, sep, _) in zip(params, pairs):
        if not sep or key not in query.params:
            errors.print(f"[red]Bad parameter {item!r}.[/red] {name} takes: "
                         f"{', '.join(f'{k}=…' for k in query.params) or 'no parameters'}")
            sys.exit(2)
    with started_worker(out, _limits(limits)) as worker:  # it opens the store while the values are checked
        bindings = {}
        for key, _, value in pairs:
            _refuse_unknown(key, value, out)
            bindings[key] = resolve_param(key, value)
        _run_and_print(lambda: worker.rows(query.text, bindings), fmt, wide, title=query.question)


_KINDS = {"country": "country", "theme": "theme", "org": "organisation"}  # the parameters whose values are checked


def _refuse_unknown(key: str, value: str, out: Path) -> None:
    """End with exit status 2, naming the nearest known values, when a country, theme or organisation
    parameter names none kg87 knows."""
    if key not in _KINDS or _gazetteer_country(key, value):
        return
    known = _known_values(key, out)
    if value.casefold() in {name.casefold() for name in known}:
        return
    from rapidfuzz import fuzz, process, utils

    matches = process.extract(value, list(known), scorer=fuzz.QRatio, processor=utils.default_process, limit=20,
                              score_cutoff=60)
    best = matches[0][1] if matches else 0
    nearest = list(dict.fromkeys(known[name] for name, score, _ in matches if score >= best - 10))[:3]
    hint = f"Nearest known: {', '.join(nearest)}." if nearest else "`kg87 ask --list` says what each parameter takes."
    errors.print(f"[red]kg87 knows no {_KINDS[key]} {escape(repr(value))}.[/red] {escape(hint)}", highlight=False)
    sys.exit(2)


def _gazetteer_country(key: str, value: str) -> bool:
    """Whether a country parameter is any name the gazetteer knows (as `kg87 build` reads them)."""
    from kg87.model.gazetteer import load_gazetteer

    return key == "country" and load_gazetteer().country(value) is not None


def _known_values(key: str, out: Path) -> dict[str, str]:
    """The names a country, theme or organisation parameter may take, each with the value to suggest for it
    (a country's name for its variants and codes, a theme's slug for its label)."""
    if key == "country":
        from kg87.model.gazetteer import load_gazetteer

        countries = load_gazetteer().countries.values()
        built = _table_rows(out, "countries")
        return ({name: c.label for c in countries for name in (c.label, c.iso3, *c.names, *c.demonyms)}
                | {name: row["label"] for row in built for name in (row["label"], row["iso3"])})
    if key == "theme":
        from kg87.model.vocabularies import load_themes

        return {name: t.slug for t in load_themes() for name in (t.slug, t.label)}
    names = [name for row in _table_rows(out, "organisations") for name in (row["label"], row["acronym"]) if name]
    names += [row["speaker_label"] for row in _table_rows(out, "interventions")]  # a speaker may be a country
    return {name: name for name in names}


def _table_rows(out: Path, name: str) -> list[dict[str, str]]:
    """The rows of one of the current build's tables, checked against its manifest."""
    import csv

    from kg87.model.builds import current_build, verify

    build = current_build(out)
    verify(build, ["tables"])
    with (build / "tables" / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@click.command()
@click.argument("query")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@WIDE
@click.option("--out", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
              help="The build folder to query.")
@limit_options
def sparql(query: str, fmt: str, wide: bool, out: Path, **limits) -> None:
    """Run a SPARQL query (the text, or a file holding it) on the graph.

    SELECT answers as rows; ASK as one row, true or false; CONSTRUCT and DESCRIBE as
    subject, predicate, object rows. The graph is read-only here: updates are refused.
    Each query runs in a worker of its own, stopped at --timeout or --max-memory (or on
    Ctrl-C), with at most --max-rows rows returned. SERVICE calls to other endpoints are
    refused unless --allow-service is given.
    """
    from kg87.graph.sandbox import ask_limited

    text = Path(query).read_text(encoding="utf-8") if Path(query).is_file() else query
    _run_and_print(lambda: ask_limited(out, text, {}, _limits(limits)), fmt, wide)


def _limits(options: dict):
    from kg87.graph.sandbox import QueryLimits

    return QueryLimits(options["timeout"], options["max_rows"], options["max_memory"], options["allow_service"])


def _run_and_print(answer_of, fmt: str, wide: bool, title: str | None = None) -> None:
    """Run a query within its limits (``answer_of()``) and print the answer; a refused, stopped or malformed query
    is one line."""
    from kg87.graph.sandbox import QueryRefused, QueryStopped

    try:
        answer = answer_of()
    except (QueryRefused, QueryStopped) as exc:
        errors.print(f"[red]Query not answered:[/red] {escape(str(exc))}", highlight=False, soft_wrap=True)
        sys.exit(2)
    emit(answer, fmt, title, wide)
    if answer.truncated:
        errors.print(f"[yellow]Only the first {len(answer.rows)} rows are shown:[/yellow] raise --max-rows for more.")


@click.command()
@click.argument("text")
@click.option("-k", "k", type=click.IntRange(1), default=10, show_default=True, help="How many statements to show.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@WIDE
@click.option("--out", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
              help="The build folder to search.")
def similar(text: str, k: int, fmt: str, wide: bool, out: Path) -> None:
    """What do we already have that resembles TEXT? (TEXT may also be a statement id.)

    Shows the k most similar commitments, proposals and interventions with their actor,
    kind, document, page and cosine similarity (all-MiniLM-L6-v2 embeddings, exact search).
    A statement id (c-…, p-…, i-…) uses that statement's stored embedding and leaves it out.
    """
    from kg87.api import SIMILAR_COLUMNS, similar_row
    from kg87.graph.store import QueryResult
    from kg87.model.errors import OutdatedOutput
    from kg87.similarity.embeddings import EmbeddingsMissing, most_similar, read_embeddings

    try:
        embeddings = read_embeddings(out)
    except (EmbeddingsMissing, OutdatedOutput) as exc:
        errors.print(f"[red]{escape(str(exc))}[/red]")
        sys.exit(2)
    answers = (similar_row(score, statement) for statement, score in most_similar(embeddings, text, k))
    rows = [{**a, "score": f"{a['score']:.3f}", "page": str(a["page"])} for a in answers]
    row = embeddings.index_of(text)
    like = embeddings.statements[row].text if row is not None else text
    emit(QueryResult(list(SIMILAR_COLUMNS), rows), fmt, f"Statements like {like[:60]!r}", wide)
