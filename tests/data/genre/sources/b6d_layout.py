"""Newsletter layout for docgen (batch 6, author b6d): a masthead band across the top of the
first page, two columns under it, and two full-height columns on the following pages.

    from b6d_layout import DigestDocument
    doc = DigestDocument("x.pdf", masthead=("Title", "Issue line", "Theme line"), header=..., ...)
    doc.para(...)          # flows into the two columns of page 1, then pages 2, 3, ...
    doc.next_column()      # as in docgen

Only subclasses docgen.Document; docgen itself is unchanged.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Frame, NextPageTemplate, PageTemplate

from docgen import NAVY, TEAL, Document


class DigestDocument(Document):
    """A docgen Document whose first page has a masthead band over two columns."""

    def __init__(self, filename: str, masthead=("", "", ""), mast_height: float = 34 * mm, **kw):
        super().__init__(filename, **kw)
        self.mast, self.mast_h = masthead, mast_height
        self._template = "mast"
        self.story.append(NextPageTemplate("2"))

    def _mast_frames(self):
        w, h = self.size
        m, gutter = self.margin, 7 * mm
        bottom, top = m + 14 * mm, h - m - 4 * mm - self.mast_h - 4 * mm
        col = (w - 2 * m - gutter) / 2
        return [Frame(m + i * (col + gutter), bottom, col, top - bottom, id=f"m{i}",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
                for i in range(2)]

    def _draw_mast(self, canv, _doc):
        w, h = self.size
        m = self.margin
        top = h - m - 4 * mm
        title, issue, theme = self.mast
        canv.saveState()
        canv.setFillColor(NAVY)
        canv.rect(m, top - self.mast_h, w - 2 * m, self.mast_h, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("Sans-Bold", 22)
        canv.drawString(m + 5 * mm, top - 12 * mm, title)
        canv.setFont("Sans", 9.5)
        canv.drawString(m + 5 * mm, top - 19 * mm, issue)
        canv.setFillColor(colors.HexColor("#BFE3EA"))
        canv.setFont("Sans-Oblique", 9.5)
        canv.drawString(m + 5 * mm, top - 26 * mm, theme)
        canv.setStrokeColor(TEAL)
        canv.setLineWidth(2)
        canv.line(m, top - self.mast_h - 1.5 * mm, w - m, top - self.mast_h - 1.5 * mm)
        canv.restoreState()

    def _templates(self):
        return super()._templates() + [
            PageTemplate(id="mast", frames=self._mast_frames(), pagesize=self.size,
                         onPage=self._draw_mast)]
