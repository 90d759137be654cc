"""One published build as the web app reads it: records, build facts, embeddings and duplicate clusters.

A :class:`Corpus` is loaded once per build (records.json checked against the manifest) and replaced when
``output/current`` names another build. The duplicate clusters are those of the build, or recomputed with
the settings the build used when the reviewer's decisions (``output/reviews/duplicates.json``) differ from
those the build applied, as `kg87 duplicates` does.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from kg87.model.builds import current_build, load_json
from kg87.model.records import DuplicateCluster, Records, Statement
from kg87.model.vocabularies import load_themes
from kg87.similarity.embeddings import Embeddings, read_embeddings


@dataclass
class Corpus:
    """What one build holds, indexed for the pages."""

    out_dir: Path
    build: Path
    records: Records
    info: dict  # build.json: sources, failures, warnings, timings
    _clusters: tuple = field(default=(), repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @cached_property
    def statements(self) -> dict[str, Statement]:
        return self.records.statement_index()

    @cached_property
    def countries(self) -> dict:
        return {c.iso3: c for c in self.records.countries}

    @cached_property
    def documents(self) -> dict:
        return {d.name: d for d in self.records.documents}

    @cached_property
    def actors(self) -> dict[str, object]:
        """Every actor that is not a country, by id: the organisations read, then the groups and roles that speak."""
        found = {o.id: o for o in self.records.organisations}
        for s in self.records.statements:
            if s.actor.type != "country":
                found.setdefault(s.actor.id, s.actor)
        return found

    @cached_property
    def themes(self) -> dict[str, str]:
        """Theme labels by slug, in the scheme's order."""
        return {t.slug: t.label for t in load_themes()}

    @cached_property
    def event_countries(self) -> list[set[str]]:
        """The ISO3 codes of the countries each event's name or sentence names, row-aligned with the events."""
        from kg87.model.gazetteer import load_gazetteer

        gazetteer = load_gazetteer()
        return [{c.iso3 for c in gazetteer.countries_in(f"{e.label}. {e.provenance.quote}")}
                for e in self.records.events]

    @cached_property
    def embeddings(self) -> Embeddings:
        return read_embeddings(self.out_dir)

    def clusters(self) -> list[DuplicateCluster]:
        """The duplicate clusters with every stored review decision applied."""
        from kg87.similarity.reviews import applicable, load_reviews, reviews_path

        path = reviews_path(self.out_dir)
        stamp = (path.stat().st_mtime_ns, path.stat().st_size) if path.is_file() else None
        with self._lock:
            if self._clusters and self._clusters[0] == stamp:
                return self._clusters[1]
            reviews = applicable(self.records.statements, load_reviews(self.out_dir))
            clusters = self.records.duplicates
            if sorted(reviews, key=repr) != sorted(self.records.reviews, key=repr):
                clusters = self._recluster(reviews)
            self._clusters = (stamp, clusters)
            return clusters

    def _recluster(self, reviews) -> list[DuplicateCluster]:
        from kg87.settings import duplicate_settings
        from kg87.similarity.duplicates import find_duplicates, score_initiatives

        settings = duplicate_settings(self.info.get("duplicates", {}))
        return find_duplicates(score_initiatives(self.embeddings, settings, reviews), settings)


class Corpora:
    """The corpus of the current build under an output folder, reloaded when another build is published."""

    def __init__(self, out_dir: Path):
        self.out_dir = Path(out_dir)
        self._corpus: Corpus | None = None
        self._lock = threading.Lock()

    def current(self) -> Corpus:
        build = current_build(self.out_dir)
        with self._lock:
            if self._corpus is None or self._corpus.build != build:
                self._corpus = Corpus(self.out_dir, build, Records.from_dict(load_json(build, "records.json")),
                                      load_json(build, "build.json"))
            return self._corpus

