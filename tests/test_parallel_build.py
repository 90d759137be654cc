"""Documents read on a process pool or a Dask cluster give the serial build's outputs; a document that fails
or kills its worker is one failure line and the others are built. Three small documents stand for the corpus
(the same code path, a third of the time); bench/parallel_build.py builds the corpus and the genre set."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPORT, ROOT
from kg87.executors import (DEFAULT_ITEMS_PER_WORKER, DaskCluster, ProcessPool, Serial, WorkerLost, cores,
                            executor_for)
from kg87.parallel import extract_all, extractor_fingerprint
from kg87.pipeline import build
from kg87.settings import DEFAULT_SETTINGS

GENRE = ROOT / "tests" / "data" / "genre"
THREE = (GENRE / "briefing-roadmap.pdf", GENRE / "meeting-report-gcg7.pdf", GENRE / "slides-four-columns.pdf")
SMALL = THREE[:2]


def _outputs(out: Path) -> dict[str, object]:
    """What a build publishes that must not depend on where its documents were read."""
    from kg87.graph.store import read_triples

    files = {path.relative_to(out).as_posix(): path.read_bytes() for path in sorted((out / "tables").glob("*.csv"))}
    files["records.json"] = (out / "records.json").read_bytes()
    files["triples"] = [str(triple) for triple in read_triples(out)]
    return files


@pytest.fixture(scope="module")
def not_a_pdf(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("bad") / "saved-error-page.pdf"
    path.write_bytes(b"<html>Not found</html>")
    return path


@pytest.fixture(scope="module")
def serial_build(not_a_pdf, tmp_path_factory):
    """Three documents and a file that is not a PDF, built in one process: (BuildResult, out_dir)."""
    out = tmp_path_factory.mktemp("serial")
    return build([*THREE, not_a_pdf], out), out


@pytest.mark.parametrize("executor", [ProcessPool(2), DaskCluster(workers=2), ProcessPool(2, items_per_worker=3)],
                         ids=["process-pool", "dask-local", "read-ahead"])
def test_documents_read_by_two_workers_give_the_serial_build(serial_build, executor, not_a_pdf, tmp_path):
    serial, serial_out = serial_build
    done = []
    result = build([*THREE, not_a_pdf], tmp_path, on_file=done.append, executor=executor)
    assert _outputs(tmp_path) == _outputs(serial_out)
    assert len(result.records.documents) == len(THREE)
    assert [f.line() for f in result.failures] == [f.line() for f in serial.failures] and result.failures
    assert result.warnings == serial.warnings and result.pages == serial.pages
    assert sorted(done) == sorted([*THREE, not_a_pdf])  # one progress call per document
    assert len(list((tmp_path / "cache").glob("*-*.json"))) == len(THREE)  # the workers wrote the cache entries


def _double_or_die(number: int) -> int:
    """Twice the number; a negative number kills the process computing it, as the kernel's OOM killer would."""
    if number < 0:
        os.kill(os.getpid(), signal.SIGKILL)
    return 2 * number


@pytest.mark.parametrize("executor", [ProcessPool(2), DaskCluster(workers=2)], ids=["process-pool", "dask-local"])
def test_a_worker_that_dies_fails_its_item_only(executor):
    import cloudpickle

    environment = dict(os.environ)
    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # Dask's workers do not import the tests
    try:
        results = dict(executor.map_completed(_double_or_die, [1, -1, 2, 3, 4]))
    finally:
        cloudpickle.unregister_pickle_by_value(sys.modules[__name__])
    assert isinstance(results.pop(1), WorkerLost)
    assert results == {0: 2, 2: 4, 3: 6, 4: 8}
    assert dict(os.environ) == environment  # a local cluster's nannies leave no OMP_NUM_THREADS=1 behind


class _LosingOne:
    """An executor whose worker dies on one named file; the others are read in this process."""

    def __init__(self, name: str):
        self.name = name

    def map_completed(self, function, items):
        for position, item in enumerate(items):
            yield position, WorkerLost("killed") if item.path.name == self.name else function(item)


def test_a_document_whose_worker_died_is_a_failure_line_and_the_others_are_read(tmp_path):
    extracted = extract_all(list(SMALL), tmp_path, extractor_fingerprint(), DEFAULT_SETTINGS, None,
                            _LosingOne(SMALL[0].name))
    assert [d.document.name for d in extracted.extractions] == [SMALL[1].name]
    assert len(extracted.failures) == 1 and extracted.failures[0].path == str(SMALL[0])
    assert "stopped" in extracted.failures[0].reason and "killed" in extracted.failures[0].reason


def test_a_worker_without_the_builds_extractors_hands_the_documents_back(tmp_path):
    """An extractor registered at run time exists in this process only: the pool's workers return the
    documents unread, and they are read here, with it, and said so."""
    from kg87.extract.registry import extractor, unregister
    from kg87.extract.statements import commitment, country_actor
    from kg87.model.records import Provenance

    @extractor("commitments.parallel-toy", needs=("mention",), produces=("commitment",))
    def toy(context):
        for mention in context.get("mention")[:1]:
            where = Provenance(mention.provenance.document, mention.provenance.page, mention.provenance.quote,
                               mention.provenance.bbox, rule="parallel-toy")
            yield commitment(context.document.sha256, country_actor("SEN"), "an invented pledge", where,
                             kind="other", target_year=None, themes=[])

    try:
        extracted = extract_all(list(SMALL), tmp_path, extractor_fingerprint(), DEFAULT_SETTINGS, None,
                                ProcessPool(2))
    finally:
        unregister("commitments.parallel-toy")
    assert not extracted.failures and len(extracted.extractions) == 2
    for extraction in extracted.extractions:
        assert any(s.provenance.rule == "parallel-toy" for s in extraction.outputs["commitment"])
    assert len(extracted.warnings) == 2 and all("read in the build's own process" in w for w in extracted.warnings)


def test_the_fingerprint_is_the_same_whichever_extractor_module_was_imported_first():
    """Workers import the extractors in BUILTIN's order; the build's process may have imported one before (a
    test module, kg87 train's imports): both must find one fingerprint, or every document is handed back."""
    code = "import {}\nfrom kg87.parallel import extractor_fingerprint\nprint(extractor_fingerprint())"
    found = {subprocess.run([sys.executable, "-c", code.format(module)], capture_output=True, text=True, cwd=ROOT,
                            timeout=120).stdout.strip()
             for module in ("kg87.parallel", "kg87.extract.learned", "kg87.extract.pathfinders")}
    assert len(found) == 1 and "" not in found


def test_a_copy_of_a_document_waits_for_its_cache_entry(tmp_path):
    copy = tmp_path / "copy.pdf"
    shutil.copyfile(REPORT, copy)
    extracted = extract_all([REPORT, copy], tmp_path / "cache", extractor_fingerprint(), DEFAULT_SETTINGS, None,
                            ProcessPool(2))
    assert [e.document.name for e in extracted.extractions] == [REPORT.name, "copy.pdf"]
    assert extracted.cached == 1 and len(list((tmp_path / "cache").glob("*.json"))) == 1


def test_a_default_pool_starts_a_worker_only_for_two_items_or_more():
    pool = ProcessPool(2, items_per_worker=2)
    assert {pid for _, pid in pool.map_completed(_process_id, [1, 2, 3])} == {os.getpid()}
    assert os.getpid() not in {pid for _, pid in pool.map_completed(_process_id, [1, 2, 3, 4])}


def test_fewer_documents_than_a_pool_needs_are_built_here_with_a_helper_reading_ahead():
    pool = ProcessPool(2, items_per_worker=2)
    assert [pool.reads_ahead(n) for n in (0, 1, 3, 4)] == [False, True, True, False]
    assert not ProcessPool(1).reads_ahead(1) and not Serial().reads_ahead(1) and not DaskCluster().reads_ahead(1)


def _process_id(_item) -> int:
    return os.getpid()


def test_the_build_options_choose_the_executor():
    assert executor_for(1, None) == Serial()
    assert executor_for(3, None) == ProcessPool(3)
    assert executor_for(None, None) in (ProcessPool(cores(), DEFAULT_ITEMS_PER_WORKER), Serial())
    assert executor_for(None, "tcp://scheduler:8786") == DaskCluster("tcp://scheduler:8786", cores())
    assert executor_for(4, "local") == DaskCluster("local", 4)


def test_dask_is_imported_only_for_a_cluster():
    code = ("import sys, kg87.cli.building, kg87.pipeline, kg87.executors, kg87.parallel; "
            "sys.exit('distributed' in sys.modules or 'dask' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT, timeout=120).returncode == 0


def test_a_cluster_is_reached_only_with_documents_to_read_and_its_absence_is_one_error():
    from kg87.executors import ClusterUnavailable

    nobody = DaskCluster("tcp://127.0.0.1:9", connect_seconds=2)  # nothing listens on the discard port
    assert list(nobody.map_completed(_double_or_die, [])) == []  # a build whose documents are all cached
    with pytest.raises(ClusterUnavailable, match="no Dask scheduler answers at tcp://127.0.0.1:9"):
        list(nobody.map_completed(_double_or_die, [1]))
