"""Evaluation reports printed as terminal tables: one key, or a set of keys with a line per document."""

from __future__ import annotations

from typing import Optional

from rich import box
from rich.console import Console
from rich.table import Table

SHORT = {"countries": "cty", "organisations": "org", "commitments": "com", "proposals": "pro",
         "interventions": "int", "events": "evt"}


def _fmt(value: Optional[float]) -> str:
    return "–" if value is None else f"{value:.3f}"


def _rows_table(report: dict, title: str) -> Table:
    rows = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD)
    rows.add_column("table", no_wrap=True)
    for column in ("gold", "output", "matched", "optional", "P", "R", "F1"):
        rows.add_column(column, justify="right", no_wrap=True, min_width=5)
    for name, m in report["tables"].items():
        output = str(m["output"]) if m["produced"] else "missing"
        rows.add_row(name, str(m["gold"]), output, str(m["matched"]), str(m["optional_dropped"]),
                     _fmt(m["precision"]), _fmt(m["recall"]), _fmt(m["f1"]))
    dup = report["duplicates"]
    if dup["produced"] or dup["gold_pairs"]:
        rows.add_row("duplicate pairs", str(dup["gold_pairs"]), str(dup["output_pairs"]),
                     f"{dup['correct_pairs']}/{dup['found_pairs']}", "", _fmt(dup["precision"]), _fmt(dup["recall"]),
                     _fmt(dup["f1"]), end_section=True)
    rows.add_row("macro F1", "", "", "", "", "", "", _fmt(report.get("macro_f1")))
    return rows


def _attributes_table(report: dict) -> Table:
    attributes = Table(title="Attributes of matched rows", title_justify="left", box=box.SIMPLE_HEAD)
    attributes.add_column("attribute")
    attributes.add_column("agreement", justify="right")
    attributes.add_column("rows", justify="right")
    for name, value in report["attributes"].items():
        attributes.add_row(name, _fmt(value), str(report["attribute_counts"][name][1]))
    return attributes


def _rules_table(report: dict) -> Table:
    """Precision of each extraction rule or model frame, on the statement tables."""
    table = Table(title="Precision by rule (scored output rows right, of all)", title_justify="left",
                  box=box.SIMPLE_HEAD)
    for column, justify in (("table", "left"), ("rule", "left"), ("right", "right"), ("rows", "right"),
                            ("P", "right")):
        table.add_column(column, justify=justify, no_wrap=True)
    for name in ("commitments", "proposals", "interventions"):
        for rule, (right, total) in report["tables"][name].get("rules", {}).items():
            table.add_row(name, rule, str(right), str(total), _fmt(right / total if total else None))
    return table


def render_report(report: dict, console: Console, *, verbose: bool = False) -> None:
    """One key's report: rows per table (duplicate pairs: correct output / found gold), attributes, misses."""
    console.print(_rows_table(report, "Rows"))
    if not report["duplicates"]["produced"]:
        console.print("Duplicates: duplicates.csv not produced")
    console.print(_attributes_table(report))
    console.print(_rules_table(report))
    if verbose:
        _print_misses(report, console)


def _print_misses(report: dict, console: Console, prefix: str = "") -> None:
    for name, lists in report["unmatched"].items():
        for kind, items in lists.items():
            if items:
                console.print(f"[bold]{prefix}{name}: {kind.replace('_', ' ')}[/bold] ({len(items)})")
                for item in items:
                    console.print(f"  {item}", markup=False, highlight=False)


def render_set_report(result: dict, console: Console, *, title: str, misses: bool = False) -> None:
    """A set's summed report, then one line per document (F1 per table, duplicate pairs, macro F1)."""
    console.print(_rows_table(result, f"{title}: rows summed over {len(result['documents'])} keys"))
    keyed = result["initiatives"]
    console.print(f"Duplicates on the keyed initiatives (extraction aside): P {_fmt(keyed['precision'])}  "
                  f"R {_fmt(keyed['recall'])}  F1 {_fmt(keyed['f1'])}\n  {keyed['correct_pairs']} of "
                  f"{keyed['output_pairs']} output pairs right, {keyed['gold_pairs']} gold pairs\n", highlight=False)
    console.print(_attributes_table(result))
    console.print(_rules_table(result))
    console.print(_documents_table(result))
    if misses:
        for name, report in result["documents"].items():
            _print_misses(report, console, prefix=f"{name} · ")


def _documents_table(result: dict) -> Table:
    table = Table(title="F1 per document (– no gold and no output rows)", title_justify="left", box=box.SIMPLE_HEAD,
                  padding=(0, 1, 0, 0))
    table.add_column("document", no_wrap=True, max_width=24, overflow="ellipsis")
    table.add_column("lang", no_wrap=True)
    for short in (*SHORT.values(), "dup", "macro"):
        table.add_column(short, justify="right", no_wrap=True, min_width=max(4, len(short)))
    for name, report in result["documents"].items():
        keyed = result["keyed"][name]
        cells = [_f1(m["f1"], m["gold"] or m["output"]) for m in report["tables"].values()]
        dup = report["duplicates"]
        cells.append(_f1(dup["f1"], dup["gold_pairs"] or dup["output_pairs"]))
        table.add_row(name, keyed["language"], *cells, _f1(report.get("macro_f1"), True))
    return table


def _f1(value: Optional[float], counted) -> str:
    return f"{value:.2f}" if counted and value is not None else "–"
