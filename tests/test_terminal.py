"""The terminal: tables 80 columns wide with whole words and headers, --wide for every column, and an
unknown country, theme or organisation refused with the nearest known ones."""

from __future__ import annotations

import csv
import json
import re

import pytest
from click.testing import CliRunner

from kg87.cli import main
from kg87.queries import named_queries


def run(out, *args, columns: int = 80):
    return CliRunner().invoke(main, [*args, "--out", str(out)], env={"COLUMNS": str(columns)}, catch_exceptions=False)


def answer(out, *args) -> list[dict[str, str]]:
    return json.loads(run(out, *args, "--format", "json").stdout)


def whole(word: str, text: str) -> bool:
    """Whether ``word`` stands in ``text`` between spaces or line ends, as printed."""
    return re.search(rf"(?<!\S){re.escape(word)}(?!\S)", text) is not None


def assert_readable(printed: str, rows: list[dict[str, str]], width: int = 80) -> None:
    """No line wider than the terminal; every column named whole (a header, "In every row" or the note);
    every word of every text whole."""
    too_wide = [line for line in printed.splitlines() if len(line) > width]
    assert not too_wide, too_wide[:3]
    for column in rows[0] if rows else []:
        assert re.search(rf"(?<![\w-]){column}(?![\w-])", printed), column
    for row in rows:
        for word in row.get("text", "").split():
            assert whole(word, printed), word


def test_nepal_commitments_fit_80_columns(corpus_build):
    _, out = corpus_build
    result = run(out, "ask", "commitments", "--param", "country=Nepal")
    rows = answer(out, "ask", "commitments", "--param", "country=Nepal")
    assert result.exit_code == 0 and rows
    assert_readable(result.stdout, rows)
    lines = result.stdout.splitlines()
    at = next(n for n, line in enumerate(lines) if whole("text", line))
    header, above = lines[at], " ".join(lines[:at])  # a value every row shares is said once, above the header
    assert (whole("page", header) or "page=" in above) and not whole("quote", header) and not whole("country", header)
    note = next(line for line in result.stdout.splitlines() if line.startswith("Not shown"))
    assert "--wide" in note and whole("country", note.replace(",", " "))


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_every_named_question_fits_80_columns(corpus_build, name):
    _, out = corpus_build
    result = run(out, "ask", name)
    assert result.exit_code == 0
    assert_readable(result.stdout, answer(out, "ask", name))


def test_similar_fits_80_columns(corpus_build):
    _, out = corpus_build
    with open(out / "tables" / "commitments.csv", encoding="utf-8", newline="") as handle:
        statement = next(csv.DictReader(handle))["id"]
    result = run(out, "similar", statement, "-k", "4")
    assert result.exit_code == 0
    assert_readable(result.stdout, answer(out, "similar", statement, "-k", "4"))


def test_wide_shows_ids_and_provenance(corpus_build):
    _, out = corpus_build
    result = run(out, "ask", "commitments", "--param", "country=Nepal", "--wide")
    header = next(line for line in result.stdout.splitlines() if whole("text", line))
    assert all(whole(column, header) for column in ("country_label", "country", "quote", "document", "page"))
    assert "Not shown" not in result.stdout
    query = 'SELECT ?label ?id ?rule WHERE { VALUES (?label ?id ?rule) { ("an invented row" "c-1" "model:x") } }'
    narrow, wide = run(out, "sparql", query).stdout, run(out, "sparql", query, "--wide").stdout
    assert not whole("model:x", narrow) and not whole("c-1", narrow) and "rule (provenance)" in narrow
    assert whole("model:x", wide) and whole("c-1", wide)


def test_sparql_ask_and_construct_print_as_tables(corpus_build):
    _, out = corpus_build
    asked = run(out, "sparql", "ASK { ?s ?p ?o }")
    assert asked.exit_code == 0 and whole("ask", asked.stdout) and whole("true", asked.stdout)
    built = run(out, "sparql", "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 8")
    assert built.exit_code == 0 and "8 rows" in built.stdout
    assert all(len(line) <= 80 for line in built.stdout.splitlines())
    assert all(whole(column, built.stdout) or f"{column}=" in built.stdout
               for column in ("subject", "predicate", "object"))


@pytest.mark.parametrize("question, param, near", [
    ("commitments", "country=Nepall", "Nepal"),
    ("commitments", "country=Viet Nma", "Viet"),
    ("by-theme", "theme=child labor", "child-labour"),
])
def test_an_unknown_value_names_the_nearest_known(corpus_build, question, param, near):
    _, out = corpus_build
    result = run(out, "ask", question, "--param", param)
    assert result.exit_code == 2 and near in result.stderr and not result.stdout


def test_a_misspelt_organisation_suggests_the_one_meant(corpus_build):
    _, out = corpus_build
    with open(out / "tables" / "organisations.csv", encoding="utf-8", newline="") as handle:
        label = max((row["label"] for row in csv.DictReader(handle)), key=len)
    misspelt = label[:len(label) // 2] + label[len(label) // 2 + 1:]
    result = run(out, "ask", "interventions", "--param", f"org={misspelt}")
    assert result.exit_code == 2 and label in " ".join(result.stderr.split())


@pytest.mark.parametrize("param", ["country=nepal", "country=NPL", "country=Viet Nam", "theme=Child labour",
                                   "theme=forced-labour"])
def test_known_values_in_any_spelling_pass(corpus_build, param):
    _, out = corpus_build
    question = "by-theme" if param.startswith("theme") else "commitments"
    result = run(out, "ask", question, "--param", param)
    assert result.exit_code == 0 and not result.stderr and answer(out, "ask", question, "--param", param)


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_an_unknown_value_is_refused_in_every_format(corpus_build, fmt):
    _, out = corpus_build
    result = run(out, "ask", "commitments", "--param", "country=Nepall", "--format", fmt)
    assert result.exit_code == 2 and "Nepal" in result.stderr and not result.stdout
