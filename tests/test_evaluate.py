"""Tests for kg87.evaluate on small synthetic answer keys and tables."""

import csv
import json

import pytest
from rapidfuzz import fuzz
from rich.console import Console

from kg87.evaluate import Aliases, evaluate, normalise, render_report

DOC = "gcg5-briefing-pack.pdf"
COLUMNS = {
    "countries": ["iso3", "label", "pathfinder_interest", "workshop_held", "workshop_scheduled", "mentions"],
    "organisations": ["id", "label", "acronym", "type", "mentions"],
    "commitments": ["id", "actor_type", "actor_id", "actor_label", "text", "themes", "kind", "target_year", "document", "page", "quote"],
    "proposals": ["id", "proposer_label", "text", "themes", "document", "page", "quote"],
    "interventions": ["id", "speaker_id", "speaker_label", "meeting", "text", "document", "page"],
    "events": ["id", "label", "start_date", "location", "document", "page"],
    "duplicates": ["cluster", "statement_id", "actor_label", "text", "similarity", "document", "page"],
}
INSPECTORS = "Strengthen the capacity of labour inspectors in rural areas"


def commitment(text, actor_id="NPL", document=DOC, **extra):
    """A gold commitment row."""
    row = {"actor_type": "country", "actor_id": actor_id, "actor_label": "", "text": text, "themes": [], "kind": "priority", "target_year": None, "document": document}
    return {**row, **extra}


def out_commitment(text, actor_id="NPL", document=DOC, **extra):
    """An output commitments.csv row."""
    return {"actor_id": actor_id, "text": text, "document": document, "kind": "priority", **extra}


def score(tmp_path, gold=None, **tables):
    """Write the answer key and the given tables, then evaluate."""
    key = {"documents": [DOC], "aliases": {}, "optional": {}, "duplicate_clusters": [], **(gold or {})}
    tmp_path.mkdir(parents=True, exist_ok=True)
    gold_path = tmp_path / "gold.json"
    gold_path.write_text(json.dumps(key), encoding="utf-8")
    tables_dir = tmp_path / "tables"
    tables_dir.mkdir()
    for name, rows in tables.items():
        with (tables_dir / f"{name}.csv").open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=COLUMNS[name])
            writer.writeheader()
            writer.writerows(rows)
    return evaluate(tables_dir, gold_path)


def counts(report, table):
    m = report["tables"][table]
    return m["gold"], m["output"], m["matched"], m["precision"], m["recall"]


def test_normalise():
    assert normalise("Social partners’ organizations — “Next-Steps”,  too!") == "social partners' organizations next steps too"


def test_exact_match_and_attributes(tmp_path):
    gold = {"commitments": [commitment(INSPECTORS, themes=["labour-inspection", "capacity-building"], kind="priority", target_year=2020)]}
    out = out_commitment(INSPECTORS.upper(), themes="labour-inspection;child-labour", kind="plan", target_year="2020")
    report = score(tmp_path, gold, commitments=[out])
    assert counts(report, "commitments") == (1, 1, 1, 1.0, 1.0)
    assert report["tables"]["commitments"]["f1"] == 1.0
    attributes = report["attributes"]
    assert attributes["commitments.kind"] == 0.0
    assert attributes["commitments.target_year"] == 1.0
    assert attributes["commitments.themes"] == pytest.approx(1 / 3)
    assert attributes["proposals.themes"] is None


def test_fuzzy_threshold(tmp_path):
    above = "Strengthening capacity of the labour inspectorate in rural districts"
    just_below = "Strengthen the capacity of social workers in rural areas"
    far_below = "Recruit more labour inspectors for rural districts"
    assert 85 <= fuzz.token_set_ratio(normalise(INSPECTORS), normalise(above)) < 90
    assert 80 < fuzz.token_set_ratio(normalise(INSPECTORS), normalise(just_below)) < 85
    assert fuzz.token_set_ratio(normalise(INSPECTORS), normalise(far_below)) < 70
    for case, (text, matched) in enumerate(((above, 1), (just_below, 0), (far_below, 0))):
        report = score(tmp_path / str(case), {"commitments": [commitment(INSPECTORS)]}, commitments=[out_commitment(text)])
        assert report["tables"]["commitments"]["matched"] == matched


def test_containment_of_merged_next_steps(tmp_path):
    merged = "Next Steps: train labour inspectors in every province and launch a national child labour survey."
    assert fuzz.token_set_ratio("train labour inspector", normalise(merged)) < 85  # only containment can match
    report = score(tmp_path / "one", {"commitments": [commitment("Train labour inspector")]}, commitments=[out_commitment(merged)])
    assert counts(report, "commitments") == (1, 1, 1, 1.0, 1.0)
    gold = {"commitments": [commitment("Train labour inspector"), commitment("Launch a national child labour survey")]}
    report = score(tmp_path / "two", gold, commitments=[out_commitment(merged)])
    assert counts(report, "commitments") == (2, 1, 1, 1.0, 0.5)


def test_actor_through_aliases(tmp_path):
    aliases = {"Chair": ["France", "Ms Anousheh Karvar"], "UNU": ["UNU-CPR", "unu"]}
    text = "The Chair announced the intention of France to explore seeking pathfinder status"
    gold = {
        "aliases": aliases,
        "interventions": [{"speaker_label": "Chair", "text": text, "document": DOC}, {"speaker_label": "France", "text": "France will host the next meeting", "document": DOC}],
        "commitments": [commitment("Publish the Delta 8.7 policy guide", actor_id="unu", actor_type="organisation")],
    }
    report = score(
        tmp_path,
        gold,
        interventions=[{"speaker_label": "Ms Anousheh Karvar", "text": text, "document": DOC}, {"speaker_label": "Chair", "text": "France will host the next meeting", "document": DOC}],
        commitments=[out_commitment("Publish the Delta 8.7 policy guide", actor_id="UNU-CPR"), out_commitment("Publish the Delta 8.7 policy guide", actor_id="ilo")],
    )
    assert counts(report, "interventions") == (2, 2, 2, 1.0, 1.0)
    assert counts(report, "commitments") == (1, 2, 1, 0.5, 1.0)


def test_alias_classes_are_not_chained():
    aliases = Aliases({"UK Department for International Development": ["DFID", "UK"], "United Kingdom": ["UK", "GBR"]})
    assert aliases.same("uk", "DFID") and aliases.same("UK", "GBR")
    assert not aliases.same("DFID", "United Kingdom")


def test_wrong_document_does_not_match(tmp_path):
    gold = {"commitments": [commitment(INSPECTORS), commitment("Launch a child labour survey")]}
    outputs = [out_commitment(INSPECTORS, document="gcg5-meeting-report.pdf"), out_commitment("Launch a child labour survey", document=f"/data/corpus/{DOC}")]
    report = score(tmp_path, gold, commitments=outputs)
    assert counts(report, "commitments") == (2, 2, 1, 0.5, 0.5)
    assert report["unmatched"]["commitments"]["extra_output"] == [f"gcg5-meeting-report.pdf | NPL | {INSPECTORS}"]


def test_optional_rows_dropped(tmp_path):
    gold = {
        "proposals": [{"proposer_label": "Working Group on Mining", "text": "Map child labour in artisanal mines", "themes": [], "document": DOC}],
        "optional": {"proposals": [{"proposer_label": "Working Group on Mining", "text": "Hold a follow-up webinar on cobalt", "themes": [], "document": DOC}]},
    }
    outputs = [
        {"proposer_label": "Working Group on Mining", "text": "Map child labour in artisanal mines", "document": DOC},
        {"proposer_label": "Mining", "text": "Hold a follow-up webinar on cobalt", "document": DOC},
        {"proposer_label": "Working Group on Mining", "text": "Publish an annual report on supply chain audits", "document": DOC},
    ]
    report = score(tmp_path, gold, proposals=outputs)
    assert counts(report, "proposals") == (1, 2, 1, 0.5, 1.0)
    assert report["tables"]["proposals"]["optional_dropped"] == 1


def test_optional_row_alone_gives_no_recall(tmp_path):
    gold = {"commitments": [commitment(INSPECTORS)], "optional": {"commitments": [commitment("Hold a national workshop")]}}
    report = score(tmp_path, gold, commitments=[out_commitment("Hold a national workshop")])
    assert counts(report, "commitments") == (1, 0, 0, 0.0, 0.0)


def test_one_to_one_pairing(tmp_path):
    report = score(tmp_path, {"commitments": [commitment(INSPECTORS)]}, commitments=[out_commitment(INSPECTORS), out_commitment(INSPECTORS)])
    assert counts(report, "commitments") == (1, 2, 1, 0.5, 1.0)


def test_pairing_prefers_the_closest_output(tmp_path):
    merged = f"{INSPECTORS} and launch a national child labour survey"
    gold = {"commitments": [commitment(INSPECTORS), commitment("launch a national child labour survey")]}
    report = score(tmp_path, gold, commitments=[out_commitment(merged), out_commitment(INSPECTORS)])
    assert counts(report, "commitments") == (2, 2, 2, 1.0, 1.0)


def test_missing_csv_counts_as_zero_output(tmp_path):
    gold = {"commitments": [commitment(INSPECTORS)], "countries": [{"iso3": "NPL", "label": "Nepal", "pathfinder_interest": None, "workshop_held": None, "workshop_scheduled": None}]}
    report = score(tmp_path, gold)
    assert counts(report, "commitments") == (1, 0, 0, 0.0, 0.0)
    assert report["tables"]["commitments"]["produced"] is False
    assert report["tables"]["commitments"]["f1"] == 0.0
    assert report["duplicates"]["produced"] is False and report["duplicates"]["output_pairs"] == 0
    assert report["attributes"]["countries.pathfinder_interest"] == 1.0
    assert report["attributes"]["commitments.kind"] is None


def test_pathfinder_accuracy_with_null(tmp_path):
    def country(iso3, interest, held, scheduled):
        return {"iso3": iso3, "label": iso3, "pathfinder_interest": interest, "workshop_held": held, "workshop_scheduled": scheduled}

    gold = {"countries": [country("NPL", True, True, False), country("ARG", None, None, None), country("MEX", True, False, True), country("CIV", True, None, None)]}
    outputs = [country("npl", "true", "true", "false"), country("ARG", "", "", ""), country("MEX", "true", "", "true"), country("BRA", "true", "", "")]
    report = score(tmp_path, gold, countries=outputs)
    assert counts(report, "countries") == (4, 4, 3, 0.75, 0.75)
    assert report["attributes"]["countries.pathfinder_interest"] == 0.75
    assert report["attributes"]["countries.workshop_held"] == 0.75
    assert report["attributes"]["countries.workshop_scheduled"] == 1.0


def test_events_date_precision(tmp_path):
    gold = {"events": [{"label": "Strategic planning workshop (Nepal)", "start_date": "2019-03", "location": "Nepal", "document": DOC}, {"label": "Paris Peace Forum", "start_date": "2019-11-11", "location": "Paris", "document": DOC}]}
    outputs = [
        {"label": "Nepal strategic planning workshop", "start_date": "2019-03-12", "document": DOC},
        {"label": "Paris Peace Forum", "start_date": "2019-12-11", "document": DOC},
    ]
    report = score(tmp_path, gold, events=outputs)
    assert counts(report, "events") == (2, 2, 1, 0.5, 0.5)


def test_organisations_by_acronym_and_type(tmp_path):
    gold = {"organisations": [{"label": "International Organization for Migration", "acronym": "IOM", "type": "un-agency"}, {"label": "African Union", "acronym": None, "type": "intergovernmental"}]}
    outputs = [{"label": "IOM", "acronym": "", "type": "intergovernmental"}, {"label": "The African Union", "acronym": "AU", "type": "intergovernmental"}]
    report = score(tmp_path, gold, organisations=outputs)
    assert counts(report, "organisations") == (2, 2, 2, 1.0, 1.0)
    assert report["attributes"]["organisations.type"] == 0.5


def test_duplicates_pairwise(tmp_path):
    members = [
        {"actor_label": "Madagascar", "text": "Strengthening the capacity and resources of labour inspectors"},
        {"actor_label": "Nepal", "text": "Form committees at province and local levels for child labour inspection"},
        {"actor_label": "Tunisia", "text": "Improving the process and tools for labor inspectors to identify children"},
    ]
    gold = {"duplicate_clusters": [{"topic": "inspection", "members": members}]}
    rows = [
        {"cluster": "1", "statement_id": "s1", "actor_label": "Madagascar", "text": members[0]["text"]},
        {"cluster": "1", "statement_id": "s2", "actor_label": "Nepal", "text": members[1]["text"] + "."},
        {"cluster": "1", "statement_id": "s9", "actor_label": "Chile", "text": "Adopt a national plan on migration"},
        {"cluster": "2", "statement_id": "s3", "actor_label": "Tunisia", "text": members[2]["text"]},
        {"cluster": "2", "statement_id": "s4", "actor_label": "Uganda", "text": "Ratify the Palermo Protocol"},
    ]
    dup = score(tmp_path, gold, duplicates=rows)["duplicates"]
    assert (dup["gold_pairs"], dup["output_pairs"], dup["correct_pairs"], dup["found_pairs"]) == (3, 4, 1, 1)
    assert dup["precision"] == 0.25
    assert dup["recall"] == pytest.approx(1 / 3)
    assert dup["f1"] == pytest.approx(2 / 7)


def test_render_report(tmp_path):
    report = score(tmp_path, {"commitments": [commitment(INSPECTORS)]})
    console = Console(record=True, width=200)
    render_report(report, console)
    text = console.export_text()
    assert "commitments" in text and "missing" in text and "countries.workshop_held" in text
    assert INSPECTORS not in text
    render_report(report, console, verbose=True)
    assert INSPECTORS in console.export_text()
