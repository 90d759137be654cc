"""mr-gcg-summary-record: formal summary record of a (fictional) eleventh GCG meeting, Geneva 2023.

Numbered paragraphs under agenda-item headings, decisions in bold, an annex list of participants
as a ruled table (Name | Organisation | E-mail). Reported speech and passive voice throughout.
"""

from docgen import A4, Document

doc = Document("mr-gcg-summary-record.pdf", size=A4, lang="en",
               header="Alliance 8.7 - Global Coordinating Group - A8.7/GCG/11/SR",
               footer="Distribution: general", page_numbers="- {n} -",
               title="Summary record of the eleventh meeting of the Global Coordinating Group")

_n = [0]


def para(text):
    """One numbered paragraph of the summary record (hanging number)."""
    _n[0] += 1
    number = _n[0]
    # a paragraph is never split over two pages
    doc.keep_together(lambda: doc.bullets([text], marker=f"{number}.", indent=26))


doc.title("Summary record of the eleventh meeting of the Global Coordinating Group",
          subtitle="Geneva (hybrid format), 14-15 March 2023")
doc.para("Original: English. This summary record was approved by the members of the Global "
         "Coordinating Group by written procedure on 28 April 2023.", style="small")

doc.heading("Agenda item 1. Opening of the meeting and adoption of the agenda")
para("The eleventh meeting of the Global Coordinating Group (GCG) of Alliance 8.7 was held at the "
     "headquarters of the International Labour Organization (ILO) in Geneva on 14 and 15 March "
     "2023, with participants attending in person and online. The meeting was chaired by "
     "Ms. Anneke Verhoef, Ambassador for Business and Human Rights of the Netherlands, in her "
     "capacity as Chair of the GCG. The list of participants is contained in the annex.")
para("In her opening remarks, the Chair recalled that fewer than three years remained before the "
     "2025 deadline for the elimination of child labour in all its forms set by Target 8.7, and "
     "that progress had stalled in several regions since 2016. She urged members to use the "
     "meeting to turn the Durban Call to Action into concrete, time-bound commitments.")
para("Mr. Tomás Echeverría, Deputy Director-General of the ILO, welcomed participants on behalf "
     "of the Alliance 8.7 Secretariat, which the ILO hosts. He informed the meeting that the ILO "
     "would provide technical and financial support to the national strategic planning workshops "
     "of new pathfinder countries in 2023.")
para("The provisional agenda (A8.7/GCG/11/1) was adopted without amendment.")

doc.heading("Agenda item 2. Report of the Secretariat")
para("The Secretariat presented its activity report for the period from April 2022 to February "
     "2023. It recalled the adoption of the Durban Call to Action at the 5th Global Conference on "
     "the Elimination of Child Labour, held in Durban, South Africa, from 15 to 20 May 2022, and "
     "reported on the regional pathfinder exchange for Asia and the Pacific held in Kathmandu on "
     "22-23 November 2022. It also informed members that the Secretariat plans to launch a "
     "searchable repository of national action plans on the Alliance 8.7 knowledge platform in "
     "the second half of 2023.")
para("In the ensuing discussion, several delegations commended the Secretariat for the report. "
     "The representative of Canada asked whether the repository would also include the roadmaps "
     "adopted by pathfinder countries and their progress reports. The Secretariat confirmed that "
     "it would.")
para("Speaking on behalf of the workers' group, the representative of the International Trade "
     "Union Confederation (ITUC) expressed concern that trade unions had not been consulted in "
     "several national planning workshops. She called on pathfinder governments to include "
     "workers' and employers' organisations in the steering committees that oversee their "
     "roadmaps.")
para("The representative of the International Organisation of Employers (IOE) recalled that the "
     "IOE had published a guidance tool for employers on child labour due diligence in 2022. He "
     "announced that the IOE will roll out a training programme on the tool for national "
     "employers' organisations in five pathfinder countries during 2023.")
para("<b>The GCG took note of the activity report of the Secretariat and requested it to include "
     "pathfinder roadmaps and progress reports in the repository of national action "
     "plans.</b>")

doc.heading("Agenda item 3. Pathfinder countries: expressions of interest and progress reports")
para("The Secretariat informed the meeting that letters of interest in becoming pathfinder "
     "countries had been received from the Governments of Jordan and Chile since the tenth "
     "meeting, bringing the number of pathfinder countries to 31.")
para("The representative of Jordan thanked the Secretariat and indicated that her Government "
     "intends to hold its national strategic planning workshop in Amman in the second half of "
     "2023, with the support of the ILO and UNICEF. The Ministry of Labour would chair the "
     "national steering committee, which would include the Jordan Chamber of Industry and the "
     "General Federation of Jordanian Trade Unions (GFJTU).")
para("The representative of Chile stated that the Ministry of Labour and Social Security "
     "(MINTRAB) will convene a national strategic planning workshop in Santiago on 5-6 June 2023. "
     "She added that the Government would submit the Protocol of 2014 to the Forced Labour "
     "Convention to the National Congress for ratification before the end of 2023.")
para("Ghana and Nepal presented progress reports on the implementation of their pathfinder "
     "roadmaps. The representative of Ghana reported that 1,870 communities in cocoa-growing areas "
     "were now covered by the Ghana Child Labour Monitoring System (GCLMS), against 1,200 in 2021. "
     "Looking ahead, the Ministry of Employment and Labour Relations (MELR) will extend the GCLMS "
     "to all cocoa-growing districts by 2025, and the Ghana Statistical Service (GSS) is expected "
     "to conduct the country's first national forced labour survey in 2024.")
para("The representative of Nepal recalled that the Kamaiya and Haliya systems of bonded labour "
     "had been abolished in 2000 and 2008 respectively, but that the rehabilitation of freed "
     "families remained incomplete. The Ministry of Labour, Employment and Social Security "
     "(MoLESS) plans to carry out a national forced labour survey before the end of 2024, with "
     "technical support from the ILO, and undertook to table the revised Child Labour "
     "(Prohibition and Regulation) Act in Parliament during FY2023/24.")
para("In the ensuing discussion, the representative of UNICEF asked how the two surveys would "
     "capture children in forced domestic work and other hidden situations. The representative "
     "of Walk Free offered to share the methodology of its national prevalence surveys with both "
     "Governments. The representative of the Food and Agriculture Organization of the United "
     "Nations (FAO) noted that agriculture accounted for the largest share of child labour "
     "worldwide and encouraged Ghana to involve agricultural extension services in the GCLMS.")
para("<b>The GCG welcomed the letters of interest of Jordan and Chile and the progress reported "
     "by Ghana and Nepal. It requested the Secretariat to support the organisation of the "
     "national strategic planning workshops in Amman and Santiago.</b>")

doc.heading("Agenda item 4. Reports of the action groups")
para("The co-chairs of the four action groups presented their reports (documents A8.7/GCG/11/3 "
     "to A8.7/GCG/11/6).")
para("<i>Supply chains.</i> Speaking for the Organisation for Economic Co-operation and "
     "Development (OECD), co-chair of the Supply Chains Action Group, Mr. Lars Brekke presented "
     "the group's work on purchasing practices. The group recommended that GCG members endorse a "
     "common set of indicators on child labour and forced labour due diligence, to be piloted in "
     "the cocoa and cotton sectors. It will hold a peer-learning webinar on responsible "
     "purchasing practices on 27 April 2023.")
para("<i>Migration.</i> The representative of the International Organization for Migration "
     "(IOM), co-chair of the Migration Action Group, reported that many pathfinder roadmaps paid "
     "little attention to migrant workers. The group proposed the preparation of a joint guidance "
     "note on fair recruitment in the main labour migration corridors between South Asia and the "
     "Arab States.")
para("<i>Rule of law and governance.</i> The United Nations Office on Drugs and Crime (UNODC) "
     "presented the report of the Rule of Law and Governance Action Group and suggested that "
     "every pathfinder roadmap should include a component on access to justice and remedy for "
     "victims. UNODC also informed the meeting that the next edition of its Global Report on "
     "Trafficking in Persons would be published in early 2024.")
para("<i>Conflict and humanitarian settings.</i> The representative of the Office of the United "
     "Nations High Commissioner for Refugees (UNHCR) stressed that displacement in the Sahel and "
     "the war in Ukraine had increased the risk of child labour and trafficking among refugee "
     "and internally displaced children. The Conflict and Humanitarian Settings Action Group "
     "recommended a mapping of child labour and trafficking risks in refugee-hosting areas, to be "
     "carried out jointly with UNICEF in 2023-2024.")
para("In the ensuing discussion, the representative of Morocco welcomed the proposal on fair "
     "recruitment and announced that the Ministry of Economic Inclusion, Small Business, "
     "Employment and Skills will recruit 150 additional labour inspectors by mid-2024, some of "
     "whom would specialise in agriculture and domestic work.")
para("The representative of Canada indicated that Employment and Social Development Canada "
     "(ESDC) could fund the guidance note on fair recruitment if the Migration Action Group "
     "submitted a costed proposal before the end of the Canadian fiscal year.")
para("The representative of the ITUC asked that the guidance note be prepared together with the "
     "social partners and not only with governments.")
para("<b>It was agreed that the Migration Action Group would prepare the joint guidance note on "
     "fair recruitment in consultation with the social partners, for presentation at the twelfth "
     "meeting.</b>")
para("<b>It was further agreed that all action groups would submit their work plans for "
     "2023-2024 to the Secretariat by 30 April 2023.</b>")

doc.heading("Agenda item 5. Towards 2025 and beyond")
para("The Secretariat introduced a concept note on the stocktaking of progress towards Target "
     "8.7 in 2025 and on the future of the Alliance after 2025. The representative of Walk Free "
     "asked whether the 2025 deadline would be formally extended, and how the Alliance would "
     "measure progress on forced labour and modern slavery until 2030.")
para("The representative of the Office of the United Nations High Commissioner for Human Rights "
     "(OHCHR) stressed that a human rights-based approach should remain at the centre of any "
     "post-2025 agenda.")
para("The representative of IOM informed the meeting that IOM has committed to co-host, with the "
     "League of Arab States, a regional consultation on Target 8.7 for the Arab States in Amman "
     "on 10-11 October 2023.")
para("The representative of Sweden announced a contribution of SEK 6 million to support the work "
     "of the Secretariat with pathfinder countries in 2023-2025. Sweden also intends to host an "
     "expert meeting on the post-2025 agenda in Stockholm in early 2024.")
para("<b>The GCG decided to establish an informal task team, open to all members, to prepare "
     "options for the post-2025 agenda of the Alliance for discussion at the twelfth meeting. It "
     "requested the Secretariat to circulate a revised concept note by the end of April "
     "2023.</b>")

doc.heading("Agenda item 6. Other matters and date of the next meeting")
para("The representative of Viet Nam informed the meeting that Viet Nam had ratified the "
     "Abolition of Forced Labour Convention, 1957 (No. 105) in 2020, and that the Ministry of "
     "Labour, Invalids and Social Affairs (MOLISA) was preparing the ratification file for the "
     "Protocol of 2014 to the Forced Labour Convention. Viet Nam aims to deposit its instrument "
     "of ratification of the Protocol in 2024.")
para("It was agreed that the twelfth meeting of the GCG would be held in New York in September "
     "2023, on the margins of the high-level week of the United Nations General Assembly, on a "
     "date to be confirmed by the Secretariat.")
para("The Chair thanked participants and closed the meeting at 5.30 p.m. on 15 March 2023.")

doc.page_break()
doc.heading("Annex. List of participants")
doc.para("Participants attending in person and online, in the order of the seating plan.",
         style="small")
PARTICIPANTS = [
    ("Anneke Verhoef (Chair)", "Ministry of Foreign Affairs, Netherlands", "a.verhoef@example.org"),
    ("Tomás Echeverría", "International Labour Organization (ILO)", "echeverria@example.org"),
    ("Rana Haddad", "Ministry of Labour, Jordan", "r.haddad@example.org"),
    ("Carolina Fuentes Ibarra", "Ministry of Labour and Social Security (MINTRAB), Chile",
     "cfuentes@example.org"),
    ("Kwabena Asante-Mensah", "Ministry of Employment and Labour Relations (MELR), Ghana",
     "k.asante@example.org"),
    ("Sushila Thapa Magar", "Ministry of Labour, Employment and Social Security (MoLESS), Nepal",
     "sthapa@example.org"),
    ("Youssef El Amrani", "Ministry of Economic Inclusion, Small Business, Employment and Skills, "
     "Morocco", "y.elamrani@example.org"),
    ("Nguyen Thi Lan Huong", "Ministry of Labour, Invalids and Social Affairs (MOLISA), Viet Nam",
     "lan.huong@example.org"),
    ("Daniel Whitford", "Employment and Social Development Canada (ESDC)",
     "d.whitford@example.org"),
    ("Karin Lindqvist", "Ministry for Foreign Affairs, Sweden", "k.lindqvist@example.org"),
    ("Lars Brekke", "Organisation for Economic Co-operation and Development (OECD)",
     "l.brekke@example.org"),
    ("Mariam Osei", "United Nations Children's Fund (UNICEF)", "mosei@example.org"),
    ("Hiroshi Tanabe", "International Organization for Migration (IOM)", "h.tanabe@example.org"),
    ("Elena Marchetti", "United Nations Office on Drugs and Crime (UNODC)",
     "e.marchetti@example.org"),
    ("Pierre-Alain Mbaye", "Office of the United Nations High Commissioner for Human Rights "
     "(OHCHR)", "pa.mbaye@example.org"),
    ("Amira Saleh", "Office of the United Nations High Commissioner for Refugees (UNHCR)",
     "a.saleh@example.org"),
    ("Joaquín Peralta", "Food and Agriculture Organization of the United Nations (FAO)",
     "j.peralta@example.org"),
    ("Ngozi Adeyemi", "International Trade Union Confederation (ITUC)", "n.adeyemi@example.org"),
    ("Frederik Lund", "International Organisation of Employers (IOE)", "f.lund@example.org"),
    ("Sophie Carrington", "Walk Free", "s.carrington@example.org"),
    ("Helen Okafor", "Anti-Slavery International", "h.okafor@example.org"),
    ("Marta Kowalczyk", "Alliance 8.7 Secretariat", "secretariat.a87@example.org"),
]
doc.table([["Name", "Organisation", "E-mail"]] + [list(p) for p in PARTICIPANTS], ruled="grid",
          widths=[130, 240, 140], font_size=8.5)
doc.save()
