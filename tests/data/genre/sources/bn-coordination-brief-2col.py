"""bn-coordination-brief-2col: a two-column pathfinder coordination brief (November 2026).

Fictional. Tests: reported turns of a coordination call in running two-column prose, country
articles with commitments in prose and in boxes (nominal and verbal, two actors in a sentence),
an action group's lettered recommendations, breakout-session recommendations with generic
subjects, impersonal proposals, a calendar box of events, footnotes, nominal distractors.
"""

from docgen import Document, A4

doc = Document("bn-coordination-brief-2col.pdf", size=A4, lang="en",
               header="Alliance 8.7 - Pathfinder Coordination Brief - Issue 11 - November 2026",
               footer="Pathfinder Coordination Brief | pathfinders@example.org",
               page_numbers="{n}", title="Pathfinder Coordination Brief, Issue 11")
doc.columns(2)

doc.title("Pathfinder Coordination Brief", subtitle="Issue 11 - November 2026")
doc.para("<i>A round-up for focal points in pathfinder countries, action groups and partners of "
         "Alliance 8.7: what was said on the last coordination call, what governments have put on "
         "record, and what comes next.</i>")

doc.heading("Coordination call takes stock of roadmap delivery", level=1)
doc.para("Thirty-one focal points joined the virtual Pathfinder Coordination Call on 15 October "
         "2026, the first since the regional consultation in Amman in June. Opening the call, the "
         "Chair, Ms. Rania Haddad of the ILO Regional Office for Arab States, recalled that only "
         "four years remain before the 2030 horizon of the Sustainable Development Goals and that "
         "most pathfinder roadmaps end in 2027 or 2028.")
doc.para("Mongolia informed participants that its National Programme for the Elimination of the "
         "Worst Forms of Child Labour (2026-2030) had been approved by the Cabinet in July 2026. "
         "The representative of Fiji stressed that climate displacement was increasing the risk of "
         "trafficking in the Pacific. She added that the Ministry of Employment, Productivity and "
         "Industrial Relations (MEPIR) would launch a toll-free child labour helpline in 2027, "
         "with operators trained by UNICEF.")
doc.para("Jordan welcomed the progress made on fair recruitment but expressed concern about "
         "recruitment fees still charged to migrant domestic workers before departure. The "
         "delegate from Paraguay asked how pathfinder countries could access the Alliance 8.7 "
         "knowledge platform in Spanish, and whether translation of the roadmap toolkit was "
         "foreseen.")

with doc.box("In brief"):
    doc.bullets([
        "Zambia, whose roadmap was validated in March 2025, reported that 180 labour inspectors "
        "had been trained so far.",
        "Walk Free released its regional estimates for the Arab States in September.",
        "The Supply Chains Action Group elected new co-chairs at its 8 September meeting.",
    ], marker="-", style="small")

doc.para("Speaking for the workers' group, the International Trade Union Confederation (ITUC) "
         "called for all pathfinder countries that have not yet done so to ratify the 2014 "
         "Protocol to the Forced Labour Convention before the end of the Decade of Action. The "
         "International Organisation of Employers (IOE) responded that ratification had to be "
         "matched by enforcement capacity. It suggested that pathfinder countries pair each "
         "ratification with a labour inspection plan." + doc.footnote(
             "Summary record of the Pathfinder Coordination Call, 15 October 2026 (restricted)."))
doc.para("Walk Free noted that survivors' organisations were rarely consulted when roadmaps were "
         "reviewed. It was suggested that each pathfinder country invite at least one survivor-led "
         "organisation to its national steering committee. Participants also recommended that the "
         "Secretariat publish a simple template for annual progress reports.")

doc.heading("Mongolia: a programme with dates attached", level=1)
doc.para("Under its new National Programme, the Government of Mongolia will extend labour "
         "inspection to informal gold mining sites in Bayankhongor and Govi-Altai by 2028. The "
         "General Agency for Specialized Inspection (GASI) has committed to inspect every licensed "
         "horse-racing event during the 2027 racing season for the use of child jockeys, and the "
         "National Statistics Office (NSO) plans to run its second National Child Labour Survey in "
         "2027, with ILO technical assistance.")
doc.para("Mongolia and Fiji will both launch national child labour helplines in 2027, and the "
         "Government of Mongolia aims to connect its helpline to the 108 child protection line "
         "already run by the Family, Child and Youth Development Agency. Mongolia's objective under "
         "the existing Herder Children Protection Programme, launched in 2019, is to keep herder "
         "children in boarding schools; the programme continues unchanged.")

with doc.box("Key facts: Mongolia"):
    doc.para("Children aged 5-17 in child labour: an estimated 8.4 per cent (2021).", style="small")
    doc.para("Roadmap period: 2026-2030. Pathfinder since: 2023.", style="small")
    doc.para("Priority for 2027: adopting a list of hazardous work in herding and mining adapted to "
             "the climate of the Gobi.", style="small")

doc.heading("Jordan: inspectors, fees and a Protocol", level=1)
doc.para("Jordan's Ministry of Labour aims to complete ratification of the 2014 Protocol to the "
         "Forced Labour Convention by 2027, a step the Minister announced at the Amman "
         "consultation." + doc.footnote("Statement of the Minister of Labour, Amman, 24 June 2026.")
         + " The Ministry of Labour will also train 150 labour inspectors on forced labour "
         "indicators in the garment and agriculture sectors before the end of 2026.")
doc.para("On recruitment, Jordan's pledge to abolish all recruitment fees paid by migrant domestic "
         "workers by 2027 was restated on the call. The Government has in addition undertaken to "
         "issue a by-law regulating private recruitment agencies in the first half of 2027. The "
         "Qualifying Industrial Zones have had a buyer-led compliance programme since 2008, which "
         "is not part of the roadmap.")

doc.heading("Fiji and Paraguay in brief", level=1)
doc.para("Fiji intends to amend the Employment Relations Act to raise the minimum age for "
         "hazardous work to 18 within the next parliamentary session. The Fiji Bureau of "
         "Statistics has no survey planned before 2029.")
doc.para("In Paraguay, the Ministry of Labour, Employment and Social Security (MTESS) plans to "
         "train 90 labour inspectors on forced labour indicators in FY2027, focusing on the Chaco "
         "region. The National Statistics Institute (INE) is to repeat the national survey of "
         "activities of children and adolescents in 2027." + doc.footnote(
             "MTESS, Plan operativo 2027 (draft), section 3."))

with doc.box("Recommendations of the Migration Action Group"):
    doc.para("Meeting on 29 September 2026, the Migration Action Group recommends that:",
             style="small")
    doc.bullets([
        "pathfinder countries of origin and destination sign bilateral labour agreements that "
        "prohibit recruitment fees charged to workers;",
        "consular staff in countries of destination be trained to identify victims of forced "
        "labour among migrant workers;",
        "the ILO General Principles and Operational Guidelines for Fair Recruitment be referenced "
        "in every pathfinder roadmap that covers migration.",
    ], marker="(a)", style="small")

doc.heading("From the regional breakout sessions", level=1)
doc.para("The regional consultation in Amman on 23-24 June 2026 closed with two breakout sessions "
         "whose conclusions were presented again on the October call.")
doc.heading("Breakout session 1: Arab States", level=3)
doc.para("Governments should extend labour law coverage to domestic and agricultural workers. "
         "Member States are encouraged to publish annual data on trafficking prosecutions and "
         "convictions.")
doc.heading("Breakout session 2: Asia and the Pacific", level=3)
doc.para("Labour inspectorates should be trained on forced labour indicators in fishing and "
         "mining. The session proposed that a Pacific peer-learning network of pathfinder focal "
         "points be set up, hosted by Fiji.")

with doc.box("Calendar"):
    doc.table([
        ["Date", "Event", "Place"],
        ["9-10 December 2026", "Regional Consultation for Asia and the Pacific", "Bangkok"],
        ["21/01/2027", "Webinar: costing pathfinder roadmaps", "online"],
        ["week of 18 January 2027", "Launch of Mongolia's child labour helpline", "Ulaanbaatar"],
        ["early February 2027", "Global Coordinating Group meeting", "Geneva"],
        ["Q1 2027", "National validation workshop on Paraguay's revised roadmap", "Asuncion"],
    ], ruled="rows", font_size=7.5, widths=[60, 92, 60])

doc.heading("Agencies and social partners line up support", level=1)
doc.para("Several partners used the call to put support on the table. Mr. Tomas Benitez, Director "
         "of Labour Inspection at the MTESS, explained that Paraguay's inspectors had so far "
         "visited only 40 of the 200 cattle ranches registered in the Chaco. He asked the ILO for "
         "help in designing a risk-based inspection plan for remote estates. The ILO replied that "
         "it would include Paraguay in its 2027 inspection support programme.")
doc.para("UNICEF will co-finance the Fiji helpline for its first two years of operation. IOM plans "
         "to second a fair recruitment adviser to the Ministry of Labour in Amman in the first "
         "quarter of 2027, and the United Nations Office on Drugs and Crime (UNODC) has offered to "
         "train prosecutors from Jordan and Paraguay on forced labour cases, which both countries "
         "accepted.")
doc.para("The representative of OHCHR took the floor to stress that helplines must guarantee the "
         "confidentiality of children who call them. UNODC recalled that trafficking for forced "
         "labour now accounts for a larger share of detected cases than in 2016. The Mongolian "
         "Employers' Federation (MONEF) expressed its support for the mining inspections and "
         "pledged to brief its members in Bayankhongor before the 2027 mining season.")
doc.para("The ITUC, for its part, undertook to organise a trade union training for the Jordanian "
         "and Paraguayan union centres on the 2014 Protocol in 2027. A first session is not yet "
         "scheduled; the General Federation of Jordanian Trade Unions (GFJTU) has said it would "
         "host it if funds are found.")

doc.heading("What the Secretariat will do", level=1)
doc.para("The Secretariat will translate the roadmap toolkit into Spanish and French by March 2027 "
         "and plans to circulate the progress-report template before the GCG meeting.")

doc.save()
