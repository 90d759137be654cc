"""Namespaces and IRIs: every resource of the graph gets its IRI here, from a stable key."""

from __future__ import annotations

from rdflib import Namespace, URIRef

from kg87.model.gazetteer import slugify
from kg87.model.records import Actor
from kg87.model.types import type_of_id

from .store import PREFIX_IRIS

KG87 = Namespace(PREFIX_IRIS["kg87"])
ID = Namespace(PREFIX_IRIS["kgid"])
SCHEMA = Namespace(PREFIX_IRIS["schema"])
SDG_TARGET_8_7 = URIRef("http://metadata.un.org/sdg/8.7")
# The EU Publications Office's country authority table, keyed by ISO 3166-1 alpha-3: what DCAT-AP portals use
# for dct:spatial and join country codes on.
EU_COUNTRY = "http://publications.europa.eu/resource/authority/country/"
PREFIXES = {name: Namespace(iri) for name, iri in PREFIX_IRIS.items()}  # one list, kept in the rdflib-free store

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


def statement_iri(statement_id: str) -> URIRef:
    """The IRI of a statement by its id (c-… a commitment, p-… a proposal, i-… an intervention, …)."""
    return ID[f"{type_of_id(statement_id).name}/{statement_id}"]


def actor_iri(actor: Actor) -> URIRef:
    """The resource a statement's actor is: a country, an organisation, a group or a meeting role."""
    if actor.type == "country":
        return country_iri(actor.id)
    if actor.type == "organisation":
        return organisation_iri(actor.id)
    if actor.type == "group":
        return ID[f"group/{actor.id}"]
    return ID[f"{actor.type}/{slugify(actor.id)}"]
