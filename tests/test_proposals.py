"""Proposals: list items under proposal labels, and work-plan items, with their proposer."""

from __future__ import annotations

from conftest import as_row, extract

from kg87.model.document import Block, Document, Page


def test_key_proposals_are_attributed_to_their_session(briefing):
    found = [as_row(p) for p in extract(briefing, "proposal")]
    by_proposer = {}
    for p in found:
        by_proposer.setdefault(p.proposer_label, []).append(p)
    africa = by_proposer["Plenary Discussion 1. Accelerating Progress in Africa"]
    assert len(africa) == 4 and all(p.page == 25 for p in africa)
    assert any(label.startswith("Working Group on Advocacy and Partnerships") for label in by_proposer)
    outputs = [p for p in found if p.rule == "work-plan-output"]
    assert outputs and {p.proposer_label for p in outputs} == {"Supply Chains Action Group"}
    assert not any(p.text.startswith("Output") for p in outputs)  # the "Output 1." prefix is not the proposal


def block(i, kind, text, section, marker=""):
    return Block(f"p1-b{i}", 1, kind, text, (50, 20 * i, 500, 20 * i + 15), 11, kind == "heading", marker,
                 section=section)


def test_recommendations_heading_in_another_document():
    section = ["Regional Workshop on Fair Recruitment", "Session 2. Migrant workers in construction"]
    label = section + ["Recommendations:"]
    document = Document("other.pdf", "1" * 64, "other", [Page(1, 595, 842, [
        block(0, "heading", "Recommendations:", section),
        block(1, "bullet", "Abolish recruitment fees charged to workers", label, "•"),
        block(2, "bullet", "Share data on recruitment agencies between countries", label, "•"),
        block(3, "paragraph", "The session closed at noon.", section),
    ])])
    found = [as_row(p) for p in extract(document, "proposal")]
    assert [p.text for p in found] == ["Abolish recruitment fees charged to workers",
                                       "Share data on recruitment agencies between countries"]
    assert {p.proposer_label for p in found} == {"Session 2. Migrant workers in construction"}
    assert "fair-recruitment" in found[0].themes
