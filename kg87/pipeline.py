"""`kg87 build`: PDFs → document models → registered extractors → records → graph, tables, embeddings.

Each document's extraction is cached under ``output/cache`` by the file's SHA-256 and a
fingerprint of the reader's and extractors' code, data and settings, so an unchanged file is
not read again; the others are read in this process, a process pool or on a Dask cluster
(:mod:`kg87.parallel`). A file that cannot be read is reported in one line and skipped. The outputs are
written to a build folder of their own and published in one step (:mod:`kg87.model.builds`), so an
interrupted or failed build never leaves a half-written graph or table behind, and two builds
into one folder never mix: the second fails at once, or waits.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable

from kg87.extract.assemble import assemble
from kg87.model.builds import crash_point, new_staging, publish, recover, writer_lock
from kg87.model.files import digest_files, printable, write_json_atomic
from kg87.model.records import Records

from .executors import Executor, Serial
from .parallel import Failure, cache_entry, extract_all, extractor_fingerprint
from .settings import DEFAULT_SETTINGS, Settings

ProgressHook = Callable[[str], None]
_STAGES = ("model", "read", "extract", "similarity", "graph", "queries", "publish")  # what the outputs depend on
_SOURCES = (".py", ".json", ".tsv", ".ttl", ".jsonld", ".rq")


@dataclass
class BuildResult:
    records: Records
    failures: list[Failure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    pages: int = 0
    cached: int = 0
    embedded: int = 0  # statements whose text was not in the embedding cache
    notes: list[str] = field(default_factory=list)  # what was cleaned up before the build
    unchanged: str = ""  # the id of the published build that was already up to date, when nothing changed


@dataclass
class Found:
    """The PDF files under the paths given, and the folders that could not be searched."""

    files: list[Path] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)


def find_pdfs(paths: Iterable[Path]) -> Found:
    """PDF files named or found (recursively) under the given paths, in a stable order; a folder that
    cannot be listed is a failure, not a silent gap."""
    found = Found()

    def unreadable(error: OSError) -> None:
        found.failures.append(Failure(printable(Path(error.filename)), f"folder cannot be read ({error.strerror})",
                                      "check that you may list it; its files were not read"))

    for path in map(Path, paths):
        if not path.is_dir():
            found.files.append(path)
            continue
        in_folder = [Path(folder) / name for folder, folders, names in os.walk(path, onerror=unreadable)
                     for name in names if name.lower().endswith(".pdf")]
        found.files.extend(sorted(f for f in in_folder if f.is_file() or f.is_symlink()))  # a broken link fails
    return found


def build(paths: list[Path], out_dir: Path, progress: ProgressHook | None = None,
          on_file: Callable[[Path], None] | None = None, settings: Settings = DEFAULT_SETTINGS,
          wait: bool = False, force: bool = False, executor: Executor | None = None) -> BuildResult:
    """Build records, graph and tables from the PDFs under ``paths`` and publish them in ``out_dir``.

    The documents not in the cache are read on ``executor`` (:mod:`kg87.executors`: this process when none,
    a process pool or a Dask cluster); ``on_file`` is called as each document is done: read, from the cache or failed.

    Holds the folder's writer lock throughout (``BuildLocked`` at once, or after waiting when ``wait``). When
    the published build was made from the same documents, code, settings and review decisions, it is kept
    as it is (``result.unchanged`` names it) unless ``force``.
    """
    started = time.perf_counter()
    out_dir = Path(out_dir)
    with writer_lock(out_dir, wait):
        result = BuildResult(Records(), notes=recover(out_dir))
        found = find_pdfs(paths)
        result.failures.extend(found.failures)
        fingerprint = extractor_fingerprint(settings)
        extracted = extract_all(found.files, out_dir / "cache", fingerprint, settings, on_file,
                                executor or Serial())
        extractions, sources = extracted.extractions, extracted.sources
        result.failures.extend(extracted.failures)
        result.warnings.extend(extracted.warnings)
        result.cached = extracted.cached
        result.records = assemble(extractions)
        result.pages = sum(d.pages for d in result.records.documents)
        inputs = inputs_digest(result.records, sources, out_dir, settings, fingerprint)
        if extractions and not force:
            result.unchanged = _up_to_date(out_dir, inputs)
        if extractions and not result.unchanged:  # no readable file leaves the previous build as it was
            staging = new_staging(out_dir)
            result.embedded = _similarity_and_outputs(result.records, out_dir, staging, progress, settings,
                                                      result.warnings)
            result.seconds = time.perf_counter() - started
            _write_build_file(staging, result, sources, {"extractor": fingerprint, "inputs": inputs}, settings)
            publish(out_dir, staging)
    result.seconds = time.perf_counter() - started
    return result


def inputs_digest(records: Records, sources: dict[str, str], out_dir: Path, settings: Settings,
                  fingerprint: str) -> str:
    """A hash of everything a build's outputs depend on: the documents and where they are, every stage's code
    and data, the settings, kg87's version and the review decisions kept in ``out_dir``."""
    from importlib import metadata

    from kg87.model.types import statement_types
    from kg87.similarity.reviews import reviews_path

    files = [p for stage in _STAGES
             for p in Path(importlib.import_module(f"kg87.{stage}").__file__).parent.rglob("*")
             if p.is_file() and p.suffix in _SOURCES]
    reviews = reviews_path(out_dir)
    digest = hashlib.sha256(digest_files(files))
    digest.update(json.dumps({"documents": sorted((d.name, d.sha256) for d in records.documents),
                              "sources": sources, "settings": asdict(settings), "kg87": metadata.version("kg87"),
                              "extractors": fingerprint,  # extractors registered at run time too
                              "tables": [(st.table, list(st.columns)) for st in statement_types()]},
                             sort_keys=True).encode())
    digest.update(reviews.read_bytes() if reviews.is_file() else b"")
    return digest.hexdigest()


def _up_to_date(out_dir: Path, inputs: str) -> str:
    """The id of the published build when it was made from these very inputs, else empty."""
    from kg87.model.builds import BuildMissing, DamagedOutput, current_build, read_json

    try:
        return current_build(out_dir).name if read_json(out_dir, "build.json").get("inputs") == inputs else ""
    except (BuildMissing, DamagedOutput, OSError, ValueError):
        return ""


def _reviews(out_dir: Path, warnings: list[str]) -> list:
    """The review decisions kept in the build folder; none, with a warning, when they cannot be read."""
    from kg87.model.errors import OutdatedOutput
    from kg87.similarity.reviews import load_reviews

    try:
        return load_reviews(out_dir)
    except OutdatedOutput as exc:
        warnings.append(f"{exc}; built without them")
        return []


def _similarity_and_outputs(records: Records, out_dir: Path, staging: Path, progress: ProgressHook | None,
                            settings: Settings, warnings: list[str]) -> int:
    """Embed the statements, find duplicates, write every output into ``staging``; return how many texts
    were encoded."""
    from kg87.similarity.duplicates import find_duplicates, is_initiative, score_initiatives
    from kg87.similarity.embeddings import embed

    embeddings = embed(records, out_dir / "cache", progress, lambda s: is_initiative(s, settings.duplicates))
    scored = score_initiatives(embeddings, settings.duplicates, _reviews(out_dir, warnings))
    records.duplicates, records.reviews = find_duplicates(scored, settings.duplicates), scored.reviews
    if progress:
        progress("writing graph and tables")
    write_outputs(records, embeddings, scored, staging, settings)
    return embeddings.encoded


def _write_build_file(folder: Path, result: BuildResult, sources: dict[str, str], digests: dict[str, str],
                      settings: Settings) -> None:
    write_json_atomic(folder / "build.json", {
        "documents": [d.name for d in result.records.documents],
        "sources": sources,
        "failures": [f.line() for f in result.failures],
        "warnings": result.warnings,
        "seconds": round(result.seconds, 2),
        "finished": datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        "embedded": result.embedded,
        **digests,  # "extractor": what a cached extraction depends on; "inputs": what the whole build does
        "duplicates": asdict(settings.duplicates),  # what `kg87 duplicates` reclusters with after a review
    })


def damaged_cache(cache_dir: Path) -> list[str]:
    """Cached extractions that are unreadable or differ from their digest: one line each."""
    problems = []
    for path in sorted(Path(cache_dir).glob("*-*.json")):
        try:
            cache_entry(path)
        except (OSError, ValueError, AttributeError) as exc:
            problems.append(f"{path.name}: {type(exc).__name__}" if not isinstance(exc, ValueError)
                            else f"{path.name}: unreadable or changed since it was written")
    return problems


def write_outputs(records: Records, embeddings, scored, folder: Path, settings: Settings = DEFAULT_SETTINGS) -> None:
    """Write records, tables, graph, embeddings and networks into a build's staging ``folder``."""
    from kg87.graph.build import build_graph
    from kg87.publish.tables import write_tables
    from kg87.similarity.duplicates import similarity_edge
    from kg87.similarity.embeddings import write_embeddings
    from kg87.similarity.networks import actor_theme_graph, annotate, similarity_graph, write_graphml

    write_json_atomic(folder / "records.json", records.to_dict())
    crash_point("records-written")
    write_tables(records, folder / "tables")
    crash_point("tables-written")
    build_graph(records, folder / "graph")
    crash_point("graph-written")
    write_embeddings(embeddings, folder / "embeddings")
    similar = similarity_graph(scored.statements, scored.actions, scored.scores, similarity_edge(settings.duplicates))
    write_graphml(annotate(similar), folder / "networks" / "similarity.graphml")
    write_graphml(annotate(actor_theme_graph(records)), folder / "networks" / "actor-theme-statement.graphml")
    crash_point("networks-written")
