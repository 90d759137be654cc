"""A build's documents read in parallel: each one once, from the cache when unchanged, else on an executor.

Each document's extraction is cached under ``<out>/cache`` by the file's SHA-256 and a fingerprint of the
reader's and extractors' code, data and settings. The build's process looks every file up in the cache
first; the others are :class:`DocumentTask` items that :func:`extract_task` reads in a worker
(:mod:`kg87.executors`: this process, a process pool, or Dask), which writes the cache entry itself and
returns the extraction. The extractions come back in the files' order, whatever order they finish in, so
a parallel build's outputs are those of a serial one. A file that cannot be read, or whose worker dies, is
one failure line; the others are built.
"""

from __future__ import annotations

import hashlib
import importlib
import json
from contextlib import closing
from dataclasses import asdict, dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Callable

from kg87.extract import registry
from kg87.extract.assemble import Extraction
from kg87.extract.parts import attach_action_parts
from kg87.model.document import Document
from kg87.model.files import digest_files, printable, write_json_atomic
from kg87.model.records import DocumentInfo, record_from_dict, record_to_dict

from .executors import Executor, WorkerLost
from .settings import DEFAULT_SETTINGS, Settings

_PACKAGES = ("model", "read")  # code the cached extraction also depends on (extract/ is in the registry's)
_OWN_FINGERPRINTS: set[str] = set()  # extractor fingerprints this process has found to be its own


@dataclass
class Failure:
    path: str
    reason: str
    hint: str

    def line(self) -> str:
        return f"{self.path}: {self.reason}; {self.hint}"


@dataclass
class Extracted:
    """The readable documents' extractions in the files' order, with what went wrong."""

    extractions: list[Extraction] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)  # document name → the file's resolved path
    failures: list[Failure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    cached: int = 0


@dataclass(frozen=True)
class DocumentTask:
    """One document to read, as a worker gets it: ``path`` to open (absolute), ``shown`` to name it by."""

    path: Path
    shown: Path
    sha256: str
    cache_file: Path
    fingerprint: str
    settings: Settings


@dataclass
class DocumentOutcome:
    """A document's extraction or failure; ``other_code`` is the fingerprint of a worker that handed it back."""

    extraction: Extraction | None = None
    cached: bool = False
    failure: Failure | None = None
    other_code: str = ""


def extractor_fingerprint(settings: Settings = DEFAULT_SETTINGS) -> str:
    """A hash of what a document's extraction depends on: code, data and reader settings."""
    files = [p for package in _PACKAGES
             for p in Path(importlib.import_module(f"kg87.{package}").__file__).parent.rglob("*")
             if p.is_file() and p.suffix in (".py", ".json", ".tsv")]
    return registry.fingerprint(digest_files(files), json.dumps(asdict(settings.layout), sort_keys=True).encode())


def extract_document(path: Path, sha256: str, settings: Settings = DEFAULT_SETTINGS,
                     read: Callable[[], Document] | None = None) -> Extraction:
    """Read one PDF (through ``read`` when given: a document read ahead) and run every registered extractor on it."""
    from kg87.read.pdf import read_pdf

    document = read() if read else read_pdf(path, sha256, settings.layout)
    context = registry.run_context(document)
    attach_action_parts(context.outputs)
    info = DocumentInfo(document.name, document.sha256, document.title, document.page_count, document.reader,
                        document.page_errors, language=context.analysis.language, page_labels=document.page_labels)
    return Extraction(info, context.outputs)


def extract_all(pdfs: list[Path], cache_dir: Path, fingerprint: str, settings: Settings,
                on_file: Callable[[Path], None] | None, executor: Executor) -> Extracted:
    """Each readable PDF's extraction, from the cache or read on ``executor`` (largest file first); ``on_file``
    is called as each file is done. A file with the content of one before it waits for that one's cache entry."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    outcomes: dict[int, DocumentOutcome] = {}
    waiting = list(enumerate(pdfs))
    while waiting:
        tasks, waiting = _plan(waiting, cache_dir.absolute(), fingerprint, settings, outcomes, on_file)
        tasks.sort(key=lambda planned: -planned[1].path.stat().st_size)  # the largest first: no long one last
        items = [task for _, task in tasks]
        reads_ahead = getattr(executor, "reads_ahead", lambda count: False)  # an executor of the API may not say
        completed = (_extracted_reading_ahead(items) if reads_ahead(len(items))
                     else executor.map_completed(extract_task, items))
        with closing(completed):  # an error or an interruption on the way stops the workers and the helper
            for position, outcome in completed:
                index, task = tasks[position]
                outcomes[index] = _settled(task, outcome)
                if on_file:
                    on_file(pdfs[index])
    return _collect(pdfs, outcomes)


def _plan(waiting: list[tuple[int, Path]], cache_dir: Path, fingerprint: str, settings: Settings,
          outcomes: dict[int, DocumentOutcome], on_file: Callable[[Path], None] | None):
    """Settle the files found in the cache, or that cannot be read; return a task for each other file whose
    content is not read already, and the files that wait for one that is."""
    from kg87.read.pdf import file_sha256

    tasks: list[tuple[int, DocumentTask]] = []
    later: list[tuple[int, Path]] = []
    for index, path in waiting:
        try:
            sha256 = file_sha256(path)
            cache_file = cache_dir / f"{sha256[:32]}-{fingerprint}.json"
            cached = _from_cache(path, cache_file)
        except Exception as exc:  # one bad file never stops the batch
            outcomes[index] = DocumentOutcome(failure=failure_of(path, exc))
            cached = None
        if index in outcomes or cached:
            outcomes.setdefault(index, DocumentOutcome(cached, cached=True))
            if on_file:
                on_file(path)
        elif any(task.cache_file == cache_file for _, task in tasks):
            later.append((index, path))
        else:
            tasks.append((index, DocumentTask(path.absolute(), path, sha256, cache_file, fingerprint, settings)))
    return tasks, later


def _settled(task: DocumentTask, outcome: DocumentOutcome | WorkerLost) -> DocumentOutcome:
    """A worker's outcome as the build keeps it: a worker that died is the document's failure; a document
    that a worker running other code handed back is read in this process."""
    if isinstance(outcome, WorkerLost):
        return DocumentOutcome(failure=Failure(printable(task.shown), f"its worker stopped ({outcome.detail})",
                                               "it may need more memory than a worker has: build it with "
                                               "fewer --workers, or alone"))
    if outcome.other_code:
        return replace(_extract_here(task), other_code=outcome.other_code)
    return outcome


def _collect(pdfs: list[Path], outcomes: dict[int, DocumentOutcome]) -> Extracted:
    """The outcomes in the order of ``pdfs``, with a warning for each page that could not be read."""
    extracted = Extracted()
    for index, path in enumerate(pdfs):
        outcome = outcomes[index]
        if outcome.other_code:
            extracted.warnings.append(f"{printable(path)}: a worker with other extractors (fingerprint "
                                      f"{outcome.other_code}: another kg87, or extractors registered at run "
                                      "time) handed it back; it was read in the build's own process")
        if outcome.failure:
            extracted.failures.append(outcome.failure)
            continue
        extraction = outcome.extraction
        extracted.cached += outcome.cached
        for page, error in sorted(extraction.document.page_errors.items()):
            extracted.warnings.append(f"{printable(path)}: page {page} could not be read ({error}); "
                                      "the other pages were kept")
        if printable(path) != str(path):
            extracted.warnings.append(f"{printable(path)}: the file name is not valid UTF-8; it is kept as "
                                      f"{extraction.document.name!r}")
        extracted.extractions.append(extraction)
        extracted.sources[extraction.document.name] = printable(path.resolve())
    return extracted


def extract_task(task: DocumentTask) -> DocumentOutcome:
    """Read and extract one document and write its cache entry, in whichever process runs it; a process whose
    extractors are not the build's hands the document back."""
    if task.fingerprint not in _OWN_FINGERPRINTS:
        own = extractor_fingerprint(task.settings)
        if own != task.fingerprint:
            return DocumentOutcome(other_code=own)
        _OWN_FINGERPRINTS.add(own)
    return _extract_here(task)


def _extracted_reading_ahead(tasks: list[DocumentTask]):
    """``(position, outcome)`` of each task extracted in this process, in turn, while a helper process reads the
    documents after it (:mod:`kg87.read.ahead`). The English pipeline, the genre's usual language, loads while the
    first document is read."""
    from kg87.extract.nlp import pipeline
    from kg87.read.ahead import ReadAhead

    with ReadAhead([(task.path, task.sha256, task.settings.layout) for task in tasks]) as ahead:
        pipeline("en")
        for position, task in enumerate(tasks):
            yield position, _extract_here(task, partial(ahead.document, position))


def _extract_here(task: DocumentTask, read: Callable[[], Document] | None = None) -> DocumentOutcome:
    """Read (through ``read`` when given) and extract the document in this process and write its cache entry; any
    error is its failure."""
    try:
        extraction = extract_document(task.path, task.sha256, task.settings, read)
        outputs = extraction.outputs
        entry = {"document": asdict(extraction.document),
                 "outputs": {slot: [record_to_dict(r) for r in records] for slot, records in outputs.items()}}
        digest = _payload_digest(json.loads(json.dumps(entry, default=str)))
        write_json_atomic(task.cache_file, {**entry, "sha256": digest})
    except Exception as exc:  # one bad file never stops the batch
        return DocumentOutcome(failure=failure_of(task.shown, exc))
    return DocumentOutcome(extraction)


def failure_of(path: Path, exc: Exception) -> Failure:
    """A file's failure line for the error that reading it raised."""
    from kg87.read.pdf import PdfError

    if isinstance(exc, PdfError):
        return Failure(printable(path), exc.reason, exc.hint)
    if isinstance(exc, FileNotFoundError):
        return Failure(printable(path), "no such file", "check the path")
    if isinstance(exc, OSError):
        return Failure(printable(path), f"file cannot be read ({exc.strerror})",
                       "check that it exists and you may read it")
    return Failure(printable(path), f"unexpected error ({type(exc).__name__}: {str(exc)[:120]})",
                   "the file was skipped; please report it with the file attached")


def _from_cache(path: Path, cache_file: Path) -> Extraction | None:
    """A document's extraction from its cache entry when it is there and whole (a damaged one is removed)."""
    if not cache_file.exists():
        return None
    try:
        extraction = _extraction_from_dict(cache_entry(cache_file))
    except (ValueError, KeyError, TypeError, AttributeError):
        cache_file.unlink(missing_ok=True)  # a damaged cache entry is rebuilt
        return None
    extraction.document.name = printable(path.name)
    return extraction


def cache_entry(path: Path) -> dict:
    """A cached extraction's JSON, after checking it against its digest (ValueError when it does not match)."""
    entry = json.loads(path.read_text(encoding="utf-8"))
    if entry.pop("sha256", None) != _payload_digest(entry):
        raise ValueError(f"{path} does not match its digest")
    return entry


def _payload_digest(entry: dict) -> str:
    """SHA-256 of a cache entry's canonical JSON form."""
    return hashlib.sha256(json.dumps(entry, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


def _extraction_from_dict(data: dict) -> Extraction:
    doc = data["document"]
    doc["page_errors"] = {int(k): v for k, v in doc.get("page_errors", {}).items()}
    doc["page_labels"] = {int(k): v for k, v in doc.get("page_labels", {}).items()}
    outputs = {slot: [record_from_dict(slot, row) for row in rows] for slot, rows in data["outputs"].items()}
    return Extraction(DocumentInfo(**doc), outputs)
