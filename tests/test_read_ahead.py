"""A helper process reads documents ahead of the analysis: the same documents and errors as reading them here,
whatever happens to the helper; and the analysis loads spaCy without torch."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from conftest import REPORT, ROOT
from kg87.read.ahead import ReadAhead
from kg87.read.pdf import PdfError, file_sha256, read_pdf
from kg87.read.settings import DEFAULT_LAYOUT

GENRE = ROOT / "tests" / "data" / "genre"
TWO = (GENRE / "briefing-roadmap.pdf", GENRE / "slides-four-columns.pdf")


def _files(paths, settings=DEFAULT_LAYOUT):
    return [(path, file_sha256(path), settings) for path in paths]


@pytest.fixture(scope="module")
def read_here():
    return [read_pdf(path) for path in TWO]


def test_documents_read_ahead_are_the_documents_read_here(read_here):
    with ReadAhead(_files(TWO)) as ahead:
        assert [ahead.document(i) for i in range(len(TWO))] == read_here


def test_the_helper_reads_with_the_settings_it_is_given(read_here):
    tight = replace(DEFAULT_LAYOUT, block_max_gap=0.05)  # every line a block of its own
    with ReadAhead(_files(TWO[:1], tight)) as ahead:
        document = ahead.document(0)
    assert document == read_pdf(TWO[0], settings=tight) and document != read_here[0]


def test_a_file_that_cannot_be_read_raises_the_error_it_raises_here(tmp_path):
    page = tmp_path / "saved-error-page.pdf"
    page.write_bytes(b"<html>Not found</html>")
    with pytest.raises(PdfError) as here:
        read_pdf(page)
    with ReadAhead(_files([page, REPORT])) as ahead:
        with pytest.raises(PdfError) as there:
            ahead.document(0)
        assert ahead.document(1).name == REPORT.name
    assert (there.value.reason, there.value.hint) == (here.value.reason, here.value.hint)


def test_when_the_helper_dies_the_documents_are_read_here(read_here):
    with ReadAhead(_files(TWO)) as ahead:
        ahead._process.kill()
        assert [ahead.document(i) for i in range(len(TWO))] == read_here


def test_when_the_helper_dies_in_the_middle_the_rest_are_read_here(read_here):
    with ReadAhead(_files(TWO)) as ahead:
        first = ahead.document(0)
        ahead._process.kill()
        assert [first, ahead.document(1)] == read_here


def test_when_no_helper_can_start_the_documents_are_read_here(read_here, monkeypatch):
    monkeypatch.setattr(sys, "executable", "/nonexistent/python")
    with ReadAhead(_files(TWO)) as ahead:
        assert ahead._process is None and [ahead.document(i) for i in range(len(TWO))] == read_here


def test_the_helper_loads_the_installed_reader_not_a_kg87_in_the_working_folder(tmp_path, monkeypatch):
    (tmp_path / "kg87").mkdir()
    (tmp_path / "kg87" / "__init__.py").write_text("raise SystemExit(7)\n")
    monkeypatch.chdir(tmp_path)
    with ReadAhead(_files(TWO[:1])) as ahead:
        ahead.document(0)
        assert ahead._process.poll() is None  # still serving: it did not import the folder's kg87


def test_an_error_during_the_build_stops_the_helper(tmp_path):
    import threading

    from kg87.executors import ProcessPool
    from kg87.parallel import extract_all, extractor_fingerprint
    from kg87.settings import DEFAULT_SETTINGS

    def interrupted(_path):
        raise KeyboardInterrupt

    try:
        extract_all(list(TWO) * 3, tmp_path, extractor_fingerprint(), DEFAULT_SETTINGS, interrupted,
                    ProcessPool(2, items_per_worker=4))
    except KeyboardInterrupt as exc:  # its traceback, which holds the build's frames, is alive here (a notebook's)
        assert exc.__traceback__ is not None and not _helpers()
        assert not [t for t in threading.enumerate() if t.name == "kg87-read-ahead"]
    else:
        pytest.fail("the interruption did not reach the caller")


def _helpers() -> list[int]:
    """This process's children running the read-ahead helper (Linux's /proc)."""
    import os

    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            command = (stat.parent / "cmdline").read_bytes()
        except OSError:
            continue
        if int(fields[1]) == os.getpid() and b"kg87.read.ahead" in command and fields[0] != "Z":
            children.append(int(stat.parent.name))
    return children


def test_closing_early_stops_the_helper():
    ahead = ReadAhead(_files([*TWO, REPORT]))
    ahead.close()
    assert ahead._process.poll() is not None and not ahead._thread.is_alive()


def test_the_analysis_loads_spacy_without_torch_and_torch_still_imports_after():
    code = ("import sys\nfrom kg87.extract.nlp import pipeline\npipeline('en')('The ministry will act.')\n"
            "assert 'torch' not in sys.modules, 'torch was imported'\n"
            "import thinc.compat, torch\nassert not thinc.compat.has_torch and torch.zeros(1).sum() == 0\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
