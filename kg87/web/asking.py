"""The query page: each named question as a form, its answer as a table, and the SPARQL editor's examples.

A form's values are bound as SPARQL variables by the query worker, never pasted into the query text; an empty
field leaves its parameter out (every parameter is optional).
"""

from __future__ import annotations

from kg87.queries import NamedQuery, named_queries

from .corpus import Corpus
from .site import Site
from .views import NotFound

EXAMPLE = """PREFIX kg87: <https://w3id.org/kg87/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

# How many commitments each country made
SELECT ?country (COUNT(?commitment) AS ?commitments)
WHERE {
  ?commitment a kg87:Commitment ; kg87:actor ?actor .
  ?actor a kg87:Country ; rdfs:label ?country .
}
GROUP BY ?country
ORDER BY DESC(?commitments) ?country
"""


def questions_view(corpus: Corpus) -> dict:
    """The named questions with their parameters, each with the choices the build offers where it has them."""
    questions = sorted(named_queries().values(), key=lambda q: q.question)  # Q1, Q2, … as the files number them
    return {"questions": [_form(q, corpus) for q in questions], "example": EXAMPLE}


def _form(query: NamedQuery, corpus: Corpus, values: dict | None = None) -> dict:
    return {"name": query.name, "question": query.question, "text": query.text,
            "params": [{"name": name, "description": description, "value": (values or {}).get(name, ""),
                        "options": _choices(name, corpus)} for name, description in query.params.items()]}


def _choices(param: str, corpus: Corpus) -> list[tuple[str, str]]:
    """(value, label) choices for a parameter: countries by ISO3 code, themes by slug; [] for free text."""
    if param == "country":
        return [(c.iso3, c.label) for c in sorted(corpus.records.countries, key=lambda c: c.label)]
    if param == "theme":
        return list(corpus.themes.items())
    return []


def question_view(site: Site, name: str, params: dict) -> dict:
    """A named question answered with the parameters given (a country also by its name: Nepal, Viet Nam)."""
    query = named_queries().get(name)
    if query is None:
        raise NotFound(f"No named question {name!r}")
    corpus = site.corpus()
    bindings = {key: _resolve(key, value.strip()) for key, value in params.items()
                if key in query.params and value.strip()}
    return {"form": _form(query, corpus, bindings), "bindings": bindings, **site.ask(query.text, bindings)}


def _resolve(key: str, value: str) -> str:
    if key == "country":
        from kg87.model.gazetteer import load_gazetteer

        country = load_gazetteer().country(value)
        return country.iso3 if country else value.upper()
    return value
