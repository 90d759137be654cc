"""The contract's CSV tables, written from the records: one table per statement type, and the entity tables.

Columns are CONTRACT.md's, in its order, followed by extra columns (provenance for every
row, bounding boxes, confidence and rule). A statement type's table and columns come from
its declaration (:mod:`kg87.model.types`). Lists are ``;``-separated, booleans
``true``/``false``, unknown values empty.
"""

from __future__ import annotations

import csv
import io
from dataclasses import fields
from pathlib import Path

from kg87.model.files import write_text_atomic
from kg87.model.records import Provenance, Records, Statement
from kg87.model.types import statement_types

ENTITY_COLUMNS = {
    "countries.csv": ["iso3", "label", "pathfinder_interest", "workshop_held", "workshop_scheduled", "mentions",
                      "document", "page", "quote", "bbox", "iso2", "m49", "page_label"],
    "organisations.csv": ["id", "label", "acronym", "type", "mentions", "document", "page", "quote", "bbox",
                          "country", "page_label"],
    "events.csv": ["id", "label", "start_date", "location", "document", "page", "quote", "bbox", "page_label"],
    "documents.csv": ["name", "title", "sha256", "pages", "language", "reader"],
}
DUPLICATE_COLUMNS = ["cluster", "statement_id", "actor_label", "text", "similarity", "document", "page",
                     "cluster_label", "cluster_action", "cluster_themes", "statement_type", "co_actors", "quote",
                     "relation", "cluster_terms", "probability", "cluster_review"]
_PROVENANCE = {f.name for f in fields(Provenance)}


def columns() -> dict[str, list[str]]:
    """Every table's file name and columns: entities, then each statement type, then duplicates."""
    out = {name: cols for name, cols in ENTITY_COLUMNS.items() if name != "events.csv"}
    out.update({st.table: list(st.columns) for st in statement_types()})
    out["events.csv"] = ENTITY_COLUMNS["events.csv"]
    out["duplicates.csv"] = DUPLICATE_COLUMNS
    out["documents.csv"] = ENTITY_COLUMNS["documents.csv"]
    return out


def cell(value) -> str:
    """A CSV cell: lists joined with ';', boxes as space-separated numbers, booleans true/false, None empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return ";".join(str(v) for v in value) if not all(isinstance(v, float) for v in value) \
            else " ".join(f"{v:g}" for v in value)
    return str(value)


def _entity_value(row, column: str):
    if column in _PROVENANCE and hasattr(row, "provenance"):
        return getattr(row.provenance, column)
    return getattr(row, column)


def table_rows(records: Records) -> dict[str, list[dict]]:
    """Each table as a list of row dicts (the same rows the CSV files hold)."""
    entities = {"countries.csv": records.countries, "organisations.csv": records.organisations,
                "events.csv": records.events, "documents.csv": records.documents}
    out = {}
    for name, cols in columns().items():
        if name in entities:
            out[name] = [{c: cell(_entity_value(row, c)) for c in cols} for row in entities[name]]
    for st in statement_types():
        out[st.table] = [{c: cell(st.value(s, c)) for c in st.columns} for s in records.of_type(st.name)]
    out["duplicates.csv"] = duplicate_rows(records.duplicates, records.statement_index())
    return {name: out[name] for name in columns()}


def duplicate_rows(clusters, statements: dict[str, Statement]) -> list[dict]:
    """One row per member of every duplicate cluster, with the member statement's actor, text and source."""
    rows = []
    for c in clusters:
        for m in c.members:
            s = statements[m.statement_id]
            rows.append({"cluster": c.id, "statement_id": m.statement_id, "actor_label": s.actor.label,
                         "text": s.text, "similarity": f"{m.similarity:.4f}", "document": s.provenance.document,
                         "page": str(s.provenance.page), "cluster_label": c.label, "cluster_action": c.action,
                         "cluster_themes": cell(c.themes), "statement_type": s.type, "co_actors": cell(m.co_actors),
                         "quote": s.provenance.quote, "relation": c.relation,
                         "cluster_terms": cell(c.shared_terms), "probability": f"{m.probability:.4f}",
                         "cluster_review": c.review})
    return rows


def to_csv(rows: list[dict], header: list[str]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def write_tables(records: Records, folder: Path) -> list[Path]:
    """Write every table as CSV into ``folder``."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    headers = columns()
    for name, rows in table_rows(records).items():
        write_text_atomic(folder / name, to_csv(rows, headers[name]))
        written.append(folder / name)
    return written
