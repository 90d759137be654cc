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
