"""Generate the four "genre" test PDFs for kg87 (Alliance 8.7 style documents).

The documents are fictional but plausible Alliance 8.7 papers written for kg87
(CC0).  They are scored against the hand-made answer keys next to them
(``<name>.json``); this script is *not* run by the test suite, it only
documents how the committed PDFs were made.

Run (from the repository root)::

    python3 -m venv /tmp/rl && /tmp/rl/bin/pip install reportlab
    /tmp/rl/bin/python tests/data/genre/make_documents.py

It writes, next to this file:

* ``meeting-report-gcg7.pdf``  A4 portrait meeting report, running header and
  footer ("Page N of M"), numbered sections, prose interventions, a
  "Recommendations:" list, announcements, dated events and a ruled
  participants table (Name | Organisation | E-mail).
* ``briefing-roadmap.pdf``     A4 two-column briefing on two pathfinder
  countries and a ruled roadmap table (Outcome | Action | Responsible |
  Deadline) with spanned "Outcome" cells.
* ``slides-four-columns.pdf``  16:9 landscape slides: two country slides with
  four side-by-side theme columns of boxed items and a full-width
  "Next Steps:" box, and a pathfinder status slide.
* ``compte-rendu-fr.pdf``      A4 French meeting summary ("Compte rendu"),
  "Recommandations :" bullets, French acronyms and country names.

All text is real text (no images) in Bitstream Vera Sans, the TrueType font
bundled with reportlab, embedded as a subset with a ToUnicode map (so the
bullet, French accents, the typographic apostrophe and "oe" extract cleanly;
the standard Helvetica font would turn the bullet into an unmapped code).
``rl_config.invariant`` is set so that the output is byte-for-byte
reproducible for a given reportlab version.
"""

import os
from xml.sax.saxutils import escape

import reportlab
from reportlab import rl_config

rl_config.invariant = 1  # no timestamps / random ids: reproducible output

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas as pdfcanvas  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    CondPageBreak,
    FrameBreak,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

HERE = os.path.dirname(os.path.abspath(__file__))

# Bitstream Vera ships inside reportlab, so every install has the same font.
# It is embedded (subset) with a ToUnicode map: bullets, accents, the
# typographic apostrophe and the French "oe" ligature extract as text.
_FONT_DIR = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
for _name, _file in [("Sans", "Vera.ttf"), ("Sans-Bold", "VeraBd.ttf"),
                     ("Sans-Oblique", "VeraIt.ttf"),
                     ("Sans-BoldOblique", "VeraBI.ttf")]:
    pdfmetrics.registerFont(TTFont(_name, os.path.join(_FONT_DIR, _file)))
pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="Sans-Bold", italic="Sans-Oblique",
                   boldItalic="Sans-BoldOblique")

NAVY = colors.HexColor("#1F3A5F")
TEAL = colors.HexColor("#2A7F8E")
LIGHT = colors.HexColor("#EAF2F5")
GREY = colors.HexColor("#555555")


def esc(text):
    """Escape plain text for reportlab's paragraph mini-markup."""
    return escape(text)


# --------------------------------------------------------------------------
# shared styles
# --------------------------------------------------------------------------

BODY = ParagraphStyle("body", fontName="Sans", fontSize=10, leading=13.5,
                      spaceAfter=6)
BODY_SMALL = ParagraphStyle("small", parent=BODY, fontSize=9, leading=12,
                            spaceAfter=4)
BULLET = ParagraphStyle("bullet", parent=BODY, leftIndent=16, bulletIndent=5,
                        bulletFontName="Sans",
                        spaceAfter=3)
H1 = ParagraphStyle("h1", fontName="Sans-Bold", fontSize=20, leading=24,
                    textColor=NAVY, spaceAfter=6)
H_SUB = ParagraphStyle("hsub", fontName="Sans", fontSize=13, leading=17,
                       textColor=TEAL, spaceAfter=4)
H2 = ParagraphStyle("h2", fontName="Sans-Bold", fontSize=12, leading=15,
                    textColor=NAVY, spaceBefore=8, spaceAfter=5)
H3 = ParagraphStyle("h3", fontName="Sans-Bold", fontSize=10, leading=13,
                    spaceBefore=4, spaceAfter=3)
CELL = ParagraphStyle("cell", fontName="Sans", fontSize=9, leading=11)
CELL_HEAD = ParagraphStyle("cellhead", parent=CELL, fontName="Sans-Bold",
                           textColor=colors.white)


def para(text, style=BODY):
    return Paragraph(esc(text), style)


def bullets(items, style=BULLET):
    return [Paragraph(esc(t), style, bulletText="\u2022") for t in items]


class NumberedCanvas(pdfcanvas.Canvas):
    """Canvas that knows the page count, for "Page N of M" footers."""

    header_left = ""
    header_right = ""
    footer_left = ""
    page_word = "Page"
    of_word = "of"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self._decorate(total)
            super().showPage()
        super().save()

    def _decorate(self, total):
        w, h = A4
        self.saveState()
        self.setFont("Sans", 8)
        self.setFillColor(GREY)
        self.drawString(20 * mm, h - 12 * mm, self.header_left)
        self.drawRightString(w - 20 * mm, h - 12 * mm, self.header_right)
        self.setStrokeColor(TEAL)
        self.setLineWidth(0.6)
        self.line(20 * mm, h - 14 * mm, w - 20 * mm, h - 14 * mm)
        self.line(20 * mm, 16 * mm, w - 20 * mm, 16 * mm)
        self.drawString(20 * mm, 11 * mm, self.footer_left)
        self.drawRightString(
            w - 20 * mm, 11 * mm,
            "%s %d %s %d" % (self.page_word, self._pageNumber, self.of_word, total))
        self.restoreState()


def ruled_table(rows, col_widths, header_bg=NAVY, spans=(), zebra=True):
    """A table with full grid ruling; rows are lists of plain strings."""
    data = []
    for i, row in enumerate(rows):
        style = CELL_HEAD if i == 0 else CELL
        data.append([Paragraph(esc(c), style) if c else "" for c in row])
    t = Table(data, colWidths=col_widths, repeatRows=1)
    cmds = [
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), header_bg),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if zebra:
        for i in range(2, len(rows), 2):
            cmds.append(("BACKGROUND", (0, i), (-1, i), LIGHT))
    for (c0, r0, c1, r1) in spans:
        cmds.append(("SPAN", (c0, r0), (c1, r1)))
        cmds.append(("BACKGROUND", (c0, r0), (c1, r1), LIGHT))
    t.setStyle(TableStyle(cmds))
    return t


# --------------------------------------------------------------------------
# 1. meeting-report-gcg7.pdf
# --------------------------------------------------------------------------

def make_meeting_report(path):
    class Canvas(NumberedCanvas):
        header_left = "Alliance 8.7 \u2013 Global Coordinating Group"
        header_right = "7th Meeting \u2013 Meeting Report"
        footer_left = "Alliance 8.7 Secretariat, Geneva \u2013 www.alliance87.org"

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm,
                            rightMargin=20 * mm, topMargin=22 * mm,
                            bottomMargin=22 * mm,
                            title="7th Meeting of the Global Coordinating Group: Meeting Report",
                            author="Alliance 8.7 Secretariat")
    s = []
    s.append(Paragraph("ALLIANCE 8.7", ParagraphStyle(
        "kicker", fontName="Sans-Bold", fontSize=10, textColor=TEAL,
        spaceAfter=4)))
    s.append(para("7th Meeting of the Global Coordinating Group", H1))
    s.append(para("Meeting Report", H_SUB))
    s.append(para("Virtual meeting hosted from Geneva, 20 April 2021", H_SUB))
    s.append(Spacer(1, 6))

    s.append(para("Objectives of the meeting", H2))
    s.append(para(
        "The 7th meeting of the Global Coordinating Group (GCG) was held online "
        "on 20 April 2021 and hosted from Geneva by Germany, which took over the "
        "chairmanship of Alliance 8.7 from France in January 2021. Some 60 "
        "representatives of governments, UN agencies, workers\u2019 and "
        "employers\u2019 organizations and civil society organizations took "
        "part. The list of participants is attached as Annex I."))
    s.append(para("Agenda", H3))
    for line in ["1. Opening by the Chair",
                 "2. Progress in pathfinder countries",
                 "3. Thematic session: Child labour in agricultural supply chains",
                 "4. Announcements by members",
                 "5. Calendar of events and closing"]:
        s.append(Paragraph(esc(line), ParagraphStyle(
            "agenda", parent=BODY, leftIndent=12, spaceAfter=1)))

    s.append(para("1. Opening by the Chair", H2))
    s.append(para(
        "The Chair (Germany) welcomed participants to the first meeting of the "
        "Group convened under the German chairmanship and thanked France for two "
        "years of committed leadership. The Chair recalled that 2021 had been "
        "declared the International Year for the Elimination of Child Labour and "
        "urged members to turn their pledges for the Year into measurable "
        "results. The Chair announced that Germany would fund a pathfinder "
        "support facility in the Alliance 8.7 Secretariat until the end of 2022, "
        "to help countries move from strategic planning workshops to costed "
        "national road maps."))
    s.append(para(
        "The ILO recalled that the new global estimates of child labour, "
        "prepared jointly with UNICEF, would be launched on 10 June 2021, two "
        "days before the World Day Against Child Labour, and invited members to "
        "align their communications with the launch."))

    s.append(para("2. Progress in pathfinder countries", H2))
    s.append(para(
        "The Alliance 8.7 Secretariat reported that, since the previous meeting, "
        "a strategic planning workshop had been held online in Malawi, while the "
        "workshops planned in Fiji and Morocco had been postponed to the second "
        "half of 2021 because of the COVID-19 pandemic. The Secretariat agreed to "
        "circulate a draft reporting template for pathfinder countries before "
        "the next meeting."))
    s.append(para(
        "Nepal, one of the first pathfinder countries, informed the Group that "
        "it had started a national survey of forced labour among brick kiln "
        "workers, with results expected in 2022."))
    s.append(para(
        "Brazil asked whether the pathfinder road maps could be aligned with the "
        "Decent Work Country Programmes, so that countries would not have to "
        "report twice on the same targets."))
    s.append(para(
        "Walk Free suggested that every pathfinder country should publish a short "
        "annual progress statement using a common template, and offered to share "
        "its experience with government response ratings."))
    s.append(para(
        "UNICEF stressed that school closures during the pandemic had pushed many "
        "children into work and called for cash transfers to be linked to school "
        "re-enrolment."))

    s.append(para("3. Thematic session: Child labour in agricultural supply chains", H2))
    s.append(para(
        "The session, moderated by the IOE, heard presentations by FAO on the "
        "integration of child labour concerns into agricultural extension "
        "services and by the ITUC on living incomes."))
    s.append(para(
        "The ITUC called on companies sourcing cocoa, coffee and tea to pay "
        "prices that allow a living income and to respect the right of "
        "agricultural workers to organize."))
    s.append(para(
        "The IOE highlighted the role of national employers\u2019 organizations "
        "in helping small suppliers meet new due diligence requirements."))
    s.append(Paragraph("<b>Recommendations:</b>", BODY))
    s.extend(bullets([
        "Integrate child labour concerns into national agricultural policies, "
        "extension services and farmer training programmes.",
        "Extend labour inspection and community-based child labour monitoring to "
        "small farms and plantations in the informal economy.",
        "Promote a living income for smallholder farmers and fair prices along "
        "agricultural supply chains.",
        "Support the development of mandatory human rights due diligence "
        "legislation covering agricultural supply chains.",
        "Expand access to quality schooling and school meals in rural areas with "
        "a high prevalence of child labour.",
        "Collect sex-disaggregated data on children\u2019s work in agriculture, "
        "including on hazardous tasks.",
    ]))

    s.append(para("4. Announcements by members", H2))
    s.append(para("The following announcements were made:"))
    s.extend(bullets([
        "The Government of Ghana announced its intention to become a pathfinder "
        "country.",
        "Viet Nam committed to adopt a national action plan on forced labour by "
        "2022, building on its recent ratification of the Abolition of Forced "
        "Labour Convention, 1957 (No. 105).",
        "C\u00f4te d\u2019Ivoire ratified the 2014 Protocol to the Forced Labour "
        "Convention and encouraged other countries in West Africa to do the same.",
        "The United Kingdom pledged GBP 2 million to support the implementation "
        "of national action plans in pathfinder countries until March 2023.",
        "The IOM committed to train 500 labour attach\u00e9s and consular "
        "officials on the identification of victims of trafficking by the end of "
        "2021.",
        "Walk Free announced that it would publish a new edition of the Global "
        "Slavery Index in 2022.",
    ]))

    s.append(para("5. Calendar of events and closing", H2))
    s.append(para("The Secretariat drew the Group\u2019s attention to the following events:"))
    s.extend(bullets([
        "the webinar on child labour in cocoa supply chains held on 12/03/2021, "
        "whose recording is available on the Alliance 8.7 website;",
        "the launch of the global estimates of child labour, online, 10 June 2021;",
        "the Fifth Global Conference on the Elimination of Child Labour, Durban, "
        "South Africa, 15-20 May 2022.",
    ]))
    s.append(para(
        "The Group agreed that its 8th meeting would take place in Berlin in "
        "October 2021, in person if travel conditions allow. The Chair committed "
        "to confirm the date by the end of June and closed the meeting."))

    s.append(Spacer(1, 10))
    s.append(CondPageBreak(70 * mm))
    s.append(para("Annex I: List of participants", H2))
    rows = [["Name", "Organisation", "E-mail"],
            ["Ms Katrin Vogelsang", "Federal Ministry of Labour and Social Affairs, Germany (Chair)", "k.vogelsang@example.org"],
            ["Mr Rafael Monteiro", "Ministry of Economy, Brazil", "rafael.monteiro@example.org"],
            ["Ms Abena Mensah", "Ministry of Employment and Labour Relations, Ghana", "a.mensah@example.org"],
            ["Ms Nguyen Thu Hang", "Ministry of Labour, Invalids and Social Affairs, Viet Nam", "thuhang.nguyen@example.org"],
            ["Mr Serge Kouadio", "Ministry of Employment and Social Protection, C\u00f4te d\u2019Ivoire", "s.kouadio@example.org"],
            ["Ms Sarita Adhikari", "Ministry of Labour, Employment and Social Security, Nepal", "sarita.adhikari@example.org"],
            ["Mr Oliver Bennett", "Foreign, Commonwealth & Development Office, United Kingdom", "oliver.bennett@example.org"],
            ["Ms Lucia Ferrante", "International Labour Organization (ILO)", "ferrante@example.org"],
            ["Mr Tomas Lindqvist", "UNICEF", "tlindqvist@example.org"],
            ["Ms Amina Diallo", "International Organization for Migration (IOM)", "adiallo@example.org"],
            ["Mr Daniel Osei", "Food and Agriculture Organization (FAO)", "daniel.osei@example.org"],
            ["Ms Helen Carter", "Walk Free", "hcarter@example.org"],
            ["Mr Pierre Dumont", "International Organisation of Employers (IOE)", "dumont@example.org"],
            ["Ms Sofia M\u00e1rquez", "International Trade Union Confederation (ITUC)", "sofia.marquez@example.org"],
            ["Ms Jana Novak", "Alliance 8.7 Secretariat", "jnovak@example.org"]]
    s.append(ruled_table(rows, [38 * mm, 77 * mm, 55 * mm]))

    doc.build(s, canvasmaker=Canvas)


# --------------------------------------------------------------------------
# 2. briefing-roadmap.pdf (two columns + roadmap table)
# --------------------------------------------------------------------------

def make_briefing(path):
    W, H = A4
    margin = 18 * mm
    gutter = 8 * mm
    title_h = 32 * mm
    col_w = (W - 2 * margin - gutter) / 2
    body_top = H - margin - title_h
    body_h = body_top - 20 * mm

    def footer(c, d):
        c.saveState()
        c.setFont("Sans", 8)
        c.setFillColor(GREY)
        c.drawString(margin, 11 * mm,
                     "Alliance 8.7 Secretariat \u2013 Pathfinder briefing \u2013 November 2020")
        c.drawRightString(W - margin, 11 * mm, str(d.page))
        c.restoreState()

    first = PageTemplate(id="first", onPage=footer, frames=[
        Frame(margin, body_top, W - 2 * margin, title_h, id="title",
              leftPadding=0, rightPadding=0),
        Frame(margin, 20 * mm, col_w, body_h, id="left",
              leftPadding=0, rightPadding=0),
        Frame(margin + col_w + gutter, 20 * mm, col_w, body_h, id="right",
              leftPadding=0, rightPadding=0),
    ])
    full = PageTemplate(id="full", onPage=footer, frames=[
        Frame(margin, 20 * mm, W - 2 * margin, H - margin - 20 * mm, id="full",
              leftPadding=0, rightPadding=0)])

    doc = BaseDocTemplate(path, pagesize=A4, pageTemplates=[first, full],
                          title="Pathfinder briefing: Democratic Republic of the Congo and Sri Lanka",
                          author="Alliance 8.7 Secretariat")
    col_body = ParagraphStyle("colbody", parent=BODY, fontSize=9, leading=12)
    col_bullet = ParagraphStyle("colbullet", parent=col_body, leftIndent=12,
                                bulletFontName="Sans",
                                bulletIndent=2, spaceAfter=3)
    country = ParagraphStyle("country", fontName="Sans-Bold", fontSize=13,
                             leading=16, textColor=colors.white, backColor=TEAL,
                             borderPadding=(3, 4, 3, 4), spaceAfter=8)

    def cp(text):
        return Paragraph(esc(text), col_body)

    s = []
    s.append(Paragraph("ALLIANCE 8.7 PATHFINDER BRIEFING", ParagraphStyle(
        "kicker", fontName="Sans-Bold", fontSize=10, textColor=TEAL,
        spaceAfter=4)))
    s.append(para("Democratic Republic of the Congo and Sri Lanka",
                  ParagraphStyle("h1b", parent=H1, fontSize=16, leading=20)))
    s.append(para("Prepared by the Alliance 8.7 Secretariat for the Global "
                  "Coordinating Group \u2013 November 2020",
                  ParagraphStyle("subb", parent=H_SUB, fontSize=10.5, leading=14)))
    s.append(FrameBreak())

    # left column: DRC
    s.append(Paragraph("DEMOCRATIC REPUBLIC OF THE CONGO", country))
    s.append(para("Where things stand", H3))
    s.append(cp(
        "The Democratic Republic of the Congo expressed interest in becoming an "
        "Alliance 8.7 pathfinder country in September 2019. In its letter of "
        "interest, the Government committed to eliminating child labour in the "
        "mining sector by 2025."))
    s.append(cp(
        "Children continue to work in artisanal mining of cobalt, copper and gold "
        "in Haut-Katanga, Lualaba and South Kivu, and armed groups still recruit "
        "and use children in the eastern provinces."))
    s.append(cp(
        "Because of travel restrictions linked to COVID-19, the national "
        "strategic planning workshop has been postponed to March 2021 in "
        "Kinshasa. A preparatory meeting held online on 8 October 2020 brought "
        "together the Ministry of Employment, Labour and Social Welfare, the "
        "Ministry of Mines, the ILO, UNICEF, the IOM, mining cooperatives and "
        "trade unions."))
    s.append(para("Preliminary priorities", H3))
    s.append(cp("The preparatory meeting proposed the following priorities, to be "
                "validated at the workshop:"))
    s.extend(bullets([
        "Remove children from artisanal mining sites and reintegrate them into "
        "school or vocational training",
        "Adopt the national action plan against the worst forms of child labour "
        "and secure a budget line for its implementation",
        "Strengthen the traceability of cobalt from artisanal mines together with "
        "buyers and refiners",
        "Prevent the recruitment and use of children by armed groups and support "
        "their release and reintegration",
        "Deploy more labour inspectors in the mining provinces",
    ], col_bullet))
    s.append(FrameBreak())

    # right column: Sri Lanka
    s.append(Paragraph("SRI LANKA", country))
    s.append(para("Where things stand", H3))
    s.append(cp(
        "Sri Lanka held its national strategic planning workshop in Colombo on "
        "4-5 February 2020, only weeks before the first lockdown. The workshop "
        "built on Sri Lanka\u2019s recent ratification of the 2014 Protocol to "
        "the Forced Labour Convention."))
    s.append(cp(
        "The Government has set itself the goal of declaring every district of "
        "the country free of child labour. The workshop also looked at the "
        "protection of women migrant domestic workers, who account for a large "
        "share of departures for employment abroad."))
    s.append(cp(
        "The National Steering Committee on Child Labour and Forced Labour, "
        "chaired by the Ministry of Labour, validated the roadmap overleaf on 18 "
        "September 2020. Each action has a responsible agency and a deadline, "
        "and progress will be reviewed every six months."))
    s.append(para("Lessons from the workshop", H3))
    s.append(cp(
        "Participants stressed that plantation companies, recruitment agencies "
        "and trade unions should be involved from the start, and that district "
        "officers need clear guidance on the referral of victims. They also "
        "asked for a single set of indicators that the Government can use both "
        "for Alliance 8.7 and for its reports on the Sustainable Development "
        "Goals."))
    s.append(NextPageTemplate("full"))
    s.append(PageBreak())

    s.append(para("Sri Lanka: Alliance 8.7 roadmap (2020\u20132025)", H2))
    rows = [["Outcome", "Action", "Responsible", "Deadline"],
            ["1. Legal framework aligned with international standards",
             "Amend the Employment of Women, Young Persons and Children Act to "
             "raise the minimum age for employment to 16 years",
             "Ministry of Labour", "Q4 2021"],
            ["", "Publish a revised list of hazardous occupations prohibited for "
             "persons under 18", "Ministry of Labour", "June 2021"],
            ["2. Better data on child labour and forced labour",
             "Conduct a national survey on forced labour among domestic and "
             "plantation workers", "Department of Census and Statistics",
             "December 2022"],
            ["", "Add a child labour module to the quarterly Labour Force Survey",
             "Department of Census and Statistics", "Q2 2022"],
            ["3. Victims identified and protected",
             "Train labour officers, police and probation officers on the "
             "identification and referral of victims of forced labour and "
             "trafficking", "National Anti-Human Trafficking Task Force",
             "Q4 2021"],
            ["", "Open shelters for child victims of trafficking in two provinces",
             "Ministry of Women and Child Affairs", "2023"],
            ["4. Fair and safe labour migration",
             "Introduce a regulated fee structure to reduce recruitment costs paid "
             "by migrant domestic workers", "Sri Lanka Bureau of Foreign Employment",
             "December 2022"],
            ["5. Child labour free districts",
             "Declare all 25 districts of Sri Lanka child labour free",
             "Ministry of Labour and District Secretariats", "2025"]]
    s.append(ruled_table(rows, [42 * mm, 68 * mm, 36 * mm, 28 * mm], header_bg=TEAL,
                         spans=[(0, 1, 0, 2), (0, 3, 0, 4), (0, 5, 0, 6)],
                         zebra=False))
    s.append(Spacer(1, 4))
    s.append(para("Source: roadmap validated by the National Steering Committee on "
                  "18 September 2020.", BODY_SMALL))
    s.append(Spacer(1, 10))
    box = [para("Points for discussion by the Global Coordinating Group", H3)]
    box.extend(bullets([
        "Mobilise technical and financial support for the Kinshasa workshop and "
        "for the follow-up of its priorities in the mining provinces.",
        "Link the Sri Lanka roadmap with the work of the Action Group on "
        "Migration on fair recruitment of domestic workers.",
        "Encourage companies buying cobalt and tea to support the pathfinder "
        "roadmaps through their due diligence programmes.",
        "Share the Sri Lanka child labour free district model with other "
        "pathfinder countries in Asia.",
    ]))
    boxed = Table([[box]], colWidths=[W - 2 * margin])
    boxed.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    s.append(boxed)
    doc.build(s)


# --------------------------------------------------------------------------
# 3. slides-four-columns.pdf (16:9 slides drawn on a canvas)
# --------------------------------------------------------------------------

SLIDE_W, SLIDE_H = 960, 540

ITEM = ParagraphStyle("item", fontName="Sans", fontSize=12, leading=14.5)
COLHEAD = ParagraphStyle("colhead", fontName="Sans-Bold", fontSize=13,
                         leading=15.5, textColor=colors.white, alignment=TA_CENTER)
NEXT = ParagraphStyle("next", fontName="Sans", fontSize=12.5, leading=16)
LISTITEM = ParagraphStyle("listitem", fontName="Sans", fontSize=15,
                          leading=20)


def _draw_para(c, text, style, x, y_top, width):
    """Draw a paragraph whose top-left corner is (x, y_top); return its height."""
    p = Paragraph(text, style)
    _, h = p.wrap(width, 1000)
    p.drawOn(c, x, y_top - h)
    return h


def _slide_frame(c, title, subtitle=None):
    c.setFillColor(NAVY)
    c.rect(0, SLIDE_H - 70, SLIDE_W, 70, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Sans-Bold", 28)
    c.drawString(36, SLIDE_H - 47, title)
    c.setFont("Sans", 9)
    c.drawRightString(SLIDE_W - 36, SLIDE_H - 45, "Alliance 8.7")
    if subtitle:
        c.setFillColor(TEAL)
        c.setFont("Sans-Oblique", 13)
        c.drawString(36, SLIDE_H - 95, subtitle)
    c.setFillColor(GREY)
    c.setFont("Sans", 8)
    c.drawString(36, 14, "Alliance 8.7 Secretariat \u2013 Briefing for the 8th GCG meeting, October 2021")


def _country_slide(c, title, subtitle, columns, next_steps, page_no):
    _slide_frame(c, title, subtitle)
    left, right, gap = 36, SLIDE_W - 36, 14
    col_w = (right - left - 3 * gap) / 4
    top = SLIDE_H - 112
    bottom = 128
    for i, (head, items) in enumerate(columns):
        x = left + i * (col_w + gap)
        # column frame
        c.setStrokeColor(NAVY)
        c.setLineWidth(1)
        c.setFillColor(colors.white)
        c.rect(x, bottom, col_w, top - bottom, stroke=1, fill=1)
        # header band
        c.setFillColor(TEAL)
        c.rect(x, top - 40, col_w, 40, stroke=0, fill=1)
        hp = Paragraph(esc(head), COLHEAD)
        _, hh = hp.wrap(col_w - 12, 40)
        hp.drawOn(c, x + 6, top - 20 - hh / 2)
        # boxed items
        y = top - 52
        for item in items:
            p = Paragraph(esc(item), ITEM)
            _, ph = p.wrap(col_w - 24, 500)
            box_h = ph + 14
            c.setFillColor(LIGHT)
            c.setStrokeColor(TEAL)
            c.setLineWidth(0.8)
            c.rect(x + 6, y - box_h, col_w - 12, box_h, stroke=1, fill=1)
            p.drawOn(c, x + 12, y - 7 - ph)
            y -= box_h + 10
    # full-width next steps box
    c.setStrokeColor(NAVY)
    c.setFillColor(colors.HexColor("#FFF6E0"))
    c.setLineWidth(1.2)
    c.rect(left, 34, right - left, 80, stroke=1, fill=1)
    _draw_para(c, "<b>Next Steps:</b> " + esc(next_steps), NEXT, left + 12, 34 + 80 - 10,
               right - left - 24)
    c.setFillColor(GREY)
    c.setFont("Sans", 8)
    c.drawRightString(SLIDE_W - 36, 14, str(page_no))
    c.showPage()


def make_slides(path):
    c = pdfcanvas.Canvas(path, pagesize=(SLIDE_W, SLIDE_H))
    c.setTitle("Alliance 8.7 pathfinder countries: progress update (October 2021)")
    c.setAuthor("Alliance 8.7 Secretariat")

    # slide 1: title
    c.setFillColor(NAVY)
    c.rect(0, 0, SLIDE_W, SLIDE_H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Sans-Bold", 18)
    c.drawString(60, 400, "ALLIANCE 8.7")
    c.setFont("Sans-Bold", 38)
    c.drawString(60, 330, "Pathfinder countries: progress update")
    c.setFont("Sans", 20)
    c.drawString(60, 285, "Briefing for the 8th Meeting of the Global Coordinating Group")
    c.drawString(60, 255, "Berlin and online, 14 October 2021")
    c.setFont("Sans", 11)
    c.drawString(60, 60, "Alliance 8.7 Secretariat")
    c.showPage()

    # slide 2: Peru
    _country_slide(
        c, "PERU",
        "Priorities agreed at the national strategic planning workshop (Lima, 23-24 June 2021)",
        [("Child labour in agriculture", [
            "Extend the child labour monitoring system to coffee and cocoa producing regions",
            "Strengthen labour inspection in rural areas with mobile inspection teams",
            "Link families of working children to the Juntos cash transfer programme"]),
         ("Forced labour", [
            "Update the national plan against forced labour with targets for informal gold mining",
            "Create a specialised prosecutor's office for forced labour cases"]),
         ("Trafficking", [
            "Set up a single registry of trafficking cases shared by police, prosecutors and courts",
            "Provide shelter and reintegration services to adolescent victims in Madre de Dios"]),
         ("Migration", [
            "Guarantee labour rights for migrant workers from Venezuela, whatever their status",
            "Regulate private agencies recruiting Peruvian workers for jobs abroad"])],
        "The Ministry of Labour and Employment Promotion will submit the roadmap to "
        "the Council of Ministers for approval by December 2021. A multisectoral "
        "committee will be set up to monitor implementation and report to the "
        "Global Coordinating Group in 2022.", 2)

    # slide 3: Turkiye
    _country_slide(
        c, "T\u00dcRKIYE",
        "Priorities agreed at the national consultation (Ankara, 9 September 2021)",
        [("Child labour in seasonal agriculture", [
            "Strengthen labour inspection in seasonal agriculture",
            "Engage hazelnut buyers in monitoring child labour in their supply chains"]),
         ("Refugees and migrants", [
            "Facilitate work permits for refugees from Syria under temporary protection",
            "Extend conditional cash transfers for education to refugee families"]),
         ("Trafficking", [
            "Adopt a new national action plan on combating trafficking in human beings",
            "Improve the referral of victims between the police and the Directorate "
            "General of Migration Management"]),
         ("Education", [
            "Reduce school drop-out among children aged 14 to 17 in rural provinces",
            "Expand apprenticeships for adolescents of legal working age"])],
        "The Ministry of Labour and Social Security will host a regional workshop on "
        "child labour in agriculture in spring 2022. The national steering committee "
        "will adopt a monitoring framework for the roadmap by the end of 2021.", 3)

    # slide 4: pathfinder status
    _slide_frame(c, "Pathfinder countries: where we are (October 2021)")
    lists = [
        ("Strategic planning workshops held in 2020\u20132021",
         ["Sri Lanka", "Malawi", "Viet Nam", "Peru", "C\u00f4te d'Ivoire", "T\u00fcrkiye"]),
        ("Workshops scheduled",
         ["DR Congo \u2013 November 2021", "Fiji \u2013 December 2021",
          "Ghana \u2013 February 2022", "Morocco \u2013 date to be confirmed"]),
        ("Expressed interest in 2021, no workshop planned yet",
         ["Guatemala", "Niger", "Uzbekistan"]),
    ]
    left, right, gap = 36, SLIDE_W - 36, 20
    col_w = (right - left - 2 * gap) / 3
    top, bottom = SLIDE_H - 100, 70
    for i, (head, items) in enumerate(lists):
        x = left + i * (col_w + gap)
        c.setStrokeColor(NAVY)
        c.setFillColor(LIGHT)
        c.setLineWidth(1)
        c.rect(x, bottom, col_w, top - bottom, stroke=1, fill=1)
        c.setFillColor(TEAL)
        c.rect(x, top - 50, col_w, 50, stroke=0, fill=1)
        hp = Paragraph(esc(head), COLHEAD)
        _, hh = hp.wrap(col_w - 16, 50)
        hp.drawOn(c, x + 8, top - 25 - hh / 2)
        y = top - 70
        for item in items:
            y -= _draw_para(c, esc(item), LISTITEM, x + 18, y, col_w - 30) + 8
    c.setFillColor(GREY)
    c.setFont("Sans", 11)
    c.drawString(36, 46, "Since 2017, 28 countries have expressed interest in becoming "
                         "Alliance 8.7 pathfinder countries.")
    c.setFont("Sans", 8)
    c.drawRightString(SLIDE_W - 36, 14, "4")
    c.showPage()
    c.save()


# --------------------------------------------------------------------------
# 4. compte-rendu-fr.pdf (French meeting summary)
# --------------------------------------------------------------------------

def make_compte_rendu(path):
    class Canvas(NumberedCanvas):
        header_left = "Alliance 8.7 \u2013 Compte rendu"
        header_right = "R\u00e9union r\u00e9gionale Afrique du Nord et de l\u2019Ouest"
        footer_left = "Secr\u00e9tariat de l\u2019Alliance 8.7"
        page_word = "Page"
        of_word = "sur"

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm,
                            rightMargin=22 * mm, topMargin=22 * mm,
                            bottomMargin=22 * mm,
                            title="Compte rendu de la r\u00e9union r\u00e9gionale de l\u2019Alliance 8.7",
                            author="Secr\u00e9tariat de l\u2019Alliance 8.7")
    s = []
    s.append(para("Compte rendu de la r\u00e9union r\u00e9gionale de l\u2019Alliance "
                  "8.7 pour l\u2019Afrique du Nord et de l\u2019Ouest",
                  ParagraphStyle("h1fr", parent=H1, fontSize=17, leading=21)))
    s.append(para("R\u00e9union en ligne, 25 mars 2021", H_SUB))
    s.append(Spacer(1, 4))
    s.append(para(
        "La r\u00e9union a \u00e9t\u00e9 organis\u00e9e par le minist\u00e8re du "
        "Travail et de l\u2019Insertion professionnelle du Maroc, avec l\u2019appui "
        "du Secr\u00e9tariat de l\u2019Alliance 8.7. Elle a r\u00e9uni une "
        "cinquantaine de participants repr\u00e9sentant les gouvernements, les "
        "agences des Nations Unies, les partenaires sociaux et la soci\u00e9t\u00e9 "
        "civile."))

    s.append(para("1. Ouverture", H2))
    s.append(para(
        "Le Maroc, pays pionnier depuis 2019, a souhait\u00e9 la bienvenue aux "
        "participants et a rappel\u00e9 l\u2019importance de la coop\u00e9ration "
        "Sud-Sud dans la lutte contre le travail des enfants."))
    s.append(para(
        "Le BIT a pr\u00e9sent\u00e9 les premiers enseignements des ateliers "
        "nationaux de planification strat\u00e9gique tenus en 2020 et a "
        "soulign\u00e9 que la pand\u00e9mie de COVID-19 risquait d\u2019effacer une "
        "partie des progr\u00e8s r\u00e9alis\u00e9s depuis 2016."))

    s.append(para("2. Point sur les pays pionniers", H2))
    s.append(para(
        "Le Maroc s\u2019engage \u00e0 adopter une politique nationale "
        "int\u00e9gr\u00e9e de lutte contre le travail des enfants d\u2019ici 2025. "
        "Il s\u2019engage \u00e9galement \u00e0 \u00e9tendre les contr\u00f4les de "
        "l\u2019inspection du travail aux exploitations agricoles."))
    s.append(para(
        "Le S\u00e9n\u00e9gal a ratifi\u00e9 le Protocole de 2014 relatif \u00e0 la "
        "convention sur le travail forc\u00e9 et a pr\u00e9sent\u00e9 son nouveau "
        "plan d\u2019action pour le retrait des enfants de la rue."))
    s.append(para(
        "La C\u00f4te d\u2019Ivoire, qui a exprim\u00e9 en 2020 son souhait de "
        "devenir pays pionnier, a indiqu\u00e9 que son atelier national de "
        "planification strat\u00e9gique se tiendrait \u00e0 Abidjan les 14 et 15 "
        "juin 2021."))
    s.append(para(
        "La R\u00e9publique d\u00e9mocratique du Congo a confirm\u00e9 que son "
        "atelier national, report\u00e9 \u00e0 deux reprises en raison de la "
        "pand\u00e9mie, aurait lieu \u00e0 Kinshasa en novembre 2021."))
    s.append(para(
        "Le Niger a annonc\u00e9 son intention de devenir pays pionnier de "
        "l\u2019Alliance 8.7."))
    s.append(para(
        "La Tunisie, qui a tenu son atelier national en 2019, pr\u00e9voit de "
        "lancer une deuxi\u00e8me enqu\u00eate nationale sur le travail des "
        "enfants en 2022."))

    s.append(para("3. Session th\u00e9matique : migration de main-d\u2019\u0153uvre "
                  "et recrutement \u00e9quitable", H2))
    s.append(para(
        "L\u2019OIM a soulign\u00e9 que de nombreux migrants en transit en Afrique "
        "du Nord \u00e9taient expos\u00e9s au travail forc\u00e9 et \u00e0 la "
        "traite, en particulier les femmes et les enfants non accompagn\u00e9s."))
    s.append(para(
        "Le Royaume-Uni a demand\u00e9 si les pays pionniers disposaient de "
        "donn\u00e9es ventil\u00e9es par sexe sur les victimes de la traite et a "
        "annonc\u00e9 qu\u2019il financerait un programme r\u00e9gional de lutte "
        "contre la traite des personnes en Afrique de l\u2019Ouest jusqu\u2019en "
        "2024."))
    s.append(para(
        "La CSI a appel\u00e9 les gouvernements \u00e0 garantir la libert\u00e9 "
        "syndicale des travailleurs migrants, y compris des travailleuses "
        "domestiques."))
    s.append(para(
        "L\u2019OIE a rappel\u00e9 le r\u00f4le des organisations d\u2019employeurs "
        "dans la diffusion des pratiques de recrutement \u00e9quitable aupr\u00e8s "
        "des petites entreprises."))
    s.append(para(
        "L\u2019UNICEF a insist\u00e9 sur la protection des enfants migrants non "
        "accompagn\u00e9s et sur leur acc\u00e8s \u00e0 l\u2019\u00e9ducation."))
    s.append(Paragraph("<b>Recommandations :</b>", BODY))
    s.extend(bullets([
        "Renforcer la coop\u00e9ration entre les inspections du travail des pays "
        "d\u2019origine, de transit et de destination.",
        "Mettre en place des m\u00e9canismes de plainte accessibles \u00e0 tous les "
        "travailleurs migrants, quel que soit leur statut.",
        "Supprimer les frais de recrutement \u00e0 la charge des travailleurs, "
        "conform\u00e9ment aux principes g\u00e9n\u00e9raux et directives "
        "op\u00e9rationnelles de l\u2019OIT concernant le recrutement "
        "\u00e9quitable.",
        "Collecter des donn\u00e9es ventil\u00e9es par sexe et par \u00e2ge sur les "
        "victimes de la traite et du travail forc\u00e9.",
        "Associer les organisations de travailleurs et d\u2019employeurs \u00e0 la "
        "n\u00e9gociation des accords bilat\u00e9raux de main-d\u2019\u0153uvre.",
        "Int\u00e9grer la lutte contre la traite dans la mise en \u0153uvre du "
        "protocole de la CEDEAO sur la libre circulation des personnes.",
    ]))

    s.append(para("4. Engagements des partenaires", H2))
    s.append(para(
        "Le BIT s\u2019est engag\u00e9 \u00e0 appuyer l\u2019organisation de "
        "l\u2019atelier ivoirien. Il publiera en outre un guide r\u00e9gional sur "
        "le recrutement \u00e9quitable d\u2019ici la fin de 2021."))
    s.append(para(
        "L\u2019OIM et l\u2019UNICEF mettront en place, d\u2019ici juin 2022, un "
        "m\u00e9canisme conjoint d\u2019orientation des enfants migrants victimes "
        "de la traite au Maroc et au S\u00e9n\u00e9gal."))

    s.append(para("5. Calendrier", H2))
    s.append(para("Les participants ont pris note des dates suivantes :"))
    s.extend(bullets([
        "webinaire sur le travail des enfants dans les cha\u00eenes "
        "d\u2019approvisionnement du cacao, le 12 mars 2021 (enregistrement "
        "disponible en ligne) ;",
        "atelier national de planification strat\u00e9gique de la C\u00f4te "
        "d\u2019Ivoire, Abidjan, 14-15 juin 2021 ;",
        "Journ\u00e9e mondiale contre le travail des enfants, 12 juin 2021 ;",
        "Ve Conf\u00e9rence mondiale sur l\u2019\u00e9limination du travail des "
        "enfants, Durban (Afrique du Sud), 15-20 mai 2022 ;",
        "prochaine r\u00e9union r\u00e9gionale : Dakar, septembre 2021.",
    ]))
    s.append(para("La s\u00e9ance a \u00e9t\u00e9 lev\u00e9e apr\u00e8s un mot de "
                  "cl\u00f4ture du Maroc."))
    doc.build(s, canvasmaker=Canvas)


def main():
    make_meeting_report(os.path.join(HERE, "meeting-report-gcg7.pdf"))
    make_briefing(os.path.join(HERE, "briefing-roadmap.pdf"))
    make_slides(os.path.join(HERE, "slides-four-columns.pdf"))
    make_compte_rendu(os.path.join(HERE, "compte-rendu-fr.pdf"))
    for name in sorted(os.listdir(HERE)):
        if name.endswith(".pdf"):
            print("%-28s %7d bytes" % (name, os.path.getsize(os.path.join(HERE, name))))


if __name__ == "__main__":
    main()
