"""Layout helpers shared by the b6c documents (es-informe-foro-regional, es-minuta-comision-nacional).

docgen paragraphs may split across a page break, and the running header and footer then sit in the
middle of the sentence in the text layer. These helpers add body paragraphs that never split (they
move whole to the next page) and keep headings with the block that follows them.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from docgen import STYLES, markup


class WholeParagraph(Paragraph):
    """A paragraph that is never split across frames: it moves whole to the next one."""

    def split(self, avail_width, avail_height):
        return []


def keep_headings_with_next():
    """Headings (h1-h3) stay on the page of the block that follows them (this process only)."""
    for name in ("h1", "h2", "h3"):
        STYLES[name].keepWithNext = 1


def para(doc, text: str, style: str = "body", **overrides):
    """Like Document.para, but the paragraph is never split across two pages."""
    st = ParagraphStyle(f"{style}+w", parent=STYLES[style], **overrides) if overrides else STYLES[style]
    doc._add(WholeParagraph(markup(text), st))
