"""The reader's own characters against pdfplumber's: the same document model, in less time.

kg87.read.pdf makes pdfplumber's characters from pdfminer's layout itself (``_page_objects``)
instead of letting pdfplumber convert every object. For every PDF of corpus/ and of the
evaluation corpus this reads each document both ways and reports whether the blocks (text,
kind, order), the tables and the whole document model (boxes, sizes, sections, pages) are
identical, and the processor time each way (the least of --repeat runs; processor time rather
than elapsed time, which a shared machine blurs).

With --pdfium it also reports, per document, the share of pdfplumber's characters that PDFium
(pypdfium2) reads too, and the share it places in the same box to 0.005 pt: the reason the
characters are not taken from PDFium, whose widths are whole thousandths of an em and whose
positions are single-precision floats (its boxes move by up to a point along a line of a
document whose fonts have fractional widths), and which drops some spaces of the content.

    python bench/reader_equivalence.py [--repeat 3] [--pdfium] [PDF ...]
"""

from __future__ import annotations

import argparse
import ctypes
import sys
import time
from difflib import SequenceMatcher
from pathlib import Path
from unittest import mock

import kg87.read.pdf as reader

ROOT = Path(__file__).resolve().parent.parent
PLACE_TOLERANCE = 0.005  # points: a character's box edges closer than this are at the same place
EDGES = ("x0", "x1", "top", "bottom")


def pdfplumber_read(path: Path):
    """The document as read before: every object converted by pdfplumber itself."""
    with mock.patch.object(reader, "_page_objects", lambda page: page.parse_objects()):
        return reader.read_pdf(path)


def timed(read, path: Path, repeat: int):
    best, document = float("inf"), None
    for _ in range(repeat):
        started = time.process_time()
        document = read(path)
        best = min(best, time.process_time() - started)
    return document, best


def compare(before, after) -> dict[str, bool]:
    def blocks(document):
        return [(b.page, b.kind, b.text) for b in document.blocks()]

    return {"blocks": blocks(before) == blocks(after), "tables": list(before.tables()) == list(after.tables()),
            "model": before.to_dict() == after.to_dict()}


def pdfium_agreement(path: Path) -> tuple[float, float]:
    """Of pdfplumber's characters, the share PDFium reads too (the texts aligned page by page) and the share it
    also places at the same box (to PLACE_TOLERANCE)."""
    import pdfplumber
    import pypdfium2 as pdfium

    read = placed = total = 0
    document = pdfium.PdfDocument(str(path))
    with pdfplumber.open(path) as pdf:
        for index, page in enumerate(pdf.pages):
            theirs = _pdfium_chars(document[index], float(page.height))
            ours = page.chars
            total += len(ours)
            aligned = SequenceMatcher(None, [c["text"] for c in ours], [c[0] for c in theirs], autojunk=False)
            for block in aligned.get_matching_blocks():
                pairs = zip(ours[block.a:block.a + block.size], theirs[block.b:block.b + block.size])
                read += block.size
                placed += sum(all(abs(a[k] - v) <= PLACE_TOLERANCE for k, v in zip(EDGES, b[1:])) for a, b in pairs)
            page.close()
    document.close()
    return read / max(total, 1), placed / max(total, 1)


def _pdfium_chars(page, height: float) -> list[tuple[str, float, float, float, float]]:
    """(text, x0, x1, top, bottom) of each character PDFium reads from the content (not the spaces it adds),
    the box as pdfminer makes it: from the origin, the advance width, the font's descent and its size."""
    import pypdfium2.raw as pdfium_c

    textpage = page.get_textpage()
    x, y, descent, size = ctypes.c_double(), ctypes.c_double(), ctypes.c_float(), ctypes.c_float()
    box, matrix = pdfium_c.FS_RECTF(), pdfium_c.FS_MATRIX()
    chars = []
    for i in range(textpage.count_chars()):
        if pdfium_c.FPDFText_IsGenerated(textpage, i):
            continue
        text_object = pdfium_c.FPDFText_GetTextObject(textpage, i)
        pdfium_c.FPDFText_GetCharOrigin(textpage, i, x, y)
        pdfium_c.FPDFText_GetLooseCharBox(textpage, i, box)
        pdfium_c.FPDFText_GetMatrix(textpage, i, matrix)
        pdfium_c.FPDFTextObj_GetFontSize(text_object, size)
        pdfium_c.FPDFFont_GetDescent(pdfium_c.FPDFTextObj_GetFont(text_object), 1.0, descent)
        bottom = y.value + matrix.d * size.value * descent.value
        chars.append((chr(pdfium_c.FPDFText_GetUnicode(textpage, i)), x.value, x.value + box.right - box.left,
                      height - (bottom + matrix.d * size.value), height - bottom))
    textpage.close()
    return chars


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdfs", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=1, help="runs each way; the least time is reported")
    parser.add_argument("--pdfium", action="store_true", help="also report where PDFium places the characters")
    args = parser.parse_args()
    pdfs = args.pdfs or sorted((ROOT / "corpus").glob("*.pdf")) + sorted((ROOT / "tests/data/genre").glob("*.pdf"))
    print(f"{'document':34s} {'pages':>5s} {'blocks':>6s} {'tables':>6s} {'model':>5s} "
          f"{'before s':>8s} {'after s':>7s}" + ("  pdfium: read  placed" if args.pdfium else ""))
    totals, compared, differing = [0.0, 0.0], 0, []
    for path in pdfs:
        try:
            before, seconds_before = timed(pdfplumber_read, path, args.repeat)
            after, seconds_after = timed(reader.read_pdf, path, args.repeat)
        except (OSError, reader.PdfError) as exc:
            print(f"{path.name[:34]:34s} not read: {exc}")
            continue
        same = compare(before, after)
        compared += 1
        totals[0] += seconds_before
        totals[1] += seconds_after
        if not all(same.values()):
            differing.append(path.name)
        marks = " ".join(f"{'same' if same[k] else 'DIFF':>{width}s}"
                         for k, width in (("blocks", 6), ("tables", 6), ("model", 5)))
        extra = "  {:12.1%} {:7.1%}".format(*pdfium_agreement(path)) if args.pdfium else ""
        print(f"{path.name[:34]:34s} {after.page_count:5d} {marks} {seconds_before:8.2f} {seconds_after:7.2f}{extra}")
    speedup = totals[0] / max(totals[1], 1e-9)
    print(f"\n{compared - len(differing)} of {compared} documents read identically; processor time "
          f"{totals[0]:.1f} s before, {totals[1]:.1f} s after ({speedup:.2f}x faster)")
    if differing:
        print("differing: " + ", ".join(differing))
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
