"""Dev figures that mean what test figures mean: each dev key scored by a model trained without it.

The learned decisions (:mod:`kg87.extract.learned`) are fitted on the `dev` keys, so scoring `dev`
with the shipped model measures what the model remembers of them, not how it reads a document it
has not seen. ``kg87 eval --split dev --folds K`` deals the keys into K folds (every K-th key of
the split's order to one fold), trains the statement and duplicate models on the other folds' keys
exactly as ``kg87 train`` does, and builds and scores the fold's keys with them (the duplicate
detector also on the fold's keyed initiatives). Each fold's builds go to a folder named by its
model's digest, so a rerun with the same keys and code reuses them and a changed model never does.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Callable

from .initiatives import keyed_sets, pairwise
from .matching import prf
from .sets import Builder, KeyedDocument, aggregate, evaluate_set


def folds(documents: list[KeyedDocument], count: int) -> list[list[KeyedDocument]]:
    """The documents dealt into ``count`` folds, every document in exactly one (none empty)."""
    if not 2 <= count <= len(documents):
        raise ValueError(f"cross-validation needs from 2 to {len(documents)} folds (one key each at most), not {count}")
    return [documents[k::count] for k in range(count)]


def cross_validated_set(documents: list[KeyedDocument], out_dir: Path, build: Builder, count: int,
                        on_document: Callable[[KeyedDocument], None] | None = None) -> dict:
    """The set's report, each fold's keys built and scored with a model trained on the other folds' keys.

    ``on_document`` is told of each document as it is read for training, then as it is built."""
    from kg87.calibrate import calibrate_sets
    from kg87.extract.learned import model_in_use, model_of
    from kg87.similarity.calibration import model_in_use as duplicates_in_use
    from kg87.train import examples_of, fit

    examples = {}
    for document in documents:
        if on_document:
            on_document(document)
        examples[document.name] = examples_of(document)
    initiatives = {s.name: s for s in keyed_sets([d.key for d in documents], Path(out_dir) / "initiatives-cache")}
    reports, failures, pairs = {}, {}, {"correct_pairs": 0, "output_pairs": 0, "gold_pairs": 0}
    for number, held in enumerate(folds(documents, count), start=1):
        trained = fit([e for d in documents if d not in held for e in examples[d.name]])
        duplicates, _ = calibrate_sets([s for name, s in initiatives.items() if name not in {d.name for d in held}])
        digest = hashlib.sha256(json.dumps([trained, repr(duplicates)], sort_keys=True).encode()).hexdigest()[:12]
        with model_in_use(model_of(trained)), duplicates_in_use(duplicates):
            result = evaluate_set(held, Path(out_dir) / f"fold-{number}-{digest}", build, on_document,
                                  with_initiatives=False)
            found = pairwise([initiatives[d.name] for d in held if d.name in initiatives], model=duplicates)
        pairs = {name: pairs[name] + found[name] for name in pairs}
        reports.update(result["documents"])
        failures.update(result["failures"])
    return {**aggregate([reports[d.name] for d in documents]), "documents": reports, "failures": failures,
            "initiatives": {**pairs, **prf(pairs["correct_pairs"], pairs["output_pairs"], pairs["correct_pairs"],
                                           pairs["gold_pairs"])},
            "keyed": {d.name: {"split": d.split, "style": d.style, "language": d.language} for d in documents},
            "folds": count}
