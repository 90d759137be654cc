"""ws-validation-workshop: outcome note of a national roadmap validation workshop (fictional, Malawi 2024).

Draft roadmap priorities in a ruled table, comments from the floor in two columns, a table of
amendments agreed, and the Government's undertakings at closing as an (a)-(e) list.
"""

from docgen import A4, Document

doc = Document("ws-validation-workshop.pdf", size=A4, lang="en",
               header="Republic of Malawi – Ministry of Labour | Alliance 8.7 pathfinder roadmap",
               footer="Validation workshop outcome note, June 2024", page_numbers="Page {n} of {total}",
               title="National Validation Workshop on Malawi's Alliance 8.7 Roadmap - Outcome Note")

doc.title("National Validation Workshop on Malawi's Alliance 8.7 Roadmap (2024–2028)",
          subtitle="Workshop outcome note | Lilongwe, 26–27 June 2024")

doc.heading("1. Purpose and participants")
doc.para("The Ministry of Labour (MoL) convened the workshop to validate the draft roadmap prepared "
         "after Malawi's national strategic planning workshop, held in Salima on 14–16 March 2023. "
         "Malawi expressed its interest in becoming an Alliance 8.7 pathfinder country in a letter "
         "to the Alliance 8.7 Secretariat dated 15/09/2022. The draft itself was written by a "
         "technical drafting team at a retreat in Mangochi from 15/04/2024 to 19/04/2024.")
doc.para("Participants included the Ministry of Gender, Community Development and Social Welfare "
         "(MoGCDSW), the Ministry of Education, the Ministry of Agriculture, the Ministry of Homeland "
         "Security, the Malawi Police Service, the National Statistical Office (NSO), the Malawi "
         "Congress of Trade Unions (MCTU), the Employers' Consultative Association of Malawi (ECAM), "
         "the Tobacco Commission, the Malawi Human Rights Commission (MHRC), district councils, "
         "civil society organisations, the ILO, UNICEF, IOM and the Eliminating Child Labour in "
         "Tobacco Growing Foundation (ECLT Foundation).", style="small")

doc.heading("2. Opening session")
doc.para("The Minister of Labour, Hon. Grace Mbewe, opened the workshop. She recalled that 38 per cent "
         "of children aged 5–17 were in child labour at the time of the last national survey, most "
         "of them in agriculture. The Minister stated that the Government shall table the Employment "
         "(Amendment) Bill, which raises the minimum age for employment from 14 to 16 years, in "
         "Parliament before the end of 2024.")
doc.para("The Director of the ILO Country Office for Zambia, Malawi and Mozambique commended the "
         "inclusive drafting process and said that the ILO would support the costing of the roadmap "
         "in the second half of 2024. The UNICEF Representative stressed that keeping children in "
         "school was the most effective protection against child labour and early marriage.")

doc.heading("3. The draft roadmap")
doc.para("The Director of Labour Services presented the draft, which is built on four priority areas. "
         "The table reproduces the key actions of each priority area as presented to the workshop.")
doc.table([
    ["Priority area", "Key actions (draft of June 2024)", "Lead institutions"],
    ["1. Legal and policy framework",
     "Raise the minimum age for admission to employment from 14 to 16 years and adopt the updated "
     "list of hazardous work for children", "MoL; Ministry of Justice"],
    ["2. Child labour in agriculture and domestic work",
     "Scale up area-based interventions in tobacco- and tea-growing districts, including Kasungu, "
     "Mchinji and Thyolo", "MoL; Ministry of Agriculture; district councils"],
    ["3. Trafficking in persons and forced labour",
     "Fully implement the Trafficking in Persons Act, 2015 and open two additional shelters for "
     "victims", "Ministry of Homeland Security; MoGCDSW"],
    ["4. Data, coordination and resources",
     "Conduct the second National Child Labour Survey in 2026 and set up a roadmap monitoring "
     "dashboard", "NSO; MoL"],
], widths=[120, 250, 120], ruled="grid", font_size=8)

doc.columns(2)
doc.heading("4. Comments from the floor")
doc.para("The floor was opened after the presentation. The comments below are summarised in the "
         "order in which they were made.", style="small")
doc.para("<b>MCTU.</b> Speaking for the Malawi Congress of Trade Unions (MCTU), Mr Chikondi Banda "
         "welcomed the draft but regretted that tenancy arrangements in tobacco were mentioned only "
         "in passing. MCTU proposed that the roadmap include a specific output on child labour in "
         "tobacco tenancy arrangements, and that additional labour inspectors be recruited for rural "
         "districts.")
doc.para("<b>ECAM.</b> The Employers' Consultative Association of Malawi (ECAM) stressed that most "
         "agricultural employers were smallholders with limited capacity to comply. ECAM suggested "
         "phasing in the new hazardous work list over 12 months, accompanied by guidance for "
         "employers. It will train 200 member enterprises on child labour due diligence by the end "
         "of 2025.")
doc.para("<b>ECLT Foundation.</b> The ECLT Foundation asked whether the roadmap would be costed "
         "before its submission to Cabinet, and how the Tobacco Commission would be involved in "
         "monitoring.")
doc.para("<b>Kasungu District Council.</b> A labour officer from Kasungu District Council observed "
         "that the district had only three labour inspectors for more than 200,000 tobacco-growing "
         "households.")
doc.para("<b>NSO.</b> The National Statistical Office indicated that, if resources allow, a child "
         "labour module could be added to the next Integrated Household Survey, in addition to the "
         "stand-alone survey planned for 2026.")
doc.para("<b>MNACL.</b> Speaking for the Malawi Network against Child Labour (MNACL), a coalition of "
         "40 NGOs, Ms Tiwonge Phiri called for the inclusion of survivors of trafficking in the "
         "National Coordination Committee against Trafficking in Persons.")
doc.para("<b>MHRC.</b> The Malawi Human Rights Commission recommended that the roadmap provide for an "
         "independent annual progress review, with the results made public.")
doc.para("<b>IOM.</b> IOM noted that most identified victims of trafficking in Malawi had been "
         "exploited in farm work and domestic work, within the country or in South Africa, "
         "Mozambique and Zambia. IOM offered to support the Ministry of Homeland Security in "
         "training immigration officers at the main border posts.")
doc.para("<b>Ministry of Education.</b> The Ministry of Education reported that the National School "
         "Meals Programme had reached all public primary schools in Kasungu and Mchinji in 2023.")
with doc.box("Breakout groups"):
    doc.para("On the afternoon of 26 June, participants met in three breakout groups (legal "
             "framework; agriculture and domestic work; trafficking and data) to turn the comments "
             "into proposed amendments. Their reports were discussed in plenary on 27 June, and the "
             "amendments in section 5 were agreed by consensus.", style="small")
doc.para("<b>Points raised in the breakout groups that were not retained as amendments:</b>",
         style="small")
doc.bullets([
    "whether domestic work by children in the homes of relatives should be covered by the "
    "hazardous work list;",
    "how the roadmap relates to the National Social Support Programme;",
    "whether district child labour committees should receive their own budget.",
], marker="-", style="small")
doc.para("These points were referred to the National Steering Committee on Child Labour.",
         style="small")

doc.columns(1)
doc.heading("5. Amendments agreed")
doc.para("Following the discussion in plenary and in the breakout groups, the workshop agreed on the "
         "following amendments to the draft roadmap:")
doc.table([
    ["No.", "Section of the draft", "Amendment agreed"],
    ["A1", "Priority area 1", "Add an output on recruiting and training additional labour "
                              "inspectors, with priority for rural districts"],
    ["A2", "Priority area 2", "Add a specific output on child labour in tobacco tenancy "
                              "arrangements"],
    ["A3", "Priority area 2", "Phase in the updated hazardous work list over 12 months, with "
                              "guidance for employers"],
    ["A4", "Priority area 3", "Include representatives of survivors of trafficking in the National "
                              "Coordination Committee against Trafficking in Persons"],
    ["A5", "Priority area 4", "Provide for an independent annual progress review, to be published"],
    ["A6", "Monitoring framework", "Disaggregate all roadmap indicators by sex, age and district"],
    ["A7", "Annex (budget)", "Cost the roadmap before its submission to Cabinet"],
], widths=[34, 110, 346], ruled="rows")

doc.heading("6. Closing session: undertakings of the Government")
doc.para("In his closing remarks, the Principal Secretary for Labour, Mr Blessings Kaunda, thanked "
         "participants for a frank and constructive discussion. The Government undertook to:")
doc.bullets([
    "submit the validated roadmap to Cabinet for endorsement before the end of 2024;",
    "create a dedicated budget line for the elimination of child labour in the FY2025/26 national "
    "budget;",
    "recruit 60 additional labour inspectors by mid-2026, giving priority to rural districts;",
    "table the Domestic Workers Convention, 2011 (No. 189) before Parliament for ratification;",
    "convene the National Steering Committee on Child Labour every quarter to monitor the "
    "roadmap.",
], marker="(a)")
doc.para("ECAM and MCTU each pledged to designate a roadmap focal point within one month. The ILO and "
         "UNICEF confirmed that they would jointly support the second National Child Labour Survey "
         "planned for 2026. The Tobacco Commission agreed to require the registration of all "
         "tenancy agreements with district labour offices from the 2025 marketing season.")

doc.heading("7. Next steps")
doc.para("The validated roadmap will be launched on the World Day Against Child Labour, 12 June 2025. "
         "Before then, Malawi will present its roadmap to the Alliance 8.7 Global Coordinating Group "
         "at its meeting in Q4 2024. Comments on the final text may be sent to "
         "roadmap.malawi@example.org until 31 July 2024.")

doc.save()
