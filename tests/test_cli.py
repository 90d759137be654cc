"""The command line as a user runs it: build summary, named questions, bound parameters."""

from __future__ import annotations

import json

from click.testing import CliRunner

from kg87.cli import main


def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_ask_lists_the_named_questions():
    result = run("ask", "--list")
    assert result.exit_code == 0
    for name in ("commitments", "pathfinders", "proposals", "interventions", "by-theme"):
        assert name in result.output
    assert "Q1." in result.output and "Q5." in result.output


def test_nepal_commitments_come_with_pages(corpus_build):
    _, out = corpus_build
    result = run("ask", "commitments", "--param", "country=Nepal", "--format", "json", "--out", str(out))
    answer = json.loads(result.output)
    assert len(answer) >= 9 and {r["country"] for r in answer} == {"NPL"}  # the key has nine on Nepal's slide
    assert all(r["page"].isdigit() and r["document"].endswith(".pdf") and r["quote"] for r in answer)
    assert sum(r["page"] == "9" for r in answer) >= 8 and any(r["target_year"] == "2020" for r in answer)


def test_country_names_resolve_to_the_same_answer(corpus_build):
    _, out = corpus_build
    by_name = run("ask", "commitments", "--param", "country=Viet Nam", "--format", "csv", "--out", str(out)).output
    by_code = run("ask", "commitments", "--param", "country=VNM", "--format", "csv", "--out", str(out)).output
    assert by_name == by_code and by_name.count("\n") > 5


def test_parameters_are_bound_not_pasted(corpus_build):
    from kg87.graph.sandbox import ask_limited
    from kg87.queries import named_queries

    _, out = corpus_build
    hostile = 'NPL" } UNION { ?commitment ?p ?o } #'
    assert ask_limited(out, named_queries()["commitments"].text, {"country": hostile}).rows == []
    result = run("ask", "commitments", "--param", f"country={hostile}", "--format", "json", "--out", str(out))
    assert result.exit_code == 2 and "Traceback" not in result.output  # not a country kg87 knows


def test_theme_question(corpus_build):
    _, out = corpus_build
    result = run("ask", "by-theme", "--param", "theme=labour-inspection", "--format", "json", "--out", str(out))
    answer = json.loads(result.output)
    assert answer and all(r["theme"] == "labour-inspection" for r in answer)


def test_unknown_parameter_is_refused_with_the_known_ones():
    result = CliRunner().invoke(main, ["ask", "commitments", "--param", "colour=red"])
    assert result.exit_code == 2 and "country=" in result.output


def test_sparql_runs_any_query(corpus_build):
    _, out = corpus_build
    query = "PREFIX kg87: <https://w3id.org/kg87/ontology#> SELECT (COUNT(*) AS ?n) WHERE { ?c a kg87:Commitment }"
    result = run("sparql", query, "--format", "json", "--out", str(out))
    assert int(json.loads(result.output)[0]["n"]) > 50


def test_asking_before_building_says_what_to_do(tmp_path):
    result = CliRunner().invoke(main, ["ask", "commitments", "--out", str(tmp_path)])
    assert result.exit_code == 2 and "kg87 build" in " ".join(result.output.split())  # however the path wraps


def test_group_parameter_of_the_proposals_question(corpus_build):
    _, out = corpus_build
    result = run("ask", "proposals", "--param", "group=fishing", "--format", "json", "--out", str(out))
    answer = json.loads(result.output)
    assert len(answer) == 3 and {r["proposer_label"] for r in answer} == {"Working Group on Fishing"}


def test_every_named_question_runs_with_and_without_its_parameters(corpus_build):
    from kg87.queries import named_queries

    _, out = corpus_build
    for query in named_queries().values():
        assert run("ask", query.name, "--format", "json", "--out", str(out)).exit_code == 0
        for param in query.params:  # a value kg87 does not know: refused if it can tell, else an answer
            result = run("ask", query.name, "--param", f"{param}=x", "--format", "json", "--out", str(out))
            assert result.exit_code in (0, 2) and "Traceback" not in result.output, (query.name, result.output)


def test_eval_says_when_the_tables_are_from_other_code(corpus_build, tmp_path):
    import shutil

    _, out = corpus_build
    key = tmp_path / "key.json"
    key.write_text(json.dumps({"documents": [], "aliases": {}, "optional": {}, "duplicate_clusters": []}))
    fresh = CliRunner().invoke(main, ["eval", "--gold", str(key), "--tables", str(out / "tables")])
    assert fresh.exit_code == 0 and "other extraction code" not in fresh.stderr
    stale = tmp_path / "stale"
    shutil.copytree(out / "tables", stale / "tables")
    build = json.loads((out / "build.json").read_text())
    (stale / "build.json").write_text(json.dumps({**build, "extractor": "0" * 16}))
    result = CliRunner().invoke(main, ["eval", "--gold", str(key), "--tables", str(stale / "tables")])
    assert result.exit_code == 0 and "other extraction code" in result.stderr
