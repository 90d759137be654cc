"""Madagascar: annual progress review 2025 of the pathfinder roadmap (status table, timeline,
record of partners' statements, recommendations of the National Steering Committee)."""

from docgen import A4, Document

doc = Document("rm-annual-progress-review.pdf", size=A4, lang="en",
               header="Republic of Madagascar - National Steering Committee on Alliance 8.7",
               footer="Annual Progress Review 2025 - NSC/APR/2025/03",
               page_numbers="Page {n} of {total}",
               title="Madagascar: Annual Progress Review 2025")

doc.title("Alliance 8.7 Pathfinder Country Madagascar: Annual Progress Review 2025",
          subtitle="Report of the National Steering Committee on the review meeting held in "
                   "Antananarivo, 18-19 November 2025")

doc.heading("1. Introduction", 1)
doc.para(
    "Madagascar expressed its interest in becoming an Alliance 8.7 pathfinder country in a letter "
    "to the Alliance 8.7 Secretariat in 2019 and held its national strategic planning workshop in "
    "Antananarivo on 9-11 March 2021. The National Roadmap for the Elimination of Child Labour, "
    "Forced Labour and Trafficking in Persons (2021-2026) was validated later that year. It is "
    "coordinated by the National Steering Committee (NSC), chaired by the Ministry of Labour, "
    "Employment, Public Service and Social Laws (MTEFPLS), with the National Office for the Fight "
    "against Trafficking in Persons (BNLTEH) as vice-chair.")
doc.para(
    "This report covers the third annual progress review. The review meeting brought together 74 "
    "participants from eleven ministries and national bodies, the Groupement des Entreprises de "
    "Madagascar (GEM), the Confederation of Malagasy Workers (CTM) and SEKRIMA, the ILO, UNICEF, "
    "IOM, UNODC, the Delegation of the European Union, the United States Department of Labor "
    "(USDOL), Walk Free, the University of Antananarivo and the Zazakely Rights Coalition. A "
    "delegation of Malawi's Ministry of Labour attended as peer-learning guests.")

doc.heading("2. Main results in 2025", 1)
doc.para(
    "The labour inspectorate carried out 1,284 inspections in 2025, 212 of them in the "
    "vanilla-growing districts of the SAVA region, and 486 children were withdrawn from hazardous "
    "work and referred to education or vocational training. Parliament adopted in April 2025 the "
    "amendments to Law No. 2014-040 on the fight against trafficking in persons, which extend the "
    "protection of victims who testify. The BNLTEH opened a second shelter for victims of "
    "trafficking in Toamasina in July 2025, and 62 labour inspectors were trained on the ILO "
    "indicators of forced labour.")
doc.para(
    "Progress was slower on the regulatory side. The revised list of hazardous work for children "
    "has been awaiting the Council of Ministers since 2023, and the cyclone season of early 2025 "
    "delayed the fieldwork of the second National Child Labour Survey (ENTE-2) by four months. "
    "Informal recruitment of Malagasy women for domestic work in Gulf states continues despite "
    "the suspension of departures decided in 2013 and lifted in 2019. Only 41 per cent of the "
    "roadmap's costed budget was funded in 2025.")

doc.heading("3. Status of roadmap actions", 1)
doc.para("Table 1 lists the roadmap actions due by 2025, their status at 31 October 2025 and the "
         "deadlines the NSC set for the actions still open.")
doc.para("<b>Table 1. Roadmap actions: status and new deadlines</b>", style="small")
t1 = [
    ["No.", "Roadmap action", "Lead", "Original deadline", "Status at 31/10/2025", "New deadline"],
    ["1.1", "Adoption of the revised list of hazardous work for children", "MTEFPLS", "2023",
     "Delayed: draft decree before the Council of Ministers", "Q2 2026"],
    ["1.2", "Publish the results of the second National Child Labour Survey (ENTE-2)",
     "INSTAT, MTEFPLS", "2024", "Delayed: fieldwork completed in August 2025", "Q1 2026"],
    ["1.3", "Establish a community-based child labour monitoring system (CLMS) in the SAVA region",
     "MTEFPLS, SAVA labour directorate", "2024", "On track: running in 4 of 9 districts",
     "End 2027 (all 9 districts)"],
    ["1.4", "Train labour inspectors on the ILO indicators of forced labour", "MTEFPLS, ILO", "2025",
     "Done: 62 inspectors trained", "-"],
    ["2.1", "Adopt the National Action Plan against Trafficking in Persons 2026-2030", "BNLTEH",
     "2025", "On track: validated by stakeholders in October 2025", "March 2026"],
    ["2.2", "Set up a national referral mechanism for victims of trafficking", "BNLTEH, MPPSPF",
     "2024", "Delayed: referral procedures still in draft", "Q4 2026"],
    ["2.3", "Sign bilateral agreements on the recruitment of domestic workers with Saudi Arabia and "
            "Kuwait", "MAE, MTEFPLS", "2024", "Delayed: negotiations ongoing with Kuwait", "2027"],
    ["3.1", "Extend the Vatsin'Ankohonana cash transfer programme to 20,000 additional households "
            "in child labour hotspots", "MPPSPF", "2025", "On track: 13,500 households enrolled",
     "June 2026"],
    ["3.2", "Ratification of the Violence and Harassment Convention, 2019 (No. 190)", "MTEFPLS, MAE",
     "2025", "Delayed: bill tabled in Parliament in September 2025", "First session of 2026"],
    ["3.3", "Launch a national awareness campaign on child labour in mica mining", "MTEFPLS, MMRS",
     "2025", "Done: launched on 12 June 2025", "-"],
]
doc.table(t1, ruled="rows", widths=[27, 150, 72, 50, 117, 68], font_size=8)
doc.para("Abbreviations: INSTAT, National Institute of Statistics; MAE, Ministry of Foreign Affairs; "
         "MJ, Ministry of Justice; MMRS, Ministry of Mines and Strategic Resources; MPPSPF, Ministry "
         "of Population, Social Protection and Promotion of Women.", style="small")

doc.heading("4. Timeline of the remaining actions, 2026-2027", 1)
doc.para("The NSC adopted the following timeline for the last year of the roadmap and the "
         "transition to its successor. The responsible bodies report to the NSC every quarter.")
doc.para("<b>Table 2. Timeline 2026-2027</b>", style="small")
X = "X"
t2 = [
    ["Activity", "Responsible", "Q1 2026", "Q2 2026", "Q3 2026", "Q4 2026", "2027"],
    ["Validation workshop on the ENTE-2 results", "INSTAT, MTEFPLS", X, "", "", "", ""],
    ["Adoption of the hazardous work list decree by the Council of Ministers", "MTEFPLS", "", X, "",
     "", ""],
    ["Extend the CLMS to the five remaining SAVA districts", "MTEFPLS, GEM, ILO", "", "", X, X, X],
    ["Train 120 labour inspectors and judicial police officers on the 2014 Protocol to the Forced "
     "Labour Convention", "MTEFPLS, MJ, UNODC", "", X, X, "", ""],
    ["Develop a pre-departure orientation curriculum for migrant domestic workers",
     "MTEFPLS, IOM", "", X, X, "", ""],
    ["Independent evaluation of the 2021-2026 roadmap", "NSC, ILO", "", "", X, "", ""],
    ["Drafting and validation of the 2027-2030 roadmap", "NSC", "", "", X, X, ""],
]
doc.table(t2, ruled="grid", widths=[190, 92, 42, 42, 42, 42, 36], font_size=8)

def _opening():
    doc.heading("5. Record of the review meeting", 1)
    doc.heading("5.1 Opening", 2)
    doc.para(
        "Ms Voahangy Randrianarisoa, Secretary-General of the MTEFPLS, opened the meeting on behalf "
        "of the Minister. She recalled that the current roadmap expires at the end of 2026. She "
        "stressed that the Government intends to adopt a successor roadmap for 2027-2030 before the "
        "end of 2026, with a stronger chapter on forced labour and labour migration.")


doc.keep_together(_opening)
doc.heading("5.2 Statements of partners", 2)
doc.para(
    "The ILO Country Director for Madagascar, Comoros, Mauritius and Seychelles welcomed the "
    "progress made on the CLMS in SAVA. He informed the meeting that the ILO would mobilise "
    "USD 1.2 million for the extension of the CLMS to the remaining districts through its SAVA "
    "Futures project.")
doc.para(
    "UNICEF stressed that birth registration remains a precondition for keeping children in "
    "school and out of work in the vanilla districts. It suggested that the CLMS be linked to the "
    "civil registration campaign of the Ministry of the Interior.")
doc.para(
    "The representative of IOM expressed concern at the number of young women recruited through "
    "informal intermediaries for domestic work in the Gulf states. She announced that IOM will "
    "open a migrant resource centre in Antananarivo in the first half of 2026.")
doc.para(
    "Speaking for the employers, GEM recalled that 31 vanilla exporters had signed the industry "
    "code of conduct in 2024. It pledged to bring all exporter members of its vanilla platform into "
    "the CLMS by the end of 2027.")
doc.para(
    "The delegate from the CTM took the floor on behalf of the workers' organisations. He asked why "
    "the hazardous work list had been blocked for more than two years. He called for the National "
    "Labour Council to be convened before the end of January 2026 to give its opinion on the draft "
    "decree. SEKRIMA supported the request and noted that no union had been consulted on the "
    "bilateral agreements with Gulf states.")
doc.para(
    "The representative of UNODC informed the meeting that 27 trafficking cases had been brought "
    "to court in 2025, against 11 in 2023. UNODC offered to train 40 prosecutors and judges on the "
    "amended Law No. 2014-040 in Q1 and Q2 2026.")
doc.para(
    "The Delegation of the European Union welcomed the draft National Action Plan against "
    "Trafficking in Persons and indicated that support to its implementation was being "
    "considered in the EU's programming for 2026-2027.")
doc.para(
    "Ms Hanitra Rasoanaivo, Executive Director of the Zazakely Rights Coalition, expressed concern "
    "that children withdrawn from mica mines in the Anosy region often return to work within "
    "months. She recommended that each child withdrawn be followed for at least twelve months by a "
    "social worker.")
doc.para(
    "Walk Free asked whether the ENTE-2 questionnaire would allow an estimate of forced labour of "
    "children. The Director-General of INSTAT responded that a forced labour module had been "
    "added in 2025 with ILO support and that its results would be published separately.")
doc.para(
    "The Director-General of the BNLTEH acknowledged the delays in the referral mechanism. He "
    "undertook to submit the draft referral procedures to the NSC by June 2026 and said the "
    "BNLTEH would open a third shelter in Mahajanga if funds allowed.")
doc.para(
    "USDOL noted that its funding of the SAVA child labour project ends in September 2026 and "
    "encouraged the Government to include the CLMS in the national budget.")
doc.para(
    "Mr Chikondi Banda, Director of Labour Services of Malawi, described Malawi's district child "
    "labour committees. He proposed a joint exchange visit of the two steering committees in early "
    "June 2026, which the MTEFPLS accepted.")
doc.para(
    "The representative of the University of Antananarivo informed the meeting that the "
    "university plans to launch a master's module on labour rights and human trafficking in the "
    "2026-2027 academic year.")

doc.heading("5.3 Discussion", 2)
doc.para(
    "In the discussion, several members regretted that the NSC met only twice in 2025. It was "
    "proposed that the NSC meet every quarter and that its technical secretariat circulate a "
    "dashboard of the roadmap indicators before each meeting. Participants recommended that the "
    "regional steering committees of SAVA and Anosy report to the NSC at least once a year. The "
    "meeting agreed to recommend that the successor roadmap include a costed plan for labour "
    "migration governance.")

doc.heading("6. Recommendations of the National Steering Committee", 1)
doc.para("Having considered the progress report and the statements of partners, the National "
         "Steering Committee recommends that:")
doc.bullets([
    "the Council of Ministers adopt the revised hazardous work list at its first session of 2026;",
    "the MTEFPLS convene the National Labour Council in January 2026 to examine the draft decree;",
    "the CLMS be financed from the national budget from FY2027 onward;",
    "the BNLTEH and the MPPSPF finalise the standard operating procedures of the national referral "
    "mechanism before the end of 2026;",
    "the successor roadmap 2027-2030 set targets for forced labour and labour migration and be "
    "validated at a national workshop in the fourth quarter of 2026.",
], marker="(a)")
doc.para(
    "The NSC further considers that development partners should align their projects on the "
    "roadmap's indicators and report on them through the NSC. The Ministry of Foreign Affairs "
    "should involve the social partners in the negotiation of the bilateral agreements on domestic "
    "workers. If additional funding is secured, the CLMS could also be extended to the Analanjirofo "
    "region.")

doc.heading("7. Next steps and key dates", 1)
doc.bullets([
    "24/02/2026: validation workshop on the ENTE-2 results, Antananarivo (INSTAT, MTEFPLS).",
    "Early June 2026: exchange visit of the steering committees of Madagascar and Malawi, Lilongwe.",
    "The NSC will hold its next ordinary meeting in the week of 16 March 2026.",
    "The fourth annual progress review is scheduled for November 2026 in Antananarivo.",
], marker="-")
doc.para("Contact: technical secretariat of the NSC, nsc-secretariat@example.org", style="small")

doc.save()
