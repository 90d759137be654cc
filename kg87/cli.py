"""The kg87 command line: one subcommand per user task.

    kg87 build [PATH ...]           read PDFs, write the graph and tables under output/
    kg87 ask NAME [--param K=V]     answer a named question (kg87 ask --list shows them)
    kg87 sparql QUERY_OR_FILE       run any SPARQL query on the graph
    kg87 similar TEXT               statements that resemble a text (or a statement id)
    kg87 duplicates [--html FILE]   overlapping initiatives across actors and documents
    kg87 eval --gold FILE           score the tables against an answer key
    kg87 validate                   check the graph against the shipped SHACL shapes
    kg87 export [--format F]        Turtle, N-Triples, JSON-LD, CSV bundle, GraphML, manifest
    kg87 push URL                   upload the graph to a SPARQL 1.1 Graph Store endpoint

Heavy libraries (spaCy, pdfplumber, sentence-transformers) are imported only by the
commands that need them, so questions answer at once.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

DEFAULT_OUT = Path("output")
FORMATS = click.Choice(["table", "csv", "json"])
console = Console()
errors = Console(stderr=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="kg87")
def main() -> None:
    """kg87 turns Alliance 8.7 meeting reports and briefing packs into a knowledge graph
    that answers who committed to what, on which theme, by when, and where it says so.

    Start with `kg87 build` (reads corpus/), then `kg87 ask --list`.
    """


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
              help="Folder for the graph, tables and cache.")
def build(paths: tuple[Path, ...], out: Path) -> None:
    """Read the PDFs under PATHS (default: corpus/) and write the graph and tables.

    Folders are searched recursively for *.pdf. A file that cannot be read is reported
    in one line and skipped; the exit status is 1 if any file failed. The previous
    build stays in place until the new one is complete.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from kg87.pipeline import build as run_build, find_pdfs

    paths = paths or (Path("corpus"),)
    files = find_pdfs(paths)
    if not files:
        errors.print(f"[red]No PDF found under {', '.join(map(str, paths))}.[/red]")
        sys.exit(2)
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=errors, transient=True) as progress:
        task = progress.add_task("reading", total=len(files))
        seen = []

        def on_file(path: Path) -> None:
            if seen:
                progress.advance(task)
            seen.append(path)
            progress.update(task, description=f"reading {path.name[:40]}")

        result = run_build(list(paths), out, progress=lambda msg: progress.update(task, description=msg),
                           on_file=on_file)
        progress.update(task, completed=len(files))
    for warning in result.warnings:
        errors.print(f"[yellow]warning:[/yellow] {escape(warning)}", highlight=False, soft_wrap=True)
    for failure in result.failures:
        errors.print(f"[red]failed:[/red] {escape(failure.line())}", highlight=False, soft_wrap=True)
    _print_summary(result, out)
    if result.failures:
        sys.exit(1)


def _print_summary(result, out: Path) -> None:
    records = result.records
    summary = Table(title=f"kg87 build → {out}/", show_header=False, title_justify="left")
    summary.add_column(style="bold")
    summary.add_column(justify="right")
    rate = result.pages / result.seconds if result.seconds else 0
    for label, value in [
        ("documents", len(records.documents)),
        ("pages", result.pages),
        ("countries", len(records.countries)),
        ("organisations", len(records.organisations)),
        ("commitments", len(records.commitments)),
        ("failed files", len(result.failures)),
        ("from cache", result.cached),
        ("time", f"{result.seconds:.1f} s ({rate:.1f} pages/s)"),
    ]:
        summary.add_row(label, str(value))
    console.print(summary)


@main.command()
@click.argument("name", required=False)
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE", help="Bind a query parameter (repeatable).")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.option("--list", "list_only", is_flag=True, help="List the named questions and their parameters.")
@click.option("--out", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
              help="The build folder to ask.")
def ask(name: str | None, params: tuple[str, ...], fmt: str, list_only: bool, out: Path) -> None:
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
    _run_and_print(query.text, bindings, fmt, out, title=query.question)


def _resolve_param(key: str, value: str) -> str:
    """Country names become ISO3 codes (Viet Nam → VNM); other values pass as they are."""
    if key == "country":
        from kg87.extract.gazetteer import load_gazetteer

        country = load_gazetteer().country(value)
        return country.iso3 if country else value.upper()
    return value


@main.command()
@click.argument("query")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.option("--out", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
              help="The build folder to query.")
def sparql(query: str, fmt: str, out: Path) -> None:
    """Run a SPARQL SELECT query (the text, or a file holding it) on the graph."""
    text = Path(query).read_text(encoding="utf-8") if Path(query).is_file() else query
    _run_and_print(text, {}, fmt, out)


def _run_and_print(text: str, bindings: dict[str, str], fmt: str, out: Path, title: str | None = None) -> None:
    from kg87.graph.store import GraphMissing, open_graph, run_query

    try:
        graph = open_graph(out)
        result = run_query(graph, text, bindings)
    except GraphMissing as exc:
        errors.print(f"[red]{escape(str(exc))}[/red]")
        sys.exit(2)
    except Exception as exc:  # a malformed query: say why, no traceback
        errors.print(f"[red]Query failed:[/red] {escape(str(exc))}")
        sys.exit(2)
    _emit(result, fmt, title)


def _emit(result, fmt: str, title: str | None = None) -> None:
    """Print rows (a QueryResult) as a terminal table, CSV or a JSON array."""
    if fmt == "json":
        click.echo(json.dumps(result.rows, ensure_ascii=False, indent=1))
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=result.columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(result.rows)
    else:
        _print_table(result, title)


def _print_table(result, title: str | None) -> None:
    """A terminal table; a column that repeats another in every row (quote = text) is left out."""
    columns = [c for i, c in enumerate(result.columns)
               if not (result.rows and any(all(r[c] == r[o] for r in result.rows) for o in result.columns[:i]))]
    table = Table(title=title, title_justify="left", show_lines=True, expand=True)
    for column in columns:
        widest = max((len(r[column]) for r in result.rows), default=0)
        long_text = widest > 40
        table.add_column(column, ratio=3 if long_text else 1, overflow="fold", no_wrap=widest <= 6,
                         min_width=20 if long_text else None)
    for row in result.rows:
        table.add_row(*(row[c] for c in columns))
    console.print(table)
    console.print(f"{len(result.rows)} rows" + (f" (columns equal to another left out: "
                                                f"{', '.join(c for c in result.columns if c not in columns)})"
                                                if len(columns) < len(result.columns) else ""))


@main.command()
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
    from kg87.embeddings import EmbeddingsMissing, encode, nearest, read_embeddings
    from kg87.graph.store import QueryResult

    try:
        embeddings = read_embeddings(out)
    except EmbeddingsMissing as exc:
        errors.print(f"[red]{escape(str(exc))}[/red]")
        sys.exit(2)
    row = embeddings.index_of(text)
    query = embeddings.vectors[row] if row is not None else encode([text])[0]
    columns = ["score", "actor", "kind", "text", "document", "page", "id"]
    rows = [{"score": f"{score:.3f}", "actor": s.actor_label, "kind": s.kind, "text": s.text,
             "document": s.document, "page": str(s.page), "id": s.id}
            for i, score in nearest(embeddings.vectors, query, k, exclude=row)
            for s in (embeddings.statements[i],)]
    title = f"Statements like {embeddings.statements[row].text[:60]!r}" if row is not None else f"Statements like {text[:60]!r}"
    _emit(QueryResult(columns, rows), fmt, title)


@main.command()
@click.option("--threshold", type=click.FloatRange(-1, 1), default=None,
              help="Least average contextual similarity within a cluster of one action type (default: the "
                   "build's, -0.05; 0 is the similarity of two average statements). Higher gives fewer, tighter clusters.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.option("--html", "html", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the clusters as an HTML report (quotes, themes, links to the PDF pages).")
@click.option("--out", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
              help="The build folder to read.")
def duplicates(threshold: float | None, fmt: str, html: Path | None, out: Path) -> None:
    """Which initiatives are near-duplicates of each other across actors and documents?

    Clusters of commitments and proposals that propose the same kind of action (labour
    inspection, surveys, awareness raising, legal reform, …) on a similar scale, each
    labelled by its action type and most central statement, with every member's actor,
    document, page and similarity. The build writes the default clusters to tables/duplicates.csv and the graph;
    --threshold recomputes them from the stored embeddings.
    """
    from dataclasses import replace

    from kg87.duplicates import DEFAULT_SETTINGS, find_duplicates, score_initiatives
    from kg87.embeddings import EmbeddingsMissing, read_embeddings
    from kg87.extract.actions import action_label
    from kg87.graph.store import QueryResult
    from kg87.records import Records

    try:
        if threshold is None:
            clusters = Records.from_dict(json.loads((out / "records.json").read_text(encoding="utf-8"))).duplicates
        else:
            settings = replace(DEFAULT_SETTINGS, threshold=threshold)
            clusters = find_duplicates(score_initiatives(read_embeddings(out), settings), settings)
    except (EmbeddingsMissing, FileNotFoundError):
        errors.print(f"[red]No build at {out}/: run `kg87 build` first.[/red]")
        sys.exit(2)
    if html:
        from kg87.report import write_duplicates_html

        write_duplicates_html(clusters, html, _sources(out))
        errors.print(f"HTML report: {html}")
    columns = ["cluster", "statement_id", "actor_label", "text", "similarity", "document", "page", "cluster_action",
               "co_actors"]
    rows = [{"cluster": c.id, "statement_id": m.statement_id, "actor_label": m.actor_label, "text": m.text,
             "similarity": f"{m.similarity:.3f}", "document": m.document, "page": str(m.page),
             "cluster_action": c.action, "co_actors": ";".join(m.co_actors)}
            for c in clusters for m in c.members]
    if fmt != "table":
        _emit(QueryResult(columns, rows), fmt)
        return
    for c in clusters:
        action = f"{action_label(c.action)}: " if c.action else ""
        table = Table("actor", "text", "similarity", "document", "page", title=f"{c.id} · {action}{c.label}",
                      caption=f"themes: {', '.join(c.themes) or '–'}", title_justify="left", expand=True)
        for m in c.members:
            table.add_row(", ".join((m.actor_label, *m.co_actors)), m.text, f"{m.similarity:.2f}", m.document,
                          str(m.page))
        console.print(table)
    console.print(f"{len(clusters)} clusters, {len(rows)} statements")


def _sources(out: Path) -> dict[str, Path]:
    """The PDF path of each document of the build (from build.json)."""
    try:
        sources = json.loads((out / "build.json").read_text(encoding="utf-8")).get("sources", {})
    except (OSError, ValueError):
        return {}
    return {name: Path(path) for name, path in sources.items()}


@main.command(name="eval")
@click.option("--gold", type=click.Path(exists=True, dir_okay=False, path_type=Path), required=True,
              help="Answer key shaped like shared/gold/gcg5.json.")
@click.option("--tables", type=click.Path(path_type=Path), default=DEFAULT_OUT / "tables", show_default=True,
              help="Folder holding the built CSV tables.")
@click.option("--verbose", is_flag=True, help="Also list missed gold rows and extra output rows.")
def evaluate(gold: Path, tables: Path, verbose: bool) -> None:
    """Score the built tables against an answer key: precision, recall and F1 per table."""
    from kg87.evaluate import evaluate as score, render_report

    render_report(score(tables, gold), console, verbose=verbose)


@main.command(name="validate")
@click.option("--out", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
              help="The build folder whose graph to check.")
def validate_command(out: Path) -> None:
    """Check the graph against the SHACL shapes shipped in graph/shapes.ttl.

    Every commitment has exactly one actor, one text, a document and a page; every
    statement has its provenance (an excerpt with document, page and quote) and relates to
    SDG target 8.7; every country has an ISO 3166-1 alpha-3 code; every theme is in the
    theme scheme; no text or quote holds an e-mail address. The report names each resource
    that breaks a rule, and the rule. Exit status 1 if the graph does not conform.
    """
    from kg87.graph.store import GraphMissing
    from kg87.validate import validate_build

    try:
        report = validate_build(out)
    except GraphMissing as exc:
        errors.print(f"[red]{escape(str(exc))}[/red]")
        sys.exit(2)
    if report.conforms:
        console.print(f"[green]{escape(report.text())}[/green] ({report.seconds:.1f} s)", soft_wrap=True)
        return
    console.print(escape(report.text()), highlight=False, soft_wrap=True)
    sys.exit(1)


@main.command(name="export")
@click.option("--format", "fmt", type=click.Choice(["turtle", "jsonld", "ntriples", "csv", "graphml", "all"]),
              default="all", show_default=True,
              help="turtle: graph.ttl; ntriples: graph.nt; jsonld: graph.jsonld and context.jsonld; "
                   "graphml: graph.graphml; csv: csv/ with the tables and their data dictionary.")
@click.option("--to", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_OUT / "export",
              show_default=True, help="Folder to write into (created if needed; files of the same names replaced).")
@click.option("--no-validate", is_flag=True, help="Export even if the graph does not conform to the SHACL shapes.")
@click.option("--out", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
              help="The build folder to export.")
def export_command(fmt: str, to: Path, no_validate: bool, out: Path) -> None:
    """Write the graph and tables in standard formats, with manifest.json, for Delta 8.7.

    The graph is checked against the SHACL shapes first (see `kg87 validate`); nothing is
    written if it does not conform. Exporting the same build twice gives byte-identical
    files. manifest.json lists every file with its size and SHA-256, the source documents
    with theirs, triple, class and row counts, the build time and the kg87 version.
    """
    from kg87.export import FORMATS, ExportError, NotConforming, export
    from kg87.graph.store import GraphMissing

    try:
        result = export(out, to, FORMATS if fmt == "all" else (fmt,), validate=not no_validate)
    except GraphMissing as exc:
        errors.print(f"[red]{escape(str(exc))}[/red]")
        sys.exit(2)
    except NotConforming as exc:
        errors.print(escape(exc.report.text()), highlight=False, soft_wrap=True)
        errors.print(f"[red]Nothing was exported:[/red] the graph under {escape(str(out))} does not conform to "
                     "the kg87 shapes (above). Fix the build, or pass --no-validate to export it anyway.")
        sys.exit(1)
    except ExportError as exc:
        errors.print(f"[red]Export failed:[/red] {escape(str(exc))}")
        sys.exit(1)
    table = Table("file", "format", "size", "time", title=f"kg87 export → {to}/", title_justify="left")
    for f in result.files:
        table.add_row(f.path, f.format, _size(f.size), f"{f.seconds:.2f} s" if f.format != "manifest" else "")
    console.print(table)
    checked = f"conforms to the SHACL shapes ({result.report.seconds:.1f} s)" if result.report else "not validated"
    console.print(f"{result.triples} triples; graph {checked}.")


def _size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 1_000_000 else f"{size / 1000:.1f} kB"


@main.command(name="push")
@click.argument("url")
@click.option("--graph", "graph_iri", metavar="IRI",
              help="Named graph to replace. Default: https://w3id.org/kg87/graph/ + a digest of the build's "
                   "documents (manifest.json names it), so a rebuild replaces its own graph.")
@click.option("--user", help="User name, if the store asks for one (HTTP Basic or Digest).")
@click.option("--password", envvar="KG87_PUSH_PASSWORD", show_envvar=True,
              help="Password for --user; asked for when not given.")
@click.option("--retries", type=click.IntRange(0, 10), default=3, show_default=True,
              help="Retries after a connection failure, a timeout or HTTP 408/425/429/5xx, with growing waits.")
@click.option("--no-validate", is_flag=True, help="Push even if the graph does not conform to the SHACL shapes.")
@click.option("--out", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
              help="The build folder to push.")
def push_command(url: str, graph_iri: str | None, user: str | None, password: str | None, retries: int,
                 no_validate: bool, out: Path) -> None:
    """Upload the graph to a SPARQL 1.1 Graph Store Protocol endpoint URL.

    The graph is sent as N-Triples with HTTP PUT to URL?graph=IRI, which replaces that named
    graph (never appends). URL is the store's graph store endpoint: Oxigraph
    http://HOST:7878/store, Apache Jena Fuseki http://HOST:3030/DATASET/data, Virtuoso
    http://HOST:8890/sparql-graph-crud-auth (with --user). See the README.
    """
    from kg87.export import ntriples
    from kg87.graph.store import GraphMissing, read_triples
    from kg87.push import PushError, build_graph_iri, push_graph
    from kg87.validate import validate_triples

    try:
        triples = read_triples(out)
        graph_iri = graph_iri or build_graph_iri(out)
    except GraphMissing as exc:
        errors.print(f"[red]{escape(str(exc))}[/red]")
        sys.exit(2)
    if not no_validate:
        report = validate_triples(triples)
        if not report.conforms:
            errors.print(escape(report.text()), highlight=False, soft_wrap=True)
            errors.print("[red]Nothing was pushed:[/red] the graph does not conform to the kg87 shapes (above). "
                         "Fix the build, or pass --no-validate to push it anyway.")
            sys.exit(1)
    if user is not None and password is None:
        password = click.prompt(f"Password for {user}", hide_input=True, default="", show_default=False)
    try:
        result = push_graph(url, ntriples(triples), graph_iri, user=user, password=password, retries=retries)
    except PushError as exc:
        errors.print(f"[red]Push failed:[/red] {escape(str(exc))}", highlight=False, soft_wrap=True)
        sys.exit(1)
    attempts = f"{result.attempts} attempt{'s' if result.attempts > 1 else ''}"
    console.print(f"Pushed {len(triples)} triples ({_size(result.size)}) to graph <{escape(result.graph)}> at "
                  f"{escape(url)}: HTTP {result.status}, {result.seconds:.1f} s, {attempts}.",
                  highlight=False, soft_wrap=True)


if __name__ == "__main__":
    main()
