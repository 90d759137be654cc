"""Layout helper for sd-action-group-plan-deck.py: a slide whose body is a table.

docgen draws a slide as one whole-page flowable and tables only on flow pages; this module draws
the slide frame (navy bar, title, subtitle) with slides.draw_slide and puts a table under the
title on the same page, so a timeline or status table looks like the other slides.
"""

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from docgen import GREY, LIGHT, STYLES, markup
from slides import PAD, draw_slide


class _TableSlide(Flowable):
    def __init__(self, spec, size, rows, widths, font_size, ruled):
        super().__init__()
        self.spec, self.size, self.rows, self.widths = spec, size, rows, widths
        self.font_size, self.ruled = font_size, ruled

    def wrap(self, avail_width, avail_height):
        return avail_width, avail_height - 1

    def _table(self):
        fs = self.font_size
        cell = ParagraphStyle("tsc", parent=STYLES["cell"], fontSize=fs, leading=fs + 3)
        head = ParagraphStyle("tsh", parent=STYLES["cellhead"], fontSize=fs, leading=fs + 3)
        data = [[Paragraph(markup(c), head if r == 0 else cell) if c else "" for c in row]
                for r, row in enumerate(self.rows)]
        cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("BACKGROUND", (0, 0), (-1, 0), LIGHT)]
        if self.ruled == "grid":
            cmds.append(("GRID", (0, 0), (-1, -1), 0.6, colors.black))
        else:
            cmds.append(("LINEBELOW", (0, 0), (-1, -1), 0.5, GREY))
        table = Table(data, colWidths=self.widths, hAlign="LEFT")
        table.setStyle(TableStyle(cmds))
        return table

    def drawOn(self, canvas, x, y, _sW=0):
        draw_slide(canvas, self.spec, self.size)
        w, h = self.size
        top = h - 30
        for text, style in ((self.spec["title"], "slidetitle"), (self.spec["subtitle"], "slidehead")):
            if text:
                para = Paragraph(markup(text), STYLES[style])
                _, ph = para.wrapOn(canvas, w - 2 * PAD, 1000)
                top -= ph + para.style.spaceAfter
        table = self._table()
        _, th = table.wrapOn(canvas, w - 2 * PAD, h)
        table.drawOn(canvas, PAD, top - 10 - th)


def table_slide(doc, title, rows, widths, subtitle="", font_size=10.5, ruled="rows"):
    """Add one slide page with a title, an optional subtitle and a table (rows of strings)."""
    spec = dict(title=title, subtitle=subtitle, columns=[], body=[], box=None, boxed=True,
                marker="bullet")
    if doc.story:
        doc.page_break()
    doc._add(_TableSlide(spec, doc.size, rows, widths, font_size, ruled))
