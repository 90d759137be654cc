"""Report of a (fictional) GCG plenary with three thematic sessions: numbered paragraphs,
reported speech, session recommendations in boxes, decisions at the end, programme annex."""

from docgen import A4, Document

doc = Document("mr-plenary-session-report.pdf", size=A4, lang="en",
               header="Alliance 8.7 - Global Coordinating Group | GCG/12/2023/REP",
               footer="www.alliance87.org", page_numbers="{n}",
               title="Report of the twelfth plenary meeting of the Global Coordinating Group")

_n = [0]
_head = []


def h(title):
    """A section heading, kept on the page of the paragraph that follows it."""
    _head.append(title)


def p(text):
    """A numbered paragraph of the report (never split across pages)."""
    _n[0] += 1

    def build():
        while _head:
            doc.heading(_head.pop(0))
        doc.para(f"{_n[0]}.  {text}")
    doc.keep_together(build)


doc.title("Report of the twelfth plenary meeting of the Global Coordinating Group",
          subtitle="Lusaka, Zambia, and online, 14\u201315 November 2023")
doc.para("Prepared by the Alliance 8.7 Secretariat. Distribution: members and observers of the "
         "Global Coordinating Group. Original: English.", style="small")

h("I. Opening of the meeting")
p("The twelfth plenary meeting of the Global Coordinating Group (GCG) of Alliance 8.7 took place "
  "in Lusaka, Zambia, on 14\u201315 November 2023, with remote participation. It was hosted by the "
  "Ministry of Labour and Social Security (MLSS) of Zambia and chaired by Mr Tom\u00e1s Echeverri "
  "Luna (Chile), Chair of the GCG. Some 140 participants attended in person or online, from 29 "
  "Governments, seven United Nations entities, the social partners, civil society organizations "
  "and research institutions. On the eve of the meeting, on 13 November, the host Government "
  "organized a field visit to small-scale mining sites in Central Province.")
p("Opening the meeting, the Chair observed that little more than two years remained before the "
  "2025 milestone of Target 8.7 and that, on current trends, the world would miss it by a wide "
  "margin. He stressed that the Group could not afford another year of declarations without "
  "delivery, and asked members to leave Lusaka with commitments that could be monitored.")
p("The Minister of Labour and Social Security of Zambia, Ms Brenda Mwansa Chileshe, welcomed "
  "participants. Zambia had sent its letter of interest in becoming a pathfinder country to the "
  "Secretariat in March 2023. The Minister announced that the national strategic planning workshop "
  "would be held in Lusaka in the first quarter of 2024, and that her Ministry intends to submit "
  "revised regulations on hazardous work for children to Cabinet by June 2024.")
p("On behalf of the Secretariat, Ms Hanne Vestergaard reviewed the implementation of the GCG work "
  "plan for 2023\u20132025. Since the eleventh meeting, held in Geneva on 3\u20134 May 2023, two "
  "further countries had validated their roadmaps and the number of Action Pledges registered on "
  "the Alliance 8.7 knowledge platform had passed 300. The Secretariat will circulate a revised "
  "template for pathfinder progress reports to all pathfinder focal points by 31 January 2024.")

h("II. Adoption of the agenda and of the report of the eleventh meeting")
p("The provisional agenda (GCG/12/2023/1) was adopted without amendment. The report of the "
  "eleventh meeting was approved, subject to a correction to paragraph 27 requested by the "
  "delegation of Guatemala.")
p("The Chair recalled that the eleventh meeting had recommended that every action group align its "
  "work plan with the Durban Call to Action on the Elimination of Child Labour; the work plans now "
  "before the Group reflected that recommendation.")

h("III. Thematic session 1: Ending child labour in agriculture \u2013 what will it take?")
p("The session was moderated by Ms Aiko Tanabe of the Food and Agriculture Organization of the "
  "United Nations (FAO). It heard from Malawi, Nepal and Peru, the International Organisation of "
  "Employers (IOE) and the International Trade Union Confederation (ITUC). Introducing the "
  "discussion, the moderator recalled that most children in child labour work in agriculture, "
  "largely as unpaid family workers, and that labour inspection rarely reaches family farms.")
p("The representative of Malawi, Mr Chikondi Banda of the Ministry of Labour, recalled that Malawi "
  "had ratified the Worst Forms of Child Labour Convention, 1999 (No. 182) in 1999 and had adopted "
  "its second National Action Plan on Child Labour in 2020. The Ministry will extend community "
  "child labour committees to all 28 districts by December 2024 and will train 120 labour "
  "inspectors on hazardous child labour in tobacco and tea estates before the 2024/25 growing "
  "season. Should additional funding be secured, the Government would also extend the programme "
  "to the fisheries sector on Lake Malawi.")
p("For Nepal, a pathfinder country, Ms Sushila Adhikari, Joint Secretary of the Ministry of Labour, "
  "Employment and Social Security (MoLESS), explained that the last labour force survey had shown "
  "high rates of child labour among the children of agricultural tenant families. MoLESS plans to "
  "field a dedicated national child labour survey in the second half of 2024, with technical "
  "support from the ILO, so that results are available before the end of the roadmap period. She "
  "asked whether the Alliance could help pathfinder countries to compare survey results across "
  "the region.")
p("The representative of Peru, speaking for the Ministry of Labour and Employment Promotion (MTPE), "
  "indicated that her Government intends to train 300 inspectors of the National Superintendency "
  "of Labour Inspection (SUNAFIL) on child labour in agriculture by mid-2024, and to open two new "
  "inspection offices in the coffee regions of Jun\u00edn and Cusco. Peru, one of the first "
  "pathfinder countries, had held its national strategic planning workshop in 2018.")
p("Speaking for the employers, Mr Jonas Whitfield of the IOE said that enterprises sourcing from "
  "smallholders needed predictable rules rather than a patchwork of private audits. The IOE would "
  "launch, together with national employers' organizations in Malawi and Zambia, a peer-learning "
  "network for agribusiness on child labour due diligence in early 2024.")
p("Ms Rosa Quispe of the ITUC, speaking on behalf of the workers' group, stressed that child labour in "
  "agriculture would not end while adult agricultural workers earned less than a living wage. She "
  "proposed that the Alliance convene, with FAO and the ILO, a tripartite dialogue on living "
  "incomes in cocoa, coffee and tobacco supply chains during 2024.")
p("In the ensuing discussion, several delegations expressed support for closer links between "
  "school feeding programmes and child labour monitoring. Madagascar noted that the lean season "
  "between harvests remained the period of highest risk for children in vanilla-growing districts. "
  "UNICEF suggested that child labour monitoring should be built into the cash transfer registries "
  "that many Governments were expanding. The meeting urged development partners to align their "
  "funding for agricultural development with national action plans on child labour.")
p("Malawi and Zambia agreed to carry out joint inspection visits to tobacco farms along their "
  "common border in the second half of 2024.")

with doc.box("Recommendations of thematic session 1"):
    doc.bullets([
        "Governments should make child labour in agriculture a standing priority of labour "
        "inspection plans, with inspection reaching family farms and plantations alike.",
        "Pathfinder countries should complete a national child labour survey, or a child labour "
        "module in the labour force survey, before the end of their roadmap period.",
        "The Alliance is encouraged to set up a peer-learning exchange on extending social "
        "protection to agricultural households, drawing on the experience of Malawi and Peru.",
        "FAO and the ILO should jointly publish guidance for agricultural cooperatives on "
        "identifying and remediating child labour.",
    ], marker="(a)")

h("IV. Thematic session 2: Fair recruitment and forced labour in South Asian migration "
            "corridors")
p("The second session, moderated by Mr Pedro Almonte of the International Organization for "
  "Migration (IOM), examined recruitment fees, the retention of passports and debt bondage among "
  "workers who migrate from Bangladesh, Nepal and Sri Lanka to the Gulf and to Malaysia. IOM "
  "recalled that recruitment costs could amount to several months of a migrant worker's wages.")
p("Nepal reported that the Foreign Employment Act was under review. The Government undertook to:")
doc.bullets([
    "amend the Act to enshrine the employer pays principle, so that no worker bears recruitment "
    "fees or related costs, by 2025;",
    "digitalise the issuance of labour permits in all seven provinces; and",
    "publish every year the list of recruitment agencies sanctioned for charging fees.",
], marker="(a)", indent=30)
p("Sri Lanka, through the Sri Lanka Bureau of Foreign Employment (SLBFE), has committed to "
  "revising the licensing conditions of recruitment agencies to apply the employer pays principle "
  "in full by the end of 2024. The delegate explained that the bilateral agreements concluded with "
  "destination countries in 2022 had not reduced the fees paid by women domestic workers.")
p("The representative of Bangladesh stated that the Ministry of Expatriates' Welfare and Overseas "
  "Employment (MoEWOE) would open migrant worker resource centres in ten more districts during "
  "FY2024/25, to inform prospective migrants of their rights before departure. Bangladesh was also "
  "considering ratification of the 2014 Protocol to the Forced Labour Convention, but no date had "
  "been set.")
p("The representative of the General Federation of Nepalese Trade Unions (GEFONT), speaking for "
  "the workers' group, urged destination countries to allow migrant workers to join trade unions, "
  "and recommended that bilateral labour agreements include a standard clause prohibiting the "
  "charging of recruitment fees to workers.")
p("The Bangladesh Employers' Federation (BEF) said that responsible recruiters were undercut by "
  "unlicensed sub-agents, and pledged to publish a code of conduct on ethical recruitment for its "
  "member companies before the end of 2024. The IOE pointed out that the International Recruitment "
  "Integrity System (IRIS) of IOM already offered a certification standard, and asked whether "
  "Governments would recognize it in licensing.")
p("It was proposed that the Migration Action Group prepare, with IOM and the ILO, a short guidance "
  "note on applying the employer pays principle in licensing regimes, for discussion at the next "
  "GCG meeting. Participants suggested that the Alliance compile an inventory of the bilateral "
  "labour agreements in force along South Asian corridors and review their safeguards against "
  "forced labour.")

with doc.box("Recommendations of thematic session 2"):
    doc.bullets([
        "Countries of origin and destination should incorporate the employer pays principle in "
        "their recruitment laws and licensing regulations.",
        "Governments should make the retention of migrant workers' passports and identity "
        "documents by employers an offence.",
        "Pre-departure and post-arrival orientation should be delivered jointly by countries of "
        "origin and destination, with the involvement of trade unions.",
        "The Migration Action Group is invited to report to the thirteenth meeting on progress "
        "towards fair recruitment in these corridors.",
    ], marker="(a)")

h("V. Thematic session 3: Rule of law and data \u2013 holding perpetrators of "
            "trafficking to account")
p("The third session was moderated by Ms Lindiwe Mokoena of the United Nations Office on Drugs and "
  "Crime (UNODC). UNODC noted that convictions for trafficking in persons remained rare in both "
  "Latin America and Southern Africa, and that many victims were identified only after years of "
  "exploitation.")
p("Guatemala, represented by the Secretariat against Sexual Violence, Exploitation and Trafficking "
  "in Persons (SVET), announced that it would establish a specialized prosecution unit for "
  "trafficking for labour exploitation within the Public Prosecutor's Office in 2024. It would "
  "also train 150 judges and prosecutors on forced labour indicators before the end of 2024.")
p("South Africa's Department of Employment and Labour (DEL) and the National Prosecuting Authority "
  "(NPA) are expected to run joint training for prosecutors and labour inspectors on forced labour "
  "indicators in agriculture and fishing, beginning in Q3 2024. The representative of South Africa "
  "recalled that the Prevention and Combating of Trafficking in Persons Act had been in force since "
  "2015, and that the 5th Global Conference on the Elimination of Child Labour had been held in "
  "Durban in May 2022.")
p("Peru stated that the Ministry of Women and Vulnerable Populations (MIMP) and the Ministry of "
  "the Interior plan to adopt an inter-institutional protocol for the referral of trafficking "
  "victims to shelters and psychosocial care by mid-2024.")
p("Ms Eleanor Brandt of Walk Free presented preliminary findings of a survey of 1,200 returned "
  "migrant workers in three Southern African countries, one in five of whom had experienced at "
  "least one indicator of forced labour. Walk Free will publish the full results in the first half "
  "of 2024 and intends to share the anonymised data set with national statistical offices.")
p("Professor Daniel Okafor of the University of Nottingham Rights Lab proposed that pathfinder "
  "countries adopt a common core set of indicators to report on prosecutions, convictions and "
  "victims identified, so that progress could be compared across roadmaps. Several delegations "
  "supported the proposal. Chile wondered how such indicators would relate to the data already "
  "reported for the UNODC Global Report on Trafficking in Persons. The meeting called for closer "
  "cooperation between labour inspectorates and prosecution services in cases of forced labour.")

with doc.box("Recommendations of thematic session 3"):
    doc.bullets([
        "A common core set of indicators on prosecutions, convictions and victims identified "
        "should be developed for use in all pathfinder roadmaps.",
        "Governments should ensure that victims of trafficking are not punished for unlawful acts "
        "they were compelled to commit as a direct consequence of being trafficked.",
        "The Rule of Law and Governance Action Group is encouraged to map specialized prosecution "
        "units in the two regions and share their operating procedures.",
        "National statistical offices should be involved from the outset in the design of "
        "prevalence surveys on forced labour.",
    ], marker="(a)")

h("VI. Pathfinder country updates")
p("The delegation of Paraguay informed the meeting that its Government had decided to seek "
  "pathfinder status and would send a letter of interest to the Secretariat before the end of "
  "2023. The Ministry of Labour, Employment and Social Security (MTESS) will also carry out, with "
  "the National Institute of Statistics (INE), a new national survey of child labour in 2024.")
p("Sri Lanka reported on the mid-term review of its roadmap, adopted after its national strategic "
  "planning workshop in 2019, and Madagascar presented its first progress report as a pathfinder "
  "country. Madagascar's priority for 2024: the adoption of the decree implementing the revised "
  "list of hazardous work for children. The meeting took note of both reports.")

h("VII. Reports of the action groups")
p("The co-chairs of the Supply Chains Action Group presented its work plan for 2024. The Action "
  "Group will hold a webinar on responsible purchasing practices on 7 February 2024 and plans to "
  "publish a mapping of national due diligence legislation in the second half of 2024.")
p("The Conflict and Humanitarian Settings Action Group reported that its regional consultation "
  "for Southern Africa, first planned for October, had been postponed to early March 2024 and "
  "would take place in Gaborone, Botswana. The ITUC welcomed the regulation of the European Union "
  "prohibiting products made with forced labour, which it expected to apply from 2027.")

h("VIII. Any other business and closing")
p("It was agreed that the Secretariat would prepare, in consultation with the Chair, a concept "
  "note for a GCG session on financing pathfinder roadmaps, to be circulated before the thirteenth "
  "meeting.")
p("The Chair thanked the Government of Zambia for its hospitality and closed the meeting. The "
  "thirteenth meeting of the GCG will take place in Geneva in the week of 10 June 2024.")

h("IX. Decisions")
p("<b>The Global Coordinating Group:</b>")
doc.bullets([
    "<b>took note of the reports of the three thematic sessions and endorsed their "
    "recommendations;</b>",
    "<b>welcomed the letter of interest of Zambia and the announcement made by Paraguay, and "
    "invited both countries to hold their national strategic planning workshops in 2024;</b>",
    "<b>requested the Secretariat to publish a tracker of the commitments announced at this "
    "meeting by 31 March 2024;</b>",
    "<b>decided to establish a task team on trafficking and forced labour indicators, led by "
    "UNODC and the ILO, to report to the thirteenth meeting;</b>",
    "<b>agreed that the Migration Action Group would prepare the guidance note on the employer "
    "pays principle proposed in thematic session 2;</b>",
    "<b>decided to hold its thirteenth meeting in Geneva in the week of 10 June 2024.</b>",
], marker="(a)", indent=30)

doc.spacer(14)
doc.heading("Annex. Programme of the meeting")
doc.table([
    ["Time", "Item", "Moderator / speakers"],
    ["Tuesday 14 November, 09:00", "Opening; adoption of the agenda and of the report of the "
     "eleventh meeting", "Chair of the GCG; Minister of Labour and Social Security of Zambia; "
     "Alliance 8.7 Secretariat"],
    ["10:30", "Thematic session 1: Ending child labour in agriculture", "Moderator: FAO. "
     "Panel: Malawi, Nepal, Peru, IOE, ITUC"],
    ["14:00", "Thematic session 2: Fair recruitment and forced labour in South Asian migration "
     "corridors", "Moderator: IOM. Panel: Nepal, Sri Lanka, Bangladesh, GEFONT, BEF"],
    ["Wednesday 15 November, 09:00", "Thematic session 3: Rule of law and data", "Moderator: "
     "UNODC. Panel: Guatemala, South Africa, Peru, Walk Free, University of Nottingham Rights Lab"],
    ["11:30", "Pathfinder country updates", "Paraguay, Sri Lanka, Madagascar"],
    ["14:00", "Reports of the action groups", "Co-chairs of the action groups"],
    ["15:30", "Any other business; decisions; closing", "Chair of the GCG"],
], ruled="grid", widths=[110, 200, 160])
doc.spacer(10)
doc.para("Enquiries about this report may be addressed to the Secretariat at "
         "gcg-secretariat@example.org.", style="small")

doc.save()
