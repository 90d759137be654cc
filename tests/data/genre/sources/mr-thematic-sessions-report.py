"""mr-thematic-sessions-report: report of the thematic sessions of a (fictional) Partners' Week,
Amman 2026: session summaries in reported speech, panel and breakout-group recommendations,
a grid table of breakout outcomes and a closing section with an action group's lettered list."""

from docgen import Document, A4

doc = Document("mr-thematic-sessions-report.pdf", size=A4, lang="en",
               header="Alliance 8.7 - Partners' Week 2026 - Report of the thematic sessions",
               footer="AL87/PW2026/REP.2", page_numbers="Page {n} of {total}",
               title="Partners' Week 2026: report of the thematic sessions")

doc.title("Alliance 8.7 Partners' Week 2026",
          subtitle="Report of the thematic sessions - Amman, Jordan, 14-16 April 2026")

doc.heading("Introduction", level=1)
doc.para("1. The thematic sessions of the Alliance 8.7 Partners' Week were held at the Dead Sea "
         "Road conference centre in Amman from 14 to 16 April 2026, at the invitation of the "
         "Ministry of Labour of Jordan (MoL). Some 180 participants from 41 countries attended, "
         "including representatives of governments, the ILO, UNICEF, IOM, UNODC, UNHCR and FAO, "
         "the International Trade Union Confederation (ITUC), the International Organisation of "
         "Employers (IOE) and civil society organisations.")
doc.para("2. This report was prepared by the session rapporteurs with the support of the "
         "Secretariat. It summarises the discussion in each session and reproduces the "
         "recommendations as they were read out in the closing plenary. Statements are "
         "paraphrased; they do not bind the delegations concerned unless so indicated.")

doc.heading("Opening session", level=1)
doc.para("3. H.E. Ms. Rania Haddad, Minister of Labour of Jordan, welcomed participants to Amman. "
         "She recalled that Jordan had sent its letter of interest in becoming a pathfinder "
         "country in March 2025. She announced that the Ministry of Labour will hold the "
         "national strategic planning workshop in September 2026, with the support of the ILO "
         "and UNICEF.")
doc.para("4. Jordan has made real progress since the adoption of its national framework on child "
         "labour in 2011, and the number of labour inspectors trained on child labour doubled "
         "between 2019 and 2024. The objective of the Better Work Jordan programme, in place "
         "since 2008, is to improve working conditions and compliance in the garment sector.")
doc.para("5. Mr. Tomas Lindqvist, speaking for the Chair of the Global Coordinating Group, "
         "stressed that the 2025 deadline of Target 8.7 had passed without the goal being met "
         "and that partners now needed to accelerate, not to restate. He noted that the Durban "
         "Call to Action, adopted at the 5th Global Conference on the Elimination of Child Labour "
         "in Durban on 15-20 May 2022, remained the common reference for the Alliance.")

doc.heading("Session 1: Child labour in agriculture and rural supply chains", level=1)
with doc.box("Session at a glance"):
    doc.para("Moderator: Ms. Adjoa Mensah-Bonsu, FAO. Panellists: Ghana, Malawi, Cambodia, IOE, "
             "ITUC. Rapporteur: Mr. Karim Saleh, UNICEF.", style="small")
doc.para("6. FAO recalled that agriculture accounted for seven in ten children in child labour "
         "worldwide, most of them working on family farms.")
doc.para("7. The representative of Ghana informed the meeting that the number of cocoa-growing "
         "districts covered by the community child labour monitoring system had risen from 12 "
         "to 31 since 2023. She added that the Ghana Statistical Service would field a new "
         "national child labour survey in the second half of 2026. Ghana's pledge to certify "
         "500 additional child-labour-free communities by 2027 was reaffirmed.")
doc.para("8. In 2024 the Government of Ghana adopted a revised hazardous activity framework for "
         "the cocoa sector.")
doc.para("9. The delegate from Malawi expressed concern that tobacco estates continued to rely on "
         "tenant families whose children worked alongside them. He said that his Government was "
         "determined to bring the national list of hazardous work into line with Convention "
         "No. 182 before the end of 2026. He also asked whether buyers would be prepared to "
         "share the cost of community monitoring.")
doc.para("10. Cambodia stressed that seasonal migration within the country often took children "
         "out of school during the cassava harvest. The representative explained that the "
         "National Institute of Statistics (NIS) plans to conduct a national child labour survey "
         "jointly with the Ministry of Labour and Vocational Training (MoLVT) in 2027. "
         "Cambodia's National Plan of Action on the Worst Forms of Child Labour, whose objective "
         "is the reduction of hazardous child labour, has been implemented by the MoLVT since "
         "2016.")
doc.para("11. Speaking for the workers' group, ITUC called for the extension of labour inspection "
         "to smallholder farms and informal plantations. The IOE representative welcomed the "
         "growth of sector-wide due diligence initiatives in cocoa and coffee but cautioned "
         "against obligations that smallholders could not meet.")
doc.heading("Recommendations of Session 1", level=2)
doc.bullets([
    "Governments should integrate child labour questions into agricultural censuses and rural "
    "household surveys.",
    "Member States are encouraged to extend social protection floors to smallholder and seasonal "
    "agricultural workers and their families.",
    "Labour inspection should be extended to smallholder farms and plantations in the informal "
    "economy, with mobile units where distances require.",
    "Buyers and cooperatives should share the cost of community-based child labour monitoring "
    "systems.",
])

doc.heading("Session 2: Fair recruitment and labour migration corridors", level=1)
with doc.box("Session at a glance"):
    doc.para("Co-organised with the Migration Action Group. Moderator: Ms. Sunita Gurung, IOM. "
             "Panellists: Nepal, Bangladesh, Jordan, the ILO, the Arab Network for Migrant "
             "Rights. Rapporteur: Ms. Leila Aoun, Anti-Slavery International.", style="small")
doc.para("12. Nepal noted that recruitment fees paid by Nepali workers bound for the Gulf and "
         "Jordan averaged the equivalent of four months' wages. The representative of Nepal "
         "proposed that countries of origin and destination publish a common schedule of "
         "prohibited recruitment fees and related costs.")
doc.para("13. Bangladesh informed the meeting that the Bureau of Manpower, Employment and "
         "Training (BMET) would launch a digital registry of licensed recruitment agencies by "
         "mid-2026. Anti-Slavery International asked whether the registry would be open to the "
         "public and whether complaints against agencies would be recorded in it.")
doc.para("14. The representative of Jordan indicated that her Government intends to ratify the "
         "2014 Protocol to the Forced Labour Convention within two years. Lebanon will submit the "
         "ratification of the Protocol to Parliament in 2027, its delegate said, once the "
         "revision of the Labour Code was completed.")
doc.keep_together(lambda: doc.para("15. IOM stressed that corridor-level cooperation was needed to make fee bans "
         "enforceable across borders. IOM undertook to convene a Nepal-Jordan corridor dialogue "
         "on fair recruitment in Q3 2026. Nepal and Jordan agreed to review their bilateral "
         "labour agreement on domestic workers in 2027."))
doc.para("16. The ILO responded that the General Principles and Operational Guidelines for Fair "
         "Recruitment already provided an agreed definition of recruitment fees and related "
         "costs, which countries could adopt without delay.")
doc.para("17. The Arab Network for Migrant Rights expressed concern that domestic workers "
         "remained excluded from the protection of labour law in several destination countries. "
         "It called on destination States to ratify the Domestic Workers Convention, 2011 "
         "(No. 189). It also drew attention to the kafala reforms announced in the region, "
         "which it described as incomplete.")

doc.heading("Session 3: Panel on data and evidence", level=1)
with doc.box("Session at a glance"):
    doc.para("Moderator: Dr. Elena Vargas, Walk Free. Panellists: Peru, Paraguay, Norway, UNICEF, "
             "the Centre for Strategic Studies of the University of Jordan. Rapporteur: the "
             "Secretariat.", style="small")
doc.para("18. Peru took the floor to present the results of its 2025 specialised survey on "
         "child and adolescent labour, carried out by the National Institute of Statistics and "
         "Informatics (INEI). Paraguay suggested that the Alliance set up a peer-exchange "
         "facility on survey methodology for Spanish-speaking countries.")
doc.para("19. Walk Free recalled that prevalence estimates of forced labour remained scarce for "
         "the Arab States. Norway welcomed the panel and pledged NOK 30 million over 2026-2028 "
         "to support national prevalence surveys in pathfinder countries.")
doc.para("20. UNICEF informed the meeting that it intends to publish a toolkit on child labour "
         "data in humanitarian settings by the end of 2026. The Netherlands asked how the "
         "toolkit would be aligned with the resolution on child labour statistics adopted by "
         "the International Conference of Labour Statisticians.")
doc.para("21. The Centre for Strategic Studies of the University of Jordan presented a study of "
         "working children among Syrian refugee households in Mafraq governorate. In the "
         "ensuing discussion, it was proposed that a common core module on child labour be "
         "added to the labour force surveys of all pathfinder countries.")

doc.heading("Breakout groups (16 April 2026)", level=1)
doc.para("22. On the third day participants met in three breakout groups. Each group reported "
         "its recommendations to the closing plenary; they are listed in the table below as "
         "read out by the group rapporteurs.")
doc.table([
    ["Breakout group", "Recommendations reported to plenary"],
    ["A - Responsible business and supply chains",
     "Companies should map forced labour and child labour risks beyond their tier-one suppliers."],
    ["", "National business networks should be supported to set up grievance mechanisms open to "
         "the workers of suppliers."],
    ["B - Migration corridors",
     "Develop regional guidance on the reimbursement of recruitment fees to migrant workers who "
     "paid them."],
    ["", "Make recruitment agency registries public and searchable in every country of origin."],
    ["C - Conflict and humanitarian settings",
     "Humanitarian response plans should include child labour and trafficking risk indicators."],
    ["", "UNHCR and UNICEF should jointly train case workers in refugee settings to identify "
         "child victims of trafficking."],
], ruled="grid", widths=[150, 320], spans=[(0, 1, 0, 2), (0, 3, 0, 4), (0, 5, 0, 6)])

doc.heading("Closing plenary", level=1)
doc.para("23. Reporting on Session 2 which it had co-organised, the Migration Action Group "
         "recommends that:")
doc.bullets([
    "pathfinder countries of origin include fair recruitment in their roadmaps;",
    "the Secretariat compile practice on the reimbursement of recruitment fees for the next "
    "meeting of the Global Coordinating Group;",
    "partners support the inclusion of domestic workers in labour law in destination countries.",
], marker="(a)")
doc.para("24. The delegate from Lebanon announced that her country intends to send a letter of "
         "interest in becoming a pathfinder country to the Secretariat before the end of June "
         "2026. The ILO commits itself to supporting Jordan and Lebanon in preparing their "
         "pathfinder roadmaps.")
doc.para("25. The Government of Egypt undertook to:")
doc.bullets([
    "adopt its second national action plan on the elimination of the worst forms of child "
    "labour by the end of 2026;",
    "train 400 labour inspectors on child labour in agriculture in FY2026/27;",
    "extend the national child labour monitoring system to the governorates of Upper Egypt "
    "by 2028.",
], marker="(a)")
doc.para("26. The meeting agreed to recommend that the Global Coordinating Group place fair "
         "recruitment on the agenda of its next meeting. Participants recommended that future "
         "Partners' Weeks reserve one session for the voices of survivors.")
doc.para("27. It was agreed that the Secretariat would circulate the draft report to all "
         "participants by 15 May 2026. A webinar to present the recommendations will be held on "
         "9 June; the Supply Chains Action Group will take up the outcome of Breakout group A "
         "at its meeting in the week of 7 September 2026.")
doc.para("28. The Minister of Labour of Jordan closed the Partners' Week and thanked the "
         "interpreters, the rapporteurs and the staff of the conference centre.")

doc.save()
