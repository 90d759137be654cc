"""rm-roadmap-ruled: Malawi pathfinder roadmap 2023-2026 with a ruled matrix (spanned Outcome and
Output cells), an introductory narrative, partner commitments and the validation meeting."""

from docgen import A4, Document

doc = Document("rm-roadmap-ruled.pdf", size=A4, lang="en",
               header="Alliance 8.7 pathfinder country roadmap  |  Malawi",
               footer="Ministry of Labour, Lilongwe  -  nsc.secretariat@example.org",
               page_numbers="Page {n} of {total}", title="Malawi Roadmap on SDG Target 8.7, 2023-2026")

doc.title("Malawi Roadmap on SDG Target 8.7, 2023\u20132026",
          subtitle="Accelerating action against child labour, forced labour and human trafficking. "
                   "Adopted by the National Steering Committee, Lilongwe, 14 March 2023")

doc.heading("1. Background", 1)
doc.para("Malawi expressed its interest in becoming an Alliance 8.7 pathfinder country in a letter "
         "from the Minister of Labour to the Alliance 8.7 Secretariat dated 3 May 2021. The national "
         "strategic planning workshop, held in Lilongwe on 22-24 November 2022, brought together 84 "
         "participants from eleven ministries, the Malawi Congress of Trade Unions (MCTU), the Employers' "
         "Consolidated Council of Malawi (ECAM), civil society, development partners and the UN country "
         "team. This Roadmap sets out how Malawi means to go further and faster towards SDG Target 8.7 "
         "between 2023 and 2026.")
doc.para("Child labour remains widespread. Preliminary estimates of the Ministry of Labour put the number "
         "of children aged 5-17 in child labour at about 1.3 million, more than half of them in "
         "agriculture, including tobacco and tea growing. Cases of forced labour have been reported on "
         "estates and in domestic work, and Malawian women and girls are trafficked within the country "
         "and to South Africa and the Gulf. Only 38 of the 64 approved labour inspector posts were filled "
         "at the end of 2022.")
doc.para("Malawi has ratified the ILO fundamental conventions on forced labour (Nos. 29 and 105) and on "
         "child labour (Nos. 138 and 182). The Trafficking in Persons Act was enacted in 2015, and a first "
         "National Plan of Action against Trafficking in Persons covered the years 2017-2022. During the "
         "2021 International Year for the Elimination of Child Labour, the Government made an Action "
         "Pledge to withdraw 10,000 children from tobacco farms. The Durban Call to Action, adopted at the "
         "5th Global Conference on the Elimination of Child Labour (Durban, 15-20 May 2022), has guided "
         "the choice of priorities.")

doc.heading("2. Vision and commitment", 1)
doc.para("The Government of Malawi commits itself to ending child labour, forced labour and human "
         "trafficking in line with SDG Target 8.7. To this end, the Ministry of Labour shall coordinate the "
         "implementation of this Roadmap through the National Steering Committee on Child Labour and "
         "Forced Labour (NSC), which it chairs. Should additional funding become available, the survey "
         "planned under Outcome 3 could also cover fishing communities on Lake Malawi.")

doc.heading("3. Priority areas", 1)
doc.para("The planning workshop identified five priority areas, on which the Roadmap is built:")
doc.bullets([
    "Strengthening the legal and policy framework on child labour, forced labour and trafficking in persons;",
    "Enforcing the law and improving access to justice for victims;",
    "Building the knowledge base on child labour and forced labour;",
    "Preventing child labour through education and social protection;",
    "Reinforcing coordination and social dialogue.",
], marker="1.")

with doc.box("Acronyms used in Table 1"):
    doc.para("DHRMD Department of Human Resource Management and Development; ECLT Eliminating Child Labour "
             "in Tobacco Growing Foundation; MoE Ministry of Education; MoFA Ministry of Foreign Affairs; "
             "MoFEA Ministry of Finance and Economic Affairs; MoGCDSW Ministry of Gender, Community "
             "Development and Social Welfare; MoHS Ministry of Homeland Security; MoI Ministry of "
             "Information; MoL Ministry of Labour; MPS Malawi Police Service; NCCTIP National Coordination "
             "Committee against Trafficking in Persons; NSO National Statistical Office; ODPP Office of the "
             "Director of Public Prosecutions; TCC Tobacco Commission; TLAC Tripartite Labour Advisory "
             "Council.", style="small")

doc.heading("4. Roadmap matrix", 1)
doc.para("Table 1 sets out the outcomes, outputs and activities agreed at the workshop. The lead agency is "
         "listed first under Responsible; the timeline gives the period in which each activity is to be "
         "completed.")

H = ["Outcome", "Output", "Activities", "Responsible", "Timeline"]
rows = [H]
spans = []


def outcome(label, outputs):
    first = len(rows)
    for i, (out_label, acts) in enumerate(outputs):
        o_first = len(rows)
        for j, (act, resp, when) in enumerate(acts):
            rows.append([label if (i == 0 and j == 0) else "", out_label if j == 0 else "", act, resp, when])
        if len(acts) > 1:
            spans.append((1, o_first, 1, len(rows) - 1))
    spans.append((0, first, 0, len(rows) - 1))


outcome("1. Legal and policy framework strengthened", [
    ("1.1 National laws aligned with ILO standards", [
        ("Review the Employment Act to set the minimum age for admission to employment at 16 in line with C138",
         "MoL; Law Commission", "2023-2024"),
        ("Adoption of the revised list of hazardous work prohibited for children", "MoL; TLAC", "Q4 2023"),
        ("Prepare the submission of the Domestic Workers Convention, 2011 (No. 189) to Parliament for ratification",
         "MoL; MoFA", "2024"),
    ]),
    ("1.2 Trafficking policy renewed", [
        ("Validate and launch the National Plan of Action against Trafficking in Persons, 2023-2027",
         "MoHS; NCCTIP", "by June 2023"),
    ]),
])
outcome("2. Law enforcement and access to justice improved", [
    ("2.1 Labour inspection capacity increased", [
        ("Train 120 labour inspectors on child labour and forced labour indicators in agriculture",
         "MoL; ILO", "2023-2025"),
        ("Recruit and deploy 40 additional district labour officers", "MoL; DHRMD", "2024-2025"),
        ("Carry out joint inspections with district social welfare officers on tobacco and tea estates",
         "MoL; MoGCDSW", "Ongoing"),
    ]),
    ("2.2 Traffickers prosecuted and victims protected", [
        ("Establish a specialised anti-trafficking unit in the Malawi Police Service", "MPS", "2024"),
        ("Train 60 prosecutors and magistrates on the Trafficking in Persons Act", "ODPP; Judiciary; UNODC",
         "2023-2024"),
        ("Set up two shelters for child victims of trafficking in Mzuzu and Blantyre", "MoGCDSW", "2025"),
    ]),
])
outcome("3. Knowledge base on child labour and forced labour built", [
    ("3.1 Reliable national data produced", [
        ("Conduct a national child labour survey with a forced labour module", "NSO; MoL; ILO", "2024-2025"),
        ("Integrate child labour indicators in the Labour Market Information System", "MoL; NSO", "2025-2026"),
    ]),
    ("3.2 Supply chain risks mapped", [
        ("Map child labour and forced labour risks in the tobacco, tea and sugar supply chains",
         "MoL; ECAM; ECLT", "2024"),
        ("Develop a code of conduct on child labour for tobacco growers and buyers", "ECAM; TCC", "2024"),
    ]),
])
outcome("4. Child labour prevented through education and social protection", [
    ("4.1 Vulnerable households reached", [
        ("Extend the Social Cash Transfer Programme to 20,000 additional households in high-prevalence districts",
         "MoGCDSW; MoFEA", "2025"),
        ("Establish child labour free zones in Kasungu, Mchinji and Mzimba districts",
         "District Councils; MoL", "2026"),
    ]),
    ("4.2 Withdrawn children in school", [
        ("Enrol 15,000 withdrawn children in complementary basic education", "MoE", "2024-2026"),
        ("Organise national awareness campaigns around the World Day Against Child Labour", "MoL; MoI",
         "Annually (12 June)"),
    ]),
])
outcome("5. Coordination and social dialogue reinforced", [
    ("5.1 NSC fully functional", [
        ("Hold quarterly meetings of the National Steering Committee", "MoL", "Quarterly"),
        ("Develop a monitoring and evaluation framework for the Roadmap", "MoL; ILO", "Q3 2023"),
        ("Publish an annual progress report on the Roadmap", "MoL; NSC secretariat", "Annually, from 2024"),
    ]),
])

doc.para("<b>Table 1. Roadmap matrix, 2023-2026</b>", style="small")
doc.table(rows, ruled="grid", widths=[78, 84, 168, 84, 60], spans=spans, font_size=8)
doc.spacer(8)

doc.heading("5. Contributions of the social partners and the UN system", 1)
doc.para("The social partners and the UN system have each set out what they will contribute to the "
         "Roadmap.")
doc.para("MCTU pledged to train 300 shop stewards on tobacco and tea estates to identify and report child "
         "labour by the end of 2024. ECAM undertook to develop, with the Tobacco Commission, a code of "
         "conduct on child labour for tobacco growers and buyers, and to promote the code among its "
         "members in the agricultural sector.")
doc.para("The ILO is expected to provide technical and financial support to the National Statistical "
         "Office for the child labour survey and will co-finance the training of labour inspectors. UNICEF "
         "plans to help the Ministry of Gender, Community Development and Social Welfare roll out a child "
         "protection case management system in six districts in the second half of 2023. UNODC has "
         "committed to support the training of prosecutors and magistrates foreseen under Output 2.2. "
         "IOM intends to assist the Department of Immigration and Citizenship Services in screening "
         "returning migrants for signs of trafficking at the Mwanza and Songwe border posts.")
doc.para("The European Union delegation in Lilongwe informed the workshop that it is preparing a programme "
         "on decent work in the sugar sector, which could start in 2024.")

doc.heading("6. Validation of the Roadmap", 1)
doc.para("A draft of this Roadmap was discussed at a validation meeting in Lilongwe on 14 March 2023, "
         "chaired by the Principal Secretary for Labour. The main views expressed were the following.")
doc.bullets([
    "The representative of ECAM stressed that small tobacco growers could not end child labour without "
    "better prices and access to credit.",
    "MCTU asked that domestic workers be covered by the labour inspection plan, and urged the Government "
    "to ratify C189 before the end of the Roadmap period.",
    "Eye of the Child, a national NGO, noted that many child victims of trafficking are returned to their "
    "families without any follow-up.",
    "Speaking for the UN country team, the UN Resident Coordinator welcomed the Roadmap and said that the "
    "agencies would align their joint programmes with its five priority areas.",
], marker="-")
doc.para("The meeting recommended that:")
doc.bullets([
    "the Roadmap be costed and a resource mobilisation plan prepared before the end of 2023;",
    "district child labour committees be revived in all 28 districts;",
    "a peer-learning exchange be organised with Uganda, a fellow pathfinder country.",
], marker="(a)")

doc.heading("7. Next meetings", 1)
doc.para("The NSC will hold its first review meeting in Lilongwe on 20 June 2023. A South-South exchange "
         "workshop with the Uganda pathfinder team is planned in Kampala in early September 2023. The "
         "Ministry of Labour intends to report on progress at the next global pathfinder exchange, "
         "expected in the second half of 2023.")
with doc.box("Contact"):
    doc.para("Ms Tiyamike Nkhoma, NSC secretariat, Ministry of Labour, Lilongwe. "
             "E-mail: nsc.secretariat@example.org", style="small")

doc.save()
