"""rm-action-plan-matrix: Fiji's national action plan on forced labour and trafficking in persons,
as an action matrix (ruled grid, Outcome cells spanning rows), with a narrative introduction,
past achievements that are not commitments, a monitoring section and an annex summarising the
validation workshop (speaker turns and working-group recommendations)."""

from docgen import A4, Document
from reportlab.lib.units import mm

doc = Document(
    "rm-action-plan-matrix.pdf", size=A4, lang="en",
    header="Republic of Fiji \u2013 National Action Plan on Forced Labour and Trafficking in Persons 2024\u20132028",
    footer="NSC Secretariat, MEPIR, Suva \u2013 nsc-forcedlabour@example.org",
    page_numbers="Page {n} of {total}",
    title="Fiji National Action Plan on Forced Labour and Trafficking in Persons 2024-2028",
)

doc.title("National Action Plan for the Elimination of Forced Labour and Trafficking in Persons 2024\u20132028",
          subtitle="Republic of Fiji \u2013 Ministry of Employment, Productivity and Industrial Relations "
                   "\u2013 endorsed by Cabinet on 16 April 2024")

with doc.box("Foreword"):
    doc.para("This plan answers a plain question: how do we make sure that no Fijian, and no worker who "
             "comes to our shores, is made to work under threat or by deceit? It was written by the "
             "National Steering Committee with the people who know the problem best: inspectors, police "
             "officers, recruiters, seafarers, union organisers and the families of seasonal workers.")
    doc.para("The Government is determined to ratify the 2014 Protocol to the Forced Labour Convention "
             "before the end of 2025, and I will personally report to Parliament each year on the "
             "actions set out in the matrix. I thank the ILO Office for Pacific Island Countries, IOM and "
             "our development partners for walking with us.")
    doc.para("<i>Hon. Josaia Ratumaiyale, Minister for Employment, Productivity and Industrial Relations</i>",
             style="small")

doc.heading("1. Introduction", level=1)
doc.heading("1.1 Why a second plan", level=2)
doc.para("Fiji has ratified all eight fundamental ILO Conventions, among them the Forced Labour "
         "Convention, 1930 (No. 29), the Abolition of Forced Labour Convention, 1957 (No. 105), the "
         "Minimum Age Convention, 1973 (No. 138) and the Worst Forms of Child Labour Convention, 1999 "
         "(No. 182). Ratification has not closed the gap between law and practice.")
doc.para("There is no national measure of forced labour. Administrative records show that the "
         "Anti-Human Trafficking Unit of the Fiji Police Force (FPF) opened 27 investigations between "
         "2019 and 2023, most of them concerning the commercial sexual exploitation of children or "
         "forced labour on foreign-flagged fishing vessels calling at Suva and Lautoka, whose crews come "
         "mainly from Indonesia, the Philippines and Kiribati. Informal recruiters charge prospective "
         "seasonal workers fees of up to FJD 3,000, and workers in domestic work, logging and roadside "
         "vending report withheld wages and confiscated identity documents.")
doc.para("Fiji sent its letter of interest to become an Alliance 8.7 pathfinder country in March 2023. "
         "The national strategic planning workshop, held in Suva on 14\u201315 November 2023 with 86 "
         "participants from government, the Fiji Trades Union Congress (FTUC), the Fiji Commerce and "
         "Employers Federation (FCEF), civil society and development partners, set the priorities that "
         "this plan turns into actions.")

doc.heading("1.2 What the first plan achieved", level=2)
doc.para("The first national action plan (2017\u20132021) left a solid base. Among its results:")
doc.bullets([
    "The Employment Relations Act 2007 was amended in 2022 to make the confiscation of a worker\u2019s "
    "passport or identity documents an offence.",
    "The Ministry of Employment, Productivity and Industrial Relations (MEPIR) recruited 12 additional "
    "labour inspectors in 2023 and opened a labour office in Labasa.",
    "With IOM support, the Department of Immigration screened 1,140 foreign crew members for "
    "trafficking indicators in 2023.",
    "During the 2021 International Year for the Elimination of Child Labour, Fiji made an Action Pledge "
    "to revise its list of hazardous work for children; the revised list was gazetted in June 2023.",
    "The review of the first plan, discussed at a stakeholder meeting in Lautoka on 9 September 2022, "
    "recommended that labour inspectors be given the power to board fishing vessels in port. Outcome 3 "
    "of this plan takes that recommendation up.",
], marker="-")

doc.heading("2. Commitments of the Government and its partners", level=1)
doc.para("The plan is organised around four outcomes: prevention; protection and assistance to "
         "victims; enforcement and access to justice; and knowledge, coordination and monitoring. The "
         "matrix in section 3 sets out, for each outcome, what will be done, by whom and by when.")
doc.para("Within the first year of the plan, the Government undertook to:")
doc.bullets([
    "table a Trafficking in Persons Bill that separates trafficking offences from the Crimes Act 2009;",
    "create a budget line for victim assistance in the national budget for FY2024/25;",
    "designate a focal point for forced labour in each of the four divisional labour offices.",
], marker="(a)")
doc.para("Australia, through its Department of Foreign Affairs and Trade (DFAT), has committed to "
         "co-finance Outcome 2 with AUD 1.2 million over 2024\u20132026 and to co-deliver pre-departure "
         "orientation for workers recruited under the Pacific Australia Labour Mobility (PALM) scheme. "
         "New Zealand\u2019s Ministry of Foreign Affairs and Trade (MFAT) is expected to support the "
         "maritime unit of the labour inspectorate from 2025.")
doc.para("The ILO and IOM will jointly provide technical assistance to the National Steering Committee "
         "throughout the plan period. The ILO also plans to conduct a national survey on forced labour "
         "with the Fiji Bureau of Statistics (FBOS) in 2025, using the international guidelines "
         "on the measurement of forced labour.")
doc.para("The FTUC and the FCEF pledged to negotiate a joint code of conduct on recruitment for seasonal "
         "and overseas work by the end of 2024.")
doc.para("UNICEF\u2019s pledge to co-fund the study in item 4.2 was confirmed in January 2024. As for "
         "civil society, the Pacific Migrant Workers Network (PMWN) has worked with the families of "
         "seasonal workers since 2019; during the plan period it will train 60 community volunteers as "
         "first responders for trafficking cases. The University of the South Pacific (USP), whose School "
         "of Law already teaches a course on trafficking, aims to publish a commentary on the new "
         "Trafficking in Persons Act within two years of its enactment.")
doc.heading("2.1 Where the risks are highest", level=2)
doc.para("The strategic planning workshop identified four settings where the risk is highest: fishing "
         "vessels in port, seasonal and overseas labour mobility, domestic work, and the informal urban "
         "economy, where children are found selling on the roadside late at night. Women recruited for "
         "hospitality work abroad, and young men hired as crew without written contracts, are the groups "
         "most often named by inspectors and police officers.")
doc.para("Should additional resources become available, the Ministry of Fisheries and Forestry would "
         "extend observer coverage to domestic longline vessels. The Pacific Islands Forum Secretariat "
         "is separately preparing a regional labour mobility framework; its adoption is a matter for "
         "Forum Leaders.")

doc.page_break()
doc.heading("3. Action matrix", level=1)
doc.para("Lead agencies are accountable for the actions in their row. Deadlines are those agreed at the "
         "validation workshop; \u201congoing\u201d actions are reviewed each year.", style="small")

O1 = "<b>Outcome 1. Prevention</b>: workers and children at risk know their rights and are recruited fairly"
O2 = "<b>Outcome 2. Protection</b>: victims are identified, referred and assisted"
O3 = "<b>Outcome 3. Enforcement</b>: offenders are detected, prosecuted and sanctioned"
O4 = "<b>Outcome 4. Knowledge and coordination</b>: the response is based on evidence and well coordinated"
rows = [
    ["Outcome", "Action", "Lead agency", "Partners", "Deadline"],
    [O1, "1.1 Deliver pre-departure orientation on workers\u2019 rights, fees and forced labour risks to "
         "every worker recruited under the PALM scheme and the Recognised Seasonal Employer (RSE) scheme",
     "MEPIR (National Employment Centre)", "FTUC, DFAT, IOM", "From Q3 2024"],
    ["", "1.2 Licence all private recruitment agencies and publish the register online", "MEPIR",
     "FCEF", "By mid-2025"],
    ["", "1.3 Integrate modules on trafficking and online sexual exploitation of children into the "
         "secondary school Life Skills programme", "Ministry of Education (MoE)", "MWCSP, UNICEF",
     "2025 school year"],
    ["", "1.4 Run a national awareness campaign in English, iTaukei and Fiji Hindi on deceptive "
         "recruitment", "MEPIR", "FTUC, PMWN", "Q1 2025"],
    ["", "1.5 Set up a help desk for returning seasonal workers at Nadi International Airport", "FTUC",
     "PMWN, MEPIR", "Q2 2025"],
    [O2, "2.1 Adopt standard operating procedures for the identification and referral of victims of "
         "forced labour and trafficking", "Ministry of Women, Children and Social Protection (MWCSP)",
     "FPF, IOM, UNODC", "Q4 2024"],
    ["", "2.2 Open a shelter for adult victims of trafficking in the Western Division", "MWCSP",
     "IOM, DFAT", "2025\u20132026"],
    ["", "2.3 Operate a toll-free 24-hour helpline for victims of trafficking and forced labour",
     "FPF (Anti-Human Trafficking Unit)", "PMWN", "Q2 2025"],
    [O3, "3.1 Enact a stand-alone Trafficking in Persons Act consistent with the Palermo Protocol",
     "Office of the Attorney-General (OAG)", "ODPP, UNODC", "2025"],
    ["", "3.2 Ratify the 2014 Protocol to the Forced Labour Convention, 1930", "MEPIR",
     "ILO, FTUC, FCEF", "Before the end of 2025"],
    ["", "3.3 Train 40 labour inspectors and 20 fisheries officers to identify forced labour on fishing "
         "vessels in port", "MEPIR", "MoFF, ILO, FFA", "2024\u20132025"],
    ["", "3.4 Give labour inspectors the legal power to board and inspect foreign-flagged fishing "
         "vessels in port", "MEPIR, Ministry of Fisheries and Forestry (MoFF)", "OAG",
     "Within two years of adoption"],
    ["", "3.5 Set up a specialised prosecution team for trafficking cases",
     "Office of the Director of Public Prosecutions (ODPP)", "FPF, UNODC", "FY2025/26"],
    [O4, "4.1 Conduct a national forced labour survey as a module of the 2025 Employment and "
         "Unemployment Survey", "Fiji Bureau of Statistics (FBOS)", "MEPIR, ILO", "Fieldwork 2025"],
    ["", "4.2 Commission a study on child labour and commercial sexual exploitation of children in urban "
         "informal settlements", "MWCSP", "University of the South Pacific (USP), UNICEF",
     "Second half of 2025"],
    ["", "4.3 Map the recruitment practices of member enterprises in the hospitality and construction "
         "sectors", "FCEF", "ILO", "Q1 2025"],
    ["", "4.4 Publish an annual progress report on the plan and share it with the Alliance 8.7 "
         "Secretariat", "MEPIR (NSC Secretariat)", "All members of the NSC", "Annually, first by June 2025"],
]
doc.table(rows, ruled="grid", widths=[34 * mm, 62 * mm, 30 * mm, 25 * mm, 19 * mm], font_size=8,
          spans=[(0, 1, 0, 5), (0, 6, 0, 8), (0, 9, 0, 13), (0, 14, 0, 17)])
doc.spacer(4)
doc.para("Abbreviations: FFA, Pacific Islands Forum Fisheries Agency; PMWN, Pacific Migrant Workers "
         "Network; UNODC, United Nations Office on Drugs and Crime.", style="small")

doc.heading("4. Implementation, financing and monitoring", level=1)
doc.heading("4.1 Coordination", level=2)
doc.para("The National Steering Committee (NSC), chaired by the Permanent Secretary for Employment, "
         "shall meet at least once a quarter and shall report to Cabinet every year. Its secretariat in "
         "MEPIR keeps the matrix up to date and circulates it to members before each meeting.")
doc.heading("4.2 Financing", level=2)
doc.para("The total cost of the plan is estimated at FJD 9.4 million over five years, of which the "
         "Government will meet 55 per cent from the national budget. The remaining gap, about FJD 4.2 "
         "million, is to be mobilised at a round table with development partners in Suva in early "
         "June 2024. Whether the budget can absorb a second shelter remains an open question for the "
         "mid-term review.")
doc.heading("4.3 Monitoring and evaluation", level=2)
doc.para("Progress is measured against the indicators below. Baselines are drawn from administrative "
         "records; the targets describe where Fiji wants to be in 2028 and are not actions in themselves.")
doc.table([
    ["Indicator", "Baseline (2023)", "Target (2028)", "Source"],
    ["Inspections of fishing vessels in port that include labour conditions", "0", "60 a year",
     "MEPIR, MoFF records"],
    ["Victims of trafficking or forced labour referred to assistance", "11", "All identified victims",
     "MWCSP case files"],
    ["Licensed private recruitment agencies", "9 of an estimated 40", "All", "MEPIR register"],
    ["Prosecutions for trafficking or forced labour completed", "3", "At least 12 over the plan",
     "ODPP annual report"],
], ruled="rows", widths=[72 * mm, 28 * mm, 38 * mm, 32 * mm], font_size=8)
doc.spacer(6)
doc.para("A mid-term review is planned for Q2 2026 and a final evaluation in the second half of 2028. "
         "An information webinar for recruitment agencies on the new licensing rules is set for "
         "15/05/2024, and the plan will be presented at a sub-regional consultation on fair recruitment "
         "for Pacific Island countries planned in Nadi in Q3 2024.")

doc.page_break()
doc.heading("Annex. Summary of the national validation workshop (Suva, 21\u201322 February 2024)", level=1)
doc.para("The draft plan was validated by 74 participants at the Holiday Inn, Suva. The discussion is "
         "summarised below in the order in which the speakers took the floor.")
doc.heading("A. Plenary discussion", level=2)
doc.para("The Permanent Secretary for Employment, Productivity and Industrial Relations, Ms Salote "
         "Tuilaucala, opened the workshop and stressed that the plan had to be costed before it went to "
         "Cabinet.")
doc.para("Speaking for the workers, the FTUC welcomed the chapter on recruitment but warned that seasonal "
         "workers who complain are often not selected again by their employers. The FTUC added that it "
         "would run pre-departure briefings for PALM workers in all four divisions from the second half "
         "of 2024.")
doc.para("The FCEF cautioned that small employers could not absorb new licensing fees and proposed that "
         "the licensing of recruitment agencies be phased in over two years.")
doc.para("The representative of New Zealand indicated that her Government intends to second a maritime "
         "labour adviser to MEPIR for two years.")
doc.para("IOM recommended that the referral procedures cover men on fishing vessels, not only women and "
         "children.")
doc.para("Dr Mereani Vakatale of the University of the South Pacific asked how the plan would measure "
         "forced labour among workers who never return to Fiji.")
doc.para("UNICEF noted that online sexual exploitation of children is rising and urged the Ministry of "
         "Education to move faster on the Life Skills modules.")
doc.para("The Pacific Migrant Workers Network (PMWN) said that its volunteers already answer more than "
         "200 calls a month from Fijian workers abroad.")
doc.para("Australia noted that PALM employers now pay the cost of workers\u2019 flights, and asked whether "
         "recruitment agencies in Fiji still charge workers for them.")
doc.para("In closing, it was agreed that the Fiji Bureau of Statistics would add a forced labour module "
         "to its 2025 Employment and Unemployment Survey.")

doc.heading("B. Recommendations of the working groups", level=2)
doc.heading("Working Group 1 \u2013 Recruitment and labour mobility", level=3)
doc.bullets([
    "Publish the names of recruitment agencies whose licences are suspended.",
    "Require employers under the PALM and RSE schemes to pay all recruitment costs, in line with the "
    "ILO General Principles and Operational Guidelines for Fair Recruitment.",
])
doc.heading("Working Group 2 \u2013 Fishing and maritime", level=3)
doc.bullets([
    "The group recommended that Fiji ratify the Work in Fishing Convention, 2007 (No. 188).",
    "Port inspections should include a labour module developed with the Forum Fisheries Agency.",
])
doc.heading("Working Group 3 \u2013 Children", level=3)
doc.bullets([
    "Participants suggested that the hazardous work list be translated into iTaukei and Fiji Hindi and "
    "distributed through school committees.",
    "The group called for child protection officers to be posted in Lautoka and Labasa.",
    "Should the plan treat internal trafficking of children for sexual exploitation in a chapter of its "
    "own? The group left this question to the NSC.",
])
doc.heading("C. Closing plenary", level=2)
doc.para("The meeting urged development partners to align their funding with the four outcomes of the "
         "plan rather than launch separate projects. It was proposed that the NSC invite the PMWN to "
         "attend its meetings as an observer. The Alliance 8.7 Secretariat is invited to include Fiji\u2019s "
         "experience in its next report on pathfinder countries.")
doc.heading("D. Next steps agreed at the close of the workshop", level=2)
doc.bullets([
    "MEPIR to submit the costed plan to Cabinet by the end of March 2024.",
    "The NSC Secretariat to circulate the final text to all participants by 8 March 2024.",
    "The ILO to share a draft questionnaire for the forced labour module with FBOS before the end of "
    "April 2024.",
], marker="1.")

doc.save()
