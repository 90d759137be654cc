"""Events: names, ISO 8601 dates (also without a year) and places."""

from __future__ import annotations

import pytest

from conftest import extract

from kg87.extract.dates import parse_date


@pytest.mark.parametrize("text,iso", [
    ("on 17th July 2019 at noon", "2019-07-17"),
    ("in Abidjan, 14-15 May, 2019", "2019-05-14"),
    ("Paris Peace forum - Nov 11-13 (Paris)", "2019-11-11"),
    ("held on 12/11/2019", "2019-11-12"),
    ("to be released in early September at the G-20", "2019-09"),
    ("(Oct. 2018)", "2018-10"),
    ("le 17 juillet 2019 à New York", "2019-07-17"),
    ("in January 2020", "2020-01"),
])
def test_dates_are_normalised(text, iso):
    assert parse_date(text, 2019)[0] == iso


def test_no_date_no_guess():
    assert parse_date("the next meeting", 2019) == (None, -1)


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
    document = Document("fr.pdf", "4" * 64, "Compte rendu, 2021",
                        [Page(1, 595, 842, [Block("p1-b0", 1, "bullet", text, (0, 0, 500, 20), 11, False, "•")])])
    [event] = extract(document, "event")
    assert event.label == "Atelier national de planification stratégique de la Côte d’Ivoire"
    assert (event.start_date, event.location) == ("2021-06-14", "Abidjan")
