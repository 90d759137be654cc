"""What an event noun's phrase is besides an event: a part of a meeting's programme ("opening session"), a
process going on over months ("the mid-term review of the plan"), an activity going on ("consultation
resumed"), an event in another one's programme ("a summit …, which will host a seminar"), an item of an
agenda ("Next meeting and closing"), or words of a body's name ("Ministry of Labour and Social Dialogue")."""

from __future__ import annotations

from .event_names import is_event_head
from .event_owners import NAME_PARTS, clause_subject, is_held, is_relative
from .lexicon import lexicon


def is_programme_part(head) -> bool:
    """Whether a sitting ("session") is a part of a meeting's programme ("opening session", "plenary session", "a
    session of its eighth meeting"): neither a body's or a named event's (a genitive complement: "session of the
    Committee", "Session of the Conference"; a possessive: "its session"), nor numbered ("112th Session"), nor
    held ("host a technical session")."""
    if _lemma(head) not in lexicon()["sitting_heads"]:
        return False
    genitive = set(lexicon()["genitive"].get(head.doc.lang_, []))
    complements = [n for c in head.children for n in ([c] + list(c.children if c.pos_ == "ADP" else []))]
    owners = [n for n in complements if n.dep_ in ("pobj", "nmod") and (n.head.lower_ in genitive or any(
        g.dep_ == "case" and g.lower_ in genitive for g in n.children))]
    owned = any(n.ent_type_ != "DATE" and not n.like_num and not (is_event_head(n) and n.text.islower())
                for n in owners) or any(
        c.dep_ == "poss" or "Poss=Yes" in str(c.morph) for c in head.children)  # not "of 8 May"; "its session"
    numbered = any(c.i < head.i and c.dep_ in NAME_PARTS + ("nummod",) and (
        any(ch.isdigit() for ch in c.text) or "NumType=Ord" in str(c.morph)) for c in head.children)
    return not (owned or numbered or is_held(head))


def is_process(head) -> bool:
    """Whether an event noun also names a process going on over months ("the mid-term review of the plan")."""
    return _lemma(head) in lexicon()["process_heads"]


def _lemma(token) -> str:
    return token.lemma_.lower() if token.lemma_ else token.lower_


def is_activity(head) -> bool:
    """A head without article or possessive as the subject of a finite verb ("consultation resumed"): an activity
    going on, not an event."""
    verb = head.head
    return head.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and verb.pos_ in ("VERB", "AUX") \
        and "VerbForm=Fin" in str(verb.morph) and not any(c.dep_ in ("det", "poss") for c in head.children)


def is_part_of_another(head) -> bool:
    """Whether an event is in another one's programme: the object of a relative clause whose pronoun stands for
    an event ("a summit in Accra in June, which will host a seminar on …")."""
    subject = clause_subject(head) if head.dep_ in ("dobj", "obj") else None
    return subject is not None and is_relative(subject) and _event_before(subject) is not None


def _event_before(pronoun):
    """The event a relative pronoun may stand for: the nearest event noun before it in the noun phrases since
    the last verb ("a summit in Accra in June, which …": the parse may hang "which" on the date or place)."""
    for token in reversed(pronoun.doc[pronoun.sent.start:pronoun.i]):
        if token.pos_ in ("VERB", "AUX"):
            return None
        if is_event_head(token):
            return token
    return None


def is_agenda_item(head) -> bool:
    """Whether an event noun is coordinated with a noun that is no event ("Next meeting and closing", "Prochaine
    réunion et décisions"): in a line without a verb, an item of an agenda, not an event."""
    coordinated = [c for c in head.children if c.dep_ == "conj"] + ([head.head] if head.dep_ == "conj" else [])
    return any(t.pos_ == "NOUN" and not is_event_head(t) for t in coordinated)


def in_a_body_name(first) -> bool:
    """Whether an event's phrase, from its first word, goes on a body's name as one of its complements
    ("ministère de l'Emploi, du Dialogue social …", "Ministry of Labour and Social Dialogue"): the words before
    it are a genitive preposition, a comma or a conjunction, no article, after a word of an organisation's name."""
    genitive = set(lexicon()["genitive"].get(first.doc.lang_, []))
    linked = False
    for token in reversed(first.doc[first.sent.start:first.i]):
        if token.lower_ in genitive or token.pos_ == "CCONJ":
            linked = True
        elif token.text != ",":
            return linked and (token.ent_type_ == "ORG" or token.ent_id_.startswith("org:"))
    return False
