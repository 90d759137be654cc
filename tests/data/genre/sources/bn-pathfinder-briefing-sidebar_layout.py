"""Layout for bn-pathfinder-briefing-sidebar: a briefing note with a full-width title band on page 1,
two flowing main columns and a shaded sidebar on the right of every page.

The main text flows through the two columns from page to page (docgen's flow); the sidebar of each
page is drawn from a list of blocks given per page number (sidebar(page, ...)), so the main text never
spills into it. Used as::

    layout = importlib.import_module("bn-pathfinder-briefing-sidebar_layout")
    doc = layout.SidebarBriefing("x.pdf", ...)
    doc.side_heading(1, "Key figures"); doc.side_para(1, "..."); doc.side_bullets(1, [...])
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Frame, NextPageTemplate, PageTemplate, Paragraph

from docgen import LIGHT, NAVY, STYLES, TEAL, Document, markup

SIDE_W = 50 * mm
GUTTER = 6 * mm
COL_GUTTER = 5 * mm
TITLE_H = 112

SIDE_STYLES = {
    "head": ParagraphStyle("sidehead", parent=STYLES["h2"], fontSize=10, leading=12.5, textColor=NAVY,
                           spaceBefore=4, spaceAfter=3),
    "para": ParagraphStyle("sidepara", parent=STYLES["small"], fontSize=8, leading=10.2, spaceAfter=4),
    "item": ParagraphStyle("sideitem", parent=STYLES["small"], fontSize=8, leading=10.2, spaceAfter=3,
                           leftIndent=9, bulletIndent=0, bulletFontName="Sans"),
    "big": ParagraphStyle("sidebig", parent=STYLES["h1"], fontSize=15, leading=17, textColor=TEAL,
                          spaceBefore=2, spaceAfter=0),
}


class SidebarBriefing(Document):
    """docgen.Document with a title band, two main columns and a per-page sidebar."""

    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self._side: dict[int, list] = {}
        self._template = "cover"
        self.story.append(NextPageTemplate("body"))

    # --- sidebar content ---------------------------------------------------------------------
    def side_heading(self, page: int, text: str):
        self._side.setdefault(page, []).append(Paragraph(markup(text), SIDE_STYLES["head"]))

    def side_para(self, page: int, text: str, big: bool = False):
        self._side.setdefault(page, []).append(
            Paragraph(markup(text), SIDE_STYLES["big" if big else "para"]))

    def side_bullets(self, page: int, items, marker: str = "\u2022"):
        for item in items:
            self._side.setdefault(page, []).append(
                Paragraph(markup(item), SIDE_STYLES["item"], bulletText=marker))

    # --- page templates ----------------------------------------------------------------------
    def _geometry(self, cover: bool):
        w, h = self.size
        m = self.margin
        bottom, top = m + 14 * mm, h - m - 4 * mm
        body_top = top - TITLE_H - 6 if cover else top
        main = w - 2 * m - SIDE_W - GUTTER
        col = (main - COL_GUTTER) / 2
        return w, h, m, bottom, top, body_top, col

    def _body_frames(self, cover: bool):
        w, h, m, bottom, top, body_top, col = self._geometry(cover)
        frames = []
        if cover:
            frames.append(Frame(m, body_top + 6, w - 2 * m, TITLE_H, id="title", leftPadding=0,
                                rightPadding=0, topPadding=0, bottomPadding=0))
        frames += [Frame(m + i * (col + COL_GUTTER), bottom, col, body_top - bottom, id=f"c{i}",
                         leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0) for i in range(2)]
        return frames

    def _draw_side(self, cover: bool):
        def on_page(canv, _doc):
            w, h, m, bottom, top, body_top, col = self._geometry(cover)
            x = w - m - SIDE_W
            canv.saveState()
            canv.setFillColor(LIGHT)
            canv.rect(x, bottom, SIDE_W, body_top - bottom, stroke=0, fill=1)
            canv.setStrokeColor(TEAL)
            canv.setLineWidth(2)
            canv.line(x, body_top, x + SIDE_W, body_top)
            canv.restoreState()
            y = body_top - 8
            inner = SIDE_W - 14
            for para in self._side.get(canv.getPageNumber(), []):
                _, ph = para.wrapOn(canv, inner, 1000)
                y -= para.style.spaceBefore
                if y - ph < bottom + 4:
                    raise ValueError(f"sidebar of page {canv.getPageNumber()} overflows")
                para.drawOn(canv, x + 7, y - ph)
                y -= ph + para.style.spaceAfter
        return on_page

    def _templates(self):
        return [PageTemplate(id="cover", frames=self._body_frames(True), pagesize=self.size,
                             onPage=self._draw_side(True)),
                PageTemplate(id="body", frames=self._body_frames(False), pagesize=self.size,
                             onPage=self._draw_side(False))] + super()._templates()
