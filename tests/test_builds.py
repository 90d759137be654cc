"""A build is one atomic commit: a kill -9 at any moment leaves the old build or the new one, whole;
two builds into one folder never mix; damaged files are found, not used."""

from __future__ import annotations

import csv
import json
import multiprocessing
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from conftest import ROOT
from kg87.cli import main
from kg87.model.builds import BuildLocked, current_build, damaged, recover, writer_lock
from kg87.pipeline import build

GENRE = ROOT / "tests" / "data" / "genre"
FIRST, SECOND = GENRE / "compte-rendu-fr.pdf", GENRE / "briefing-roadmap.pdf"
STEPS = ["records-written", "tables-written", "graph-written", "networks-written", "manifest-written",
         "build-renamed", "current-replaced", "artefacts-linked"]


@pytest.fixture(scope="module")
def warm(tmp_path_factory):
    """An output folder whose cache holds both documents (so a trial's build takes a second), built from FIRST."""
    out = tmp_path_factory.mktemp("atomic")
    assert not build([SECOND], out).failures
    assert not build([FIRST], out).failures
    return out


def _documents(out: Path) -> set[str]:
    """The documents of the current build, after checking that records, tables and graph agree."""
    from kg87.graph.store import read_triples
    from kg87.graph.terms import document_iri

    folder = current_build(out)
    assert damaged(folder) == []
    records = json.loads((out / "records.json").read_text(encoding="utf-8"))
    names = {d["name"] for d in records["documents"]}
    with (out / "tables" / "commitments.csv").open(encoding="utf-8") as handle:
        assert {row["document"] for row in csv.DictReader(handle)} <= names
    subjects = {str(t.subject.value) for t in read_triples(out)}
    assert {str(document_iri(d["sha256"])) for d in records["documents"]} <= subjects
    return names


def _child_build(paths: list[Path], out: Path, crash_at: str | None) -> None:
    if crash_at:
        os.environ["KG87_CRASH_AT"] = crash_at
    build(paths, out)


@pytest.fixture(scope="module")
def children():
    """Processes forked from a server that has imported kg87 but never opened a store (RocksDB's threads do
    not survive a fork), so a trial's build starts at once."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["kg87.pipeline", "kg87.graph.build", "kg87.similarity.duplicates"])
    return context


def test_a_kill_at_any_moment_leaves_the_old_or_the_new_build_whole(warm, children):
    rng = random.Random(87)
    finished, started = 0, time.monotonic()
    child = children.Process(target=_child_build, args=([FIRST, SECOND], warm, None))
    child.start()
    child.join(timeout=120)
    duration = time.monotonic() - started  # how long a whole build takes here: kills are timed within it
    batches = [[FIRST], [SECOND], [FIRST, SECOND]]
    for trial in range(20):
        before = _documents(warm)
        batch = rng.choice([b for b in batches if {p.name for p in b} != before])
        at_step = trial % 2 == 0  # at a named step of writing and publishing, else at a random moment
        child = children.Process(target=_child_build, args=(batch, warm, rng.choice(STEPS) if at_step else None))
        child.start()
        if not at_step:
            time.sleep(rng.uniform(0.0, duration))
            child.kill()
        child.join(timeout=120)
        assert child.exitcode == -signal.SIGKILL or not at_step and child.exitcode == 0  # done before the kill
        finished += child.exitcode == 0
        after = _documents(warm)
        assert after in (before, {p.name for p in batch}), f"trial {trial}: a mix of two builds"
        result = CliRunner().invoke(main, ["check", "--out", str(warm)])
        assert result.exit_code == 0, result.output
    assert finished < 8  # most random kills fell inside a build
    with writer_lock(warm):
        recover(warm)
    assert len(list((warm / "builds").iterdir())) == 1  # the leftovers of every trial were removed


def test_leftovers_of_an_interrupted_build_are_removed_with_one_line_each(warm):
    staging = warm / "builds" / ".staging-20000101T000000Z-abcdef"
    (staging / "tables").mkdir(parents=True)
    with writer_lock(warm):
        lines = recover(warm)
    assert not staging.exists()
    assert len(lines) == 1 and "interrupted build" in lines[0] and str(staging) in lines[0]


def test_a_second_writer_fails_at_once_naming_the_first(warm):
    with writer_lock(warm):
        started = time.monotonic()
        with pytest.raises(BuildLocked) as caught:
            build([FIRST], warm)
        assert time.monotonic() - started < 5
    assert str(os.getpid()) in str(caught.value) and "--wait" in str(caught.value)


def test_two_concurrent_builds_one_fails_fast_the_other_completes(tmp_path):
    kg87 = Path(sys.executable).parent / "kg87"
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    first = subprocess.Popen([kg87, "build", FIRST, "--out", tmp_path], env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    lock = tmp_path / ".lock"
    while (lock.read_text() if lock.exists() else "") != str(first.pid):
        assert time.monotonic() < deadline and first.poll() is None, "the first build never took the folder"
        time.sleep(0.05)
    second = subprocess.run([kg87, "build", SECOND, "--out", tmp_path], env=env, capture_output=True, text=True,
                            timeout=120)
    assert first.poll() is None, "the first build ended before the second asked: the test proves nothing"
    assert second.returncode == 2 and f"another kg87 build (PID {first.pid})" in second.stderr
    assert "Traceback" not in second.stderr
    assert first.wait(timeout=300) == 0
    assert _documents(tmp_path) == {FIRST.name}


def test_a_damaged_published_file_is_reported_not_used(warm, tmp_path):
    table = current_build(warm) / "tables" / "commitments.csv"
    original = table.read_bytes()
    try:
        table.write_bytes(original[: len(original) // 2])
        for command in (["check"], ["export", "--to", str(tmp_path / "export")]):
            result = CliRunner().invoke(main, [*command, "--out", str(warm)])
            assert result.exit_code != 0 and "Traceback" not in result.output
            assert "tables/commitments.csv" in result.output
        assert not (tmp_path / "export").exists()
    finally:
        table.write_bytes(original)
    assert CliRunner().invoke(main, ["check", "--out", str(warm)]).exit_code == 0


def test_a_damaged_embedding_cache_is_recomputed(warm):
    from kg87.similarity.embeddings import damaged_cache

    cache = next((warm / "cache").glob("embeddings-*.npz"))
    with np.load(cache) as data:
        keys, vectors, digest = data["keys"], data["vectors"], data["digest"]
    np.savez(cache, keys=keys, vectors=vectors[::-1], digest=digest)  # rows moved: neighbours would be wrong
    assert damaged_cache(warm / "cache")
    assert CliRunner().invoke(main, ["check", "--out", str(warm)]).exit_code == 1
    cache.write_bytes(cache.read_bytes()[:1000])  # truncated
    result = build([FIRST], warm, force=True)
    assert not result.failures and result.embedded > 0
    assert damaged_cache(warm / "cache") == []


def test_a_changed_extraction_cache_entry_is_read_again(warm):
    from kg87.pipeline import damaged_cache

    entry = max((warm / "cache").glob("*-*.json"), key=lambda p: p.stat().st_mtime)
    data = json.loads(entry.read_text(encoding="utf-8"))
    data["document"]["title"] = "A title nobody wrote"
    entry.write_text(json.dumps(data), encoding="utf-8")
    assert damaged_cache(warm / "cache")
    result = build([FIRST, SECOND], warm)
    assert result.cached == 1 and not result.failures
    assert damaged_cache(warm / "cache") == []


def test_an_unchanged_build_is_kept_and_a_change_builds_anew(warm, tmp_path):
    from kg87.similarity.reviews import reviews_path

    build([FIRST], warm, force=True)
    before = current_build(warm)
    again = build([FIRST], warm)
    assert again.unchanged == before.name and current_build(warm) == before and not again.failures
    assert build([FIRST, SECOND], warm).unchanged == ""  # other documents
    assert build([FIRST, SECOND], warm, force=True).unchanged == ""
    kept = current_build(warm)
    reviews = reviews_path(warm)
    saved = reviews.read_bytes() if reviews.is_file() else None
    try:
        reviews.parent.mkdir(parents=True, exist_ok=True)
        reviews.write_text("[]", encoding="utf-8")  # a review file appears: decisions may change the clusters
        assert build([FIRST, SECOND], warm).unchanged == "" and current_build(warm) != kept
    finally:
        reviews.unlink() if saved is None else reviews.write_bytes(saved)
