"""The action parts of a statement: what it proposes to do, without who, where, when or how much."""

from __future__ import annotations

import pytest

from kg87.extract.parts import action_parts, attach_action_parts
from kg87.model.records import ActionParts, Actor, Provenance, Statement


@pytest.mark.parametrize("text, verb, kept, left_out", [
    ("Zembla will ratify the Protocol on forced labour by mid-2031", "ratify", {"ratify", "protocol"},
     {"zembla", "mid-2031", "will"}),
    ("The Ministry of Labour of Zembla committed to training 300 labour inspectors before 2031", "train",
     {"train", "inspector"}, {"ministry", "300", "2031", "commit"}),
    ("Le ministère du Travail de Zembla réalisera en 2031 une enquête nationale sur le travail des enfants",
     "réaliser", {"enquête", "enfant"}, {"ministère", "2031"}),
])
def test_the_action_verb_and_its_complements_are_kept_and_the_actor_and_date_left_out(text, verb, kept, left_out):
    [parts] = action_parts([text])
    assert parts.verb == verb
    assert kept <= set(parts.lemmas) and not left_out & set(parts.lemmas)


def test_a_nominal_statement_keeps_its_content_words():
    [parts] = action_parts(["Adoption of the national action plan against child labour"])
    assert parts.verb == "" and {"adoption", "plan", "child", "labour"} <= set(parts.lemmas)


def test_two_wordings_of_one_action_share_their_parts():
    pledge, item = action_parts(["Zembla will ratify the Protocol to the Forced Labour Convention by 2031",
                                 "Ratify the Protocol to the Forced Labour Convention"])
    assert pledge.verb == item.verb == "ratify" and pledge.lemmas == item.lemmas


def test_parts_read_back_as_written():
    parts = ActionParts("ratify Protocol", ("ratify", "protocol"), "ratify", "en")
    assert ActionParts.from_dict(parts.to_dict()) == parts


def test_an_extraction_gives_its_initiatives_their_parts_and_a_statement_keeps_them_when_read_back():
    def statement(kind: str, text: str) -> Statement:
        return Statement(f"{kind}-1", kind, Actor("country", "ZMB", "Zembla"), text, [], Provenance("z.pdf", 1, text))

    outputs = {"commitment": [statement("commitment", "Zembla will open two shelters for victims of trafficking")],
               "intervention": [statement("intervention", "Zembla welcomed the participants")]}
    attach_action_parts(outputs)
    [pledge], [said] = outputs["commitment"], outputs["intervention"]
    assert pledge.action_parts.verb == "open" and "shelter" in pledge.action_parts.lemmas
    assert said.action_parts is None
    assert Statement.from_dict(pledge.to_dict()) == pledge
