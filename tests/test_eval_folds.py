"""`kg87 eval --folds`: every key is scored by a model that was trained without it."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

import kg87.calibrate as calibrate
import kg87.evaluate.folds as folds_module
import kg87.similarity.calibration as calibration
import kg87.extract.learned as learned
import kg87.train as train
from kg87.cli import main
from kg87.evaluate.folds import folds
from kg87.evaluate.sets import KeyedDocument


def _documents(tmp_path: Path, count: int) -> list[KeyedDocument]:
    out = []
    for n in range(count):
        key = tmp_path / f"key-{n}.json"
        key.write_text(json.dumps({"documents": [f"doc-{n}.pdf"]}), encoding="utf-8")
        out.append(KeyedDocument(key, (tmp_path / f"doc-{n}.pdf",), "dev", "report", "en"))
    return out


def test_folds_deal_every_key_into_exactly_one_fold(tmp_path):
    documents = _documents(tmp_path, 7)
    dealt = folds(documents, 3)
    assert len(dealt) == 3 and all(dealt)
    assert sorted(d.name for fold in dealt for d in fold) == sorted(d.name for d in documents)
    with pytest.raises(ValueError):
        folds(documents, 8)


def test_each_key_is_built_with_a_model_that_never_saw_it(tmp_path, monkeypatch):
    documents = _documents(tmp_path, 5)
    monkeypatch.setattr(train, "examples_of", lambda document: [document.name])
    monkeypatch.setattr(train, "fit", lambda examples: {"trained_on": sorted(examples)})
    monkeypatch.setattr(learned, "model_of", lambda trained: trained)
    keyed = [SimpleNamespace(name=d.name) for d in documents]
    monkeypatch.setattr(folds_module, "keyed_sets", lambda keys, cache: keyed)
    monkeypatch.setattr(calibrate, "calibrate_sets", lambda sets: (sorted(s.name for s in sets), {}))
    scored_with = {}

    def pairwise(sets, model):
        scored_with.update({s.name: model for s in sets})
        return {"correct_pairs": 0, "output_pairs": 0, "gold_pairs": len(sets)}

    monkeypatch.setattr(folds_module, "pairwise", pairwise)
    monkeypatch.setattr(calibration, "model_in_use", lambda model: contextlib.nullcontext(model))
    built_with = {}

    def build(pdfs, folder):
        built_with[folder.name] = learned._IN_USE[-1]["trained_on"]
        return ["not built in this test"]

    result = folds_module.cross_validated_set(documents, tmp_path / "out", build, 2)
    assert sorted(built_with) == sorted(d.name for d in documents) == sorted(scored_with)
    for name, trained_on in built_with.items():
        assert name not in trained_on and len(trained_on) >= 2
        assert name not in scored_with[name] and len(scored_with[name]) >= 2  # the duplicate model too
    assert result["folds"] == 2 and set(result["documents"]) == set(built_with)
    assert result["initiatives"]["gold_pairs"] == len(documents)
    assert not learned._IN_USE  # the shipped model is back in use


@pytest.mark.parametrize("where", [["--split", "test"], ["--gold", "tests/data/genre/splits.json"]])
def test_folds_are_refused_where_the_keys_would_train_on_test_or_nothing(where):
    result = CliRunner().invoke(main, ["eval", *where, "--folds", "3"])
    assert result.exit_code == 2 and "--folds" in result.output
