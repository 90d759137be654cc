"""`kg87 eval`: how well the built tables match an answer key, or a whole split of the evaluation corpus."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.markup import escape

from .output import DEFAULT_OUT, console, errors


@click.command(name="eval")
@click.option("--gold", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="One answer key shaped like shared/gold/gcg5.json, scored against the built --tables.")
@click.option("--split", type=click.Choice(["dev", "test"]),
              help="Build and score every key of a split of the evaluation corpus (tests/data/genre/splits.json).")
@click.option("--keys", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Build and score every answer key in a folder (each beside its PDFs, or the PDFs in corpus/).")
@click.option("--splits", "splits_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=None, help="The splits file to read --split from.  [default: tests/data/genre/splits.json]")
@click.option("--tables", type=click.Path(path_type=Path), default=DEFAULT_OUT / "tables", show_default=True,
              help="With --gold: the folder holding the built CSV tables.")
@click.option("--out", type=click.Path(path_type=Path), default=DEFAULT_OUT / "eval", show_default=True,
              help="With --split or --keys: where each key's documents are built (kept, so a rerun is quick).")
@click.option("--folds", type=click.IntRange(min=2), default=None,
              help="With --split dev or --keys: score each key with a model trained without it (the keys dealt "
                   "into this many folds; one training per fold), so that dev figures mean what test figures mean.")
@click.option("--verbose", is_flag=True, help="Also list missed gold rows and extra output rows (never for test).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def evaluate(gold: Path | None, split: str | None, keys: Path | None, splits_file: Path | None, tables: Path,
             out: Path, folds: int | None, verbose: bool, fmt: str) -> None:
    """Score extraction against answer keys: precision, recall and F1 per table.

    With --gold, the tables of the last build against one key. With --split dev|test or --keys
    DIR, every key is built on its own and scored; the figures are summed over the keys, with
    attribute agreement (commitment kind, target year, themes, event dates, pathfinder columns,
    speakers), the macro F1 of the tables and duplicate pairs, and a line per document. Misses
    are listed (--verbose) for dev and for a folder of keys, never for test: test is scored, not read.

    The shipped model learned from the dev keys, so plain dev figures are what it remembers;
    --folds K gives what it does on dev documents it has not seen (compare these with test).
    """
    from kg87.evaluate import evaluate as score, render_report

    chosen = [option for option, value in (("--gold", gold), ("--split", split), ("--keys", keys)) if value]
    if len(chosen) != 1:
        errors.print("[red]Give exactly one of --gold FILE, --split dev|test or --keys DIR.[/red]")
        sys.exit(2)
    if folds and (gold or split == "test"):
        errors.print("[red]--folds trains on the keys it scores: give --split dev or --keys DIR.[/red]")
        sys.exit(2)
    if gold:
        _warn_if_outdated(tables)
        report = score(tables, gold)
        if fmt == "json":
            click.echo(json.dumps(report, ensure_ascii=False, indent=1))
        else:
            render_report(report, console, verbose=verbose)
        return
    _evaluate_set(split, keys, splits_file, out, folds, verbose, fmt)


def _warn_if_outdated(tables: Path) -> None:
    """Say so when the tables were built by other extraction code than this kg87's (or other layout settings)."""
    from kg87.pipeline import extractor_fingerprint

    try:
        built = json.loads((tables.parent / "build.json").read_text(encoding="utf-8")).get("extractor")
    except (OSError, ValueError, AttributeError):
        return
    if built != extractor_fingerprint():
        errors.print(f"[yellow]The tables in {escape(str(tables))} were built by other extraction code or settings "
                     "than this kg87's: run kg87 build to score what it extracts now.[/yellow]")


def _evaluate_set(split: str | None, keys: Path | None, splits_file: Path | None, out: Path, folds: int | None,
                  verbose: bool, fmt: str) -> None:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from kg87.evaluate.report import render_set_report
    from kg87.evaluate.sets import SPLITS_FILE, KeySetError, absent_keys, keys_in_folder, load_split

    try:
        documents = load_split(split, splits_file or SPLITS_FILE) if split else keys_in_folder(keys)
    except KeySetError as exc:
        errors.print(f"[red]{escape(str(exc))}[/red]")
        sys.exit(2)
    for path in absent_keys(split, splits_file or SPLITS_FILE) if split else []:
        errors.print(f"[yellow]{escape(str(path))} is not on this machine: the {split} figures leave it out.[/yellow]")
    if verbose and split == "test":
        errors.print("[yellow]Misses of the test split are not listed: test is scored, never read.[/yellow]")
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=errors, transient=True) as progress:
        task = progress.add_task("building", total=len(documents))
        result = _scored_set(documents, out / (split or keys.name), folds, progress, task)
    for name, failed in result["failures"].items():
        errors.print(f"[red]{escape(name)} could not be built and scores as empty:[/red] {escape('; '.join(failed))}")
    if fmt == "json":
        click.echo(json.dumps(result, ensure_ascii=False, indent=1))
        return
    title = f"kg87 eval --{'split ' + split if split else 'keys ' + str(keys)}"
    title += f" --folds {folds} (each key scored by a model trained without it)" if folds else ""
    render_set_report(result, console, title=title, misses=verbose and split != "test")


def _scored_set(documents, folder: Path, folds: int | None, progress, task) -> dict:
    """The set's report, each key built with the shipped model or, with folds, one trained without it."""
    from kg87.evaluate.folds import cross_validated_set
    from kg87.evaluate.sets import evaluate_set
    from kg87.pipeline import build

    names = [d.name for d in documents]
    seen: list[str] = []

    def on_document(document) -> None:
        step = "building" if not folds or document.name in seen else "reading"
        seen.append(document.name)
        progress.update(task, description=f"{step} {document.name[:40]}", total=len(documents) * (2 if folds else 1),
                        completed=len(seen) - 1 if folds else names.index(document.name))

    def builder(pdfs, out):
        return [f.line() for f in build(pdfs, out).failures]

    if folds:
        return cross_validated_set(documents, folder / f"folds-{folds}", builder, folds, on_document)
    return evaluate_set(documents, folder, builder, on_document)


@click.command(name="train")
@click.option("--splits", "splits_file", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="The splits file whose dev keys teach the model.  [default: tests/data/genre/splits.json]")
@click.option("--to", "target", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write the model.  [default: the one kg87 ships, kg87/extract/data/statement-model.json]")
@click.option("--duplicates-to", "duplicates_target", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write the duplicate model.  [default: beside --to when it is given, else the one "
                   "kg87 ships, kg87/similarity/data/duplicate-model.json]")
def train_command(splits_file: Path | None, target: Path | None, duplicates_target: Path | None) -> None:
    """Learn which candidates are commitments, proposals and interventions, from the dev keys only.

    Every unit of every dev document is labelled from its key; one logistic regression per table
    and one over commitment kinds are fitted, each threshold chosen by cross-validation over the
    documents. The same keys and code always give the same model. The test split is never read.

    The duplicate model maps an overlap score to the probability that a pair of initiatives is
    keyed as duplicates, and chooses the default threshold on that scale (kg87.calibrate).
    """
    from importlib import resources

    from kg87.evaluate.sets import SPLITS_FILE, KeySetError, load_split
    from kg87.extract.learned import MODEL_FILE
    from kg87.train import train, write_model

    try:
        documents = load_split("dev", splits_file or SPLITS_FILE)
    except KeySetError as exc:
        errors.print(f"[red]{escape(str(exc))}[/red]")
        sys.exit(2)
    with errors.status("reading the dev documents") as status:
        model = train(documents, lambda name: status.update(f"reading {name}"))
    target_given = target is not None
    target = target or Path(str(resources.files("kg87.extract").joinpath("data", MODEL_FILE)))
    write_model(model, target)
    for table, scores in model["cross_validated"].items():
        console.print(f"{table}: cross-validated over the dev documents, unit level P {scores['precision']:.3f} "
                      f"R {scores['recall']:.3f} F1 {scores['f1']:.3f} (threshold {model['tables'][table]['threshold']})")
    console.print(f"{len(model['features'])} features; written to {target}")
    if duplicates_target is None and target_given:
        duplicates_target = target.with_name("duplicate-model.json")  # beside the statement model, not the shipped one
    _train_duplicates(documents, duplicates_target)


def _train_duplicates(documents, target: Path | None) -> None:
    import tempfile
    from importlib import resources

    from kg87.calibrate import calibrate
    from kg87.similarity.calibration import MODEL_FILE, write_model

    with errors.status("embedding the dev keys' initiatives"), tempfile.TemporaryDirectory() as cache:
        model = calibrate(documents, Path(cache))
    target = target or Path(str(resources.files("kg87.similarity").joinpath("data", MODEL_FILE)))
    write_model(model, target)
    scores = model["dev_pairwise_cross_validated"]
    console.print(f"duplicates: default threshold {model['pair_model']['threshold']} (probability); pairwise on "
                  f"the dev keys' initiatives, each scored by a model fitted on the others, P {scores['precision']:.3f} "
                  f"R {scores['recall']:.3f} F1 {scores['f1']:.3f}; written to {target}")
