"""sd-breakout-results.pdf: the report-back deck of four breakout groups at a regional workshop
(one slide per group, 'We recommend' and 'Commitments heard' columns, open questions as distractors)."""

from docgen import SLIDE, Document, mm

doc = Document("sd-breakout-results.pdf", size=SLIDE, lang="en", margin=14 * mm,
               footer="Regional Workshop on Target 8.7, Bangkok, June 2023 | Session 4 report-back",
               page_numbers="{n}",
               title="Breakout Group Results: Asia-Pacific Regional Workshop on Target 8.7")


def group(number, theme, recommend, heard, box):
    doc.slide(f"Group {number}: {theme}", columns=[("We recommend", recommend),
                                                  ("Commitments heard", heard)], box=box)


# 1 ------------------------------------------------------------------------------------------
doc.slide(
    "Breakout Group Results",
    subtitle="Asia-Pacific Regional Workshop: Accelerating Action on Target 8.7, Bangkok, "
             "13-14 June 2023",
    body=[
        "Hosted by the Ministry of Labour of Thailand with the ILO Regional Office for Asia and "
        "the Pacific",
        "78 participants from Cambodia, Indonesia, Lao PDR, Malaysia, Myanmar, the Philippines, "
        "Thailand and Viet Nam, with UN agencies, social partners and civil society",
        "Session 4 (14 June): four breakout groups met for 90 minutes; rapporteurs report back "
        "in plenary",
    ],
    box=("How to read these slides",
         "'We recommend' lists what each group agreed to put to the plenary. 'Commitments heard' "
         "records what participants said their own organisation will do, as stated in the room; "
         "they have not been validated by senior management."),
)

# 2 ------------------------------------------------------------------------------------------
doc.slide(
    "The four breakout groups",
    columns=[
        ("Group 1: Child labour in agriculture and fisheries", [
            "Facilitator: FAO",
            "Rapporteur: Ministry of Labour and Vocational Training (MoLVT), Cambodia",
            "19 participants",
        ]),
        ("Group 2: Forced labour and fair recruitment of migrant workers", [
            "Facilitator: IOM",
            "Rapporteur: ITUC Asia-Pacific (ITUC-AP)",
            "22 participants",
        ]),
        ("Group 3: Trafficking in persons: identification and referral", [
            "Facilitator: UNODC",
            "Rapporteur: Inter-Agency Council Against Trafficking (IACAT), Philippines",
            "18 participants",
        ]),
        ("Group 4: Data, evidence and social protection", [
            "Facilitator: UNICEF",
            "Rapporteur: Walk Free",
            "19 participants",
        ]),
    ],
)

# 3 ------------------------------------------------------------------------------------------
group(1, "Child labour in agriculture and fisheries",
      [
          "Make child labour clauses a condition for access to government agricultural "
          "subsidies",
          "Extend labour inspection to fishing vessels under 30 gross tonnes",
          "Bring agricultural cooperatives into community-based child labour monitoring",
          "Fund school meals during harvest seasons so that children stay in school",
      ],
      [
          "FAO will publish guidance on child labour in fisheries value chains by Q1 2024",
          "Cambodia (MoLVT): the Ministry is to revise the Prakas on hazardous child labour "
          "by end-2023",
          "Thai Frozen Foods Association pledged to extend its Good Labour Practices audits to "
          "feeder vessels",
          "UNICEF will co-finance the child labour module of Cambodia's 2024 Labour Force Survey",
      ],
      ("Open questions", [
          "Who pays for inspection at sea, flag State or port State?",
          "How should unpaid work on family farms be treated?",
      ]))

# 4 ------------------------------------------------------------------------------------------
group(2, "Forced labour and fair recruitment of migrant workers",
      [
          "Write the employer pays principle into all bilateral labour agreements in the region",
          "Create a regional complaints mechanism for migrant workers, accessible in countries "
          "of origin and destination",
          "Ratify the 2014 Protocol to the Forced Labour Convention where this has not yet "
          "been done",
          "Publish the licences and sanctions of recruitment agencies online",
      ],
      [
          "IOM intends to support Lao PDR to open two migrant resource centres in 2024",
          "ITUC-AP will train 200 union organisers on forced labour indicators by December 2023",
          "ECOT (Employers' Confederation of Thailand) commits itself to launching a zero "
          "recruitment fees pledge among its members",
          "The Philippines (DMW) aims to sign an updated agreement on domestic workers with "
          "Malaysia before the end of 2024",
          "Indonesia's BP2MI plans to digitise all placement contracts in 2024",
      ],
      ("Context from the discussion", [
          "Thailand ratified the Work in Fishing Convention (C188) in 2019 and the 2014 Protocol "
          "in 2018",
          "Recruitment debt was reported as the most common forced labour indicator",
      ]))

# 5 ------------------------------------------------------------------------------------------
group(3, "Trafficking in persons: identification and referral",
      [
          "Establish a cross-border complaints and referral mechanism for migrant workers and "
          "trafficking survivors",
          "Adopt common victim identification indicators across ASEAN Member States",
          "Train labour inspectors and police together on forced criminality in online scam "
          "compounds",
          "Guarantee survivors access to shelters whether or not they cooperate with prosecutors",
      ],
      [
          "UNODC undertook to deliver joint training for police and labour inspectors in "
          "Cambodia, Lao PDR and Myanmar on scam compound cases",
          "IACAT (Philippines) will share its case management system with ASEAN partners",
          "Thailand's Department of Special Investigation is determined to set up a task force "
          "on scam compounds in Q3 2023",
          "Mekong Survivors Network: will set up a peer support line for returnees in Khmer, "
          "Lao and Burmese",
      ],
      ("Not agreed", [
          "A regional trafficking court was discussed but the group did not reach consensus",
      ]))

# 6 ------------------------------------------------------------------------------------------
group(4, "Data, evidence and social protection",
      [
          "Add a standard child labour and forced labour module to national labour force "
          "surveys",
          "Link child labour case data to social protection registries",
          "Publish national estimates every four years using the ILO statistical standards",
          "Extend child grants to the children of migrant workers",
      ],
      [
          "ILO will provide technical support for the child labour module of Cambodia's 2024 "
          "Labour Force Survey",
          "Walk Free is to share its government response data with national statistics offices",
          "Viet Nam (MOLISA) intends to publish the results of the second national child labour "
          "survey in 2024",
          "BPS-Statistics Indonesia plans to test a forced labour module in the August 2024 "
          "Sakernas round",
      ],
      ("Heard in the group", [
          "Only three of the eight countries have published national child labour estimates "
          "since 2018",
          "Could regional estimates be produced before national ones?",
      ]))

# 7 ------------------------------------------------------------------------------------------
doc.slide(
    "Cross-cutting messages",
    body=[
        "All four groups call for closer cooperation between labour inspectors, police and "
        "social workers",
        "Groups 2 and 3 converged on cross-border complaints handling for migrant workers "
        "(slides 4 and 5)",
        "Several participants asked how the recommendations will be funded",
        "Youth and survivor voices were largely absent from the breakout rooms",
    ],
    box=("Next steps", [
        "ILO ROAP will circulate the consolidated outcome note by 30 June 2023",
        "Recommendations to be presented to the Alliance 8.7 GCG at its meeting of "
        "19-20 September 2023",
        "Follow-up webinar on scam compounds, 4 October 2023",
        "Thailand offered to host a follow-up regional meeting in mid-2024",
    ]),
)

doc.save()
