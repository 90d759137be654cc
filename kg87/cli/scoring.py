"""`kg87 eval`: how well the built tables match an answer key."""

from __future__ import annotations

from pathlib import Path

import click

from .output import DEFAULT_OUT, console


@click.command(name="eval")
@click.option("--gold", type=click.Path(exists=True, dir_okay=False, path_type=Path), required=True,
              help="Answer key shaped like shared/gold/gcg5.json.")
@click.option("--tables", type=click.Path(path_type=Path), default=DEFAULT_OUT / "tables", show_default=True,
              help="Folder holding the built CSV tables.")
@click.option("--verbose", is_flag=True, help="Also list missed gold rows and extra output rows.")
def evaluate(gold: Path, tables: Path, verbose: bool) -> None:
    """Score the built tables against an answer key: precision, recall and F1 per table."""
    from kg87.evaluate import evaluate as score, render_report

    render_report(score(tables, gold), console, verbose=verbose)
