"""A Delta 8.7-ready export: described in DCAT, licensed, with the build's PROV-O activity, countries linked
to an authority, and tables whose keys a CSVW-aware tool checks."""

from __future__ import annotations

import csv
import hashlib
import json
import shutil

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, SKOS

from kg87.cli import main
from kg87.graph.validate import dataset_shapes, validate_graph

DCAT = Namespace("http://www.w3.org/ns/dcat#")  # rdflib's closed DCAT namespace trips pytest's collection
SPDX = Namespace("http://spdx.org/rdf/terms#")
KG87 = Namespace("https://w3id.org/kg87/ontology#")
STATEMENT_CLASSES = (KG87.Commitment, KG87.Proposal, KG87.Intervention)


@pytest.fixture(scope="module")
def exported(corpus_build, tmp_path_factory):
    _, out = corpus_build
    to = tmp_path_factory.mktemp("delta")
    result = CliRunner().invoke(main, ["export", "--out", str(out), "--to", str(to), "--publisher", "A test desk"])
    assert result.exit_code == 0, result.output
    return out, to


def description(to) -> Graph:
    return Graph().parse(to / "dataset.ttl", format="turtle")


def test_the_dataset_is_described_in_dcat_with_licence_and_publisher(exported):
    _, to = exported
    graph = description(to)
    datasets = list(graph.subjects(RDF.type, DCAT.Dataset))
    assert len(datasets) == 1
    dataset = datasets[0]
    assert graph.value(dataset, DCTERMS.license) == URIRef("https://creativecommons.org/licenses/by/4.0/")
    assert str(graph.value(graph.value(dataset, DCTERMS.publisher), URIRef("http://xmlns.com/foaf/0.1/name"))) \
        == "A test desk"
    assert graph.value(dataset, DCAT.theme) == URIRef("http://metadata.un.org/sdg/8.7")
    assert "own rights" in str(graph.value(dataset, DCTERMS.rights))
    with (to / "csv" / "countries.csv").open(encoding="utf-8") as handle:
        iso3 = {row["iso3"] for row in csv.DictReader(handle)}
    spatial = {str(o).rsplit("/", 1)[1] for o in graph.objects(dataset, DCTERMS.spatial)}
    assert spatial == iso3


def test_every_exported_file_is_a_distribution_with_its_true_size_and_checksum(exported):
    _, to = exported
    graph = description(to)
    titles = {}
    for distribution in graph.subjects(RDF.type, DCAT.Distribution):
        checksum = graph.value(graph.value(distribution, SPDX.checksum), SPDX.checksumValue)
        titles[str(graph.value(distribution, DCTERMS.title))] = (int(graph.value(distribution, DCAT.byteSize)),
                                                                  str(checksum))
    on_disk = {p.relative_to(to).as_posix(): p.read_bytes() for p in to.rglob("*") if p.is_file()}
    assert set(titles) == set(on_disk) - {"dataset.ttl", "manifest.json"}
    for path, (size, digest) in titles.items():
        assert size == len(on_disk[path]) and digest == hashlib.sha256(on_disk[path]).hexdigest(), path
    manifest = json.loads(on_disk["manifest.json"])
    assert manifest["dataset"]["licence"] == "https://creativecommons.org/licenses/by/4.0/"
    assert "dataset.ttl" in {f["path"] for f in manifest["files"]}


def test_the_description_and_the_provenance_conform_to_the_shipped_shapes_which_can_fail(exported):
    _, to = exported
    graph = description(to)
    graph.parse(to / "graph.nt", format="nt")
    assert validate_graph(graph, dataset_shapes()).conforms
    dataset = next(graph.subjects(RDF.type, DCAT.Dataset))
    graph.remove((dataset, DCTERMS.license, None))
    broken = validate_graph(graph, dataset_shapes())
    assert not broken.conforms and any("licence" in v.message for v in broken.violations)


def test_every_statement_was_generated_by_the_build_activity(exported):
    _, to = exported
    graph = Graph().parse(to / "graph.nt", format="nt")
    graph.parse(to / "dataset.ttl", format="turtle")  # when the build ran is said there
    statements = {s for cls in STATEMENT_CLASSES for s in graph.subjects(RDF.type, cls)}
    activities = {graph.value(s, PROV.wasGeneratedBy) for s in statements}
    assert statements and len(activities) == 1 and None not in activities
    activity = activities.pop()
    assert graph.value(activity, PROV.startedAtTime).toPython() <= graph.value(activity, PROV.endedAtTime).toPython()
    agent = graph.value(activity, PROV.wasAssociatedWith)
    assert (agent, RDF.type, PROV.SoftwareAgent) in graph


def test_countries_link_to_the_authority_table_of_their_iso_code(exported):
    _, to = exported
    graph = Graph().parse(to / "graph.nt", format="nt")
    countries = list(graph.subjects(RDF.type, KG87.Country))
    assert countries
    for country in countries:
        iso3 = str(graph.value(country, KG87.iso3))
        assert URIRef(f"http://publications.europa.eu/resource/authority/country/{iso3}") in set(
            graph.objects(country, SKOS.exactMatch))


def test_a_licence_is_chosen_and_an_unknown_one_refused(corpus_build, tmp_path):
    _, out = corpus_build
    result = CliRunner().invoke(main, ["export", "--out", str(out), "--to", str(tmp_path / "a"), "--format", "csv",
                                       "--licence", "CC0-1.0"])
    assert result.exit_code == 0
    graph = description(tmp_path / "a")
    assert graph.value(next(graph.subjects(RDF.type, DCAT.Dataset)), DCTERMS.license) == URIRef(
        "https://creativecommons.org/publicdomain/zero/1.0/")
    refused = CliRunner().invoke(main, ["export", "--out", str(out), "--to", str(tmp_path / "b"),
                                        "--licence", "my own"])
    assert refused.exit_code == 2 and "unknown licence" in refused.output and not (tmp_path / "b").exists()


def test_frictionless_validates_the_tables_with_their_keys_and_catches_a_broken_one(exported, tmp_path):
    from frictionless import validate

    _, to = exported
    report = validate(str(to / "csv" / "datapackage.json"))
    assert report.valid, report.flatten(["type", "message"])[:5]
    copy = tmp_path / "csv"
    shutil.copytree(to / "csv", copy)
    with (copy / "commitments.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    row = next(r for r in rows if r["actor_country"])
    row["actor_country"] = "ZZZ"  # no such country in countries.csv
    with (copy / "commitments.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    broken = validate(str(copy / "datapackage.json"))
    assert not broken.valid and "foreign-key" in {error[0] for error in broken.flatten(["type"])}


def test_the_csvw_metadata_declares_the_same_keys(exported):
    _, to = exported
    metadata = json.loads((to / "csv" / "csv-metadata.json").read_text(encoding="utf-8"))
    schemas = {t["url"]: t["tableSchema"] for t in metadata["tables"]}
    assert schemas["countries.csv"]["primaryKey"] == "iso3"
    references = {(k["columnReference"], k["reference"]["resource"], k["reference"]["columnReference"])
                  for k in schemas["commitments.csv"]["foreignKeys"]}
    assert {("actor_country", "countries.csv", "iso3"), ("actor_organisation", "organisations.csv", "id"),
            ("document", "documents.csv", "name")} <= references


def test_the_export_parses_as_one_graph_with_its_description(exported):
    _, to = exported
    store = ox.Store()
    store.load(path=str(to / "dataset.ttl"), format=ox.RdfFormat.TURTLE)
    store.load(path=str(to / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    answer = store.query("""
        PREFIX dcat: <http://www.w3.org/ns/dcat#> PREFIX dct: <http://purl.org/dc/terms/>
        PREFIX kg87: <https://w3id.org/kg87/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE {
          ?dataset a dcat:Dataset ; dct:spatial ?authority . ?c a kg87:Country ; skos:exactMatch ?authority }""")
    assert int(next(iter(answer))["n"].value) > 0


def test_documents_carry_their_hash_title_and_language(exported):
    _, to = exported
    graph = Graph().parse(to / "graph.nt", format="nt")
    with (to / "csv" / "documents.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows
    for row in rows:
        document = next(graph.subjects(DCTERMS.identifier, Literal(f"sha256:{row['sha256']}")))
        assert (document, RDF.type, URIRef("http://xmlns.com/foaf/0.1/Document")) in graph
        assert str(graph.value(document, DCTERMS.title)) == row["title"]
        assert str(graph.value(document, DCTERMS.language)) == row["language"] != ""
