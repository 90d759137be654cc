"""The data dictionary of the CSV tables: what every column means, as CSVW metadata and as Markdown.

`kg87 export --format csv` writes both beside the tables (``csv-metadata.json``, the W3C
"CSV on the Web" file a CSVW processor finds by that name, and ``README.md`` for people).
A column is described by its table's entry in ``COLUMN_NOTES`` or else by the shared entry in
``SHARED_NOTES``.
"""

from __future__ import annotations

from kg87.graph.terms import ID
from kg87.model.types import StatementType, statement_types

TABLE_NOTES = {
    "countries.csv": "Countries and territories named in the documents, one row each, with their codes, "
                     "pathfinder status and the first place they are named.",
    "organisations.csv": "Organisations named in the documents, one row each, with acronym, type and the first "
                         "place they are named.",
    "events.csv": "Meetings, workshops, conferences and forums reported in the documents.",
    "documents.csv": "The documents (PDF files) the build read, one row each; every other table's `document` "
                     "column names one of them.",
    "duplicates.csv": "Clusters of near-duplicate or overlapping initiatives (commitments and proposals) of "
                      "different actors or documents, one row per member statement.",
}

# (datatype, description); a datatype ending in "[]" is a ";"-separated list of that type.
SHARED_NOTES = {
    "document": ("string", "File name of the source document (PDF)."),
    "page": ("integer", "1-based page number in the source document."),
    "page_label": ("string", "The page's number as printed on it (in its header or footer), where it differs from "
                             "or confirms `page`; empty when the page prints none."),
    "quote": ("string", "The sentence or bullet as it stands in the source document (e-mail addresses "
                        "replaced by [e-mail removed], phone numbers by (phone removed))."),
    "bbox": ("string", "Bounding box of the quote on its page: \"x0 top x1 bottom\", in PDF points from the "
                       "page's top-left corner."),
    "text": ("string", "The statement as normalised text (whitespace, hyphenation and bullet marks cleaned up)."),
    "themes": ("string[]", "Theme slugs of the statement, ';'-separated (child-labour, forced-labour, "
                           "human-trafficking, ...; the SKOS theme scheme in the graph defines each)."),
    "section": ("string", "The heading path the statement stands under, headings joined by ' > '."),
    "confidence": ("decimal", "The extractor's confidence that the row is right, between 0 and 1."),
    "rule": ("string", "The extraction rule or cue that produced the row."),
    "mentions": ("integer", "How many times it is named across all documents of the build."),
    "label": ("string", "Name as commonly written in English."),
    "id": ("string", "Stable identifier: the same input always gives the same id."),
}

COLUMN_NOTES = {
    "countries.csv": {
        "iso3": ("string", "ISO 3166-1 alpha-3 code (the key), e.g. NPL."),
        "pathfinder_interest": ("boolean", "true if the country expressed interest in becoming an Alliance 8.7 "
                                           "pathfinder country, false if not, empty if unknown."),
        "workshop_held": ("boolean", "true if the country held its pathfinder strategic planning workshop, false "
                                     "if not, empty if unknown."),
        "workshop_scheduled": ("boolean", "true if the country has a pathfinder strategic planning workshop "
                                          "scheduled, false if not, empty if unknown."),
        "document": ("string", "File name of the document where the country is first named."),
        "page": ("integer", "1-based page where the country is first named."),
        "quote": ("string", "The sentence where the country is first named."),
        "iso2": ("string", "ISO 3166-1 alpha-2 code, e.g. NP."),
        "m49": ("string", "UN M49 (ISO 3166-1 numeric) code, three digits with leading zeros, e.g. 524."),
    },
    "organisations.csv": {
        "id": ("string", "Stable slug of the organisation (the key), e.g. ilo."),
        "label": ("string", "Full name of the organisation."),
        "acronym": ("string", "Acronym or abbreviation, e.g. ILO; empty if none."),
        "type": ("string", "One of government, un-agency, intergovernmental, workers, employers, business, "
                           "civil-society, academia, other."),
        "document": ("string", "File name of the document where the organisation is first named."),
        "page": ("integer", "1-based page where the organisation is first named."),
        "quote": ("string", "The sentence where the organisation is first named."),
        "country": ("string", "ISO 3166-1 alpha-3 code of the country a national body belongs to; empty otherwise. "
                              "Not a key of countries.csv: that table lists the countries the documents name."),
    },
    "events.csv": {
        "id": ("string", "Stable event id (e-…)."),
        "label": ("string", "Name of the event as written in the document."),
        "start_date": ("string", "ISO 8601 start date (YYYY-MM-DD), or year and month (YYYY-MM) when only the "
                                 "month is known; empty if unknown."),
        "location": ("string", "Place of the event as written (city and/or country); empty if unknown."),
    },
    "documents.csv": {
        "name": ("string", "File name of the document (the key)."),
        "title": ("string", "Title of the document as printed on its first page."),
        "sha256": ("string", "SHA-256 of the file's bytes: identifies the exact version read."),
        "pages": ("integer", "Number of pages."),
        "language": ("string", "ISO 639-1 code of the language most of it is written in (en, fr, es)."),
        "reader": ("string", "The PDF reader that read its characters."),
    },
    "duplicates.csv": {
        "cluster": ("string", "Id of the duplicate cluster (dup-…); rows with the same id are near-duplicates."),
        "statement_id": ("string", "Id of the member statement (c-… in commitments.csv, p-… in proposals.csv)."),
        "actor_label": ("string", "Name of the statement's actor (country, organisation or group)."),
        "similarity": ("decimal", "Cosine similarity of the statement to the cluster's most central statement "
                                  "(1 for that statement)."),
        "cluster_label": ("string", "Text of the cluster's most central statement."),
        "cluster_action": ("string", "Action-type slug its members share (labour-inspection, data-research, "
                                     "awareness, …; see the action scheme in the graph); empty when none."),
        "cluster_themes": ("string[]", "Theme slugs of the cluster, ';'-separated."),
        "statement_type": ("string", "commitment or proposal."),
        "co_actors": ("string[]", "Other actors of the same quote (a joint statement), ';'-separated; the "
                                  "statement is listed once."),
        "relation": ("string", "overlap (different actors or documents propose the same action) or restatement "
                               "(one actor's initiative restated within one document)."),
        "cluster_terms": ("string[]", "Words most members share that few other initiatives use (what the "
                                      "cluster is about), ';'-separated."),
        "probability": ("decimal", "Probability that the statement duplicates the cluster's most central statement "
                                   "(1 for that statement), from the duplicate model learned on the dev keys."),
        "cluster_review": ("string", "accepted when a reviewer accepted every pair of the cluster's members, partly "
                                     "accepted when some; empty when none was reviewed (kg87 duplicates --review)."),
    },
}

KEYS = {"countries.csv": "iso3", "organisations.csv": "id", "events.csv": "id", "documents.csv": "name"}
# Columns that name a row of another table, by the Actor attribute or entity column they hold.
REFERENCES = {"country": ("countries.csv", "iso3"), "organisation": ("organisations.csv", "id")}
ABOUT = {"countries.csv": str(ID) + "country/{iso3}", "organisations.csv": str(ID) + "organisation/{id}"}


def table_note(table: str) -> str:
    """What a row of the table is."""
    st = _statement_type(table)
    return st.description if st else TABLE_NOTES.get(table, "")


def column_note(table: str, column: str) -> tuple[str, str]:
    """(datatype, description) of a column; a column nobody has described yet says so."""
    st = _statement_type(table)
    note = _statement_column_note(st, column) if st else COLUMN_NOTES.get(table, {}).get(column)
    return note or SHARED_NOTES.get(column) or ("string", "Not described yet.")


def _statement_type(table: str) -> StatementType | None:
    return next((st for st in statement_types() if st.table == table), None)


def _statement_column_note(st: StatementType, column: str) -> tuple[str, str] | None:
    """A statement table's column, as its type declares it."""
    if column == "id":
        return "string", f"Stable {st.name} id ({st.name[0]}-…)."
    actor = next((note for col, _, note in st.actor_columns if col == column), None)
    if actor:
        return "string", actor
    field = st.field(column)
    return (field.datatype, field.description) if field else None


def _keys(table: str) -> tuple[str | None, str | None]:
    """The primary key column and the aboutUrl template of a table."""
    st = _statement_type(table)
    if st:
        return "id", str(ID) + st.name + "/{id}"
    return KEYS.get(table), ABOUT.get(table)


def foreign_keys(table: str, columns: list[str], tables: list[str]) -> list[tuple[str, str, str]]:
    """(column, referenced table, referenced column) of each column that names a row of another bundled table."""
    st = _statement_type(table)
    named = {col: attr for col, attr, _ in st.actor_columns} if st else {}
    out = [(col, *REFERENCES[attr]) for col, attr in named.items() if col in columns and attr in REFERENCES]
    if "document" in columns and table != "documents.csv":
        out.append(("document", "documents.csv", "name"))
    return [key for key in out if key[1] in tables]


def csvw_metadata(headers: dict[str, list[str]]) -> dict:
    """CSVW metadata (https://www.w3.org/TR/tabular-metadata/) for the tables, given each file's header row."""
    tables = []
    for name, columns in headers.items():
        schema: dict = {"columns": [_csvw_column(name, c) for c in columns]}
        key, about = _keys(name)
        if key:
            schema["primaryKey"] = key
        if about:
            schema["aboutUrl"] = about
        references = foreign_keys(name, columns, list(headers))
        if references:
            schema["foreignKeys"] = [{"columnReference": column, "reference": {"resource": table, "columnReference":
                                                                               target}}
                                     for column, table, target in references]
        tables.append({"url": name, "dc:description": table_note(name), "tableSchema": schema})
    return {"@context": "http://www.w3.org/ns/csvw",
            "dc:title": "kg87 tables: Alliance 8.7 documents (SDG target 8.7) as CSV",
            "dialect": {"header": True, "encoding": "utf-8", "lineTerminators": ["\n"]},
            "tables": tables}


_PACKAGE_TYPES = {"decimal": "number", "gYear": "year"}


def data_package(headers: dict[str, list[str]]) -> dict:
    """The same tables as a Frictionless Data Package (datapackage.json): what frictionless and CKAN read."""
    resources = []
    for name, columns in headers.items():
        schema: dict = {"fields": [_package_field(name, c) for c in columns], "missingValues": [""]}
        key, _ = _keys(name)
        if key:
            schema["primaryKey"] = [key]
        references = foreign_keys(name, columns, list(headers))
        if references:
            schema["foreignKeys"] = [{"fields": [column], "reference": {"resource": table.removesuffix(".csv"),
                                                                        "fields": [target]}}
                                     for column, table, target in references]
        resources.append({"name": name.removesuffix(".csv"), "path": name, "format": "csv", "encoding": "utf-8",
                          "description": table_note(name), "schema": schema})
    return {"name": "kg87-tables", "title": "kg87 tables: Alliance 8.7 documents (SDG target 8.7) as CSV",
            "resources": resources}


def _package_field(table: str, column: str) -> dict:
    datatype, note = column_note(table, column)
    datatype = datatype.removesuffix("[]")  # a ';'-separated list stays one string cell
    field = {"name": column, "type": _PACKAGE_TYPES.get(datatype, datatype), "description": note}
    if datatype == "boolean":
        field.update(trueValues=["true"], falseValues=["false"])
    return field


def _csvw_column(table: str, column: str) -> dict:
    datatype, note = column_note(table, column)
    out: dict = {"name": column, "titles": column, "dc:description": note}
    if datatype.endswith("[]"):
        out["separator"] = ";"
        datatype = datatype[:-2]
    out["datatype"] = {"base": "boolean", "format": "true|false"} if datatype == "boolean" else datatype
    return out


def markdown(headers: dict[str, list[str]]) -> str:
    """The same dictionary for people: one section per table, one line per column."""
    lines = ["# kg87 tables: data dictionary", "",
             "UTF-8 CSV with a header row. Lists are `;`-separated, booleans `true`/`false`, unknown values empty.",
             "Every row carries its provenance: `document`, `page` (1-based) and `quote`.",
             "`csv-metadata.json` says the same in CSVW (W3C CSV on the Web) form.", ""]
    for name, columns in headers.items():
        lines += [f"## {name}", "", table_note(name), "", "| column | type | meaning |", "|---|---|---|"]
        for column in columns:
            datatype, note = column_note(name, column)
            shown = f"list of {datatype[:-2]}" if datatype.endswith("[]") else datatype
            lines.append(f"| `{column}` | {shown} | {note.replace('|', '/')} |")
        lines.append("")
    return "\n".join(lines)
