"""Benchmark: named queries on a 1M-triple store shaped like kg87's graph, through rdflib and through pyoxigraph.

    .venv/bin/python bench/million.py                    # store built once under /tmp/kg87-million
    .venv/bin/python bench/million.py --triples 200000   # a smaller store
    .venv/bin/python bench/million.py --q1 --only values --json  # Q1 on one path, as JSON (bench/run.py)

The store is a corpus build's graph with its per-document part (documents, statements, excerpts, duplicate
clusters) copied under new IRIs until it holds the number of triples asked for; each copy gives its
statements' countries to other countries of the gazetteer, so every country has commitments and one
country's share is what it would be in a large corpus. The ontology, vocabularies and organisations are
kept once. Times Q1 (queries/commitments.rq, one country) and two aggregates, min and median of --runs,
through rdflib (``Graph.query`` with ``initBindings`` over oxrdflib), through pyoxigraph with SEP-0007
substitutions, and through the query worker's :func:`kg87.graph.worker.query` (parameters in the query's
VALUES slots), and checks that these give the same rows; "bare" is the bound query straight on pyoxigraph,
its solutions counted (the floor). Prints figures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

os.environ.setdefault("HF_HUB_OFFLINE", "1")
ROOT = Path(__file__).resolve().parent.parent
ID = "https://w3id.org/kg87/id/"
PER_DOCUMENT = tuple(f"{ID}{kind}/" for kind in ("document", "commitment", "proposal", "intervention", "excerpt",
                                                   "duplicate-cluster"))
COUNTRY = f"{ID}country/"
PATHS = ("rdflib", "substitutions", "values", "bare")

COMMITMENTS_PER_COUNTRY = """PREFIX kg87: <https://w3id.org/kg87/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?country (COUNT(?commitment) AS ?commitments)
WHERE { ?commitment a kg87:Commitment ; kg87:actor ?actor . ?actor a kg87:Country ; rdfs:label ?country . }
GROUP BY ?country ORDER BY DESC(?commitments) ?country
"""
STATEMENTS_PER_THEME = """PREFIX kg87: <https://w3id.org/kg87/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?theme ?type (COUNT(DISTINCT ?statement) AS ?statements) (COUNT(DISTINCT ?document) AS ?documents)
WHERE { ?statement a ?type ; kg87:theme/skos:notation ?theme ; kg87:excerpt/kg87:document ?document .
        VALUES ?type { kg87:Commitment kg87:Proposal kg87:Intervention } }
GROUP BY ?theme ?type ORDER BY ?theme ?type
"""


@dataclass(frozen=True)
class Case:
    """One query timed on the store: its name, text and parameters."""

    name: str
    text: str
    bindings: dict


def cases(country: str) -> list[Case]:
    from kg87.queries import named_queries

    return [Case(f"Q1 commitments country={country}", named_queries()["commitments"].text, {"country": country}),
            Case("commitments per country", COMMITMENTS_PER_COUNTRY, {}),
            Case("statements and documents per theme", STATEMENTS_PER_THEME, {})]


def source_build(source: Path) -> Path:
    """The graph folder of the current build under ``source``, building corpus/ there first if it has none."""
    from kg87.model.builds import BuildMissing, current_build

    try:
        return current_build(source) / "graph"
    except BuildMissing:
        print(f"building corpus/ into {source} (once) ...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "kg87.cli", "build", str(ROOT / "corpus"), "--out", str(source)],
                       check=True, stdout=subprocess.DEVNULL)
        return current_build(source) / "graph"


def grown_quads(graph: Path, target: int):
    """The source graph's quads, then copies of its per-document part until about ``target`` triples."""
    from kg87.model.gazetteer import load_gazetteer

    source = ox.Store.read_only(str(graph))
    quads = list(source.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    yield from quads
    countries = sorted(load_gazetteer().countries.values(), key=lambda c: c.iso3)
    built = {q.subject.value for q in quads if q.subject.value.startswith(COUNTRY)}
    template = [q for q in quads if q.subject.value == min(built)]
    for country in countries:
        if f"{COUNTRY}{country.iso3}" not in built:
            yield from _country_quads(template, country)
    copied = [q for q in quads if _per_document(q.subject)]
    codes = [c.iso3 for c in countries]
    for copy in range(1, max(1, (target - len(quads)) // max(1, len(copied))) + 1):
        shift = {f"{COUNTRY}{code}": f"{COUNTRY}{codes[(i + 7 * copy) % len(codes)]}" for i, code in enumerate(codes)}
        for q in copied:
            yield ox.Quad(_renamed(q.subject, copy, shift), q.predicate, _renamed(q.object, copy, shift))


def _per_document(term) -> bool:
    return isinstance(term, ox.NamedNode) and term.value.startswith(PER_DOCUMENT)


def _renamed(term, copy: int, shift: dict[str, str]):
    """A term of copy number ``copy``: per-document IRIs get a suffix, countries are shifted."""
    if _per_document(term):
        return ox.NamedNode(f"{term.value}-{copy}")
    if isinstance(term, ox.NamedNode) and term.value in shift:
        return ox.NamedNode(shift[term.value])
    return term


def _country_quads(template: list, country):
    """A country of the gazetteer described as the build describes one (its code, names and counts)."""
    iri = ox.NamedNode(f"{COUNTRY}{country.iso3}")
    values = {"iso3": country.iso3, "iso2": country.iso2, "m49": country.m49, "label": country.label,
              "prefLabel": country.label}
    for q in template:
        local = q.predicate.value.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        value = q.object
        if local in values:
            value = ox.Literal(values[local], language=q.object.language) if q.object.language else \
                ox.Literal(values[local])
        elif local == "exactMatch":
            value = ox.NamedNode(q.object.value.rsplit("/", 1)[0] + "/" + country.iso3)
        yield ox.Quad(iri, q.predicate, value)


def million_store(path: Path, source: Path, target: int) -> Path:
    """The store of about ``target`` triples at ``path``, built once (a marker file says its size)."""
    marker = path / "kg87-million.json"
    if marker.is_file() and json.loads(marker.read_text())["target"] == target:
        return path / "store"
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    started = time.perf_counter()
    store = ox.Store(str(path / "store"))
    store.bulk_extend(grown_quads(source_build(source), target))
    store.optimize()
    count = len(store)
    del store
    marker.write_text(json.dumps({"target": target, "triples": count}))
    print(f"store of {count:,} triples built in {time.perf_counter() - started:.0f} s at {path}", file=sys.stderr)
    return path / "store"


def runner(path: str, store_path: Path):
    """A function running (text, bindings) to rows of text along one of PATHS."""
    from kg87.graph import worker
    from kg87.graph.store import is_iri, run_query

    store = ox.Store.read_only(str(store_path))
    if path == "rdflib":
        from oxrdflib import OxigraphStore
        from rdflib import Graph
        from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

        graph = Graph(store=OxigraphStore(store=store), identifier=DATASET_DEFAULT_GRAPH_ID)
        return lambda text, bindings: run_query(graph, text, bindings).rows

    def rows(text: str, bindings: dict) -> list[dict]:
        kinds = {name: ("iri" if is_iri(value) else "literal", value) for name, value in bindings.items()}
        if path == "bare":  # the bound query alone: its solutions counted, not turned into rows
            return [{}] * sum(1 for _ in store.query(worker.bind(text, kinds)[0]))
        if path == "substitutions":
            result = store.query(text, substitutions=worker.bind("", kinds)[1])
        else:
            result = worker.query(store, text, kinds)
        columns = [v.value for v in result.variables]
        return [{c: worker.term_text(solution[c]) for c in columns} for solution in result]
    return rows


def timed(run, case: Case, runs: int) -> tuple[list[float], list[dict]]:
    """Milliseconds of each run, and the rows of the last."""
    times, rows = [], []
    for _ in range(runs):
        started = time.perf_counter()
        rows = run(case.text, case.bindings)
        times.append((time.perf_counter() - started) * 1000)
    return times, rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--store", type=Path, default=Path("/tmp/kg87-million"), help="where the store is kept")
    parser.add_argument("--source", type=Path, default=Path("/tmp/kg87-million-source"),
                        help="a build folder to copy the shape of (corpus/ is built there if it holds none)")
    parser.add_argument("--q1", action="store_true", help="time Q1 only, not the aggregates")
    parser.add_argument("--country", default="NPL", help="Q1's country (ISO3)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", choices=PATHS, action="append", help="time only these paths (repeatable)")
    parser.add_argument("--json", action="store_true", help="print {path: {query: [ms, ...]}} as JSON")
    args = parser.parse_args()
    store_path = million_store(args.store, args.source, args.triples)
    figures, answers = {}, {}
    for path in args.only or PATHS:
        run = runner(path, store_path)
        figures[path] = {}
        for case in cases(args.country)[:1 if args.q1 else None]:
            figures[path][case.name], answers[(path, case.name)] = timed(run, case, args.runs)
    if args.json:
        print(json.dumps(figures))
        return
    print(f"{json.loads((args.store / 'kg87-million.json').read_text())['triples']:,} triples; "
          f"min / median of {args.runs} runs, ms")
    for name in figures[next(iter(figures))]:
        rows = {answers[(path, name)].__len__() for path in figures}
        same = len({json.dumps(answers[(path, name)], sort_keys=True) for path in figures if path != "bare"}) == 1
        print(f"{name}  ({'/'.join(map(str, rows))} rows, {'same' if same else 'DIFFERENT'} on every path)")
        for path, by_case in figures.items():
            print(f"  {path:14} {min(by_case[name]):9.1f} {statistics.median(by_case[name]):9.1f}")


if __name__ == "__main__":
    main()
