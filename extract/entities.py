"""Countries and organisations named in a document (the ``entities`` extractor).

The shared spaCy pipeline (:mod:`kg87.extract.nlp`) finds gazetteer names and acronyms. What the
gazetteer does not know is found by the organisation's head noun (:mod:`kg87.extract.bodies`:
"Ministry of …", "Comité national de …", with their country and acronym), by acronyms the document
itself defines ("International Organisation of Employers (IOE)"), by the organisation column of a
table such as a participants list, and by NER organisations whose name has an organisation head
word. Government bodies are tied to their country.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator

from kg87.model.document import Document
from kg87.model.gazetteer import Gazetteer, fold, load_gazetteer, slugify
from kg87.model.records import FoundOrganisation, Mention, Provenance

from .lexicon import lexicon
from .nlp import Analysis, analyse, cell_id
from .bodies import BodyFinder, public_type
from .registry import Context, extractor
from .text import is_personal, redact_personal, sentences

_NAME_WORD = r"(?:[A-Z][\w'’&.-]*|of|for|and|the|on|in|against|de|du|des|la|le|et|pour|&)"
_NAME = rf"({_NAME_WORD}(?:\s+{_NAME_WORD}){{1,12}})"
_DEFINITION = re.compile(rf"{_NAME}\s+\(([A-Z][A-Za-z&-]{{1,9}})\)")  # "Long Name (ACR)"
# a list of abbreviations, one to a line or sentence: "FTUU: Federation of Trade Unions of Uzbekistan."
_GLOSSARY = re.compile(rf"(?:^|(?<=[.;\n])\s*)([A-Z][A-Za-z&-]{{1,9}})\s*(?::|=|\s[–—-])\s+{_NAME}")
_FUNCTION_WORDS = {"of", "for", "and", "the", "on", "in", "against", "de", "du", "des", "la", "le", "et", "pour", "&"}
_PARENTHESISED_COUNTRY = re.compile(r"^(.*?)\s*\(([^()]+)\)\s*$")


class EntityFinder:
    """Finds the countries and organisations of one document, learning its own acronyms."""

    def __init__(self, gazetteer: Gazetteer | None = None):
        self.gazetteer = gazetteer or load_gazetteer()
        self.found: dict[str, FoundOrganisation] = {}

    def mentions(self, document: Document, analysis: Analysis | None = None) -> list[Mention]:
        """Every country and organisation mention in the document's blocks and tables."""
        analysis = analysis or analyse(document)
        bodies = BodyFinder(self, document, analysis)
        column_cells = set()
        in_tables = list(self._table_mentions(document, analysis, column_cells))
        in_tables += bodies.cell_mentions(column_cells)
        named = {self.found[m.id].acronym: m.id for m in in_tables  # a participants list's "Name (ACR)"
                 if m.kind == "organisation" and m.id in self.found and self.found[m.id].acronym}
        learned = {**named, **self._learn_acronyms(document), **bodies.acronyms}
        out: list[Mention] = []
        for block in document.blocks():
            for kind, ident, span, rule in self._mentions_in(analysis.doc(block.id), learned, bodies, block.id):
                quote = next((s for s in sentences(block.text) if span.text in s.replace("’", "'")), block.text)
                page, bbox, _, quote = block.printed(quote)
                out.append(Mention(kind, ident, span.text, block.id, Provenance(
                    document.name, page, redact_personal(quote), bbox, rule=rule),
                    span.start_char, span.end_char))
        out.extend(in_tables)
        return out

    def _mentions_in(self, doc, learned: dict[str, str], bodies: BodyFinder,
                     block_id: str) -> Iterator[tuple[str, str, object, str]]:
        """(kind, id, span, rule) of each country and organisation a block's text names."""
        taken = set()
        ents = _join_of_country(doc)
        listed = [(e.start_char, e.end_char) for e in ents if e.ent_id_.startswith("org:")]
        for body, found in bodies.in_block.get(block_id, []):
            span = doc.char_span(body.start, body.end)
            if span is None or any(start <= body.start and body.end <= end for start, end in listed):
                continue  # the gazetteer knows this name
            yield "organisation", found.id, span, "name-head"
            if body.country:
                yield "country", body.country, span, "organisation-country"
            taken.update(range(body.start, body.end))
        for ent in ents:
            if taken & set(range(ent.start_char, ent.end_char)):
                continue
            if ent.ent_id_:
                kind, _, ident = ent.ent_id_.partition(":")
                kind = "country" if kind == "country" else "organisation"
                rule = "gazetteer-demonym" if ent.label_ == "NORP" else "gazetteer"
                elsewhere = bodies.of_context_country(ent, block_id) if kind == "organisation" else None
                if kind == "organisation" and _modifies_a_noun(ent):
                    taken.update(range(ent.start_char, ent.end_char))
                    continue  # "UN agencies": others, not the UN
                if elsewhere is not None:
                    yield "organisation", elsewhere.id, ent, "name-head"
                    taken.update(range(ent.start_char, ent.end_char))
                    continue
                yield kind, ident, ent, rule
                if kind == "organisation":
                    country = self.gazetteer.organisations[ident].country
                    if country and self._names_country(ent.text, country):
                        yield "country", country, ent, "organisation-country"
                taken.update(range(ent.start_char, ent.end_char))
            elif ent.label_ == "ORG" and ent.text in learned:
                yield "organisation", learned[ent.text], ent, "defined-acronym"
                taken.update(range(ent.start_char, ent.end_char))
            elif ent.label_ == "ORG":
                found = self._organisation_from_name(ent.text, doc)
                if found:
                    yield "organisation", found.id, ent, "ner-org-head"
                    if found.country and self._names_country(ent.text, found.country):
                        yield "country", found.country, ent, "organisation-country"
                    taken.update(range(ent.start_char, ent.end_char))
        for acronym, org_id in learned.items():
            for match in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", doc.text):
                if match.start() not in taken:
                    span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
                    if span is not None:
                        yield "organisation", org_id, span, "defined-acronym"

    def _names_country(self, text: str, iso3: str) -> bool:
        """Whether the text itself names the country (organisation names often do: 'Global Affairs Canada')."""
        return any(country.iso3 == iso3 for country in self.gazetteer.countries_in(text))

    def _learn_acronyms(self, document: Document) -> dict[str, str]:
        """Acronyms the document defines as 'Long Name (ACR)', in its text or its tables' cells (a participants
        list), mapped to organisation ids."""
        learned: dict[str, str] = {}
        texts = [b.text for b in document.blocks()] + [c.text for t in document.tables() for c in t.cells if c.text]
        for text in texts:
            defined = [(m.group(2), _trim_to_initials(m.group(1), m.group(2))) for m in _DEFINITION.finditer(text)]
            defined += [(m.group(1), _lead_to_initials(m.group(2), m.group(1))) for m in _GLOSSARY.finditer(text)]
            for acronym, long_form in defined:
                if not long_form or acronym in learned:
                    continue
                known = self.gazetteer.organisation(long_form) or self.gazetteer.organisation(acronym)
                if known:
                    learned[acronym] = known.id
                    continue
                found = self._organisation_from_name(long_form, None, acronym)
                if found:
                    learned[acronym] = found.id
        return learned

    def _organisation_from_name(self, text: str, doc=None, acronym: str = "") -> FoundOrganisation | None:
        """A new organisation from a name with an organisation head word, or None."""
        label = re.sub(r"^(the|The|a|an)\s+", "", text.strip()).strip(" ,.;:")
        label = re.sub(r"['’]s$", "", label)
        words = label.split()
        if not 2 <= len(words) <= 12 or not words[0][:1].isupper():
            return None
        key = fold(label)
        lex = lexicon()
        if any(key == fold(bad) or key.startswith(fold(bad) + " ") for bad in lex["not_organisations"]):
            return None
        known = self.gazetteer.organisation(label)
        if known:
            return FoundOrganisation(known.id, known.label, known.acronym, known.type, known.country)
        head_type = _head_type(key, lex["org_heads"])
        if head_type is None:
            return None
        country = ""
        name_part, parenthesised = label, None
        m = _PARENTHESISED_COUNTRY.match(label)
        if m:
            name_part, parenthesised = m.group(1), m.group(2)
        for candidate in [parenthesised, *re.findall(r"\b(?:of|for|in|to)\s+((?:the\s+)?[A-Z][\w'’ -]+)$", name_part)]:
            if candidate and self.gazetteer.country(candidate):
                country = self.gazetteer.country(candidate).iso3
        if not country:
            for word in re.findall(r"[A-Z][\w'’.-]+", label):
                c = self.gazetteer.country(word)
                if c:
                    country = c.iso3
                    break
        is_government = head_type == "government" or any(h in key.split() for h in lex["government_heads"])
        if is_government and not country:
            return None  # "Ministry of Labour" alone: whose?
        head_type = public_type(head_type, country)
        org_id = slugify(label)
        found = FoundOrganisation(org_id, label, acronym, "government" if is_government else head_type, country)
        self.found.setdefault(org_id, found)
        return self.found[org_id]

    def _table_mentions(self, document: Document, analysis: Analysis, cells_read: set) -> Iterator[Mention]:
        """Organisations in a table column where most cells name organisations (a participants list)."""
        roles = set(lexicon()["roles"])
        for table in document.tables():
            columns: dict[int, list] = {}
            for cell in table.cells:
                columns.setdefault(cell.col, []).append(cell)
            for cells in columns.values():
                filled = [c for c in cells if c.text and not is_personal(c.text.split("/")[0])]
                if len(filled) < 3 or len(filled) < 0.8 * len(cells):
                    continue
                resolved = [(c, self._resolve_cell(c.text)) for c in filled]
                if sum(bool(r) for _, r in resolved) < 0.5 * len(filled):
                    continue
                for cell, orgs in resolved:
                    cells_read.add((table.id, cell.row, cell.col))
                    if fold(cell.text) in roles:
                        continue
                    if not orgs and _names_a_person(analysis.doc(cell_id(table.id, cell.row, cell.col))):
                        continue  # "Ms Rosa Quispe Mamani" in a participants column
                    for org in orgs or [self._new_table_organisation(cell.text)]:
                        if org is None:
                            continue
                        where = Provenance(document.name, table.page, redact_personal(cell.text), cell.bbox)
                        yield Mention("organisation", org.id, cell.text, table.id, replace(where, rule="table-column"))
                        if org.country and self._names_country(cell.text, org.country):
                            yield Mention("country", org.country, cell.text, table.id,
                                          replace(where, rule="organisation-country"))

    def _resolve_cell(self, text: str) -> list[FoundOrganisation]:
        out = []
        for part in re.split(r"\s*/\s*", text):
            known = self.gazetteer.organisation(part)
            m = _PARENTHESISED_COUNTRY.match(part)
            if known is None and m and self.gazetteer.country(m.group(2)):
                known = self.gazetteer.organisation(m.group(1))
                if known and known.country not in ("", self.gazetteer.country(m.group(2)).iso3):
                    known = None
            elif known is None and m:  # "Food and Agriculture Organization (FAO)": the name and its acronym
                known = self.gazetteer.organisation(m.group(1)) or self.gazetteer.organisation(m.group(2))
            if known:
                out.append(FoundOrganisation(known.id, known.label, known.acronym, known.type, known.country))
            else:
                found = self._organisation_from_name(part)
                if found:
                    out.append(found)
        return out

    def _new_table_organisation(self, text: str) -> FoundOrganisation | None:
        label = text.strip()
        if not label or len(label.split()) > 12:
            return None
        country = ""
        for word in re.findall(r"[A-Z][\w'’.-]+", label):
            c = self.gazetteer.country(word)
            if c:
                country = c.iso3
                break
        org_id = slugify(label)
        self.found.setdefault(org_id, FoundOrganisation(org_id, label, "", "government" if country else "other", country))
        return self.found[org_id]


def _join_of_country(doc) -> list:
    """Entities, with 'Ministry of Labour of' + 'Nigeria' joined back into one organisation span.

    The gazetteer ruler claims the country before NER runs, which cuts such names in two.
    """
    from spacy.tokens import Span

    ents = list(doc.ents)
    out = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        if (ent.label_ == "ORG" and not ent.ent_id_ and nxt is not None and nxt.ent_id_.startswith("country:")
                and ent.end == nxt.start and _ends_in_preposition(ent)):
            out.append(Span(doc, ent.start, nxt.end, label="ORG"))
            out.append(nxt)
            i += 2
            continue
        out.append(ent)
        i += 1
    return out


def _ends_in_preposition(ent) -> bool:
    """Whether a name ends with a preposition, or a preposition and its article ("Ministry of Labour of",
    "Ministerio de Trabajo del", "Ministère du Travail de la"), by the parse."""
    last = ent[-1]
    return last.pos_ == "ADP" or (last.pos_ == "DET" and len(ent) > 1 and ent[-2].pos_ == "ADP")


def _names_a_person(doc) -> bool:
    """Whether most of a parsed cell is a person's name."""
    people = sum(len(e.text) for e in doc.ents if e.label_ in ("PERSON", "PER")) if doc is not None else 0
    return people * 2 >= len(doc.text.strip()) if doc is not None else False


def _modifies_a_noun(ent) -> bool:
    """Whether an organisation's name modifies a common plural noun after it ("UN agencies", "ILO partners"):
    others of its kind, not the organisation."""
    if ent.end >= len(ent.doc):
        return False
    after = ent.doc[ent.end]
    plural = after.pos_ == "NOUN" and "Plur" in after.morph.get("Number") and after.text.islower()
    return plural and any(t.head.i == after.i for t in ent)


_HEAD_FOLLOWERS = {"of", "for", "on", "against", "to", "de", "du", "des", "pour", "contre"}


def _head_type(key: str, heads: dict[str, str]) -> str | None:
    """The type suggested by the name's head word: its last word, or a word before 'of', 'for'..."""
    words = key.split()
    for i, word in enumerate(words):
        if word in heads and (i == len(words) - 1 or words[i + 1] in _HEAD_FOLLOWERS):
            return heads[word]
    return None


def _lead_to_initials(long_form: str, acronym: str) -> str:
    """Keep the head of long_form whose capitalised words spell the acronym ('' if none does)."""
    words = long_form.split()
    return next((" ".join(words[:end]) for end in range(len(words), 1, -1)
                 if _trim_to_initials(" ".join(words[:end]), acronym) == " ".join(words[:end])), "")


def _trim_to_initials(long_form: str, acronym: str) -> str:
    """Keep the tail of long_form whose capitalised words spell the acronym ('' if none does)."""
    words = long_form.split()
    letters = [c for c in acronym if c.isupper()]
    for start in range(len(words)):
        tail = words[start:]
        if tail[0].lower() in _FUNCTION_WORDS:
            continue
        initials = [w[0] for w in tail if w.lower() not in _FUNCTION_WORDS]
        if initials == letters or (len(initials) >= 2 and "".join(initials).upper() == "".join(letters)):
            return " ".join(tail)
    return ""


@extractor("entities", produces=("mention", "organisation"))
def entities(context: Context) -> Iterator[Mention | FoundOrganisation]:
    """Country and organisation mentions, and the organisations the gazetteer does not list."""
    finder = EntityFinder()
    yield from finder.mentions(context.document, context.analysis)
    yield from finder.found.values()
