"""Commitments found by language: ratify, pledge, commit to, will, next steps; actors and roles."""

from __future__ import annotations

import pytest

from conftest import as_row

from kg87.extract.cues import cue_commitments
from kg87.extract.entities import EntityFinder
from kg87.model.document import Block, Document, Page


@pytest.fixture(scope="module")
def finder():
    return EntityFinder()


def run(finder, *paragraphs, kinds=None):
    kinds = kinds or ["paragraph"] * len(paragraphs)
    blocks = [Block(f"p1-b{i}", 1, kind, text, (50, 20 * i, 500, 20 * i + 15), 11, False, "•" if kind == "bullet" else "")
              for i, (text, kind) in enumerate(zip(paragraphs, kinds))]
    document = Document("m.pdf", "2" * 64, "Meeting report, Geneva, 3 March 2021", [Page(1, 595, 842, blocks)])
    return [as_row(c) for c in cue_commitments(document, finder.mentions(document), set())]


def test_ratification_through_a_possessive(finder):
    [c] = run(finder, "Ireland mentioned its recent ratification of the 2014 Protocol to the Forced Labour Convention.")
    assert (c.actor_id, c.kind) == ("IRL", "ratification")


def test_every_co_actor_of_a_list(finder):
    rows = run(finder, "A consortium of ILO, UNICEF, IOM and OECD will release a joint report in early September.")
    assert sorted(r.actor_id for r in rows) == ["ilo", "iom", "oecd", "unicef"]
    assert {r.kind for r in rows} == {"plan"} and {r.target_year for r in rows} == {2021}


def test_pledge_by_the_organisation_thanked(finder):
    [c] = run(finder, "UNICEF thanked the UK Modern Slavery Innovation Fund for committing to fund the platform "
                      "until March 2023.")
    assert (c.actor_id, c.kind, c.target_year) == ("uk-modern-slavery-innovation-fund", "pledge", 2023)


def test_next_steps_list_of_the_last_speaker(finder):
    rows = run(finder, "IOM presented its work. The next steps highlighted were:",
               "To train labour inspectors in two provinces;", "To publish the survey results.",
               "The meeting closed.", kinds=["paragraph", "bullet", "bullet", "paragraph"])
    assert [(r.actor_id, r.kind) for r in rows] == [("iom", "next-step"), ("iom", "next-step")]


def test_the_chair_is_the_country_that_chairs(finder):
    rows = run(finder, "The meeting was chaired by Germany.",
               "The Chair invited the group to meet in Berlin and committed to confirm the dates shortly.")
    assert [(r.actor_type, r.actor_id) for r in rows] == [("country", "DEU")]


def test_french_commitment_with_deadline(finder):
    [c] = run(finder, "Le Maroc s'engage à adopter un plan d'action national d'ici 2025.")
    assert (c.actor_id, c.kind, c.target_year) == ("MAR", "plan", 2025)


def test_nouns_are_not_cues(finder):
    assert run(finder, "Argentina proposed to follow up on the pledges made by governments.") == []
