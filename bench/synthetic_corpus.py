"""A synthetic corpus of the genre for scale benchmarks: N pages of invented meeting reports as PDFs.

    .venv/bin/python bench/synthetic_corpus.py --pages 10000 --out /tmp/synth

Documents of 6 to 40 pages each (the last one cut to make N). Each opens with a title block (meeting, dates,
venue) and a summary; its other pages take one of the genre's layouts: one column of headings, paragraphs and
bullet lists; two columns; a ruled table of commitments (country, commitment, target year); a paragraph over a
short ruled table of proposals. Every page has a running head, a page number and a line saying the document is
fictional. Sentences are invented here from templates, filled with the gazetteer's countries and
organisations, invented actions, sectors and years (nothing is taken from corpus/ or tests/data). The same
--seed gives the same PDFs. Written with pypdfium2 (installed with pdfplumber) in the standard Helvetica fonts.
"""

from __future__ import annotations

import argparse
import ctypes
import random
import sys
import textwrap
import time
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from pypdfium2 import raw

ACTIONS = [
    "adopt a national action plan against child labour",
    "train {n} labour inspectors to recognise forced labour",
    "extend cash transfers to {n} households of workers in {sector}",
    "publish a yearly register of licensed recruitment agencies",
    "map the risks of child labour in {sector}",
    "raise the labour inspection budget by {p} per cent",
    "open a free hotline for migrant workers in four languages",
    "remove {n} children from hazardous work in {sector}",
    "revise the list of hazardous occupations for children",
    "set up a referral system for survivors of trafficking",
    "sign labour mobility agreements with {k} destination countries",
    "add forced labour questions to the labour force survey",
    "give free legal aid to {n} survivors of trafficking",
    "ban recruitment fees charged to workers in {sector}",
    "create a unit of labour prosecutors specialised in {theme}",
    "require due diligence reports from firms in {sector}",
    "enrol {n} out-of-school children in bridging classes",
]
THEMES = ["child labour", "forced labour", "human trafficking", "modern slavery", "fair recruitment",
          "supply chains", "social protection", "labour inspection"]
SECTORS = ["agriculture", "fishing", "mining", "domestic work", "brick kilns", "garment factories", "construction",
           "cocoa farming", "cotton picking", "seafood processing"]
GROUPS = [
    "Action Group on Supply Chains",
    "Action Group on Migration",
    "Action Group on Rule of Law and Governance",
    "Action Group on Conflict and Humanitarian Settings",
    "Working Group on Data and Research",
]
CITIES = ["Geneva", "Bangkok", "Nairobi", "Lima", "Amman", "Dakar", "Manila", "Tbilisi", "Accra", "Quito"]
COMMITMENTS = [
    "{country} committed to {action} by {year}.",
    "The Government of {country} pledged to {action} before the end of {year}.",
    "By {year}, {country} intends to {action}.",
    "The delegation of {country} announced that the ministry of labour would {action} in {year}.",
    "{country} will {action} within {k} years, its representative confirmed.",
]
PROPOSALS = [
    "The {group} proposed to {action}.",
    "{org} recommended that members {action}.",
    "It was suggested that the {group} should {action} before the next meeting.",
]
REMARKS = [
    "The representative of {org} noted that progress on {theme} remained uneven across regions.",
    "Speaking for {country}, the delegate asked the secretariat to circulate the draft work plan early.",
    "Participants reviewed the results reported since the last meeting in {city}.",
    "The chair recalled that {theme} affects an estimated {n} workers in {sector} alone.",
    "{org} offered technical support to pathfinder countries preparing their roadmaps.",
    "Several speakers stressed the need for reliable data on {theme} in {sector}.",
    "The meeting took note of the report on {theme} presented by {org}.",
]
CONTEXT = [
    "The session was chaired by the co-chairs of the {group}.",
    "Documents for the meeting were circulated two weeks in advance.",
    "The agenda was adopted without changes.",
    "A summary of the discussion on {theme} is given below.",
    "The secretariat presented the main findings of the survey carried out in {city}.",
    "Discussions focused on the situation of workers in {sector}.",
    "The meeting was held in a hybrid format, with some participants joining online.",
    "Background notes on {theme} were made available to all members.",
    "The afternoon session was devoted to questions of method and data.",
    "Interpretation was provided in English, French and Spanish.",
]
HEADINGS = [
    "Opening of the meeting",
    "Progress reported by pathfinder countries",
    "Commitments made at the meeting",
    "Proposals of the action groups",
    "Exchange of views",
    "Next steps",
    "Regional priorities",
    "Data and research",
    "Financing the work plan",
    "Closing remarks",
]
TITLES = [
    "Meeting of the {group}: report",
    "Regional consultation on {theme}, {city}: summary record",
    "Global Coordinating Group, meeting in {city}: outcome note",
]
FICTIONAL = "Fictional document generated for kg87 benchmarks: all content is invented."


@dataclass(frozen=True)
class PageStyle:
    """Page geometry (points) and type sizes."""

    width: float = 595.0
    height: float = 842.0
    margin: float = 56.0
    body: float = 10.0
    heading: float = 13.0
    title: float = 18.0
    small: float = 7.5
    leading: float = 1.35  # line height in body sizes
    char_width: float = 0.52  # average Helvetica advance, in sizes: how many characters fit a line
    column_gap: float = 20.0


@dataclass(frozen=True)
class CorpusShape:
    """How the pages fall into documents and layouts."""

    shortest: int = 6
    longest: int = 40
    layouts: tuple[str, ...] = ("column", "column", "two_columns", "commitment_table", "mixed")


class Writer:
    """Draws text and rules on the pages of one new PDF document."""

    def __init__(self, style: PageStyle):
        self.style = style
        self.document = pdfium.PdfDocument.new()
        self.fonts = {name: raw.FPDFText_LoadStandardFont(self.document.raw, name.encode())
                      for name in ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique")}

    def new_page(self):
        return self.document.new_page(self.style.width, self.style.height)

    def text(self, page, line: str, x: float, y: float, size: float, font: str = "Helvetica") -> None:
        """One line of text with its baseline at (x, y), y from the bottom of the page."""
        handle = raw.FPDFPageObj_CreateTextObj(self.document.raw, self.fonts[font], size)
        encoded = ctypes.create_string_buffer((line + "\0").encode("utf-16-le"))
        raw.FPDFText_SetText(handle, ctypes.cast(encoded, ctypes.POINTER(raw.FPDF_WCHAR)))
        raw.FPDFPageObj_Transform(handle, 1, 0, 0, 1, x, y)
        raw.FPDFPage_InsertObject(page.raw, handle)

    def rule(self, page, x1: float, y1: float, x2: float, y2: float, width: float = 0.6) -> None:
        path = raw.FPDFPageObj_CreateNewPath(x1, y1)
        raw.FPDFPath_LineTo(path, x2, y2)
        raw.FPDFPageObj_SetStrokeColor(path, 0, 0, 0, 255)
        raw.FPDFPageObj_SetStrokeWidth(path, ctypes.c_float(width))
        raw.FPDFPath_SetDrawMode(path, raw.FPDF_FILLMODE_NONE, True)
        raw.FPDFPage_InsertObject(page.raw, path)

    def save(self, path: Path) -> None:
        self.document.save(str(path))
        self.document.close()


class Sentences:
    """Invented sentences of the genre, from templates and a seeded random source."""

    def __init__(self, rng: random.Random):
        from kg87.model.gazetteer import load_gazetteer

        gazetteer = load_gazetteer()
        self.rng = rng
        self.countries = sorted(c.label for c in gazetteer.countries.values())
        self.organisations = sorted(o.label for o in gazetteer.organisations.values())

    def fill(self, template: str) -> str:
        """The template with each of its {fields} drawn at random ({action} from ACTIONS, itself filled)."""
        r = self.rng
        values = {"country": r.choice(self.countries), "org": r.choice(self.organisations),
                  "year": r.randint(2025, 2035), "group": r.choice(GROUPS), "theme": r.choice(THEMES),
                  "sector": r.choice(SECTORS), "city": r.choice(CITIES), "n": f"{r.randint(2, 90) * 50:,}",
                  "p": r.randint(5, 40), "k": r.randint(2, 6)}
        if "{action}" in template:
            values["action"] = r.choice(ACTIONS).format(**values)
        return template.format(**values)

    def paragraph(self) -> str:
        kinds = [COMMITMENTS, PROPOSALS, REMARKS] + [CONTEXT] * 6  # about the genre's 9 statements a page
        return " ".join(self.fill(self.rng.choice(self.rng.choice(kinds))) for _ in range(self.rng.randint(2, 4)))

    def commitment(self) -> tuple[str, str, str]:
        """(country, what it committed to, target year) for a row of a commitments table."""
        country, year = self.rng.choice(self.countries), str(self.rng.randint(2025, 2035))
        return country, self.fill("{action}").capitalize(), year


class Page:
    """Lays out blocks top-down in one column of a page until the column is full."""

    def __init__(self, writer: Writer, page, x: float, width: float, top: float):
        self.writer, self.page, self.x, self.width, self.y = writer, page, x, width, top
        self.bottom = writer.style.margin + 20

    def lines(self, text: str, size: float) -> list[str]:
        return textwrap.wrap(text, max(10, int(self.width / (size * self.writer.style.char_width))))

    def block(self, lines: list[str], size: float, font: str = "Helvetica", indent: float = 0.0,
              after: float = 0.5) -> bool:
        """Write the lines if they all fit above the bottom; whether they did."""
        step = size * self.writer.style.leading
        if self.y - step * len(lines) < self.bottom:
            return False
        for line in lines:
            self.y -= step
            self.writer.text(self.page, line, self.x + indent, self.y, size, font)
        self.y -= step * after
        return True

    def paragraph(self, text: str) -> bool:
        return self.block(self.lines(text, self.writer.style.body), self.writer.style.body)

    def heading(self, text: str) -> bool:
        return self.block([text], self.writer.style.heading, "Helvetica-Bold", after=0.3)

    def bullets(self, items: list[str]) -> bool:
        size = self.writer.style.body
        for item in items:
            wrapped = textwrap.wrap(item, max(10, int((self.width - 12) / (size * self.writer.style.char_width))))
            if not self.block(["\u2013 " + wrapped[0]] + ["  " + w for w in wrapped[1:]], size, indent=6, after=0.2):
                return False
        return True

    def table(self, header: list[str], rows: list[tuple[str, ...]], shares: list[float]) -> None:
        """A ruled table: a bold header row, a rule under every row, rules between columns; the rows that do not
        fit are left out."""
        size, style = self.writer.style.body - 1, self.writer.style
        edges = [self.x]
        for share in shares:
            edges.append(edges[-1] + share * self.width)
        step = size * style.leading
        top = self.y
        self.writer.rule(self.page, self.x, top, edges[-1], top)
        for index, row in enumerate([tuple(header)] + rows):
            cells = [textwrap.wrap(cell, max(4, int((edges[i + 1] - edges[i] - 8) / (size * style.char_width))))
                     for i, cell in enumerate(row)]
            height = step * max(len(c) for c in cells) + 6
            if self.y - height < self.bottom:
                break
            for i, cell in enumerate(cells):
                for n, line in enumerate(cell):
                    self.writer.text(self.page, line, edges[i] + 4, self.y - 3 - step * (n + 1), size,
                                     "Helvetica-Bold" if index == 0 else "Helvetica")
            self.y -= height
            self.writer.rule(self.page, self.x, self.y, edges[-1], self.y)
        for edge in edges:
            self.writer.rule(self.page, edge, top, edge, self.y)
        self.y -= step


def frame(writer: Writer, page, title: str, number: int) -> None:
    """The running head with its rule, the page number and the line saying the document is fictional."""
    style = writer.style
    top = style.height - style.margin + 20
    writer.text(page, title, style.margin, top, style.small, "Helvetica-Oblique")
    writer.rule(page, style.margin, top - 4, style.width - style.margin, top - 4, 0.4)
    writer.text(page, FICTIONAL, style.margin, style.margin - 16, style.small - 1)
    writer.text(page, str(number), style.width / 2, style.margin - 4, style.small)


def fill_column(column: Page, sentences: Sentences) -> None:
    """Headings, paragraphs and bullet lists until the column is full."""
    rng = sentences.rng
    while True:
        if rng.random() < 0.25 and not column.heading(rng.choice(HEADINGS)):
            return
        if rng.random() < 0.3:
            kinds = COMMITMENTS + PROPOSALS + CONTEXT * 2
            items = [sentences.fill(rng.choice(kinds)) for _ in range(rng.randint(2, 4))]
            if not column.bullets(items):
                return
        elif not column.paragraph(sentences.paragraph()):
            return


def lay_out(writer: Writer, layout: str, sentences: Sentences, title: str, number: int) -> None:
    """One page of the document in the named layout."""
    style, page = writer.style, writer.new_page()
    frame(writer, page, title, number)
    inner, top = style.width - 2 * style.margin, style.height - style.margin
    if layout == "two_columns":
        half = (inner - style.column_gap) / 2
        for x in (style.margin, style.margin + half + style.column_gap):
            fill_column(Page(writer, page, x, half, top), sentences)
    elif layout == "commitment_table":
        body = Page(writer, page, style.margin, inner, top)
        body.heading("Commitments announced at the meeting")
        rows = [sentences.commitment() for _ in range(sentences.rng.randint(5, 9))]
        body.table(["Country", "Commitment", "Target year"], rows, [0.25, 0.6, 0.15])
        fill_column(body, sentences)
    elif layout == "mixed":
        body = Page(writer, page, style.margin, inner, top)
        body.heading(sentences.rng.choice(HEADINGS))
        body.paragraph(sentences.paragraph())
        rows = [(sentences.rng.choice(GROUPS), sentences.fill("{action}").capitalize()) for _ in range(4)]
        body.table(["Group", "Proposal"], rows, [0.35, 0.65])
        fill_column(body, sentences)
    else:
        fill_column(Page(writer, page, style.margin, inner, top), sentences)
    raw.FPDFPage_GenerateContent(page.raw)
    page.close()


def title_page(writer: Writer, sentences: Sentences, title: str) -> None:
    style, page = writer.style, writer.new_page()
    frame(writer, page, title, 1)
    body = Page(writer, page, style.margin, style.width - 2 * style.margin, style.height - style.margin)
    rng = sentences.rng
    body.block(textwrap.wrap(title, 45), style.title, "Helvetica-Bold")
    first = rng.randint(1, 26)
    month, year = rng.choice(["March", "June", "October"]), rng.randint(2024, 2030)
    body.block([f"{first}-{first + rng.randint(1, 2)} {month} {year}, {rng.choice(CITIES)}"], style.heading)
    body.heading("Summary")
    fill_column(body, sentences)
    raw.FPDFPage_GenerateContent(page.raw)
    page.close()


def write_document(path: Path, pages: int, sentences: Sentences, style: PageStyle, shape: CorpusShape) -> None:
    rng = sentences.rng
    title = sentences.fill(rng.choice(TITLES))
    writer = Writer(style)
    title_page(writer, sentences, title)
    for number in range(2, pages + 1):
        lay_out(writer, rng.choice(shape.layouts), sentences, title, number)
    writer.save(path)


def generate(pages: int, out: Path, seed: int = 87, style: PageStyle = PageStyle(),
             shape: CorpusShape = CorpusShape()) -> list[Path]:
    """Write ``pages`` pages of documents into ``out``; the PDFs written."""
    out.mkdir(parents=True, exist_ok=True)
    sentences, written, left = Sentences(random.Random(seed)), [], pages
    while left > 0:
        size = min(left, sentences.rng.randint(shape.shortest, shape.longest))
        path = out / f"synthetic-{len(written) + 1:05d}.pdf"
        write_document(path, size, sentences, style, shape)
        written.append(path)
        left -= size
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=87)
    args = parser.parse_args()
    started = time.perf_counter()
    written = generate(args.pages, args.out, args.seed)
    print(f"{args.pages} pages in {len(written)} PDFs under {args.out} in {time.perf_counter() - started:.1f} s",
          file=sys.stderr)


if __name__ == "__main__":
    main()
