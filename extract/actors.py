"""Who a statement is by: the countries and organisations its subject names, or else its context.

The subject's core counts — its head and what is coordinated with it, and the "of" phrases of a role
("the representative of Kenya") — not appositions and relative clauses ("Verdant Apparel Group, a
company with suppliers in Egypt, …"), though a person's title in apposition names whom they speak for
("Dr X, Director of the Institute, …"). A national public body — a ministry, a department, a statistics
office — stands for its country, as the genre has it; other organisations (unions, employers, companies,
NGOs, UN agencies) stand for themselves, also when no gazetteer lists them and the subject is their
proper name. A subject that names no one and a unit without a subject take the actor of their context: a
personal pronoun, or a verb in the third person whose subject is dropped ("Sugirió que …"), the subject
of the nearest earlier sentence of its paragraph that names one; a definite description ("the company")
the last actor; "the Government", an unnamed ministry and a list item or table cell the list's, the
headings', the document's country, else the last actor named. A speaker (or an active subject) that a numeral,
an indefinite article or a quantifier introduces and that names no one ("One delegate asked …") is no one.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable

from kg87.model.gazetteer import load_gazetteer, slugify
from kg87.model.records import Actor, FoundOrganisation, Mention

from .frames import SUBJECTS, Frame
from .lexicon import lexicon
from .subjects import body_name, body_qualified, core, inside_defined_names, quantifier

if TYPE_CHECKING:
    from .affiliations import Affiliations

@dataclass
class Actors:
    """The document's named entities by block, and what the resolution remembers as it reads on."""

    mentions: dict[str, list[Mention]]
    learned: dict[str, FoundOrganisation]
    main_country: str | None
    headings: dict[str, str] = field(default_factory=dict)  # heading text → block id
    chair: Actor | None = None  # the country that chairs the meeting, where the document says so
    last: list[Actor] = field(default_factory=list)
    source: str = ""  # where the last resolution found its actors: subject, speaker, or context
    people: "Affiliations | None" = None  # whom each person the document names speaks for
    names: dict[str, str] = field(default_factory=dict)  # organisation id → the name the document uses most

    @classmethod
    def of(cls, mentions: list[Mention], learned: list[FoundOrganisation], title: str = "",
           headings: dict[str, str] | None = None) -> "Actors":
        by_block: dict[str, list[Mention]] = {}
        for m in mentions:
            if m.provenance.rule != "organisation-country":  # "Ghana Trades Union Congress" is no act of Ghana
                by_block.setdefault(m.block_id, []).append(m)
        used = Counter((m.id, m.surface) for m in mentions if m.kind == "organisation")  # ties: the first named
        names = {}
        for (ident, surface), _ in used.most_common():
            names.setdefault(ident, surface)
        return cls(by_block, {o.id: o for o in learned}, _main_country(mentions, title), headings or {}, names=names)

    def named(self, block_id: str, span) -> list[Actor]:
        """The actors the core of a span names, in order (national bodies as their country), each once.

        A block's mentions are found by their offsets; a table cell's by the gazetteer entities of its parse.
        """
        if span is None:
            return []
        kept = core(span)
        if block_id in self.mentions:
            named = [(m.start, m.kind, m.id, m.surface) for m in self.mentions[block_id]
                     if any(t.idx <= m.start < t.idx + len(t.text) for t in kept)]
        else:
            named = [(e.start_char, *_entity(e), e.text) for e in span.ents if e.ent_id_ and e[0] in kept]
        inner = inside_defined_names(kept, {start for start, kind, _, _ in named if kind == "organisation"})
        named = [n for n in named if n[0] not in inner]
        found: list[Actor] = []
        for start, kind, ident, surface in sorted(named):
            body = body_qualified(kept, start) if kind == "country" else None
            if body is not None:  # "the Confederation of Trade Unions of Albania": the union speaks, not Albania
                if any(span.doc[body.left_edge.i].idx <= other[0] <= body.right_edge.idx and other[1] != "country"
                       for other in named):
                    continue  # its name is among the mentions ("… (KSSH)")
                surface = body_name(body)
                kind, ident = "organisation", slugify(surface)
            actor = self.actor(kind, ident, surface)
            if actor is not None and actor not in found:
                found.append(actor)
        return found

    def named_in(self, block_id: str, span) -> list[Actor]:
        """The actors anywhere in a span names, in order, each once (a national body as its country)."""
        if block_id in self.mentions:
            named = [(m.kind, m.id, m.surface) for m in sorted(self.mentions[block_id], key=lambda m: m.start)
                     if span.start_char <= m.start < span.end_char]
        else:
            named = [(*_entity(e), e.text) for e in span.ents if e.ent_id_]
        return list(dict.fromkeys(a for a in (self.actor(*n) for n in named) if a is not None))

    def mentioned_before(self, block_id: str, offset: int) -> list[Actor]:
        """The actors a block names before a character offset, nearest last (national bodies as their country)."""
        before = sorted((m for m in self.mentions.get(block_id, []) if m.start < offset), key=lambda m: m.start)
        return [a for a in (self.actor(m.kind, m.id, m.surface) for m in before) if a is not None]

    def actor(self, kind: str, ident: str, surface: str) -> Actor | None:
        """The actor an entity names (a national body as its country), or None where it names no known one."""
        if not ident:
            return None
        gazetteer = load_gazetteer()
        if kind == "country":
            country = gazetteer.countries.get(ident)
            return Actor("country", ident, country.label) if country else None
        known = gazetteer.organisations.get(ident)
        learned = self.learned.get(ident)
        org_type, country = (known.type, known.country) if known else (
            (learned.type, learned.country) if learned else ("other", ""))
        if org_type == "government" and country:
            return Actor("country", country, gazetteer.countries[country].label)
        return Actor("organisation", ident, known.label if known else (learned.label if learned else surface))

    def heading_actors(self, section: list[str]) -> list[Actor]:
        """The actors the innermost heading naming any names (a country's or an organisation's section)."""
        gazetteer = load_gazetteer()
        for heading in reversed(section):
            block = self.headings.get(heading)
            named = [self.actor(m.kind, m.id, m.surface) for m in self.mentions.get(block, [])] if block else []
            named = [a for a in named if a is not None]
            if named and len(heading.split()) <= 8:
                return list(dict.fromkeys(named))
            country = gazetteer.country(heading.strip(" :")) or gazetteer.country(heading.replace(" ", ""))
            if country:
                return [Actor("country", country.iso3, country.label)]
        return []

    def role(self, label: str) -> Actor:
        """A meeting role: the Chair (kept as a role, its country in ``chair``), the Secretariat (its organisation)."""
        organisation = lexicon()["role_organisations"].get(label.lower())
        if organisation:
            return self.actor("organisation", organisation, label)
        return Actor("role", label.lower(), label)

    def context_country(self, section: list[str], before: list[Actor] = ()) -> list[Actor]:
        """The country of a unit's context: its heading's, the document's, the nearest its paragraph named earlier
        ("Malawi. The Minister told the meeting that the Government …"), the last resolved."""
        heading = [a for a in self.heading_actors(section) if a.type == "country"]
        main = [self.actor("country", self.main_country, "")] if self.main_country else []
        named = [a for a in before if a.type == "country"][-1:]
        last = [a for a in self.last if a.type == "country"]
        return heading or main or named or last

    def resolve(self, block_id: str, found: Frame, section: list[str], intro_actors: list[Actor]) -> list[Actor]:
        """The actors of a statement: named in its subject, else its context; remembered for what follows."""
        before = self.mentioned_before(block_id, found.head.sent.start_char) if found.head is not None else []
        actors, self.source = self.named(block_id, found.owner), "subject"  # "the intention of France to …"
        if not actors:
            actors, self.source = self.named(block_id, found.subject), "subject"
        if not actors and found.subject is not None and _dual(found.subject.root):  # "both countries", "les deux
            actors, self.source = self._pair(block_id, found.subject), "reference"  # pays": the two it refers to
        if not actors:
            actors, self.source = self.named(block_id, found.speaker), "speaker"
        for span, source in ((found.speaker, "speaker"), (found.subject, "subject")):
            if not actors:  # "Mr X, speaking for the ILO, …": whom a person speaks for
                actors, self.source = self.represented(block_id, span), source
        if not actors and found.speaker is None and found.head is not None \
                and (found.subject is not None or not intro_actors):  # "Sugirió que …": the speaker is dropped
            actors, self.source = self.dropped_speaker(block_id, found, section), "antecedent"
        if not actors and _unknown_speaker(found):  # "One delegate asked …", "Un membre a demandé …": no one known
            self.source = "unknown"
            return []
        for span, source in ((found.speaker, "speaker"), (found.subject, "subject")):
            if not actors and span is not None:  # "X said that its hotline …": X speaks for the clause
                actors, how = self._unnamed(block_id, span, section, before)
                self.source = source if how == "named" else how
        if not actors:
            self.source = "context"
            actors = intro_actors or self.heading_actors(section) or self.context_country(section, before) \
                or self.last
        if actors:
            self.last = actors
        return [a for a in actors if a is not None]

    def represented(self, block_id: str, subject) -> list[Actor]:
        """Whom a subject naming no one speaks for: the actors a participle clause or a bracket on it names ("Mr X,
        speaking for the ILO, welcomed …", "Ms Y (Chad) described …"), a person's title in apposition ("Dr Z, Director
        of the Institute, …") or a phrase opening its clause before it
        ("Speaking for the MFA, a participant urged …", "Au nom de l'OIT, la déléguée a rappelé …")."""
        if subject is None or _names_a_body(subject.root):
            return []
        root, doc = subject.root, subject.doc
        phrases = [c for c in root.children if c.dep_ in ("acl", "advcl") and c.pos_ == "VERB"]
        person = root.pos_ == "PROPN" or any(t.ent_type_ in ("PERSON", "PER") for t in (root, *root.children))
        # "Dr X, Director of the Institute, …", "M. Y, directeur de l'équipe du BIT, …": whom the title names
        phrases += [c for c in root.children if c.dep_ == "appos" and (person or doc[c.left_edge.i - 1].text == "(")]
        phrases += [c for c in root.head.children if c.i < subject.start and c.dep_ in ("advcl", "prep", "obl", "nmod")]
        for phrase in phrases:
            named = self.named(block_id, phrase.doc[phrase.left_edge.i: phrase.right_edge.i + 1])
            if named:
                return named
        return []

    def _pair(self, block_id: str, subject) -> list[Actor]:
        """The two actors a dual subject refers to: the nearest its paragraph names before it, then those last
        resolved; countries only where its noun names countries."""
        countries = subject.root.lemma_.lower() in lexicon()["dual"]["country_nouns"]
        before = self.mentioned_before(block_id, subject.start_char)
        nearest = dict.fromkeys([*reversed(before), *self.last])
        return [a for a in nearest if a.type == "country" or not countries][:2]

    def antecedent(self, block_id: str, sentence, section: list[str]) -> list[Actor]:
        """Whom a third-person pronoun or a dropped subject of a sentence refers to: the actors the subject of the
        nearest earlier sentence of its paragraph names ("Migrant Forum in Asia took the floor … It recommended
        …"), passing over pronouns and descriptions; none where that subject is a person no one introduced."""
        for earlier in reversed([s for s in sentence.doc.sents if s.end <= sentence.start]):
            subject = next((c for c in earlier.root.children if c.dep_ in SUBJECTS), None)
            if subject is None or "expl" in subject.dep_:
                continue
            span = subject.doc[subject.left_edge.i: subject.right_edge.i + 1]
            actors = self.named(block_id, span) or self.represented(block_id, span)
            how = "named"
            if not actors:
                actors, how = self._unnamed(block_id, span, section, [], resolving=False)
            if actors and how in ("named", "government"):
                return actors
            if subject.ent_type_ in ("PERSON", "PER") or how == "named":
                return []
        return []

    def dropped_speaker(self, block_id: str, found: Frame, section: list[str]) -> list[Actor]:
        """The antecedent of a sentence whose main verb is finite, in the third person and has no subject
        ("Propuso crear …", "Sugirió que …")."""
        root = found.head.sent.root
        verbs = [root, *(c for c in root.children if c.dep_.startswith("aux"))]  # "ha propuesto": the auxiliary
        finite = any("Fin" in v.morph.get("VerbForm") and "3" in v.morph.get("Person") for v in verbs)
        if not finite or any(c.dep_ in SUBJECTS or c.dep_.startswith("expl") for c in root.children) \
                or _impersonal(root):
            return []
        return self.antecedent(block_id, found.head.sent, section)

    def _unnamed(self, block_id: str, subject, section: list[str], before: list[Actor],
                 resolving: bool = True) -> tuple[list[Actor], str]:
        """A subject naming no known actor — a role, a proper name (both name it: "named"), a government body (its
        context's country: "government"), a pronoun or a description (which refer to one: "reference"); ``before``:
        the actors its paragraph named before it."""
        root = subject.root
        role = lexicon()["speaker_roles"].get(root.lemma_.lower()) or lexicon()["speaker_roles"].get(root.lower_)
        if role:
            return [self.role(role)], "named"
        possessed = any(c.dep_ in ("poss", "nmod:poss") and c.pos_ in ("PRON", "DET") for c in root.children)
        # a pronoun subject of a reported clause ("X said that it …") is its speaker's, resolved before
        if resolving and third_person(root) and not root.dep_.startswith("expl") and root.head.dep_ != "ccomp":
            found = self.antecedent(block_id, root.sent, section)
            if found:
                return found, "antecedent"
        if root.pos_ == "PRON" or possessed or (root.pos_ == "NOUN" and not root.is_title and _definite(root)):
            return self.last, "reference"
        if root.lemma_.lower() in _government_words():
            return self.context_country(section, before), "government"
        if root.ent_type_ in ("PERSON", "PER"):
            # a person speaks for whom the document introduced them with, else for their context; is no body
            introduced = self.people.get(root.lower_) if self.people is not None else []
            return introduced, "named" if introduced else "reference"
        name = _proper_name(subject)
        return ([Actor("organisation", slugify(name), name)] if name else []), "named"


def _unknown_speaker(found: Frame) -> bool:
    """Whether who speaks or acts is someone the text leaves unnamed: an indefinite speaker ("one delegate said
    …"), or an active subject counted by a numeral or ranged over by a quantifier ("several participants", "un
    membre", "algunos países"), naming no one."""
    def indefinite(span) -> bool:
        return span is not None and any(c.dep_ == "nummod" or (c.dep_ in ("det", "predet") and (
            "Ind" in c.morph.get("Definite") or quantifier(c))) for c in span.root.children)

    return indefinite(found.speaker) or (found.speaker is None and not found.passive and indefinite(found.subject))


def third_person(root) -> bool:
    """Whether a subject is a personal pronoun of the third person ("it", "she", "il"), active."""
    kind = root.morph.get("PronType")
    personal = root.pos_ == "PRON" and "3" in root.morph.get("Person") and (not kind or "Prs" in kind)
    return personal and "pass" not in root.dep_


def _impersonal(verb) -> bool:
    """Whether a verb with a reflexive clitic is in the present: the impersonal reading of the genre's
    recommendations ("Se propone crear …"), not a report of what someone did ("Se comprometió a …")."""
    reflexive = any("Yes" in c.morph.get("Reflex") for c in verb.children)
    return reflexive and "Pres" in verb.morph.get("Tense")


def _dual(root) -> bool:
    """Whether a noun phrase refers to two actors by a determiner or numeral ("both countries", "the two unions",
    "les deux pays", "ambos países")."""
    words = lexicon()["dual"]["words"]
    determiners = [c for c in root.lefts if c.dep_ in ("det", "predet", "preconj", "nummod")]
    determiners += [g for c in determiners for g in c.children if g.dep_ == "nummod"]  # "los dos" read as "dos" of "los"
    return root.pos_ == "NOUN" and "Sing" not in root.morph.get("Number") and any(d.lower_ in words for d in determiners)


def chair_country(docs, actors: "Actors") -> Actor | None:
    """The country a document says chairs its meeting: named with a role word or a verb "to chair"."""
    chair_words = {k for k, v in lexicon()["speaker_roles"].items() if v == "Chair"} | {"chair", "preside"}
    for doc in docs:
        for token in doc:
            if token.lemma_.lower() not in chair_words and token.lower_ not in chair_words:
                continue
            for ent in doc.ents:
                if ent.ent_id_.startswith("country:") and ent.root.is_ancestor(token) is False and (
                        token.is_ancestor(ent.root) or ent.root.head == token):
                    return actors.actor("country", ent.ent_id_.partition(":")[2], ent.text)
    return None


def _definite(root) -> bool:
    return any(c.dep_ == "det" and "Def" in c.morph.get("Definite") for c in root.children)


def _proper_name(subject) -> str:
    """The proper name a subject opens with ("Thai Frozen Foods Association"), or ''."""
    words = [t for t in core(subject) if not (t.dep_ == "det" and t.i == subject.start)]
    while words and (words[-1].is_punct or words[-1].dep_ in ("cc", "case")):
        words = words[:-1]
    name = " ".join(t.text for t in words if not t.is_punct).strip()
    capitalised = sum(1 for t in words if t.is_title or t.is_upper)
    return name if words and words[0].pos_ == "PROPN" and capitalised >= 2 and len(words) <= 10 else ""


def _names_a_body(root) -> bool:
    """Whether a subject's head noun names a body or a group ("the company", "the Government", "the group"), not
    a person who may speak for one."""
    words = lexicon()
    lemma = root.lemma_.lower()
    return lemma in words["org_heads"] or lemma in _government_words() or lemma in words["collective_heads"]


def _government_words() -> frozenset[str]:
    return frozenset(lexicon()["government_heads"]) | frozenset(lexicon()["government_words"])


def _entity(ent) -> tuple[str, str]:
    kind, _, ident = ent.ent_id_.partition(":")
    return ("country" if kind == "country" else "organisation"), ident


def _main_country(mentions: list[Mention], title: str) -> str | None:
    """The country a document is about: the one its title names, else one that most of its country mentions name."""
    gazetteer = load_gazetteer()
    for m in mentions:
        if m.kind == "country" and m.surface in title.replace("’", "'"):
            return m.id
    main = majority_country(m.id for m in mentions if m.kind == "country")
    return main if main in gazetteer.countries else None


def majority_country(codes: Iterable[str]) -> str | None:
    """The country at least half of a document's country names name, if one is."""
    countries = Counter(codes)
    if not countries:
        return None
    main, count = countries.most_common(1)[0]
    return main if count * 2 >= sum(countries.values()) else None
