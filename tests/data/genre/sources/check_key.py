"""Check an answer key against its PDF: shape, vocabularies, and keyed texts in the text layer.

    python check_key.py tests/data/genre/NAME.json [...]

The text layer is read as the scorer reads text: pdfplumber words in content-stream order, so a
column, a box or a table cell reads as typeset, normalised as in shared/gold/README.md (lower
case, straight quotes, punctuation to spaces, whitespace collapsed). Exit status 1 on a problem.
The test suite imports `problems` from here.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

import pdfplumber

THEMES = {"child-labour", "forced-labour", "human-trafficking", "modern-slavery", "migration",
          "supply-chains", "conflict-humanitarian", "rule-of-law", "social-protection", "education",
          "labour-inspection", "data-research", "awareness", "legal-framework", "fair-recruitment",
          "social-dialogue", "victim-support", "capacity-building"}
KINDS = {"priority", "next-step", "pledge", "pathfinder-interest", "ratification", "plan", "other"}
ORG_TYPES = {"government", "un-agency", "intergovernmental", "workers", "employers", "business",
             "civil-society", "academia", "other"}
FIELDS = {
    "countries": ("iso3", "label", "pathfinder_interest", "workshop_held", "workshop_scheduled"),
    "organisations": ("label", "acronym", "type"),
    "commitments": ("actor_type", "actor_id", "actor_label", "text", "themes", "kind", "target_year",
                    "document"),
    "proposals": ("proposer_label", "text", "themes", "document"),
    "interventions": ("speaker_label", "text", "document"),
    "events": ("label", "start_date", "location", "document"),
}
QUOTED = ("commitments", "proposals", "interventions")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
_DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
_EMAIL = re.compile(r"[\w.%+-]+@([\w-]+\.)+[a-z]{2,}", re.I)


def normalise(text: str) -> str:
    """The scorer's normalisation (shared/gold/README.md, step 1)."""
    text = text.lower().translate(_QUOTES)
    chars = (" " if c != "'" and unicodedata.category(c)[0] in "PS" else c for c in text)
    return " ".join("".join(chars).split())


def page_texts(pdf_path: Path) -> list[str]:
    """Each page's words in content-stream order, joined by spaces."""
    with pdfplumber.open(pdf_path) as pdf:
        return [" ".join(w["text"] for w in page.extract_words(use_text_flow=True))
                for page in pdf.pages]


def _row_problems(table: str, row: dict, where: str) -> list[str]:
    out = [f"{where}: missing field {f!r}" for f in FIELDS[table] if f not in row]
    if any(t not in THEMES for t in row.get("themes") or []):
        out.append(f"{where}: unknown theme in {row['themes']}")
    if table == "commitments":
        if row.get("kind") not in KINDS:
            out.append(f"{where}: unknown kind {row.get('kind')!r}")
        if row.get("actor_type") not in ("country", "organisation"):
            out.append(f"{where}: actor_type must be country or organisation")
        elif row["actor_type"] == "country" and not re.fullmatch(r"[A-Z]{3}", str(row.get("actor_id"))):
            out.append(f"{where}: a country's actor_id is its ISO 3166-1 alpha-3 code")
        year = row.get("target_year")
        if year is not None and not (isinstance(year, int) and 2000 <= year <= 2100):
            out.append(f"{where}: target_year must be an integer year or null")
    if table == "organisations" and row.get("type") not in ORG_TYPES:
        out.append(f"{where}: unknown organisation type {row.get('type')!r}")
    if table == "events" and row.get("start_date") and not _DATE.match(row["start_date"]):
        out.append(f"{where}: start_date must be YYYY-MM-DD, YYYY-MM or null")
    return out


def _text_problems(table: str, row: dict, where: str, pages: list[str]) -> list[str]:
    text = normalise(row.get("text") or "")
    whole = normalise(" ".join(pages))
    if not text or text not in whole:
        return [f"{where}: text not found in the PDF text layer: {row.get('text')!r}"]
    page = row.get("page")
    if page is not None and text not in normalise(" ".join(pages[page - 1:page + 1])):
        return [f"{where}: text is not on page {page} (or running on from it)"]
    return []


def problems(key_path: Path) -> list[str]:
    """Everything wrong with one key and its PDF (an empty list when all is well)."""
    key = json.loads(Path(key_path).read_text(encoding="utf-8"))
    found = []
    (document,) = key["documents"]
    pdf = Path(key_path).with_name(document)
    pages = page_texts(pdf)
    if (Path(__file__).parent / f"{pdf.stem}.py").exists():  # documents made with docgen say so on every page
        found += [f"page {i + 1}: no line saying the document is fictional" for i, t in enumerate(pages)
                  if not re.search(r"fictional|fictif|ficticio", t, re.I)]
    found += [f"e-mail address outside example.org: {m.group(0)}" for t in pages
              for m in _EMAIL.finditer(t) if not m.group(0).lower().endswith("example.org")]
    for section, rows_by_table in (("", key), ("optional.", key.get("optional", {}))):
        for table in FIELDS:
            for i, row in enumerate(rows_by_table.get(table, [])):
                where = f"{section}{table}[{i}]"
                found += _row_problems(table, row, where)
                if row.get("document") not in (None, document) and table != "countries":
                    found.append(f"{where}: document is not {document}")
                if table in QUOTED:
                    found += _text_problems(table, row, where, pages)
    initiatives = {normalise(r["text"]) for t in ("commitments", "proposals")
                   for r in key.get(t, []) + key.get("optional", {}).get(t, [])}
    for c, cluster in enumerate(key.get("duplicate_clusters", [])):
        for member in cluster["members"]:
            if normalise(member["text"]) not in initiatives:
                found.append(f"duplicate_clusters[{c}]: member is no commitment or proposal: "
                             f"{member['text']!r}")
    return found


def counts(key_path: Path) -> dict:
    key = json.loads(Path(key_path).read_text(encoding="utf-8"))
    tables = (*FIELDS, "duplicate_clusters")
    return {t: len(key.get(t, [])) for t in tables}


if __name__ == "__main__":
    status = 0
    for arg in sys.argv[1:]:
        found = problems(Path(arg))
        print(f"{arg}: {'OK' if not found else f'{len(found)} problem(s)'}  {counts(Path(arg))}")
        for line in found:
            print("  -", line)
        status |= bool(found)
    sys.exit(status)
