"""Who holds an event, and what is held, from the grammar of its clause.

The owner is the possessor before the event's name ("Tuvalu's workshop"), or for a possessive pronoun
("its", "sa", "su") the agent of a passive clause ("validated by the Council at its session"), else its
subject when that is a name or a body ("the Board held its meeting", "le Comité national a tenu sa
session"), else the nearest name before the pronoun, else, for a pronoun that opens its sentence, the named
subject of the sentence before ("Samoa wrote to the Secretariat. Its workshop …"). A noun a verb of holding
takes ("held a preparatory call") names something held, an event when its clause dates it.
"""

from __future__ import annotations

from .lexicon import lexicon

NAME_PARTS = ("compound", "flat", "flat:name", "amod", "nmod", "poss", "case")
OWNER_WORDS = 12  # a body's name given as an owner is cut after this many words
_AGENTS = ("agent", "obl:agent")


def is_relative(token) -> bool:
    return token.tag_ in ("WDT", "WP") or "Rel" in token.morph.get("PronType")


def is_sitting(body) -> bool:
    """Whether a noun is a word for a sitting body: a committee, a council, a board."""
    return lexicon()["org_heads"].get(body.lemma_.lower()) == "public" or \
        lexicon()["org_heads"].get(body.lower_) == "public"


def governing_verb(token):
    """The verb of the clause a token belongs to (None for a verbless title)."""
    while token.dep_ != "ROOT" and token.pos_ not in ("VERB", "AUX"):
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else None


def clause_subject(token):
    """The subject of the clause a token belongs to: the one next to its verb."""
    verb = governing_verb(token)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")] if verb else []
    return min(subjects, key=lambda c: abs(verb.i - c.i), default=None)


def owner(head, start: int) -> str:
    """Who holds the event whose name starts at token `start`: a possessor before the name, or for a
    possessive pronoun the passive clause's agent, else the clause's subject when it is a name or a body,
    else the nearest name before the pronoun, else the named subject of the sentence before."""
    possessor = next((c for c in head.children if c.dep_ == "poss" or "Poss=Yes" in str(c.morph)), None)
    if possessor is None or possessor.i >= start and possessor.pos_ != "PRON":
        return ""  # no possessor, or one already in the name ("Tuvalu's workshop")
    if possessor.pos_ == "PROPN":
        return _name(possessor)
    agent = _agent(head)
    if agent is not None:
        return _body_name(agent)
    subject = clause_subject(head)
    if subject is not None and (subject.pos_ == "PROPN" or is_sitting(subject)):
        return _body_name(subject)  # "Bhutan held its workshop", "le Comité national a tenu sa session"
    antecedent = next((t for t in reversed(head.doc[head.sent.start:possessor.i]) if t.pos_ == "PROPN"
                       and t.dep_ != "compound" and t.ent_type_ not in ("DATE", "TIME", "GPE", "LOC")), None)
    while antecedent is not None and antecedent.dep_ in ("pobj", "nmod") and antecedent.head.dep_ in ("prep", "case") \
            and antecedent.head.head.pos_ == "PROPN":
        antecedent = antecedent.head.head  # "the Board of the Fund": the Board
    if antecedent is None and head.sent.start > 0:
        antecedent = _named_subject(head.doc[head.sent.start - 1].sent)  # "Tonga wrote in May. Its workshop …"
    return _name(antecedent) if antecedent is not None else ""  # "the Board adopted the plan at its meeting"


def _named_subject(sentence):
    """The subject of a sentence's main verb when it is a name (a country, a body), else the last subject of its
    other clauses that is one ("The delegate said that Tonga had written"), or None."""
    subjects = [t for t in sentence if t.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and t.pos_ == "PROPN"]
    main = [t for t in subjects if t.head == sentence.root]
    return (main or subjects[-1:] or [None])[0]


def _agent(head):
    """The body by which a passive clause says something was done, a name or a sitting body ("adopted by the
    Council at its session", "validée par le Comité … en sa session"), or None."""
    verb = governing_verb(head)
    if verb is None:
        return None
    agents = [c for c in verb.children if c.dep_ in _AGENTS]
    agents += [g for c in agents if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return next((a for a in agents if a.pos_ in ("NOUN", "PROPN") and (a.pos_ == "PROPN" or is_sitting(a))), None)


def _body_name(token) -> str:
    """A body's name as its phrase writes it: the noun with its modifiers and complements, no article, cut before
    a bracket, a comma or a verb ("Comité national de lutte contre le travail des enfants")."""
    if token.pos_ == "PROPN" and token.doc.lang_ == "en":
        return _name(token)
    words = [t for t in token.subtree if t.i >= token.i or t.dep_ in NAME_PARTS and t.dep_ != "case"]
    end = next((t.i for t in words if t.i > token.i and (t.pos_ in ("VERB", "AUX") or t.is_punct and t.text != "-")),
               words[-1].i + 1)
    span = [t for t in token.doc[words[0].i:end] if t.i >= token.i or t.pos_ != "DET"][:OWNER_WORDS]
    while span and span[-1].pos_ in ("ADP", "DET", "CCONJ"):
        span.pop()
    return " ".join(t.text for t in span)


def _name(token) -> str:
    """A proper name and the words of its compound ("Data Action Group")."""
    parts = [t for t in token.subtree if t.i <= token.i and (t.i == token.i or t.dep_ in NAME_PARTS)
             and t.pos_ in ("PROPN", "NOUN", "ADJ")]
    parts = [t for t in parts if t.i >= min(p.i for p in parts) and all(
        token.doc[i].pos_ in ("PROPN", "NOUN", "ADJ", "PART") or token.doc[i].text == "-" for i in range(t.i, token.i))]
    return " ".join(t.text for t in parts)


def is_held(token) -> bool:
    """Whether a singular common noun names something held: the object of a verb of holding ("held a preparatory
    call"), its passive subject ("the call was held"), or the noun a participle of holding qualifies ("the call
    held on …")."""
    if token.pos_ != "NOUN" or "Number=Plur" in str(token.morph) or token.ent_type_:
        return False
    if token.dep_ in ("dobj", "obj", "nsubjpass", "nsubj:pass"):
        return _holds(token.head)
    return any(c.dep_.startswith("acl") and "VerbForm=Part" in str(c.morph) and _holds(c) for c in token.children)


def _holds(verb) -> bool:
    return verb.pos_ == "VERB" and verb.lemma_.lower() in lexicon()["hold_verbs"].get(verb.doc.lang_, [])
