"""Summary record of the 2026 annual review of the Supply Chains Action Group (fictional).

Round-table turns by member organisations and governments (bold lead-ins), proposals made from
the floor, recommendations to the GCG as a lettered list, and a ruled action-points table
(Action | Lead | Timeline).
"""

from docgen import A4, Document

doc = Document("mr-action-group-review-record.pdf", size=A4, lang="en",
               header="Alliance 8.7 - Supply Chains Action Group - Annual Review 2026",
               footer="Summary record - SCAG/AR/2026/2", page_numbers="{n}",
               title="Supply Chains Action Group - Annual Review 2026 - Summary record")

doc.title("Supply Chains Action Group: Annual Review 2026",
          subtitle="Summary record - Geneva (ILO headquarters) and online, 24 November 2026")
doc.table([
    ["Co-chairs", "Mr. Joost van der Meulen, Ministry of Foreign Affairs of the Netherlands; "
                  "Ms. Amélie Ferrand, International Organisation of Employers (IOE)"],
    ["Record issued", "1 December 2026"],
    ["Status", "Draft for members' comments (silence procedure until 11 December 2026)"],
], ruled="rows", header=False, widths=[90, 380])
doc.spacer(6)

doc.heading("1. Opening of the annual review", 1)
doc.para("The annual review of the Supply Chains Action Group of Alliance 8.7 took place on 24 "
         "November 2026 at ILO headquarters in Geneva, with remote participation. Thirty-one members "
         "took part, including nine governments, five United Nations and intergovernmental "
         "organisations, the social partners and several business and civil society networks.")
doc.para("Opening the meeting, the co-chair from the Netherlands recalled that the 2025-2026 work plan "
         "had focused on three outputs: a guidance note on remediation, a peer-learning series on due "
         "diligence in agriculture, and a mapping of public procurement practices. All three had been "
         "delivered; the mapping had been presented at the OECD Forum on Due Diligence in the Garment "
         "and Footwear Sector in Paris in February 2026.")
doc.para("Ms. Ferrand, for the IOE, stressed that the year ahead would be shaped by the application of "
         "the EU Forced Labour Regulation from December 2027, and that many suppliers in producing "
         "countries were not yet aware of its requirements. She invited members to keep their "
         "round-table updates short so as to leave time for proposals.")

doc.heading("2. Round table of members", 1)
doc.para("Members reported on their activities and plans in the order in which they took the floor. "
         "The turns are summarised below.")


def turn(lead, text):
    doc.para(f"<b>{lead}.</b> {text}")


turn("ILO", "Ms. Leila Haddad, Senior Specialist in the ILO Fundamental Principles and Rights at Work "
     "Branch, reported that the joint supply chains project with the OECD, IOM and UNICEF had closed "
     "in Asia in 2025. The ILO will publish a practical guide on remediation of child labour and "
     "forced labour in supply chains by Q2 2027. It intends to test the guide with suppliers in two "
     "producing countries before finalising it.")
turn("OECD", "The representative of the OECD informed the meeting that the OECD Due Diligence "
     "Guidance for Responsible Business Conduct was being complemented by a handbook on forced labour. "
     "The OECD plans to convene a technical webinar on forced labour risk indicators for agricultural "
     "supply chains on 19/01/2027.")
turn("UNICEF", "UNICEF welcomed the focus on remediation and recalled that any remediation must put the "
     "best interests of the child first. UNICEF has committed to pilot child-rights due diligence "
     "tools with 30 companies in the cocoa and garment sectors in 2027.")
turn("Ghana", "The representative of Ghana, from the Ministry of Employment and Labour Relations (MELR), "
     "noted that the Ghana Cocoa Board (COCOBOD) had completed a census of cocoa farmers in 2025. "
     "Ghana is determined to extend its child labour monitoring system to all cocoa-growing districts "
     "by 2028.")
turn("Côte d'Ivoire", "The delegate from Côte d'Ivoire stressed that cooperation with Ghana on cocoa had "
     "intensified since the joint ministerial declaration of 2024. The National Oversight Committee "
     "on Actions against Trafficking, Exploitation and Child Labour (CNS) plans to extend the child "
     "labour monitoring system SOSTECI to 1,200 additional cocoa-growing communities by mid-2027.")
turn("International Cocoa Initiative", "ICI welcomed both announcements. It recalled that monitoring "
     "and remediation systems covered about 40 per cent of the cocoa households supplying its "
     "members. ICI aims to align the data protocols of its members' systems with the national systems "
     "of both countries during 2027.")
turn("ITUC", "Speaking on behalf of the workers' group, Mr. Tomás Echeverría of the International "
     "Trade Union Confederation regretted that trade unions remained absent from most company "
     "grievance mechanisms. ITUC called for any remediation guidance to require the involvement of "
     "workers' organisations at every stage.")
turn("Brazil", "The delegate from Brazil recalled that the Register of Employers maintained by the "
     "Ministry of Labour and Employment (MTE) had informed the purchasing decisions of buyers for "
     "two decades. Brazil will host a South-South exchange on labour inspection and supply chain "
     "transparency in Brasília in the first half of 2027.")
turn("Germany", "Germany informed the meeting that the Federal Ministry of Labour and Social Affairs "
     "(BMAS) had begun an evaluation of the Supply Chain Due Diligence Act. The Ministry is expected "
     "to publish a guidance note for small and medium-sized suppliers in producing countries in Q3 "
     "2027.")
turn("Mexico", "The representative of Mexico indicated that her Government intends to publish a "
     "forced labour due diligence protocol for the agricultural export sector in the second half of "
     "2027. She explained that the Secretariat of Labour and Social Welfare (STPS) would lead this "
     "work with the Secretariat of Agriculture and Rural Development (SADER).")
turn("Jordan", "The delegate from Jordan noted that more than three quarters of garment workers in the "
     "Qualifying Industrial Zones were migrants. The Ministry of Labour shall enforce the prohibition "
     "of recruitment fees for migrant garment workers through joint inspections with Better Work "
     "Jordan from January 2027.")
turn("United States", "The United States Department of Labor (USDOL) recalled that its List of Goods "
     "Produced by Child Labor or Forced Labor had last been updated in September 2024. USDOL would "
     "make its Comply Chain tool available in two additional languages in FY2027.")
turn("IOE", "In her capacity as a member, Ms. Ferrand reported that 14 national employers' "
     "federations had adopted fair recruitment statements since 2023. The IOE will promote the "
     "employer pays principle among its member federations through a peer-learning series in Asia "
     "and the Middle East in 2027.")
turn("Responsible Business Alliance", "The RBA noted that its members had repaid USD 38 million in "
     "recruitment fees to workers since 2017. Together with the IOE, the RBA pledged to promote the "
     "employer pays principle among suppliers in electronics supply chains in 2027.")
turn("Netherlands", "Speaking as a member rather than as co-chair, the Netherlands announced that it "
     "would fund a second phase of the Action Group's helpdesk for producing-country suppliers in "
     "2027-2028.")
turn("Fair Labor Association", "The FLA asked whether the Action Group would consider a common set of "
     "indicators for remediation outcomes, and whether companies would be invited to report against "
     "it.")
turn("Uzbekistan", "Attending as an observer, the representative of Uzbekistan recalled that systemic "
     "forced labour in the cotton harvest had been eliminated by 2021. He expressed the hope that "
     "buyers would return to Uzbek cotton and asked what evidence the Action Group would consider "
     "sufficient.")
doc.para("Responding to the FLA and Uzbekistan, the co-chair from the IOE noted that indicators and "
         "evidence would be discussed in the commodity clusters proposed below.")

doc.heading("3. Proposals from the floor", 1)
doc.para("In the ensuing discussion, members made the following proposals for the 2027 work plan.")
doc.para("The representative of Ghana proposed that the Action Group develop a joint template for "
         "reporting on child labour remediation in cocoa, to be used by both Ghana and Côte d'Ivoire. "
         "Côte d'Ivoire supported the proposal.")
doc.para("The Netherlands suggested commissioning a forced labour risk mapping of seafood processing "
         "supply chains in South-East Asia, building on work already under way in origin and "
         "destination countries.")
doc.para("UNICEF proposed that the remediation guide include a dedicated chapter on child-sensitive "
         "grievance mechanisms.")
doc.para("Brazil recommended that labour inspectorates exchange information on employers found using "
         "forced labour, so that buyers in other countries could act on it.")
doc.para("The delegate from Mexico further proposed that one session of the mid-year check-in be "
         "devoted to agricultural export supply chains.")
doc.para("Mr. Echeverría of ITUC proposed that the Action Group's recommendations to the Global "
         "Coordinating Group explicitly refer to freedom of association and collective bargaining.")
doc.para("It was proposed that members working on cocoa, cotton and seafood form three commodity "
         "clusters to exchange information between meetings. Participants recommended that "
         "producing-country governments be given a greater voice in the governance of the Action "
         "Group.")
doc.para("The co-chairs welcomed the proposals and noted that they would be reflected in the draft "
         "2027 work plan. Germany cautioned that the Action Group should not take on more outputs "
         "than its members could deliver.")

doc.heading("4. Recommendations to the Global Coordinating Group", 1)
doc.para("After discussion, the Action Group recommends that:")
doc.bullets([
    "the Global Coordinating Group endorse the 2027 work plan, with remediation and fair recruitment "
    "as its two priorities;",
    "pathfinder countries be encouraged to include supply chain actions in their national roadmaps;",
    "a joint template for reporting on child labour remediation be developed for cocoa-producing "
    "countries;",
    "partners support producing-country suppliers in preparing for the application of the EU Forced "
    "Labour Regulation; and",
    "the Alliance's communication on supply chains give equal weight to freedom of association and "
    "to company due diligence.",
], marker="(a)")

doc.heading("5. Action points", 1)
doc.table([
    ["Action", "Lead", "Timeline"],
    ["Circulate the draft 2027 work plan to members for written comments",
     "Co-chairs (Netherlands, IOE)", "15 December 2026"],
    ["Commission a forced labour risk mapping of seafood processing supply chains in South-East Asia",
     "Netherlands", "Terms of reference by March 2027"],
    ["Develop a joint template for reporting on child labour remediation in cocoa",
     "ILO, with Ghana and Côte d'Ivoire", "Q2 2027"],
    ["Hold the technical webinar on forced labour risk indicators for agricultural supply chains",
     "OECD", "19 January 2027"],
    ["Set up the cocoa, cotton and seafood commodity clusters", "Secretariat",
     "By the end of February 2027"],
    ["Prepare a joint briefing for producing-country suppliers on the EU Forced Labour Regulation",
     "IOE and ITUC", "Before the mid-year check-in"],
    ["Convene the mid-year check-in (online)", "Co-chairs", "Mid-June 2027"],
], ruled="grid", widths=[250, 120, 100])
doc.spacer(6)

doc.heading("6. Closing", 1)
doc.para("The co-chairs thanked members for their contributions. The next annual review is to be "
         "held in Geneva in November 2027. The meeting closed at 16.45.")

doc.heading("Participants (organisations)", 2)
doc.para("Governments: Brazil, Côte d'Ivoire, Germany, Ghana, Jordan, Mexico, Netherlands, United "
         "States, Uzbekistan (observer). United Nations and intergovernmental: ILO, OECD, UNICEF, IOM, "
         "FAO. Social partners: IOE, ITUC. Business and civil society: International Cocoa Initiative "
         "(ICI), Responsible Business Alliance (RBA), Fair Labor Association (FLA). Alliance 8.7 "
         "Secretariat. Contact: scag-secretariat@example.org", style="small")

doc.save()
