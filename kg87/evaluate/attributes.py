"""Scores beyond rows: attributes of matched rows, and duplicate clusters pairwise."""

from __future__ import annotations

from itertools import combinations
from typing import Callable, Optional

from .matching import PATHFINDER_COLUMNS, Aliases, pair_rows, prf, same_document, text_of, text_score


def _themes(value) -> set[str]:
    items = value if isinstance(value, list) else text_of(value).split(";")
    return {text_of(t).lower() for t in items if text_of(t)}


def jaccard(a: set, b: set) -> float:
    """Jaccard overlap; two empty sets agree fully."""
    return len(a & b) / len(a | b) if a | b else 1.0


def _slug(value) -> str:
    return text_of(value).lower()


def _year(value) -> str:
    text = text_of(value)
    try:
        return str(int(float(text))) if text else ""
    except ValueError:
        return text


def _flag(value) -> Optional[bool]:
    """JSON true/false/null or CSV true/false/empty as True/False/None."""
    if isinstance(value, bool) or value is None:
        return value
    return {"true": True, "false": False}.get(text_of(value).lower())


Count = tuple[float, int]  # (sum of agreement, rows compared): summable over documents


def _agreement(pairs: list[tuple[dict, dict]], field: str, canon: Callable) -> Count:
    """How many matched pairs agree on the field after canon(), of how many."""
    return float(sum(canon(g.get(field)) == canon(o.get(field)) for g, o in pairs)), len(pairs)


def _theme_overlap(pairs: list[tuple[dict, dict]]) -> Count:
    return sum(jaccard(_themes(g.get("themes")), _themes(o.get("themes"))) for g, o in pairs), len(pairs)


def _pathfinder_accuracy(gold: list[dict], pairs: list[tuple[dict, dict]], column: str) -> Count:
    """Agreement over required gold countries; an unmatched country reads as null output."""
    found = {text_of(g.get("iso3")).upper(): o for g, o in pairs}
    correct = sum(_flag(g.get(column)) == _flag(found.get(text_of(g.get("iso3")).upper(), {}).get(column))
                  for g in gold)
    return float(correct), len(gold)


def _date(value) -> str:
    return text_of(value)[:10]


def _speaker_accuracy(gold: list[dict], output: list[dict], aliases: Aliases) -> Count:
    """Of the gold interventions whose text is found (whoever it is given to), how many have the right speaker."""
    def by_text(g: dict, o: dict):
        return text_score(g.get("text"), o.get("text")) if same_document(g, o) else None

    pairs = [(gold[gi], output[oi]) for gi, oi in pair_rows(gold, output, by_text)]
    right = sum(aliases.label_match(g.get("speaker_label"), o.get("speaker_label")) for g, o in pairs)
    return float(right), len(pairs)


def attribute_counts(pairs: dict[str, list[tuple[dict, dict]]], gold: dict, interventions: list[dict],
                     aliases: Aliases) -> dict[str, Count]:
    """Agreement counts of the attributes of matched rows, by attribute."""
    counts = {
        "commitments.kind": _agreement(pairs["commitments"], "kind", _slug),
        "commitments.target_year": _agreement(pairs["commitments"], "target_year", _year),
        "commitments.themes": _theme_overlap(pairs["commitments"]),
        "proposals.themes": _theme_overlap(pairs["proposals"]),
        "organisations.type": _agreement(pairs["organisations"], "type", _slug),
        "events.start_date": _agreement(pairs["events"], "start_date", _date),
        "interventions.speaker": _speaker_accuracy(gold.get("interventions", []), interventions, aliases),
    }
    for column in PATHFINDER_COLUMNS:
        counts[f"countries.{column}"] = _pathfinder_accuracy(gold.get("countries", []), pairs["countries"], column)
    return counts


def attribute_scores(counts: dict[str, Count]) -> dict[str, Optional[float]]:
    """Each attribute's share of agreement (None where no row was compared)."""
    return {name: (total / n if n else None) for name, (total, n) in counts.items()}


# --- duplicates ----------------------------------------------------------------------------------


def _gold_pairs(clusters: list[dict]) -> set[frozenset]:
    """Unordered pairs of (actor, text) members co-clustered in gold."""
    pairs = set()
    for cluster in clusters:
        members = {(text_of(m.get("actor_label")), text_of(m.get("text"))) for m in cluster.get("members", [])}
        pairs.update(frozenset(p) for p in combinations(sorted(members), 2))
    return pairs


def _output_pairs(rows: list[dict]) -> set[frozenset]:
    """Unordered pairs of statement ids sharing an output cluster."""
    clusters: dict[str, set[str]] = {}
    for row in rows:
        clusters.setdefault(text_of(row.get("cluster")), set()).add(text_of(row.get("statement_id")))
    return {frozenset(p) for members in clusters.values() for p in combinations(sorted(members), 2)}


def _member_statements(members: set[tuple[str, str]], rows: list[dict], aliases: Aliases) -> dict[tuple, set[str]]:
    """Output statement ids each gold member matches (actor label and text rules)."""
    return {
        (actor, text): {
            text_of(r.get("statement_id"))
            for r in rows
            if aliases.label_match(actor, r.get("actor_label")) and text_score(text, r.get("text")) is not None
        }
        for actor, text in members
    }


def score_duplicates(clusters: list[dict], rows: Optional[list[dict]], aliases: Aliases) -> dict:
    """Pairwise precision and recall of co-clustered statements (no output rows: nothing found)."""
    produced, rows = rows is not None, rows or []
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
        "produced": produced,
        "gold_pairs": len(gold_pairs),
        "output_pairs": len(out_pairs),
        "correct_pairs": correct,
        "found_pairs": found,
        **prf(correct, len(out_pairs), found, len(gold_pairs)),
    }
