"""Score kg87's CSV tables against a hand-built answer key (see shared/gold/README.md)."""

from __future__ import annotations

import csv
import json
import unicodedata
from functools import lru_cache, partial
from itertools import combinations
from pathlib import Path, PurePosixPath
from typing import Callable, NamedTuple, Optional

from rapidfuzz import fuzz
from rich.console import Console
from rich.table import Table

THRESHOLD = 85
UNMATCHED_CAP = 200
PATHFINDER_COLUMNS = ("pathfinder_interest", "workshop_held", "workshop_scheduled")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


class Score(NamedTuple):
    """How well a gold row and an output row agree: similarity decides, closeness breaks ties."""

    similarity: float
    closeness: float


EXACT = Score(100.0, 100.0)


# --- normalisation and elementary comparisons --------------------------------------------------


@lru_cache(maxsize=None)
def normalise(text: str) -> str:
    """Lower-case, straighten quotes, turn punctuation (apostrophes excepted) into spaces."""
    text = text.lower().translate(_QUOTES)
    chars = (" " if c != "'" and unicodedata.category(c)[0] in "PS" else c for c in text)
    return " ".join("".join(chars).split())


def _str(value) -> str:
    """A cell or JSON value as a stripped string ('' for None)."""
    return "" if value is None else str(value).strip()


def _document(value) -> str:
    """The file name of a document path."""
    return PurePosixPath(_str(value).replace("\\", "/")).name


def _same_document(gold: dict, out: dict) -> bool:
    return _document(gold.get("document")) == _document(out.get("document"))


def text_score(gold: str, out: str) -> Optional[Score]:
    """Text rule: containment (100) or token_set_ratio >= 85 on normalised texts."""
    a, b = normalise(_str(gold)), normalise(_str(out))
    if not a or not b:
        return None
    similarity = 100.0 if a in b or b in a else fuzz.token_set_ratio(a, b)
    return Score(similarity, fuzz.ratio(a, b)) if similarity >= THRESHOLD else None


def fuzzy_score(gold: str, out: str) -> Optional[Score]:
    """Label rule: token_set_ratio >= 85 on normalised labels."""
    a, b = normalise(_str(gold)), normalise(_str(out))
    if not a or not b:
        return None
    similarity = fuzz.token_set_ratio(a, b)
    return Score(similarity, fuzz.ratio(a, b)) if similarity >= THRESHOLD else None


def dates_compatible(gold, out) -> bool:
    """Equal dates at the coarser precision of the two (YYYY-MM matches any day); a missing date passes."""
    a, b = _str(gold)[:10].split("-"), _str(out)[:10].split("-")
    if a == [""] or b == [""]:
        return True
    n = min(len(a), len(b))
    return a[:n] == b[:n]


class Aliases:
    """Alias classes: each canonical label with its other spellings is one class."""

    def __init__(self, aliases: dict[str, list[str]]):
        self._classes: dict[str, set[int]] = {}
        for index, (key, spellings) in enumerate(aliases.items()):
            for label in (key, *spellings):
                self._classes.setdefault(normalise(label), set()).add(index)

    def same(self, a, b) -> bool:
        """True when two labels are equal after normalisation or share an alias class."""
        a, b = normalise(_str(a)), normalise(_str(b))
        if not a or not b:
            return False
        return a == b or bool(self._classes.get(a, set()) & self._classes.get(b, set()))

    def label_match(self, a, b) -> bool:
        """Actor-label rule: equal through aliases, or token_set_ratio >= 85."""
        return self.same(a, b) or fuzzy_score(a, b) is not None


# --- row matchers: (gold row, output row, aliases) -> Score or None ----------------------------


def _match_commitment(gold: dict, out: dict, aliases: Aliases) -> Optional[Score]:
    if not (_same_document(gold, out) and aliases.same(gold.get("actor_id"), out.get("actor_id"))):
        return None
    return text_score(gold.get("text"), out.get("text"))


def _match_labelled(field: str, gold: dict, out: dict, aliases: Aliases) -> Optional[Score]:
    if not (_same_document(gold, out) and aliases.label_match(gold.get(field), out.get(field))):
        return None
    return text_score(gold.get("text"), out.get("text"))


def _match_event(gold: dict, out: dict, aliases: Aliases) -> Optional[Score]:
    if not (_same_document(gold, out) and dates_compatible(gold.get("start_date"), out.get("start_date"))):
        return None
    return fuzzy_score(gold.get("label"), out.get("label"))


def _match_country(gold: dict, out: dict, aliases: Aliases) -> Optional[Score]:
    iso3 = _str(gold.get("iso3")).upper()
    return EXACT if iso3 and iso3 == _str(out.get("iso3")).upper() else None


def _match_organisation(gold: dict, out: dict, aliases: Aliases) -> Optional[Score]:
    names = ("label", "acronym")
    if any(aliases.same(gold.get(g), out.get(o)) for g in names for o in names):
        return EXACT
    return fuzzy_score(gold.get("label"), out.get("label"))


class Spec(NamedTuple):
    """How to match and describe the rows of one table."""

    match: Callable[[dict, dict, Aliases], Optional[Score]]
    shown: tuple[str, ...]


TABLES: dict[str, Spec] = {
    "countries": Spec(_match_country, ("iso3", "label")),
    "organisations": Spec(_match_organisation, ("label", "acronym")),
    "commitments": Spec(_match_commitment, ("document", "actor_id", "text")),
    "proposals": Spec(partial(_match_labelled, "proposer_label"), ("document", "proposer_label", "text")),
    "interventions": Spec(partial(_match_labelled, "speaker_label"), ("document", "speaker_label", "text")),
    "events": Spec(_match_event, ("document", "label", "start_date")),
}


# --- pairing and per-table metrics ---------------------------------------------------------------


def pair_rows(gold: list[dict], output: list[dict], match: Callable[[dict, dict], Optional[Score]]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairing by best score; returns (gold index, output index) pairs."""
    candidates = []
    for gi, g in enumerate(gold):
        for oi, o in enumerate(output):
            score = match(g, o)
            if score is not None:
                candidates.append((-score.similarity, -score.closeness, gi, oi))
    candidates.sort()
    used_gold, used_out, pairs = set(), set(), []
    for _, _, gi, oi in candidates:
        if gi not in used_gold and oi not in used_out:
            used_gold.add(gi)
            used_out.add(oi)
            pairs.append((gi, oi))
    return pairs


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else 0.0


def prf(correct_out: int, n_out: int, found_gold: int, n_gold: int) -> dict:
    """Precision, recall and F1 (0.0 on zero division)."""
    precision, recall = _ratio(correct_out, n_out), _ratio(found_gold, n_gold)
    return {"precision": precision, "recall": recall, "f1": _ratio(2 * precision * recall, precision + recall)}


def _describe(row: dict, shown: tuple[str, ...]) -> str:
    parts = (_document(row.get(f)) if f == "document" else _str(row.get(f)) for f in shown)
    return " | ".join(p if len(p) <= 90 else p[:87] + "..." for p in parts)


def score_table(spec: Spec, gold: list[dict], optional: list[dict], output: Optional[list[dict]], aliases: Aliases) -> tuple[dict, list[tuple[dict, dict]], dict]:
    """Pair required rows, drop leftover output rows matching optional rows, and count."""
    match = partial(spec.match, aliases=aliases)
    rows = output or []
    pairs = pair_rows(gold, rows, match)
    paired_gold, paired_out = {gi for gi, _ in pairs}, {oi for _, oi in pairs}
    leftovers = [o for oi, o in enumerate(rows) if oi not in paired_out]
    extra = [o for o in leftovers if not any(match(opt, o) is not None for opt in optional)]
    n_out = len(pairs) + len(extra)
    metrics = {
        "produced": output is not None,
        "gold": len(gold),
        "output": n_out,
        "matched": len(pairs),
        "optional_dropped": len(leftovers) - len(extra),
        **prf(len(pairs), n_out, len(pairs), len(gold)),
    }
    unmatched = {
        "missed_gold": [_describe(g, spec.shown) for gi, g in enumerate(gold) if gi not in paired_gold][:UNMATCHED_CAP],
        "extra_output": [_describe(o, spec.shown) for o in extra][:UNMATCHED_CAP],
    }
    return metrics, [(gold[gi], rows[oi]) for gi, oi in pairs], unmatched


# --- attributes of matched rows ------------------------------------------------------------------


def _themes(value) -> set[str]:
    items = value if isinstance(value, list) else _str(value).split(";")
    return {_str(t).lower() for t in items if _str(t)}


def jaccard(a: set, b: set) -> float:
    """Jaccard overlap; two empty sets agree fully."""
    return len(a & b) / len(a | b) if a | b else 1.0


def _slug(value) -> str:
    return _str(value).lower()


def _year(value) -> str:
    text = _str(value)
    try:
        return str(int(float(text))) if text else ""
    except ValueError:
        return text


def _flag(value) -> Optional[bool]:
    """JSON true/false/null or CSV true/false/empty as True/False/None."""
    if isinstance(value, bool) or value is None:
        return value
    return {"true": True, "false": False}.get(_str(value).lower())


def _mean(values: list[float]) -> Optional[float]:
    return sum(values) / len(values) if values else None


def _agreement(pairs: list[tuple[dict, dict]], field: str, canon: Callable) -> Optional[float]:
    """Share of matched pairs whose field agrees after canon()."""
    return _mean([float(canon(g.get(field)) == canon(o.get(field))) for g, o in pairs])


def _theme_overlap(pairs: list[tuple[dict, dict]]) -> Optional[float]:
    return _mean([jaccard(_themes(g.get("themes")), _themes(o.get("themes"))) for g, o in pairs])


def _pathfinder_accuracy(gold: list[dict], pairs: list[tuple[dict, dict]], column: str) -> float:
    """Accuracy over required gold countries; an unmatched country reads as null output."""
    found = {_str(g.get("iso3")).upper(): o for g, o in pairs}
    correct = sum(_flag(g.get(column)) == _flag(found.get(_str(g.get("iso3")).upper(), {}).get(column)) for g in gold)
    return _ratio(correct, len(gold))


def score_attributes(pairs: dict[str, list[tuple[dict, dict]]], gold_countries: list[dict]) -> dict:
    """Attribute scores on matched rows."""
    attributes = {
        "commitments.kind": _agreement(pairs["commitments"], "kind", _slug),
        "commitments.target_year": _agreement(pairs["commitments"], "target_year", _year),
        "commitments.themes": _theme_overlap(pairs["commitments"]),
        "proposals.themes": _theme_overlap(pairs["proposals"]),
        "organisations.type": _agreement(pairs["organisations"], "type", _slug),
    }
    for column in PATHFINDER_COLUMNS:
        attributes[f"countries.{column}"] = _pathfinder_accuracy(gold_countries, pairs["countries"], column)
    return attributes


# --- duplicates ----------------------------------------------------------------------------------


def _gold_pairs(clusters: list[dict]) -> set[frozenset]:
    """Unordered pairs of (actor, text) members co-clustered in gold."""
    pairs = set()
    for cluster in clusters:
        members = {(_str(m.get("actor_label")), _str(m.get("text"))) for m in cluster.get("members", [])}
        pairs.update(frozenset(p) for p in combinations(sorted(members), 2))
    return pairs


def _output_pairs(rows: list[dict]) -> set[frozenset]:
    """Unordered pairs of statement ids sharing an output cluster."""
    clusters: dict[str, set[str]] = {}
    for row in rows:
        clusters.setdefault(_str(row.get("cluster")), set()).add(_str(row.get("statement_id")))
    return {frozenset(p) for members in clusters.values() for p in combinations(sorted(members), 2)}


def _member_statements(members: set[tuple[str, str]], rows: list[dict], aliases: Aliases) -> dict[tuple, set[str]]:
    """Output statement ids each gold member matches (actor label and text rules)."""
    return {
        (actor, text): {
            _str(r.get("statement_id"))
            for r in rows
            if aliases.label_match(actor, r.get("actor_label")) and text_score(text, r.get("text")) is not None
        }
        for actor, text in members
    }


def score_duplicates(clusters: list[dict], rows: Optional[list[dict]], aliases: Aliases) -> dict:
    """Pairwise precision and recall of co-clustered statements."""
    if rows is None:
        return {"produced": False}
    gold_pairs, out_pairs = _gold_pairs(clusters), _output_pairs(rows)
    statements = _member_statements({m for p in gold_pairs for m in p}, rows, aliases)
    members_of: dict[str, set[tuple]] = {}
    for member, ids in statements.items():
        for sid in ids:
            members_of.setdefault(sid, set()).add(member)

    def gold_co_clustered(a: str, b: str) -> bool:
        return any(frozenset((x, y)) in gold_pairs for x in members_of.get(a, ()) for y in members_of.get(b, ()))

    def output_co_clustered(x: tuple, y: tuple) -> bool:
        return any(frozenset((a, b)) in out_pairs for a in statements[x] for b in statements[y])

    correct = sum(gold_co_clustered(*p) for p in out_pairs)
    found = sum(output_co_clustered(*p) for p in gold_pairs)
    return {
        "produced": True,
        "gold_pairs": len(gold_pairs),
        "output_pairs": len(out_pairs),
        "correct_pairs": correct,
        "found_pairs": found,
        **prf(correct, len(out_pairs), found, len(gold_pairs)),
    }


# --- entry points --------------------------------------------------------------------------------


def read_csv(path: Path) -> Optional[list[dict]]:
    """Rows of a CSV file as dicts, or None when the file does not exist."""
    if not path.is_file():
        return None
    with path.open(newline="", encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


def evaluate(tables_dir: Path, gold_path: Path) -> dict:
    """Score the CSV tables in tables_dir against an answer key shaped like gcg5.json."""
    tables_dir = Path(tables_dir)
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    aliases = Aliases(gold.get("aliases", {}))
    optional = gold.get("optional", {})
    report: dict = {"tables": {}, "unmatched": {}}
    pairs = {}
    for name, spec in TABLES.items():
        output = read_csv(tables_dir / f"{name}.csv")
        metrics, pairs[name], unmatched = score_table(spec, gold.get(name, []), optional.get(name, []), output, aliases)
        report["tables"][name] = metrics
        report["unmatched"][name] = unmatched
    report["attributes"] = score_attributes(pairs, gold.get("countries", []))
    report["duplicates"] = score_duplicates(gold.get("duplicate_clusters", []), read_csv(tables_dir / "duplicates.csv"), aliases)
    return report


def _fmt(value: Optional[float]) -> str:
    return "–" if value is None else f"{value:.3f}"


def render_report(report: dict, console: Console, *, verbose: bool = False) -> None:
    """Print the report as rich tables: one row per table with gold, output, matched, precision, recall, F1; then the attribute scores."""
    rows = Table(title="Rows")
    for column in ("table", "gold", "output", "matched", "optional dropped", "precision", "recall", "F1"):
        rows.add_column(column, justify="left" if column == "table" else "right")
    for name, m in report["tables"].items():
        output = str(m["output"]) if m["produced"] else "missing"
        rows.add_row(name, str(m["gold"]), output, str(m["matched"]), str(m["optional_dropped"]), _fmt(m["precision"]), _fmt(m["recall"]), _fmt(m["f1"]))
    console.print(rows)

    dup = report["duplicates"]
    if dup["produced"]:
        pairs = Table(title="Duplicates (pairwise)")
        for column in ("gold pairs", "output pairs", "correct output pairs", "found gold pairs", "precision", "recall", "F1"):
            pairs.add_column(column, justify="right")
        counts = (dup["gold_pairs"], dup["output_pairs"], dup["correct_pairs"], dup["found_pairs"])
        pairs.add_row(*map(str, counts), _fmt(dup["precision"]), _fmt(dup["recall"]), _fmt(dup["f1"]))
        console.print(pairs)
    else:
        console.print("Duplicates: duplicates.csv not produced")

    attributes = Table(title="Attributes of matched rows")
    attributes.add_column("attribute")
    attributes.add_column("score", justify="right")
    for name, value in report["attributes"].items():
        attributes.add_row(name, _fmt(value))
    console.print(attributes)

    if verbose:
        for name, lists in report["unmatched"].items():
            for kind, items in lists.items():
                if items:
                    console.print(f"[bold]{name}: {kind.replace('_', ' ')}[/bold] ({len(items)})")
                    for item in items:
                        console.print(f"  {item}", markup=False, highlight=False)
