"""Outcome note of a South-South peer-learning exchange among four pathfinder countries (fictional)."""

from docgen import A4, Document

doc = Document("ws-peer-learning-exchange.pdf", size=A4, lang="en",
               header="Alliance 8.7 - South-South Peer-Learning Exchange among Pathfinder Countries",
               footer="Outcome note - Antananarivo, November 2023",
               page_numbers="Page {n} of {total}",
               title="South-South Peer-Learning Exchange - Outcome Note")

doc.title("South-South Peer-Learning Exchange among Alliance 8.7 Pathfinder Countries",
          subtitle="Outcome note \u2013 Antananarivo, Madagascar, 14\u201316 November 2023")

doc.table([
    ["Item", "Details"],
    ["Organised by", "Ministry of Labour, Employment, Public Service and Social Laws (MTEFPLS) of "
     "Madagascar, with the International Labour Organization (ILO) and the Brazilian Cooperation "
     "Agency (ABC)"],
    ["Pathfinder countries", "Madagascar, Nepal, Paraguay and Tunisia"],
    ["Participants", "46 participants from government delegations, employers' and workers' "
     "organisations, UN agencies, civil society and academia"],
    ["Chair and rapporteur", "Chair: Ms Voahangy Rasoanaivo (MTEFPLS). Facilitator: Mr Diego "
     "Ben\u00edtez Ortiz. Rapporteur: Ms Hanta Rakotomalala (University of Antananarivo)"],
    ["Contact", "peerlearning@example.org"],
], ruled="grid", widths=[120, 350])

doc.heading("1. Background and objectives", 1)
doc.para(
    "Pathfinder countries commit to go further and faster towards Target 8.7. Since the first "
    "countries joined, pathfinders have asked for structured opportunities to learn from one another "
    "and not only from international experts. The exchange in Antananarivo answered that request. It "
    "brought together four pathfinder countries at different stages of the process: Madagascar, which "
    "adopted its roadmap in 2019 and is now revising it; Nepal, which held its national strategic "
    "planning workshop in Kathmandu in March 2021; Tunisia, which held its national workshop in Tunis "
    "in October 2019 and is finalising a second-generation roadmap; and Paraguay, which sent its letter "
    "of interest in 2022 and has not yet held its national workshop.")
doc.para(
    "The agenda was prepared at a preparatory videoconference on 19/09/2023. It also took up the "
    "2021 pathfinder stocktaking, which had called on pathfinders to \u201cpool their experience of "
    "inspecting informal and rural workplaces\u201d, and the Durban Call to Action, adopted at the "
    "5th Global Conference on the Elimination of Child Labour in May 2022. The objectives were to:")
doc.bullets([
    "compare how the four roadmaps are costed, monitored and reported;",
    "discuss what has worked, and what has not, in data collection, labour inspection and fair "
    "recruitment;",
    "agree on concrete follow-up between the countries and their partners.",
], marker="(a)")

doc.heading("2. Opening session", 1)
doc.para(
    "The exchange was opened on 14 November by Mr Fidy Andriamanjato, Secretary General of the "
    "MTEFPLS, on behalf of the Minister. He recalled that close to one child in three aged 5 to 17 in "
    "Madagascar works, most of them in agriculture and in mica and gold mining. Mr Andriamanjato "
    "announced that Madagascar intends to launch a new national child labour survey with INSTAT before "
    "the end of 2024, the first since 2018.")
doc.para(
    "Speaking for the ILO, Ms Claire Mbeki-Forsyth, Director of the ILO Country Office in Antananarivo, "
    "stressed that peer learning works best when countries present their failures as well as their "
    "successes. She confirmed that the ILO would provide technical support to the national surveys "
    "planned by the pathfinder countries through its statistics department.")
doc.keep_together(lambda: doc.para(
    "The representative of the ABC recalled Brazil's experience with mobile inspection groups against "
    "slave labour since 1995. He announced that Brazil would host two labour inspectors from each "
    "pathfinder country at the training course of its mobile inspection groups in 2024."))

doc.heading("3. Country presentations", 1)
doc.para(
    "Each delegation presented its roadmap in fifteen minutes, followed by questions and comments from "
    "the floor. The summaries below follow the order of presentation.")

doc.heading("3.1 Madagascar", 2)
doc.para(
    "Mr Tovo Rabearivelo, Director of Labour and Social Laws at the MTEFPLS, reported that since 2021 the "
    "Ministry has recruited 40 additional labour inspectors and the vanilla exporters' platform has "
    "signed a code of conduct. The National Committee to Combat Child Labour (CNLTE) now meets every "
    "quarter. Inspectors still rarely reach remote mining sites, and fewer than one in five child labour "
    "cases detected in 2022 was referred to social services. Drawing on the ILO's regional tripartite "
    "workshop on child labour in agriculture (online, 27 June 2023), the Government undertook to:")
doc.bullets([
    "extend the child labour monitoring system to the SAVA and Diana regions by June 2025;",
    "adopt the revised list of hazardous work for children before the end of 2024;",
    "set up a referral protocol between labour inspectors and the child protection networks in mining "
    "areas.",
], marker="(a)")
doc.heading("Questions and comments from the floor", 3)
doc.para(
    "Nepal asked how the monitoring system was financed once project funding had ended. The "
    "representative of the Groupement des Entreprises de Madagascar (GEM) explained that vanilla "
    "exporters now co-finance community monitors through a voluntary levy on each kilogram exported.")

doc.heading("3.2 Nepal", 2)
doc.para(
    "Mr Sanjaya Thapaliya, Joint Secretary of the Ministry of Labour, Employment and Social Security "
    "(MoLESS), recalled that the Kamaiya and Haliya bonded labour systems were abolished in 2000 and 2008 "
    "and that freed families still lack land and secure income. The 2021 roadmap gave priority to child "
    "labour in brick kilns and in the adult entertainment sector, and to the recruitment of migrant "
    "workers. Looking ahead, MoLESS plans to conduct the second Nepal Child Labour Survey in FY2024/25, "
    "with the National Statistics Office (NSO).")
doc.para(
    "The Department of Foreign Employment (DoFE) is drafting amendments to the Foreign Employment Act, "
    "2007, and aims to have the employer-pays principle written into the Act by mid-2025. A digital "
    "complaints window for migrant workers abroad is also planned for the first half of 2024.")
doc.heading("Questions and comments from the floor", 3)
doc.para(
    "Tunisia asked whether the employer-pays principle would also cover migrant workers recruited through "
    "informal brokers. Speaking on behalf of the workers' group, the representative of the General "
    "Federation of Nepalese Trade Unions (GEFONT) urged the Government to involve trade unions in the "
    "drafting of the amendments. CWIN Nepal, a child rights organisation, noted that many children in "
    "brick kilns work alongside parents who are themselves in debt bondage.")

doc.heading("3.3 Paraguay", 2)
doc.para(
    "Ms Roc\u00edo Ferreira Gim\u00e9nez, Director of Fundamental Rights at Work at the Ministry of Labour, "
    "Employment and Social Security (MTESS), explained that forced labour of Indigenous workers on cattle "
    "ranches of the Chaco remains the country's main concern; the MTESS opened a regional office in the "
    "Chaco in 2021. The National Commission for the Prevention and Elimination of Child Labour (CONAETI) "
    "has led the preparation of the pathfinder process since the letter of interest.")
doc.para(
    "Paraguay will update its list of hazardous work for children, set in Decree 4951 of 2005, in the "
    "second half of 2024. The MTESS, together with the Public Prosecutor's Office, intends to train 60 "
    "labour inspectors in the identification of forced labour indicators on cattle ranches and farms by "
    "Q3 2024. Ms Ferreira confirmed that Paraguay's national strategic planning workshop will take place "
    "in Asunci\u00f3n in March 2024.")
doc.heading("Questions and comments from the floor", 3)
doc.para(
    "The representative of the Tunisian Union of Industry, Trade and Handicrafts (UTICA) asked how "
    "employers had been involved in the inspections in the Chaco. The International Organization for "
    "Migration (IOM) observed that many Indigenous workers in the Chaco are internal migrants hired "
    "through intermediaries, and offered to support a study of recruitment channels in the region in "
    "2024.")

doc.heading("3.4 Tunisia", 2)
doc.para(
    "Ms Amel Haddad Chaabane, Vice-President of the National Authority to Combat Trafficking in Persons "
    "(INLTP), presented the results of the first roadmap. In 2022 the INLTP recorded 1,130 presumed "
    "victims of trafficking, most of them women in domestic work, many of them migrants from sub-Saharan "
    "Africa. The Government is expected to adopt the second-generation roadmap by mid-2024, after a "
    "national validation workshop in Tunis the week of 22 January 2024. Its two priority areas are:")
doc.bullets([
    "protecting domestic workers, including migrant domestic workers, against forced labour and "
    "trafficking;",
    "strengthening labour inspection in agriculture, in particular during the olive harvest.",
], marker="-")
doc.para(
    "The Ministry of Social Affairs (MAS) will train the labour inspectors of its regional directorates "
    "in Sfax, Kairouan and Jendouba on forced labour indicators in agriculture in 2024. Tunisia's "
    "Ministry of Social Affairs is also determined to write the employer-pays principle into the new "
    "decree on private recruitment agencies in 2024. The National Institute of Statistics (INS) plans to "
    "add a forced labour module to the 2024 National Labour Force Survey.")
doc.heading("Questions and comments from the floor", 3)
doc.para(
    "Paraguay asked whether labour inspectors may enter private homes where domestic workers are "
    "employed. The representative of the Tunisian General Labour Union (UGTT) stressed that ratification "
    "of the Domestic Workers Convention, 2011 (No. 189) would give domestic workers' unions a stronger "
    "legal basis, and proposed that the Government submit the Convention to Parliament in 2024. In "
    "response, the Vice-President of the INLTP indicated that her Government intends to launch "
    "consultations on the ratification of C189 before the end of 2024.")

doc.heading("4. Breakout groups", 1)
doc.para(
    "On 15 November participants split into three breakout groups, each with members from all four "
    "countries. Each group reported its recommendations to the plenary in the afternoon.")

doc.heading("Breakout Group A \u2013 Data and monitoring", 2)
doc.para("Facilitated by INSTAT and the ILO. Recommendations:", style="small")
doc.bullets([
    "Pathfinder countries should run a national child labour survey at least every five years, using "
    "the international statistical standards, so that progress towards Target 8.7 can be measured.",
    "Where a stand-alone survey cannot be financed, add a forced labour module to the national labour "
    "force survey.",
    "Share anonymised survey microdata among pathfinders through a common repository hosted by a "
    "partner university.",
], marker="A1.")
doc.para(
    "Participants suggested that the ILO hold a short technical clinic for national statistics offices "
    "before each survey goes to the field. Could a shared questionnaire module reduce costs for smaller "
    "countries? The group did not reach a view on this.")

doc.heading("Breakout Group B \u2013 Labour inspection in the rural and informal economy", 2)
doc.para("Facilitated by the ABC and the MTESS. Recommendations:", style="small")
doc.bullets([
    "Train labour inspectors to identify forced labour indicators in agriculture, with practical "
    "modules drawn from the Brazilian mobile inspection groups.",
    "Establish joint teams of labour inspectors, police and prosecutors for remote sites, with their own "
    "transport budget.",
    "Publish annual inspection statistics disaggregated by sector, sex and age of the workers found.",
], marker="B1.")
doc.para(
    "The group also recommended that ministries of labour give inspectors a legal basis to visit "
    "private homes where domestic workers are employed, subject to judicial safeguards.")

doc.heading("Breakout Group C \u2013 Fair recruitment and trafficking of migrant workers", 2)
doc.para("Facilitated by the IOM and the DoFE. Recommendations:", style="small")
doc.bullets([
    "Enshrine the employer-pays principle in national recruitment law and regulations, in line with "
    "the ILO General Principles and Operational Guidelines for Fair Recruitment.",
    "Include a standard employment contract and a grievance mechanism in every bilateral labour "
    "agreement.",
    "Ensure that victims identified abroad have access to return, reintegration and compensation "
    "whatever their immigration status.",
], marker="C1.")
doc.para(
    "It was proposed that countries of origin and destination set up a joint public register of "
    "licensed recruitment agencies.")

doc.heading("5. Plenary discussion", 1)
doc.para(
    "The representative of the International Organisation of Employers (IOE) welcomed the "
    "recommendations but cautioned that small enterprises could not carry the full cost of recruitment, "
    "and asked who would pay where no employer could be identified.")
doc.para(
    "Speaking on behalf of the workers' group, the International Trade Union Confederation (ITUC) "
    "proposed that social partners be represented in the national steering committee of every "
    "pathfinder country.")
doc.para(
    "UNICEF recommended that child labour monitoring systems be linked to social protection registries, "
    "so that the families of children withdrawn from work can receive cash transfers.")
doc.para(
    "Nepal noted that the Foreign Employment Board already runs a welfare fund for migrant workers, and "
    "suggested that a future exchange examine how such funds are governed.")
doc.para(
    "Madagascar asked the ILO to support the costing of its revised roadmap. The representative of the "
    "GEM noted that the European Union's planned ban on products made with forced labour would affect "
    "vanilla exports, and that Malagasy exporters needed guidance on what it would require.")
doc.para(
    "If funding is confirmed, the United Nations Office on Drugs and Crime (UNODC) could organise a "
    "regional training for prosecutors in 2024. Several participants wondered whether the exchange "
    "should be opened to countries that have sent a letter of interest but not yet held a workshop; no "
    "conclusion was reached.")
doc.para("In concluding the discussion:", style="body")
doc.bullets([
    "the meeting recommended that the Alliance 8.7 Secretariat compile the roadmaps, costing tools and "
    "monitoring frameworks presented during the exchange in a single online library;",
    "the meeting called for a standing community of practice of pathfinder countries that meets online "
    "every quarter;",
    "participants urged development partners to align their funding with the priorities of national "
    "roadmaps rather than with project cycles;",
    "the Alliance is encouraged to give pathfinder countries a regular slot at meetings of the Global "
    "Coordinating Group to report on peer learning.",
], marker="bullet")

doc.heading("6. Agreed follow-up", 1)
doc.para(
    "It was agreed that Madagascar and Nepal would share their draft survey questionnaires with each "
    "other before the end of March 2024. Both countries will invite an observer from the other's "
    "statistics office to the pilot of their survey.")
doc.para("The participants agreed on the following actions, owners and timelines:")
doc.table([
    ["Action", "Lead", "Support", "Timeline"],
    ["Launch an online community of practice of pathfinder countries, with a first session on "
     "7 February 2024", "ILO", "Alliance 8.7 Secretariat", "Q1 2024"],
    ["Organise a webinar series on costing and financing national roadmaps", "UNICEF", "ILO",
     "Quarterly from Q2 2024"],
    ["Host the second South-South peer-learning exchange in Bras\u00edlia", "Brazil (ABC)", "ILO",
     "Second half of 2024"],
    ["Compile a compendium of the good practices presented at the exchange", "University of "
     "Antananarivo", "MTEFPLS", "By June 2024"],
    ["Circulate this outcome note and the breakout recommendations to all participants", "MTEFPLS",
     "Rapporteur", "By 15 December 2023"],
], ruled="grid", widths=[215, 85, 95, 80])

doc.heading("7. Closing session", 1)
doc.para(
    "In her closing remarks, the representative of Paraguay indicated that her Government intends to "
    "present the outcomes of the exchange at its national strategic planning workshop in March 2024.")
doc.para(
    "Mr Thapaliya said that Nepal would report on the exchange to the next meeting of the Global "
    "Coordinating Group, in early March 2024.")
doc.para(
    "The Brazilian Cooperation Agency, which has supported South-South cooperation on child labour with "
    "the ILO since 2009, committed to finance the participation of two delegates per country in the "
    "second exchange.")
doc.para(
    "UNICEF and IOM pledged to co-fund a joint training on case management for child victims of "
    "trafficking in Madagascar and Nepal in 2024.")
doc.para(
    "The Chair thanked the delegations and partners and closed the exchange on 16 November 2023.")

doc.heading("Annex. Programme at a glance", 1)
doc.table([
    ["Day", "Morning", "Afternoon"],
    ["Tuesday 14 November", "Opening session; presentation of Madagascar and Nepal",
     "Presentations of Paraguay and Tunisia; questions and comments from the floor"],
    ["Wednesday 15 November", "Breakout groups A, B and C",
     "Report-back of the breakout groups; plenary discussion"],
    ["Thursday 16 November", "Agreed follow-up: actions, owners and timelines",
     "Closing session; evaluation by participants"],
], ruled="rows", widths=[110, 180, 185])
doc.para(
    "Participants rated the exchange 4.5 out of 5 on average; 38 of the 46 participants returned the "
    "evaluation form. The presentations and the breakout group notes are available from the "
    "rapporteur on request (peerlearning@example.org).", style="small")

doc.save()
