"""Events: names, ISO 8601 dates (also without a year) and places."""

from __future__ import annotations

import pytest

from conftest import extract

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


def _events_of(*paragraphs: str, title: str = "Briefing note, 2024"):
    from kg87.model.document import Block, Document, Page

    blocks = [Block(f"p1-b{i}", 1, "paragraph", text, (0, 30 * i, 500, 30 * i + 20), 11, False)
              for i, text in enumerate(paragraphs)]
    return {e.label: e for e in extract(Document("e.pdf", str(len(paragraphs)) * 64, title, [Page(1, 595, 842, blocks)]),
                                           "event")}


def test_events_named_in_prose_with_their_date_as_precise_as_the_text_and_place():
    found = _events_of(
        "The subregional workshop on forced labour in fisheries will take place in Suva on 3-4 March 2025.",
        "A webinar on recruitment fees for migrant workers is planned for October, and the meeting will follow.")
    workshop = found["Subregional workshop on forced labour in fisheries"]
    assert (workshop.start_date, workshop.location) == ("2025-03-03", "Suva")
    assert found["Webinar on recruitment fees for migrant workers"].start_date == "2024-10"
    assert not any(label.lower() == "meeting" for label in found)


def test_french_events_in_prose_are_dated_by_dateparser():
    found = _events_of(
        "Le séminaire régional sur la migration de main-d'œuvre se tiendra à Lomé le 12 mai 2025, "
        "a indiqué le représentant du Togo.", title="Compte rendu, 2025")
    [(label, event)] = found.items()
    assert label.startswith("Séminaire régional sur la migration de main")
    assert (event.start_date, event.location) == ("2025-05-12", "Lomé")


def test_two_editions_of_a_forum_stay_apart_and_an_undated_mention_folds_into_a_dated_one():
    found = _events_of(
        "The first Forum on Decent Work in Fisheries was held on 5 May 2023 in Accra.",
        "The second Forum on Decent Work in Fisheries will take place on 9 May 2024.",
        "Participants praised the Forum on Decent Work in Fisheries.")
    assert sorted(e.start_date for e in found.values()) == ["2023-05-05", "2024-05-09"]


def _events_in(*blocks: tuple[str, str], title: str = "Pathfinder update, 2025"):
    """Events of a document of (kind, text) blocks; a block's section is the headings above it."""
    from kg87.model.document import Block, Document, Page

    made, headings = [], []
    for i, (kind, text) in enumerate(blocks):
        made.append(Block(f"p1-b{i}", 1, kind, text, (0, 30 * i, 500, 30 * i + 20), 11, False,
                          "•" if kind == "bullet" else "", section=list(headings)))
        headings = [text] if kind == "heading" else headings
    document = Document("e.pdf", str(len(blocks)) * 63 + "e", title, [Page(1, 595, 842, made)])
    return {e.label: e for e in extract(document, "event")}


def test_a_workshop_named_only_by_its_noun_belongs_to_the_country_its_item_or_heading_names():
    found = _events_in(
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
    found = _events_in(("paragraph", "Six months after its national validation workshop, Belize has adopted a "
                                     "roadmap. The workshop, held in Belmopan on 2 May 2024, agreed on priorities."))
    assert [(label, e.start_date) for label, e in found.items()] == [
        ("Belize national validation workshop", "2024-05-02")]


def test_items_of_a_heading_that_names_events_are_events_of_their_country_unless_it_denies_them():
    found = _events_in(("heading", "Workshops planned"), ("paragraph", "Bhutan – September 2025"),
                       ("heading", "Interest expressed, no workshop planned yet"), ("paragraph", "Tonga – March 2025"))
    assert [(label, e.start_date) for label, e in found.items()] == [("Workshop (Bhutan)", "2025-09")]


def test_an_event_noun_that_modifies_another_noun_names_no_event_and_a_compound_names_the_event():
    found = _events_in(("paragraph", "The meeting report of 3 March 2025 was circulated."),
                       ("paragraph", "A roadmap launch event will be held in Apia on 9 April 2025."))
    assert list(found) == ["Roadmap launch event"]
    assert found["Roadmap launch event"].start_date == "2025-04-09"
