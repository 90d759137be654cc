"""`kg87 build`: read PDFs and write the graph, tables and embeddings."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.markup import escape
from rich.table import Table

from .output import DEFAULT_OUT, console, errors


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
              help="Folder for the graph, tables and cache.")
@click.option("--config", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="A TOML settings file with [layout] and [duplicates] tables (see README, Settings).")
@click.option("--wait", is_flag=True, help="If another build is writing to --out, wait for it instead of failing.")
@click.option("--force", is_flag=True, help="Build and publish anew even when nothing has changed.")
@click.option("--workers", type=click.IntRange(min=1), default=None, metavar="N",
              help="Processes reading documents at once [default: one per core and per two documents to read; "
                   "fewer than four documents are analysed in this process, a helper process reading ahead]. --workers 1: "
                   "one process, no helper. With --cluster local, the Dask workers started.")
@click.option("--cluster", metavar="ADDRESS", default=None,
              help="Read the documents on a Dask cluster: its scheduler's address (tcp://host:8786), or 'local' "
                   "to start one on this machine. The PDFs and --out must be on storage every worker sees at the "
                   "same path, and the workers need this kg87 installed (see README, Parallel builds and clusters).")
def build(paths: tuple[Path, ...], out: Path, config: Path | None, wait: bool, force: bool, workers: int | None,
          cluster: str | None) -> None:
    """Read the PDFs under PATHS (default: corpus/) and write the graph and tables.

    Folders are searched recursively for *.pdf. A file that cannot be read is reported
    in one line and skipped; the exit status is 1 if any file failed. The previous
    build stays in place until the new one is complete, and is replaced in one step:
    readers see the old build or the new one, never a mix. One build at a time writes
    to a folder; another started meanwhile fails at once (or waits, with --wait). When
    nothing has changed since the published build (documents, code, settings, review
    decisions), it is kept as it is. The documents not in the cache are read by one
    process per core (--workers) or on a Dask cluster (--cluster); the outputs are the
    same as a build in one process.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from kg87.executors import ClusterUnavailable, executor_for
    from kg87.model.errors import SettingsError
    from kg87.pipeline import build as run_build, find_pdfs

    from ..settings import load_settings

    try:
        settings = load_settings(config)
    except SettingsError as exc:
        errors.print(f"[red]Bad settings:[/red] {escape(str(exc))}")
        sys.exit(2)
    paths = paths or (Path("corpus"),)
    found = find_pdfs(paths)
    files = found.files
    if not files and not found.failures:
        errors.print(f"[red]No PDF found under {', '.join(map(str, paths))}.[/red]")
        sys.exit(2)
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=errors, transient=True) as progress:
        task = progress.add_task("reading", total=len(files))

        def on_file(path: Path) -> None:
            progress.update(task, advance=1, description=f"read {path.name[:40]}")

        try:
            result = run_build(list(paths), out, progress=lambda msg: progress.update(task, description=msg),
                               on_file=on_file, settings=settings, wait=wait, force=force,
                               executor=executor_for(workers, cluster))
        except ClusterUnavailable as exc:
            errors.print(f"[red]Cannot build on the cluster:[/red] {escape(str(exc))}")
            sys.exit(2)
        progress.update(task, completed=len(files))
    _print_messages(result)
    _print_summary(result, out)
    if result.failures:
        sys.exit(1)


def _print_messages(result) -> None:
    """A build's notes, warnings and failed files, one line each; and whether it was already up to date."""
    for note in result.notes:
        errors.print(escape(note), highlight=False, soft_wrap=True)
    for warning in result.warnings:
        errors.print(f"[yellow]warning:[/yellow] {escape(warning)}", highlight=False, soft_wrap=True)
    for failure in result.failures:
        errors.print(f"[red]failed:[/red] {escape(failure.line())}", highlight=False, soft_wrap=True)
    if result.unchanged:
        errors.print(f"Up to date: build {result.unchanged} was made from these documents, this code, these "
                     "settings and review decisions (--force builds anew).", highlight=False, soft_wrap=True)


def _print_summary(result, out: Path) -> None:
    from kg87.model.types import statement_types

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
        *((st.plural, len(records.of_type(st.name))) for st in statement_types()),
        ("failed files", len(result.failures)),
        ("from cache", result.cached),
        ("time", f"{result.seconds:.1f} s ({rate:.1f} pages/s)"),
    ]:
        summary.add_row(label, str(value))
    console.print(summary)
