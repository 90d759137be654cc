"""The document model read from the two corpus PDFs: reading order, headings, bullets, tables."""

from __future__ import annotations


def page(document, number):
    return next(p for p in document.pages if p.number == number)


def texts(page_):
    return [b.text for b in page_.blocks]


def index_of(items, prefix):
    return next(i for i, t in enumerate(items) if t.startswith(prefix))


def test_every_block_keeps_page_and_box(briefing, report):
    for document in (briefing, report):
        for p in document.pages:
            for block in p.blocks:
                x0, top, x1, bottom = block.bbox
                assert block.page == p.number
                assert 0 <= x0 < x1 <= p.width + 1 and 0 <= top < bottom <= p.height + 1


def test_side_by_side_slide_columns_read_column_by_column(briefing):
    # Tunisia (slide 10): the Child Labour column, then the Trafficking column, then the Action Committee box.
    tunisia = texts(page(briefing, 12))
    child = index_of(tunisia, "Child Labour")
    trafficking = index_of(tunisia, "Trafficking")
    committee = index_of(tunisia, "Coordination, monitoring")
    assert child < index_of(tunisia, "Building on and reinforcing") < trafficking
    assert trafficking < index_of(tunisia, "Conducting a study") < index_of(tunisia, "Providing the necessary") < committee
    # Uganda: all five Child Labour boxes come before the first Forced Labour box.
    uganda = texts(page(briefing, 13))
    assert index_of(uganda, "Improve the child labour legal framework") < index_of(uganda, "Focus on prevention")


def test_column_headings_govern_their_column_only(briefing):
    vietnam = page(briefing, 16)
    by_start = {b.text[:30]: b for b in vietnam.blocks}
    assert by_start["Review and revise, update and/"].section[-1] == "Child labour in agriculture"
    assert by_start["Improve the quality of vocatio"].section[-1] == "Child labour and education"
    next_steps = next(b for b in vietnam.blocks if b.text.startswith("Next Steps"))
    assert next_steps.section[-1] == "VIETNAM"  # the full-width box stands under the slide title, not a column


def test_bullets_and_headings(briefing, report):
    nepal = page(briefing, 9)
    bullets = [b for b in nepal.blocks if b.kind == "bullet"]
    assert len(bullets) == 9 and all(b.marker == "•" for b in bullets)
    assert all(b.section[-1] == "NEPAL" for b in bullets)
    proposals = [b for b in page(briefing, 25).blocks if b.kind == "bullet" and b.marker == "o"]
    assert len(proposals) == 4
    assert proposals[0].section[-2:] == ["Plenary Discussion 1. Accelerating Progress in Africa", "Key proposals:"]
    numbered = [b for b in page(report, 3).blocks if b.kind == "heading"]
    assert numbered[0].text == "1. Welcome and handover to the new Chair"


def test_running_headers_footers_and_page_numbers_are_removed(report, briefing):
    for document in (report, briefing):
        for p in document.pages[1:]:
            for block in p.blocks:
                assert block.text != "www.Alliance87.org"
                assert not block.text.isdigit(), (p.number, block.text)
                assert "Meeting Report" != block.text[-14:] or block.kind == "heading"


def test_line_end_hyphens_of_compounds_are_kept(briefing):
    tunisia = texts(page(briefing, 12))
    assert any("related to anti-human trafficking and child labor" in t for t in tunisia)
    nigeria = texts(page(briefing, 15))
    assert any("victim-centered and gender-sensitive rehabilitation" in t for t in nigeria)


def test_participants_table_runs_over_two_pages(report):
    tables = list(report.tables())
    assert [t.page for t in tables] == [8, 9]
    rows = [r for t in tables for r in t.rows()]
    assert len(rows) >= 40
    organisations = {r[1].text for r in rows if len(r) > 1}
    assert {"ILO", "US Department of Labor", "Global Affairs Canada"} <= organisations
    remote = [c for c in tables[1].cells if c.row_header == "Remote Participants"]
    assert remote and remote[0].text == "Jin Sook Lee"
    assert not any(b.text.startswith("Anousheh Karvar") for b in page(report, 8).blocks)  # table text is not repeated as blocks


def test_list_markers_include_labelled_and_multi_level_numbers():
    from kg87.read.layout import is_marker

    assert all(is_marker(t) for t in ("•", "1.", "b)", "(iv)", "R1.", "A2)", "2.3.", "2.3.1."))
    assert not any(is_marker(t) for t in ("2023.", "No.", "e.g.", "U.S.", "R1", "The"))


def test_the_columns_of_a_table_laid_out_by_whitespace_alone_are_split_where_words_align():
    """A gap too narrow to be a gutter by itself (9 pt in 8 pt text) splits a line where, on other lines of
    the page, words start at the same x after wide gaps: the Responsible column of an unruled roadmap."""
    from kg87.read.layout import Word, page_blocks

    def line(y: float, action: list[str], responsible: str, gap: float = 9.0) -> list[Word]:
        words, x = [], 60.0
        for text in action:
            words.append(Word(text, x, x + 6 * len(text), y, y + 8, 8, False))
            x += 6 * len(text) + 2.5
        x += gap - 2.5
        return words + [Word(responsible, x, x + 30, y, y + 8, 8, False)]

    rows = [line(100, ["Train", "labour", "inspectors"], "DOLE", gap=90 - 6 * 21 + 150),
            line(130, ["Map", "hazardous", "work"], "DOLE", gap=90 - 6 * 16 + 155),
            line(160, ["Publish", "the", "survey"], "PSA", gap=90 - 6 * 16 + 155)]
    start = rows[0][-1].x0
    for row in rows[1:]:  # every Responsible cell starts at the same x
        row[-1].x0, row[-1].x1 = start, start + 30
    narrow = line(190, ["Strengthen", "screening", "of", "passengers"], "BI")
    narrow[-1].x0, narrow[-1].x1 = start, start + 12
    narrow[-2].x1 = start - 9  # 9 pt before the aligned column: narrower than a gutter
    texts = [b.lines[0].text for b in page_blocks([w for r in rows + [narrow] for w in r])]
    assert "BI" in texts and not any(t.endswith("passengers BI") for t in texts)


def test_a_line_of_a_neighbouring_column_between_two_lines_does_not_merge_them():
    """Three columns with different leading: lines of the side columns sit between two lines of the middle
    one. Each middle line stays whole; their words never interleave."""
    from kg87.read.layout import Word, group_lines

    def words(x: float, y: float, texts: list[str]) -> list[Word]:
        out = []
        for text in texts:
            out.append(Word(text, x, x + 5 * len(text), y, y + 8.6, 8.6, False))
            x += 5 * len(text) + 2.5
        return out

    upper = words(224, 375.7, ["webinar", "on", "fish", "stocks"])
    lower = words(224, 387.1, ["artisanal", "and", "coastal", "fleets"])
    right = words(400, 380.0, ["labour", "in"])
    left = words(60, 382.9, ["labour", "in"])
    lines = [" ".join(w.text for w in line if 200 <= w.x0 < 400) for line in group_lines(upper + right + left + lower)]
    assert "webinar on fish stocks" in lines and "artisanal and coastal fleets" in lines


def test_printed_page_numbers_come_from_the_margins_and_follow_the_pages(briefing):
    import pdfplumber

    from conftest import BRIEFING

    labels = briefing.page_labels
    assert len(labels) >= 5
    assert len({int(label) - page for page, label in labels.items()}) == 1  # one offset: a cover shifts them all
    with pdfplumber.open(BRIEFING) as pdf:
        for page, label in labels.items():
            sheet = pdf.pages[page - 1]
            in_margins = {w["text"] for w in sheet.extract_words()
                          if w["top"] > sheet.height * 0.9 or w["bottom"] < sheet.height * 0.1}
            assert label in in_margins, page
