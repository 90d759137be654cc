"""Benchmark: embedding throughput and `kg87 similar` latency at 10k, 100k and 1M statements.

    .venv/bin/python bench/similarity.py            # encode + numpy exact search
    .venv/bin/python bench/similarity.py --indexes  # also faiss and usearch (pip install '.[bench]')
    .venv/bin/python bench/similarity.py --kg87-index --sizes 1000000  # kg87's own search path (HNSW at 1M)

Prints figures; it asserts nothing. Search uses synthetic unit vectors of the model's
dimension (384), which costs the same as real ones for exact search.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
ROOT = Path(__file__).resolve().parent.parent
DIM = 384
QUERIES = 50


def encode_throughput() -> None:
    from kg87.similarity.embeddings import encode

    statements = ROOT / "output" / "embeddings" / "statements.json"
    texts = [s["text"] for s in json.loads(statements.read_text())] if statements.is_file() else []
    if not texts:
        print("encode: no output/embeddings/statements.json (run `kg87 build` first); skipped")
        return
    started = time.perf_counter()
    encode(texts[:2])
    load = time.perf_counter() - started
    started = time.perf_counter()
    encode(texts)
    seconds = time.perf_counter() - started
    words = sum(len(t.split()) for t in texts)
    print(f"encode: model load {load:.1f} s; {len(texts)} corpus statements ({words} words) in {seconds:.2f} s "
          f"= {len(texts) / seconds:.0f} statements/s")


def unit_vectors(n: int, seed: int) -> np.ndarray:
    vectors = np.random.default_rng(seed).standard_normal((n, DIM), dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors


def timed(search, queries: np.ndarray) -> tuple[float, float]:
    """Median and 95th-percentile milliseconds per query."""
    times = []
    for q in queries:
        started = time.perf_counter()
        search(q)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def bench_numpy(vectors: np.ndarray, queries: np.ndarray) -> str:
    from kg87.similarity.embeddings import nearest

    median, p95 = timed(lambda q: nearest(vectors, q, 10), queries)
    return f"numpy exact      median {median:7.2f} ms  p95 {p95:7.2f} ms"


def bench_faiss(vectors: np.ndarray, queries: np.ndarray) -> list[str]:
    try:
        import faiss
    except ImportError:
        return ["faiss            not installed (pip install '.[bench]')"]
    out = []
    flat = faiss.IndexFlatIP(DIM)
    flat.add(vectors)
    median, p95 = timed(lambda q: flat.search(q[None, :], 10), queries)
    out.append(f"faiss flat       median {median:7.2f} ms  p95 {p95:7.2f} ms")
    if len(vectors) <= 100_000:
        started = time.perf_counter()
        hnsw = faiss.IndexHNSWFlat(DIM, 32, faiss.METRIC_INNER_PRODUCT)
        hnsw.add(vectors)
        build = time.perf_counter() - started
        median, p95 = timed(lambda q: hnsw.search(q[None, :], 10), queries)
        out.append(f"faiss HNSW       median {median:7.2f} ms  p95 {p95:7.2f} ms  (build {build:.0f} s)")
    return out


def bench_usearch(vectors: np.ndarray, queries: np.ndarray) -> list[str]:
    try:
        from usearch.index import Index
    except ImportError:
        return ["usearch          not installed (a dependency of kg87: pip install -e .)"]
    if len(vectors) > 100_000:
        return []
    started = time.perf_counter()
    index = Index(ndim=DIM, metric="ip", dtype="f32")
    index.add(np.arange(len(vectors)), vectors)
    build = time.perf_counter() - started
    median, p95 = timed(lambda q: index.search(q, 10), queries)
    return [f"usearch HNSW     median {median:7.2f} ms  p95 {p95:7.2f} ms  (build {build:.0f} s)"]


def bench_kg87_index(vectors: np.ndarray, queries: np.ndarray) -> str:
    """kg87's own search (VectorIndex: exact up to its limit, an HNSW graph above), with recall@10 against exact."""
    from kg87.similarity.embeddings import nearest
    from kg87.similarity.index import VectorIndex

    started = time.perf_counter()
    index = VectorIndex.build(vectors)
    build = time.perf_counter() - started
    median, p95 = timed(lambda q: index.search(q, 10), queries)
    found = [len({r for r, _ in index.search(q, 10)} & {r for r, _ in nearest(vectors, q, 10)}) / 10 for q in queries]
    path = "HNSW" if index.approximate else "exact"
    return (f"kg87 index       median {median:7.2f} ms  p95 {p95:7.2f} ms  ({path}, build {build:.0f} s, "
            f"recall@10 {statistics.mean(found):.3f})")


def clustered_vectors(n: int, seed: int, centres: int = 2000) -> np.ndarray:
    """Unit vectors around ``centres`` topics (the same topics whatever the seed), as statements are: uniform random
    vectors have no neighbours to find and make every graph search look poor."""
    rng = np.random.default_rng(seed)
    middles = unit_vectors(centres, seed=7)
    vectors = middles[rng.integers(0, centres, n)] + 0.6 * rng.standard_normal((n, DIM), dtype=np.float32) / DIM ** .5
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors.astype(np.float32)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--indexes", action="store_true", help="also time faiss and usearch")
    parser.add_argument("--kg87-index", action="store_true",
                        help="also time kg87's own search on clustered vectors (an HNSW graph above 100k: its build "
                             "takes tens of minutes at 1M)")
    parser.add_argument("--sizes", default="10000,100000,1000000")
    args = parser.parse_args()
    encode_throughput()
    queries = unit_vectors(QUERIES, seed=1)
    for n in (int(s) for s in args.sizes.split(",")):
        vectors = unit_vectors(n, seed=2)
        print(f"\n{n:,} statements ({vectors.nbytes / 2**20:.0f} MiB of vectors), top 10 of {QUERIES} queries:")
        print("  " + bench_numpy(vectors, queries))
        if args.indexes:
            for line in bench_faiss(vectors, queries) + bench_usearch(vectors, queries):
                print("  " + line)
        if args.kg87_index:
            print("  " + bench_kg87_index(clustered_vectors(n, seed=3), clustered_vectors(QUERIES, seed=4)))


if __name__ == "__main__":
    main()
