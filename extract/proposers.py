"""Who made a proposal: the options a document offers, each with the features a learned ranker weighs.

A proposal's proposer may be the actor its subject names ("ITUC recommended …"), the body its
subject describes ("the technical committee recommended …"), a heading above it — a session or
working group ("Working Group 2 – Forced labour"), or the body a plural heading names in its
genitive ("Recommendations of the Migration Action Group") — the document's author ("Prepared by
the Secretariat"), the meeting it reports on (the event its cover names) or its title. Which one
the genre means is learned from the `dev` keys (`kg87 train`): the options are ranked by a logistic
regression over their structural features (where the option comes from, how deep the heading is, its
head's part of speech and number, its length, colon, digits, country, whether it holds a proper name
and whether one stands above it, the frame of a subject) and the stem of a heading's head word, which tells a list's label
("Recommendations", "Acuerdos") from a body — not the names themselves, which differ from one
document to the next.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .subjects import core
from .candidates import Candidate
from .dates import dates_in
from .events import COVER
from .frames import frame
from .lexicon import lexicon
from .nlp import analysis_text, pipeline
from .registry import Context

_TITLE_PART = re.compile(r"\s+[-–—]\s+|:\s+|(?<=\d)\.\s+(?=[A-ZÀ-Ý])")  # "Session 3. Title": a label, numbered
_ENUMERATION = re.compile(r"^\s*(?:\d+(?:\.\d+)*|[IVX]+|[A-Za-z])[.)]\s+")
_GENITIVE = {"of", "de", "du", "des", "del", "d'"}  # "Recommendations of X", "Recommandations du X"
_AUTHOR = re.compile(r"\b(?:Prepared|Written|Drafted|Submitted|Préparé|Rédigé|Elaborado|Preparado)\s+(?:by|par|por)\s+"
                     r"(?:the\s+|le\s+|la\s+|l'|el\s+)?([A-Z][\w.&' -]+?)(?=\s+(?:for|pour|para)\b|\s*[,;–(]|\.\s|$)")
MAX_DEPTH = 4


@dataclass(frozen=True)
class Option:
    label: str
    features: dict[str, float]


def options(context: Context, candidate: Candidate) -> list[Option]:
    """Every proposer the document offers for a candidate, innermost first."""
    language = context.analysis.language
    headings = [*candidate.unit.section, context.document.title]
    out = _subject_options(candidate, headings) + _introduction_options(candidate, language, headings) \
        + _row_options(candidate, language, headings)
    inner_first = list(reversed(candidate.unit.section))
    proper = [_parse(_title(h), language)[3] if _title(h) else False for h in inner_first]
    named_above = 0  # headings nearer the candidate that name a proposer: the nearest is its group's
    for depth, heading in enumerate(inner_first):
        heading = member_of(heading, next(iter(inner_first[depth + 1:]), ""), language)
        found = _phrase_options(heading, _title(heading), ["src=heading", f"depth={min(depth, MAX_DEPTH)}",
                                f"rank={min(named_above, 2)}", f"proper_above={any(proper[depth + 1:])}"],
                                language, headings)
        named_above += any("src=heading" in o.features for o in found)
        out += found
    speaking = f"first_person={_first_person(candidate)}"  # "we propose": the author's or the presenter's word
    told = f"reported={candidate.reported}"  # a report of who said what: its meeting's word, not its publisher's
    author = document_author(context)
    if author:
        out.append(Option(author, _features(["src=author", speaking, told])))
    cover = next((m.surface for m in context.get("mention") if m.kind == "organisation" and m.provenance.page == 1), "")
    if cover:  # the body a cover or title slide names: who presents a deck, who issues a note
        out.append(Option(cover, _features(["src=cover", speaking, told])))
    (pos, _, lemma), _, _, proper = _parse(_title(context.document.title) or context.document.title, language)
    reported_on = next((e.label for e in context.get("event") if e.provenance.rule == COVER), "")
    if reported_on:  # the meeting the document reports on: a workshop's recommendations are its own
        out.append(Option(reported_on, _features(["src=event", speaking, told, f"title_class={root_class(lemma)}"])))
    parts = _TITLE_PART.split(context.document.title)
    for n, part in enumerate(parts[:2]):  # "Side event on …: key messages", "Informe de la Reunión …"
        out += _phrase_options(part, part.strip(), ["src=title", f"part={n}"], language, headings)
    out.append(Option(context.document.title, _features(["src=title", "whole", f"root_pos={pos}",
                                                         f"root_class={root_class(lemma)}", f"proper={proper}",
                                                         f"topic={_is_topic((pos, '', lemma), proper)}"])))
    context_names = _who_speaks(candidate)
    return [_in_context(o, context_names) for o in out + _actor_options(candidate)]


def _who_speaks(candidate: Candidate) -> list[str]:
    """What the candidate's grammar says of who speaks in it, for each option to weigh by where it comes from: the
    speaker's or subject's kind (none, a pronoun, a resolved actor, a proper name, else the class and number of
    its head noun: "Participants suggested …", "Governments should …", "The meeting urged …") and its predicate."""
    found = candidate.frame
    span = found.speaker if found.speaker is not None else found.subject
    if span is None:
        kind = "none"
    elif span.root.pos_ == "PRON":
        kind = "pronoun"
    elif candidate.actors_from in ("subject", "speaker") and candidate.actors:
        kind = "named"
    elif span.root.pos_ == "PROPN":
        kind = "proper"
    else:
        head = labelled(span.root)
        kind = f"{root_class(head.lemma_.lower())}_{''.join(head.morph.get('Number')) or 'none'}"
    return [f"who={kind}", f"who_reported={found.speaker is not None}", f"who_pred={found.predicate}"]


def _in_context(option: Option, context_names: list[str]) -> Option:
    """An option with the candidate's context joined to its source: a pairwise ranker weighs only what differs
    between options, so "a pronoun speaks" must say which source it favours."""
    source = next(name for name in option.features if name.startswith("src="))
    return Option(option.label, {**option.features, **dict.fromkeys((f"{source}&{n}" for n in context_names), 1.0)})


def _actor_options(candidate: Candidate) -> list[Option]:
    """The actors the candidate's grammar and context offer (a resolved pronoun, a list's introduction, a table
    row, the last actor named), described by where they come from and their type, not by their names."""
    structural = ("src=", "type=", "org_type=", "sources=")
    return [Option(candidate.name_of(o.actor), _features(["src=actor", *(f"actor_{n}" for n in o.features
                                                               if n.startswith(structural) and "&" not in n)]))
            for o in candidate.actor_options]


def _subject_options(candidate: Candidate, headings: list[str]) -> list[Option]:
    found, out = candidate.frame, []
    span = found.speaker if candidate.actors_from == "speaker" else found.subject
    # who is told to act ("Donors should …", "The GCG is invited to …") is addressed, not proposing: the frame says
    grammar = [f"reported={found.speaker is not None}",
               f"passive={found.passive and found.speaker is None}"]  # a passive subject is acted on
    if candidate.actors_from in ("subject", "speaker") and candidate.actors:
        actor = candidate.actors[0]
        out.append(Option(named_as(span, actor, candidate.name_of(actor)), _features(["src=named", f"named={actor.type}",
                                                                 f"predicate={found.predicate}", *grammar])))
    subject = found.speaker if found.speaker is not None else found.subject
    if subject is not None and subject.root.pos_ in ("NOUN", "PROPN") and not _speaks_for(subject):
        names = ["src=subject", *_subject_names(subject, found), *grammar]
        out.append(Option(full_name(subject, headings), _features(names)))
    return out


def _introduction_options(candidate: Candidate, language: str, headings: list[str]) -> list[Option]:
    """Who introduces a list, as the subject of the sentence or heading above it ("The participants agreed:",
    "Le Comité de suivi recommande :"): a body not in the gazetteer still proposes its list's items."""
    introductions = [("sentence", candidate.introduction)] if candidate.introduction is not None else []
    last = candidate.unit.section[-1] if candidate.unit.section else ""
    if last.rstrip().endswith(":"):
        introductions.append(("heading", _heading_frame(last, language)))
    out = []
    for where, found in introductions:
        subject = found.speaker if found.speaker is not None else found.subject
        if subject is not None and subject.root.pos_ in ("NOUN", "PROPN") and not found.passive:
            names = ["src=introduction", f"introduction={where}", *_subject_names(subject, found)]
            named_in = [h for h in headings if h != last] if where == "heading" else headings  # not itself
            out.append(Option(full_name(subject, named_in), _features(names)))
    return out


def _row_options(candidate: Candidate, language: str, headings: list[str]) -> list[Option]:
    """The other cells of a table row, each a proposer as a heading is: a row's label ("Working group 2", or "D –
    Fisheries" under a column "Breakout group": "Breakout group D – Fisheries") may name who proposes its
    cells."""
    out = []
    for header, span in candidate.unit.row_spans:
        kind = _header_class(header, language)
        if kind == "other":  # "Responsible", "Deadline": who acts, or when — no proposer
            continue
        cell = span.text.strip()
        label = f"{header.strip()} {cell}" if _is_label(_title(cell)) else cell
        out += _phrase_options(label, _title(label), ["src=row", f"header_class={kind}"], language, headings)
    return out


@lru_cache(maxsize=512)
def member_of(heading: str, parent: str, language: str) -> str:
    """A heading that is a bare label ("C – Brick kilns") under a heading naming several groups or sessions
    ("Breakout groups"), as the member it labels ("Breakout group C – Brick kilns"); other headings as they are."""
    if not parent or not _is_label(_title(heading)):
        return heading
    title = _title(parent)
    root = labelled(_parsed(title, language)[:].root) if title else None
    if root is None or "Plur" not in root.morph.get("Number") or root_class(root.lemma_.lower()) == "other":
        return heading
    lemma = root.lemma_ if root.text[:1].islower() else root.lemma_[:1].upper() + root.lemma_[1:]
    words = [lemma if t.i == root.i else t.text for t in root.subtree
             if not (t.is_punct or t.like_num or t.ent_type_ == "DATE")]
    return f"{' '.join(words)} {heading.strip()}"


def _is_label(title: str) -> bool:
    """Whether a phrase is a bare label: a letter, a number or a numeral ("B", "2", "2.1", "iii"), as an item's
    enumerator is."""
    return bool(title) and bool(_ENUMERATION.match(title.upper() + ") "))


def _header_class(header: str, language: str) -> str:
    """What a column header's head names: a body, a group, a meeting, a role, else other."""
    return root_class(_parse(header, language)[0][2]) if header.strip() else "other"


def _speaks_for(subject) -> bool:
    """Whether a subject is a person by their function, whose phrase names whom they speak for ("the
    representative of Ghana", "la déléguée du Sénégal"): a common noun, no body, group, meeting or role of the
    lexicon, that its core's entity qualifies — a proposer by that entity's name, not by the phrase."""
    root = subject.root
    if root.pos_ != "NOUN" or root.ent_type_ or root_class(root.lemma_.lower()) != "other":
        return False
    kept = {t.i for t in core(subject)} - {root.i}
    return any(e.ent_id_ and e.root.i in kept for e in subject.ents)


def _subject_names(subject, found) -> list[str]:
    return [f"subject_number={''.join(subject.root.morph.get('Number')) or 'none'}",
            f"subject_pos={subject.root.pos_}", f"predicate={found.predicate}"]


def full_name(subject, headings: list[str]) -> str:
    """A subject's name without its article, or the fuller name it stands for: the last earlier phrase of its
    text headed by the same noun that holds all its words ("the Working Party" after "the Working Party on Tin
    Mining met …"), else a heading's (:func:`antecedent`)."""
    words = [t for t in core(subject) if not t.is_punct]
    while len(words) > 1 and (words[0].dep_ == "det" or words[0].like_num or _ENUMERATION.match(words[0].text + " ")):
        words = words[1:]  # the article, or a paragraph's number ("3.2 Participants suggested …"), is no part of a name
    name = "".join(t.text_with_ws for t in words).strip()
    wanted = {t.lower_ for t in words}
    for token in reversed(subject.doc[:subject.start]):
        if token.pos_ == subject.root.pos_ and token.lemma_.lower() == subject.root.lemma_.lower():
            phrase = _trimmed(core(token.doc[token.left_edge.i: token.right_edge.i + 1]))
            if len(phrase) > len(words) and wanted <= {t.lower_ for t in phrase}:
                return "".join(t.text_with_ws for t in phrase).strip()
    return antecedent(name, headings)


def _trimmed(words: list) -> list:
    """A phrase without the article, preposition or punctuation at its edges."""
    start, end = 0, len(words)
    while start < end and (words[start].is_punct or words[start].pos_ in ("DET", "ADP")):
        start += 1
    while end > start and (words[end - 1].is_punct or words[end - 1].pos_ in ("ADP", "CCONJ", "DET")):
        end -= 1
    return words[start:end]


def _first_person(candidate: Candidate) -> bool:
    """Whether the candidate's subject is in the first person: a pronoun ("we", "nous"), or a verb's ending where
    the subject is dropped ("proponemos")."""
    subject = candidate.frame.subject
    if subject is not None:
        return subject.root.pos_ == "PRON" and "1" in subject.root.morph.get("Person")
    return "1" in candidate.frame.head.sent.root.morph.get("Person")


def _title(heading: str) -> str:
    """A heading without its numbering and subtitle: "2. Working Group on Mining – outcomes" → its name."""
    return _TITLE_PART.split(_ENUMERATION.sub("", heading), maxsplit=1)[0].strip()


def _phrase_options(heading: str, title: str, names: list[str], language: str, headings: list[str]) -> list[Option]:
    """A heading or part of the title as a proposer, and the body its head names in its genitive. A phrase names a
    proposer only when its head is a body, a group of people, a meeting or a role, or it holds a proper name and
    is headed by a noun; a phrase of common nouns alone, or one headed by a verb, names a topic, an activity or a
    list ("Key messages", "Measuring forced labour in Peru"), though its genitive may still name a body
    ("Recommendations of the working group")."""
    if not title or _is_date(title, language):  # "26 de noviembre de 2024 – Zoom": when, not who
        return []
    root, genitive, country, proper = _parse(title, language)
    names = [*names, f"root_pos={root[0]}", f"root_number={root[1]}", f"words={min(len(title.split()), 6)}",
             f"root_class={root_class(root[2])}"]
    names += [flag for flag, on in (("colon", heading.rstrip().endswith(":")), ("digit", any(c.isdigit() for c in title)),
                                    ("country", country), ("subtitle", title != heading.strip()),
                                    ("proper", proper), ("common", not proper)) if on]
    source = names[0]
    topic = _is_topic(root, proper)
    out = [] if topic else [Option(antecedent(title, headings), _features(names))]
    if genitive and root_class(root[2]) == "other":  # "the working group's recommendations", not "the
        # stakeholders' review session", "the Working Group of the Council": a body or a meeting proposes itself
        number = _parse(genitive, language)[0][1]  # "des groupes": several, not one proposer
        out.append(Option(antecedent(genitive, headings), _features([f"{source}_genitive", *names[1:],
                                                                     f"genitive_number={number}"])))
    return out


def _is_topic(root: tuple[str, str, str], proper: bool) -> bool:
    """Whether a phrase, by its head, names a topic, an activity or a list ("Key messages", "Measuring … in
    Peru"), not who may propose."""
    return root_class(root[2]) == "other" and (not proper or root[0] == "VERB")


def _is_date(phrase: str, language: str) -> bool:
    """Whether dates make up most of a phrase."""
    return sum(end - start for start, end, _ in dates_in(phrase, language, None)) * 2 >= len(phrase.strip())


def root_class(lemma: str) -> str:
    """What a heading's head noun names, by the lexicon's classes: a body, a group of people, a meeting, a role."""
    words = lexicon()
    classes = (("body", words["org_heads"]), ("collective", words["collective_heads"]),
               ("event", words["event_heads"]), ("role", words["speaker_roles"]))
    return next((name for name, heads in classes if lemma in heads), "other")


@lru_cache(maxsize=512)
def _heading_frame(heading: str, language: str):
    """The frame of a heading, parsed once for all the items under it."""
    return frame(pipeline(language)(analysis_text(heading))[:])


@lru_cache(maxsize=512)
def _parse(title: str, language: str) -> tuple[tuple[str, str, str], str, bool, bool]:
    """(root POS, number and lemma), the genitive phrase of the root where it names a body, whether it names a
    country, and whether it holds a proper name (a body, a place) rather than only common nouns ("Key proposals")."""
    doc = _parsed(title, language)
    root = labelled(doc[:].root)
    genitive = _possessor(root)
    for token in root.subtree if not genitive else ():  # the first phrase after the root that a genitive marks
        case = [c.lower_ for c in token.children if c.dep_ == "case"] or ([token.head.lower_] if token.dep_ == "pobj" else [])
        if token.i > root.i and set(case) & _GENITIVE:
            words = [t for t in token.subtree if t.i >= token.i or t.pos_ not in ("DET", "ADP")]
            end = next((t.i for t in words if t.text == "("), words[-1].i + 1)
            genitive = doc[words[0].i:end].text.strip() if _names_body(token) else ""
            break
    country = any(e.ent_id_.startswith("country:") for e in doc.ents)
    proper = any(t.pos_ == "PROPN" for t in doc) or any(e.ent_id_ for e in doc.ents)
    return (root.pos_, "".join(root.morph.get("Number")) or "none", root.lemma_.lower()), genitive, country, proper


def labelled(root):
    """The noun a label follows, where a phrase's head is its label: "Group C", "Breakout group A" are groups,
    though a parse may head them by the letter."""
    if not (root.like_num or (len(root.text) == 1 and root.is_alpha)):
        return root
    return next((c for c in reversed(list(root.lefts)) if c.pos_ in ("NOUN", "PROPN")), root)


@lru_cache(maxsize=512)
def _parsed(title: str, language: str):
    """A heading's or title's parse, made once."""
    return pipeline(language)(analysis_text(title))


def _possessor(root) -> str:
    """The phrase a possessive names before the head ("the Chair's summary" → "Chair"), else empty."""
    owner = next((c for c in root.children if c.dep_ in ("poss", "nmod:poss") and c.pos_ in ("NOUN", "PROPN")), None)
    if owner is None or not _names_body(owner):
        return ""
    words = [t for t in owner.subtree if t.dep_ != "case" and t.pos_ not in ("DET", "PUNCT", "PART")]
    return " ".join(t.text for t in words)


def _names_body(head) -> bool:
    """Whether a phrase's head names who may propose — a proper name, a body, a group, a meeting or a role — not a
    topic ("Plan d'action national", "Migration de main-d'œuvre")."""
    return head.pos_ == "PROPN" or root_class(head.lemma_.lower()) != "other"


def _features(names: list[str]) -> dict[str, float]:
    source = names[0]
    return dict.fromkeys([*names, *(f"{source}&{n}" for n in names[1:])], 1.0)


def antecedent(phrase: str, headings: list[str]) -> str:
    """A definite description ("the Action Group") resolved to the full name it stands for in the headings
    or the title ("Supply Chains Action Group"); other phrases as they are."""
    words = phrase.split()
    tail = " ".join(words[-2:]) if len(words) >= 2 else phrase
    pattern = re.compile(rf"((?:[A-Z][\w'-]*\s+)+){re.escape(tail)}\b")
    for heading in headings:
        match = pattern.search(heading)
        if match and match.group(0).strip() != tail:
            return match.group(0).strip()
    return phrase


def named_as(speaker, actor, default: str = "") -> str:
    """How the text names an actor: the entity of the span's core standing for it, else ``default`` (else its
    label)."""
    default = default or actor.label
    if speaker is None:
        return default
    kept = {t.i for t in core(speaker)}
    entities = [e for e in speaker.ents if e.ent_id_ and e.root.i in kept  # a union's country does not name it
                and not (actor.type == "organisation" and e.ent_id_.startswith("country:"))]
    own = [e for e in entities if e.ent_id_.partition(":")[2] in (actor.id, actor.id.upper())]
    return (own or entities)[0].text if (own or entities) else default


def document_author(context: Context) -> str | None:
    """The body a document says prepared it ("Prepared by the Alliance 8.7 Secretariat ...")."""
    for block in list(context.document.blocks())[:12]:
        match = _AUTHOR.search(block.text.replace("’", "'"))
        if match:
            return match.group(1).strip()
    return None
