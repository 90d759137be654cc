"""Score kg87's CSV tables against a hand-built answer key (see shared/gold/README.md)."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Optional

from .attributes import score_attributes, score_duplicates
from .matching import TABLES, Aliases, normalise, prf, score_table
from .report import render_report

__all__ = ["Aliases", "evaluate", "normalise", "prf", "read_csv", "render_report"]


def read_csv(path: Path) -> Optional[list[dict]]:
    """Rows of a CSV file as dicts, or None when the file does not exist."""
    if not path.is_file():
        return None
    with path.open(newline="", encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


def evaluate(tables_dir: Path, gold_path: Path) -> dict:
    """Score the CSV tables in tables_dir against an answer key shaped like gcg5.json."""
    tables_dir = Path(tables_dir)
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    aliases = Aliases(gold.get("aliases", {}))
    optional = gold.get("optional", {})
    report: dict = {"tables": {}, "unmatched": {}}
    pairs = {}
    for name, spec in TABLES.items():
        output = read_csv(tables_dir / f"{name}.csv")
        metrics, pairs[name], unmatched = score_table(spec, gold.get(name, []), optional.get(name, []), output, aliases)
        report["tables"][name] = metrics
        report["unmatched"][name] = unmatched
    report["attributes"] = score_attributes(pairs, gold.get("countries", []))
    report["duplicates"] = score_duplicates(gold.get("duplicate_clusters", []), read_csv(tables_dir / "duplicates.csv"), aliases)
    return report
