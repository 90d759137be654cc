"""Report-back deck of a sub-regional partners' meeting (Central Asia, Tashkent, November 2025).

Four working-group slides with recommendations in mixed forms (imperative, 'should', noun
phrases) beside 'Commitments heard' from named organisations and national bodies, a partners'
plans slide in four columns (actor the column heading or named in the bullet), next steps with a
plenary proposal and open questions, and a timeline table on a flow page (actor the lead column);
context figures, past results, a conditional and an undecided donor as distractors.
"""

from docgen import SLIDE, Document

doc = Document("sd-working-group-report-back.pdf", size=SLIDE, lang="en",
               footer="Central Asia Partners' Meeting - Tashkent, 11-12 November 2025",
               page_numbers="{n}", margin=30,
               title="Central Asia Partners' Meeting: report-back of the working groups")

doc.slide(
    "Central Asia Partners' Meeting on Forced Labour, Child Labour and Fair Recruitment",
    subtitle="Report-back of the working groups and partners' plans \u2013 closing plenary, "
             "Tashkent, 11\u201312 November 2025",
    body=[
        "Hosted by the Ministry of Employment and Poverty Reduction of Uzbekistan (MEPR), with the "
        "ILO, IOM and UNICEF",
        "86 participants from Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan; Turkmenistan "
        "attended as an observer",
        "Four working groups met on Day 2 (11:00\u201315:30); rapporteurs reported back in plenary",
    ],
    box=("How to read this deck",
         "Recommendations are those of each working group and were not negotiated in plenary. "
         "Commitments were stated by the organisations named; the timeline (slide 9) brings them "
         "together."),
)

doc.slide(
    "Where the sub-region stands",
    columns=[
        ("Facts and figures", [
            "About 1.9 million seasonal pickers took part in Uzbekistan's 2025 cotton harvest",
            "Remittances equal to over 40% of GDP in Tajikistan (2024)",
            "Fewer than 1 in 5 migrant workers from Kyrgyzstan hold a written contract (2024 survey)",
        ]),
        ("Already done", [
            "Uzbekistan: no systemic forced labour found in the cotton harvest since 2021",
            "Kazakhstan: Labour Code rules on private employment agencies in force since January 2024",
            "Tajikistan: referral guidelines for trafficking survivors approved in 2023",
        ]),
        ("Pathfinder process", [
            "Uzbekistan: letter of interest sent in May 2025; national strategic planning workshop "
            "scheduled for March 2026",
            "Kyrgyzstan: interest announced at this meeting (slide 5)",
            "Kazakhstan and Tajikistan: no decision yet",
        ]),
    ],
)

doc.slide(
    "Working Group 1 \u2013 Forced labour in cotton and textile supply chains",
    subtitle="Facilitators: ILO and Better Cotton \u2013 24 participants",
    columns=[
        ("Recommendations", [
            "Extend worker-led grievance mechanisms to all cotton clusters, with complaints tracked "
            "by the labour inspectorate",
            "Textile exporters should publish their human rights due diligence findings every year",
            "Joint monitoring of the 2026 cotton harvest by government, employers and trade unions",
            "Align national labour inspection checklists with the EU Forced Labour Regulation",
        ]),
        ("Commitments heard", [
            "Uztextileprom will train 120 member mills on the ILO forced labour indicators by Q2 2026",
            "FTUU pledged to deploy union monitors in 14 cotton-growing districts during the 2026 "
            "harvest",
            "MEPR (Uzbekistan) is to publish its 2025 harvest monitoring report in January 2026",
            "Better Cotton looks forward to launching a capacity-building programme for Uzbek cotton "
            "clusters in spring 2026",
        ]),
    ],
)

doc.slide(
    "Working Group 2 \u2013 Labour migration and fair recruitment",
    subtitle="Facilitator: IOM \u2013 27 participants",
    columns=[
        ("Recommendations", [
            "Governments should apply the employer-pays principle: no recruitment fees or related "
            "costs charged to workers",
            "Set up a Central Asian network of regulators of private employment agencies",
            "Pre-departure orientation on forced labour risks, in Russian and in national languages",
            "Bilateral labour agreements with destination countries should prohibit the retention of "
            "passports",
        ]),
        ("Commitments heard", [
            "Tajikistan: the MLMEP intends to open two more migrant resource centres, in Khujand and "
            "Kulob, in 2026",
            "Kyrgyzstan's MLSSM plans to license and inspect all private employment agencies before "
            "the end of 2026",
            "Kazakhstan: the MLSPP and IOM will pilot a digital register of recruitment agencies in "
            "Q3 2026",
            "IOM commits itself to supporting pre-departure orientation in all four countries",
        ]),
    ],
    box=("Discussed, not agreed",
         "A common minimum wage for seasonal migrant work in the four countries was raised but did "
         "not find consensus."),
)

doc.slide(
    "Working Group 3 \u2013 Child labour, education and social protection",
    subtitle="Facilitators: UNICEF and ILO \u2013 19 participants",
    columns=[
        ("Recommendations", [
            "Link cash transfers to school attendance in cotton-growing districts",
            "Schools should identify children left behind by migrant parents and refer them to social "
            "services",
            "Updating of the hazardous work lists of Kyrgyzstan and Tajikistan",
            "Train school inspectors and teachers to recognise child labour",
        ]),
        ("Commitments heard", [
            "Kyrgyzstan: letter of interest in becoming a pathfinder country, to be sent before the "
            "end of 2025",
            "Kyrgyzstan's Ministry of Education and Science agreed to pilot school-based child labour "
            "monitoring in Osh and Jalal-Abad",
            "Tajikistan shall adopt a revised hazardous work list by mid-2026",
            "UNICEF: co-funding of 60 social workers in 30 districts of Tajikistan, 2026\u20132027",
        ]),
    ],
)

doc.slide(
    "Working Group 4 \u2013 Data, inspection and rule of law",
    subtitle="Facilitators: UNODC and OSCE/ODIHR \u2013 16 participants",
    columns=[
        ("Recommendations", [
            "Include a forced labour module in national labour force surveys, following the ICLS "
            "guidelines",
            "Harmonise the recording of trafficking cases across the four countries",
            "Prosecutors and labour inspectors should be trained together",
            "A sub-regional protocol for the exchange of data on trafficking cases",
        ]),
        ("Commitments heard", [
            "Kazakhstan's Bureau of National Statistics aims to field a forced labour module in the "
            "2026 labour force survey",
            "Uzbekistan: the Statistics Agency will test the same module in its 2026 survey",
            "OSCE/ODIHR undertook to convene a sub-regional workshop for prosecutors and labour "
            "inspectors in Almaty, the week of 18 May 2026",
            "UNODC is expected to provide case-management training to prosecutors' offices in all "
            "four countries",
        ]),
    ],
    box=("Question raised",
         "Could the protocol build on the existing CIS agreements, or does it need a new legal basis?"),
)

doc.slide(
    "Partners' plans for 2026",
    columns=[
        ("ILO", [
            "Technical support to Uzbekistan's national strategic planning workshop (March 2026)",
            "Will extend its factory assessments to 30 more textile mills in Uzbekistan in 2026",
            "To hold a webinar for exporters on the EU Forced Labour Regulation on 27/01/2026",
        ]),
        ("IOM", [
            "Pre-departure orientation in all four countries (see WG 2)",
            "Return and reintegration support for 400 survivors of trafficking in 2026",
            "Expansion of the register pilot to Kyrgyzstan, if the Kazakh pilot succeeds",
        ]),
        ("Social partners", [
            "ITUC and FTUU: joint organising drive among seasonal agricultural workers in 2026",
            "IOE: employers' guide on fair recruitment in Russian, due Q1 2026",
            "Atameken (Kazakhstan) intends to add forced labour risks to its supplier training",
        ]),
        ("Development partners", [
            "Switzerland will finance the two new migrant resource centres in Tajikistan",
            "European Union: a second phase under consideration, no decision yet",
            "World Bank: social protection project in Tajikistan approved in 2024",
        ]),
    ],
)

doc.slide(
    "Next steps",
    body=[
        "It was agreed that the ILO would circulate the consolidated recommendations to all "
        "participants by 5 December 2025",
        "Kazakhstan and Kyrgyzstan to nominate focal points for the regulators' network by 31 "
        "January 2026",
        "Uzbekistan will host its national strategic planning workshop in Tashkent in March 2026",
        "Participants urged development partners to pool their funding behind the four national "
        "work plans",
        "One delegate suggested inviting Turkmenistan to the next meeting as a full participant",
        "Next partners' meeting: Bishkek, second half of 2026, hosted by the MLSSM",
    ],
    marker="1.",
    box=("Open questions for the Steering Group", [
        "Who will host the sub-regional data exchange protocol?",
        "Should the network of regulators include destination countries such as the Russian "
        "Federation and T\u00fcrkiye?",
    ]),
)

doc.page_break()
doc.para("Timeline of follow-up, Q4 2025 \u2013 H2 2026", style="slidetitle", spaceAfter=14)
doc.table([
    ["When", "Milestone", "Lead"],
    ["Q4 2025", "Consolidated recommendations circulated", "ILO"],
    ["Q4 2025", "Kyrgyzstan's letter of interest sent to the Alliance 8.7 Secretariat", "MLSSM"],
    ["Q1 2026", "Webinar on the EU Forced Labour Regulation (27/01/2026, online)", "ILO, IOE"],
    ["Q1 2026", "National strategic planning workshop, Tashkent", "MEPR, ILO"],
    ["Q2 2026", "Training of 120 member mills completed", "Uztextileprom"],
    ["Q2 2026", "Sub-regional workshop for prosecutors and labour inspectors, Almaty",
     "OSCE/ODIHR, UNODC"],
    ["Q3 2026", "Digital register of recruitment agencies piloted", "MLSPP, IOM"],
    ["Q3\u2013Q4 2026", "Union monitoring of the 2026 cotton harvest", "FTUU"],
    ["H2 2026", "Next partners' meeting, Bishkek", "MLSSM"],
], ruled="rows", widths=[120, 560, 200], font_size=12)
doc.para(
    "MEPR: Ministry of Employment and Poverty Reduction (Uzbekistan). MLMEP: Ministry of Labour, "
    "Migration and Employment of Population (Tajikistan). MLSSM: Ministry of Labour, Social Security "
    "and Migration (Kyrgyzstan). MLSPP: Ministry of Labour and Social Protection of the Population "
    "(Kazakhstan). FTUU: Federation of Trade Unions of Uzbekistan. Atameken: National Chamber of "
    "Entrepreneurs of Kazakhstan.", style="small")

doc.save()
