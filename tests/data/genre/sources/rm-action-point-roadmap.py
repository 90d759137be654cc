"""Viet Nam pathfinder roadmap 2024-2026: action points (unruled table), timeline, roles, workshop.

Fictional document for the kg87 evaluation corpus (dev split). Run from this folder:
    ../../../../.docgen/bin/python rm-action-point-roadmap.py
"""

from docgen import A4, Document

doc = Document("rm-action-point-roadmap.pdf", size=A4, lang="en",
               header="Alliance 8.7 Pathfinder Country Roadmap - Viet Nam 2024-2026",
               footer="Roadmap 2024-2026: action points (version for publication)",
               page_numbers="{n}", title="Viet Nam - Alliance 8.7 Pathfinder Country Roadmap 2024-2026")

doc.title("Viet Nam: Alliance 8.7 Pathfinder Country Roadmap 2024-2026",
          subtitle="Action points, timeline and responsibilities - approved by the National Steering "
                   "Committee on 29 April 2024")

with doc.box("At a glance"):
    doc.table([
        ["Lead ministry", "Ministry of Labour, Invalids and Social Affairs (MOLISA)"],
        ["Letter of interest", "15 August 2022"],
        ["Strategic planning workshop", "Hanoi, 10-11 October 2023"],
        ["Validation workshop", "Hanoi, 21 March 2024"],
        ["Period covered", "May 2024 - December 2026"],
        ["Contact", "pathfinder.vietnam@example.org"],
    ], ruled="none", header=False, widths=[130, 320], font_size=9)

doc.heading("1. Background", level=1)
doc.para("Viet Nam confirmed its wish to become an Alliance 8.7 pathfinder country in a letter to the "
         "Alliance 8.7 Secretariat dated 15 August 2022. The national strategic planning workshop, held "
         "in Hanoi on 10-11 October 2023 with 120 participants from government, social partners, civil "
         "society and development partners, identified four priority outcomes. Viet Nam presented its "
         "draft priorities at the seventh meeting of the Alliance 8.7 Migration Action Group (Dakar, "
         "14-15 November 2023) and at the Asia-Pacific pathfinder exchange held in Bangkok on "
         "4-5 December 2023. The draft roadmap was validated at a national workshop in Hanoi on "
         "21 March 2024 and approved by the National Steering Committee on 29 April 2024.")
doc.para("The roadmap builds on a solid legal base. Viet Nam ratified the Forced Labour Convention, 1930 "
         "(No. 29) in 2007 and the Abolition of Forced Labour Convention, 1957 (No. 105) in 2020, and has "
         "ratified both fundamental Conventions on child labour (Nos. 138 and 182). The Labour Code of "
         "2019 and the Law on Vietnamese Workers Working Abroad under Contracts of 2020 prohibit the "
         "retention of identity documents and limit the fees that may be charged to migrant workers.")
doc.para("Challenges remain. The 2018 National Child Labour Survey estimated that 5.4 per cent of "
         "children aged 5-17 were in child labour, more than half of them in agriculture, forestry and "
         "fishery. Some 150,000 Vietnamese workers went abroad under contract in 2023, mainly to Japan "
         "and the Republic of Korea, and many of them paid fees well above the legal ceiling. Japan has "
         "announced that its Technical Intern Training Programme will be replaced by a new Employment for "
         "Skill Development system by 2027, which will change recruitment channels for Vietnamese workers.")

doc.heading("2. Priority outcomes", level=1)
doc.para("Drawing on the planning workshop, the roadmap sets four priority outcomes for 2024-2026:")
doc.bullets([
    "Outcome 1: a legal and policy framework on forced labour, child labour and fair recruitment fully "
    "aligned with international labour standards;",
    "Outcome 2: stronger labour inspection and law enforcement in high-risk sectors;",
    "Outcome 3: safe migration and fair recruitment of Vietnamese workers going abroad;",
    "Outcome 4: fewer children in child labour in agriculture and supply chains, through better data, "
    "education and social protection.",
], marker="bullet")

doc.heading("3. Action points", level=1)
doc.para("The table sets out the action points agreed for each outcome, the national bodies responsible "
         "and the deadline. Development partners' support is described in section 5.")
rows = [
    ["Outcome", "Action", "Responsible", "Deadline"],
    ["1. Legal and policy framework",
     "1.1 Issue a decree capping the service fees that licensed enterprises may charge to workers going "
     "abroad", "MOLISA (DOLAB); MOJ", "Q4 2024"],
    ["", "1.2 Submit the 2014 Protocol to the Forced Labour Convention, 1930 to the National Assembly "
         "for ratification", "MOLISA; MOFA; OOG", "By end-2025"],
    ["", "1.3 Revise the list of heavy, hazardous and dangerous jobs prohibited for workers under 18",
     "MOLISA; MOH", "2025"],
    ["", "1.4 Adopt implementing guidance for the revised Law on Prevention and Combat of Human "
         "Trafficking", "MPS; MOLISA; MOJ", "Within six months of the Law's adoption"],
    ["2. Labour inspection and enforcement",
     "2.1 Train 500 labour inspectors on forced labour indicators and child labour in informal "
     "workplaces", "MOLISA Inspectorate; provincial DOLISAs", "2024-2025"],
    ["", "2.2 Carry out joint inspections of garment, seafood-processing and brick-making workplaces",
     "MOLISA Inspectorate; MPS", "Annually from Q1 2025"],
    ["", "2.3 Set up an electronic case-management database for forced labour and trafficking cases",
     "MPS; MOLISA", "FY2025"],
    ["3. Safe migration and fair recruitment",
     "3.1 Publish online the list of licensed recruitment enterprises and their service-fee schedules",
     "DOLAB", "Q3 2024"],
    ["", "3.2 Introduce a compulsory pre-departure orientation module on forced labour risks and "
         "complaint channels", "DOLAB; MOFA", "By mid-2025"],
    ["", "3.3 Open Migrant Worker Resource Centres in five additional provinces",
     "MOLISA; provincial People's Committees", "2026"],
    ["", "3.4 Set up a joint working group on fair recruitment with the Republic of Korea",
     "MOLISA; MOFA", "Second half of 2025"],
    ["4. Child labour, data and supply chains",
     "4.1 Conduct the second National Child Labour Survey", "GSO; MOLISA", "2025"],
    ["", "4.2 Include child labour clauses in the national sustainability standards for coffee, pepper "
         "and seafood", "MARD; MOIT", "2026"],
    ["", "4.3 Extend school meals and conditional cash transfers to 20 highland districts with high child "
         "labour prevalence", "MOET; MOLISA", "2025-2026"],
    ["", "4.4 Launch a national awareness campaign on child labour for parents and employers in craft "
         "villages", "MOLISA; MIC", "12/06/2025"],
]
doc.table(rows, ruled="none", widths=[92, 218, 100, 65], font_size=8.5,
          spans=[(0, 1, 0, 4), (0, 5, 0, 7), (0, 8, 0, 11), (0, 12, 0, 15)])
doc.spacer(6)

def next_steps():
    doc.heading("4. Next steps and timeline", level=1)
    doc.para("The Government will take the following next steps to put the roadmap into operation.")
    doc.table([
        ["Step", "When"],
        ["Official launch of the roadmap on the World Day Against Child Labour", "12 June 2024"],
        ["Establishment of the Pathfinder Technical Working Group under the National Steering Committee",
         "Q3 2024"],
        ["Adoption of a costed work plan for 2025", "December 2024"],
        ["Resource mobilisation round table with development partners", "Early March 2025"],
        ["First annual progress report to the Alliance 8.7 Secretariat", "By mid-2025"],
        ["Mid-term review workshop", "Second half of 2025"],
        ["Final evaluation and preparation of the next roadmap", "Q4 2026"],
    ], ruled="rows", widths=[360, 115], font_size=9)


doc.keep_together(next_steps)
doc.spacer(6)

doc.heading("5. Roles and responsibilities", level=1)
doc.heading("National bodies", level=2)
doc.para("The Ministry of Labour, Invalids and Social Affairs (MOLISA) will chair the Pathfinder Technical "
         "Working Group. It will report to the National Steering Committee on progress every six months. "
         "MOLISA's pledge to publish the decree capping service fees before the end of 2024 was "
         "reaffirmed by the Vice-Minister at the validation workshop.")
doc.para("The MOLISA Inspectorate shall double the share of inspections targeting high-risk sectors by "
         "2026. The Department of Overseas Labour (DOLAB) is expected to complete the online register of "
         "licensed recruitment enterprises by Q3 2024, and it will also audit the fee schedules of the "
         "largest enterprises each year.")
doc.para("The General Statistics Office (GSO) plans to field the second National Child Labour Survey in "
         "the second half of 2025, with results due in 2026. The Ministry of Public Security (MPS) intends "
         "to create specialised anti-trafficking units in 10 border provinces before the end of 2025. The "
         "Ministry of Education and Training (MOET) aims to reduce school drop-out among children aged "
         "11-14 in the target districts by a third by 2026. The Ministry of Agriculture and Rural "
         "Development (MARD) is determined to make child-labour-free production a condition of its "
         "support to export cooperatives.")
doc.para("Should additional funding become available, MOLISA could extend the Migrant Worker Resource "
         "Centres to all 63 provinces. MOLISA has called on development partners to align their "
         "programmes with the roadmap priorities.")

doc.heading("Social partners and civil society", level=2)
doc.para("The Viet Nam General Confederation of Labour (VGCL) has committed to running the Migrant Worker "
         "Resource Centres in the five new provinces. The Viet Nam Chamber of Commerce and Industry (VCCI) "
         "pledged to train 300 member enterprises in the seafood and garment sectors on forced labour "
         "risk assessment by the end of 2025. Both VGCL and VCCI will designate focal points to the "
         "Pathfinder Technical Working Group by Q3 2024.")
doc.para("The Viet Nam Association of Manpower Supply (VAMAS) undertook to apply a code of conduct banning "
         "recruitment fees to all its member enterprises from 2025. Blue Dragon Children's Foundation "
         "aims to provide reintegration support to 400 child and adult survivors of trafficking each year.")

doc.heading("Development partners", level=2)
doc.para("The ILO will provide technical support for the ratification of the 2014 Protocol. It will also "
         "co-finance the training of 500 labour inspectors in 2024-2025. UNICEF undertook to support MOET "
         "in extending school meals to the 20 highland districts. IOM commits itself to co-developing the "
         "pre-departure orientation module with DOLAB and VAMAS by mid-2025. UNODC plans to train MPS "
         "investigators on financial investigations in trafficking cases in 2025.")
doc.para("The representative of Australia indicated that her Government intends to fund the Migrant "
         "Worker Resource Centres through its bilateral programme until 2026. The Republic of Korea was "
         "reported to be reviewing the quotas of its Employment Permit System for 2025.")

doc.heading("6. Recommendations of the validation workshop", level=1)
doc.para("The national validation workshop (Hanoi, 21 March 2024) brought together 95 participants from "
         "ministries, provincial authorities, VGCL, VCCI, VAMAS, civil society, the ILO, UNICEF, IOM and "
         "UNODC. Opening the workshop, the Vice-Minister of Labour, Invalids and Social Affairs stressed "
         "that the roadmap translated Viet Nam's international commitments into concrete measures with "
         "clear deadlines.")
doc.para("In the discussion, the ILO Country Director noted that fair recruitment had become a shared "
         "priority of countries of origin and destination. VGCL asked whether the roadmap budget would "
         "cover the operating costs of the resource centres. Speaking on behalf of employers, VCCI "
         "stressed that small suppliers needed practical tools rather than new reporting obligations. "
         "Blue Dragon Children's Foundation drew attention to the growing number of young people recruited "
         "online for forced criminality in scam centres abroad.")
doc.para("The workshop made the following recommendations, which the drafting team has reflected in the "
         "action points where possible:")
doc.bullets([
    "Expedite the adoption of the decree capping service fees so that it enters into force before the "
    "end of 2024.",
    "Involve VGCL and VCCI in the design of the joint inspection programme.",
    "Extend the scope of the second National Child Labour Survey to cover forced labour of children "
    "and adults.",
    "Establish a single hotline for reporting child labour, forced labour and trafficking, building on "
    "the 111 child helpline.",
    "Train labour inspectors on forced labour indicators, including in the fishing sector.",
    "Ensure that returning migrant workers who were victims of forced labour have access to "
    "reintegration services and legal aid.",
    "Allocate a dedicated budget line for the roadmap in the state budget from FY2025.",
    "Report progress every year at the meetings of the Alliance 8.7 Global Coordinating Group.",
], marker="1.")

doc.heading("7. Coordination, monitoring and reporting", level=1)
doc.para("The National Steering Committee will meet twice a year to review progress on the roadmap, on "
         "the basis of six-monthly reports prepared by the Pathfinder Technical Working Group. Provincial "
         "People's Committees in the 20 target provinces are expected to designate a focal point for "
         "child labour and forced labour by the end of 2024.")
doc.para("Progress will be measured against the indicators of the National Programme on Child Labour "
         "Prevention and Reduction and of the national action plan against trafficking in persons. The "
         "Institute of Labour Science and Social Affairs (ILSSA) will carry out an independent mid-term "
         "review of the roadmap in the second half of 2025.")

doc.heading("8. Indicative budget", level=1)
doc.para("The total cost of the roadmap for 2024-2026 is estimated at USD 14.2 million. The Government has "
         "committed to covering at least 55 per cent of this amount from the state budget; the balance is "
         "expected from development partners and the private sector.")
doc.table([
    ["Outcome", "Estimated cost (USD million)", "State budget (USD million)", "Partners (USD million)"],
    ["1. Legal and policy framework", "1.6", "1.1", "0.5"],
    ["2. Labour inspection and enforcement", "3.9", "2.4", "1.5"],
    ["3. Safe migration and fair recruitment", "4.3", "2.0", "2.3"],
    ["4. Child labour, data and supply chains", "4.4", "2.4", "2.0"],
    ["Total", "14.2", "7.9", "6.3"],
], ruled="rows", widths=[190, 95, 95, 95], font_size=8.5)
doc.spacer(6)

doc.heading("9. Risks and mitigation", level=1)
doc.table([
    ["Risk", "Mitigation"],
    ["Delay in the adoption of the decree on service fees",
     "If the decree is delayed, DOLAB would issue interim guidance to licensed enterprises."],
    ["High turnover of labour inspectors",
     "Training modules could be integrated into the induction course of new inspectors."],
    ["Shortfall in partner funding",
     "Activities under Outcome 4 might be phased over a longer period."],
], ruled="rows", widths=[170, 305], font_size=8.5)
doc.spacer(6)

doc.page_break()
doc.heading("Annex: Acronyms", level=1)
doc.table([
    ["Acronym", "Name"],
    ["DOLAB", "Department of Overseas Labour (MOLISA)"],
    ["DOLISA", "Department of Labour, Invalids and Social Affairs (provincial)"],
    ["GSO", "General Statistics Office"],
    ["ILSSA", "Institute of Labour Science and Social Affairs"],
    ["MARD", "Ministry of Agriculture and Rural Development"],
    ["MIC", "Ministry of Information and Communications"],
    ["MOET", "Ministry of Education and Training"],
    ["MOFA", "Ministry of Foreign Affairs"],
    ["MOH", "Ministry of Health"],
    ["MOIT", "Ministry of Industry and Trade"],
    ["MOJ", "Ministry of Justice"],
    ["MOLISA", "Ministry of Labour, Invalids and Social Affairs"],
    ["MPS", "Ministry of Public Security"],
    ["OOG", "Office of the Government"],
    ["VAMAS", "Viet Nam Association of Manpower Supply"],
    ["VCCI", "Viet Nam Chamber of Commerce and Industry"],
    ["VGCL", "Viet Nam General Confederation of Labour"],
], ruled="none", widths=[70, 330], font_size=8.5)

doc.save()
