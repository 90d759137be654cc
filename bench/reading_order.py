"""Reading order of the corpus PDFs measured against the plain-text copies in ../shared/seeds.

For every page, each block is located in the seed text (by its first words); the figure is
the share of consecutive block pairs that the seed has in the same order, and the share of
blocks found at all. Multi-column slide pages are reported on their own.

    python bench/reading_order.py
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

from kg87.read.pdf import read_pdf

ROOT = Path(__file__).resolve().parent.parent
SEEDS = {
    "gcg5-briefing-pack.pdf": "000_e69c6fb1d9cc454c.txt",
    "gcg5-meeting-report.pdf": "001_e153b69042865bb8.txt",
}
COLUMN_PAGES = {"gcg5-briefing-pack.pdf": {6, 7, 12, 13, 14, 15, 16}}


def squash(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())


def main() -> int:
    seeds_dir = ROOT.parent / "shared" / "seeds"
    if not seeds_dir.is_dir():
        print(f"skipped: {seeds_dir} is absent")
        return 0
    for name, seed_name in SEEDS.items():
        seed = squash((seeds_dir / seed_name).read_text(encoding="utf-8"))
        started = time.perf_counter()
        document = read_pdf(ROOT / "corpus" / name)
        seconds = time.perf_counter() - started
        totals = {"all": [0, 0, 0, 0], "columns": [0, 0, 0, 0]}  # pairs in order, pairs, found, blocks
        for page in document.pages:
            positions = []
            cursor = 0
            for block in page.blocks:
                key = squash(block.text)[:40]
                at = -1
                if len(key) >= 8:
                    at = seed.find(key, cursor)  # the next occurrence, as text repeats (titles, lists)
                    at = seed.find(key) if at < 0 else at
                    cursor = max(cursor, at)
                positions.append(at)
            found = [p for p in positions if p >= 0]
            pairs = list(zip(found, found[1:]))
            in_order = sum(a < b for a, b in pairs)
            groups = ["all"] + (["columns"] if page.number in COLUMN_PAGES.get(name, set()) else [])
            for group in groups:
                t = totals[group]
                t[0] += in_order
                t[1] += len(pairs)
                t[2] += len(found)
                t[3] += len(positions)
        print(f"{name}: {document.page_count} pages read in {seconds:.1f} s "
              f"({document.page_count / seconds:.1f} pages/s)")
        for group, (ok, pairs, found, blocks) in totals.items():
            if blocks:
                print(f"  {group:8s} blocks found in seed {found}/{blocks} ({found / blocks:.1%}); "
                      f"consecutive pairs in seed order {ok}/{pairs} ({ok / max(pairs, 1):.1%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
