"""Candidates: every unit of a document with its frame, its resolved actors and the features a model weighs.

Features are stated for the genre, never for a sentence: the unit's kind and language, its frame
(predicate, control verb and modal lemmas, morphology of the head, reported speech, negation,
condition, question), who its subject names, the words of the headings above it, the frame of the
sentence introducing a list, a table cell's column header, whether it names a year to come.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator

from kg87.model.records import Actor

from .actor_options import ActorOption, Offer, actor_options, column_role, row_offer
from .actors import Actors, chair_country
from .affiliations import Affiliations
from .dates import document_year, has_date
from .frames import SUBJECTS, Frame, coordinated, frame
from .lexicon import lexicon
from .registry import Context
from .subjects import quantifier
from .units import Unit, units

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_WORDS = re.compile(r"[^\W\d_]{3,}")
LENGTH_STEP = 6  # words per length bucket
REPORTED_WINDOW = 60  # sentences around a unit over which its text's share of reported speech is judged
STEM = 5  # letters of a heading word kept: recommendations, recommandations, recomendaciones share "recom"


@dataclass
class Candidate:
    unit: Unit
    frame: Frame
    actors: list[Actor]
    features: dict[str, float]
    chair: Actor | None = None  # the country chairing the meeting, for a statement of the Chair
    actors_from: str = ""  # "subject", "speaker", "reference" (a pronoun …), "government" or "context"
    actor_options: list[ActorOption] = field(default_factory=list)  # every actor on offer, for the ranker
    reported: int = 0  # quarters of the text around it that report speech
    introduction: Frame | None = None  # the frame of the sentence introducing its list, for a list item
    pieces: list["Piece"] = field(default_factory=list)  # its clauses, where it coordinates statements of their own
    reporting: bool = False  # its verb reports speech elsewhere in the document ("… highlighted that …")
    names: dict[str, str] = field(default_factory=dict)  # organisation id → the name the document uses most

    def name_of(self, actor: Actor) -> str:
        """An actor as the document names it: an organisation by the name or acronym it uses most, else its label
        ("UNICEF", "le BIT" as written, not the gazetteer's "United Nations Children's Fund")."""
        return self.names.get(actor.id, actor.label) if actor.type == "organisation" else actor.label


@dataclass
class Piece:
    """A clause of a unit that states an action of its own, with the actors its own subject names (if any)."""

    span: object
    frame: Frame
    actors: list[Actor]


def candidates(context: Context) -> Iterator[Candidate]:
    """The document's units in reading order, each with frame, actors and features."""
    headings = {b.text: b.id for b in context.document.blocks() if b.kind == "heading"}
    people = Actors.of(context.get("mention"), context.get("organisation"), context.document.title, headings)
    people.chair = chair_country((context.analysis.doc(b.id) for b in context.document.blocks()), people)
    people.people = Affiliations(((b.id, context.analysis.doc(b.id)) for b in context.document.blocks()), people)
    year = document_year(context.document) or 0
    reporting = _reporting_verbs(context.analysis.doc(b.id) for b in context.document.blocks())
    intro_frame, intro_actors = None, []
    framed = [(unit, frame(unit.span)) for unit in units(context.document, context.analysis)]
    resolved: dict[tuple[int, int, int], list[Actor]] = {}  # the actors of each unit read, by where its text is
    blocks = {id(context.analysis.doc(b.id)): b.id for b in context.document.blocks() if context.analysis.doc(b.id)}
    shares = _reported_shares(framed)
    for (unit, found), reported in zip(framed, shares):
        if unit.intro is not None and unit.kind == "item":
            if intro_frame is None or intro_frame[0] is not unit.intro:
                intro = frame(unit.intro)
                intro_frame = (unit.intro, intro)
                where = blocks.get(id(unit.intro.doc), "")  # the introduction's own paragraph
                intro_actors = people.named(where, intro.subject) or people.named(where, intro.speaker) \
                    or resolved.get(_place(unit.intro), [])  # "The Minister told the meeting that …:" as read
        else:
            intro_frame, intro_actors = None, []
        row, openers, lead_unnamed = row_offer(people, unit.row_spans)
        row_actors = list(row)
        last = list(people.last)
        actors = people.resolve(_block(unit), found, unit.section, intro_actors or row_actors)
        if people.source in ("subject", "speaker", "government"):  # what its words name, not what they refer to
            resolved[_place(unit.span)] = actors
        before = people.mentioned_before(_block(unit), unit.span.start_char) if unit.kind != "cell" else []
        offer = Offer(_block(unit), found, unit.section, intro_actors, row, openers, lead_unnamed, actors,
                      people.source, last, before, unit.language)
        names = features(unit, found, people, intro_frame[1] if intro_frame else None, year)
        names.update(dict.fromkeys([f"reported={reported}", f"reported={reported}&{_subject_of(names)}"], 1.0))
        yield Candidate(unit, found, actors, names, people.chair, people.source, actor_options(people, offer),
                        reported, intro_frame[1] if intro_frame else None, _pieces(unit, found, people),
                        found.head.pos_ == "VERB" and found.head.lemma_.lower() in reporting, people.names)


def _pieces(unit: Unit, found: Frame, people: Actors) -> list[Piece]:
    """A sentence or item cut into its coordinated statements (:func:`frames.coordinated`), or [] when it is one;
    a table cell is one statement of its row."""
    later = coordinated(found, unit.span) if unit.kind != "cell" else []
    if not later:
        return []
    starts = [unit.span.start] + [start for start, _ in later]
    ends = starts[1:] + [unit.span.end]
    doc = unit.span.doc
    pieces = []
    for start, end, clause in zip(starts, ends, [found] + [f for _, f in later]):
        while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
            end -= 1
        pieces.append(Piece(doc[start:end], clause, people.named(_block(unit), clause.subject) if start > starts[0] else []))
    return pieces


def _reported_shares(framed: list) -> list[int]:
    """How much of the text around each unit is reported speech, in quarters, over the REPORTED_WINDOW sentences
    nearest it: a meeting report's sentences tell who said what, and a pack may bind reports and briefings."""
    told = [bool(f.speech or (f.predicate == "past" and f.subject is not None))
            for u, f in framed if u.kind == "sentence"]
    at, shares = 0, []
    for unit, _ in framed:
        start = max(0, min(at - REPORTED_WINDOW // 2, len(told) - REPORTED_WINDOW))
        near = told[start:start + REPORTED_WINDOW]
        shares.append(min(3, 4 * sum(near) // max(len(near), 1)))
        at += unit.kind == "sentence"
    return shares


def _reporting_verbs(docs) -> set[str]:
    """The verbs a document reports speech with: those it gives a clausal complement with a subject of its own
    somewhere ("X noted that the plan …", "a rappelé que le principe …"), whatever the verb."""
    return {verb.lemma_.lower() for doc in docs if doc is not None for verb in doc if verb.pos_ == "VERB"
            and any(c.dep_ == "ccomp" and any(g.dep_ in SUBJECTS for g in c.children) for c in verb.children)}


def _subject_of(names: dict[str, float]) -> str:
    return next((n for n in names if n.startswith("subject=")), "subject=none")


def _place(span) -> tuple[int, int, int]:
    return id(span.doc), span.start, span.end


def _block(unit: Unit) -> str:
    return unit.id.rsplit("-s", 1)[0] if unit.kind != "cell" else unit.id


def features(unit: Unit, found: Frame, people: Actors, intro: Frame | None, year: int) -> dict[str, float]:
    """The features of one unit (names of the form ``group=value``, all of weight 1)."""
    head = found.head
    names = [f"kind={unit.kind}", f"lang={unit.language}", f"pred={found.predicate}", f"head={head.lemma_.lower()}",
             f"head_pos={head.pos_}", f"len={min(len(unit.span) // LENGTH_STEP, 8)}"]
    names += [f"morph={key}={value}" for key in ("Tense", "Mood", "VerbForm", "Person") for value in head.morph.get(key)]
    names += [f"{group}={value}" for group, value in (("control", found.control), ("modal", found.modal),
                                                      ("speech", found.speech)) if value]
    # stems carry a verb across languages: recommend, recommander, recomendar share "recom"
    names += [f"{group}5={value[:STEM]}" for group, value in (("head", head.lemma_.lower()), ("control", found.control),
                                                            ("speech", found.speech)) if value]
    names += [f"mark={c.lemma_.lower()}" for c in head.children if c.dep_ == "mark"]
    names += _proposing(head, found)
    names += _subject_features(unit, found, people)
    names += sorted({f"w={t.lemma_.lower()[:STEM]}" for t in unit.span if t.pos_ in ("NOUN", "VERB") and t.is_alpha})
    names += sorted({f"act={a.lemma_.lower()[:STEM]}" for a in found.actions})
    names += sorted({f"obj={c.lemma_.lower()[:STEM]}" for a in found.actions for c in a.children
                     if c.dep_ in ("dobj", "obj", "attr", "pobj", "obl") and c.pos_ in ("NOUN", "PROPN")})
    names += _context_features(unit, intro)
    first = next((t for t in unit.span if t.is_alpha), None)
    if first is not None:
        names += [f"first_pos={first.pos_}", f"first={first.lemma_.lower()}"]
    flags = {"negated": found.negated, "passive": found.passive, "subjunctive": found.subjunctive,
             "question": unit.text.rstrip().endswith("?"),
             "date": has_date(unit.text, unit.span.doc.lang_),
             "ends_colon": unit.text.rstrip().endswith(":"), "in_column": unit.column,
             "future_year": any(int(y) >= year for y in _YEAR.findall(unit.text)),
             "past_year": any(int(y) < year for y in _YEAR.findall(unit.text)),
             "several_actions": len(found.actions) > 1}
    names += [name for name, on in flags.items() if on]
    names += _conjunctions(names)
    return dict.fromkeys(names, 1.0)


def _proposing(head, found: Frame) -> list[str]:
    """Whether the unit's predicate, speech verb or control verb makes a proposal ("recommended that …", "We propose
    …", "il est suggéré de …"), and where: one feature for the whole class of such verbs, in any language, with the
    predicate and mood it governs."""
    verbs = set(lexicon()["proposal_verbs"]["words"])
    where = [group for group, said in (("head", _phrases(head)), ("speech", _said(head, found)), ("control", {found.control}),
                                       ("action", set().union(*map(_phrases, found.actions))))
             if said & verbs]
    if not where:
        return []
    return ["proposing", *(f"proposing_{w}" for w in where), f"proposing&pred={found.predicate}",
            *(["proposing&subjunctive"] if found.subjunctive else [])]


def _said(head, found: Frame) -> set[str]:
    """The speech verb, alone and with the conjunction that opens what was said ("asked that", "pidió que")."""
    marks = {c.lower_ for c in head.children if c.dep_ == "mark"}
    return {found.speech, *(f"{found.speech} {m}" for m in marks)} if found.speech else set()


def _phrases(verb) -> set[str]:
    """A verb's lemma, alone and with each particle, preposition or conjunction it governs ("call for", "appeler
    à", "pedir que")."""
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prep", "prt")}
    particles |= {g.lower_ for c in verb.children if c.dep_ in ("obl", "obj", "xcomp", "ccomp", "advcl")
                  for g in c.children if g.dep_ in ("case", "mark") and g.i < c.i}
    return {lemma, *(f"{lemma} {p}" for p in particles)}


def _conjunctions(names: list[str]) -> list[str]:
    """Pairs of the frame's predicate with where and by whom it stands: a linear model cannot combine them."""
    by_group = {}
    for name in names:
        group, _, value = name.partition("=")
        by_group.setdefault(group, value)
    predicate = by_group.get("pred", "")
    pairs = [f"pred={predicate}&{g}={by_group[g]}" for g in ("kind", "subject", "speaker", "h0", "first_pos")
             if g in by_group]
    if "subjunctive" in names:  # what someone should do: reported ("recommended that X do"), or in a list
        pairs += [f"subjunctive&{g}={by_group[g] if g == 'kind' else 'any'}" for g in ("speech", "kind") if g in by_group]
    if "head" in by_group and "subject" in by_group:
        pairs.append(f"head={by_group['head']}&subject={by_group['subject']}")
    return pairs


def _subject_features(unit: Unit, found: Frame, people: Actors) -> list[str]:
    block = _block(unit)
    subject = people.named(block, found.subject)
    out = [f"subject={'none' if found.subject is None else (subject[0].type if subject else found.subject.root.pos_)}"]
    if found.speaker is not None:
        speaker = people.named(block, found.speaker)
        out.append(f"speaker={speaker[0].type if speaker else found.speaker.root.pos_}")
    out += [f"heading_actor={a.type}" for a in people.heading_actors(unit.section)[:1]]
    return out + _quantity(found.subject)


def _quantity(subject) -> list[str]:
    """How many a subject refers to, by its morphology: its number, and whether a numeral counts it or a quantifier
    ranges over it ("15 countries have committed …", "plusieurs pays", "all partners"): a tally, not one actor's."""
    if subject is None:
        return []
    root = subject.root
    out = [f"subject_number={n}" for n in root.morph.get("Number")]
    if any(c.dep_ == "nummod" for c in root.children):
        out.append("subject_counted")
    if any(quantifier(c) for c in root.children if c.dep_ in ("det", "predet")):
        out.append("subject_quantified")
    return out


def _context_features(unit: Unit, intro: Frame | None) -> list[str]:
    out = []
    for depth, heading in enumerate(reversed(unit.section[-2:])):
        out += [f"h{depth}={w.lower()[:STEM]}" for w in _WORDS.findall(heading)]
        if heading.rstrip().endswith(":"):
            out.append(f"h{depth}_label")
    out += sorted({f"h_any={w.lower()[:STEM]}" for heading in unit.section for w in _WORDS.findall(heading)})
    if intro is not None:
        out += [f"intro_pred={intro.predicate}", f"intro_head={intro.head.lemma_.lower()}",
                f"intro_head5={intro.head.lemma_.lower()[:STEM]}"]
        out += [f"intro_control={intro.control}"] if intro.control else []
        out += [f"intro={w.lower()[:STEM]}" for w in _WORDS.findall(intro.head.sent.text)]
    if unit.kind == "cell":
        out += [f"column={w.lower()[:STEM]}" for w in _WORDS.findall(unit.header)]
        out += ["row_year"] if any(_YEAR.search(c) for c in unit.row) else []
        out += _cell_features(unit)
    return out


def _cell_features(unit: Unit) -> list[str]:
    """Where a cell stands in its row, in any language: in a column of who leads or helps (a body, not an action),
    and whether it holds the row's longest text (the action a row assigns is told at more length than its lead,
    deadline or status)."""
    longest = all(len(unit.span) >= len(span) for _, span in unit.row_spans)
    return [f"column_role={column_role(unit.header)}", f"cell_longest={longest}"]
