"""Benchmark: duplicate detection and the similarity network at 2k, 10k and 100k initiatives, and peak memory.

    .venv/bin/python bench/duplicates_scale.py                 # 2,000, 10,000 and 100,000 initiatives
    .venv/bin/python bench/duplicates_scale.py --sizes 2000,10000 --dense   # also every pair, for comparison

Initiatives are synthetic: unit vectors of the model's dimension drawn around their action type's
direction and a topic, with planted groups of two to five near-duplicates (same action type, close
wording), action types in the shares of the evaluation corpus's keyed initiatives, countries and
organisations, invented texts. Each size runs in a process of its own, so its peak RSS is its own.
Times: score (select, contextual vectors, the pairs held), cluster (average linkage per connected
part, the clusters' reasons), network (the similarity graph at the build's edge, annotated and
written as GraphML). "planted": the share of planted pairs found in one cluster. With --dense, the
same steps with every pair scored (one n x n matrix, as below ``all_pairs_limit``), and "same pairs":
the F1 of the pairs of initiatives sharing a cluster in the two runs. Prints a table; it asserts
nothing.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from itertools import combinations
from pathlib import Path

import numpy as np

DIM = 384
ACTION_SHARES = {"": 22, "data-research": 10, "labour-inspection": 8, "victim-protection": 8, "labour-migration": 7,
                 "international-standards": 5, "livelihoods": 5, "due-diligence": 5, "coordination": 4,
                 "monitoring-evaluation": 4, "action-plan": 4, "legal-reform": 3, "justice": 2, "social-dialogue": 2,
                 "education": 2, "partnerships": 2, "capacity-building": 2, "funding": 2, "awareness": 2,
                 "technology": 1}  # per cent of the keyed initiatives of the evaluation corpus, rounded
PLANTED_SHARE = 0.2  # of the initiatives are in planted groups of near-duplicates


def synthetic(n: int, seed: int = 87):
    """Embeddings of n invented initiatives (commitments), and the first two rows of each planted group of
    near-duplicates."""
    from kg87.model.records import Actor, Provenance, Statement
    from kg87.similarity.embeddings import Embeddings
    from kg87.model.records import ActionParts

    rng = np.random.default_rng(seed)
    names = list(ACTION_SHARES)
    shares = np.array(list(ACTION_SHARES.values()), dtype=float)
    action_of = rng.choice(len(names), n, p=shares / shares.sum())
    directions = rng.standard_normal((len(names), DIM)).astype(np.float32)
    topics = rng.standard_normal((max(n // 20, 1), DIM)).astype(np.float32)
    topic_of = rng.integers(0, len(topics), n)
    vectors = 0.6 * directions[action_of] + 0.5 * topics[topic_of] + rng.standard_normal((n, DIM), dtype=np.float32)
    words = rng.integers(0, 5000, (n, 8))
    start, planted = 0, []
    while start < n * PLANTED_SHARE:
        size = int(rng.integers(2, 6))
        group = slice(start, min(start + size, n))
        action_of[group], topic_of[group] = action_of[start], topic_of[start]
        vectors[group] = vectors[start] + 0.35 * rng.standard_normal((len(vectors[group]), DIM), dtype=np.float32)
        words[group, :5] = words[start, :5]
        planted += [(start, start + 1)] if size > 1 and start + 1 < n else []
        start += size
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    statements = []
    for i in range(n):
        text = "Invented initiative " + " ".join(f"w{w}" for w in words[i])
        actor = Actor("country", f"c{i % 190}", f"Country {i % 190}") if rng.random() < 0.6 else \
            Actor("organisation", f"o{i % 60}", f"Body {i % 60}")
        statements.append(Statement(f"c-{i:06d}", "commitment", actor, text, [],
                                    Provenance(f"doc-{i // 40}.pdf", 1 + i % 30, text), {"kind": "priority"}))
    parts = [ActionParts(" ".join(f"w{w}" for w in row[:5]), tuple(f"w{w}" for w in row[:5]), "", "en")
             for row in words]
    types = (np.eye(len(names))[action_of] + 0.2 * rng.random((n, len(names)))).astype(np.float32)
    return Embeddings(statements, vectors, [names[a] for a in action_of], parts, vectors, types), planted


def run_one(n: int, dense: bool, neighbours: int | None, network: bool, clusters_file: Path) -> dict:
    """Score, cluster and write the network of n synthetic initiatives; times in seconds, peak RSS in MiB."""
    from kg87.similarity.duplicates import DEFAULT_SETTINGS, find_duplicates, score_initiatives, similarity_edge
    from kg87.similarity.networks import annotate, similarity_graph, write_graphml

    embeddings, planted = synthetic(n)
    settings = replace(DEFAULT_SETTINGS, neighbours=neighbours or DEFAULT_SETTINGS.neighbours)
    settings = replace(settings, all_pairs_limit=n) if dense else settings
    started = time.perf_counter()
    scored = score_initiatives(embeddings, settings)
    scored_at = time.perf_counter()
    clusters = find_duplicates(scored, settings)
    clustered_at = time.perf_counter()
    graph = similarity_graph(scored.statements, scored.actions, scored.scores, similarity_edge(settings)) \
        if network else None
    edges = graph.number_of_edges() if graph is not None else 0
    with tempfile.TemporaryDirectory() as folder:
        if graph is not None:
            write_graphml(annotate(graph), Path(folder) / "similarity.graphml")  # empties the graph
    clusters_file.write_text(json.dumps([[m.statement_id for m in c.members] for c in clusters]))
    held = scored.scores.size ** 2 // 2 if scored.scores.matrix is not None else len(scored.scores.values)
    return {"n": n, "mode": "n x n" if dense else "pairs", "held": held, "score": scored_at - started,
            "cluster": clustered_at - scored_at, "network": time.perf_counter() - clustered_at,
            "edges": edges, "clusters": len(clusters),
            "planted_found": _planted_found(embeddings, clusters, planted),
            "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def _planted_found(embeddings, clusters, planted: list[tuple[int, int]]) -> float:
    """Share of the planted pairs that end in one cluster."""
    cluster_of = {m.statement_id: c.id for c in clusters for m in c.members}
    ids = [s.id for s in embeddings.statements]
    found = [ids[a] in cluster_of and cluster_of[ids[a]] == cluster_of.get(ids[b]) for a, b in planted]
    return sum(found) / max(len(found), 1)


def _same_pairs(first: Path, second: Path) -> float:
    """F1 of the pairs of initiatives that share a cluster in one run against those of the other."""
    pairs = [{frozenset(p) for members in json.loads(path.read_text()) for p in combinations(members, 2)}
             for path in (first, second)]
    return 2 * len(pairs[0] & pairs[1]) / max(len(pairs[0]) + len(pairs[1]), 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="2000,10000,100000")
    parser.add_argument("--dense", action="store_true", help="also run with every pair scored (n x n)")
    parser.add_argument("--neighbours", type=int, help="nearest neighbours held per initiative (default: setting's)")
    parser.add_argument("--no-network", action="store_true", help="leave out the similarity network")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--one-dense", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--clusters", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.one_dense, args.neighbours, not args.no_network, args.clusters)))
        return
    print(f"{'n':>8} {'mode':>6} {'pairs held':>11} {'score s':>8} {'cluster s':>9} {'network s':>9} {'edges':>9} "
          f"{'clusters':>8} {'planted':>7} {'peak RSS':>9} {'same pairs':>10}")
    with tempfile.TemporaryDirectory() as folder:
        for n in (int(s) for s in args.sizes.split(",")):
            for dense in ((False, True) if args.dense else (False,)):
                clusters = Path(folder) / f"{n}-{dense}.json"
                command = [sys.executable, __file__, "--one", str(n), "--clusters", str(clusters)]
                command += ["--neighbours", str(args.neighbours)] if args.neighbours else []
                command += ["--no-network"] if args.no_network else []
                result = subprocess.run(command + (["--one-dense"] if dense else []), capture_output=True, text=True)
                if result.returncode:
                    print(f"{n:>8} {'n x n' if dense else 'pairs':>6} failed: {result.stderr.strip()[-200:]}")
                    continue
                r = json.loads(result.stdout.strip().splitlines()[-1])
                other = Path(folder) / f"{n}-False.json"
                same = f"{_same_pairs(clusters, other):.3f}" if dense and other.is_file() else ""
                print(f"{r['n']:>8} {r['mode']:>6} {r['held']:>11,} {r['score']:>8.1f} {r['cluster']:>9.1f} "
                      f"{r['network']:>9.1f} {r['edges']:>9,} {r['clusters']:>8,} {r['planted_found']:>7.0%} "
                      f"{r['rss']:>6,.0f} MiB {same:>10}", flush=True)


if __name__ == "__main__":
    main()
