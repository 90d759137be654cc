"""Handing the graph on: `kg87 validate`, `kg87 export`, `kg87 push`."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click
from rich.markup import escape
from rich.table import Table

from .output import DEFAULT_OUT, console, errors


@click.command(name="validate")
@click.option("--out", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
              help="The build folder whose graph to check.")
def validate_command(out: Path) -> None:
    """Check the graph against the SHACL shapes (graph/shapes.ttl and each statement type's).

    Every commitment has exactly one actor, one text, a document and a page; every
    statement has its provenance (an excerpt with document, page and quote) and relates to
    SDG target 8.7; every country has an ISO 3166-1 alpha-3 code; every theme is in the
    theme scheme; no text or quote holds an e-mail address. The report names each resource
    that breaks a rule, and the rule. Exit status 1 if the graph does not conform.
    """
    from kg87.graph.store import GraphMissing
    from kg87.graph.validate import validate_build

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


@click.command(name="export")
@click.option("--format", "fmt", type=click.Choice(["turtle", "jsonld", "ntriples", "csv", "graphml", "all"]),
              default="all", show_default=True,
              help="turtle: graph.ttl; ntriples: graph.nt; jsonld: graph.jsonld and context.jsonld; "
                   "graphml: graph.graphml; csv: csv/ with the tables and their data dictionary.")
@click.option("--to", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_OUT / "export",
              show_default=True, help="Folder to write into (created if needed; files of the same names replaced).")
@click.option("--no-validate", is_flag=True, help="Export even if the graph does not conform to the SHACL shapes.")
@click.option("--out", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
              help="The build folder to export.")
@click.option("--licence", default="CC-BY-4.0", show_default=True,
              help="Licence of the extracted data: an SPDX id (CC-BY-4.0, CC0-1.0, CC-BY-SA-4.0, ODbL-1.0) or an IRI. "
                   "The source documents keep their own rights.")
@click.option("--publisher", default="kg87", show_default=True, help="Who publishes the dataset (dct:publisher).")
@click.option("--lang", default="en", show_default=True, help="Language of the GraphML labels (en, fr, es).")
@click.option("--graphml-hub", is_flag=True,
              help="Keep the SDG 8.7 node that every statement links to in the GraphML (it swamps layouts).")
def export_command(fmt: str, to: Path, no_validate: bool, out: Path, licence: str, publisher: str, lang: str,
                   graphml_hub: bool) -> None:
    """Write the graph and tables in standard formats, with manifest.json, for Delta 8.7.

    The graph is checked against the SHACL shapes first (see `kg87 validate`); nothing is
    written if it does not conform. Exporting the same build twice gives byte-identical
    files. dataset.ttl describes the export in DCAT (licence, publisher, coverage, one
    distribution per file with its checksum); the RDF files say which build (a PROV-O
    activity) generated each statement. manifest.json lists every file with its size and SHA-256, the source documents
    with theirs, triple, class and row counts, the build time and the kg87 version.
    """
    from kg87.publish.export import FORMATS, ExportError, NotConforming, export
    from kg87.graph.store import GraphMissing

    try:
        result = export(out, to, FORMATS if fmt == "all" else (fmt,), validate=not no_validate, licence=licence,
                        publisher=publisher, lang=lang, hub=graphml_hub)
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
    except ValueError as exc:  # an unknown licence
        errors.print(f"[red]{escape(str(exc))}[/red]")
        sys.exit(2)
    table = Table("file", "format", "size", "time", title=f"kg87 export → {to}/", title_justify="left")
    for f in result.files:
        table.add_row(f.path, f.format, _size(f.size), f"{f.seconds:.2f} s" if f.format != "manifest" else "")
    console.print(table)
    checked = f"conforms to the SHACL shapes ({result.report.seconds:.1f} s)" if result.report else "not validated"
    console.print(f"{result.triples} triples; graph {checked}.")


def _size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 1_000_000 else f"{size / 1000:.1f} kB"


@click.command(name="push")
@click.argument("url")
@click.option("--graph", "graph_iri", metavar="IRI",
              help="Named graph to replace. Default: https://w3id.org/kg87/graph/ + a digest of the build's "
                   "documents (manifest.json names it), so a rebuild replaces its own graph.")
@click.option("--default-graph", is_flag=True,
              help="Replace the store's default graph instead of a named graph, so a plain { ?s ?p ?o } finds "
                   "the triples (everything else in the default graph is replaced too).")
@click.option("--user", help="User name, if the store asks for one (HTTP Basic or Digest). The password comes "
                             "from KG87_PUSH_PASSWORD, else the host's ~/.netrc (or $NETRC) entry, which may give "
                             "the user too, else is asked for.")
@click.option("--timeout", type=click.FloatRange(0, min_open=True), default=300, show_default=True,
              help="Seconds for the whole push, all attempts and waits included; a server that answers too "
                   "slowly, or not at all, is cut off then.")
@click.option("--connect-timeout", type=click.FloatRange(0, min_open=True), default=10, show_default=True,
              help="Seconds to wait for each connection to the server.")
@click.option("--retries", type=click.IntRange(0, 10), default=3, show_default=True,
              help="Retries after a connection failure or HTTP 408/425/429/5xx, with growing waits.")
@click.option("--no-validate", is_flag=True, help="Push even if the graph does not conform to the SHACL shapes.")
@click.option("--out", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
              help="The build folder to push.")
def push_command(url: str, graph_iri: str | None, default_graph: bool, user: str | None, timeout: float,
                 connect_timeout: float, retries: int, no_validate: bool, out: Path) -> None:
    """Upload the graph to a SPARQL 1.1 Graph Store Protocol endpoint URL (http or https).

    The graph is sent as N-Triples with HTTP PUT to URL?graph=IRI, which replaces that named
    graph (never appends). URL is the store's graph store endpoint: Oxigraph
    http://HOST:7878/store, Apache Jena Fuseki http://HOST:3030/DATASET/data, Virtuoso
    http://HOST:8890/sparql-graph-crud-auth (with --user). Credentials written in the URL
    (https://USER:PASSWORD@HOST/...) are used and never printed. See the README.
    """
    from kg87.publish.export import ntriples
    from kg87.graph.store import GraphMissing, read_triples
    from kg87.publish.push import PushError, build_graph_iri, endpoint, push_graph
    from kg87.graph.validate import validate_triples

    try:
        target = endpoint(url, user, os.environ.get("KG87_PUSH_PASSWORD"))
        triples = read_triples(out)
        graph_iri = None if default_graph else graph_iri or build_graph_iri(out)
    except (PushError, GraphMissing) as exc:
        errors.print(f"[red]{escape(str(exc))}[/red]", highlight=False, soft_wrap=True)
        sys.exit(2)
    if not no_validate:
        report = validate_triples(triples)
        if not report.conforms:
            errors.print(escape(report.text()), highlight=False, soft_wrap=True)
            errors.print("[red]Nothing was pushed:[/red] the graph does not conform to the kg87 shapes (above). "
                         "Fix the build, or pass --no-validate to push it anyway.")
            sys.exit(1)
    password = target.password
    if target.user is not None and password is None:
        password = click.prompt(f"Password for {target.user}", hide_input=True, default="", show_default=False)
    try:
        result = push_graph(url, ntriples(triples), graph_iri, user=target.user, password=password,
                            retries=retries, timeout=timeout, connect_timeout=connect_timeout)
    except PushError as exc:
        errors.print(f"[red]Push failed:[/red] {escape(str(exc))}", highlight=False, soft_wrap=True)
        sys.exit(1)
    attempts = f"{result.attempts} attempt{'s' if result.attempts > 1 else ''}"
    console.print(f"Pushed {len(triples)} triples ({_size(result.size)}) to "
                  f"{'the default graph' if default_graph else f'graph <{escape(result.graph)}>'} at "
                  f"{escape(result.url)}: HTTP {result.status}, {result.seconds:.1f} s, {attempts}.",
                  highlight=False, soft_wrap=True)
    if default_graph:
        return
    iri = escape(result.graph)
    console.print(f"The triples are in the named graph, not the default one, so {{ ?s ?p ?o }} alone finds none: "
                  f"query GRAPH <{iri}> {{ ?s ?p ?o }}, or send default-graph-uri={iri}, or run the server with "
                  "a union default graph (oxigraph serve --union-default-graph).", highlight=False, soft_wrap=True)
