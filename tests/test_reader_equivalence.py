"""The reader makes pdfplumber's characters itself: the same characters, the same documents, the same tables."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

import kg87.read.pdf as reader
from conftest import REPORT, shared_path

GENRE = Path(__file__).parent / "data" / "genre"
SAMPLE = [  # a report with ruled tables, French, Spanish, a slide deck, a two-column brief, a ruled roadmap
    REPORT, GENRE / "compte-rendu-fr.pdf", GENRE / "es-acta-reunion.pdf", GENRE / "fr-diaporama.pdf",
    GENRE / "bn-briefing-2col-sidebar.pdf", GENRE / "rm-roadmap-ruled.pdf",
]
WILD = [  # page boxes not at the origin, rotated pages, rotated text, figures
    "pdfjs__160F-2019.pdf", "pymupdf__test_2645_1.pdf", "pdfplumber__senate-expenditures.pdf",
    "pdfplumber__federal-register-2020-17221.pdf", "pymupdf__test-3820.pdf",
]


def read_by_pdfplumber(path: Path, monkeypatch):
    """The document as read when pdfplumber converts every object itself."""
    with monkeypatch.context() as patched:
        patched.setattr(reader, "_page_objects", lambda page: page.parse_objects())
        return reader.read_pdf(path)


def assert_objects_match(path: Path, pages: int = 3) -> None:
    """Each object of the first pages as pdfplumber makes it; characters in every attribute the reader keeps."""
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages[:pages]:
            ours = reader._page_objects(page)
            theirs = page.parse_objects()
            assert list(ours) == list(theirs), page.page_number
            assert ours["char"], page.page_number
            for kind, objects in theirs.items():
                expected = [{key: obj[key] for key in ours[kind][0]} for obj in objects] if kind == "char" else objects
                assert ours[kind] == expected, (page.page_number, kind)


@pytest.mark.parametrize("path", SAMPLE, ids=lambda p: p.stem)
def test_documents_read_as_pdfplumber_reads_them(path, monkeypatch):
    assert reader.read_pdf(path).to_dict() == read_by_pdfplumber(path, monkeypatch).to_dict()


def test_a_ruled_table_is_still_found(monkeypatch):
    path = GENRE / "rm-roadmap-ruled.pdf"
    tables = list(reader.read_pdf(path).tables())
    assert tables and all(t.cells for t in tables)
    assert any(cell.text for t in tables for cell in t.cells)
    assert tables == list(read_by_pdfplumber(path, monkeypatch).tables())


def test_characters_are_pdfplumbers():
    assert_objects_match(REPORT, pages=9)  # pages 8 and 9 hold a ruled table
    assert_objects_match(GENRE / "bn-briefing-2col-sidebar.pdf")  # shaded sidebars: filled rectangles


def test_a_page_box_away_from_the_origin_moves_the_characters_as_pdfplumber_moves_them(tmp_path, monkeypatch):
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(str(GENRE / "fr-note-information.pdf"))
    for page in source:
        left, bottom, right, top = page.get_mediabox()
        page.set_mediabox(left - 30, bottom + 20, right - 30, top + 20)
    shifted = tmp_path / "shifted.pdf"
    source.save(str(shifted))
    source.close()
    assert_objects_match(shifted)
    assert reader.read_pdf(shifted).to_dict() == read_by_pdfplumber(shifted, monkeypatch).to_dict()


@pytest.mark.parametrize("name", WILD)
def test_characters_of_unusual_pages_are_pdfplumbers(name):
    assert_objects_match(shared_path("pdfs-wild", name), pages=1)
