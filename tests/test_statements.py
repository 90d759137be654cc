"""Statements from grammar and learning: frames read from the parse, actors resolved, the model's decisions."""

from __future__ import annotations

import pytest

from conftest import as_row, extract

from kg87.extract.frames import frame
from kg87.extract.learned import target_year
from kg87.extract.nlp import detect_language, pipeline
from kg87.model.document import Block, Document, Page


def parse(text: str, language: str = "en"):
    return pipeline(language)(text)[:]


@pytest.mark.parametrize("text, language, predicate", [
    ("Kenya will roll out the information system to all counties.", "en", "future"),
    ("The Ministry shall publish the list of hazardous work.", "en", "future"),
    ("Nepal intends to carry out a second survey.", "en", "control"),
    ("Both countries committed to profiling 400,000 children.", "en", "control"),
    ("Conduct a national survey on forced labour among domestic workers", "en", "imperative"),
    ("Adoption of the list of hazardous work", "en", "nominal"),
    ("Ghana adopted a new law in 2019.", "en", "past"),
    ("Le Gouvernement publiera la liste des travaux dangereux.", "fr", "future"),
    ("Le Gouvernement s'engage à renforcer l'inspection du travail.", "fr", "control"),
    ("El Ministerio de Trabajo llevará a cabo una encuesta nacional.", "es", "future"),
])
def test_the_predicate_comes_from_the_parse_in_three_languages(text, language, predicate):
    assert frame(parse(text, language)).predicate == predicate


@pytest.mark.parametrize("text, subject", [
    ("Zembla and the ILO to draft terms of reference for the regional mapping by October 2026", "Zembla and the ILO"),
    ("The Ministry of Labour to publish the list of hazardous work by June 2026", "The Ministry of Labour"),
    ("Training of 200 inspectors to detect forced labour", None),  # a purpose, not who is to act
    ("The Secretariat is to prepare a tracker of pledges.", "The Secretariat"),  # the copula's own frame
])
def test_a_headline_name_to_do_something_is_that_name_s_commitment_as_if_is_to(text, subject):
    found = frame(parse(text))
    assert (found.subject.text if found.subject is not None else None) == subject
    if subject:
        assert (found.predicate, found.control) == ("control", "be")


@pytest.mark.parametrize("text, language", [
    ("The representative of Kenya indicated that her Government would adopt a national action plan.", "en"),
    ("Le représentant du Niger a indiqué que son Gouvernement adopterait le plan d'action.", "fr"),
    ("La representante de Paraguay señaló que su Gobierno aprobaría el listado en 2025.", "es"),
])
def test_reported_speech_gives_the_clause_and_its_speaker(text, language):
    found = frame(parse(text, language))
    assert found.predicate == "conditional" and found.speech
    assert any(t.ent_type_ or t.pos_ == "PROPN" for t in found.speaker)


def test_any_action_verb_counts_and_coordinated_actions_are_found():
    found = frame(parse("Malawi will recruit 200 inspectors and digitise the case files by 2026."))
    assert [t.lemma_ for t in found.actions] == ["recruit", "digitise"]


def test_a_target_year_is_the_latest_year_not_past():
    assert target_year("Train inspectors in FY2025/26", 2024) == 2026
    assert target_year("Ratify the Convention, 1957, by 2025", 2023) == 2025
    assert target_year("in the second half of 2023 and 2024", 2023) == 2024
    assert target_year("adopted in 2019", 2023) is None


def test_language_is_told_by_stop_words():
    assert detect_language("Le Gouvernement s'engage à renforcer l'inspection du travail dans les mines.") == "fr"
    assert detect_language("El Gobierno se compromete a fortalecer la inspección del trabajo en las minas.") == "es"
    assert detect_language("The Government commits to strengthen labour inspection in the mines.") == "en"


def document(*paragraphs, title="Meeting report, Geneva, 3 March 2024", kinds=None, sections=None):
    kinds = kinds or ["paragraph"] * len(paragraphs)
    sections = sections or [[]] * len(paragraphs)
    blocks = [Block(f"p1-b{i}", 1, kind, text, (50, 20 * i, 500, 20 * i + 15), 11, kind == "heading",
                    "•" if kind == "bullet" else "", section=section)
              for i, (text, kind, section) in enumerate(zip(paragraphs, kinds, sections))]
    return Document("d.pdf", "5" * 64, title, [Page(1, 595, 842, blocks)])


def commitments(doc):
    return [as_row(s) for s in extract(doc, "commitment")]


def test_a_pledge_with_its_actor_kind_and_year():
    rows = commitments(document("Ghana will launch a national child labour survey in 2025.",
                                "Ghana adopted a new Children's Act in 2019."))
    assert [(r.actor_id, r.target_year) for r in rows] == [("GHA", 2025)]
    assert "2019" not in " ".join(r.text for r in rows)


def test_coordinated_subjects_are_co_actors_and_appositions_are_not():
    rows = commitments(document("UNICEF and the ILO will train 300 labour inspectors in cocoa-growing districts by 2026.",
                                "Verdant Apparel Group, a company with suppliers in Pakistan and Egypt, will map its "
                                "supply chain down to the farm level by 2025."))
    assert {r.actor_id for r in rows} == {"unicef", "ilo", "verdant-apparel-group"}


def test_a_national_body_stands_for_its_country():
    rows = commitments(document("The Ministry of Labour of Nigeria will train 500 labour inspectors before the end "
                                "of 2025."))
    assert [r.actor_id for r in rows] == ["NGA"]


def test_reported_speech_commits_the_speaker():
    rows = commitments(document("The representative of Kenya indicated that her Government would roll out the "
                                "national child labour information system to all counties by 2026."))
    assert [(r.actor_type, r.actor_id) for r in rows] == [("country", "KEN")]


def test_interventions_are_speaker_turns():
    doc = document("ITUC asked whether the roadmaps would include measures for informal workers. It also stressed "
                   "the role of trade unions in monitoring the pledges.",
                   "Brazil noted that its labour inspectorate had rescued 2,500 workers in 2023.")
    turns = [as_row(s) for s in extract(doc, "intervention")]
    assert [t.speaker_id for t in turns] == ["organisation:ituc", "country:BRA"]
    assert "trade unions" in turns[0].text and turns[0].meeting == "Meeting report"


def test_an_item_opening_with_an_imperative_is_read_as_one_with_its_words_as_written():
    from kg87.extract.nlp import analyse

    items = ["Align national definitions of hazardous work with the lists adopted by Zambia.",
             "Publish anonymised microdata from the labour force survey."]
    doc = document(*items, "Statistical surveys of child labour in two regions", kinds=["bullet"] * 3)
    parsed = [analyse(doc).doc(f"p1-b{i}") for i in range(3)]
    assert [p.text for p in parsed] == [*items, "Statistical surveys of child labour in two regions"]
    assert [frame(p[:]).predicate for p in parsed] == ["imperative", "imperative", "nominal"]
    assert [e.ent_id_ for e in parsed[0].ents] == ["country:ZMB"]  # the gazetteer's entities stay


@pytest.mark.parametrize("title, language, body", [
    ("Recommendations of the Migration Action Group", "en", "Migration Action Group"),
    ("Informe de la Reunión Regional de Países Pioneros (Quito, 2021)", "es", "Reunión Regional de Países Pioneros"),
    ("Recommandations du Groupe d'action sur la migration", "fr", "Groupe d'action sur la migration"),
    ("The Rapporteur's conclusions", "en", "Rapporteur"),
])
def test_a_heading_offers_the_body_its_genitive_names_as_proposer(title, language, body):
    from kg87.extract.proposers import _parse

    assert _parse(title, language)[1] == body


@pytest.mark.parametrize("heading, language, named", [
    ("Task team 4", "en", "collective"), ("Groupe de travail 1", "fr", "collective"),
    ("Ministry of Fisheries", "en", "body"), ("Closing webinar", "en", "event"), ("Key messages", "en", "other"),
])
def test_a_heading_is_told_by_what_its_head_noun_names(heading, language, named):
    from kg87.extract.proposers import _parse, root_class

    assert root_class(_parse(heading, language)[0][2]) == named


@pytest.mark.parametrize("heading, language, offered", [
    ("Household survey methods", "en", []), ("Lessons from the field", "en", []), ("Key findings", "en", []),
    ("Walk Free Recommendations", "en", None),
    ("Principales conclusions", "fr", []), ("Breakout group 2", "en", ["Breakout group 2"]),
    ("Conclusions of the steering committee", "en", ["steering committee"]),
    ("Recommandations du groupe de travail", "fr", ["groupe de travail"]),
])
def test_a_heading_that_names_a_topic_or_a_list_offers_no_proposer_but_its_genitive_may(heading, language, offered):
    from kg87.extract.proposers import _phrase_options

    options = _phrase_options(heading, heading, ["src=heading"], language, [heading])
    labels = [o.label for o in options]
    assert labels == offered if offered is not None else heading in labels  # a name keeps a heading of common nouns


@pytest.mark.parametrize("cell, fragment", [
    ("second half of 2027", True), ("Q2 2026", True), ("MoLSA; NSO; FKE", True), ("31/03/2027", True),
    ("Revise the hazardous work list", False), ("Labour inspection checklist on forced labour, 2026", False),
])
def test_a_cell_that_only_says_who_or_when_is_no_unit_of_its_own(cell, fragment):
    from kg87.extract.units import is_fragment

    assert is_fragment(parse(cell)[:]) is fragment


def test_a_common_word_of_the_language_is_no_gazetteer_name():
    from kg87.extract.nlp import analyse

    doc = document("La réunion a été ouverte le 4 mars par la Présidente.",
                   "Les participants à la réunion ont adopté le programme de travail.",
                   "La délégation de Madagascar et celle de La Réunion ont présenté leurs plans.")
    analysis = analyse(doc)
    ids = [[e.ent_id_ for e in analysis.doc(f"p1-b{i}").ents if e.ent_id_] for i in range(3)]
    assert ids[0] == [] and ids[1] == []
    assert ids[2] == ["country:MDG", "country:REU"]  # a name written as one


def test_a_national_body_named_after_its_country_in_the_paragraph_commits_the_country():
    rows = commitments(document("Zambia. The Labour Commissioner outlined the reforms adopted in 2022. The Department "
                                "of Labour will recruit forty additional inspectors before the end of 2025."))
    assert [r.actor_id for r in rows] == ["ZMB"]


def test_no_cell_of_a_table_laid_out_by_whitespace_alone_is_a_statement_of_its_own():
    """A roadmap table without ruling lines (Outcome | Action | Responsible | Deadline): the deadline and the
    responsible bodies belong to their row's action, and none is a commitment by itself."""
    import re
    from pathlib import Path

    from kg87.extract.dates import dates_in
    from kg87.read.pdf import read_pdf

    document = read_pdf(Path(__file__).parent / "data" / "genre" / "rm-roadmap-unruled.pdf")
    named = {w for m in extract(document, "mention") for w in re.findall(r"[^\W\d_]+", m.surface.lower())}
    rows = commitments(document)
    assert len(rows) >= 10
    for row in rows:
        text = row.text
        for start, end, _ in dates_in(text, "en", 2024):
            text = text[:start] + " " * (end - start) + text[end:]
        words = [w for w in re.findall(r"[^\W\d_]+", text.lower()) if w not in named and len(w) > 2]
        assert len(words) >= 3, row.text


@pytest.mark.parametrize("header, role", [
    ("Lead agency", "lead"), ("Responsable(s)", "lead"), ("Entidad responsable", "lead"),
    ("Funding source", "support"), ("Partenaires d'appui", "support"), ("Apoyo técnico", "support"),
    ("Deadline", "other"), ("Budget (USD)", "other"),
])
def test_a_column_header_says_whether_its_bodies_carry_out_the_row_or_help(header, role):
    from kg87.extract.actor_options import column_role

    assert column_role(header) == role


def test_a_roadmap_row_is_its_countrys_commitment_not_its_funders():
    from kg87.model.document import Block, Cell, Document, Page, Table

    headers = ["Activity", "Lead", "Funding source", "Period"]
    rows = [("Train 40 fisheries inspectors on forced labour indicators", "Ministry of Fisheries", "ILO", "Q3 2027"),
            ("Publish a yearly list of licensed crewing agencies", "Ministry of Fisheries", "IOM", "2028")]
    cells = [Cell(text, r + 1, c, (150 * c, 20 * r, 150 * c + 140, 20 * r + 15), column_header=headers[c])
             for r, row in enumerate(rows) for c, text in enumerate(row)]
    table = Table("p1-t0", 1, (0, 100, 600, 160), headers, cells)
    intro = Block("p1-b0", 1, "paragraph", "This roadmap sets out the activities of Fiji for 2026-2028.",
                  (0, 40, 500, 60), 10.0, False)
    document = Document("r.pdf", "7" * 64, "National roadmap 2026-2028", [Page(1, 595, 842, [intro], [table])])
    rows_out = [as_row(s) for s in extract(document, "commitment")]
    assert rows_out and {(r.actor_type, r.actor_id) for r in rows_out} == {("country", "FJI")}


@pytest.mark.parametrize("language, sentence, tally", [
    ("en", "Twelve countries have pledged to end child labour in cocoa by 2030.", True),
    ("en", "All partners will report on their pledges in 2026.", True),
    ("fr", "Plusieurs pays organiseront un atelier national en 2026.", True),
    ("en", "The partners will report on their pledges in 2026.", False),
    ("en", "Its partners will report on their pledges in 2026.", False),
    ("es", "Los socios presentarán sus informes en 2026.", False),
])
def test_a_subject_a_numeral_counts_or_a_quantifier_ranges_over_is_told_from_one_actor(language, sentence, tally):
    from kg87.extract.candidates import _quantity
    from kg87.extract.frames import frame
    from kg87.extract.nlp import pipeline

    features = _quantity(frame(pipeline(language)(sentence)[:]).subject)
    assert bool({"subject_counted", "subject_quantified"} & set(features)) == tally


def _group_table(rows_per_group: dict[str, list[str]], headers: list[str]):
    """A table whose first column's cells are merged over the rows of their group."""
    from kg87.model.document import Cell, Table

    cells, r = [], 1
    for label, items in rows_per_group.items():
        top = 20 * r
        cells.append(Cell(label, r, 0, (0, top, 140, top + 20 * len(items)), column_header=headers[0]))
        cells += [Cell(text, r + n, 1, (150, top + 20 * n, 590, top + 20 * n + 20), column_header=headers[1])
                  for n, text in enumerate(items)]
        r += len(items)
    return Table("p1-t0", 1, (0, 0, 600, 20 * r), headers, cells)


def test_a_cell_merged_over_several_rows_stands_beside_each_cell_of_those_rows():
    from kg87.extract.units import _beside

    table = _group_table({"D – Fisheries": ["Inspect vessels in port", "Register crewing agencies"],
                          "E – Mining": ["Map artisanal sites"]}, ["Group", "Recommendations"])
    beside = {c.text: [o.text for o in _beside(table, c)] for c in table.cells if c.col == 1}
    assert beside == {"Inspect vessels in port": ["D – Fisheries"], "Register crewing agencies": ["D – Fisheries"],
                      "Map artisanal sites": ["E – Mining"]}


def test_a_rows_label_under_a_column_naming_a_group_is_who_proposes_the_row():
    from kg87.model.document import Document, Page

    table = _group_table({"D – Domestic work": ["Labour inspection should extend to private households",
                                                "Governments should publish a register of licensed placement agencies"],
                          "E – Quarries": ["A study should map child labour in the stone quarries of the region"]},
                         ["Working group", "Recommendations to the plenary"])
    document = Document("w.pdf", "5" * 64, "Subregional forum on decent work: outcomes", [Page(1, 595, 842, [], [table])])
    proposers = {as_row(s).text: as_row(s).proposer_label for s in extract(document, "proposal")}
    assert proposers == {"Labour inspection should extend to private households": "Working group D",
                         "Governments should publish a register of licensed placement agencies": "Working group D",
                         "A study should map child labour in the stone quarries of the region": "Working group E"}
