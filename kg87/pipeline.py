"""`kg87 build`: PDFs → document models → registered extractors → records → graph, tables, embeddings.

Each document's extraction is cached under ``output/cache`` by the file's SHA-256 and a
fingerprint of the reader's and extractors' code, data and settings, so an unchanged file is
not read again. A file that cannot be read is reported in one line and skipped. The outputs are
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

from kg87.extract import registry
from kg87.extract.assemble import Extraction, assemble
from kg87.model.builds import crash_point, new_staging, publish, recover, writer_lock
from kg87.model.files import digest_files, printable, write_json_atomic
from kg87.model.records import DocumentInfo, Records, record_from_dict, record_to_dict

from .settings import DEFAULT_SETTINGS, Settings

ProgressHook = Callable[[str], None]
_PACKAGES = ("model", "read")  # code the cached extraction also depends on (extract/ is in the registry's)
_STAGES = ("model", "read", "extract", "similarity", "graph", "queries", "publish")  # what the outputs depend on
_SOURCES = (".py", ".json", ".tsv", ".ttl", ".jsonld", ".rq")


@dataclass
class Failure:
    path: str
    reason: str
    hint: str

    def line(self) -> str:
        return f"{self.path}: {self.reason}; {self.hint}"


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


def extractor_fingerprint(settings: Settings = DEFAULT_SETTINGS) -> str:
    """A hash of what a document's extraction depends on: code, data and reader settings."""
    files = [p for package in _PACKAGES
             for p in Path(importlib.import_module(f"kg87.{package}").__file__).parent.rglob("*")
             if p.is_file() and p.suffix in (".py", ".json", ".tsv")]
    return registry.fingerprint(digest_files(files), json.dumps(asdict(settings.layout), sort_keys=True).encode())


def extract_document(path: Path, sha256: str, settings: Settings = DEFAULT_SETTINGS) -> Extraction:
    """Read one PDF and run every registered extractor on it."""
    from kg87.read.pdf import read_pdf

    document = read_pdf(path, sha256, settings.layout)
    context = registry.run_context(document)
    info = DocumentInfo(document.name, document.sha256, document.title, document.page_count, document.reader,
                        document.page_errors, language=context.analysis.language, page_labels=document.page_labels)
    return Extraction(info, context.outputs)


def build(paths: list[Path], out_dir: Path, progress: ProgressHook | None = None,
          on_file: Callable[[Path], None] | None = None, settings: Settings = DEFAULT_SETTINGS,
          wait: bool = False, force: bool = False) -> BuildResult:
    """Build records, graph and tables from the PDFs under ``paths`` and publish them in ``out_dir``.

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
        extractions, sources = _extract_all(found.files, out_dir / "cache", fingerprint, settings, result, on_file)
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


def _extract_all(pdfs: list[Path], cache_dir: Path, fingerprint: str, settings: Settings, result: BuildResult,
                 on_file: Callable[[Path], None] | None) -> tuple[list[Extraction], dict[str, str]]:
    """Each readable PDF's extraction (from the cache when unchanged); failures and warnings go to ``result``."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    extractions: list[Extraction] = []
    sources: dict[str, str] = {}
    for path in pdfs:
        if on_file:
            on_file(path)
        try:
            extraction, cached = _extract_cached(path, cache_dir, fingerprint, settings)
        except Exception as exc:  # one bad file never stops the batch
            result.failures.append(_failure(path, exc))
            continue
        result.cached += cached
        for page, error in sorted(extraction.document.page_errors.items()):
            result.warnings.append(f"{printable(path)}: page {page} could not be read ({error}); the other pages were kept")
        if printable(path) != str(path):
            result.warnings.append(f"{printable(path)}: the file name is not valid UTF-8; it is kept as "
                                   f"{extraction.document.name!r}")
        extractions.append(extraction)
        sources[extraction.document.name] = printable(path.resolve())
    return extractions, sources


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
    from kg87.similarity.duplicates import find_duplicates, score_initiatives
    from kg87.similarity.embeddings import embed

    embeddings = embed(records, out_dir / "cache", progress)
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


def _failure(path: Path, exc: Exception) -> Failure:
    from kg87.read.pdf import PdfError

    if isinstance(exc, PdfError):
        return Failure(printable(path), exc.reason, exc.hint)
    if isinstance(exc, FileNotFoundError):
        return Failure(printable(path), "no such file", "check the path")
    if isinstance(exc, OSError):
        return Failure(printable(path), f"file cannot be read ({exc.strerror})", "check that it exists and you may read it")
    return Failure(printable(path), f"unexpected error ({type(exc).__name__}: {str(exc)[:120]})",
                   "the file was skipped; please report it with the file attached")


def _extract_cached(path: Path, cache_dir: Path, fingerprint: str, settings: Settings) -> tuple[Extraction, bool]:
    """A document's extraction from the cache when the entry is whole, else read afresh and cached."""
    from kg87.read.pdf import file_sha256

    sha = file_sha256(path)
    cache_file = cache_dir / f"{sha[:32]}-{fingerprint}.json"
    if cache_file.exists():
        try:
            extraction = _extraction_from_dict(_cache_entry(cache_file))
            extraction.document.name = printable(path.name)
            return extraction, True
        except (ValueError, KeyError, TypeError, AttributeError):
            cache_file.unlink(missing_ok=True)  # a damaged cache entry is rebuilt
    extraction = extract_document(path, sha, settings)
    entry = {"document": asdict(extraction.document),
             "outputs": {slot: [record_to_dict(r) for r in records] for slot, records in extraction.outputs.items()}}
    write_json_atomic(cache_file, {**entry, "sha256": _payload_digest(json.loads(json.dumps(entry, default=str)))})
    return extraction, False


def _cache_entry(path: Path) -> dict:
    """A cached extraction's JSON, after checking it against its digest (ValueError when it does not match)."""
    entry = json.loads(path.read_text(encoding="utf-8"))
    if entry.pop("sha256", None) != _payload_digest(entry):
        raise ValueError(f"{path} does not match its digest")
    return entry


def damaged_cache(cache_dir: Path) -> list[str]:
    """Cached extractions that are unreadable or differ from their digest: one line each."""
    problems = []
    for path in sorted(Path(cache_dir).glob("*-*.json")):
        try:
            _cache_entry(path)
        except (OSError, ValueError, AttributeError) as exc:
            problems.append(f"{path.name}: {type(exc).__name__}" if not isinstance(exc, ValueError)
                            else f"{path.name}: unreadable or changed since it was written")
    return problems


def _payload_digest(entry: dict) -> str:
    """SHA-256 of a cache entry's canonical JSON form."""
    return hashlib.sha256(json.dumps(entry, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


def _extraction_from_dict(data: dict) -> Extraction:
    doc = data["document"]
    doc["page_errors"] = {int(k): v for k, v in doc.get("page_errors", {}).items()}
    doc["page_labels"] = {int(k): v for k, v in doc.get("page_labels", {}).items()}
    outputs = {slot: [record_from_dict(slot, row) for row in rows] for slot, rows in data["outputs"].items()}
    return Extraction(DocumentInfo(**doc), outputs)


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
