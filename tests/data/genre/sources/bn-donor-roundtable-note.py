"""Two-column briefing note on a donors' and partners' roundtable for pathfinder countries.

Style: briefing (bn-), English. Builds ../bn-donor-roundtable-note.pdf.
A full-width masthead on page 1 (layout module mr-webinar-summary_layout.py), then two columns
with a "Pledges at a glance" table box between two paragraphs of an article, a box of
interventions ("Voices from the roundtable"), a lettered list of a government's undertakings,
a "Recommendations to the GCG" box, a "Key dates" box and footnotes.
"""

import importlib.util
import os

from reportlab.lib.styles import ParagraphStyle

from docgen import A4, STYLES

_spec = importlib.util.spec_from_file_location(
    "mr_webinar_summary_layout",
    os.path.join(os.path.dirname(os.path.abspath(__file__)), "mr-webinar-summary_layout.py"))
_layout = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_layout)

# styles of this script only (registered in this process; docgen is untouched)
STYLES["col"] = ParagraphStyle("col", parent=STYLES["body"], fontSize=9, leading=12, spaceAfter=5)
STYLES["kicker"] = ParagraphStyle("kicker", parent=STYLES["small"], fontName="Sans-Bold",
                                  textColor=STYLES["subtitle"].textColor, spaceAfter=4)
STYLES["lead"] = ParagraphStyle("lead", parent=STYLES["body"], fontSize=10, leading=13.5,
                                fontName="Sans-Oblique")

doc = _layout.MastheadDocument(
    "bn-donor-roundtable-note.pdf", size=A4, lang="en", masthead_height=58 * 2.8346,
    header="Alliance 8.7 Briefing Note No. 14 - December 2025",
    footer="Alliance 8.7 Secretariat - briefing for the Global Coordinating Group",
    page_numbers="Page {n} of {total}", title="Partners' Roundtable for Pathfinder Countries")


def p(text):
    """A column paragraph; short paragraphs are not split across columns."""
    if len(text) < 420:
        doc.keep_together(lambda: doc.para(text, style="col"))
    else:
        doc.para(text, style="col")


def section(title, first):
    """An article heading kept in one column with its first paragraph."""
    def build():
        doc.heading(title, level=2)
        doc.para(first, style="col")
    doc.keep_together(build)


# --- masthead ---------------------------------------------------------------------------------
doc.para("BRIEFING NOTE No. 14  |  DECEMBER 2025  |  FOR THE GLOBAL COORDINATING GROUP",
         style="kicker")
doc.title("Financing the next mile: the Partners' Roundtable for Pathfinder Countries",
          subtitle="Geneva (hybrid), 4 December 2025 - note prepared by the Alliance 8.7 "
                   "Secretariat")
doc.para("Four pathfinder countries sat down with their donors and partners to match costed "
         "roadmaps with money. New pledges worth about USD 21 million were announced for "
         "2026-2028; the funding gap of the four roadmaps remains close to USD 21 million.",
         style="lead")
doc.next_column()

# --- column text ------------------------------------------------------------------------------
section("Why a roundtable now",
        "With the 2025 horizon of SDG Target 8.7 now reached, the pathfinder countries that adopted "
        "roadmaps face a common obstacle: plans that are costed but only partly funded. The Partners' "
        "Roundtable, hosted by the ILO in Geneva on 4 December 2025 and followed online by some 140 "
        "participants, brought together four pathfinders (Malawi, Mongolia, Paraguay and Tunisia), "
        "six donors, UN agencies, social partners and civil society.")
p("According to the Secretariat's costing exercise, the four roadmaps require USD 61 million for "
  "2026-2028, of which USD 19 million was secured before the meeting."
  + doc.footnote("Alliance 8.7 Secretariat, costing of pathfinder roadmaps 2026-2028, "
                 "October 2025 (internal working paper).")
  + " Malawi validated its second roadmap in 2024; Mongolia held its national strategic "
  "planning workshop in Ulaanbaatar in 2023; Paraguay and Tunisia have reported progress to "
  "the GCG every year since 2021.")
p("Zambia, which sent its letter of interest in August 2025, attended as an observer. It is to "
  "hold its national strategic planning workshop in Lusaka in February 2026.")

section("What donors put on the table",
        "The Netherlands opened the pledging segment. Its Ministry of Foreign Affairs pledged EUR 6 "
        "million over 2026-2028 to the Malawi roadmap, with a focus on child labour in tobacco and tea "
        "growing areas.")
p("The European Union announced that it will co-finance the labour inspection pillar of "
  "Paraguay's roadmap with EUR 4.5 million from 2026, through its Directorate-General for "
  "International Partnerships (DG INTPA). In the same vein, Switzerland's State Secretariat for "
  "Economic Affairs (SECO) intends to support the labour inspection pillar of Paraguay's roadmap "
  "with CHF 2.1 million, with particular attention to the charcoal and cattle sectors of the "
  "Chaco.")

with doc.box("Pledges at a glance"):
    doc.table([
        ["Partner", "For", "Amount", "Period"],
        ["Netherlands (MFA)", "Malawi roadmap", "EUR 6.0m", "2026-28"],
        ["EU (DG INTPA)", "Paraguay, labour inspection", "EUR 4.5m", "from 2026"],
        ["Switzerland (SECO)", "Paraguay, labour inspection", "CHF 2.1m", "2026-27"],
        ["Norway (Norad)", "Mongolia, child labour survey", "NOK 28m", "2026-27"],
        ["UNICEF", "Tunisia, child protection delegates", "USD 1.2m", "2026"],
    ], ruled="rows", widths=[56, 64, 46, 42], font_size=7)
    doc.para("Total of new pledges: about USD 21 million. Amounts as announced; conversion at "
             "UN operational rates of 1 December 2025.", style="small")

p("Norway, through Norad, committed to finance Mongolia's second National Child Labour Survey. "
  "The National Statistics Office (NSO) will conduct the survey in 2027, with technical support "
  "from the ILO.")
p("Not every announcement was new money. The Republic of Korea recalled the USD 3 million it "
  "provided in 2024 for a project on working conditions in Mongolia's artisanal gold mines. The "
  "World Bank indicated that it would consider including child labour indicators in the results "
  "framework of its social protection operation in Malawi, should its Board approve the "
  "operation in mid-2026.")

section("Partners' plans",
        "UN agencies set out how they will put the pledges to work. The ILO will second a full-time "
        "pathfinder coordinator to the Ministry of Labour in Lilongwe by March 2026, and shall convene "
        "the roadmap focal points of the four countries twice a year as a peer-learning group.")
p("UNICEF expressed its readiness to co-finance the extension of Tunisia's network of child "
  "protection delegates to the governorates of Kasserine and Sidi Bouzid. FAO aims to integrate "
  "child labour modules into farmer field schools in six tobacco-growing districts of Malawi "
  "during the 2026/27 growing season. IOM plans to pilot, with Tunisia's National Authority for "
  "Combating Trafficking in Persons (INLTP), a referral mechanism for migrant victims of "
  "trafficking in Sfax in the first half of 2026.")
p("For the social partners, the Malawi Congress of Trade Unions (MCTU) and the Employers' "
  "Consultative Association of Malawi (ECAM) agreed to set up a joint child labour monitoring "
  "committee on the tea estates of Thyolo and Mulanje. The Mongolian Employers' Federation "
  "(MONEF) undertook to enrol 150 mining companies in its responsible recruitment training by "
  "end-2026.")

with doc.box("Voices from the roundtable"):
    doc.bullets([
        "Speaking as chair, Ambassador Ingeborg Tveit (Norway) observed that the roundtable had "
        "mobilised more in one afternoon than the four countries had raised in the previous two "
        "years.",
        "Tunisia put forward the idea of a pooled pathfinder facility, managed by the "
        "Secretariat, from which countries without a bilateral donor could draw for catalytic "
        "activities.",
        "Paraguay's Vice-Minister of Labour noted that the 2025 target had been missed, but that "
        "the costed roadmap had made the gap visible for the first time.",
        "Speaking for the workers, the ITUC warned that pledges made without social dialogue "
        "would not reach the plantations and the informal mines.",
        "The IOE stressed that employers' organisations in pathfinder countries need predictable "
        "core funding, not only project money.",
        "Eye of the Child, a Malawian NGO, asked how survivors and affected communities would be "
        "consulted on the use of the new funds.",
        "The Netherlands suggested that pledges be tracked in a public dashboard on the Alliance "
        "8.7 knowledge platform and updated every year.",
    ], marker="-", indent=11, style="small")

section("What the pathfinders committed to",
        "Each pathfinder government in turn set out what it would deliver with the new resources.")
p("<b>Malawi.</b> The Minister of Labour told the roundtable that the Government undertook to:")
doc.bullets([
    "table the Employment (Amendment) Bill, which aligns the hazardous work list with "
    "Convention No. 182, in Parliament in 2026;",
    "recruit 60 additional district labour officers by June 2027;",
    "create a dedicated budget line for the roadmap's coordination unit from FY2026/27.",
], marker="(a)", indent=18, style="col")
p("<b>Mongolia.</b> The Ministry of Labour and Social Protection (MLSP) is expected to adopt the "
  "revised list of jobs prohibited for minors in the first quarter of 2026. Its General Agency "
  "for Specialized Inspection (GASI) will carry out joint inspections of horse races with the "
  "police during the 2026 racing season, when child jockeys are most at risk.")
p("<b>Paraguay.</b> The Ministry of Labour, Employment and Social Security (MTESS) plans to "
  "field a new national survey of child and adolescent activities in 2026. The Government is "
  "also determined to open the first regional office of the labour inspectorate in the Chaco "
  "by mid-2026; indigenous workers there remain exposed to debt bondage on cattle ranches.")
p("<b>Tunisia.</b> The representative of Tunisia indicated that her Government intends to "
  "deposit its instrument of ratification of the Domestic Workers Convention, 2011 (No. 189) "
  "before the end of 2026, and that the INLTP's next step is to publish its annual report with "
  "data on child victims disaggregated by sex and age."
  + doc.footnote("Tunisia ratified the Forced Labour Convention, 1930 (No. 29) in 1962 and the "
                 "Worst Forms of Child Labour Convention, 1999 (No. 182) in 2000."))

with doc.box("Key dates"):
    doc.table([
        ["4 December 2025", "Partners' Roundtable, Geneva and online"],
        ["February 2026", "Zambia: national strategic planning workshop, Lusaka"],
        ["17 March 2026", "Global Coordinating Group meeting (virtual)"],
        ["12 June 2026", "World Day Against Child Labour"],
        ["Q3 2026", "Mid-term review meeting of Malawi's roadmap, Lilongwe"],
        ["22/09/2026", "Pledge follow-up call with donors (online)"],
        ["Second half of 2026", "Second Partners' Roundtable (venue to be confirmed)"],
    ], ruled="none", header=False, widths=[62, 150], font_size=7.5)

with doc.box("Recommendations to the GCG"):
    doc.para("The roundtable agreed to submit the following recommendations to the Global "
             "Coordinating Group:", style="small")
    doc.bullets([
        "The GCG should consider establishing a pooled pathfinder facility to fund catalytic "
        "activities in countries without a bilateral donor.",
        "Pledges announced at the roundtable should be recorded in a public pledge tracker, "
        "updated every year by the Secretariat.",
        "Pathfinder governments should build roadmap costs into their national budget cycles, "
        "starting with the 2027 budgets.",
        "Donors are encouraged to align their reporting requirements with each roadmap's "
        "monitoring framework.",
        "Social partners should be given a seat on the steering committee of every roadmap.",
        "It was recommended that a second roundtable be convened in the second half of 2026, "
        "open to pathfinders that did not take part in this one.",
    ], marker="1.", indent=14, style="small")

doc.next_column()
section("What happens next",
        "The Secretariat will circulate a draft pledge tracker to donors by the end of January 2026 "
        "and will present this note to the GCG at its meeting on 17 March 2026. Partners that could "
        "not announce figures in Geneva were invited to send them in writing before that date.")
p("Donors present also discussed, without reaching a conclusion, whether pledges could be "
  "counted towards the roadmaps when they finance regional rather than national projects.")

with doc.box("In brief"):
    doc.bullets([
        "Peru's Ministry of Labour and Employment Promotion (MTPE) will host a regional exchange "
        "on child labour in rural areas in Lima on 9-10 June 2026, open to all Latin American "
        "pathfinders.",
        "The Philippines has asked the Secretariat for support in costing its roadmap, which "
        "was adopted in 2023.",
        "Côte d'Ivoire, which did not attend, circulated its latest progress report on the "
        "national action plan against child labour in cocoa growing areas.",
    ], marker="bullet", indent=11, style="small")

doc.para("Contact: pathfinders@example.org", style="small")

doc.save()
