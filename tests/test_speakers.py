"""Whom a speaker speaks for: the body a participle clause names, the body the document introduced a person with,
and never an organisation made of a person's name."""

from __future__ import annotations

from conftest import as_row, extract

from kg87.model.document import Block, Document, Page


def document(*paragraphs: str) -> Document:
    blocks = [Block(f"p1-b{i}", 1, "paragraph", text, (50, 60 * i, 500, 60 * i + 50), 11, False)
              for i, text in enumerate(paragraphs)]
    return Document("d.pdf", "8" * 64, "Report of a side event, Geneva, 9 May 2025", [Page(1, 595, 842, blocks)])


def speakers(doc: Document) -> list[str]:
    return [as_row(s).speaker_id for s in extract(doc, "intervention")]


def test_a_person_speaking_for_a_body_named_in_a_participle_clause_speaks_for_that_body():
    doc = document("Mr Tomasz Wielgosz, speaking for UNICEF, stressed that cash transfers kept children in school.")
    assert speakers(doc) == ["organisation:unicef"]


def test_a_person_called_by_surname_speaks_for_the_body_the_document_introduced_them_with():
    doc = document("Panellists: Amara Ndlovu, Director, International Organization for Migration; "
                   "Jonas Ekberg, Labour Inspectorate, Sweden.",
                   "Ms. Ndlovu stressed that most exploitation of migrants began with deceptive recruitment.",
                   "Mr. Ekberg noted that joint inspections had doubled the cases referred to prosecutors.")
    assert speakers(doc) == ["organisation:iom", "country:SWE"]


def test_a_persons_name_is_never_taken_for_an_organisation():
    doc = document("Mr Halvard Brennicke Osterberg stressed that inspections alone would not end child labour.")
    assert not any(s.startswith("organisation:") for s in speakers(doc))


def test_a_person_with_a_bracketed_country_speaks_for_that_country():
    doc = document("Niger recalled that its labour code had been revised in 2023.",
                   "Mr Djibrine Mahamat Saleh (Chad) described the situation of children in the camps of the east.")
    assert speakers(doc) == ["country:NER", "country:TCD"]


def test_narrative_past_among_reported_speech_takes_no_floor():
    doc = document("Kenya recalled that it had doubled its labour inspectors. Peru stressed that fees should be banned.",
                   "Albania became a pathfinder country in 2020 and validated its roadmap at a workshop in 2021.",
                   "Ghana noted that its survey would be published soon. Chile welcomed the new guidance.")
    texts = [as_row(s).text for s in extract(doc, "intervention")]
    assert texts and not any("Albania became" in t for t in texts)


def test_a_verb_the_document_reports_speech_with_takes_the_floor_without_a_clause():
    """The rule that narrative past fails: "stressed" reports speech elsewhere, "became" nowhere."""
    from kg87.extract.candidates import candidates
    from kg87.extract.learned import _takes_the_floor
    from kg87.extract.registry import run_context

    doc = document("Kenya recalled that it had doubled its labour inspectors. Peru stressed that fees should be banned.",
                   "Tonga stressed the role of social dialogue in the reform of its labour code.",
                   "Albania became a pathfinder country in 2020 and validated its roadmap at a workshop in 2021.",
                   "Ghana noted that its survey would be published soon. Chile welcomed the new guidance.")
    floor = {c.unit.text.split()[0]: _takes_the_floor(c)
             for c in candidates(run_context(doc, ["mention", "organisation", "event"]))}
    assert floor["Tonga"] and not floor["Albania"]


def test_a_union_or_employers_body_named_with_its_country_speaks_for_itself_a_ministry_for_its_country():
    doc = document("The National Federation of Plantation Workers of Malawi stressed that pickers were rarely paid on time.",
                   "Le représentant de la Confédération des employeurs du Togo a rappelé que les PME manquaient d'appui.",
                   "The Ministry of Labour of Malawi noted that inspections would resume in the tea estates.")
    found = speakers(doc)
    assert len(found) == 3 and found[0].startswith("organisation:") and found[1].startswith("organisation:")
    assert "malawi" in found[0] and found[2] == "country:MWI"
    labels = [as_row(s).speaker_label for s in extract(doc, "intervention")]
    assert labels[0].startswith("National Federation") and "Confédération" in labels[1]  # not "Malawi", "Togo"


def test_a_country_qualifying_a_social_partners_name_points_to_that_body_one_qualifying_a_ministry_does_not():
    """Where no organisation mention spans the name, the body a country only qualifies is found from the parse."""
    from kg87.extract.subjects import body_name, body_qualified
    from kg87.extract.nlp import pipeline

    for text, body in (("The General Federation of Malawian Trade Unions stressed the point.", "General Federation"),
                       ("Le représentant de l'Union des syndicats du Togo a rappelé le principe.", "Union des syndicats"),
                       ("The Ministry of Labour of Malawi stressed the point.", None)):
        span = pipeline("fr" if text.startswith("Le ") else "en")(text)[:]
        subject = next(t for t in span if t.dep_ == "nsubj")
        kept = list(subject.subtree)
        country = next(t for t in kept if t.text in ("Malawian", "Malawi", "Togo"))
        found = body_qualified(kept, country.idx)
        assert (found is None) if body is None else body_name(found).startswith(body)


def test_a_proposer_a_pronoun_stands_for_is_labelled_as_the_document_names_it():
    """A proposer's label is the document's name for the body ("UNICEF"), not the gazetteer's ("United Nations
    Children's Fund"), also where a pronoun stands for it."""
    doc = document("Kenya recalled that it had doubled its labour inspectors.",
                   "UNICEF joined the Alliance in 2016 and has chaired one of its action groups since 2019. It "
                   "suggested that every district office appoint a focal point for working children.")
    proposals = [as_row(s) for s in extract(doc, "proposal")]
    assert [p.proposer_label for p in proposals if "focal point" in p.text] == ["UNICEF"]


def test_a_name_that_a_bracketed_acronym_defines_speaks_as_that_body_not_as_a_body_it_contains():
    doc = document("Ghana recalled that its labour code had been revised in 2023.",
                   "El Alto Comisionado de las Naciones Unidas para los Refugiados (ACNUR) señaló que los "
                   "campamentos del norte carecen de escuelas.")
    assert speakers(doc)[-1] == "organisation:unhcr"


def test_a_speaker_the_text_leaves_unnamed_speaks_for_no_one_named_before():
    """"One delegate asked …", "Un membre a demandé …": an indefinite or counted speaker naming no body is not the
    actor named last; "a delegate of Peru" is Peru's."""
    doc = document("Kenya recalled that it had doubled its labour inspectors.",
                   "One delegate asked whether the guide would be translated into Arabic.",
                   "A delegate of Peru asked whether the survey would cover domestic work.")
    assert speakers(doc) == ["country:KEN", "country:PER"]
    doc = document("Le Niger a rappelé que son code du travail avait été révisé en 2023.",
                   "Un membre a demandé si le guide serait traduit en arabe.",
                   "Un délégué du Congo a demandé si l'enquête couvrirait aussi la pêche.")
    assert speakers(doc) == ["country:NER", "country:COG"]
