"""Report of the Third Asia-Pacific Regional Coordination Meeting of Alliance 8.7 (fictional).

Numbered paragraphs, agenda items as headings, country turns paragraph by paragraph, breakout
group recommendations, a Recommendations section and an annex table of participation.
"""

from docgen import A4, Document

doc = Document("mr-regional-coordination-meeting.pdf", size=A4, lang="en",
               header="Alliance 8.7 - Asia-Pacific Regional Coordination Meeting - A87/APRCM/3/REP",
               footer="Distribution: participants and Alliance 8.7 partners",
               page_numbers="Page {n} of {total}",
               title="Third Asia-Pacific Regional Coordination Meeting of Alliance 8.7 - Report")

N = [0]


def p(text):
    N[0] += 1
    doc.para(f"{N[0]}. {text}", leftIndent=0)


doc.title("Third Asia-Pacific Regional Coordination Meeting of Alliance 8.7",
          subtitle="Bangkok, Thailand, 14-15 October 2026 - Report of the meeting")
doc.para("<i>Prepared by the meeting secretariat (ILO Regional Office for Asia and the Pacific) "
         "and circulated to participants on 13 November 2026.</i>", style="small")

doc.heading("I. Opening of the meeting", 1)
p("The Third Asia-Pacific Regional Coordination Meeting of Alliance 8.7 was held at the United "
  "Nations Conference Centre in Bangkok on 14 and 15 October 2026. It was hosted by the Ministry of "
  "Labour of Thailand (MOL) with the support of the ILO Regional Office for Asia and the Pacific. "
  "Some 70 participants attended, representing 13 governments, six United Nations and "
  "intergovernmental entities, social partners and civil society organisations (see annex).")
p("The meeting was opened by Ms. Wanida Chaiyaporn, Deputy Permanent Secretary of the Ministry of "
  "Labour of Thailand, who chaired the meeting. In her opening remarks, she recalled that Asia and the "
  "Pacific accounts for more than half of all people in forced labour worldwide and that progress "
  "against child labour in the region has slowed since 2020. She welcomed the presence of three "
  "pathfinder countries and of two countries that had recently expressed interest in the pathfinder "
  "process.")
p("Mr. Daniel Okafor-Reyes, Deputy Regional Director of the ILO for Asia and the Pacific, observed "
  "that the 2025 milestone of Target 8.7 had passed without the goal being met. He stressed that the "
  "response of the region must now move from pilots to implementation at scale, and informed the "
  "meeting that the ILO would publish updated regional estimates of child labour in the first "
  "quarter of 2027.")
p("Speaking for the Alliance 8.7 Secretariat, Ms. Ingrid Solberg-Haas recalled that regional "
  "coordination meetings were intended to connect pathfinder countries with neighbours facing "
  "similar challenges. She drew attention to the regional webinar on fair recruitment held on 22 July "
  "2026, which had brought together 240 participants from origin and destination countries.")

doc.heading("II. Adoption of the agenda", 1)
p("The meeting adopted the provisional agenda (A87/APRCM/3/1). The representative of Pakistan "
  "asked that bonded labour in brick kilns be discussed under agenda item V; the Chair agreed.")

doc.heading("III. Regional overview", 1)
p("The UNICEF Regional Office for East Asia and the Pacific presented an overview of recent trends. "
  "In the region covered by the meeting, an estimated 48 million children aged 5 to 17 were in child "
  "labour, two in five of them in hazardous work. Three quarters of child labour was found in "
  "agriculture, most of it within family units.")
p("The representative of UNODC expressed concern at the rapid growth of trafficking for forced "
  "criminality in online scam operations in the Mekong sub-region. He noted that victims from more "
  "than 30 countries had been identified since 2023, and that many were first treated as offenders "
  "rather than as victims.")
p("In the ensuing discussion, the delegate from the Philippines welcomed the overview and asked "
  "whether the forthcoming estimates would be disaggregated by sector. The ILO responded that "
  "breakdowns would be available for agriculture, fishing, domestic work and construction.")
p("Walk Free noted that only four countries of the region had ever measured forced labour through a "
  "national survey. Walk Free called for governments of the region to include a forced labour module "
  "in their national labour force surveys.")

doc.heading("IV. Progress in pathfinder countries", 1)
doc.heading("Nepal", 3)
p("The representative of Nepal, Mr. Bikash Adhikari, Joint Secretary, Ministry of Labour, Employment "
  "and Social Security (MoLESS), recalled that Nepal had become a pathfinder country in 2017 and had "
  "held its national strategic planning workshop in 2018. Since then, the Government had adopted "
  "the National Master Plan on Child Labour (2018-2028) and declared 15 municipalities free of child "
  "labour.")
p("He informed the meeting that his Government intends to revise the list of hazardous occupations "
  "prohibited for children under 18 before the end of 2027, and that MoLESS would deploy 40 "
  "additional labour inspectors in 2027. Nepal would also seek to ratify the Protocol of 2014 to the "
  "Forced Labour Convention by 2028.")
doc.heading("Sri Lanka", 3)
p("The delegate from Sri Lanka, Ms. Dilani Perera, Commissioner of Labour, noted that the number of "
  "children found in hazardous work during labour inspections had fallen by a third since 2022. She "
  "credited the electronic inspection system introduced by the Department of Labour in 2023.")
p("Sri Lanka has committed to update its list of hazardous work for children by mid-2027 in "
  "consultation with the social partners. The Department of Labour plans to roll out the child labour "
  "monitoring application to all 25 districts in 2027.")
doc.heading("Viet Nam", 3)
p("The representative of Viet Nam recalled that the country had ratified the Abolition of Forced "
  "Labour Convention, 1957 (No. 105) in 2020, and that the Ministry of Home Affairs (MOHA) had "
  "assumed responsibility for labour affairs in 2025. He stressed that coordination between "
  "ministries remained the main challenge. The Government undertook to:")
doc.bullets([
    "adopt a national programme on the prevention of forced labour for the period 2027-2030;",
    "extend labour inspection to informal craft villages, starting with three northern provinces; and",
    "conduct a second national child labour survey in 2028.",
], marker="(a)")
doc.heading("Questions from the floor", 3)
p("The representative of Australia commended the three pathfinder countries and asked Nepal how "
  "declarations of child-labour-free municipalities were verified. In response, Nepal explained that "
  "each declaration was reviewed by a committee including the district labour office, teachers and "
  "the local trade union.")
p("The Federation of Nepalese Chambers of Commerce and Industry (FNCCI) took the floor to stress that "
  "small enterprises needed practical support rather than sanctions alone.")

doc.heading("V. Other countries of the region", 1)
p("The representative of Mongolia, from the Ministry of Labour and Social Protection (MLSP), "
  "reiterated her Government's interest in joining Alliance 8.7 as a pathfinder country. She "
  "indicated that a letter of interest would be sent to the Secretariat before the end of 2026.")
p("The delegate from the Philippines, speaking for the Department of Labor and Employment (DOLE), "
  "informed the meeting that the Philippines had submitted its letter of interest in May 2026. The "
  "Philippines plans to hold its national strategic planning workshop in Manila in the first half of "
  "2027.")
p("The representative of Bangladesh noted that Bangladesh had ratified the Minimum Age Convention, "
  "1973 (No. 138) in 2022. Through the fourth phase of its national project, the Ministry of Labour "
  "and Employment (MoLE) aims to withdraw 100,000 children from hazardous work by June 2028.")
p("The representative of Pakistan expressed concern at the persistence of bonded labour in brick kilns "
  "in Punjab and Sindh, where debts were often passed from parents to children. He indicated that the "
  "provincial labour departments were expected to complete the registration of all brick kilns by "
  "the end of 2027.")
p("Speaking on behalf of the workers' group, ITUC Asia Pacific (ITUC-AP) welcomed the registration "
  "drive but warned that registration without inspection changed little. ITUC-AP called for the "
  "abolition of advance-payment systems in brick kilns and for debts incurred under them to be "
  "cancelled.")
p("Fiji informed the meeting that forced labour indicators had been documented on foreign fishing "
  "vessels calling at Suva. The Ministry of Employment, Productivity and Workplace Relations will train "
  "60 labour and fisheries inspectors on forced labour indicators in fishing by June 2027. Fiji will "
  "also host a sub-regional Pacific workshop on labour inspection in fishing in Suva during the week "
  "of 8 February 2027.")
p("For the host country, the Chair recalled that Thailand had ratified the Protocol of 2014 to the "
  "Forced Labour Convention in 2018 and the Work in Fishing Convention, 2007 (No. 188) in 2019. "
  "Thailand's Department of Fisheries and MOL intend to carry out a forced labour risk mapping of "
  "seafood processing supply chains in 2027.")
p("The delegate from Cambodia asked what support was available to repatriate survivors of scam "
  "compounds. He added that Cambodia would consider hosting a Mekong dialogue on trafficking for "
  "forced criminality if financing could be secured.")
p("Indonesia stressed the link between trafficking and irregular recruitment of crew. Indonesia "
  "suggested that the Alliance set up a regional network of national focal points on fair "
  "recruitment.")
p("The representative of Australia announced that her Government would provide AUD 4 million over "
  "three years to support inspection and survivor assistance in the Mekong sub-region. She recalled "
  "that the review of Australia's Modern Slavery Act 2018 had been completed in 2023.")

doc.heading("VI. Migration and fair recruitment corridors", 1)
p("IOM presented lessons from its work on ethical recruitment. IOM will launch an online course on "
  "ethical recruitment for labour attachés of the region in March 2027.")
p("The Employers' Confederation of the Philippines (ECOP), speaking for the employers' group, "
  "emphasized that responsible employers bore the cost of unfair competition. ECOP pledged to "
  "promote the employer pays principle among its member companies through a peer-learning series "
  "in 2027.")
p("The representatives of Nepal and Malaysia informed the meeting that both countries would review "
  "their bilateral memorandum of understanding on the recruitment of migrant workers in 2027 to "
  "include zero-cost recruitment. The representative of Malaysia added that the Ministry of Human "
  "Resources (KESUMA) had received 1,100 complaints from migrant workers in the first half of 2026.")
p("It was proposed that the Nepal-Malaysia corridor dialogue serve as a model for other migration "
  "corridors in the region. Several delegations expressed support for this idea, while the "
  "representative of Bangladesh cautioned that corridors differed widely.")
p("Dr. Siriporn Thanakul, Director of the Institute for Population and Social Research, Mahidol "
  "University, presented research on debt bondage among migrant workers in Thai seafood processing. "
  "She noted that average recruitment debts equalled four months of wages.")

doc.heading("VII. Breakout group discussions", 1)
p("On the afternoon of 14 October, participants met in two breakout groups, whose rapporteurs "
  "reported back in plenary.")
doc.heading("Breakout group A: Child labour in agriculture and the informal economy", 3)
p("Breakout group A recommended that:")
doc.bullets([
    "area-based approaches to child labour-free zones be documented and shared across the region;",
    "hazardous work lists be revised to cover new risks in agriculture, such as pesticide handling "
    "by adolescents; and",
    "child labour monitoring be linked with social protection registries so that identified "
    "households receive cash transfers.",
], marker="(a)")
doc.heading("Breakout group B: Forced labour and trafficking in fishing and online scam operations", 3)
p("Breakout group B proposed that forced labour risk mapping of seafood processing supply chains be "
  "undertaken jointly by origin and destination countries. The group further suggested that a "
  "regional protocol for the identification of victims of trafficking for forced criminality be "
  "developed with UNODC and IOM.")
p("The group also considered that labour inspectors and fisheries observers should receive joint "
  "training on forced labour indicators.")

doc.heading("VIII. Recommendations", 1)
p("Having considered the country updates and the reports of the breakout groups, the meeting agreed "
  "to recommend the following to the governments and partners of the region:")
doc.bullets([
    "Governments should integrate Target 8.7 commitments into national development plans and "
    "budgets beyond 2025.",
    "Countries of origin and destination should jointly monitor recruitment fees along the main "
    "corridors.",
    "Employers' organisations should promote the employer pays principle among their members.",
    "Survivors of trafficking for forced criminality should be protected from prosecution for acts "
    "they were compelled to commit.",
    "The Alliance should convene an annual exchange among the pathfinder countries of the region.",
], marker="1.")
p("Participants recommended that the next regional meeting devote a full session to data, including "
  "the forthcoming ILO estimates.")

doc.heading("IX. Next steps and closing of the meeting", 1)
p("It was agreed that the ILO Regional Office would circulate a draft report to participants within "
  "four weeks. The representative of Nepal offered to host the Fourth Regional Coordination Meeting "
  "in Kathmandu in the second half of 2027, and the offer was accepted with appreciation.")
p("Participants were also informed of the ASEAN Forum on Migrant Labour, to be held in Kuala Lumpur "
  "on 5-6 November 2026.")
p("The Chair thanked participants and closed the meeting at 17.30 on 15 October 2026.")

doc.heading("Annex. Participation", 1)
doc.table([
    ["Category", "Participants"],
    ["Governments", "Australia, Bangladesh, Cambodia, Fiji, Indonesia, Malaysia, Mongolia, Nepal, "
                    "Pakistan, Philippines, Sri Lanka, Thailand, Viet Nam"],
    ["United Nations and intergovernmental", "ILO, IOM, UNICEF, UNODC, ESCAP, ASEAN Secretariat"],
    ["Workers' organisations", "ITUC Asia Pacific (ITUC-AP)"],
    ["Employers' organisations", "Employers' Confederation of the Philippines (ECOP); Federation of "
                                 "Nepalese Chambers of Commerce and Industry (FNCCI)"],
    ["Civil society and academia", "Walk Free; Institute for Population and Social Research, Mahidol "
                                   "University"],
    ["Alliance 8.7", "Secretariat"],
], ruled="grid", widths=[150, 320])

doc.save()
