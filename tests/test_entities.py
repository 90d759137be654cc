"""Countries and organisations: name variants, government bodies, acronyms a document defines."""

from __future__ import annotations

import pytest

from kg87.extract.entities import EntityFinder
from kg87.extract.text import redact_personal
from kg87.model.document import Block, Document, Page
from kg87.model.gazetteer import load_gazetteer


@pytest.fixture(scope="module")
def finder():
    return EntityFinder()


def document_of(*paragraphs: str) -> Document:
    blocks = [Block(f"p1-b{i}", 1, "paragraph", text, (0, i * 20, 500, i * 20 + 15), 11, False)
              for i, text in enumerate(paragraphs)]
    return Document("test.pdf", "0" * 64, "test", [Page(1, 595, 842, blocks)])


def ids(mentions, kind):
    return {m.id for m in mentions if m.kind == kind}


@pytest.mark.parametrize("name,iso3", [
    ("Viet Nam", "VNM"), ("Vietnam", "VNM"), ("Côte d'Ivoire", "CIV"), ("Cote d’Ivoire", "CIV"),
    ("Ivory Coast", "CIV"), ("DR Congo", "COD"), ("DRC", "COD"), ("Türkiye", "TUR"), ("Turkey", "TUR"),
    ("UK", "GBR"), ("USA", "USA"), ("the Netherlands", "NLD"), ("Royaume-Uni", "GBR"),
])
def test_country_name_variants(name, iso3):
    assert load_gazetteer().country(name).iso3 == iso3


def test_countries_in_running_text(finder):
    mentions = finder.mentions(document_of(
        "The Government of France and the French President welcomed Viet Nam and DR Congo.",
        "Examples from the Thai fishing sector and the Nepal-Jordan corridor were given.",
        "Let us see whether the US and us agree.",
    ))
    assert ids(mentions, "country") == {"FRA", "VNM", "COD", "THA", "NPL", "JOR", "USA"}


def test_known_organisations_and_french_acronyms(finder):
    mentions = finder.mentions(document_of(
        "The ILO, the BIT and the Organisation internationale du Travail are one body; UNICEF and the OMS spoke.",
    ))
    assert ids(mentions, "organisation") >= {"ilo", "unicef", "who"}


def test_government_bodies_resolve_to_their_country(finder):
    mentions = finder.mentions(document_of(
        "The Ministry of Labour and Employment of Nigeria presented its plan.",
        "A Ministry of Labour was mentioned without a country.",
    ))
    found = [finder.found[i] for i in ids(mentions, "organisation") if i in finder.found]
    assert [(f.type, f.country) for f in found] == [("government", "NGA")]
    assert "NGA" in ids(mentions, "country")


def test_acronyms_defined_by_the_document_are_learned(finder):
    mentions = finder.mentions(document_of(
        "The Rural Workers Federation of Ruritania (RWFR) joined the meeting.",
        "Later RWFR asked for more data.",
    ))
    learned = [m for m in mentions if m.provenance.rule == "defined-acronym"]
    assert learned and learned[0].surface == "RWFR"
    assert finder.found[learned[0].id].type == "workers"


def test_acronyms_a_list_of_abbreviations_defines_are_learned(finder):
    mentions = finder.mentions(document_of(
        "Abbreviations. FWUR: Federation of Weavers' Unions of Ruritania. RMCD – Ruritanian Ministry of Crafts.",
        "FWUR will train its members.",
    ))
    learned = {m.surface: m.id for m in mentions if m.provenance.rule == "defined-acronym"}
    assert "FWUR" in learned and finder.found[learned["FWUR"]].type == "workers"


def test_acronyms_a_participants_table_defines_are_learned_for_the_text(finder):
    """A participants list names each body once with its acronym ("Servicio … (SNEZ)"); the minutes then use
    the acronym alone, where the body's head noun is followed by an adjective and not by "de"."""
    from kg87.model.document import Cell, Table

    rows = [("Servicio Nacional de Empleo de Zembla (SNEZ)", "Ana Pérez"),
            ("Confederación General de Tejedores (CGTZ)", "Luis Soto"),
            ("Instituto Superior de Oficios (ISO)", "Marta Gil")]
    cells = [Cell(text, r, c, (0, r * 20, 200, r * 20 + 15)) for r, row in enumerate(rows) for c, text in enumerate(row)]
    document = document_of("Informó que el SNEZ publicará el informe final y que la CGTZ capacitará a sus delegados.")
    document.pages[0].tables.append(Table("p1-t0", 1, (0, 0, 400, 80), ["Institución", "Representación"], cells))
    mentions = finder.mentions(document)
    learned = {m.surface: m.id for m in mentions if m.provenance.rule == "defined-acronym"}
    assert {"SNEZ", "CGTZ"} <= set(learned)
    assert finder.found[learned["CGTZ"]].label.startswith("Confederación General de Tejedores")


def test_a_colon_after_a_word_defines_no_acronym(finder):
    mentions = finder.mentions(document_of("Note: Federal Workers United will meet. Note joined."))
    assert not [m for m in mentions if m.provenance.rule == "defined-acronym"]


def test_emails_are_redacted():
    assert redact_personal("write to jane.doe@example.org today") == "write to [e-mail removed] today"


def organisations(finder, *paragraphs: str) -> dict[str, object]:
    """The organisations a document names, by label: the gazetteer's and those the finder learned."""
    gazetteer = load_gazetteer()
    mentions = finder.mentions(document_of(*paragraphs))
    found = [finder.found.get(i) or gazetteer.organisations[i] for i in ids(mentions, "organisation")]
    return {o.label: o for o in found}


@pytest.mark.parametrize("paragraphs,label,kind,country,acronym", [
    (("Zambia presented its national roadmap.", "The Ministry of Labour and Social Security will lead it."),
     "Ministry of Labour and Social Security (Zambia)", "government", "ZMB", ""),
    (("Le Bénin a présenté sa feuille de route.",
      "Le Comité national de suivi des droits de l'enfant (CNSDE) coordonnera les inspections."),
     "Comité national de suivi des droits de l'enfant (Benin)", "government", "BEN", "CNSDE"),
    (("Honduras informó sobre sus avances.",
      "La Confederación Nacional de Empleadores Agrícolas (CONEA) apoyará la campaña."),
     "Confederación Nacional de Empleadores Agrícolas", "employers", "", "CONEA"),
    (("The Lesotho Textile Workers' Union and the employers met in Maseru.",),
     "Lesotho Textile Workers' Union", "workers", "LSO", ""),
])
def test_bodies_of_any_country_are_named_by_their_head_in_three_languages(finder, paragraphs, label, kind,
                                                                           country, acronym):
    found = organisations(finder, *paragraphs)
    assert label in found, sorted(found)
    assert (found[label].type, found[label].country, found[label].acronym) == (kind, country, acronym)


def test_an_english_name_is_headed_by_its_last_capitalised_word(finder):
    found = organisations(finder, "Malawi ratified the Domestic Workers Convention and the Forced Labour Protocol.")
    assert not any("Convention" in label for label in found)


def test_a_body_named_without_its_country_is_of_the_country_the_text_is_about(finder):
    """A generic name that the gazetteer lists for one country ("Ministère du Travail") names the body
    of the country the text is about."""
    found = organisations(finder, "Au Sénégal, le Ministère du Travail a lancé une campagne nationale.")
    assert [(o.type, o.country) for o in found.values() if o.type == "government"] == [("government", "SEN")]


def test_an_organisation_named_first_in_full_keeps_its_id_when_shortened(finder):
    mentions = finder.mentions(document_of(
        "Kenya: the National Council for Children's Services (NCCS) drafted a plan.",
        "The National Council will report in June; NCCS will publish the data."))
    assert len(ids(mentions, "organisation")) == 1


def test_an_organisation_name_that_modifies_a_noun_is_no_mention_of_it(finder):
    mentions = finder.mentions(document_of(
        "Delegations met with UN agencies in Bangkok."))
    assert "un" not in ids(mentions, "organisation")


def test_a_head_with_one_adjective_is_a_description_not_a_name(finder):
    found = organisations(finder, "En el Uruguay, la Secretaría Técnica y la Oficina Regional se reunieron con la "
                                  "Comisión Nacional de Erradicación del Trabajo Rural (CNETR).")
    assert [label for label in found if "Técnica" in label or "Oficina" in label] == []
    assert any(o.acronym == "CNETR" for o in found.values())


def test_a_table_acronym_of_one_document_is_not_learned_for_the_next(finder):
    from kg87.model.document import Cell, Table

    cells = [Cell("Servicio Nacional de Empleo de Zembla (SNEZ)", 0, 0, (0, 0, 200, 15))]
    first = document_of("El servicio abrió la sesión.")
    first.pages[0].tables.append(Table("p1-t0", 1, (0, 0, 400, 20), ["Institución"], cells))
    finder.mentions(first)
    later = finder.mentions(document_of("SNEZ is a word of another document."))
    assert not [m for m in later if m.provenance.rule == "defined-acronym"]


@pytest.mark.parametrize("language, text, ends", [
    ("en", "the Labour Commission of", True),
    ("en", "the Labour Commission", False),
    ("es", "la Dirección Nacional de Inspección de", True),
    ("fr", "la Direction générale du Travail de la", True),
])
def test_a_name_cut_before_a_country_is_told_by_its_final_preposition(language, text, ends):
    """"X of" + a country is one name cut in two: the preposition (and its article) by the parse, in any language."""
    from kg87.extract.entities import _ends_in_preposition
    from kg87.extract.nlp import pipeline

    assert _ends_in_preposition(pipeline(language)(text)[:]) is ends


@pytest.mark.parametrize("paragraph, label", [
    ("The workshop was co-hosted by the Dirección Nacional de Inspección y Empleo (DNIE) of Paraguay and the ILO.",
     "Dirección Nacional de Inspección y Empleo"),
    ("Officials of the Direction de la Protection des Enfants (DPE) of Niger attended as observers.",
     "Direction de la Protection des Enfants"),
])
def test_a_name_in_another_language_keeps_its_function_words_in_an_english_text(finder, paragraph, label):
    assert any(found.startswith(label) for found in organisations(finder, paragraph)), sorted(organisations(finder, paragraph))
