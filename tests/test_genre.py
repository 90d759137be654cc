"""Documents of the genre that the extractor was not written on (tests/data/genre, CC0).

Each is built on its own and scored against its hand-made answer key; the floors below
are the scores reached when these tests were written, less a small margin, so a change
that makes extraction generalise worse fails here. The figures are printed with -s.
"""

from __future__ import annotations

from pathlib import Path

import pytest

GENRE = Path(__file__).parent / "data" / "genre"
# document → {table: minimum F1}; tables the document has no rows for are left out
FLOORS = {
    "meeting-report-gcg7": {"countries": 0.95, "organisations": 0.75, "commitments": 0.75, "proposals": 0.95,
                            "interventions": 0.9, "events": 0.6},
    "briefing-roadmap": {"countries": 0.95, "commitments": 0.8, "proposals": 0.95, "events": 0.8},
    "slides-four-columns": {"countries": 0.95, "commitments": 0.9, "events": 0.6},
    "compte-rendu-fr": {"countries": 0.9, "organisations": 0.5, "commitments": 0.6, "proposals": 0.95,
                        "interventions": 0.5, "events": 0.5},
}


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    from kg87.evaluate import evaluate
    from kg87.pipeline import build

    out = {}
    for name in FLOORS:
        folder = tmp_path_factory.mktemp(name)
        result = build([GENRE / f"{name}.pdf"], folder)
        assert not result.failures, result.failures
        out[name] = evaluate(folder / "tables", GENRE / f"{name}.json")
    return out


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_scores_on_unseen_documents(scores, name):
    tables = scores[name]["tables"]
    print(f"\n{name}: " + ", ".join(f"{t} F1 {v['f1']:.2f}" for t, v in tables.items()))
    for table, floor in FLOORS[name].items():
        assert tables[table]["f1"] >= floor, (name, table, tables[table])


def test_french_document_finds_countries_and_organisations(scores):
    tables = scores["compte-rendu-fr"]["tables"]
    assert tables["countries"]["recall"] == 1.0
    assert tables["organisations"]["matched"] >= 4
