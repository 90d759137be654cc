"""What an event noun's phrase is and which date is its own: invented sentences of the genre."""

from __future__ import annotations

from conftest import events_in, events_of, table_events

ROADMAP_OF_ONE = "Tonga: Pathfinder roadmap 2026-2028"
UPDATE_OF_SEVERAL = "Pacific pathfinder update, 2026"


def test_a_document_about_one_country_leaves_it_out_of_its_events_names():
    blocks = (("heading", "TONGA"),
              ("paragraph", "The national validation workshop took place in Nuku'alofa on 4 June 2026."),
              ("bullet", "Tonga: workshop held in Nuku'alofa, 3 March 2026"))
    assert {label: e.start_date for label, e in events_in(*blocks, title=ROADMAP_OF_ONE).items()} == {
        "National validation workshop": "2026-06-04", "Workshop (Tonga)": "2026-03-03"}
    for title in (UPDATE_OF_SEVERAL, "Tonga and Samoa: joint pathfinder roadmap 2026-2028"):
        assert "National validation workshop (Tonga)" in events_in(*blocks, title=title)


def test_a_table_row_names_its_countrys_event_unless_the_document_is_about_that_country():
    rows = [("Samoa", "National validation workshop, 12 May 2026", "Ministry of Labour")]
    headers = ["Country", "Milestone", "Lead"]
    assert table_events(headers, rows, "Samoa: Pathfinder roadmap 2026-2028") == {
        "National validation workshop": "2026-05-12"}
    assert table_events(headers, rows, UPDATE_OF_SEVERAL) == {"National validation workshop (Samoa)": "2026-05-12"}


def test_a_time_limit_dates_an_event_only_when_the_event_is_what_the_action_acts_on():
    found = events_of("The Ministry will hold a regional workshop on domestic work before 30 June 2026.",
                      "Partners will send comments on the agenda of the regional seminar on child domestic work by "
                      "15 May 2026.",
                      "Le Ministère transmettra le programme de l'atelier national sur le travail domestique avant "
                      "le 15 mai 2026.")
    assert found["Regional workshop on domestic work"].start_date == "2026-06-30"
    assert found["Regional seminar on child domestic work"].start_date is None
    assert not any(e.start_date == "2026-05-15" for e in found.values())
    timeline = events_in(("bullet", "National validation workshop before 30 September 2026"))
    assert [e.start_date for e in timeline.values()] == ["2026-09-30"]


def test_a_line_that_lists_a_meeting_with_other_business_is_an_agenda_item():
    assert events_in(("bullet", "Next meeting and closing"), ("paragraph", "Geneva, 14 May 2026")) == {}
    assert events_in(("bullet", "Prochaine réunion et clôture"), ("paragraph", "Genève, 14 mai 2026"),
                     title="Compte rendu, 2026") == {}
    found = events_in(("bullet", "Workshop and field visit"), ("paragraph", "Geneva, 14 May 2026"))
    assert [e.start_date for e in found.values()] == ["2026-05-14"]


def test_words_of_a_bodys_name_are_no_event():
    found = events_of("The Ministry of Labour and Social Dialogue published its annual report on 3 March 2026.",
                      "Le ministère de l'Emploi, du Dialogue social et de la Protection sociale a publié son "
                      "rapport le 3 mars 2026.",
                      "A social dialogue forum was held in Lomé on 9 March 2026.")
    assert list(found) == ["Social dialogue forum"]


def test_a_noun_with_a_direct_object_is_a_verb_and_a_launch_of_something_is_an_event():
    found = events_in(("bullet", "3.2 Launch a public campaign against child labour in brick kilns"),
                      ("paragraph", "12 June 2026"),
                      ("bullet", "2.4 Launch of the radio campaign on recruitment fees"),
                      ("paragraph", "12 June 2026"))
    assert {label: e.start_date for label, e in found.items()} == {
        "Launch of the radio campaign on recruitment fees": "2026-06-12"}


def test_two_words_may_name_the_event_a_round_table_in_three_languages():
    found = events_of("A resource mobilisation round table with donors will be held in Apia on 9 April 2026.",
                      "Une table ronde des bailleurs se tiendra à Lomé le 10 avril 2026.",
                      "Se celebrará una mesa redonda con los donantes en Lima el 11 de abril de 2026.",
                      title="Informe, 2026")
    assert sorted(e.start_date for e in found.values()) == ["2026-04-09", "2026-04-10", "2026-04-11"]


def test_two_unnamed_mentions_of_one_kind_of_event_on_one_day_are_one_event():
    found = events_of("The roadmap was validated at a national workshop in Apia on 21 March 2026.",
                      "Its validation workshop (21 March 2026) chose four priorities.",
                      "A regional workshop on 22 March 2026 discussed the budget.")
    assert {label: e.start_date for label, e in found.items()} == {
        "National workshop": "2026-03-21", "Regional workshop": "2026-03-22"}


def test_an_event_in_a_relative_clause_is_not_dated_by_the_main_clause():
    found = events_of("The working groups that were formed at the sixth meeting met again on 14 May 2026.")
    assert [e.start_date for e in found.values()] in ([], [None])


def test_a_session_held_is_an_event_but_a_session_of_a_meeting_is_part_of_it():
    found = events_of("Fiji would host a technical session on the inspection of fishing vessels in Lautoka in 2026.",
                      "The group agreed to devote a session of its ninth meeting to seasonal work, on 8 June 2026.")
    assert "Technical session on the inspection of fishing vessels" in found
    assert not any(label.lower().startswith("session") for label in found)


def test_a_long_bodys_name_gives_way_to_its_acronym_and_a_participle_agreeing_with_the_noun_is_part_of_the_name():
    found = events_of("La reunión ampliada del Comité Interinstitucional de Lucha contra el Trabajo Forzoso en la Pesca "
                      "Artesanal (CILTFPA) con los socios de la región se celebró en Asunción el 3 de marzo de 2026.",
                      "The Annual Meeting of the National Committee against Forced Labour in Small-Scale Fisheries "
                      "and Fish Processing (NCFLF) with partners of the region took place on 5 March 2026.",
                      "Un taller nacional de planificación celebrado en Asunción en 2025 definió las prioridades.",
                      title="Acta, 2026")
    assert {label: e.start_date for label, e in found.items()} == {
        "Reunión ampliada del CILTFPA con los socios de la región": "2026-03-03",
        "Annual Meeting of the NCFLF with partners of the region": "2026-03-05",
        "Taller nacional de planificación": None}


def test_a_period_of_a_year_is_when_an_event_is_held_not_a_part_of_its_name():
    found = events_of("Le projet sera soumis à un atelier de validation au premier trimestre de 2027.",
                      title="Compte rendu, 2026")
    assert list(found) == ["Atelier de validation"]


def test_a_possessive_opening_a_sentence_is_the_named_subject_of_the_sentence_before():
    found = events_of("Kiribati told the Board that Samoa had ratified the Protocol. Its planning workshop will be "
                      "held in the second half of 2026.", title=UPDATE_OF_SEVERAL)
    assert list(found) == ["Kiribati planning workshop"]


def test_a_figure_after_a_capitalised_word_is_a_word_of_the_name():
    found = events_of("A review meeting of Vision 2030 partners was held in Accra on 5 May 2026.")
    assert list(found) == ["Review meeting of Vision 2030 partners"]