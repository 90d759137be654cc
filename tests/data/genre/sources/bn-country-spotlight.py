"""bn-country-spotlight: a two-column "Pathfinder Spotlight" issue (September 2024) on Albania,
Tunisia and Sri Lanka, each with a shaded box "What the Government has committed to"."""

from reportlab.lib.units import mm

from bn_layout import BnDocument

doc = BnDocument("bn-country-spotlight.pdf", band=42 * mm, lang="en",
                 header="Alliance 8.7 - Pathfinder Spotlight No. 3 - September 2024",
                 footer="Pathfinder Spotlight is produced by the Alliance 8.7 Secretariat",
                 page_numbers="Page {n}", title="Pathfinder Spotlight No. 3")

BODY = dict(fontSize=9, leading=12, spaceAfter=5)


def p(text):
    doc.para(text, **BODY)


def h(text, level=1):
    doc.para(text, style=f"h{level}", keepWithNext=1)


def committed(items):
    with doc.box("What the Government has committed to"):
        doc.bullets(items, marker="bullet", style="small", indent=10)


doc.masthead(2)
doc.title("Pathfinder Spotlight", subtitle="No. 3 | September 2024 | Albania - Tunisia - Sri Lanka")
doc.para("Each issue of the Spotlight looks at three pathfinder countries: what they have achieved "
         "since adopting their roadmaps, and what their governments have committed to do next. "
         "This issue appears ahead of the Global Coordinating Group meeting in Geneva in November "
         "2024 and of the pathfinder peer-learning webinar on 25/09/2024.", fontSize=9.5,
         leading=12.5)
doc.next_column()

# --- Albania -----------------------------------------------------------------------------------
h("Albania: from roadmap to results")
p("Albania became a pathfinder country in 2020 and validated its roadmap at a national workshop "
  "in Tirana on 9-10 June 2021. Three years on, the Office of the National Anti-Trafficking "
  "Coordinator reports that 212 potential victims of trafficking were identified in 2023, two "
  "thirds of them children. Street-connected children and seasonal workers in agriculture and "
  "tourism remain the groups most at risk.")
p("The second phase of the roadmap, launched in March 2024, puts labour inspection and child "
  "protection at its centre. The State Labour and Social Services Inspectorate (SLSSI) will hire "
  "40 additional inspectors over the next two years and will, for the first time, inspect "
  "tourism businesses during the summer season.")
committed([
    "Hire 40 additional labour inspectors by mid-2026.",
    "Open child protection units in all 61 municipalities by the end of 2024.",
    "Adopt a new law on the protection of victims of trafficking in the first half of 2025.",
    "Publish annual data on identified victims, broken down by age and sex.",
])
p("The Ministry of Interior intends to train 300 judges, prosecutors and police officers in "
  "trafficking cases, with the School of Magistrates, by the end of 2025. Convictions remain "
  "rare: only nine traffickers were sentenced in 2023.")
p("At the roadmap review meeting in Tirana on 18 April 2024, UNICEF welcomed the new child "
  "protection units but asked that they be fully staffed before the winter. The Confederation of "
  "Trade Unions of Albania (KSSH) noted that most seasonal workers in tourism have no written "
  "contract.")

# --- Tunisia -----------------------------------------------------------------------------------
h("Tunisia: a referral mechanism that works")
p("Tunisia's National Authority to Combat Trafficking in Persons (INLTP), set up under the 2016 "
  "anti-trafficking law, identified 1,100 presumed victims in 2023, most of them domestic "
  "workers from Côte d'Ivoire and Tunisian girls placed as maids in private homes.")
p("Tunisia held its national strategic planning workshop in Tunis on 27-28 February 2023 and "
  "adopted its pathfinder roadmap in July 2023. Under the roadmap, the INLTP undertook to:")
doc.bullets([
    "open regional offices in Sfax and Médenine by the end of 2024;",
    "train 150 judges and prosecutors on the 2016 law, in partnership with the Higher Institute "
    "of the Judiciary;",
    "present a yearly report to Parliament on the identification of victims.",
], marker="(a)", style="small", indent=18)
p("The Ministry of Social Affairs and the Tunisian General Labour Union (UGTT) agreed to set up a "
  "joint hotline for domestic workers in Q1 2025, and the Tunisian Union of Industry, Trade and "
  "Handicrafts (UTICA) will publish guidance for employers on the 2021 law on domestic work.")
committed([
    "Open INLTP regional offices in Sfax and Médenine (end of 2024).",
    "Extend the national referral mechanism to all 24 governorates by 2026.",
    "Raise the penalties in the Penal Code for the economic exploitation of children.",
])
p("Tunisia has not ratified the Domestic Workers Convention, 2011 (No. 189). Officials said the "
  "question would be considered once the new labour code is adopted.")

# --- Sri Lanka ---------------------------------------------------------------------------------
h("Sri Lanka: making child labour free zones count")
p("Sri Lanka, a pathfinder since 2017, raised the minimum age of employment to 16 in 2021 and has "
  "declared 15 of its 25 districts child labour free zones. The label is awarded when no child "
  "labour is found in inspections and community surveys over two years.")
p("The Department of Labour plans to digitise its inspection records nationwide in FY2025, a "
  "step the ILO has supported since 2022. The Ministry of Labour and Foreign Employment has also "
  "undertaken to declare the remaining ten districts child labour free by 2026, and the National "
  "Child Protection Authority (NCPA) is to set up child protection committees in every "
  "Divisional Secretariat.")
committed([
    "Digitise labour inspection records in all districts in FY2025.",
    "Adopt the revised National Action Plan on child labour for 2025-2030 in the first half of "
    "2025.",
    "Revise the hazardous occupations regulations to cover domestic work.",
    "Ratify the Violence and Harassment Convention, 2019 (No. 190) by 2026.",
])
p("Business is following. The Employers' Federation of Ceylon (EFC) pledged that its 700 member "
  "companies would screen their suppliers for child labour by mid-2026. The Sri Lanka Bureau of "
  "Foreign Employment (SLBFE) aims to bring all sub-agents under licensing within two years.")
p("At the national steering committee in Colombo on 4 April 2024, the Ceylon Workers' Congress "
  "(CWC) asked whether tea plantation estates would be included in the zones. The Ministry of "
  "Labour and Foreign Employment replied that plantation estates will be covered from 2025.")

# --- column 2 of the last page: at a glance ----------------------------------------------------
doc.next_column()
h("The three roadmaps at a glance", level=2)
doc.table([
    ["Country", "Joined", "Strategic planning workshop", "Roadmap adopted"],
    ["Albania", "2020", "Tirana, 9-10 June 2021", "October 2021"],
    ["Tunisia", "2022", "Tunis, 27-28 February 2023", "July 2023"],
    ["Sri Lanka", "2017", "Colombo, 2018", "March 2019"],
], ruled="rows", widths=[47, 42, 85, 56], font_size=8)
doc.spacer(6)
with doc.box("Dates to note"):
    doc.bullets([
        "<b>25/09/2024</b> - Pathfinder peer-learning webinar, online",
        "<b>Week of 14 October 2024</b> - Tunisia: regional consultation on domestic work, Sfax",
        "<b>November 2024</b> - Global Coordinating Group meeting, Geneva",
        "<b>Early 2025</b> - Sri Lanka: launch of the revised National Action Plan on child "
        "labour, Colombo",
    ], marker="-", style="small", indent=10)
h("From the Secretariat", level=2)
p("Progress reports from all three countries will be posted on the Alliance 8.7 website in the "
  "first quarter of 2025. Is your country considering pathfinder status? Countries that wish to "
  "join are invited to send a letter of interest to the Secretariat.")

doc.spacer(4)
doc.para("<b>Next issue:</b> Mauritania, Nigeria and Peru. Suggestions to "
         "spotlight-87@example.org.", style="small")
doc.save()
