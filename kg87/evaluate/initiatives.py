"""Duplicate detection on the keyed initiatives themselves, extraction aside.

The commitments and proposals of an answer key, as keyed, are clustered by the duplicate
detector the build uses, one key at a time (its clusters are within one document), and scored
pairwise against the key's clusters. The held-out initiatives of ``tests/data/heldout`` are
scored the same way, so the detector is measured on wording it was not tuned on even where
extraction misses a statement.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING

from kg87.model.gazetteer import slugify
from kg87.model.records import Actor, Provenance, Statement

from .matching import normalise, prf

if TYPE_CHECKING:
    from kg87.similarity.embeddings import Embeddings


def keyed_initiatives(key: dict, name: str) -> list[Statement]:
    """The key's commitments and proposals as statements (ids ``NAME:c3``, ``NAME:p0``)."""
    out = []
    for i, row in enumerate(key.get("commitments", [])):
        actor = Actor(row.get("actor_type") or "country", str(row.get("actor_id")), str(row.get("actor_label")))
        out.append(Statement(f"{name}:c{i}", "commitment", actor, row["text"], list(row.get("themes") or []),
                             Provenance(str(row.get("document")), int(row.get("page") or 1), row["text"]),
                             {"kind": row.get("kind") or "other"}))
    for i, row in enumerate(key.get("proposals", [])):
        label = str(row.get("proposer_label"))
        out.append(Statement(f"{name}:p{i}", "proposal", Actor("group", slugify(label), label), row["text"],
                             list(row.get("themes") or []),
                             Provenance(str(row.get("document")), int(row.get("page") or 1), row["text"])))
    return out


def gold_pairs(key: dict, statements: list[Statement]) -> set[frozenset]:
    """Pairs of statement ids that the key clusters together (members matched by their exact text)."""
    by_text: dict[str, set[str]] = {}
    for s in statements:
        by_text.setdefault(normalise(s.text), set()).add(s.id)
    pairs = set()
    for cluster in key.get("duplicate_clusters", []):
        ids = sorted({i for m in cluster["members"] for i in by_text.get(normalise(m["text"]), ())})
        pairs.update(frozenset(p) for p in combinations(ids, 2))
    return pairs


@dataclass
class KeyedSet:
    """One key's initiatives, embedded and parsed as a build does, and the pairs the key clusters."""

    name: str
    embeddings: Embeddings
    gold: set[frozenset]


def keyed_sets(keys: list[Path], cache_dir: Path) -> list[KeyedSet]:
    """Each answer key's commitments and proposals, as keyed, embedded and scored (keys with one or none left out)."""
    out = []
    for path in keys:
        key = json.loads(Path(path).read_text(encoding="utf-8"))
        statements = keyed_initiatives(key, Path(path).stem)
        if len(statements) > 1:
            out.append(_keyed_set(Path(path).stem, statements, cache_dir, gold_pairs(key, statements)))
    return out


def held_out_set(path: Path, cache_dir: Path) -> KeyedSet:
    """The held-out initiatives (``tests/data/heldout/initiatives.json``: statements and clusters of their ids)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    statements = [Statement(s["id"], s["table"], Actor(s["actor_type"], s["actor_label"], s["actor_label"]),
                            s["text"], [], Provenance(s["document"], s["page"], s["text"]), {"kind": "priority"})
                  for s in data["statements"]]
    gold = {frozenset(p) for c in data["duplicate_clusters"] for p in combinations(sorted(c["members"]), 2)}
    return _keyed_set("held-out", statements, cache_dir, gold)


def _keyed_set(name: str, statements: list[Statement], cache_dir: Path, gold: set[frozenset]) -> KeyedSet:
    from kg87.similarity.embeddings import embed_statements

    return KeyedSet(name, embed_statements(statements, cache_dir), gold)


def pairwise(sets: list[KeyedSet], settings=None, model=None) -> dict:
    """Pairwise counts, precision, recall and F1 of the detector's clusters against the keys', summed over the sets
    (``model``: the duplicate model, else the one in use)."""
    from kg87.similarity.duplicates import DEFAULT_SETTINGS, find_duplicates, score_initiatives

    settings = settings or DEFAULT_SETTINGS
    counts = [pair_counts(find_duplicates(score_initiatives(keyed.embeddings, settings, model=model), settings, model),
                          keyed.gold) for keyed in sets]
    correct, n_out, n_gold = (sum(c[i] for c in counts) for i in range(3))
    # both sides are pairs of the same statement ids, so the pairs found are the pairs right
    return {"gold_pairs": n_gold, "output_pairs": n_out, "correct_pairs": correct, **prf(correct, n_out, correct, n_gold)}


def pair_counts(clusters: list, gold: set[frozenset]) -> tuple[int, int, int]:
    """The pairs of these clusters that a key clusters, the pairs of the clusters, the pairs of the key."""
    output = {frozenset(p) for c in clusters for p in combinations(sorted(m.statement_id for m in c.members), 2)}
    return len(output & gold), len(output), len(gold)


def score_keys(keys: list[Path], cache_dir: Path) -> dict:
    """Pairwise precision, recall and F1 of the detector on each key's initiatives, summed over the keys."""
    return pairwise(keyed_sets(keys, cache_dir))
