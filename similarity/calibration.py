"""Overlap scores as probabilities: how likely a pair of initiatives is one that a reader keys as duplicates.

The contextual score of a pair (:mod:`kg87.similarity.duplicates`) is mapped to a probability by a
logistic curve, one for specific action types (surveys, inspection, legal reform, …) and one for
generic ones (training, coordination, funding, …) and statements without a type, which need closer
wording. ``kg87 train`` fits both on the pairs of initiatives of one action type in the ``dev`` keys,
each document weighing the same, and chooses the default threshold, the least probability at which
a cluster holds, by pairwise F1 over the same documents. The result is written to
``similarity/data/duplicate-model.json`` (installed as ``kg87.similarity.data``).

Average linkage keeps a cluster whose members' mean score reaches the score at which the curve
reaches the threshold, so the threshold a user sets is on the same scale as the probabilities the
report prints.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

MODEL_FILE = "duplicate-model.json"


@dataclass(frozen=True)
class Curve:
    """A logistic map from score to probability."""

    slope: float
    intercept: float

    def probability(self, score: float) -> float:
        return 0.5 * (1.0 + math.tanh((self.slope * score + self.intercept) / 2))  # the logistic, never overflowing

    def score_at(self, probability: float) -> float:
        """The score whose probability is ``probability`` (0 < probability < 1)."""
        return (math.log(probability / (1.0 - probability)) - self.intercept) / self.slope


@dataclass(frozen=True)
class Calibration:
    specific: Curve  # pairs of one specific action type
    generic: Curve  # pairs of one generic action type, or of statements without a type
    threshold: float  # the default least probability within a cluster

    def curve(self, generic: bool) -> Curve:
        return self.generic if generic else self.specific

    def least(self, threshold: float | None) -> float:
        """The least probability within a cluster: the one a setting gives, else the learned default."""
        return threshold or self.threshold

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "Calibration":
        calibration = cls(Curve(**data["specific"]), Curve(**data["generic"]), float(data["threshold"]))
        if not (calibration.specific.slope > 0 and calibration.generic.slope > 0 and 0 < calibration.threshold < 1):
            raise ValueError(f"a duplicate model needs rising curves and a threshold between 0 and 1: {data}")
        return calibration


@lru_cache(maxsize=1)
def shipped_calibration() -> Calibration:
    """The calibration ``kg87 train`` wrote into the package."""
    text = resources.files("kg87.similarity").joinpath("data", MODEL_FILE).read_text(encoding="utf-8")
    return Calibration.from_dict(json.loads(text)["calibration"])


def write_calibration(model: dict, path: Path) -> None:
    Path(path).write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")
