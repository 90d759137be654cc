"""Layout helper of the ws- peer-learning author: a briefing page with a full-width masthead.

docgen's templates are one to three columns or a main column with a sidebar. A briefing note
usually opens with a masthead (kicker, title, standfirst) across the page and two columns
under it. ``BriefDocument`` adds that template ("mast2") and keeps every docgen template::

    from ws_peer_learning_exchange_layout import BriefDocument
    doc = BriefDocument("x.pdf", masthead_height=62 * mm, ...)
    doc.masthead_layout()          # first page: masthead frame, then two columns
    doc.title(...)                 # goes into the masthead
    doc.next_column()              # on to the first column
    ...
    doc.sidebar_layout()           # docgen: next page has a main column and a shaded sidebar
    doc.columns(2)                 # docgen: next page in two columns
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Frame, PageTemplate

from docgen import TEAL, Document


class BriefDocument(Document):
    """A docgen Document with one more page template: full-width masthead over two columns."""

    def __init__(self, *args, masthead_height: float = 60 * mm, **kwargs):
        super().__init__(*args, **kwargs)
        self.masthead_height = masthead_height

    def _mast_geometry(self):
        w, h = self.size
        m, gutter = self.margin, 7 * mm
        bottom, top = m + 14 * mm, h - m - 4 * mm
        split = top - self.masthead_height
        return w, m, gutter, bottom, top, split

    def _templates(self):
        templates = super()._templates()
        w, m, gutter, bottom, top, split = self._mast_geometry()
        col = (w - 2 * m - gutter) / 2
        pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        frames = [Frame(m, split, w - 2 * m, self.masthead_height, id="mast", **pad)]
        frames += [Frame(m + i * (col + gutter), bottom, col, split - 5 * mm - bottom, id=f"m{i}", **pad)
                   for i in range(2)]
        templates.append(PageTemplate(id="mast2", frames=frames, pagesize=self.size,
                                      onPage=self._decorate_mast))
        return templates

    def _decorate_mast(self, canv, _doc):
        w, m, _gutter, _bottom, _top, split = self._mast_geometry()
        canv.saveState()
        canv.setStrokeColor(TEAL)
        canv.setLineWidth(1.2)
        canv.line(m, split - 2.5 * mm, w - m, split - 2.5 * mm)
        canv.restoreState()

    def masthead_layout(self):
        """Use the masthead template (on the first page: at once; later: from the next page)."""
        self._switch("mast2")
