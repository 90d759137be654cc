"""The duplicate model: how likely a pair of initiatives is one a reader keys as duplicates.

A pair is described by features of its parts (:data:`FEATURES`, computed by
:mod:`kg87.similarity.pairs`): how alike the two actions are (their action words embedded, their
lemmas shared, one action verb), how alike the whole statements are, whether they share an action
type (their primary one, and how much each is of every type), and who makes them (one actor, a
country's initiative beside an international one). A logistic regression over these features gives
the probability. ``kg87 train`` fits it on the pairs of the ``dev`` keys' initiatives, each document
weighing the same, and chooses the default threshold, the least probability at which a cluster holds,
by cross-validated pairwise F1 over the same documents (:mod:`kg87.calibrate`). Two statements in
different languages share no words, which says nothing of their action: their word features are taken
as what their other features predict (a linear map learned on the pairs of one language). The result
is written to ``similarity/data/duplicate-model.json`` (installed as ``kg87.similarity.data``).

Average linkage keeps a cluster whose members' mean probability reaches the threshold, so the threshold
a user sets is on the scale of the probabilities the report prints.
"""

from __future__ import annotations

import json
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

MODEL_FILE = "duplicate-model.json"

FEATURES = (
    "action",  # cosine of the embeddings of the two statements' action words
    "action_words",  # share of their action lemmas in common, weighted by rarity in the collection
    "same_verb",  # one action verb
    "sentence",  # cosine of the whole statements' embeddings
    "context",  # ... after the collection's mean and common directions are removed
    "words",  # share of the statements' words in common, weighted by rarity
    "action_types",  # cosine of how much each is of each action type (keywords and definitions; centred)
    "same_action_type",  # one primary action type (surveys, inspection, legal reform, training, ...)
    "same_specific_type",  # ... and a specific one, not a generic one such as training or coordination
    "different_scale",  # a country's initiative beside an international one
    "same_actor",
    "same_table",  # two commitments, or two proposals
)
LEXICAL = ("action_words", "same_verb", "words")  # features that compare words: unknown across languages
SEMANTIC = ("action", "sentence", "context", "action_types", "same_action_type", "same_specific_type")


@dataclass(frozen=True)
class PairModel:
    """A logistic regression over a pair's :data:`FEATURES`, and the default least probability in a cluster."""

    weights: tuple[float, ...]  # one per feature, in :data:`FEATURES` order
    intercept: float
    threshold: float
    imputation: tuple[tuple[float, ...], ...] = ()  # per LEXICAL feature: its SEMANTIC coefficients, then intercept

    def __post_init__(self) -> None:
        if len(self.weights) != len(FEATURES) or not 0 < self.threshold < 1:
            raise ValueError(f"a duplicate model needs {len(FEATURES)} weights and a threshold between 0 and 1")
        if self.imputation and (len(self.imputation) != len(LEXICAL)
                                or any(len(row) != len(SEMANTIC) + 1 for row in self.imputation)):
            raise ValueError(f"a duplicate model's imputation maps {len(SEMANTIC)} features to {len(LEXICAL)}")

    def impute(self, features: np.ndarray) -> np.ndarray:
        """Features with the LEXICAL columns replaced by what the SEMANTIC ones predict, between 0 and 1: two
        statements in different languages share no words, which says nothing of their action."""
        if not self.imputation or not len(features):
            return features
        rows = np.array(self.imputation)
        semantic = features[:, [FEATURES.index(n) for n in SEMANTIC]].astype(np.float64)
        out = features.copy()
        out[:, [FEATURES.index(n) for n in LEXICAL]] = np.clip(semantic @ rows[:, :-1].T + rows[:, -1], 0, 1)
        return out

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        """The probability of each row of pair features (pairs x :data:`FEATURES`), float32."""
        logits = features.astype(np.float64) @ np.array(self.weights) + self.intercept
        return (0.5 * (1.0 + np.tanh(logits / 2))).astype(np.float32)  # the logistic, never overflowing

    def least(self, threshold: float | None) -> float:
        """The least probability within a cluster: the one a setting gives, else the learned default."""
        return threshold or self.threshold

    def to_dict(self) -> dict:
        return {"features": list(FEATURES), "weights": dict(zip(FEATURES, self.weights)),
                "intercept": self.intercept, "threshold": self.threshold,
                "imputation": {name: dict(zip((*SEMANTIC, "intercept"), row))
                               for name, row in zip(LEXICAL, self.imputation)}}

    @classmethod
    def from_dict(cls, data: dict) -> "PairModel":
        if data.get("features") != list(FEATURES):
            raise ValueError(f"a duplicate model of other features: {data.get('features')}")
        imputation = data.get("imputation") or {}
        if sorted(imputation) != sorted(LEXICAL):
            raise ValueError(f"a duplicate model needs the imputation of {', '.join(LEXICAL)}: retrain it")
        return cls(tuple(float(data["weights"][name]) for name in FEATURES), float(data["intercept"]),
                   float(data["threshold"]),
                   tuple(tuple(float(imputation[name][term]) for term in (*SEMANTIC, "intercept"))
                         for name in LEXICAL))


_in_use: list[PairModel] = []  # a model put in place of the shipped one (cross-validation)


def shipped_model() -> PairModel:
    """The model in use: the one ``kg87 train`` wrote into the package, unless another is put in its place."""
    return _in_use[-1] if _in_use else _packaged()


@lru_cache(maxsize=1)
def _packaged() -> PairModel:
    text = resources.files("kg87.similarity").joinpath("data", MODEL_FILE).read_text(encoding="utf-8")
    return PairModel.from_dict(json.loads(text)["pair_model"])


@contextmanager
def model_in_use(model: PairModel):
    """Score duplicates with ``model`` instead of the shipped one inside the block (``kg87 eval --folds``)."""
    _in_use.append(model)
    try:
        yield model
    finally:
        _in_use.pop()


def write_model(model: dict, path: Path) -> None:
    Path(path).write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")
