"""rm-progress-report: Peru annual pathfinder progress report 2022 - what was achieved (status table,
done / on track / delayed) against the work plan for 2023 (quarter table), with the annual review
meeting's statements and recommendations."""

from docgen import A4, Document

doc = Document("rm-progress-report.pdf", size=A4, lang="en",
               header="Peru  |  Alliance 8.7 pathfinder country  |  Annual Progress Report 2022",
               footer="CPETI and CNLCTF Technical Secretariats, Lima", page_numbers="{n}/{total}",
               title="Peru Annual Progress Report 2022")

doc.title("Peru: Annual Progress Report 2022",
          subtitle="Implementation of the Alliance 8.7 pathfinder roadmap. Prepared by the technical "
                   "secretariats of CPETI and CNLCTF with the support of the ILO Office for the Andean "
                   "Countries. Lima, March 2023")

doc.heading("1. Summary", 1)
doc.para("Peru has been an Alliance 8.7 pathfinder country since 2019, when its roadmap was adopted after the "
         "national strategic planning workshop held in Lima in November 2019. The roadmap is steered by the "
         "National Committee for the Prevention and Eradication of Child Labour (CPETI) and the National "
         "Commission for the Fight against Forced Labour (CNLCTF), both chaired by the Ministry of Labour and "
         "Employment Promotion (MTPE).")
doc.para("Of the ten activities reviewed in this report for 2022, six were completed, two are on track and "
         "two are delayed. Section 3 sets out what was achieved; Section 4 sets out what the institutions "
         "plan to do in 2023. Achievements of 2022 are reported for accountability and are not new "
         "commitments.")
doc.para("According to the National Household Survey (ENAHO) run by the National Institute of Statistics and "
         "Informatics (INEI), the share of children aged 5-17 in child labour fell from 26.1 per cent in 2019 "
         "to an estimated 23.4 per cent in 2021, but it remains above 40 per cent in rural areas. Forced "
         "labour persists in informal gold mining in Madre de Dios and Puno and in logging in Ucayali.")

doc.heading("2. Context", 1)
doc.para("Peru's III National Plan for the Fight against Forced Labour covered the years 2019-2022. The "
         "National Strategy for the Prevention and Eradication of Child Labour runs to 2021 and was extended "
         "by the Council of Ministers. In 2022, after two years of remote schooling, the Ministry of "
         "Education (MINEDU) reported that 98 per cent of public schools had reopened.")

doc.heading("3. Progress in 2022", 1)
with doc.box("Status key"):
    doc.para("<b>Done</b>: completed in 2022. <b>On track</b>: under way, completion expected as planned. "
             "<b>Delayed</b>: behind schedule; new date in the Comment column.", style="small")
doc.table([
    ["Activity planned for 2022", "Lead", "Status", "Comment"],
    ["Update the list of hazardous occupations and activities for adolescents", "MTPE", "Done",
     "Supreme Decree published in September 2022"],
    ["Award a child labour-free seal to companies in the agro-export sector", "MTPE", "Done",
     "12 companies certified"],
    ["Train 200 SUNAFIL inspectors on forced labour indicators", "SUNAFIL", "Done",
     "236 inspectors trained (118 women)"],
    ["Create a specialised inspection unit on forced labour and child labour in Madre de Dios", "SUNAFIL",
     "Delayed", "Budget not approved in 2022"],
    ["Prepare the IV National Plan for the Fight against Forced Labour 2023-2027", "MTPE, CNLCTF", "On track",
     "Draft validated in December 2022"],
    ["Pilot the child labour risk identification model in five regions", "MTPE, ILO", "Done",
     "1,240 districts classified by risk"],
    ["Add a child labour component to the Juntos cash transfer programme in Huancavelica and Puno", "MIDIS",
     "On track", "Operational guidelines under review"],
    ["Train 150 prosecutors and police officers on the trafficking protocol", "Public Prosecutor's Office, "
     "MININTER", "Done", "164 trained"],
    ["Carry out the fieldwork of the Specialised Survey on Child Labour (ETI)", "INEI, MTPE", "Delayed",
     "Postponed for lack of funds"],
    ["Set up an online complaints platform on forced labour", "MTPE", "Done", "Platform online since July"],
], ruled="rows", widths=[200, 90, 50, 140], font_size=8)
doc.spacer(6)
doc.para("Other highlights of the year included a South-South exchange with Colombia and Chile on child "
         "labour risk models, held in Lima on 8-9 June 2022, and Peru's participation in the meeting of the "
         "Latin America and the Caribbean Child Labour Free Regional Initiative in Panama City, Panama, on "
         "24-25 October 2022.")

doc.heading("4. Plans for 2023", 1)
doc.para("The institutions have set the following course for 2023. In the first quarter, MTPE will submit the "
         "IV National Plan for the Fight against Forced Labour 2023-2027 to the Council of Ministers for "
         "approval. SUNAFIL plans to open the specialised inspection unit in Madre de Dios by June 2023, with "
         "12 inspectors. INEI is expected to carry out the fieldwork of the Specialised Survey on Child Labour "
         "in the second half of 2023, and the ILO has agreed to provide the sampling design and to co-finance "
         "the fieldwork.")
doc.para("MIMP aims to open two temporary shelters for adolescent victims of trafficking in Cusco and Loreto "
         "before the end of 2023. The Government has also committed to raising the budget of the CPETI "
         "technical secretariat by 20 per cent in FY2023.")
doc.para("The social partners have made their own pledges. CGTP undertook to set up a workers' help desk on "
         "forced labour in the mining town of La Rinconada by Q3 2023. CONFIEP pledged to include child labour "
         "and forced labour due diligence in its business integrity guide for member companies.")
doc.para("<b>Table 2. Work plan 2023</b> (X = quarter in which the activity takes place)", style="small")
X = "X"
doc.table([
    ["Activity", "Lead", "Q1", "Q2", "Q3", "Q4"],
    ["Approval of the IV National Plan for the Fight against Forced Labour 2023-2027", "MTPE", X, "", "", ""],
    ["Staff and equip the Madre de Dios inspection unit", "SUNAFIL", "", X, "", ""],
    ["Survey fieldwork (ETI 2023), with a module on adolescent domestic work", "INEI", "", "", X, X],
    ["Scale up the child labour risk identification model to all 25 regions", "MTPE", "", X, X, X],
    ["Extend the child labour component of Juntos to Cusco and Ayacucho", "MIDIS", "", "", X, X],
    ["Train 300 labour inspectors and 100 judges on forced labour", "SUNAFIL, Judiciary", X, X, X, X],
    ["Certify 30 additional companies with the child labour-free seal", "MTPE", "", "", "", X],
    ["Set up two shelters for trafficked adolescents", "MIMP", "", "", X, X],
    ["Hold a binational meeting with Bolivia on cross-border trafficking", "MININTER, RREE", "", X, "", ""],
    ["Publish the 2023 progress report", "CPETI, CNLCTF", "", "", "", X],
], ruled="grid", widths=[250, 110, 30, 30, 30, 30], font_size=8)
doc.spacer(4)
doc.para("A national forum on business and forced labour will take place in Arequipa on 23 August 2023.",
         style="small")

doc.heading("5. Annual review meeting", 1)
doc.para("This report was discussed at the annual review meeting held in Lima on 28 February 2023, attended "
         "by the members of CPETI and CNLCTF, the social partners and UN agencies.")
doc.bullets([
    "CONFIEP recalled that informality, not formal companies, accounts for most child labour in Peru.",
    "The CGTP representative asked why the inspection unit in Madre de Dios had been delayed.",
    "UNICEF noted that the return to school after the pandemic had reduced child labour in urban areas.",
    "The representative of MIMP indicated that her ministry intends to adopt a protocol for the "
    "reintegration of child victims of trafficking by the end of 2023.",
])
doc.para("The meeting made the following recommendations:")
doc.bullets([
    "Secure multi-year funding for the Specialised Survey on Child Labour so that it can be repeated every "
    "four years.",
    "Involve regional governments in CPETI through regional committees with their own budgets.",
    "Share the child labour risk identification model with Bolivia and Ecuador through South-South "
    "cooperation.",
    "Publish labour inspection data on forced labour disaggregated by sex and region.",
], marker="1.")
with doc.box("Abbreviations"):
    doc.para("CGTP General Confederation of Workers of Peru; CONFIEP National Confederation of Private Business "
             "Institutions; CNLCTF National Commission for the Fight against Forced Labour; CPETI National "
             "Committee for the Prevention and Eradication of Child Labour; INEI National Institute of "
             "Statistics and Informatics; MIDIS Ministry of Development and Social Inclusion; MIMP Ministry of "
             "Women and Vulnerable Populations; MININTER Ministry of the Interior; MTPE Ministry of Labour and "
             "Employment Promotion; RREE Ministry of Foreign Affairs; SUNAFIL National Superintendency of "
             "Labour Inspection. Contact: cpeti.secretariat@example.org", style="small")
doc.save()
