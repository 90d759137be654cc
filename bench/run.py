"""The performance table: each figure of the issue beside its floor (the same work done alone), as a ratio.

    .venv/bin/python bench/run.py            # every row but the --full ones (several minutes)
    .venv/bin/python bench/run.py --quick    # the answering rows only (a corpus build is made first)
    .venv/bin/python bench/run.py --full     # also duplicates at 100k and the 10k-page synthetic corpus build
    .venv/bin/python bench/run.py --quick --out output   # ask an existing build instead of making one

Every figure is taken in a subprocess, the cheap ones as min/median of --runs. The floor is the stage's own
work with nothing of kg87 around it, so the ratio (now / floor) is what kg87 adds:

- a build: reading its PDFs alone (kg87.read.pdf.read_pdf, one process per core), for cold builds and pages/s;
- an unchanged rebuild: `kg87 --version` (starting the CLI); `similar "text"`: loading the encoder and encoding
  one text in a bare process; `ask` and `sparql`: a bare process opening the store with pyoxigraph and running
  the query; `similar ID`: a bare process loading the vectors and taking the top 10 with numpy;
- Q1 at 1M triples: the bound query run straight on pyoxigraph (bench/million.py, path "bare");
- similar top-10 at 1M: a matrix product and argpartition over 1M unit vectors (for the exact search and, with
  --full, for kg87's own search, which above 100k statements goes through an HNSW graph);
- duplicates (bench/duplicates_scale.py) and the 10k-page build have no floor.

It asserts nothing. The machine may be shared: compare the figures of one run with each other.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
KG87 = str(Path(sys.executable).with_name("kg87"))
ENV = {**os.environ, "HF_HUB_OFFLINE": "1"}
SPARQL = ("PREFIX kg87: <https://w3id.org/kg87/ontology#> SELECT ?country (COUNT(?c) AS ?n) "
          "WHERE { ?c a kg87:Commitment ; kg87:actor ?country } GROUP BY ?country ORDER BY DESC(?n)")
FREE_TEXT = "training labour inspectors to detect forced labour on farms"
WIDTHS = (26, 12, 8, 6, 11, 4)  # what, now, floor, ratio, goal, met?: with the gaps, 77 characters


@dataclass(frozen=True)
class Goals:
    """The issue's goals, in seconds unless named otherwise."""

    cold_build: float = 12.0
    pages_per_second: float = 10.0
    build_pages: int = 620
    unchanged_rebuild: float = 1.5
    similar_text: float = 2.0
    answer: float = 0.3
    q1_million_ms: float = 50.0
    top10_million_ms: float = 20.0
    duplicates_100k: float = 600.0
    synthetic_pages: int = 10_000
    synthetic_build: float = 1800.0
    peak_gb: float = 4.0


@dataclass
class Row:
    """One line of the table: figures in ``unit`` ("s", "ms", "p/s" or "GB"), the lowest first."""

    what: str
    now: list[float]
    floor: float | None
    goal: float | None
    unit: str = "s"

    @property
    def met(self) -> bool | None:
        if not self.now or self.goal is None:
            return None
        return min(self.now) >= self.goal if self.unit == "p/s" else min(self.now) <= self.goal

    def cells(self) -> list[str]:
        if not self.now:
            return [self.what, "not measured", "", "", self._goal(), ""]
        now = "/".join(_figure(v) for v in (min(self.now), statistics.median(self.now))[:1 + (len(self.now) > 1)])
        ratio = ""
        if self.floor:
            ratio = f"{(self.floor / min(self.now) if self.unit == 'p/s' else min(self.now) / self.floor):.2f}"
        return [self.what, f"{now} {self.unit}", "" if self.floor is None else f"{_figure(self.floor)} {self.unit}",
                ratio, self._goal(), {True: "yes", False: "no", None: ""}[self.met]]

    def _goal(self) -> str:
        if self.goal is None:
            return ""
        return f"{'>=' if self.unit == 'p/s' else '<'} {_figure(self.goal)} {self.unit}"


def _figure(value: float) -> str:
    return f"{value:.0f}" if value >= 100 else f"{value:.1f}" if value >= 10 else f"{value:.2f}"


class NotMeasured(Exception):
    """A figure could not be taken; the message says why."""


def seconds(command: list[str], runs: int = 1) -> list[float]:
    """Wall seconds of each run of a command (a failing command raises NotMeasured with its last line)."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, env=ENV, check=False)
        times.append(time.perf_counter() - started)
        if done.returncode:
            raise NotMeasured(f"{' '.join(command[:3])} …: {(done.stderr.strip().splitlines() or ['failed'])[-1]}")
    return times


def output_of(command: list[str]) -> str:
    """What a command prints (a failing command raises NotMeasured with its last line)."""
    done = subprocess.run(command, capture_output=True, text=True, env=ENV, check=False)
    if done.returncode:
        raise NotMeasured(f"{Path(command[1]).name}: {(done.stderr.strip().splitlines() or ['failed'])[-1]}")
    return done.stdout


def floor(kind: str, *args: str, runs: int = 1) -> float:
    """The least time of this script's --floor mode: its own figure when it prints one, else its wall time."""
    if kind == "cli":
        return min(seconds([KG87, "--version"], runs))
    command = [sys.executable, __file__, "--floor", kind, *args]
    if kind in ("read", "topk"):
        return min(float(output_of(command).strip()) for _ in range(runs))
    return min(seconds(command, runs))


def build_with_peak(paths: list[Path], out: Path) -> tuple[float, float, int]:
    """Seconds, peak resident GB of the process tree (sampled) and pages read, of one build into ``out``."""
    import psutil

    with tempfile.TemporaryFile() as log:
        started = time.perf_counter()
        process = psutil.Popen([KG87, "build", *map(str, paths), "--out", str(out)], stdout=subprocess.DEVNULL,
                               stderr=log, env=ENV)
        peak = 0
        while process.poll() is None:
            peak = max(peak, _tree_rss(process))
            time.sleep(0.2)
        took = time.perf_counter() - started
        if process.returncode:
            log.seek(0)
            raise NotMeasured(f"kg87 build: {log.read().decode(errors='replace').strip()[-200:]}")
    return took, peak / 2**30, pages_of(out)


def _tree_rss(process) -> int:
    import psutil

    try:
        members = [process, *process.children(recursive=True)]
        return sum(p.memory_info().rss for p in members if p.is_running())
    except psutil.Error:
        return 0


def pages_of(out: Path) -> int:
    records = json.loads((out / "current" / "records.json").read_text(encoding="utf-8"))
    return sum(d["pages"] for d in records["documents"])


def pdfs(*folders: Path) -> list[Path]:
    return sorted(p for folder in folders for p in folder.rglob("*.pdf"))


def pdf_pages(paths: list[Path]) -> int:
    import pypdfium2

    return sum(len(pypdfium2.PdfDocument(str(p))) for p in paths)


def build_rows(work: Path, goals: Goals) -> list[Row]:
    """A cold build of corpus/ (into ``work``/corpus-build) and the pages/s of a 620-page build."""
    corpus = [KG87, "build", str(ROOT / "corpus"), "--out", str(work / "corpus-build")]
    return [_measured("cold build, corpus/", goals.cold_build,
                      lambda: (seconds(corpus), floor("read", *map(str, pdfs(ROOT / "corpus"))))),
            _measured(f"build {goals.build_pages} pages, p/s", goals.pages_per_second,
                      lambda: pages_per_second(work, goals.build_pages), "p/s")]


def pages_per_second(work: Path, pages: int) -> tuple[list[float], float]:
    """Pages/s of a build of the genre's PDFs and corpus/, topped up with synthetic pages to ``pages``, and of
    reading them alone."""
    sources = pdfs(ROOT / "tests" / "data" / "genre", ROOT / "corpus")
    missing = pages - pdf_pages(sources)
    if missing > 0:
        output_of([sys.executable, str(BENCH / "synthetic_corpus.py"), "--pages", str(missing), "--out",
                   str(work / "top-up")])
        sources += pdfs(work / "top-up")
    took, _, read_pages = build_with_peak(sources, work / "pages-build")
    return [read_pages / took], read_pages / floor("read", *map(str, sources))


def answer_rows(out: Path, goals: Goals, runs: int, rebuild: bool = True) -> list[Row]:
    """Unchanged rebuild (when ``rebuild``), similar with a text, ask, sparql and similar with an id, on the build
    at ``out``."""
    graph = str(out / "current" / "graph")
    statement = json.loads((out / "current" / "embeddings" / "statements.json").read_text())[0]["id"]
    vectors = str(out / "current" / "embeddings")
    cases = [("unchanged rebuild", [KG87, "build", str(ROOT / "corpus"), "--out", str(out)], ("cli",),
              goals.unchanged_rebuild),
             ('similar "free text"', [KG87, "similar", FREE_TEXT, "--out", str(out)], ("encode",), goals.similar_text),
             ("ask commitments Nepal", [KG87, "ask", "commitments", "--param", "country=Nepal", "--out", str(out)],
              ("query", graph), goals.answer),
             ("sparql", [KG87, "sparql", SPARQL, "--out", str(out)], ("query", graph, SPARQL), goals.answer),
             ("similar ID", [KG87, "similar", statement, "--out", str(out)], ("vectors", vectors), goals.answer)]
    return [_measured(what, goal, lambda command=command, mode=mode: (seconds(command, runs), floor(*mode, runs=runs)))
            for what, command, mode, goal in (cases if rebuild else cases[1:])]


def _measured(what: str, goal: float | None, measure, unit: str = "s") -> Row:
    """A row from ``measure()`` → (figures, floor); an empty row, with the reason on stderr, when it fails."""
    try:
        now, lowest = measure()
    except (NotMeasured, OSError, ValueError, KeyError) as exc:
        print(f"{what}: not measured: {exc}", file=sys.stderr)
        return Row(what, [], None, goal, unit)
    row = Row(what, now, lowest, goal, unit)
    print(" | ".join(row.cells()), file=sys.stderr)
    return row


def scale_rows(source: Path, goals: Goals, runs: int, full: bool, quick: bool) -> list[Row]:
    """Q1 on 1M triples; unless ``quick``, similar top-10 at 1M statements and duplicates at 2,000 (and 100k
    when ``full``)."""
    def q1():
        figures = json.loads(output_of([sys.executable, str(BENCH / "million.py"), "--source", str(source),
                                        "--q1", "--only", "values", "--only", "bare", "--runs", str(runs),
                                        "--json"]))
        return next(iter(figures["values"].values())), min(next(iter(figures["bare"].values())))

    def top10(*options: str, line: str = "numpy exact"):
        text = output_of([sys.executable, str(BENCH / "similarity.py"), "--sizes", "1000000", *options])
        found = re.search(rf"1,000,000 statements.*?{line}\s+median\s+([\d.]+) ms", text, re.DOTALL)
        if not found:
            raise NotMeasured(f"bench/similarity.py printed no {line} median for 1,000,000 statements")
        return [float(found.group(1))], (floor("topk") * 1000 if not options else None)  # the floor of exact search

    rows = [_measured("Q1 at 1M triples", goals.q1_million_ms, q1, "ms")]
    if quick:
        return rows
    rows.append(_measured("top-10 at 1M, exact", goals.top10_million_ms, top10, "ms"))
    if full:  # kg87's own path at 1M: an HNSW graph, whose build takes tens of minutes
        rows.append(_measured("top-10 at 1M, kg87 (HNSW)", goals.top10_million_ms,
                              lambda: top10("--kg87-index", line="kg87 index"), "ms"))
    for size in (2000, 100_000) if full else (2000,):
        rows += duplicates_rows(size, goals)
    return rows


def duplicates_rows(size: int, goals: Goals) -> list[Row]:
    """Duplicate detection at ``size`` statements (bench/duplicates_scale.py): seconds and peak RSS (the goals
    are for 100k statements)."""
    script = BENCH / "duplicates_scale.py"
    what = f"duplicates at {size:,}"
    seconds_goal, memory_goal = (goals.duplicates_100k, goals.peak_gb) if size >= 100_000 else (None, None)
    if not script.is_file():
        print(f"{what}: not measured: {script.name} is absent", file=sys.stderr)
        return [Row(what, [], None, seconds_goal)]
    try:
        with tempfile.TemporaryDirectory() as folder:  # its one-size mode, which also writes the clusters found
            lines = output_of([sys.executable, str(script), "--one", str(size), "--clusters",
                               str(Path(folder) / "clusters.json")]).strip().splitlines()
        figures = json.loads(lines[-1])
        took = figures["score"] + figures["cluster"] + figures["network"]
    except (NotMeasured, ValueError, KeyError, IndexError) as exc:
        print(f"{what}: not measured: {exc}", file=sys.stderr)
        return [Row(what, [], None, seconds_goal)]
    return [Row(what, [took], None, seconds_goal),
            Row(f"duplicates {size:,}, RSS", [figures["rss"] / 1024], None, memory_goal, "GB")]


def synthetic_rows(work: Path, goals: Goals) -> list[Row]:
    """A build of the 10k-page synthetic corpus: seconds and peak resident memory of its process tree."""
    folder = work / "synthetic"
    try:
        output_of([sys.executable, str(BENCH / "synthetic_corpus.py"), "--pages", str(goals.synthetic_pages),
                   "--out", str(folder)])
        took, peak, _ = build_with_peak([folder], work / "synthetic-build")
    except NotMeasured as exc:
        print(f"10k-page synthetic build: not measured: {exc}", file=sys.stderr)
        return [Row("10k-page synthetic build", [], None, goals.synthetic_build)]
    return [Row("10k-page synthetic build", [took], None, goals.synthetic_build),
            Row("10k-page build, peak RSS", [peak], None, goals.peak_gb, "GB")]


def print_table(rows: list[Row]) -> None:
    header = ["what", "now", "floor", "ratio", "goal", "met?"]
    lines = [header, *(row.cells() for row in rows)]
    for cells in lines:
        print("  ".join(cell[:w].ljust(w) if i == 0 else cell[:w].rjust(w) for i, (cell, w) in
                        enumerate(zip(cells, WIDTHS))).rstrip())
        if cells is header:
            print("-" * (sum(WIDTHS) + 2 * (len(WIDTHS) - 1)))
    print("now: min/median of the runs; ratio: now / floor (for p/s, floor / now);")
    print("floor: the same stage run alone (see bench/run.py's docstring)")


def run_floor(kind: str, *args: str) -> str:
    """This script's --floor modes: the stage alone, in this bare process (printing its own seconds for read
    and topk; the others are timed from outside)."""
    if kind == "read":
        from concurrent.futures import ProcessPoolExecutor

        from kg87.read.pdf import read_pdf

        started = time.perf_counter()
        with ProcessPoolExecutor(os.cpu_count()) as pool:
            list(pool.map(read_pdf, map(Path, args)))
        return f"{time.perf_counter() - started:.3f}"
    if kind == "encode":
        from kg87.similarity.embeddings import encode

        return str(encode([FREE_TEXT]).shape)
    if kind == "query":
        return str(len(list(_bare_query(*args))))
    if kind == "vectors":
        import numpy as np

        vectors = np.load(Path(args[0]) / "vectors.npy")
        return str(np.argpartition(-(vectors @ vectors[0]), 10)[:10])
    if kind == "topk":
        return f"{_top10_seconds():.6f}"
    raise SystemExit(f"no floor {kind!r}")


def _bare_query(graph: str, text: str | None = None):
    """Q1 for Nepal (or ``text``) on the store, with pyoxigraph and nothing else of kg87."""
    import pyoxigraph as ox

    from kg87.graph.worker import bind

    if text is None:
        text, _ = bind((ROOT / "queries" / "commitments.rq").read_text(encoding="utf-8"),
                       {"country": ("literal", "NPL")})
    return ox.Store.read_only(graph).query(text)


def _top10_seconds(size: int = 1_000_000, dim: int = 384, queries: int = 20) -> float:
    """Median seconds of a top-10 by matrix product and argpartition over ``size`` unit vectors."""
    import numpy as np

    rng = np.random.default_rng(1)
    vectors = rng.standard_normal((size, dim), dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    times = []
    for query in vectors[:queries]:
        started = time.perf_counter()
        scores = vectors @ query
        top = np.argpartition(-scores, 10)[:10]
        top[np.argsort(-scores[top])]
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def corpus_build(work: Path, out: Path | None) -> Path:
    """The build to ask: ``out`` when it holds one, else the build of corpus/ under ``work`` (made now if the cold
    build row made none)."""
    out = out or work / "corpus-build"
    if (out / "current").exists():
        return out
    seconds([KG87, "build", str(ROOT / "corpus"), "--out", str(out)])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="only the answering rows and Q1 at 1M triples")
    parser.add_argument("--full", action="store_true", help="also duplicates at 100k and the 10k-page build")
    parser.add_argument("--runs", type=int, default=3, help="runs of each cheap figure")
    parser.add_argument("--out", type=Path, help="an existing build to ask (it is not rebuilt)")
    parser.add_argument("--floor", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.floor:
        print(run_floor(*args.floor))
        return
    goals, rows = Goals(), []
    with tempfile.TemporaryDirectory(prefix="kg87-run-") as folder:
        work = Path(folder)
        if not args.quick:
            rows = build_rows(work, goals)
        out = corpus_build(work, args.out)
        rows += answer_rows(out, goals, args.runs, rebuild=args.out is None)  # the caller's build is not rebuilt
        rows += scale_rows(out, goals, args.runs, args.full, args.quick)
        if args.full:
            rows += synthetic_rows(work, goals)
    print_table(rows)


if __name__ == "__main__":
    main()
