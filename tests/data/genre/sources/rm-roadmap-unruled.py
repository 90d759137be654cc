"""rm-roadmap-unruled: Philippines pathfinder roadmap 2024-2026 whose tables have no ruling lines
(whitespace only), with a responsible-agency column of acronyms and deadlines such as Q3 2024,
2025-2026 and ongoing."""

from docgen import A4, Document

doc = Document("rm-roadmap-unruled.pdf", size=A4, lang="en",
               header="Republic of the Philippines  |  Alliance 8.7 Pathfinder Roadmap 2024-2026",
               footer="NCLC-IACAT Roadmap secretariat  -  roadmap.ph@example.org",
               page_numbers="{n}", title="Philippines Alliance 8.7 Pathfinder Roadmap 2024-2026")

doc.title("Philippines: Alliance 8.7 Pathfinder Roadmap 2024\u20132026",
          subtitle="Joint action plan of the National Child Labor Committee (NCLC) and the Inter-Agency "
                   "Council Against Trafficking (IACAT). Manila, June 2024")

doc.heading("Introduction", 1)
doc.para("The Department of Labor and Employment (DOLE) wrote to the Alliance 8.7 Secretariat in March 2023 "
         "to signal the Government's interest in pathfinder status. The national strategic planning "
         "workshop took place in Tagaytay City during the week of 6 November 2023 and gathered 112 "
         "representatives of government agencies, the Trade Union Congress of the Philippines (TUCP), the "
         "Employers Confederation of the Philippines (ECOP), civil society, survivor groups and UN "
         "agencies. This Roadmap is the result of that workshop and of four months of consultation.")
doc.para("The challenge remains large. An estimated 790,000 children aged 5-17 were in child labour in "
         "2022, most of them in agriculture and fishing. Filipino fishers on distant-water vessels report "
         "withheld wages and debt bondage, and many of the two million Filipinos working abroad, above all "
         "domestic workers in Saudi Arabia and Kuwait, still pay unlawful placement fees. Online sexual "
         "exploitation of children (OSAEC) has grown since 2020.")
doc.para("The Philippines ratified the Domestic Workers Convention (No. 189) in 2012, and Congress enacted "
         "the Anti-OSAEC and Anti-CSAEM Act (Republic Act No. 11930) in 2022. In 2023 DOLE profiled 51,000 "
         "child labourers and linked 18,000 of their families to livelihood support.")

doc.heading("Acronyms", 2)
ac = [("BFAR", "Bureau of Fisheries and Aquatic Resources"), ("BI", "Bureau of Immigration"),
      ("BWSC", "DOLE Bureau of Workers with Special Concerns"), ("DA", "Department of Agriculture"),
      ("DepEd", "Department of Education"), ("DFA", "Department of Foreign Affairs"),
      ("DILG", "Department of the Interior and Local Government"), ("DMW", "Department of Migrant Workers"),
      ("DOJ", "Department of Justice"), ("DSWD", "Department of Social Welfare and Development"),
      ("LGUs", "Local government units"), ("MGB", "Mines and Geosciences Bureau"),
      ("NBI", "National Bureau of Investigation"), ("NEDA", "National Economic and Development Authority"),
      ("OWWA", "Overseas Workers Welfare Administration"), ("PCG", "Philippine Coast Guard"),
      ("PNP", "Philippine National Police"), ("PSA", "Philippine Statistics Authority"),
      ("TESDA", "Technical Education and Skills Development Authority"), ("", "")]
half = len(ac) // 2
doc.table([[a, b, c, d] for (a, b), (c, d) in zip(ac[:half], ac[half:])], ruled="none", header=False,
          widths=[42, 198, 42, 198], font_size=8)

doc.heading("Priorities", 1)
doc.para("The workshop agreed that the Government would concentrate its efforts on four priorities until 2026:")
doc.bullets([
    "<b>Priority 1:</b> Ending child labour in agriculture, fishing and small-scale gold mining",
    "<b>Priority 2:</b> Preventing trafficking in persons and online sexual exploitation of children",
    "<b>Priority 3:</b> Protecting migrant workers and fishers from forced labour",
    "<b>Priority 4:</b> Improving data, coordination and accountability",
], marker="bullet")
doc.para("The actions under each priority are listed below. The first agency named leads; the timeframe is "
         "the period in which the action is to be completed.")

W = [212, 92, 62, 114]
HEAD = ["Action", "Responsible", "Timeframe", "Indicator"]


def block(title, rows):
    def build():
        doc.heading(title, 2)
        doc.table([HEAD] + rows, ruled="none", widths=W, font_size=8)
    doc.keep_together(build)
    doc.spacer(4)


block("Priority 1. Child labour in agriculture, fishing and mining", [
    ["Profile child labourers and link their families to livelihood assistance in 50 priority municipalities",
     "DOLE, DSWD, LGUs", "2024-2025", "Children profiled; families assisted"],
    ["Adoption of a DOLE department order updating the list of hazardous work and activities for persons "
     "below 18", "DOLE", "Q3 2024", "Department order issued"],
    ["Declare 300 additional barangays child labour-free", "DOLE, DILG, LGUs", "2025-2026",
     "Barangays declared"],
    ["Expand the Alternative Learning System for out-of-school working children aged 15-17", "DepEd, TESDA",
     "2025", "Learners enrolled"],
    ["Develop sectoral guidelines on child labour in sugarcane, banana and coconut farming with industry "
     "associations", "DOLE, DA, ECOP", "Q1 2025", "Guidelines published"],
    ["Conduct child labour inspections in small-scale gold mining areas of Camarines Norte and South Cotabato",
     "DOLE, MGB", "Ongoing", "Inspections per year"],
])
block("Priority 2. Trafficking in persons and OSAEC", [
    ["Operationalise the National Coordination Center against OSAEC and CSAEM in all regions",
     "IACAT, DOJ, DSWD", "2025-2026", "Regional units staffed"],
    ["Train 1,500 barangay officials on the detection and reporting of online sexual exploitation of children",
     "DILG, IACAT", "Q2 2025", "Officials trained"],
    ["Strengthen the screening of outbound passengers at international airports", "BI, IACAT", "Ongoing",
     "Referrals to IACAT"],
    ["Establishment of a case management system for trafficking cases shared by law enforcement agencies and "
     "prosecutors", "DOJ, PNP, NBI", "Q4 2025", "System in use"],
    ["Expand the network of DSWD recovery and reintegration centres for trafficking survivors", "DSWD",
     "2025-2026", "Centres operating"],
])
block("Priority 3. Migrant workers and fishers", [
    ["Adopt a department order on the fair recruitment of seafarers and fishers on foreign vessels",
     "DMW, DOLE", "Q4 2024", "Order adopted"],
    ["Ratify the Work in Fishing Convention, 2007 (No. 188)", "DOLE, DFA", "2025", "Instrument deposited"],
    ["Provide pre-departure orientation on forced labour indicators to all deploying domestic workers",
     "DMW, OWWA", "Ongoing", "Workers oriented"],
    ["Carry out joint labour inspections on commercial fishing vessels in General Santos City and Navotas",
     "DOLE, BFAR, PCG", "2025", "Vessels inspected"],
    ["Negotiate labour agreements with two destination countries that include a zero placement fee clause",
     "DMW, DFA", "2025-2026", "Agreements signed"],
])
block("Priority 4. Data, coordination and accountability", [
    ["Run the 2025 Survey on Children with a forced labour module", "PSA, DOLE", "Q3 2025",
     "Survey report released"],
    ["Set up a Roadmap monitoring dashboard in the NCLC secretariat", "DOLE-BWSC", "Q1 2025",
     "Dashboard online"],
    ["Joint annual review of the Roadmap by NCLC and IACAT", "NCLC, IACAT", "Ongoing", "Review report"],
    ["Integrate SDG Target 8.7 indicators in the results matrix of the Philippine Development Plan", "NEDA",
     "2025", "Indicators in matrix"],
])

doc.heading("Commitments of agencies and partners", 1)
doc.para("DOLE intends to issue the revised hazardous work order in the third quarter of 2024, after "
         "tripartite consultation. The Department of Migrant Workers is determined to end the charging of "
         "placement fees to domestic workers by 2026. NCLC and IACAT will convene a mid-term review workshop "
         "in Q2 2025.")
doc.para("On the side of the social partners, TUCP commits itself to organising 5,000 fishers and farm "
         "workers in the priority provinces within two years, while ECOP has committed to mobilising 100 "
         "member companies to sign a child labour-free workplace declaration by mid-2026.")
doc.para("Among the UN agencies, IOM aims to support DMW and the Bureau of Immigration in setting up a "
         "referral pathway for returning victims of trafficking in the second half of 2024. UNICEF and the "
         "ILO plan to co-finance the 2025 Survey on Children. UNODC will train 200 cybercrime investigators "
         "and prosecutors on OSAEC cases.")
doc.para("International Justice Mission, which has worked with the PNP since 2007, reported 74 OSAEC rescue "
         "operations in 2023. If Congress approves the 2025 budget request, DSWD could open three additional "
         "recovery centres. The Government calls on online platforms and financial institutions to report "
         "suspicious transactions linked to OSAEC.")

doc.heading("Recommendations of the breakout groups", 1)
doc.para("Two breakout groups of the planning workshop made recommendations that the Roadmap takes up. "
         "The breakout group on migration and fishing recommended:")
doc.bullets([
    "that DMW and DOLE publish a joint list of recruitment agencies sanctioned for charging fees;",
    "that the Philippines seek a memorandum of understanding with Indonesia on the protection of fishers.",
], marker="a)")
doc.para("The breakout group on OSAEC proposed that a single hotline for reporting online sexual exploitation "
         "of children be promoted in all public schools.")

doc.heading("Launch of the Roadmap", 1)
doc.para("The Roadmap was launched in Manila on 12 June 2024, World Day Against Child Labour.")
doc.bullets([
    "The Secretary of Labor and Employment said that the Roadmap would be reviewed jointly by NCLC and IACAT "
    "every year.",
    "ECOP called on companies in the sugar and banana sectors to audit their suppliers for child labour.",
    "TUCP regretted that many fishers remain outside the coverage of labour inspection.",
    "The ILO Country Director for the Philippines stressed the importance of ratifying C188.",
])
doc.heading("Calendar", 2)
doc.table([
    ["Date", "Event", "Place"],
    ["15/07/2024", "DOLE-IACAT webinar for LGUs on the Roadmap", "Online"],
    ["October 2024", "ASEAN Senior Officials Meeting on Transnational Crime (Roadmap presentation)",
     "Bangkok, Thailand"],
    ["Q2 2025", "Mid-term review workshop", "To be confirmed"],
], ruled="none", widths=[80, 290, 110], font_size=8)
doc.spacer(6)
doc.para("DOLE and IACAT will hold the webinar for LGUs on 15 July 2024, and the Philippines will present the "
         "Roadmap at the ASEAN Senior Officials Meeting on Transnational Crime in October 2024.")
doc.heading("Annex. Roadmap focal points", 2)
doc.table([
    ["Agency", "Focal point", "E-mail"],
    ["DOLE-BWSC (NCLC secretariat)", "Ma. Cristina Villareal-Tan, Director", "nclc.secretariat@example.org"],
    ["IACAT secretariat", "Atty. Ramon D. Ilagan", "iacat.roadmap@example.org"],
    ["DMW", "Josephine Lacsamana", "dmw.focal@example.org"],
    ["PSA", "Dr. Noel Sarmiento", "psa.surveys@example.org"],
], ruled="none", widths=[150, 170, 160], font_size=8)
doc.save()
