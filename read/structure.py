"""Document-level structure: from page layouts to the document model.

Passes, in order: drop running headers, footers and page numbers (text repeated in the
page margins); repair line-end hyphenation against the document's own vocabulary; tell
headings, bullets and paragraphs apart; nest headings into sections; read tables into
cells with their column and row headers, carrying headers over when a table continues
on the next page.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from kg87.model.document import Block, Cell, Document, Page, Table

from .flow import governs, join_broken_sentences, mark_notes, name_boxes
from .layout import RawBlock, Segment, Word
from .settings import DEFAULT_LAYOUT, LayoutSettings

_PAGE_NUMBER = re.compile(r"^(page\s*)?\d{1,4}(\s*(of|/|-)\s*\d{1,4})?$", re.I)
# A page's own number as margins print it, the number captured: "7", "- 7 -", "Page 7", "p. 7", "7 / 38". Unlike
# _PAGE_NUMBER (what is dropped) it takes no "7-38": in a margin that is as often a range of years as a page.
_PRINTED_NUMBER = re.compile(r"^(?:page|p\.|pág\.?|página)?\s*[-–]?\s*(\d{1,4})\s*[-–]?(?:\s*(?:of|/|de|sur)\s*\d{1,4})?$",
                             re.I)
_ENDS_WITH_HYPHEN = re.compile(r"[A-Za-zÀ-ÿ]-$")
_PARAGRAPH_NUMBER = re.compile(r"(\d+)\.")  # "12." numbers a paragraph or a list item


@dataclass
class RawTable:
    """A table as found on the page: its box, its rows of cell boxes, and the words inside."""

    bbox: tuple[float, float, float, float]
    rows: list[list[tuple[float, float, float, float] | None]]
    words: list[Word] = field(default_factory=list)


@dataclass
class PageLayout:
    number: int
    width: float
    height: float
    blocks: list[RawBlock]
    tables: list[RawTable]
    frames: tuple[tuple[float, float, float, float], ...] = ()


def assemble(name: str, sha256: str, title: str, layouts: list[PageLayout], page_errors: dict[int, str],
             reader: str, settings: LayoutSettings = DEFAULT_LAYOUT) -> Document:
    """Run the document-level passes and return the :class:`Document`."""
    labels = printed_page_numbers(layouts, settings)
    _drop_running_text(layouts, settings)
    vocabulary = _vocabulary(layouts)
    pages = []
    for layout in layouts:
        body = _page_body_size(layout, settings)
        blocks = [_make_block(layout, i, raw, body, vocabulary, settings) for i, raw in enumerate(layout.blocks)]
        name_boxes(layout.number, blocks, [raw.frames for raw in layout.blocks])
        tables = [_make_table(layout.number, i, t, vocabulary) for i, t in enumerate(layout.tables)]
        pages.append(Page(layout.number, round(layout.width, 2), round(layout.height, 2), blocks,
                          [t for t in tables if t.cells]))
    mark_notes(pages, settings)
    _nest_headings(pages, settings)
    _numbered_paragraphs(pages)
    join_broken_sentences(pages, settings, lambda cut, rest: join_lines([cut, rest], vocabulary))
    _continue_tables(pages)
    if not title:
        title = next((b.text for b in (b for p in pages for b in p.blocks) if b.kind == "heading"), name)
    return Document(name, sha256, title, pages, dict(page_errors), reader, page_labels=labels)


def _block_text(raw: RawBlock) -> str:
    return " ".join(s.text for s in raw.lines)


def _in_margin(raw: RawBlock, layout: PageLayout, settings: LayoutSettings) -> bool:
    _, top, _, bottom = raw.bbox
    share = settings.margin_share
    return bottom <= layout.height * share or top >= layout.height * (1 - share)


def printed_page_numbers(layouts: list[PageLayout], settings: LayoutSettings) -> dict[int, str]:
    """The number printed in each page's margin ("7", "Page 7", "7 / 38"), where it follows the pages' order.

    A number counts only if it is the page's position plus the offset that most pages agree on (a cover or
    a table of contents shifts a report's numbering; a year or a figure in the margin does not fit it).
    """
    found: dict[int, int] = {}
    for layout in layouts:
        numbers = [int(match.group(1)) for raw in layout.blocks if _in_margin(raw, layout, settings)
                   for match in [_PRINTED_NUMBER.match(_block_text(raw).strip())] if match]
        if len(numbers) == 1:
            found[layout.number] = numbers[0]
    offsets = Counter(number - page for page, number in found.items())
    if not offsets:
        return {}
    offset, agreeing = offsets.most_common(1)[0]
    if agreeing < max(2, len(found) // 2):
        return {}
    return {page: str(number) for page, number in found.items() if number - page == offset}


def _drop_running_text(layouts: list[PageLayout], settings: LayoutSettings) -> None:
    """Remove margin text that repeats on several pages (digits ignored) and bare page numbers."""
    def key(raw: RawBlock) -> str:
        return re.sub(r"\d+", "#", _block_text(raw).lower())

    seen = Counter()
    for layout in layouts:
        body = _page_body_size(layout, settings)
        seen.update({key(b) for b in layout.blocks if _in_margin(b, layout, settings) and b.size <= body + 0.5})
    for layout in layouts:
        body = _page_body_size(layout, settings)
        layout.blocks = [
            b for b in layout.blocks
            if not (_in_margin(b, layout, settings) and (
                _PAGE_NUMBER.match(_block_text(b).strip())
                or (seen[key(b)] >= settings.repeated_on_pages and b.size <= body + 0.5)))
        ]


def _page_body_size(layout: PageLayout, settings: LayoutSettings) -> float:
    """The body text size of a page, judged away from its margins where it can."""
    inner = [b for b in layout.blocks if not _in_margin(b, layout, settings)]
    return _body_size(inner) if inner else float("inf")


def _body_size(blocks: list[RawBlock]) -> float:
    sizes = Counter()
    for block in blocks:
        for seg in block.lines:
            for word in seg.words:
                sizes[round(word.size)] += len(word.text)
    return float(sizes.most_common(1)[0][0]) if sizes else 0.0


def _vocabulary(layouts: list[PageLayout]) -> set[str]:
    words = set()
    for layout in layouts:
        for block in layout.blocks:
            for seg in block.lines:
                words.update(w.text.lower().strip(".,;:()") for w in seg.words)
        for table in layout.tables:
            words.update(w.text.lower().strip(".,;:()") for w in table.words)
    return words


def join_lines(lines: list[str], vocabulary: set[str]) -> str:
    """Join a block's lines, mending words broken at a line end.

    ``organi-`` + ``sation`` becomes ``organisation`` when the document spells it whole
    elsewhere; otherwise the hyphen is a compound's own (``anti-`` + ``human``) and stays.
    """
    text = ""
    for line in lines:
        line = line.strip()
        if not text:
            text = line
        elif _ENDS_WITH_HYPHEN.search(text) and line[:1].isalpha():
            head = text.rsplit(" ", 1)[-1][:-1]
            tail = re.split(r"[\s,.;:)]", line, maxsplit=1)[0]
            whole = (head + tail).lower()
            glue = "" if whole in vocabulary and f"{head}-{tail}".lower() not in vocabulary else "-"
            text = text[:-1] + glue + line
        else:
            text = f"{text} {line}"
    return re.sub(r"\s+", " ", text).strip()


def _is_heading(raw: RawBlock, text: str, body: float, settings: LayoutSettings) -> bool:
    words = text.split()
    if not words or len(words) > settings.heading_max_words:
        return False
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    shouting = len(words) <= 10 and sum(c.isupper() for c in letters) > 0.8 * len(letters) and len(letters) > 3
    larger = raw.size >= body * settings.heading_size_ratio and (raw.bold or len(words) <= 12)
    label = len(words) <= 8 and text.endswith(":")
    sentence = text.endswith((".", ";", ",")) and not raw.marker and not (raw.bold and raw.size >= body)
    if sentence or (text.endswith(":") and len(words) > 8):
        return False
    if raw.marker and not (raw.bold and raw.size >= body):
        return False
    short_bold = raw.bold and len(words) <= 12  # a bold title over a list set larger than itself
    return larger or (raw.bold and raw.size >= body * 0.95) or short_bold or shouting or label


def _make_block(layout: PageLayout, index: int, raw: RawBlock, body: float, vocabulary: set[str],
                settings: LayoutSettings) -> Block:
    lines = [s.text for s in raw.lines]
    text = join_lines(lines, vocabulary)
    kind = "heading" if _is_heading(raw, text, body, settings) else "bullet" if raw.marker else "paragraph"
    marker = raw.marker
    if marker and kind == "bullet":
        text = text[len(marker):].strip() if text.startswith(marker) else text.lstrip(marker).strip()
    block = Block(id=f"p{layout.number}-b{index}", page=layout.number, kind=kind, text=text, bbox=raw.bbox,
                  size=raw.size, bold=raw.bold, marker=marker if kind == "bullet" else "")
    block.column = raw.column
    return block


def _heading_rank(pages: list[Page]) -> dict[tuple, int]:
    styles = {(round(b.size * 2) / 2, b.bold, b.text.endswith(":"))
              for p in pages for b in p.blocks if b.kind == "heading"}
    ordered = sorted(styles, key=lambda s: (-s[0], not s[1], s[2]))
    return {style: level for level, style in enumerate(ordered, start=1)}


def _nest_headings(pages: list[Page], settings: LayoutSettings) -> None:
    """Give headings a level and every block the path of headings it stands under.

    Levels rank heading styles (size, weight, label colon) across the document; the
    stack of open headings resets where the page format changes (slides to A4); a heading
    inside a box governs only what the box holds.
    """
    rank = _heading_rank(pages)
    stack: list[Block] = []
    previous_format = None
    for page in pages:
        page_format = (round(page.width), round(page.height))
        if page_format != previous_format:
            stack = []
            previous_format = page_format
        title = next((b for b in page.blocks if b.kind == "heading"), None)
        for block in page.blocks:
            stack = [h for h in stack if governs(h, block)]
            while (stack and stack[-1].page == page.number and stack[-1] is not title
                   and not _within(block.column, stack[-1].column)):
                stack.pop()  # a column heading governs its own column only (the page's title governs all)
            if block.kind == "heading":
                block.level = rank[(round(block.size * 2) / 2, block.bold, block.text.endswith(":"))]
                while stack and stack[-1].level >= block.level and stack[-1].box == block.box:
                    stack.pop()  # a heading inside a box leaves the headings around the box open
                block.section = [h.text for h in stack]
                stack.append(block)
            else:
                block.section = [h.text for h in stack]
                if block.kind == "bullet":
                    block.level = 1
        _attach_column_headings(page, settings)


def _numbered_paragraphs(pages: list[Page]) -> None:
    """Make paragraphs of numbered prose whose numbers run on across a heading: reports number their paragraphs
    through the text (1 to N, whatever the heading), where a list's numbers start again under each heading. Prose:
    most of the run's blocks end a sentence (a numbered list of names may run on under two headings)."""
    def number(block: Block) -> int:
        return int(_PARAGRAPH_NUMBER.fullmatch(block.marker).group(1))

    run: list[Block] = []
    for block in [*(b for p in pages for b in p.blocks if b.kind == "bullet" and _PARAGRAPH_NUMBER.fullmatch(b.marker)),
                  None]:
        if run and (block is None or number(block) != number(run[-1]) + 1):
            prose = sum(b.text.rstrip().endswith((".", "!", "?")) for b in run) > len(run) / 2
            if prose and len({tuple(b.section) for b in run}) > 1:
                for numbered in run:
                    numbered.kind, numbered.level = "paragraph", 0
            run = []
        if block is not None:
            run.append(block)


def _attach_column_headings(page: Page, settings: LayoutSettings) -> None:
    """Give a block left under the page title the column heading right above it, by geometry.

    Reading order cannot always keep a row of column headings with its columns (an intro
    line above them may straddle the gutters); the heading whose box sits over the block is
    the one that governs it.
    """
    headings = [b for b in page.blocks if b.kind == "heading"]
    if len(headings) < 3:
        return
    title = headings[0]
    columns = [h for h in headings[1:] if (h.bbox[2] - h.bbox[0]) < settings.column_heading_width * page.width]
    for block in page.blocks:
        if (block.kind == "heading" or not block.section or block.section[-1] != title.text
                or block.bbox[2] - block.bbox[0] > settings.full_width_block * page.width):  # spans every column
            continue
        above = [h for h in columns if h.bbox[3] <= block.bbox[1] + 1 and _overlap(h.bbox, block.bbox) >= 0.5
                 and governs(h, block)]
        if above:
            heading = max(above, key=lambda h: h.bbox[3])
            block.section = heading.section + [heading.text]


def _overlap(a, b) -> float:
    """Horizontal overlap of two boxes as a share of the narrower one."""
    width = min(a[2] - a[0], b[2] - b[0])
    return max(0.0, min(a[2], b[2]) - max(a[0], b[0])) / width if width > 0 else 0.0


def _within(column: tuple[int, ...], heading_column: tuple[int, ...]) -> bool:
    return column[: len(heading_column)] == heading_column


def _make_table(page: int, index: int, raw: RawTable, vocabulary: set[str]) -> Table:
    grid: list[list[Cell]] = []
    bold_rows: list[bool] = []
    for r, row in enumerate(raw.rows):
        cells, bold = [], []
        for c, box in enumerate(row):
            if box is None:
                continue
            words = [w for w in raw.words if box[0] <= (w.x0 + w.x1) / 2 <= box[2] and box[1] <= (w.top + w.bottom) / 2 <= box[3]]
            text = join_lines(_lines_of(words), vocabulary)
            bold.extend(w.bold for w in words)
            cells.append(Cell(text, r, c, tuple(round(v, 2) for v in box)))
        grid.append(cells)
        bold_rows.append(bool(bold) and all(bold))
    header: list[str] = []
    if grid and bold_rows[0] and all(c.text for c in grid[0]):
        header = [c.text for c in grid[0]]
        grid = grid[1:]
    body: list[Cell] = []
    row_header = ""
    columns = max((c.col for row in grid for c in row), default=0) + 1
    for row in grid:
        filled = [c for c in row if c.text]
        if columns >= 3 and len(filled) == 1 and filled[0].col == 0:
            row_header = filled[0].text  # a sub-heading row such as "Remote Participants"
            continue
        for cell in filled:
            cell.row_header = row_header
            body.append(cell)
    return Table(f"p{page}-t{index}", page, raw.bbox, header, body)


def _lines_of(words: list[Word]) -> list[str]:
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (round(w.top), w.x0)):
        if lines and abs(lines[-1][0].top - word.top) < 0.5 * word.size:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [Segment(sorted(line, key=lambda w: w.x0)).text for line in lines]


def _continue_tables(pages: list[Page]) -> None:
    """A headerless table that opens a page and matches the last table's columns continues it."""
    last: Table | None = None
    for page in pages:
        for table in page.tables:
            columns = {c.col for c in table.cells}
            if last and not table.header and last.header and columns <= set(range(len(last.header))):
                table.header = list(last.header)
            for cell in table.cells:
                if table.header and cell.col < len(table.header):
                    cell.column_header = table.header[cell.col]
            last = table
