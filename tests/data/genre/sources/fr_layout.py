"""French typography and a few page blocks shared by the fr-* document scripts.

- ``typo(s)``: typographic apostrophe and non-breaking spaces before : ; ? ! and inside « ».
- ``FrDoc``: a thin wrapper around docgen.Document whose text methods apply ``typo`` and which adds
  numbered paragraphs (``npara``, numbering continuous through the document, hanging number), as
  in the summary records of francophone secretariats, and a first page with a full-width banner
  above two or three columns (``banner_columns``), as in briefing notes.
"""

from __future__ import annotations

import re

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Frame, NextPageTemplate, PageTemplate, Paragraph

from docgen import STYLES, Document, markup

NBSP = "\u00a0"
_TAG = re.compile(r"(<[^>]+>)")


def typo(text: str) -> str:
    """French typesetting of plain text (tags such as <b> are left alone)."""
    out = []
    for part in _TAG.split(text):
        if _TAG.fullmatch(part):
            out.append(part)
            continue
        part = part.replace("'", "\u2019")
        part = re.sub(r" ([:;?!»])", NBSP + r"\1", part)
        part = part.replace("« ", "«" + NBSP)
        out.append(part)
    return "".join(out)


def _typo_items(items):
    result = []
    for item in items:
        if isinstance(item, str):
            result.append(typo(item))
        else:
            text, subs = item
            result.append((typo(text), _typo_items(subs)))
    return result


class FrDoc(Document):
    """docgen.Document with French typography applied to every text it receives."""

    def __init__(self, *args, **kw):
        kw.setdefault("lang", "fr")
        super().__init__(*args, **kw)
        self._paragraph_no = 0
        self._banner = None

    def banner_columns(self, banner_height: float, ncols: int = 2):
        """First page: a full-width banner frame (title, key points) above ncols columns; the
        following pages in ncols columns. Call before any content; next_column() leaves the
        banner for the first column."""
        self._banner = (banner_height, ncols)
        self._template = "banner"
        self._add(NextPageTemplate(str(ncols)))

    def _templates(self):
        templates = super()._templates()
        if self._banner:
            height, ncols = self._banner
            w, h = self.size
            m, gutter = self.margin, 7 * mm
            bottom, top = m + 14 * mm, h - m - 4 * mm
            col = (w - 2 * m - gutter * (ncols - 1)) / ncols
            frames = [Frame(m, top - height, w - 2 * m, height, id="banner", leftPadding=0,
                            rightPadding=0, topPadding=0, bottomPadding=0)]
            frames += [Frame(m + i * (col + gutter), bottom, col, top - height - 8 - bottom,
                             id=f"b{i}", leftPadding=0, rightPadding=0, topPadding=0,
                             bottomPadding=0) for i in range(ncols)]
            templates.append(PageTemplate(id="banner", frames=frames, pagesize=self.size))
        return templates

    def title(self, text, subtitle=""):
        super().title(typo(text), typo(subtitle))

    def heading(self, text, level=1):
        super().heading(typo(text), level)

    def para(self, text, style="body", **overrides):
        super().para(typo(text), style, **overrides)

    def bullets(self, items, marker="bullet", indent=16, style="body"):
        super().bullets(_typo_items(items), marker=marker, indent=indent, style=style)

    def table(self, rows, **kw):
        super().table([[typo(c) if c else c for c in row] for row in rows], **kw)

    def box(self, title="", shaded=True, border=True):
        return super().box(typo(title), shaded, border)

    def footnote(self, text):
        return super().footnote(typo(text))

    def slide(self, title, subtitle="", columns=(), body=(), box=None, boxed_columns=True,
              marker="bullet"):
        columns = [(typo(h), _typo_items(items)) for h, items in columns]
        if box:
            head, content = box
            box = (typo(head), typo(content) if isinstance(content, str) else _typo_items(content))
        super().slide(typo(title), typo(subtitle), columns=columns, body=_typo_items(body), box=box,
                      boxed_columns=boxed_columns, marker=marker)

    def npara(self, text, indent=24):
        """A numbered paragraph (1., 2., ... through the whole document) with a hanging number."""
        self._paragraph_no += 1
        style = ParagraphStyle(f"npara{indent}", parent=STYLES["body"], leftIndent=indent,
                               bulletIndent=0, bulletFontName="Sans", alignment=4)
        self._add(Paragraph(markup(typo(text)), style, bulletText=f"{self._paragraph_no}."))
