"""Slide deck of a regional task force on child labour in supply chains (Southern Africa, Lusaka,
September 2024): pathfinder status list, side-by-side country commitment columns, a work plan
table by quarter, breakout "We recommend" columns, commitments heard by organisation, next steps."""

from docgen import SLIDE, Document

doc = Document("sd-task-force-deck.pdf", size=SLIDE, lang="en", margin=24,
               footer="Southern Africa Regional Task Force on Child Labour in Supply Chains - "
                      "4th meeting, Lusaka",
               page_numbers="{n}",
               title="Regional Task Force on Child Labour in Supply Chains - summary deck 2024")

# 1 -- title
doc.slide("Southern Africa Regional Task Force on Child Labour in Supply Chains",
          subtitle="Fourth meeting - Lusaka, Zambia, 10-11 September 2024 - Summary of outcomes",
          body=[
              "Hosted by the Ministry of Labour and Social Security (MLSS) of Zambia, with the ILO "
              "and UNICEF",
              "Nine countries: Botswana, Eswatini, Lesotho, Madagascar, Malawi, Mozambique, Namibia, "
              "Zambia and Zimbabwe",
              "Employers' and workers' organisations, UN agencies, the ECLT Foundation and the "
              "Responsible Mica Initiative",
              "Sectors in focus: tobacco, cotton, sugar, copper and cobalt, mica, vanilla",
              "Builds on the Durban Call to Action adopted at the 5th Global Conference on the "
              "Elimination of Child Labour (Durban, May 2022)",
          ],
          box=("Contact", "Task force secretariat: taskforce.secretariat@example.org"))

# 2 -- context (distractors: statistics, past achievements, problems)
doc.slide("Where the region stands",
          body=[
              "Sub-Saharan Africa has the highest share of children in child labour of any region; "
              "most of them work in agriculture, often on family farms that supply export chains",
              "Zambia has had no dedicated child labour survey since 2008; recent estimates come "
              "from labour force surveys",
              "Malawi adopted its pathfinder roadmap in 2023 and raised the minimum age for "
              "hazardous work to 18",
              "Madagascar ratified the 2014 Protocol to the Forced Labour Convention in 2019",
              "The third task force meeting (Blantyre, Malawi, 6-7 March 2024) agreed to focus on "
              "supply chains with export exposure",
          ],
          box=("The gap", "Only 3 of the 9 countries have a list of hazardous work that covers "
                          "tobacco tenancy or artisanal mining, and 2 in 5 inspectorates have no "
                          "vehicle for rural visits."))

# 3 -- pathfinder status list
doc.slide("Pathfinder status in the region",
          subtitle="Held / scheduled / interest, as reported by delegations",
          body=[
              "<b>Madagascar</b> - pathfinder since 2019; national strategic planning workshop held; "
              "roadmap under revision",
              "<b>Malawi</b> - workshop held in Lilongwe, 14-15 March 2023; roadmap adopted",
              "<b>Mozambique</b> - workshop scheduled for 19-20 November 2024 in Maputo",
              "<b>Zambia</b> - letter of interest sent in January 2024; workshop scheduled for Q1 "
              "2025",
              "<b>Zimbabwe</b> - interest expressed at this meeting; letter of interest to follow "
              "before the end of 2024",
              "<b>Eswatini</b> - not engaged in the pathfinder process so far",
              "<b>Lesotho, Namibia, Botswana</b> - attended as observers",
          ],
          box=("Summary", "Workshops held: 2 - scheduled: 2 - new interest: 2"))

# 4 -- country commitments, four columns
doc.slide("What countries committed to (1/2)",
          subtitle="Commitments session, 10 September",
          columns=[
              ("Zambia (MLSS)", [
                  "Will conduct the second national Child Labour Survey with ZamStats in 2025",
                  "Revise the statutory list of hazardous work for children by June 2025",
                  "Pledged 40 additional labour inspectors for the Copperbelt and North-Western "
                  "mining districts by 2026",
              ]),
              ("Malawi", [
                  "Updating the hazardous work list to cover tobacco tenancy; adoption expected in "
                  "2025",
                  "Aims to register all tobacco tenants under the Tobacco Industry Act by the end of "
                  "2025",
                  "Committed to extending school meals to 12 tobacco-growing districts in FY2025/26",
              ]),
              ("Mozambique", [
                  "INE and MITSS plan a first national child labour survey, with fieldwork in the "
                  "second half of 2025",
                  "Intends to ratify the Domestic Workers Convention, 2011 (No. 189) within two "
                  "years",
                  "Priority: child labour monitoring in cashew and sugar supply chains",
              ]),
              ("Madagascar", [
                  "Roadmap priority: traceability of mica and vanilla",
                  "Will extend the child labour monitoring system to the SAVA and Anosy regions by "
                  "2026",
                  "Determined to adopt the revised decree on hazardous work in 2025",
              ]),
          ])

# 5 -- country commitments, three columns
doc.slide("What countries committed to (2/2)",
          subtitle="Commitments session, 10 September (continued)",
          columns=[
              ("Zimbabwe", [
                  "Shall finalise the National Action Plan for the Elimination of Child Labour "
                  "(2025-2029) by mid-2025",
                  "200 inspection visits to tobacco contract farms planned in 2025",
              ]),
              ("Eswatini", [
                  "Will integrate child labour indicators into the social compliance audits of the "
                  "sugar sector",
                  "Intends to launch its first national child labour survey in 2026",
              ]),
              ("Lesotho", [
                  "Textile and apparel: child labour risk assessment of subcontractors, Q2 2025",
                  "Expects to review the Children's Protection and Welfare Act in the second half of "
                  "2025",
              ]),
          ],
          box=("Note", "Botswana and Namibia did not present commitments; both asked for technical "
                       "support before doing so."))

# 6 -- work plan by quarter (a flow page)
doc.page_break()
doc.para("Work plan 2024-2025, by quarter", style="slidetitle")
doc.para("Agreed in plenary on 11 September. Leads report progress at each task force meeting.", style="slidehead")
doc.table([
    ["Quarter", "Activity", "Lead", "Output"],
    ["Q4 2024", "Regional mapping of child labour risks in tobacco, cotton, mining and mica supply "
                "chains", "ILO", "Mapping report"],
    ["Q4 2024", "National strategic planning workshop, Maputo", "Mozambique (MITSS)",
                "Draft roadmap"],
    ["Q1 2025", "Peer-learning webinar on hazardous work lists", "Malawi Ministry of Labour and ILO",
                "Webinar notes"],
    ["Q1 2025", "Train 60 labour inspectors on inspections in supply chains",
                "ILO, with MLSS", "60 inspectors trained"],
    ["Q2 2025", "Launch a regional due diligence helpdesk for small suppliers", "ECAM and ZFE",
                "Helpdesk online"],
    ["Q2 2025", "Technical guidance to statistics offices on child labour modules in household "
                "surveys", "UNICEF", "Guidance note"],
    ["Q3 2025", "Fifth task force meeting, Antananarivo", "Madagascar", "Meeting report"],
], ruled="rows", widths=[80, 450, 200, 170], font_size=13)

# 7 -- breakout results
doc.slide("Breakout groups: what we recommend",
          subtitle="Three groups met on 11 September",
          columns=[
              ("Group A - Agriculture (tobacco, cotton, sugar)", [
                  "We recommend that leaf buyers pay prices that cover adult labour costs on tenant "
                  "and smallholder farms",
                  "We recommend extending social cash transfers to tobacco-growing households with "
                  "children under 15",
                  "We recommend a common list of hazardous tasks in tobacco for the whole region",
              ]),
              ("Group B - Mining (copper, cobalt, mica)", [
                  "We recommend mandatory traceability of mica and cobalt from artisanal sites",
                  "We recommend joint visits by labour and mining inspectors to artisanal sites",
                  "We recommend community-based child labour monitoring in artisanal mining areas",
              ]),
              ("Group C - Textiles, services and domestic work", [
                  "We recommend that brands share supplier lists with labour inspectorates",
                  "We recommend including child domestic work in national child labour surveys",
                  "We recommend age verification at recruitment in garment factories",
              ]),
          ])

# 8 -- commitments heard
doc.slide("Commitments heard",
          subtitle="Announced in plenary by partners",
          body=[
              "<b>ILO</b> - will fund the regional supply chain mapping and provide technical support "
              "to the workshops in Zambia and Mozambique",
              "<b>UNICEF</b> - commits itself to support birth registration drives in the tobacco "
              "districts of Malawi and Zambia in 2025",
              "<b>FAO</b> - plans to train 300 agricultural extension officers on child labour by the "
              "end of 2025",
              "<b>Zambia Congress of Trade Unions (ZCTU)</b> - will set up child labour monitoring "
              "committees in 20 mining communities",
              "<b>Employers' Consultative Association of Malawi (ECAM)</b> - undertook to roll out a "
              "child labour due diligence toolkit to 150 member companies in 2025",
              "<b>Zambia Federation of Employers (ZFE)</b> - will roll out the same toolkit to its "
              "members in mining and agriculture",
              "<b>MITSS (Ministry of Labour and Social Security, Mozambique)</b> - to double the "
              "budget of its child labour unit in the 2025 State Budget",
              "<b>Malawi Congress of Trade Unions (MCTU)</b> - called on tobacco buyers to publish "
              "their supplier lists",
          ])

# 9 -- next steps
doc.slide("Next steps", subtitle="Key dates",
          body=[
              "19-20 November 2024 - Mozambique national strategic planning workshop, Maputo",
              "Early February 2025 - peer-learning webinar on hazardous work lists (online)",
              "Q3 2025 - fifth task force meeting, Antananarivo, Madagascar",
          ],
          box=("Next steps agreed", [
              "Secretariat to circulate this summary and the work plan by 30 September 2024",
              "Zambia to confirm the dates of its national strategic planning workshop by 15 "
              "December 2024",
              "ILO and UNICEF to draft terms of reference for the regional mapping by the end of "
              "October 2024",
              "Madagascar to circulate a concept note for the fifth meeting in Q2 2025",
              "All countries to send updated commitment tables before the fifth meeting",
          ]))

doc.save()
