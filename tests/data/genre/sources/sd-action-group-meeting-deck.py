"""Slide deck of the 9th meeting of the Action Group on Supply Chains (fictional), 24 February 2026."""

from reportlab.lib.units import mm

from b6e_layout import grid_slide
from docgen import SLIDE, Document

doc = Document("sd-action-group-meeting-deck.pdf", size=SLIDE, lang="en", margin=10 * mm,
               footer="Alliance 8.7 | Action Group on Supply Chains | 9th meeting, 24 February 2026",
               page_numbers="{n}/{total}",
               title="Action Group on Supply Chains - 9th meeting")

# 1 ------------------------------------------------------------------------------------------------
doc.slide(
    "Alliance 8.7 Action Group on Supply Chains: 9th meeting",
    subtitle="Hybrid meeting \u2013 ILO headquarters, Geneva, and online \u2013 24 February 2026, "
             "14:00\u201317:00 CET",
    body=[
        "Co-chairs: Kingdom of the Netherlands (Ministry of Foreign Affairs) and International "
        "Organisation of Employers (IOE)",
        "Secretariat support: ILO Fundamental Principles and Rights at Work Branch (FUNDAMENTALS)",
        "34 participants from 18 member governments and organisations, 21 of them in the room",
    ],
    box=("Purpose of the meeting",
         "Take stock of members' work since the 8th meeting, discuss the proposals of three breakout "
         "groups, and agree on decisions and commitments for 2026."),
)

# 2 ------------------------------------------------------------------------------------------------
doc.slide("Agenda", body=[
    "14:00 \u2013 Welcome by the co-chairs and adoption of the agenda",
    "14:10 \u2013 Members' updates: what was done, what comes next",
    "14:50 \u2013 Breakout groups: (A) agriculture and raw materials; (B) fair recruitment in "
    "manufacturing and seafood; (C) data, traceability and transparency",
    "15:40 \u2013 Report-back and plenary discussion",
    "16:15 \u2013 Decisions and members' commitments for 2026",
    "16:45 \u2013 Next meetings and close",
], marker="1.", box=("Documents", "Draft 2026 work plan (AG-SC/9/2); members' written updates "
                                  "(AG-SC/9/3); breakout guidance note (AG-SC/9/4)"))

# 3 ------------------------------------------------------------------------------------------------
doc.slide("Where we stand", subtitle="Context for the discussion", columns=[
    ("The numbers", [
        "138 million children were in child labour in 2024, 54 million of them in hazardous work.",
        "27.6 million people are in forced labour on any given day; 17.3 million of them are exploited "
        "in the private economy.",
        "Agriculture accounts for six in ten children in child labour.",
    ]),
    ("Since the 8th meeting (online, 30 September 2025)", [
        "The Group published its brief on remediation in cocoa and coffee supply chains.",
        "Two new members joined: FAO and Anti-Slavery International.",
        "The EU Forced Labour Regulation will apply from 14 December 2027; companies supplying the "
        "European Union market are preparing for it.",
    ]),
], box=("Question for today",
        "How can the Group help pathfinder countries turn the supply chain priorities of their roadmaps "
        "into action?"))

# 4-6 members' updates -----------------------------------------------------------------------------
HEAD = ["Member", "Done since the 8th meeting", "Will do before the 10th meeting"]
GW = [170, 359, 359]
grid_slide(doc, "Members' updates (1/3): UN and multilateral members", [
    HEAD,
    ["ILO",
     "\u2022 Trained 60 labour inspectors from Viet Nam on inspecting garment supply chains (Hanoi, "
     "November 2025)<br/>\u2022 Completed a forced labour risk assessment of the tea sector in Malawi",
     "\u2022 Will support the fieldwork of Malawi's third National Child Labour Survey in Q3 2026<br/>"
     "\u2022 Plans to publish a practitioners' note on remediating forced labour cases by June 2026"],
    ["OECD",
     "\u2022 Hosted the OECD Forum on Due Diligence in the Garment and Footwear Sector (Paris, "
     "3\u20135 February 2026)<br/>\u2022 Reviewed 40 company reports against the OECD Due Diligence "
     "Guidance",
     "\u2022 Is to release a handbook on child labour risks in agricultural supply chains in Q3 2026"],
    ["UNICEF",
     "\u2022 Supported child rights and business assessments in three pathfinder countries: Malawi, "
     "Viet Nam and C\u00f4te d'Ivoire",
     "\u2022 Plans to develop, with the ILO, a toolkit on child labour remediation in agricultural supply "
     "chains by the end of 2026"],
], GW, font_size=14)

grid_slide(doc, "Members' updates (2/3): social partners and civil society", [
    HEAD,
    ["IOE",
     "\u2022 Convened employers' federations from 11 African countries on due diligence (Nairobi, "
     "December 2025)",
     "\u2022 Intends to launch a peer-learning programme for employers' federations in pathfinder "
     "countries in the second half of 2026"],
    ["ITUC",
     "\u2022 Documented 23 cases of forced labour among migrant garment workers in Jordan",
     "\u2022 Aims to train 150 union organisers in Jordan and Viet Nam on fair recruitment by end-2026"],
    ["Walk Free",
     "\u2022 Reviewed 300 modern slavery statements for its Transparency Check 2025",
     "\u2022 Will publish a dataset on forced labour import risks for G20 countries by Q4 2026"],
], GW, font_size=14)

grid_slide(doc, "Members' updates (3/3): governments", [
    HEAD,
    ["Netherlands (Ministry of Foreign Affairs)",
     "\u2022 Co-funded the Group's brief on remediation in cocoa and coffee (October 2025)",
     "\u2022 Will host the 10th meeting of the Action Group in The Hague on 9\u201310 June 2026"],
    ["Viet Nam (Ministry of Home Affairs, MOHA) \u2013 pathfinder country",
     "\u2022 Inspected 140 garment and footwear factories for forced labour indicators (Q4 2025)",
     "\u2022 Will issue due diligence guidance for textile and garment exporters by Q4 2026<br/>"
     "\u2022 Is considering ratification of the 2014 Protocol to the Forced Labour Convention"],
    ["Malawi (Ministry of Labour) \u2013 pathfinder country",
     "\u2022 Launched its Pathfinder Roadmap 2025\u20132028 on 12 June 2025<br/>\u2022 Validated the "
     "revised hazardous work list (July 2025)",
     "\u2022 Will start fieldwork of the third National Child Labour Survey, with a forced labour module, "
     "in Q3 2026<br/>\u2022 Plans to make a child-labour-free declaration a condition of tobacco grower "
     "registration from the 2026/27 season"],
], GW, font_size=14)

# 7 ------------------------------------------------------------------------------------------------
doc.slide("Discussion on members' updates", body=[
    "Viet Nam noted that garment exporters face up to a dozen buyer audits a year. Its delegate added "
    "that a single national due diligence checklist would reduce audit fatigue.",
    "For the employers, IOE stressed that small suppliers in pathfinder countries lack the means to meet "
    "the requirements of the EU due diligence directive. It urged lead firms to share the cost of "
    "remediation with their suppliers.",
    "Speaking for the workers' group, ITUC asked whether the OECD handbook would cover recruitment fees. "
    "She also called for worker representatives to sit on company grievance mechanisms.",
    "On behalf of the OECD, the Head of the Centre for Responsible Business Conduct replied that "
    "recruitment fees would be covered. The OECD would circulate the draft handbook to members for "
    "comments in May 2026.",
    "Malawi thanked the ILO for its support to the survey and said that it will share the survey "
    "questionnaire with members by April 2026.",
    "Walk Free observed that only 18 per cent of the statements it reviewed disclosed any remediation "
    "outcome.",
])

# 8-10 breakout groups ---------------------------------------------------------------------------
doc.slide("Breakout group A: Agriculture and raw materials",
          subtitle="Facilitators: FAO and IOE \u2013 11 participants", columns=[
              ("Group A proposes", [
                  "Develop a shared due diligence checklist on child labour for smallholder tobacco, tea "
                  "and cocoa supply chains",
                  "Governments should connect child labour monitoring and remediation systems (CLMRS) to "
                  "national social protection registries",
                  "The creation of a regional network of labour inspectors working in agriculture in "
                  "Southern and East Africa",
                  "Participants are invited to publish remediation outcomes, not only the number of "
                  "cases identified",
                  "The group asked the Secretariat to compile the supply chain priorities of pathfinder "
                  "roadmaps by May 2026",
              ]),
              ("Issues raised", [
                  "Smallholders supply most of the leaf and tea bought by exporters.",
                  "Remediation support often stops when a buyer changes supplier.",
                  "Is a checklist enough without better prices for growers?",
              ]),
          ])

doc.slide("Breakout group B: Fair recruitment in manufacturing and seafood",
          subtitle="Facilitators: IOM and ITUC \u2013 9 participants", columns=[
              ("Group B proposes", [
                  "Promote the Employer Pays Principle in members' own supply chains and procurement",
                  "Map the recruitment fees paid by workers in the Bangladesh\u2013Jordan garment corridor",
                  "Worker representatives should sit on company grievance mechanisms",
                  "The group would welcome a series of joint ILO\u2013IOM webinars on fair recruitment for "
                  "buyers",
              ]),
              ("Issues raised", [
                  "Fees are often charged in the country of origin, beyond the reach of buyers' audits.",
                  "Seafood processing relies on migrant workers on short contracts.",
                  "Grievance mechanisms are rarely used by workers who fear losing their visa.",
              ]),
          ])

doc.slide("Breakout group C: Data, traceability and transparency",
          subtitle="Facilitators: Walk Free and OECD \u2013 10 participants", columns=[
              ("Group C proposes", [
                  "Put forward the idea of a common set of forced labour indicators for company "
                  "reporting",
                  "Suggested an annual data brief of the Action Group on the state of supply chain due "
                  "diligence",
                  "Recommended that members pool audit and grievance data through a shared, anonymised "
                  "platform",
                  "Called on pathfinder countries to add forced labour modules to their national "
                  "household surveys",
              ]),
              ("Issues raised", [
                  "Audit data belong to companies and are rarely shared.",
                  "Definitions of remediation differ from one standard to another.",
              ]),
          ])

# 11 -----------------------------------------------------------------------------------------------
doc.slide("Report-back: plenary discussion", body=[
    "FAO, reporting for Group A, said that smallholders grow over 80 per cent of the tobacco and tea in "
    "the countries discussed.",
    "IOM welcomed the proposals of Group B. It recommended that members use the IRIS ethical recruitment "
    "standard as a common reference for labour recruiters.",
    "The Netherlands asked whether the regional network of labour inspectors could draw on existing ILO "
    "projects.",
    "On behalf of the OECD, the facilitator of Group C cautioned against indicators that would duplicate "
    "the EU sustainability reporting standards.",
    "UNICEF stressed that remediation must put the best interests of the child first. It offered to draft "
    "the child-safeguarding section of the checklist.",
    "Walk Free suggested releasing the first data brief on 30 July 2026, the World Day against "
    "Trafficking in Persons.",
    "Speaking for Malawi, the Director of Labour Services noted that tenants on tobacco estates are hard "
    "for inspectors to reach. He pledged that Malawi would host the first meeting of the regional network.",
])

# 12 -----------------------------------------------------------------------------------------------
doc.slide("Decisions of the Action Group", body=[
    "The Group agreed to develop a shared child labour due diligence checklist for smallholder "
    "agriculture, led by IOE and FAO, for endorsement in October 2026.",
    "The meeting agreed to recommend that the GCG support the creation of a regional network of labour "
    "inspectors in agriculture for Southern and East Africa.",
    "It was agreed that the Secretariat would compile the supply chain priorities of pathfinder roadmaps "
    "by May 2026.",
    "It was agreed that the Netherlands would request a dedicated session on supply chains at the next "
    "GCG meeting.",
    "The Group will publish its first annual data brief on 30 July 2026, with Walk Free and the OECD as "
    "editors.",
    "The draft 2026 work plan (AG-SC/9/2) was adopted with the changes proposed by Group C.",
], marker="1.")

# 13 -----------------------------------------------------------------------------------------------
doc.slide("Commitments by member for 2026", columns=[
    ("UN and multilateral members", [
        "ILO: finance and backstop the fieldwork of Malawi's third National Child Labour Survey in 2026",
        "OECD: release the handbook on child labour risks in agricultural supply chains in Q3 2026",
        "FAO: co-lead the smallholder checklist with IOE and host its technical consultation",
        "UNICEF: co-develop the remediation toolkit with the ILO by December 2026; draft the "
        "child-safeguarding section of the checklist",
        "IOM: co-organise the fair recruitment webinar series with the ILO",
    ]),
    ("Social partners, civil society and governments", [
        "ITUC: train 150 union organisers on fair recruitment in Jordan and Viet Nam by end-2026",
        "Walk Free: publish the forced labour import-risk dataset for G20 countries before the end of 2026",
        "Netherlands: host the 10th meeting in The Hague on 9\u201310 June 2026",
        "Viet Nam: issue due diligence guidance for textile and garment exporters by Q4 2026",
        "Malawi: share the survey questionnaire with members by April 2026",
    ]),
], box=("Not yet confirmed",
        "The World Bank may co-finance the regional network of labour inspectors if the countries "
        "concerned request it."))

# 14 -----------------------------------------------------------------------------------------------
doc.slide("Next meetings", columns=[
    ("Coming up", [
        "Joint ILO\u2013IOM webinar on fair recruitment for buyers: 15/04/2026, online",
        "10th meeting of the Action Group: The Hague, 9\u201310 June 2026, hosted by the Netherlands",
        "Technical consultation on the smallholder checklist: the week of 7 September 2026, online",
        "Global Coordinating Group meeting: Geneva, October 2026",
        "11th meeting of the Action Group: online, Q4 2026 (date to be confirmed)",
    ]),
], box=("Contact", "Action Group Secretariat \u2013 supplychains.ag@example.org"))

# 15 -----------------------------------------------------------------------------------------------
doc.slide("Participants", columns=[
    ("Governments", [
        "Jordan \u2013 Ministry of Labour",
        "Malawi \u2013 Ministry of Labour",
        "Netherlands \u2013 Ministry of Foreign Affairs (co-chair)",
        "Viet Nam \u2013 Ministry of Home Affairs (MOHA)",
    ]),
    ("International organisations", [
        "FAO", "ILO (Secretariat support)", "IOM", "OECD", "UNICEF",
    ]),
    ("Social partners and civil society", [
        "International Organisation of Employers (IOE, co-chair)",
        "International Trade Union Confederation (ITUC)",
        "Walk Free",
        "Anti-Slavery International",
    ]),
])

doc.save()
