"""Layout helper of the mr-webinar-summary / bn-donor-roundtable-note author.

MastheadDocument: a docgen.Document whose first page has a full-width masthead frame (a navy
band with the title) above two columns; the following pages are docgen's plain two-column pages.
Blocks added first fill the masthead; doc.next_column() then moves to the first column.

Import it with importlib (the file name has hyphens)::

    spec = importlib.util.spec_from_file_location("layout", "mr-webinar-summary_layout.py")
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Frame, PageTemplate

from docgen import LIGHT, NAVY, Document


class MastheadDocument(Document):
    """First page: masthead frame across the page, two columns under it; then two columns."""

    def __init__(self, *args, masthead_height: float = 60 * mm, **kwargs):
        super().__init__(*args, **kwargs)
        self.masthead_height = masthead_height
        self._template = "mast"

    def _templates(self):
        templates = super()._templates()
        w, h = self.size
        m, gutter = self.margin, 7 * mm
        bottom, top = m + 14 * mm, h - m - 4 * mm
        mast_bottom = top - self.masthead_height
        col = (w - 2 * m - gutter) / 2
        pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        frames = [Frame(m, mast_bottom, w - 2 * m, self.masthead_height, id="mast",
                        leftPadding=8, rightPadding=8, topPadding=8, bottomPadding=4)]
        frames += [Frame(m + i * (col + gutter), bottom, col, mast_bottom - 5 * mm - bottom,
                         id=f"m{i}", **pad) for i in range(2)]
        templates.append(PageTemplate(id="mast", frames=frames, pagesize=self.size,
                                      onPage=self._decorate_mast, autoNextPageTemplate="2"))
        return templates

    def _decorate_mast(self, canv, _doc):
        w, h = self.size
        m = self.margin
        top = h - m - 4 * mm
        canv.saveState()
        canv.setFillColor(LIGHT)
        canv.rect(m, top - self.masthead_height, w - 2 * m, self.masthead_height, stroke=0, fill=1)
        canv.setFillColor(NAVY)
        canv.rect(m, top - 2.2 * mm, w - 2 * m, 2.2 * mm, stroke=0, fill=1)
        canv.restoreState()
