"""`kg87 export`: the built graph and tables in standard formats, the same bytes every time.

Formats (files under the export folder):

- ``turtle`` → ``graph.ttl`` and ``ntriples`` → ``graph.nt``: every triple, sorted (pyoxigraph
  serializers; blank nodes carry the canonical labels the build gave them);
- ``jsonld`` → ``graph.jsonld``: one compact JSON-LD document with readable keys ("text", "actor",
  "page", "quote", "themes", …); its ``@context`` (the shipped ``graph/context.jsonld``) is embedded,
  so it reads offline, and also written beside it as ``context.jsonld``;
- ``graphml`` → ``graph.graphml``: a property-graph view for Gephi and networkx: every IRI (and blank
  node) a node with its literal properties as attributes, every other triple an edge labelled by
  its property; labels in one language (``lang``), statements labelled by actor and text, and the
  SDG 8.7 node every statement points at left out unless ``hub`` is set;
- ``csv`` → ``csv/``: the contract's tables as built, with their data dictionary
  (``csv-metadata.json``, CSVW, and ``README.md``).

One module per format, in ``kg87/publish/formats/``.

Each export writes ``manifest.json``: the kg87 version, the build it comes from (time, documents
with SHA-256), the named graph `kg87 push` uses, triple and class counts, table row counts, and
every file with its size and SHA-256. Nothing depends on when the export ran. Nothing is
written unless every file passed the personal-data check (:mod:`kg87.publish.privacy`), and, unless told otherwise, the graph
conforms to the SHACL shapes.
"""

from __future__ import annotations

import csv
import hashlib
import io
import time
from collections import Counter
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

import pyoxigraph as ox

from kg87.graph.store import read_triples
from kg87.graph.validate import Report, dataset_shapes, validate_triples
from kg87.model.builds import current_build, load_json, verify
from kg87.model.files import write_bytes_atomic

from .formats.csvw import TablesMissing, csv_bundle, json_bytes
from .formats.graphml import graphml
from .formats.jsonld import RDF_TYPE, Context, jsonld
from .formats.ntriples import ntriples
from .formats.turtle import turtle
from .dataset import DCAT, DCT, DEFAULT_LICENCE, FOAF, PROV, SPDX, dataset_description, licence_iri, \
    provenance_triples
from .privacy import refusal
from .push import named_graph_iri

FORMATS = ("turtle", "ntriples", "jsonld", "graphml", "csv")
DEFAULT_PUBLISHER = "kg87"
DATASET_PREFIXES = {"dcat": DCAT, "dct": DCT, "prov": PROV, "foaf": FOAF, "spdx": SPDX,
                    "xsd": "http://www.w3.org/2001/XMLSchema#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#"}


class ExportError(Exception):
    """The export cannot be written; the message says why and what to do."""


class NotConforming(ExportError):
    """The graph does not conform to the SHACL shapes; ``report`` says where and why."""

    def __init__(self, report: Report):
        super().__init__("the graph does not conform to the kg87 shapes")
        self.report = report


@dataclass
class WrittenFile:
    path: str  # relative to the export folder, with "/"
    format: str
    size: int
    sha256: str
    seconds: float  # time to produce it (a format's files share its time)


@dataclass
class ExportResult:
    folder: Path
    files: list[WrittenFile] = field(default_factory=list)
    triples: int = 0
    report: Report | None = None


def export(out_dir: Path, to: Path, formats: tuple[str, ...] = FORMATS, validate: bool = True,
           licence: str = DEFAULT_LICENCE, publisher: str = DEFAULT_PUBLISHER, lang: str = "en",
           hub: bool = False) -> ExportResult:
    """Export the build under ``out_dir`` into ``to`` in the given formats, then dataset.ttl and manifest.json."""
    unknown = set(formats) - set(FORMATS)
    if unknown:
        raise ValueError(f"unknown export format(s) {', '.join(sorted(unknown))}; known: {', '.join(FORMATS)}")
    out_dir, to = Path(out_dir), Path(to)
    build = current_build(out_dir)
    verify(build)  # every artefact, not only the graph: a damaged table is never exported
    records, build_info = (load_json(build, name) for name in ("records.json", "build.json"))
    graph_triples = read_triples(out_dir)
    report = validate_triples(graph_triples) if validate else None
    if report is not None and not report.conforms:
        raise NotConforming(report)
    triples = sorted(graph_triples + provenance_triples(records, build_info), key=_order)
    context = Context.shipped()
    renderers = {
        "turtle": lambda: {"graph.ttl": turtle(triples, context)},
        "ntriples": lambda: {"graph.nt": ntriples(triples)},
        "jsonld": lambda: {"graph.jsonld": jsonld(triples, context), "context.jsonld": context.source},
        "graphml": lambda: {"graph.graphml": graphml(graph_triples, context, lang=lang, hub=hub)},
        "csv": lambda: csv_bundle(build / "tables"),
    }
    rendered: dict[str, tuple[str, bytes, float]] = {}
    for fmt in (f for f in FORMATS if f in formats):
        started = time.perf_counter()
        try:
            files = renderers[fmt]()
        except TablesMissing as exc:
            raise ExportError(str(exc)) from None
        seconds = time.perf_counter() - started
        rendered.update({path: (fmt, data, seconds) for path, data in files.items()})
    files = [WrittenFile(path, fmt, len(data), hashlib.sha256(data).hexdigest(), seconds)
             for path, (fmt, data, seconds) in sorted(rendered.items())]
    contents = {path: data for path, (_, data, _) in rendered.items()}
    description = dataset_description(records, build_info, build.name, files, licence, publisher)
    if validate:
        _check_description(description + triples)
    contents["dataset.ttl"] = ox.serialize(description, format=ox.RdfFormat.TURTLE, prefixes=DATASET_PREFIXES)
    files.append(WrittenFile("dataset.ttl", "dcat", len(contents["dataset.ttl"]),
                             hashlib.sha256(contents["dataset.ttl"]).hexdigest(), 0.0))
    about = {"description": "dataset.ttl", "licence": licence_iri(licence), "publisher": publisher,
             "issued": build_info.get("finished"), "version": build.name}
    contents["manifest.json"] = manifest(records, build_info, triples, files, contents, context,
                                         validated=report is not None, dataset=about)
    refused = refusal(contents)
    if refused:
        raise ExportError(refused)
    for path, data in sorted(contents.items()):
        write_bytes_atomic(to / path, data)
    data = contents["manifest.json"]
    files.append(WrittenFile("manifest.json", "manifest", len(data), hashlib.sha256(data).hexdigest(), 0.0))
    return ExportResult(to, files, len(triples), report)


def _order(triple) -> tuple[str, str, str]:
    return str(triple.subject), str(triple.predicate), str(triple.object)


def _check_description(triples: list) -> None:
    """The DCAT description and the build's provenance against graph/dataset-shapes.ttl; NotConforming if not."""
    report = validate_triples(triples, dataset_shapes())
    if not report.conforms:
        raise NotConforming(report)


def manifest(records: dict, build: dict, triples: list, files: list[WrittenFile], contents: dict[str, bytes],
             context: Context, validated: bool, dataset: dict) -> bytes:
    """manifest.json: what was exported, from which build and documents, with counts and checksums."""
    documents = [{"name": d["name"], "sha256": d["sha256"], "pages": d["pages"], "title": d["title"]}
                 for d in sorted(records["documents"], key=lambda d: d["name"])]
    classes = Counter(context.compact(t.object.value) for t in triples if t.predicate.value == RDF_TYPE)
    tables = {path.removeprefix("csv/"): sum(1 for _ in csv.reader(io.StringIO(data.decode("utf-8")))) - 1
              for path, data in sorted(contents.items()) if path.endswith(".csv")}
    return json_bytes({
        "kg87_version": metadata.version("kg87"),
        "dataset": dataset,
        "build": {"id": dataset["version"], "finished": build.get("finished"), "seconds": build.get("seconds"),
                  "extractor": build.get("extractor"), "failures": len(build.get("failures", []))},
        "documents": documents,
        "named_graph": named_graph_iri(d["sha256"] for d in documents),
        "sdg_target": "http://metadata.un.org/sdg/8.7",
        "shacl_validated": validated,
        "triples": len(triples),
        "classes": dict(sorted(classes.items())),
        "tables": tables,
        "files": [{"path": f.path, "format": f.format, "bytes": f.size, "sha256": f.sha256} for f in files],
    })
