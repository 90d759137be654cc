"""The evaluation report printed as terminal tables."""

from __future__ import annotations

from typing import Optional

from rich.console import Console
from rich.table import Table


def _fmt(value: Optional[float]) -> str:
    return "–" if value is None else f"{value:.3f}"


def render_report(report: dict, console: Console, *, verbose: bool = False) -> None:
    """Print the report as rich tables: one row per table with gold, output, matched, precision, recall, F1; then the attribute scores."""
    rows = Table(title="Rows")
    for column in ("table", "gold", "output", "matched", "optional dropped", "precision", "recall", "F1"):
        rows.add_column(column, justify="left" if column == "table" else "right")
    for name, m in report["tables"].items():
        output = str(m["output"]) if m["produced"] else "missing"
        rows.add_row(name, str(m["gold"]), output, str(m["matched"]), str(m["optional_dropped"]), _fmt(m["precision"]), _fmt(m["recall"]), _fmt(m["f1"]))
    console.print(rows)

    dup = report["duplicates"]
    if dup["produced"]:
        pairs = Table(title="Duplicates (pairwise)")
        for column in ("gold pairs", "output pairs", "correct output pairs", "found gold pairs", "precision", "recall", "F1"):
            pairs.add_column(column, justify="right")
        counts = (dup["gold_pairs"], dup["output_pairs"], dup["correct_pairs"], dup["found_pairs"])
        pairs.add_row(*map(str, counts), _fmt(dup["precision"]), _fmt(dup["recall"]), _fmt(dup["f1"]))
        console.print(pairs)
    else:
        console.print("Duplicates: duplicates.csv not produced")

    attributes = Table(title="Attributes of matched rows")
    attributes.add_column("attribute")
    attributes.add_column("score", justify="right")
    for name, value in report["attributes"].items():
        attributes.add_row(name, _fmt(value))
    console.print(attributes)

    if verbose:
        for name, lists in report["unmatched"].items():
            for kind, items in lists.items():
                if items:
                    console.print(f"[bold]{name}: {kind.replace('_', ' ')}[/bold] ({len(items)})")
                    for item in items:
                        console.print(f"  {item}", markup=False, highlight=False)
