"""The RDF graph, built with rdflib from the records into a persistent Oxigraph store.

IRIs are derived from stable keys (ISO codes, organisation slugs, statement ids, document
hashes), so rebuilding the same input yields the same graph. The graph also holds the
ontology and the SKOS theme scheme, so it describes itself.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

from kg87.extract.gazetteer import slugify
from kg87.records import Records

KG87 = Namespace("https://w3id.org/kg87/ontology#")
ID = Namespace("https://w3id.org/kg87/id/")
SCHEMA = Namespace("https://schema.org/")
SDG_TARGET_8_7 = URIRef("http://metadata.un.org/sdg/8.7")
PREFIXES = {"kg87": KG87, "kgid": ID, "skos": SKOS, "dct": DCTERMS, "prov": PROV, "schema": SCHEMA,
            "rdfs": RDFS, "xsd": XSD, "owl": OWL}

Triple = tuple


def country_iri(iso3: str) -> URIRef:
    return ID[f"country/{iso3}"]


def organisation_iri(org_id: str) -> URIRef:
    return ID[f"organisation/{org_id}"]


def document_iri(sha256: str) -> URIRef:
    return ID[f"document/{sha256[:16]}"]


def theme_iri(slug: str) -> URIRef:
    return ID[f"theme/{slug}"]


def action_iri(slug: str) -> URIRef:
    return ID[f"action/{slug}"]


def group_iri(label: str) -> URIRef:
    return ID[f"group/{slugify(label)}"]


def actor_iri(actor_type: str, actor_id: str) -> URIRef:
    return country_iri(actor_id) if actor_type == "country" else organisation_iri(actor_id)


def ontology_graph() -> Graph:
    """The shipped ontology (Turtle) as an rdflib graph, blank nodes labelled canonically (stable)."""
    from rdflib.compare import to_canonical_graph

    graph = Graph()
    graph.parse(data=resources.files("kg87.graph").joinpath("ontology.ttl").read_text(encoding="utf-8"),
                format="turtle")
    return to_canonical_graph(graph)


def theme_triples() -> Iterator[Triple]:
    """The theme scheme as SKOS, generated from the same data file the extractor uses."""
    from kg87.extract.themes import load_themes

    yield from _scheme_triples(ID["theme"], "Target 8.7 themes", (
        (theme_iri(t.slug), t.slug, t.label, t.label_fr, t.definition) for t in load_themes()))


def action_triples() -> Iterator[Triple]:
    """The action-type scheme as SKOS, generated from the data file duplicate detection uses."""
    from kg87.extract.actions import load_actions

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


def record_triples(records: Records) -> Iterator[Triple]:
    """Triples for every record: documents, countries, organisations, commitments with provenance."""
    for doc in records.documents:
        d = document_iri(doc.sha256)
        yield d, RDF.type, KG87.Document
        yield d, SCHEMA.name, Literal(doc.name)
        yield d, DCTERMS.title, Literal(doc.title)
        yield d, KG87.sha256, Literal(doc.sha256)
        yield d, KG87.pageCount, Literal(doc.pages, datatype=XSD.nonNegativeInteger)
        for iso3 in doc.countries:
            yield d, KG87.mentions, country_iri(iso3)
        for org_id in doc.organisations:
            yield d, KG87.mentions, organisation_iri(org_id)
    for c in records.countries:
        s = country_iri(c.iso3)
        yield s, RDF.type, KG87.Country
        yield s, RDFS.label, Literal(c.label)
        yield s, SKOS.prefLabel, Literal(c.label, lang="en")
        yield s, KG87.iso3, Literal(c.iso3)
        if c.iso2:
            yield s, KG87.iso2, Literal(c.iso2)
        if c.m49:
            yield s, KG87.m49, Literal(c.m49)
        yield s, KG87.mentionCount, Literal(c.mentions, datatype=XSD.nonNegativeInteger)
        for prop, value in ((KG87.pathfinderInterest, c.pathfinder_interest), (KG87.workshopHeld, c.workshop_held),
                            (KG87.workshopScheduled, c.workshop_scheduled)):
            if value is not None:
                yield s, prop, Literal(value)
    for o in records.organisations:
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
    sha_by_name = {d.name: d.sha256 for d in records.documents}
    for p in records.proposals:
        s = statement_iri(p.id)
        group = group_iri(p.proposer_label)
        yield s, RDF.type, KG87.Proposal
        yield s, KG87.proposer, group
        yield s, KG87.actor, group
        yield group, RDF.type, KG87.Group
        yield group, RDFS.label, Literal(p.proposer_label)
        yield from _statement_triples(s, p, sha_by_name)
    for i in records.interventions:
        s = statement_iri(i.id)
        kind, _, ident = i.speaker_id.partition(":")
        speaker = actor_iri(kind, ident) if kind in ("country", "organisation") else ID[f"role/{slugify(ident)}"]
        event = ID[f"event/{slugify(i.meeting)}"]
        yield s, RDF.type, KG87.Intervention
        yield s, KG87.speaker, speaker
        yield s, KG87.actor, speaker
        if kind not in ("country", "organisation"):
            yield speaker, RDFS.label, Literal(i.speaker_label)
        yield s, KG87.atEvent, event
        yield event, RDF.type, KG87.Event
        yield event, RDFS.label, Literal(i.meeting)
        yield from _statement_triples(s, i, sha_by_name)
    for e in records.events:
        s = ID[f"event/{slugify(e.label)}"]
        yield s, RDF.type, KG87.Event
        yield s, RDFS.label, Literal(e.label)
        if e.start_date:
            datatype = XSD.date if len(e.start_date) == 10 else XSD.gYearMonth
            yield s, KG87.startDate, Literal(e.start_date, datatype=datatype)
        if e.location:
            yield s, SCHEMA.location, Literal(e.location)
        yield s, PROV.wasDerivedFrom, document_iri(sha_by_name[e.document])
    for c in records.commitments:
        s = statement_iri(c.id)
        yield s, RDF.type, KG87.Commitment
        yield s, KG87.actor, actor_iri(c.actor_type, c.actor_id)
        yield s, KG87.kind, ID[f"commitment-kind/{c.kind}"]
        if c.target_year:
            yield s, KG87.targetYear, Literal(str(c.target_year), datatype=XSD.gYear)
        yield from _statement_triples(s, c, sha_by_name)


def _statement_triples(s: URIRef, row, sha_by_name: dict[str, str]) -> Iterator[Triple]:
    """Text, SDG 8.7, themes, confidence, rule and the excerpt (document, page, quote, box) of a statement."""
    excerpt = ID[f"excerpt/{row.id}"]
    yield s, KG87.text, Literal(row.text)
    yield s, DCTERMS.subject, SDG_TARGET_8_7
    for slug in row.themes:
        yield s, KG87.theme, theme_iri(slug)
    yield s, KG87.confidence, Literal(round(row.confidence, 3), datatype=XSD.decimal)
    yield s, KG87.extractionRule, Literal(row.rule)
    yield s, KG87.excerpt, excerpt
    yield excerpt, RDF.type, KG87.Excerpt
    yield excerpt, KG87.document, document_iri(sha_by_name[row.document])
    yield excerpt, KG87.pageNumber, Literal(row.page, datatype=XSD.positiveInteger)
    yield excerpt, KG87.quote, Literal(row.quote)
    yield excerpt, KG87.bbox, Literal(" ".join(f"{v:g}" for v in row.bbox))


def statement_iri(statement_id: str) -> URIRef:
    """The IRI of a commitment (c-…), proposal (p-…) or intervention (i-…) by its id."""
    kinds = {"c": "commitment", "p": "proposal", "i": "intervention"}
    return ID[f"{kinds[statement_id[0]]}/{statement_id}"]


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
    graph.addN((s, p, o, graph) for s, p, o in record_triples(records))
    graph.addN((s, p, o, graph) for s, p, o in duplicate_triples(records))
    count = len(graph)
    store.flush()
    del graph, store
    return count
