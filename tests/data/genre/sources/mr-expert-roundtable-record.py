"""mr-expert-roundtable-record: summary record of a (fictional) expert roundtable on access to remedy
for victims of forced labour and trafficking, convened by the Rule of Law and Governance Action Group
(Lisbon and online, May 2024).

Numbered paragraphs in reported speech under roman-numbered session headings, a lettered list of the
co-chairs' conclusions, a table of agreed follow-up actions (No. | Action | Lead | Timeline, rules
between rows), and an annex list of participants grouped by constituency in two columns.
"""

from docgen import A4, Document

doc = Document("mr-expert-roundtable-record.pdf", size=A4, lang="en",
               header="Alliance 8.7 - Rule of Law and Governance Action Group - A87/RLG/ERT/2024/2",
               footer="Expert Roundtable on Access to Remedy - Summary record",
               page_numbers="Page {n} of {total}",
               title="Expert Roundtable on Access to Remedy - Summary record")

_n = [0]


def p(text):
    """A numbered paragraph of the record, kept on one page."""
    _n[0] += 1
    doc.keep_together(lambda: doc.para(f"{_n[0]}. {text}"))


doc.title("Expert Roundtable on Access to Remedy for Victims of Forced Labour and Trafficking "
          "in Persons",
          subtitle="Summary record | Lisbon (Portugal) and online, 14-15 May 2024")
doc.para("<i>Convened by the Rule of Law and Governance Action Group of Alliance 8.7 and hosted by "
         "the Authority for Working Conditions (ACT) of Portugal. Distribution: participants and "
         "members of the Action Group. Original: English. The record was cleared by the "
         "co-chairs on 3 June 2024.</i>", style="small")

doc.heading("I. Opening of the roundtable and adoption of the agenda")
p("The Expert Roundtable on Access to Remedy for Victims of Forced Labour and Trafficking in "
  "Persons was held on 14 and 15 May 2024 at the headquarters of the Authority for Working "
  "Conditions (ACT) in Lisbon, with remote participation. It was the second of three roundtables "
  "foreseen in the 2023-2025 work plan of the Rule of Law and Governance Action Group; the first, "
  "on the criminal justice response, had taken place in Accra on 21 and 22 November 2023. "
  "Thirty-six experts from governments, labour inspectorates, prosecution services, workers' and "
  "employers' organisations, civil society, academia and international organisations took part "
  "in their personal capacity, from Ghana, Indonesia, Mongolia, Peru, Portugal and Tunisia. The "
  "programme and the list of participants are annexed.")
p("The roundtable was co-chaired by Ms. Helena Vidal Marques, Inspector-General of ACT, and "
  "Mr. Yaw Adomako Dankwa of the Ministry of Employment and Labour Relations (MELR) of Ghana, "
  "co-chair of the Action Group. The provisional agenda was adopted without amendment.")
p("Opening the meeting, Ms. Vidal Marques observed that remedy remained the weakest link in the "
  "response to forced labour: in most countries for which data existed, fewer than one identified "
  "victim in ten had received any compensation. She recalled that the 2014 Protocol to the Forced "
  "Labour Convention required States to ensure that all victims, irrespective of their presence "
  "or legal status in the national territory, had access to appropriate and effective remedies.")
p("Mr. Dankwa explained that the roundtable was meant to produce practical conclusions rather "
  "than a negotiated text, and that the Action Group would draw on them in its contribution to "
  "the stocktaking of the Durban Call to Action.")
p("Ms. Ingrid Solberg of the International Labour Organization (ILO) introduced the background "
  "paper prepared for the meeting. Of the 41 countries reviewed, 29 provided in law for the "
  "compensation of victims of trafficking, but only 11 had a dedicated State fund, and labour "
  "courts were seldom used by victims of forced labour. The ILO undertook to publish a revised "
  "version of the paper as an Action Group working paper by September 2024.")

doc.heading("II. Session 1: Identifying victims and opening the door to remedy")
p("Introducing the session, Ms. Rosa Quispe Huamán, Director for Fundamental Rights at the "
  "Ministry of Labour and Employment Promotion (MTPE) of Peru, said that victims identified by "
  "labour inspectors were too often lost between administrative and criminal proceedings. The "
  "National Superintendency of Labour Inspection (SUNAFIL) had set up a specialised inspection "
  "group on forced labour and child labour in 2021, which had since removed 212 workers from "
  "situations of forced labour, mostly in informal gold mining in Madre de Dios and in "
  "agriculture. She indicated that her Government intends to adopt, by the end of 2024, a "
  "protocol for the referral of victims identified during inspections to the Public Prosecutor's "
  "Office and to victim assistance services.")
p("Mr. Bambang Hadisuryo of the Ministry of Manpower of Indonesia (Kemnaker) described the "
  "protection framework created by the 2017 law on the protection of Indonesian migrant workers "
  "and the joint inspections carried out with the Ministry of Marine Affairs and Fisheries (KKP) "
  "in fishing ports. Identification remained difficult on vessels that stayed at sea for months "
  "at a time. The Ministry plans to train 300 labour inspectors and fisheries inspectors in the "
  "identification of victims of forced labour in the fishing sector during 2025, and to open a "
  "dedicated complaint channel for fishers in the three largest fishing ports by mid-2025.")
p("Mr. Sami Ben Jaafar of the National Authority for Combating Trafficking in Persons (INLTP) of "
  "Tunisia reported that the Authority had referred some 1,100 presumed victims to assistance "
  "since 2020, most of them foreign nationals and many of them domestic workers. Tunisia was "
  "considering the creation of a compensation fund for victims financed from confiscated assets, "
  "but no decision had been taken. His delegation asked whether other countries had managed to "
  "pay compensation to victims who had already left their territory.")
p("In reply, Ms. Nadia Karimova of the United Nations Office on Drugs and Crime (UNODC) said that "
  "compensation orders could be enforced across borders only where mutual legal assistance "
  "arrangements provided for it, which was rarely the case. UNODC would add a dedicated section on "
  "compensation and restitution orders to its case law database on trafficking in persons before "
  "the end of 2024, so that practitioners could find precedents more easily.")
p("In the ensuing discussion, several experts stressed that identification should not depend on "
  "a victim's willingness to cooperate with the prosecution. One expert observed that workers in "
  "an irregular situation avoided inspectors for fear of deportation; another asked how "
  "inspectors could be protected from pressure when they reported cases involving influential "
  "employers. No common position emerged on the latter question.")

doc.heading("III. Session 2: Compensation, back wages and confiscated assets")
p("Ms. Vidal Marques presented the experience of ACT in recovering unpaid wages on behalf of "
  "workers found in situations of forced labour in the agricultural estates of the Alentejo. ACT "
  "had recovered more than EUR 1.4 million in wages and social contributions since 2021 through "
  "administrative procedures, without the workers having to go to court. Portugal will submit to "
  "Parliament, in the first half of 2025, an amendment to the Labour Procedure Code allowing "
  "unpaid wages owed to victims of forced labour to be claimed within criminal proceedings. ACT's "
  "commitment to publish annual data on wages recovered for victims, starting with its activity "
  "report due in March 2025, was welcomed by several experts.")
p("Ms. Abena Kyerewaa Tetteh of the Human Trafficking Secretariat of the Ministry of Gender, "
  "Children and Social Protection (MoGCSP) of Ghana recalled that the Human Trafficking Fund had "
  "been established by law in 2005 but had long depended on irregular budget allocations. Ghana, "
  "which as an Alliance 8.7 pathfinder country had held its national strategic planning workshop "
  "and validated its roadmap, had made victim support one of the roadmap's priorities. The "
  "Ministry is determined to allocate a fixed share of the proceeds of confiscated assets to the "
  "Fund from FY2025, and she hoped that the Fund could pay its first compensation awards before "
  "the end of 2025.")
p("Speaking on behalf of the workers' experts, Mr. Kofi Amponsah of the Ghana Federation of "
  "Informal Workers' Unions (GFIWU) insisted that compensation schemes had to reach workers in the "
  "informal economy, who made up the majority of victims. He announced that the GFIWU would open "
  "legal aid desks for informal workers in Accra, Kumasi and Tamale by the end of the year, with "
  "support from the International Trade Union Confederation (ITUC).")
p("Ms. Dewi Kartikasari of the Indonesian Seafood Processors' Association (ISPA), speaking for "
  "the employers' experts, said that processors and buyers were ready to contribute to "
  "remediation where forced labour was found in their supply chains, but that the share of "
  "responsibility of each link in the chain needed to be clarified. ISPA had adopted a code of "
  "conduct on recruitment in 2022. Its members intend to establish a joint operational-level "
  "grievance mechanism for workers on supplier vessels in the course of 2025. She added that the "
  "Association would be ready to co-finance back-wage payments if the national authorities "
  "certified the amounts due. She suggested that the Action Group develop guidance on how the "
  "cost of remediation should be shared along seafood supply chains.")
p("Mr. Batbayar Gantulga, State Secretary of the Ministry of Family, Labour and Social "
  "Protection (MFLSP) of Mongolia, informed the roundtable that his Government had sent a letter "
  "of interest to become an Alliance 8.7 pathfinder country in April 2024. Mongolia will hold its "
  "national strategic planning workshop in Ulaanbaatar in October 2024, with the support of the "
  "ILO and the International Organization for Migration (IOM), and access to remedy for workers in "
  "mining and cross-border trucking is to be among the priorities of its roadmap. He noted that "
  "the General Agency for Specialized Inspection (GASI) had no power to order the payment of back "
  "wages, so that workers had to bring civil claims on their own.")

doc.heading("IV. Session 3: Cross-border remedies for migrant workers")
p("Ms. Lucía Barrientos of IOM said that migrant workers who returned home before their case was "
  "decided almost never obtained compensation. IOM is prepared to pilot, with the Indonesian and "
  "Portuguese authorities, a cross-border case management protocol so that returned migrant "
  "fishers can follow and receive the outcome of proceedings in the country of destination; the "
  "pilot would start in the second half of 2025.")
p("Welcoming the offer, the representatives of Indonesia and Portugal undertook to conclude an "
  "administrative arrangement on the referral of cases of migrant fishers between their labour "
  "inspectorates by mid-2025.")
p("Ms. Thandiwe Moyo-Laurent of the Office of the United Nations High Commissioner for Human "
  "Rights (OHCHR) recalled that the right to an effective remedy did not depend on immigration "
  "status. She urged States to grant victims residence permits for the duration of civil and "
  "labour proceedings, and not only of criminal trials. The representative of the ITUC "
  "suggested that trade unions in countries of origin be associated with the pilot.")
p("Mr. Julio César Mamani of the Centre for Andean Labour Rights (CEDELA), a Peruvian "
  "non-governmental organisation, described cases of Venezuelan migrant workers held in debt "
  "bondage in informal mining camps, who had been deported before their wage claims were heard. "
  "CEDELA will publish a practical guide for lawyers on claiming compensation before labour "
  "courts, in Spanish, Quechua and Aymara, by March 2025.")
p("Professor Marta Quintela Saraiva of the Atlantic Institute of Labour Law (AILL) presented "
  "preliminary findings of a research project on the enforcement of compensation orders. The "
  "Institute has committed to compile, with the ILO, a comparative study of State compensation "
  "schemes for victims of forced labour and trafficking in twelve countries, for presentation at "
  "the third roundtable in early 2025.")

doc.heading("V. Conclusions of the co-chairs")
p("At the close of the discussion the co-chairs summarised the conclusions of the roundtable, "
  "which the participants endorsed. The participants considered that:")
doc.bullets([
    "access to remedy should be planned for from the moment of identification, and referral "
    "protocols should link labour inspection, prosecution services and victim assistance;",
    "victims should be able to claim unpaid wages and compensation in labour, civil and criminal "
    "proceedings alike, without being forced to choose between them;",
    "States that have not done so should consider establishing a State compensation fund, "
    "financed in part from confiscated criminal assets, to pay victims where offenders cannot or "
    "do not pay;",
    "a firewall should separate labour inspection from immigration enforcement, so that workers "
    "in an irregular situation can report abuse without fear of deportation;",
    "victims should be granted residence permits for the duration of all proceedings, including "
    "civil and labour claims;",
    "business enterprises should contribute to remediation where forced labour is found in their "
    "operations or supply chains, in line with their responsibility to respect human rights;",
    "a comparative mapping of State compensation schemes should be prepared to help countries "
    "design their own;",
    "workers' organisations and civil society organisations providing free legal aid to victims "
    "should receive sustained support.",
], marker="(a)", indent=26)

doc.heading("VI. Agreed follow-up actions")
p("The participants agreed on the follow-up actions set out below, on which the leads will "
  "report at the next meeting of the Action Group.")
doc.table([
    ["No.", "Follow-up action", "Lead", "Timeline"],
    ["1", "Finalise and publish the background paper on access to remedy as an Action Group "
          "working paper", "ILO", "September 2024"],
    ["2", "Adapt the ILO training module on identifying victims of forced labour for labour and "
          "fisheries inspectors and deliver it in Indonesia", "ILO, with Kemnaker", "2025"],
    ["3", "Hold a webinar on the findings of the roundtable on the World Day against Trafficking "
          "in Persons", "Action Group secretariat", "30 July 2024"],
    ["4", "Convene the third roundtable, on remedy in global supply chains", "Co-chairs",
          "Early 2025"],
], widths=[28, 250, 110, 80], ruled="rows")
doc.spacer(4)
p("It was further agreed that the co-chairs would present this record and the conclusions to the "
  "Global Coordinating Group at its next meeting.")

doc.heading("VII. Other matters and closing")
p("The Secretariat informed the participants that the next meeting of the Action Group would be "
  "held online on 9 July 2024, and that the Action Group planned a side event on access to remedy "
  "during the 112th Session of the International Labour Conference (Geneva, 3-14 June 2024).")
p("Closing the meeting, Mr. Dankwa thanked the Government of Portugal and ACT for their "
  "hospitality and the experts for the frankness of their exchanges.")

doc.spacer(6)
doc.heading("Annex I. Programme")
doc.table([
    ["Date and time", "Item", "Moderator / lead speaker"],
    ["14 May, 09:30-10:30", "Opening; adoption of the agenda; presentation of the background "
                            "paper", "Co-chairs; ILO"],
    ["14 May, 11:00-13:00", "Session 1: Identifying victims and opening the door to remedy",
                            "MTPE (Peru)"],
    ["14 May, 14:30-17:30", "Session 2: Compensation, back wages and confiscated assets",
                            "ACT (Portugal)"],
    ["15 May, 09:30-12:30", "Session 3: Cross-border remedies for migrant workers", "IOM"],
    ["15 May, 14:00-16:00", "Conclusions of the co-chairs; follow-up actions; other matters",
                            "Co-chairs"],
], widths=[110, 250, 110], ruled="grid")
doc.para("Session 3 was held in hybrid format; online participants joined through the Action "
         "Group's usual videoconference platform. Interpretation was provided between English, "
         "French, Portuguese and Spanish.", style="small")

doc.columns(2)
doc.heading("Annex II. List of participants")
doc.para("<i>Experts took part in their personal capacity. Affiliations are given for information "
         "only.</i>", style="small")

GROUPS = [
    ("Co-chairs", [
        "Helena Vidal Marques, Inspector-General, Authority for Working Conditions (ACT), Portugal",
        "Yaw Adomako Dankwa, Chief Labour Officer, Ministry of Employment and Labour Relations "
        "(MELR), Ghana",
    ]),
    ("Governments and public bodies", [
        "Abena Kyerewaa Tetteh, Human Trafficking Secretariat, MoGCSP, Ghana",
        "Bambang Hadisuryo, Directorate of Labour Inspection, Kemnaker, Indonesia",
        "Ratna Wulandari, Ministry of Marine Affairs and Fisheries (KKP), Indonesia",
        "Batbayar Gantulga, State Secretary, MFLSP, Mongolia",
        "Oyunchimeg Dorj, General Agency for Specialized Inspection (GASI), Mongolia",
        "Rosa Quispe Huamán, MTPE, Peru",
        "Carlos Aliaga Ponce, SUNAFIL, Peru",
        "Rui Pestana Lobo, Public Prosecution Service, Portugal",
        "Sami Ben Jaafar, INLTP, Tunisia",
    ]),
    ("International organisations", [
        "Ingrid Solberg, ILO",
        "Lucía Barrientos, IOM",
        "Nadia Karimova, UNODC",
        "Thandiwe Moyo-Laurent, OHCHR",
    ]),
    ("Workers' and employers' organisations", [
        "Kofi Amponsah, Ghana Federation of Informal Workers' Unions (GFIWU)",
        "Mariana Esteves, International Trade Union Confederation (ITUC)",
        "Dewi Kartikasari, Indonesian Seafood Processors' Association (ISPA)",
        "Pieter van Aalst, International Organisation of Employers (IOE)",
    ]),
    ("Civil society and academia", [
        "Julio César Mamani, Centre for Andean Labour Rights (CEDELA), Peru",
        "Marta Quintela Saraiva, Atlantic Institute of Labour Law (AILL), Portugal",
        "Hela Mabrouk, Tunisian Association for Migrant Domestic Workers (ATTDM)",
    ]),
    ("Action Group secretariat", [
        "Sophie Wallenberg-Ortiz, secretariat of the Rule of Law and Governance Action Group "
        "(rlg-secretariat@example.org)",
    ]),
]
for group, names in GROUPS:
    doc.heading(group, level=3)
    doc.bullets(names, marker="-", indent=12, style="small")
doc.save()
