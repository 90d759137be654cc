"""A reviewer's decisions on duplicate clusters: stored, surviving rebuilds, applied, exported."""

from __future__ import annotations

import csv
import json
import shutil

import pytest
from click.testing import CliRunner

from conftest import CORPUS
from kg87.cli import main
from kg87.model.records import Records
from kg87.similarity.reviews import decide, load_reviews, record_reviews, reviews_path


def _records(out) -> Records:
    return Records.from_dict(json.loads((out / "records.json").read_text(encoding="utf-8")))


@pytest.fixture()
def build_copy(corpus_build, tmp_path):
    """A private copy of the corpus build, to review and rebuild."""
    _, out = corpus_build
    copy = tmp_path / "output"
    shutil.copytree(out, copy, ignore=shutil.ignore_patterns("reviews"))
    return copy


def _together(records: Records, a: str, b: str) -> bool:
    return any({a, b} <= {m.statement_id for m in c.members} for c in records.duplicates)


def test_decisions_survive_a_rebuild_and_change_the_next_output(build_copy):
    from kg87.graph.store import open_graph, run_query
    from kg87.pipeline import build

    records = _records(build_copy)
    rejected = records.duplicates[0]
    first, second = (m.statement_id for m in rejected.members[:2])
    one, other = records.duplicates[1].members[0].statement_id, records.duplicates[2].members[0].statement_id
    assert _together(records, first, second) and not _together(records, one, other)
    reject = CliRunner().invoke(main, ["duplicates", "--reject", rejected.id, "--reviewer", "a.reviewer",
                                       "--out", str(build_copy)])
    assert reject.exit_code == 0, reject.output
    by_id = records.statement_index()
    record_reviews(build_copy, decide([by_id[one], by_id[other]], True, "b.reviewer"))
    stored = reviews_path(build_copy).read_bytes()

    build([CORPUS], build_copy)
    rebuilt = _records(build_copy)
    assert reviews_path(build_copy).read_bytes() == stored
    assert not _together(rebuilt, first, second) and _together(rebuilt, one, other)
    assert {r.reviewer for r in rebuilt.reviews} == {"a.reviewer", "b.reviewer"}
    answer = run_query(open_graph(build_copy), """
        PREFIX kg87: <https://w3id.org/kg87/ontology#>
        PREFIX dct: <http://purl.org/dc/terms/>
        SELECT ?who ?same WHERE { ?r a kg87:DuplicateReview ; dct:creator ?who ; kg87:isDuplicate ?same ;
                                     dct:date ?when . }""")
    assert {(row["who"], row["same"]) for row in answer.rows} == {("a.reviewer", "false"), ("b.reviewer", "true")}


def test_the_newest_decision_on_a_pair_wins_and_decisions_export_as_labelled_pairs(build_copy, tmp_path):
    cluster = _records(build_copy).duplicates[0]
    runner = CliRunner()
    for flag in ("--reject", "--accept"):
        assert runner.invoke(main, ["duplicates", flag, cluster.id, "--out", str(build_copy)]).exit_code == 0
    pairs = len(cluster.members) * (len(cluster.members) - 1) // 2
    assert len(load_reviews(build_copy)) == pairs and all(r.duplicate for r in load_reviews(build_copy))
    shown = CliRunner().invoke(main, ["duplicates", "--format", "json", "--out", str(build_copy)])
    states = {row["cluster_review"] for row in json.loads(shown.output)
              if row["statement_id"] in {m.statement_id for m in cluster.members}}
    assert states == {"accepted"}
    exported = tmp_path / "pairs.csv"
    result = runner.invoke(main, ["duplicates", "--export-reviews", str(exported), "--out", str(build_copy)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(exported.open(encoding="utf-8")))
    assert len(rows) == pairs and {r["label"] for r in rows} == {"1"} and all(r["first_text"] for r in rows)


def test_interactive_review_asks_cluster_by_cluster(build_copy):
    clusters = _records(build_copy).duplicates
    result = CliRunner().invoke(main, ["duplicates", "--review", "--out", str(build_copy)], input="n\ns\nq\n")
    assert result.exit_code == 0, result.output
    reviews = load_reviews(build_copy)
    assert reviews and not any(r.duplicate for r in reviews)
    assert {r.first for r in reviews} | {r.second for r in reviews} == {m.statement_id for m in clusters[0].members}
    shown = CliRunner().invoke(main, ["duplicates", "--format", "json", "--out", str(build_copy)])
    assert clusters[0].id not in {row["cluster"] for row in json.loads(shown.output)}


def test_an_unknown_cluster_is_refused(build_copy):
    result = CliRunner().invoke(main, ["duplicates", "--accept", "dup-nosuchone", "--out", str(build_copy)])
    assert result.exit_code == 2 and "dup-nosuchone" in result.output
    assert not reviews_path(build_copy).exists()


def test_a_damaged_decisions_file_is_named_and_the_build_goes_on(build_copy):
    from kg87.pipeline import build

    reviews_path(build_copy).parent.mkdir(exist_ok=True)
    reviews_path(build_copy).write_text("[{not json", encoding="utf-8")
    result = build([CORPUS], build_copy)
    assert any("duplicates.json" in w for w in result.warnings)
    assert _records(build_copy).duplicates
    shown = CliRunner().invoke(main, ["duplicates", "--out", str(build_copy)])
    assert shown.exit_code == 2 and "reviews/duplicates.json" in "".join(shown.output.split())


def test_an_accepted_pair_stays_together_at_any_threshold_and_keeps_what_was_measured(build_copy):
    records = _records(build_copy)
    by_id = records.statement_index()
    first, second = records.duplicates[0], records.duplicates[1]
    a, b = first.members[0].statement_id, second.members[0].statement_id
    record_reviews(build_copy, decide([by_id[a], by_id[b]], True, "a.reviewer"))
    for threshold in ("0.9", "0.5", "0.05"):
        shown = CliRunner().invoke(main, ["duplicates", "--threshold", threshold, "--format", "json",
                                          "--out", str(build_copy)])
        clusters: dict[str, set] = {}
        for row in json.loads(shown.output):
            clusters.setdefault(row["cluster"], set()).add(row["statement_id"])
        assert any({a, b} <= members for members in clusters.values()), threshold
    default = CliRunner().invoke(main, ["duplicates", "--format", "json", "--out", str(build_copy)])
    rows = {row["statement_id"]: row for row in json.loads(default.output)}
    assert rows[a]["cluster"] in (first.id, second.id) and float(rows[a]["probability"]) <= 1


def test_one_member_rejected_never_shares_a_cluster_with_the_others_again(build_copy):
    cluster = next(c for c in _records(build_copy).duplicates if len(c.members) >= 3)
    outsider, *others = [m.statement_id for m in cluster.members]
    rejected = CliRunner().invoke(main, ["duplicates", "--reject-member", f"{cluster.id}:{outsider}",
                                         "--out", str(build_copy)])
    assert rejected.exit_code == 0, rejected.output
    loose = CliRunner().invoke(main, ["duplicates", "--threshold", "0.02", "--format", "json", "--out", str(build_copy)])
    rows = json.loads(loose.output)
    clusters_of = {row["statement_id"]: row["cluster"] for row in rows}
    assert all(clusters_of.get(o) is None or clusters_of.get(o) != clusters_of.get(outsider) for o in others)
    assert len({r.first for r in load_reviews(build_copy)} | {r.second for r in load_reviews(build_copy)}) \
        == len(cluster.members)


def test_an_interrupted_review_keeps_the_answers_given(build_copy):
    result = CliRunner().invoke(main, ["duplicates", "--review", "--out", str(build_copy)], input="n\n")
    assert result.exit_code != 0  # the input ran out at the second question
    assert load_reviews(build_copy) and not any(r.duplicate for r in load_reviews(build_copy))


def test_contradictions_and_damaged_decisions_are_refused_in_one_line(build_copy, tmp_path):
    cluster = _records(build_copy).duplicates[0]
    both = CliRunner().invoke(main, ["duplicates", "--accept", cluster.id, "--reject", cluster.id,
                                     "--out", str(build_copy)])
    assert both.exit_code == 2 and not reviews_path(build_copy).exists()
    reviews_path(build_copy).parent.mkdir(exist_ok=True)
    reviews_path(build_copy).write_text("{", encoding="utf-8")
    export = CliRunner().invoke(main, ["duplicates", "--export-reviews", str(tmp_path / "p.csv"),
                                       "--out", str(build_copy)])
    assert export.exit_code == 2 and "Traceback" not in export.output and not (tmp_path / "p.csv").exists()


def test_a_reviewer_given_as_an_e_mail_address_is_not_stored(build_copy):
    cluster = _records(build_copy).duplicates[0]
    CliRunner().invoke(main, ["duplicates", "--accept", cluster.id, "--reviewer", "ana.reviewer@example.org",
                              "--out", str(build_copy)])
    stored = reviews_path(build_copy).read_text(encoding="utf-8")
    assert load_reviews(build_copy) and "@example.org" not in stored
