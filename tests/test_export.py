"""`kg87 export` and `kg87 validate` on the corpus build: every format, read back, byte-identical, private, valid."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import shutil

import networkx as nx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import RDF, Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS

from conftest import CORPUS
from kg87.cli import main
from kg87.publish.export import export
from kg87.graph.terms import ID, KG87, SDG_TARGET_8_7
from kg87.graph.store import read_triples
from kg87.model.builds import new_staging, publish
from kg87.publish.tables import columns
from kg87.graph.validate import validate_graph

EMAIL = re.compile(r"[\w.%+-]+@[\w-]+(\.[\w-]+)+")
RDF_FILES = {"graph.ttl": "turtle", "graph.nt": "nt", "graph.jsonld": "json-ld"}


@pytest.fixture(scope="module")
def exported(corpus_build, tmp_path_factory):
    """The corpus build exported in every format: (ExportResult, export folder, build folder)."""
    _, out = corpus_build
    to = tmp_path_factory.mktemp("export")
    return export(out, to), to, out


def rdf_graph(triples) -> Graph:
    graph = Graph()
    graph.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
    return graph


def break_graph(graph: Graph):
    """Break the shapes: a commitment with two actors and no page, a country without ISO3, a stray theme."""
    commitment = next(graph.subjects(RDF.type, KG87.Commitment))
    graph.add((commitment, KG87.actor, ID["country/IND"]))
    graph.remove((graph.value(commitment, KG87.excerpt), KG87.pageNumber, None))
    graph.remove((ID["country/NPL"], KG87.iso3, None))
    graph.add((commitment, KG87.theme, ID["theme/astrology"]))
    return commitment


def copy_build(out, folder, graph: Graph):
    """A build folder with the records and tables of ``out`` and ``graph`` as its graph, published as a build is."""
    staging = new_staging(folder)
    for name in ("records.json", "build.json", "tables"):
        (shutil.copytree if (out / name).is_dir() else shutil.copy)(out / name, staging / name)
    store = ox.Store(str(staging / "graph"))
    store.load(graph.serialize(format="nt").encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    store.flush()
    del store
    publish(folder, staging)
    return folder


def short(iri) -> str:
    return "kgid:" + str(iri).removeprefix(str(ID))


def test_every_format_is_written_and_listed_in_the_manifest(exported):
    result, to, out = exported
    tables = sorted(name for name in columns() if (out / "tables" / name).exists())
    assert {"commitments.csv", "countries.csv", "proposals.csv"} <= set(tables)
    expected = {"graph.ttl", "graph.nt", "graph.jsonld", "context.jsonld", "graph.graphml", "manifest.json",
                "dataset.ttl", "csv/csv-metadata.json", "csv/datapackage.json", "csv/README.md",
                *(f"csv/{t}" for t in tables)}
    on_disk = {p.relative_to(to).as_posix() for p in to.rglob("*") if p.is_file()}
    assert on_disk == expected == {f.path for f in result.files}
    manifest = json.loads((to / "manifest.json").read_text(encoding="utf-8"))
    assert {f["path"] for f in manifest["files"]} == expected - {"manifest.json"}
    for entry in manifest["files"]:
        data = (to / entry["path"]).read_bytes()
        assert entry["bytes"] == len(data) > 0 and entry["sha256"] == hashlib.sha256(data).hexdigest()


def test_manifest_counts_documents_and_build(exported, corpus_build):
    result, to, _ = exported
    records = corpus_build[0].records
    manifest = json.loads((to / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["kg87_version"] == "0.1.0" and manifest["triples"] == result.triples > 1000
    assert manifest["tables"]["commitments.csv"] == len(records.of_type("commitment"))
    assert manifest["tables"]["countries.csv"] == len(records.countries)
    assert manifest["classes"]["kg87:Commitment"] == len(records.of_type("commitment"))
    assert manifest["classes"]["kg87:Country"] == len(records.countries)
    assert sorted(d["sha256"] for d in manifest["documents"]) == sorted(d.sha256 for d in records.documents)
    assert {d["name"] for d in manifest["documents"]} == {p.name for p in CORPUS.glob("*.pdf")}
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", manifest["build"]["finished"])
    assert manifest["named_graph"].startswith("https://w3id.org/kg87/graph/") and manifest["shacl_validated"]


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")  # inside rdflib
def test_turtle_ntriples_and_jsonld_read_back_to_the_same_triples(exported):
    result, to, _ = exported
    graphs = {}
    for name, fmt in RDF_FILES.items():
        graphs[name] = Graph()
        graphs[name].parse(to / name, format=fmt)
        assert len(graphs[name]) == result.triples, name
    assert isomorphic(graphs["graph.jsonld"], graphs["graph.nt"])
    assert isomorphic(graphs["graph.ttl"], graphs["graph.nt"])


def test_jsonld_reads_as_plain_json_with_the_shipped_context(exported):
    _, to, _ = exported
    document = json.loads((to / "graph.jsonld").read_text(encoding="utf-8"))
    shipped = json.loads((to / "context.jsonld").read_text(encoding="utf-8"))
    assert document["@context"] == shipped["@context"]  # embedded, so it reads offline
    nodes = {n["id"]: n for n in document["@graph"]}
    nepal = [n for n in nodes.values() if n.get("type") == "Commitment" and n["actor"] == "kgid:country/NPL"]
    table = list(csv.DictReader(io.StringIO((to / "csv" / "commitments.csv").read_text(encoding="utf-8"))))
    assert len(nepal) == sum(r["actor_id"] == "NPL" for r in table) > 0  # the graph and the table: one set of facts
    excerpt = nodes[nepal[0]["excerpt"]]
    assert isinstance(excerpt["page"], int) and excerpt["quote"] and nodes[excerpt["document"]]["fileName"]
    assert nepal[0]["text"] and nepal[0]["subject"] == "sdg:8.7"
    assert all(theme.startswith("kgid:theme/") for n in nepal for theme in
               (n["themes"] if isinstance(n.get("themes"), list) else [n.get("themes", "kgid:theme/")]))
    assert nodes["kgid:country/NPL"]["iso3"] == "NPL" and nodes["kgid:country/NPL"]["m49"] == "524"


def test_graphml_is_a_property_graph_of_the_rdf(exported, corpus_build):
    _, to, _ = exported
    graph = nx.read_graphml(to / "graph.graphml")
    nepal = graph.nodes["kgid:country/NPL"]
    assert nepal["iso3"] == "NPL" and nepal["type"] == "Country" and nepal["label"] == "Nepal"
    commitment = next(c for c in corpus_build[0].records.of_type("commitment") if c.actor.id == "NPL")
    node = f"kgid:commitment/{commitment.id}"
    assert graph.nodes[node]["text"] == commitment.text
    assert any(data["label"] == "actor" for _, _, data in graph.out_edges(node, data=True))
    assert graph.has_edge(node, "kgid:country/NPL") and graph.has_edge(node, f"kgid:excerpt/{commitment.id}")
    assert graph.nodes[f"kgid:excerpt/{commitment.id}"]["page"] == commitment.provenance.page


def test_csv_bundle_is_the_built_tables_with_a_data_dictionary(exported):
    _, to, out = exported
    metadata = json.loads((to / "csv" / "csv-metadata.json").read_text(encoding="utf-8"))
    described = {t["url"]: t["tableSchema"]["columns"] for t in metadata["tables"]}
    readme = (to / "csv" / "README.md").read_text(encoding="utf-8")
    for path in (out / "tables").glob("*.csv"):
        assert (to / "csv" / path.name).read_bytes() == path.read_bytes()
        header = next(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
        assert [c["name"] for c in described[path.name]] == header
        for column in described[path.name]:
            assert column["dc:description"] and column["dc:description"] != "Not described yet.", column
            assert f"| `{column['name']}` |" in readme


def test_two_exports_of_the_same_graph_are_byte_identical(exported, tmp_path):
    _, first, out = exported
    second = tmp_path / "again"
    export(out, second)
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    for name in files:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_iris_are_stable_across_rebuilds(exported, tmp_path):
    from kg87.pipeline import build

    _, first, out = exported
    rebuilt = tmp_path / "rebuilt"
    shutil.copytree(out / "cache", rebuilt / "cache")  # same extraction, a fresh graph and tables
    build([CORPUS], rebuilt)
    export(rebuilt, tmp_path / "export", formats=("ntriples", "turtle", "jsonld"))
    for name in ("graph.nt", "graph.ttl", "graph.jsonld"):
        assert (tmp_path / "export" / name).read_bytes() == (first / name).read_bytes(), name


def test_no_email_address_in_any_export(exported, report):
    in_corpus = sum(len(EMAIL.findall(cell.text)) for table in report.tables() for cell in table.cells)
    assert in_corpus >= 40  # the meeting report's participants list
    _, to, _ = exported
    for path in (p for p in to.rglob("*") if p.is_file()):
        assert not EMAIL.search(path.read_text(encoding="utf-8")), path


def test_the_corpus_graph_conforms_and_is_aligned_with_sdg_8_7(exported):
    result, _, out = exported
    assert result.report.conforms and not result.report.violations
    graph = rdf_graph(read_triples(out))
    statements = [s for kind in (KG87.Commitment, KG87.Proposal, KG87.Intervention)
                  for s in graph.subjects(RDF.type, kind)]
    assert len(statements) > 100
    assert all((s, KG87.text, None) in graph and (s, DCTERMS.subject, SDG_TARGET_8_7) in graph
               for s in statements)
    countries = list(graph.subjects(RDF.type, KG87.Country))
    assert all(re.fullmatch(r"\d{3}", str(graph.value(c, KG87.m49))) for c in countries)


def test_a_broken_graph_fails_with_a_readable_report(corpus_build):
    _, out = corpus_build
    graph = rdf_graph(read_triples(out))
    commitment = break_graph(graph)
    graph.add((graph.value(commitment, KG87.excerpt), KG87.quote, Literal("write to jane.doe@example.org")))
    report = validate_graph(graph)
    assert not report.conforms
    text = report.text()
    focus = short(commitment)
    assert text.startswith("The graph does not conform to the kg87 shapes")
    assert f"{focus}  [Statement › one actor]  kg87:actor: a statement has exactly one actor" in text
    assert f"{focus}  [Statement › one page]  kg87:excerpt / kg87:pageNumber" in text
    assert "kgid:country/NPL  [Country › ISO3]  kg87:iso3: a country has exactly one ISO 3166-1 alpha-3" in text
    assert "kgid:theme/astrology  [Theme › in the theme scheme]" in text
    assert "[Excerpt › no e-mail in quote]" in text


def test_the_commitment_shape_comes_from_its_declared_fields(corpus_build):
    graph = rdf_graph(read_triples(corpus_build[1]))
    commitment = next(graph.subjects(RDF.type, KG87.Commitment))
    graph.remove((commitment, KG87.kind, None))
    graph.add((commitment, KG87.targetYear, Literal("2030")))  # a plain string, not an xsd:gYear
    text = validate_graph(graph).text()
    assert f"{short(commitment)}  [Commitment › kind]  kg87:kind: a commitment has exactly one kind" in text
    assert f"{short(commitment)}  [Commitment › target year]  kg87:targetYear" in text


def test_export_refuses_a_graph_that_does_not_conform(corpus_build, tmp_path):
    _, out = corpus_build
    graph = rdf_graph(read_triples(out))
    commitment = break_graph(graph)
    broken = copy_build(out, tmp_path / "broken", graph)
    runner = CliRunner()
    result = runner.invoke(main, ["validate", "--out", str(broken)])
    assert result.exit_code == 1 and "[Statement › one actor]" in result.output
    result = runner.invoke(main, ["export", "--out", str(broken), "--to", str(tmp_path / "refused")])
    assert result.exit_code == 1 and "Nothing was exported" in result.output and "Traceback" not in result.output
    assert short(commitment) in result.output
    assert not (tmp_path / "refused").exists()
    result = runner.invoke(main, ["export", "--out", str(broken), "--to", str(tmp_path / "anyway"), "--no-validate",
                                  "--format", "turtle"])
    assert result.exit_code == 0 and (tmp_path / "anyway" / "graph.ttl").exists()


def test_an_email_address_in_the_graph_stops_the_export(corpus_build, tmp_path):
    from kg87.publish.export import ExportError

    graph = rdf_graph(read_triples(corpus_build[1]))
    graph.add((ID["excerpt/x"], KG87.quote, Literal("contact: jane.doe@example.org")))
    out = copy_build(corpus_build[1], tmp_path / "leaky", graph)
    with pytest.raises(ExportError, match="e-mail address"):
        export(out, tmp_path / "export", formats=("ntriples",), validate=False)
    assert not (tmp_path / "export").exists()


def test_export_command_prints_what_it_wrote(corpus_build, tmp_path):
    _, out = corpus_build
    result = CliRunner().invoke(main, ["export", "--format", "jsonld", "--out", str(out), "--to", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "graph.jsonld" in result.output and "context.jsonld" in result.output and "conforms" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["context.jsonld", "dataset.ttl", "graph.jsonld",
                                                          "manifest.json"]
