"""ws-validation-workshop-report: outcome note of Zambia's national roadmap validation workshop (2025).

Fictional. Tests: comments from the floor (interventions with varied speech verbs and speakers,
pronoun continuation), amendments table with proposers, impersonal proposals, breakout-group
recommendations with generic subjects, closing commitments in many wordings, nominal distractors.
"""

from docgen import Document, A4

doc = Document("ws-validation-workshop-report.pdf", size=A4, lang="en",
               header="Alliance 8.7 Pathfinder Process - Zambia - Workshop outcome note",
               footer="Outcome note WS/ZMB/2025/02", page_numbers="Page {n} of {total}",
               title="National Validation Workshop on Zambia's Roadmap for SDG Target 8.7")

doc.title("National Validation Workshop on Zambia's Roadmap for SDG Target 8.7 (2025-2030)",
          subtitle="Outcome note - Lusaka, 24-25 March 2025")

doc.para("<b>Organised by:</b> Ministry of Labour and Social Security (MLSS), with the International "
         "Labour Organization (ILO), UNICEF and the International Organization for Migration (IOM). "
         "<b>Facilitator's note</b> prepared by the MLSS Child Labour Unit. Contact: "
         "zm-roadmap@example.org", style="small")

doc.heading("1. Background", level=1)
doc.para("Zambia sent its letter of interest to become an Alliance 8.7 pathfinder country in August "
         "2022 and held its national strategic planning workshop in Lusaka on 14-15 November 2023. "
         "The draft roadmap that came out of that process was refined through provincial "
         "consultations, the largest of which took place in Kitwe the week of 3 February 2025 with "
         "participants from the Copperbelt and North-Western provinces.")
doc.para("Zambia ratified the Minimum Age Convention, 1973 (No. 138) in 1976 and the Worst Forms of "
         "Child Labour Convention, 1999 (No. 182) in 2001. According to figures presented at the "
         "workshop, about 38 per cent of children aged 5-17 in rural districts were engaged in some "
         "form of work, most of them on family farms growing maize, tobacco and cotton. Forced labour "
         "cases detected by the Zambia Police Service rose from 41 in 2022 to 67 in 2024, mostly in "
         "artisanal mining and domestic work.")
doc.para("The Child Labour Unit of the MLSS, set up in 2000, already has as its objective the "
         "coordination of the district child labour committees, and the priority of the ongoing "
         "ACCEL Africa project in Zambia remains the cotton supply chain in the Eastern Province. "
         "Neither was renegotiated at the workshop.")
doc.para("The validation workshop brought together 94 participants from ministries, the Zambia "
         "Congress of Trade Unions (ZCTU), the Zambia Federation of Employers (ZFE), civil society, "
         "academia, UN agencies, the Southern African Development Community (SADC) Secretariat and "
         "a peer-learning delegation from Malawi.")

doc.heading("2. Opening session", level=1)
doc.para("The Permanent Secretary of the MLSS, Mr. Bwalya Kasonde, recalled that the roadmap had "
         "been drafted over eighteen months with more than 60 institutions and that it was now "
         "for participants to make it their own.")
doc.para("Ms. Ingrid Vossberg, Director of the ILO Country Office for Zambia, Malawi and Mozambique, "
         "welcomed the inclusive drafting process. She stressed that the roadmap should be costed "
         "before it goes to Cabinet, otherwise its outputs would remain aspirations.")
doc.para("The UNICEF Representative noted that one child in four under the age of five was still "
         "not registered at birth, which made age verification by labour inspectors almost "
         "impossible in rural areas.")

doc.heading("3. Session 1: Presentation of the draft roadmap", level=1)
doc.para("Dr. Mutale Phiri of the University of Zambia (UNZA), lead consultant, presented the draft. "
         "It is built around five priority areas, each with outputs, lead institutions and "
         "indicators:")
doc.bullets([
    "Priority Area 1: strengthening the legal and policy framework on child labour, forced "
    "labour and trafficking in persons;",
    "Priority Area 2: extending labour inspection to the informal economy, including artisanal "
    "mining and smallholder agriculture;",
    "Priority Area 3: expanding social protection and education for children at risk;",
    "Priority Area 4: protecting victims of trafficking and forced labour;",
    "Priority Area 5: improving data, research and coordination.",
], marker="bullet")
doc.para("She explained that the draft covers 2025-2030 and would be reviewed at mid-term in 2027.")

doc.heading("4. Session 2: Comments from the floor", level=1)
doc.para("The representative of the ZCTU took the floor to express concern that the draft said "
         "little about workers in small-scale and artisanal mining. He asked whether the Mines "
         "Safety Department would be given a mandate to inspect artisanal sites. He proposed that "
         "the roadmap include a specific output on organising workers in artisanal mining and urged "
         "the Government to ratify the 2014 Protocol to the Forced Labour Convention without "
         "further delay.")
doc.para("Speaking for employers, the ZFE stressed that enterprises in the tobacco and cotton value "
         "chains needed clear and practical guidance on human rights due diligence. ZFE suggested "
         "that a joint employers' and workers' helpdesk on child labour be set up within the Zambia "
         "Development Agency.")
doc.para("The delegate from Malawi, attending as a peer-learning observer, informed the meeting that "
         "Malawi's own roadmap had been costed with support from the ILO, and offered to share its "
         "costing template. Malawi, a pathfinder country since 2019, had found that an unfunded "
         "roadmap loses momentum within a year.")
doc.para("IOM noted that the draft did not yet refer to the national referral mechanism for "
         "victims of trafficking. The representative of IOM recommended that the operationalisation "
         "of the national referral mechanism become an output in its own right under Priority "
         "Area 4.")
doc.para("Ms. Chipo Lungu, Programme Director at the Lusaka Child Rights Forum (LCRF), recalled that "
         "children in domestic work were often invisible to inspectors because they worked behind "
         "closed doors. She added that many of them were girls brought from rural areas by "
         "relatives. She called on the Government to ratify the Domestic Workers Convention, 2011 "
         "(No. 189).")
doc.para("UNICEF asked whether the planned child labour survey would cover children living in "
         "street situations. The representative of the Zambia Statistics Agency (ZamStats) responded "
         "that a street-children module would be piloted in Lusaka and Kitwe.")
doc.para("The Ministry of Home Affairs and Internal Security (MOHAIS) welcomed the focus on victim "
         "protection and informed participants that the Anti-Human Trafficking Act of 2008 was under "
         "review. Copperbelt University expressed concern about the lack of disaggregated data on "
         "forced labour in mining, and offered its research capacity.")
doc.para("The representative of the SADC Secretariat pointed out that the regional trafficking in "
         "persons data collection tool was already used by eleven member States and could feed "
         "ZamStats. It was proposed that the roadmap's timeframe be aligned with the Eighth National "
         "Development Plan and its successor.")
doc.para("Participants recommended that a costed annex be attached to the roadmap before its "
         "submission to Cabinet. The meeting agreed to recommend that the National Steering "
         "Committee on Child Labour be expanded to cover forced labour and trafficking in persons.")

doc.heading("5. Amendments agreed", level=1)
doc.para("The following amendments to the draft were agreed in plenary on 24 March:")
doc.table([
    ["No.", "Amendment", "Proposed by", "Decision"],
    ["A1", "Add an output on organising workers in artisanal and small-scale mining under "
           "Priority Area 2", "ZCTU", "Agreed"],
    ["A2", "Make the national referral mechanism a separate output under Priority Area 4",
     "IOM", "Agreed"],
    ["A3", "Include domestic work among the hazardous occupations to be reviewed in the "
           "hazardous work list", "LCRF", "Agreed"],
    ["A4", "Create a bipartite child labour helpdesk for enterprises in agricultural value chains",
     "ZFE", "Agreed, subject to funding"],
    ["A5", "Replace 'child labour survey every ten years' by 'stand-alone survey every five years'",
     "Copperbelt University", "Referred to Group C"],
], widths=[30, 260, 95, 85])

doc.heading("6. Session 3: Breakout groups", level=1)
doc.para("Participants then worked in three breakout groups. Their rapporteurs reported back on "
         "25 March.")
doc.heading("Breakout Group A - Child labour in agriculture and mining", level=2)
doc.para("<b>Recommendations</b>")
doc.bullets([
    "District child labour committees should be revived in all ten provinces, with a small "
    "operating budget from the district councils.",
    "Labour inspectors should be trained on forced labour indicators and on the hazardous work "
    "list before inspections are extended to artisanal mining.",
    "Employers' organisations are encouraged to publish sector guidance on child labour for "
    "tobacco and cotton buyers.",
], marker="-")
doc.heading("Breakout Group B - Trafficking in persons and forced labour", level=2)
doc.para("<b>Recommendations</b>")
doc.bullets([
    "The national referral mechanism should be operationalised with standard operating "
    "procedures, so that every identified victim is referred to shelter, health and legal aid.",
    "Law enforcement officers and prosecutors should receive joint training on the amended "
    "trafficking legislation.",
    "Border districts are encouraged to set up cross-border committees with Malawi, Zimbabwe and "
    "the Democratic Republic of the Congo.",
], marker="-")
doc.heading("Breakout Group C - Data, research and coordination", level=2)
doc.para("<b>Key takeaways</b>: coordination works where a district committee meets regularly; data "
         "on forced labour is almost absent.")
doc.para("<b>Recommendations</b>")
doc.bullets([
    "ZamStats should conduct a stand-alone national child labour survey every five years, the "
    "first one before the mid-term review.",
    "Government agencies are encouraged to share their administrative data on child labour "
    "and trafficking cases through a common platform hosted by the MLSS.",
    "A research agenda on forced labour in artisanal mining should be developed with Copperbelt "
    "University and UNZA.",
], marker="-")

doc.page_break()
doc.heading("7. Closing session: commitments", level=1)
doc.para("Closing the workshop, the Minister of Labour and Social Security, Hon. Mwansa Tembo, "
         "declared the roadmap validated subject to the agreed amendments. The Government "
         "undertook to:")
doc.bullets([
    "submit the validated roadmap to Cabinet for approval by the end of June 2025;",
    "recruit 120 additional labour inspectors in FY2026;",
    "table the amended Anti-Human Trafficking Bill in Parliament before the end of 2025.",
], marker="(a)")
doc.para("The Ministry of Justice is expected to lay the instrument of ratification of the 2014 "
         "Protocol to the Forced Labour Convention before Parliament in the second half of 2025. The "
         "Minister also announced that the MLSS will train 250 labour inspectors and district labour "
         "officers on forced labour indicators by mid-2026.")
doc.para("For its part, MOHAIS intends to operationalise the national referral mechanism for "
         "victims of trafficking within two years, starting with the five border districts. "
         "ZamStats plans to field a stand-alone National Child Labour Survey in Q3 2026, with the "
         "street-children module if the pilot is conclusive.")
doc.para("The ZCTU and the ZFE jointly pledged to open the bipartite child labour helpdesk in "
         "Chipata by December 2025. The ILO will provide technical support for the costing of the "
         "roadmap, and UNICEF committed itself to financing a birth registration drive in the "
         "Eastern and Luapula provinces during 2026. IOM is determined to train shelter staff in "
         "the five border districts on victim identification.")
doc.para("Zambia's pledge to allocate a dedicated budget line for the roadmap in the 2026 national "
         "budget was welcomed by all partners. If donor funding is confirmed, the MLSS may also "
         "extend the helpdesk to Mongu; no decision was taken on this. The European Union is "
         "reported to be preparing a new decent work programme for the Copperbelt.")

doc.heading("8. Next steps", level=1)
doc.table([
    ["Next step", "Responsible", "Deadline"],
    ["Circulate the revised draft roadmap incorporating amendments A1-A5", "MLSS Child Labour Unit",
     "11 April 2025"],
    ["Prepare the costed annex with ILO support", "MLSS and ILO", "31 May 2025"],
    ["Convene a donor roundtable on roadmap financing", "Ministry of Finance and National Planning",
     "Q3 2025"],
    ["Launch the roadmap on the World Day Against Child Labour", "MLSS", "12 June 2025"],
], widths=[270, 130, 80])
doc.para("The donor roundtable is planned for Q3 2025 in Lusaka, and the public launch of the "
         "roadmap on 12 June 2025, the World Day Against Child Labour.")

doc.save()
