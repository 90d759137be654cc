"""Layout helpers shared by the batch-6 `mr-` documents (summary records with numbered paragraphs).

    from b6a_layout import Numbered
    num = Numbered(doc)                  # one running count across the whole record
    num("The forum was opened ...")      # prints "1." in the margin, justified body text
    num.items(["...", "..."], "(a)")     # a sub-list under the last numbered paragraph
    num.heading("4. Work plan", need=120) # a heading that starts a new page when less room is left

Only docgen's styles, its list markers and its block sink are used; docgen.py itself is not changed.
No paragraph or list item is split over two pages.
"""

from __future__ import annotations

from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph

from docgen import STYLES, _item_marker, markup


class Numbered:
    """Numbered paragraphs with the number hanging in the left margin of the text block."""

    def __init__(self, doc, start: int = 1, indent: float = 24):
        self.doc, self.n, self.indent = doc, start - 1, indent
        self.style = ParagraphStyle("b6a-numbered", parent=STYLES["body"], leftIndent=indent,
                                    bulletIndent=0, bulletFontName="Sans", alignment=TA_JUSTIFY)

    def __call__(self, text: str) -> int:
        self.n += 1
        # a paragraph is never split over two pages (the running header would cut its sentences)
        self.doc._add(KeepTogether([Paragraph(markup(text), self.style, bulletText=f"{self.n}.")]))
        return self.n

    def items(self, items, marker: str = "(a)"):
        """A lettered or numbered list indented under the current paragraph (items kept whole)."""
        indent = self.indent + 22
        style = ParagraphStyle(f"b6a-item{indent}", parent=STYLES["body"], leftIndent=indent,
                               bulletIndent=indent - 14, spaceAfter=3, bulletFontName="Sans")
        for i, text in enumerate(items):
            self.doc._add(KeepTogether([Paragraph(markup(text), style,
                                                  bulletText=_item_marker(marker, i))]))

    def heading(self, text: str, level: int = 1, need: float = 100):
        """A heading kept off the foot of a page: a new page when less than `need` points remain."""
        self.doc._add(CondPageBreak(need))
        self.doc.heading(text, level=level)
