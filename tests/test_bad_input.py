"""Bad input never crashes a run and never costs what was built (files from ../shared/pdfs-wild)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import CORPUS, shared_path
from kg87.cli import main
from kg87.read.pdf import PdfError, read_pdf

BAD = {  # file → words the one-line reason must contain
    "madehere__text-file-renamed-html-404-page.pdf": "not a PDF",
    "pdfplumber__empty.pdf": "empty file",
    "madehere__truncated-60pct-of-pdfplumber__federal-register-2020-17221.pdf": "damaged",
    "pdfjs__bug1782186.pdf": "encrypted",
    "pdfminer__pdf-with-jbig2.pdf": "no text layer",
    "pdfjs__Brotli-Prototype-FileA.pdf": "not support",
}
READABLE = [
    "pypdf__r6-empty-password.pdf",       # AES-256, empty user password
    "pdfminer__zen_of_python_corrupted.pdf",  # broken xref, recovered
    "pdfjs__prefilled_f1040.pdf",          # pdfminer finds no page: PDFium reads it
    "pdfjs__operator_list_cycle.pdf",      # bare TypeError in pdfminer
]


@pytest.mark.parametrize("name,reason", sorted(BAD.items()))
def test_unreadable_files_raise_one_clear_reason(name, reason):
    with pytest.raises(PdfError) as caught:
        read_pdf(shared_path("pdfs-wild", name))
    message = str(caught.value)
    assert reason in message and "\n" not in message and len(message) < 300


@pytest.mark.parametrize("name", READABLE)
def test_odd_but_readable_files_are_read(name):
    try:
        document = read_pdf(shared_path("pdfs-wild", name))
    except PdfError as exc:  # acceptable only as a clean, explained refusal
        pytest.fail(f"{name} refused: {exc}") if name != "pdfjs__operator_list_cycle.pdf" else None
        return
    assert document.pages and any(p.blocks for p in document.pages)


def test_pages_that_fail_are_skipped_and_named():
    document = read_pdf(shared_path("pdfs-wild", "pdfjs__poppler-90-0-fuzzed.pdf"))
    assert document.page_errors and document.pages
    assert len(document.pages) + len(document.page_errors) == 16


def test_a_bad_batch_reports_each_file_and_keeps_the_previous_build(tmp_path, corpus_build):
    _, built = corpus_build
    out = tmp_path / "out"
    shutil.copytree(built, out)
    batch = tmp_path / "batch"
    batch.mkdir()
    for name in BAD:
        shutil.copy(shared_path("pdfs-wild", name), batch / name)
    result = CliRunner().invoke(main, ["build", str(batch), "--out", str(out)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    failed = [line for line in result.output.splitlines() if line.startswith("failed:")]
    assert len(failed) == len(BAD)
    # nothing readable came in, so the graph and tables built before are still there
    assert (out / "tables" / "commitments.csv").read_text() == (built / "tables" / "commitments.csv").read_text()
    answer = CliRunner().invoke(main, ["ask", "commitments", "--param", "country=NPL", "--format", "csv",
                                       "--out", str(out)])
    before = CliRunner().invoke(main, ["ask", "commitments", "--param", "country=NPL", "--format", "csv",
                                       "--out", str(built)])
    assert answer.output == before.output and answer.output.count("\n") > 9


def test_a_mixed_batch_builds_the_good_files(tmp_path):
    batch = tmp_path / "batch"
    batch.mkdir()
    shutil.copy(CORPUS / "gcg5-meeting-report.pdf", batch)
    shutil.copy(shared_path("pdfs-wild", "pdfplumber__empty.pdf"), batch)
    result = CliRunner().invoke(main, ["build", str(batch), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1 and result.output.count("failed:") == 1
    assert (tmp_path / "out" / "tables" / "commitments.csv").exists()


def test_files_kg87_writes_get_the_user_s_normal_permissions(tmp_path):
    import os
    import stat

    from kg87.model.files import write_text_atomic

    previous = os.umask(0o027)
    try:
        write_text_atomic(tmp_path / "table.csv", "a,b\n")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "table.csv").stat().st_mode) == 0o640


def test_a_file_written_in_parts_replaces_the_old_one_whole_or_not_at_all(tmp_path):
    from kg87.model.files import atomic_file

    target = tmp_path / "network.graphml"
    target.write_bytes(b"old\n")
    with pytest.raises(RuntimeError):
        with atomic_file(target) as fh:
            fh.write(b"half of a new ")
            raise RuntimeError("the writer failed")
    assert target.read_bytes() == b"old\n" and [p.name for p in tmp_path.iterdir()] == ["network.graphml"]
    with atomic_file(target) as fh:
        fh.write(b"new, ")
        fh.write(b"in two parts\n")
    assert target.read_bytes() == b"new, in two parts\n"


SMALL = CORPUS.parent / "tests" / "data" / "genre" / "compte-rendu-fr.pdf"


def test_a_file_name_that_is_not_utf8_is_read_and_named_in_one_line(tmp_path):
    import json
    import os

    batch = tmp_path / "batch"
    batch.mkdir()
    shutil.copy(SMALL, os.fsdecode(os.fsencode(batch) + b"/r\xe9union.pdf"))  # Latin-1, not UTF-8
    result = CliRunner().invoke(main, ["build", str(batch), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0 and "Traceback" not in result.output
    assert [line for line in result.output.splitlines() if "not valid UTF-8" in line] != []
    records = json.loads((tmp_path / "out" / "records.json").read_text(encoding="utf-8"))
    assert [d["name"] for d in records["documents"]] == ["r\ufffdunion.pdf"]


def test_an_unreadable_file_and_folder_are_one_line_each_and_the_batch_goes_on(tmp_path, monkeypatch):
    import os

    import kg87.read.pdf

    batch = tmp_path / "batch"
    (batch / "locked").mkdir(parents=True)
    shutil.copy(SMALL, batch / "good.pdf")
    shutil.copy(SMALL, batch / "locked" / "hidden.pdf")
    shutil.copy(SMALL, batch / "secret.pdf")
    (batch / "gone.pdf").symlink_to(batch / "nowhere.pdf")
    # this suite may run as root, whom permissions do not stop: the refusals are made here instead
    scandir, sha256 = os.scandir, kg87.read.pdf.file_sha256

    def refuse_folder(path="."):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    def refuse_file(path):
        if Path(path).name == "secret.pdf":
            raise PermissionError(13, "Permission denied", str(path))
        return sha256(path)

    monkeypatch.setattr(os, "scandir", refuse_folder)
    monkeypatch.setattr(kg87.read.pdf, "file_sha256", refuse_file)
    result = CliRunner().invoke(main, ["build", str(batch), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1 and "Traceback" not in result.output
    failed = sorted(line for line in result.output.splitlines() if line.startswith("failed:"))
    assert len(failed) == 3
    assert any("locked: folder cannot be read (Permission denied)" in line for line in failed)
    assert any("secret.pdf: file cannot be read (Permission denied)" in line for line in failed)
    assert any("gone.pdf: no such file" in line for line in failed)
    assert (tmp_path / "out" / "tables" / "commitments.csv").exists()  # good.pdf was built
