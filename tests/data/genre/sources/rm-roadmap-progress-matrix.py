"""rm-roadmap-progress-matrix: Malawi pathfinder roadmap, second progress report (2024) - narrative on
what was done (not commitments), a ruled action matrix (Action | Lead | Partners | Deadline | Status)
grouped by priority area with spanning rows, the undertakings of the social partners and an NGO for
2025, the annual review meeting's statements and the recommendations of the review and of a technical
working group."""

from docgen import A4, Document

doc = Document("rm-roadmap-progress-matrix.pdf", size=A4, lang="en",
               header="Republic of Malawi  |  Alliance 8.7 pathfinder country  |  Roadmap progress report 2024",
               footer="NSC-CLFL Secretariat, Ministry of Labour, Lilongwe", page_numbers="Page {n} of {total}",
               title="Malawi Pathfinder Roadmap: Progress Report and Action Matrix 2024")

doc.title("Malawi Pathfinder Roadmap 2022\u20132026",
          subtitle="Second Progress Report and Updated Action Matrix (January\u2013December 2024). Prepared by "
                   "the Secretariat of the National Steering Committee on Child Labour and Forced Labour "
                   "(NSC-CLFL) with technical support from the ILO Country Office for Zambia, Malawi and "
                   "Mozambique. Lilongwe, March 2025")

doc.heading("1. Background", 1)
doc.para("Malawi wrote to the Alliance 8.7 Secretariat in February 2020 to express its interest in becoming a "
         "pathfinder country. Its national strategic planning workshop took place in Lilongwe on 17\u201318 "
         "November 2021 and produced the Malawi Pathfinder Roadmap 2022\u20132026, which the Cabinet "
         "Committee on Social Development endorsed in May 2022. The roadmap is organised around four "
         "priority areas: the legal and policy framework; knowledge and data; prevention, protection and "
         "remedy; and coordination and partnerships.")
doc.para("Malawi ratified the Worst Forms of Child Labour Convention, 1999 (No. 182) in 1999 and the 2014 "
         "Protocol to the Forced Labour Convention in 2019. The roadmap also draws on the Durban Call to "
         "Action adopted at the 5th Global Conference on the Elimination of Child Labour in Durban in May "
         "2022, in which Malawi took part.")
doc.para("The problem remains large. The child labour module of the 2020 Integrated Household Survey found "
         "that 37.8 per cent of children aged 5\u201317 were in child labour, nearly four in five of them as "
         "unpaid family workers on tobacco, tea and maize farms. Tenancy arrangements on tobacco estates, "
         "under which whole families repay advances for seed and fertiliser out of the harvest, continue to "
         "carry a risk of debt bondage, and young women recruited through unlicensed agents for domestic "
         "work in Saudi Arabia and the United Arab Emirates have reported confiscated passports and unpaid "
         "wages.")

doc.heading("2. What was achieved in 2024", 1)
doc.para("Of the 16 actions in the matrix, four were completed in 2024, five are on track, three are delayed "
         "and four have not yet started. The achievements reported below are recorded for accountability "
         "only; they are not new undertakings.")
doc.bullets([
    "Parliament passed the Trafficking in Persons (Amendment) Act, which received assent in July 2024 and "
    "extends the jurisdiction of the Anti-Human Trafficking Unit to labour trafficking within Malawi.",
    "The Centre for Social Research of the University of Malawi (CSR) completed a rapid assessment of "
    "forced labour indicators on tea estates in Thyolo and Mulanje; its findings were discussed at a "
    "national dialogue held in Thyolo on 15/08/2024.",
    "With UNICEF funding, the Ministry of Gender, Community Development and Social Welfare (MoGCDSW) "
    "trained 412 community child protection workers on the national referral pathway.",
    "The Agricultural Employers' Association of Malawi (AEAM) hosted the first national business round "
    "table on responsible sourcing in Blantyre on 9 October 2024, attended by 38 estates, leaf merchants "
    "and buyers.",
])
doc.para("UNICEF continues to fund the Child Protection Case Management System in 14 districts, and IOM runs "
         "a transit centre for returning migrants at the Mwanza border post together with the Tiyende Trust, "
         "a local NGO. These programmes are described here as context and are not part of the matrix.")

doc.heading("3. Updated action matrix", 1)
doc.para("The matrix below replaces the one annexed to the first progress report. Each action keeps the "
         "lead agency assigned in the roadmap; where a social partner leads, it reports to the NSC-CLFL. "
         "Deadlines were revised at the annual review meeting of 26 February 2025.", style="small")

PA = "Priority area"
doc.table([
    ["Action", "Lead", "Partners", "Deadline", "Status"],
    [f"{PA} 1 \u2013 Legal and policy framework", "", "", "", ""],
    ["Revise and gazette the list of hazardous work prohibited for children under 18", "MoL",
     "AEAM, MCTU, ILO", "Dec 2025", "Delayed \u2013 validation moved to May 2025"],
    ["Adopt the National Action Plan on Child Labour 2025\u20132030", "MoL", "NSC-CLFL members, UNICEF",
     "Q3 2025", "On track \u2013 draft circulated"],
    ["Issue regulations under the Trafficking in Persons Act on compensation for victims", "MoHS", "MoJ, UNODC",
     "June 2025", "Not started"],
    ["Prepare a Cabinet paper on ratification of the Domestic Workers Convention, 2011 (No. 189)", "MoL",
     "MoFA, MCTU", "2026", "Not started"],
    ["Pass the Trafficking in Persons (Amendment) Bill", "MoHS", "Parliament, UNODC", "2024",
     "Completed \u2013 assent July 2024"],
    [f"{PA} 2 \u2013 Knowledge and data", "", "", "", ""],
    ["Field the second National Child Labour Survey (NCLS-2)", "NSO", "MoL, ILO, UNICEF", "Q4 2025",
     "Delayed \u2013 funds released late"],
    ["Rapid assessment of forced labour on tea estates in Thyolo and Mulanje", "MoL", "CSR", "2024",
     "Completed"],
    [f"{PA} 3 \u2013 Prevention, protection and remedy", "", "", "", ""],
    ["Recruit and train 60 additional labour inspectors, at least 20 of them women", "MoL", "ILO",
     "FY2025/26", "On track \u2013 24 posts advertised"],
    ["Extend the child labour monitoring and remediation system to 150 tobacco-growing villages", "AEAM",
     "Tobacco Commission, ILO", "2025", "On track \u2013 61 villages covered"],
    ["Open two one-stop shelters for survivors of trafficking in Mchinji and Mwanza", "MoGCDSW",
     "IOM, Tiyende Trust", "Q2 2026", "Not started"],
    ["Pre-departure orientation for all workers recruited for jobs abroad through licensed agencies",
     "MoL", "IOM, licensed agencies", "Dec 2025", "Delayed \u2013 curriculum not yet validated"],
    ["Train community child protection workers on the referral pathway", "MoGCDSW", "UNICEF", "2024",
     "Completed"],
    [f"{PA} 4 \u2013 Coordination and partnerships", "", "", "", ""],
    ["Convene the NSC-CLFL every quarter and publish its minutes", "NSC-CLFL Secretariat", "All members",
     "Ongoing", "On track"],
    ["South\u2013South exchange with Zambia and Mozambique on cross-border child trafficking", "MoHS",
     "IOM, SADC Secretariat", "Q3 2025", "Not started"],
    ["Workers\u2019 education module on forced labour indicators for estate workers", "ESWU", "MCTU, ILO",
     "Q1 2026", "On track"],
    ["First national business round table on responsible sourcing", "AEAM", "MoL, ILO", "2024",
     "Completed \u2013 9 October 2024"],
], ruled="grid", widths=[172, 62, 90, 52, 105], font_size=8,
    spans=[(0, 1, 4, 1), (0, 7, 4, 7), (0, 10, 4, 10), (0, 16, 4, 16)])
doc.spacer(4)
doc.para("Status at 31 December 2024. Deadlines are calendar years unless a fiscal year (April\u2013March) is "
         "shown.", style="small")

doc.page_break()
doc.heading("4. The year ahead", 1)
doc.para("The review meeting confirmed the order of priorities for 2025. The Ministry of Labour\u2019s pledge "
         "to have the revised hazardous work list gazetted before the end of 2025 was reaffirmed, and a "
         "tripartite validation workshop on the list is set for the week of 12 May 2025 in Mangochi. "
         "Fieldwork for NCLS-2 is now scheduled for the third quarter of 2025; on the experience of the "
         "2015 survey, processing and tabulation take about nine months. Subject to the approval of the "
         "2025/26 budget, the Labour Inspection Directorate would also open sub-offices in Kasungu and "
         "Mchinji.")
doc.para("The ILO has confirmed that it will meet the sampling and data-processing costs of NCLS-2 under its "
         "country programme. The national commemoration of the World Day Against Child Labour will be held in "
         "Kasungu on 12 June 2025. The SADC regional meeting on trafficking in persons, where the roadmap will "
         "be among the country experiences discussed, is due to take place in Johannesburg in early September "
         "2025.")
doc.heading("Undertakings of the social partners and civil society", 2)
doc.para("AEAM, speaking for its member estates in the tea and tobacco sectors, undertook to:")
doc.bullets([
    "publish a sector code of conduct on child labour and recruitment fees by the end of 2025;",
    "require every member estate to appoint a child labour focal point by March 2026.",
], marker="(a)")
doc.para("For the workers, ESWU commits itself to training 300 shop stewards on estates in Thyolo and Mulanje "
         "to recognise and report forced labour indicators by June 2026. The Tiyende Trust, which knows the "
         "Mwanza corridor well, has offered to co-manage the planned Mwanza shelter with the MoGCDSW once "
         "the building is handed over.")
doc.para("The NSC-CLFL calls on development partners to close the remaining funding gap of USD 1.2 million "
         "for 2025, most of it for NCLS-2 and the two shelters.")

doc.heading("5. Annual review meeting, 26 February 2025", 1)
doc.para("The annual review meeting took place at the Bingu International Convention Centre in Lilongwe on 26 "
         "February 2025 and brought together the NSC-CLFL members, the social partners, civil society and "
         "UN agencies. The main points made from the floor were as follows.")
doc.bullets([
    "The Principal Secretary for Labour, who chaired, stressed that the delays in priority area 2 reflected "
    "the late release of funds rather than any loss of political will.",
    "MCTU regretted that the draft National Action Plan on Child Labour had been circulated before the "
    "workers had been consulted on it.",
    "Speaking for AEAM, its chief executive said that smallholder growers could not meet the cost of "
    "remediation without a contribution from leaf buyers.",
    "The IOM representative asked whether the planned shelters would also take in adult men.",
    "UNICEF drew attention to the link between school feeding and attendance in the districts with the "
    "highest child labour rates.",
    "The ILO welcomed the progress on labour inspection and warned that the inspectorate still had only "
    "one vehicle for every three districts.",
])
doc.heading("Recommendations of the review meeting", 2)
doc.bullets([
    "Ring-fence a budget line for the NSC-CLFL Secretariat in the Ministry of Labour\u2019s vote from FY2025/26.",
    "Consult the social partners on the draft National Action Plan on Child Labour before it goes to "
    "Cabinet.",
    "Involve the District Child Labour Committees in the quarterly follow-up of the action matrix.",
    "Ask leaf buyers to share the cost of remediation in the tobacco-growing villages.",
], marker="1.")
doc.heading("Technical Working Group on Knowledge and Data", 2)
doc.para("The working group met on 11 February 2025 and put forward three proposals to the review meeting:")
doc.bullets([
    "that NCLS-2 results be published disaggregated by sex, age, district and sector;",
    "that the rapid assessment tool used on the tea estates be shared with Zambia and Mozambique;",
    "that an indicator on recruitment fees paid by migrant workers be added to the roadmap\u2019s monitoring "
    "framework.",
], marker="(i)")

with doc.box("Abbreviations"):
    doc.para("AEAM Agricultural Employers\u2019 Association of Malawi; CSR Centre for Social Research, "
             "University of Malawi; ESWU Estate and Smallholder Workers\u2019 Union; MCTU Malawi Congress of "
             "Trade Unions; MoFA Ministry of Foreign Affairs; MoGCDSW Ministry of Gender, Community "
             "Development and Social Welfare; MoHS Ministry of Homeland Security; MoJ Ministry of Justice; "
             "MoL Ministry of Labour; NCLS National Child Labour Survey; NSC-CLFL National Steering Committee "
             "on Child Labour and Forced Labour; NSO National Statistical Office; SADC Southern African "
             "Development Community. Contact: nsc-clfl.secretariat@example.org", style="small")
doc.save()
