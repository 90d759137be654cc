"""Action types of initiatives and how duplicate detection uses them."""

from __future__ import annotations

import json
from dataclasses import replace
from itertools import combinations
from pathlib import Path

import numpy as np
import pytest

from kg87.evaluate.initiatives import held_out_set, pairwise
from kg87.model.records import Actor, Provenance, Records, Statement
from kg87.model.vocabularies import load_actions
from kg87.similarity.actions import keyword_counts, primary_actions, type_scores
from kg87.similarity.duplicates import (DEFAULT_SETTINGS, ScoredInitiatives, find_duplicates, score_initiatives,
                                        score_model)
from kg87.similarity.embeddings import Embeddings
from kg87.model.records import ActionParts
from kg87.similarity.embeddings import embed_statements, read_embeddings

HELD_OUT = Path(__file__).parent / "data" / "heldout" / "initiatives.json"

SLUGS = [a.slug for a in load_actions()]


def _types(texts: list[str]) -> list[list[str]]:
    counts = keyword_counts(texts)
    return [[SLUGS[j] for j in np.flatnonzero(row)] for row in counts]


def test_the_scheme_has_labels_definitions_and_keywords_in_english_and_french():
    actions = load_actions()
    assert len({a.slug for a in actions}) == len(actions) >= 15
    assert all(a.label and a.label_fr and a.definition and a.keywords for a in actions)
    assert any(a.generic for a in actions) and any(not a.generic for a in actions)


@pytest.mark.parametrize("text, expected", [
    ("Strengthen the labour inspectorate in the informal economy", "labour-inspection"),
    ("Renforcer l'inspection du travail dans l'économie informelle", "labour-inspection"),
    ("Conduct a national child labour survey", "data-research"),
    ("Mener une enquête nationale sur le travail des enfants", "data-research"),
    ("Ratify the Protocol of 2014 to the Forced Labour Convention", "international-standards"),
    ("Sensibiliser les communautés aux dangers de la traite", "awareness"),
])
def test_keywords_find_the_action_in_either_language(text, expected):
    assert expected in _types([text])[0]


def test_a_statement_without_action_keywords_has_no_action_type():
    vectors = np.eye(len(SLUGS), dtype=np.float32)[:1]
    definitions = np.eye(len(SLUGS), dtype=np.float32)
    text = ["Meetings will be held every three months"]
    assert primary_actions(text, type_scores(text, vectors, definitions)) == [""]


def test_the_definition_embedding_breaks_a_keyword_tie():
    text = "Training on labour inspection"  # one keyword of labour inspection, one of capacity building
    assert set(_types([text])[0]) == {"labour-inspection", "capacity-building"}
    definitions = np.eye(len(SLUGS), dtype=np.float32)
    for winner in ("labour-inspection", "capacity-building"):
        vector = definitions[SLUGS.index(winner)][None, :]
        assert primary_actions([text], type_scores([text], vector, definitions)) == [winner]


def _statement(ident: str, actor: str, quote: str, actor_type: str = "country") -> Statement:
    return Statement(ident, "commitment", Actor(actor_type, actor.lower(), actor), quote, [],
                     Provenance("doc.pdf", 1, quote), {"kind": "priority"})


def _scored(statements: list[Statement], vectors: np.ndarray, scores: np.ndarray) -> ScoredInitiatives:
    return ScoredInitiatives(statements, ["labour-inspection"] * len(statements), vectors, scores)


def test_a_joint_statement_is_one_member_with_its_co_actors():
    statements = [_statement("c-1", "ILO", "Joint survey", "organisation"),
                  _statement("c-2", "UNICEF", "Joint survey", "organisation"),
                  _statement("c-3", "IOM", "Another survey", "organisation")]
    vectors = np.array([[1, 0, 0], [1, 0, 0], [0.9, 0.1, 0]], dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    scores = np.ones((3, 3), dtype=np.float32)  # every pair overlaps
    [cluster] = find_duplicates(_scored(statements, vectors, scores))
    assert sorted(m.statement_id for m in cluster.members) == ["c-1", "c-3"]
    joint = next(m for m in cluster.members if m.statement_id == "c-1")
    assert joint.co_actors == ["UNICEF"] and cluster.action == "labour-inspection"


def test_a_joint_statement_alone_is_no_cluster():
    statements = [_statement("c-1", "ILO", "Joint survey"), _statement("c-2", "UNICEF", "Joint survey")]
    vectors = np.array([[1, 0], [1, 0]], dtype=np.float32)
    assert find_duplicates(_scored(statements, vectors, np.ones((2, 2), dtype=np.float32))) == []


def _embedded(statements: list[Statement], seed: int = 87) -> Embeddings:
    """Statements with random vectors, one action type and parts of their own words."""
    rng = np.random.default_rng(seed)
    vectors = rng.normal(size=(len(statements), 8)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    parts = [ActionParts(s.text, tuple(s.text.lower().split()), s.text.split()[0].lower(), "en") for s in statements]
    return Embeddings(statements, vectors, ["labour-inspection"] * len(statements), parts, vectors,
                      np.eye(len(SLUGS), dtype=np.float32)[[SLUGS.index("labour-inspection")] * len(statements)])


def test_a_country_initiative_beside_an_international_one_is_less_likely_a_duplicate():
    national = [_statement(f"c-{i}", f"Country {i}", f"inspect farms {i}") for i in range(3)]
    international = [_statement(f"p-{i}", f"Group {i}", f"inspect farms {i + 3}", "organisation") for i in range(3)]
    same_scale = score_model(_embedded(national + [replace(s, actor=replace(s.actor, type="country"))
                                                   for s in international]), list(range(6))).block()
    mixed = score_model(_embedded(national + international), list(range(6))).block()
    assert mixed[0, 3] < same_scale[0, 3]  # only the scale differs
    assert mixed[0, 1] == pytest.approx(same_scale[0, 1], abs=1e-6)


def test_corpus_clusters_are_named_by_their_members_action_type_in_the_graph(corpus_build):
    from kg87.graph.store import open_graph, run_query

    _, out = corpus_build
    embeddings = read_embeddings(out)
    action_of = {s.id: action for s, action in zip(embeddings.statements, embeddings.actions)}
    inspectors = [s for s in embeddings.statements if s.type != "intervention" and "inspector" in s.text.lower()]
    assert inspectors and all(action_of[s.id] == "labour-inspection" for s in inspectors)
    clusters = Records.from_dict(json.loads((out / "records.json").read_text(encoding="utf-8"))).duplicates
    for cluster in clusters:  # a cluster is named by the action type most of its members have
        types = [action_of[m.statement_id] for m in cluster.members if action_of[m.statement_id]]
        assert not types or types.count(cluster.action) == max(types.count(t) for t in types)
    answer = run_query(open_graph(out), """
        PREFIX kg87: <https://w3id.org/kg87/ontology#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?cluster ?slug WHERE {
          ?cluster a kg87:DuplicateCluster ; kg87:actionType ?action .
          ?action skos:notation ?slug ; skos:inScheme <https://w3id.org/kg87/id/action> .
        }""")
    assert sorted((r["cluster"].rsplit("/", 1)[1], r["slug"]) for r in answer.rows) == sorted(
        (c.id, c.action) for c in clusters if c.action)


def test_duplicates_on_held_out_initiatives(tmp_path):
    """Other countries, other wording, some French: a second answer key the settings were not fitted to."""
    score = pairwise([held_out_set(HELD_OUT, tmp_path)])
    # The settings are fitted on the dev keys, which cluster the same action on the same target, and the default
    # threshold is chosen there for F1; this key clusters whole topics (which the dev keys do not call duplicates),
    # so what is shown must be right, and only the pairs of one action are found. A floor against regressions.
    assert score["precision"] >= 0.8 and score["recall"] >= 0.1


@pytest.mark.xfail(strict=True, reason="a known gap (issue 14): the English MiniLM gives French-English pairs of one "
                   "action lower probabilities (0.12-0.28 on this key) than same-language ones, and the default "
                   "threshold chosen on the dev keys (0.18 on 49, 59 and 69, 0.17 on 79) is above most of them")
def test_french_and_english_initiatives_of_the_same_action_are_found(tmp_path):
    """Among the held-out initiatives, some in French: clusters join them to English ones of the same action."""
    held_out = held_out_set(HELD_OUT, tmp_path)
    scored = score_initiatives(held_out.embeddings)
    statements = scored.statements
    french = {s.id for s in statements if {"le", "la", "les", "des", "du"} & set(s.text.lower().split())}
    clusters = find_duplicates(scored)
    found = {frozenset(p) for c in clusters for p in combinations(sorted(m.statement_id for m in c.members), 2)}
    across = {p for p in found if len(p & french) == 1}
    assert 5 <= len(french) < len(statements) / 2
    assert len(across & held_out.gold) >= 3 and len(across & held_out.gold) >= 0.6 * len(across)


def _held_out(tmp_path) -> ScoredInitiatives:
    return score_initiatives(held_out_set(HELD_OUT, tmp_path).embeddings)


def test_a_lower_threshold_merges_clusters_and_each_keeps_the_id_of_one_it_merged(tmp_path):
    scored = _held_out(tmp_path)
    tight = find_duplicates(scored, replace(DEFAULT_SETTINGS, threshold=0.3))
    loose = find_duplicates(scored, replace(DEFAULT_SETTINGS, threshold=0.05))
    grown = 0
    for cluster in loose:
        inside = [t.id for t in tight if {m.statement_id for m in t.members} <= {m.statement_id for m in cluster.members}]
        assert not inside or cluster.id in inside
        grown += bool(inside) and len(cluster.members) > 2
    assert grown


def test_a_cluster_is_named_by_the_words_its_members_share_that_others_rarely_use():
    from kg87.similarity.terms import Collection, shared_terms

    collection = Collection(["Conduct a survey of child labour in mining"] * 2
                            + [f"Strengthen child labour inspection in region {n}" for n in range(20)])
    assert shared_terms(collection.words[:2], collection) == ["conduct", "mining", "survey"]
    assert shared_terms(collection.words[2:4], collection) == []


def test_probabilities_and_the_threshold_are_on_one_scale(tmp_path):
    from kg87.similarity.calibration import shipped_model

    model = shipped_model()
    assert 0 < model.threshold < 1
    scored = _held_out(tmp_path)
    clusters = find_duplicates(scored)
    assert clusters
    row = {s.id: n for n, s in enumerate(scored.statements)}
    for cluster in clusters:
        centre = row[cluster.members[0].statement_id]
        for member in cluster.members[1:]:  # each member's probability is its pair's with the centre
            assert member.probability == pytest.approx(scored.scores[centre, row[member.statement_id]], abs=1e-4)
        probabilities = scored.scores.block([row[m.statement_id] for m in cluster.members])
        assert probabilities[np.triu_indices(len(probabilities), 1)].mean() >= model.threshold


def test_a_higher_threshold_only_splits_clusters(tmp_path):
    scored = _held_out(tmp_path)

    def pairs(threshold):
        clusters = find_duplicates(scored, replace(DEFAULT_SETTINGS, threshold=threshold))
        assert all(0 < m.probability <= 1 for c in clusters for m in c.members)
        return {frozenset(p) for c in clusters for p in combinations(sorted(m.statement_id for m in c.members), 2)}

    loose, default, tight = pairs(0.05), pairs(None), pairs(0.5)
    assert tight < default < loose


def test_one_actor_restating_an_initiative_in_one_document_is_a_restatement(tmp_path):
    statements = _held_out(tmp_path).statements
    restated = [Statement(f"r{n}", "commitment", Actor("country", "Zembla", "Zembla"), text, [],
                          Provenance("zembla-roadmap.pdf", page, text), {"kind": "priority"})
                for n, (page, text) in enumerate([
                    (2, "Repaint the lighthouse of Port Zembla in the harbour colours"),
                    (9, "The Port Zembla lighthouse will be repainted in the colours of the harbour")])]
    clusters = find_duplicates(score_initiatives(embed_statements(statements + restated, tmp_path)))
    cluster = next(c for c in clusters if "r0" in {m.statement_id for m in c.members})
    assert {m.statement_id for m in cluster.members} == {"r0", "r1"} and cluster.relation == "restatement"
