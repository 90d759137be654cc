"""Commitments, proposals and interventions: candidates decided by the model learned from the `dev` keys.

Each candidate (:mod:`kg87.extract.candidates`) is scored by one logistic regression per table
(``data/statement-model.json``, made by `kg87 train`); a score over the table's threshold makes it
a statement of that table. A commitment is one row per actor (co-actors each get theirs), with
the kind the kind regression gives and the latest year it names that is not past; a proposal's
proposer is the option a learned ranker prefers (:mod:`kg87.extract.proposers`); an intervention's
speaker is who speaks in it. Each row keeps the frame it was found in
and the model's score as its rule and confidence.
"""

from __future__ import annotations

import json
import re
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterator

import numpy as np

from kg87.model.gazetteer import load_gazetteer, slugify
from kg87.model.records import Actor, Provenance, Statement, statement_id

from .candidates import Candidate, candidates
from .dates import document_year
from .proposers import Option, named_as, options
from .registry import Context, extractor
from .statements import commitment
from .text import redact_personal
from .themes import themes_of

MODEL_FILE = "statement-model.json"
# A sentence of reported speech opening its paragraph with its actor as subject takes the floor (an intervention the
# model missed) unless the model gives it less than this: narrative past ("Albania became a pathfinder in 2020") and
# procedure ("The Chair declared the session open") are no turns. Chosen on the dev keys' folds, where it kept 21
# of the rule's 25 right rows and dropped 19 of its 44 wrong ones.
FLOOR_LEAST = 0.1
_YEARS = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:\s*[/-]\s*((?:19|20)?\d\d))?(?!\d)")


@dataclass(frozen=True)
class Model:
    """The learned decisions: a regression and threshold per table, and the kind regression."""

    index: dict[str, int]
    tables: dict[str, tuple[np.ndarray, float, float]]  # table → (coefficients, intercept, threshold)
    kinds: tuple[list[str], np.ndarray, np.ndarray]
    proposers: tuple[dict[str, int], np.ndarray]  # the ranker of proposer options: vocabulary, coefficients
    actors: tuple[dict[str, int], np.ndarray, float]  # the ranker of actor options: vocabulary, coefficients, intercept

    def scores(self, features: dict[str, float]) -> dict[str, float]:
        columns = [self.index[f] for f in features if f in self.index]
        return {t: float(1 / (1 + np.exp(-(coef[columns].sum() + b)))) for t, (coef, b, _) in self.tables.items()}

    def chosen(self, scores: dict[str, float]) -> set[str]:
        """The tables whose threshold a score passes; of commitment and proposal, the likelier only."""
        chosen = {t for t, s in scores.items() if s >= self.tables[t][2]}
        if {"commitments", "proposals"} <= chosen:
            chosen.discard("proposals" if scores["commitments"] >= scores["proposals"] else "commitments")
        return chosen

    def proposer(self, choices: list[Option]) -> str:
        """The likeliest proposer among the options (the first of equals)."""
        index, coef = self.proposers
        scores = [sum(coef[index[f]] for f in o.features if f in index) for o in choices]
        return choices[int(np.argmax(scores))].label

    def actors_of(self, candidate: Candidate) -> list[Actor]:
        """The actors of a commitment: the likeliest option, and those as likely to be its co-actors (named in
        the same place and scored over even odds); the rules' answer where there is no ranker or option."""
        index, coef, intercept = self.actors
        if not index or not candidate.actor_options:
            return candidate.actors
        scored = sorted(((sum(coef[index[f]] for f in o.features if f in index) + intercept, n, o)
                         for n, o in enumerate(candidate.actor_options)), key=lambda s: (-s[0], s[1]))
        best = scored[0][2]
        where = {f for f in best.features if f.startswith("src=")}
        return [best.actor] + [o.actor for score, _, o in scored[1:] if score > 0 and where & set(o.features)]

    def kind(self, features: dict[str, float]) -> str:
        classes, coef, intercept = self.kinds
        columns = [self.index[f] for f in features if f in self.index]
        return classes[int(np.argmax(coef[:, columns].sum(axis=1) + intercept))]


_IN_USE: list[Model] = []  # models put in place of the shipped one, innermost last (cross-validation)


@contextmanager
def model_in_use(model: Model) -> Iterator[None]:
    """Extract with ``model`` instead of the shipped one within the block (`kg87 eval --folds`)."""
    _IN_USE.append(model)
    try:
        yield
    finally:
        _IN_USE.pop()


@lru_cache(maxsize=1)
def load_model() -> Model | None:
    """The shipped model, or None before `kg87 train` has made one."""
    path = resources.files("kg87.extract").joinpath("data", MODEL_FILE)
    return model_of(json.loads(path.read_text(encoding="utf-8"))) if path.is_file() else None


def model_of(data: dict) -> Model:
    """A model from its JSON form (as `kg87 train` writes it)."""
    index = {name: i for i, name in enumerate(data["features"])}
    tables = {t: (np.array(m["coef"]), m["intercept"], m["threshold"]) for t, m in data["tables"].items()}
    kinds, proposers = data["kinds"], data["proposers"]
    actors = data.get("actors", {"features": [], "coef": [], "intercept": 0.0})
    return Model(index, tables, (kinds["classes"], np.array(kinds["coef"]), np.array(kinds["intercept"])),
                 ({name: i for i, name in enumerate(proposers["features"])}, np.array(proposers["coef"])),
                 ({name: i for i, name in enumerate(actors["features"])}, np.array(actors["coef"]),
                  float(actors.get("intercept", 0.0))))


@extractor("statements", needs=("mention", "organisation", "event"), produces=("commitment", "proposal", "intervention"))
def statements(context: Context) -> Iterator[Statement]:
    """The commitments, proposals and interventions the model finds among the document's candidates."""
    model = _IN_USE[-1] if _IN_USE else load_model()
    if model is None:
        return
    year = document_year(context.document)
    turn: list[tuple[Candidate, float, str]] = []
    for candidate in candidates(context):
        scores = model.scores(candidate.features)
        chosen = model.chosen(scores)
        if "commitments" in chosen:
            yield from _commitments(context, candidate, model.actors_of(candidate), model.kind(candidate.features),
                                    scores["commitments"], year)
        if "proposals" in chosen:
            yield from _proposals(context, model, candidate, scores["proposals"])
        how = _turn(candidate, chosen, turn, scores["interventions"])
        if turn and not (how == "continued" or (how and _same_turn(turn[-1][0], candidate))):
            yield _intervention(context, turn)
            turn = []
        if how:
            turn.append((candidate, scores["interventions"], how))
    if turn:
        yield _intervention(context, turn)


def _provenance(context: Context, candidate: Candidate, score: float, how: str = "model") -> Provenance:
    unit = candidate.unit
    return Provenance(context.document.name, unit.page, redact_personal(unit.quote), unit.bbox,
                      " > ".join(unit.section), round(score, 3), f"{how}:{candidate.frame.predicate}")


def _commitments(context: Context, candidate: Candidate, actors: list[Actor], kind: str, score: float,
                 year: int | None) -> Iterator[Statement]:
    """A commitment per actor and per coordinated clause ("X will A, and Y will B"): a clause's own subject
    names its actor, else it is the unit's; its deadline is the clause's own."""
    unit = candidate.unit
    where = _provenance(context, candidate, score)
    for text, own in _texts(candidate):
        text = redact_personal(text)
        deadline = target_year(" ".join([text, *unit.row]), year)
        for actor in own or actors:
            if actor.type == "role":  # the Chair commits its country
                if actor.id != "chair" or candidate.chair is None:
                    continue
                actor = candidate.chair
            yield commitment(context.document.sha256, actor, text, where, kind=kind, target_year=deadline,
                             themes=themes_of(text, *unit.section[-1:], unit.header))


def _texts(candidate: Candidate, printed_cell: bool = True) -> list[tuple[str, list[Actor]]]:
    """The texts a unit states, each with the actors its own subject names: its coordinated clauses, or itself
    (a table cell as printed, or as read)."""
    unit = candidate.unit
    if candidate.pieces:
        return [(piece.span.text, piece.actors) for piece in candidate.pieces]
    return [(unit.quote if unit.kind == "cell" and printed_cell else unit.text, [])]


def target_year(text: str, document_year: int | None) -> int | None:
    """The latest year a text names that is not before the document's (a range or 2025/26: its end)."""
    years = []
    for first, second in _YEARS.findall(text):
        years.append(int(first))
        if second:
            years.append(int(second) if len(second) == 4 else int(first[:2] + second))
    usable = [y for y in years if document_year is None or y >= document_year]
    return max(usable) if usable else None


def _proposals(context: Context, model: Model, candidate: Candidate, score: float) -> Iterator[Statement]:
    """A proposal per coordinated clause ("proposed that X prepare A, and that B be held"), all its proposer's."""
    unit = candidate.unit
    proposer = model.proposer(options(context, candidate))
    country = load_gazetteer().country(proposer)
    actor = Actor("country", country.iso3, proposer) if country else Actor("group", slugify(proposer), proposer)
    for text, _ in _texts(candidate, printed_cell=False):
        text = redact_personal(text)
        yield Statement(statement_id("proposal", context.document.sha256, unit.page, text, proposer), "proposal",
                        actor, text, themes_of(text, *unit.section[:1]), _provenance(context, candidate, score))


def _turn(candidate: Candidate, chosen: set[str], turn: list, score: float) -> str:
    """How a candidate speaks: "continued" (the open turn's speaker goes on), "model" (the model says so), "floor"
    (it takes the floor, and the model does not rule it out), or ""."""
    if _continues(turn, candidate):
        return "continued"
    if not candidate.actors:
        return ""
    if "interventions" in chosen:
        return "model"
    return "floor" if _takes_the_floor(candidate) and score >= FLOOR_LEAST else ""


def _takes_the_floor(candidate: Candidate) -> bool:
    """In text of reported speech, a sentence with its actor as the subject of a finite verb is a speaker's turn
    ("Tonga recalled that …") where three quarters of the text around it reports speech, or half where it opens its
    paragraph; a past verb that reports no clause here must report one elsewhere in the document ("Tonga stressed
    the role of …" beside "… stressed that …"): narrative past ("Albania became a pathfinder …") takes no floor."""
    found, share = candidate.frame, candidate.reported
    said = found.predicate == "past" and bool(found.speech or candidate.reporting)
    told = (said and share >= 3) or ((found.speech or said) and share >= 2 and candidate.unit.opens)
    return candidate.unit.kind == "sentence" and bool(told) and candidate.actors_from in ("subject", "speaker") \
        and not found.passive


def _continues(turn: list[tuple[Candidate, float, str]], candidate: Candidate) -> bool:
    """A sentence of the open turn's paragraph whose speaker — the subject of its speech verb, else its own — is a
    personal pronoun standing for the turn's speaker continues it ("It also stressed …", "He announced that the
    Ministry will …": the Ministry is what is announced, he is who speaks)."""
    found = candidate.frame
    speaker = found.speaker if found.speaker is not None else found.subject
    if not turn or turn[-1][0].unit.quote != candidate.unit.quote:
        return False
    if speaker is None:  # a subject the verb's ending gives ("Anunció además que …")
        verb = candidate.unit.span.root
        return candidate.unit.kind == "sentence" and verb.pos_ == "VERB" and "3" in verb.morph.get("Person")
    root = speaker.root
    return root.pos_ == "PRON" and root.dep_ in ("nsubj", "csubj") and "3" in root.morph.get("Person") \
        and (found.speaker is not None or not found.passive)


def _same_turn(before: Candidate, candidate: Candidate) -> bool:
    """The same speaker again in the same paragraph: one turn."""
    return before.unit.quote == candidate.unit.quote and before.actors[0] == candidate.actors[0]


def _intervention(context: Context, turn: list[tuple[Candidate, float, str]]) -> Statement:
    """One speaker turn: its sentences, its speaker as the text names them."""
    first, _, how = turn[0]
    actor = first.actors[0]
    speaker = first.frame.speaker if first.frame.speaker is not None else first.frame.subject
    label = named_as(speaker, actor, first.name_of(actor))
    text = redact_personal(" ".join(c.unit.text for c, _, _ in turn))
    where = _provenance(context, first, max(score for _, score, _ in turn), how)
    return Statement(statement_id("intervention", context.document.sha256, first.unit.page, text, actor.key),
                     "intervention", Actor(actor.type, actor.id, label), text, themes_of(text), where,
                     {"meeting": _meeting(context)})


def _meeting(context: Context) -> str:
    return re.split(r"\s+[–—-]\s+|,|:", context.document.title, maxsplit=1)[0].strip()
