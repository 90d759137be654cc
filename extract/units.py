"""Units: the pieces of a document a statement can be — a sentence of a paragraph or a list item, a table cell.

Each unit keeps the spaCy span it is, where it stands (page, box, headings, the block kind, the
column), and what introduces it: the sentence before a list ("The Government undertook to:"),
the header and the other cells of a table row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

from kg87.model.document import Block, Document, Page, Table

from .nlp import Analysis, cell_id

FRAGMENT_WORDS = 2  # content words a dated cell may hold and still only say when ("second half of 2025")


@dataclass
class Unit:
    """One candidate statement."""

    id: str
    kind: str  # "sentence", "item" or "cell"
    span: object  # spaCy Span
    page: int
    bbox: tuple
    quote: str  # the block's or cell's text as printed
    section: list[str]
    language: str
    column: bool = False  # set in a column of a multi-column page
    intro: object = None  # the span that introduces a list item (a sentence ending with a colon)
    header: str = ""  # a table cell's column header
    row: list[str] = field(default_factory=list)  # the other cells of a table row
    row_spans: list = field(default_factory=list)  # and their parses, with their column headers: (header, span)
    opens: bool = False  # the first sentence of its paragraph

    @property
    def text(self) -> str:
        return self.span.text


def units(document: Document, analysis: Analysis) -> Iterator[Unit]:
    """Every unit of a document, in reading order: block sentences and items, then table cells."""
    intro = None
    for block in document.blocks():
        doc = analysis.doc(block.id)
        if block.kind == "heading" or doc is None or not doc.text.strip():
            continue
        sentences = list(doc.sents)
        as_item = block.kind == "bullet" or (bool(block.column) and len(sentences) <= 1)
        for n, sentence in enumerate(sentences if len(sentences) > 1 else [doc[:]]):
            yield _unit(block, sentence, "item" if as_item else "sentence", analysis, intro if as_item else None, n)
        if block.kind != "bullet":
            intro = sentences[-1] if sentences and sentences[-1].text.rstrip().endswith(":") else None
    for page in document.pages:
        for table in page.tables:
            yield from _cells(table, table_section(page, table), analysis)


def _unit(block: Block, span, kind: str, analysis: Analysis, intro, n: int = 0) -> Unit:
    page, bbox, printed, _ = block.printed(span.text, span.start_char)
    return Unit(f"{block.id}-s{n}", kind, span, page, bbox, printed, block.section,
                analysis.languages.get(block.id, analysis.language), bool(block.column), intro, opens=n == 0)


def _cells(table: Table, section: list[str], analysis: Analysis) -> Iterator[Unit]:
    for row in table.rows():
        for cell in row:
            ident = cell_id(table.id, cell.row, cell.col)
            doc = analysis.doc(ident)
            if doc is None or not doc.text.strip() or is_fragment(doc[:]):
                continue
            others = _beside(table, cell)
            parsed = ((c.column_header, analysis.doc(cell_id(table.id, c.row, c.col))) for c in others)
            spans = [(header, d[:]) for header, d in parsed if d is not None]
            yield Unit(ident, "cell", doc[:], table.page, cell.bbox, cell.text, section,
                       analysis.languages.get(ident, analysis.language), header=cell.column_header,
                       row=[c.text for c in others], row_spans=spans)


def _beside(table: Table, cell) -> list:
    """The cells of a table beside a cell: in another column, over its middle — those of its row, and a cell merged
    over several rows ("D – Fisheries" beside each recommendation of its group)."""
    middle = (cell.bbox[1] + cell.bbox[3]) / 2
    return [c for c in table.cells if c.col != cell.col and c.bbox[1] <= middle <= c.bbox[3]]


def is_fragment(span) -> bool:
    """A cell that only says who or when — names, numbers, a date ("MoL; INSTAT", "Q3 2025", "end of 2026"): it
    belongs to its row's action as context, and states nothing by itself. A verb, or more than
    FRAGMENT_WORDS content words beside a figure, make it a statement of its own."""
    if any(t.pos_ in ("VERB", "AUX") for t in span):
        return False
    content = [t for t in span if not (t.is_punct or t.is_space or t.is_stop or t.like_num or t.ent_type_
                                       or t.pos_ in ("PROPN", "NUM", "SYM", "X") or (t.is_upper and len(t) > 1)
                                       or any(c.isdigit() for c in t.text))]
    figures = any(c.isdigit() for c in span.text)
    return not content or (figures and len(content) <= FRAGMENT_WORDS)


def table_section(page: Page, table: Table) -> list[str]:
    """The headings a table stands under: those of the last block above it (and that block, a heading)."""
    above = [b for b in page.blocks if b.bbox[3] <= table.bbox[1] + 1] or page.blocks[:1]
    if not above:
        return []
    last = above[-1]
    return last.section + ([last.text] if last.kind == "heading" else [])
