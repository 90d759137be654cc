"""Whose a statement is when its words name no one: the country its paragraph named before a government subject,
and the actor of a list's introduction as the introduction was read."""

from __future__ import annotations

import pytest

from conftest import as_row, extract

from kg87.model.document import Block, Document, Page


def document(*blocks: tuple[str, str]) -> Document:
    made = [Block(f"p1-b{i}", 1, kind, text, (50, 40 * i, 500, 40 * i + 30), 11, False)
            for i, (kind, text) in enumerate(blocks)]
    return Document("c.pdf", "9" * 64, "Partners' roundtable: briefing note, 2025", [Page(1, 595, 842, made)])


def actors(doc: Document) -> list[str]:
    return [as_row(s).actor_id for s in extract(doc, "commitment")]


def test_a_government_subject_is_the_country_its_paragraph_named_before():
    doc = document(("paragraph", "Norway announced that it will fund the national child labour survey of Mongolia."),
                   ("paragraph", "Malawi. The Minister of Labour said that the Government will recruit 60 district "
                                 "labour officers by June 2027."))
    assert actors(doc)[-1:] == ["MWI"]


def test_the_items_of_a_list_are_the_actor_its_introduction_refers_to():
    doc = document(("paragraph", "Norway announced that it will fund the national child labour survey of Mongolia."),
                   ("paragraph", "Malawi. The Minister of Labour told the roundtable that the Government undertook to:"),
                   ("bullet", "(a) recruit 60 additional district labour officers by June 2027;"),
                   ("bullet", "(b) table the Employment (Amendment) Bill in Parliament in 2026."))
    rows = [as_row(s) for s in extract(doc, "commitment")]
    items = [r.actor_id for r in rows if "officers" in r.text or "Bill" in r.text]
    assert items and set(items) == {"MWI"}


def test_both_countries_are_the_two_countries_named_before():
    doc = document(("paragraph", "Thailand and Cambodia reviewed their memorandum of understanding on labour migration. "
                                 "Both countries will revise it before the end of 2025 so that workers pay no fees."))
    rows = [as_row(s) for s in extract(doc, "commitment")]
    assert sorted(r.actor_id for r in rows if "revise" in r.text) == ["KHM", "THA"]


def test_both_countries_in_what_a_speaker_said_are_the_two_it_named_not_the_speaker_alone():
    from kg87.extract.candidates import candidates
    from kg87.extract.registry import run_context

    doc = document(("paragraph", "Guatemala endorsed the statement of Mexico and said that both countries will sign "
                                 "a binational protocol on the return of child victims in 2026."))
    context = run_context(doc, slots=("mention", "organisation", "event"))
    [candidate] = [c for c in candidates(context) if "protocol" in c.unit.text]
    assert sorted(a.id for a in candidate.actors) == ["GTM", "MEX"]


@pytest.mark.parametrize("text, language, dual", [
    ("Both countries will revise the memorandum.", "en", True),
    ("The two unions will train 300 delegates.", "en", True),
    ("Les deux pays organiseront une table ronde.", "fr", True),
    ("Ambos países se comprometieron a elaborar un protocolo.", "es", True),
    ("Los dos países coordinarían una posición común.", "es", True),
    ("The countries will revise the memorandum.", "en", False),
    ("Two-year plans were adopted by the ministries.", "en", False),
])
def test_a_subject_that_refers_to_two_actors_is_told_by_its_determiner_or_numeral(text, language, dual):
    from kg87.extract.actors import _dual
    from kg87.extract.nlp import pipeline

    subject = next(t for t in pipeline(language)(text) if t.dep_ in ("nsubj", "nsubj:pass", "nsubjpass"))
    assert _dual(subject) is dual


@pytest.mark.parametrize("paragraph, country", [
    ("The representative of Uganda welcomed the guidelines that Kenya presented. She proposed that the East African "
     "Community adopt one referral form for child victims in 2026.", "UGA"),
    ("Le représentant du Sénégal a salué l'étude présentée par le Mali. Il a suggéré que chaque pays désigne un "
     "magistrat chargé des affaires de travail forcé.", "SEN"),
    ("La delegada de Honduras agradeció el informe presentado por Costa Rica. Propuso que la próxima reunión "
     "regional se dedique al trabajo infantil en la pesca.", "HND"),
])
def test_a_pronoun_or_a_dropped_subject_is_the_subject_of_the_sentence_before(paragraph, country):
    from kg87.extract.candidates import candidates
    from kg87.extract.registry import run_context

    doc = document(("paragraph", paragraph))
    context = run_context(doc, slots=("mention", "organisation", "event"))
    [candidate] = [c for c in candidates(context) if c.unit.text.startswith(("She", "Il", "Propuso"))]
    referred = [o.actor.id for o in candidate.actor_options if any("antecedent" in f for f in o.features)]
    assert referred == [country]  # not the country the sentence before names last


@pytest.mark.parametrize("paragraph, actor", [
    ("Mr Tomas Reyes, General Secretary of the ITUC, said that the confederation will train 500 shop stewards on "
     "forced labour indicators in 2026.", "ituc"),
    ("Ms Awa Diallo, director of the UNICEF country office, said that her organisation will fund 40 bridging "
     "classes in 2026.", "unicef"),
])
def test_a_person_speaks_for_the_body_their_title_names(paragraph, actor):
    from kg87.extract.candidates import candidates
    from kg87.extract.registry import run_context

    context = run_context(document(("paragraph", paragraph)), slots=("mention", "organisation", "event"))
    [candidate] = [c for c in candidates(context) if c.frame.predicate in ("future", "conditional")]
    assert [a.id for a in candidate.actors] == [actor]


@pytest.mark.parametrize("language, cell, header, openers, unnamed", [
    ("en", "UNICEF, with the support of IOM", "Responsible", {"unicef"}, False),
    ("en", "MoSD, IOM", "Lead", set(), True),
    ("fr", "DirStat, avec l'appui technique de l'OIM", "Responsable", set(), True),
    ("es", "DGTrab y OIT", "Apoyo", set(), False),
])
def test_a_row_offers_who_opens_each_cell_and_whether_a_lead_cell_opens_with_an_unknown_name(
        language, cell, header, openers, unnamed):
    from kg87.extract.actor_options import row_offer
    from kg87.extract.actors import Actors
    from kg87.extract.nlp import pipeline

    people = Actors.of([], [], "Work plan", {})
    row, opening, lead_unnamed = row_offer(people, [(header, pipeline(language)(cell)[:])])
    assert {a.id for a in opening} == openers
    assert lead_unnamed is unnamed
    assert {a.id for a in row} >= openers | ({"iom"} if "IOM" in cell or "OIM" in cell else set())
