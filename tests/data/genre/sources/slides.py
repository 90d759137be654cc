"""Drawing of one slide for docgen.Document.slide: title, body, side-by-side columns, bottom box."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from docgen import LIGHT, NAVY, STYLES, TEAL, _item_marker, markup

PAD = 36


def _flow(canv, paragraphs, x, y, width):
    """Draw paragraphs top-down from y; return the y under the last one."""
    for para in paragraphs:
        _, h = para.wrapOn(canv, width, 1000)
        para.drawOn(canv, x, y - h)
        y -= h + para.style.spaceAfter
    return y


def _items(items, marker, size=13):
    body = ParagraphStyle(f"sb{size}", parent=STYLES["slidebody"], fontSize=size, leading=size + 3)
    if isinstance(items, str):
        return [Paragraph(markup(items), body)]
    style = ParagraphStyle(f"si{size}", parent=body, leftIndent=14, bulletIndent=0,
                           bulletFontName="Sans")
    return [Paragraph(markup(t), style, bulletText=_item_marker(marker, i))
            for i, t in enumerate(items)]


def _box(canv, x, y_top, width, height, filled):
    canv.saveState()
    canv.setStrokeColor(TEAL)
    canv.setFillColor(LIGHT)
    canv.rect(x, y_top - height, width, height, stroke=1, fill=1 if filled else 0)
    canv.restoreState()


def _box_height(canv, paragraphs, width):
    return sum(p.wrapOn(canv, width, 1000)[1] + p.style.spaceAfter for p in paragraphs) + 16


def draw_slide(canv, spec, size):
    """Draw the slide described by `spec` (see Document.slide) on the current canvas page."""
    w, h = size
    canv.saveState()
    canv.setFillColor(NAVY)
    canv.rect(0, h - 8, w, 8, stroke=0, fill=1)
    canv.restoreState()
    y = _flow(canv, [Paragraph(markup(spec["title"]), STYLES["slidetitle"])], PAD, h - 30, w - 2 * PAD)
    if spec["subtitle"]:
        y = _flow(canv, [Paragraph(markup(spec["subtitle"]), STYLES["slidehead"])], PAD, y, w - 2 * PAD)
    y -= 6
    if spec["body"]:
        y = _flow(canv, _items(spec["body"], spec["marker"]), PAD, y, w - 2 * PAD) - 6
    bottom = 48
    box = spec["box"]
    if box:
        heading, content = box
        paragraphs = [Paragraph(markup(heading), STYLES["slidehead"])] + _items(content, spec["marker"], 12)
        height = _box_height(canv, paragraphs, w - 2 * PAD - 16)
        _box(canv, PAD, bottom + height, w - 2 * PAD, height, True)
        _flow(canv, paragraphs, PAD + 8, bottom + height - 8, w - 2 * PAD - 16)
        bottom += height + 10
    columns = spec["columns"]
    if columns:
        gap = 12
        col_w = (w - 2 * PAD - gap * (len(columns) - 1)) / len(columns)
        size_pt = 12 if len(columns) <= 2 else 11 if len(columns) == 3 else 10
        for i, (heading, items) in enumerate(columns):
            x = PAD + i * (col_w + gap)
            if spec["boxed"]:
                _box(canv, x, y, col_w, y - bottom, False)
            head = Paragraph(markup(heading), ParagraphStyle("ch", parent=STYLES["slidehead"],
                                                             fontSize=size_pt + 1, leading=size_pt + 4))
            _flow(canv, [head] + _items(items, spec["marker"], size_pt), x + 6, y - 6, col_w - 12)
