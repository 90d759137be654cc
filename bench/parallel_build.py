"""Cold builds read in one process, on a process pool and on a local Dask cluster: pages/s and memory.

Each run is `kg87 build` into a fresh output folder (no cache), timed from start to publish; the memory
figures are the peak resident size of the largest process and of all its processes together (sampled),
so a pool's workers count too. The minimum of --runs runs is kept, since the machine may be shared.

    python bench/parallel_build.py                         # corpus/ and tests/data/genre, 3 runs each
    python bench/parallel_build.py --sets corpus --modes serial,pool --runs 1
    python bench/parallel_build.py --modes serial,default /tmp/reports   # any PDFs or folders
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
KG87 = Path(sys.executable).with_name("kg87")
SETS = {"corpus": [ROOT / "corpus"], "genre": [ROOT / "tests" / "data" / "genre"],
        "all": [ROOT / "corpus", ROOT / "tests" / "data" / "genre"]}
MODES = {"serial": ["--workers", "1"], "pool": ["--workers", "2"], "dask": ["--cluster", "local", "--workers", "2"],
         "default": []}
SAMPLE_SECONDS = 0.2


def run(paths: list[Path], options: list[str]) -> dict:
    """One cold build: seconds, pages, peak RSS (MB) of the largest process and of the process tree, and the
    CPU seconds of the tree (sampled: a little under)."""
    with tempfile.TemporaryDirectory(prefix="kg87-bench-") as out:
        started = time.perf_counter()
        process = psutil.Popen([str(KG87), "build", *map(str, paths), "--out", out, *options],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               env={**os.environ, "HF_HUB_OFFLINE": "1"})
        largest = tree = 0
        cpu: dict[int, float] = {}  # process id → user + system seconds, as last seen
        while process.poll() is None:
            sizes = _sample(process, cpu)
            largest, tree = max(largest, max(sizes, default=0)), max(tree, sum(sizes))
            time.sleep(SAMPLE_SECONDS)
        seconds = time.perf_counter() - started
        records = json.loads((Path(out) / "records.json").read_text(encoding="utf-8"))
    pages = sum(d["pages"] for d in records["documents"])
    return {"seconds": seconds, "pages": pages, "largest_mb": largest / 2**20, "tree_mb": tree / 2**20,
            "cpu": sum(cpu.values())}


def _sample(process: psutil.Process, cpu: dict[int, float]) -> list[int]:
    """The resident size of each process of the tree; their CPU seconds into ``cpu``."""
    sizes = []
    for member in [process, *process.children(recursive=True)]:
        try:
            with member.oneshot():
                sizes.append(member.memory_info().rss)
                times = member.cpu_times()
                cpu[member.pid] = times.user + times.system
        except psutil.Error:
            continue
    return sizes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="corpus,genre", help=f"comma-separated, of {', '.join(SETS)}")
    parser.add_argument("--modes", default="serial,pool,dask", help=f"comma-separated, of {', '.join(MODES)}")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("paths", nargs="*", type=Path, help="PDFs or folders to build instead, as the set 'given'")
    args = parser.parse_args()
    if args.paths:
        SETS["given"], args.sets = args.paths, "given"
    print(f"{'set':8} {'mode':7} {'pages':>5} {'seconds':>8} {'pages/s':>8} {'CPU s':>6} {'largest MB':>10} "
          f"{'all MB':>7}  (load {os.getloadavg()[0]:.1f})")
    for name in args.sets.split(","):
        for mode in args.modes.split(","):
            best = min((run(SETS[name], MODES[mode]) for _ in range(args.runs)), key=lambda r: r["seconds"])
            print(f"{name:8} {mode:7} {best['pages']:5d} {best['seconds']:8.1f} {best['pages'] / best['seconds']:8.2f} "
                  f"{best['cpu']:6.0f} {best['largest_mb']:10.0f} {best['tree_mb']:7.0f}  "
                  f"(load {os.getloadavg()[0]:.1f})", flush=True)


if __name__ == "__main__":
    main()
