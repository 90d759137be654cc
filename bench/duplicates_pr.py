"""Precision and recall of the duplicate detector at every threshold, drawn as docs/duplicates-pr.svg.

The detector runs on the keyed initiatives of each key (extraction aside), as ``kg87 eval`` does:
the `dev` and `test` splits of the evaluation corpus and the held-out initiatives. A threshold is a
least probability (:mod:`kg87.similarity.calibration`); the default, learned on `dev`, is marked.

    python bench/duplicates_pr.py
"""

from __future__ import annotations

import json
import tempfile
from itertools import combinations
from pathlib import Path

import numpy as np

from kg87.calibrate import KeyedSet, keyed_sets
from kg87.evaluate.matching import prf
from kg87.evaluate.sets import SPLITS_FILE, load_split
from kg87.model.records import Actor, Provenance, Statement
from kg87.similarity.calibration import shipped_calibration
from kg87.similarity.duplicates import DEFAULT_SETTINGS, find_duplicates, score_initiatives
from kg87.similarity.embeddings import embed_statements

ROOT = Path(__file__).resolve().parent.parent
GRID = np.round(np.arange(0.025, 0.701, 0.025), 3)
COLOURS = {"dev": "#3d6fd8", "test": "#d8573d", "held-out": "#3a9a5b"}


def held_out(cache: Path) -> list[KeyedSet]:
    data = json.loads((ROOT / "tests" / "data" / "heldout" / "initiatives.json").read_text(encoding="utf-8"))
    statements = [Statement(s["id"], s["table"], Actor(s["actor_type"], s["actor_label"], s["actor_label"]),
                            s["text"], [], Provenance(s["document"], s["page"], s["text"]), {"kind": "priority"})
                  for s in data["statements"]]
    gold = {frozenset(p) for c in data["duplicate_clusters"] for p in combinations(sorted(c["members"]), 2)}
    return [KeyedSet("held-out", score_initiatives(embed_statements(statements, cache)), gold)]


def curve(sets: list[KeyedSet], grid: list[float]) -> list[dict]:
    from dataclasses import replace

    points = []
    for threshold in grid:
        settings = replace(DEFAULT_SETTINGS, threshold=float(threshold))
        correct = found = gold = 0
        for keyed in sets:
            clusters = find_duplicates(keyed.scored, settings)
            pairs = {frozenset(p) for c in clusters for p in combinations(sorted(m.statement_id for m in c.members), 2)}
            correct, found, gold = correct + len(pairs & keyed.gold), found + len(pairs), gold + len(keyed.gold)
        points.append({"threshold": float(threshold), **prf(correct, found, correct, gold)})
    return points


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
    default = shipped_calibration().threshold
    grid = sorted({float(t) for t in GRID} | {default})
    with tempfile.TemporaryDirectory() as cache:
        sets = {"dev": keyed_sets(load_split("dev", SPLITS_FILE), Path(cache)),
                "test": keyed_sets(load_split("test", SPLITS_FILE), Path(cache)), "held-out": held_out(Path(cache))}
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
