"""`kg87 check`: verify a build like `git fsck` — its files against its manifest, and the cache."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.markup import escape

from .output import DEFAULT_OUT, console, errors


@click.command()
@click.option("--out", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
              help="The build folder to check.")
def check(out: Path) -> None:
    """Verify the current build and the cache under --out.

    Every file of the build (graph, tables, records, embeddings, networks) is compared with
    the SHA-256 its build recorded in manifest.json; every cached extraction and embedding
    file with its own digest. Prints one line per problem; exit status 1 if there is any.
    A damaged cache entry is recomputed by the next `kg87 build`; a damaged build is
    replaced by running `kg87 build` again.
    """
    from kg87.model.builds import current_build, damaged
    from kg87.pipeline import damaged_cache as damaged_extractions
    from kg87.similarity.embeddings import damaged_cache as damaged_embeddings

    build = current_build(out)
    problems = [f"build {build.name}: {line}" for line in damaged(build)]
    cache = out / "cache"
    problems += [f"cache: {line}" for line in damaged_extractions(cache) + damaged_embeddings(cache)]
    for line in problems:
        errors.print(f"[red]damaged:[/red] {escape(line)}", highlight=False, soft_wrap=True)
    if problems:
        errors.print("Run `kg87 build` to recompute the cache and publish a whole build.")
        sys.exit(1)
    files = sum(1 for p in build.rglob("*") if p.is_file())
    console.print(f"build {build.name}: {files} files match their manifest; the cache is whole")
