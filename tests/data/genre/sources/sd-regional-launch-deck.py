"""sd-regional-launch-deck.pdf: the deck shown at the regional launch of a (fictional) Alliance 8.7
initiative for Central Asia: title slide, three country slides (one of them with two country
columns), a flow page with the breakout-group results as a table, and a next-steps slide with
columns per actor and a key-dates box."""

from docgen import SLIDE, Document, mm

doc = Document("sd-regional-launch-deck.pdf", size=SLIDE, lang="en", margin=14 * mm,
               footer="SILK 8.7 regional launch | Almaty, 18-19 November 2024",
               page_numbers="Slide {n} / {total}",
               title="Launching SILK 8.7: Central Asia Regional Initiative on Target 8.7")

# 1 -- title slide ----------------------------------------------------------------------------
doc.slide(
    "Launching SILK 8.7",
    subtitle="Central Asia Regional Initiative on Forced Labour, Child Labour and Fair Migration "
             "| Regional launch event, Almaty, 18\u201319 November 2024",
    body=[
        "Co-hosted by the Ministry of Labour and Social Protection of the Population of Kazakhstan "
        "(MLSPP) and the ILO Country Office for Central Asia",
        "94 participants: government delegations of Kazakhstan, the Kyrgyz Republic, Tajikistan "
        "and Uzbekistan; observers from Mongolia and T\u00fcrkiye; IOM, UNICEF, UNODC and the "
        "OSCE; trade unions, employers and civil society",
        "Builds on the subregional consultation held in Tashkent on 6 June 2024",
        "Why regional? Some 4 million citizens of the four countries work abroad, most of them in "
        "the Russian Federation and Kazakhstan; recruitment debts and withheld passports are the "
        "forced labour indicators most often reported",
        "Financed by the Swiss Agency for Development and Cooperation (SDC): CHF 3.8 million for "
        "2025\u20132028",
    ],
    box=("SILK 8.7 in one sentence",
         "A four-year partnership in which four Central Asian countries go further and faster on "
         "forced labour, child labour and the fair recruitment of migrant workers, following the "
         "Alliance 8.7 pathfinder approach. Day 1: country presentations. Day 2 (19 November): "
         "three breakout groups and the agreement on next steps."),
)

# 2 -- Uzbekistan -----------------------------------------------------------------------------
doc.slide(
    "Uzbekistan",
    subtitle="Presented by the Ministry of Employment and Poverty Reduction (MEPR)",
    columns=[
        ("Where we stand", [
            "No systemic forced labour found in the cotton harvest by third-party monitoring since "
            "2021",
            "Letter of interest to become a pathfinder country sent to the Alliance 8.7 "
            "Secretariat in June 2024",
            "The National Commission on Combating Trafficking in Persons and Forced Labour "
            "coordinates all ministries",
            "Harvest monitoring now run by the Federation of Trade Unions of Uzbekistan (FTUU) "
            "with the ILO method",
        ]),
        ("Priorities 2025\u20132026", [
            "Extend labour inspection to cotton-textile clusters and silk-cocoon farms",
            "The list of work prohibited for persons under 18 has not been revised since 2018",
            "Ratify the Private Employment Agencies Convention, 1997 (No. 181) by 2026",
            "If resources allow: a pilot of social insurance for seasonal cotton pickers",
        ]),
        ("Questions from the floor", [
            "How will harvest monitoring be paid for once donor funding ends?",
            "Will the roadmap also cover Uzbek workers abroad, or only work inside the country?",
        ]),
    ],
    box=("Next steps", [
        "MEPR to send the draft roadmap to the trade unions and employers by 31 January 2025",
        "Convene the national strategic planning workshop in Tashkent on 11\u201312 March 2025",
    ]),
)

# 3 -- Kyrgyz Republic ------------------------------------------------------------------------
doc.slide(
    "Kyrgyz Republic",
    subtitle="Presented by the Ministry of Labour, Social Security and Migration (MLSSM)",
    columns=[
        ("Child labour", [
            "2022 national survey: 1 in 4 working children aged 5\u201317 in hazardous work",
            "40 schools in Batken and Jalal-Abad already in a child labour-free zones pilot",
            "Inspections still limited by the moratorium on business inspections, partly lifted "
            "in 2023",
        ]),
        ("Migration and forced labour", [
            "Open pre-departure orientation centres for migrant workers in Bishkek and Osh in 2025",
            "212 private employment agencies licensed since 2022",
            "About 800,000 citizens working abroad (MLSSM estimate)",
            "Ratification of ILO Convention No. 181 foreseen in 2025",
        ]),
        ("Evidence", [
            "Run a forced labour module in the 2025 Labour Force Survey with the National "
            "Statistical Committee",
            "No national estimate of forced labour exists yet",
            "Trafficking cases are not broken down by form of exploitation",
        ]),
    ],
    box=("Heard from the delegation", [
        "Deputy Minister: \u201cWe will table the amended Code on Children in the Jogorku Kenesh "
        "in spring 2025.\u201d",
        "Kyrgyz Employers' Union (KEU): ready to co-sign a zero-fee recruitment charter with its "
        "member agencies if funding for audits can be found",
    ]),
)

# 4 -- Tajikistan and Kazakhstan --------------------------------------------------------------
doc.slide(
    "Tajikistan and Kazakhstan",
    subtitle="Country priorities as presented on Day 1",
    columns=[
        ("Tajikistan (Ministry of Labour, Migration and Employment of Population, MoLMEP)", [
            "Pathfinder: letter of interest to go to the Alliance 8.7 Secretariat in Q1 2025",
            "Open pre-departure orientation centres in Khujand and Kulob",
            "The Targeted Social Assistance programme reached some 80,000 families in 2023",
            "Pre-departure courses run by the Migration Service since 2021 reached 14,000 workers",
            "Remittances: about 45% of GDP (2023)",
        ]),
        ("Kazakhstan (MLSPP)", [
            "Labour inspection of private employment agencies resumed in 2024 after a moratorium",
            "Set up a hotline for foreign workers in Kyrgyz, Tajik and Uzbek during 2025",
            "Some 1.1 million work patents issued to foreign citizens in 2023",
            "Extending the Enbek.kz job portal to foreign workers is possible, subject to a "
            "Government decision",
            "Migration Policy Concept 2023\u20132027 under way",
        ]),
    ],
    box=("Shared by both",
         "The two countries have been negotiating an agreement on the portability of pension "
         "rights of migrant workers; a joint working group on the text has met twice since May."),
)

# 5 -- breakout results (flow page) ------------------------------------------------------------
doc.page_break()
doc.heading("Breakout groups, Day 2 (19 November): results", level=1)
doc.para("Each group reported back in plenary. The second column gives what the group proposes to "
         "the SILK 8.7 Steering Committee; the third records the pledges made in the room.",
         style="small")
doc.table(
    [
        ["Breakout group", "The group proposes", "Pledges heard"],
        ["Group A: Fair recruitment corridors (facilitated by IOM)",
         "(1) Adopt one common list of prohibited recruitment fees and costs for the four "
         "countries<br/>(2) Run a joint complaints hotline for migrant workers, staffed in both "
         "origin and destination countries<br/>(3) Publish a regional register of licensed "
         "private employment agencies",
         "The Central Asian Migrant Workers' Trade Union Network (CAMTUN) asked that each "
         "country name a focal point for migrant workers' complaints"],
        ["Group B: Child labour in cotton, tobacco and livestock (facilitated by UNICEF)",
         "(1) Extend third-party monitoring of the cotton harvest to Tajikistan<br/>(2) Time "
         "school meal programmes to the harvest calendar<br/>(3) Give community child labour "
         "monitoring committees a legal basis",
         "UNICEF will produce a child labour-free zones guide in Kyrgyz, Russian, Tajik and "
         "Uzbek by June 2025, with technical review by the ILO<br/>Association of Cotton-Textile Clusters of "
         "Uzbekistan (ACTC): commits itself to publishing the supplier lists of all member "
         "clusters before the 2025 harvest"],
        ["Group C: Data, inspection and justice (facilitated by UNODC)",
         "(1) Include a forced labour module in the labour force surveys of all four countries "
         "by 2027<br/>(2) Create a regional network of labour inspectorates meeting twice a "
         "year<br/>(3) Train prosecutors and judges on the forced labour offence together with "
         "the OSCE",
         "UNODC plans a regional judicial training in Dushanbe in Q2 2025<br/>The Agency on "
         "Statistics of Tajikistan will test a forced labour module in its 2026 Labour Force "
         "Survey"],
    ],
    ruled="grid", widths=[170, 360, 340], font_size=10.5,
)
doc.spacer(6)
doc.para("Not agreed: a regional fund for survivors of trafficking was discussed in Group C; "
         "participants asked the Steering Committee to look at the costs first.", style="small")

# 6 -- next steps -----------------------------------------------------------------------------
doc.slide(
    "Next steps agreed on 19 November",
    columns=[
        ("Regional secretariat (ILO)", [
            "Recruit the SILK 8.7 regional coordinator by February 2025",
            "First Steering Committee meeting: online, 27 January 2025",
            "Steering Committee: one seat per country plus SDC, ILO, IOM and UNICEF; social "
            "partners and civil society as observers",
        ]),
        ("Countries", [
            "Uzbekistan: hold the national strategic planning workshop (Tashkent, 11\u201312 March "
            "2025)",
            "Tajikistan: send its letter of interest to the Alliance 8.7 Secretariat in Q1 2025",
        ]),
        ("Partners", [
            "SDC: first tranche of CHF 1.1 million to be released in January 2025",
            "The OSCE has seconded a trafficking expert to the ILO office in Almaty since 2023",
            "European Union: support for a Kazakhstan\u2013Uzbekistan component under discussion",
            "IOM and UNICEF: contributions in kind still to be confirmed",
        ]),
    ],
    box=("Key dates", [
        "2\u20133 April 2025: regional meeting of labour inspectorates, Bishkek",
        "June 2025: SILK 8.7 side event at the International Labour Conference, Geneva",
        "Contact: silk87-secretariat@example.org",
    ]),
)

doc.save()
