"""Whom the people a document names speak for.

A report introduces a speaker once — in a panel list ("Sadia Rehman, Secretary, Labour Department,
Pakistan"), a participants' line or an apposition ("the State Secretary of the MLSP, Ms Doina Rusnac")
— and later calls them by their surname alone ("Ms. Rehman recalled …"). The actors named in that
introduction (a national body as its country) are whom they speak for. A person is known by the last
word of their name, the head of its phrase; the first introduction naming an actor counts, whether or not
the parser took the name there for a person's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from kg87.model.records import Actor

if TYPE_CHECKING:
    from .actors import Actors

PERSON_LABELS = ("PERSON", "PER")
_CLAUSE_POS = ("VERB", "AUX")  # a description of a person ends where a clause begins
_CLOSERS = (";", ":")


class Affiliations:
    """Whom each person a document names speaks for, looked up by surname (lower case) as its text needs them."""

    def __init__(self, docs: Iterable[tuple[str, object]], actors: "Actors") -> None:
        self.docs = list(docs)
        self.actors = actors
        self.known: dict[str, list[Actor]] = {}

    def get(self, name: str) -> list[Actor]:
        """The actor the first introduction of a person of this surname names, else []."""
        if name not in self.known:
            self.known[name] = self._introduced(name)
        return self.known[name]

    def _introduced(self, name: str) -> list[Actor]:
        for block_id, doc in self.docs:
            people = [e for e in doc.ents if e.label_ in PERSON_LABELS]
            for token in doc:
                if token.lower_ != name or not token.is_title:
                    continue
                following = min([e.start for e in people if e.start > token.i] + [len(doc)])
                named = self.actors.named_in(block_id, _description(token, following)) or \
                    self.actors.named_in(block_id, _described(token))
                if named:
                    return named[:1]
        return []


def _description(name, following: int):
    """What follows a person's name after a comma or bracket, up to a clause, the next person or the sentence's
    end ("…, Principal Secretary, State Department for Labour, Kenya")."""
    doc, after = name.doc, name.i + 1
    if after >= len(doc) or doc[after].text not in (",", "(", "–", "-"):
        return doc[after:after]
    end = min(name.sent.end, following)
    for token in doc[after:end]:
        if token.pos_ in _CLAUSE_POS or token.text in _CLOSERS:
            end = token.i
            break
    return doc[after:end]


def _described(name):
    """The noun phrase a person's name is in apposition to ("the State Secretary of the MLSP, Ms Rusnac")."""
    doc, start = name.doc, name.left_edge.i
    if name.dep_ != "appos" or name.head.pos_ not in ("NOUN", "PROPN"):
        return doc[start:start]
    inside = {t.i for t in name.subtree}
    tokens = [t.i for t in name.head.subtree if t.i not in inside and t.i < start]
    return doc[min(tokens):max(tokens) + 1] if tokens else doc[start:start]
