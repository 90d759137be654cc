"""Where a build's per-document work runs: in the build's own process, a local process pool, or Dask.

An executor maps a module-level function over a list of picklable items and yields ``(position, result)``
as each item finishes, in whatever order they finish. When the process running an item dies (killed, out
of memory), the item's result is a :class:`WorkerLost` and the other items go on. Workers run with one
thread each for numpy's BLAS, OpenMP and torch, so N workers keep N cores busy, not N².

``kg87 build --workers N`` uses a :class:`ProcessPool` (processes started by a fork server, which has not
opened a graph store: RocksDB's threads do not survive a fork), ``--cluster`` a :class:`DaskCluster`;
Dask is imported only then.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
from collections import deque
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterator, Protocol, Sequence

from kg87.extract.nlp import MODELS

_THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "VECLIB_MAXIMUM_THREADS",
                     "NUMEXPR_NUM_THREADS")
# Imported once by the fork server for every worker it starts: the per-document work, spaCy (without torch), and its
# languages' modules (their tokenizer exceptions compile regular expressions for some 6 s, which every worker would
# repeat).
_PRELOAD = ["kg87.parallel", "kg87.extract.spacy_import", *(f"spacy.lang.{language}" for language in MODELS)]
LOCAL_CLUSTER = "local"  # the --cluster value that starts a Dask cluster on this machine
# A worker's start (spaCy's pipelines: 3 to 9 s) is paid back only by reading more than one document beside the
# others: the default pool has a worker for every two documents to read, at most one per core.
DEFAULT_ITEMS_PER_WORKER = 2


class ClusterUnavailable(OSError):
    """No Dask cluster to build on: Dask is not installed, or its scheduler does not answer."""


@dataclass(frozen=True)
class WorkerLost:
    """The process running an item stopped before it returned (killed, out of memory, its machine gone)."""

    detail: str


class Executor(Protocol):
    def map_completed(self, function: Callable, items: Sequence) -> Iterator[tuple[int, object]]:
        """``(position in items, function(item) or WorkerLost)`` for every item, as each finishes."""

    def reads_ahead(self, count: int) -> bool:
        """Whether ``count`` documents are better built in this process, a helper process reading each document
        while the one before it is analysed (:mod:`kg87.read.ahead`), than by :meth:`map_completed` (an executor
        without this method never reads ahead)."""


def cores() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def one_thread_each() -> None:
    """Limit numpy's BLAS, OpenMP and torch to one thread in this process (a worker among others)."""
    from threadpoolctl import threadpool_limits

    for name in _THREAD_VARIABLES:
        os.environ[name] = "1"  # for the libraries not loaded yet
    threadpool_limits(1)
    if "torch" in sys.modules:
        sys.modules["torch"].set_num_threads(1)


@dataclass(frozen=True)
class Serial:
    """Each item in turn, in this process."""

    def reads_ahead(self, count: int) -> bool:
        return False

    def map_completed(self, function: Callable, items: Sequence) -> Iterator[tuple[int, object]]:
        for position, item in enumerate(items):
            yield position, function(item)


@dataclass(frozen=True)
class ProcessPool:
    """Up to ``workers`` processes of this machine at once, each given ``items_per_worker`` items or more (a
    worker's start costs some seconds); a pool that would have one worker is this process.

    An item whose process dies is tried once more alone, in a pool of its own (it may have died for want
    of the memory the other worker held); when that process dies too, the item's result is WorkerLost.
    """

    workers: int
    items_per_worker: int = 1

    def reads_ahead(self, count: int) -> bool:
        """Too few documents for a pool of two: one process, and a helper reading ahead on the second core."""
        return self.workers > 1 and 0 < count < 2 * self.items_per_worker

    def map_completed(self, function: Callable, items: Sequence) -> Iterator[tuple[int, object]]:
        size = min(self.workers, len(items) // self.items_per_worker)
        if size <= 1:
            yield from Serial().map_completed(function, items)
            return
        pending = deque(enumerate(items))
        while pending:
            lost = yield from _pool_round(function, pending, min(size, len(pending)))
            for position, item in lost:
                if (yield from _pool_round(function, deque([(position, item)]), 1)):
                    yield position, WorkerLost("its worker process stopped twice, the second time running it alone")


def _pool_round(function: Callable, pending: deque, workers: int):
    """Run pending items, ``workers`` at a time, in one pool until they are done or the pool breaks; yield
    the results and return the items that were in a process when it broke."""
    lost = []
    with ProcessPoolExecutor(workers, mp_context=_start_context(), initializer=one_thread_each) as pool:
        running = {}
        while (pending or running) and not lost:
            while pending and len(running) < workers:
                position, item = pending.popleft()
                try:
                    running[pool.submit(function, item)] = (position, item)
                except BrokenProcessPool:
                    lost.append((position, item))
                    break
            done, _ = wait(running, return_when=FIRST_COMPLETED) if running else (set(), set())
            if lost or any(isinstance(f.exception(), BrokenProcessPool) for f in done):
                done = wait(running)[0]  # a broken pool ends every item it holds: collect all of them
            for future in done:
                position, item = running.pop(future)
                if isinstance(future.exception(), BrokenProcessPool):
                    lost.append((position, item))
                else:
                    yield position, future.result()
    return lost


def _start_context():
    """Processes forked from a fork server that has imported kg87 but no graph store; spawned where there is
    no fork server."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(_PRELOAD)
    return context


@dataclass(frozen=True)
class DaskCluster:
    """Items as tasks on a Dask cluster: the scheduler at ``address``, or a cluster of ``workers`` processes
    started on this machine for the run when ``address`` is "local". Functions and items travel to the
    workers pickled, so the workers need the same kg87 installed, and every path must mean the same file
    there. Dask blames a worker's death on every task the worker held, so a task it gives up on (at once on a
    local cluster, ``allowed_failures``; after the scheduler's own allowance on another) is tried once more
    alone on the cluster; when its worker dies again, its result is WorkerLost."""

    address: str = LOCAL_CLUSTER
    workers: int = 2
    allowed_failures: int = 0
    connect_seconds: float = 30.0

    def reads_ahead(self, count: int) -> bool:
        return False

    def map_completed(self, function: Callable, items: Sequence) -> Iterator[tuple[int, object]]:
        if not items:  # nothing to read: no cluster to start or reach
            return
        with self._client() as client:
            lost = []
            for position, item, result in _dask_completed(client, function, list(enumerate(items))):
                if isinstance(result, WorkerLost):
                    lost.append((position, item))
                else:
                    yield position, result
            for position, item in lost:
                for _, _, result in _dask_completed(client, function, [(position, item)]):
                    yield position, result

    @contextmanager
    def _client(self):
        try:
            import dask
            from distributed import Client, LocalCluster
        except ImportError as exc:
            raise ClusterUnavailable(f"Dask is not installed ({exc}): pip install 'kg87[cluster]'") from exc
        if self.address != LOCAL_CLUSTER:
            try:
                client = Client(self.address, timeout=self.connect_seconds)
            except (OSError, ValueError) as exc:  # refused, timed out, or not an address
                raise ClusterUnavailable(f"no Dask scheduler answers at {self.address} ({exc})") from exc
            with client:
                yield client
            return
        with (_environment_kept(), dask.config.set({"distributed.scheduler.allowed-failures": self.allowed_failures}),
              LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True, dashboard_address=None,
                           silence_logs=logging.ERROR) as cluster,
              Client(cluster) as client):
            yield client


@contextmanager
def _environment_kept():
    """This process's environment put back as it was: a local cluster's nannies set OMP_NUM_THREADS=1,
    PYTHONHASHSEED and more in the process that starts them (distributed.nanny.pre-spawn-environ), which would
    otherwise hold, after the build, for every library this process loads and every process it starts."""
    saved = dict(os.environ)
    try:
        yield
    finally:
        for name in set(os.environ) - set(saved):
            del os.environ[name]
        os.environ.update(saved)


def _dask_completed(client, function: Callable, indexed: list[tuple[int, object]]):
    """``(position, item, result or WorkerLost)`` for each item, as its task on the cluster finishes."""
    from distributed import as_completed

    futures = {client.submit(_with_one_thread, function, item, pure=False): (position, item)
               for position, item in indexed}
    for future in as_completed(futures):
        try:
            result = future.result()
        except Exception as exc:  # KilledWorker, a lost connection: this item's failure only
            result = WorkerLost(f"{type(exc).__name__}: {str(exc)[:160]}")
        future.release()
        yield *futures[future], result


def _with_one_thread(function: Callable, item):
    """``function(item)`` on a Dask worker, after limiting its threads (once per process)."""
    _one_thread_once()
    return function(item)


@lru_cache(maxsize=1)
def _one_thread_once() -> None:
    one_thread_each()


def executor_for(workers: int | None, cluster: str | None) -> Executor:
    """The executor ``kg87 build`` runs on: ``cluster`` (a scheduler's address, or "local" for a cluster of
    ``workers`` processes here, default one per core); else a pool of ``workers`` processes, by default one
    per core with two documents to read or more each (DEFAULT_ITEMS_PER_WORKER), else this process (with a
    helper reading ahead when there is a second core; ``--workers 1``: without)."""
    if cluster:
        return DaskCluster(cluster, workers or cores())
    if workers is None:
        return ProcessPool(cores(), DEFAULT_ITEMS_PER_WORKER) if cores() > 1 else Serial()
    return ProcessPool(workers) if workers > 1 else Serial()
