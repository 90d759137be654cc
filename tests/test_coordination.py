"""Coordinated statements and speaker turns: one sentence may hold several commitments, and a turn goes on
through the sentences its speaker's pronoun opens."""

from __future__ import annotations

import pytest

from conftest import as_row, extract

from kg87.extract.candidates import features
from kg87.extract.frames import coordinated, frame
from kg87.extract.nlp import pipeline
from kg87.model.document import Block, Document, Page


def parse(text: str, language: str = "en"):
    return pipeline(language)(text)[:]


def document(*paragraphs: str) -> Document:
    blocks = [Block(f"p1-b{i}", 1, "paragraph", text, (50, 40 * i, 500, 40 * i + 30), 11, False)
              for i, text in enumerate(paragraphs)]
    return Document("d.pdf", "7" * 64, "Meeting report, Geneva, 4 March 2024", [Page(1, 595, 842, blocks)])


def commitments(doc: Document) -> list:
    return [as_row(s) for s in extract(doc, "commitment")]


@pytest.mark.parametrize("text, language, pieces", [
    ("Kenya will hire 300 labour inspectors by 2027, and Peru will publish its survey in 2026.", "en", 2),
    ("Ghana pledged to extend the monitoring system to all districts and to open ten shelters.", "en", 2),
    ("The inspectorate plans to train its staff and will publish a guide in 2026.", "en", 2),
    ("Le ministère recrutera 60 inspecteurs d'ici 2026 et publiera un guide en 2027.", "fr", 2),
    ("Chile will map its supply chains and publish the results.", "en", 1),  # one auxiliary, one clause
    ("The Chair committed to confirm the date and closed the meeting.", "en", 1),  # closing commits to nothing
])
def test_a_coordinated_clause_with_a_commitment_of_its_own_is_a_statement_of_its_own(text, language, pieces):
    span = parse(text, language)
    assert 1 + len(coordinated(frame(span), span)) == pieces


def test_each_coordinated_commitment_has_its_own_actor_text_and_year():
    rows = commitments(document("Kenya will hire 300 labour inspectors by 2027, and Peru will publish its national "
                                "child labour survey in 2026."))
    by_actor = {r.actor_id: r for r in rows}
    assert set(by_actor) == {"KEN", "PER"}
    assert by_actor["KEN"].target_year == 2027 and "survey" not in by_actor["KEN"].text
    assert by_actor["PER"].target_year == 2026 and "inspectors" not in by_actor["PER"].text


def test_actions_sharing_one_commitment_with_their_own_infinitives_are_two_commitments_of_one_actor():
    rows = commitments(document("Ghana pledged to extend the child labour monitoring system to all districts by 2026 "
                                "and to open ten shelters for survivors of trafficking before 2028."))
    assert sorted((r.actor_id, r.target_year) for r in rows) == [("GHA", 2026), ("GHA", 2028)]


def test_a_turn_goes_on_through_the_sentences_its_speakers_pronoun_opens():
    doc = document("The Minister of Labour of Kenya recalled that the inspectorate had rescued 200 children in 2023. "
                   "He announced that the Ministry of Labour will hire 300 labour inspectors by 2027.")
    turns = [as_row(s) for s in extract(doc, "intervention")]
    assert [t.speaker_id for t in turns] == ["country:KEN"]
    assert "rescued" in turns[0].text and "will hire" in turns[0].text


@pytest.mark.parametrize("text, language, proposing", [
    ("Participants recommended that the Secretariat prepare a tracker of pledges.", "en", True),
    ("We propose a regional network of labour inspectors.", "en", True),
    ("Le groupe recommande de publier les données chaque année.", "fr", True),
    ("Se sugiere que los países publiquen un informe anual.", "es", True),
    ("Participants noted that the Secretariat prepares a tracker of pledges.", "en", False),
    ("The union welcomed the plan and called for a fund for rescued fishers.", "en", True),  # a verb and its particle
    ("Le syndicat a appelé à réviser la liste des travaux dangereux.", "fr", True),
    ("La central pidió que los países publiquen un informe anual.", "es", True),  # a request and its conjunction
    ("The Chair called the meeting to order.", "en", False),
    ("The union asked whether the survey would cover fishers.", "en", False),
])
def test_a_unit_that_makes_a_proposal_says_so_whatever_the_verb_or_language(text, language, proposing):
    from types import SimpleNamespace

    from kg87.extract.actors import Actors

    span = parse(text, language)
    unit = SimpleNamespace(kind="sentence", language=language, span=span, text=text, section=[], column=False,
                           header="", row=[], id="p1-b0-s0")
    names = features(unit, frame(span), Actors({}, {}, None), None, 2024)
    assert ("proposing" in names) is proposing


@pytest.mark.parametrize("header, text, role, longest", [
    ("Action", "Train 200 inspectors of the Zembla labour inspectorate on forced labour indicators", "other", True),
    ("Partners", "Inspectorate, ILO", "support", False),
    ("Responsable", "Ministère du Travail", "lead", False),
])
def test_a_cell_says_whether_its_column_names_who_and_whether_it_tells_the_row_at_most_length(header, text, role,
                                                                                              longest):
    from types import SimpleNamespace

    from kg87.extract.candidates import _cell_features

    row = {"Action": "Train 200 inspectors of the Zembla labour inspectorate on forced labour indicators",
           "Partners": "Inspectorate, ILO", "Responsable": "Ministère du Travail", "Deadline": "June 2026"}
    others = [(h, parse(t)) for h, t in row.items() if h != header]
    unit = SimpleNamespace(span=parse(text), header=header, row_spans=others)
    assert _cell_features(unit) == [f"column_role={role}", f"cell_longest={longest}"]
