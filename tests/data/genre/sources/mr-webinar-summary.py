"""Summary of a virtual session (webinar) of the Action Group on Conflict and Humanitarian Settings.

Style: meeting report (mr-), English. Builds ../mr-webinar-summary.pdf.
A single-column summary with a session information table without rules, a list of panellists,
numbered paragraphs in reported speech, questions from participants with the replies,
announcements and a lettered list of agreed next steps.
"""

from reportlab.lib.units import mm

from reportlab.lib.styles import ParagraphStyle

from docgen import A4, STYLES, Document

# a tighter body style of this script only (registered in this process, docgen is untouched)
STYLES["tight"] = ParagraphStyle("tight", parent=STYLES["body"], fontSize=9.5, leading=12.4,
                                 spaceAfter=5)

doc = Document("mr-webinar-summary.pdf", size=A4, lang="en",
               header="Alliance 8.7 - Action Group on Conflict and Humanitarian Settings",
               footer="Summary of Virtual Session 7 - for circulation to Action Group members",
               page_numbers="{n}/{total}",
               title="Virtual Session 7: Child labour and forced labour in displacement",
               margin=16 * mm)
_para = doc.para


def para(text, style="body", **kw):
    """Body paragraphs a little tighter than docgen's default, as in a secretariat summary."""
    # numbered paragraphs are kept whole on one page
    doc.keep_together(lambda: _para(text, "tight" if style == "body" else style, **kw))


doc.para = para

doc.title("Virtual Session 7: Child labour and forced labour in displacement - from emergency "
          "response to durable solutions",
          subtitle="Summary of the webinar held online (Zoom), Wednesday 11 June 2025, "
                   "14:00-15:45 CEST")

doc.table([
    ["Organised by", "Action Group on Conflict and Humanitarian Settings, with the support of the "
                     "Alliance 8.7 Secretariat"],
    ["Moderator", "Mr Tomas Arrieta Salgado, Senior Protection Officer, UNHCR, Co-chair of the "
                  "Action Group"],
    ["Participation", "212 registered, 164 connected at the peak, from 47 countries"],
    ["Languages", "English, French and Spanish (simultaneous interpretation)"],
    ["Recording", "Available to members on request: ag-conflict@example.org"],
    ["Comments", "To the Secretariat (secretariat-ag@example.org) within two weeks of circulation"],
], ruled="none", header=False, widths=[95, 380], font_size=9)

doc.heading("Panellists", level=2)
doc.bullets([
    "Ms Achta Mahamat Nour, Director-General of Labour, Ministry of Public Service, Labour and "
    "Social Dialogue (MFPTDS), Chad",
    "Mr Karim Haddad, Head of the National Child Labour Unit, Ministry of Labour (MoL), Lebanon",
    "Ms Laura Benitez Ortega, Vice-Minister for Labour Relations and Inspection, Ministry of "
    "Labour (MinTrabajo), Colombia",
    "Ms Olga Rusu, Head of the Directorate for Employment Policy, Ministry of Labour and Social "
    "Protection (MMPS), Republic of Moldova",
    "Ms Hanne Kjeldsen, Senior Specialist on Forced Labour, International Labour Organization (ILO)",
    "Mr Samuel Okonjo, Child Protection in Emergencies Adviser, UNICEF",
    "Ms Rima Fakhoury, Senior Counter-Trafficking Officer, International Organization for "
    "Migration (IOM)",
    "Mr Vasile Moraru, Vice-President, National Trade Union Confederation of Moldova (CNSM)",
    "Ms Claire Dubois-Mensah, Senior Adviser, International Organisation of Employers (IOE)",
    "Mr Andres Quintero, Head of Responsible Sourcing, Altamira Coffee Traders S.A.S. (Colombia)",
    "Ms Fatime Abakar, Executive Director, Association Tchadienne pour la Protection de "
    "l'Enfance (ATPE)",
], marker="-", style="small")

doc.heading("1. Opening of the session")
doc.para("1. The moderator opened the session on behalf of the co-chairs and recalled that the "
         "Action Group had devoted its 2025 work plan to the transition from emergency response "
         "to durable solutions. According to the figures he cited, more than 120 million people "
         "were forcibly displaced worldwide at mid-2024, some 40 per cent of them children.")
doc.para("2. He recalled that Virtual Session 6, held on 26 February 2025, had addressed the "
         "recruitment and use of children by armed groups, and that its summary had been posted "
         "on the Alliance 8.7 knowledge platform. The moderator stressed that child labour in "
         "displacement was too often treated as a development issue to be dealt with after the "
         "emergency, when it starts in the first weeks of a crisis.")

doc.heading("2. Government perspectives")
doc.para("3. Ms Achta Mahamat Nour (Chad) described the situation in the eastern provinces of "
         "Ouaddai and Wadi Fira, where more than 700,000 refugees from Sudan had arrived since "
         "April 2023 and where children were increasingly found in artisanal gold mining and "
         "domestic work. She recalled that Chad had ratified the 2014 Protocol to the Forced "
         "Labour Convention in 2022. She announced that the MFPTDS will deploy twelve additional "
         "labour inspectors to the refugee-hosting provinces before the end of 2025, and that "
         "Chad intends to submit its letter of interest in becoming an Alliance 8.7 pathfinder "
         "country in the second half of 2025.")
doc.para("4. Mr Karim Haddad (Lebanon) stressed that the economic crisis had pushed child labour "
         "among Syrian refugee and Lebanese children to levels not seen in two decades. He "
         "indicated that the Ministry's next step is to update the national list of hazardous "
         "work for children, and that the Government was determined to extend the national child "
         "labour monitoring system to the informal tented settlements of the Bekaa by mid-2026. "
         "He cautioned that, should donor funding not be renewed, the child labour helplines in "
         "the north of the country would have to close.")
doc.para("5. Ms Laura Benitez Ortega (Colombia) explained that Colombia hosts close to three "
         "million migrants and refugees from Venezuela, many of whom work without contracts on "
         "coffee and palm oil farms. MinTrabajo looks forward to launching a joint labour "
         "inspection protocol with Migracion Colombia for farms employing migrant workers in the "
         "coffee belt in Q3 2025. She added that Colombia has committed to train 600 labour "
         "inspectors on the ILO indicators of forced labour within two years.")
doc.para("6. Ms Olga Rusu (Republic of Moldova) said that most of the refugees from Ukraine who "
         "had remained in the country were women and children, and that trafficking for labour "
         "exploitation was increasingly detected through online job advertisements. The "
         "Ministry plans to open two additional one-stop employment and protection centres for "
         "refugees, in Balti and Cahul, in the first half of 2026. In addition, the Ministry "
         "will make the national anti-trafficking hotline available in Ukrainian and Russian by "
         "September 2025. Moldova and IOM undertook to jointly develop a public register of "
         "licensed recruitment agencies before the end of 2025.")

doc.heading("3. International organisations")
doc.para("7. Ms Hanne Kjeldsen (ILO) presented the preliminary findings of a rapid assessment in "
         "three refugee-hosting districts, which found that one working child in four was "
         "engaged in hazardous work. The ILO will publish a guidance note on integrating child "
         "labour and forced labour into humanitarian needs overviews by December 2025. She "
         "proposed that child labour be included as a standard indicator in the protection "
         "monitoring tools of all humanitarian clusters.")
doc.para("8. Mr Samuel Okonjo (UNICEF) noted that cash transfers alone had not kept adolescents "
         "in school in the camps he had visited. UNICEF is to scale up cash-plus programmes "
         "linked to school enrolment in Chad and Lebanon, reaching an additional 45,000 children "
         "in 2026. He suggested that the Action Group draft a joint advocacy message on child "
         "labour to the Humanitarian Coordinators of the main refugee-hosting countries.")
doc.para("9. Ms Rima Fakhoury (IOM) reported that IOM had assisted 1,240 victims of trafficking "
         "in the region in 2024, two thirds of them exploited for labour. IOM intends to roll "
         "out its counter-trafficking hotline in Romanian, Russian and Ukrainian at all border "
         "crossings between Moldova and Ukraine by the end of the third quarter of 2025.")

doc.heading("4. Social partners, business and civil society")
doc.para("10. Speaking for the workers, Mr Vasile Moraru (CNSM) underlined that refugees must be "
         "free to join trade unions if they are to escape exploitative jobs. CNSM has committed "
         "to opening information desks for refugee workers in its twelve regional offices by the "
         "end of 2025. He called on governments that had not yet done so to ratify the 2014 "
         "Protocol to the Forced Labour Convention.")
doc.para("11. Speaking for the employers, Ms Claire Dubois-Mensah (IOE) stressed that businesses "
         "sourcing from conflict-affected areas needed heightened due diligence rather than "
         "disengagement, which would only push workers into the informal economy. She put "
         "forward the idea of a helpdesk for small and medium-sized suppliers in conflict-affected "
         "areas, to be hosted by national employers' organisations. The IOE aims to publish a "
         "practical guide on heightened human rights due diligence for employers in fragile "
         "settings in early 2026.")
doc.para("12. Mr Andres Quintero (Altamira Coffee Traders) explained how the company had "
         "remediated 37 cases of child labour identified by its farm monitors since 2023. The "
         "company plans to extend its supplier code of conduct, including the ban on "
         "recruitment fees, to all 3,400 smallholder farms in its supply chain by the 2026 "
         "harvest.")
doc.para("13. Ms Fatime Abakar (ATPE) described how children from the Adre and Farchana camps "
         "were being sent to gold mining sites in the Batha province. She recommended that child "
         "labour indicators be added to the protection monitoring carried out in refugee camps. "
         "ATPE is to train 300 community child protection volunteers in the camps by March 2026.")

doc.heading("5. Questions from participants and replies")
doc.para("14. In the ensuing discussion, the moderator read out questions submitted in the chat "
         "and through the Q&A function.")
doc.para("15. A participant from the National Agency for the Prohibition of Trafficking in "
         "Persons (NAPTIP) of Nigeria asked how victims of trafficking could be identified among "
         "displaced people without exposing them to deportation. In reply, Ms Fakhoury (IOM) "
         "pointed to the need for a firewall between labour inspection and immigration "
         "enforcement, so that victims can come forward safely.")
doc.para("16. A participant from Walk Free asked whether any data existed on forced labour among "
         "internally displaced persons. Ms Kjeldsen (ILO) replied that no representative survey "
         "existed so far, and that the ILO would test a module on displaced populations in two "
         "national labour force surveys in 2026.")
doc.para("17. A labour inspector from the National Labour Inspectorate (PIP) of Poland asked how "
         "cross-border cases were handled when the employer was located in another country. Ms "
         "Rusu replied that Moldova and Poland had signed a memorandum on the exchange of "
         "information between labour inspectorates in 2024, and that first joint cases had been "
         "opened.")
doc.para("18. A representative of Anti-Slavery International asked whether the companies "
         "present would disclose their remediation data. Mr Quintero replied that Altamira was "
         "prepared to publish anonymised remediation data every year, starting with its 2025 "
         "sustainability report.")
doc.para("19. Asked about funding, Ms Mahamat Nour said that, if additional resources were "
         "mobilised, the Government could extend the deployment of inspectors to the southern "
         "provinces. One participant asked whether future sessions could be held in Arabic; the "
         "moderator replied that the Secretariat would look into it.")

doc.heading("6. Announcements")
doc.bullets([
    "UNHCR announced that a regional consultation on child labour in the Sahel and Lake Chad "
    "crises will take place in N'Djamena on 22-23 September 2025, co-organised with the MFPTDS.",
    "The ILO announced a technical workshop for labour inspectors from Moldova and Ukraine, to be "
    "held in Chisinau the week of 14 July 2025.",
    "Participants were reminded that the World Day Against Child Labour would be marked the "
    "following day, 12 June 2025.",
], style="tight")

doc.heading("7. Conclusions and next steps")
doc.para("20. In closing, the moderator thanked the panellists and summarised the main points "
         "of the discussion. Participants urged donors to ensure multi-year funding for child "
         "labour responses in protracted crises. It was recommended that ministries of labour "
         "be systematically invited to humanitarian country team meetings in refugee-hosting "
         "countries.")
doc.para("21. The following next steps were agreed:")
doc.bullets([
    "the co-chairs will circulate a draft joint advocacy message on child labour to "
    "Humanitarian Coordinators by 15 July 2025;",
    "the Secretariat will prepare, with the ILO and UNICEF, a note on including child labour "
    "indicators in humanitarian needs overviews and protection monitoring;",
    "members will send their contributions to the 2026 work plan before 31 August 2025;",
    "the co-chairs will present the outcomes of the session to the Global Coordinating Group at "
    "its meeting in November 2025;",
    "the next virtual session, on responsible business conduct in conflict-affected supply "
    "chains, will be held in early October 2025.",
], marker="(a)", style="tight")
doc.save()
