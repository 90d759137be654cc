"""Layouts for the fr-compte-rendu-groupe-action and fr-note-breve-colonnes documents.

`BannerDocument` is a docgen.Document whose first page has a full-width banner frame on top and two
columns under it (the usual face of a "note brève"); the pages after it are in two columns.
Use it as a Document, call `banner_layout()` before adding any block, put the banner blocks
first, then `next_column()` to start the left column.

`numbered(doc, n, text)` adds a numbered paragraph with a hanging indent (compte rendu style).
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Frame, PageTemplate, Paragraph

from docgen import NAVY, STYLES, Document, markup


class BannerDocument(Document):
    """A Document with an extra page template: a full-width banner, then two columns."""

    def __init__(self, *args, banner_height: float = 62 * mm, **kwargs):
        super().__init__(*args, **kwargs)
        self.banner_height = banner_height

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

        def rule(canv, _doc):
            canv.saveState()
            canv.setStrokeColor(NAVY)
            canv.setLineWidth(1.2)
            canv.line(m, split - 2 * mm, w - m, split - 2 * mm)
            canv.restoreState()

        templates.append(PageTemplate(id="banner2", frames=frames, pagesize=self.size, onPage=rule,
                                      autoNextPageTemplate="2"))
        return templates

    def banner_layout(self):
        """First page: banner on top, two columns below; later pages: two columns."""
        self._template = "banner2"


def numbered(doc: Document, n: int, text: str):
    """A numbered paragraph '12.  text' with a hanging indent."""
    style = ParagraphStyle("numbered", parent=STYLES["body"], leftIndent=22, bulletIndent=0,
                           bulletFontName="Sans")
    doc._add(Paragraph(markup(text), style, bulletText=f"{n}."))
