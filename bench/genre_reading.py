"""Reading of the evaluation corpus: are the keyed sentences read whole and in order?

Every commitment, proposal and intervention text of a key (tests/data/genre/*.json) is a run of the
document's words. kg87's reading keeps it when the text lies inside one block or table cell
(*whole*), or across a block and the next one in reading order, as a sentence cut by a column or
page break that is not joined again (*split*); a text found nowhere in the concatenated reading
was scrambled by a wrong reading order (*lost*). Figures only, per document and per style; no text
is printed, so the `test` split can be measured without being read.

    python bench/genre_reading.py [--split dev|test]
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import defaultdict
from pathlib import Path

from kg87.read.pdf import read_pdf

GENRE = Path(__file__).resolve().parent.parent / "tests" / "data" / "genre"
TABLES = ("commitments", "proposals", "interventions")


def squash(text: str) -> str:
    return re.sub(r"[\W_]", "", text.lower())


def units(document) -> list[str]:
    """The document's blocks and table cells in reading order, squashed."""
    out = [squash(b.text) for b in document.blocks()]
    out += [squash(c.text) for t in document.tables() for c in t.cells]
    return [u for u in out if u]


def measure(key: dict, pdf: Path) -> dict[str, int]:
    document = read_pdf(pdf)
    read = units(document)
    pairs = [a + b for a, b in zip(read, read[1:])]
    everything = "".join(read)
    counts = defaultdict(int)
    for table in TABLES:
        for row in key.get(table, []):
            text = squash(row.get("text", ""))
            if not text:
                continue
            counts["texts"] += 1
            if any(text in u for u in read):
                counts["whole"] += 1
            elif any(text in p for p in pairs):
                counts["split"] += 1
            elif text not in everything:
                counts["lost"] += 1
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test"), help="only the keys of one split")
    args = parser.parse_args()
    splits = json.loads((GENRE / "splits.json").read_text(encoding="utf-8"))
    names = [n.removesuffix(".json") for n in (splits[args.split] if args.split else splits["dev"] + splits["test"])]
    by_style: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    print(f"{'document':32} {'style':15} {'texts':>5} {'whole':>6} {'split':>6} {'lost':>5}")
    started = time.perf_counter()
    for name in names:
        path = GENRE / f"{name}.json"
        pdf = GENRE / f"{name}.pdf"
        if not path.exists() or not pdf.exists():
            continue  # the gcg5 key: bench/reading_order.py measures the corpus
        key = json.loads(path.read_text(encoding="utf-8"))
        counts = measure(key, pdf)
        style = key.get("style", "")
        for k, v in counts.items():
            by_style[style][k] += v
        n = max(counts["texts"], 1)
        print(f"{name:32} {style:15} {counts['texts']:5} {counts['whole'] / n:6.3f} {counts['split'] / n:6.3f} "
              f"{counts['lost'] / n:5.3f}")
    print()
    for style, counts in sorted(by_style.items()):
        n = max(counts["texts"], 1)
        print(f"{'all ' + style:32} {'':15} {counts['texts']:5} {counts['whole'] / n:6.3f} {counts['split'] / n:6.3f} "
              f"{counts['lost'] / n:5.3f}")
    print(f"\n{time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
