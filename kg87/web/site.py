"""What a running server holds: its options, the current build's corpus, its query worker and the sentence model.

The query worker (:class:`kg87.graph.sandbox.QueryWorker`) keeps the current build's store open in a process
of its own, so a query costs its evaluation, not a process start; it is replaced when another build is
published. The sentence model is loaded on the first semantic search, once per server process.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from kg87.graph.sandbox import QueryLimits, QueryWorker
from kg87.model.builds import current_build, verify

from .corpus import Corpora, Corpus


@dataclass(frozen=True)
class ServeOptions:
    """How the server answers: query limits, CORS on /sparql, who review decisions are recorded as."""

    limits: QueryLimits = field(default_factory=lambda: QueryLimits(timeout=10.0))
    cors: bool = False
    reviewer: str | None = None


class Site:
    """The state behind every request of one server."""

    def __init__(self, out_dir: Path, options: ServeOptions = ServeOptions()):
        self.out_dir, self.options = Path(out_dir), options
        self.corpora = Corpora(self.out_dir)
        self._worker: tuple[Path, QueryWorker] | None = None
        self._lock = threading.Lock()
        self._model = threading.Lock()

    def corpus(self) -> Corpus:
        return self.corpora.current()

    def worker(self) -> QueryWorker:
        """The query worker of the current build (its graph checked against the manifest once)."""
        build = current_build(self.out_dir)
        with self._lock:
            if self._worker is None or self._worker[0] != build:
                verify(build, ["graph"])
                if self._worker is not None:
                    self._worker[1].close()
                self._worker = (build, QueryWorker(build / "graph", self.options.limits))
            return self._worker[1]

    def ask(self, text: str, bindings: dict[str, str]) -> dict:
        """A SELECT query's answer as columns, rows of text and whether the row cap cut it short."""
        answer = self.worker().rows(text, bindings)
        return {"columns": answer.columns, "rows": answer.rows, "truncated": answer.truncated}

    def encode(self, text: str):
        """The sentence embedding of a text (the model loads on first use, a few seconds)."""
        from kg87.similarity.embeddings import encode

        with self._model:
            return encode([text])[0]

    def close(self) -> None:
        with self._lock:
            if self._worker is not None:
                self._worker[1].close()
            self._worker = None
