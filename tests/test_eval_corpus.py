"""The evaluation corpus: keys that hold for their PDFs, a written split, and `kg87 eval` over a split."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT
from kg87.cli import main
from kg87.evaluate import normalise

GENRE = ROOT / "tests" / "data" / "genre"
KEYS = sorted(p for p in GENRE.glob("*.json") if p.stem != "splits")
SPLITS = json.loads((GENRE / "splits.json").read_text(encoding="utf-8"))
STYLES = ("meeting-report", "roadmap", "workshop", "briefing", "slides")


def _check_key():
    spec = importlib.util.spec_from_file_location("check_key", GENRE / "sources" / "check_key.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CHECK = _check_key()


def _key(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", KEYS, ids=lambda p: p.stem)
def test_every_keyed_text_is_in_its_pdf_text_layer(path):
    assert CHECK.problems(path) == []


def test_the_check_reads_text_as_the_scorer_does():
    for text in ("Le Gouvernement s’engage à : a) …", "Q3 2024 – “priority” (ILO/IPEC)", "FY2025/26; by mid-2026."):
        assert CHECK.normalise(text) == normalise(text)


def test_the_check_knows_the_vocabularies_kg87_ships():
    from rdflib.namespace import SKOS

    from kg87.graph.build import ontology_graph
    from kg87.graph.terms import ID
    from kg87.model.types import COMMITMENT_KINDS
    from kg87.model.vocabularies import load_themes

    ontology = ontology_graph()

    def notations(scheme: str) -> set[str]:
        return {str(ontology.value(c, SKOS.notation)) for c in ontology.subjects(SKOS.inScheme, ID[scheme])}

    assert CHECK.THEMES == {t.slug for t in load_themes()}
    assert CHECK.KINDS == set(COMMITMENT_KINDS) == notations("commitment-kind")
    assert CHECK.ORG_TYPES == notations("organisation-type")


def test_the_check_finds_a_text_that_is_not_in_the_pdf(tmp_path):
    key = _key(GENRE / "mr-side-event.json")
    key["commitments"][0]["text"] = "The Government will build a spaceport by 2030"
    (tmp_path / "mr-side-event.pdf").write_bytes((GENRE / "mr-side-event.pdf").read_bytes())
    (tmp_path / "mr-side-event.json").write_text(json.dumps(key), encoding="utf-8")
    assert any("spaceport" in p for p in CHECK.problems(tmp_path / "mr-side-event.json"))


def test_every_key_is_in_exactly_one_split_written_down_with_its_method():
    named = Counter(Path(p).stem for side in ("dev", "test") for p in SPLITS[side])
    assert {p.stem for p in KEYS} <= set(named) and max(named.values()) == 1
    assert "gcg5" in {Path(p).stem for p in SPLITS["dev"]}
    earlier = {"meeting-report-gcg7", "briefing-roadmap", "slides-four-columns", "compte-rendu-fr"}
    assert earlier <= {Path(p).stem for p in SPLITS["dev"]}
    assert SPLITS["method"] and SPLITS["rule"]
    later = {Path(p).stem for p in SPLITS["added_to_dev_after_the_split"]}  # written for dev only, test unchanged
    assert later <= {Path(p).stem for p in SPLITS["dev"]}
    halved = [p for p in KEYS if p.stem not in earlier | later]
    test = {Path(p).stem for p in SPLITS["test"]}
    assert 0.4 <= len(test) / len(halved) <= 0.6


def test_the_corpus_is_as_large_and_varied_as_asked():
    new = [_key(p) for p in KEYS if (GENRE / "sources" / f"{p.stem}.py").exists()]
    assert len(new) >= 30
    styles = Counter(k["style"] for k in new)
    assert all(styles[s] >= 5 for s in STYLES), styles
    languages = Counter(k["language"] for k in new)
    assert languages["fr"] >= 6 and languages["es"] >= 4
    rows = {t: sum(len(k.get(t, [])) for k in new)
            for t in ("commitments", "proposals", "interventions", "events", "duplicate_clusters")}
    assert rows["commitments"] >= 400 and rows["proposals"] >= 150 and rows["interventions"] >= 150
    assert rows["events"] >= 100 and rows["duplicate_clusters"] >= 40


def test_the_readme_has_a_line_for_every_document():
    readme = (GENRE / "README.md").read_text(encoding="utf-8")
    assert all(f"`{p.stem}`" in readme for p in KEYS)


@pytest.fixture(scope="module")
def evaluations(tmp_path_factory):
    out = tmp_path_factory.mktemp("eval")
    runner = CliRunner()
    results = {}
    for split in ("dev", "test"):
        result = runner.invoke(main, ["eval", "--split", split, "--splits", str(GENRE / "splits.json"),
                                      "--out", str(out), "--format", "json"])
        assert result.exit_code == 0, result.output
        results[split] = json.loads(result.stdout)
    return results, out


@pytest.mark.slow
@pytest.mark.parametrize("split", ["dev", "test"])
def test_eval_builds_and_scores_every_key_of_a_split(evaluations, split):
    results, _ = evaluations
    result = results[split]
    present = [GENRE / p for p in SPLITS[split] if (GENRE / p).is_file()]
    assert set(result["documents"]) == {p.stem for p in present}
    keys = {p.stem: _key(p) for p in present}
    for table in ("commitments", "proposals", "interventions", "events"):
        assert result["tables"][table]["gold"] == sum(len(k.get(table, [])) for k in keys.values())
        matched = sum(r["tables"][table]["matched"] for r in result["documents"].values())
        assert result["tables"][table]["matched"] == matched
    assert 0 <= result["macro_f1"] <= 1
    assert set(result["attributes"]) >= {"commitments.kind", "commitments.target_year", "commitments.themes",
                                         "events.start_date", "countries.pathfinder_interest",
                                         "interventions.speaker"}
    assert result["initiatives"]["gold_pairs"] > 0


@pytest.mark.slow
def test_misses_are_listed_for_dev_and_never_for_test(evaluations):
    _, out = evaluations
    runner = CliRunner()
    splits = str(GENRE / "splits.json")
    test = runner.invoke(main, ["eval", "--split", "test", "--splits", splits, "--out", str(out), "--verbose"])
    assert test.exit_code == 0 and "not listed" in test.output and "missed gold" not in test.output
    dev = runner.invoke(main, ["eval", "--split", "dev", "--splits", splits, "--out", str(out), "--verbose"])
    assert dev.exit_code == 0 and "missed gold" in dev.output
    assert "F1 per document" in dev.output and "macro F1" in dev.output


def test_eval_wants_one_source_of_keys(tmp_path):
    result = CliRunner().invoke(main, ["eval", "--split", "dev", "--keys", str(tmp_path)])
    assert result.exit_code == 2 and "exactly one" in result.output
