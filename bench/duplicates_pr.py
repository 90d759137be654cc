"""Precision and recall of the duplicate detector at every threshold, drawn as docs/duplicates-pr.svg.

The detector runs on the keyed initiatives of each key (extraction aside), as ``kg87 eval`` does:
the `dev` and `test` splits of the evaluation corpus and the held-out initiatives. A threshold is a
least probability (:mod:`kg87.similarity.calibration`); the default, learned on `dev`, is marked.

    python bench/duplicates_pr.py
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

import numpy as np

from kg87.evaluate.initiatives import KeyedSet, held_out_set, keyed_sets, pairwise
from kg87.evaluate.sets import SPLITS_FILE, load_split
from kg87.similarity.calibration import shipped_model
from kg87.similarity.duplicates import DEFAULT_SETTINGS

ROOT = Path(__file__).resolve().parent.parent
GRID = np.round(np.arange(0.025, 0.701, 0.025), 3)
COLOURS = {"dev": "#3d6fd8", "test": "#d8573d", "held-out": "#3a9a5b"}


def curve(sets: list[KeyedSet], grid: list[float]) -> list[dict]:
    """Pairwise scores at each least probability."""
    return [{"threshold": t, **pairwise(sets, replace(DEFAULT_SETTINGS, threshold=t))} for t in grid]


def svg(curves: dict[str, list[dict]], default: float) -> str:
    """Recall on x, precision on y, one line per set, the default threshold as a dot."""
    size, pad = 360, 44
    x = lambda r: pad + r * size  # noqa: E731
    y = lambda p: pad + (1 - p) * size  # noqa: E731
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{size + 2 * pad + 120}" height="{size + 2 * pad}" '
             f'font-family="sans-serif" font-size="12">',
             f'<rect x="{pad}" y="{pad}" width="{size}" height="{size}" fill="none" stroke="#999"/>']
    for tick in (0.2, 0.4, 0.6, 0.8):
        parts.append(f'<text x="{x(tick) - 8}" y="{pad + size + 16}">{tick}</text>'
                     f'<text x="{pad - 28}" y="{y(tick) + 4}">{tick}</text>'
                     f'<line x1="{pad}" x2="{pad + size}" y1="{y(tick)}" y2="{y(tick)}" stroke="#eee"/>')
    parts.append(f'<text x="{pad + size / 2 - 20}" y="{pad + size + 34}">recall</text>'
                 f'<text x="8" y="{pad - 12}">precision</text>')
    for n, (name, points) in enumerate(curves.items()):
        shown = [p for p in points if p["recall"] > 0]
        line = " ".join(f"{x(p['recall']):.1f},{y(p['precision']):.1f}" for p in shown)
        parts.append(f'<polyline points="{line}" fill="none" stroke="{COLOURS[name]}" stroke-width="2"/>')
        mark = min(points, key=lambda p: abs(p["threshold"] - default))
        parts.append(f'<circle cx="{x(mark["recall"]):.1f}" cy="{y(mark["precision"]):.1f}" r="4" '
                     f'fill="{COLOURS[name]}"/>')
        parts.append(f'<text x="{pad + size + 12}" y="{pad + 16 + 18 * n}" fill="{COLOURS[name]}">{name}</text>')
    parts.append(f'<text x="{pad + size + 12}" y="{pad + 80}">● default</text>'
                 f'<text x="{pad + size + 12}" y="{pad + 96}">p ≥ {default}</text></svg>')
    return "\n".join(parts) + "\n"


def main() -> None:
    default = shipped_model().threshold
    grid = sorted({float(t) for t in GRID} | {default})
    with tempfile.TemporaryDirectory() as cache:
        sets = {split: keyed_sets([d.key for d in load_split(split, SPLITS_FILE)], Path(cache))
                for split in ("dev", "test")}
        sets["held-out"] = [held_out_set(ROOT / "tests" / "data" / "heldout" / "initiatives.json", Path(cache))]
        curves = {name: curve(s, grid) for name, s in sets.items()}
    print(f"{'p >=':>6} " + " ".join(f"{name:>18}" for name in curves))
    for i, threshold in enumerate(grid):
        cells = [f"{c[i]['precision']:.2f}/{c[i]['recall']:.2f}/{c[i]['f1']:.2f}" for c in curves.values()]
        print(f"{threshold:>6} " + " ".join(f"{cell:>18}" for cell in cells) + ("  default" if threshold == default else ""))
    target = ROOT / "docs" / "duplicates-pr.svg"
    target.write_text(svg(curves, default), encoding="utf-8")
    print(f"P/R/F1 of pairs; the curve is drawn in {target}")


if __name__ == "__main__":
    main()
