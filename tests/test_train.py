"""The statement model is learned from the dev keys only, and a retrain gives the same model."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg87.cli import main
from kg87.train import Example, fit, holds

GENRE = Path(__file__).parent / "data" / "genre"


def examples(n: int) -> list[Example]:
    out = []
    for i in range(n):
        will = i % 3 == 0
        out.append(Example(f"doc{i % 5}", {"pred=future" if will else "pred=past": 1.0, f"len={i % 4}": 1.0},
                           {"commitments": int(will), "proposals": int(i % 7 == 0), "interventions": int(i % 2 == 0)},
                           "pledge" if will and i % 2 else ("plan" if will else "")))
    return out


def test_fitting_the_same_examples_twice_gives_the_same_model():
    data = examples(200)
    assert json.dumps(fit(data), sort_keys=True) == json.dumps(fit(list(reversed(data))), sort_keys=True)


def test_the_future_predicate_learns_to_mean_a_commitment():
    model = fit(examples(200))
    features = model["features"]
    coef = model["tables"]["commitments"]["coef"]
    assert coef[features.index("pred=future")] > 0 > coef[features.index("pred=past")]


def test_interventions_weigh_no_heading_words_where_commitments_do():
    """A heading word that goes with every turn in the training documents is still no reason to take the floor."""
    data = examples(200)
    for n, example in enumerate(data):
        example.features["h_any=debat"] = float(example.labels["interventions"] or example.labels["commitments"])
        example.features[f"h0=sess{n % 2}"] = 1.0
    model = fit(data)
    column = model["features"].index("h_any=debat")
    assert model["tables"]["interventions"]["coef"][column] == 0 != model["tables"]["commitments"]["coef"][column]
    assert not any(model["tables"]["interventions"]["coef"][model["features"].index(f"h0=sess{k}")] for k in (0, 1))


def test_the_proposer_ranker_learns_which_option_of_a_candidate_is_right():
    data = examples(40)
    for n, example in enumerate(data):  # the group heading is right, wherever the title or the cover stands
        example.proposers = [({"src=heading": 1.0, f"depth={n % 3}": 1.0}, 1), ({"src=title": 1.0}, 0),
                             ({"src=cover": 1.0, f"depth={n % 3}": 1.0}, 0)]
    ranker = fit(data)["proposers"]
    weight = dict(zip(ranker["features"], ranker["coef"]))
    assert weight["src=heading"] > max(weight["src=title"], weight["src=cover"])


def test_a_unit_holds_a_keyed_text_it_contains_or_mostly_is():
    assert holds("will train 500 inspectors", "Nigeria will train 500 inspectors by 2025.")
    assert holds("Nigeria will train 500 labour inspectors in the mining states by 2025",
                 "Nigeria will train 500 labour inspectors in the mining states")
    assert not holds("Nigeria will train 500 labour inspectors in the mining states by 2025", "Nigeria")


@pytest.mark.slow
def test_kg87_train_rebuilds_the_shipped_model(tmp_path):
    result = CliRunner().invoke(main, ["train", "--splits", str(GENRE / "splits.json"), "--to", str(tmp_path / "m.json"),
                                       "--duplicates-to", str(tmp_path / "d.json")])
    assert result.exit_code == 0, result.output
    shipped = resources.files("kg87.extract").joinpath("data", "statement-model.json").read_bytes()
    assert (tmp_path / "m.json").read_bytes() == shipped, "the shipped model is not what kg87 train makes: retrain"
    shipped = resources.files("kg87.similarity").joinpath("data", "duplicate-model.json").read_bytes()
    assert (tmp_path / "d.json").read_bytes() == shipped, "the shipped duplicate model is not what kg87 train makes"
