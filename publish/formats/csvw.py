"""The CSV bundle: the contract's tables as built, with their data dictionary (CSVW metadata, a Frictionless Data
Package descriptor and Markdown), keys and foreign keys declared in both."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from ..dictionary import csvw_metadata, data_package, markdown
from ..tables import columns


class TablesMissing(Exception):
    """The build has no tables to bundle."""


def csv_bundle(tables_dir: Path) -> dict[str, bytes]:
    """The built contract tables (duplicates.csv when the build made it) with their data dictionary."""
    if not tables_dir.is_dir():
        raise TablesMissing(f"no tables at {tables_dir}: run `kg87 build` first")
    files, headers = {}, {}
    for name in columns():
        path = tables_dir / name
        if path.exists():
            data = path.read_bytes()
            files[f"csv/{name}"] = data
            headers[name] = next(csv.reader(io.StringIO(data.decode("utf-8"))), [])
    files["csv/csv-metadata.json"] = json_bytes(csvw_metadata(headers))
    files["csv/datapackage.json"] = json_bytes(data_package(headers))
    files["csv/README.md"] = markdown(headers).encode("utf-8")
    return files


def json_bytes(data) -> bytes:
    """JSON as kg87 writes it: UTF-8, one-space indent, a final newline."""
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
