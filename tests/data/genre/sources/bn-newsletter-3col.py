"""bn-newsletter-3col: a three-column newsletter issue (October 2023) with a masthead band,
a shaded key-facts box inside an article, a calendar box and an "In brief" list."""

from reportlab.lib.units import mm

from bn_layout import BnDocument

doc = BnDocument("bn-newsletter-3col.pdf", band=33 * mm, lang="en",
                 header="Alliance 8.7 News - Issue 14 - October 2023",
                 footer="Alliance 8.7 communications team - news-87@example.org",
                 page_numbers="{n}/{total}", title="Alliance 8.7 News, Issue 14")

BODY = dict(fontSize=8.6, leading=11.4, spaceAfter=5)


def p(text):
    doc.para(text, **BODY)


def h(text):
    doc.para(text, style="h2", keepWithNext=1)


doc.masthead(3)
doc.title("Alliance 8.7 News", subtitle="Issue 14 | October 2023 | Quarterly newsletter on "
          "SDG Target 8.7")
doc.para("<b>In this issue:</b> Indonesia adopts its roadmap; cocoa communities in Ghana; the "
         "Supply Chains Action Group in Lima; domestic work in Jordan; a new pathfinder candidate "
         "in south-eastern Europe; and the calendar for the months ahead.", fontSize=9.5,
         leading=12.5)
doc.next_column()

# --- Article 1 ---------------------------------------------------------------------------------
h("Indonesia adopts its pathfinder roadmap")
p("<b>Jakarta, 28 September 2023</b> - Six months after its national strategic planning "
  "workshop, Indonesia has adopted a roadmap that sets out how the country means to go further "
  "and faster on Target 8.7. The workshop, held in Bogor on 14-15 March 2023, brought together "
  "140 participants from ministries, the Confederation of Indonesian Trade Unions (KSPI), the "
  "Employers' Association of Indonesia (APINDO) and civil society.")
with doc.box("Key facts"):
    doc.bullets([
        "160 million children were in child labour at the start of 2020, according to the "
        "latest global estimates." + doc.footnote("ILO and UNICEF, Child Labour: Global "
                                                  "estimates 2020, trends and the road forward, 2021."),
        "Indonesia: 1.05 million children aged 10-17 work, a third of them in hazardous jobs.",
        "Ghana: an estimated 770,000 children do hazardous work in cocoa-growing households.",
        "Peru: 21.8 per cent of children aged 5-17 are in employment, most of them on family "
        "farms.",
    ], style="small", indent=10)
p("Under the roadmap, the Government of Indonesia will extend the child labour reduction "
  "programme (PPA-PKH) to 25 additional districts by 2025, and the Ministry of Manpower "
  "(Kemnaker) plans to recruit 600 new labour inspectors in FY2024. Kemnaker's "
  "Director-General for Labour Inspection, Ms Ratna Wulandari, said the ministry would also "
  "publish an annual report on inspections in the fisheries sector.")
p("The roadmap's priorities are forced labour on fishing vessels and child labour in palm oil "
  "smallholdings. In both sectors a 2022 study by the University of Indonesia found "
  "recruitment debts and unpaid family work." + doc.footnote("University of Indonesia, "
  "Working conditions on plantations and fishing vessels, Depok, 2022.") + " The Ministry of Women's Empowerment and Child "
  "Protection (KemenPPPA) commits itself to establishing child-friendly village task forces in "
  "100 sub-districts where plantation work is common.")
p("Indonesia is also expected to ratify the Domestic Workers Convention, 2011 (No. 189) before "
  "the end of 2024, a step long demanded by the domestic workers' advocacy network JALA PRT. "
  "Whether the ratification bill reaches the House of Representatives this year remains an "
  "open question.")

# --- Article 2 ---------------------------------------------------------------------------------
h("Ghana: from pledges to practice in cocoa")
p("<b>Accra</b> - Ghana's pledge to halve the worst forms of child labour in cocoa-growing "
  "communities by the end of 2025 was restated on 5 October at the launch of consultations on "
  "the third National Plan of Action (NPA III). Ghana ratified the Worst Forms of Child Labour "
  "Convention, 1999 (No. 182) in 2000 and has been an Alliance 8.7 pathfinder country since "
  "2019.")
p("The Ghana Cocoa Board (COCOBOD) will roll out the Child Labour Monitoring and Remediation "
  "System (CLMRS) to all 69 cocoa districts, while the Ministry of Employment and Labour "
  "Relations (MELR) intends to table amendments to the hazardous activities framework in the "
  "second half of 2024.")
p("On the industry side, Kumasi Bean Processors Ltd, a mid-sized grinder, has committed to "
  "extending CLMRS coverage to every supplier cooperative it buys from within two years. The "
  "General Agricultural Workers' Union (GAWU) of the Ghana Trades Union Congress offered to "
  "train 300 members of community child protection committees, if donor funding can be "
  "found.")

# --- Article 3 ---------------------------------------------------------------------------------
h("Supply Chains Action Group meets in Lima")
p("The Supply Chains Action Group held its autumn meeting in Lima on 19-20 September 2023, "
  "hosted by pathfinder country Peru and its Ministry of Labour and Employment Promotion "
  "(MTPE). Some 45 members took part in person and online.")
p("Opening the meeting, Peru's Vice-Minister of Labour said that Peru would run its second "
  "national child labour survey in 2024 together with the National Institute of Statistics "
  "and Informatics (INEI).")
p("Speaking for employers, the International Organisation of Employers (IOE) stressed that "
  "small suppliers need practical tools rather than new reporting forms. The International "
  "Trade Union Confederation (ITUC) asked whether the Group would track grievance mechanisms "
  "at tier-two suppliers, and urged companies to involve unions in due diligence. Walk Free "
  "noted that only 40 of the 120 companies it reviewed disclosed any remediation outcomes.")
p("After two days of discussion, the Group agreed to:")
doc.bullets([
    "develop a short guidance note for buyers on responsible exit from high-risk suppliers by "
    "March 2024;",
    "pilot a shared supplier-training module in Peru and Ghana;",
    "set up a task team on remediation, chaired by the OECD.",
], marker="(a)", style="small", indent=18)
p("Participants also recommended that the next Global Coordinating Group meeting consider a "
  "joint statement on responsible purchasing practices. The Group's next meeting will be held "
  "online in the week of 22 January 2024.")

# --- Article 4 ---------------------------------------------------------------------------------
h("Jordan: protecting migrant domestic workers")
p("<b>Amman</b> - Jordan's Ministry of Labour (MoL) has committed to bringing domestic workers "
  "under the labour inspection system in 2024, according to a statement issued after a "
  "tripartite consultation held in Amman on 11 October. The ministry also aims to launch an "
  "online complaints platform in Arabic, English, Bengali and Sinhala by mid-2024.")
p("Officials stressed that any decision on ratifying C189 would depend on the outcome of a "
  "legal review. Separately, the Department of Statistics (DoS) will field a national child "
  "labour survey in Q2 2024, the first since 2016, with support from the ILO and UNICEF. "
  "Jordan hosts more than 600,000 registered Syrian refugees, and child labour among refugee "
  "children in agriculture remains a concern for UNHCR.")

# --- Article 5 ---------------------------------------------------------------------------------
h("Romania seeks pathfinder status")
p("<b>Bucharest</b> - Romania has sent a letter of interest in becoming an Alliance 8.7 "
  "pathfinder country, the first in south-eastern Europe since Albania joined. The National "
  "Agency against Trafficking in Persons (ANITP) is to coordinate a national strategic planning "
  "workshop, tentatively set for early March 2024.")
p("ANITP's figures show 502 identified victims in 2022, most of them exploited for sexual "
  "purposes. The agency also intends to open a multilingual hotline for refugees from Ukraine "
  "who are at risk of labour exploitation.")

# --- Article 6 ---------------------------------------------------------------------------------
h("Webinar recap: children in artisanal mining")
p("More than 300 people joined the webinar on child labour in artisanal and small-scale mining "
  "that UNICEF and the ILO organised on 26 September 2023. Panellists from the Democratic "
  "Republic of the Congo and Bolivia described community-based monitoring in cobalt and tin "
  "mining areas.")
p("Participants recommended that mineral traceability schemes include child labour "
  "indicators, and suggested that buyers fund school meals in mining communities. UNICEF will "
  "publish a practical toolkit for community monitors in the first quarter of 2024, and "
  "Bolivia's Ministry of Labour, Employment and Social Welfare plans to test the approach in "
  "three municipalities of Potosí during 2024.")

# --- Calendar and In brief ---------------------------------------------------------------------
with doc.box("Calendar"):
    doc.bullets([
        "<b>8-9 November 2023</b> - Migration Action Group meeting, Geneva (hybrid)",
        "<b>20/11/2023</b> - Webinar: Measuring forced labour in fisheries, online",
        "<b>Week of 22 January 2024</b> - Supply Chains Action Group, online",
        "<b>Early March 2024</b> - Romania national strategic planning workshop",
        "<b>Q2 2024</b> - 8th meeting of the Global Coordinating Group, venue to be confirmed",
        "<b>12 June 2024</b> - World Day Against Child Labour",
    ], marker="-", style="small", indent=10)

h("In brief")
doc.bullets([
    "Kenya adopted a revised list of hazardous work for children in August.",
    "Viet Nam's Ministry of Labour, Invalids and Social Affairs (MOLISA) undertook to finalise "
    "its national programme on child labour prevention for 2026-2030 in Q3 2025.",
    "The European Parliament continues to negotiate a regulation that would ban products made "
    "with forced labour from the European Union market.",
    "New partners: the Federation of Kenya Employers (FKE) and the Fair Labor Association joined "
    "the Alliance in September.",
    "Would your organisation like to contribute a story to the next issue? Write to "
    "news-87@example.org before 15 December.",
], style="small", indent=10)

doc.save()
