"""ws-regional-consultation: outcome report of an Asia-Pacific regional consultation (fictional, 2023).

Country delegations in plenary, three working groups (boxes with Recommendations and Comments from
the floor), a ruled table of agreed actions with owners and timelines, key takeaways, next steps.
"""

from docgen import A4, Document

doc = Document("ws-regional-consultation.pdf", size=A4, lang="en",
               header="Alliance 8.7 | Asia-Pacific Regional Consultation on SDG Target 8.7",
               footer="Outcome report - Bangkok, 7-8 November 2023", page_numbers="{n}/{total}",
               title="Asia-Pacific Regional Consultation on SDG Target 8.7 - Outcome Report")

doc.title("Accelerating Action on SDG Target 8.7 in Asia and the Pacific",
          subtitle="Regional consultation | Outcome report | Bangkok, Thailand, 7–8 November 2023")

with doc.box("At a glance"):
    doc.bullets([
        "<b>Dates and venue:</b> 7–8 November 2023, United Nations Conference Centre, Bangkok.",
        "<b>Participants:</b> 96 representatives of governments, workers' and employers' "
        "organisations, UN agencies and civil society from Bangladesh, Cambodia, Fiji, Indonesia, "
        "Mongolia, Nepal, Pakistan, the Philippines, Sri Lanka, Thailand and Viet Nam.",
        "<b>Organisers:</b> the Alliance 8.7 Secretariat, the ILO Regional Office for Asia and the "
        "Pacific (ROAP), the UNICEF East Asia and Pacific Regional Office (EAPRO) and the IOM "
        "Regional Office for Asia and the Pacific.",
        "<b>Format:</b> two plenary sessions, three working groups and a closing session on agreed "
        "regional actions.",
    ], marker="-", style="small")

doc.heading("1. Background and objectives")
doc.para("The consultation brought together national delegations, social partners, UN agencies and "
         "civil society to review progress towards Target 8.7 in the region, two years before the "
         "2025 deadline for ending child labour. It was the first in-person regional meeting of "
         "Alliance 8.7 partners in Asia and the Pacific since the virtual regional dialogue held on "
         "9 June 2021, and the first since the 5th Global Conference on the Elimination of Child "
         "Labour (Durban, 15–20 May 2022) adopted the Durban Call to Action.")
doc.para("According to the 2021 Global Estimates, Asia and the Pacific is home to 15.1 million of the "
         "27.6 million people in forced labour worldwide, and to about 49 million children in child "
         "labour. Recruitment fees paid by migrant workers in several South Asia–Gulf corridors "
         "still amount to several months of wages.")
doc.para("Four countries of the region – Nepal, Sri Lanka, Viet Nam and Fiji – are Alliance 8.7 "
         "pathfinder countries. Nepal, Sri Lanka and Viet Nam have held their national strategic "
         "planning workshops and adopted roadmaps; Fiji's workshop had not yet taken place at the "
         "time of the consultation. The objectives of the consultation were to:")
doc.bullets([
    "take stock of national progress and of the commitments made in the Durban Call to Action;",
    "identify regional bottlenecks, in particular on fair recruitment and on new forms of "
    "trafficking;",
    "agree on a small number of regional actions, each with a clear owner and timeline.",
], marker="(a)")

doc.heading("2. Opening session")
doc.para("Ms Kanya Srisuwan, Permanent Secretary of the Ministry of Labour (MOL) of Thailand, opened "
         "the consultation. She recalled that Thailand had ratified the Protocol of 2014 to the "
         "Forced Labour Convention in 2018, the first country in Asia to do so, and that the Labour "
         "Protection in Fishing Work Act had been in force since 2019. Looking ahead, she announced "
         "that MOL would train all labour inspectors assigned to fishing ports and seafood "
         "processing areas on forced labour indicators by the end of 2024.")
doc.keep_together(lambda: doc.para("Ms Elena Marchetti, Deputy Regional Director of the ILO Regional Office for Asia and the "
         "Pacific, warned that at the current pace the region would not meet the 2025 target on "
         "child labour. The ILO would extend its Fair Recruitment Initiative to three additional "
         "migration corridors in South Asia during 2024, she said, and would make its regional "
         "labour migration statistics database available to all participants."))
doc.para("Mr Arjun Thapa, speaking for UNICEF EAPRO, underlined the link between child labour and "
         "household poverty. UNICEF pledged to co-finance child-sensitive social protection pilots in "
         "Nepal and Bangladesh in 2024 and 2025.")

doc.heading("3. Plenary session 1: country statements")
doc.para("In the first plenary session, chaired by Sri Lanka, each delegation reported on progress "
         "and plans. The main points are summarised below in the order in which delegations spoke.")
doc.para("<b>Nepal.</b> The Joint Secretary of the Ministry of Labour, Employment and Social Security "
         "(MoLESS) reported that the mid-term review of the National Master Plan to End Child Labour "
         "(2018–2028) had been completed in July 2023. Nepal intends to carry out its second "
         "national child labour survey, with the National Statistics Office (NSO), in FY2024/25. "
         "MoLESS will also incorporate the Employer Pays Principle into every bilateral labour "
         "agreement that it negotiates or renews from 2024 onwards.")
doc.para("<b>Sri Lanka.</b> The Commissioner-General of Labour recalled that the minimum age for "
         "employment had been raised from 14 to 16 years in 2021. The Department of Labour will "
         "publish a revised list of hazardous occupations for children by mid-2024 and plans to "
         "extend child labour free zones from five to ten districts. Sri Lanka asked whether the "
         "Secretariat could facilitate peer exchanges among pathfinder countries on labour "
         "inspection in the plantation sector.")
doc.para("<b>Viet Nam.</b> The Ministry of Labour, Invalids and Social Affairs (MOLISA) presented the "
         "results of the National Programme on Child Labour Prevention and Reduction for 2021–2025. "
         "The Ministry is determined to bring the child labour rate among children aged 5–17 below "
         "5 per cent by 2025. To that end, MOLISA plans to pilot an inter-sectoral child labour "
         "monitoring system in ten provinces in the second half of 2024.")
doc.para("<b>Mongolia.</b> The representative of the Ministry of Labour and Social Protection "
         "indicated that her Government intends to submit a letter of interest to become an "
         "Alliance 8.7 pathfinder country before the end of 2023, and that the National Committee "
         "on Combating Trafficking in Persons would be consulted on the draft.")
doc.para("<b>Fiji.</b> The Ministry of Employment, Productivity and Industrial Relations (MEPIR) "
         "confirmed that Fiji's national strategic planning workshop would take place in Suva in "
         "early March 2024. The delegation recalled that Fiji had been among the first countries "
         "to ratify the Violence and Harassment Convention, 2019 (No. 190).")
doc.para("<b>Bangladesh.</b> The Ministry of Labour and Employment (MoLE) reported that the National "
         "Child Labour Survey 2022, conducted with the Bangladesh Bureau of Statistics (BBS), had "
         "counted 1.78 million children in child labour, over one million of them in hazardous "
         "work. The Government has committed to eliminating hazardous child labour by 2025, and "
         "MoLE will declare five further sectors free of hazardous child labour in 2024.")
doc.para("<b>Pakistan.</b> The Ministry of Overseas Pakistanis and Human Resource Development "
         "(MOPHRD) explained that provincial child labour surveys had been completed in Punjab and "
         "Khyber Pakhtunkhwa. The Pakistan Bureau of Statistics (PBS), it said, will conduct a "
         "nationwide child labour survey in 2024–2025, the first since 1996, with technical support "
         "from the ILO and UNICEF.")
doc.para("<b>Indonesia.</b> The Ministry of Manpower (Kemnaker) recalled that Government Regulation "
         "No. 22 of 2022 on the placement and protection of migrant ship crew had been adopted. "
         "Kemnaker intends to train 500 labour inspectors on forced labour indicators in the "
         "fisheries sector by 2025.")
doc.para("<b>Philippines.</b> The Department of Labor and Employment (DOLE) said that the Government "
         "was considering joining the Alliance as a pathfinder country and asked what reporting "
         "obligations pathfinder status entails. DOLE also described its Sagip Batang Manggagawa "
         "quick-action teams, which had removed more than 300 children from hazardous work in 2022.")
doc.para("<b>Cambodia.</b> The Ministry of Labour and Vocational Training (MLVT) described its "
         "cooperation with Thailand under the 2015 memorandum of understanding on the employment "
         "of workers, and noted that most Cambodian migrants still travel through irregular "
         "channels. Speaking after consultation with the Thai delegation, MLVT announced that both "
         "countries would revise the memorandum of understanding before the end of 2024 so that "
         "workers no longer pay recruitment fees.")

doc.heading("4. Plenary session 2: social partners and civil society")
doc.para("The representative of the International Organisation of Employers (IOE) stressed that "
         "employers' organisations in the region were ready to scale up child labour due diligence "
         "support to small and medium-sized enterprises (SMEs). The IOE would launch a regional "
         "helpdesk for SMEs, with national employers' organisations, in Q2 2024.")
doc.para("Speaking on behalf of the workers' group, ITUC-Asia Pacific called on all governments of "
         "the region to ratify the 2014 Protocol to the Forced Labour Convention and the Domestic "
         "Workers Convention, 2011 (No. 189), and asked the IOE how workers' organisations would be "
         "consulted in company due diligence.")
doc.para("Walk Free cautioned that online scam operations in the Mekong subregion were trapping tens "
         "of thousands of people in forced criminality, and noted that none of the national action "
         "plans presented addressed this trend.")

doc.heading("5. Working groups")
doc.para("On the afternoon of the first day, participants split into three working groups. Each "
         "group reported back to the plenary on the morning of 8 November.")

with doc.box("Working Group 1 – Child labour in agriculture and the informal economy"):
    doc.para("<i>Facilitated by FAO and the ILO.</i> Most child labour in the region is unpaid family "
             "work on smallholder farms. Participants noted that ministries of agriculture are "
             "rarely represented in national child labour steering committees, and that hazardous "
             "work lists are often poorly suited to family farming.", style="small")
    doc.heading("Recommendations", level=3)
    doc.bullets([
        "Integrate child labour prevention into agricultural extension services and farmer field "
        "schools.",
        "Extend social protection floors, including child benefits, to informal and agricultural "
        "households.",
        "Review hazardous work lists with farmers' organisations so that they reflect the realities "
        "of smallholder farming.",
        "Conduct a national child labour survey at least every five years, disaggregated by sex, "
        "age and sector.",
        "Include ministries of agriculture in national child labour steering committees.",
    ], marker="1.", style="small")
    doc.heading("Comments from the floor", level=3)
    doc.para("The Federation of Nepalese Chambers of Commerce and Industry (FNCCI) noted that "
             "agricultural cooperatives could serve as entry points for child labour monitoring. "
             "The Bangladesh Employers' Federation (BEF) asked how small exporters could meet "
             "buyers' due diligence requirements without excluding smallholders from supply "
             "chains.", style="small")

with doc.box("Working Group 2 – Forced labour and fair recruitment of migrant workers"):
    doc.para("<i>Facilitated by IOM and the ILO.</i> Migrant workers from Nepal, Bangladesh and "
             "Pakistan continue to pay high recruitment fees and related costs. Several bilateral "
             "agreements signed since 2019 do not mention recruitment costs at all.", style="small")
    doc.heading("Recommendations", level=3)
    doc.bullets([
        "Include fair recruitment and zero-fee provisions in all new bilateral labour migration "
        "agreements.",
        "Set up joint complaint mechanisms between countries of origin and destination for migrant "
        "workers.",
        "Strengthen the licensing and monitoring of private recruitment agencies, including online "
        "recruitment platforms.",
        "Guarantee access to remedy for victims of forced labour irrespective of their immigration "
        "status.",
    ], marker="1.", style="small")
    doc.heading("Comments from the floor", level=3)
    doc.para("Speaking for the Migrant Forum in Asia (MFA), a participant urged destination "
             "countries in the Gulf and in East Asia to take part in future regional "
             "consultations.", style="small")

with doc.box("Working Group 3 – Trafficking in persons, forced criminality and data"):
    doc.para("<i>Facilitated by UNODC and Walk Free.</i> Participants described how young jobseekers "
             "are recruited into online scam compounds through fake job offers on social media. "
             "Victims are frequently prosecuted for offences they were forced to commit.",
             style="small")
    doc.heading("Recommendations", level=3)
    doc.bullets([
        "Recognise persons trafficked into online scam operations as victims and apply the "
        "non-punishment principle.",
        "Establish a regional network of anti-trafficking police focal points to coordinate rescue, "
        "identification and repatriation.",
        "Develop common indicators of forced criminality for use in victim identification.",
        "Make greater use of mutual legal assistance and joint investigations among ASEAN Member "
        "States.",
    ], marker="1.", style="small")
    doc.heading("Comments from the floor", level=3)
    doc.para("UNODC observed that trafficking for forced criminality was being detected more often "
             "across the region, but that few cases had reached the courts.", style="small")

doc.heading("6. Agreed regional actions")
doc.para("On the second day, the plenary reviewed the working group recommendations and agreed on the "
         "following regional actions. Each owner undertook to report on progress at the next "
         "regional consultation.")
doc.table([
    ["No.", "Agreed action", "Owner", "Timeline"],
    ["1", "Compile a regional compendium of good practices on fair recruitment clauses in "
          "bilateral labour agreements", "IOM and ILO", "Q2 2024"],
    ["2", "Organise a subregional workshop for Pacific Island countries on child labour and "
          "trafficking, back-to-back with Fiji's national strategic planning workshop",
     "ILO Office for Pacific Island Countries", "Early March 2024, Suva"],
    ["3", "Convene a regional webinar on forced criminality in online scam operations", "UNODC",
     "Week of 5 February 2024"],
    ["4", "Launch the SME helpdesk on child labour due diligence",
     "IOE and national employers' organisations", "Q2 2024"],
    ["5", "Map child-sensitive social protection schemes in the region", "UNICEF EAPRO", "2024"],
    ["6", "Share roadmap templates and reporting guidance with Mongolia and the Philippines",
     "Alliance 8.7 Secretariat", "By 31 January 2024"],
    ["7", "Circulate this outcome report to all participants", "Alliance 8.7 Secretariat",
     "15 December 2023"],
], widths=[30, 250, 118, 92], ruled="grid")

doc.heading("7. Key takeaways")
doc.bullets([
    "Without a sharp acceleration, most countries of the region will miss the 2025 deadline for "
    "ending child labour.",
    "Fair recruitment is the area where cooperation between countries of origin and destination is "
    "most urgently needed.",
    "Forced criminality in online scam operations is a new and fast-growing form of trafficking that "
    "national plans do not yet address.",
])

doc.heading("8. Next steps")
doc.para("Sri Lanka offered to host the next regional consultation in the second half of 2025. The "
         "Secretariat will present the outcome of the consultation to the Global Coordinating Group "
         "at its next meeting. Participants who wish to join the regional community of practice on "
         "fair recruitment, which IOM plans to launch in early 2024, may write to "
         "ap-consultation@example.org.")

doc.save()
