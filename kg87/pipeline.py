"""`kg87 build`: PDFs → document models → registered extractors → records → graph, tables, embeddings.

Each document's extraction is cached under ``output/cache`` by the file's SHA-256 and a
fingerprint of the reader's and extractors' code, data and settings, so an unchanged file is
not read again. A file that cannot be read is reported in one line and skipped; everything is
written to a staging folder first and moved into place at the end, so an interrupted or
failed build never leaves a half-written graph or table behind.
"""

from __future__ import annotations

import importlib
import json
import os
import shutil
import tempfile
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable

from kg87.extract import registry
from kg87.extract.assemble import Extraction, assemble
from kg87.model.files import digest_files, write_json_atomic
from kg87.model.records import DocumentInfo, Records, record_from_dict, record_to_dict

from .settings import DEFAULT_SETTINGS, Settings

ProgressHook = Callable[[str], None]
_PACKAGES = ("model", "read")  # code the cached extraction also depends on (extract/ is in the registry's)


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


def find_pdfs(paths: Iterable[Path]) -> list[Path]:
    """PDF files named or found (recursively) under the given paths, in a stable order."""
    found: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() == ".pdf"))
        else:
            found.append(path)
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
    info = DocumentInfo(document.name, document.sha256, document.title, document.page_count, document.reader,
                        document.page_errors)
    return Extraction(info, registry.run(document))


def build(paths: list[Path], out_dir: Path, progress: ProgressHook | None = None,
          on_file: Callable[[Path], None] | None = None, settings: Settings = DEFAULT_SETTINGS) -> BuildResult:
    """Build records, graph and tables from the PDFs under ``paths`` into ``out_dir``."""
    started = time.perf_counter()
    out_dir = Path(out_dir)
    cache_dir = out_dir / "cache"
    cache_dir.mkdir(parents=True, exist_ok=True)
    fingerprint = extractor_fingerprint(settings)
    result = BuildResult(Records())
    extractions: list[Extraction] = []
    sources: dict[str, str] = {}
    for path in find_pdfs(paths):
        if on_file:
            on_file(path)
        try:
            extraction, cached = _extract_cached(path, cache_dir, fingerprint, settings)
        except FileNotFoundError:
            result.failures.append(Failure(str(path), "no such file", "check the path"))
            continue
        except Exception as exc:  # one bad file never stops the batch
            result.failures.append(_failure(path, exc))
            continue
        result.cached += cached
        for page, error in sorted(extraction.document.page_errors.items()):
            result.warnings.append(f"{path}: page {page} could not be read ({error}); the other pages were kept")
        extractions.append(extraction)
        sources[path.name] = str(path.resolve())
    result.records = assemble(extractions)
    result.pages = sum(d.pages for d in result.records.documents)
    if extractions:  # a batch with no readable file leaves the previous build as it was
        result.embedded = _similarity_and_outputs(result.records, out_dir, progress, settings, result.warnings)
    result.seconds = time.perf_counter() - started
    _write_build_file(out_dir, result, sources, fingerprint, settings)
    return result


def _reviews(out_dir: Path, warnings: list[str]) -> list:
    """The review decisions kept in the build folder; none, with a warning, when they cannot be read."""
    from kg87.model.errors import OutdatedOutput
    from kg87.similarity.reviews import load_reviews

    try:
        return load_reviews(out_dir)
    except OutdatedOutput as exc:
        warnings.append(f"{exc}; built without them")
        return []


def _similarity_and_outputs(records: Records, out_dir: Path, progress: ProgressHook | None,
                            settings: Settings, warnings: list[str]) -> int:
    """Embed the statements, find duplicates, write every output; return how many texts were encoded."""
    from kg87.similarity.duplicates import find_duplicates, score_initiatives
    from kg87.similarity.embeddings import embed

    embeddings = embed(records, out_dir / "cache", progress)
    scored = score_initiatives(embeddings, settings.duplicates, _reviews(out_dir, warnings))
    records.duplicates, records.reviews = find_duplicates(scored, settings.duplicates), scored.reviews
    if progress:
        progress("writing graph and tables")
    write_outputs(records, embeddings, scored, out_dir, settings)
    return embeddings.encoded


def _write_build_file(out_dir: Path, result: BuildResult, sources: dict[str, str], fingerprint: str,
                      settings: Settings) -> None:
    write_json_atomic(out_dir / "build.json", {
        "documents": [d.name for d in result.records.documents],
        "sources": sources,
        "failures": [f.line() for f in result.failures],
        "warnings": result.warnings,
        "seconds": round(result.seconds, 2),
        "finished": datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        "embedded": result.embedded,
        "extractor": fingerprint,
        "duplicates": asdict(settings.duplicates),  # what `kg87 duplicates` reclusters with after a review
    })


def _failure(path: Path, exc: Exception) -> Failure:
    from kg87.read.pdf import PdfError

    if isinstance(exc, PdfError):
        return Failure(str(path), exc.reason, exc.hint)
    return Failure(str(path), f"unexpected error ({type(exc).__name__}: {str(exc)[:120]})",
                   "the file was skipped; please report it with the file attached")


def _extract_cached(path: Path, cache_dir: Path, fingerprint: str, settings: Settings) -> tuple[Extraction, bool]:
    from kg87.read.pdf import file_sha256

    sha = file_sha256(path)
    cache_file = cache_dir / f"{sha[:32]}-{fingerprint}.json"
    if cache_file.exists():
        try:
            extraction = _extraction_from_dict(json.loads(cache_file.read_text(encoding="utf-8")))
            extraction.document.name = path.name
            return extraction, True
        except (ValueError, KeyError, TypeError):
            cache_file.unlink(missing_ok=True)  # a damaged cache entry is rebuilt
    extraction = extract_document(path, sha, settings)
    write_json_atomic(cache_file, {"document": asdict(extraction.document),
                                   "outputs": {slot: [record_to_dict(r) for r in records]
                                               for slot, records in extraction.outputs.items()}})
    return extraction, False


def _extraction_from_dict(data: dict) -> Extraction:
    doc = data["document"]
    doc["page_errors"] = {int(k): v for k, v in doc.get("page_errors", {}).items()}
    outputs = {slot: [record_from_dict(slot, row) for row in rows] for slot, rows in data["outputs"].items()}
    return Extraction(DocumentInfo(**doc), outputs)


def write_outputs(records: Records, embeddings, scored, out_dir: Path, settings: Settings = DEFAULT_SETTINGS) -> None:
    """Write records, tables, graph, embeddings and networks to a staging folder, then move each into place."""
    from kg87.graph.build import build_graph
    from kg87.publish.tables import write_tables
    from kg87.similarity.duplicates import similarity_edge
    from kg87.similarity.embeddings import write_embeddings
    from kg87.similarity.networks import actor_theme_graph, annotate, similarity_graph, write_graphml

    out_dir.mkdir(parents=True, exist_ok=True)
    # A fresh name for every build: an Oxigraph store keeps its lock on the path it was opened at.
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=out_dir))
    write_json_atomic(staging / "records.json", records.to_dict())
    write_tables(records, staging / "tables")
    build_graph(records, staging / "graph")
    write_embeddings(embeddings, staging / "embeddings")
    similar = similarity_graph(scored.statements, scored.actions, scored.scores, similarity_edge(settings.duplicates))
    write_graphml(annotate(similar), staging / "networks" / "similarity.graphml")
    write_graphml(annotate(actor_theme_graph(records)), staging / "networks" / "actor-theme-statement.graphml")
    for name in ("records.json", "tables", "graph", "embeddings", "networks"):
        _replace(staging / name, out_dir / name)
    shutil.rmtree(staging, ignore_errors=True)


def _replace(new: Path, target: Path) -> None:
    """Move ``new`` over ``target``; a folder is swapped with a rename so readers never see half of it."""
    if new.is_dir():
        old = target.with_name(f".old-{target.name}-{os.getpid()}")
        if target.exists():
            os.replace(target, old)
        os.replace(new, target)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(new, target)
