"""Matching output rows to an answer key's rows (shared/gold/README.md): normalisation, row rules, pairing."""

from __future__ import annotations

import unicodedata
from functools import lru_cache, partial
from pathlib import PurePosixPath
from typing import Callable, NamedTuple, Optional

from rapidfuzz import fuzz

THRESHOLD = 85
UNMATCHED_CAP = 200
PATHFINDER_COLUMNS = ("pathfinder_interest", "workshop_held", "workshop_scheduled")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


class Score(NamedTuple):
    """How well a gold row and an output row agree: similarity decides, closeness breaks ties."""

    similarity: float
    closeness: float


EXACT = Score(100.0, 100.0)


@lru_cache(maxsize=None)
def normalise(text: str) -> str:
    """Lower-case, straighten quotes, turn punctuation (apostrophes excepted) into spaces."""
    text = text.lower().translate(_QUOTES)
    chars = (" " if c != "'" and unicodedata.category(c)[0] in "PS" else c for c in text)
    return " ".join("".join(chars).split())


def text_of(value) -> str:
    """A cell or JSON value as a stripped string ('' for None)."""
    return "" if value is None else str(value).strip()


def _document(value) -> str:
    """The file name of a document path."""
    return PurePosixPath(text_of(value).replace("\\", "/")).name


def same_document(gold: dict, out: dict) -> bool:
    return _document(gold.get("document")) == _document(out.get("document"))


def text_score(gold: str, out: str) -> Optional[Score]:
    """Text rule: containment (100) or token_set_ratio >= 85 on normalised texts."""
    a, b = normalise(text_of(gold)), normalise(text_of(out))
    if not a or not b:
        return None
    similarity = 100.0 if a in b or b in a else fuzz.token_set_ratio(a, b)
    return Score(similarity, fuzz.ratio(a, b)) if similarity >= THRESHOLD else None


def fuzzy_score(gold: str, out: str) -> Optional[Score]:
    """Label rule: token_set_ratio >= 85 on normalised labels."""
    a, b = normalise(text_of(gold)), normalise(text_of(out))
    if not a or not b:
        return None
    similarity = fuzz.token_set_ratio(a, b)
    return Score(similarity, fuzz.ratio(a, b)) if similarity >= THRESHOLD else None


def dates_compatible(gold, out) -> bool:
    """Equal dates at the coarser precision of the two (YYYY-MM matches any day); a missing date passes."""
    a, b = text_of(gold)[:10].split("-"), text_of(out)[:10].split("-")
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
        a, b = normalise(text_of(a)), normalise(text_of(b))
        if not a or not b:
            return False
        return a == b or bool(self._classes.get(a, set()) & self._classes.get(b, set()))

    def label_match(self, a, b) -> bool:
        """Actor-label rule: equal through aliases, or token_set_ratio >= 85."""
        return self.same(a, b) or fuzzy_score(a, b) is not None


# --- row matchers: (gold row, output row, aliases) -> Score or None ----------------------------


def same_actor(gold: dict, out: dict, aliases: Aliases) -> bool:
    """Actor rule for commitments: the same id through aliases; for organisations also the same label.

    Organisation slugs are a keyer's choice ("walk-free" or "walk-free-foundation"); their labels,
    compared through aliases and fuzzily, decide as they do for proposers and speakers.
    """
    if aliases.same(gold.get("actor_id"), out.get("actor_id")):
        return True
    organisations = text_of(gold.get("actor_type")) == text_of(out.get("actor_type")) == "organisation"
    return organisations and aliases.label_match(gold.get("actor_label"), out.get("actor_label"))


def _match_commitment(gold: dict, out: dict, aliases: Aliases) -> Optional[Score]:
    if not (same_document(gold, out) and same_actor(gold, out, aliases)):
        return None
    return text_score(gold.get("text"), out.get("text"))


def _match_labelled(field: str, gold: dict, out: dict, aliases: Aliases) -> Optional[Score]:
    if not (same_document(gold, out) and aliases.label_match(gold.get(field), out.get(field))):
        return None
    return text_score(gold.get("text"), out.get("text"))


def _match_event(gold: dict, out: dict, aliases: Aliases) -> Optional[Score]:
    if not (same_document(gold, out) and dates_compatible(gold.get("start_date"), out.get("start_date"))):
        return None
    return fuzzy_score(gold.get("label"), out.get("label"))


def _match_country(gold: dict, out: dict, aliases: Aliases) -> Optional[Score]:
    iso3 = text_of(gold.get("iso3")).upper()
    return EXACT if iso3 and iso3 == text_of(out.get("iso3")).upper() else None


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


def ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else 0.0


def prf(correct_out: int, n_out: int, found_gold: int, n_gold: int) -> dict:
    """Precision, recall and F1 (0.0 on zero division)."""
    precision, recall = ratio(correct_out, n_out), ratio(found_gold, n_gold)
    return {"precision": precision, "recall": recall, "f1": ratio(2 * precision * recall, precision + recall)}


def _by_rule(matched: list[dict], extra: list[dict]) -> dict[str, list[int]]:
    """For each rule (the `rule` column), how many of its scored output rows are right, of how many."""
    out: dict[str, list[int]] = {}
    for row, right in [(r, 1) for r in matched] + [(r, 0) for r in extra]:
        counts = out.setdefault(text_of(row.get("rule")) or "–", [0, 0])
        counts[0] += right
        counts[1] += 1
    return dict(sorted(out.items()))


def _describe(row: dict, shown: tuple[str, ...]) -> str:
    parts = (_document(row.get(f)) if f == "document" else text_of(row.get(f)) for f in shown)
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
        "rules": _by_rule([rows[oi] for _, oi in pairs], extra),
    }
    unmatched = {
        "missed_gold": [_describe(g, spec.shown) for gi, g in enumerate(gold) if gi not in paired_gold][:UNMATCHED_CAP],
        "extra_output": [_describe(o, spec.shown) for o in extra][:UNMATCHED_CAP],
    }
    return metrics, [(gold[gi], rows[oi]) for gi, oi in pairs], unmatched
