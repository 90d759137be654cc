"""Organisations named by their head noun, of any country and in any of the three languages.

A name is built around a head noun of the lexicon's organisation heads (Ministry, Ministère,
Ministerio, Committee, Comité, Confederation, …), written with a capital or followed by a
capitalised complement ("ministère du Travail"): the capitalised words before it ("National Child
Protection"), and after it the complements its parse attaches to it. English names are written in
title case, so there a lower-case noun or adjective ends the name; French and Spanish names
capitalise their first word only, so there the name runs on through the nouns and adjectives the
head governs ("Comité national de lutte contre le travail des enfants"). A list of capitalised
complements goes on after a comma ("Ministry of Labour, Invalids and Social Affairs"); a country
after a comma or in brackets is the name's country, other bracketed words its acronym.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from kg87.model.gazetteer import fold, slugify
from kg87.model.records import FoundOrganisation, Mention, Provenance

from .actors import majority_country
from .lexicon import lexicon
from .nlp import cell_id, foreign_function_words, pipeline
from .text import redact_personal

_CONNECTING = ("ADP", "DET", "CCONJ")
_NAME_WORDS = ("NOUN", "PROPN", "ADJ")
_JOINING_PUNCT = ("'", "’", "-", "&")
MAX_TOKENS = 16  # a name longer than this is a misreading of the parse
MAX_ACRONYM = 12


@dataclass(frozen=True)
class BodyName:
    """One organisation name in a parsed text: its span, head word's type, acronym and country as written."""

    start: int  # character offsets in the Doc's text
    end: int
    label: str
    head_type: str
    acronym: str = ""
    country: str = ""  # ISO3 of a country the name or its bracket or comma names, else ''
    words: tuple[str, ...] = ()


def body_names(doc, language: str, country_of) -> Iterator[BodyName]:
    """The organisation names a parsed text holds, left to right.

    ``country_of(span)`` gives the ISO3 a span names (a country or its demonym), or ''.
    """
    heads = lexicon()["org_heads"]
    i = 0
    while i < len(doc):
        token = doc[i]
        head_type = heads.get(token.lower_) or heads.get(token.lemma_.lower())
        if head_type and (not token.ent_id_ or token.ent_iob_ == "B") and _written_as_name(doc, token, language) \
                and not (language == "en" and _modifies_next(doc, token, language)):
            start, end = _left_edge(doc, token), _right_edge(doc, token, language)
            if 2 <= end - start <= MAX_TOKENS and not _unit_of(doc, start) and not _generic(doc[start:end], language):
                yield _named(doc, start, end, head_type, country_of)
                i = end
                continue
        i += 1


def _written_as_name(doc, token, language: str) -> bool:
    """A head word with a capital, or (French, Spanish) a singular one before a capitalised complement
    ("ministère du Travail")."""
    if token.text[:1].isupper():
        return True
    if language == "en" or "Plur" in token.morph.get("Number"):
        return False
    following = [t for t in doc[token.i + 1: token.i + 4] if t.pos_ not in ("ADP", "DET")]
    return token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "ADP" and bool(following) \
        and following[0].text[:1].isupper()


def _modifies_next(doc, token, language: str) -> bool:
    """In English a name's head is its last capitalised word: "Workers" in "Domestic Workers Convention" is none;
    but a name in another language, told by its function words, is headed by its first ("Dirección Nacional de
    Empleo")."""
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is None or not _capitalised(nxt) or nxt.pos_ in _CONNECTING:
        return False
    run = token.i + 1
    while run < len(doc) and _capitalised(doc[run]):
        run += 1
    return not (run < len(doc) and _foreign_connector(doc, run, language))


def _capitalised(token) -> bool:
    return token.text[:1].isupper() and not token.is_punct


def _left_edge(doc, head) -> int:
    """The first token of the capitalised words before the head ("Sri Lanka Bureau", "Employers' Federation")."""
    start = head.i
    j = head.i - 1
    while j >= 0:
        token = doc[j]
        if _capitalised(token) and (token.pos_ in _NAME_WORDS or token.ent_id_) and not _acronym_alone(token):
            start = j
        elif token.text in _JOINING_PUNCT or token.pos_ == "CCONJ" or token.tag_ == "POS":
            if not (j > 0 and _capitalised(doc[j - 1])) or token.lower_ == "'s":
                break
        else:
            break
        j -= 1
    return start


def _generic(span, language: str) -> bool:
    """A head with one adjective is a description, not a name ("Regional Office", "Secretaría Técnica"),
    unless a bracketed acronym follows it. Capitalised, an adjective is tagged a proper noun, so the two
    words are tagged again in lower case."""
    words = [t for t in span if not t.is_punct]
    after = span.doc[span.end: span.end + 3]
    if len(words) != 2 or (len(after) >= 3 and after[0].text == "(" and _is_acronym(after[1].text)):
        return False
    return any(t.pos_ == "ADJ" for t in pipeline(language)(" ".join(w.lower_ for w in words)))


def _acronym_alone(token) -> bool:
    """An acronym that is no part of a country's name: "MoL" in a cell "MoL Ministry of Labour"."""
    return not token.ent_id_.startswith("country:") and _is_acronym(token.text) and not token.is_title


def _unit_of(doc, start: int) -> bool:
    """Whether the name is a unit of an organisation named just before it ("ILO Regional Office")."""
    return start > 0 and doc[start - 1].ent_id_.startswith("org:")


def _right_edge(doc, head, language: str) -> int:
    """One past the last token of the name: the head's complements, capitalised or (French, Spanish) governed."""
    end, k = head.i + 1, head.i + 1
    subtree = {t.i for t in head.subtree}
    while k < len(doc) and k - head.i < MAX_TOKENS:
        token = doc[k]
        if token.text == "," or token.pos_ == "CCONJ":
            if _new_name_follows(doc, k) or (token.text == "," and not _goes_on_after_comma(doc, k)):
                break
        elif token.pos_ == "DET" and language == "en" and doc[k - 1].pos_ != "ADP":
            break  # "… and the Tunisian General Labour Union": another noun phrase
        elif token.pos_ in _CONNECTING or token.text in _JOINING_PUNCT or token.tag_ == "POS" \
                or _foreign_connector(doc, k, language):
            pass
        elif token.ent_id_.startswith("org:") and token.ent_id_ != head.ent_id_ \
                or any(c.isdigit() for c in token.text):
            break  # another organisation's name, a date or a figure
        elif _capitalised(token) or token.ent_id_.startswith("country:"):
            end = k + 1
        elif language != "en" and token.pos_ in _NAME_WORDS and k in subtree:
            end = k + 1
        else:
            break
        k += 1
    return end


def _foreign_connector(doc, k: int, language: str) -> bool:
    """Whether a lower-case word joins a name written in another language, as its function word before a capital
    ("Dirección Nacional de Inspección y Empleo" in an English text, whose parser takes "del" for a name)."""
    token = doc[k]
    following = doc[k + 1: k + 3]
    return token.is_lower and token.lower_ in foreign_function_words(language) and any(
        _capitalised(t) for t in following)


def _goes_on_after_comma(doc, comma: int) -> bool:
    """Whether a comma continues a list of complements ("Labour, Invalids and …", ", de l'Emploi") rather
    than ending the name (", Egypt", ", the Ministry of …")."""
    if comma + 1 >= len(doc):
        return False
    after = doc[comma + 1]
    if after.ent_id_ or after.pos_ == "DET":
        return False
    if after.pos_ == "ADP":
        return True
    heads = lexicon()["org_heads"]
    return _capitalised(after) and after.lower_ not in heads and any(
        t.pos_ == "CCONJ" for t in doc[comma + 1: comma + 8])


def _new_name_follows(doc, k: int) -> bool:
    """Whether another organisation's name opens after a conjunction or comma ("… and Ministry of Justice")."""
    heads = lexicon()["org_heads"]
    following = [t for t in doc[k + 1: k + 3] if t.pos_ != "DET"]
    return bool(following) and _capitalised(following[0]) and (
        following[0].lower_ in heads or following[0].ent_id_.startswith("org:"))


def _named(doc, start: int, end: int, head_type: str, country_of) -> BodyName:
    """The name from tokens start..end, with what follows it: a bracketed acronym or country, a country after a comma."""
    span = doc[start:end]
    country, acronym = country_of(span), ""
    after = doc[end: end + 6]
    if len(after) >= 3 and after[0].text == "(":
        closing = next((t.i for t in after if t.text == ")"), None)
        if closing is not None:
            inside = doc[end + 1: closing]
            country = country_of(inside) or country
            if not country_of(inside) and _is_acronym(inside.text):
                acronym = inside.text
    elif len(after) >= 2 and after[0].text == "," and after[1].ent_id_.startswith("country:"):
        country = country or after[1].ent_id_.partition(":")[2]
    words = tuple(t.lower_ for t in span)
    return BodyName(span.start_char, span.end_char, span.text, head_type, acronym, country, words)


def _is_acronym(text: str) -> bool:
    letters = text.replace(" ", "").replace("-", "")
    return 2 <= len(letters) <= MAX_ACRONYM and sum(c.isupper() for c in letters) >= 2 and len(text.split()) <= 2


def public_type(head_type: str, country: str) -> str:
    """A 'public' head (committee, council, office) names a government body where a country is known."""
    return ("government" if country else "other") if head_type == "public" else head_type


def body_type(body: BodyName, country: str) -> str:
    """The organisation type: a public body's head decides, then employers' and workers' words, then the head."""
    if body.head_type in ("government", "public"):
        return public_type(body.head_type, country)
    words = lexicon()["type_words"]
    folded = {fold(w).replace("'", "") for w in body.words}
    for kind in ("employers", "workers"):
        if folded & set(words[kind]):
            return kind
    return body.head_type


class BodyFinder:
    """The organisations a document names by their head noun, each with its country: the one its name,
    bracket or comma gives, else the nearest named before it in its paragraph, its headings' country, the
    document's main country, or the last country named before it."""

    def __init__(self, finder, document, analysis):
        self.finder, self.analysis = finder, analysis
        self.gazetteer = finder.gazetteer
        self.in_block: dict[str, list[tuple[BodyName, object]]] = {}
        self.acronyms: dict[str, str] = {}
        self.by_label: dict[str, FoundOrganisation] = {}  # a name's first reading holds for the document
        self.context: dict[str, str] = {}  # block id → the country its text is about where it names none
        self.last_by_page: dict[int, str] = {}
        self.document = document
        self.main = _main_country(analysis, document)
        last = ""
        for block in document.blocks():
            doc = analysis.doc(block.id)
            if doc is None:
                continue
            named = [(e.start_char, e.ent_id_.partition(":")[2]) for e in doc.ents if e.ent_id_.startswith("country:")]
            language = analysis.languages.get(block.id, analysis.language)
            around = self._heading_country(block.section) or self.main or last
            self.context[block.id] = named[0][1] if named and len({c for _, c in named}) == 1 else around
            for body in body_names(doc, language, self.country_of):
                before = [c for start, c in named if start < body.start]
                self._keep(block.id, body, (before[-1] if before else "") or around)
            last = named[-1][1] if named else last
            self.last_by_page[block.page] = last

    def country_of(self, span) -> str:
        """The ISO3 of a country a span names or is ('' if none)."""
        for token in span:
            if token.ent_id_.startswith("country:"):
                return token.ent_id_.partition(":")[2]
        country = self.gazetteer.country(span.text.strip())
        return country.iso3 if country else ""

    def _heading_country(self, section: list[str]) -> str:
        """The country the innermost heading naming one names, or ''."""
        return next((c.iso3 for heading in reversed(section) for c in self.gazetteer.countries_in(heading)), "")

    def _keep(self, unit: str, body: BodyName, context: str) -> None:
        found = self.organisation(body, context)
        if found is not None:
            self.in_block.setdefault(unit, []).append((body, found))
            if body.acronym:
                self.acronyms.setdefault(body.acronym, found.id)

    def organisation(self, body: BodyName, context: str, listed: bool = True) -> FoundOrganisation | None:
        """The organisation a name stands for: the gazetteer's (where ``listed``), else a new one (a public
        body of its country)."""
        label = body.label.strip(" ,.;:")
        key = fold(label)
        if any(key == fold(bad) or key.startswith(fold(bad) + " ") for bad in lexicon()["not_organisations"]):
            return None
        known = self._known(label, body.acronym, body.country or context) if listed else None
        if known:
            return FoundOrganisation(known.id, known.label, known.acronym, known.type, known.country)
        org_type = body_type(body, body.country or context)
        country = body.country or (context if org_type == "government" else "")
        if org_type == "government" and not country:
            return None  # "Ministry of Labour" and no country anywhere before it: whose?
        earlier = self._named_in_full(label, country) or (None if body.country else self.by_label.get(fold(label)))
        if earlier is not None:
            return earlier
        key, org_id = fold(label), slugify(label)
        if country and not self.finder._names_country(label, country):
            label = f"{label} ({self.gazetteer.countries[country].label})"
            org_id = slugify(label)
        found = self.finder.found.setdefault(org_id, FoundOrganisation(org_id, label, body.acronym, org_type, country))
        self.by_label.setdefault(key, found)
        return found

    def of_context_country(self, ent, block_id: str) -> FoundOrganisation | None:
        """A gazetteer body of one country named without it ("Ministère du Travail") in a text about another:
        that other country's body of the same name."""
        known = self.gazetteer.organisations.get(ent.ent_id_.partition(":")[2])
        context = self.context.get(block_id, "")
        if not (known and known.type == "government" and known.country and context and context != known.country):
            return None
        if self.finder._names_country(ent.text, known.country) or _is_acronym(ent.text):
            return None  # "Global Affairs Canada", "BMAS": that country's
        name = ent[next((t.i - ent.start for t in ent if t.pos_ != "DET"), 0):]  # "the Ministry …": its name
        body = BodyName(name.start_char, name.end_char, name.text, "government", words=tuple(t.lower_ for t in name))
        return self.organisation(body, context, listed=False)

    def _known(self, label: str, acronym: str, country: str):
        """The gazetteer's organisation of that name, or of that acronym where it is a body of the same country."""
        known = self.gazetteer.organisation(label)
        by_acronym = self.gazetteer.organisation(acronym) if acronym else None
        return known or (by_acronym if by_acronym and by_acronym.country and by_acronym.country == country else None)

    def _named_in_full(self, label: str, country: str) -> FoundOrganisation | None:
        """An organisation named earlier by a longer name this one opens ("Iniciativa Regional …")."""
        key = fold(label) + " "
        return next((o for o in self.finder.found.values() if o.country == country
                     and fold(o.label).startswith(key)), None)

    def cell_mentions(self, cells_read: set) -> Iterator[Mention]:
        """Organisation mentions in table cells that a participants column did not already give."""
        for table in self.document.tables():
            for cell in table.cells:
                doc = self.analysis.doc(cell_id(table.id, cell.row, cell.col))
                if doc is None or (table.id, cell.row, cell.col) in cells_read:
                    continue
                context = self.main or self.last_by_page.get(table.page, "") or self._last_before(table.page)
                language = self.analysis.languages.get(cell_id(table.id, cell.row, cell.col), self.analysis.language)
                for body in body_names(doc, language, self.country_of):
                    found = self.organisation(body, body.country or context)
                    if found is not None:
                        yield Mention("organisation", found.id, body.label, table.id, Provenance(
                            self.document.name, table.page, redact_personal(cell.text), cell.bbox, rule="name-head"))

    def _last_before(self, page: int) -> str:
        pages = [p for p in self.last_by_page if p <= page and self.last_by_page[p]]
        return self.last_by_page[max(pages)] if pages else ""




def _main_country(analysis, document) -> str:
    """The country at least half of the document's country names name, if one is."""
    return majority_country(e.ent_id_.partition(":")[2] for b in document.blocks() if analysis.doc(b.id) is not None
                            for e in analysis.doc(b.id).ents if e.ent_id_.startswith("country:")) or ""
