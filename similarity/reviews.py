"""A reviewer's decisions on duplicate initiatives: stored beside the build, applied on every later run.

A reviewer marks a cluster (each pair of its members) or a pair of statements as duplicates or
not (``kg87 duplicates --review``, ``--accept``, ``--reject``). The decisions are data in
``<output>/reviews/duplicates.json``, a folder no build replaces, with who decided and when and
the texts of both statements, so they survive rebuilds and can be exported as training pairs.
Statement ids are stable (a hash of document, page, actor and text), so a decision finds its
statements again in the next build. The detector applies them before clustering: an accepted
pair scores as one initiative; a rejected pair never shares a cluster. The newest decision on a
pair wins.
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


def decide(statements: list[Statement], duplicate: bool, reviewer: str | None = None) -> list[DuplicateReview]:
    """One decision for every pair of these statements (a cluster's members, or two statements)."""
    reviewer = reviewer or getpass.getuser()
    decided = datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    ordered = sorted(statements, key=lambda s: s.id)
    return [DuplicateReview(a.id, b.id, duplicate, reviewer, decided, a.text, b.text)
            for a, b in combinations(ordered, 2) if a.id != b.id]


def record_reviews(out_dir: Path, new: list[DuplicateReview]) -> list[DuplicateReview]:
    """Add decisions to those stored (a newer decision on a pair replaces the older); return them all."""
    latest = {(r.first, r.second): r for r in load_reviews(out_dir) + list(new)}
    reviews = sorted(latest.values(), key=lambda r: (r.first, r.second))
    write_json_atomic(reviews_path(out_dir), [r.__dict__ for r in reviews])
    return reviews


def apply_reviews(statements: list[Statement], scores: np.ndarray,
                  reviews: list[DuplicateReview]) -> list[DuplicateReview]:
    """Set the scores of reviewed pairs in place; return the decisions that found both statements."""
    row = {s.id: i for i, s in enumerate(statements)}
    rejected = -(2.0 * len(scores) ** 2 + 2.0)  # outweighs any average a cluster could reach
    applied = []
    for review in reviews:
        a, b = row.get(review.first), row.get(review.second)
        if a is None or b is None:
            continue
        scores[a, b] = scores[b, a] = ACCEPTED if review.duplicate else rejected
        applied.append(review)
    return applied


def accepted_pairs(statements: list[Statement], reviews: list[DuplicateReview]) -> list[tuple[int, int]]:
    """Row pairs a reviewer accepted as duplicates, in row order."""
    row = {s.id: i for i, s in enumerate(statements)}
    return sorted((min(row[r.first], row[r.second]), max(row[r.first], row[r.second]))
                  for r in reviews if r.duplicate and r.first in row and r.second in row)


def training_rows(reviews: list[DuplicateReview]) -> list[dict]:
    """The decisions as labelled pairs (label 1: duplicates), for training or auditing a detector."""
    return [{"first_id": r.first, "second_id": r.second, "first_text": r.first_text, "second_text": r.second_text,
             "label": int(r.duplicate), "reviewer": r.reviewer, "decided": r.decided} for r in reviews]
