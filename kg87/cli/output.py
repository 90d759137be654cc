"""What every command shares: the build folder default, the consoles, and printing rows as a table, CSV or JSON."""

from __future__ import annotations

import csv
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

import click
from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

DEFAULT_OUT = Path("output")
FORMATS = click.Choice(["table", "csv", "json"])
console = Console()
errors = Console(stderr=True)

PROVENANCE = ("bbox", "x0", "top", "x1", "bottom", "section", "heading_path", "confidence", "rule")
MAIN_WIDTH = 32  # the main text column is narrowed down to this before any column is left out
WRAP_WIDTH = 16  # and any other column of long text down to this
GAP = 2  # spaces between columns
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_QUOTES = str.maketrans("‘’“”", "''\"\"")


@dataclass
class _Layout:
    """What a terminal table shows: columns and their display text, and what moved out of it."""

    columns: list[str]
    rows: list[dict[str, str]]
    left_out: dict[str, str] = field(default_factory=dict)  # column → why
    constant: dict[str, str] = field(default_factory=dict)  # column → its value in every row, shown above
    documents: list[str] = field(default_factory=list)  # numbered in the document column, listed below
    _sizes: dict[str, tuple[int, int]] = field(default_factory=dict)

    def size(self, column: str) -> tuple[int, int]:
        """A column's longest line and longest word, its header included."""
        if column not in self._sizes:
            cells = [r[column] for r in self.rows]
            self._sizes[column] = (max([len(column)] + [len(line) for c in cells for line in c.splitlines()]),
                                   max([len(column)] + [len(word) for c in cells for word in c.split()]))
        return self._sizes[column]

    def main(self) -> str:
        """The column the table is read for: ``text``, else the column of the longest text."""
        return "text" if "text" in self.columns else max(self.columns, key=lambda c: self.size(c)[0])

    def least(self, column: str) -> int:
        """The narrowest a column may get: short text unwrapped; long text down to MAIN_WIDTH (the main
        column and the quote) or WRAP_WIDTH, but never narrower than its longest word."""
        natural, longest_word = self.size(column)
        floor = MAIN_WIDTH if column in (self.main(), "quote") else WRAP_WIDTH
        return natural if natural <= floor else max(floor, longest_word)

    def fits(self, width: int) -> bool:
        return sum(self.least(c) for c in self.columns) + GAP * (len(self.columns) - 1) <= width

    def number_documents(self) -> None:
        """Show each document as [1], [2] … (listed under the table)."""
        self.documents = list(dict.fromkeys(r["document"] for r in self.rows))
        for row in self.rows:
            row["document"] = f"[{self.documents.index(row['document']) + 1}]"
        self._sizes.pop("document", None)

    def leave_out(self, why: dict[str, str]) -> None:
        self.left_out.update(why)
        self.columns = [c for c in self.columns if c not in why]


def emit(result, fmt: str, title: str | None = None, wide: bool = False) -> None:
    """Print rows (a QueryResult) as a terminal table, CSV or a JSON array."""
    if fmt == "json":
        click.echo(json.dumps(result.rows, ensure_ascii=False, indent=1))
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=result.columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(result.rows)
    else:
        print_table(result, title, wide)


def terminal_width() -> int:
    """The terminal's width: COLUMNS when set, else what the terminal says (80 when it says nothing)."""
    columns = os.environ.get("COLUMNS", "")
    return int(columns) if columns.isdigit() and int(columns) > 0 else console.width


def print_table(result, title: str | None = None, wide: bool = False) -> None:
    """A table that fits the terminal with whole words and headers; long text wraps at spaces.

    Ids, provenance extras (bbox, section, confidence, rule), columns empty in every row and
    columns repeating another are left out, and named below, unless ``wide``. When the rest is
    still too wide, columns with one value in every row are shown once above the table, documents
    are numbered (listed below), then the quote and the widest other columns are left out. With
    ``wide`` every column is shown, in a table as wide as it needs.
    """
    width = terminal_width()
    layout = _Layout(list(result.columns), [{c: _display(row[c]) for c in result.columns} for row in result.rows])
    if not wide:
        hidden = _hidden(layout)
        layout.leave_out(hidden if len(hidden) < len(layout.columns) else {})
        _fit(layout, width)
    widths = _widths(layout, width, wide)
    out = Console(width=max(width, sum(widths.values()) + GAP * (len(widths) - 1)))
    if title:
        out.print(Text(title, style="italic"))
    if layout.constant:
        out.print(Text("In every row: " + ", ".join(f"{c}={v}" for c, v in layout.constant.items())))
    out.print(_table(layout, widths))
    for line in _notes(layout, len(result.rows)):
        out.print(Text(line))


def _display(value: str) -> str:
    """A cell as the table shows it: an IRI with the graph's prefixes, a ;-separated list one item a line."""
    if value.startswith(RDF):
        return "rdf:" + value[len(RDF):]
    if value.startswith(("http://", "https://")):
        from kg87.graph.store import compact_iri

        short = compact_iri(value)
        return value if short.startswith("<") else short
    if ";" in value and " " not in value:
        return "\n".join(value.split(";"))
    return value


def _hidden(layout: _Layout) -> dict[str, str]:
    """The columns a narrow table leaves out, and why: ids, provenance extras, empty or repeated columns."""
    columns, rows = layout.columns, layout.rows
    words = {c: [" ".join(r[c].translate(_QUOTES).split()) for r in rows] for c in columns}
    hidden = {}
    for i, column in enumerate(columns):
        if column in PROVENANCE:
            hidden[column] = "provenance"
        elif column == "id" or column.endswith("_id") or f"{column}_label" in columns:
            hidden[column] = "identifiers"
        elif rows and all(not r[column] for r in rows):
            hidden[column] = "empty"
        elif rows and any(words[column] == words[other] for other in columns[:i]):
            hidden[column] = "repeats another column"
    return hidden


def _fit(layout: _Layout, width: int) -> None:
    """Narrow a table that does not fit ``width``: constant columns above it, documents numbered, then the
    quote and the widest columns left out (never the first, a label, the main text, document or page)."""
    if layout.fits(width):
        return
    if len(layout.rows) > 1:
        constant = [c for c in layout.columns if len({r[c] for r in layout.rows}) == 1]
        if len(constant) < len(layout.columns):
            layout.constant = {c: layout.rows[0][c] for c in constant}
            layout.columns = [c for c in layout.columns if c not in constant]
    if "document" in layout.columns and not layout.fits(width):
        layout.number_documents()
    keep = {layout.columns[0], layout.main(), "document", "page"} | {c for c in layout.columns if c.endswith("label")}
    while not layout.fits(width) and (droppable := [c for c in layout.columns if c not in keep]):
        column = "quote" if "quote" in droppable else max(reversed(droppable), key=layout.least)
        layout.leave_out({column: f"to fit {width} columns"})


def _widths(layout: _Layout, width: int, wide: bool) -> dict[str, int]:
    """Each column's width: at least its least, the room left shared equally by the columns of long text,
    none wider than it needs. A table that cannot fit (a long IRI) has its widest columns narrowed,
    folding their longest words, unless ``wide``."""
    widths = {c: layout.least(c) for c in layout.columns}
    room = width - sum(widths.values()) - GAP * (len(widths) - 1)
    while room < 0 and not wide:
        widest = max(widths, key=widths.get)
        cut = min(-room, widths[widest] - WRAP_WIDTH)
        if cut <= 0:
            break
        widths[widest] -= cut
        room += cut
    lacking = {c: layout.size(c)[0] - widths[c] for c in widths if layout.size(c)[0] > widths[c]}
    while room > 0 and lacking:
        share = max(room // len(lacking), 1)
        for column in list(lacking)[:room]:
            given = min(share, lacking[column])
            widths[column] += given
            room -= given
            lacking[column] -= given
            if not lacking[column]:
                del lacking[column]
    return widths


def _table(layout: _Layout, widths: dict[str, int]) -> Table:
    """The rich table, a rule between rows when a row takes more than one line."""
    several_lines = any(widths[c] < layout.size(c)[0] or any("\n" in r[c] for r in layout.rows) for c in layout.columns)
    table = Table(box=box.HORIZONTALS, show_lines=several_lines, show_edge=False, pad_edge=False,
                  padding=(0, GAP - 1, 0, 0))
    for column in layout.columns:
        table.add_column(column, width=widths[column], no_wrap=widths[column] >= layout.size(column)[0],
                         overflow="fold")
    for row in layout.rows:
        table.add_row(*(Text(row[c]) for c in layout.columns))
    return table


def _notes(layout: _Layout, count: int) -> list[str]:
    """The lines under a table: rows, the documents' numbers, what was left out and how to see it."""
    lines = [f"{count} row" + ("" if count == 1 else "s")]
    if layout.documents:
        lines.append("document: " + ", ".join(f"[{i}] {name}" for i, name in enumerate(layout.documents, 1)))
    if layout.left_out:
        reasons: dict[str, list[str]] = {}
        for column, why in layout.left_out.items():
            reasons.setdefault(why, []).append(column)
        lines.append("Not shown (--wide shows them): "
                     + "; ".join(f"{', '.join(columns)} ({why})" for why, columns in reasons.items()))
    return lines
