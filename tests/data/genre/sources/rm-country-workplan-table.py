"""rm-country-workplan-table: Malawi pathfinder work plan 2027 (author E, batch 4).

A landscape work plan: introductory narrative with achievements (distractors), a priorities box set
beside a description of an existing programme, a ruled work plan matrix with Outcome spans and a
status column, a budget table, a partner support table without ruling lines, the record of the
validation meeting (interventions, reported proposals), breakout-group recommendations and next steps.
"""

from docgen import A4_LANDSCAPE, Document

doc = Document("rm-country-workplan-table.pdf", size=A4_LANDSCAPE, lang="en",
               header="Malawi - Alliance 8.7 Pathfinder Country - National Work Plan 2027",
               footer="National Steering Committee on Child Labour, Forced Labour and Trafficking in Persons",
               page_numbers="{n}/{total}", title="Malawi Pathfinder Work Plan 2027")

doc.title("Malawi: Pathfinder Country Work Plan 2027",
          subtitle="Second implementation work plan under the National Roadmap (2022-2027), as validated "
                   "by the National Steering Committee, Lilongwe, 14-15 October 2026")

doc.heading("1. Background", 1)
doc.para("Malawi expressed interest in becoming an Alliance 8.7 pathfinder country in a letter to the "
         "Secretariat in 2021 and held its national strategic planning workshop in Lilongwe on 22-24 March "
         "2022. The National Roadmap (2022-2027) was adopted by Cabinet in 2023. Since then the Government has "
         "passed the Employment (Amendment) Act 2024, which raised the minimum age for admission to employment "
         "to 16, and the Department of Labour recruited 60 additional labour inspectors in 2025.")
doc.para("The 2020 National Child Labour Survey found that 38 per cent of children aged 5-17 were in child "
         "labour, most of them in tobacco and tea growing districts; no national estimate of forced labour "
         "exists. Tenants on tobacco estates, child domestic workers and Malawians recruited for work in the "
         "Gulf remain the groups at greatest risk.")
doc.para("This work plan translates the five roadmap outcomes into activities for calendar year 2027 (the "
         "Government's FY2027/28 begins on 1 April 2027). The Ministry of Labour (MoL) shall coordinate "
         "implementation through the National Steering Committee (NSC) and will report to the Alliance 8.7 "
         "Secretariat twice a year.")

with doc.box("Priorities for 2027"):
    doc.bullets([
        "Priority 1: extension of the community-based Child Labour Monitoring System (CLMS) to all 28 "
        "districts by December 2027.",
        "Priority 2: adoption of the revised list of hazardous work for children before the end of the 2027 "
        "parliamentary year.",
        "Priority 3: a first national forced labour survey, with fieldwork in the second half of 2027.",
    ], marker="-")
doc.para("The priority of the District Child Labour Committees, set up in 2016, is to identify working "
         "children and refer them to school. The objective of the ongoing ACCEL Africa project, which has "
         "supported three tobacco-growing districts since 2019, is to accelerate action against child labour "
         "in agricultural supply chains.")

doc.page_break()
doc.heading("2. Work plan matrix 2027", 1)
doc.para("Table 1. Activities by roadmap outcome. Status as reported to the NSC on 15 October 2026 "
         "(carry-over activities from 2026 are shown for completeness).", style="small")
H = ["Outcome", "Output", "Activity", "Lead (support)", "Timeline", "Status"]
rows = [H,
    ["1. Legal and policy framework aligned with international standards",
     "1.1 Hazardous work list", "Validate the revised list of hazardous work for children with social "
     "partners and submit it for gazetting", "MoL (ECAM, MCTU)", "Q1-Q2 2027", "On track"],
    ["", "1.2 Victim compensation", "Draft regulations under the Trafficking in Persons Act on victim "
     "compensation", "MoHS (UNODC)", "Q3 2027", "Not started"],
    ["", "1.3 ILO standards", "Ratification of the Domestic Workers Convention, 2011 (No. 189)",
     "MoL, MoFA", "by end-2027", "Delayed: Cabinet paper pending"],
    ["", "1.4 Coordination", "Establish the NSC secretariat within the MoL Child Labour Unit",
     "MoL", "2026", "Done (June 2026)"],
    ["2. Enforcement and access to justice strengthened",
     "2.1 Labour inspection", "Train 120 labour inspectors on forced labour indicators and on joint "
     "inspections with the police", "MoL, MPS (ILO)", "Q2 2027", "On track"],
    ["", "2.2 Police", "Set up a specialised anti-trafficking desk in each of the three regional police "
     "commands", "MPS", "by mid-2027", "Delayed"],
    ["", "2.3 Estates", "Conduct 400 joint labour inspections on tobacco and tea estates", "MoL, MPS",
     "Q1-Q4 2027", "Ongoing"],
    ["3. Knowledge base on child labour and forced labour",
     "3.1 Forced labour survey", "Field the first National Forced Labour Survey (sample of 12,000 "
     "households)", "NSO (ILO, Walk Free)", "Jul-Dec 2027", "Not started"],
    ["", "3.2 Household survey", "Integrate a child labour module in the Fifth Integrated Household Survey "
     "follow-up round (IHS5-F)", "NSO", "2027", "On track"],
    ["4. Prevention, education and social protection",
     "4.1 CLMS", "Roll out the CLMS to the eight districts not yet covered", "MoL, district councils (UNICEF)",
     "Dec 2027", "On track"],
    ["", "4.2 Cash transfers", "Enrol 15,000 households of children withdrawn from child labour in the Social "
     "Cash Transfer Programme (SCTP)", "MoGCDSW", "FY2027/28", "On track"],
    ["", "4.3 Education", "School re-entry bursaries for 5,000 children withdrawn from child labour",
     "MoE", "2027/28 school year", "Not started"],
    ["5. Coordination, social dialogue and awareness",
     "5.1 NSC", "Hold quarterly meetings of the National Steering Committee", "MoL", "Quarterly",
     "Ongoing"],
    ["", "5.2 Awareness", "Launch a national campaign on fair recruitment for workers migrating abroad",
     "MoL (IOM)", "18 December 2027", "Not started"],
    ["", "5.3 Reporting", "Submit the mid-term progress report to the Alliance 8.7 Secretariat", "MoL",
     "30/06/2027", "Planned"],
]
doc.table(rows, ruled="grid", widths=[120, 95, 235, 105, 80, 90],
          spans=[(0, 1, 0, 4), (0, 5, 0, 7), (0, 8, 0, 9), (0, 10, 0, 12), (0, 13, 0, 15)])
doc.para("MoL: Ministry of Labour; MoHS: Ministry of Homeland Security; MoFA: Ministry of Foreign Affairs; "
         "MPS: Malawi Police Service; NSO: National Statistical Office; MoGCDSW: Ministry of Gender, "
         "Community Development and Social Welfare; MoE: Ministry of Education.", style="small")

doc.heading("3. Budget and resource mobilisation", 1)
doc.para("Table 2. Estimated cost of the 2027 work plan (USD).", style="small")
doc.table([
    ["Output", "Estimated cost (USD)", "Secured", "Funding source", "Gap"],
    ["1.1-1.3 Legal framework", "85,000", "85,000", "Government; UNODC", "0"],
    ["2.1-2.3 Enforcement", "410,000", "260,000", "Government; ILO", "150,000"],
    ["3.1-3.2 Surveys", "980,000", "310,000", "ILO; Walk Free", "670,000"],
    ["4.1-4.3 Prevention and social protection", "1,150,000", "850,000", "Government; UNICEF", "300,000"],
    ["5.1-5.3 Coordination and awareness", "140,000", "60,000", "Government; IOM", "80,000"],
    ["Total", "2,765,000", "1,565,000", "", "1,200,000"],
], ruled="rows", widths=[200, 110, 90, 170, 90])
doc.spacer(6)
doc.para("The Government will finance 35 per cent of the work plan from the recurrent budget of the MoL and "
         "the district councils. The NSC aims to close the remaining gap of USD 1.2 million by mid-2027 through "
         "a donor round table, scheduled for the week of 8 March 2027 in Lilongwe. If no additional funding is "
         "secured, the forced labour survey would be postponed to 2028.")

doc.heading("4. Support pledged by partners for 2027", 1)
doc.table([
    ["Partner", "Support for 2027"],
    ["ILO", "The ILO will provide technical support to the NSO for the forced labour survey. It will also "
            "train 120 labour inspectors on forced labour indicators, jointly with the MoL."],
    ["UNICEF", "UNICEF will second a child protection specialist to the MoGCDSW for twelve months."],
    ["IOM", "IOM plans to open two migrant resource centres in the Mchinji and Mwanza border districts by "
            "Q3 2027."],
    ["MCTU", "The Malawi Congress of Trade Unions undertook to train 300 shop stewards in the tea and tobacco "
             "sectors on child labour and forced labour."],
    ["ECAM", "The Employers' Consultative Association of Malawi is expected to roll out a code of conduct on "
             "responsible recruitment among its 250 members by June 2027."],
    ["Walk Free", "Walk Free intends to provide methodological advice on the forced labour prevalence estimate."],
], ruled="none", widths=[90, 600])

doc.heading("5. Record of the validation meeting (Lilongwe, 14-15 October 2026)", 1)
doc.para("The validation meeting brought together 64 participants from government, social partners, civil "
         "society, UN agencies, development partners and, for the first time, delegations from Zambia and "
         "Mozambique. It was chaired by the Principal Secretary for Labour, Ms Tiwonge Banda-Mkandawire.")
doc.para("Opening the meeting, the Principal Secretary recalled that Malawi had been among the first African "
         "pathfinder countries. She stressed that the 2027 work plan was the last before the final evaluation "
         "of the roadmap in 2028. She informed the meeting that the Ministry of Finance had agreed to ring-fence "
         "the labour inspection budget for FY2027/28.")
doc.para("The representative of the ILO welcomed the inclusion of a forced labour survey and noted that the "
         "questionnaire would follow the guidelines adopted by the International Conference of Labour "
         "Statisticians in 2023. The ILO proposed that the pathfinder countries of Southern Africa set up a "
         "peer-learning network on labour inspection, and offered to host a first exchange in Lusaka in the "
         "week of 8 February 2027.")
doc.para("Speaking on behalf of the workers, the General Secretary of the MCTU, Mr Chikondi Phiri, expressed "
         "concern that tenants on tobacco estates were still paid only at the end of the season. He called for "
         "the Tenancy Labour Bill to be tabled in Parliament without further delay.")
doc.para("ECAM responded that its members were ready to pilot monthly advance payments on two estates, and "
         "proposed that the Tobacco Commission make timely payment of tenants a condition for renewing a "
         "grower's licence.")
doc.para("The delegate from Zambia informed the meeting that his Government intends to conduct a national "
         "forced labour survey in 2027 and offered to share its sampling frame. The representative of "
         "Mozambique asked whether CLMS data would be shared across the border between Mchinji and Tete "
         "provinces. The MoL replied that a data-sharing protocol was under discussion within SADC.")
doc.para("UNICEF stressed the need to link the CLMS to the social welfare case-management system and "
         "indicated that it would co-finance the roll-out of the CLMS in four of the eight new districts.")
doc.para("Ms Grace Nyirenda, Programme Officer at the Malawi Coalition against Child Labour (MACCL), took the "
         "floor to recall that child domestic workers remained invisible in official statistics. She suggested "
         "that a domestic work module be added to the household survey questionnaire.")
doc.para("IOM noted that recruitment fees charged to Malawians migrating to the Gulf had doubled since 2024. "
         "Norway welcomed the costed format of the work plan and informed the meeting that a new call for "
         "proposals under its programme against modern slavery would open in early 2027.")

doc.heading("6. Recommendations of the breakout groups", 1)
doc.heading("Breakout group 1: Agriculture and supply chains", 2)
doc.para("The group recommended that:")
doc.bullets([
    "the Tobacco Commission publish an annual list of estates found using child labour;",
    "leaf buyers operating at the auction floors be invited to co-finance the CLMS in their sourcing "
    "districts;",
    "tea estates extend workplace crèches to the children of seasonal pickers.",
], marker="(a)")
doc.heading("Breakout group 2: Migration and trafficking in persons", 2)
doc.para("Labour attachés should be posted to the two main destination countries of Malawian migrant "
         "workers. District councils are encouraged to include trafficking referral pathways in their "
         "district development plans. Private employment agencies should be licensed only after an "
         "inspection of their fee schedules.")
doc.heading("Plenary discussion", 2)
doc.para("It was proposed that the NSC meet at district level at least once a year. Participants "
         "recommended that the MoL publish the status column of this work plan on its website every quarter. "
         "The meeting agreed to recommend to Cabinet that the Tenancy Labour Bill be tabled before the end of "
         "2027.")

doc.heading("7. Next steps", 1)
doc.para("The NSC agreed on the following next steps:")
doc.bullets([
    "The MoL will circulate the final work plan to NSC members by 15 December 2026.",
    "Transmit the validated work plan to the Alliance 8.7 Secretariat in January 2027.",
    "The NSO and the ILO will jointly present the survey design at an Alliance 8.7 webinar on 15/01/2027.",
], marker="1.")
doc.para("Contact: NSC secretariat, nsc.secretariat@example.org", style="small")

doc.save()
