"""`kg87 train`, duplicates: how likely a pair of initiatives is to be keyed as duplicates, from the dev keys.

Each `dev` key's commitments and proposals, as keyed, are embedded and scored pairwise the way a
build scores its initiatives (:mod:`kg87.similarity.duplicates`); a pair of one action type is a
positive example when the key clusters it. One logistic curve is fitted for specific and one for
generic action types, each document weighing the same so that a long key does not set the
curve alone. The default threshold is the least probability whose clusters reach the best
pairwise F1 over the same documents, averaged over the thresholds around it (the curve is steep
and noisy near its top; of equal ones, the highest: a secretariat acts on what it is shown).
lbfgs is deterministic: the same keys give the same model.
"""

from __future__ import annotations

from collections import Counter
from itertools import combinations
from pathlib import Path

import numpy as np

from kg87.evaluate.initiatives import KeyedSet, keyed_sets, pairwise
from kg87.evaluate.sets import KeyedDocument
from kg87.similarity.calibration import Calibration, Curve

C = 100.0  # inverse regularisation strength of each curve: one feature, little to regularise
GRID = np.round(np.arange(0.05, 0.951, 0.005), 3)  # candidate default thresholds
SMOOTHING = 11  # thresholds (0.05 wide) whose F1 is averaged: the curve is steep and noisy near its top


def _curve(examples: list[tuple[str, float, int]]) -> Curve:
    """A logistic curve over (document, score, label) examples, each document weighing the same."""
    from sklearn.linear_model import LogisticRegression

    per_document = Counter(name for name, _, _ in examples)
    weights = np.array([1.0 / per_document[name] for name, _, _ in examples])
    weights *= len(weights) / weights.sum()
    x = np.array([[score] for _, score, _ in examples])
    y = np.array([label for _, _, label in examples])
    if len(set(y)) < 2:
        raise ValueError("the keys give no duplicate pair, or no other pair, of one kind of action type: "
                         "a duplicate model needs both")
    fitted = LogisticRegression(C=C, solver="lbfgs").fit(x, y, sample_weight=weights)
    return Curve(round(float(fitted.coef_[0][0]), 4), round(float(fitted.intercept_[0]), 4))


def _curves(sets: list[KeyedSet]) -> tuple[Curve, Curve]:
    from kg87.similarity.duplicates import is_generic

    groups: dict[bool, list] = {False: [], True: []}
    for keyed in sets:
        s = keyed.scored
        for i, j in combinations(range(len(s.statements)), 2):
            if s.actions[i] == s.actions[j]:
                label = int(frozenset((s.statements[i].id, s.statements[j].id)) in keyed.gold)
                groups[is_generic(s.actions[i])].append((keyed.name, float(s.scores[i, j]), label))
    return _curve(groups[False]), _curve(groups[True])


def calibrate(documents: list[KeyedDocument], cache_dir: Path) -> dict:
    """The calibration and the pairwise scores of its default threshold on the documents."""
    sets = keyed_sets([d.key for d in documents], cache_dir)
    specific, generic = _curves(sets)
    scores = [pairwise(sets, calibration=Calibration(specific, generic, float(t))) for t in GRID]
    f1 = np.array([s["f1"] for s in scores])
    smoothed = np.convolve(np.pad(f1, SMOOTHING // 2, mode="edge"), np.ones(SMOOTHING) / SMOOTHING, mode="valid")
    best = max(i for i in range(len(GRID)) if smoothed[i] == smoothed.max())
    calibration = Calibration(specific, generic, float(GRID[best]))
    return {"calibration": calibration.to_dict(),
            "dev_pairwise": {k: round(float(scores[best][k]), 3) for k in ("precision", "recall", "f1")}}
