"""Reading a PDF into the document model.

pdfplumber reads the words with their fonts and positions and finds ruled tables; when
pdfminer cannot open a file that PDFium can, pypdfium2 reads its text runs instead. A
page that fails is recorded and skipped; a file that cannot be read at all raises
:class:`PdfError` with a one-line reason and what to do about it.

pdfplumber's characters are made here from pdfminer's layout with the attributes that
word grouping reads, each computed as pdfplumber computes it: its own conversion of a
character (colours, marked content, every attribute resolved) costs as much time as
pdfminer's parsing of the page. Ruling lines, rectangles and images keep its conversion.
PDFium's characters, though faster to get, would not give the same document: it rounds
glyph widths to whole thousandths of an em, works in single precision and drops some
spaces (``python bench/reader_equivalence.py --pdfium``).
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from kg87.model.document import Document
from kg87.model.files import printable

from .layout import BBox, Word, page_blocks, words_from_pdfplumber
from .settings import DEFAULT_LAYOUT, LayoutSettings
from .structure import PageLayout, RawTable, assemble

logging.getLogger("pdfminer").setLevel(logging.ERROR)  # its per-object warnings are noise to a user

_CID = re.compile(r"\(cid:\d+\)")


class PdfError(Exception):
    """A file that cannot be read; ``reason`` says what is wrong, ``hint`` what to do."""

    def __init__(self, reason: str, hint: str):
        super().__init__(f"{reason}; {hint}")
        self.reason = reason
        self.hint = hint

    def __reduce__(self):  # pickled by its two parts (it travels from the process that read the file)
        return type(self), (self.reason, self.hint)


@dataclass
class _PageText:
    words: list[Word]
    tables: list[RawTable]
    width: float
    height: float
    frames: tuple[BBox, ...] = ()


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def read_pdf(path: Path, sha256: str | None = None, settings: LayoutSettings = DEFAULT_LAYOUT) -> Document:
    """Read one PDF into a :class:`Document`; raise :class:`PdfError` if nothing can be read."""
    path = Path(path)
    _check_is_pdf(path)
    sha256 = sha256 or file_sha256(path)
    try:
        title, pages, errors = _read_with_pdfplumber(path, settings)
        reader = "pdfplumber"
        if not pages:
            raise ValueError(f"pdfminer could not read any page ({next(iter(errors.values()), 'no pages')})")
    except Exception as first:  # pdfminer raises many kinds, some bare (TypeError): PDFium may still read it
        try:
            title, pages, errors = _read_with_pdfium(path)
            reader = "pypdfium2"
        except PdfError:
            raise
        except Exception:
            raise _explain(first) from first
    if not pages and errors:
        raise PdfError(f"no page could be read ({next(iter(errors.values()))})",
                       "the file is damaged: repair it (e.g. qpdf) or get a fresh copy")
    if not any(p.words or p.tables for p in pages.values()):
        raise PdfError("no text layer (scanned or image-only pages)",
                       "run OCR on it first (e.g. ocrmypdf) and build again")
    layouts = [PageLayout(n, p.width, p.height, page_blocks(p.words, settings, p.frames), p.tables, p.frames)
               for n, p in pages.items()]
    return assemble(printable(path.name), sha256, title, layouts, errors, reader, settings)


def _check_is_pdf(path: Path) -> None:
    with open(path, "rb") as fh:
        head = fh.read(1024)
    if not head:
        raise PdfError("empty file (0 bytes)", "download or export it again")
    if b"%PDF-" not in head:
        start = head[:40].decode("latin-1").strip().splitlines()[0][:30] if head.strip() else ""
        raise PdfError(f"not a PDF (it starts with {start!r})",
                       "check where it came from: it may be an error page saved under a .pdf name")


def _explain(error: Exception) -> PdfError:
    """Turn a reader exception into a one-line reason and a hint."""
    inner = getattr(error, "args", [None])[0] if error.args else None
    kind = type(inner).__name__ if isinstance(inner, Exception) else type(error).__name__
    text = f"{kind}: {inner or error}"[:160]
    if "Encrypt" in text or "password" in text.lower():
        return PdfError(f"encrypted ({text})", "decrypt it (e.g. qpdf --decrypt) and build again")
    if "NotImplemented" in text:
        return PdfError(f"uses a feature the PDF reader does not support ({text})",
                        "re-save it with a PDF printer or qpdf and build again")
    return PdfError(f"damaged PDF ({text})", "repair it (e.g. qpdf) or get a fresh copy")


def _read_with_pdfplumber(path: Path, settings: LayoutSettings) -> tuple[str, dict[int, _PageText], dict[int, str]]:
    import pdfplumber

    pages: dict[int, _PageText] = {}
    errors: dict[int, str] = {}
    with pdfplumber.open(path) as pdf:
        title = str(pdf.metadata.get("Title") or "").strip()
        count = len(pdf.pages)
        if count == 0:
            raise ValueError("pdfminer found no pages")
        for number, page in enumerate(pdf.pages, start=1):
            try:
                page._objects = _page_objects(page)  # pdfplumber 0.11 Page.objects: its cache, used once set
                pages[number] = _plumb_page(page, settings)
            except Exception as exc:  # one bad content stream must not cost the document
                errors[number] = f"{type(exc).__name__}: {exc}"[:160]
            finally:
                page.close()
    return title, pages, errors


def _page_objects(page) -> dict[str, list[dict]]:
    """A page's objects as ``pdfplumber.Page.objects`` lists them, its characters made by :func:`_char`."""
    from pdfminer.layout import LTAnno, LTChar

    objects: dict[str, list[dict]] = {}
    left, top_offset, height = page.mediabox[0], page.mediabox[1], page.height
    for item in _layout_items(page.layout):
        if isinstance(item, LTChar):
            objects.setdefault("char", []).append(_char(item, page, left, top_offset, height))
        elif not isinstance(item, LTAnno):
            made = page.process_object(item)
            objects.setdefault(made["object_type"], []).append(made)
    return objects


def _layout_items(container):
    """The objects of a pdfminer layout in content order, figures opened (pdfplumber without layout analysis)."""
    from pdfminer.layout import LTContainer

    for item in container:
        if isinstance(item, LTContainer):
            yield from _layout_items(item)
        else:
            yield item


def _char(char, page, left: float, top_offset: float, height: float) -> dict:
    """A character as pdfplumber makes it (``Page.process_object``) on a page whose media box starts at
    (left, top_offset) and is `height` high, less its colours and marked content."""
    fontname = char.fontname
    if isinstance(fontname, bytes):  # rare: a byte-encoded font name, mended as pdfplumber mends it
        from pdfplumber.page import fix_fontname_bytes

        fontname = fix_fontname_bytes(fontname)
    top = (height - char.y1) + top_offset
    x0, x1 = (char.x0 + left, char.x1 + left) if left != 0 else (char.x0, char.x1)
    return {"object_type": "char", "page_number": page.page_number, "text": char.get_text(), "fontname": fontname,
            "size": char.size, "upright": char.upright, "adv": char.adv, "matrix": char.matrix,
            "x0": x0, "x1": x1, "y0": char.y0, "y1": char.y1, "width": char.width, "height": char.height,
            "top": top, "bottom": (height - char.y0) + top_offset, "doctop": page.initial_doctop + top}


def _plumb_page(page, settings: LayoutSettings) -> _PageText:
    tables = []
    if 4 <= len(page.edges) <= settings.table_max_edges:
        tables = [_raw_table(t, page) for t in page.find_tables()]
        tables = [t for t in tables if t is not None]
    raw = page.extract_words(extra_attrs=["fontname", "size"])
    words = [w for w in words_from_pdfplumber(raw) if not _CID.fullmatch(w.text)]
    if raw and len(words) < settings.unreadable_glyph_share * len(raw):
        words = []  # a font without a Unicode map: the text is unreadable glyph ids
    inside = [w for w in words if any(_contains(t.bbox, w) for t in tables)]
    for table in tables:
        table.words = [w for w in inside if _contains(table.bbox, w)]
    words = [w for w in words if not any(_contains(t.bbox, w) for t in tables)]
    return _PageText(words, tables, float(page.width), float(page.height), _frames(page, settings))


def _frames(page, settings: LayoutSettings) -> tuple[BBox, ...]:
    """The filled or stroked rectangles of a page smaller than its background: boxes, sidebars, cards."""
    largest = settings.frame_max_page_share * float(page.width) * float(page.height)
    boxes = {tuple(round(float(r[k]), 2) for k in ("x0", "top", "x1", "bottom"))
             for r in page.rects if (r.get("stroke") or (r.get("fill") and not _white(r.get("non_stroking_color"))))
             and r["width"] * r["height"] <= largest}
    return tuple(sorted(boxes, key=lambda b: (b[1], b[0])))


def _white(color) -> bool:
    """A white fill: a mask over a page's background, not a shaded box."""
    values = color if isinstance(color, (list, tuple)) else [color]
    return all(isinstance(v, (int, float)) and v >= 0.99 for v in values) and len(values) in (1, 3)


def _contains(bbox, word: Word) -> bool:
    cx, cy = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    return bbox[0] <= cx <= bbox[2] and bbox[1] <= cy <= bbox[3]


def _raw_table(table, page) -> RawTable | None:
    rows = []
    for row in table.rows:
        cells = [tuple(float(v) for v in c) if c else None for c in row.cells]
        rows.append(cells)
    if len(rows) < 2 or max(len(r) for r in rows) < 2:
        return None
    return RawTable(tuple(round(float(v), 2) for v in table.bbox), rows)


def _read_with_pdfium(path: Path) -> tuple[str, dict[int, _PageText], dict[int, str]]:
    import pypdfium2 as pdfium

    pages: dict[int, _PageText] = {}
    errors: dict[int, str] = {}
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise PdfError("encrypted with a password", "decrypt it (e.g. qpdf --decrypt) and build again") from exc
        raise
    try:
        title = str(pdf.get_metadata_dict().get("Title") or "").strip()
        for index in range(len(pdf)):
            try:
                page = pdf[index]
                width, height = page.get_size()
                pages[index + 1] = _PageText(_pdfium_words(page, height), [], width, height)
                page.close()
            except Exception as exc:
                errors[index + 1] = f"{type(exc).__name__}: {exc}"[:160]
    finally:
        pdf.close()
    return title, pages, errors


def _pdfium_words(page, height: float) -> list[Word]:
    """Text runs of a page as words (PDFium gives rectangles of text, not fonts)."""
    textpage = page.get_textpage()
    words = []
    for i in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(i)
        text = textpage.get_text_bounded(left, bottom, right, top).strip()
        if text:
            words.append(Word(text, left, right, height - top, height - bottom, round(top - bottom, 1), False))
    textpage.close()
    return words
