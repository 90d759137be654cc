"""Layouts for the bn- (briefing notes and newsletters) documents, on top of docgen.

docgen's page templates are whole pages of one to three columns. Newsletters and briefing notes
put a full-width masthead band above their columns, so this module adds page templates
``mast2`` and ``mast3``: a band across the top of the page, then two or three columns below it.
After a masthead page the document carries on in plain two or three columns.

    from bn_layout import BnDocument
    doc = BnDocument("bn-x.pdf", band=48 * mm, ...)
    doc.masthead(3)           # first page: band + three columns
    doc.title("...")          # goes into the band
    doc.next_column()         # leave the band for column 1
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Frame, PageTemplate

from docgen import NAVY, TEAL, Document


class BnDocument(Document):
    """A docgen Document with masthead-band page templates (mast2, mast3)."""

    def __init__(self, *args, band: float = 50 * mm, **kwargs):
        super().__init__(*args, **kwargs)
        self.band = band

    def _mast_frames(self, ncols: int):
        w, h = self.size
        m, gutter = self.margin, 7 * mm
        bottom, top = m + 14 * mm, h - m - 4 * mm
        band_bottom = top - self.band
        frames = [Frame(m, band_bottom, w - 2 * m, self.band, id="band", leftPadding=0,
                        rightPadding=0, topPadding=0, bottomPadding=0)]
        col = (w - 2 * m - gutter * (ncols - 1)) / ncols
        col_top = band_bottom - 5 * mm
        frames += [Frame(m + i * (col + gutter), bottom, col, col_top - bottom, id=f"m{i}",
                         leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
                   for i in range(ncols)]
        return frames

    def _decorate_band(self, canv, _doc):
        w, h = self.size
        top = h - self.margin - 4 * mm
        y = top - self.band - 2.5 * mm
        canv.saveState()
        canv.setStrokeColor(NAVY)
        canv.setLineWidth(2)
        canv.line(self.margin, y, w - self.margin, y)
        canv.setStrokeColor(TEAL)
        canv.setLineWidth(0.6)
        canv.line(self.margin, y - 2.5, w - self.margin, y - 2.5)
        canv.restoreState()

    def _templates(self):
        templates = super()._templates()
        for n in (2, 3):
            templates.append(PageTemplate(id=f"mast{n}", frames=self._mast_frames(n),
                                          pagesize=self.size, onPage=self._decorate_band,
                                          autoNextPageTemplate=str(n)))
        return templates

    def masthead(self, ncols: int):
        """A page with a full-width band then ncols columns (at once if nothing is written yet)."""
        self._switch(f"mast{ncols}")
