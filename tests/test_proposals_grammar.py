"""Proposals from grammar: the subjunctive of what someone should do, and who introduces a list of proposals."""

from __future__ import annotations

import pytest

from kg87.extract.frames import frame
from kg87.extract.nlp import pipeline


def parse(text: str, language: str = "en"):
    return pipeline(language)(text)[:]


@pytest.mark.parametrize("text, language, subjunctive", [
    ("The Chair proposed that the Secretariat draft a tracker of pledges.", "en", True),
    ("The panel recommended that a regional review be convened in 2027.", "en", True),
    ("Zembla said that the Secretariat drafts a tracker every year.", "en", False),
    ("Zembla noted that the inspectorate was understaffed.", "en", False),
    ("El delegado propuso que la próxima reunión se celebre en Quito.", "es", True),
    ("El delegado dijo que la reunión se celebró en Quito.", "es", False),
])
def test_a_clause_of_what_someone_should_do_is_told_by_its_mood(text, language, subjunctive):
    assert frame(parse(text, language)).subjunctive is subjunctive


@pytest.mark.parametrize("text", [
    "Tonga proposed that the plenary endorse a joint declaration on child labour.",  # "plenary" read as adjective
    "Members suggested that the second day be devoted to peer review.",  # "devoted" read as adjective
])
def test_a_that_clause_is_reported_speech_though_the_parser_misreads_a_word_of_it(text):
    found = frame(parse(text))
    assert found.speech in ("propose", "suggest") and found.subjunctive


def test_an_introduction_names_who_proposes_its_items_by_the_fuller_name_said_before():
    from kg87.extract.proposers import full_name

    span = parse("The Working Party on Tin Mining met twice in May. The Working Party recommends:")
    introduction = list(span.doc.sents)[-1]
    subject = frame(introduction).subject
    assert full_name(subject, []) == "Working Party on Tin Mining"


def test_a_subject_without_an_earlier_fuller_name_is_its_own_words_without_the_article():
    from kg87.extract.proposers import full_name

    subject = frame(parse("The delegates recommend:")).subject
    assert full_name(subject, []) == "delegates"


def test_a_heading_headed_by_a_verb_names_an_activity_not_a_proposer():
    from kg87.extract.proposers import _phrase_options

    heading = "Measuring forced labour in the Zembla Islands"
    assert _phrase_options(heading, heading, ["src=heading"], "en", [heading]) == []


@pytest.mark.parametrize("heading, language", [
    ("14 de marzo de 2025 – Zoom, con interpretación", "es"),
    ("Geneva, 3 June 2026", "en"),
])
def test_a_heading_that_dates_a_meeting_names_no_proposer(heading, language):
    from kg87.extract.proposers import _phrase_options, _title

    assert _phrase_options(heading, _title(heading), ["src=heading"], language, [heading]) == []


def test_a_heading_of_a_group_names_a_proposer_though_it_holds_a_number():
    from kg87.extract.proposers import _phrase_options, _title

    heading = "Working Group 3 – Child labour in mining"
    assert [o.label for o in _phrase_options(heading, _title(heading), ["src=heading"], "en", [heading])] \
        == ["Working Group 3"]


@pytest.mark.parametrize("heading, language", [
    ("Group D – Brick kilns and quarries", "en"),
    ("Breakout group B: Seafood processing", "en"),
    ("Groupe C – Pêche artisanale", "fr"),
])
def test_a_heading_headed_by_a_letter_names_the_group_the_letter_labels(heading, language):
    from kg87.extract.proposers import _parse, _title, root_class

    (_, _, lemma), _, _, _ = _parse(_title(heading), language)
    assert root_class(lemma) == "collective"


@pytest.mark.parametrize("heading, parent, language, member", [
    ("C – Brick kilns", "Breakout groups: outcomes", "en", "Breakout group C – Brick kilns"),
    ("B – Pêche artisanale", "Groupes de travail", "fr", "Groupe de travail B – Pêche artisanale"),
    ("C – Brick kilns", "Key messages", "en", "C – Brick kilns"),  # a list, not groups: the label stays a label
    ("Brick kilns and quarries", "Breakout groups", "en", "Brick kilns and quarries"),  # a title, not a label
])
def test_a_bare_label_under_a_heading_of_several_groups_names_one_of_them(heading, parent, language, member):
    from kg87.extract.proposers import member_of

    assert member_of(heading, parent, language) == member


@pytest.mark.parametrize("heading, language, number", [
    ("Conclusions des groupes", "fr", "Plur"),  # several groups: none of them alone proposes
    ("Recommendations of the steering committee", "en", "Sing"),
])
def test_a_genitive_option_says_whether_it_names_one_body_or_several(heading, language, number):
    from kg87.extract.proposers import _phrase_options, _title

    genitives = [o for o in _phrase_options(heading, _title(heading), ["src=heading"], language, [heading])
                 if "src=heading_genitive" in o.features]
    assert [n for o in genitives for n in o.features if n.startswith("genitive_number=")] == [f"genitive_number={number}"]


@pytest.mark.parametrize("heading, proposer", [
    ("Panel 3. Decent work in the Zembla fisheries", "Panel 3"),
    ("Mesa 2. Trabajo infantil en la agricultura", "Mesa 2"),
])
def test_a_numbered_label_before_a_heading_s_title_names_the_session_or_group(heading, proposer):
    from kg87.extract.proposers import _title

    assert _title(heading) == proposer


@pytest.mark.parametrize("heading, proposers", [
    ("Stakeholders' review session", ["Stakeholders' review session"]),  # a meeting proposes, not its members
    ("Recommendations of the working group", ["working group"]),  # a list proposes nothing, its owner does
])
def test_a_genitive_names_the_proposer_only_where_the_heading_names_no_body_or_meeting(heading, proposers):
    from kg87.extract.proposers import _phrase_options, _title

    assert [o.label for o in _phrase_options(heading, _title(heading), ["src=heading"], "en", [heading])] == proposers


@pytest.mark.parametrize("heading, language, proposers", [
    ("Plan d'action national", "fr", []),  # a plan's genitive is its topic, not its owner
    ("Recruitment of migrant workers", "en", []),
    ("Recommandations du Comité de pilotage", "fr", ["Comité de pilotage"]),
    ("Conclusions of the Zembla workshop", "en", ["Zembla workshop"]),
])
def test_a_genitive_names_a_proposer_only_where_its_head_names_a_body_a_meeting_or_a_proper_name(
        heading, language, proposers):
    from kg87.extract.proposers import _phrase_options, _title

    found = _phrase_options(heading, _title(heading), ["src=heading"], language, [heading])
    assert [o.label for o in found if "src=heading_genitive" in o.features] == proposers


def test_a_subject_keeps_the_articles_inside_its_name():
    from kg87.extract.proposers import full_name

    subject = frame(parse("Le Groupe de travail sur la migration recommande aux gouvernements de :", "fr")).subject
    assert full_name(subject, []) == "Groupe de travail sur la migration"


@pytest.mark.parametrize("heading, language, proposer", [
    ("At the close of the meeting, the participants agreed:", "en", "participants"),
    ("Le Comité de pilotage recommande :", "fr", "Comité de pilotage"),
    ("Key messages:", "en", None),
])
def test_a_heading_that_introduces_a_list_offers_its_subject_as_the_items_proposer(heading, language, proposer):
    from types import SimpleNamespace

    from kg87.extract.proposers import _introduction_options

    item = SimpleNamespace(introduction=None, unit=SimpleNamespace(section=["Report of the meeting", heading]))
    labels = [o.label for o in _introduction_options(item, language, [heading])]
    assert labels == ([proposer] if proposer else [])


def test_an_option_says_who_speaks_in_its_candidate_so_that_its_source_is_weighed_by_that():
    """"It suggested …" points to an actor named before; "Participants suggested …" to the meeting: the same heading
    option must be described differently in the two, as a pairwise ranker weighs only what differs between options."""
    from types import SimpleNamespace

    from kg87.extract.proposers import Option, _in_context, _who_speaks

    heading = Option("Session 2: Fair recruitment", {"src=heading": 1.0, "depth=0": 1.0})
    described = {}
    for text in ("It suggested that the plenary devote a day to survivors.",
                 "Participants suggested that the plenary devote a day to survivors."):
        candidate = SimpleNamespace(frame=frame(parse(text)), actors_from="reference", actors=[])
        described[text.split()[0]] = _in_context(heading, _who_speaks(candidate)).features
    assert "src=heading&who=pronoun" in described["It"]
    assert described["It"] != described["Participants"] and "src=heading&who=pronoun" not in described["Participants"]
