"""Whose a statement is when its words name no one: the country its paragraph named before a government subject,
and the actor of a list's introduction as the introduction was read."""

from __future__ import annotations

from conftest import as_row, extract

from kg87.model.document import Block, Document, Page


def document(*blocks: tuple[str, str]) -> Document:
    made = [Block(f"p1-b{i}", 1, kind, text, (50, 40 * i, 500, 40 * i + 30), 11, False)
            for i, (kind, text) in enumerate(blocks)]
    return Document("c.pdf", "9" * 64, "Partners' roundtable: briefing note, 2025", [Page(1, 595, 842, made)])


def actors(doc: Document) -> list[str]:
    return [as_row(s).actor_id for s in extract(doc, "commitment")]


def test_a_government_subject_is_the_country_its_paragraph_named_before():
    doc = document(("paragraph", "Norway announced that it will fund the national child labour survey of Mongolia."),
                   ("paragraph", "Malawi. The Minister of Labour said that the Government will recruit 60 district "
                                 "labour officers by June 2027."))
    assert actors(doc)[-1:] == ["MWI"]


def test_the_items_of_a_list_are_the_actor_its_introduction_refers_to():
    doc = document(("paragraph", "Norway announced that it will fund the national child labour survey of Mongolia."),
                   ("paragraph", "Malawi. The Minister of Labour told the roundtable that the Government undertook to:"),
                   ("bullet", "(a) recruit 60 additional district labour officers by June 2027;"),
                   ("bullet", "(b) table the Employment (Amendment) Bill in Parliament in 2026."))
    rows = [as_row(s) for s in extract(doc, "commitment")]
    items = [r.actor_id for r in rows if "officers" in r.text or "Bill" in r.text]
    assert items and set(items) == {"MWI"}
