"""`kg87 train`, duplicates: how likely a pair of initiatives is to be keyed as duplicates, from the dev keys.

Each `dev` key's commitments and proposals, as keyed, are embedded and parsed the way a build does
(:mod:`kg87.similarity.duplicates`); every pair of two different initiatives of one key is an example,
positive when the key clusters it. A logistic regression over the pair's features
(:data:`kg87.similarity.calibration.FEATURES`) is fitted with each document weighing the same, so that
a long key does not set the model alone. The default threshold is the least probability whose clusters
reach the best pairwise F1 with each document scored by a model fitted on the others (leave one document
out: the threshold is chosen on probabilities the model did not learn from), averaged over the
thresholds around it; of equal ones, the highest (a secretariat acts on what it is shown). lbfgs is
deterministic: the same keys give the same model.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np

from kg87.evaluate.initiatives import KeyedSet, keyed_sets, pair_counts
from kg87.evaluate.matching import prf
from kg87.evaluate.sets import KeyedDocument
from kg87.similarity.calibration import FEATURES, LEXICAL, SEMANTIC, PairModel

C = 1.0  # inverse regularisation strength
GRID = np.round(np.arange(0.02, 0.901, 0.01), 3)  # candidate default thresholds
SMOOTHING = 5  # thresholds (0.05 wide) whose F1 is averaged: the curve is noisy near its top
UNFITTED = PairModel((0.0,) * len(FEATURES), 0.0, 0.5)  # features do not depend on the weights


def _examples(keyed: KeyedSet) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The features (unimputed), labels and language crossings of every pair of two different initiatives of a
    key."""
    from kg87.similarity.duplicates import initiatives, score_model

    rows = initiatives(keyed.embeddings)
    score = score_model(keyed.embeddings, rows, model=UNFITTED)
    first, second = np.triu_indices(len(rows), k=1)
    different = score.initiative[first] != score.initiative[second]
    first, second = first[different], second[different]
    statements = [keyed.embeddings.statements[r] for r in rows]
    labels = np.array([frozenset((statements[a].id, statements[b].id)) in keyed.gold
                       for a, b in zip(first.tolist(), second.tolist())], dtype=np.int64)
    return score.features(first, second), labels, score.crossing(first, second)


def _fit(examples: list[tuple[str, np.ndarray, np.ndarray, np.ndarray]], threshold: float = 0.5) -> PairModel:
    """A model fitted on (document, features, labels, crossings) examples, each document weighing the same; the
    word features of pairs of two languages imputed from the pairs of one language."""
    from sklearn.linear_model import LinearRegression, LogisticRegression

    if not any(len(labels) for _, _, labels, _ in examples):
        raise ValueError("the keys give no pair of two initiatives: a duplicate model needs some")
    x = np.vstack([features for _, features, _, _ in examples])
    y = np.concatenate([labels for _, _, labels, _ in examples])
    crossing = np.concatenate([crossings for _, _, _, crossings in examples])
    weights = np.concatenate([np.full(len(labels), 1.0 / max(len(labels), 1)) for _, _, labels, _ in examples])
    weights *= len(weights) / weights.sum()
    if len(set(y.tolist())) < 2:
        raise ValueError("the keys give no duplicate pair, or no other pair: a duplicate model needs both")
    semantic, lexical = ([FEATURES.index(n) for n in names] for names in (SEMANTIC, LEXICAL))
    mapped = LinearRegression().fit(x[~crossing][:, semantic], x[~crossing][:, lexical])
    imputation = tuple(tuple(round(float(v), 4) for v in (*row, intercept))
                       for row, intercept in zip(mapped.coef_, mapped.intercept_))
    x = x.copy()
    x[crossing] = replace(UNFITTED, imputation=imputation).impute(x[crossing])
    fitted = LogisticRegression(C=C, solver="lbfgs", max_iter=1000).fit(x, y, sample_weight=weights)
    return PairModel(tuple(round(float(w), 4) for w in fitted.coef_[0]), round(float(fitted.intercept_[0]), 4),
                     threshold, imputation)


def _held_out_counts(sets: list[KeyedSet], examples: list) -> np.ndarray:
    """Pairwise counts (correct, output, gold) at each threshold of :data:`GRID`, each key clustered by a model
    fitted on the other keys."""
    from kg87.similarity.duplicates import find_duplicates, score_initiatives

    counts = np.zeros((len(GRID), 3))
    for n, keyed in enumerate(sets):
        model = _fit([e for m, e in enumerate(examples) if m != n])
        scored = score_initiatives(keyed.embeddings, model=model)
        for t, threshold in enumerate(GRID):
            counts[t] += pair_counts(find_duplicates(scored, model=replace(model, threshold=float(threshold))),
                                     keyed.gold)
    return counts


def calibrate(documents: list[KeyedDocument], cache_dir: Path) -> dict:
    """The duplicate model and the cross-validated pairwise scores of its default threshold on the documents."""
    model, scores = calibrate_sets(keyed_sets([d.key for d in documents], cache_dir))
    return {"pair_model": model.to_dict(), "dev_pairwise_cross_validated": scores}


def calibrate_sets(sets: list[KeyedSet]) -> tuple[PairModel, dict]:
    """The duplicate model of these keys' initiatives, and the pairwise scores of its default threshold with each
    key scored by a model fitted on the others."""
    examples = [(keyed.name, *_examples(keyed)) for keyed in sets]
    scores = [prf(correct, output, correct, gold) for correct, output, gold in _held_out_counts(sets, examples)]
    f1 = np.array([s["f1"] for s in scores])
    smoothed = np.convolve(np.pad(f1, SMOOTHING // 2, mode="edge"), np.ones(SMOOTHING) / SMOOTHING, mode="valid")
    best = max(i for i in range(len(GRID)) if smoothed[i] == smoothed.max())
    return _fit(examples, float(GRID[best])), {k: round(float(v), 3) for k, v in scores[best].items()}
