"""Print the README's table of the evaluation corpus: one line per document, and the counts per table.

    python tests/data/genre/sources/summary.py > /tmp/table.md
"""

from __future__ import annotations

import json
from pathlib import Path

GENRE = Path(__file__).resolve().parent.parent
TABLES = ("countries", "organisations", "commitments", "proposals", "interventions", "events", "duplicate_clusters")
SHORT = ("countries", "orgs", "commit.", "props", "interv.", "events", "dup. clusters")


def main() -> None:
    split = json.loads((GENRE / "splits.json").read_text(encoding="utf-8"))
    side = {Path(p).stem: name for name in ("dev", "test") for p in split[name]}
    totals = {name: dict.fromkeys(TABLES, 0) for name in ("dev", "test")}
    keys = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(GENRE.glob("*.json"))
            if p.stem != "splits"}
    print("| document | split | style | lang | " + " | ".join(SHORT) + " |")
    print("|---|---|---|---|" + "---:|" * len(SHORT))
    for stem, key in keys.items():
        counts = [len(key.get(t, [])) for t in TABLES]
        for t, n in zip(TABLES, counts):
            totals[side[stem]][t] += n
        print(f"| `{stem}` | {side[stem]} | {key['style']} | {key['language']} | " + " | ".join(map(str, counts)) + " |")
    for name, counts in totals.items():
        print(f"| **{name}** (without gcg5) | | | | " + " | ".join(f"**{counts[t]}**" for t in TABLES) + " |")
    print()
    for stem, key in keys.items():
        print(f"- `{stem}`: {key['description']}")


if __name__ == "__main__":
    main()
