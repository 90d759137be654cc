"""A reviewer's decisions on duplicate initiatives: stored beside the build, applied on every later run.

A reviewer marks a cluster (each pair of its members) or a pair of statements as duplicates or
not (``kg87 duplicates --review``, ``--accept``, ``--reject``). The decisions are data in
``<output>/reviews/duplicates.json``, a folder no build replaces, with who decided and when and
the texts of both statements, so they survive rebuilds and can be exported as training pairs.
Statement ids are stable (a hash of document, page, actor and text), so a decision finds its
statements again in the next build; a decision naming a statement a build does not have waits.
The detector applies them to its clustering: an accepted pair ends in one cluster at any
threshold; a rejected pair never shares one. The newest decision on a pair wins.
"""

from __future__ import annotations

import getpass
import json
from datetime import datetime, timezone
from itertools import combinations
from pathlib import Path

import numpy as np

from kg87.model.errors import OutdatedOutput
from kg87.model.files import write_json_atomic
from kg87.extract.text import redact_personal
from kg87.model.records import DuplicateReview, Statement

REVIEWS_FILE = Path("reviews") / "duplicates.json"
ACCEPTED = 1.0  # the score of an accepted pair: that of one initiative


def reviews_path(out_dir: Path) -> Path:
    return Path(out_dir) / REVIEWS_FILE


def load_reviews(out_dir: Path) -> list[DuplicateReview]:
    """The decisions stored under ``out_dir`` ([] when none); OutdatedOutput when the file is damaged."""
    path = reviews_path(out_dir)
    if not path.is_file():
        return []
    try:
        return [DuplicateReview(**row) for row in json.loads(path.read_text(encoding="utf-8"))]
    except (ValueError, TypeError) as exc:
        raise OutdatedOutput(f"the review decisions in {path} cannot be read ({type(exc).__name__}: {exc}); "
                             f"mend or move the file") from None


def decide(statements: list[Statement], duplicate: bool, reviewer: str | None = None,
           member: Statement | None = None) -> list[DuplicateReview]:
    """One decision for every pair of these statements (a cluster's members), or, given a ``member``, for every
    pair of it and another (one member is, or is not, a duplicate of the rest). An e-mail address or phone
    number in the reviewer's name is never stored."""
    reviewer = redact_personal(reviewer or getpass.getuser())
    decided = datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    pairs = combinations(statements, 2) if member is None else ((member, s) for s in statements if s.id != member.id)
    return [DuplicateReview(a.id, b.id, duplicate, reviewer, decided, a.text, b.text)
            for a, b in (sorted(pair, key=lambda s: s.id) for pair in pairs)]


def record_reviews(out_dir: Path, new: list[DuplicateReview]) -> list[DuplicateReview]:
    """Add decisions to those stored (a newer decision on a pair replaces the older); return them all."""
    latest = {(r.first, r.second): r for r in load_reviews(out_dir) + list(new)}
    reviews = sorted(latest.values(), key=lambda r: (r.first, r.second))
    write_json_atomic(reviews_path(out_dir), [r.__dict__ for r in reviews])
    return reviews


def applicable(statements: list[Statement], reviews: list[DuplicateReview]) -> list[DuplicateReview]:
    """The decisions that name two of these statements (others wait for a build that has them)."""
    ids = {s.id for s in statements}
    return [r for r in reviews if r.first in ids and r.second in ids]


def apply_reviews(statements: list[Statement], scores: np.ndarray,
                  reviews: list[DuplicateReview]) -> np.ndarray:
    """The scores with reviewed pairs set: accepted as one initiative, rejected below any cluster's average."""
    row = {s.id: i for i, s in enumerate(statements)}
    rejected = -(2.0 * len(scores) ** 2 + 2.0)  # outweighs any average a cluster could reach
    for review in applicable(statements, reviews):
        a, b = row[review.first], row[review.second]
        scores[a, b] = scores[b, a] = ACCEPTED if review.duplicate else rejected
    return scores


def accepted_groups(statements: list[Statement], reviews: list[DuplicateReview]) -> list[list[int]]:
    """Rows joined by accepted pairs, each group in row order (a group of one left out)."""
    row = {s.id: i for i, s in enumerate(statements)}
    parent = list(range(len(statements)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for review in applicable(statements, reviews):
        if review.duplicate:
            a, b = sorted((root(row[review.first]), root(row[review.second])))
            parent[b] = a
    groups: dict[int, list[int]] = {}
    for i in range(len(statements)):
        groups.setdefault(root(i), []).append(i)
    return [g for g in groups.values() if len(g) > 1]


def must_link(clusters: list[list[int]], accepted: list[list[int]]) -> list[list[int]]:
    """Clusters of rows merged wherever an accepted group spans them, so accepted pairs stay together at any
    threshold."""
    merged = [set(c) for c in clusters]
    for group in accepted:
        touched = [c for c in merged if c & set(group)]
        if len(touched) > 1:
            merged = [c for c in merged if c not in touched] + [set().union(*touched)]
    return [sorted(c) for c in merged]


def training_rows(reviews: list[DuplicateReview]) -> list[dict]:
    """The decisions as labelled pairs (label 1: duplicates), for training or auditing a detector."""
    return [{"first_id": r.first, "second_id": r.second, "first_text": r.first_text, "second_text": r.second_text,
             "label": int(r.duplicate), "reviewer": r.reviewer, "decided": r.decided} for r in reviews]
