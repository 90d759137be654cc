"""GraphML for Gephi and networkx: labels in the chosen language, readable statements, no SDG hub or negative weight."""

from __future__ import annotations

import random

import networkx as nx
import numpy as np
import pyoxigraph as ox
import pytest

from kg87.graph.store import read_triples
from kg87.graph.terms import KG87, SDG_TARGET_8_7
from kg87.publish.export import export
from kg87.publish.formats.graphml import graphml
from kg87.publish.formats.jsonld import Context
from kg87.similarity.networks import similarity_graph, write_graphml

NAMES = {"http://www.w3.org/2004/02/skos/core#prefLabel", "http://www.w3.org/2000/01/rdf-schema#label"}
HUB = str(SDG_TARGET_8_7)


@pytest.fixture(scope="module")
def triples(corpus_build):
    return read_triples(corpus_build[1])


@pytest.fixture(scope="module")
def exported(corpus_build, tmp_path_factory) -> nx.MultiDiGraph:
    """The corpus build's graph.graphml as `kg87 export` writes it, read by networkx."""
    to = tmp_path_factory.mktemp("graphml")
    export(corpus_build[1], to, formats=("graphml",), validate=False)
    return nx.read_graphml(to / "graph.graphml")


@pytest.fixture(scope="module")
def names(triples) -> dict[str, dict[str, set[str]]]:
    """Each resource's names (skos:prefLabel, rdfs:label) by language tag ("" untagged), read from the triples."""
    found: dict[str, dict[str, set[str]]] = {}
    for t in triples:
        if t.predicate.value in NAMES and isinstance(t.object, ox.Literal):
            found.setdefault(t.subject.value, {}).setdefault(t.object.language or "", set()).add(t.object.value)
    return found


def by_iri(graph: nx.Graph) -> dict[str, dict]:
    return {data["iri"]: data for _, data in graph.nodes(data=True)}


def parse(data: bytes) -> nx.MultiDiGraph:
    return nx.parse_graphml(data.decode("utf-8"))


def test_labels_are_english_in_an_english_export(exported, names):
    assert any("en" in tags and "fr" in tags for tags in names.values())  # the corpus has names in both
    nodes = by_iri(exported)
    for iri, tags in names.items():
        expected = tags.get("en") or tags.get("") or set().union(*tags.values())
        assert nodes[iri]["label"] in expected, (iri, nodes[iri]["label"], tags)
    french_only = {v for tags in names.values() for v in tags.get("fr", ())}
    french_only -= {v for tags in names.values() for tag in ("en", "") for v in tags.get(tag, ())}
    assert french_only
    for data in nodes.values():
        shown = {part for key, value in data.items() if isinstance(value, str) and not key.endswith("_fr")
                 for part in value.split(" | ")}
        assert not shown & french_only, data


def test_labels_follow_the_chosen_language(triples, names):
    nodes = by_iri(parse(graphml(triples, Context.shipped(), lang="fr")))
    for iri, tags in names.items():
        expected = tags.get("fr") or tags.get("") or set().union(*tags.values())
        assert nodes[iri]["label"] in expected, (iri, tags)
    assert any(nodes[iri]["label"] in tags["fr"] for iri, tags in names.items() if "fr" in tags)


def test_statements_are_labelled_by_actor_and_text(exported, triples, names):
    text = {t.subject.value: " ".join(t.object.value.split()) for t in triples if t.predicate.value == str(KG87.text)}
    actor = {t.subject.value: t.object.value for t in triples if t.predicate.value == str(KG87.actor)}
    nodes = by_iri(exported)
    statements = sorted(set(text) & set(actor))
    assert len(statements) > 100
    for iri in statements:
        label = nodes[iri]["label"]
        assert iri.rsplit("/", 1)[-1] not in label and "kgid:" not in label, label
        actor_names = {v for tag in ("en", "") for v in names.get(actor[iri], {}).get(tag, ())}
        parts = [(label[:i], label[i + 2:]) for i in range(len(label)) if label.startswith(": ", i)]
        assert any(any(n.startswith(who.removesuffix(" …")) for n in actor_names) and len(what) <= 60
                   and (what == text[iri] or what.endswith(" …") and text[iri].startswith(what[:-2]))
                   for who, what in parts), (label, actor_names, text[iri])


def test_the_sdg_hub_is_left_out_unless_asked(exported, triples):
    pointing = sum(isinstance(t.object, ox.NamedNode) and t.object.value == HUB for t in triples)
    assert pointing > 100  # every statement points at it
    assert HUB not in by_iri(exported) and exported.graph["leftOut"] == HUB
    with_hub = parse(graphml(triples, Context.shipped(), hub=True))
    hub = next(node for node, data in with_hub.nodes(data=True) if data["iri"] == HUB)
    assert with_hub.in_degree(hub) == pointing and "leftOut" not in with_hub.graph
    assert with_hub.number_of_edges() - exported.number_of_edges() == pointing


def test_renderings_are_byte_identical(triples):
    context = Context.shipped()
    shuffled = list(triples)
    random.Random(87).shuffle(shuffled)
    for options in ({}, {"hub": True, "lang": "fr"}):
        assert graphml(triples, context, **options) == graphml(shuffled, context, **options)


def test_the_built_similarity_network_has_no_negative_weight(corpus_build):
    network = nx.read_graphml(corpus_build[1] / "networks" / "similarity.graphml")
    assert network.number_of_edges() > 0 and "negativeEdgesLeftOut" in network.graph
    assert all(weight >= 0 for _, _, weight in network.edges(data="weight"))


def test_negative_similarities_are_left_out_unless_asked(corpus_build, tmp_path):
    statements = corpus_build[0].records.statements[:4]
    scores = np.array([[1.0, 0.4, -0.1, -0.3],
                       [0.4, 1.0, 0.0, -0.2],
                       [-0.1, 0.0, 1.0, -0.6],
                       [-0.3, -0.2, -0.6, 1.0]])
    actions = ["survey"] * 4
    kept = similarity_graph(statements, actions, scores, threshold=-0.5)
    assert sorted(kept.edges) == [(0, 1), (1, 2)] and kept.graph["negativeEdgesLeftOut"] == 3
    assert similarity_graph(statements, actions, scores, threshold=-0.5, negative=True).number_of_edges() == 5
    write_graphml(kept, tmp_path / "similarity.graphml")
    written = nx.read_graphml(tmp_path / "similarity.graphml")
    assert written.graph["negativeEdgesLeftOut"] == 3
    assert all(weight >= 0 for _, _, weight in written.edges(data="weight"))
