"""Layout helpers of the b6e author (batch 6): a slide whose body is a ruled grid.

grid_slide(doc, title, rows, widths, subtitle="", font_size=11, box=None) draws one 16:9 slide
with the usual title bar and, under the title, a table (first row = header). Each cell is one
paragraph; items inside a cell are separated by <br/>. Content is drawn row by row, cell by cell,
so every cell reads as one block in the text layer.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from docgen import LIGHT, NAVY, STYLES, TEAL, markup
from slides import PAD, _box, _box_height, _flow, _items


class _GridSlide(Flowable):
    def __init__(self, title, subtitle, rows, widths, font_size, box, size):
        super().__init__()
        self.title, self.subtitle, self.rows, self.widths = title, subtitle, rows, widths
        self.font_size, self.box, self.size = font_size, box, size

    def wrap(self, avail_width, avail_height):
        return avail_width, avail_height - 1

    def drawOn(self, canv, x, y, _sW=0):
        w, h = self.size
        canv.saveState()
        canv.setFillColor(NAVY)
        canv.rect(0, h - 8, w, 8, stroke=0, fill=1)
        canv.restoreState()
        y = _flow(canv, [Paragraph(markup(self.title), STYLES["slidetitle"])], PAD, h - 30, w - 2 * PAD)
        if self.subtitle:
            y = _flow(canv, [Paragraph(markup(self.subtitle), STYLES["slidehead"])], PAD, y, w - 2 * PAD)
        y -= 4
        bottom = 48
        if self.box:
            heading, content = self.box
            paragraphs = [Paragraph(markup(heading), STYLES["slidehead"])] + _items(content, "bullet", 12)
            height = _box_height(canv, paragraphs, w - 2 * PAD - 16)
            _box(canv, PAD, bottom + height, w - 2 * PAD, height, True)
            _flow(canv, paragraphs, PAD + 8, bottom + height - 8, w - 2 * PAD - 16)
            bottom += height + 10
        fs = self.font_size
        cell = ParagraphStyle("g6c", parent=STYLES["cell"], fontSize=fs, leading=fs + 3)
        head = ParagraphStyle("g6h", parent=STYLES["cellhead"], fontSize=fs, leading=fs + 3,
                              textColor=colors.white)
        data = [[Paragraph(markup(c), head if r == 0 else cell) for c in row]
                for r, row in enumerate(self.rows)]
        table = Table(data, colWidths=self.widths, hAlign="LEFT")
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("GRID", (0, 0), (-1, -1), 0.6, TEAL),
            ("BACKGROUND", (0, 0), (-1, 0), TEAL),
            ("BACKGROUND", (0, 1), (0, -1), LIGHT),
            ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]))
        _, th = table.wrapOn(canv, w - 2 * PAD, y - bottom)
        if th > y - bottom:
            raise ValueError(f"grid slide {self.title!r} overflows by {th - (y - bottom):.0f} pt")
        table.drawOn(canv, PAD, y - th)


def grid_slide(doc, title, rows, widths, subtitle="", font_size=11, box=None):
    """Add one slide page whose body is a grid (rows[0] is the header row)."""
    if doc.story:
        doc.page_break()
    doc._add(_GridSlide(title, subtitle, rows, widths, font_size, box, doc.size))
