"""Embeddings, `kg87 similar`, `kg87 duplicates` and the networkx views, on the real corpus."""

from __future__ import annotations

import csv
import json
from dataclasses import replace

import networkx as nx
import numpy as np
import pytest
from click.testing import CliRunner

from conftest import CORPUS, shared_path
from kg87.cli import main
from kg87.model.records import Records
from kg87.model.vocabularies import load_actions
from kg87.similarity.duplicates import is_initiative
from kg87.similarity.embeddings import embed, read_embeddings, text_key


def _records(out) -> Records:
    return Records.from_dict(json.loads((out / "records.json").read_text(encoding="utf-8")))


def test_every_statement_is_embedded_with_its_model_recorded(corpus_build):
    result, out = corpus_build
    embeddings = read_embeddings(out)
    records = _records(out)
    assert [s.id for s in embeddings.statements] == [r.id for r in records.statements]
    assert [s.type for s in embeddings.statements][:1] == ["commitment"]
    assert embeddings.vectors.shape == (len(embeddings.statements), 384)
    assert np.allclose(np.linalg.norm(embeddings.vectors, axis=1), 1.0, atol=1e-4)
    model = json.loads((out / "embeddings" / "model.json").read_text())
    assert model["name"] == "sentence-transformers/all-MiniLM-L6-v2" and model["version"]
    definitions = {text_key(a.definition) for a in load_actions()}
    actions = {text_key(p.phrase or s.text) for p, s in zip(embeddings.parts, embeddings.statements)}
    assert result.embedded == len({text_key(s.text) for s in embeddings.statements} | definitions | actions)
    assert embeddings.action_vectors.shape == embeddings.vectors.shape


def test_rebuilding_an_unchanged_corpus_embeds_nothing(corpus_build):
    from kg87.pipeline import build

    _, out = corpus_build
    before = (out / "embeddings" / "vectors.npy").read_bytes()
    again = build([CORPUS], out)
    assert again.embedded == 0
    assert (out / "embeddings" / "vectors.npy").read_bytes() == before


def test_only_new_text_is_encoded(corpus_build, tmp_path):
    _, out = corpus_build
    records = _records(out)
    cache = tmp_path / "cache"
    (cache).mkdir()
    for f in (out / "cache").glob("embeddings-*.npz"):
        (cache / f.name).write_bytes(f.read_bytes())
    first = next(i for i, s in enumerate(records.statements) if s.type == "proposal")
    records.statements[first] = replace(records.statements[first],
                                        text="Map recruitment agencies operating along the corridor.",
                                        action_parts=None)
    embeddings = embed(records, cache, parsed=is_initiative)  # as a build embeds them
    row = embeddings.index_of(records.statements[first].id)
    assert embeddings.encoded == 2  # the new text and its action words
    similar_text = embeddings.vectors @ embeddings.vectors[row]
    assert similar_text[row] == pytest.approx(1.0, abs=1e-4)


def test_duplicate_clusters_say_whether_they_overlap_or_restate_and_never_pair_a_quote_with_itself(corpus_build):
    _, out = corpus_build
    records = _records(out)
    clusters, by_id = records.duplicates, records.statement_index()
    assert len(clusters) >= 5
    for cluster in clusters:
        members = cluster.members
        statements = [by_id[m.statement_id] for m in members]
        where = {(s.provenance.document, s.provenance.page, s.provenance.quote, s.text) for s in statements}
        assert len(where) == len(members) >= 2
        assert all(s.actor.label not in m.co_actors for s, m in zip(statements, members))
        one_voice = len({(s.actor.label, s.provenance.document) for s in statements}) == 1
        assert cluster.relation == ("restatement" if one_voice else "overlap")
        assert len({m.statement_id for m in members}) == len(members)
        assert cluster.label == statements[0].text and members[0].similarity == pytest.approx(1.0, abs=1e-3)
        assert all(s.type in ("commitment", "proposal") for s in statements)


def test_duplicates_csv_and_graph_hold_the_same_clusters(corpus_build):
    from kg87.graph.store import open_graph, run_query

    _, out = corpus_build
    with (out / "tables" / "duplicates.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0])[:7] == ["cluster", "statement_id", "actor_label", "text", "similarity", "document", "page"]
    answer = run_query(open_graph(out), """
        PREFIX kg87: <https://w3id.org/kg87/ontology#>
        SELECT ?cluster ?statement ?similarity WHERE {
          ?cluster a kg87:DuplicateCluster ; kg87:membership ?m .
          ?m kg87:member ?statement ; kg87:similarity ?similarity .
          ?statement kg87:text ?text .
        }""")
    assert len(answer.rows) == len(rows)
    assert {r["statement"].rsplit("/", 1)[1] for r in answer.rows} == {r["statement_id"] for r in rows}


def test_duplicates_score_against_the_answer_key(corpus_build):
    from kg87.evaluate import evaluate

    gold = shared_path("gold", "gcg5.json")
    _, out = corpus_build
    report = evaluate(out / "tables", gold)["duplicates"]
    assert report["produced"]
    # The detector follows the duplicates issue's definition (the same action on the same target), learned on
    # the dev keys, where this key clusters whole topics (awareness raising, the legal framework): most pairs
    # it shows are the key's, and fewer of the key's are shown: the default threshold is chosen on the dev keys for
    # F1 and rose as they grew, so what is shown must stay right. A floor against regressions.
    assert report["precision"] >= 0.7 and report["recall"] >= 0.2


def test_similar_finds_a_statement_from_its_own_words_and_by_id(corpus_build):
    _, out = corpus_build
    embeddings = read_embeddings(out)
    target = next(s for s in embeddings.statements if s.type == "proposal")
    runner = CliRunner()
    by_text = runner.invoke(main, ["similar", target.text, "-k", "3", "--format", "json", "--out", str(out)])
    assert by_text.exit_code == 0, by_text.output
    rows = json.loads(by_text.output)
    assert rows[0]["id"] == target.id and float(rows[0]["score"]) > 0.99
    assert {"actor", "kind", "document", "page", "score"} <= set(rows[0])
    by_id = runner.invoke(main, ["similar", target.id, "-k", "5", "--format", "csv", "--out", str(out)])
    assert by_id.exit_code == 0
    ids = [r["id"] for r in csv.DictReader(by_id.output.splitlines())]
    assert len(ids) == 5 and target.id not in ids


def test_duplicates_threshold_and_html_report(corpus_build, tmp_path):
    _, out = corpus_build
    runner = CliRunner()
    loose = runner.invoke(main, ["duplicates", "--threshold", "0.05", "--format", "json", "--out", str(out)])
    tight = runner.invoke(main, ["duplicates", "--threshold", "0.4", "--format", "json", "--out", str(out)])
    assert loose.exit_code == tight.exit_code == 0
    assert len(json.loads(tight.output)) < len(json.loads(loose.output))
    html = tmp_path / "duplicates.html"
    shown = runner.invoke(main, ["duplicates", "--html", str(html), "--out", str(out)])
    assert shown.exit_code == 0
    page = html.read_text(encoding="utf-8")
    clusters = _records(out).duplicates
    assert page.count("<section") == len(clusters)
    assert (CORPUS / "gcg5-briefing-pack.pdf").resolve().as_uri() + "#page=" in page
    assert all(f'<section id="{c.id}"' in page for c in clusters)
    assert all(f"<b>{', '.join(c.shared_terms)}</b>" in page for c in clusters if c.shared_terms)
    assert '<select data-filter="country">' in page and '<select data-filter="document">' in page
    assert clusters[0].id not in shown.output  # the report, not a terminal dump


def test_networks_are_written_as_graphml(corpus_build):
    _, out = corpus_build
    similarity = nx.read_graphml(out / "networks" / "similarity.graphml")
    statements = nx.read_graphml(out / "networks" / "actor-theme-statement.graphml")
    assert similarity.number_of_edges() > 0
    assert {"centrality", "community", "text"} <= set(next(iter(similarity.nodes(data=True)))[1])
    kinds = {data["kind"] for _, data in statements.nodes(data=True)}
    assert {"actor", "theme", "commitment", "proposal", "duplicate-cluster"} <= kinds
