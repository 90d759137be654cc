"""Slide deck of a fictional Alliance 8.7 action group presenting its work plan to the GCG (2025).

Title slide naming the action group, work-plan columns and "Proposals to the GCG" (proposals of
the action group), a quarterly timeline table whose rows are commitments of their leads, partners'
role slides (commitments of the partner named in each column heading), a pathfinder status table,
a risks slide of distractors and a "Next steps" box. Builds ../sd-action-group-plan-deck.pdf.
"""

from docgen import SLIDE, Document
from sd_plan_layout import table_slide

doc = Document("sd-action-group-plan-deck.pdf", size=SLIDE, lang="en", margin=28,
               footer="Alliance 8.7 Action Group on Migration - Work plan 2025-2026 - GCG, 4 February "
                      "2025",
               page_numbers="{n}",
               title="Alliance 8.7 Action Group on Migration: work plan 2025-2026")

# 1 ------------------------------------------------------------------------------------------------
doc.slide("Alliance 8.7 Action Group on Migration",
          subtitle="Work plan 2025-2026 and proposals to the Global Coordinating Group",
          body=["Presented by the co-chairs of the action group: Peru (Ministry of Labour and "
                "Employment Promotion, MTPE) and the International Organization for Migration (IOM)",
                "Virtual meeting of the Global Coordinating Group (GCG), 4 February 2025",
                "Contact: migration-ag@example.org"],
          marker="-")

# 2 ------------------------------------------------------------------------------------------------
doc.slide("2024 in review: what the action group delivered",
          body=["Amman inter-regional workshop on fair recruitment in the Africa-Arab States "
                "corridors (23-24 April 2024): 71 participants, four breakout groups, more than 30 "
                "commitments recorded",
                "Draft model zero-fee clause for bilateral labour agreements circulated by IOM to "
                "members in August 2024",
                "Webinar on access to justice for migrant domestic workers, organised by UNODC and "
                "OHCHR on 28 November 2024",
                "Membership grew from 21 to 29 organisations; Chile and Albania joined as government "
                "members"],
          box=("Why migration matters for Target 8.7",
               "Migrant workers are more than three times as likely to be in forced labour as other "
               "workers (Global Estimates of Modern Slavery, ILO, Walk Free and IOM, 2022). "
               "Recruitment fees remain the most common route into debt bondage."))

# 3 ------------------------------------------------------------------------------------------------
doc.slide("Work plan 2025-2026: proposed workstreams and activities",
          subtitle="Agreed by members on 10 December 2024 and submitted to the GCG for endorsement",
          columns=[
              ("Workstream 1 - Fair recruitment", [
                  "Finalise the model zero-fee clause for bilateral labour agreements and promote "
                  "its use in two corridors",
                  "Map recruitment fee rules in 12 countries of origin and destination",
                  "Support two governments in aligning national law with the ILO General Principles "
                  "and Operational Guidelines for Fair Recruitment",
              ]),
              ("Workstream 2 - Access to justice", [
                  "Develop guidance on firewalls between labour inspection and immigration "
                  "enforcement",
                  "Pilot remote complaint mechanisms for returned migrant workers in two corridors",
                  "Train consular staff of countries of origin to refer cases of forced labour",
              ]),
              ("Workstream 3 - Evidence", [
                  "Publish a corridor brief on forced labour risks for seasonal agricultural workers "
                  "between Guatemala and Mexico",
                  "Pilot the measurement of recruitment costs (SDG indicator 10.7.1) with two "
                  "national statistical offices",
                  "Keep a public tracker of members' commitments, updated every six months",
              ]),
          ])

# 4 ------------------------------------------------------------------------------------------------
H = "X"
table_slide(doc, "Quarterly timeline 2025-2026", subtitle="X = quarter in which the activity runs; "
            "the lead delivers and reports to the co-chairs", ruled="grid", font_size=10, rows=[
    ["Activity", "Lead", "Q1 2025", "Q2 2025", "Q3 2025", "Q4 2025", "Q1 2026", "Q2 2026",
     "Q3 2026", "Q4 2026"],
    ["Finalise and publish the model zero-fee clause (English, Spanish, Arabic)", "IOM",
     H, H, "", "", "", "", "", ""],
    ["Mapping of recruitment fee rules (12 countries)", "ILO", H, H, H, "", "", "", "", ""],
    ["Draft and consult on guidance on firewalls between inspection and immigration enforcement",
     "OHCHR", "", H, H, H, H, "", "", ""],
    ["Run remote complaint pilots in two corridors", "UNODC and ITUC", "", "", H, H, H, H, H, H],
    ["Produce the Guatemala-Mexico corridor brief on seasonal agricultural workers", "ILO and IOM",
     "", H, H, H, "", "", "", ""],
    ["Pilot recruitment cost measurement with two statistical offices", "ILO", "", "", "", "", H, H,
     H, H],
    ["Americas corridor dialogue on fair recruitment, Lima", "Peru (MTPE)", "", "", H, "", "", "",
     "", ""],
    ["Annual meeting of the action group, Lisbon", "Portugal", "", "", "", H, "", "", "", ""],
], widths=[300, 116, 53, 53, 53, 53, 53, 53, 53, 53])

# 5 ------------------------------------------------------------------------------------------------
doc.slide("Partners' roles (1/2): UN agencies",
          subtitle="What each partner will contribute in 2025-2026",
          columns=[
              ("ILO", [
                  "Lead workstream 3, including a data help-desk for members",
                  "Provide technical support to Guatemala's Ministry of Labour and Social Welfare "
                  "(MINTRAB) for its national workshop",
                  "Fund a statistician post for the recruitment cost pilots until the end of 2026",
              ]),
              ("IOM", [
                  "Co-chair the action group until December 2026",
                  "Finalise the model zero-fee clause with the ILO and publish it in English, "
                  "Spanish and Arabic by June 2025",
                  "Open IRIS training to recruitment agencies in Guatemala and Mexico",
              ]),
              ("UNODC", [
                  "Co-lead the remote complaint pilots with ITUC",
                  "Train prosecutors in the Guatemala-Mexico corridor on recruitment-related "
                  "trafficking in 2025",
              ]),
          ])

# 6 ------------------------------------------------------------------------------------------------
doc.slide("Partners' roles (2/2): OHCHR, social partners and governments",
          columns=[
              ("OHCHR", [
                  "Lead the drafting of the firewall guidance (workstream 2)",
                  "Hold two consultations with migrant workers' organisations in 2025",
              ]),
              ("Social partners", [
                  "ITUC: mobilise national trade union centres in Guatemala and Mexico to accompany "
                  "the complaint pilots",
                  "IOE: engage employers' organisations in Albania and North Macedonia on fair "
                  "recruitment in 2026",
              ]),
              ("Governments", [
                  "Peru (MTPE): host the Americas corridor dialogue in Lima in Q3 2025",
                  "Canada (ESDC): CAD 2 million for workstream 2 in FY2025/26",
                  "Portugal: host the annual meeting of the action group in Lisbon on 17-18 "
                  "November 2025",
              ]),
          ])

# 7 ------------------------------------------------------------------------------------------------
table_slide(doc, "Pathfinder countries in our corridors: where they stand",
            subtitle="Source: Alliance 8.7 Secretariat, pathfinder tracker, January 2025", rows=[
    ["Country", "Pathfinder status", "Next milestone"],
    ["Peru", "Pathfinder; national strategic planning workshop held in 2019; roadmap adopted",
     "Roadmap review workshop planned for Q2 2025"],
    ["Mexico", "Pathfinder; national strategic planning workshop held; roadmap adopted",
     "Second progress report due in Q4 2025"],
    ["Albania", "Pathfinder; national strategic planning workshop held in 2022", "-"],
    ["Guatemala", "Letter of interest received (October 2024); national strategic planning "
                  "workshop scheduled for 20-21 May 2025 in Guatemala City",
     "MINTRAB to confirm the participants by 31 March 2025"],
    ["North Macedonia", "Letter of interest received (December 2024)",
     "Workshop date to be agreed"],
    ["Colombia", "Interest expressed at the GCG meeting of September 2024; letter not yet received",
     "-"],
    ["Paraguay", "Informal contacts with the Secretariat only", "-"],
], widths=[130, 430, 320])

# 8 ------------------------------------------------------------------------------------------------
doc.slide("Proposals to the GCG",
          subtitle="The Action Group on Migration proposes that the GCG:",
          body=["endorse the model zero-fee clause as an Alliance 8.7 reference tool",
                "invite pathfinder countries to use the clause when they negotiate bilateral labour "
                "agreements",
                "make access to justice for migrant workers a standing item of pathfinder progress "
                "reports",
                "approve a joint session with the Supply Chains Action Group in Q3 2025 on "
                "recruitment fees in supplier factories",
                "ask the Secretariat to publish the action group's commitment tracker on the "
                "Alliance 8.7 website"],
          marker="a)")

# 9 ------------------------------------------------------------------------------------------------
doc.slide("Risks and open questions",
          columns=[
              ("Risks", [
                  "If funding for workstream 2 is not confirmed by June 2025, the complaint pilots "
                  "will start in 2026 rather than in Q3 2025",
                  "Three ministry focal points changed in 2024, which slowed follow-up",
                  "Data-sharing between ministries of labour still lacks a legal basis in most "
                  "corridors",
              ]),
              ("Questions for the GCG", [
                  "Can the GCG help secure data-sharing agreements between ministries of labour?",
                  "Should the Alliance ask destination countries that are not members to join "
                  "corridor activities?",
                  "Members are asked to nominate a focal point for each workstream by 31 March "
                  "2025",
              ]),
          ])

# 10 -----------------------------------------------------------------------------------------------
doc.slide("Next steps",
          body=["The action group will report on progress at the GCG meeting in June 2025."],
          box=("Next steps (February-March 2025)", [
              "IOM: circulate the final draft of the model clause to members by 28 February 2025",
              "Co-chairs: convene the first call of workstream leads on 12 March 2025",
              "Guatemala (MINTRAB): confirm the dates and participants of the national workshop by "
              "31 March 2025",
              "Canada (ESDC): sign the funding agreement for workstream 2 in March 2025",
          ]))

# 11 -----------------------------------------------------------------------------------------------
doc.slide("Members of the action group (29)",
          columns=[
              ("Governments", ["Albania", "Canada", "Chile", "Guatemala", "Mexico", "Peru (co-chair)",
                               "Portugal"]),
              ("UN and intergovernmental", ["IOM (co-chair)", "ILO", "UNODC", "OHCHR", "UNHCR",
                                            "OECD"]),
              ("Social partners and civil society", ["ITUC", "IOE", "Anti-Slavery International",
                                                     "Walk Free", "Verit\u00e9"]),
          ],
          box=("", "Full list of the 29 members, with focal points, in the annex to the work plan "
                   "(document A87/MAG/2025/1)."))

doc.save()
