"""Layout helper for author C's Spanish documents: a first page with a full-width banner
(title, subtitle, lead) above two columns; later pages in two columns (or any docgen layout)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Frame, NextPageTemplate, PageTemplate

from docgen import Document


class BannerDocument(Document):
    """docgen.Document whose first page has a banner frame over two columns.

    Call ``banner()`` before anything else, add the title and lead, then ``end_banner()``:
    the flow continues in the left column of page 1 and then in two columns.
    """

    banner_height = 62 * mm

    def _templates(self):
        templates = super()._templates()
        w, h = self.size
        m, gutter = self.margin, 7 * mm
        bottom, top = m + 14 * mm, h - m - 4 * mm
        split = top - self.banner_height
        col = (w - 2 * m - gutter) / 2
        frames = [Frame(m, split, w - 2 * m, self.banner_height, id="banner",
                        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)]
        frames += [Frame(m + i * (col + gutter), bottom, col, split - bottom - 4 * mm, id=f"b{i}",
                         leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
                   for i in range(2)]
        templates.append(PageTemplate(id="banner2", frames=frames, pagesize=self.size))
        return templates

    def banner(self, height_mm: float = 62):
        self.banner_height = height_mm * mm
        self._template = "banner2"
        self._add(NextPageTemplate("2"))

    def end_banner(self):
        self.next_column()
