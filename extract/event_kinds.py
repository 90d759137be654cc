"""What an event noun's phrase is besides an event: a part of a meeting's programme ("opening session"), a
process going on over months ("the mid-term review of the plan"), an activity going on ("consultation
resumed"), or an event in another one's programme ("a summit …, which will host a seminar")."""

from __future__ import annotations

from .event_names import is_event_head
from .event_owners import NAME_PARTS, clause_subject, is_relative
from .lexicon import lexicon


def is_programme_part(head) -> bool:
    """Whether a sitting ("session") is a part of a meeting's programme ("opening session", "plenary session"):
    neither a body's or an event's (a genitive complement: "Session of the Conference"; a possessive: "its
    session") nor numbered ("112th")."""
    if _lemma(head) not in lexicon()["sitting_heads"]:
        return False
    genitive = set(lexicon()["genitive"].get(head.doc.lang_, []))
    owners = [n for c in head.children for n in ([c] + list(c.children)) if n.dep_ in ("pobj", "nmod") and (
        c.lower_ in genitive or any(g.dep_ == "case" and g.lower_ in genitive for g in n.children))]
    owned = any(n.ent_type_ != "DATE" and not n.like_num for n in owners) or any(  # not "the session of 8 May"
        c.dep_ == "poss" or "Poss=Yes" in str(c.morph) for c in head.children)  # "its session"
    numbered = any(c.i < head.i and c.dep_ in NAME_PARTS + ("nummod",) and (
        any(ch.isdigit() for ch in c.text) or "NumType=Ord" in str(c.morph)) for c in head.children)
    return not (owned or numbered)


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
