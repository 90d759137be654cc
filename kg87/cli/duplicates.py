"""`kg87 duplicates`: overlapping initiatives, and a reviewer's decisions on them."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.markup import escape
from rich.table import Table

from .output import DEFAULT_OUT, FORMATS, console, emit, errors

COLUMNS = ["cluster", "relation", "statement_id", "actor_label", "text", "similarity", "probability", "document",
           "page", "cluster_action", "co_actors"]


@click.command()
@click.option("--threshold", type=click.FloatRange(0, 1, min_open=True, max_open=True), default=None,
              help="Least probability that a cluster's members are duplicates (default: learned from the "
                   "dev keys by kg87 train; the HTML report states it). Higher gives fewer, tighter clusters: 0.35 kept "
                   "precision above 0.8 on the evaluation corpus.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.option("--html", "html", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the clusters as an HTML report (quotes, reasons, links to the PDF pages) instead of "
                   "printing them.")
@click.option("--review", is_flag=True, help="Judge each cluster in the terminal: duplicates, not, or skip.")
@click.option("--accept", "accepted", multiple=True, metavar="CLUSTER",
              help="Mark a cluster's members as duplicates of each other (repeatable).")
@click.option("--reject", "rejected", multiple=True, metavar="CLUSTER",
              help="Mark a cluster's members as not duplicates: they are never clustered together again "
                   "(repeatable).")
@click.option("--reviewer", default=None, help="Who decides (default: your user name).")
@click.option("--export-reviews", "export", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write every review decision as a labelled pair (CSV) for training or audit, and stop.")
@click.option("--config", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="A TOML settings file whose [duplicates] table says how to cluster (recomputed from the "
                   "stored embeddings; --threshold overrides its threshold).")
@click.option("--out", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
              help="The build folder to read.")
def duplicates(threshold: float | None, fmt: str, html: Path | None, review: bool, accepted: tuple[str, ...],
               rejected: tuple[str, ...], reviewer: str | None, export: Path | None, config: Path | None,
               out: Path) -> None:
    """Which initiatives overlap across actors and documents, and which are one initiative restated?

    Clusters of commitments and proposals that propose the same kind of action (labour
    inspection, surveys, awareness raising, legal reform, …) on a similar scale. Each cluster
    says why: its action type, the words its members share that few other initiatives use, and
    whether it is an overlap (different actors or documents) or a restatement (one actor,
    one document). The build writes the clusters to tables/duplicates.csv and the graph;
    --threshold recomputes them from the stored embeddings.

    Reviewing: --accept and --reject record a decision on every pair of a cluster's members;
    --review asks about each cluster in turn. Decisions are kept in OUT/reviews/duplicates.json,
    survive rebuilds and are applied from then on (here at once, in the tables at the next build).
    """
    from kg87.similarity.reviews import load_reviews

    if export:
        _export_reviews(load_reviews(out), export)
        return
    clusters, statements, built = _clusters(out, threshold, config)
    if accepted or rejected or review:
        _record(out, clusters, built, statements, accepted, rejected, review, reviewer)
        clusters, statements, _ = _clusters(out, threshold, config)
    if html:
        from kg87.publish.report import write_duplicates_html

        write_duplicates_html(clusters, statements, html, _sources(out), _threshold(threshold, config))
        errors.print(f"HTML report: {html}")
        return
    _show(clusters, statements, fmt)


def _threshold(threshold: float | None, config: Path | None) -> float:
    """The least probability the clusters were made at."""
    from kg87.similarity.calibration import shipped_calibration

    from ..settings import load_settings

    return threshold or load_settings(config).duplicates.threshold or shipped_calibration().threshold


def _show(clusters, statements, fmt: str) -> None:
    from kg87.graph.store import QueryResult
    from kg87.publish.tables import duplicate_rows

    rows = [{c: row[c] for c in COLUMNS} for row in duplicate_rows(clusters, statements)]
    if fmt != "table":
        emit(QueryResult(COLUMNS, rows), fmt)
        return
    for cluster in clusters:
        console.print(_cluster_table(cluster, statements))
    console.print(f"{len(clusters)} clusters, {len(rows)} statements")


def _clusters(out: Path, threshold: float | None, config: Path | None):
    """The clusters (the build's, or recomputed when a setting or a review decision is new), the
    statements by id, and the build's own clusters (decisions may name those too)."""
    from dataclasses import replace

    from kg87.model.errors import OutdatedOutput, SettingsError
    from kg87.model.records import Records
    from kg87.similarity.duplicates import find_duplicates, score_initiatives
    from kg87.similarity.embeddings import EmbeddingsMissing, read_embeddings
    from kg87.similarity.reviews import load_reviews

    from ..settings import load_settings

    try:
        reviews = load_reviews(out)
        records = Records.from_dict(json.loads((out / "records.json").read_text(encoding="utf-8")))
        if threshold is None and config is None and sorted(reviews, key=repr) == sorted(records.reviews, key=repr):
            return records.duplicates, records.statement_index(), records.duplicates
        settings = load_settings(config).duplicates
        settings = replace(settings, threshold=threshold) if threshold is not None else settings
        embeddings = read_embeddings(out)
        return (find_duplicates(score_initiatives(embeddings, settings, reviews), settings),
                {s.id: s for s in embeddings.statements}, records.duplicates)
    except (EmbeddingsMissing, FileNotFoundError):
        errors.print(f"[red]No build at {out}/: run `kg87 build` first.[/red]")
        sys.exit(2)
    except (SettingsError, OutdatedOutput) as exc:
        errors.print(f"[red]{escape(str(exc))}[/red]")
        sys.exit(2)


def _record(out: Path, clusters, built, statements, accepted, rejected, review: bool, reviewer: str | None) -> None:
    """Store the decisions on clusters named on the command line (shown now or built), then those given
    interactively."""
    from kg87.similarity.reviews import decide, record_reviews

    by_id = {c.id: c for c in (*built, *clusters)}
    unknown = [c for c in (*accepted, *rejected) if c not in by_id]
    if unknown:
        errors.print(f"[red]No cluster {', '.join(unknown)}[/red] (see `kg87 duplicates` for the ids).")
        sys.exit(2)
    decisions = [(by_id[c], True) for c in accepted] + [(by_id[c], False) for c in rejected]
    if review:
        decisions += _ask(clusters, statements)
    new = [r for cluster, duplicate in decisions
           for r in decide([statements[m.statement_id] for m in cluster.members], duplicate, reviewer)]
    if new:
        record_reviews(out, new)
        errors.print(f"{len(decisions)} decision(s) on {len(new)} pair(s) kept in {out}/reviews/duplicates.json")


def _ask(clusters, statements) -> list:
    """Show each cluster and ask whether its members are duplicates; q stops."""
    answers = []
    for n, cluster in enumerate(clusters, 1):
        console.print(_cluster_table(cluster, statements))
        answer = click.prompt(f"{n}/{len(clusters)} duplicates? [y]es, [n]o, [s]kip, [q]uit",
                              type=click.Choice(["y", "n", "s", "q"]), show_choices=False, default="s",
                              err=True)
        if answer == "q":
            break
        if answer in "yn":
            answers.append((cluster, answer == "y"))
    return answers


def _cluster_table(cluster, statements) -> Table:
    from kg87.model.vocabularies import action_label

    action = f"{action_label(cluster.action)}: " if cluster.action else ""
    why = (f"{cluster.relation}; shares: {', '.join(cluster.shared_terms) or '–'}; "
           f"themes: {', '.join(cluster.themes) or '–'}; p: probability of duplicating the first")
    table = Table("actor", "text", "p", "document", "page", title=f"{cluster.id} · {action}{cluster.label}",
                  caption=why, title_justify="left", expand=True)
    for m in cluster.members:
        s = statements[m.statement_id]
        table.add_row(", ".join((s.actor.label, *m.co_actors)), s.text, f"{m.probability:.2f}",
                      s.provenance.document, str(s.provenance.page))
    return table


def _export_reviews(reviews, path: Path) -> None:
    from kg87.model.files import write_text_atomic
    from kg87.publish.tables import to_csv
    from kg87.similarity.reviews import training_rows

    rows = training_rows(reviews)
    header = ["first_id", "second_id", "first_text", "second_text", "label", "reviewer", "decided"]
    write_text_atomic(path, to_csv(rows, header))
    errors.print(f"{len(rows)} review decision(s) written to {path}")


def _sources(out: Path) -> dict[str, Path]:
    """The PDF path of each document of the build (from build.json)."""
    try:
        sources = json.loads((out / "build.json").read_text(encoding="utf-8")).get("sources", {})
    except (OSError, ValueError):
        return {}
    return {name: Path(path) for name, path in sources.items()}
