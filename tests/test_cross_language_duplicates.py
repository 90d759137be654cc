"""Duplicates across languages: a French initiative and an English one of the same action are one cluster.

The texts are invented for the test: two countries' commitments, one in English and one in French, of
which only one action (a national child labour survey) is the same. The English MiniLM model ranks
the right English counterpart first for each French text; what is asserted is that the detector,
with its learned settings, pairs them and nothing else with them.
"""

from __future__ import annotations

from kg87.model.records import Actor, Provenance, Statement
from kg87.similarity.duplicates import find_duplicates, score_initiatives
from kg87.similarity.embeddings import embed_statements

ENGLISH = [
    "The Government will conduct a national child labour survey in 2024 to update prevalence estimates.",
    "The Government will abolish recruitment fees charged to migrant workers.",
    "The Ministry will set up a national referral mechanism for victims of trafficking.",
    "The Government will raise the minimum age for hazardous work to 18.",
    "The Government will ratify the Forced Labour Protocol in 2025.",
    "The unions will organise domestic workers in the capital.",
    "The Ministry will extend social protection to the families of informal workers.",
    "The Government will adopt a national action plan against child labour.",
    "The Government will publish the list of hazardous occupations for children.",
    "The Ministry of Justice will train prosecutors to handle trafficking cases.",
]
FRENCH = [
    "Le Gouvernement réalisera une enquête nationale sur le travail des enfants en 2024 afin d'actualiser "
    "les estimations de prévalence.",
    "Le Gouvernement créera des cantines scolaires dans les zones minières.",
    "Le ministère renforcera les contrôles dans les plantations de coton.",
    "Le Gouvernement adoptera un code de l'enfant révisé.",
    "L'Agence nationale de l'emploi ouvrira des bureaux dans les régions frontalières.",
    "Le Gouvernement allouera un budget à la protection des enfants des rues.",
    "Les employeurs adopteront une charte d'éthique pour leurs fournisseurs.",
    "Le ministère de la Santé recensera les enfants travaillant dans les décharges.",
    "Le Gouvernement soumettra au Parlement une loi sur le travail domestique.",
    "Les communes installeront des comités de vigilance dans les villages.",
]


def _statements() -> list[Statement]:
    out = []
    for prefix, texts, document, country in (("en", ENGLISH, "report.pdf", "Ghana"),
                                             ("fr", FRENCH, "compte-rendu.pdf", "Senegal")):
        for n, text in enumerate(texts):
            out.append(Statement(f"{prefix}{n}", "commitment", Actor("country", country.lower(), country), text, [],
                                 Provenance(document, 1, text), {"kind": "plan"}))
    return out


def test_a_french_and_an_english_initiative_of_one_action_are_one_cluster(tmp_path):
    clusters = find_duplicates(score_initiatives(embed_statements(_statements(), tmp_path)))
    survey = [c for c in clusters if {"en0", "fr0"} & {m.statement_id for m in c.members}]
    assert len(survey) == 1, "the two surveys are not clustered"
    assert {m.statement_id for m in survey[0].members} == {"en0", "fr0"}
    assert survey[0].relation == "overlap"
