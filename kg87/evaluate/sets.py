"""Scoring a set of answer keys: the evaluation corpus's `dev` and `test` splits, or a folder of keys.

Each key is built on its own (its documents, into a folder of its own under the evaluation's
output folder, so caches make a second run quick) and scored against its own tables; the set's
figures are the counts summed over its keys: precision, recall and F1 per table, pairwise
duplicate scores, attribute agreement, and the macro F1 of the tables and duplicate pairs; and
the duplicate detector scored on the keys' own initiatives (:mod:`kg87.evaluate.initiatives`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from . import evaluate, macro_f1
from .initiatives import score_keys
from .matching import prf

SPLITS_FILE = Path("tests/data/genre/splits.json")
TABLE_COUNTS = ("gold", "output", "matched", "optional_dropped")
PAIR_COUNTS = ("gold_pairs", "output_pairs", "correct_pairs", "found_pairs")


class KeySetError(Exception):
    """A split or key that cannot be used; the message says which and why."""


@dataclass(frozen=True)
class KeyedDocument:
    """One answer key, the PDFs it keys, and where it stands in the evaluation corpus."""

    key: Path
    pdfs: tuple[Path, ...]
    split: str
    style: str
    language: str

    @property
    def name(self) -> str:
        return self.key.stem


def load_split(split: str, splits_file: Path = SPLITS_FILE) -> list[KeyedDocument]:
    """The keys of one split (paths relative to the splits file); a key not on this machine (../shared) is left out."""
    try:
        splits = json.loads(Path(splits_file).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise KeySetError(f"cannot read the splits file {splits_file}: {exc}") from None
    if split not in splits or not isinstance(splits[split], list):
        names = ", ".join(k for k, v in splits.items() if isinstance(v, list))
        raise KeySetError(f"no split named {split!r} in {splits_file}; known: {names}")
    here = Path(splits_file).parent
    corpus = here / splits.get("corpus", "corpus")
    keys = [here / path for path in splits[split]]
    return [_keyed(key, split, corpus) for key in keys if key.is_file()]


def absent_keys(split: str, splits_file: Path = SPLITS_FILE) -> list[Path]:
    """The keys a split names that are not on this machine (the gcg5 key lives in ../shared)."""
    splits = json.loads(Path(splits_file).read_text(encoding="utf-8"))
    return [Path(splits_file).parent / p for p in splits.get(split, []) if not (Path(splits_file).parent / p).is_file()]


def keys_in_folder(folder: Path) -> list[KeyedDocument]:
    """Every answer key (*.json with a "documents" list) in a folder."""
    found = []
    for path in sorted(Path(folder).glob("*.json")):
        try:
            if isinstance(json.loads(path.read_text(encoding="utf-8")).get("documents"), list):
                found.append(_keyed(path, "keys", Path("corpus")))
        except (ValueError, AttributeError):
            continue
    if not found:
        raise KeySetError(f"no answer key (a JSON file with a \"documents\" list) in {folder}")
    return found


def _keyed(path: Path, split: str, corpus: Path) -> KeyedDocument:
    try:
        key = json.loads(path.read_text(encoding="utf-8"))
        names = list(key["documents"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise KeySetError(f"{path} is not an answer key ({type(exc).__name__}: {exc})") from None
    pdfs = []
    for name in names:
        pdf = next((p for p in (path.with_name(name), corpus / name) if p.is_file()), None)
        if pdf is None:
            raise KeySetError(f"{path}: the keyed document {name} is neither beside the key nor in {corpus}/")
        pdfs.append(pdf)
    return KeyedDocument(path, tuple(pdfs), split, key.get("style", ""), key.get("language", ""))


Builder = Callable[[list[Path], Path], list[str]]  # builds the PDFs into a folder; returns the failures


def evaluate_set(documents: list[KeyedDocument], out_dir: Path, build: Builder,
                 on_document: Callable[[KeyedDocument], None] | None = None, with_initiatives: bool = True) -> dict:
    """Build and score every keyed document; return the set's summed report and one report per document
    (and, ``with_initiatives``, the duplicate detector scored on the keys' own initiatives).

    A key whose documents fail to build is scored as producing nothing, never against an earlier
    build. The misses of a ``test`` key are left out of its report: test is scored, not read.
    """
    reports, failures = {}, {}
    for document in documents:
        if on_document:
            on_document(document)
        folder = Path(out_dir) / document.name
        failed = build(list(document.pdfs), folder)
        if failed:
            failures[document.name] = failed
        reports[document.name] = evaluate(folder / ("tables" if not failed else "no-tables"), document.key)
        if document.split == "test":
            reports[document.name].pop("unmatched")
    keyed = {d.name: {"split": d.split, "style": d.style, "language": d.language} for d in documents}
    result = {**aggregate(list(reports.values())), "documents": reports, "failures": failures, "keyed": keyed}
    if with_initiatives:
        result["initiatives"] = score_keys([d.key for d in documents], Path(out_dir) / "initiatives-cache")
    return result


def aggregate(reports: list[dict]) -> dict:
    """Counts summed over the reports, with precision, recall and F1 recomputed from the sums."""
    tables = {}
    for name in reports[0]["tables"] if reports else ():
        counts = {c: sum(r["tables"][name][c] for r in reports) for c in TABLE_COUNTS}
        rules: dict[str, list[int]] = {}
        for report in reports:
            for rule, (right, total) in report["tables"][name].get("rules", {}).items():
                rules.setdefault(rule, [0, 0])
                rules[rule][0] += right
                rules[rule][1] += total
        tables[name] = {"produced": any(r["tables"][name]["produced"] for r in reports), **counts,
                        **prf(counts["matched"], counts["output"], counts["matched"], counts["gold"]),
                        "rules": dict(sorted(rules.items()))}
    pairs = {c: sum(r["duplicates"][c] for r in reports) for c in PAIR_COUNTS}
    duplicates = {"produced": any(r["duplicates"]["produced"] for r in reports), **pairs,
                  **prf(pairs["correct_pairs"], pairs["output_pairs"], pairs["found_pairs"], pairs["gold_pairs"])}
    attributes = {}
    for report in reports:
        for name, (total, n) in report["attribute_counts"].items():
            before = attributes.get(name, (0.0, 0))
            attributes[name] = (before[0] + total, before[1] + n)
    summed = {"tables": tables, "duplicates": duplicates, "attribute_counts": attributes,
              "attributes": {name: (total / n if n else None) for name, (total, n) in attributes.items()}}
    summed["macro_f1"] = macro_f1(summed)
    return summed
