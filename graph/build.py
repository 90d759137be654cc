"""The RDF graph, built with rdflib from the records into a persistent Oxigraph store.

IRIs are derived from stable keys (ISO codes, organisation slugs, statement ids, document
hashes), so rebuilding the same input yields the same graph. The graph also holds the
ontology, the SKOS theme and action schemes and the classes of the registered statement
types, so it describes itself. Statements are written from their type's declaration
(:mod:`kg87.model.types`): its class, its actor property and its fields.
"""

from __future__ import annotations

import gc

from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator

from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import DCTERMS, FOAF, PROV, SKOS

from kg87.model.gazetteer import slugify
from kg87.model.records import Records, Statement
from kg87.model.types import Field, statement_type, statement_types

from .terms import (EU_COUNTRY, ID, KG87, PREFIXES, SCHEMA, SDG_TARGET_8_7, action_iri, actor_iri, country_iri, document_iri,
                    organisation_iri, statement_iri, theme_iri)

Triple = tuple


def ontology_graph() -> Graph:
    """The shipped ontology (Turtle) as an rdflib graph, blank nodes labelled canonically (stable)."""
    from rdflib.compare import to_canonical_graph

    graph = Graph()
    graph.parse(data=resources.files("kg87.graph").joinpath("ontology.ttl").read_text(encoding="utf-8"),
                format="turtle")
    return to_canonical_graph(graph)


def theme_triples() -> Iterator[Triple]:
    """The theme scheme as SKOS, generated from the same data file the extractor uses."""
    from kg87.model.vocabularies import load_themes

    yield from _scheme_triples(ID["theme"], "Target 8.7 themes", (
        (theme_iri(t.slug), t.slug, t.label, t.label_fr, t.definition) for t in load_themes()))


def action_triples() -> Iterator[Triple]:
    """The action-type scheme as SKOS, generated from the data file duplicate detection uses."""
    from kg87.model.vocabularies import load_actions

    yield from _scheme_triples(ID["action"], "Target 8.7 action types", (
        (action_iri(a.slug), a.slug, a.label, a.label_fr, a.definition) for a in load_actions()))


def _scheme_triples(scheme: URIRef, label: str, concepts: Iterable[tuple[URIRef, str, str, str, str]]
                    ) -> Iterator[Triple]:
    """A flat SKOS concept scheme about SDG 8.7 from (IRI, slug, English label, French label, definition)."""
    yield scheme, RDF.type, SKOS.ConceptScheme
    yield scheme, SKOS.prefLabel, Literal(label, lang="en")
    yield scheme, DCTERMS.subject, SDG_TARGET_8_7
    for concept, slug, label_en, label_fr, definition in concepts:
        yield concept, RDF.type, SKOS.Concept
        yield concept, SKOS.inScheme, scheme
        yield concept, SKOS.topConceptOf, scheme
        yield scheme, SKOS.hasTopConcept, concept
        yield concept, SKOS.notation, Literal(slug)
        yield concept, SKOS.prefLabel, Literal(label_en, lang="en")
        if label_fr:
            yield concept, SKOS.prefLabel, Literal(label_fr, lang="fr")
        yield concept, SKOS.definition, Literal(definition, lang="en")
        yield concept, SKOS.related, SDG_TARGET_8_7


def type_triples() -> Iterator[Triple]:
    """Each registered statement type's class, a kg87:Statement (the ontology describes the built-in ones)."""
    for st in statement_types():
        yield KG87[st.rdf_class], RDF.type, OWL.Class
        yield KG87[st.rdf_class], RDFS.subClassOf, KG87.Statement
        yield KG87[st.rdf_class], RDFS.label, Literal(st.rdf_class, lang="en")


def record_triples(records: Records) -> Iterator[Triple]:
    """Triples for every record: documents, countries, organisations, statements with provenance, events."""
    sha_by_name = {d.name: d.sha256 for d in records.documents}
    for doc in records.documents:
        yield from _document_triples(doc)
    for c in records.countries:
        yield from _country_triples(c)
    for o in records.organisations:
        yield from _organisation_triples(o)
    for s in records.statements:
        yield from statement_triples(s, sha_by_name)
    for e in records.events:
        node = ID[f"event/{slugify(e.label)}"]
        yield node, RDF.type, KG87.Event
        yield node, RDFS.label, Literal(e.label)
        if e.start_date:
            datatype = XSD.date if len(e.start_date) == 10 else XSD.gYearMonth
            yield node, KG87.startDate, Literal(e.start_date, datatype=datatype)
        if e.location:
            yield node, SCHEMA.location, Literal(e.location)
        yield node, PROV.wasDerivedFrom, document_iri(sha_by_name[e.provenance.document])


def _document_triples(doc) -> Iterator[Triple]:
    d = document_iri(doc.sha256)
    yield d, RDF.type, KG87.Document
    yield d, RDF.type, FOAF.Document
    yield d, RDF.type, SCHEMA.DigitalDocument
    yield d, DCTERMS.identifier, Literal(f"sha256:{doc.sha256}")
    if doc.language:
        yield d, DCTERMS.language, Literal(doc.language, datatype=XSD.language)
    yield d, SCHEMA.name, Literal(doc.name)
    yield d, DCTERMS.title, Literal(doc.title)
    yield d, KG87.sha256, Literal(doc.sha256)
    yield d, KG87.pageCount, Literal(doc.pages, datatype=XSD.nonNegativeInteger)
    for iso3 in doc.countries:
        yield d, KG87.mentions, country_iri(iso3)
    for org_id in doc.organisations:
        yield d, KG87.mentions, organisation_iri(org_id)


def _country_triples(c) -> Iterator[Triple]:
    s = country_iri(c.iso3)
    yield s, RDF.type, KG87.Country
    yield s, RDFS.label, Literal(c.label)
    yield s, SKOS.prefLabel, Literal(c.label, lang="en")
    yield s, KG87.iso3, Literal(c.iso3)
    if c.iso2:
        yield s, KG87.iso2, Literal(c.iso2)
    if c.m49:
        yield s, KG87.m49, Literal(c.m49)
    yield s, SKOS.exactMatch, URIRef(EU_COUNTRY + c.iso3)  # the authority table portals join ISO 3166 codes on
    yield s, KG87.mentionCount, Literal(c.mentions, datatype=XSD.nonNegativeInteger)
    for prop, value in ((KG87.pathfinderInterest, c.pathfinder_interest), (KG87.workshopHeld, c.workshop_held),
                        (KG87.workshopScheduled, c.workshop_scheduled)):
        if value is not None:
            yield s, prop, Literal(value)


def _organisation_triples(o) -> Iterator[Triple]:
    s = organisation_iri(o.id)
    yield s, RDF.type, KG87.Organisation
    yield s, RDFS.label, Literal(o.label)
    yield s, SKOS.prefLabel, Literal(o.label, lang="en")
    if o.acronym:
        yield s, KG87.acronym, Literal(o.acronym)
    yield s, KG87.organisationType, ID[f"organisation-type/{o.type}"]
    if o.country:
        yield s, KG87.country, country_iri(o.country)
    yield s, KG87.mentionCount, Literal(o.mentions, datatype=XSD.nonNegativeInteger)


def statement_triples(s: Statement, sha_by_name: dict[str, str]) -> Iterator[Triple]:
    """A statement as its type declares it: class, actor, fields, then text, themes and provenance."""
    st = statement_type(s.type)
    node, actor = statement_iri(s.id), actor_iri(s.actor)
    yield node, RDF.type, KG87[st.rdf_class]
    yield node, KG87.actor, actor
    if st.actor_property:
        yield node, KG87[st.actor_property], actor
    if s.actor.type == "group":
        yield actor, RDF.type, KG87.Group
    if s.actor.type not in ("country", "organisation"):
        yield actor, RDFS.label, Literal(s.actor.label)
    for f in st.fields:
        value = s.attributes.get(f.name)
        if f.rdf_property and value not in (None, ""):
            yield from _field_triples(node, f, value)
    yield from _provenance_triples(node, s, sha_by_name)


def _field_triples(node: URIRef, f: Field, value) -> Iterator[Triple]:
    """One field's value as its declaration says: a literal, a year, a concept or a labelled resource."""
    prop = KG87[f.rdf_property]
    kind, _, rest = f.rdf_value.partition(":")
    if kind == "gYear":
        yield node, prop, Literal(str(value), datatype=XSD.gYear)
    elif kind == "concept":
        yield node, prop, ID[f"{rest}/{value}"]
    elif kind == "node":
        path, _, cls = rest.partition(":")
        target = ID[f"{path}/{slugify(str(value))}"]
        yield node, prop, target
        yield target, RDF.type, KG87[cls]
        yield target, RDFS.label, Literal(str(value))
    else:
        yield node, prop, Literal(value)


def _provenance_triples(s: URIRef, statement: Statement, sha_by_name: dict[str, str]) -> Iterator[Triple]:
    """Text, SDG 8.7, themes, confidence, rule and the excerpt (document, page, quote, box) of a statement."""
    where = statement.provenance
    excerpt = ID[f"excerpt/{statement.id}"]
    yield s, KG87.text, Literal(statement.text)
    yield s, DCTERMS.subject, SDG_TARGET_8_7
    for slug in statement.themes:
        yield s, KG87.theme, theme_iri(slug)
    yield s, KG87.confidence, Literal(round(where.confidence, 3), datatype=XSD.decimal)
    yield s, KG87.extractionRule, Literal(where.rule)
    yield s, KG87.excerpt, excerpt
    yield excerpt, RDF.type, KG87.Excerpt
    yield excerpt, KG87.document, document_iri(sha_by_name[where.document])
    yield excerpt, KG87.pageNumber, Literal(where.page, datatype=XSD.positiveInteger)
    if where.page_label:
        yield excerpt, KG87.pageLabel, Literal(where.page_label)
    yield excerpt, KG87.quote, Literal(where.quote)
    yield excerpt, KG87.bbox, Literal(" ".join(f"{v:g}" for v in where.bbox))


def duplicate_triples(records: Records) -> Iterator[Triple]:
    """Duplicate clusters: each links its members, each membership carries the member's similarity."""
    for cluster in records.duplicates:
        c = ID[f"duplicate-cluster/{cluster.id}"]
        yield c, RDF.type, KG87.DuplicateCluster
        yield c, RDFS.label, Literal(cluster.label)
        yield c, KG87.centralStatement, statement_iri(cluster.members[0].statement_id)
        if cluster.action:
            yield c, KG87.actionType, action_iri(cluster.action)
        for slug in cluster.themes:
            yield c, KG87.theme, theme_iri(slug)
        for m in cluster.members:
            membership = ID[f"duplicate-cluster/{cluster.id}/{m.statement_id}"]
            yield c, KG87.member, statement_iri(m.statement_id)
            yield c, KG87.membership, membership
            yield membership, RDF.type, KG87.ClusterMembership
            yield membership, KG87.member, statement_iri(m.statement_id)
            yield membership, KG87.similarity, Literal(f"{m.similarity:.4f}", datatype=XSD.decimal)
        yield c, KG87.relation, Literal(cluster.relation)
        for term in cluster.shared_terms:
            yield c, KG87.sharedTerm, Literal(term)
    yield from review_triples(records)


def review_triples(records: Records) -> Iterator[Triple]:
    """A reviewer's decisions on pairs of initiatives, with who decided and when."""
    for review in records.reviews:
        node = ID[f"duplicate-review/{review.first}/{review.second}"]
        yield node, RDF.type, KG87.DuplicateReview
        yield node, KG87.reviewedStatement, statement_iri(review.first)
        yield node, KG87.reviewedStatement, statement_iri(review.second)
        yield node, KG87.isDuplicate, Literal(review.duplicate)
        yield node, DCTERMS.creator, Literal(review.reviewer)
        yield node, DCTERMS.date, Literal(review.decided, datatype=XSD.dateTime)


def build_graph(records: Records, store_path: Path) -> int:
    """Write the whole graph into a new Oxigraph store at ``store_path``; return its triple count."""
    import pyoxigraph as ox
    from oxrdflib import OxigraphStore

    store = ox.Store(str(store_path))
    graph = Graph(store=OxigraphStore(store=store), identifier=DATASET_DEFAULT_GRAPH_ID)
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    graph.addN((s, p, o, graph) for s, p, o in ontology_graph())
    graph.addN((s, p, o, graph) for s, p, o in theme_triples())
    graph.addN((s, p, o, graph) for s, p, o in action_triples())
    graph.addN((s, p, o, graph) for s, p, o in type_triples())
    graph.addN((s, p, o, graph) for s, p, o in record_triples(records))
    graph.addN((s, p, o, graph) for s, p, o in duplicate_triples(records))
    count = len(graph)
    store.flush()
    del graph, store
    gc.collect()  # rdflib's graph holds the store in reference cycles: close it now, before the build is sealed
    return count
