"""Score kg87's CSV tables against a hand-built answer key (see shared/gold/README.md)."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Optional

from .attributes import attribute_counts, attribute_scores, score_duplicates
from .matching import TABLES, Aliases, normalise, prf, score_table
from .report import render_report

__all__ = ["Aliases", "evaluate", "macro_f1", "normalise", "prf", "read_csv", "render_report"]


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
    pairs, outputs = {}, {}
    for name, spec in TABLES.items():
        outputs[name] = read_csv(tables_dir / f"{name}.csv")
        metrics, pairs[name], unmatched = score_table(spec, gold.get(name, []), optional.get(name, []),
                                                      outputs[name], aliases)
        report["tables"][name] = metrics
        report["unmatched"][name] = unmatched
    report["attribute_counts"] = attribute_counts(pairs, gold, outputs["interventions"] or [], aliases)
    report["attributes"] = attribute_scores(report["attribute_counts"])
    report["duplicates"] = score_duplicates(gold.get("duplicate_clusters", []),
                                            read_csv(tables_dir / "duplicates.csv"), aliases)
    report["macro_f1"] = macro_f1(report)
    return report


def macro_f1(report: dict) -> float | None:
    """The mean F1 of the tables and the duplicate pairs that have gold or output rows."""
    scores = [m["f1"] for m in report["tables"].values() if m["gold"] or m["output"]]
    duplicates = report["duplicates"]
    if duplicates["gold_pairs"] or duplicates["output_pairs"]:
        scores.append(duplicates["f1"])
    return sum(scores) / len(scores) if scores else None
