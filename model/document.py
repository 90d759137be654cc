"""The document model: what kg87 knows about a PDF once it has been read.

A :class:`Document` has :class:`Page` objects; a page has text :class:`Block` objects in
reading order and :class:`Table` objects made of :class:`Cell` objects. Every block and
cell keeps its page number and bounding box (PDF points, origin at the page's top-left:
``x0, top, x1, bottom``), so a quote can later be highlighted on the rendered page.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Iterator

BBox = tuple[float, float, float, float]

@dataclass
class Part:
    """Where a block's text goes on after a column or page break: page, box, and the offset in the block's text
    of the first character printed there."""

    page: int
    bbox: BBox
    start: int


@dataclass
class Block:
    """A run of text that reads as one unit: a heading, a paragraph, a bullet item or a note (a footnote or
    endnote). ``box`` names the framed boxes or sidebars it sits in, outermost first."""

    id: str
    page: int
    kind: str  # "heading", "paragraph", "bullet" or "note"
    text: str
    bbox: BBox
    size: float
    bold: bool
    marker: str = ""
    level: int = 0
    section: list[str] = field(default_factory=list)
    column: tuple[int, ...] = ()
    box: tuple[str, ...] = ()
    parts: list[Part] = field(default_factory=list)

    def printed(self, quote: str, near: int = 0) -> tuple[int, BBox, str, str]:
        """Where a quote from the block's text is printed: (page, box, the block's text printed there, the
        quote as printed there — up to the break where the block goes on elsewhere). `near` is about where
        the quote starts in the text, for a sentence the block says twice."""
        if not self.parts:
            return self.page, self.bbox, self.text, quote
        text, wanted = self.text.replace("’", "'"), quote.replace("’", "'")
        found = text.find(wanted, max(near - len(quote), 0))
        at = found if found >= 0 else max(text.find(wanted), 0)
        parts = [Part(self.page, self.bbox, 0), *self.parts]
        index = max(i for i, part in enumerate(parts) if part.start <= at)
        end = parts[index + 1].start if index + 1 < len(parts) else len(self.text) + 1
        part = parts[index]
        return part.page, part.bbox, self.text[part.start:end].strip(), quote[: max(end - at, 0)].strip()

    @property
    def heading_path(self) -> str:
        """The headings this block stands under, outermost first, joined by ' > '."""
        return " > ".join(self.section)


def body_size(blocks) -> float:
    """The size most of the text of some blocks is set in (to the half point)."""
    sizes: dict[float, int] = {}
    for block in blocks:
        size = round(block.size * 2) / 2
        sizes[size] = sizes.get(size, 0) + len(block.text)
    return max(sizes, key=sizes.get) if sizes else 0.0


@dataclass
class Cell:
    """One table cell with its row and column index and the headers that govern it."""

    text: str
    row: int
    col: int
    bbox: BBox
    column_header: str = ""
    row_header: str = ""


@dataclass
class Table:
    """A ruled table on one page; ``header`` holds the column headers when the table has them."""

    id: str
    page: int
    bbox: BBox
    header: list[str]
    cells: list[Cell]

    def rows(self) -> list[list[Cell]]:
        """The body cells grouped by row, in row order."""
        by_row: dict[int, list[Cell]] = {}
        for cell in self.cells:
            by_row.setdefault(cell.row, []).append(cell)
        return [sorted(by_row[r], key=lambda c: c.col) for r in sorted(by_row)]


@dataclass
class Page:
    """A page: its size, its blocks in reading order and its tables."""

    number: int
    width: float
    height: float
    blocks: list[Block] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)


@dataclass
class Document:
    """A whole PDF as read: file name, content hash, pages, and the pages that failed."""

    name: str
    sha256: str
    title: str
    pages: list[Page]
    page_errors: dict[int, str] = field(default_factory=dict)
    reader: str = "pdfplumber"
    page_labels: dict[int, str] = field(default_factory=dict)  # the number printed on a page, where one is

    @property
    def page_count(self) -> int:
        return len(self.pages) + len(self.page_errors)

    def blocks(self) -> Iterator[Block]:
        """Every block of the document in reading order."""
        for page in self.pages:
            yield from page.blocks

    def tables(self) -> Iterator[Table]:
        for page in self.pages:
            yield from page.tables

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "Document":
        pages = []
        for p in data["pages"]:
            blocks = [Block(**{**b, "bbox": tuple(b["bbox"]), "column": tuple(b.get("column", ())),
                                   "box": tuple(b.get("box", ())),
                                   "parts": [Part(q["page"], tuple(q["bbox"]), q["start"]) for q in b.get("parts", [])]})
                      for b in p["blocks"]]
            tables = [
                Table(
                    id=t["id"], page=t["page"], bbox=tuple(t["bbox"]), header=t["header"],
                    cells=[Cell(**{**c, "bbox": tuple(c["bbox"])}) for c in t["cells"]],
                )
                for t in p["tables"]
            ]
            pages.append(Page(p["number"], p["width"], p["height"], blocks, tables))
        errors = {int(k): v for k, v in data.get("page_errors", {}).items()}
        labels = {int(k): v for k, v in data.get("page_labels", {}).items()}
        return cls(data["name"], data["sha256"], data["title"], pages, errors, data.get("reader", "pdfplumber"),
                   labels)
