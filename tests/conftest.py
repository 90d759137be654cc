"""Shared fixtures: one build of the shipped corpus per test session, and ../shared lookups."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"
BRIEFING = CORPUS / "gcg5-briefing-pack.pdf"
REPORT = CORPUS / "gcg5-meeting-report.pdf"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or a skip with the reason when it is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: these tests need the ../shared folder beside the checkout")
    return path


@pytest.fixture(scope="session")
def corpus_build(tmp_path_factory):
    """The corpus built once into a temporary output folder: (BuildResult, out_dir)."""
    from kg87.pipeline import build

    out = tmp_path_factory.mktemp("build")
    return build([CORPUS], out), out


@pytest.fixture(scope="session")
def briefing():
    from kg87.read.pdf import read_pdf

    return read_pdf(BRIEFING)


@pytest.fixture(scope="session")
def report():
    from kg87.read.pdf import read_pdf

    return read_pdf(REPORT)


_RUNS: dict[int, tuple] = {}


def extract(document, slot: str) -> list:
    """The records of one slot ("proposal", "event", ...) that the registered extractors find in a document."""
    from kg87.extract.registry import run

    if id(document) not in _RUNS:
        _RUNS[id(document)] = (document, run(document))  # the document is kept so its id stays its own
    return _RUNS[id(document)][1].get(slot, [])


def as_row(statement) -> SimpleNamespace:
    """A statement as its table row (contract columns and provenance), with Python values."""
    from kg87.model.types import statement_type

    st = statement_type(statement.type)
    return SimpleNamespace(**{column: st.value(statement, column) for column in st.columns})


def events_of(*paragraphs: str, title: str = "Briefing note, 2024"):
    """Events of a one-page document of paragraphs."""
    from kg87.model.document import Block, Document, Page

    blocks = [Block(f"p1-b{i}", 1, "paragraph", text, (0, 30 * i, 500, 30 * i + 20), 11, False)
              for i, text in enumerate(paragraphs)]
    document = Document("e.pdf", str(len(paragraphs)) * 64, title, [Page(1, 595, 842, blocks)])
    return {e.label: e for e in extract(document, "event")}


def events_in(*blocks: tuple[str, str], title: str = "Pathfinder update, 2025"):
    """Events of a document of (kind, text) blocks; a block's section is the headings above it."""
    from kg87.model.document import Block, Document, Page

    made, headings = [], []
    for i, (kind, text) in enumerate(blocks):
        made.append(Block(f"p1-b{i}", 1, kind, text, (0, 30 * i, 500, 30 * i + 20), 11, False,
                          "•" if kind == "bullet" else "", section=list(headings)))
        headings = [text] if kind == "heading" else headings
    document = Document("e.pdf", str(len(blocks)) * 63 + "e", title, [Page(1, 595, 842, made)])
    return {e.label: e for e in extract(document, "event")}


def table_events(headers: list[str], rows: list[tuple[str, ...]], title: str) -> dict:
    """Events (label: start date) of a one-page document holding one ruled table of these rows."""
    from kg87.model.document import Cell, Document, Page, Table

    cells = [Cell(text, r + 1, c, (150 * c, 20 * r, 150 * c + 140, 20 * r + 15))
             for r, row in enumerate(rows) for c, text in enumerate(row)]
    table = Table("p1-t0", 1, (0, 0, 150 * len(headers), 20 * (len(rows) + 1)), headers, cells)
    document = Document("t.pdf", str(len(title) % 10) * 63 + str(len(rows)), title, [Page(1, 595, 842, [], [table])])
    return {e.label: e.start_date for e in extract(document, "event")}
