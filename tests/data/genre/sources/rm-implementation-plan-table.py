"""Malawi pathfinder roadmap 2025-2028: implementation plan with tables by priority area (fictional)."""

from reportlab.lib.units import mm

from docgen import A4, Document

doc = Document("rm-implementation-plan-table.pdf", size=A4, lang="en",
               header="Government of Malawi | Alliance 8.7 Pathfinder Roadmap 2025\u20132028: Implementation Plan",
               footer="Ministry of Labour, Lilongwe \u2013 version of 14 November 2025",
               page_numbers="Page {n} of {total}",
               title="Malawi Pathfinder Roadmap 2025-2028: Implementation Plan")

doc.title("Malawi Pathfinder Roadmap 2025\u20132028: Implementation Plan",
          subtitle="Ending child labour, forced labour and trafficking in persons (SDG Target 8.7) "
                   "\u2013 prepared by the National Steering Committee, November 2025")

with doc.box("At a glance"):
    doc.bullets([
        "Alliance 8.7 pathfinder country since 2023",
        "Roadmap period: July 2025 to June 2028 (aligned with the Government fiscal year)",
        "Children aged 5\u201317 in child labour: 38 per cent (National Child Labour Survey, 2015)",
        "Trafficking cases investigated in 2024: 112, of which 31 reached court (Malawi Police Service)",
        "Lead ministry: Ministry of Labour (MoL), which also hosts the Secretariat of the National "
        "Steering Committee (NSC)",
    ], marker="bullet", style="small")

doc.heading("1. Background", level=1)
doc.para(
    "Malawi has long recognised child labour as a development problem rooted in rural poverty, low "
    "school completion and the seasonal labour demands of tobacco and tea production. The 2015 National "
    "Child Labour Survey found that 38 per cent of children aged 5\u201317 were in child labour, more than "
    "half of them in hazardous work on farms. Trafficking in persons, within the country and towards "
    "Mozambique, Zambia and South Africa and, increasingly, towards Oman and other Gulf States, has become "
    "a growing concern since the adoption of the Trafficking in Persons Act in 2015.")
doc.para(
    "Malawi ratified the Minimum Age Convention, 1973 (No. 138) and the Worst Forms of Child Labour "
    "Convention, 1999 (No. 182) in 1999, and has long been a party to the Forced Labour Convention, 1930 "
    "(No. 29) and the Abolition of Forced Labour Convention, 1957 (No. 105). In a letter of interest sent "
    "to the Alliance 8.7 Secretariat in March 2023, the Minister of Labour expressed Malawi's wish to "
    "become a pathfinder country and to go further and faster towards Target 8.7.")
doc.para(
    "Zambia, which borders the main tobacco districts, is preparing its own national action plan on child "
    "labour; the two labour ministries exchange information through the Southern African Development "
    "Community (SADC) Employment and Labour Sector.")

doc.heading("2. What has been done, 2023\u20132025", level=1)
doc.bullets([
    "A national strategic planning workshop held in Lilongwe on 9\u201311 October 2024 brought together "
    "96 participants and agreed on four priority areas.",
    "The roadmap was validated at a national workshop in Mangochi on 3\u20134 April 2025 and launched by "
    "the Minister of Labour on World Day Against Child Labour, 12 June 2025, in Lilongwe.",
    "The Ministry of Labour recruited 45 labour inspectors in 2024, bringing the inspectorate to 212 "
    "officers for 28 districts.",
    "The Tripartite Labour Advisory Council (TLAC) validated a draft revised hazardous work list on "
    "22 July 2025.",
    "Community child labour committees were set up in 34 villages of Kasungu and Mchinji with support "
    "from the ILO and the Chisomo Children's Network (CCN).",
    "Malawi took part in the 5th Global Conference on the Elimination of Child Labour (Durban, South "
    "Africa, 15\u201320 May 2022) and endorsed the Durban Call to Action.",
])
doc.para("Through this roadmap, Malawi is determined to halve the share of children aged 5\u201317 in child "
         "labour by 2028. The roadmap commits Malawi to four priority areas:")
doc.bullets([
    "strengthening the legal and policy framework, including the ratification of outstanding ILO "
    "instruments;",
    "preventing child labour through education and social protection;",
    "enforcing the law and protecting and assisting victims;",
    "promoting responsible business conduct in agricultural supply chains and improving data and "
    "coordination.",
], marker="1.")
doc.para(
    "Beyond the activities in section 4, the Government undertook to: (a) allocate at least MWK 1.5 "
    "billion a year to the roadmap from the 2026/27 budget; (b) recruit 60 additional labour inspectors "
    "by mid-2026; (c) report every year to the Alliance 8.7 on progress against the indicators of this "
    "plan.")

doc.heading("3. Views expressed at the validation workshop", level=1)
doc.para(
    "The draft plan was discussed at the national validation workshop in Mangochi (74 participants). "
    "Statements are summarised in the order in which they were made.")
TURNS = [
    "Opening the workshop, the Principal Secretary for Labour recalled that nine in ten working children "
    "are found in agriculture. She announced that the Ministry would table the revised hazardous work list "
    "before Parliament's next sitting.",
    "Speaking for the workers, the Malawi Congress of Trade Unions (MCTU) regretted that tenants on tobacco "
    "estates remained largely outside the reach of labour inspection. It proposed that the Employment Act "
    "be amended to cover tenancy arrangements explicitly, and undertook to train 200 shop stewards as child "
    "labour monitors by 2027.",
    "For the employers, the Employers' Consultative Association of Malawi (ECAM) said that most large "
    "estates already had child labour policies but that smallholders did not. Its President indicated that "
    "ECAM intends to extend its code of conduct to tea estates in the Thyolo and Mulanje districts during "
    "2026.",
    "On behalf of the UN country team, UNICEF welcomed the emphasis on education. It suggested linking the "
    "Social Cash Transfer Programme to school attendance monitoring, and asked whether the plan had been "
    "costed by the Ministry of Finance.",
    "The representative of the ILO noted that the last national child labour survey dated from 2015. He "
    "confirmed that the ILO has committed to financing the fieldwork of the third National Child Labour "
    "Survey in 2026.",
    "IOM drew attention to the recruitment of young Malawian women for domestic work in Oman and other "
    "Gulf States. It recommended that the Ministry of Labour regulate private employment agencies "
    "recruiting for work abroad. It also urged the Government to apply the ILO General Principles and "
    "Operational Guidelines for Fair Recruitment.",
    "The Tobacco Commission said that it plans to make a child-labour-free declaration a condition of "
    "grower registration from the 2026/27 marketing season.",
    "The Malawi Police Service (MPS) reported that 112 trafficking cases were investigated in 2024. Its "
    "representative wished to see a dedicated prosecution desk for trafficking cases in each regional "
    "police office.",
    "A representative of the Chisomo Children's Network (CCN) asked how community child labour committees "
    "would be funded once project support ends. If resources allow, CCN would train the committees in Dowa "
    "itself.",
    "The Centre for Social Research (CSR) of the University of Malawi put forward the idea of a national "
    "data dashboard on child labour and trafficking, hosted by the NSO.",
    "In the general discussion, it was suggested that district labour offices receive motorcycles so that "
    "inspectors can reach remote estates.",
    "Closing the workshop, the Chair of the NSC thanked participants and said that their comments had "
    "been reflected in the plan presented below.",
]
for turn in TURNS:  # a speaker turn never breaks across pages
    doc.keep_together(lambda turn=turn: doc.bullets([turn], marker="-"))

doc.heading("4. Implementation plan by priority area", level=1)
doc.para(
    "The tables below set out, for each priority area, the expected outcomes, the activities, the lead "
    "institution and its partners, the timeline and the status at 31 October 2025. Timelines follow the "
    "Government fiscal year (July to June) unless a quarter is given. The lead is the institution "
    "accountable for delivery; a status of \u201cNot started\u201d does not mean that an activity has been "
    "dropped.")

HEAD = ["Outcome", "Activity", "Lead", "Partners", "Timeline", "Status (31 October 2025)"]
W = [28 * mm, 46 * mm, 20 * mm, 22 * mm, 19 * mm, 35 * mm]


def plan_table(heading, rows, spans):
    def build():
        doc.heading(heading, level=2)
        doc.table([HEAD] + rows, ruled="grid", widths=W, spans=spans, font_size=8)
        doc.spacer(6)
    doc.keep_together(build)


plan_table("Priority area 1: Legal and policy framework", [
    ["1.1 National law aligned with ILO standards on child labour, forced labour and domestic work",
     "Deposit the instrument of ratification of the Domestic Workers Convention, 2011 (No. 189)",
     "MoL", "MoJ, MoFA, ILO", "Q4 2026",
     "Under way: Cabinet approved ratification on 28 August 2025; instrument with MoFA."],
    ["", "Revise the list of hazardous work prohibited for children to cover tobacco, tea, fishing and "
         "domestic work", "MoL", "ECAM, MCTU, ILO", "FY2025/26",
     "Done: draft validated by TLAC on 22 July 2025; gazetting pending."],
    ["", "Amend the Trafficking in Persons Act, 2015 to cover online recruitment and forced criminality",
     "MoHS", "MoJ, UNODC, IOM", "By mid-2027",
     "Under way: regional consultations held in Blantyre and Mzuzu in July 2025."],
    ["1.2 Policies and plans adopted and costed",
     "Adopt and cost the National Action Plan on Child Labour 2026\u20132030", "MoL",
     "NSC members, UNICEF, ILO", "Q2 2026", "Under way: zero draft shared with the NSC on 30 September 2025."],
    ["", "Adopt a National Plan of Action against Trafficking in Persons 2026\u20132029", "MoHS",
     "IOM, UNODC, CCN", "FY2026/27", "Not started; depends on the amendment of the Act."],
], spans=[(0, 1, 0, 3), (0, 4, 0, 5)])

plan_table("Priority area 2: Prevention through education and social protection", [
    ["2.1 Children at risk enrolled and kept in school",
     "Enrol 15,000 children withdrawn from child labour in complementary basic education centres",
     "MoE", "UNICEF, CCN", "2025\u20132028", "Under way: 4,120 children enrolled by 30 September 2025."],
    ["", "Extend school meals to 150 primary schools in Kasungu, Mchinji, Dowa and Mulanje", "MoE", "WFP",
     "2026\u20132028", "Not started; funding proposal submitted to WFP."],
    ["", "Integrate child labour and child protection into the pre-service curriculum of teacher training "
         "colleges", "MoE", "MoL, UNICEF", "2027", "Not started."],
    ["2.2 Vulnerable households protected and communities mobilised",
     "Extend the Social Cash Transfer Programme to 20,000 additional households in tobacco- and "
     "tea-growing districts", "MoGCDSW", "World Bank, UNICEF", "2026\u20132027",
     "Targeting completed in Kasungu; payments can start in Q1 2026 if the World Bank disbursement is "
     "approved."],
    ["", "Establish 60 community child labour committees and train them on referral", "District councils",
     "CCN, MCTU, ILO", "2025\u20132027", "Under way: 34 committees set up (see section 2)."],
    ["", "Run a national awareness campaign on child labour and trafficking every year around 12 June "
         "and 30 July", "MoL", "MoID, MCTU, ECAM", "Every year, 2025\u20132028",
     "2025 edition held; radio spots broadcast in Chichewa and Tumbuka."],
], spans=[(0, 1, 0, 3), (0, 4, 0, 6)])

plan_table("Priority area 3: Enforcement, protection and assistance to victims", [
    ["3.1 Stronger labour inspection and law enforcement",
     "Train 300 labour inspectors and police officers on forced labour and child labour indicators",
     "MoL", "MPS, ILO", "By 2027", "Under way: first cohort of 48 trained in Salima in August 2025."],
    ["", "Introduce an electronic labour inspection case management system in all district labour offices",
     "MoL", "ILO", "2026\u20132027", "Procurement launched in October 2025."],
    ["", "Create a specialised anti-trafficking unit in the Malawi Police Service", "MPS", "MoHS, UNODC",
     "Q3 2026", "Terms of reference approved by the Inspector General."],
    ["3.2 Victims identified, protected and assisted",
     "Open two additional shelters for survivors of trafficking in the Northern and Southern Regions",
     "MoGCDSW", "IOM, CCN", "By end-2026", "Site identified in Mzuzu; Southern Region site not yet found."],
    ["", "Make the Trafficking in Persons Fund operational for victim assistance and compensation", "MoHS",
     "MoJ, UNODC", "FY2026/27", "Not started."],
    ["", "Extend the toll-free child helpline (116) to all 28 districts", "MoGCDSW", "UNICEF, CCN",
     "2025\u20132026", "Under way: the helpline now covers 19 districts."],
], spans=[(0, 1, 0, 3), (0, 4, 0, 6)])

plan_table("Priority area 4: Responsible business, data and coordination", [
    ["4.1 Responsible business conduct in agricultural supply chains",
     "Develop codes of conduct on child labour and forced labour for tobacco and tea estates", "ECAM",
     "MCTU, TAMA, ILO", "2026", "Tea sector zero draft discussed with 12 estates in September 2025."],
    ["", "Make a child-labour-free declaration a condition of tobacco grower registration", "TC",
     "MoA, ECAM", "From the 2026/27 marketing season", "Regulations being drafted."],
    ["", "Train shop stewards as child labour monitors on tobacco and tea estates", "MCTU",
     "ITUC-Africa, ILO", "2025\u20132027", "Curriculum ready; first training in Thyolo planned for "
                                           "January 2026."],
    ["4.2 Reliable data and effective coordination",
     "Conduct the third National Child Labour Survey, with a forced labour module", "NSO",
     "MoL, ILO, UNICEF, CSR", "Fieldwork Q3 2026; report by Q2 2027",
     "Questionnaire design under way; ILO funding for fieldwork confirmed."],
    ["", "Set up a national data dashboard on child labour and trafficking hosted by the NSO", "NSO",
     "CSR, UNICEF", "2027", "Not started."],
    ["", "Produce an annual progress report and share it with the Alliance 8.7 Secretariat",
     "NSC Secretariat (MoL)", "All lead institutions", "Every June, 2026\u20132028",
     "First report due in June 2026."],
], spans=[(0, 1, 0, 3), (0, 4, 0, 6)])

_count = [0]


def numbered(heading, items):
    """A heading and its numbered items, the numbering running on across the headings of section 5."""
    def build():
        doc.heading(heading, level=3)
        for item in items:
            _count[0] += 1
            doc.bullets([item], marker=f"{_count[0]}.", indent=20)
    doc.keep_together(build)


doc.heading("5. Recommendations of the National Steering Committee", level=1)
doc.para(
    "At its fourth meeting, held in Lilongwe on 16 October 2025, the National Steering Committee reviewed "
    "this plan and adopted the following recommendations to ministries and partners.")
numbered("To the Ministry of Finance and Economic Affairs (MoFEA)", [
    "Ring-fence a roadmap budget line in the 2026/27 national budget, starting with the labour "
    "inspectorate and the child helpline.",
])
numbered("To the Ministry of Labour (MoL)", [
    "Give priority to training labour inspectors on forced labour indicators, and deploy them to estates "
    "during the tobacco marketing season.",
    "Regulate private employment agencies recruiting for work abroad and publish the list of licensed "
    "agencies every quarter.",
])
numbered("To the Ministry of Gender, Community Development and Social Welfare (MoGCDSW) and the "
         "Ministry of Education (MoE)", [
    "The NSC recommends that the Social Cash Transfer Programme be linked to school attendance "
    "monitoring in the four pilot districts.",
    "Include a module on child labour in the pre-service curriculum of teacher training colleges.",
])
numbered("To the Ministry of Homeland Security (MoHS) and Parliament", [
    "Conclude memoranda of understanding with Mozambique and Zambia on the safe return of trafficking "
    "victims.",
    "The Parliamentary Committee on Social and Community Affairs should fast-track the amendment of the "
    "Trafficking in Persons Act.",
])
numbered("To all ministries and district councils", [
    "Every ministry should designate a child labour focal point who reports to the NSC each quarter.",
    "District councils should include child labour indicators in their district development plans.",
])
numbered("To the social partners and development partners", [
    "ECAM and MCTU are encouraged to negotiate a collective agreement for the tea sector that includes "
    "child labour and forced labour clauses.",
    "Development partners are invited to align their support with the four priority areas and to report "
    "their funding to the NSC Secretariat each year.",
    "Pool resources so that the forced labour module of the third National Child Labour Survey covers the "
    "whole country rather than selected districts.",
    "The NSC asked the Alliance 8.7 Secretariat to share labour inspection tools from other pathfinder "
    "countries, in particular Uganda.",
])

doc.heading("6. Monitoring and next steps", level=1)
doc.para(
    "The NSC shall meet every quarter; its next meeting is scheduled for the week of 8 December 2025 in "
    "Lilongwe. The following next steps were agreed:")
doc.bullets([
    "Priority for the first half of 2026: gazetting of the revised hazardous work list.",
    "The NSC Secretariat will circulate a reporting template to all lead institutions by 15 January 2026.",
    "Lead institutions are asked to submit their first quarterly reports before the end of March 2026.",
    "A delegation of the NSC plans to visit Kampala in early March 2026 for a peer-learning exchange with "
    "the labour inspectorate of Uganda.",
    "A mid-term review of the roadmap is expected to take place in the second half of 2026.",
    "Malawi intends to host a Southern Africa pathfinder exchange in 2027, subject to confirmation by the "
    "Alliance 8.7 Secretariat.",
])
doc.para("Contact: NSC Secretariat, Ministry of Labour, Lilongwe \u2013 nsc.secretariat@example.org",
         style="small")

doc.heading("Acronyms", level=2)
doc.table([
    ["Acronym", "Name", "Acronym", "Name"],
    ["CCN", "Chisomo Children's Network", "MoID", "Ministry of Information and Digitalisation"],
    ["CSR", "Centre for Social Research, University of Malawi", "MoJ", "Ministry of Justice"],
    ["ECAM", "Employers' Consultative Association of Malawi", "MoL", "Ministry of Labour"],
    ["MCTU", "Malawi Congress of Trade Unions", "MPS", "Malawi Police Service"],
    ["MoA", "Ministry of Agriculture", "NSO", "National Statistical Office"],
    ["MoE", "Ministry of Education", "TAMA", "Tobacco Association of Malawi"],
    ["MoFA", "Ministry of Foreign Affairs", "TC", "Tobacco Commission"],
    ["MoGCDSW", "Ministry of Gender, Community Development and Social Welfare", "TLAC",
     "Tripartite Labour Advisory Council"],
    ["MoHS", "Ministry of Homeland Security", "WFP", "World Food Programme"],
], ruled="rows", widths=[20 * mm, 65 * mm, 20 * mm, 65 * mm], font_size=8)

doc.save()
