"""`kg87 train`: learn, from the `dev` answer keys only, which candidates are commitments, proposals, interventions.

Every unit of every `dev` document is a candidate with its features (:mod:`kg87.extract.candidates`);
its labels come from the key: a unit is a commitment (proposal, intervention) when it holds a keyed
text of that table, and a commitment's kind is the keyed one. One logistic regression per table and
one over commitment kinds, and two rankers — of a proposal's proposers (pairwise: the right option over each
other of its candidate) and of a commitment's actors —
(scikit-learn; liblinear and lbfgs are deterministic, so a retrain on the same data gives the same
model) are fitted; the decision threshold of each table is chosen by cross-validation over the
documents, so no document scores itself. The model is written as JSON to
``extract/data/statement-model.json`` (installed as ``kg87.extract.data``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np

from kg87.evaluate.matching import Aliases, normalise
from kg87.evaluate.sets import KeyedDocument

TABLES = ("commitments", "proposals", "interventions")
FOLDS = 5
C = 0.5  # inverse regularisation strength of every regression but those below
# The proposer ranker's, chosen by cross-validation over the dev documents (5 folds by document): the right
# proposer first for 0.787 (at C) -> 0.819 of the keyed proposals that offer one (flat from 0.01 to 0.05).
RANKER_C = 0.05
SMOOTHING = 5  # thresholds (of 0.025 each) averaged when the best threshold is chosen
TOLERANCE = 0.01  # a cross-validated F1 this close to the best is no better
# Feature groups a table's regression does not weigh. Who takes the floor is said by grammar, not by the words of
# the headings above it, which tell one document's sections from another's: without them interventions gain on
# documents left out (unit F1 cross-validated over 59 dev keys 0.728 -> 0.762); proposals and commitments lose.
IGNORED = {"interventions": ("h0=", "h1=", "h_any=")}


@dataclass
class Example:
    document: str
    features: dict[str, float]
    labels: dict[str, int] = field(default_factory=dict)
    kind: str = ""
    proposers: list[tuple[dict[str, float], int]] = field(default_factory=list)  # options of a keyed proposal
    actors: list[tuple[dict[str, float], int]] = field(default_factory=list)  # actor options of a keyed commitment
    text: str = ""


def holds(gold: str, text: str) -> bool:
    """Whether a unit's text holds a keyed text: contains it, or is most of it."""
    g, u = normalise(gold), normalise(text)
    if not g or not u:
        return False
    if g in u or (u in g and len(u) >= 0.6 * len(g)):
        return True
    from rapidfuzz import fuzz

    return fuzz.ratio(g, u) >= 85


def examples_of(document: KeyedDocument, progress: Callable[[str], None] | None = None) -> list[Example]:
    """The labelled candidates of one keyed document."""
    from kg87.extract.candidates import candidates
    from kg87.extract.proposers import options
    from kg87.extract.registry import run_context
    from kg87.read.pdf import read_pdf

    key = json.loads(document.key.read_text(encoding="utf-8"))
    aliases = Aliases(key.get("aliases", {}))
    out = []
    for pdf in document.pdfs:
        if progress:
            progress(pdf.name)
        context = run_context(read_pdf(pdf), slots=("mention", "organisation", "event"))
        rows = {t: [r for r in key.get(t, []) if r.get("document") == pdf.name] for t in TABLES}
        for candidate in candidates(context):
            example = Example(pdf.name, candidate.features, text=candidate.unit.text)
            for table in TABLES:
                hit = next((r for r in rows[table] if holds(r["text"], candidate.unit.text)), None)
                example.labels[table] = int(hit is not None)
                if hit is not None and table == "commitments":
                    example.kind = hit.get("kind") or "other"
                    example.actors = _actor_labels(candidate, rows[table], aliases)
                if hit is not None and table == "proposals":
                    example.proposers = [(o.features, int(aliases.label_match(hit["proposer_label"], o.label)))
                                         for o in options(context, candidate)]
            out.append(example)
    return out


def _actor_labels(candidate, rows: list[dict], aliases: Aliases) -> list[tuple[dict[str, float], int]]:
    """Each actor option of a keyed commitment, labelled 1 when a keyed row of its text has that actor."""
    from kg87.evaluate.matching import same_actor

    keyed = [r for r in rows if holds(r["text"], candidate.unit.text)]
    return [(o.features, int(any(same_actor(r, {"actor_type": o.actor.type, "actor_id": o.actor.id,
                                                "actor_label": o.actor.label}, aliases) for r in keyed)))
            for o in candidate.actor_options]


def fit(examples: list[Example]) -> dict:
    """The model: a vocabulary, one regression and threshold per table, and the kind regression."""
    from sklearn.feature_extraction import DictVectorizer

    examples = sorted(examples, key=lambda e: (e.document, sorted(e.features)))  # the same data, the same order
    vectorizer = DictVectorizer(sort=True)
    x = vectorizer.fit_transform([e.features for e in examples]).tocsr()
    x.indices, x.indptr = x.indices.astype(np.int32), x.indptr.astype(np.int32)  # liblinear wants 32-bit indices
    groups = np.array([e.document for e in examples])
    model = {"features": list(vectorizer.feature_names_), "tables": {}, "cross_validated": {}}
    for table in TABLES:
        y = np.array([e.labels[table] for e in examples])
        weighed = _without(x, model["features"], IGNORED.get(table, ()))
        threshold, scores = _threshold(weighed, y, groups)
        model["tables"][table] = {**_regression(weighed, y), "threshold": threshold}
        model["cross_validated"][table] = {k: float(v) for k, v in scores.items()}
    kinds = [i for i, e in enumerate(examples) if e.labels["commitments"]]
    model["kinds"] = _kind_regression(x[kinds], [examples[i].kind for i in kinds])
    model["proposers"] = _pairwise_ranker([e.proposers for e in examples if e.proposers])
    model["actors"] = _ranker([o for e in examples for o in e.actors])
    return model


def _without(x, names: list[str], prefixes: tuple[str, ...]):
    """The feature matrix with the columns of the named groups emptied (their coefficients come out zero)."""
    if not prefixes:
        return x
    from scipy.sparse import diags

    kept = diags(np.array([not name.startswith(prefixes) for name in names], dtype=float))
    out = (x @ kept).tocsr()
    out.eliminate_zeros()
    out.indices, out.indptr = out.indices.astype(np.int32), out.indptr.astype(np.int32)
    return out


def _ranker(options: list[tuple[dict[str, float], int]]) -> dict:
    """A regression telling the right options (a proposer, an actor) from the others (no data: all zero)."""
    from sklearn.feature_extraction import DictVectorizer

    labels = np.array([label for _, label in options])
    if not options or labels.min() == labels.max():
        return {"features": [], "coef": [], "intercept": 0.0}
    vectorizer = DictVectorizer(sort=True)
    x = vectorizer.fit_transform([features for features, _ in options]).tocsr()
    x.indices, x.indptr = x.indices.astype(np.int32), x.indptr.astype(np.int32)
    return {"features": list(vectorizer.feature_names_), **_regression(x, labels)}


def _pairwise_ranker(choices: list[list[tuple[dict[str, float], int]]]) -> dict:
    """A linear score under which each candidate's right option outranks its others: a regression on the
    differences of a right and a wrong option's features (both ways round), as the option chosen is the
    best-scoring of its candidate's, not any over a fixed line (no data: all zero)."""
    from scipy.sparse import vstack
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer(sort=True).fit([features for options in choices for features, _ in options])
    differences = []
    for options in choices:
        x = vectorizer.transform([features for features, _ in options]).tocsr()
        labels = np.array([label for _, label in options])
        differences += [x[right] - x[wrong] for right in np.flatnonzero(labels == 1)
                        for wrong in np.flatnonzero(labels == 0)]
    if not differences:
        return {"features": [], "coef": [], "intercept": 0.0}
    x = vstack(differences + [-d for d in differences]).tocsr()
    x.indices, x.indptr = x.indices.astype(np.int32), x.indptr.astype(np.int32)
    y = np.r_[np.ones(len(differences)), np.zeros(len(differences))]
    fitted = LogisticRegression(C=RANKER_C, solver="liblinear", fit_intercept=False, random_state=0).fit(x, y)
    return {"features": list(vectorizer.feature_names_), "coef": [round(float(v), 6) for v in fitted.coef_[0]],
            "intercept": 0.0}


def _regression(x, y) -> dict:
    from sklearn.linear_model import LogisticRegression

    fitted = LogisticRegression(C=C, solver="liblinear", class_weight="balanced").fit(x, y)
    return {"coef": [round(float(v), 6) for v in fitted.coef_[0]], "intercept": round(float(fitted.intercept_[0]), 6)}


def _kind_regression(x, kinds: list[str]) -> dict:
    from sklearn.linear_model import LogisticRegression

    # each kind weighs the same: a ratification or a pathfinder's interest is rarer than a pledge, not less a kind
    fitted = LogisticRegression(C=C, solver="lbfgs", max_iter=2000, class_weight="balanced").fit(x, kinds)
    coef = fitted.coef_ if len(fitted.classes_) > 2 else np.vstack([-fitted.coef_[0], fitted.coef_[0]])
    intercept = fitted.intercept_ if len(fitted.classes_) > 2 else [-fitted.intercept_[0], fitted.intercept_[0]]
    return {"classes": [str(c) for c in fitted.classes_], "coef": [[round(float(v), 6) for v in row] for row in coef],
            "intercept": [round(float(v), 6) for v in intercept]}


def _threshold(x, y, groups) -> tuple[float, dict]:
    """The probability threshold with the best F1 over out-of-fold predictions, and those scores."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    scores = np.zeros(len(y))
    for train, held in GroupKFold(n_splits=FOLDS).split(x, y, groups):
        fitted = LogisticRegression(C=C, solver="liblinear", class_weight="balanced").fit(x[train], y[train])
        scores[held] = fitted.predict_proba(x[held])[:, 1]
    grid = np.arange(0.3, 0.95, 0.025)
    rows = []
    for threshold in grid:
        chosen = scores >= threshold
        tp = float((chosen & (y == 1)).sum())
        p, r = tp / max(chosen.sum(), 1), tp / max((y == 1).sum(), 1)
        rows.append((2 * p * r / (p + r) if p + r else 0.0, p, r))
    # the F1 curve is flat and noisy near its top: of the thresholds whose moving average is within
    # TOLERANCE of the best, the one nearest the balanced model's own point (0.5) is the steadiest choice
    f1s = np.array([row[0] for row in rows])
    smoothed = np.convolve(np.pad(f1s, SMOOTHING // 2, mode="edge"), np.ones(SMOOTHING) / SMOOTHING, mode="valid")
    near_best = np.flatnonzero(smoothed >= smoothed.max() - TOLERANCE)
    best = int(near_best[np.argmin(np.abs(grid[near_best] - 0.5))])
    f1, p, r = rows[best]
    return round(float(grid[best]), 3), {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f1, 3)}


def write_model(model: dict, path: Path) -> None:
    path.write_text(json.dumps(model, indent=0, sort_keys=True) + "\n", encoding="utf-8")


def train(documents: list[KeyedDocument], progress: Callable[[str], None] | None = None) -> dict:
    """The model learned from the keyed documents (the `dev` split)."""
    examples = [e for document in documents for e in examples_of(document, progress)]
    return fit(examples)
