"""Interventions: speaker turns with their speaker, meeting and page."""

from __future__ import annotations

from conftest import as_row, extract

from kg87.extract.interventions import meeting_of


def test_meeting_report_turns(report):
    found = [as_row(i) for i in extract(report, "intervention")]
    by_label = {}
    for i in found:
        by_label.setdefault(i.speaker_label, []).append(i)
    assert meeting_of(report) == "5th Meeting of the Global Coordinating Group"
    assert {"ITUC", "UNU", "Chair", "US Department of Labor", "Ireland", "CGIL", "UNICEF"} <= set(by_label)
    unicef = by_label["UNICEF"][0]
    assert unicef.text.startswith("On behalf also of IOM, UNICEF presented")  # not IOM: UNICEF speaks
    assert len(by_label["US Department of Labor"]) == 4
    itu = by_label["ITUC"][0]
    assert itu.page == 4 and not itu.text.startswith("Global March")  # Global March's turn is its own
    assert any(i.text.startswith("Global March offered") for i in by_label["Global March"])
    she = [i for i in by_label["Chair"] if "she reaffirmed" in i.text]
    assert she, "a pronoun continues the last speaker"
    dfid = by_label["UK Department for International Development"]
    assert len(dfid) == 1 and "The UK asked the Alliance" in dfid[0].text  # the body, then its country: one turn


def test_french_turns():
    from kg87.model.document import Block, Document, Page

    text = ("Le BIT a présenté les résultats de l’enquête. "
            "Le Royaume-Uni a demandé si le Sénégal et le Maroc participeraient.")
    document = Document("fr.pdf", "3" * 64, "Compte rendu de la réunion, Dakar, 12 mars 2021",
                        [Page(1, 595, 842, [Block("p1-b0", 1, "paragraph", text, (0, 0, 500, 20), 11, False)])])
    turns = [as_row(i) for i in extract(document, "intervention")]
    assert [(t.speaker_id, t.speaker_label) for t in turns] == [("organisation:ilo", "BIT"), ("country:GBR", "Royaume-Uni")]
