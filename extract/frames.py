"""The grammatical frame of a unit: what kind of predicate it has, who its subject is, which actions it names.

Read from spaCy's parse, morphology and lemmas, in any of the three languages:

- reported speech: a verb with a clausal complement ("X indicated that her Government intends
  to …", "il a été convenu que …"): the frame is the complement's, the speaker the verb's subject;
- the predicate of the clause: *future* (an auxiliary ``will``/``shall``, or ``Tense=Fut``),
  *conditional* (``would``, ``Mood=Cnd``, the French future stem with imperfect endings),
  *obligation* and *possibility* (the other modal auxiliaries), *control* (a verb with an
  infinitive complement: plans / intends / commits / s'engage à / se compromete a + any verb;
  the control verb's lemma is kept for the classifier to weigh; a headline's "X to do Y" is read
  as "X is to do Y"), *imperative* (an item or cell opening with a verb in its base form),
  *nominal* (a noun phrase: "Adoption of the list …"),
  or a plain *past* or *present*;
- the actions: the verb the predicate governs and the verbs coordinated with it, any verb.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .lexicon import negation_words

SUBJECTS = ("nsubj", "nsubj:pass", "nsubjpass", "csubj", "expl:subj")
_FRENCH_CONDITIONAL = re.compile(r"r(?:ais|ait|aient|ions|iez)$")


@dataclass
class Frame:
    predicate: str  # future, conditional, obligation, possibility, control, imperative, nominal, past, present
    head: object  # the token that carries the predicate
    control: str = ""  # the control verb's lemma ("plan", "engager")
    modal: str = ""  # the modal auxiliary's lemma
    subject: object = None  # the subject span of the clause, if any
    speaker: object = None  # the subject span of the speech verb, in reported speech
    speech: str = ""  # the speech verb's lemma, in reported speech
    actions: list = field(default_factory=list)  # action verbs: the governed verb and its coordinated verbs
    negated: bool = False
    passive: bool = False
    subjunctive: bool = False  # a clause of what someone should do ("recommended that the Secretariat prepare …")
    owner: object = None  # who a nominal commitment is of ("the intention of France to …", "Ghana's pledge to …")


STRONG = ("future", "conditional", "control", "obligation")


def frame(span) -> Frame:
    """The frame of a sentence, item or cell: its main clause's, or a clause within it that commits to an
    action ("…, who welcomed the participants and announced the intention of his country to …")."""
    found = _headline(span) or _clause_frame(span.root, span)
    if found.predicate not in STRONG:
        for verb in span:
            if verb.pos_ == "VERB" and verb.dep_ in ("relcl", "acl:relcl", "conj", "advcl", "parataxis") \
                    and verb.i != span.root.i:
                inner = _clause_frame(verb, span)
                if inner.predicate in STRONG:
                    if inner.speaker is None:  # the main clause's subject still speaks ("ITUC noted …, and …")
                        inner.speaker, inner.speech = found.speaker or found.subject, found.speech or found.head.lemma_
                    return inner
    return found


def _headline(span) -> Frame | None:
    """A headline's "X to do Y" (an action point, a slide bullet: "is to" without its copula): the name before the
    infinitive's "to" is the subject, the infinitive the action, as in "X is to do Y"."""
    root = span.root
    verbs = [root] if root.pos_ == "VERB" else [c for c in root.children if c.pos_ == "VERB" and c.i > root.i]
    for verb in verbs:
        to = next((c for c in verb.children if c.tag_ == "TO" and c.dep_ == "aux" and c.i < verb.i), None)
        named = root if verb.i != root.i else next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if to is None or named is None or named.i > to.i or named.left_edge.i != _first_word(span):
            continue
        subject = span.doc[named.left_edge.i: to.i]
        inside = {t.i for t in named.subtree}
        if any(c.dep_ in ("aux", "auxpass", "cop") and c.i != to.i for c in verb.children) \
                or any(t.i not in inside for t in subject) or not _names_someone(named):
            continue
        found = Frame("control", verb, control="be", actions=_actions(verb))
        found.subject = subject
        return found
    return None


def _names_someone(head) -> bool:
    """Whether a noun phrase's head is a name (a proper noun, a named body, place or person), not a common noun."""
    return head.pos_ == "PROPN" or head.ent_type_ in ("ORG", "GPE", "NORP", "PERSON", "PER", "LOC") or bool(head.ent_id_)


_OWN_MARKERS = ("aux", "aux:pass", "auxpass", "mark", *SUBJECTS)


def coordinated(found: Frame, span) -> list[tuple[int, Frame]]:
    """The clauses coordinated with a frame's that state an action of their own, each with the token it opens
    at and its frame, in order: one with its own subject, auxiliary, marker or tense ("… will hire inspectors,
    and that Zembla will launch its plan", "pledged to extend X and to build Y", "plans to A and will train B",
    "recrutera … et entend réviser …"). A verb sharing the frame's auxiliary or marker ("will map X and publish
    Y") is the same clause, and a coordinated clause that commits to nothing ("… and closed the meeting") is
    no statement of its own."""
    heads = dict.fromkeys([found.head, *found.actions[:1]])
    out = []
    for head in heads:
        for verb in head.conjuncts:
            own = [c for c in verb.children if c.i < verb.i and c.dep_ in _OWN_MARKERS]
            tensed = bool({"Fut", "Cnd"} & {*verb.morph.get("Tense"), *verb.morph.get("Mood")})
            controls = any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in verb.children)  # "et entend réviser"
            if verb.i <= head.i or verb.pos_ not in ("VERB", "AUX") or not (own or tensed or controls) \
                    or not span.start <= verb.i < span.end:
                continue
            clause = _clause_frame(verb, span)
            if any(c.lower_ == "to" for c in own) and clause.predicate not in STRONG:
                clause = replace(clause, predicate=found.predicate, control=found.control, modal=found.modal)
            if clause.predicate in STRONG or clause.subjunctive:
                start = next(t.i for t in verb.subtree if not (t.is_punct or t.dep_ == "cc"))
                out.append((start, clause))
    return sorted(out, key=lambda piece: piece[0])


def _clause_frame(root, span) -> Frame:
    clause, speaker, speech = root, None, ""
    complement = next((c for c in root.children if c.dep_ in ("ccomp", "csubj") and not _infinitive(c)
                       and (c.pos_ in ("VERB", "AUX") or _subordinated(c))), None)
    if root.pos_ == "VERB" and complement is not None:
        clause, speaker, speech = complement, _subject(root), root.lemma_.lower()
    found = _predicate(clause, span)
    found.speaker, found.speech = speaker, speech
    found.subject = _subject(clause) or (_subject(found.head) if found.head is not clause else None)
    found.negated = any(c.dep_ == "neg" or c.lower_ in negation_words() for c in clause.children)
    found.passive = any(c.dep_ in ("nsubjpass", "nsubj:pass", "auxpass", "aux:pass") for c in clause.children)
    found.subjunctive = _subjunctive(found.head)
    return found


def _subjunctive(verb) -> bool:
    """A verb in the subjunctive, by its morphology (French, Spanish) or, in English, a clause whose first verb is
    in its base form with a subject of its own ("that a dialogue be held"), or in the present without agreeing
    with its singular subject ("that the Secretariat prepare")."""
    if "Sub" in verb.morph.get("Mood"):
        return True
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "aux:pass") and c.i < verb.i]
    first = auxiliaries[0] if auxiliaries else verb
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if verb.doc.lang_ != "en" or any(c.lower_ == "to" for c in auxiliaries):
        return False
    if subject is None:  # a subject the parser missed: "that the plenary adopt …"
        return first.tag_ == "VB" and _subordinated(verb)
    singular = subject.pos_ in ("NOUN", "PROPN") and "Sing" in subject.morph.get("Number")
    return first.tag_ == "VB" or (first.tag_ == "VBP" and singular)  # "the Secretariat prepare": no agreement


def _predicate(verb, span) -> Frame:
    modal = next((c for c in verb.children if c.tag_ == "MD" or (c.dep_ == "aux" and c.morph.get("VerbType") == ["Mod"])),
                 None)
    target = next((c for c in verb.children if c.pos_ == "VERB" and (c.dep_ in ("xcomp", "pcomp") or (
        c.dep_ == "ccomp" and _infinitive(c)))), None) or next(
        (g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp" and g.pos_ == "VERB"),
        None)  # "committed to profiling"
    if modal is not None:
        kind = {"will": "future", "shall": "future", "would": "conditional"}.get(modal.lemma_.lower())
        kind = kind or ("obligation" if modal.lemma_.lower() in ("should", "must") else "possibility")
        return Frame(kind, verb, modal=modal.lemma_.lower(), actions=_actions(target or verb))
    if "Fut" in verb.morph.get("Tense"):
        return Frame("future", verb, actions=_actions(verb))
    if _conditional(verb):
        return Frame("conditional", verb, actions=_actions(verb))
    if target is not None:
        return Frame("control", verb, control=verb.lemma_.lower(), actions=_actions(target))
    nominal = _nominal_control(verb)
    if nominal is not None:
        noun, action, owner = nominal
        return Frame("control", verb, control=noun.lemma_.lower(), actions=_actions(action), owner=owner)
    if verb.pos_ in ("NOUN", "PROPN") and verb.i == span.root.i:
        return Frame("nominal", verb)
    if verb.pos_ == "VERB" and verb.i == _first_word(span) and _base_form(verb):
        return Frame("imperative", verb, actions=_actions(verb))
    past = "Past" in verb.morph.get("Tense") or any(c.dep_.startswith("aux") and c.lemma_ in ("have", "avoir", "haber")
                                                    for c in verb.children)
    return Frame("past" if past else "present", verb, actions=_actions(verb))


def _infinitive(verb) -> bool:
    """A verb in the infinitive without a subject of its own ("to become", "de publier"): a complement of
    control, not reported speech ("that her Government would adopt" has a subject)."""
    if any(c.dep_ in SUBJECTS for c in verb.children) or _subordinated(verb):
        return False
    return "Inf" in verb.morph.get("VerbForm") or any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)


def _subordinated(verb) -> bool:
    """A clause opened by a subordinating conjunction ("that", "que"): finite, even where the parser misses its
    subject ("that the plenary adopt …") or reads its passive participle as an adjective ("that it be devoted")."""
    return any(c.dep_ == "mark" and c.pos_ == "SCONJ" for c in verb.children)


def _nominal_control(verb):
    """A noun with an infinitive and an owner among the verb's words: "announced the intention of France to
    explore …", "Ghana's pledge to ratify …" — (noun, action verb, owner span), or None."""
    for noun in (verb, *verb.children):
        if noun.pos_ not in ("NOUN", "PROPN"):
            continue
        action = next((c for c in noun.children if c.dep_ in ("acl", "xcomp") and c.pos_ == "VERB"), None) or next(
            (c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"
             and c.i == noun.right_edge.i + 2), None)  # the parser may hang "to explore" on the verb
        owner = next((c for c in noun.children if c.dep_ in ("poss", "nmod:poss", "nmod")
                      or (c.dep_ == "prep" and any(g.dep_ == "pobj" for g in c.children))), None)
        if action is not None and owner is not None:
            if owner.dep_ == "prep":
                owner = next(g for g in owner.children if g.dep_ == "pobj")
            return noun, action, owner.doc[owner.left_edge.i: owner.right_edge.i + 1]
    return None


def _conditional(verb) -> bool:
    if "Cnd" in verb.morph.get("Mood"):
        return True
    lang = verb.doc.lang_
    return lang == "fr" and "Imp" in verb.morph.get("Tense") and bool(_FRENCH_CONDITIONAL.search(verb.lower_))


def _base_form(verb) -> bool:
    return verb.tag_ == "VB" or "Inf" in verb.morph.get("VerbForm") or "Imp" in verb.morph.get("Mood")


def _first_word(span) -> int:
    return next((t.i for t in span if t.is_alpha), span.start)


def _subject(verb):
    """The subject span of a verb (its whole subtree), following an auxiliary or copula to its head; a
    relative pronoun ("…, who announced") stands for the noun its clause qualifies."""
    for token in (verb, verb.head if verb.dep_ in ("xcomp", "conj") else None):
        if token is None:
            continue
        subject = next((c for c in token.children if c.dep_ in SUBJECTS), None)
        relative = subject is not None and ("Rel" in subject.morph.get("PronType") or subject.tag_ in ("WP", "WDT"))
        if relative and token.dep_ in ("relcl", "acl:relcl"):
            antecedent = token.head
            words = [t for t in antecedent.subtree if t.i < token.i and not (t.is_punct and t.i == token.i - 1)]
            return antecedent.doc[words[0].i: words[-1].i + 1] if words else None
        if subject is not None:
            return subject.doc[subject.left_edge.i: subject.right_edge.i + 1]
    return None


def _actions(verb) -> list:
    """The action verb and the verbs coordinated with it that have their own object or complement."""
    actions = [verb]
    for conj in verb.conjuncts:
        if conj.pos_ == "VERB" and conj.i > verb.i and any(c.dep_ in ("dobj", "obj", "xcomp", "obl", "prep", "pobj")
                                                          for c in conj.children):
            actions.append(conj)
    return actions


NAMED = ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY", "GPE", "LOC", "NORP", "ORG",
         "PERSON", "PER", "FAC")  # who, where, when and how much: not the action itself


def action_words(span, found: Frame | None = None) -> list:
    """The content words of what a statement proposes to do: its action verb with the verb's complements and
    modifiers (its subject, auxiliaries and the frame around it left out), or the whole span of a nominal one;
    names, places, dates and numbers left out ("Zembla will ratify the Protocol by mid-2031" → ratify, Protocol).
    ``found`` is the span's frame when it is known."""
    found = found or frame(span)
    if found.actions:
        verb = found.actions[0]
        around = {t.i for c in verb.children if c.dep_.startswith(("nsubj", "aux", "mark", "expl"))
                  for t in c.subtree}
        if found.subject is not None:
            around.update(range(found.subject.start, found.subject.end))
        words = [t for t in verb.subtree if t.i not in around and span.start <= t.i < span.end]
    else:
        words = list(span)
    return [t for t in words if t.is_alpha and not t.is_stop and t.ent_type_ not in NAMED]
