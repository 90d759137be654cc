"""What every command shares: the build folder default, the consoles, and printing rows as a table, CSV or JSON."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

DEFAULT_OUT = Path("output")
FORMATS = click.Choice(["table", "csv", "json"])
console = Console()
errors = Console(stderr=True)


def emit(result, fmt: str, title: str | None = None) -> None:
    """Print rows (a QueryResult) as a terminal table, CSV or a JSON array."""
    if fmt == "json":
        click.echo(json.dumps(result.rows, ensure_ascii=False, indent=1))
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=result.columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(result.rows)
    else:
        print_table(result, title)


def print_table(result, title: str | None) -> None:
    """A terminal table; a column that repeats another in every row (quote = text) is left out."""
    columns = [c for i, c in enumerate(result.columns)
               if not (result.rows and any(all(r[c] == r[o] for r in result.rows) for o in result.columns[:i]))]
    table = Table(title=title, title_justify="left", show_lines=True, expand=True)
    for column in columns:
        widest = max((len(r[column]) for r in result.rows), default=0)
        long_text = widest > 40
        table.add_column(column, ratio=3 if long_text else 1, overflow="fold", no_wrap=widest <= 6,
                         min_width=20 if long_text else None)
    for row in result.rows:
        table.add_row(*(row[c] for c in columns))
    console.print(table)
    console.print(f"{len(result.rows)} rows" + (f" (columns equal to another left out: "
                                                f"{', '.join(c for c in result.columns if c not in columns)})"
                                                if len(columns) < len(result.columns) else ""))
