"""The kg87 command line: one subcommand per user task.

    kg87 build [PATH ...]           read PDFs, write the graph and tables under output/
    kg87 ask NAME [--param K=V]     answer a named question (kg87 ask --list shows them)
    kg87 sparql QUERY_OR_FILE       run any SPARQL query on the graph
    kg87 eval --gold FILE           score the tables against an answer key

Heavy libraries (spaCy, pdfplumber) are imported only by the commands that need them,
so questions answer at once.
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
    """Answer a named question, e.g. `kg87 ask commitments --param country=Nepal`.

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
        table.add_column(column, ratio=1 if widest > 40 else None, overflow="fold", no_wrap=widest <= 25)
    for row in result.rows:
        table.add_row(*(row[c] for c in columns))
    console.print(table)
    console.print(f"{len(result.rows)} rows" + (f" (columns equal to another left out: "
                                                f"{', '.join(c for c in result.columns if c not in columns)})"
                                                if len(columns) < len(result.columns) else ""))


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


if __name__ == "__main__":
    main()
