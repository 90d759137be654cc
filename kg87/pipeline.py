"""`kg87 build`: PDFs → document models → records → graph and tables, written atomically.

Each document's extraction is cached under ``output/cache`` by the file's SHA-256 and a
fingerprint of the extractor's code and data, so an unchanged file is not read again.
A file that cannot be read is reported in one line and skipped; everything is written to
a staging folder first and moved into place at the end, so an interrupted or failed build
never leaves a half-written graph or table behind.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import Callable, Iterable

from kg87.duplicates import ScoredInitiatives
from kg87.embeddings import Embeddings
from kg87.extract.document import Document
from kg87.records import CountryRecord, DocumentRecord, OrganisationRecord, Records

from .atomic import write_json_atomic

ProgressHook = Callable[[str], None]


@dataclass
class Failure:
    path: str
    reason: str
    hint: str

    def line(self) -> str:
        return f"{self.path}: {self.reason}; {self.hint}"


@dataclass
class DocumentExtraction:
    """What one document yields; cached by content hash."""

    document: DocumentRecord
    mentions: list[dict]
    organisations: list[dict]
    commitments: list[dict]
    proposals: list[dict]
    pathfinder: list[dict]
    interventions: list[dict]
    events: list[dict]


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


def extractor_fingerprint() -> str:
    """A hash of the extraction code and data: a change to either invalidates the cache."""
    digest = hashlib.sha256()
    files = list(_walk(resources.files("kg87.extract"))) + [resources.files("kg87").joinpath("records.py"),
                                                               resources.files("kg87").joinpath("pipeline.py")]
    for item in sorted(files, key=lambda p: p.name):
        digest.update(item.name.encode())
        digest.update(item.read_bytes())
    return digest.hexdigest()[:16]


def _walk(root):
    for item in root.iterdir():
        if item.is_dir() and item.name == "data":
            yield from (f for f in item.iterdir() if f.is_file())
        elif item.is_file() and item.name.endswith(".py"):
            yield item


def extract_document(path: Path, sha256: str) -> DocumentExtraction:
    """Read one PDF and extract its mentions and first-pass commitments."""
    from kg87.extract.cues import cue_commitments
    from kg87.extract.entities import EntityFinder
    from kg87.extract.events import events
    from kg87.extract.interventions import interventions
    from kg87.extract.pathfinders import status_facts
    from kg87.extract.pdf import read_pdf
    from kg87.extract.proposals import proposals
    from kg87.extract.statements import commitments, pathfinder_commitments, table_commitments

    document = read_pdf(path, sha256)
    finder = EntityFinder()
    mentions = finder.mentions(document)
    facts = list(status_facts(document, mentions))
    structural = [*commitments(document), *table_commitments(document), *pathfinder_commitments(document, facts)]
    taken = {(c.page, tuple(c.bbox)) for c in structural}
    record = DocumentRecord(document.name, document.sha256, document.title, document.page_count,
                            document.reader, document.page_errors)
    places = _places(document)
    return DocumentExtraction(
        document=record,
        mentions=[{**asdict(m), **_quote_for(m.surface, places.get((m.block_id, m.surface)) or places[(m.block_id, "")])}
                  for m in mentions],
        organisations=[asdict(o) for o in finder.found.values()],
        commitments=[asdict(c) for c in structural + list(cue_commitments(document, mentions, taken))],
        proposals=[asdict(p) for p in proposals(document)],
        pathfinder=[asdict(f) for f in facts],
        interventions=[asdict(i) for i in interventions(document, mentions)],
        events=[asdict(e) for e in events(document)],
    )


def _places(document: Document) -> dict[tuple[str, str], tuple[str, list[float]]]:
    """Text and box of each block (key: block id and "") and each table cell (key: table id and its text)."""
    out: dict[tuple[str, str], tuple[str, list[float]]] = {}
    for block in document.blocks():
        out[(block.id, "")] = (block.text, list(block.bbox))
    for table in document.tables():
        for cell in table.cells:
            out.setdefault((table.id, cell.text), (cell.text, list(cell.bbox)))
    return out


def _quote_for(surface: str, place: tuple[str, list[float]]) -> dict:
    """The sentence of the place that contains the surface form, e-mail addresses removed."""
    from kg87.extract.entities import redact_emails
    from kg87.extract.text import sentences

    text, bbox = place
    quote = next((s for s in sentences(text) if surface in s), text)
    return {"quote": redact_emails(quote), "bbox": bbox}


def build(paths: list[Path], out_dir: Path, progress: ProgressHook | None = None,
          on_file: Callable[[Path], None] | None = None) -> BuildResult:
    """Build records, graph and tables from the PDFs under ``paths`` into ``out_dir``."""
    started = time.perf_counter()
    out_dir = Path(out_dir)
    cache_dir = out_dir / "cache"
    cache_dir.mkdir(parents=True, exist_ok=True)
    fingerprint = extractor_fingerprint()
    result = BuildResult(Records())
    extractions: list[DocumentExtraction] = []
    sources: dict[str, str] = {}
    for path in find_pdfs(paths):
        if on_file:
            on_file(path)
        try:
            extraction, cached = _extract_cached(path, cache_dir, fingerprint)
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
        sources[path.name] = str(path)
    result.records = merge(extractions)
    result.pages = sum(d.pages for d in result.records.documents)
    if extractions:  # a batch with no readable file leaves the previous build as it was
        from kg87.duplicates import find_duplicates, score_initiatives
        from kg87.embeddings import embed

        embeddings = embed(result.records, cache_dir, progress)
        result.embedded = embeddings.encoded
        scored = score_initiatives(embeddings)
        result.records.duplicates = find_duplicates(scored)
        if progress:
            progress("writing graph and tables")
        write_outputs(result.records, embeddings, scored, out_dir)
    result.seconds = time.perf_counter() - started
    write_json_atomic(out_dir / "build.json", {
        "documents": [d.name for d in result.records.documents],
        "sources": sources,
        "failures": [f.line() for f in result.failures],
        "warnings": result.warnings,
        "seconds": round(result.seconds, 2),
        "finished": datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        "embedded": result.embedded,
        "extractor": fingerprint,
    })
    return result


def _failure(path: Path, exc: Exception) -> Failure:
    from kg87.extract.pdf import PdfError

    if isinstance(exc, PdfError):
        return Failure(str(path), exc.reason, exc.hint)
    return Failure(str(path), f"unexpected error ({type(exc).__name__}: {str(exc)[:120]})",
                   "the file was skipped; please report it with the file attached")


def _extract_cached(path: Path, cache_dir: Path, fingerprint: str) -> tuple[DocumentExtraction, bool]:
    from kg87.extract.pdf import file_sha256

    sha = file_sha256(path)
    cache_file = cache_dir / f"{sha[:32]}-{fingerprint}.json"
    if cache_file.exists():
        try:
            data = json.loads(cache_file.read_text(encoding="utf-8"))
            data["document"]["name"] = path.name
            return _extraction_from_dict(data), True
        except (ValueError, KeyError, TypeError):
            cache_file.unlink(missing_ok=True)  # a damaged cache entry is rebuilt
    extraction = extract_document(path, sha)
    write_json_atomic(cache_file, asdict(extraction))
    return extraction, False


def _extraction_from_dict(data: dict) -> DocumentExtraction:
    doc = data["document"]
    doc["page_errors"] = {int(k): v for k, v in doc.get("page_errors", {}).items()}
    return DocumentExtraction(DocumentRecord(**doc), data["mentions"], data["organisations"], data["commitments"],
                              data["proposals"], data["pathfinder"], data["interventions"], data["events"])


def merge(extractions: list[DocumentExtraction]) -> Records:
    """Combine per-document extractions into one set of records with build-wide counts."""
    from kg87.extract.gazetteer import load_gazetteer
    from kg87.extract.pathfinders import StatusFact, resolve
    from kg87.records import CommitmentRecord, EventRecord, InterventionRecord, ProposalRecord

    gazetteer = load_gazetteer()
    records = Records(documents=[e.document for e in extractions])
    learned = {o["id"]: o for e in extractions for o in e.organisations}
    first: dict[tuple[str, str], dict] = {}
    counts: dict[tuple[str, str], int] = {}
    for extraction in extractions:
        named = {(m["kind"], m["id"]) for m in extraction.mentions}
        extraction.document.countries = sorted(i for k, i in named if k == "country")
        extraction.document.organisations = sorted(i for k, i in named if k == "organisation")
        for m in extraction.mentions:
            key = (m["kind"], m["id"])
            counts[key] = counts.get(key, 0) + 1
            if key not in first or ("[e-mail removed]" in first[key].get("quote", "") and "quote" in m):
                first[key] = m
    status = resolve(StatusFact(**{**f, "bbox": tuple(f["bbox"])}) for e in extractions for f in e.pathfinder)
    for (kind, ident), count in sorted(counts.items()):
        m = first[(kind, ident)]
        where = {"document": m["document"], "page": m["page"], "quote": m["quote"], "bbox": tuple(m["bbox"])}
        if kind == "country":
            c = gazetteer.countries[ident]
            records.countries.append(CountryRecord(c.iso3, c.label, c.iso2, c.m49, mentions=count,
                                                   **status.get(ident, {}), **where))
        else:
            if ident in gazetteer.organisations:
                o = gazetteer.organisations[ident]
                label, acronym, org_type, country = o.label, o.acronym, o.type, o.country
            else:
                o = learned[ident]
                label, acronym, org_type, country = o["label"], o["acronym"], o["type"], o["country"]
            records.organisations.append(OrganisationRecord(ident, label, acronym, org_type, country, count, **where))
    seen = set()
    for extraction in extractions:
        for kind, rows, target in ((CommitmentRecord, extraction.commitments, records.commitments),
                                   (ProposalRecord, extraction.proposals, records.proposals),
                                   (InterventionRecord, extraction.interventions, records.interventions),
                                   (EventRecord, extraction.events, records.events)):
            for row in rows:
                if row["id"] not in seen:
                    seen.add(row["id"])
                    target.append(kind(**{**row, "bbox": tuple(row["bbox"])}))
    return records


def write_outputs(records: Records, embeddings: Embeddings, scored: ScoredInitiatives, out_dir: Path) -> None:
    """Write records, tables, graph, embeddings and networks to a staging folder, then move each into place."""
    from kg87.duplicates import DEFAULT_SETTINGS
    from kg87.embeddings import write_embeddings
    from kg87.graph.build import build_graph
    from kg87.networks import actor_theme_graph, annotate, similarity_graph, write_graphml
    from kg87.tables import write_tables

    out_dir.mkdir(parents=True, exist_ok=True)
    # A fresh name for every build: an Oxigraph store keeps its lock on the path it was opened at.
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=out_dir))
    write_json_atomic(staging / "records.json", records.to_dict())
    write_tables(records, staging / "tables")
    build_graph(records, staging / "graph")
    write_embeddings(embeddings, staging / "embeddings")
    write_graphml(annotate(similarity_graph(scored.statements, scored.scores, DEFAULT_SETTINGS.threshold)),
                  staging / "networks" / "similarity.graphml")
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
