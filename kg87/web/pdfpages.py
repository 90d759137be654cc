"""PDF pages as images for the statement page: rendered with PDFium, personal data painted over, and the boxes
of a quote's lines to highlight on them.

Coordinates are PDF points from the page's top-left corner, as the records' bounding boxes are. PDFium is not
thread-safe, so every call into it holds one lock; images and boxes are cached by file, page and modification.
"""

from __future__ import annotations

import hashlib
import io
import threading
from functools import lru_cache
from pathlib import Path

from kg87.publish.privacy import personal_data

SCALE = 1.5  # pixels per point: a 960-point slide is 1440 pixels wide
_PDFIUM = threading.Lock()
Box = tuple[float, float, float, float]  # x0, top, x1, bottom


def source_pdf(path: str | None, sha256: str) -> Path | None:
    """The PDF a build read, if it is still where it was and unchanged (same SHA-256), else None."""
    if not path:
        return None
    pdf = Path(path)
    try:
        stat = pdf.stat()
    except OSError:
        return None
    return pdf if _digest(str(pdf), stat.st_mtime_ns, stat.st_size) == sha256 else None


@lru_cache(maxsize=64)
def _digest(path: str, mtime_ns: int, size: int) -> str:
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def page_size(pdf: Path, page: int) -> tuple[float, float]:
    """Width and height of a 1-based page, in points."""
    return _text_layer(*_key(pdf), page)["size"]


def quote_boxes(pdf: Path, page: int, bbox: Box) -> list[Box]:
    """One box per printed line of the quote: PDFium's text runs whose centre lies in the quote's bounding box,
    cut to it and joined per line; the bounding box itself when no text lies there."""
    runs = [_clip(run, bbox) for run in _text_layer(*_key(pdf), page)["runs"] if _inside(run, bbox)]
    lines: list[list[float]] = []
    for x0, top, x1, bottom in sorted(runs, key=lambda r: (r[1], r[0])):
        line = lines[-1] if lines else None
        if line and min(bottom, line[3]) - max(top, line[1]) > 0.5 * min(bottom - top, line[3] - line[1]):
            line[:] = [min(x0, line[0]), min(top, line[1]), max(x1, line[2]), max(bottom, line[3])]
        else:
            lines.append([x0, top, x1, bottom])
    return [tuple(round(v, 2) for v in line) for line in lines] or [tuple(bbox)]


def _key(pdf: Path) -> tuple[str, int]:
    return str(pdf), pdf.stat().st_mtime_ns


@lru_cache(maxsize=64)
def _text_layer(path: str, mtime_ns: int, page: int) -> dict:
    """Size, text runs and the rectangles of personal data of one page (top-left coordinates)."""
    import pypdfium2 as pdfium

    with _PDFIUM:
        document = pdfium.PdfDocument(path)
        try:
            if not 1 <= page <= len(document):
                raise IndexError(f"page {page} is not in {Path(path).name}")
            pdf_page = document[page - 1]
            width, height = pdf_page.get_size()
            text = pdf_page.get_textpage()
            runs = [_top_left(text.get_rect(i), height) for i in range(text.count_rects(0, -1))]
            masks = [_top_left(rect, height) for rect in _personal_rects(text)]
        finally:
            document.close()
    return {"size": (width, height), "runs": runs, "masks": masks}


def page_png(pdf: Path, page: int) -> bytes:
    """The page as a PNG at :data:`SCALE`, every line that holds an e-mail address or phone number painted over."""
    return _png(*_key(pdf), page)


@lru_cache(maxsize=32)
def _png(path: str, mtime_ns: int, page: int) -> bytes:
    import pypdfium2 as pdfium
    from PIL import ImageDraw

    masks = _text_layer(path, mtime_ns, page)["masks"]
    with _PDFIUM:
        document = pdfium.PdfDocument(path)
        try:
            image = document[page - 1].render(scale=SCALE).to_pil().convert("RGB")
        finally:
            document.close()
    draw = ImageDraw.Draw(image)
    for x0, top, x1, bottom in masks:
        draw.rectangle([x0 * SCALE - 2, top * SCALE - 2, x1 * SCALE + 2, bottom * SCALE + 2], fill="black")
    buffer = io.BytesIO()
    image.save(buffer, "PNG", compress_level=1)
    return buffer.getvalue()


def _personal_rects(text) -> list[Box]:
    """PDFium rectangles of every line of the page's text that holds personal data."""
    content, rects, start = text.get_text_range(), [], 0
    for line in content.split("\r\n"):
        if personal_data(line):
            rects += [text.get_rect(i) for i in range(text.count_rects(start, len(line)))]
        start += len(line) + 2
    return rects


def _top_left(rect: tuple[float, float, float, float], height: float) -> Box:
    """A PDFium rectangle (left, bottom, right, top from the bottom edge) from the top-left corner."""
    left, bottom, right, top = rect
    return left, height - top, right, height - bottom


def _inside(run: Box, bbox: Box) -> bool:
    x, y = (run[0] + run[2]) / 2, (run[1] + run[3]) / 2
    return bbox[0] - 1 <= x <= bbox[2] + 1 and bbox[1] - 1 <= y <= bbox[3] + 1


def _clip(run: Box, bbox: Box) -> Box:
    return max(run[0], bbox[0]), max(run[1], bbox[1]), min(run[2], bbox[2]), min(run[3], bbox[3])
