"""bn-pathfinder-briefing-sidebar: a Secretariat briefing note for a GCG meeting, set in two flowing
columns with a shaded sidebar on every page (key figures, pledges at a glance, calendar, decision
points). Summarises the pledges of Cambodia, Jordan, Paraguay and Ghana, a new request from the
Philippines, voices from a peer exchange, and the Secretariat's proposals. Layout module:
bn-pathfinder-briefing-sidebar_layout.py."""

import importlib

from docgen import A4

layout = importlib.import_module("bn-pathfinder-briefing-sidebar_layout")

doc = layout.SidebarBriefing(
    "bn-pathfinder-briefing-sidebar.pdf", size=A4, lang="en",
    header="Alliance 8.7  |  Global Coordinating Group  |  Briefing note  |  Agenda item 4",
    footer="Alliance 8.7 Secretariat, Geneva", page_numbers="{n}",
    title="Pathfinder countries: pledges on the table and the Secretariat's proposals")


def P(text):
    doc.para(text, fontSize=8.7, leading=11.6, spaceAfter=5)


def H(text):
    doc.heading(text, 2)


doc.title("Pathfinder countries: pledges on the table and the Secretariat\u2019s proposals",
          subtitle="Briefing note for the 17th meeting of the Global Coordinating Group, Geneva, 27\u201328 "
                   "November 2023. Prepared by the Alliance 8.7 Secretariat for agenda item 4.")
doc.next_column()

# --------------------------------------------------------------------------------------- main text
H("Why this note")
P("Since the Group last met, in May 2023, five pathfinder countries have sent the Secretariat updates on "
  "their roadmaps and one country has asked to join. This note summarises what each of them has pledged, "
  "points out where their plans overlap, and sets out the proposals on which the Secretariat seeks the "
  "Group\u2019s guidance (section 6).")
P("The backdrop is sobering. The latest global estimates count 160 million children in child labour and "
  "27.6 million people in forced labour" + doc.footnote(
      "ILO and UNICEF, Child Labour: Global estimates 2020 (2021); ILO, Walk Free and IOM, Global Estimates "
      "of Modern Slavery (2022).") +
  ", and Target 8.7 will be missed for child labour by a wide margin in 2025. The pathfinders are where the "
  "Alliance can show that faster progress is possible.")

H("1. Cambodia: brick kilns and a new survey")
P("Cambodia has been a pathfinder since its national strategic planning workshop in Phnom Penh in March "
  "2022. Labour inspectors of the Ministry of Labour and Vocational Training (MLVT) visited 212 brick kilns "
  "in 2023, and the Cambodian Brick Kiln Owners\u2019 Association (CBKOA) signed a code of practice with the "
  "ILO in August.")
P("Looking ahead, MLVT intends to field a national child labour survey with the National Institute of "
  "Statistics (NIS) in the first half of 2024, the first such survey since 2012. It has also set itself "
  "the goal of inspecting every brick kiln in Kandal and Kampong Chhnang provinces by the end of 2024, "
  "with particular attention to debt bondage.")
P("The Cambodian Kiln and Construction Workers\u2019 Federation (CKCWF) runs legal clinics for kiln families "
  "in four provinces. Its president has asked the Government to cancel the debts that workers owe to kiln "
  "owners, a demand that MLVT has not taken up.")

H("2. Jordan: ending fees for migrant domestic workers")
P("Jordan adopted its roadmap in 2022 and has gone furthest on fair recruitment. Under a decision "
  "announced in September, the Ministry of Labour has committed to abolishing all recruitment fees charged "
  "by licensed agencies to migrant domestic workers from 1 July 2024; agencies will recover their costs "
  "from employers instead. The Government also intends to ratify the 2014 Protocol to the Forced Labour "
  "Convention before the end of 2024, and the National Committee for the Prevention of Human Trafficking "
  "(NCPHT) plans to open a second shelter for victims of trafficking, in Irbid, during 2024.")
with doc.box("How a country becomes a pathfinder"):
    doc.para("A government writes to the Secretariat to express its interest. A national strategic planning "
             "workshop then brings together ministries, social partners and civil society to agree a roadmap "
             "with priorities, lead agencies and dates. Progress is reported to the Group each year.",
             style="small")
P("Should the donor funding discussed in October materialise, a multilingual helpline for domestic "
  "workers would follow. The Amal Centre for Migrant Workers (ACMW), a Jordanian NGO, handled 1,340 "
  "complaints of passport confiscation in the first nine months of 2023.")

H("3. Paraguay: counting children in domestic service")
P("Paraguay validated its roadmap at a workshop in Asunci\u00f3n on 30 June 2022. Its main concern is "
  "criadazgo, the placement of children as unpaid domestic help with better-off families. The Ministry of "
  "Labour, Employment and Social Security (MTESS) informed the Secretariat that Paraguay will carry out "
  "its next national survey of child and adolescent activities in 2024, this time with a module on "
  "criadazgo, and that the National Commission for the Prevention and Eradication of Child Labour "
  "(CONAETI) aims to approve a new national strategy for 2024\u20132028 by mid-2024.")
P("The workers have made a pledge of their own: the Rural Workers\u2019 Confederation of Paraguay (CTRP) "
  "undertook to broadcast a radio campaign on child labour in Guaran\u00ed and Spanish in San Pedro and "
  "Caaguaz\u00fa during the 2024 sesame harvest.")

H("4. Ghana: cocoa and beyond")
P("Ghana has been a pathfinder since 2019. The Ministry of Employment and Labour Relations (MELR) reports "
  "that the Ghana Child Labour Monitoring System now operates in 96 of the country\u2019s 261 districts. "
  "Ghana\u2019s pledge to extend the system to all cocoa-growing districts by 2025 stands, and the Department "
  "of Social Welfare (DSW) expects to open a shelter for child victims of trafficking in the Volta region "
  "next year.")
P("Child labour in cocoa remains widespread in the Western North and Ashanti regions, where most "
  "children who work on farms also attend school but fall behind. The cocoa sector stakeholders\u2019 forum "
  "that MELR convenes each year will meet in Kumasi in mid-March 2024 to review the monitoring data.")
P("On the business side, the Ghana Cocoa Processors\u2019 Association (GCPA) has committed its members to "
  "mapping their supply chains down to farm level by the end of 2025, in step with similar work under way "
  "in C\u00f4te d\u2019Ivoire.")

H("5. A new candidate: the Philippines")
P("On 4 September 2023 the Department of Labor and Employment (DOLE) wrote on behalf of the Government of "
  "the Philippines to request pathfinder status. A national strategic planning workshop is pencilled in "
  "for Manila in the first quarter of 2024, and DOLE has offered to host it jointly with the ILO Country "
  "Office.")
P("Fiji\u2019s Ministry of Employment, Productivity and Industrial Relations (MEPIR) asked for information "
  "on what pathfinder status involves at a Pacific labour mobility meeting in Suva in October 2023, but "
  "has not expressed a formal interest.")

H("Voices from the peer exchange")
P("The Secretariat\u2019s online pathfinder peer exchange of 12 October 2023 gave the countries a chance to "
  "compare notes. Some of the points made:")
doc.bullets([
    "Cambodia\u2019s representative explained that kiln debts are often passed from parents to children, "
    "which makes remediation slow.",
    "For Jordan, the Secretary-General of the Ministry of Labour said that employers had accepted the end of "
    "worker-paid fees once the cost was spread over a two-year contract.",
    "Paraguay asked whether the Alliance could help to pay for the criadazgo module.",
    "The ILO noted that tested questionnaires on child domestic work already exist and said it would send "
    "them to both survey teams.",
    "Walk Free cautioned that shelters do little for survivors unless they also receive income support.",
    "Speaking for the workers\u2019 group, the ITUC urged Jordan to extend the fee ban to agricultural "
    "workers.",
    "The IOE observed that cocoa processors in Ghana were ready to share traceability data with the "
    "Government.",
], style="small", indent=12)

H("Funding the next steps")
P("Together the five countries report a funding gap of USD 2.4 million for 2024, two thirds of it for "
  "the surveys and the shelters. Two members of the Group have already come forward. The Government of "
  "Norway has offered to meet the cost of a peer-learning exchange between Cambodia and Paraguay, and "
  "UNICEF plans to second a survey specialist to each of the two national statistics offices for the "
  "fieldwork period. Other members may wish to consider the shelters in Irbid and the Volta region, for "
  "which no funding has yet been found.")

H("6. What the Secretariat proposes")
P("In the light of these updates, the Secretariat proposes that the Group:")
doc.bullets([
    "welcome the Philippines as a pathfinder country and ask the Secretariat to support its national "
    "strategic planning workshop in the first quarter of 2024;",
    "pair Cambodia and Paraguay in a peer-learning exchange on child labour survey design before either "
    "survey goes to the field;",
    "refer Jordan\u2019s fee-abolition model to the Migration Action Group for review as a practice for other "
    "countries of destination;",
    "adopt a common reporting template so that every pathfinder reports on its pledges in the same format "
    "from 2024 onwards;",
    "hold a global pathfinder exchange as a side event of the International Labour Conference in June 2024;",
    "set up a roster of experts on shelters and victim support on which pathfinders can call.",
], marker="(a)", style="small", indent=16)
P("The Secretariat further suggests that pathfinder updates become a standing item on the agenda of every "
  "GCG meeting, with two countries reporting in depth each time.")
P("Members are invited to comment on the proposals and to indicate whether they can contribute to the "
  "roster or to the cost of the peer-learning exchange.")

# --------------------------------------------------------------------------------------- sidebars
doc.side_heading(1, "Key figures")
doc.side_para(1, "5", big=True)
doc.side_para(1, "pathfinder countries reporting in this note")
doc.side_para(1, "1", big=True)
doc.side_para(1, "new request for pathfinder status (the Philippines)")
doc.side_para(1, "160 million", big=True)
doc.side_para(1, "children in child labour worldwide")
doc.side_para(1, "USD 2.4 million", big=True)
doc.side_para(1, "funding gap for 2024 reported by the five countries together")
doc.side_heading(1, "In this note")
doc.side_bullets(1, ["Cambodia", "Jordan", "Paraguay", "Ghana", "The Philippines and Fiji",
                     "Voices from the peer exchange", "Proposals for decision"])

doc.side_heading(2, "Pledges at a glance")
doc.side_para(2, "The main dated pledges reported to the Secretariat:")
doc.side_bullets(2, [
    "<b>Cambodia:</b> a national child labour survey in the first half of 2024",
    "<b>Jordan:</b> no recruitment fees for migrant domestic workers from 1 July 2024",
    "<b>Paraguay:</b> new child labour strategy for 2024\u20132028 approved by mid-2024",
    "<b>Ghana:</b> child labour monitoring in all cocoa-growing districts by 2025",
])
doc.side_heading(2, "Overlaps to watch")
doc.side_para(2, "Cambodia and Paraguay are both preparing national child labour surveys for 2024; Jordan "
                 "and Ghana are both opening shelters for victims of trafficking. Section 6 suggests how "
                 "the Alliance can help them learn from each other.")

doc.side_heading(3, "Calendar")
doc.side_bullets(3, [
    "<b>12 October 2023</b> \u2013 Pathfinder peer exchange (online)",
    "<b>27\u201328 November 2023</b> \u2013 17th GCG meeting, Geneva",
    "<b>5-6 Feb. 2024</b> \u2013 Regional consultation on fair recruitment in the Arab States, Amman",
    "<b>Mid-March 2024</b> \u2013 Cocoa sector stakeholders\u2019 forum, Kumasi",
    "<b>Q1 2024</b> \u2013 National strategic planning workshop of the Philippines, Manila (dates to be "
    "confirmed)",
    "<b>3\u201314 June 2024</b> \u2013 112th Session of the International Labour Conference, Geneva",
])

doc.side_heading(3, "Decision points")
doc.side_para(3, "The Group is asked to:")
doc.side_bullets(3, [
    "Welcome the Philippines as a pathfinder country.",
    "Endorse the Cambodia\u2013Paraguay peer exchange on survey design.",
    "Agree a common reporting template for pathfinder pledges.",
])
doc.side_heading(3, "Contact")
doc.side_para(3, "Pathfinder desk, Alliance 8.7 Secretariat: pathfinders@example.org")

doc.save()
