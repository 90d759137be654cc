"""What a data portal needs beside the data: a DCAT description of the export, and the build's PROV-O activity.

``dataset.ttl`` describes the export as one ``dcat:Dataset``: title, description, publisher, licence
(the extracted data's; the source documents keep their own rights, said in ``dct:rights``), theme
(the SDG 8.7 KOS IRI), spatial coverage (the countries, as EU authority IRIs of ISO 3166-1
alpha-3 codes), temporal coverage (the events' dates), issue date and version (the build), its
source documents, and one ``dcat:Distribution`` per exported file with media type, byte size and
SHA-256 checksum (SPDX). The build itself is a ``prov:Activity`` (start, end, the kg87 version as
its ``prov:SoftwareAgent``) that every statement of the RDF exports ``prov:wasGeneratedBy``.
Everything comes from the build, never from the clock, so an export of the same build is the
same bytes. Blank nodes are avoided (checksums and periods get IRIs of their own) for the same reason.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from importlib import metadata
from pathlib import Path

import pyoxigraph as ox

from kg87.graph.terms import EU_COUNTRY, ID, KG87, document_iri, statement_iri

DCAT = "http://www.w3.org/ns/dcat#"
DCT = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"
FOAF = "http://xmlns.com/foaf/0.1/"
SPDX = "http://spdx.org/rdf/terms#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
XSD = "http://www.w3.org/2001/XMLSchema#"
SDG_8_7 = "http://metadata.un.org/sdg/8.7"
MEDIA_TYPES = {".ttl": "text/turtle", ".nt": "application/n-triples", ".jsonld": "application/ld+json",
               ".graphml": "application/graphml+xml", ".csv": "text/csv", ".json": "application/json",
               ".md": "text/markdown"}
LICENCES = {"CC-BY-4.0": "https://creativecommons.org/licenses/by/4.0/",
            "CC0-1.0": "https://creativecommons.org/publicdomain/zero/1.0/",
            "CC-BY-SA-4.0": "https://creativecommons.org/licenses/by-sa/4.0/",
            "ODbL-1.0": "https://opendatacommons.org/licenses/odbl/1-0/"}
DEFAULT_LICENCE = "CC-BY-4.0"
SOURCE_RIGHTS = ("The statements are extracted from the source documents listed as dct:source; those documents "
                 "keep their own rights and terms of use, which this licence does not change.")


def licence_iri(licence: str) -> str:
    """The IRI of a licence given as an SPDX id (CC-BY-4.0, CC0-1.0, …) or as an IRI; ValueError otherwise."""
    if licence in LICENCES:
        return LICENCES[licence]
    if licence.startswith(("http://", "https://")):
        return licence
    raise ValueError(f"unknown licence {licence!r}: give an http(s) IRI or one of {', '.join(LICENCES)}")


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _typed(value, datatype: str) -> ox.Literal:
    return ox.Literal(str(value), datatype=_n(XSD + datatype))


def activity_iri(records: dict, build: dict) -> ox.NamedNode:
    """The build as a resource, named by what it did (its documents, extractor and kg87 version), so a rebuild of
    the same documents by the same code is the same activity and the graph files stay the same bytes."""
    key = "\n".join([*sorted(d["sha256"] for d in records["documents"]), build.get("extractor", ""),
                     metadata.version("kg87")])
    return _n(f"{ID}build/{hashlib.sha256(key.encode()).hexdigest()[:16]}")


def provenance_triples(records: dict, build: dict) -> list[ox.Triple]:
    """The build activity, the software that ran it, the documents it used, and every statement
    prov:wasGeneratedBy it (when it ran is in the dataset description)."""
    activity, version = activity_iri(records, build), metadata.version("kg87")
    agent = _n(f"{ID}software/kg87/{version}")
    triples = [
        ox.Triple(activity, RDF_TYPE, _n(PROV + "Activity")),
        ox.Triple(activity, RDF_TYPE, _n(str(KG87) + "Build")),
        ox.Triple(activity, _n(PROV + "wasAssociatedWith"), agent),
        ox.Triple(agent, RDF_TYPE, _n(PROV + "SoftwareAgent")),
        ox.Triple(agent, RDFS_LABEL, ox.Literal(f"kg87 {version}")),
        ox.Triple(agent, _n("http://www.w3.org/2002/07/owl#versionInfo"), ox.Literal(version)),
    ]
    triples += [ox.Triple(activity, _n(PROV + "used"), _n(str(document_iri(d["sha256"]))))
                for d in records["documents"]]
    generated = _n(PROV + "wasGeneratedBy")
    triples += [ox.Triple(_n(str(statement_iri(s["id"]))), generated, activity) for s in records["statements"]]
    return triples


def _run_times(activity: ox.NamedNode, build: dict, build_id: str) -> list[ox.Triple]:
    """When this build ran, and its folder's id: facts of the build, not of its content."""
    ended = datetime.fromisoformat(build["finished"].replace("Z", "+00:00"))
    started = ended - timedelta(seconds=round(float(build.get("seconds", 0))))
    return [ox.Triple(activity, _n(PROV + "startedAtTime"), _typed(_stamp(started), "dateTime")),
            ox.Triple(activity, _n(PROV + "endedAtTime"), _typed(_stamp(ended), "dateTime")),
            ox.Triple(activity, _n(DCT + "identifier"), ox.Literal(build_id))]


def _stamp(moment: datetime) -> str:
    return moment.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def dataset_description(records: dict, build: dict, build_id: str, files: list, licence: str,
                        publisher: str) -> list[ox.Triple]:
    """The DCAT description of an export: the dataset, its publisher and one distribution per file."""
    digest = hashlib.sha256("\n".join(sorted(d["sha256"] for d in records["documents"])).encode()).hexdigest()
    dataset = _n(f"https://w3id.org/kg87/dataset/{digest[:16]}")
    activity = activity_iri(records, build)
    triples = _run_times(activity, build, build_id) + _dataset_triples(dataset, records, build, build_id, licence,
                                                                        publisher)
    triples.append(ox.Triple(dataset, _n(PROV + "wasGeneratedBy"), activity))
    for file in files:
        triples += _distribution(dataset, file)
    return sorted(triples, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))


def _dataset_triples(dataset: ox.NamedNode, records: dict, build: dict, build_id: str, licence: str,
                     publisher: str) -> list[ox.Triple]:
    agent = _n(f"{dataset.value}/publisher")
    issued = _typed(build["finished"], "dateTime")
    documents = sorted(records["documents"], key=lambda d: d["name"])
    triples = [
        ox.Triple(dataset, RDF_TYPE, _n(DCAT + "Dataset")),
        ox.Triple(dataset, _n(DCT + "title"), ox.Literal("Alliance 8.7 commitments, proposals and interventions "
                                                         "(kg87 knowledge graph)", language="en")),
        ox.Triple(dataset, _n(DCT + "description"), ox.Literal(
            f"Who committed to what, on which theme, by when, and where it says so: statements extracted from "
            f"{len(documents)} Alliance 8.7 document(s) on SDG target 8.7 (child labour, forced labour, human "
            f"trafficking, modern slavery), each with its source page and quote.", language="en")),
        ox.Triple(dataset, _n(DCT + "publisher"), agent),
        ox.Triple(agent, RDF_TYPE, _n(FOAF + "Agent")),
        ox.Triple(agent, _n(FOAF + "name"), ox.Literal(publisher)),
        ox.Triple(dataset, _n(DCT + "license"), _n(licence_iri(licence))),
        ox.Triple(dataset, _n(DCT + "rights"), ox.Literal(SOURCE_RIGHTS, language="en")),
        ox.Triple(dataset, _n(DCAT + "theme"), _n(SDG_8_7)),
        ox.Triple(dataset, _n(DCT + "issued"), issued),
        ox.Triple(dataset, _n(DCT + "modified"), issued),
        ox.Triple(dataset, _n(DCAT + "version"), ox.Literal(build_id)),
        ox.Triple(dataset, _n(DCT + "identifier"), ox.Literal(dataset.value)),
    ]
    triples += [ox.Triple(dataset, _n(DCT + "source"), _n(str(document_iri(d["sha256"])))) for d in documents]
    triples += [ox.Triple(dataset, _n(DCT + "spatial"), _n(EU_COUNTRY + c["iso3"])) for c in records["countries"]]
    return triples + _temporal(dataset, records)


def _temporal(dataset: ox.NamedNode, records: dict) -> list[ox.Triple]:
    """The period the reported events span (their dates, as precise as the text gave them)."""
    dates = sorted(e["start_date"] for e in records.get("events", []) if e.get("start_date"))
    if not dates:
        return []
    period = _n(f"{dataset.value}/temporal")
    kind = {10: "date", 7: "gYearMonth", 4: "gYear"}
    return [ox.Triple(dataset, _n(DCT + "temporal"), period),
            ox.Triple(period, RDF_TYPE, _n(DCT + "PeriodOfTime")),
            ox.Triple(period, _n(DCAT + "startDate"), _typed(dates[0], kind.get(len(dates[0]), "string"))),
            ox.Triple(period, _n(DCAT + "endDate"), _typed(dates[-1], kind.get(len(dates[-1]), "string")))]


def _distribution(dataset: ox.NamedNode, file) -> list[ox.Triple]:
    """One exported file as a dcat:Distribution: title, media type, byte size and SPDX SHA-256 checksum."""
    node = _n(f"{dataset.value}/distribution/{file.path}")
    checksum = _n(f"{node.value}#sha256")
    return [
        ox.Triple(dataset, _n(DCAT + "distribution"), node),
        ox.Triple(node, RDF_TYPE, _n(DCAT + "Distribution")),
        ox.Triple(node, _n(DCT + "title"), ox.Literal(file.path)),
        ox.Triple(node, _n(DCAT + "mediaType"),
                  _n("http://www.iana.org/assignments/media-types/" + MEDIA_TYPES[Path(file.path).suffix])),
        ox.Triple(node, _n(DCAT + "byteSize"), _typed(file.size, "nonNegativeInteger")),
        ox.Triple(node, _n(SPDX + "checksum"), checksum),
        ox.Triple(checksum, RDF_TYPE, _n(SPDX + "Checksum")),
        ox.Triple(checksum, _n(SPDX + "algorithm"), _n(SPDX + "checksumAlgorithm_sha256")),
        ox.Triple(checksum, _n(SPDX + "checksumValue"), _typed(file.sha256, "hexBinary")),
    ]
