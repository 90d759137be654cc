"""Pathfinder status from lists, slides and announcements."""

from __future__ import annotations

import pytest

from kg87.extract.assemble import resolve
from kg87.extract.nlp import pipeline
from kg87.extract.pathfinders import cue, described_as_pathfinder
from kg87.model.records import Provenance, StatusFact


def test_cues_in_english_and_french():
    assert cue("Formal expressions of interest have been received by 15 countries: A, B, C") == "pathfinder_interest"
    assert cue("Strategic Planning Workshops were scheduled still in 2019 for Fiji") == "workshop_scheduled"
    assert cue("Strategic Planning Workshops have been held in 9 countries") == "workshop_held"
    assert cue("Countries that have convened strategic planning workshops") == "workshop_held"
    assert cue("Upcoming workshops in 2019") == "workshop_scheduled"
    assert cue("announced the intention of his country to become an Alliance 8.7 Pathfinder Country") \
        == "pathfinder_interest"
    assert cue("Des ateliers sont prévus au Mali") == "workshop_scheduled"
    assert cue("The workshop discussed supply chains") is None


def fact(iso3, status, source="list"):
    return StatusFact(iso3, status, source, "p1-b1", Provenance("d.pdf", 1, "q", (0, 0, 1, 1)))


def test_complete_lists_imply_false_and_announcements_do_not():
    status = resolve([
        fact("AAA", "pathfinder_interest"), fact("BBB", "pathfinder_interest"), fact("CCC", "pathfinder_interest"),
        fact("AAA", "workshop_held"), fact("BBB", "workshop_scheduled"),
        fact("DDD", "pathfinder_interest", source="statement"),
    ])
    assert status["AAA"] == {"pathfinder_interest": True, "workshop_held": True, "workshop_scheduled": False}
    assert status["BBB"] == {"pathfinder_interest": True, "workshop_held": False, "workshop_scheduled": True}
    assert status["CCC"] == {"pathfinder_interest": True, "workshop_held": False, "workshop_scheduled": None}
    assert status["DDD"] == {"pathfinder_interest": True, "workshop_held": None, "workshop_scheduled": None}


def test_corpus_pathfinder_columns(corpus_build):
    records = corpus_build[0].records
    by_iso = {c.iso3: c for c in records.countries}
    interest = {i for i, c in by_iso.items() if c.pathfinder_interest}
    assert len(interest) >= 15 and {"CIV", "FRA", "NPL", "VNM", "LKA"} <= interest
    assert {i for i, c in by_iso.items() if c.workshop_held} == {
        "ALB", "CHL", "MDG", "MRT", "NPL", "NGA", "TUN", "UGA", "VNM"}
    assert {i for i, c in by_iso.items() if c.workshop_scheduled} == {"FJI", "MWI", "MEX", "MAR", "PER"}
    announcements = [c for c in records.of_type("commitment") if c.kind == "pathfinder-interest"]
    assert {c.actor.id for c in announcements} == {"CIV", "FRA"}
    assert by_iso["ARG"].pathfinder_interest is None  # named, but no status stated


DESCRIBED = [  # (language, sentence, country, described as a pathfinder)
    ("en", "Lesotho, a pathfinder country of the Alliance, presented its roadmap.", "Lesotho", True),
    ("en", "Bhutan is a pathfinder country since 2021.", "Bhutan", True),
    ("en", "Bhutan became a pathfinder in 2021.", "Bhutan", True),
    ("en", "Estonia, one of the pathfinder countries of the region, hosted the meeting.", "Estonia", True),
    ("en", "The pathfinder countries (Lesotho and Bhutan) reported progress.", "Bhutan", True),
    ("en", "Norway would provide EUR 3 million to help pathfinder countries.", "Norway", False),
    ("en", "Lesotho is not a pathfinder country.", "Lesotho", False),
    ("en", "Norway, one of the donors to pathfinder countries, spoke next.", "Norway", False),
    ("fr", "Les pays pionniers (le Bénin et le Togo) ont présenté leurs feuilles de route.", "Togo", True),
    ("fr", "Selon le Bénin, pays pionnier, la prochaine réunion aura lieu à Cotonou.", "Bénin", True),
    ("fr", "La Belgique soutiendra les pays pionniers.", "Belgique", False),
    ("es", "Bolivia, país pionero de la Alianza, presentó su hoja de ruta.", "Bolivia", True),
    ("es", "España apoyará a los países pioneros.", "España", False),
]


@pytest.mark.parametrize("language, sentence, country, described", DESCRIBED)
def test_a_country_the_parse_describes_as_a_pathfinder(language, sentence, country, described):
    doc = pipeline(language)(sentence)
    start = sentence.index(country)
    span = doc.char_span(start, start + len(country), alignment_mode="expand")
    assert described_as_pathfinder(span.root) is described
