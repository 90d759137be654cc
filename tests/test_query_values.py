"""Named queries run by pyoxigraph with their parameters in VALUES slots answer as rdflib answers them, and a
parameter is always an RDF term, whatever its text."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pyoxigraph as ox
import pytest

from kg87.graph.sandbox import ask_limited
from kg87.graph.store import PREFIX_IRIS, compact_iri, open_graph, run_query
from kg87.graph.worker import bind, query
from kg87.queries import named_queries

# The parameter values the other tests ask with, a few more of each kind, and some that match nothing.
PARAMETERS = [("commitments", {}), ("commitments", {"country": "NPL"}), ("commitments", {"country": "VNM"}),
              ("commitments", {"country": "COD"}), ("commitments", {"country": "ZZZ"}),
              ("by-theme", {}), ("by-theme", {"theme": "child-labour"}), ("by-theme", {"theme": "forced-labour"}),
              ("by-theme", {"theme": "migration"}), ("interventions", {}), ("interventions", {"org": "ILO"}),
              ("interventions", {"org": "ilo"}), ("interventions", {"org": "Nobody At All"}), ("proposals", {}),
              ("proposals", {"group": "action group"}), ("proposals", {"group": "migration"}),
              ("pathfinders", {})]
HOSTILE = ['NPL" } UNION { ?s ?p ?o } #', "NPL' } #", "a\\u0022 } UNION { ?s ?p ?o } #", "line\nbreak\\",
           "} VALUES ?country { UNDEF", "https://example.org/x> } UNION { ?s ?p ?o"]
ECHO = "SELECT ?value WHERE { VALUES ?value { UNDEF } }"


@pytest.mark.parametrize(("name", "bindings"), PARAMETERS, ids=[f"{n}-{b}" for n, b in PARAMETERS])
def test_a_named_query_answers_as_rdflib_answers_it(corpus_build, name, bindings):
    _, out = corpus_build
    text = named_queries()[name].text
    expected = run_query(open_graph(out), text, bindings)
    answer = ask_limited(out, text, bindings)
    assert (answer.columns, answer.rows) == (expected.columns, expected.rows)


def test_the_commitments_of_every_country_of_the_corpus_answer_as_rdflib_answers_them(corpus_build):
    _, out = corpus_build
    text = named_queries()["commitments"].text
    graph = open_graph(out)
    countries = [row["country"] for row in run_query(graph, text).rows]
    assert len(set(countries)) > 10
    store = ox.Store.read_only(str(out / "current" / "graph"))
    for country in sorted(set(countries)):
        expected = run_query(graph, text, {"country": country}).rows
        result = query(store, text, {"country": ("literal", country)})
        rows = [{v.value: "" if s[v] is None else s[v].value for v in result.variables} for s in result]
        assert rows == expected and {r["country"] for r in rows} == {country}


def test_a_damaged_graph_is_not_asked_though_its_worker_started_early(corpus_build, tmp_path):
    from kg87.model.builds import DamagedOutput

    _, out = corpus_build
    copy = tmp_path / "out"
    shutil.copytree(out, copy, symlinks=True, ignore=shutil.ignore_patterns("cache"))
    with (copy / "current" / "graph" / "LOG").open("a", encoding="utf-8") as log:
        log.write("changed after the build\n")
    with pytest.raises(DamagedOutput, match="graph/LOG"):
        ask_limited(copy, named_queries()["commitments"].text, {"country": "NPL"})


@pytest.mark.parametrize("value", HOSTILE)
def test_a_bound_value_is_a_literal_whatever_its_text(value):
    text, substitutions = bind(ECHO, {"value": ("literal", value)})
    answers = [solution["value"] for solution in ox.Store().query(text)]
    assert answers == [ox.Literal(value)] and substitutions == {}


def test_a_bound_iri_is_an_iri_and_a_malformed_one_is_refused():
    text, _ = bind(ECHO, {"value": ("iri", "https://example.org/a")})
    assert [s["value"] for s in ox.Store().query(text)] == [ox.NamedNode("https://example.org/a")]
    with pytest.raises(ValueError):
        bind(ECHO, {"value": ("iri", "https://example.org/x> } UNION { ?s ?p ?o")})


def test_every_slot_of_a_parameter_is_filled_and_others_are_left_alone():
    two_slots = ("SELECT ?a ?b WHERE { VALUES ?a { UNDEF } VALUES ?b { UNDEF } "
                 "OPTIONAL { VALUES ?a { UNDEF } } }")
    text, substitutions = bind(two_slots, {"a": ("literal", "x")})
    assert text.count('VALUES ?a { "x" }') == 2 and "VALUES ?b { UNDEF }" in text and substitutions == {}
    assert [(s["a"], s["b"]) for s in ox.Store().query(text)] == [(ox.Literal("x"), None)]


def test_a_parameter_without_a_slot_is_substituted():
    text, substitutions = bind("SELECT ?a WHERE { }", {"a": ("literal", "x")})
    assert text == "SELECT ?a WHERE { }" and substitutions == {ox.Variable("a"): ox.Literal("x")}
    assert [s["a"] for s in ox.Store().query(text, substitutions=substitutions)] == [ox.Literal("x")]


def test_q1_binds_its_country_in_each_group_that_reads_one():
    text, substitutions = bind(named_queries()["commitments"].text, {"country": ("literal", "NPL")})
    assert text.count('VALUES ?country { "NPL" }') == 2 and "UNDEF" not in text and substitutions == {}


def test_asking_and_printing_iris_import_no_rdflib():
    probe = ("import sys; import kg87.cli, kg87.graph.sandbox; from kg87.graph.store import compact_iri; "
             "compact_iri('https://w3id.org/kg87/id/country/NPL'); print('rdflib' in sys.modules)")
    answer = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert answer.stdout.strip() == "False"


def test_the_plain_prefixes_are_the_graphs_prefixes():
    from kg87.graph.terms import PREFIXES

    assert PREFIX_IRIS == {name: str(namespace) for name, namespace in PREFIXES.items()}
    assert compact_iri("https://w3id.org/kg87/id/country/NPL") == "kgid:country/NPL"
    assert compact_iri("https://example.org/x") == "<https://example.org/x>"
