"""`kg87 export`: the built graph and tables in standard formats, the same bytes every time.

Formats (files under the export folder):

- ``turtle`` → ``graph.ttl`` and ``ntriples`` → ``graph.nt``: every triple, sorted (pyoxigraph
  serializers; blank nodes carry the canonical labels the build gave them);
- ``jsonld`` → ``graph.jsonld``: one compact JSON-LD document with readable keys ("text", "actor",
  "page", "quote", "themes", …); its ``@context`` (the shipped ``graph/context.jsonld``) is embedded,
  so it reads offline, and also written beside it as ``context.jsonld``;
- ``graphml`` → ``graph.graphml``: a property-graph view for Gephi and networkx: every IRI (and blank
  node) a node with its literal properties as attributes, every other triple an edge labelled by
  its property;
- ``csv`` → ``csv/``: the contract's tables as built, with their data dictionary
  (``csv-metadata.json``, CSVW, and ``README.md``).

Each export writes ``manifest.json``: the kg87 version, the build it comes from (time, documents
with SHA-256), the named graph `kg87 push` uses, triple and class counts, table row counts, and
every file with its size and SHA-256. Nothing depends on when the export ran. Nothing is
written unless every file passed the e-mail check, and, unless told otherwise, the graph
conforms to the SHACL shapes.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from importlib import metadata, resources
from pathlib import Path

import pyoxigraph as ox

from kg87.atomic import write_bytes_atomic
from kg87.validate import Report

FORMATS = ("turtle", "ntriples", "jsonld", "graphml", "csv")
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"
INTEGER_TYPES = {XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                                   "positiveInteger", "nonPositiveInteger", "negativeInteger",
                                   "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte")}
FLOAT_TYPES = {XSD + "decimal", XSD + "double", XSD + "float"}
EMAIL = re.compile(r"[\w.%+-]+@[\w-]+(\.[\w-]+)+")
ID_NAMESPACE = "https://w3id.org/kg87/id/"


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


def export(out_dir: Path, to: Path, formats: tuple[str, ...] = FORMATS, validate: bool = True) -> ExportResult:
    """Export the build under ``out_dir`` into ``to`` in the given formats, then write manifest.json."""
    from kg87.graph.store import read_triples
    from kg87.validate import validate_triples

    unknown = set(formats) - set(FORMATS)
    if unknown:
        raise ValueError(f"unknown export format(s) {', '.join(sorted(unknown))}; known: {', '.join(FORMATS)}")
    out_dir, to = Path(out_dir), Path(to)
    triples = read_triples(out_dir)
    report = validate_triples(triples) if validate else None
    if report is not None and not report.conforms:
        raise NotConforming(report)
    context = Context.shipped()
    renderers = {
        "turtle": lambda: {"graph.ttl": turtle(triples, context)},
        "ntriples": lambda: {"graph.nt": ntriples(triples)},
        "jsonld": lambda: {"graph.jsonld": jsonld(triples, context), "context.jsonld": context.source},
        "graphml": lambda: {"graph.graphml": graphml(triples, context)},
        "csv": lambda: csv_bundle(out_dir / "tables"),
    }
    rendered: dict[str, tuple[str, bytes, float]] = {}
    for fmt in (f for f in FORMATS if f in formats):
        started = time.perf_counter()
        files = renderers[fmt]()
        seconds = time.perf_counter() - started
        rendered.update({path: (fmt, data, seconds) for path, data in files.items()})
    files = [WrittenFile(path, fmt, len(data), hashlib.sha256(data).hexdigest(), seconds)
             for path, (fmt, data, seconds) in sorted(rendered.items())]
    contents = {path: data for path, (_, data, _) in rendered.items()}
    contents["manifest.json"] = manifest(out_dir, triples, files, contents, context, validated=report is not None)
    for path, data in contents.items():
        if EMAIL.search(data.decode("utf-8")):
            raise ExportError(f"{path} would contain an e-mail address; nothing was written. E-mail addresses "
                              "must never leave the machine: please report this as a bug.")
    for path, data in sorted(contents.items()):
        write_bytes_atomic(to / path, data)
    data = contents["manifest.json"]
    files.append(WrittenFile("manifest.json", "manifest", len(data), hashlib.sha256(data).hexdigest(), 0.0))
    return ExportResult(to, files, len(triples), report)


# --- N-Triples and Turtle -------------------------------------------------------------------------

def ntriples(triples: list) -> bytes:
    """N-Triples, one triple a line, in the given (sorted) order."""
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)


def turtle(triples: list, context: Context) -> bytes:
    """Turtle with the context's prefixes and one prefix per kind of kg87 resource (country:NPL)."""
    return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=turtle_prefixes(triples, context))


def turtle_prefixes(triples: list, context: Context) -> dict[str, str]:
    """The context's prefixes, plus ``kind:`` for each ``https://w3id.org/kg87/id/kind/…`` in use."""
    prefixes = dict(context.prefixes)
    kinds = set()
    for t in triples:
        for term in (t.subject, t.object):
            if isinstance(term, ox.NamedNode) and term.value.startswith(ID_NAMESPACE):
                kind, slash, _ = term.value[len(ID_NAMESPACE):].partition("/")
                if slash and re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]*", kind) and kind not in prefixes:
                    kinds.add(kind)
    prefixes.update({kind: f"{ID_NAMESPACE}{kind}/" for kind in sorted(kinds)})
    return prefixes


# --- JSON-LD --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Term:
    name: str
    type: str | None = None  # "@id", a datatype IRI, or None
    language: str | None = None


class Context:
    """The shipped JSON-LD @context, read as the key each property and class gets, and its prefixes."""

    def __init__(self, source: bytes):
        self.source = source
        self.body: dict = json.loads(source)["@context"]
        self.prefixes = {k: v for k, v in self.body.items()
                         if isinstance(v, str) and not k.startswith("@") and v.endswith(("/", "#"))}
        self.terms: dict[str, Term] = {}
        for name, definition in self.body.items():
            if name.startswith("@") or name in self.prefixes:
                continue
            if isinstance(definition, str):
                if not definition.startswith("@"):
                    self.terms.setdefault(self.expand(definition), Term(name))
            else:
                coercion = definition.get("@type")
                self.terms.setdefault(self.expand(definition["@id"]), Term(
                    name, coercion if coercion in (None, "@id") else self.expand(coercion),
                    definition.get("@language")))

    @classmethod
    def shipped(cls) -> "Context":
        """The context shipped as graph/context.jsonld."""
        return cls(resources.files("kg87.graph").joinpath("context.jsonld").read_bytes())

    def expand(self, value: str) -> str:
        """A compact IRI (prefix:rest) expanded with the context's prefixes; anything else as it is."""
        prefix, colon, rest = value.partition(":")
        return self.prefixes[prefix] + rest if colon and prefix in self.prefixes else value

    def compact(self, iri: str) -> str:
        """A compact IRI (kgid:country/NPL) with the longest matching prefix, else the IRI itself."""
        best = max((p for p, ns in self.prefixes.items() if iri.startswith(ns) and len(iri) > len(ns)
                    and not iri[len(ns):].startswith("//")), key=lambda p: len(self.prefixes[p]), default=None)
        return f"{best}:{iri[len(self.prefixes[best]):]}" if best else iri

    def key(self, iri: str) -> str:
        """The JSON key of a property (or the name of a class): its term, else its compact IRI."""
        term = self.terms.get(iri)
        return term.name if term else self.compact(iri)

    def node_id(self, term) -> str:
        """The id of a node: _:label for a blank node, else its compact IRI."""
        return f"_:{term.value}" if isinstance(term, ox.BlankNode) else self.compact(term.value)


def jsonld(triples: list, context: Context) -> bytes:
    """The graph as one compact JSON-LD document: {"@context": …, "@graph": [node, …]}, sorted."""
    nodes: dict[str, dict[str, list]] = {}
    for t in triples:
        node = nodes.setdefault(context.node_id(t.subject), {})
        if t.predicate.value == RDF_TYPE:
            node.setdefault("type", []).append(context.key(t.object.value))
        else:
            term = context.terms.get(t.predicate.value)
            node.setdefault(context.key(t.predicate.value), []).append(_json_value(t.object, term, context))
    graph = []
    for node_id in sorted(nodes, key=lambda n: (n.startswith("_:"), n)):
        properties = nodes[node_id]
        obj: dict = {"id": node_id}
        for key in sorted(properties, key=lambda k: (k != "type", k)):
            values = sorted(properties[key], key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
            obj[key] = values[0] if len(values) == 1 else values
        graph.append(obj)
    document = {"@context": context.body, "@graph": graph}
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _json_value(obj, term: Term | None, context: Context):
    """A value as compact JSON-LD: plain where the term's coercion says what it is, else a value object."""
    if isinstance(obj, (ox.NamedNode, ox.BlankNode)):
        node = context.node_id(obj)
        return node if term and term.type == "@id" else {"id": node}
    lexical, datatype = obj.value, obj.datatype.value
    coerced = term is not None and (term.type is not None or term.language is not None)
    if obj.language:
        if term and term.language == obj.language and term.type is None:
            return lexical
        return {"@value": lexical, "@language": obj.language}
    if coerced:
        if term.type == datatype:
            return lexical
        return {"@value": lexical} if datatype == XSD + "string" else \
            {"@value": lexical, "@type": context.compact(datatype)}
    if datatype == XSD + "string":
        return lexical
    if datatype == XSD + "boolean" and lexical in ("true", "false"):
        return lexical == "true"
    if datatype == XSD + "integer" and re.fullmatch(r"-?[1-9][0-9]*|0", lexical):
        return int(lexical)
    return {"@value": lexical, "@type": context.compact(datatype)}


# --- GraphML --------------------------------------------------------------------------------------

def graphml(triples: list, context: Context) -> bytes:
    """A property graph: resources as nodes (literal properties as attributes), links as edges."""
    import networkx as nx

    attributes: dict[str, dict[str, list]] = {}
    edges = []
    for t in triples:
        subject = context.node_id(t.subject)
        attributes.setdefault(subject, {})
        if t.predicate.value == RDF_TYPE:
            attributes[subject].setdefault("type", []).append(context.key(t.object.value))
        elif isinstance(t.object, ox.Literal):
            attributes[subject].setdefault(context.key(t.predicate.value), []).append(_python_value(t.object))
        else:
            target = context.node_id(t.object)
            attributes.setdefault(target, {})
            edges.append((subject, context.key(t.predicate.value), target, t.predicate.value))
    kinds = _attribute_kinds(attributes)
    graph = nx.MultiDiGraph()
    for node in sorted(attributes):
        values = attributes[node]
        data = {"iri": node if node.startswith("_:") else context.expand(node)}
        for key in sorted(values):
            items = sorted(values[key], key=str)
            data[key] = items[0] if kinds[key] is not str else " | ".join(_text(v) for v in items)
        data.setdefault("label", _first(values, "prefLabel", "fileName", "notation") or node)
        graph.add_node(node, **data)
    for number, (subject, key, target, predicate) in enumerate(sorted(edges)):
        graph.add_edge(subject, target, key=f"e{number}", label=key, predicate=predicate)
    return ("\n".join(nx.generate_graphml(graph)) + "\n").encode("utf-8")


def _python_value(literal):
    datatype = literal.datatype.value
    try:
        if datatype in INTEGER_TYPES:
            return int(literal.value)
        if datatype in FLOAT_TYPES:
            return float(literal.value)
    except ValueError:
        return literal.value
    if datatype == XSD + "boolean" and literal.value in ("true", "false"):
        return literal.value == "true"
    return literal.value


def _attribute_kinds(attributes: dict[str, dict[str, list]]) -> dict[str, type]:
    """Each attribute's GraphML type: int, float or bool where every node has one such value, else str."""
    seen: dict[str, set] = {}
    for values in attributes.values():
        for key, items in values.items():
            seen.setdefault(key, set()).update({type(v) for v in items} if len(items) == 1 else {list})
    return {key: next(iter(types)) if len(types) == 1 and next(iter(types)) in (int, float, bool) else str
            for key, types in seen.items()}


def _text(value) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


def _first(values: dict[str, list], *keys: str) -> str | None:
    for key in keys:
        if values.get(key):
            return _text(sorted(values[key], key=str)[0])
    return None


# --- CSV bundle and manifest ----------------------------------------------------------------------

def csv_bundle(tables_dir: Path) -> dict[str, bytes]:
    """The built contract tables (duplicates.csv when the build made it) with their data dictionary."""
    from kg87.dictionary import csvw_metadata, markdown
    from kg87.tables import COLUMNS

    if not tables_dir.is_dir():
        raise ExportError(f"no tables at {tables_dir}: run `kg87 build` first")
    files, headers = {}, {}
    for name in COLUMNS:
        path = tables_dir / name
        if path.exists():
            data = path.read_bytes()
            files[f"csv/{name}"] = data
            headers[name] = next(csv.reader(io.StringIO(data.decode("utf-8"))), [])
    files["csv/csv-metadata.json"] = _json_bytes(csvw_metadata(headers))
    files["csv/README.md"] = markdown(headers).encode("utf-8")
    return files


def manifest(out_dir: Path, triples: list, files: list[WrittenFile], contents: dict[str, bytes],
             context: Context, validated: bool) -> bytes:
    """manifest.json: what was exported, from which build and documents, with counts and checksums."""
    from kg87.push import named_graph_iri

    records = json.loads((out_dir / "records.json").read_text(encoding="utf-8"))
    build_file = out_dir / "build.json"
    build = json.loads(build_file.read_text(encoding="utf-8"))
    documents = [{"name": d["name"], "sha256": d["sha256"], "pages": d["pages"], "title": d["title"]}
                 for d in sorted(records["documents"], key=lambda d: d["name"])]
    classes = Counter(context.compact(t.object.value) for t in triples if t.predicate.value == RDF_TYPE)
    tables = {path.removeprefix("csv/"): sum(1 for _ in csv.reader(io.StringIO(data.decode("utf-8")))) - 1
              for path, data in sorted(contents.items()) if path.endswith(".csv")}
    return _json_bytes({
        "kg87_version": metadata.version("kg87"),
        "build": {"finished": build.get("finished"), "seconds": build.get("seconds"),
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


def _json_bytes(data) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
