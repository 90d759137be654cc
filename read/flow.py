"""The text's flow across what interrupts it: framed boxes, footnotes and endnotes, column and page breaks.

A box or sidebar (a filled or stroked frame that holds text) is read as blocks of its own, and its
headings govern only what the frame holds. A footnote or endnote is a block of kind ``note``. A
paragraph that stops mid-sentence at the foot of a column or page, or before a box or a note, goes
on in the next paragraph of the text around it when that one opens in lower case: the two are
joined again, the block keeping where each part is printed.
"""

from __future__ import annotations

import re
from typing import Callable

from kg87.model.document import Block, Page, Part, body_size

from .settings import LayoutSettings

_NOTE_NUMBER = re.compile(r"^(\d{1,3}|[*†‡§])[.)]?(\s|(?=[A-Z]))")
_SENTENCE_ENDS = (".", "!", "?", ":", ";", '"', "”", "»")
TOUCHING = 1.0  # points two boxes may overlap and still stand one below the other


def name_boxes(page_number: int, blocks: list[Block], frames_of: list[tuple[int, ...]]) -> None:
    """Give each block the boxes it sits in. A frame that holds headings alone (a title bar, a shaded
    header row) frames no box: its headings govern what follows as any heading does."""
    holding_text = {i for block, frames in zip(blocks, frames_of) if block.kind != "heading" for i in frames}
    for block, frames in zip(blocks, frames_of):
        block.box = tuple(f"p{page_number}-f{i}" for i in frames if i in holding_text)


def governs(heading: Block, block: Block) -> bool:
    """A heading inside a box governs only blocks inside that box."""
    return block.box[: len(heading.box)] == heading.box


def mark_notes(pages: list[Page], settings: LayoutSettings) -> None:
    """Footnotes and endnotes become blocks of kind ``note``: set smaller than the document's body text, below
    the body text of their page and with none below them, opening with a note number (a paragraph going on
    right after a note is that note's too)."""
    small = settings.note_size_ratio * body_size(b for p in pages for b in p.blocks)
    for page in pages:
        previous_note = False
        body = [b for b in page.blocks if b.size > small and b.kind != "heading"]
        for block in page.blocks:
            numbered = bool(block.marker and block.marker.rstrip(".)").isdigit()) or bool(_NOTE_NUMBER.match(block.text))
            at_foot = block.kind != "heading" and block.size <= small and any(_below(block, b) for b in body) \
                and not any(_below(b, block) for b in body)
            is_note = at_foot and (numbered or (previous_note and block.kind == "paragraph"))
            if is_note:
                block.kind = "note"
            previous_note = is_note


def _below(other: Block, block: Block) -> bool:
    """Whether `other` stands below `block`, over some of the same width."""
    overlap = min(other.bbox[2], block.bbox[2]) - max(other.bbox[0], block.bbox[0])
    return other.bbox[1] >= block.bbox[3] - TOUCHING and overlap > 0


def join_broken_sentences(pages: list[Page], settings: LayoutSettings, join: Callable[[str, str], str]) -> None:
    """Join a paragraph or item cut mid-sentence with the paragraph its sentence goes on in; `join` joins two
    texts as two lines of one block (mending a word broken at the line end)."""
    flow = [(page, block) for page in pages for block in page.blocks]
    i = 0
    while i < len(flow):
        j = _continuation(flow, i, settings)
        if j is None:
            i += 1
            continue
        cut, (page, rest) = flow[i][1], flow[j]
        joined = join(cut.text, rest.text)
        offset = len(joined) - len(rest.text)
        cut.parts += [Part(rest.page, rest.bbox, offset)] + [Part(p.page, p.bbox, p.start + offset) for p in rest.parts]
        cut.text = joined
        page.blocks.remove(rest)
        del flow[j]


def _continuation(flow: list[tuple[Page, Block]], i: int, settings: LayoutSettings) -> int | None:
    """The index of the paragraph that goes on with block i's last sentence, if it was cut: the next paragraph
    under the same headings, in another column or page or after a box or note, opening in lower case."""
    page, cut = flow[i]
    if cut.kind not in ("paragraph", "bullet") or not cut.text or cut.text.endswith(_SENTENCE_ENDS):
        return None
    for j in range(i + 1, len(flow)):
        next_page, rest = flow[j]
        if rest.kind == "note" or (rest.box != cut.box and rest.box[: len(cut.box)] == cut.box):
            continue  # a note or a box in the flow: the text may go on after it
        moved = next_page is not page or rest.column != cut.column or j > i + 1
        if (rest.kind == "paragraph" and rest.box == cut.box and rest.section == cut.section and moved
                and rest.text[:1].islower() and abs(rest.size - cut.size) <= settings.block_size_tolerance):
            return j
        return None
    return None
