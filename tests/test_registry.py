"""Extractors are registered components; statement types declare their table, graph and shapes."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from rdflib import RDF, Graph

from kg87.extract.registry import RegistryError, extractor, extractors, unregister
from kg87.model.records import Actor, Provenance, Statement, statement_id
from kg87.model.types import Field, StatementType, register_statement_type, unregister_statement_type

GENRE = Path(__file__).parent / "data" / "genre"
SMALL = GENRE / "compte-rendu-fr.pdf"


def test_builtin_extractors_run_after_what_they_need():
    order = [e.name for e in extractors()]
    assert order.index("entities") < order.index("statements") and order.index("entities") < order.index(
        "pathfinder-status")


def test_extractors_that_wait_on_each_other_are_an_error():
    extractor("test.a", needs=("b-slot",), produces=("a-slot",))(lambda context: [])
    extractor("test.b", needs=("a-slot",), produces=("b-slot",))(lambda context: [])
    try:
        with pytest.raises(RegistryError, match="wait on each other"):
            extractors()
    finally:
        unregister("test.a")
        unregister("test.b")


@pytest.fixture
def toy_observations():
    """A statement type and its extractor, declared here and nowhere else."""
    observation = register_statement_type(StatementType(
        name="observation", plural="observations", rdf_class="Observation",
        description="What a country was observed to do.",
        columns=("id", "observer_id", "text", "certainty", "document", "page", "quote"),
        actor_columns=(("observer_id", "id", "ISO3 code of the country observed."),),
        fields=(Field("certainty", "How certain the observation is.", datatype="decimal",
                      rdf_property="certainty", required=True),),
    ))

    @extractor("observations.toy", needs=("mention",), produces=("observation",))
    def observations(context):
        for mention in context.get("mention"):
            if mention.kind == "country":
                where = Provenance(mention.provenance.document, mention.provenance.page, mention.provenance.quote,
                                   mention.provenance.bbox, rule="toy")
                text = f"{mention.surface} was observed"
                yield Statement(statement_id("observation", context.document.sha256, where.page, text, mention.id),
                                "observation", Actor("country", mention.id, mention.surface), text, [], where,
                                {"certainty": 0.5})

    yield observation
    unregister("observations.toy")
    unregister_statement_type("observation")


def test_a_new_statement_type_gets_its_table_graph_and_shapes(toy_observations, tmp_path):
    from kg87.graph.store import read_triples
    from kg87.graph.terms import KG87
    from kg87.graph.validate import validate_graph, validate_triples
    from kg87.pipeline import build
    from kg87.publish.export import export

    result = build([SMALL], tmp_path)
    assert not result.failures
    with (tmp_path / "tables" / "observations.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and list(rows[0]) == list(toy_observations.columns)
    assert {r["observer_id"] for r in rows} >= {"MAR", "SEN"} and {r["certainty"] for r in rows} == {"0.5"}
    triples = read_triples(tmp_path)
    assert validate_triples(triples).conforms
    graph = Graph()
    graph.parse(data="\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in triples), format="nt")
    observed = set(graph.subjects(RDF.type, KG87.Observation))
    assert len(observed) == len(rows)
    node = next(iter(observed))
    graph.remove((node, KG87.certainty, None))  # the generated shape wants exactly one certainty
    report = validate_graph(graph)
    assert not report.conforms and "[Observation › certainty]" in report.text()
    export(tmp_path, tmp_path / "export", formats=("csv",))
    dictionary = json.loads((tmp_path / "export" / "csv" / "csv-metadata.json").read_text(encoding="utf-8"))
    table = next(t for t in dictionary["tables"] if t["url"] == "observations.csv")
    assert table["dc:description"] == "What a country was observed to do."
    assert any(c["name"] == "certainty" and c["datatype"] == "decimal" for c in table["tableSchema"]["columns"])


def test_a_toy_commitment_extractor_needs_only_its_own_module(tmp_path):
    """A new extractor of an existing type: registered, its rows are in the table and the graph."""
    from kg87.graph.store import open_graph, run_query
    from kg87.extract.statements import commitment, country_actor
    from kg87.pipeline import build

    @extractor("commitments.toy", needs=("mention",), produces=("commitment",))
    def toy(context):
        for mention in context.get("mention"):
            if mention.kind == "country" and mention.id == "SEN":
                where = Provenance(mention.provenance.document, mention.provenance.page, mention.provenance.quote,
                                   mention.provenance.bbox, rule="toy-rule")
                yield commitment(context.document.sha256, country_actor("SEN"), "toy text " + mention.surface,
                                 where, kind="other", target_year=None, themes=[])

    try:
        build([SMALL], tmp_path)
    finally:
        unregister("commitments.toy")
    with (tmp_path / "tables" / "commitments.csv").open(encoding="utf-8") as handle:
        toys = [r for r in csv.DictReader(handle) if r["rule"] == "toy-rule"]
    assert toys and {r["actor_id"] for r in toys} == {"SEN"}
    answer = run_query(open_graph(tmp_path), """
        PREFIX kg87: <https://w3id.org/kg87/ontology#>
        SELECT ?s ?rule WHERE { ?s a kg87:Commitment ; kg87:extractionRule ?rule . }""", {"rule": "toy-rule"})
    assert len(answer.rows) == len(toys)
