"""Sentence encoders: the model through sentence-transformers (torch), or the same weights through ONNX Runtime.

sentence-transformers imports torch and transformers, which takes seconds; ONNX Runtime needs neither. The model's
transformer is exported once to ONNX by torch's TorchScript exporter, and the rest of the model's pipeline is done
here as its sentence-transformers configuration says (``modules.json``, ``1_Pooling/config.json``,
``sentence_bert_config.json``): the model's ``tokenizer.json`` through `tokenizers`, truncated at its
``max_seq_length``; mean pooling over the attention mask; L2 normalisation. A model laid out otherwise is encoded by
sentence-transformers. Both give the same vectors to within 1e-5 (``tests/test_encoder.py``).

The export lives in the user's cache, ``$XDG_CACHE_HOME/kg87/encoder/`` (default ``~/.cache/kg87/encoder/``), not
in a build's ``output/cache``: one export (90 MB, seconds of torch) then serves every output folder, every
evaluation key and every test run on the machine, and :func:`load_encoder` finds it with no output folder at hand
(``kg87 serve``, ``kg87.open(...)``). Its folder is named by the model package's version, a digest of the model's
files and the export format, so another model or version gets its own. The export is written atomically with its
SHA-256 beside it and checked against it on every load; an absent, damaged or half-written one is exported again
(which loads torch), and an export that does not reproduce sentence-transformers' vectors is not used.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
import tempfile
import warnings
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Protocol

import numpy as np

from kg87.model.files import write_bytes_atomic, write_json_atomic

log = logging.getLogger(__name__)

ONNX_INPUTS = {"input_ids": "ids", "attention_mask": "attention_mask", "token_type_ids": "type_ids"}  # → Encoding
ONNX_OUTPUT = "last_hidden_state"
EXPORT_FORMAT = "onnx1"  # in the export folder's name: a change of the exported graph's inputs or outputs
TOLERANCE = 1e-5  # most an exported model's vectors may differ from sentence-transformers' (max abs)
THREADS_VARIABLE = "KG87_ENCODER_THREADS"
PIPELINE = ("sentence_transformers.models.Transformer", "sentence_transformers.models.Pooling",
            "sentence_transformers.models.Normalize")  # the layout the ONNX path reproduces (Normalize optional)
_EXAMPLES = ["Ministries agree to publish a yearly survey.",
             "A longer invented sentence, so that the traced batch holds padding and the mask is part of the graph."]


def available_cores() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def user_cache() -> Path:
    """``$XDG_CACHE_HOME/kg87/encoder``, or ``~/.cache/kg87/encoder`` (a relative XDG_CACHE_HOME is ignored)."""
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    base = Path(xdg) if os.path.isabs(xdg) else Path(os.path.expanduser("~")) / ".cache"
    return base / "kg87" / "encoder"


@dataclass(frozen=True)
class EncoderSettings:
    """How texts are encoded: batch size, ONNX Runtime's threads, where exports are kept, the ONNX opset."""

    batch_size: int = 64
    threads: int = field(default_factory=available_cores)  # ONNX Runtime's intra-op threads
    cache_dir: Path = field(default_factory=user_cache)
    opset: int = 17

    @classmethod
    def from_environment(cls) -> EncoderSettings:
        """The defaults, with the threads of KG87_ENCODER_THREADS when it is a positive whole number."""
        value = os.environ.get(THREADS_VARIABLE, "").strip()
        if value.isdigit() and int(value) > 0:
            return cls(threads=int(value))
        if value:
            log.warning("%s=%r is not a positive whole number: using %d threads", THREADS_VARIABLE, value,
                        available_cores())
        return cls()


@dataclass(frozen=True)
class Layout:
    """What the ONNX path reproduces of a model's sentence-transformers pipeline."""

    max_seq_length: int
    dimension: int


@dataclass(frozen=True)
class ModelFolder:
    """A sentence-transformers model folder, as a package installs it."""

    path: Path
    package: str  # the distribution that installs it

    def read_json(self, name: str):
        """A JSON file of the folder; None when it is absent or unreadable."""
        try:
            return json.loads((self.path / name).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            return None

    def layout(self) -> Layout | None:
        """The model's layout when it is a transformer, mean pooling and optionally normalisation; else None."""
        modules, config = self.read_json("modules.json"), self.read_json("sentence_bert_config.json")
        if not isinstance(modules, list) or not isinstance(config, dict):
            return None
        kinds = tuple(m.get("type") if isinstance(m, dict) else None for m in modules)
        if kinds not in (PIPELINE, PIPELINE[:2]) or modules[0].get("path") != "":
            return None
        pooling = self.read_json(f"{modules[1].get('path')}/config.json")
        if not isinstance(pooling, dict):
            return None
        modes = {key for key, on in pooling.items() if key.startswith("pooling_mode_") and on is True}
        length, dimension = config.get("max_seq_length"), pooling.get("word_embedding_dimension")
        if modes != {"pooling_mode_mean_tokens"} or config.get("do_lower_case") or not isinstance(length, int) \
                or not isinstance(dimension, int):
            return None
        return Layout(length, dimension)

    def digest(self) -> str:
        """SHA-256 of the folder's files: each file's hash as the package's RECORD lists it, else of its bytes."""
        recorded = {Path(f.locate()).resolve(): f.hash.value for f in metadata.files(self.package) or [] if f.hash}
        digest = hashlib.sha256()
        for file in sorted(p for p in self.path.resolve().rglob("*") if p.is_file()):
            value = recorded.get(file) or hashlib.sha256(file.read_bytes()).hexdigest()
            digest.update(f"{file.relative_to(self.path.resolve())}\0{value}\n".encode())
        return digest.hexdigest()

    def export_key(self, opset: int) -> str:
        """The name of the model's export folder: package, version, digest of its files, export format, opset."""
        version = metadata.version(self.package)
        return f"{self.package}-{version}-{self.digest()[:16]}-{EXPORT_FORMAT}-opset{opset}"


class Encoder(Protocol):
    """Unit-length float32 sentence embeddings, one row per text."""

    name: str

    def encode(self, texts: list[str]) -> np.ndarray: ...


class SentenceTransformerEncoder:
    """The model through sentence-transformers (imports torch and transformers: seconds)."""

    name = "sentence-transformers"

    def __init__(self, model: ModelFolder, batch_size: int):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the model is on disk; never reach for the hub
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()
        self.model = SentenceTransformer(str(model.path), device="cpu")
        self.batch_size = batch_size

    def encode(self, texts: list[str]) -> np.ndarray:
        vectors = self.model.encode(list(texts), batch_size=self.batch_size, normalize_embeddings=True,
                                    show_progress_bar=False, convert_to_numpy=True)
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), -1)


class OnnxEncoder:
    """The model's exported transformer through ONNX Runtime; tokenising, pooling and normalising here."""

    name = "onnxruntime"

    def __init__(self, session, tokenizer, layout: Layout, batch_size: int):
        self.session, self.tokenizer, self.layout, self.batch_size = session, tokenizer, layout, batch_size

    def encode(self, texts: list[str]) -> np.ndarray:
        """Batches of texts of similar length (longest first, as sentence-transformers does), padded per batch."""
        vectors = np.zeros((len(texts), self.layout.dimension), dtype=np.float32)
        order = np.argsort([-len(text) for text in texts], kind="stable")
        for start in range(0, len(order), self.batch_size):
            rows = order[start:start + self.batch_size]
            feeds = token_arrays(self.tokenizer.encode_batch([texts[i] for i in rows]))
            hidden = self.session.run([ONNX_OUTPUT], feeds)[0]
            vectors[rows] = mean_pooled_unit(hidden, feeds["attention_mask"])
        return vectors


def token_arrays(encodings) -> dict[str, np.ndarray]:
    """The model's inputs from a padded batch of `tokenizers` encodings, as int64 arrays."""
    return {name: np.array([getattr(e, attribute) for e in encodings], dtype=np.int64)
            for name, attribute in ONNX_INPUTS.items()}


def mean_pooled_unit(hidden: np.ndarray, attention_mask: np.ndarray) -> np.ndarray:
    """Mean of the token embeddings over the attention mask, scaled to unit length (as sentence-transformers'
    Pooling and Normalize modules compute them)."""
    mask = attention_mask[..., None].astype(np.float32)
    pooled = (hidden * mask).sum(axis=1) / np.maximum(mask.sum(axis=1), 1e-9)
    return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)


def load_tokenizer(model: ModelFolder, layout: Layout):
    """The model's tokenizer.json, truncating at the model's max_seq_length and padding to a batch's longest."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(model.path / "tokenizer.json"))
    padding = tokenizer.padding or {}
    tokenizer.enable_truncation(max_length=layout.max_seq_length)
    tokenizer.enable_padding(pad_id=padding.get("pad_id", 0), pad_type_id=padding.get("pad_type_id", 0),
                             pad_token=padding.get("pad_token", "[PAD]"))
    return tokenizer


@dataclass(frozen=True)
class ExportedModel:
    """An ONNX export in its cache folder: ``model.onnx``, and ``export.json`` with its SHA-256."""

    folder: Path

    @property
    def path(self) -> Path:
        return self.folder / "model.onnx"

    def verified(self) -> Path | None:
        """The export's path when its bytes match the digest written with them; None when absent or damaged."""
        try:
            expected = json.loads((self.folder / "export.json").read_text(encoding="utf-8"))["sha256"]
            with self.path.open("rb") as handle:
                actual = hashlib.file_digest(handle, "sha256").hexdigest()
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError):
            return None
        return self.path if actual == expected else None

    def write(self, data: bytes, about: dict) -> None:
        """Write the export, then its digest, each atomically (a reader never takes a half-written one)."""
        write_bytes_atomic(self.path, data)
        write_json_atomic(self.folder / "export.json", {**about, "sha256": hashlib.sha256(data).hexdigest()})


def export_onnx(encoder: SentenceTransformerEncoder, tokenizer, opset: int) -> bytes:
    """The model's transformer as ONNX (token ids, attention mask and token types in; token embeddings out, batch
    and length dynamic), traced on a padded batch by torch's TorchScript exporter."""
    import torch

    class TokenEmbeddings(torch.nn.Module):
        def __init__(self, transformer):
            super().__init__()
            self.transformer = transformer

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.transformer(input_ids=input_ids, attention_mask=attention_mask,
                                    token_type_ids=token_type_ids).last_hidden_state

    example = tuple(torch.from_numpy(a) for a in token_arrays(tokenizer.encode_batch(_EXAMPLES)).values())
    axes = {name: {0: "batch", 1: "tokens"} for name in [*ONNX_INPUTS, ONNX_OUTPUT]}
    with tempfile.TemporaryDirectory(prefix="kg87-onnx-") as folder, torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the tracer's notes on the TorchScript exporter and on traced shapes
        path = Path(folder) / "model.onnx"
        torch.onnx.export(TokenEmbeddings(encoder.model[0].auto_model).eval(), example, str(path),
                          input_names=list(ONNX_INPUTS), output_names=[ONNX_OUTPUT], dynamic_axes=axes,
                          opset_version=opset, dynamo=False)
        return path.read_bytes()


def onnx_session(model: bytes | Path, threads: int):
    """An ONNX Runtime CPU session on a model (its bytes or its file), with ``threads`` intra-op threads, logging
    errors only."""
    import onnxruntime

    onnxruntime.set_default_logger_severity(3)
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    source = str(model) if isinstance(model, Path) else model
    return onnxruntime.InferenceSession(source, options, providers=["CPUExecutionProvider"])


def _onnxruntime_usable() -> bool:
    """Whether onnxruntime imports, and can be imported safely: not after usearch, whose wheel links its own copy
    of the C++ runtime, which makes onnxruntime loaded after it crash the process (usearch after it is fine)."""
    if "usearch.compiled" in sys.modules and "onnxruntime" not in sys.modules:
        log.warning("usearch was loaded before onnxruntime, which would crash: encoding with sentence-transformers")
        return False
    try:
        import onnxruntime  # noqa: F401 (only whether it imports)
    except ImportError:
        return False
    return True


def load_encoder(model: ModelFolder, settings: EncoderSettings | None = None) -> Encoder:
    """ONNX Runtime on the model's export when onnxruntime imports and the layout is one it reproduces (exporting
    the model first, with torch, when the export is absent or damaged); else sentence-transformers."""
    settings = settings or EncoderSettings()
    layout = model.layout()
    if layout is None or not _onnxruntime_usable():
        return SentenceTransformerEncoder(model, settings.batch_size)
    exported = ExportedModel(settings.cache_dir / model.export_key(settings.opset))
    tokenizer = load_tokenizer(model, layout)
    path = exported.verified()
    if path is not None:
        try:
            return OnnxEncoder(onnx_session(path, settings.threads), tokenizer, layout, settings.batch_size)
        except Exception as exc:  # onnxruntime's errors share no base class; export anew below
            log.warning("the ONNX export at %s does not load (%s): exporting it again", exported.folder, exc)
    reference = SentenceTransformerEncoder(model, settings.batch_size)
    return _exported(reference, model, layout, tokenizer, exported, settings) or reference


def _exported(reference: SentenceTransformerEncoder, model: ModelFolder, layout: Layout, tokenizer,
              exported: ExportedModel, settings: EncoderSettings) -> OnnxEncoder | None:
    """Export the model, check it gives the reference's vectors and keep it; None (with a warning) when any step
    fails, so the caller encodes with sentence-transformers instead."""
    try:
        data = export_onnx(reference, tokenizer, settings.opset)
        encoder = OnnxEncoder(onnx_session(data, settings.threads), tokenizer, layout, settings.batch_size)
        difference = float(np.abs(encoder.encode(_EXAMPLES) - reference.encode(_EXAMPLES)).max())
        if difference > TOLERANCE:
            log.warning("the ONNX export of %s differs from sentence-transformers by %.2g: not used",
                        model.package, difference)
            return None
    except Exception as exc:  # torch's exporter and onnxruntime raise many kinds; encode with torch
        log.warning("could not export %s to ONNX (%s: %s): encoding with sentence-transformers", model.package,
                    type(exc).__name__, exc)
        return None
    try:
        exported.write(data, {"package": model.package, "version": metadata.version(model.package),
                              "opset": settings.opset, "max_abs_difference": difference})
    except OSError as exc:
        log.warning("could not keep the ONNX export in %s (%s): it is exported again next time", exported.folder, exc)
    return encoder
