"""A small typesetting kit for the fictional genre documents (reportlab platypus).

A source script builds one document::

    from docgen import Document, A4, A4_LANDSCAPE, SLIDE

    doc = Document("meeting-report-x.pdf", size=A4, lang="en",
                   header="Alliance 8.7 - Global Coordinating Group",
                   footer="www.alliance87.org", page_numbers="Page {n} of {total}")
    doc.title("9th Meeting of the ...", subtitle="Geneva, 3 May 2022")
    doc.heading("1. Opening", level=1)
    doc.para("The Chair opened the meeting ... <b>bold</b> and <i>italic</i> work.")
    doc.bullets(["first item", "second item"], marker="-")   # markers: bullet - o square 1. (a) a) i.
    doc.table([["Outcome", "Action", "Deadline"], [...]], ruled="grid")  # grid | rows | none
    with doc.box("Key facts"):                                # a shaded box (sidebar) in the flow
        doc.para("...")
    doc.columns(2)                                            # next page on: two columns (1, 2 or 3)
    doc.next_column()                                         # jump to the next column / frame
    doc.sidebar_layout()                                      # next page: main column + shaded sidebar
    doc.para("A sentence with a note." + doc.footnote("The note, printed at the foot of this page."))
    doc.page_break()
    doc.save()

Slides (``size=SLIDE``): ``doc.slide(title, columns=[...], box=...)`` draws one slide page; flow
blocks (heading, table, bullets) after ``doc.page_break()`` fill further pages of the deck.
Every page carries a line saying the document is fictional. Output is byte-for-byte reproducible.
All text is real text in Bitstream Vera Sans (shipped with reportlab), embedded with a ToUnicode
map, so accents, the typographic apostrophe, bullets and the ligature oe extract as text.
"""

from __future__ import annotations

import os
import re
from contextlib import contextmanager
from xml.sax.saxutils import escape

import reportlab
from reportlab import rl_config

rl_config.invariant = 1  # no timestamps or random ids: reproducible output

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas as pdfcanvas  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate, Flowable, Frame, FrameBreak, KeepTogether, NextPageTemplate, PageBreak,
    PageTemplate, Paragraph, Spacer, Table, TableStyle,
)

A4_LANDSCAPE = landscape(A4)
SLIDE = (960, 540)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)

_FONTS = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
for _name, _file in [("Sans", "Vera.ttf"), ("Sans-Bold", "VeraBd.ttf"),
                     ("Sans-Oblique", "VeraIt.ttf"), ("Sans-BoldOblique", "VeraBI.ttf")]:
    pdfmetrics.registerFont(TTFont(_name, os.path.join(_FONTS, _file)))
pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="Sans-Bold", italic="Sans-Oblique",
                              boldItalic="Sans-BoldOblique")

NAVY, TEAL, GREY = colors.HexColor("#1F3A5F"), colors.HexColor("#2A7F8E"), colors.HexColor("#555555")
LIGHT = colors.HexColor("#EAF2F5")

FICTION = {
    "en": "Fictional document written to test kg87 - not an Alliance 8.7 publication.",
    "fr": "Document fictif rédigé pour tester kg87 - ce n'est pas une publication de l'Alliance 8.7.",
    "es": "Documento ficticio redactado para probar kg87 - no es una publicación de la Alianza 8.7.",
}
MARKERS = {"bullet": "\u2022", "-": "\u2013", "o": "o", "square": "\u25aa"}
_INLINE = re.compile(r"(</?(?:b|i|u|sup|super)>|<br/>)")


def markup(text: str) -> str:
    """Escape plain text for reportlab, keeping the tags <b> <i> <u> <sup> and <br/>."""
    return "".join(p if _INLINE.fullmatch(p) else escape(p) for p in _INLINE.split(text))


def _style(name, **kw):
    base = dict(fontName="Sans", fontSize=10, leading=13.5, spaceAfter=6)
    base.update(kw)
    return ParagraphStyle(name, **base)


STYLES = {
    "body": _style("body"),
    "small": _style("small", fontSize=8.5, leading=11, spaceAfter=3),
    "title": _style("title", fontName="Sans-Bold", fontSize=19, leading=23, textColor=NAVY),
    "subtitle": _style("subtitle", fontSize=12, leading=16, textColor=TEAL, spaceAfter=10),
    "h1": _style("h1", fontName="Sans-Bold", fontSize=13, leading=16, textColor=NAVY, spaceBefore=8),
    "h2": _style("h2", fontName="Sans-Bold", fontSize=11, leading=14, spaceBefore=6, spaceAfter=4),
    "h3": _style("h3", fontName="Sans-BoldOblique", fontSize=10, leading=13, spaceBefore=4, spaceAfter=3),
    "cell": _style("cell", fontSize=8.5, leading=10.5, spaceAfter=0),
    "cellhead": _style("cellhead", fontName="Sans-Bold", fontSize=8.5, leading=10.5, spaceAfter=0),
    "slidetitle": _style("slidetitle", fontName="Sans-Bold", fontSize=24, leading=28, textColor=NAVY),
    "slidebody": _style("slidebody", fontSize=13, leading=16, spaceAfter=5),
    "slidehead": _style("slidehead", fontName="Sans-Bold", fontSize=14, leading=17, textColor=TEAL),
}


def _item_marker(marker: str, index: int) -> str:
    """The printed marker of list item `index` (0-based) for a marker pattern."""
    if marker in MARKERS:
        return MARKERS[marker]
    letter, roman = "abcdefghijklmnopqrstuvwxyz"[index], ["i", "ii", "iii", "iv", "v", "vi", "vii",
                                                          "viii", "ix", "x", "xi", "xii"][index]
    for pattern, value in (("1", str(index + 1)), ("a", letter), ("i", roman)):
        if pattern in marker:
            return marker.replace(pattern, value, 1)
    return marker


class _FootnoteAnchor(Flowable):
    """Zero-size flowable that files a footnote under the page it is drawn on."""

    def __init__(self, document: "Document", number: int, text: str):
        super().__init__()
        self.document, self.number, self.text = document, number, text
        self.width = self.height = 0

    def draw(self):
        page = self.canv.getPageNumber()
        self.document._notes.setdefault(page, []).append((self.number, self.text))


class _Slide(Flowable):
    """A whole slide page, drawn at page coordinates whatever frame it lands in."""

    def __init__(self, spec: dict, size):
        super().__init__()
        self.spec, self.size = spec, size

    def wrap(self, avail_width, avail_height):
        return avail_width, avail_height - 1

    def drawOn(self, canvas, x, y, _sW=0):
        from slides import draw_slide  # noqa: PLC0415  (slides.py imports this module)

        draw_slide(canvas, self.spec, self.size)


class Document:
    """One PDF: a flow of blocks laid out in page templates (one to three columns, slides)."""

    def __init__(self, filename: str, size=A4, lang: str = "en", header: str = "", footer: str = "",
                 page_numbers: str = "{n}", margin: float = 20 * mm, title: str = "",
                 author: str = "Alliance 8.7 (fictional)"):
        self.path = os.path.join(OUT_DIR, filename)
        self.size, self.lang, self.margin = size, lang, margin
        self.header, self.footer, self.page_numbers = header, footer, page_numbers
        self.meta = dict(title=title or filename, author=author)
        self.story, self._notes, self._note_count = [], {}, 0
        self._sink = self.story
        self._template = None
        self._pending_footnotes: list[_FootnoteAnchor] = []

    # --- page templates ------------------------------------------------------------------------

    def _frames(self, ncols: int, side: float = 0.0):
        w, h = self.size
        m, gutter = self.margin, 7 * mm
        bottom, top = m + 14 * mm, h - m - 4 * mm
        usable = w - 2 * m - (side + gutter if side else 0)
        col = (usable - gutter * (ncols - 1)) / ncols
        frames = [Frame(m + i * (col + gutter), bottom, col, top - bottom, id=f"c{i}",
                        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
                  for i in range(ncols)]
        if side:
            frames.append(Frame(w - m - side, bottom, side, top - bottom, id="side",
                                leftPadding=6, rightPadding=6, topPadding=6, bottomPadding=6))
        return frames

    def _templates(self):
        names = {"1": (1, 0), "2": (2, 0), "3": (3, 0), "side": (1, 58 * mm)}
        return [PageTemplate(id=k, frames=self._frames(n, s), pagesize=self.size,
                             **({"onPage": self._decorate_side} if s else {}))
                for k, (n, s) in names.items()]

    def _decorate_side(self, canv, _doc):
        w, h = self.size
        canv.saveState()
        canv.setFillColor(LIGHT)
        canv.rect(w - self.margin - 58 * mm, self.margin + 14 * mm, 58 * mm,
                  h - 2 * self.margin - 18 * mm, stroke=0, fill=1)
        canv.restoreState()

    # --- blocks --------------------------------------------------------------------------------

    def _add(self, *flowables):
        self._sink.extend(flowables)
        if self._pending_footnotes and self._sink is self.story:
            self.story.extend(self._pending_footnotes)
            self._pending_footnotes = []

    def title(self, text: str, subtitle: str = ""):
        self._add(Paragraph(markup(text), STYLES["title"]))
        if subtitle:
            self._add(Paragraph(markup(subtitle), STYLES["subtitle"]))

    def heading(self, text: str, level: int = 1):
        self._add(Paragraph(markup(text), STYLES[f"h{level}"]))

    def para(self, text: str, style: str = "body", **overrides):
        st = ParagraphStyle(f"{style}+", parent=STYLES[style], **overrides) if overrides else STYLES[style]
        self._add(Paragraph(markup(text), st))

    def bullets(self, items, marker: str = "bullet", indent: float = 16, style: str = "body"):
        """A list; an item may be a (text, [sub-items]) pair, whose sub-items get marker 'o'."""
        st = ParagraphStyle(f"li{indent}{style}", parent=STYLES[style], leftIndent=indent,
                            bulletIndent=indent - 12, spaceAfter=3, bulletFontName="Sans")
        for i, item in enumerate(items):
            text, subs = (item, None) if isinstance(item, str) else item
            self._add(Paragraph(markup(text), st, bulletText=_item_marker(marker, i)))
            if subs:
                self.bullets(subs, marker="o", indent=indent + 16, style=style)

    def table(self, rows, ruled: str = "grid", widths=None, spans=(), header: bool = True,
              font_size: float = 8.5, repeat_header: bool = True):
        """rows: lists of strings; spans: (col0, row0, col1, row1); ruled: grid | rows | none."""
        cell = ParagraphStyle("c", parent=STYLES["cell"], fontSize=font_size, leading=font_size + 2)
        head = ParagraphStyle("h", parent=STYLES["cellhead"], fontSize=font_size, leading=font_size + 2)
        data = [[Paragraph(markup(c), head if header and r == 0 else cell) if c else ""
                 for c in row] for r, row in enumerate(rows)]
        cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6)]
        cmds += [("SPAN", (a, b), (c, d)) for a, b, c, d in spans]
        if ruled == "grid":
            cmds += [("GRID", (0, 0), (-1, -1), 0.6, colors.black)]
        elif ruled == "rows":
            cmds += [("LINEBELOW", (0, 0), (-1, -1), 0.4, GREY)]
        if header and ruled != "none":
            cmds += [("BACKGROUND", (0, 0), (-1, 0), LIGHT)]
        table = Table(data, colWidths=widths, repeatRows=1 if header and repeat_header else 0,
                      hAlign="LEFT")
        table.setStyle(TableStyle(cmds))
        self._add(table)

    @contextmanager
    def box(self, title: str = "", shaded: bool = True, border: bool = True):
        """Blocks added inside the `with` go into one framed, shaded box."""
        outer, inner = self._sink, []
        self._sink = inner
        if title:
            self.heading(title, level=2)
        try:
            yield
        finally:
            self._sink = outer
        table = Table([[inner]], hAlign="LEFT")
        cmds = [("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]
        if shaded:
            cmds.append(("BACKGROUND", (0, 0), (-1, -1), LIGHT))
        if border:
            cmds.append(("BOX", (0, 0), (-1, -1), 0.8, TEAL))
        table.setStyle(TableStyle(cmds))
        self._add(table, Spacer(1, 6))

    def footnote(self, text: str) -> str:
        """Return a superscript marker to put in the text; the note prints at that page's foot."""
        self._note_count += 1
        self._pending_footnotes.append(_FootnoteAnchor(self, self._note_count, text))
        return f"<sup>{self._note_count}</sup>"

    def spacer(self, height: float = 8):
        self._add(Spacer(1, height))

    # --- page flow -----------------------------------------------------------------------------

    def columns(self, n: int):
        """Lay out from the next page on in n columns (1, 2 or 3); on the first page, at once."""
        self._switch(str(n))

    def sidebar_layout(self):
        """From the next page on: a main column and a shaded sidebar on the right (next_column)."""
        self._switch("side")

    def _switch(self, template: str):
        if not self.story:
            self._template = template
            return
        self._add(NextPageTemplate(template), PageBreak())

    def next_column(self):
        self._add(FrameBreak())

    def page_break(self):
        self._add(PageBreak())

    def keep_together(self, build):
        """Blocks added by `build()` (a function) stay on one page or column."""
        outer, inner = self._sink, []
        self._sink = inner
        build()
        self._sink = outer
        self._add(KeepTogether(inner))

    # --- slides --------------------------------------------------------------------------------

    def slide(self, title: str, subtitle: str = "", columns=(), body=(), box=None,
              boxed_columns: bool = True, marker: str = "bullet"):
        """One slide page: a title, body items, up to four side-by-side columns, a bottom box.

        columns: [(heading, [items])]; body: [items] above the columns; box: (heading, [items] or
        paragraph text), a full-width box at the bottom. Flow blocks (tables, paragraphs) may
        follow on their own pages after page_break().
        """
        spec = dict(title=title, subtitle=subtitle, columns=list(columns), body=list(body), box=box,
                    boxed=boxed_columns, marker=marker)
        if self.story:
            self.page_break()
        self._add(_Slide(spec, self.size))

    # --- output --------------------------------------------------------------------------------

    def _decorate(self, canv, total: int):
        w, h = self.size
        canv.saveState()
        canv.setFont("Sans", 7.5)
        canv.setFillColor(GREY)
        if self.header:
            canv.drawString(self.margin, h - self.margin + 6, self.header)
            canv.setStrokeColor(TEAL)
            canv.line(self.margin, h - self.margin + 3, w - self.margin, h - self.margin + 3)
        n = canv.getPageNumber()
        if self.footer:
            canv.drawString(self.margin, self.margin - 2, self.footer)
        if self.page_numbers:
            canv.drawRightString(w - self.margin, self.margin - 2,
                                 self.page_numbers.format(n=n, total=total))
        canv.setFont("Sans-Oblique", 6.5)
        canv.drawCentredString(w / 2, self.margin - 12, FICTION[self.lang])
        notes = self._notes.get(n, [])
        y = self.margin + 4 + 9 * len(notes)
        if notes:
            canv.line(self.margin, y + 6, self.margin + 50 * mm, y + 6)
        canv.setFont("Sans", 7)
        for number, text in notes:
            canv.drawString(self.margin, y - 4, f"{number} {text}")
            y -= 9
        canv.restoreState()

    def save(self):
        """Write the PDF next to the sources folder and return its path."""
        owner = self

        class Canvas(pdfcanvas.Canvas):
            def __init__(self, *a, **kw):
                super().__init__(*a, **kw)
                self._pages = []

            def showPage(self):
                self._pages.append(dict(self.__dict__))
                self._startPage()

            def save(self):
                for state in self._pages:
                    self.__dict__.update(state)
                    owner._decorate(self, len(self._pages))
                    super().showPage()
                super().save()

        doc = BaseDocTemplate(self.path, pagesize=self.size, pageTemplates=self._templates(),
                              leftMargin=self.margin, rightMargin=self.margin, **self.meta)
        if self._template:
            doc.pageTemplates.sort(key=lambda t: t.id != self._template)
        self.story.extend(self._pending_footnotes)
        doc.build(self.story, canvasmaker=Canvas)
        return self.path
