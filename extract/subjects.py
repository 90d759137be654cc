"""What a subject's words say about who it is: its core (head, coordinated names, the "of" phrases of a role,
not its appositions and clauses), the names a bracketed acronym defines, a body a country only qualifies, and
whether a determiner quantifies it ("all", "plusieurs") rather than pointing to one."""

from __future__ import annotations

from .lexicon import lexicon

_OUTSIDE_CORE = ("appos", "acl", "relcl", "acl:relcl", "advcl", "parataxis", "dep")


def core(span) -> list:
    """The tokens of a subject that say who it is: without appositions, relative and other clauses —
    but a person's apposition says whom they speak for ("Mr Abinan, Minister of Labour of Côte d'Ivoire")."""
    person = span.root.ent_type_ in ("PERSON", "PER")
    left_out = set()
    for token in span:
        if token.dep_ in _OUTSIDE_CORE and token.i != span.root.i and not _acronym_apposition(token) \
                and not (person and token.dep_ == "appos"):
            left_out.update(t.i for t in token.subtree)
    return [t for t in span if t.i not in left_out]


def _acronym_apposition(token) -> bool:
    return token.dep_ == "appos" and token.text.isupper() and len(token.text) <= 10


def inside_defined_names(kept: list, organisations: set[int]) -> set[int]:
    """The offsets of a subject's tokens inside a name that a bracketed acronym naming an organisation defines
    (the words before the bracket, back to a comma or a conjunction): what the name contains is part of it
    ("Alto Comisionado de las Naciones Unidas para los Refugiados (ACNUR)")."""
    inside, at = set(), {t.i: t for t in kept}
    for token in kept:
        if token.idx in organisations and token.text.isupper() and _between_brackets(token):
            i = token.i - 2
            while i in at and at[i].dep_ != "cc" and at[i].text not in (",", ";"):
                inside.add(at[i].idx)
                i -= 1
    return inside


def _between_brackets(token) -> bool:
    doc = token.doc
    return 0 < token.i < len(doc) - 1 and doc[token.i - 1].text == "(" and doc[token.i + 1].text == ")"


_STATE = ("government", "public", "other")  # bodies that may stand for their country or are no social partner


def body_qualified(kept: list, offset: int):
    """The head of a non-state body (a union, an employers' organisation, an association, a company, a university)
    that a country mentioned at ``offset`` only qualifies ("Confederation of Trade Unions of Albania", "Union des
    syndicats du Tchad"), or None."""
    token = next((t for t in kept if t.idx <= offset < t.idx + len(t.text)), None)
    inside, heads, body = {t.i for t in kept}, lexicon()["org_heads"], None
    while token is not None and token.head.i != token.i and token.head.i in inside:
        token = token.head
        kind = next((heads[w] for w in (token.lemma_.lower(), token.lower_, token.lower_.rstrip("s")) if w in heads), "")
        if kind and kind not in _STATE:
            body = token  # the outermost: "General Federation of Jordanian Trade Unions"
    return body


def body_name(head) -> str:
    """A body's name: its head's phrase, without its article or preposition ("de l'") or what a bracket or a comma
    adds."""
    words = []
    for token in head.doc[head.left_edge.i: head.right_edge.i + 1]:
        if token.text in ("(", ","):
            break
        words.append(token)
    while words and words[0].pos_ in ("DET", "ADP"):
        words = words[1:]
    return "".join(t.text_with_ws for t in words).strip()


def quantifier(determiner) -> bool:
    """A determiner that is no article, demonstrative or possessive ("all", "plusieurs", "todos")."""
    kind = set(determiner.morph.get("PronType"))
    return not determiner.morph.get("Definite") and not determiner.morph.get("Poss") \
        and not kind & {"Art", "Dem", "Prs", "Int", "Rel"}
