"""`kg87 duplicates`: overlapping initiatives, and a reviewer's decisions on them."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import click
from rich.markup import escape
from rich.table import Table

from kg87.model.builds import BuildMissing, read_json
from kg87.similarity.calibration import shipped_model

from .output import DEFAULT_OUT, FORMATS, console, emit, errors

COLUMNS = ["cluster", "relation", "statement_id", "actor_label", "text", "similarity", "probability", "document",
           "page", "cluster_action", "co_actors", "cluster_review"]


@click.command()
@click.option("--threshold", type=click.FloatRange(0, 1, min_open=True, max_open=True), default=None,
              help="Least probability, on average over a cluster's pairs, that they are duplicates (default: the "
                   f"build's, else the one kg87 train learned: {shipped_model().threshold}). Higher gives "
                   "fewer, tighter clusters: from 0.625, precision on the test keys' initiatives was 0.80 and "
                   "recall 0.44.")
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
@click.option("--reject-member", "outsiders", multiple=True, metavar="CLUSTER:STATEMENT",
              help="Mark one member as no duplicate of the others of its cluster; they are clustered again "
                   "without it (repeatable).")
@click.option("--reviewer", default=None, help="Who decides (default: your user name).")
@click.option("--export-reviews", "export", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write every review decision as a labelled pair (CSV) for training or audit, and stop.")
@click.option("--config", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="A TOML settings file whose [duplicates] table says how to cluster (recomputed from the "
                   "stored embeddings; --threshold overrides its threshold).")
@click.option("--out", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
              help="The build folder to read.")
def duplicates(threshold: float | None, fmt: str, html: Path | None, review: bool, accepted: tuple[str, ...],
               rejected: tuple[str, ...], outsiders: tuple[str, ...], reviewer: str | None, export: Path | None,
               config: Path | None, out: Path) -> None:
    """Which initiatives overlap across actors and documents, and which are one initiative restated?

    Clusters of commitments and proposals that propose the same kind of action (labour
    inspection, surveys, awareness raising, legal reform, …) on a similar scale. Each cluster
    says why: its action type, the words its members share that few other initiatives use, and
    whether it is an overlap (different actors or documents) or a restatement (one actor,
    one document). The build writes the clusters to tables/duplicates.csv and the graph;
    --threshold recomputes them from the stored embeddings.

    Reviewing: --accept and --reject record a decision on every pair of a cluster's members,
    --reject-member on the pairs of one member and the others; --review asks about each cluster
    not yet decided, in turn, and keeps each answer at once. Decisions are kept in
    OUT/reviews/duplicates.json, survive rebuilds and are applied from then on (here at once, in
    the tables and the graph at the next build): accepted pairs stay together at any threshold,
    rejected pairs never share a cluster.
    """
    if export:
        _export_reviews(out, export)
        return
    clusters, statements, built = _clusters(out, threshold, config)
    if accepted or rejected or outsiders or review:
        decided = Decided(out, reviewer, statements, {c.id: c for c in (*built, *clusters)})
        decided.named(accepted, rejected, outsiders)
        if review:
            _ask(clusters, statements, decided)
        clusters, statements, _ = _clusters(out, threshold, config)
    if html:
        from kg87.publish.report import write_duplicates_html

        write_duplicates_html(clusters, statements, html, _sources(out), _threshold(out, threshold, config))
        errors.print(f"HTML report: {html}")
        return
    _show(clusters, statements, fmt)


def _settings(out: Path, threshold: float | None, config: Path | None):
    """The duplicate settings to cluster with: the config's, else those the build used; the threshold given."""
    from dataclasses import replace

    from ..settings import duplicate_settings, load_settings

    if config is not None:
        settings = load_settings(config).duplicates
    else:
        try:
            built = read_json(out, "build.json").get("duplicates", {})
        except (OSError, ValueError):
            built = {}
        settings = duplicate_settings(built)
    return replace(settings, threshold=threshold) if threshold is not None else settings


def _threshold(out: Path, threshold: float | None, config: Path | None) -> float:
    """The least probability the clusters are made at."""
    return shipped_model().least(_settings(out, threshold, config).threshold)


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
    from kg87.model.errors import OutdatedOutput, SettingsError
    from kg87.model.records import Records
    from kg87.similarity.duplicates import find_duplicates, score_initiatives
    from kg87.similarity.embeddings import read_embeddings
    from kg87.similarity.reviews import applicable, load_reviews

    try:
        records = Records.from_dict(read_json(out, "records.json"))
        reviews = applicable(records.statements, load_reviews(out))
        if threshold is None and config is None and sorted(reviews, key=repr) == sorted(records.reviews, key=repr):
            return records.duplicates, records.statement_index(), records.duplicates
        settings = _settings(out, threshold, config)
        embeddings = read_embeddings(out)
        return (find_duplicates(score_initiatives(embeddings, settings, reviews), settings),
                {s.id: s for s in embeddings.statements}, records.duplicates)
    except (SettingsError, OutdatedOutput) as exc:
        errors.print(f"[red]{escape(str(exc))}[/red]")
        sys.exit(2)


@dataclass
class Decided:
    """Where decisions go, who takes them, and the clusters and statements they may name."""

    out: Path
    reviewer: str | None
    statements: dict
    clusters: dict  # by id: the clusters shown now and those the build made

    def named(self, accepted, rejected, outsiders) -> None:
        """Store the decisions named on the command line; refuse unknown ids and contradictions."""
        members = [tuple(o.split(":", 1)) if ":" in o else (o, "") for o in outsiders]
        unknown = [c for c in (*accepted, *rejected, *(c for c, _ in members)) if c not in self.clusters]
        unknown += [m for c, m in members if c in self.clusters
                    and m not in {x.statement_id for x in self.clusters[c].members}]
        both = set(accepted) & set(rejected)
        if unknown or both:
            errors.print(f"[red]No cluster or member {escape(', '.join(unknown))}[/red] (see `kg87 duplicates`)"
                         if unknown else f"[red]Both accepted and rejected: {escape(', '.join(sorted(both)))}[/red]")
            sys.exit(2)
        for c in accepted:
            self.store(self.clusters[c], True)
        for c in rejected:
            self.store(self.clusters[c], False)
        for c, m in members:
            self.store(self.clusters[c], False, self.statements[m])

    def store(self, cluster, duplicate: bool, member=None) -> None:
        from kg87.similarity.reviews import decide, record_reviews

        new = decide([self.statements[m.statement_id] for m in cluster.members], duplicate, self.reviewer, member)
        record_reviews(self.out, new)
        what = "duplicates" if duplicate else "not duplicates"
        errors.print(f"{cluster.id}: {len(new)} pair(s) marked {what} "
                     f"({escape(', '.join(m.statement_id for m in cluster.members))}), kept in "
                     f"{self.out}/reviews/duplicates.json")


def _ask(clusters, statements, decided: Decided) -> None:
    """Show each cluster not yet decided and ask whether its members are duplicates; each answer is kept at once."""
    from kg87.similarity.reviews import load_reviews

    known = {(r.first, r.second) for r in load_reviews(decided.out)}
    for n, cluster in enumerate(clusters, 1):
        ids = sorted(m.statement_id for m in cluster.members)
        if all((a, b) in known for i, a in enumerate(ids) for b in ids[i + 1:]):
            continue
        errors.print(_cluster_table(cluster, statements))
        answer = click.prompt(f"{n}/{len(clusters)} duplicates? y(es), n(o), s(kip), q(uit)",
                              type=click.Choice(["y", "n", "s", "q"]), show_choices=False, default="s",
                              err=True)
        if answer == "q":
            return
        if answer in "yn":
            decided.store(cluster, answer == "y")


def _cluster_table(cluster, statements) -> Table:
    from kg87.model.vocabularies import action_label

    action = f"{action_label(cluster.action)}: " if cluster.action else ""
    why = (f"{cluster.relation}{'; ' + cluster.review if cluster.review else ''}; "
           f"shares: {', '.join(cluster.shared_terms) or '–'}; "
           f"themes: {', '.join(cluster.themes) or '–'}; p: probability that it duplicates the first")
    table = Table("actor", "text", "p", "document", "page", title=escape(f"{cluster.id} · {action}{cluster.label}"),
                  caption=escape(why), title_justify="left", expand=True)
    for m in cluster.members:
        s = statements[m.statement_id]
        table.add_row(escape(", ".join((s.actor.label, *m.co_actors))), escape(s.text), f"{m.probability:.2f}",
                      escape(s.provenance.document), str(s.provenance.page))
    return table


def _export_reviews(out: Path, path: Path) -> None:
    from kg87.model.errors import OutdatedOutput
    from kg87.model.files import write_text_atomic
    from kg87.publish.tables import to_csv
    from kg87.similarity.reviews import load_reviews, reviews_path, training_rows

    try:
        rows = training_rows(load_reviews(out))
    except OutdatedOutput as exc:
        errors.print(f"[red]{escape(str(exc))}[/red]")
        sys.exit(2)
    if not reviews_path(out).is_file():
        errors.print(f"[red]No review decisions at {escape(str(reviews_path(out)))}[/red]: nothing was written.")
        sys.exit(2)
    header = ["first_id", "second_id", "first_text", "second_text", "label", "reviewer", "decided"]
    write_text_atomic(path, to_csv(rows, header))
    errors.print(f"{len(rows)} review decision(s) written to {path}")


def _sources(out: Path) -> dict[str, Path]:
    """The PDF path of each document of the build (from build.json)."""
    try:
        sources = read_json(out, "build.json").get("sources", {})
    except (OSError, ValueError, BuildMissing):
        return {}
    return {name: Path(path) for name, path in sources.items()}
