"""Layouts the docgen kit lacks, shared by the es-* scripts (Spanish genre documents).

NewsletterDocument adds a page template "mast": a full-width masthead band on top of the page
(title, issue line, summary) and two or three columns below it. Fill the masthead, call
next_column() to move to the first column; the pages after it use the plain n-column template.

    from es_layout import NewsletterDocument
    doc = NewsletterDocument("x.pdf", lang="es", mast_height=58 * mm, mast_columns=3)
    doc.masthead_layout()          # first page: masthead + 3 columns
    doc.title("Boletín ...")
    doc.next_column()              # leave the masthead
    doc.heading("...")
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Frame, PageTemplate

from docgen import LIGHT, NAVY, Document


class NewsletterDocument(Document):
    """A Document whose first page can carry a full-width masthead above n columns."""

    def __init__(self, *args, mast_height: float = 58 * mm, mast_columns: int = 3, **kwargs):
        super().__init__(*args, **kwargs)
        self.mast_height, self.mast_columns = mast_height, mast_columns

    def _templates(self):
        templates = super()._templates()
        w, h = self.size
        m, gutter = self.margin, 7 * mm
        bottom, top = m + 14 * mm, h - m - 4 * mm
        mast = Frame(m, top - self.mast_height, w - 2 * m, self.mast_height, id="mast",
                     leftPadding=8, rightPadding=8, topPadding=8, bottomPadding=4)
        n = self.mast_columns
        col = (w - 2 * m - gutter * (n - 1)) / n
        col_top = top - self.mast_height - 5 * mm
        frames = [mast] + [Frame(m + i * (col + gutter), bottom, col, col_top - bottom, id=f"m{i}",
                                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
                           for i in range(n)]
        templates.append(PageTemplate(id="mast", frames=frames, pagesize=self.size,
                                      onPage=self._decorate_mast, autoNextPageTemplate=str(n)))
        return templates

    def _decorate_mast(self, canv, _doc):
        w, h = self.size
        top = h - self.margin - 4 * mm
        canv.saveState()
        canv.setFillColor(LIGHT)
        canv.rect(self.margin, top - self.mast_height, w - 2 * self.margin, self.mast_height,
                  stroke=0, fill=1)
        canv.setFillColor(NAVY)
        canv.rect(self.margin, top - self.mast_height, w - 2 * self.margin, 2.2, stroke=0, fill=1)
        canv.restoreState()

    def masthead_layout(self):
        """First page (or next page): masthead band and columns; later pages plain columns."""
        self._switch("mast")
