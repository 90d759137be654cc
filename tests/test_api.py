"""kg87.open: a build as DataFrames, questions with bound parameters, similarity; every answer checked
against an independent read of the build (its CSV files, the command line, a SPARQL count)."""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner

import kg87
from kg87.cli import main
from kg87.model.builds import BuildMissing

from conftest import shared_path

TABLES = ("countries", "organisations", "commitments", "proposals", "interventions", "events", "duplicates")
PREFIX = "PREFIX kg87: <https://w3id.org/kg87/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "


@pytest.fixture(scope="module")
def kg(corpus_build):
    _, out = corpus_build
    return kg87.open(out)


def csv_rows(out, name: str) -> list[dict[str, str]]:
    with open(out / "tables" / f"{name}.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def same_rows(frame, rows: list[dict[str, str]]) -> bool:
    """Whether a DataFrame holds exactly these CSV rows, in order, with the same columns (missing is empty,
    True is true, numbers equal as numbers)."""
    if len(frame) != len(rows) or (rows and list(frame.columns) != list(rows[0])):
        return False
    return all(same_cell(value, row[column])
               for record, row in zip(frame.to_dict("records"), rows) for column, value in record.items())


def same_cell(value, text: str) -> bool:
    import numpy as np
    import pandas as pd

    if pd.isna(value):
        return text == ""
    if isinstance(value, (bool, np.bool_)):
        return text == ("true" if value else "false")
    if isinstance(value, str):
        return text == value
    return text != "" and float(text) == float(value)


def test_importing_kg87_stays_light():
    code = "import sys, kg87; print([m for m in ('pandas', 'rdflib', 'numpy', 'kg87.api') if m in sys.modules])"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"


def test_opening_an_empty_folder_says_to_build(tmp_path):
    with pytest.raises(BuildMissing, match="run `kg87 build`"):
        kg87.open(tmp_path)


@pytest.mark.parametrize("name", TABLES)
def test_each_table_holds_what_its_csv_holds(kg, corpus_build, name):
    _, out = corpus_build
    frame = getattr(kg, name)()
    assert same_rows(frame, csv_rows(out, name)) and len(frame) > 0


def test_columns_come_in_the_contracts_order(kg):
    contract = shared_path("CONTRACT.md").read_text(encoding="utf-8")
    declared = dict(re.findall(r"^- `(\w+)\.csv`: `([^`]+)`", contract, flags=re.MULTILINE))
    assert set(declared) == set(TABLES)
    for name, columns in declared.items():
        names = [c.strip() for c in columns.split(",")]
        assert list(getattr(kg, name)().columns[:len(names)]) == names, name


def test_numbers_and_flags_are_typed(kg):
    commitments, countries = kg.commitments(), kg.countries()
    assert str(commitments["page"].dtype) == "Int64" and str(commitments["target_year"].dtype) == "Int64"
    assert str(countries["pathfinder_interest"].dtype) == "boolean"


def test_country_filter_takes_a_name_or_a_code(kg, corpus_build):
    _, out = corpus_build
    by_name, by_code = kg.commitments(country="Nepal"), kg.commitments(country="NPL")
    assert same_rows(by_name, [r for r in csv_rows(out, "commitments") if r["actor_id"] == "NPL"])
    assert len(by_name) > 0 and by_name.equals(by_code)
    assert same_rows(kg.countries(country="nepal"), [r for r in csv_rows(out, "countries") if r["iso3"] == "NPL"])


def test_filters_match_columns_and_list_members(kg, corpus_build):
    _, out = corpus_build
    rows = csv_rows(out, "commitments")
    themed = kg.commitments(themes="child-labour")
    assert same_rows(themed, [r for r in rows if "child-labour" in r["themes"].split(";")]) and len(themed) > 0
    assert same_rows(kg.commitments(page=9, kind="priority"),
                     [r for r in rows if r["page"] == "9" and r["kind"] == "priority"])
    assert same_rows(kg.countries(pathfinder_interest=True),
                     [r for r in csv_rows(out, "countries") if r["pathfinder_interest"] == "true"])


def test_an_unknown_filter_names_the_known_columns(kg):
    with pytest.raises(TypeError, match=r"'colour'.*actor_label"):
        kg.commitments(colour="red")
    with pytest.raises(ValueError, match="commitments"):
        kg.table("pledges")


def test_sparql_answers_from_the_graph(kg, corpus_build):
    _, out = corpus_build
    count = kg.sparql(PREFIX + "SELECT (COUNT(*) AS ?n) WHERE { ?c a kg87:Commitment }")
    assert int(count["n"][0]) == len(csv_rows(out, "commitments"))
    triples = kg.sparql("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert int(triples["n"][0]) == len(kg.graph) > 0
    assert kg.sparql("ASK { ?s ?p ?o }").to_dict("records") == [{"ask": "true"}]
    assert list(kg.sparql("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 3").columns) == ["subject", "predicate",
                                                                                              "object"]


def test_named_questions_answer_as_the_command_line_does(kg, corpus_build):
    _, out = corpus_build
    printed = CliRunner().invoke(main, ["ask", "commitments", "--param", "country=Viet Nam", "--format", "json",
                                        "--out", str(out)]).stdout
    answer = kg.ask("commitments", country="Viet Nam")
    assert len(answer) > 0 and same_rows(answer, json.loads(printed))


@pytest.mark.parametrize("value", ['NPL" } UNION { ?s ?p ?o } #', "Nepal'}", "} ?x ?y ?z {", 'a"""b'])
def test_parameters_are_bound_never_pasted(kg, value):
    assert kg.ask("commitments", country=value).empty
    assert kg.sparql(PREFIX + "SELECT ?label WHERE { ?c a kg87:Country ; rdfs:label ?label }", label=value).empty


def test_a_bound_parameter_selects(kg, corpus_build):
    _, out = corpus_build
    label = csv_rows(out, "countries")[0]["label"]
    answer = kg.sparql(PREFIX + "SELECT ?label ?c WHERE { ?c a kg87:Country ; rdfs:label ?label }", label=label)
    assert len(answer) == 1 and set(answer["label"]) == {label}


def test_unknown_questions_and_parameters_are_refused(kg):
    with pytest.raises(ValueError, match="by-theme"):
        kg.ask("pledges")
    with pytest.raises(TypeError, match="country"):
        kg.ask("commitments", colour="red")


def statement_rows(out) -> dict[str, dict[str, str]]:
    return {r["id"]: r for name in ("commitments", "proposals", "interventions") for r in csv_rows(out, name)}


def test_similar_to_a_statement_id_leaves_it_out(kg, corpus_build):
    _, out = corpus_build
    statements = statement_rows(out)
    first = next(iter(statements))
    answer = kg.similar(first, k=5)
    assert list(answer.columns) == ["score", "actor", "kind", "text", "document", "page", "id"]
    assert len(answer) == 5 and first not in set(answer["id"])
    assert list(answer["score"]) == sorted(answer["score"], reverse=True)
    for row in answer.to_dict("records"):
        source = statements[row["id"]]
        assert (row["text"], row["document"], str(row["page"])) == (source["text"], source["document"],
                                                                    source["page"])


def test_similar_to_a_text_finds_that_text_first(kg, corpus_build):
    _, out = corpus_build
    text = csv_rows(out, "proposals")[0]["text"]
    best = kg.similar(text, k=3).iloc[0]
    assert best["score"] > 0.99 and best["text"] == text


def test_duplicates_are_the_clusters_of_the_build(kg, corpus_build):
    _, out = corpus_build
    clusters = kg.duplicates()
    assert same_rows(clusters, csv_rows(out, "duplicates"))
    one = clusters["cluster"].iloc[0]
    assert same_rows(kg.duplicates(cluster=one), [r for r in csv_rows(out, "duplicates") if r["cluster"] == one])


def test_repr_names_the_build_its_documents_and_counts(kg, corpus_build):
    _, out = corpus_build
    text = repr(kg)
    assert os.path.basename(os.readlink(out / "current")) in text
    for document in json.loads((out / "build.json").read_text(encoding="utf-8"))["documents"]:
        assert document in text
    for name in TABLES:
        assert f"{name} {len(csv_rows(out, name))}" in text


def test_an_object_replaced_by_a_later_build_says_to_open_again(corpus_build, tmp_path):
    from kg87.model.builds import new_staging, publish

    _, out = corpus_build
    copy = tmp_path / "output"
    shutil.copytree(out, copy, symlinks=True, ignore=shutil.ignore_patterns("cache"))
    before = kg87.open(copy)
    staging = new_staging(copy)
    shutil.copytree(copy / "current", staging, dirs_exist_ok=True, ignore=shutil.ignore_patterns("manifest.json"))
    rows = csv_rows(copy, "commitments")
    with open(staging / "tables" / "commitments.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows[:1])
    publish(copy, staging)
    with pytest.raises(BuildMissing, match="kg87.open"):
        before.commitments()
    assert len(kg87.open(copy).commitments()) == 1
