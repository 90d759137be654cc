"""The text's flow across what interrupts it: note references, framed boxes, footnotes, column and page breaks.

Pages are made of positioned words (invented text), read by the same passes as a PDF's words.
"""

from __future__ import annotations

from kg87.read.layout import Word, page_blocks, without_note_marks
from kg87.read.structure import PageLayout, assemble

BODY = 10.0


def line(text: str, x: float, y: float, size: float = BODY, bold: bool = False) -> list[Word]:
    """One printed line of words, 0.55 em per letter and a space between words."""
    words = []
    for token in text.split():
        width = 0.55 * size * len(token)
        words.append(Word(token, x, x + width, y, y + size, size, bold))
        x += width + 0.3 * size
    return words


def lines(texts: list[str], x: float, y: float, size: float = BODY, leading: float = 1.2) -> list[Word]:
    return [w for n, text in enumerate(texts) for w in line(text, x, y + n * leading * size, size)]


def read(pages: list[tuple[list[Word], tuple]], width: float = 600, height: float = 800):
    layouts = [PageLayout(n, width, height, page_blocks(words, frames=frames), [], frames)
               for n, (words, frames) in enumerate(pages, start=1)]
    return assemble("invented.pdf", "0" * 64, "", layouts, {}, "test")


def test_a_raised_small_number_after_a_word_is_a_note_reference_and_is_left_out():
    words = line("Cases rose by 2 per cent in the region.", 60, 100)
    last = words[-1]
    mark = Word("3", last.x1 + 0.5, last.x1 + 4, 97, 104, 0.7 * BODY, False)
    kept = without_note_marks(words + [mark])
    assert mark not in kept and [w.text for w in kept] == [w.text for w in words]  # the body's "2" stays
    level = Word("3", last.x1 + 0.5, last.x1 + 4, 100, 110, BODY, False)
    assert level in without_note_marks(words + [level])  # a number set like the text is no reference


def test_a_box_is_read_as_its_own_blocks_and_its_heading_governs_only_what_it_holds():
    heading = line("Fishing reform", 60, 60, size=14, bold=True)
    before = lines(["The ministry has drafted a bill on vessels and crews.",
                    "It goes to the cabinet in the spring."], 60, 90)
    box_heading = line("Figures", 70, 120, size=12, bold=True)  # set close under the paragraph, inside a frame
    box_text = lines(["Forty vessels were inspected last year."], 70, 136)
    after = lines(["Inspectors will board vessels in every port."], 60, 170)
    frame = (64.0, 118.0, 400.0, 150.0)
    document = read([(heading + before + box_heading + box_text + after, (frame,))])
    blocks = {b.text.split()[0]: b for b in document.blocks()}
    assert blocks["Forty"].box and blocks["Forty"].section[-1] == "Figures"
    assert blocks["Inspectors"].section == ["Fishing reform"] and not blocks["Inspectors"].box


def test_a_line_inside_a_frame_does_not_join_the_paragraph_right_above_it():
    paragraph = lines(["The ministry has drafted a bill on vessels and crews.", "It goes to the cabinet soon"], 60, 90)
    boxed = lines(["forty vessels were inspected last year."], 60, 114)  # at the paragraph's own leading
    framed = read([(paragraph + boxed, ((55.0, 113.0, 400.0, 126.0),))])
    assert [b.text.split()[0] for b in framed.blocks()] == ["The", "forty"]
    assert read([(paragraph + boxed, ())]).pages[0].blocks[0].text.endswith("soon forty vessels were inspected last year.")


def test_a_box_heading_as_large_as_the_one_around_the_box_leaves_it_open():
    heading = line("Fishing reform", 60, 60, size=14, bold=True)
    box = line("Figures", 70, 90, size=14, bold=True) + lines(["Forty vessels were inspected."], 70, 110)
    after = lines(["Inspectors will board vessels in every port."], 60, 150)
    document = read([(heading + box + after, ((64.0, 86.0, 400.0, 125.0),))])
    blocks = {b.text.split()[0]: b for b in document.blocks()}
    assert blocks["Forty"].section == ["Fishing reform", "Figures"]
    assert blocks["Inspectors"].section == ["Fishing reform"]


def test_a_word_broken_at_the_foot_of_a_page_is_mended_when_the_sentence_is_joined():
    pages = [(lines(["Its reform of the inspection service began with a long consultation of the organi-"], 60, 700), ()),
             (lines(["sation of employers in every province.", "The organisation agreed."], 60, 60), ())]
    text = read(pages).pages[0].blocks[0].text
    assert "organisation of employers in every province." in text and "organi- sation" not in text


def test_a_frame_holding_only_a_heading_is_a_title_bar_that_governs_what_follows():
    title = line("Country updates", 60, 30, size=16, bold=True)
    body = lines(["Two countries reported this quarter."], 60, 80)
    document = read([(title + body, ((50.0, 25.0, 550.0, 50.0),))])
    paragraph = next(b for b in document.blocks() if b.kind == "paragraph")
    assert paragraph.section == ["Country updates"] and not paragraph.box


def test_a_sentence_cut_by_a_page_break_is_joined_across_the_footnote_between():
    first = (lines(["Long paragraph one that explains the plan in detail and at length.",
                    "The ministry said it would also"], 60, 600)
             + lines(["1 Invented source, invented title, 2024."], 60, 760, size=7))
    second = lines(["publish the results every year.", "Its budget grows."], 60, 60)
    document = read([(first, ()), (second, ())])
    note = next(b for b in document.blocks() if b.text.startswith("1 Invented"))
    assert note.kind == "note"
    joined = next(b for b in document.blocks() if b.text.startswith("Long paragraph"))
    assert joined.text.endswith("would also publish the results every year. Its budget grows.")
    assert not any(b.text.startswith("publish") for b in document.blocks())
    page, _, printed, quote = joined.printed("Its budget grows.")
    assert page == 2 and printed == "publish the results every year. Its budget grows." and quote == "Its budget grows."
    page, _, _, quote = joined.printed("The ministry said it would also publish the results every year.")
    assert page == 1 and quote == "The ministry said it would also"  # as printed on the page it starts on


def test_a_paragraph_that_ends_its_sentence_or_a_next_one_in_capitals_is_not_joined():
    ended = (lines(["The plan was adopted in May."], 60, 700), ())
    capital = (lines(["Three agencies took part in the review of the"], 60, 60), ())
    document = read([ended, (lines(["it was welcomed by all."], 60, 60), ()), capital,
                     (lines(["Survey Office figures came later."], 60, 60), ())])
    texts = [b.text for b in document.blocks()]
    assert "The plan was adopted in May." in texts and "it was welcomed by all." in texts
    assert "Survey Office figures came later." in texts


def _numbered(texts: list[str], first: int, y: float) -> list[Word]:
    """Numbered blocks ("1.", "2." …) set apart by a blank line each."""
    return [w for n, text in enumerate(texts) for w in line(f"{first + n}. {text}", 60, y + 2.4 * n * BODY)]


def _kinds(heading_a: list[Word], first: list[Word], heading_b: list[Word], second: list[Word]) -> dict[str, str]:
    document = read([(heading_a + first + heading_b + second, ())])
    return {b.text: b.kind for b in document.blocks() if b.kind != "heading"}


def test_numbered_prose_whose_numbers_run_on_across_a_heading_is_paragraphs():
    kinds = _kinds(line("Opening", 60, 60, size=14, bold=True),
                   _numbered(["The Chair welcomed the delegations.", "The agenda was adopted."], 1, 90),
                   line("Country reports", 60, 150, size=14, bold=True),
                   _numbered(["The delegate of Fiji presented the survey.", "The delegate of Chad asked for support."],
                             3, 180))
    assert set(kinds.values()) == {"paragraph"} and len(kinds) == 4


def test_numbered_items_whose_numbers_start_again_under_each_heading_are_a_list():
    kinds = _kinds(line("Fisheries", 60, 60, size=14, bold=True),
                   _numbered(["Board every vessel in port.", "Publish the crew lists."], 1, 90),
                   line("Mining", 60, 150, size=14, bold=True),
                   _numbered(["Register every pit.", "Train the mine inspectors."], 1, 180))
    assert set(kinds.values()) == {"bullet"} and len(kinds) == 4


def test_a_numbered_list_of_names_running_on_across_a_heading_stays_a_list():
    kinds = _kinds(line("Members", 60, 60, size=14, bold=True), _numbered(["Fiji", "Chad"], 1, 90),
                   line("Observers", 60, 150, size=14, bold=True), _numbered(["Peru", "Laos"], 3, 180))
    assert set(kinds.values()) == {"bullet"} and len(kinds) == 4
