"""Events: names, ISO 8601 dates (also without a year) and places."""

from __future__ import annotations

import pytest

from conftest import events_in, events_of, extract, table_events

from kg87.extract.dates import dates_in


@pytest.mark.parametrize("text,language,iso", [
    ("on 17th July 2019 at noon", "en", "2019-07-17"),
    ("in Abidjan, 14-15 May, 2019", "en", "2019-05-14"),
    ("Paris Peace forum - Nov 11-13 (Paris)", "en", "2019-11-11"),
    ("held on 12/11/2019", "en", "2019-11-12"),
    ("to be released in early September at the G-20", "en", "2019-09"),
    ("(Oct. 2018)", "en", "2018-10"),
    ("in the week of 22 January 2024.", "en", "2024-01-22"),
    ("le 17 juillet 2019 à New York", "fr", "2019-07-17"),
    ("à Tunis, du 14 au 16 octobre 2025, un séminaire", "fr", "2025-10-14"),
    ("prévue en mars", "fr", "2019-03"),
    ("la semana del 3 de marzo de 2025", "es", "2025-03-03"),
])
def test_dates_are_normalised(text, language, iso):
    assert [found for *_, found in dates_in(text, language, 2019)] == [iso]


def test_no_date_no_guess():
    assert dates_in("the next meeting may be held in Q2 2024, with sept partners", "en", 2019) == []
    assert dates_in("sept pays, 8.7 et 2030", "fr", 2019) == []
    assert dates_in("the Red March network shared its experience", "en", 2019) == []  # a month in a name
    assert [iso for *_, iso in dates_in("In March the committee met.", "en", 2019)] == ["2019-03"]


def test_meeting_report_events(report):
    found = {e.label.title(): e for e in extract(report, "event")}
    assert found["Paris Peace Forum"].start_date == "2019-11-11"
    assert found["Paris Peace Forum"].location == "Paris"
    assert found["Un Business And Human Rights Forum"].start_date == "2019-11-25"
    assert any("Steering Group Meeting" in label and e.start_date == "2019-07-22" for label, e in found.items())
    assert not any(label.lower().startswith(("the ", "85 ")) for label in found)
    assert found["5Th Meeting Of The Global Coordinating Group"].start_date == "2019-07-17"


def test_french_names_put_the_head_first():
    from kg87.model.document import Block, Document, Page

    text = "atelier national de planification stratégique de la Côte d’Ivoire, Abidjan, 14-15 juin 2021 ;"
    before = "Les ateliers suivants se sont tenus dans les pays pionniers au cours de l’année :"
    document = Document("fr.pdf", "4" * 64, "Compte rendu, 2021",
                        [Page(1, 595, 842, [Block("p1-b0", 1, "paragraph", before, (0, 0, 500, 20), 11, False),
                                            Block("p1-b1", 1, "bullet", text, (0, 30, 500, 50), 11, False, "•")])])
    [event] = extract(document, "event")
    assert event.label == "Atelier national de planification stratégique de la Côte d’Ivoire"
    assert (event.start_date, event.location) == ("2021-06-14", "Abidjan")



def test_events_named_in_prose_with_their_date_as_precise_as_the_text_and_place():
    found = events_of(
        "The subregional workshop on forced labour in fisheries will take place in Suva on 3-4 March 2025.",
        "A webinar on recruitment fees for migrant workers is planned for October, and the meeting will follow.")
    workshop = found["Subregional workshop on forced labour in fisheries"]
    assert (workshop.start_date, workshop.location) == ("2025-03-03", "Suva")
    assert found["Webinar on recruitment fees for migrant workers"].start_date == "2024-10"
    assert not any(label.lower() == "meeting" for label in found)


def test_french_events_in_prose_are_dated_by_dateparser():
    found = events_of(
        "Le séminaire régional sur la migration de main-d'œuvre se tiendra à Lomé le 12 mai 2025, "
        "a indiqué le représentant du Togo.", title="Compte rendu, 2025")
    [(label, event)] = found.items()
    assert label.startswith("Séminaire régional sur la migration de main")
    assert (event.start_date, event.location) == ("2025-05-12", "Lomé")


def test_two_editions_of_a_forum_stay_apart_and_an_undated_mention_folds_into_a_dated_one():
    found = events_of(
        "The first Forum on Decent Work in Fisheries was held on 5 May 2023 in Accra.",
        "The second Forum on Decent Work in Fisheries will take place on 9 May 2024.",
        "Participants praised the Forum on Decent Work in Fisheries.")
    assert sorted(e.start_date for e in found.values()) == ["2023-05-05", "2024-05-09"]



def test_a_workshop_named_only_by_its_noun_belongs_to_the_country_its_item_or_heading_names():
    found = events_in(
        ("bullet", "Kiribati: workshop held in Tarawa, 3-4 June 2025; roadmap being drafted"),
        ("bullet", "Bhutan: workshop planned, dates to be confirmed"),
        ("heading", "BELIZE"),
        ("paragraph", "After the national validation workshop (Oct. 2024), the roadmap was adopted."),
        ("heading", "HONDURAS"),
        ("paragraph", "The national validation workshop (October 2024) chose three priorities."))
    assert found["Workshop (Kiribati)"].start_date == "2025-06-03"
    assert "Workshop (Bhutan)" in found
    assert found["National validation workshop (Belize)"].start_date == "2024-10"
    assert found["National validation workshop (Honduras)"].start_date == "2024-10"  # one per country, same date


def test_the_workshop_mentioned_again_with_its_date_dates_the_one_named_before():
    found = events_in(("paragraph", "Six months after its national validation workshop, Belize has adopted a "
                                     "roadmap. The workshop, held in Belmopan on 2 May 2024, agreed on priorities."))
    assert [(label, e.start_date) for label, e in found.items()] == [
        ("Belize national validation workshop", "2024-05-02")]


def test_items_of_a_heading_that_names_events_are_events_of_their_country_unless_it_denies_them():
    found = events_in(("heading", "Workshops planned"), ("paragraph", "Bhutan – September 2025"),
                       ("heading", "Interest expressed, no workshop planned yet"), ("paragraph", "Tonga – March 2025"))
    assert [(label, e.start_date) for label, e in found.items()] == [("Workshop (Bhutan)", "2025-09")]


def test_an_event_noun_that_modifies_another_noun_names_no_event_and_a_compound_names_the_event():
    found = events_in(("paragraph", "The meeting report of 3 March 2025 was circulated."),
                       ("paragraph", "A roadmap launch event will be held in Apia on 9 April 2025."))
    assert list(found) == ["Roadmap launch event"]
    assert found["Roadmap launch event"].start_date == "2025-04-09"


def _cover_events(title: str, *blocks: tuple[str, str, float]):
    """Events of a document whose first blocks are (kind, text, size): a cover above 10-point body text."""
    from kg87.model.document import Block, Document, Page

    made = [Block(f"p1-b{i}", 1, kind, text, (0, 30 * i, 500, 30 * i + 20), size, kind == "heading")
            for i, (kind, text, size) in enumerate(blocks)]
    document = Document("c.pdf", str(len(blocks)) * 63 + "c", title, [Page(1, 595, 842, made)])
    return {e.label: e for e in extract(document, "event")}


def test_the_event_a_document_reports_on_is_named_by_its_cover_and_title():
    found = _cover_events("Decent Work in Andean Mining – Summary of outcomes",
                          ("heading", "Decent Work in Andean Mining", 18),
                          ("heading", "Tripartite dialogue | Summary of outcomes | La Paz, 5–6 March 2025", 12),
                          ("paragraph", "The dialogue brought together forty participants from five countries.", 10))
    assert [(label, e.start_date) for label, e in found.items()] == [
        ("Tripartite dialogue on Decent Work in Andean Mining", "2025-03-05")]
    named = _cover_events("Third Regional Meeting of Labour Inspectorates – Report",
                          ("heading", "Third Regional Meeting of Labour Inspectorates", 18),
                          ("heading", "Online meeting, 12 May 2025", 12),
                          ("paragraph", "Delegates of nine inspectorates took part in the discussion.", 10))
    assert [(label, e.start_date) for label, e in named.items()] == [
        ("Third Regional Meeting of Labour Inspectorates", "2025-05-12")]  # the online meeting is that one


def test_an_event_held_at_another_is_named_apart_and_neither_a_programme_item_nor_an_activity_is_one():
    found = events_in(("paragraph", "A side event at the Andean Forum on Labour Mobility was held in Quito on 4 June 2025."),
                       ("paragraph", "Delegates praised a summit in Accra in June 2025, which will host a seminar "
                                     "on wage theft."),
                       ("heading", "BELIZE"),
                       ("paragraph", "Since the validation workshop (May 2024), consultation resumed with employers."))
    assert found["Andean Forum on Labour Mobility"].start_date == "2025-06-04"
    assert not any(" at " in label or "seminar" in label.lower() or "consultation" in label.lower() for label in found)
    assert "Validation workshop (Belize)" in found


def test_a_milestone_of_a_timeline_laid_out_by_whitespace_is_dated_by_the_cell_beside_it():
    from kg87.model.document import Block, Document, Page

    rows = [("15/06/2025", "Launch meeting of the national steering committee"),
            ("Second half of 2025", "Adoption of the decree on hazardous work")]
    blocks = []
    for n, (when, what) in enumerate(rows):
        top = 600 + 18 * n
        blocks += [Block(f"p1-b{2 * n}", 1, "paragraph", when, (60, top, 130, top + 9), 8.5, False, column=(0,)),
                   Block(f"p1-b{2 * n + 1}", 1, "paragraph", what, (170, top, 450, top + 9), 8.5, False, column=(1,))]
    found = {e.label: e.start_date for e in extract(Document("t.pdf", "7" * 64, "Roadmap 2025", [Page(1, 595, 842, blocks)]),
                                                    "event")}
    assert found == {"Launch meeting of the national steering committee": "2025-06-15"}


def test_a_mention_dated_by_its_month_folds_into_the_same_event_dated_by_its_day():
    found = events_of("The national validation workshop was held in Apia on 10 April 2024.",
                       "Participants in the national validation workshop of April 2024 made four recommendations.")
    assert [(label, e.start_date) for label, e in found.items()] == [("National validation workshop", "2024-04-10")]


def test_a_body_that_meets_or_is_convened_on_a_date_holds_a_meeting():
    found = events_of(
        "The Tripartite Labour Council, which met in Mbabane on 4 June 2025, asked for a costed plan.",
        "The Ministry will convene the Inter-agency Task Force on Child Labour on 9 July 2025.",
        "The Minister met the delegation of the federation on 10 July 2025.",
        "Participants met in small groups on 11 July 2025.")
    council = found["Tripartite Labour Council meeting"]
    assert (council.start_date, council.location) == ("2025-06-04", "Mbabane")
    assert found["Inter-agency Task Force on Child Labour meeting"].start_date == "2025-07-09"
    assert not any("delegation" in label or "Participants" in label for label in found)


def test_a_french_body_that_meets_holds_a_meeting_but_a_workshop_that_gathers_people_is_no_body():
    found = events_of(
        "Le Conseil national du dialogue social s'est réuni le 28 mai 2025 à Dakar.",
        "L'atelier a réuni une quarantaine de participants le 3 juin 2025.", title="Compte rendu, 2025")
    assert found["Réunion : Conseil national du dialogue social"].start_date == "2025-05-28"
    assert not any("participants" in label for label in found)


def test_its_meeting_belongs_to_the_body_named_before_the_pronoun():
    found = events_of("A draft budget goes to the Steering Board of the Fund for approval at its meeting of 2 May 2025.")
    assert any(label.endswith("meeting") and "Board" in label and e.start_date == "2025-05-02"
               for label, e in found.items())


def test_a_title_after_a_colon_is_the_event_name_but_a_sentence_is_not():
    found = events_in(("bullet", "20/11/2025 - Webinar: Costing Fair Recruitment, online"),
                       ("bullet", "Workshop: participants agreed that the ministry will report back."))
    assert found["Webinar: Costing Fair Recruitment"].start_date == "2025-11-20"
    assert not any("participants" in label for label in found)


def test_meetings_numbered_by_other_ordinals_are_other_editions():
    found = events_in(("bullet", "Kiribati: letter of intent expected before the 15th Steering Board meeting"),
                       ("bullet", "Costed plan due at the 17th Steering Board meeting in May 2025"))
    assert {"15th Steering Board meeting", "17th Steering Board meeting"} <= set(found)


def test_a_sitting_body_convened_or_sat_at_on_a_date_holds_its_country_s_meeting():
    found = events_in(("heading", "TONGA"),
                       ("bullet", "Labour ministry to convene the national child labour committee on 9 September 2025"),
                       ("paragraph", "The unions raised wages at the tripartite labour council in Nuku'alofa on 2 May 2025."),
                       ("paragraph", "The report was sent to the Ministry of Labour on 3 May 2025."))
    assert found["National child labour committee meeting (Tonga)"].start_date == "2025-09-09"
    assert found["Tripartite labour council meeting (Tonga)"].start_date == "2025-05-02"
    assert not any("Ministry" in label for label in found)


def test_an_event_a_clause_places_in_a_year_is_an_event_without_a_date():
    found = events_of("The Ministry will host a follow-up regional seminar in the second half of 2026.",
                       "A third workshop is tentatively planned in Lima in Q3 2027.",
                       "The 2019 Protocol was discussed at length by the delegates of the seminar.")
    assert {label: e.start_date for label, e in found.items()} == {"Follow-up regional seminar": None,
                                                                   "Third workshop": None}


def test_a_session_is_an_event_when_numbered_or_a_bodys_not_a_part_of_the_programme():
    found = events_in(("heading", "4. Closing session"),
                       ("paragraph", "The plenary session of 8 October 2025 heard the delegations of Fiji and Samoa."),
                       ("paragraph", "The 47th Session of the Regional Labour Council opened in Nadi on 6 October 2025."))
    assert list(found) == ["47th Session of the Regional Labour Council"]


def test_a_review_is_an_event_when_held_on_a_day_not_a_process_over_months():
    found = events_of("The mid-term review of the national action plan began in March 2025.",
                       "The review of the costed plan by the steering group was held on 12 May 2025.")
    assert {label: e.start_date for label, e in found.items()} == {
        "Review of the costed plan by the steering group": "2025-05-12"}


def test_an_editions_numeral_the_parser_makes_the_head_opens_the_name_and_keeps_editions_apart():
    found = events_of("La XII Reunión del Consejo Consultivo de la Red Andina se celebró en Quito el 4 de mayo de 2025.",
                       "La XIII Reunión del Consejo Consultivo se celebrará en Lima el 4 de mayo de 2026.",
                       title="Informe, 2025")
    assert found["XII Reunión del Consejo Consultivo de la Red Andina"].start_date == "2025-05-04"
    assert sorted(e.start_date for e in found.values()) == ["2025-05-04", "2026-05-04"]


def test_a_possessive_names_the_owner_a_passive_agent_or_a_body_subject_in_french_and_spanish():
    found = events_of("Le plan a été adopté par le Conseil supérieur du travail en sa session du 14 octobre 2025.",
                       "El Consejo Asesor de Empleo celebró su reunión ordinaria en Cusco el 2 de junio de 2025.",
                       title="Rapport, 2025")
    assert found["Session : Conseil supérieur du travail"].start_date == "2025-10-14"
    assert found["Reunión ordinaria : Consejo Asesor de Empleo"].start_date == "2025-06-02"


def test_a_long_name_is_cut_and_a_participle_after_it_ends_it():
    found = events_of("La VII Reunión del Comité Técnico de la Red Subregional de Inspección del Trabajo de los Países "
                       "Andinos y Amazónicos del Sur se celebró en Quito el 5 de marzo de 2025.",
                       "El taller nacional de validación celebrado en Tarija el 9 de abril de 2025 aprobó el plan.",
                       title="Informe, 2025")
    assert {label: e.start_date for label, e in found.items()} == {
        "VII Reunión del Comité Técnico de la Red Subregional de Inspección del Trabajo de los Países": "2025-03-05",
        "Taller nacional de validación": "2025-04-09"}


def test_a_date_is_an_events_in_its_clause_and_not_another_events():
    found = events_in(("bullet", "Samoa - roadmap sent in February 2025; workshop planned for Q4 2025"),
                       ("bullet", "Fiji - interest expressed at this meeting, with a letter to follow in 2025"),
                       ("paragraph", "The partners agreed on a donor roundtable in Apia in 2026, to follow a seminar on "
                                     "budgeting set for 12 March 2026."))
    assert {label: e.start_date for label, e in found.items()} == {
        "Workshop (Samoa)": None, "Donor roundtable": None, "Seminar on budgeting": "2026-03-12"}


def test_an_action_rows_event_is_dated_by_its_row():
    rows = [("Convene a national dialogue on fair recruitment", "Labour ministry", "Mid-September 2025"),
            ("Publish the survey report", "Statistics office", "October 2025")]
    assert table_events(["Action", "Responsible", "Timeframe"], rows, "Work plan, 2025") == {
        "National dialogue on fair recruitment": "2025-09"}


def test_a_lower_case_item_stays_one_sentence_and_a_subject_named_by_a_possessive_is_left_out():
    found = events_in(("paragraph", "Les participants ont retenu les dates suivantes :"),
                       ("bullet", "séminaire sur la protection sociale des travailleurs domestiques, le 3 février 2026 ;"),
                       ("paragraph", "El Ministerio publicará una guía y organizará un foro virtual sobre su aplicación "
                                     "el 5 de mayo de 2026."), title="Compte rendu, 2026")
    assert found["Séminaire sur la protection sociale des travailleurs domestiques"].start_date == "2026-02-03"
    assert found["Foro virtual"].start_date == "2026-05-05"


def test_something_held_on_a_day_an_editions_acronym_and_a_vague_day():
    found = events_of("The office held a technical briefing for labour inspectors on 8 July 2025.",
                       "The Ministry will hold consultations in August 2025.",
                       "Findings will go to the 22nd ICLS, and the team uses the 19th ICLS resolution.",
                       "Se convocará una reunión del Grupo Técnico a finales de noviembre de 2025.")
    assert {label: e.start_date for label, e in found.items()} == {
        "Technical briefing for labour inspectors": "2025-07-08", "22nd ICLS": None,
        "Reunión del Grupo Técnico": "2025-11"}


def test_names_of_one_event_fold_and_events_of_two_countries_stay_apart():
    found = events_in(("heading", "Planned workshops"),
                       ("bullet", "Vanuatu national validation workshop, 4 June 2025"),
                       ("bullet", "National validation workshop (Vanuatu), June 2025"),
                       ("bullet", "Kiribati national validation workshop, June 2025"))
    assert {label: e.start_date for label, e in found.items()} == {
        "Vanuatu national validation workshop": "2025-06-04", "Kiribati national validation workshop": "2025-06"}


def test_a_list_item_goes_on_in_the_indented_block_below_it_and_a_title_may_open_with_a_gerund():
    from kg87.model.document import Block, Document, Page

    blocks = [Block("p1-b0", 1, "heading", "Coming up", (400, 60, 520, 70), 9, False),
              Block("p1-b1", 1, "bullet", "14/05/2026 - Seminar:", (400, 80, 500, 90), 9, False, "–"),
              Block("p1-b2", 1, "paragraph", "Tracing recruitment fees in garment supply chains, Dhaka",
                    (412, 92, 520, 112), 9, False)]
    document = Document("c.pdf", "9" * 64, "Newsletter, 2026", [Page(1, 595, 842, blocks)])
    assert {e.label: e.start_date for e in extract(document, "event")} == {
        "Seminar: Tracing recruitment fees in garment supply chains": "2026-05-14"}
