"""The contract's CSV tables, written from the records.

Columns are CONTRACT.md's, in its order, followed by extra columns (provenance for every
row, bounding boxes, confidence and rule). Lists are ``;``-separated, booleans
``true``/``false``, unknown values empty.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from kg87.atomic import write_text_atomic
from kg87.records import Records

COLUMNS = {
    "countries.csv": ["iso3", "label", "pathfinder_interest", "workshop_held", "workshop_scheduled", "mentions",
                      "document", "page", "quote", "bbox", "iso2", "m49"],
    "organisations.csv": ["id", "label", "acronym", "type", "mentions", "document", "page", "quote", "bbox",
                          "country"],
    "commitments.csv": ["id", "actor_type", "actor_id", "actor_label", "text", "themes", "kind", "target_year",
                        "document", "page", "quote", "section", "bbox", "confidence", "rule"],
    "proposals.csv": ["id", "proposer_label", "text", "themes", "document", "page", "quote", "section", "bbox",
                      "confidence", "rule"],
    "interventions.csv": ["id", "speaker_id", "speaker_label", "meeting", "text", "document", "page", "quote",
                          "themes", "bbox", "confidence", "rule"],
    "events.csv": ["id", "label", "start_date", "location", "document", "page", "quote", "bbox"],
    "duplicates.csv": ["cluster", "statement_id", "actor_label", "text", "similarity", "document", "page",
                       "cluster_label", "cluster_action", "cluster_themes", "statement_type", "co_actors", "quote"],
}


def cell(value) -> str:
    """A CSV cell: lists joined with ';', booleans as true/false, None empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return ";".join(str(v) for v in value) if not all(isinstance(v, float) for v in value) \
            else " ".join(f"{v:g}" for v in value)
    return str(value)


def table_rows(records: Records) -> dict[str, list[dict]]:
    """Each table as a list of row dicts (the same rows the CSV files hold)."""
    sources = {"countries.csv": records.countries, "organisations.csv": records.organisations,
               "commitments.csv": records.commitments, "proposals.csv": records.proposals,
               "interventions.csv": records.interventions, "events.csv": records.events}
    out = {}
    for name, rows in sources.items():
        out[name] = [{col: cell(getattr(row, col)) for col in COLUMNS[name]} for row in rows]
    out["duplicates.csv"] = [
        {"cluster": c.id, "statement_id": m.statement_id, "actor_label": m.actor_label, "text": m.text,
         "similarity": f"{m.similarity:.4f}", "document": m.document, "page": str(m.page), "cluster_label": c.label,
         "cluster_action": c.action, "cluster_themes": cell(c.themes), "statement_type": m.table,
         "co_actors": cell(m.co_actors), "quote": m.quote}
        for c in records.duplicates for m in c.members]
    return out


def to_csv(rows: list[dict], columns: list[str]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def write_tables(records: Records, folder: Path) -> list[Path]:
    """Write every table as CSV into ``folder``."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, rows in table_rows(records).items():
        write_text_atomic(folder / name, to_csv(rows, COLUMNS[name]))
        written.append(folder / name)
    return written
