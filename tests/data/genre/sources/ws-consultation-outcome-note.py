"""Outcome note of a national multi-stakeholder consultation on forced labour and trafficking
(Republic of Moldova, November 2023): working groups with recommendations in varied forms,
comments from the floor, a follow-up table with responsible bodies and deadlines, distractors."""

from docgen import A4, Document

doc = Document("ws-consultation-outcome-note.pdf", size=A4, lang="en",
               header="Republic of Moldova - National Consultation on Forced Labour and Trafficking in Persons",
               footer="Outcome note - prepared with the support of the Alliance 8.7 Secretariat",
               page_numbers="{n}/{total}",
               title="Outcome note: national consultation on forced labour and trafficking, Moldova 2023")

doc.title("Outcome Note",
          subtitle="National Multi-Stakeholder Consultation on Forced Labour and Trafficking in "
                   "Persons - Chisinau, Republic of Moldova, 14-15 November 2023")

doc.para("<i>Convened by the Ministry of Labour and Social Protection (MLSP) and the Permanent "
         "Secretariat of the National Committee for Combating Trafficking in Human Beings, with the "
         "support of the International Labour Organization (ILO) and the International Organization "
         "for Migration (IOM). This note summarises the discussions; it is not a verbatim record.</i>",
         style="small")

with doc.box("At a glance"):
    doc.bullets([
        "142 participants: ministries and agencies, social partners, civil society, UN agencies and "
        "the embassies of five countries of destination",
        "Four working groups met in parallel on the first day; the plenary adopted their "
        "recommendations on the second day",
        "Nine follow-up actions were agreed, each with a responsible body and a deadline (section 5)",
    ], marker="-", style="small")

doc.heading("1. Background and purpose", level=1)
doc.para("The consultation was the second national dialogue on forced labour since the first one, "
         "held in Chisinau in October 2021. In the meantime the Republic of Moldova expressed its "
         "interest in becoming an Alliance 8.7 pathfinder country, in a letter sent in April 2022. "
         "The consultation was convened to gather the views of all stakeholders ahead of the "
         "national strategic planning workshop, which the Government now plans to hold in the first "
         "quarter of 2024, and to inform the next National Programme for Preventing and Combating "
         "Trafficking in Human Beings.")
doc.para("Several steps have been taken since 2021. The Law on Private Employment Agencies was "
         "amended in 2022, a specialised unit on labour exploitation was set up within the State "
         "Labour Inspectorate (SLI), and the country completed the fourth evaluation round of the "
         "Council of Europe's Group of Experts on Action against Trafficking in Human Beings "
         "(GRETA)." + doc.footnote("Moldova is party to Conventions No. 29 and No. 105; the 2014 Protocol "
                                   "has not yet been ratified."))
doc.para("The problems remain considerable. According to the Center for Combating Trafficking in "
         "Persons (CCTP) of the General Police Inspectorate, 187 presumed victims of trafficking were "
         "identified in 2022, 41 per cent of them exploited for their labour, mostly in agriculture "
         "and construction abroad. Only 9 cases of trafficking for labour exploitation reached a "
         "final court decision in the same year. Recruitment through informal intermediaries and "
         "social media remains widespread, and refugees from Ukraine working informally are exposed "
         "to new risks. Facilitators were briefed on these figures at a preparatory webinar on "
         "26/10/2023.")

doc.heading("2. Opening session", level=1)
doc.para("Opening the consultation, the State Secretary of the MLSP, Ms Doina Rusnac, recalled that "
         "forced labour of Moldovan citizens abroad remained the most frequent form of exploitation "
         "identified by the authorities. She announced that the Ministry will present a draft law on "
         "the ratification of the 2014 Protocol to the Forced Labour Convention to the Government by "
         "June 2024.")
doc.para("Mr Pawel Sobczak, speaking for the ILO Office for Central and Eastern Europe, welcomed the "
         "Government's move towards pathfinder status. He said that the ILO intends to fund an "
         "assessment of the needs of the labour inspectorate in 2024.")
doc.para("The IOM Chief of Mission stressed that most exploitation begins with deceptive recruitment "
         "in the country of origin; IOM is determined to keep its four migrant resource centres open "
         "throughout 2024. She added that if new funding is confirmed, IOM could open a fifth centre "
         "in Comrat.")

doc.heading("3. Working groups", level=1)

doc.heading("Working group 1 - Fair recruitment and safe labour migration", level=2)
doc.para("Facilitated by the National Employment Agency (NEA) and IOM. The group heard that in 2022 "
         "only 14 of the 96 licensed private employment agencies were inspected, and that fees "
         "charged to jobseekers, although prohibited, are common. Members of the group also asked "
         "whether the Ministry of Foreign Affairs could post labour attachés in Italy and Germany; no "
         "agreement was reached on this point.")
doc.heading("Recommendations", level=3)
doc.para("The group recommended that the National Employment Agency publish each month the list of "
         "licensed private employment agencies and of agencies whose licence has been withdrawn. It "
         "further recommended that the Government negotiate bilateral labour migration agreements "
         "that ban recruitment fees charged to workers, in line with the ILO General principles and "
         "operational guidelines for fair recruitment.")
doc.para("Countries of destination should allow Moldovan workers to change employer without losing "
         "their residence status.")

doc.heading("Working group 2 - Labour inspection and identification of victims", level=2)
doc.para("Facilitated by the SLI and the ILO. The head of the SLI specialised unit reported that it "
         "had carried out 63 targeted inspections in 2023, but that the rules on prior notification of "
         "inspections limit the element of surprise. She said that the Inspectorate would train all "
         "of its 120 inspectors on forced labour indicators by the end of 2024.")
doc.heading("Recommendations", level=3)
doc.para("Participants called for the removal of the prior notification requirement for inspections "
         "where indicators of forced labour are present. They also called for joint inspections with "
         "the labour inspectorates of countries of destination, starting with seasonal agriculture.")
doc.para("Participants called on the CCTP and the SLI to sign a protocol on the referral of suspected "
         "cases within 48 hours.")

doc.heading("Working group 3 - Prosecution and access to justice", level=2)
doc.para("Facilitated by the Prosecutor General's Office and the United Nations Office on Drugs and "
         "Crime (UNODC). Prosecutors described the difficulty of proving coercion when workers had "
         "signed contracts. A proposal to create a specialised court chamber for trafficking cases was "
         "discussed but did not gain support.")
doc.heading("Recommendations", level=3)
doc.para("It was proposed that the National Institute of Justice (NIJ) add a compulsory module on "
         "forced labour and trafficking for labour exploitation to the initial training of judges and "
         "prosecutors.")
doc.para("It was also proposed that court decisions in cases of trafficking for labour exploitation "
         "be published in anonymised form every year.")
doc.para("UNODC indicated that it would train 60 prosecutors and judges on trafficking for labour "
         "exploitation in the first half of 2024.")

doc.heading("Working group 4 - Protection, compensation and reintegration", level=2)
doc.para("Facilitated by La Strada Moldova and the MLSP. La Strada reported that its hotline received "
         "3,412 calls in 2022, a quarter of them about work abroad. Victims returning from abroad "
         "rarely receive compensation, and shelters depend on annual grants.")
doc.heading("Recommendations", level=3)
doc.bullets([
    "Revise the standard operating procedures of the National Referral System (NRS) to cover "
    "victims of forced labour identified abroad.",
    "Create a state compensation fund for victims of trafficking, financed in part from confiscated "
    "criminal assets.",
    "Guarantee a reflection period of at least 90 days to foreign victims, whether or not they "
    "cooperate with the investigation.",
    "Fund shelters run by NGOs through multi-year contracts rather than annual grants.",
])
doc.spacer(4)
doc.para("Local public authorities should designate a focal point for the reintegration of "
         "returning victims.")

doc.heading("4. Comments from the floor", level=1)
doc.para("The representative of Romania's National Agency against Trafficking in Persons (ANITP) "
         "welcomed the recommendation on joint inspections and indicated that her Government intends "
         "to carry out joint inspections with the SLI during the 2024 harvest season. The State "
         "Secretary of the MLSP replied that both countries would exchange lists of recruitment "
         "agencies under investigation.")
doc.para("Speaking for the National Confederation of Trade Unions of Moldova (CNSM), Mr Ion Ciobanu "
         "asked how workers recruited through online platforms could be protected when the platform "
         "was registered abroad.")
doc.para("The National Confederation of Employers of the Republic of Moldova (CNPM) noted that most "
         "member companies had no experience of supply chain due diligence, and undertook to publish "
         "a guidance note for members on forced labour risks in subcontracting before the end of "
         "2024.")
doc.para("The Ministry of Internal Affairs (MAI), for its part, undertook to:")
doc.bullets([
    "assign two additional investigators to the labour exploitation section of the CCTP in 2024;",
    "open an online form for reporting abusive job advertisements;",
    "share data on identified victims with the Permanent Secretariat every quarter.",
], marker="(a)")
doc.spacer(4)
doc.para("The delegation of Ukraine drew attention to the risks faced by Ukrainian refugees working "
         "informally in Moldova and asked that they be reached by the outreach campaigns.")
doc.para("Italy reported that its annual decree on seasonal work quotas now reserves places for "
         "workers from countries that have signed migration agreements, and said it was ready to "
         "discuss such an agreement with the Republic of Moldova.")
doc.para("The OSCE Mission to Moldova pledged to finance two regional trainings for "
         "multidisciplinary teams of the NRS in 2024. The United Nations High Commissioner for "
         "Refugees (UNHCR) stressed that refugees should be screened for trafficking indicators at "
         "registration.")
doc.para("UNICEF recalled that children left behind by migrant parents are themselves at risk, and "
         "asked whether the National Programme would include measures for them. Media reports that "
         "Germany's Federal Employment Agency might open a recruitment office in Chisinau were also "
         "discussed.")

doc.page_break()
doc.heading("5. Agreed follow-up actions", level=1)
doc.para("The plenary agreed the following actions.")
doc.table([
    ["No.", "Action", "Responsible", "Deadline"],
    ["1", "Submit the draft law on ratification of the 2014 Protocol to the Forced Labour "
          "Convention (P029) to the Government", "MLSP", "June 2024"],
    ["2", "Revise the NRS standard operating procedures to cover victims identified abroad",
          "MLSP", "Q3 2024"],
    ["3", "Develop and deliver a training module on trafficking for labour exploitation for judges "
          "and prosecutors", "NIJ", "By March 2024"],
    ["4", "Prepare the national strategic planning workshop for pathfinder status",
          "MLSP and Permanent Secretariat, with ILO support", "Q1 2024"],
    ["5", "Publish the list of licensed private employment agencies every month", "NEA",
          "From January 2024"],
    ["6", "Draft an amendment removing prior notification of inspections where forced labour "
          "indicators are present", "SLI", "Before the end of 2024"],
    ["7", "Run a national awareness campaign on safe online recruitment, including for refugees "
          "from Ukraine", "IOM and NEA", "Second half of 2024"],
    ["8", "Carry out the labour inspection needs assessment", "ILO", "2024"],
    ["9", "Report on implementation to the National Committee", "Permanent Secretariat",
          "31 December 2024"],
], ruled="grid", widths=[30, 264, 110, 80])
doc.spacer(4)
doc.para("It was agreed that the Permanent Secretariat would circulate the draft follow-up plan to all "
         "participants for comments by 15 December 2023, and that a validation meeting would take "
         "place the week of 22 January 2024.")

doc.heading("6. Closing", level=1)
doc.para("Closing the consultation, the Deputy Head of the Permanent Secretariat, Mr Victor Grosu, "
         "said that the Government is expected to approve the new National Programme for Preventing "
         "and Combating Trafficking in Human Beings by mid-2024, and that the recommendations of the "
         "consultation shall be reflected in its action plan. Participants were invited to send "
         "written comments to consultation.secretariat@example.org.")

doc.save()
