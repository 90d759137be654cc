"""Sri Lanka pathfinder roadmap 2023-2026: mid-term review (July 2025).

A status table of the 2023 priority actions (achieved ones are background, not commitments),
a ruled table of revised and new actions with full-width priority rows (Action | Lead | Partners |
Revised deadline), prose on partners' support, and the stakeholders' review session with
statements from the floor and recommendations.
"""

from docgen import A4, Document

doc = Document("rm-midterm-review.pdf", size=A4, lang="en",
               header="Sri Lanka - Alliance 8.7 Pathfinder Roadmap 2023-2026 - Mid-term review",
               footer="National Steering Committee on Child Labour and Forced Labour, Colombo",
               page_numbers="Page {n} of {total}",
               title="Sri Lanka Pathfinder Roadmap 2023-2026: Mid-term Review")

doc.title("Sri Lanka Pathfinder Roadmap 2023\u20132026",
          subtitle="Mid-term review: status of priorities, revised actions and partners' support "
                   "(Colombo, July 2025)")

doc.heading("1. Background", level=1)
doc.para(
    "Sri Lanka joined Alliance 8.7 as a pathfinder country in 2018. Its national strategic planning "
    "workshop, held in Colombo on 14\u201315 November 2022, led to a roadmap validated by the National "
    "Steering Committee on Child Labour and Forced Labour (NSC) in February 2023. The roadmap sets "
    "four priority areas: (1) the legal and policy framework; (2) enforcement and labour inspection; "
    "(3) data and knowledge; and (4) protection of migrant workers and victims of trafficking.")
doc.para(
    "The mid-term review was carried out between March and May 2025 by the NSC secretariat in the "
    "Ministry of Labour (MoL), with the ILO Country Office for Sri Lanka and the Maldives. It drew on "
    "reports from 11 implementing agencies, 23 key informant interviews and a stakeholders' review "
    "session held at the BMICH in Colombo on 24 June 2025. The review took place against a difficult "
    "background: public spending on social programmes was cut by about a fifth in 2023, and several "
    "activities had to be re-costed. The last national survey counted some 41,000 children in child "
    "labour, two thirds of them in agriculture and domestic work.")

doc.heading("2. Status of the 2023 priority actions", level=1)
doc.para(
    "Of the fourteen actions in the 2023 roadmap, five have been achieved, four are on track and five "
    "are delayed. The table below lists the main ones; achieved actions are reported for the record "
    "and are not carried forward.")
doc.table([
    ["Priority action (2023 roadmap)", "Status at mid-term", "Comment"],
    ["Revision of the list of hazardous occupations for persons under 18",
     "Achieved", "Regulations gazetted in September 2024."],
    ["Training of 300 labour officers on the ILO forced labour indicators",
     "Achieved", "312 officers trained in 2023\u20132024, 38% of them women."],
    ["Designation of child labour focal points in all 25 District Secretariats",
     "Achieved", "Completed in March 2024."],
    ["Roll-out of the Labour Inspection Management System (LIMS)",
     "On track", "Live in 19 of 41 district labour offices."],
    ["Review of the licensing rules for foreign employment agencies",
     "On track", "Draft rules with the Legal Draftsman."],
    ["Ratification of the Domestic Workers Convention, 2011 (No. 189)",
     "Delayed", "Cabinet memorandum not yet submitted."],
    ["Second National Child Activity Survey",
     "Delayed", "Fieldwork postponed twice for lack of funds."],
    ["Shelters for survivors of trafficking (two planned)",
     "Delayed", "One shelter opened in Gampaha in 2024; the second not started."],
], ruled="rows", widths=[230, 80, 160])

doc.page_break()
doc.heading("3. Revised and new actions, 2025\u20132026", level=1)
doc.para(
    "The NSC adopted the following revised work plan on 8 July 2025. Actions marked (new) were added "
    "at the review; the deadlines of the others were revised. The lead agency is responsible to the "
    "NSC for each action.")
doc.table([
    ["Action", "Lead", "Partners", "Revised deadline"],
    ["Priority 1 \u2013 Legal and policy framework", "", "", ""],
    ["Deposit the instrument of ratification of the Domestic Workers Convention, 2011 (No. 189)",
     "MoL", "ILO, Ministry of Foreign Affairs", "By mid-2026"],
    ["Draft amendments to section 360C of the Penal Code to align the offence of trafficking with "
     "the Palermo Protocol", "Ministry of Justice (MoJ)", "UNODC, NAHTTF", "December 2025"],
    ["(new) Validate a National Action Plan against Forced Labour 2026\u20132030",
     "MoL", "ILO, EFC, trade unions", "Q2 2026"],
    ["Priority 2 \u2013 Enforcement and labour inspection", "", "", ""],
    ["Complete the roll-out of LIMS to all 41 district labour offices",
     "Department of Labour (DoL)", "ILO", "2025\u20132026"],
    ["(new) Carry out joint inspections of licensed foreign employment agencies",
     "SLBFE, DoL", "IOM", "Quarterly (ongoing)"],
    ["Train 150 police officers and state counsel on the investigation and prosecution of "
     "trafficking cases", "Sri Lanka Police, Attorney General's Department", "UNODC, IOM", "FY2026"],
    ["Priority 3 \u2013 Data and knowledge", "", "", ""],
    ["Carry out the fieldwork of the second National Child Activity Survey",
     "Department of Census and Statistics (DCS)", "ILO, UNICEF", "First half of 2026"],
    ["(new) Add a forced labour module to the Labour Force Survey",
     "DCS", "ILO", "Q4 2026"],
    ["Priority 4 \u2013 Protection of migrant workers and victims", "", "", ""],
    ["Open a second shelter for survivors of trafficking, in the Northern Province",
     "Ministry of Women, Child Affairs and Social Empowerment (MWCASE)", "IOM",
     "Before the end of 2025"],
    ["Extend the child labour free zone model from 6 to 12 districts",
     "MoL, District Secretariats", "UNICEF, ILO", "2026"],
    ["(new) Introduce a pre-departure module on forced labour risks for migrant domestic workers",
     "Sri Lanka Bureau of Foreign Employment (SLBFE)", "IOM, ILO", "Q1 2026"],
    ["Set up a national referral mechanism for victims of trafficking",
     "NAHTTF", "IOM, UNODC", "Within 18 months"],
    ["(new) Run a national awareness campaign on child labour in domestic work",
     "National Child Protection Authority (NCPA)", "UNICEF", "June 2026"],
], ruled="grid", widths=[215, 105, 85, 70],
    spans=[(0, 1, 3, 1), (0, 5, 3, 5), (0, 9, 3, 9), (0, 12, 3, 12)])
doc.para(
    "NAHTTF: National Anti-Human Trafficking Task Force. EFC: Employers' Federation of Ceylon. "
    "The Ministry of Finance has not yet confirmed the allocation for 2026.", style="small")

doc.heading("4. Support from partners", level=1)
doc.para(
    "Development and social partners confirmed or renewed their support at the review. The ILO will "
    "continue to provide technical support to the Department of Labour for the LIMS roll-out, and it "
    "intends to second a labour inspection specialist to the Department until December 2026. UNICEF "
    "and the ILO have committed to co-finance the second National Child Activity Survey; UNICEF is "
    "also expected to support the NCPA's awareness campaign planned for June 2026.")
doc.para(
    "Through its Colombo office, IOM plans to fund the fit-out of the second shelter and to train "
    "shelter staff in trauma-informed care. UNODC's next step is a training-of-trainers course for "
    "state counsel and police investigators, scheduled for the week of 13 October 2025 in Negombo. "
    "Walk Free looks forward to publishing a country brief on Sri Lanka once the survey results are "
    "out.")
doc.para(
    "Among the social partners, the Employers' Federation of Ceylon (EFC) expressed its readiness to "
    "extend its child labour due diligence guidance to member companies in the apparel and plantation "
    "sectors. The Ceylon Workers' Congress (CWC) undertook to set up child labour monitoring committees "
    "on 40 tea estates by mid-2026.")
doc.para(
    "Japan funded the first phase of LIMS between 2021 and 2023. The European Union is considering a "
    "follow-up contribution in the framework of its GSP+ dialogue with Sri Lanka, but no decision has "
    "been taken. If additional funds are found, the DCS would draw a district-level sample for the "
    "survey.")

doc.heading("5. Stakeholders' review session, 24 June 2025", level=1)
doc.para(
    "The session brought together 64 participants from government, employers' and workers' "
    "organisations, UN agencies and civil society. It was chaired by the Secretary of the Ministry of "
    "Labour, Ms. Dilrukshi Ranasinghe.")
doc.heading("Statements", level=2)
doc.para(
    "Opening the session, the Secretary recalled that the roadmap had been drafted before the economic "
    "crisis and that several of its costings no longer held. The ILO Country Office Director observed "
    "that a further delay of the survey would leave the roadmap without end-line data.")
doc.para(
    "Speaking for the employers, the EFC cautioned that small apparel suppliers could not absorb the "
    "cost of social audits without support. The representative of the Sri Lanka Nidahas Sevaka "
    "Sangamaya (SLNSS) asked whether domestic workers in private homes would fall within the scope of "
    "the joint inspections. IOM noted that returnee migrant workers increasingly reported deceptive "
    "recruitment by unlicensed sub-agents in their home districts.")
doc.para(
    "UNICEF stressed that the survey must capture children in home-based and informal work, not only "
    "those in establishments. For civil society, Child Rights Forum Lanka put forward the idea of "
    "linking the NCPA's 1929 child helpline to the LIMS case system, so that calls about working "
    "children reach labour officers directly.")
doc.heading("Recommendations", level=2)
doc.para("The session made the following recommendations to the NSC:")
doc.bullets([
    "It was recommended that the NSC meet quarterly rather than twice a year until the end of the "
    "roadmap.",
    "Participants urged the Ministry of Finance to ring-fence a budget line for the roadmap in the "
    "2026 national budget.",
    "The MoL should consider publishing a short annual progress note in Sinhala, Tamil and English.",
    "Link the 1929 child helpline to the LIMS case system.",
    "Extend the roadmap period to December 2027 to make up for the delays.",
    "Involve District Secretariats in the design of the national referral mechanism.",
], marker="(a)")
doc.heading("Closing", level=2)
doc.para(
    "In closing, the Secretary stated that the Ministry's next step is to submit the revised roadmap to "
    "the Cabinet of Ministers for endorsement before the end of September 2025. The Government is to "
    "report on the revised actions at the Alliance 8.7 Global Coordinating Group meeting in November "
    "2025. The NSC will next meet in Colombo in December 2025.")

doc.heading("Annex 1. Key dates", level=1)
doc.table([
    ["Date", "Meeting", "Venue"],
    ["24/06/2025", "Stakeholders' review session of the roadmap (held)", "BMICH, Colombo"],
    ["Week of 13 October 2025", "UNODC training-of-trainers course on trafficking investigations",
     "Negombo"],
    ["November 2025", "Alliance 8.7 Global Coordinating Group meeting", "Online"],
    ["December 2025", "NSC meeting (first of the quarterly cycle, if adopted)", "Colombo"],
    ["19/03/2026", "Validation workshop on the National Action Plan against Forced Labour "
     "2026\u20132030", "Kandy"],
    ["Early June 2026", "Launch of the awareness campaign on child labour in domestic work, ahead of "
     "the World Day Against Child Labour (12 June)", "Colombo"],
], ruled="none", widths=[110, 280, 90])

doc.heading("Annex 2. Institutions at the review session", level=1)
doc.para(
    "Ministry of Labour; Department of Labour; Ministry of Justice; Ministry of Foreign Affairs; "
    "Ministry of Finance; Ministry of Women, Child Affairs and Social Empowerment; Department of Census "
    "and Statistics; Sri Lanka Bureau of Foreign Employment; National Child Protection Authority; "
    "National Anti-Human Trafficking Task Force; Sri Lanka Police; Attorney General's Department; "
    "Employers' Federation of Ceylon; Planters' Association of Ceylon; Ceylon Workers' Congress; Sri "
    "Lanka Nidahas Sevaka Sangamaya; Child Rights Forum Lanka; ILO; UNICEF; IOM; UNODC; Walk Free; "
    "Delegation of the European Union to Sri Lanka and the Maldives.", style="small")

doc.save()
