"""Asking the graph: `kg87 ask`, `kg87 sparql`, `kg87 similar`, `kg87 duplicates`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.markup import escape
from rich.table import Table

from .output import DEFAULT_OUT, FORMATS, console, emit, errors


@click.command()
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
        from kg87.model.gazetteer import load_gazetteer

        country = load_gazetteer().country(value)
        return country.iso3 if country else value.upper()
    return value


@click.command()
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
    emit(result, fmt, title)


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


@click.command()
@click.option("--threshold", type=click.FloatRange(-1, 1), default=None,
              help="Least average contextual similarity within a cluster of one action type (default: the "
                   "build's, -0.05; 0 is the similarity of two average statements). Higher gives fewer, tighter "
                   "clusters.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.option("--html", "html", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the clusters as an HTML report (quotes, themes, links to the PDF pages).")
@click.option("--config", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="A TOML settings file whose [duplicates] table says how to cluster (recomputed from the "
                   "stored embeddings; --threshold overrides its threshold).")
@click.option("--out", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
              help="The build folder to read.")
def duplicates(threshold: float | None, fmt: str, html: Path | None, config: Path | None, out: Path) -> None:
    """Which initiatives are near-duplicates of each other across actors and documents?

    Clusters of commitments and proposals that propose the same kind of action (labour
    inspection, surveys, awareness raising, legal reform, …) on a similar scale, each
    labelled by its action type and most central statement, with every member's actor,
    document, page and similarity. The build writes the default clusters to
    tables/duplicates.csv and the graph; --threshold recomputes them from the stored embeddings.
    """
    from kg87.graph.store import QueryResult
    from kg87.publish.tables import duplicate_rows

    clusters, statements = _clusters(out, threshold, config)
    if html:
        from kg87.publish.report import write_duplicates_html

        write_duplicates_html(clusters, statements, html, _sources(out))
        errors.print(f"HTML report: {html}")
    columns = ["cluster", "statement_id", "actor_label", "text", "similarity", "document", "page", "cluster_action",
               "co_actors"]
    rows = [{c: row[c] for c in columns} for row in duplicate_rows(clusters, statements)]
    if fmt != "table":
        emit(QueryResult(columns, rows), fmt)
        return
    _print_clusters(clusters, statements)
    console.print(f"{len(clusters)} clusters, {len(rows)} statements")


def _clusters(out: Path, threshold: float | None, config: Path | None):
    """The build's clusters, or new ones at ``threshold``; and the statements they refer to, by id."""
    from dataclasses import replace

    from kg87.model.errors import OutdatedOutput, SettingsError
    from kg87.model.records import Records
    from kg87.similarity.duplicates import find_duplicates, score_initiatives
    from kg87.similarity.embeddings import EmbeddingsMissing, read_embeddings

    from ..settings import load_settings

    try:
        if threshold is None and config is None:
            records = Records.from_dict(json.loads((out / "records.json").read_text(encoding="utf-8")))
            return records.duplicates, records.statement_index()
        settings = load_settings(config).duplicates
        settings = replace(settings, threshold=threshold) if threshold is not None else settings
        embeddings = read_embeddings(out)
        return (find_duplicates(score_initiatives(embeddings, settings), settings),
                {s.id: s for s in embeddings.statements})
    except (EmbeddingsMissing, FileNotFoundError):
        errors.print(f"[red]No build at {out}/: run `kg87 build` first.[/red]")
        sys.exit(2)
    except (SettingsError, OutdatedOutput) as exc:
        errors.print(f"[red]{escape(str(exc))}[/red]")
        sys.exit(2)


def _print_clusters(clusters, statements) -> None:
    from kg87.model.vocabularies import action_label

    for c in clusters:
        action = f"{action_label(c.action)}: " if c.action else ""
        table = Table("actor", "text", "similarity", "document", "page", title=f"{c.id} · {action}{c.label}",
                      caption=f"themes: {', '.join(c.themes) or '–'}", title_justify="left", expand=True)
        for m in c.members:
            s = statements[m.statement_id]
            table.add_row(", ".join((s.actor.label, *m.co_actors)), s.text, f"{m.similarity:.2f}",
                          s.provenance.document, str(s.provenance.page))
        console.print(table)


def _sources(out: Path) -> dict[str, Path]:
    """The PDF path of each document of the build (from build.json)."""
    try:
        sources = json.loads((out / "build.json").read_text(encoding="utf-8")).get("sources", {})
    except (OSError, ValueError):
        return {}
    return {name: Path(path) for name, path in sources.items()}
